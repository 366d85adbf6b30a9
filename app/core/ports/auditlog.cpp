#include "app/core/ports/auditlog.h"

namespace pos {

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
    case AuditAction::EvidenceChanged: return QStringLiteral("evidence_changed");
    case AuditAction::EvidenceRefused: return QStringLiteral("evidence_refused");
    case AuditAction::CameraFault: return QStringLiteral("camera_fault");
    case AuditAction::EvidenceViewed: return QStringLiteral("evidence_viewed");
    case AuditAction::EvidenceExported: return QStringLiteral("evidence_exported");
    }
    return QStringLiteral("unknown");
}

} // namespace pos
