#pragma once

#include "app/core/money.h"
#include "app/core/ports/platformgateway.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace pos::upload {

/// What the platform's transactions say about one kind of upload record (PLATFORM.md §2, §3):
/// its node in `input`, its 3507 data type, the field with its count and its business time, how
/// it moves stock, and the platform query that finds it again. Shared by the upload worker, the
/// reconciliation and the simulator, so all three read a record the same way.
struct RecordSpec
{
    const char* infno;
    const char* node;       ///< "invinfo", "purcinfo", "selinfo", "data"
    int dataType;           ///< 3507 inv_data_type: 1 count, 2 change, 3 purchase, 4 sale; 0 none
    const char* countField; ///< empty: no count
    const char* timeField;  ///< the record's business time
    /// Stock effect: +1 in, -1 out, 0 none (a count is a snapshot, not a movement); 3502 says
    /// by its inv_chg_type.
    int stockSign;
    const char* queryInfno; ///< the platform's own query that lists records of this kind
    const char* keyField;   ///< what identifies the record to that query
};

/// The spec of an upload transaction, or null when `infno` is not one the queue sends
/// (3501–3507, 7204, 7207, 7208).
[[nodiscard]] const RecordSpec* recordSpec(const QString& infno);
/// The record's node ("selinfo"…) in an upload's input; the input itself for 72xx.
[[nodiscard]] QJsonObject recordNode(const QString& infno, const QJsonObject& input);
/// What identifies a record to the platform's query: fixmedins_bchno (35xx), hi_rxno (72xx).
[[nodiscard]] QString recordKey(const QString& infno, const QJsonObject& input);
/// The record's business time (sale time, stock-in time, change time…); invalid when missing.
[[nodiscard]] QDateTime businessTime(const QString& infno, const QJsonObject& input);
/// The record's count as uploaded (0 when it has none or it is not a number).
[[nodiscard]] qint64 recordCount(const QString& infno, const QJsonObject& input);
/// The signed stock effect of a record: purchases and sale returns in, sales and purchase
/// returns out, 3502 by inv_chg_type; 0 for counts and e-prescription records.
[[nodiscard]] qint64 stockEffect(const QString& infno, const QJsonObject& input);
/// The boxes' traceability codes in a record (drugtracinfo[].drug_trac_codg).
[[nodiscard]] QStringList traceCodes(const QString& infno, const QJsonObject& input);
/// Whether a 3502 inv_chg_type brings stock in.
[[nodiscard]] bool isInboundChange(const QString& invChgType);

/// One product's stock as the platform computes it from the records it holds: the sum of every
/// movement record's stockEffect per fixmedins_hilist_id (3502 carries no batch number, so the
/// platform can only sum per product).
struct PlatformStockRow
{
    QString hilistId;   ///< fixmedins_hilist_id, the store's product code
    QString hilistName; ///< as last uploaded
    QString medListCode;
    qint64 count = 0;
};
/// `records`: (infno, input) in upload order.
[[nodiscard]] QMap<QString, PlatformStockRow>
platformStock(const QList<QPair<QString, QJsonObject>>& records);

/// The platform's own query that tells whether the record `input` of `infno` arrived: 3509
/// (3501/3502), 3510 (3503/3504), 3511 (3505/3506), 7202 (7204/7207/7208; 3507: the query of
/// the record type it deletes), filtered by the record's key.
[[nodiscard]] PlatformRequest resolutionQuery(const QString& infno, const QJsonObject& input);
/// How many records of `infno` with the key of `input` the query's `output` lists. -1 when the
/// output cannot be read.
[[nodiscard]] int countOnPlatform(const QString& infno, const QJsonObject& input,
                                  const QJsonObject& output);

/// 3507 商品信息删除 of an uploaded record: data{fixmedins_bchno, inv_data_type}.
[[nodiscard]] QJsonObject withdrawal3507(const QString& infno, const QJsonObject& input);

/// 7204 审方结果上传: the pharmacist's review of an e-prescription.
struct ReviewUpload
{
    QString hiRxNo;
    QString pharmacistName;
    QString pharmacistCertNo; ///< 执业药师注册证号
    QString pharmacistCode;   ///< the platform's pharmacist code
    QString opinion;          ///< rx_chk_opnn
    bool approved = false;    ///< rx_chk_stas_codg 1 approved, 2 rejected
    QDateTime reviewedAt;
    QString signature; ///< phar_sign_info: the content hash the pharmacist signed
};
[[nodiscard]] QJsonObject review7204(const ReviewUpload& r);

/// 7207 药品销售出库明细上传: what an e-prescription was dispensed with (one element per box's
/// code in `traceCodes`), after its settlement; 7208 cancels it (a refund).
struct RxSaleLine
{
    QString medListCode;
    QString productCode;
    QString productName;
    QString batchNo;
    qint64 count = 0;
    Money price;
    QStringList traceCodes;
};
struct RxSaleUpload
{
    QString hiRxNo;
    QString rxCheckBizSn; ///< what 7204 answered, when known
    QString setlId;       ///< the settlement it was paid by; empty for self-pay
    QString saleNo;
    QDateTime soldAt;
    QString operatorName;
    QList<RxSaleLine> lines;
};
[[nodiscard]] QJsonObject rxSale7207(const RxSaleUpload& s);
[[nodiscard]] QJsonObject rxSaleCancel7208(const QString& hiRxNo, const QString& saleNo,
                                           const QString& reason, const QDateTime& at);

} // namespace pos::upload
