-- 0003: the inventory ledger (进销存): batches, append-only stock movements with balances kept
-- by trigger, received and sold traceability codes, purchase documents, split-pack prices,
-- and the outbox of platform uploads written in the same transaction as each movement.

ALTER TABLE product ADD COLUMN strip_price_fen INTEGER NOT NULL DEFAULT 0 CHECK (strip_price_fen >= 0);
ALTER TABLE product ADD COLUMN piece_price_fen INTEGER NOT NULL DEFAULT 0 CHECK (piece_price_fen >= 0);

CREATE TABLE batch (
    id              INTEGER PRIMARY KEY,
    product_id      INTEGER NOT NULL REFERENCES product (id),
    batch_no        TEXT    NOT NULL,
    production_date TEXT    NOT NULL,
    expiry_date     TEXT    NOT NULL,
    supplier        TEXT    NOT NULL,
    cost_fen        INTEGER NOT NULL CHECK (cost_fen >= 0),
    quarantined     INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    UNIQUE (product_id, batch_no),
    CHECK (expiry_date > production_date)
);
CREATE INDEX batch_expiry ON batch (product_id, expiry_date);

CREATE TABLE purchase_doc (
    id            INTEGER PRIMARY KEY,
    doc_no        TEXT    NOT NULL UNIQUE,
    supplier      TEXT    NOT NULL,
    purchase_date TEXT    NOT NULL,
    operator      TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    source        TEXT    NOT NULL
);

CREATE TABLE purchase_line (
    id              INTEGER PRIMARY KEY,
    doc_id          INTEGER NOT NULL REFERENCES purchase_doc (id),
    line_no         INTEGER NOT NULL,
    product_id      INTEGER NOT NULL REFERENCES product (id),
    batch_id        INTEGER NOT NULL REFERENCES batch (id),
    generic_name    TEXT    NOT NULL,
    manufacturer    TEXT    NOT NULL,
    dosage_form     TEXT    NOT NULL,
    spec            TEXT    NOT NULL,
    batch_no        TEXT    NOT NULL,
    production_date TEXT    NOT NULL,
    expiry_date     TEXT    NOT NULL,
    approval_no     TEXT    NOT NULL,
    insurance_code  TEXT    NOT NULL,
    boxes           INTEGER NOT NULL CHECK (boxes > 0),
    price_fen       INTEGER NOT NULL CHECK (price_fen >= 0),
    UNIQUE (doc_id, line_no)
);

-- Every change of stock, in the smallest unit (piece), signed: + in, - out.
--   kind: 1 purchase, 2 purchase return, 3 sale, 4 sale return, 5 loss/damage, 6 destruction,
--         7 stocktake gain, 8 stocktake loss, 9 transfer in, 10 transfer out
CREATE TABLE stock_movement (
    id         INTEGER PRIMARY KEY,
    kind       INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 10),
    product_id INTEGER NOT NULL REFERENCES product (id),
    batch_id   INTEGER NOT NULL REFERENCES batch (id),
    pieces     INTEGER NOT NULL CHECK (pieces <> 0),
    at         TEXT    NOT NULL,
    operator   TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    source_doc TEXT    NOT NULL,
    CHECK ((kind IN (1, 4, 7, 9) AND pieces > 0) OR (kind IN (2, 3, 5, 6, 8, 10) AND pieces < 0))
);
CREATE INDEX stock_movement_at ON stock_movement (at);
CREATE INDEX stock_movement_batch ON stock_movement (batch_id, at);

-- Balance per product and batch: kept by the movement trigger itself, so it always equals the
-- sum of movements and can never go below zero.
CREATE TABLE stock_balance (
    batch_id   INTEGER PRIMARY KEY REFERENCES batch (id),
    product_id INTEGER NOT NULL REFERENCES product (id),
    pieces     INTEGER NOT NULL CHECK (pieces >= 0)
);
CREATE INDEX stock_balance_product ON stock_balance (product_id);

-- (UPDATE then INSERT rather than an upsert: SQLite checks the CHECK on the would-be inserted
-- row before it sees the conflict, so an outgoing movement's negative count would fail there.)
CREATE TRIGGER stock_movement_balance AFTER INSERT ON stock_movement
BEGIN
    UPDATE stock_balance SET pieces = pieces + NEW.pieces WHERE batch_id = NEW.batch_id;
    INSERT INTO stock_balance (batch_id, product_id, pieces)
        SELECT NEW.batch_id, NEW.product_id, NEW.pieces
        WHERE NOT EXISTS (SELECT 1 FROM stock_balance WHERE batch_id = NEW.batch_id);
END;
CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;
CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement
BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;
-- Balances change only through movements.
CREATE TRIGGER stock_balance_no_delete BEFORE DELETE ON stock_balance
BEGIN
    SELECT RAISE(ABORT, 'balances change only through movements');
END;

-- One row per box's 20-digit traceability code (INV-TRACE): received once, sold once.
CREATE TABLE trace_code (
    code        TEXT    PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES product (id),
    batch_id    INTEGER NOT NULL REFERENCES batch (id),
    received_at TEXT    NOT NULL,
    purchase_doc TEXT   NOT NULL,
    sold_at     TEXT    NOT NULL DEFAULT '',
    sale_no     TEXT    NOT NULL DEFAULT ''
);

-- Platform uploads waiting to be sent (DATA-UPLOAD), in the order they were written.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    infno      TEXT    NOT NULL,
    doc_ref    TEXT    NOT NULL,
    payload    TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    sent_at    TEXT    NOT NULL DEFAULT '',
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outbox_pending ON outbox (sent_at, id);

-- A sale line now records the unit it was sold in and how many pieces that is.
ALTER TABLE sale_line ADD COLUMN sale_unit INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sale_line ADD COLUMN pieces INTEGER NOT NULL DEFAULT 0;
