#pragma once

#include "app/core/ports/fieldcipher.h"
#include "storage/crypto/sqlencryptedcolumns.h"
#include "storage/crypto/sqlretentiontarget.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace pos::storage {
class Database;
}

namespace pos::storage::crypto {

/// The personal data the schema holds today (migration 0008), in one place: the contexts the
/// repositories bind their blobs to, the holders key rotation rewrites, the retention targets, and
/// the migration of stores that still hold it in plain text. New personal columns (settlement,
/// camera, archive) add their entries here.
namespace personal {

/// sale_personal.buyer_id_enc — CTRL-EPHEDRINE, bound to the sale number.
[[nodiscard]] FieldContext saleBuyerId(const QString& saleNo);
/// prescription_personal.content_enc / original_file_enc — bound to "rx_no|content_hash".
[[nodiscard]] FieldContext prescriptionContent(const QString& rxNo, const QString& contentHash);
[[nodiscard]] FieldContext prescriptionOriginalFile(const QString& rxNo,
                                                    const QString& contentHash);
/// parked_cart.cart_enc — a parked cart (its note may name the customer), bound to its park
/// number.
[[nodiscard]] FieldContext parkedCart(const QString& parkNo);
/// scan_journal_personal.payload_enc — a credential QR payload, bound to its scan's id.
[[nodiscard]] FieldContext scanPayload(qint64 scanId);
/// The scan families whose payload is personal and is kept only encrypted ("insurance_voucher",
/// "e_prescription": codes::familyId()).
[[nodiscard]] QStringList personalScanFamilies();

/// The patient's ID number and name inside a prescription's canonical content (its JSON "patId"
/// and "patName"), for the lookup hashes.
[[nodiscard]] QString patientIdFromContent(const QByteArray& canonicalContent);
[[nodiscard]] QString patientNameFromContent(const QByteArray& canonicalContent);

/// The repositories' writes and reads of the side tables, in one place so every writer binds the
/// same context and hash. Writes run inside the caller's transaction (the business row's), use
/// statements prepared once (Database::statement) and never store the plain value; an empty value
/// writes nothing. Reads decrypt the side row's blob, or, when there is none, return the legacy
/// plain value a store not migrated yet still holds.

/// sale_personal: the buyer's ID number and its lookup hash (PersonalKind::IdNumber).
[[nodiscard]] Status writeSaleBuyerId(Database& db, const FieldCipher& cipher,
                                      const QString& saleNo, const QString& idNumber);
[[nodiscard]] Result<QString> readSaleBuyerId(const FieldCipher& cipher, const QString& saleNo,
                                              const QByteArray& blob, const QString& legacyPlain);
/// prescription_personal: the canonical content and the original file (may be empty) of one
/// received content, with the patient's ID-number and name hashes; a content already stored is
/// left as it is (INSERT OR IGNORE, as prescription_content).
[[nodiscard]] Status writePrescription(Database& db, const FieldCipher& cipher, const QString& rxNo,
                                       const QString& contentHash,
                                       const QByteArray& canonicalContent,
                                       const QByteArray& originalFile);
struct PrescriptionPlain
{
    QByteArray content;
    QByteArray originalFile;
};
[[nodiscard]] Result<PrescriptionPlain>
readPrescription(const FieldCipher& cipher, const QString& rxNo, const QString& contentHash,
                 const QVariant& contentBlob, const QVariant& fileBlob,
                 const QByteArray& legacyContent, const QByteArray& legacyFile);
/// scan_journal_personal: a credential scan's payload.
[[nodiscard]] Status writeScanPayload(Database& db, const FieldCipher& cipher, qint64 scanId,
                                      const QByteArray& payload);
[[nodiscard]] bool isPersonalScanFamily(const QString& family);

/// What key rotation must rewrite: sale_personal, prescription_personal, scan_journal_personal
/// (each also counting the plain values its business table still holds, for `privacy report`).
[[nodiscard]] QList<SqlHolderSpec> encryptedColumns();
/// What the retention job applies to: the ephedrine register's ID numbers, prescription archives'
/// personal content and files, scanned credential payloads — their side-table rows deleted once
/// past their time; the sales and prescriptions themselves stay for the ledger and RX-SINGLE.
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
/// encrypted into its side table (with its lookup hashes) and the plain column emptied, in batches
/// of one transaction each, so a kill loses nothing and a re-run carries on (rows already done are
/// skipped). The business tables' update triggers are lifted for the length of each batch's
/// transaction only (their SQL saved and re-created in it, so a kill leaves them as they were).
/// secure_delete is on while it runs, and at the end the WAL is checkpointed and truncated and the
/// file vacuumed, so no plain copy is left in free pages or the journal. Call it once the
/// repositories read the side tables (the composition root, at start, when
/// needsPlaintextMigration()).
[[nodiscard]] Result<PlaintextMigrationReport>
encryptPlaintextPersonalData(Database& db, const FieldCipher& cipher, int batch = 500);
/// True when any row still holds personal data in plain text.
[[nodiscard]] Result<bool> needsPlaintextMigration(Database& db);

} // namespace pos::storage::crypto
