#pragma once

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/money.h"
#include "app/core/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// The day's totals of insured settlements, as the store or the platform counts them.
struct ReconcileTotals
{
    int count = 0;
    Money total;   ///< medfee_sumamt
    Money fund;    ///< fund_pay_sumamt
    Money account; ///< acct_pay
    Money cash;    ///< psn_cash_pay
    friend bool operator==(const ReconcileTotals&, const ReconcileTotals&) = default;
};

/// One settlement on which the store and the platform differ (对明细账, 3202).
struct ReconcileDifference
{
    enum class Kind
    {
        Amounts,      ///< both hold it, the amounts differ
        PlatformOnly, ///< the platform holds a settlement the store does not
        StoreOnly,    ///< the store holds a settlement the platform does not
    };
    Kind kind = Kind::Amounts;
    QString setlId;
    QString settlementNo; ///< the store's number (empty for PlatformOnly)
    QString settledAt;
    Money storeTotal, storeFund, storeAccount;
    Money platformTotal, platformFund, platformAccount;
};

/// What the daily reconciliation found (对总账 3201, then 对明细账 3202 when the totals differ).
struct ReconcileReport
{
    QDate day;
    ReconcileTotals store;
    ReconcileTotals platform;
    bool balanced = false; ///< the platform said 平 (stmt_rslt 0) and no line differs
    bool detailAsked = false;
    QList<ReconcileDifference> differences;

    [[nodiscard]] QJsonObject toJson() const;
};

/// An amount as the platform writes it ("12.34" or 12.34); nullopt when it is not one.
[[nodiscard]] std::optional<Money> platformAmount(const QJsonValue& v);
[[nodiscard]] QString toDisplayString(ReconcileDifference::Kind kind);
[[nodiscard]] QString toKey(ReconcileDifference::Kind kind);

namespace reconciliation {

/// The store's totals of the settlements given (those settled that day and not refunded).
[[nodiscard]] ReconcileTotals totalsOf(const QList<InsuredSettlementRecord>& settled);
/// 3201's input for the day and the store's totals.
[[nodiscard]] QJsonObject totalsInput(const QDate& day, const ReconcileTotals& store,
                                      const QString& insutype = {});
/// 3202's input: the day and each of the store's settlements.
[[nodiscard]] QJsonObject detailInput(const QDate& day,
                                      const QList<InsuredSettlementRecord>& settled);
/// The platform's totals from 3201's answer, and whether it said 平. Malformed: an error.
[[nodiscard]] Result<std::pair<ReconcileTotals, bool>> parseTotals(const QJsonObject& output);
/// Every line of 3202's answer that is not 平, named by the store's settlement where it has one.
[[nodiscard]] Result<QList<ReconcileDifference>>
parseDetail(const QJsonObject& output, const QList<InsuredSettlementRecord>& settled);
/// The report as the manager reads it (Chinese, one line per difference).
[[nodiscard]] QString formatReport(const ReconcileReport& report);

} // namespace reconciliation
} // namespace pos
