-- 0008: RX-ONLY — the prescription a sale dispensed is recorded with the sale (and used up in
-- prescription_settled in the same transaction); empty for a sale without one.
ALTER TABLE sale ADD COLUMN rx_no TEXT NOT NULL DEFAULT '';
