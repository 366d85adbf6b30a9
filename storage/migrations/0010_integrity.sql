-- 0010: tamper evidence that holds against a file-level attacker (issue 12), and triggers on every
-- append-only table.
--
-- Each protected table is sealed in segments of its rows in rowid order: a running SHA-256 over
-- each row's immutable columns, MACed with a key kept outside the database (the store key). A
-- segment is extended in the same transaction as the rows it covers (Transaction::commit), so
-- nothing committed is ever unsealed; once full it is closed. Small mutable tables whose every
-- change matters (accounts) are sealed whole, as state. `pharmapos verify` recomputes all of it,
-- checks the MACs and the anchors written outside the database, and names every difference.
CREATE TABLE integrity_segment (
    table_name TEXT    NOT NULL,
    segment    INTEGER NOT NULL,
    first_id   INTEGER NOT NULL,
    last_id    INTEGER NOT NULL,
    row_count  INTEGER NOT NULL,
    digest     BLOB    NOT NULL,
    mac        BLOB,              -- NULL: sealed without the store key (tests only)
    closed     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (table_name, segment)
);
-- A closed segment's content never changes; its MAC is made again under a new key (key rotation).
CREATE TRIGGER integrity_segment_closed BEFORE UPDATE OF table_name, segment, first_id, last_id,
    row_count, digest, closed ON integrity_segment
WHEN OLD.closed = 1
BEGIN
    SELECT RAISE(ABORT, 'a closed integrity segment never changes');
END;
CREATE TRIGGER integrity_segment_no_delete BEFORE DELETE ON integrity_segment
BEGIN
    SELECT RAISE(ABORT, 'integrity segments are append-only');
END;
CREATE TABLE integrity_state (
    table_name TEXT PRIMARY KEY,
    digest     BLOB NOT NULL,
    mac        BLOB
);
-- What the seals found written outside PharmaPOS before they sealed it (rows appended to a sealed
-- table, an account changed), and the first sealing of an older store's history. Sealed itself:
-- an event cannot be removed unnoticed. `verify` names every one.
CREATE TABLE integrity_event (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    table_name TEXT    NOT NULL,
    kind       TEXT    NOT NULL,  -- initial | foreign_rows | foreign_state
    detail     TEXT    NOT NULL
);
CREATE TRIGGER integrity_event_no_update BEFORE UPDATE ON integrity_event
BEGIN
    SELECT RAISE(ABORT, 'integrity events are append-only');
END;
CREATE TRIGGER integrity_event_no_delete BEFORE DELETE ON integrity_event
BEGIN
    SELECT RAISE(ABORT, 'integrity events are append-only');
END;
-- The first write transaction after this migration seals the history as it stands (recorded as
-- the 'initial' event); every later one first checks that nothing was written outside it.
INSERT INTO integrity_state (table_name, digest, mac) VALUES ('#initial', x'', NULL);

-- Append-only everywhere: the immutable columns of every ledger, sale, prescription and upload
-- table never change, and no row is ever deleted (returns and corrections are new documents).
CREATE TRIGGER batch_immutable BEFORE UPDATE OF id, product_id, batch_no, production_date,
    expiry_date, supplier, cost_fen, created_at ON batch
BEGIN
    SELECT RAISE(ABORT, 'a batch as received never changes');
END;
CREATE TRIGGER batch_no_delete BEFORE DELETE ON batch
BEGIN
    SELECT RAISE(ABORT, 'batches are append-only');
END;
CREATE TRIGGER purchase_doc_no_update BEFORE UPDATE ON purchase_doc
BEGIN
    SELECT RAISE(ABORT, 'received deliveries are append-only');
END;
CREATE TRIGGER purchase_doc_no_delete BEFORE DELETE ON purchase_doc
BEGIN
    SELECT RAISE(ABORT, 'received deliveries are append-only');
END;
CREATE TRIGGER purchase_line_no_update BEFORE UPDATE ON purchase_line
BEGIN
    SELECT RAISE(ABORT, 'received deliveries are append-only');
