-- 0001: products, their codes, cash sales and their receipts.
CREATE TABLE product (
    id                 INTEGER PRIMARY KEY,
    code               TEXT    NOT NULL UNIQUE,
    generic_name       TEXT    NOT NULL,
    trade_name         TEXT    NOT NULL DEFAULT '',
    dosage_form        TEXT    NOT NULL DEFAULT '',
    spec               TEXT    NOT NULL DEFAULT '',
    manufacturer       TEXT    NOT NULL DEFAULT '',
    approval_no        TEXT    NOT NULL DEFAULT '',
    insurance_code     TEXT    NOT NULL DEFAULT '',
    insurance_category INTEGER NOT NULL CHECK (insurance_category BETWEEN 1 AND 4),
    gtin               TEXT    NOT NULL DEFAULT '',
    drug_std_code      TEXT    NOT NULL DEFAULT '',
    rx_class           INTEGER NOT NULL CHECK (rx_class BETWEEN 1 AND 3),
    drug_type          INTEGER NOT NULL CHECK (drug_type BETWEEN 1 AND 3),
    unit               TEXT    NOT NULL DEFAULT '盒',
    strips_per_box     INTEGER NOT NULL DEFAULT 1 CHECK (strips_per_box >= 1),
    pieces_per_strip   INTEGER NOT NULL DEFAULT 1 CHECK (pieces_per_strip >= 1),
    price_fen          INTEGER NOT NULL CHECK (price_fen >= 0),
    ceiling_fen        INTEGER NOT NULL DEFAULT 0 CHECK (ceiling_fen >= 0),
    pediatric          INTEGER NOT NULL DEFAULT 0,
    ephedrine          INTEGER NOT NULL DEFAULT 0,
    storage_condition  TEXT    NOT NULL DEFAULT '',
    trace_prefix       TEXT    NOT NULL DEFAULT '',
    pinyin             TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX product_generic_name ON product (generic_name);
CREATE INDEX product_pinyin ON product (pinyin);

-- Every code that identifies a product's pack at the counter: GTIN, 药品本位码, own code.
CREATE TABLE product_code (
    code       TEXT    PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product (id),
    kind       TEXT    NOT NULL
);
CREATE INDEX product_code_product ON product_code (product_id);

CREATE TABLE doc_sequence (
    prefix TEXT    PRIMARY KEY,
    last   INTEGER NOT NULL
);

CREATE TABLE sale (
    id             INTEGER PRIMARY KEY,
    sale_no        TEXT    NOT NULL UNIQUE,
    sold_at        TEXT    NOT NULL,
    terminal       TEXT    NOT NULL,
    operator       TEXT    NOT NULL,
    total_fen      INTEGER NOT NULL CHECK (total_fen >= 0),
    payment_method TEXT    NOT NULL,
    tendered_fen   INTEGER NOT NULL,
    change_fen     INTEGER NOT NULL CHECK (change_fen >= 0),
    CHECK (tendered_fen - change_fen = total_fen)
);

CREATE TABLE sale_line (
    id             INTEGER PRIMARY KEY,
    sale_id        INTEGER NOT NULL REFERENCES sale (id),
    line_no        INTEGER NOT NULL,
    product_id     INTEGER NOT NULL REFERENCES product (id),
    product_name   TEXT    NOT NULL,
    spec           TEXT    NOT NULL,
    unit           TEXT    NOT NULL,
    quantity       INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
    amount_fen     INTEGER NOT NULL,
    UNIQUE (sale_id, line_no),
    CHECK (amount_fen = unit_price_fen * quantity)
);

CREATE TABLE receipt_print (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER NOT NULL REFERENCES sale (id),
    job_id     TEXT    NOT NULL,
    reprint    INTEGER NOT NULL,
    printed_at TEXT    NOT NULL
);

-- A recorded sale is a fact: it is never edited or deleted (refunds are later documents).
CREATE TRIGGER sale_no_update BEFORE UPDATE ON sale
BEGIN
    SELECT RAISE(ABORT, 'sale rows are append-only');
END;
CREATE TRIGGER sale_no_delete BEFORE DELETE ON sale
BEGIN
    SELECT RAISE(ABORT, 'sale rows are append-only');
END;
CREATE TRIGGER sale_line_no_update BEFORE UPDATE ON sale_line
BEGIN
    SELECT RAISE(ABORT, 'sale_line rows are append-only');
END;
CREATE TRIGGER sale_line_no_delete BEFORE DELETE ON sale_line
BEGIN
    SELECT RAISE(ABORT, 'sale_line rows are append-only');
END;
