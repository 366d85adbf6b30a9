-- 0018 (issue 18, SETTLE-SLIP, RX-ARCHIVE-2Y): the settlement archive. One sealed record per
-- insured settlement, cash prescription sale or refund, in sealing order: its canonical JSON
-- encrypted (it holds the insured person) and bound to its number, with the plain columns queries
-- need; its documents (slip, signature, prescription file, face, clip manifest) encrypted beside
-- it; the newest signed head. The chain's hashes and signatures are what prove the archive
-- unchanged; these triggers only stop an honest mistake: nothing but the encrypted blobs (a key
-- rotation re-encrypts them; the hashes are of the plain content) may change, and a record goes
-- only when it is two years old.
CREATE TABLE archive_record (
    seq        INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    rx_no      TEXT    NOT NULL DEFAULT '',
    sealed_at  TEXT    NOT NULL,
    hash       TEXT    NOT NULL,
    prev_hash  TEXT    NOT NULL,
    signature  BLOB    NOT NULL,
    record_enc BLOB    NOT NULL
);
CREATE INDEX archive_record_by_subject ON archive_record (subject);
CREATE INDEX archive_record_by_rx ON archive_record (rx_no);
CREATE INDEX archive_record_by_time ON archive_record (sealed_at);

CREATE TABLE archive_document (
    seq         INTEGER NOT NULL REFERENCES archive_record (seq),
    name        TEXT    NOT NULL,
    content_enc BLOB    NOT NULL,
    PRIMARY KEY (seq, name)
);

CREATE TABLE archive_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    seq       INTEGER NOT NULL,
    hash      TEXT    NOT NULL,
    signature BLOB    NOT NULL
);

CREATE TRIGGER archive_record_sealed BEFORE UPDATE ON archive_record
WHEN NEW.seq IS NOT OLD.seq OR NEW.kind IS NOT OLD.kind OR NEW.subject IS NOT OLD.subject
  OR NEW.rx_no IS NOT OLD.rx_no OR NEW.sealed_at IS NOT OLD.sealed_at OR NEW.hash IS NOT OLD.hash
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.signature IS NOT OLD.signature
BEGIN
    SELECT RAISE(ABORT, 'archive_record is sealed (SETTLE-SLIP)');
END;
CREATE TRIGGER archive_document_sealed BEFORE UPDATE ON archive_document
WHEN NEW.seq IS NOT OLD.seq OR NEW.name IS NOT OLD.name
BEGIN
    SELECT RAISE(ABORT, 'archive_document is sealed (SETTLE-SLIP)');
END;
CREATE TRIGGER archive_record_kept_two_years BEFORE DELETE ON archive_record
WHEN OLD.sealed_at > strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime', '-2 years')
BEGIN
    SELECT RAISE(ABORT, 'archive_record is kept two years (RX-ARCHIVE-2Y)');
END;
CREATE TRIGGER archive_document_kept_two_years BEFORE DELETE ON archive_document
WHEN (SELECT sealed_at FROM archive_record WHERE seq = OLD.seq)
     > strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime', '-2 years')
BEGIN
    SELECT RAISE(ABORT, 'archive_document is kept two years (RX-ARCHIVE-2Y)');
END;
