#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace pos {

/// The jobs at the counter (STAFF-ROLES): least privilege, one role per account.
enum class Role
{
    Cashier = 1,
    Pharmacist,
    StoreManager,
    Administrator
};

/// What an action needs. Every workflow action names one; the core checks it with the acting
/// user, whichever window, script or device the action comes from.
enum class Permission
{
    Sell = 1,           ///< scan, change the cart, take cash
    VoidSale,           ///< abandon a sale in progress
    ReprintReceipt,     ///< 补打
    ReviewPrescription, ///< approve / reject (RX-REVIEW); also needs duty (STAFF-PHARM-ONDUTY)
    DispensePrescription,
    SettlePooledFund,         ///< 门诊统筹 settlement
    ClockDuty,                ///< a pharmacist clocks in and out
    ReceiveStock,             ///< 购进验收
    AdjustStock,              ///< loss, destruction, stocktake adjustments
    ExportLedger,             ///< 进销存 exports
    ExportDuty,               ///< duty periods for inspections
    ViewAudit,                ///< read and verify the audit trail
    ManageUsers,              ///< accounts and roles
    ConfigureStore,           ///< store and device configuration
    ReturnSale,               ///< 销售退货: take a sold item back and refund it
    ViewSettlementEvidence,   ///< see a settlement's face image and play its clip (CAM-CONSENT)
    ExportSettlementEvidence, ///< export a settlement's clip (video export)
    ManageShifts,  ///< close another cashier's shift (交班 for them), the day's close (日结)
    OverridePrice, ///< 改价/折扣 beyond the store's cashier limit (PRICE-OVERRIDE)
};

/// An account. Pharmacists carry their licence (执业药师注册证号) and the medical-insurance
/// platform's pharmacist code.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    QString licenceNo;
    QString insurancePharmacistCode;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid when not locked
};

[[nodiscard]] bool roleAllows(Role role, Permission permission);
[[nodiscard]] QString toDisplayString(Role role);
[[nodiscard]] QString toDisplayString(Permission permission);
/// "cashier", "pharmacist", "manager", "admin" ↔ Role, for configuration and the command line.
[[nodiscard]] QString roleKey(Role role);
[[nodiscard]] bool roleFromKey(const QString& key, Role* role);

} // namespace pos

Q_DECLARE_METATYPE(pos::User)
