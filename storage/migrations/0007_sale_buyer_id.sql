-- 0007: CTRL-EPHEDRINE — the buyer's ID number registered for a sale of compound preparations
-- containing ephedrine (含麻黄碱类复方制剂) is kept with the sale; empty for every other sale.
ALTER TABLE sale ADD COLUMN buyer_id_number TEXT NOT NULL DEFAULT '';
