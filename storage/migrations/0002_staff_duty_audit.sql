-- 0002: accounts and roles, pharmacist duty, the hash-chained audit trail.
CREATE TABLE app_user (
    id                  INTEGER PRIMARY KEY,
    username            TEXT    NOT NULL UNIQUE,
    display_name        TEXT    NOT NULL,
    role                INTEGER NOT NULL CHECK (role BETWEEN 1 AND 4),
    licence_no          TEXT    NOT NULL DEFAULT '',
    insurance_phar_code TEXT    NOT NULL DEFAULT '',
    password_hash       TEXT    NOT NULL,
    active              INTEGER NOT NULL DEFAULT 1,
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    locked_until        TEXT    NOT NULL DEFAULT '',
    created_at          TEXT    NOT NULL DEFAULT (datetime('now', 'localtime'))
);

CREATE TABLE duty_period (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES app_user (id),
    started_at TEXT    NOT NULL,
    ended_at   TEXT    NOT NULL DEFAULT '',
    CHECK (ended_at = '' OR ended_at >= started_at)
);
CREATE INDEX duty_period_start ON duty_period (started_at);
-- At most one open period per pharmacist.
CREATE UNIQUE INDEX duty_period_one_open ON duty_period (user_id) WHERE ended_at = '';

-- A duty period is history: it can be closed once, never edited or removed.
CREATE TRIGGER duty_period_close_only BEFORE UPDATE ON duty_period
WHEN OLD.ended_at <> '' OR NEW.user_id <> OLD.user_id OR NEW.started_at <> OLD.started_at
BEGIN
    SELECT RAISE(ABORT, 'duty periods are append-only');
END;
CREATE TRIGGER duty_period_no_delete BEFORE DELETE ON duty_period
BEGIN
    SELECT RAISE(ABORT, 'duty periods are append-only');
END;

-- The audit trail: each entry holds the hash of the one before it.
--   hash = SHA-256(prev_hash | seq | at | actor | action | target | detail), hex.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    target    TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
-- The head of the chain, kept by trigger: removing the newest entries shows as a mismatch.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT    NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');
CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
