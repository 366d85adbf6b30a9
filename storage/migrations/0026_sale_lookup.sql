-- 0026 (issue 19, 查单): a sale found by its total among years of sales (newest first within a
-- window). By number (sale_no UNIQUE), trace code (sale_trace_code_by_code), time and a receipt's
-- last digits (sale_by_time) the existing indexes serve; a product is checked line by line while
-- the time index is walked backwards, so its cost follows the window, not the history.
CREATE INDEX sale_by_total ON sale (total_fen, sold_at);
