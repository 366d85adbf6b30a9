#include "app/core/product.h"

#include <QCoreApplication>

namespace pos {

QString Product::pieceUnit() const
{
    // The unit follows the last digit of the count in the spec: "0.25g*24粒", "10g*10袋".
    qsizetype i = spec.size();
    while (i > 0 && !spec.at(i - 1).isDigit())
        --i;
    const QString tail = spec.mid(i).trimmed();
    if (!tail.isEmpty() && tail.size() <= 2 && spec.contains(u'*'))
        return tail;
    return QCoreApplication::translate("Product", "片");
}

QString toDisplayString(RxClass c)
{
    switch (c) {
    case RxClass::Prescription: return QCoreApplication::translate("Product", "处方药");
    case RxClass::OtcA: return QCoreApplication::translate("Product", "甲类OTC");
    case RxClass::OtcB: return QCoreApplication::translate("Product", "乙类OTC");
    }
    return {};
}

std::optional<RxClass> rxClassFromKey(const QString& key)
{
    const QString k = key.trimmed();
    if (k == QStringLiteral("rx") || k == QStringLiteral("处方药") || k == QStringLiteral("Rx")
        || k == QStringLiteral("RX"))
        return RxClass::Prescription;
    if (k == QStringLiteral("otc_a") || k == QStringLiteral("甲类OTC")
        || k == QStringLiteral("甲类非处方药") || k == QStringLiteral("OTC甲类")
        || k == QStringLiteral("OTC-A"))
        return RxClass::OtcA;
    if (k == QStringLiteral("otc_b") || k == QStringLiteral("乙类OTC")
        || k == QStringLiteral("乙类非处方药") || k == QStringLiteral("OTC乙类")
        || k == QStringLiteral("OTC-B"))
        return RxClass::OtcB;
    return std::nullopt;
}

QString toDisplayString(DrugType t)
{
    switch (t) {
    case DrugType::Western: return QCoreApplication::translate("Product", "西药");
    case DrugType::ChinesePatent: return QCoreApplication::translate("Product", "中成药");
    case DrugType::HerbalPieces: return QCoreApplication::translate("Product", "中药饮片");
    }
    return {};
}

QString toDisplayString(InsuranceCategory c)
{
    switch (c) {
    case InsuranceCategory::Negotiated: return QCoreApplication::translate("Product", "国谈");
    case InsuranceCategory::VolumeProcurement:
        return QCoreApplication::translate("Product", "集采");
    case InsuranceCategory::Listed: return QCoreApplication::translate("Product", "挂网");
    case InsuranceCategory::NotCovered: return QCoreApplication::translate("Product", "非医保");
    }
    return {};
}

} // namespace pos
