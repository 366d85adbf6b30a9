#pragma once

#include "app/core/money.h"
#include "app/core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pos {

/// One entry of the insurance catalogue (1312 医保目录): a code listed for a period.
struct CatalogEntry
{
    QString code; ///< 医保药品编码 (hilist_code = med_list_codg)
    QString name;
    QDate begin;
    QDate end;
    bool valid = true;   ///< vali_flag
    QString level;       ///< chrgitm_lv: 01 甲类, 02 乙类, 03 丙类
    QString listType;    ///< 101 西药中成药, 103 中药饮片…
    QDateTime updatedAt; ///< updt_time on the platform
};

/// A payment standard (1318 支付标准 / 限价) for a code and a period, per pack.
struct PaymentStandard
{
    QString code;
    QDate begin;
    QDate end;
    Money limit;
    QString limitType; ///< hilist_lmtpric_type: 1 国谈支付标准, 2 集采中选价, 3 挂网限价
    bool valid = true;
    QDateTime updatedAt;
};

/// What the store holds of the catalogue.
struct CatalogInfo
{
    QDateTime downloadedAt; ///< invalid: never downloaded
    QDateTime version;      ///< the latest updt_time downloaded
    qint64 entries = 0;
    qint64 standards = 0;
};

/// The downloaded insurance catalogue. Thread: the thread of its database.
class InsuranceCatalogRepository
{
public:
    virtual ~InsuranceCatalogRepository() = default;
    /// Every period the code was listed for (newest first).
    [[nodiscard]] virtual QList<CatalogEntry> entries(const QString& code) const = 0;
    [[nodiscard]] virtual QList<PaymentStandard> standards(const QString& code) const = 0;
    [[nodiscard]] virtual CatalogInfo info() const = 0;
    /// Inserts or replaces what a download brought, and records when, in one transaction.
    [[nodiscard]] virtual Status store(const QList<CatalogEntry>& entries,
                                       const QList<PaymentStandard>& standards,
                                       const QDateTime& downloadedAt) = 0;
};

} // namespace pos
