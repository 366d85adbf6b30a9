#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/ports/uploadqueue.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace pos::upload {

/// One difference between what the store holds and what the platform reports.
struct ReconDifference
{
    enum class Kind
    {
        MissingOnPlatform = 1, ///< the store had it accepted; the platform does not list it
        ExtraOnPlatform,       ///< the platform lists it; the store has no such record
        ContentDiffers,        ///< both have it, with different counts, prices, times or codes
        NotYetUploaded,        ///< the store's record is still in the queue (explained)
        RefusedByPlatform,     ///< the platform refused it; the manager has to act (explained)
        StockDiffers,          ///< 3508: the product's stock as the platform computes it differs
        TraceCodeMissing,      ///< 3513: a code the store sold is not among the platform's
        TraceCodeExtra,        ///< 3513: the platform lists a code as sold the store did not sell
    };
    Kind kind = Kind::MissingOnPlatform;
    QString area;   ///< "3511 销售", "3508 库存", "3513 追溯码"
    QString key;    ///< fixmedins_bchno, product code or trace code
    QString detail; ///< in words, with both sides' values
    qint64 storeRecordId = 0;
};

[[nodiscard]] QString toDisplayString(ReconDifference::Kind kind);

/// What a reconciliation found for [from, to].
struct ReconReport
{
    QDate from;
    QDate to;
    QList<ReconDifference> differences;
    int storeRecords = 0;    ///< 3505/3506 the store holds in the period
    int platformRecords = 0; ///< what 3511 listed
    int storeCodes = 0;      ///< codes sold in the period, as the store has them
    int platformCodes = 0;   ///< what 3513 listed
    int products = 0;        ///< products compared by 3508

    /// Differences that are not explained by the queue (missing, extra, differing).
    [[nodiscard]] int unexplained() const;
    [[nodiscard]] QString summary() const;
};

/// Reconciliation (对账) of the 进销存 uploads: compares the store's records with the platform's
/// own view through its queries — 3511 sales and sale returns in the period, 3513 the boxes'
/// codes sold in the period, 3508 each product's stock at the period's end — and lists every
/// difference. The store's side is the upload records it holds (accepted and still queued,
/// withdrawn ones excluded); its stock is computed from them exactly as the platform computes
/// its own (platformStock). Thread: the gateway's; `done` runs exactly once.
class Reconciliation
{
public:
    Reconciliation(UploadQueue& queue, PlatformGateway& gateway, QJsonObject signIn);

    void run(const QDate& from, const QDate& to, std::function<void(Result<ReconReport>)> done);

    /// The comparison itself, pure: the store's records and the three queries' rows.
    [[nodiscard]] static ReconReport
    compare(const QDate& from, const QDate& to, const QList<UploadRecord>& storeSales,
            const QList<UploadRecord>& storeReturnsAfter, const QList<UploadRecord>& storeMovements,
            const QJsonArray& sales3511, const QJsonArray& codes3513, const QJsonArray& stock3508);

private:
    UploadQueue& m_queue;
    PlatformGateway& m_gateway;
    QJsonObject m_signIn;
};

} // namespace pos::upload
