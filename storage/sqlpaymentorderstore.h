#pragma once

#include "app/core/ports/paymentorderstore.h"

namespace pos::storage {

class Database;

/// PaymentOrderStore over SQLite (payment_order, migration 0025). Each order is committed durably
/// before create() returns, so an order the provider heard of is always known after a crash. The
/// order number is ZF<yyMMdd>-<till>-<id>: never reused, and never the same as an order of a
/// database restored from an older backup on another day. `db` is not owned. Thread: the
/// database's.
class SqlPaymentOrderStore final : public PaymentOrderStore
{
public:
    explicit SqlPaymentOrderStore(Database& db);

    [[nodiscard]] Result<QString> create(const QString& terminal, TenderKind wallet, Money amount,
                                         const QDateTime& at) override;
    [[nodiscard]] Status update(const QString& orderNo, WalletOrderState state,
                                const QString& transactionId, const QString& reason,
                                const QDateTime& at) override;
    [[nodiscard]] Result<std::optional<WalletOrder>> find(const QString& orderNo) const override;
    [[nodiscard]] Result<QList<WalletOrder>> unresolved(const QString& terminal) const override;

private:
    Database& m_db;
};

} // namespace pos::storage
