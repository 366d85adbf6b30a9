#include "tests/support/builders.h"

#include "tests/fakes/fakes.h"

namespace pos::testsupport {

StoreProfile testStore()
{
    return StoreProfile{
        QStringLiteral("测试药房"), QStringLiteral("P36010200001"), QStringLiteral("T01"), {}, {}};
}

QDateTime saleTime()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 30));
}

QList<Product> counterProducts()
{
    return {fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1580),
            fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2250)};
}

Product splitPackProduct(int id)
{
    Product p = fakes::makeProduct(id, QStringLiteral("阿莫西林胶囊"), 1280);
    p.manufacturer = QStringLiteral("珠海联邦制药股份有限公司");
    p.dosageForm = QStringLiteral("胶囊剂");
    p.spec = QStringLiteral("0.25g*24粒");
    p.stripsPerBox = 2;
    p.piecesPerStrip = 12;
    p.stripPrice = Money::fromFen(700);
    p.piecePrice = Money::fromFen(60);
    p.approvalNo = QStringLiteral("国药准字H44021351");
    p.insuranceCode = QStringLiteral("XJ01CAA040E001010101483");
    p.category = InsuranceCategory::VolumeProcurement;
    return p;
}

QString traceCode(int serial)
{
    return QStringLiteral("8%1").arg(serial, 19, 10, QLatin1Char('0'));
}

PurchaseLine purchaseLine(const Product& product, const QString& batchNo, QDate expiry,
                          const QStringList& boxCodes)
{
    const auto orElse = [](const QString& value, const QString& fallback) {
        return value.isEmpty() ? fallback : value;
    };
    PurchaseLine l;
    l.productCode = product.code;
    l.genericName = product.genericName;
    l.manufacturer = orElse(product.manufacturer, QStringLiteral("测试药业"));
    l.dosageForm = orElse(product.dosageForm, QStringLiteral("胶囊剂"));
    l.spec = product.spec;
    l.batchNo = batchNo;
    l.productionDate = expiry.addYears(-2);
    l.expiryDate = expiry;
    l.approvalNo = orElse(product.approvalNo, QStringLiteral("国药准字H00000000"));
    l.insuranceCode = product.insuranceCode;
    l.boxes = int(boxCodes.size());
    l.price = Money::fromFen(900);
    l.traceCodes = boxCodes;
    return l;
}

PurchaseLine purchaseLine(const Product& product, const QString& batchNo, QDate expiry, int boxes,
                          int& serial)
{
    QStringList codes;
    for (int i = 0; i < boxes; ++i)
        codes << traceCode(++serial);
    return purchaseLine(product, batchNo, expiry, codes);
}

PurchaseDocument delivery(const QList<PurchaseLine>& lines, QDate date)
{
    PurchaseDocument d;
    d.supplier = QStringLiteral("江西南华医药有限公司");
    d.purchaseDate = date;
    d.lines = lines;
    return d;
}

} // namespace pos::testsupport
