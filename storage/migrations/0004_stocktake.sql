-- 0004: stocktake (盘点): a count sheet snapshots the book quantity of each batch; counted
-- quantities are filled in; a manager's approval posts the variances as movements.
CREATE TABLE stocktake (
    id          INTEGER PRIMARY KEY,
    sheet_no    TEXT    NOT NULL UNIQUE,
    scope       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    approved_at TEXT    NOT NULL DEFAULT '',
    approved_by TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE stocktake_line (
    id         INTEGER PRIMARY KEY,
    sheet_id   INTEGER NOT NULL REFERENCES stocktake (id),
    batch_id   INTEGER NOT NULL REFERENCES batch (id),
    product_id INTEGER NOT NULL REFERENCES product (id),
    book       INTEGER NOT NULL,
    counted    INTEGER,
    UNIQUE (sheet_id, batch_id),
    CHECK (counted IS NULL OR counted >= 0)
);

-- An approved sheet is closed: its lines no longer change.
CREATE TRIGGER stocktake_line_frozen BEFORE UPDATE ON stocktake_line
WHEN (SELECT approved_at FROM stocktake WHERE id = OLD.sheet_id) <> ''
BEGIN
    SELECT RAISE(ABORT, 'the stocktake sheet is approved and closed');
END;
