#pragma once

#include "app/core/ports/tracecoderegistry.h"

#include <QList>

namespace pos {
class FieldCipher;
}

namespace pos::storage {

class Database;

/// TraceCodeRegistry over SQLite: received and sold codes (trace_code), the product master's
/// prefixes and the prefixes learned at the counter.
class SqlTraceCodeRegistry final : public TraceCodeRegistry
{
public:
    explicit SqlTraceCodeRegistry(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] std::optional<TraceCodeRecord> find(const QString& code) const override;
    [[nodiscard]] std::optional<qint64> productForPrefix(const QString& prefix) const override;
    [[nodiscard]] Status learnPrefix(const QString& prefix, qint64 productId,
                                     const QString& operatorName, const QDateTime& at) override;

private:
    Database& m_db;
};

/// ScanJournal over SQLite. A journal write that fails is logged, never in the cashier's way.
/// The payloads of credential scans (医保电子凭证, e-prescription QR codes: a bearer token, the
/// holder's ID number and name — personal::personalScanFamilies()) are written only encrypted with
/// `cipher` into scan_journal_personal, in the journal row's transaction; if that fails the row is
/// kept without its payload (a lost payload is acceptable, a plain one is not — DATA-PRIVACY).
/// recent() shows them as kEncryptedPayloadText; decryptedPayload() is for a permitted, audited
/// view (PersonalDataAccess). `cipher` is not owned and must outlive this.
class SqlScanJournal final : public ScanJournal
{
public:
    SqlScanJournal(Database& db, const FieldCipher& cipher)
        : m_db(db)
        , m_cipher(cipher)
    {
    }
    void record(const ScanJournalEntry& entry) override;
    /// Newest first; an encrypted payload reads as encryptedPayloadText() (UTF-8).
    [[nodiscard]] QList<ScanJournalEntry> recent(int limit) const override;
    /// The plain payload of journal row `scanId` (decrypted when it was a credential scan).
    [[nodiscard]] Result<QByteArray> decryptedPayload(qint64 scanId) const;
    /// What recent() shows in place of an encrypted payload.
    [[nodiscard]] static QString encryptedPayloadText();

private:
    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace pos::storage
