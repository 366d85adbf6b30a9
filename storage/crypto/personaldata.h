#pragma once

#include "app/core/ports/fieldcipher.h"
#include "storage/crypto/sqlencryptedcolumns.h"
#include "storage/crypto/sqlretentiontarget.h"

#include <QList>
#include <QString>

namespace pos::storage {
class Database;
}

namespace pos::storage::crypto {

/// The personal data the schema holds today (migration 0008), in one place: the contexts the
/// repositories bind their blobs to, the holders key rotation rewrites, the retention targets, and
/// the migration of stores that still hold it in plain text. New personal columns (settlement,
/// camera, archive) add their entries here.
namespace personal {

/// sale.buyer_id_enc — CTRL-EPHEDRINE, bound to the sale number.
[[nodiscard]] FieldContext saleBuyerId(const QString& saleNo);
/// prescription_content.content_enc / original_file_enc — bound to "rx_no|content_hash".
[[nodiscard]] FieldContext prescriptionContent(const QString& rxNo, const QString& contentHash);
[[nodiscard]] FieldContext prescriptionOriginalFile(const QString& rxNo,
                                                    const QString& contentHash);
/// scan_journal.payload_enc — 医保电子凭证 / e-prescription QR payloads (no row binding: the row
/// id is not known before the insert).
[[nodiscard]] FieldContext scanPayload();
/// The scan families whose payload is personal and is kept only encrypted.
[[nodiscard]] QStringList personalScanFamilies();

/// The patient's ID number and name inside a prescription's canonical content (its JSON "patId"
/// and "patName"), for the lookup hashes.
[[nodiscard]] QString patientIdFromContent(const QByteArray& canonicalContent);
[[nodiscard]] QString patientNameFromContent(const QByteArray& canonicalContent);

/// What key rotation must rewrite: sale.buyer_id, prescription_content, scan_journal.payload.
[[nodiscard]] QList<SqlHolderSpec> encryptedColumns();
/// What the retention job applies to: the ephedrine register (anonymised), prescription archives
/// (content and file removed, hashes kept so the review's binding stays), scanned credential
/// payloads (removed).
[[nodiscard]] QList<SqlRetentionSpec> retentionTargets();

} // namespace personal

struct PlaintextMigrationReport
{
    qint64 saleBuyerIds = 0;
    qint64 prescriptions = 0;
    qint64 scanPayloads = 0;
    [[nodiscard]] qint64 total() const { return saleBuyerIds + prescriptions + scanPayloads; }
};

/// Encrypts what a store written before migration 0008 holds in plain text: each plain value is
/// encrypted into its BLOB column (with its lookup hashes) and the plain column emptied, in
/// batches of one transaction each, so a kill loses nothing and a re-run carries on (rows already
/// done are skipped). secure_delete is on while it runs, and at the end the WAL is checkpointed
/// and truncated and the file vacuumed, so no plain copy is left in free pages or the journal.
/// Call it once the repositories read the encrypted columns (the composition root, at start, when
/// PlaintextMigrationReport would not be empty: `needsPlaintextMigration`).
[[nodiscard]] Result<PlaintextMigrationReport>
encryptPlaintextPersonalData(Database& db, const FieldCipher& cipher, int batch = 500);
/// True when any row still holds personal data in plain text.
[[nodiscard]] Result<bool> needsPlaintextMigration(Database& db);

} // namespace pos::storage::crypto
