#include "app/core/product.h"

#include <QCoreApplication>

namespace pos {

QString toDisplayString(RxClass c)
{
    switch (c) {
    case RxClass::Prescription: return QCoreApplication::translate("Product", "处方药");
    case RxClass::OtcA: return QCoreApplication::translate("Product", "甲类OTC");
    case RxClass::OtcB: return QCoreApplication::translate("Product", "乙类OTC");
    }
    return {};
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
    case InsuranceCategory::VolumeProcurement: return QCoreApplication::translate("Product", "集采");
    case InsuranceCategory::Listed: return QCoreApplication::translate("Product", "挂网");
    case InsuranceCategory::NotCovered: return QCoreApplication::translate("Product", "非医保");
    }
    return {};
}

} // namespace pos
