#pragma once

#include "app/core/privacy/retention.h"

#include <QString>
#include <QStringList>

namespace pos::storage {
class Database;
}

namespace pos::storage::crypto {

/// Personal data of one kind in one table, declared for the retention job and `privacy report`:
///     SqlRetentionSpec{"sale.buyer_id", RetentionKind::EphedrineRegister,
///     "含麻黄碱药品购买人身份证号",
///                      "sale_personal", "sale_no",
///                      "(SELECT s.sold_at FROM sale s WHERE s.sale_no = sale_personal.sale_no)",
///                      "1", RetentionAction::Delete, {}, {}}
/// (Anonymise with SET clauses is for personal columns kept in a business table itself.)
struct SqlRetentionSpec
{
    QString name;
    RetentionKind kind = RetentionKind::CashSalePersonal;
    QString what;
    QString table;
    QString idSql;    ///< names an item for people and the audit trail (never personal data)
    QString timeSql;  ///< the reference time, stored as kTimeFormat text (may be a subquery)
    QString holdsSql; ///< true while the row still holds personal data
    RetentionAction action = RetentionAction::Anonymise;
    QStringList anonymiseSets; ///< the SET clauses that remove the personal data (Anonymise)
    QString heldUntilSql;      ///< optional: a hold beyond the policy, as kTimeFormat text
};

/// RetentionTarget over a table: candidates are rows still holding personal data whose reference
/// time is at or before the cutoff; remove() anonymises (runs the SET clauses) or deletes one row
/// by rowid, in its own transaction with secure_delete on, so the old bytes are overwritten in the
/// database file rather than left in free pages.
class SqlRetentionTarget final : public RetentionTarget
{
public:
    SqlRetentionTarget(Database& db, SqlRetentionSpec spec);

    [[nodiscard]] QString name() const override { return m_spec.name; }
    [[nodiscard]] RetentionKind kind() const override { return m_spec.kind; }
    [[nodiscard]] QString what() const override { return m_spec.what; }
    [[nodiscard]] RetentionAction action() const override { return m_spec.action; }
    [[nodiscard]] Result<RetentionPage> candidates(const QDateTime& cutoff, int limit,
                                                   const QString& cursor) override;
    [[nodiscard]] Status remove(const RetentionItem& item) override;
    [[nodiscard]] Result<RetentionHolding> holding(const QList<QDateTime>& bucketStarts) override;

private:
    Database& m_db;
    SqlRetentionSpec m_spec;
};

} // namespace pos::storage::crypto
