-- 0009: personal data encrypted at rest (DATA-PRIVACY), kept apart from the business records.
-- Each personal value lives in a side table as a FieldCipher blob (AES-256-GCM, bound to its table,
-- column and row), with a keyed lookup hash beside it where the store must find by it. The side
-- tables are not append-only: key rotation rewrites their blobs and the retention job deletes their
-- rows, while the append-only business tables and their triggers stay as they are. The old plain
-- columns (sale.buyer_id_number, prescription_content.content / original_file, scan_journal.
-- payload_hex of credential scans) are emptied by the data migration
-- (storage/crypto/personaldata.h: encryptPlaintextPersonalData) and written empty from then on.

-- CTRL-EPHEDRINE: the buyer's ID number registered with a sale (context: sale_personal /
-- buyer_id_enc / sale_no) and its hash (PersonalKind::IdNumber): the register by ID number.
CREATE TABLE sale_personal (
    sale_no       TEXT PRIMARY KEY REFERENCES sale (sale_no),
    buyer_id_enc  BLOB NOT NULL,
    buyer_id_hash BLOB
);
CREATE INDEX sale_personal_by_buyer_id ON sale_personal (buyer_id_hash);

-- Prescriptions: the canonical content (patient name and ID number inside) and the original file
-- (context: prescription_personal / <column> / "rx_no|content_hash"); the patient found by keyed
-- hash of ID number and of name.
CREATE TABLE prescription_personal (
    rx_no             TEXT NOT NULL,
    content_hash      TEXT NOT NULL,
    content_enc       BLOB NOT NULL,
    original_file_enc BLOB,
    patient_id_hash   BLOB,
    patient_name_hash BLOB,
    PRIMARY KEY (rx_no, content_hash),
    FOREIGN KEY (rx_no, content_hash) REFERENCES prescription_content (rx_no, content_hash)
);
CREATE INDEX prescription_personal_by_patient_id ON prescription_personal (patient_id_hash);
CREATE INDEX prescription_personal_by_patient_name ON prescription_personal (patient_name_hash);

-- 医保电子凭证 and e-prescription QR payloads (a bearer token, the holder's ID number and name) as
-- the scan journal keeps them (context: scan_journal_personal / payload_enc / the scan's id).
CREATE TABLE scan_journal_personal (
    scan_id     INTEGER PRIMARY KEY REFERENCES scan_journal (id),
    payload_enc BLOB NOT NULL
);
