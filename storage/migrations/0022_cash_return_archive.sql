-- 0022 (issue 18, SETTLE-SLIP, RX-ARCHIVE-2Y): a prescription sold for cash and then returned gets a
-- second sealed record, of its return (when, by whom, why, the refund), as an insured settlement's
-- refund does. What the archive still owes is listed apart, in the return's own transaction, and
-- leaves the list in the transaction of its record; the returns recorded before this version are
-- listed once, here.
CREATE TABLE sale_return_archive_due (
    sale_no     TEXT PRIMARY KEY,
    returned_at TEXT NOT NULL
);
CREATE INDEX sale_return_archive_due_by_time ON sale_return_archive_due (returned_at);
INSERT INTO sale_return_archive_due (sale_no, returned_at)
SELECT s.sale_no, r.returned_at FROM sale_return r JOIN sale s ON s.id = r.sale_id
WHERE s.rx_no <> '' AND s.payment_method <> 'insurance'
  AND NOT EXISTS (SELECT 1 FROM archive_record a
                  WHERE a.kind = 'cash_prescription_return' AND a.subject = s.sale_no);
