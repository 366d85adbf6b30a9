-- 0021 (issue 18, DATA-PRIVACY): the archive found by patient. Beside each sealed record, the keyed
-- hashes (HMAC under the store key, as the prescriptions' patient hashes) of whom it is about — the
-- insured person, else the prescription's patient, else the registered buyer — by ID number and by
-- name; never the plain values. NULL: not indexed yet (records sealed before this version, given
-- their hashes a slice at a time at the counter's start); an empty value: the record names nobody.
-- Key rotation recomputes them. archive verify checks them against the sealed record.
ALTER TABLE archive_record ADD COLUMN person_id_hash BLOB;
ALTER TABLE archive_record ADD COLUMN person_name_hash BLOB;
CREATE INDEX archive_record_by_person_id ON archive_record (person_id_hash);
CREATE INDEX archive_record_by_person_name ON archive_record (person_name_hash);
CREATE INDEX archive_record_not_indexed ON archive_record (seq) WHERE person_id_hash IS NULL;
