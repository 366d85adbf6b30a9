#include "app/core/sale/salestate.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SaleState)
};
} // namespace

std::optional<SaleState> saleNext(SaleState from, SaleEvent event, SaleState resume)
{
    using S = SaleState;
    using E = SaleEvent;
    switch (from) {
    case S::Open:
        switch (event) {
        case E::EditCart: return S::Open;
        case E::LinkPrescription: return S::PrescriptionLinked;
        case E::BeginPayment: return S::Paying;
        case E::Void: return S::Voided;
        case E::Park: return S::Parked;
        case E::UnlinkPrescription:
        case E::PaymentRecorded:
        case E::PaymentFailed:
        case E::PartPaid: return std::nullopt;
        }
        break;
    case S::PrescriptionLinked:
        switch (event) {
        case E::EditCart: return S::PrescriptionLinked;
        case E::UnlinkPrescription: return S::Open;
        case E::BeginPayment: return S::Paying;
        case E::Void: return S::Voided;
        // A prescription's cart is what the pharmacist reviewed for this sale (RX-MATCH): it is
        // finished or the prescription cancelled, never parked with it.
        case E::Park:
        case E::LinkPrescription:
        case E::PaymentRecorded:
        case E::PaymentFailed:
        case E::PartPaid: return std::nullopt;
        }
        break;
    case S::Paying:
        switch (event) {
        case E::PaymentRecorded: return S::Paid;
        case E::PaymentFailed:
        case E::PartPaid:
            if (resume == S::Open || resume == S::PrescriptionLinked)
                return resume;
            return std::nullopt;
        case E::EditCart:
        case E::LinkPrescription:
        case E::UnlinkPrescription:
        case E::BeginPayment:
        case E::Void:
        case E::Park: return std::nullopt;
        }
        break;
    case S::Paid:
    case S::Voided:
    case S::Parked: return std::nullopt;
    }
    return std::nullopt;
}

bool isFinal(SaleState state)
{
    return state == SaleState::Paid || state == SaleState::Voided || state == SaleState::Parked;
}

QString toDisplayString(SaleState state)
{
    switch (state) {
    case SaleState::Open: return Tr::tr("销售中");
    case SaleState::PrescriptionLinked: return Tr::tr("处方销售中");
    case SaleState::Paying: return Tr::tr("收款中");
    case SaleState::Paid: return Tr::tr("已收款");
    case SaleState::Voided: return Tr::tr("已作废");
    case SaleState::Parked: return Tr::tr("已挂单");
    }
    return {};
}

QString toDisplayString(SaleEvent event)
{
    switch (event) {
    case SaleEvent::EditCart: return Tr::tr("修改购物车");
    case SaleEvent::LinkPrescription: return Tr::tr("关联处方");
    case SaleEvent::UnlinkPrescription: return Tr::tr("取消处方");
    case SaleEvent::BeginPayment: return Tr::tr("开始收款");
    case SaleEvent::PaymentRecorded: return Tr::tr("收款入账");
    case SaleEvent::PaymentFailed: return Tr::tr("收款失败");
    case SaleEvent::PartPaid: return Tr::tr("医保部分已结算");
    case SaleEvent::Void: return Tr::tr("作废");
    case SaleEvent::Park: return Tr::tr("挂单");
    }
    return {};
}

QString stateName(SaleState state)
{
    switch (state) {
    case SaleState::Open: return QStringLiteral("Open");
    case SaleState::PrescriptionLinked: return QStringLiteral("PrescriptionLinked");
    case SaleState::Paying: return QStringLiteral("Paying");
    case SaleState::Paid: return QStringLiteral("Paid");
    case SaleState::Voided: return QStringLiteral("Voided");
    case SaleState::Parked: return QStringLiteral("Parked");
    }
    return {};
}

} // namespace pos
