#pragma once

#include "app/core/ports/insurancecatalogrepository.h"
#include "app/core/ports/platformgateway.h"
#include "app/core/product.h"
#include "app/core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace pos {

class Clock;

/// The rules the insurance catalogue (医保目录) decides, against what was downloaded:
/// SETTLE-LIST-ONLY — only a product whose 医保药品编码 is listed and valid on the day may go on an
/// insured settlement; PRICE-CEILING — a 国谈 or 集采 price above the payment standard in force is
/// refused, a 挂网 one warns. Every answer can name the catalogue's date. Pure over its port.
class InsuranceCatalog
{
public:
    explicit InsuranceCatalog(const InsuranceCatalogRepository& catalog)
        : m_catalog(catalog)
    {
    }

    /// SETTLE-LIST-ONLY: the entry in force on `day`, or a RuleViolation saying why not (no
    /// code, not in the catalogue, listed only for another period, marked invalid, catalogue
    /// never downloaded).
    [[nodiscard]] Result<CatalogEntry> checkListed(const Product& product, const QDate& day) const;
    /// The payment standard in force on `day`, if any.
    [[nodiscard]] std::optional<PaymentStandard> paymentStandard(const QString& code,
                                                                 const QDate& day) const;
    /// PRICE-CEILING by the catalogue: warnings, or a RuleViolation when a hard standard (国谈
    /// 支付标准, 集采中选价) is exceeded — by the pack price or by what the split prices add up to.
    [[nodiscard]] Result<QStringList> checkPrice(const Product& product, const QDate& day) const;

    /// The products of a cart as SETTLE-LIST-ONLY splits them: listed ones for the insured part,
    /// the rest for a separate self-pay sale, each with the reason.
    struct Split
    {
        QList<Product> insured;
        QList<std::pair<Product, QString>> selfPay;
    };
    [[nodiscard]] Split split(const QList<Product>& products, const QDate& day) const;

    /// "医保目录 2026-01-01 版（2026-11-23 09:30 下载）", or that it was never downloaded.
    [[nodiscard]] QString label() const;

private:
    const InsuranceCatalogRepository& m_catalog;
};

/// Downloads the catalogue from the platform: 1312 (医保目录信息查询: hilist_code, hilist_name,
/// begndate, enddate, vali_flag, chrgitm_lv, list_type, updt_time) and 1318 (医保目录限价信息查询:
/// hilist_pric_uplmt_amt, hilist_lmtpric_type per period), paged, from the latest updt_time the
/// store holds (everything with `full`), and stores it in one transaction. Thread: the gateway's.
class CatalogDownloader
{
public:
    CatalogDownloader(PlatformGateway& gateway, InsuranceCatalogRepository& catalog,
                      const Clock& clock, QJsonObject signIn);
    void download(bool full, std::function<void(Result<CatalogInfo>)> done);

private:
    PlatformGateway& m_gateway;
    InsuranceCatalogRepository& m_catalog;
    const Clock& m_clock;
    QJsonObject m_signIn;
};

} // namespace pos
