#include "tests/fakes/fakes.h"

namespace pos::fakes {

Product makeProduct(int n, const QString& name, qint64 priceFen)
{
    Product p;
    p.id = n;
    p.code = QStringLiteral("P%1").arg(n, 5, 10, QLatin1Char('0'));
    p.genericName = name;
    p.spec = QStringLiteral("10mg*20片");
    p.unit = QStringLiteral("盒");
    p.gtin = QStringLiteral("69000000%1").arg(n, 5, 10, QLatin1Char('0'));
    p.price = Money::fromFen(priceFen);
    p.category = InsuranceCategory::Listed;
    return p;
}

void FakeCatalog::add(const Product& p)
{
    m_products.append(p);
}

std::optional<Product> FakeCatalog::findByCode(const QString& code) const
{
    for (const Product& p : m_products)
        if (p.code == code || p.gtin == code || (!p.drugStdCode.isEmpty() && p.drugStdCode == code))
            return p;
    return std::nullopt;
}

std::optional<Product> FakeCatalog::findById(qint64 id) const
{
    for (const Product& p : m_products)
        if (p.id == id)
            return p;
    return std::nullopt;
}

QList<Product> FakeCatalog::search(const QString& text, int limit) const
{
    QList<Product> out;
    for (const Product& p : m_products)
        if (out.size() < limit && (p.genericName.contains(text) || p.pinyin.startsWith(text)))
            out.append(p);
    return out;
}

Result<CompletedSale> FakeSaleRepository::record(const CompletedSale& sale)
{
    if (failNext) {
        failNext = false;
        return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
    }
    CompletedSale s = sale;
    s.id = sales.size() + 1;
    s.saleNo = QStringLiteral("XS-TEST-%1").arg(s.id, 4, 10, QLatin1Char('0'));
    sales.append(s);
    return s;
}

Status FakeSaleRepository::markReceiptPrinted(qint64 saleId, const QString&, bool reprint)
{
    printed.append({saleId, reprint});
    return {};
}

std::optional<CompletedSale> FakeSaleRepository::findBySaleNo(const QString& saleNo) const
{
    for (const CompletedSale& s : sales)
        if (s.saleNo == saleNo)
            return s;
    return std::nullopt;
}

Result<PrintOutcome> FakePrinter::print(const PrintDocument& document)
{
    if (failJob)
        return makeError(ErrorCode::DeviceFailure, QStringLiteral("head jammed (fake)"));
    documents.append(document);
    return PrintOutcome{QStringLiteral("FAKE-%1").arg(documents.size()), QString()};
}

} // namespace pos::fakes
