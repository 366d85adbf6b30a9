-- 0013: the upload queue (rebuilt by 0011) append-only again, as the seals need it: a record's
-- identity and the content it was queued with never change; its payload changes only as a
-- correction that keeps the original (original_payload); it leaves the queue only into the
-- archive (same id). The seals read the queue and the archive together by id (storage/integrity).
CREATE TRIGGER outbox_immutable BEFORE UPDATE OF id, infno, doc_ref, created_at ON outbox
BEGIN
    SELECT RAISE(ABORT, 'a queued platform record never changes');
END;
CREATE TRIGGER outbox_original_kept BEFORE UPDATE OF original_payload ON outbox
WHEN OLD.original_payload <> '' AND NEW.original_payload IS NOT OLD.original_payload
BEGIN
    SELECT RAISE(ABORT, 'the content a record was queued with is kept');
END;
CREATE TRIGGER outbox_correction_only BEFORE UPDATE OF payload ON outbox
WHEN NEW.payload IS NOT OLD.payload AND NEW.original_payload = ''
BEGIN
    SELECT RAISE(ABORT, 'a record is corrected only with its original kept');
END;
CREATE TRIGGER outbox_leaves_into_archive BEFORE DELETE ON outbox
WHEN NOT EXISTS (SELECT 1 FROM outbox_archive WHERE id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a queued platform record leaves only into the archive');
END;