END;
CREATE TRIGGER purchase_line_no_delete BEFORE DELETE ON purchase_line
BEGIN
    SELECT RAISE(ABORT, 'received deliveries are append-only');
END;
-- A box's code: who it is and where it came from never change; only its sold state does.
CREATE TRIGGER trace_code_immutable BEFORE UPDATE OF code, product_id, batch_id, received_at,
    purchase_doc ON trace_code
BEGIN
    SELECT RAISE(ABORT, 'a traceability code as received never changes');
END;
CREATE TRIGGER trace_code_no_delete BEFORE DELETE ON trace_code
BEGIN
    SELECT RAISE(ABORT, 'traceability codes are append-only');
END;
CREATE TRIGGER sale_trace_code_immutable BEFORE UPDATE OF id, sale_id, line_no, code, batch_id
    ON sale_trace_code
BEGIN
    SELECT RAISE(ABORT, 'a sold box never changes');
END;
CREATE TRIGGER sale_trace_code_no_delete BEFORE DELETE ON sale_trace_code
BEGIN
    SELECT RAISE(ABORT, 'sold boxes are append-only');
END;
CREATE TRIGGER sale_return_no_update BEFORE UPDATE ON sale_return
BEGIN
    SELECT RAISE(ABORT, 'sale returns are append-only');
END;
CREATE TRIGGER sale_return_no_delete BEFORE DELETE ON sale_return
BEGIN
    SELECT RAISE(ABORT, 'sale returns are append-only');
END;
-- A platform record's content never changes once queued; only its sending state does.
CREATE TRIGGER outbox_immutable BEFORE UPDATE OF id, infno, doc_ref, payload, created_at
    ON outbox
BEGIN
    SELECT RAISE(ABORT, 'a queued platform record never changes');
END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN
    SELECT RAISE(ABORT, 'queued platform records are append-only');
END;
CREATE TRIGGER stocktake_immutable BEFORE UPDATE OF id, sheet_no, scope, created_at,
    created_by ON stocktake
BEGIN
    SELECT RAISE(ABORT, 'a stocktake sheet never changes');
END;
CREATE TRIGGER stocktake_closed_once BEFORE UPDATE OF approved_at, approved_by ON stocktake
WHEN OLD.approved_at <> ''
BEGIN
    SELECT RAISE(ABORT, 'an approved stocktake sheet is closed');
END;
CREATE TRIGGER stocktake_no_delete BEFORE DELETE ON stocktake
BEGIN
    SELECT RAISE(ABORT, 'stocktake sheets are append-only');
END;
CREATE TRIGGER stocktake_line_no_delete BEFORE DELETE ON stocktake_line
BEGIN
    SELECT RAISE(ABORT, 'stocktake sheets are append-only');
END;
CREATE TRIGGER prescription_no_delete BEFORE DELETE ON prescription
BEGIN
    SELECT RAISE(ABORT, 'prescriptions are kept (RX-ARCHIVE-2Y)');
END;
CREATE TRIGGER receipt_print_no_update BEFORE UPDATE ON receipt_print
BEGIN
    SELECT RAISE(ABORT, 'receipt prints are append-only');
END;
CREATE TRIGGER receipt_print_no_delete BEFORE DELETE ON receipt_print
BEGIN
    SELECT RAISE(ABORT, 'receipt prints are append-only');
END;
-- An account is deactivated, never removed: the audit trail names it.
CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'accounts are deactivated, never deleted');
END;
-- Balances change only through movements (the movement trigger); a balance row never goes away.
CREATE TRIGGER stock_balance_immutable BEFORE UPDATE OF batch_id, product_id ON stock_balance
BEGIN
    SELECT RAISE(ABORT, 'balances change only through movements');
END;
-- A duty period's identity never changes either (only its end is written, once).
DROP TRIGGER duty_period_close_only;
CREATE TRIGGER duty_period_close_only BEFORE UPDATE ON duty_period
WHEN OLD.ended_at <> '' OR NEW.id <> OLD.id OR NEW.user_id <> OLD.user_id
    OR NEW.started_at <> OLD.started_at
BEGIN
    SELECT RAISE(ABORT, 'duty periods are append-only');
END;
