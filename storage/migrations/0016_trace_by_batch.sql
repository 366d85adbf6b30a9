-- 0016 (issue 18, DATA-TRACE): "every box of this batch and where each went" reads a batch's
-- codes by index instead of scanning every code the store ever received; and a box's receiving
-- line is found by its document and batch.
CREATE INDEX trace_code_by_batch ON trace_code (batch_id, code);
CREATE INDEX purchase_line_by_batch ON purchase_line (doc_id, batch_id);
