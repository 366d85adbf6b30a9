#pragma once

#include "app/core/money.h"
#include "app/core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pos {

class AccessControl;
class TraceQuery;

/// A sealed archive record that holds a sale (SETTLE-SLIP, RX-ARCHIVE-2Y): the record of its
/// insured settlement, of its refund, or of a cash prescription sale.
struct BoxArchiveRecord
{
    qint64 seq = 0;
    QString kind; ///< "insured_settlement", "refund", "cash_prescription_sale"
    QDateTime sealedAt;
    QStringList documents; ///< the files it holds ("slip.txt", "face.jpg", …), reading order

    /// "医保结算记录", "退费记录"… and "结算单、患者签名、人脸图像、录像记录" for the terminal.
    [[nodiscard]] QString kindText() const;
    [[nodiscard]] QString documentsText() const;
};

/// One sale of a box and, when it came back, its return (a returned box can be sold again).
struct BoxSale
{
    QString saleNo;
    QDateTime soldAt;
    QString terminal;
    QString operatorName;
    Money unitPrice;
    QString unit;
    QString rxNo;       ///< the prescription the sale dispensed (RX-ONLY), empty for none
    QString pharmacist; ///< who approved that prescription (RX-REVIEW), with the licence
    QString licenceNo;
    QDateTime reviewedAt;
    QString returnNo; ///< empty while not returned
    QDateTime returnedAt;
    QString returnOperator;
    QString returnReason;
    /// The insured settlement that paid for the sale (DATA-TRACE); empty: none.
    QString settlementNo;
    QString setlId;          ///< the platform's settlement id
    QString settlementState; ///< its state key ("signed", "refunded", …)
    Money fund;              ///< 统筹基金 paid
    Money account;           ///< 个人账户 paid
    Money cash;              ///< the patient's cash part
    QDateTime settledAt;
    QList<BoxArchiveRecord> archive; ///< the sealed records of the sale and its settlement

    [[nodiscard]] bool returned() const { return !returnNo.isEmpty(); }
};

/// Everything the store recorded about one box (DATA-TRACE): the product and batch, its
/// receiving (supplier, delivery, date, price, who), and each sale with its prescription,
/// reviewing pharmacist, insured settlement, sealed archive records (slip, signature, face, clip)
/// and return. No personal data: the patient's and buyer's details stay in
/// the prescription and sale, encrypted (DATA-PRIVACY).
struct BoxTrace
{
    QString code;
    qint64 productId = 0;
    QString productName;
    QString spec;
    QString manufacturer;
    QString approvalNo;
    QString packUnit; ///< 盒, 瓶, 袋…: what the purchase price is per
    qint64 batchId = 0;
    QString batchNo;
    QDate productionDate;
    QDate expiryDate;
    bool received = false; ///< false: first seen at a sale (store policy "warn")
    QString purchaseDoc;
    QString supplier;
    QDate purchaseDate;
    QDateTime receivedAt;
    QString receivedBy;
    Money purchasePrice;  ///< per box, as on the delivery
    QList<BoxSale> sales; ///< oldest first

    /// 在库 / 已售（XS…） / 已退回（TH…），在库: where the box is now.
    [[nodiscard]] QString stateText() const;
    /// Stable keys for scripts (`trace --json`).
    [[nodiscard]] QJsonObject toJson() const;
    /// The chain in words, one step a line, for the terminal.
    [[nodiscard]] QStringList toLines() const;
};

/// One box of a batch and where it went.
struct BatchBox
{
    QString code;
    bool received = false;
    QString purchaseDoc;
    QString saleNo; ///< the sale holding it now; empty while in stock
    QDateTime soldAt;
    int returns = 0; ///< how many times it came back
};

/// A batch (one product's 批号) and every box of it the store recorded.
struct BatchTrace
{
    qint64 productId = 0;
    QString productName;
    QString spec;
    qint64 batchId = 0;
    QString batchNo;
    QDate productionDate;
    QDate expiryDate;
    QString supplier;
    QList<BatchBox> boxes; ///< by code

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QStringList toLines() const;
};

/// The inspector's question "show me this box" (DATA-TRACE), asked by someone who may see the
/// ledger (Permission::ExportLedger: a store manager or an administrator), each question audited
/// (TraceViewed). A code that is not a 20-digit traceability code is refused as such, a code the
/// store never saw is NotFound naming it. Thread: the owner's; the query and access control must
/// outlive it.
class TraceService
{
public:
    TraceService(const TraceQuery& query, AccessControl& access);

    [[nodiscard]] Result<BoxTrace> box(const QString& code);
    [[nodiscard]] Result<QList<BatchTrace>> batch(const QString& batchNo);

private:
    const TraceQuery& m_query;
    AccessControl& m_access;
};

} // namespace pos
