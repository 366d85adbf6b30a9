#pragma once

#include "app/core/ports/settlementstore.h"

namespace pos {
class FieldCipher;
}

namespace pos::storage {

class Database;

/// SettlementStore over SQLite (migration 0017): insured_settlement keeps each settlement's
/// numbers, state and amounts in plain columns for queries and the whole record — the insured
/// person included — encrypted in record_enc (bound to its settlement number); platform_call keeps
/// every call by msgid with its request, answer and message encrypted. Every write is its own
/// synchronous=FULL transaction, except writeSettlement()/writeCall(), which run inside the
/// caller's (the sale's) transaction.
class SqlSettlementStore final : public SettlementStore
{
public:
    SqlSettlementStore(Database& db, const FieldCipher& cipher)
        : m_db(db)
        , m_cipher(cipher)
    {
    }

    [[nodiscard]] Status save(const InsuredSettlementRecord& record) override;
    [[nodiscard]] Result<std::optional<InsuredSettlementRecord>>
    find(const QString& settlementNo) const override;
    [[nodiscard]] Result<std::optional<InsuredSettlementRecord>>
    findBySale(const QString& saleNo) const override;
    [[nodiscard]] Result<QList<InsuredSettlementRecord>> unfinished() const override;
    [[nodiscard]] Result<QList<InsuredSettlementRecord>>
    settledBetween(const QDateTime& from, const QDateTime& to) const override;
    [[nodiscard]] Result<std::optional<QString>>
    settlementOfPrescription(const QString& rxNo) const override;
    [[nodiscard]] Status recordCall(const PlatformCallRecord& call) override;
    [[nodiscard]] Status updateCall(const PlatformCallRecord& call) override;
    [[nodiscard]] Status saveWithCall(const InsuredSettlementRecord& record,
                                      const PlatformCallRecord& call) override;
    [[nodiscard]] Result<QList<PlatformCallRecord>>
    callsOf(const QString& settlementNo) const override;
    [[nodiscard]] Result<QList<PlatformCallRecord>> unresolvedCalls() const override;
    [[nodiscard]] Status saveDocument(const QString& settlementNo, const QString& kind,
                                      const QByteArray& content, const QDateTime& at) override;
    [[nodiscard]] Result<std::optional<QByteArray>> document(const QString& settlementNo,
                                                             const QString& kind) const override;

    /// Inserts or replaces the settlement, inside the caller's transaction.
    [[nodiscard]] static Status writeSettlement(Database& db, const FieldCipher& cipher,
                                                const InsuredSettlementRecord& record);
    /// Inserts or replaces the call, inside the caller's transaction.
    [[nodiscard]] static Status writeCall(Database& db, const FieldCipher& cipher,
                                          const PlatformCallRecord& call);

private:
    [[nodiscard]] Result<QList<InsuredSettlementRecord>> select(const QString& where,
                                                                const QVariantList& binds) const;
    [[nodiscard]] Result<QList<PlatformCallRecord>> selectCalls(const QString& where,
                                                                const QVariantList& binds) const;

    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace pos::storage
