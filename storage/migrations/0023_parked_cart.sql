-- 0023 (issue 19, 挂单/取单): carts parked at a till to serve the next customer, recalled later on
-- the same till, after a restart too. The cart (lines, codes, the note the cashier typed, which may
-- name the customer) is kept only encrypted, bound to its park number (DATA-PRIVACY; a cart edited
-- in the file does not decrypt). The till, who parked it and when stay plain, for the list. A
-- recalled or discarded cart is deleted: it is a cart, not a record (the audit trail keeps what
-- happened to it). The number is GD-<till>-<id>; AUTOINCREMENT never gives an id twice, so an
-- audit entry's park number names one cart.
CREATE TABLE parked_cart (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    park_no    TEXT NOT NULL UNIQUE,
    terminal   TEXT NOT NULL,
    parked_by  TEXT NOT NULL,
    parked_at  TEXT NOT NULL,
    cart_enc   BLOB NOT NULL
);
CREATE INDEX parked_cart_by_till ON parked_cart (terminal, parked_at);
