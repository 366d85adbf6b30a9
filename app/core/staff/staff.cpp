#include "app/core/staff/staff.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Staff)
};
} // namespace

bool roleAllows(Role role, Permission p)
{
    // STAFF-ROLES: cashier sells; only a pharmacist reviews and dispenses prescriptions; only a
    // manager receives and adjusts stock and exports ledgers; the administrator manages accounts.
    switch (role) {
    case Role::Cashier:
        return p == Permission::Sell || p == Permission::VoidSale || p == Permission::ReprintReceipt
               || p == Permission::SettlePooledFund;
    case Role::Pharmacist:
        return p == Permission::Sell || p == Permission::VoidSale || p == Permission::ReprintReceipt
               || p == Permission::SettlePooledFund || p == Permission::ReviewPrescription
               || p == Permission::DispensePrescription || p == Permission::ClockDuty;
    case Role::StoreManager:
        return p == Permission::Sell || p == Permission::VoidSale || p == Permission::ReprintReceipt
               || p == Permission::ReceiveStock || p == Permission::AdjustStock
               || p == Permission::ExportLedger || p == Permission::ExportDuty
               || p == Permission::ViewAudit || p == Permission::ConfigureStore
               || p == Permission::ReturnSale || p == Permission::ViewSettlementEvidence
               || p == Permission::ExportSettlementEvidence || p == Permission::ManageShifts
               || p == Permission::OverridePrice;
    case Role::Administrator:
        return p == Permission::ManageUsers || p == Permission::ViewAudit
               || p == Permission::ConfigureStore || p == Permission::ExportDuty;
    }
    return false;
}

QString toDisplayString(Role role)
{
    switch (role) {
    case Role::Cashier: return Tr::tr("收银员");
    case Role::Pharmacist: return Tr::tr("执业药师");
    case Role::StoreManager: return Tr::tr("店长");
    case Role::Administrator: return Tr::tr("系统管理员");
    }
    return {};
}

QString toDisplayString(Permission p)
{
    switch (p) {
    case Permission::Sell: return Tr::tr("销售收款");
    case Permission::VoidSale: return Tr::tr("作废销售");
    case Permission::ReprintReceipt: return Tr::tr("补打小票");
    case Permission::ReviewPrescription: return Tr::tr("审核处方");
    case Permission::DispensePrescription: return Tr::tr("调配处方");
    case Permission::SettlePooledFund: return Tr::tr("门诊统筹结算");
    case Permission::ClockDuty: return Tr::tr("药师上下岗");
    case Permission::ReceiveStock: return Tr::tr("购进验收入库");
    case Permission::AdjustStock: return Tr::tr("调整库存");
    case Permission::ExportLedger: return Tr::tr("导出进销存台账");
    case Permission::ExportDuty: return Tr::tr("导出药师在岗记录");
    case Permission::ViewAudit: return Tr::tr("查看审计日志");
    case Permission::ManageUsers: return Tr::tr("管理账号");
    case Permission::ConfigureStore: return Tr::tr("修改门店配置");
    case Permission::ReturnSale: return Tr::tr("销售退货");
    case Permission::ViewSettlementEvidence: return Tr::tr("查看结算人脸与录像");
    case Permission::ExportSettlementEvidence: return Tr::tr("导出结算录像");
    case Permission::ManageShifts: return Tr::tr("代为交班、日结");
    case Permission::OverridePrice: return Tr::tr("改价、折扣（不限额度）");
    }
    return {};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Cashier: return QStringLiteral("cashier");
    case Role::Pharmacist: return QStringLiteral("pharmacist");
    case Role::StoreManager: return QStringLiteral("manager");
    case Role::Administrator: return QStringLiteral("admin");
    }
    return {};
}

bool roleFromKey(const QString& key, Role* role)
{
    for (Role r : {Role::Cashier, Role::Pharmacist, Role::StoreManager, Role::Administrator}) {
        if (roleKey(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

} // namespace pos
