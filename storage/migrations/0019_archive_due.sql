-- 0019 (issue 18, SETTLE-SLIP): what the archive still owes. A settlement's archived_state is the
-- state its newest sealed record covers ('signed': the settlement with its signed slip;
-- 'refunded': its refund), written in the archive record's own transaction. A signed or refunded
-- settlement whose archived_state differs is due: sealed at once, or at the next start when the
-- sealing failed (a full disk) or the process died between the signature and the seal. The partial
-- index holds only settlements not yet archived in their final state, so finding them costs the
-- work outstanding, not the store's years of history.
ALTER TABLE insured_settlement ADD COLUMN archived_state TEXT NOT NULL DEFAULT '';
CREATE INDEX insured_settlement_archive_due ON insured_settlement (updated_at)
    WHERE archived_state <> state;

-- One record of each kind per settlement or sale, whichever process seals it: two writers that
-- both found none cannot both append one.
CREATE UNIQUE INDEX archive_record_once ON archive_record (kind, subject);

-- The audit trail by what it concerns: a sealed record carries every audited step of its
-- settlement and prescription (received, reviewed, printed, confirmed, settled, signed).
CREATE INDEX audit_log_by_target ON audit_log (target);
