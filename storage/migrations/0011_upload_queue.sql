-- 0011: the platform upload queue gets what sending needs (DATA-UPLOAD): a state per record, the
-- msgid stored before each attempt (and the earlier attempts'), when to try next, the platform's
-- message; counts per state kept by triggers (the status never counts rows); final records move
-- to an append-only archive, so the hot table stays small however much a store has sent.
--   state: 1 pending, 2 sending, 3 accepted, 4 rejected, 5 unknown, 6 withdrawn
-- The writers (the ledger) are unchanged: a new row is pending by default.

-- Rebuilt rather than altered: ids must never be reused once records leave for the archive
-- (AUTOINCREMENT), and the new columns need their defaults and checks.
CREATE TABLE outbox_v8 (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    infno            TEXT    NOT NULL,
    doc_ref          TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    sent_at          TEXT    NOT NULL DEFAULT '',
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT    NOT NULL DEFAULT '',
    state            INTEGER NOT NULL DEFAULT 1 CHECK (state BETWEEN 1 AND 6),
    msgid            TEXT    NOT NULL DEFAULT '',
    prior_msgids     TEXT    NOT NULL DEFAULT '',
    next_attempt_at  TEXT    NOT NULL DEFAULT '',
    platform_message TEXT    NOT NULL DEFAULT '',
    updated_at       TEXT    NOT NULL DEFAULT '',
    original_payload TEXT    NOT NULL DEFAULT ''
);
INSERT INTO outbox_v8 (id, infno, doc_ref, payload, created_at, sent_at, attempts, last_error)
    SELECT id, infno, doc_ref, payload, created_at, sent_at, attempts, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v8 RENAME TO outbox;
CREATE INDEX outbox_state ON outbox (state, id);

CREATE TABLE outbox_archive (
    id               INTEGER PRIMARY KEY,
    infno            TEXT    NOT NULL,
    doc_ref          TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    state            INTEGER NOT NULL CHECK (state IN (3, 6)),
    msgid            TEXT    NOT NULL,
    prior_msgids     TEXT    NOT NULL,
    attempts         INTEGER NOT NULL,
    platform_message TEXT    NOT NULL,
    original_payload TEXT    NOT NULL,
    record_key       TEXT    NOT NULL,
    biz_time         TEXT    NOT NULL,
    finished_at      TEXT    NOT NULL
);
CREATE INDEX outbox_archive_key ON outbox_archive (infno, record_key);
CREATE INDEX outbox_archive_biz ON outbox_archive (biz_time);
-- a sale return finds the 3505s it reverses by the sale number
CREATE INDEX outbox_archive_doc ON outbox_archive (infno, doc_ref);
CREATE TRIGGER outbox_archive_no_update BEFORE UPDATE ON outbox_archive
BEGIN
    SELECT RAISE(ABORT, 'the upload archive is append-only');
END;
CREATE TRIGGER outbox_archive_no_delete BEFORE DELETE ON outbox_archive
BEGIN
    SELECT RAISE(ABORT, 'the upload archive is append-only');
END;

-- An accepted record taken back by a 3507 (itself a record of the queue).
CREATE TABLE outbox_withdrawal (
    record_id     INTEGER PRIMARY KEY,
    withdrawal_id INTEGER NOT NULL UNIQUE,
    requested_at  TEXT    NOT NULL,
    done_at       TEXT    NOT NULL DEFAULT ''
);

-- How many records are in each state, kept as they change.
CREATE TABLE outbox_counter (
    state INTEGER PRIMARY KEY,
    n     INTEGER NOT NULL
);
INSERT INTO outbox_counter (state, n) VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0);
UPDATE outbox_counter SET n = (SELECT COUNT(*) FROM outbox WHERE outbox.state = outbox_counter.state);
CREATE TRIGGER outbox_count_insert AFTER INSERT ON outbox
BEGIN
    UPDATE outbox_counter SET n = n + 1 WHERE state = NEW.state;
END;
CREATE TRIGGER outbox_count_update AFTER UPDATE OF state ON outbox WHEN OLD.state <> NEW.state
BEGIN
    UPDATE outbox_counter SET n = n - 1 WHERE state = OLD.state;
    UPDATE outbox_counter SET n = n + 1 WHERE state = NEW.state;
END;
CREATE TRIGGER outbox_count_delete AFTER DELETE ON outbox
BEGIN
    UPDATE outbox_counter SET n = n - 1 WHERE state = OLD.state;
END;
CREATE TRIGGER outbox_archive_count AFTER INSERT ON outbox_archive
BEGIN
    UPDATE outbox_counter SET n = n + 1 WHERE state = NEW.state;
END;

-- The link as the last attempt left it: last_success_at, down_since, last_error.
CREATE TABLE platform_link (
    k TEXT PRIMARY KEY,
    v TEXT NOT NULL
);

-- msgids: one sequence per second (Unix seconds), shared by every process on this database. It
-- only moves forward: a clock set back, or more than a second's worth of msgids, borrows the next
-- second rather than reuse a msgid.
CREATE TABLE msgid_sequence (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    second INTEGER NOT NULL,
    seq    INTEGER NOT NULL
);
INSERT INTO msgid_sequence (id, second, seq) VALUES (1, 0, 0);
