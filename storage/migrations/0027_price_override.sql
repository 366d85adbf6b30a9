-- 0027 (issue 19, PRICE-OVERRIDE): a line sold at a price other than its shelf price (改价,
-- 折扣) keeps the shelf price, the reason printed on the receipt and the user whose permission
-- allowed it. Append-only and chained, like the sale it belongs to.
CREATE TABLE sale_price_override (
    id             INTEGER PRIMARY KEY,
    sale_id        INTEGER NOT NULL REFERENCES sale (id),
    line_no        INTEGER NOT NULL CHECK (line_no >= 1),
    list_price_fen INTEGER NOT NULL CHECK (list_price_fen > 0),
    unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen > 0),
    reason         TEXT    NOT NULL CHECK (length(reason) BETWEEN 1 AND 30),
    approved_by    TEXT    NOT NULL,
    UNIQUE (sale_id, line_no)
);
CREATE TRIGGER sale_price_override_no_update BEFORE UPDATE ON sale_price_override
BEGIN
    SELECT RAISE(ABORT, 'sale_price_override rows are append-only');
END;
CREATE TRIGGER sale_price_override_no_delete BEFORE DELETE ON sale_price_override
BEGIN
    SELECT RAISE(ABORT, 'sale_price_override rows are append-only');
END;
