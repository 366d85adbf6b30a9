-- 0006: prescriptions (RX-REVIEW, RX-SINGLE, RX-ARCHIVE-2Y).
-- Every content a prescription number was received with is kept, in canonical form beside its
-- SHA-256 (Prescription::canonicalContent / contentHash), so the content a review was given on can
-- always be shown again; the prescription row points at the current content.
CREATE TABLE prescription_content (
    id            INTEGER PRIMARY KEY,
    rx_no         TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    content       TEXT    NOT NULL,
    original_file BLOB    NOT NULL,
    UNIQUE (rx_no, content_hash)
);
CREATE TRIGGER prescription_content_no_update BEFORE UPDATE ON prescription_content
BEGIN
    SELECT RAISE(ABORT, 'prescription contents are append-only');
END;
CREATE TRIGGER prescription_content_no_delete BEFORE DELETE ON prescription_content
BEGIN
    SELECT RAISE(ABORT, 'prescription contents are append-only');
END;

--   status: 1 valid, 2 expired, 3 revoked, 4 voided; source: 1 download, 2 paper entry
CREATE TABLE prescription (
    rx_no        TEXT    PRIMARY KEY,
    content_hash TEXT    NOT NULL,
    issued_at    TEXT    NOT NULL,
    status       INTEGER NOT NULL CHECK (status BETWEEN 1 AND 4),
    source       INTEGER NOT NULL CHECK (source BETWEEN 1 AND 2),
    FOREIGN KEY (rx_no, content_hash) REFERENCES prescription_content (rx_no, content_hash)
);
CREATE INDEX prescription_by_issue ON prescription (issued_at);

-- The pharmacist's decisions: signed, bound to the content hash they were given on, never edited.
--   decision: 1 approved, 2 rejected
CREATE TABLE prescription_review (
    id                   INTEGER PRIMARY KEY,
    rx_no                TEXT    NOT NULL,
    decision             INTEGER NOT NULL CHECK (decision BETWEEN 1 AND 2),
    opinion              TEXT    NOT NULL,
    pharmacist_user_id   INTEGER NOT NULL,
    pharmacist_name      TEXT    NOT NULL,
    licence_no           TEXT    NOT NULL,
    insurance_phar_code  TEXT    NOT NULL,
    reviewed_at          TEXT    NOT NULL,
    content_hash         TEXT    NOT NULL,
    long_term_confirmed  INTEGER NOT NULL CHECK (long_term_confirmed IN (0, 1)),
    CHECK (decision = 1 OR opinion <> '')
);
CREATE INDEX prescription_review_by_rx ON prescription_review (rx_no, content_hash);
CREATE TRIGGER prescription_review_no_update BEFORE UPDATE ON prescription_review
BEGIN
    SELECT RAISE(ABORT, 'prescription reviews are append-only');
END;
CREATE TRIGGER prescription_review_no_delete BEFORE DELETE ON prescription_review
BEGIN
    SELECT RAISE(ABORT, 'prescription reviews are append-only');
END;

-- RX-SINGLE: a prescription number is settled once; the first record stays.
--   place: 1 here, 2 reported by the platform
CREATE TABLE prescription_settled (
    rx_no      TEXT    PRIMARY KEY,
    settled_at TEXT    NOT NULL,
    place      INTEGER NOT NULL CHECK (place BETWEEN 1 AND 2),
    reference  TEXT    NOT NULL
);
CREATE TRIGGER prescription_settled_no_update BEFORE UPDATE ON prescription_settled
BEGIN
    SELECT RAISE(ABORT, 'settled prescription numbers are append-only');
END;
CREATE TRIGGER prescription_settled_no_delete BEFORE DELETE ON prescription_settled
BEGIN
    SELECT RAISE(ABORT, 'settled prescription numbers are append-only');
END;
