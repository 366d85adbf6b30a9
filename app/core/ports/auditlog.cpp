#include "app/core/ports/auditlog.h"

#include <QCoreApplication>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};
} // namespace

Error auditedRefusal(AuditLog& audit, Error refusal, const AuditEvent& event)
{
    if (Status a = audit.append(event); !a)
        refusal.message += Tr::tr("（且未能写入审计日志：%1）").arg(a.error().message);
    return refusal;
}

QString auditActionKey(AuditAction a)
{
    switch (a) {
    case AuditAction::Login: return QStringLiteral("login");
    case AuditAction::LoginFailed: return QStringLiteral("login_failed");
    case AuditAction::Logout: return QStringLiteral("logout");
    case AuditAction::AccountLocked: return QStringLiteral("account_locked");
    case AuditAction::ScreenLocked: return QStringLiteral("screen_locked");
    case AuditAction::ScreenUnlocked: return QStringLiteral("screen_unlocked");
    case AuditAction::StepIn: return QStringLiteral("step_in");
    case AuditAction::StepOut: return QStringLiteral("step_out");
    case AuditAction::PermissionRefused: return QStringLiteral("permission_refused");
    case AuditAction::RuleRefused: return QStringLiteral("rule_refused");
    case AuditAction::PriceChanged: return QStringLiteral("price_changed");
    case AuditAction::StockChanged: return QStringLiteral("stock_changed");
    case AuditAction::Export: return QStringLiteral("export");
    case AuditAction::ConfigurationChanged: return QStringLiteral("configuration_changed");
    case AuditAction::UserCreated: return QStringLiteral("user_created");
    case AuditAction::UserChanged: return QStringLiteral("user_changed");
    case AuditAction::DutyClockIn: return QStringLiteral("duty_clock_in");
    case AuditAction::DutyClockOut: return QStringLiteral("duty_clock_out");
    case AuditAction::SaleCompleted: return QStringLiteral("sale_completed");
    case AuditAction::SaleVoided: return QStringLiteral("sale_voided");
    case AuditAction::ReceiptReprinted: return QStringLiteral("receipt_reprinted");
    case AuditAction::SaleReturned: return QStringLiteral("sale_returned");
    case AuditAction::PrescriptionReceived: return QStringLiteral("prescription_received");
    case AuditAction::PrescriptionReviewed: return QStringLiteral("prescription_reviewed");
    case AuditAction::PrescriptionGateChanged: return QStringLiteral("rx_gate_changed");
    case AuditAction::PrescriptionGateRefused: return QStringLiteral("rx_gate_refused");
    case AuditAction::SaleStateChanged: return QStringLiteral("sale_state_changed");
    case AuditAction::SaleRefused: return QStringLiteral("sale_refused");
    case AuditAction::PersonalDataViewed: return QStringLiteral("personal_data_viewed");
    case AuditAction::PersonalDataViewRefused: return QStringLiteral("personal_data_view_refused");
    case AuditAction::PersonalDataExported: return QStringLiteral("personal_data_exported");
    case AuditAction::StoreKeyCreated: return QStringLiteral("store_key_created");
    case AuditAction::StoreKeyRotationStarted: return QStringLiteral("store_key_rotation_started");
    case AuditAction::StoreKeyRotationCompleted:
        return QStringLiteral("store_key_rotation_completed");
    case AuditAction::StoreKeyBackedUp: return QStringLiteral("store_key_backed_up");
    case AuditAction::StoreKeyRestored: return QStringLiteral("store_key_restored");
    case AuditAction::RetentionApplied: return QStringLiteral("retention_applied");
    case AuditAction::PersonalDataEncrypted: return QStringLiteral("personal_data_encrypted");
    case AuditAction::UploadRetried: return QStringLiteral("upload_retried");
    case AuditAction::UploadCorrected: return QStringLiteral("upload_corrected");
    case AuditAction::UploadWithdrawn: return QStringLiteral("upload_withdrawn");
    case AuditAction::PlatformReconciled: return QStringLiteral("platform_reconciled");
    case AuditAction::InsuranceCatalogDownloaded:
        return QStringLiteral("insurance_catalog_downloaded");
    case AuditAction::EvidenceChanged: return QStringLiteral("evidence_changed");
    case AuditAction::EvidenceRefused: return QStringLiteral("evidence_refused");
    case AuditAction::CameraFault: return QStringLiteral("camera_fault");
    case AuditAction::EvidenceViewed: return QStringLiteral("evidence_viewed");
    case AuditAction::EvidenceExported: return QStringLiteral("evidence_exported");
    case AuditAction::TraceViewed: return QStringLiteral("trace_viewed");
    case AuditAction::InsuredSettlementChanged: return QStringLiteral("insured_settlement_changed");
    case AuditAction::ArchiveSealed: return QStringLiteral("archive_sealed");
    case AuditAction::ArchiveViewed: return QStringLiteral("archive_viewed");
    case AuditAction::SaleParked: return QStringLiteral("sale_parked");
    case AuditAction::SaleRecalled: return QStringLiteral("sale_recalled");
    case AuditAction::ParkedSaleDiscarded: return QStringLiteral("parked_sale_discarded");
    case AuditAction::ShiftOpened: return QStringLiteral("shift_opened");
    case AuditAction::ShiftClosed: return QStringLiteral("shift_closed");
    case AuditAction::WalletPaid: return QStringLiteral("wallet_paid");
    case AuditAction::WalletDeclined: return QStringLiteral("wallet_declined");
    case AuditAction::WalletReversed: return QStringLiteral("wallet_reversed");
    case AuditAction::WalletUnresolved: return QStringLiteral("wallet_unresolved");
    case AuditAction::PriceOverridden: return QStringLiteral("price_overridden");
    case AuditAction::InsuredSettlementReversed:
        return QStringLiteral("insured_settlement_reversed");
    }
    return QStringLiteral("unknown");
}

} // namespace pos
