-- 0020 (issue 18, SETTLE-SLIP, RX-ARCHIVE-2Y): a prescription sold without insurance (paid in cash)
-- gets its sealed record too — the sale with its batches and trace codes, the prescription as
-- received with the pharmacist's review, its paper original, every audited step. The sale's row is
-- sealed (sale_no_update), so what the archive still owes is listed apart: a cash sale with a
-- prescription number is listed here in the sale's own transaction and leaves the list in the
-- transaction of its archive record. Finding what is due reads this list only, never the years of
-- sales. The prescription sales sold before this version are listed once, here.
CREATE TABLE sale_archive_due (
    sale_no TEXT PRIMARY KEY,
    sold_at TEXT NOT NULL
);
CREATE INDEX sale_archive_due_by_time ON sale_archive_due (sold_at);
INSERT INTO sale_archive_due (sale_no, sold_at)
SELECT s.sale_no, s.sold_at FROM sale s
WHERE s.rx_no <> '' AND s.payment_method <> 'insurance'
  AND NOT EXISTS (SELECT 1 FROM archive_record a
                  WHERE a.kind = 'cash_prescription_sale' AND a.subject = s.sale_no);
