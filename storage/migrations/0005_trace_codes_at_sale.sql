-- 0005: traceability codes at the counter (INV-TRACE) and the scan journal.
-- A sold box's code is kept with its sale line exactly as scanned; a sale return puts it back.
CREATE TABLE sale_trace_code (
    id          INTEGER PRIMARY KEY,
    sale_id     INTEGER NOT NULL REFERENCES sale (id),
    line_no     INTEGER NOT NULL,
    code        TEXT    NOT NULL,
    batch_id    INTEGER NOT NULL REFERENCES batch (id),
    returned_at TEXT    NOT NULL DEFAULT '',
    return_no   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sale_trace_code_by_code ON sale_trace_code (code);
CREATE INDEX sale_trace_code_by_sale ON sale_trace_code (sale_id);

-- Codes sold without a receiving record (store policy "warn") are still registered, so the same
-- box cannot be sold twice; received_at stays '' for them.
CREATE INDEX trace_code_by_sale ON trace_code (sale_no);

-- 7-digit code prefixes the counter learned (prefix → product), beside the product master's own.
CREATE TABLE trace_prefix_learned (
    prefix     TEXT    PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product (id),
    learned_at TEXT    NOT NULL,
    learned_by TEXT    NOT NULL
);

-- Every scan as it arrived: for support, installers and disputes ("I scanned it!").
CREATE TABLE scan_journal (
    id          INTEGER PRIMARY KEY,
    scanned_at  TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    symbology   TEXT    NOT NULL,
    payload_hex TEXT    NOT NULL,
    family      TEXT    NOT NULL,
    outcome     TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    elapsed_us  INTEGER NOT NULL,
    operator    TEXT    NOT NULL
);

-- Sale returns (销售退货): which sale they reverse.
CREATE TABLE sale_return (
    id          INTEGER PRIMARY KEY,
    return_no   TEXT    NOT NULL UNIQUE,
    sale_id     INTEGER NOT NULL UNIQUE REFERENCES sale (id),
    returned_at TEXT    NOT NULL,
    operator    TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    refund_fen  INTEGER NOT NULL
);

-- A trace code's prefix finds its product (scan a box's code without its product code first).
CREATE INDEX product_by_trace_prefix ON product (trace_prefix);

-- A document's movements (a sale's, to return it).
CREATE INDEX stock_movement_doc ON stock_movement (source_doc);
