-- 0008: personal data encrypted at rest (DATA-PRIVACY). Each personal value moves into a BLOB
-- column holding a FieldCipher blob (AES-256-GCM, bound to table/column/row), with a keyed lookup
-- hash beside it where the store must find by it; the plain columns stay only to be emptied by
-- the data migration (storage/crypto/personaldata.h: encryptPlaintextPersonalData).

-- CTRL-EPHEDRINE: the buyer's ID number (context: sale / buyer_id_enc / sale_no) and its hash
-- (PersonalKind::IdNumber) for the register by ID number.
ALTER TABLE sale ADD COLUMN buyer_id_enc BLOB;
ALTER TABLE sale ADD COLUMN buyer_id_hash BLOB;
CREATE INDEX sale_by_buyer_id_hash ON sale (buyer_id_hash) WHERE buyer_id_hash IS NOT NULL;

-- Prescriptions: the canonical content (patient name and ID number inside) and the original file,
-- encrypted (context: prescription_content / <column> / rx_no|content_hash); the patient found by
-- keyed hash of ID number and of name.
ALTER TABLE prescription_content ADD COLUMN content_enc BLOB;
ALTER TABLE prescription_content ADD COLUMN original_file_enc BLOB;
ALTER TABLE prescription_content ADD COLUMN patient_id_hash BLOB;
ALTER TABLE prescription_content ADD COLUMN patient_name_hash BLOB;
CREATE INDEX prescription_content_by_patient_id ON prescription_content (patient_id_hash)
    WHERE patient_id_hash IS NOT NULL;
CREATE INDEX prescription_content_by_patient_name ON prescription_content (patient_name_hash)
    WHERE patient_name_hash IS NOT NULL;

-- The scan journal keeps 医保电子凭证 and e-prescription QR payloads (a bearer token, the holder's
-- ID number and name) encrypted (context: scan_journal / payload_enc / no row); payload_hex is
-- empty for them.
ALTER TABLE scan_journal ADD COLUMN payload_enc BLOB;

-- Append-only stays append-only for every business column; the encrypted and hash columns may be
-- rewritten (key rotation) or cleared (retention), and a plain column may only be emptied (the
-- data migration).
DROP TRIGGER sale_no_update;
CREATE TRIGGER sale_no_update
BEFORE UPDATE OF id, sale_no, sold_at, terminal, operator, total_fen, payment_method, tendered_fen,
                 change_fen ON sale
BEGIN
    SELECT RAISE(ABORT, 'sale rows are append-only');
END;
CREATE TRIGGER sale_buyer_id_plain_only_emptied BEFORE UPDATE OF buyer_id_number ON sale
WHEN NEW.buyer_id_number <> ''
BEGIN
    SELECT RAISE(ABORT, 'a plain ID number can only be removed');
END;

DROP TRIGGER prescription_content_no_update;
CREATE TRIGGER prescription_content_no_update
BEFORE UPDATE OF id, rx_no, content_hash ON prescription_content
BEGIN
    SELECT RAISE(ABORT, 'prescription contents are append-only');
END;
CREATE TRIGGER prescription_content_plain_only_emptied
BEFORE UPDATE OF content ON prescription_content
WHEN NEW.content <> ''
BEGIN
    SELECT RAISE(ABORT, 'plain prescription content can only be removed');
END;
CREATE TRIGGER prescription_file_plain_only_emptied
BEFORE UPDATE OF original_file ON prescription_content
WHEN length(NEW.original_file) <> 0
BEGIN
    SELECT RAISE(ABORT, 'a plain prescription file can only be removed');
END;
