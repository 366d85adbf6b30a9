#pragma once

#include "app/core/privacy/retention.h"
#include "app/core/result.h"
#include "storage/crypto/encryptedholder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace pos {
class AuditLog;
class Clock;
} // namespace pos

namespace pos::app {

struct AppConfig;
struct CommandContext;

/// What `pharmapos privacy …` works with: the retention targets and encrypted holders of
/// PrivacyWiring, the store's policy (RetentionPolicy::fromSettings over [retention]), the audit
/// trail, the clock and who acts (a store manager). `afterRemoval` runs after a retention run that
/// removed something (PrivacyWiring::flushRemovedPages).
struct PrivacyCommandContext
{
    QList<RetentionTarget*> targets;
    QList<storage::crypto::EncryptedHolder*> holders;
    QByteArray currentKeyId;
    RetentionPolicy policy = RetentionPolicy::defaults();
    AuditLog* audit = nullptr;
    const Clock* clock = nullptr;
    QString actor = QStringLiteral("system");
    std::function<Status()> afterRemoval;
};

/// `pharmapos privacy report | retention run [--dry-run]`. `args` starts with "privacy".
///   report         what personal data the store holds, by kind and age, with each kind's period
///                  and legal minimum, and how it is encrypted (per key id; plain items named)
///   retention run  applies the policy now: deletes or anonymises what is past its time, never
///                  anything under its legal minimum; prints and audits what it did
/// Exit: 0 done, 1 a target failed (the others still ran) or, for report, plain personal data
/// remains; 2 usage.
int runPrivacy(const QStringList& args, const PrivacyCommandContext& context, QTextStream& out,
               QTextStream& err);

/// The retention run's report as lines (for the command and the counter's log).
[[nodiscard]] QStringList retentionReportLines(const RetentionRunReport& report,
                                               const RetentionPolicy& policy);

/// The store's retention policy: RetentionPolicy::defaults() with the [retention] keys of
/// `config`'s file (each checked by the configuration loader through the same parser).
[[nodiscard]] Result<RetentionPolicy> retentionPolicyFor(const AppConfig& config);

/// The command table's `pharmapos privacy report --user NAME` (a store manager or administrator:
/// ViewAudit) and `privacy retention run [--dry-run] --user NAME` (ConfigureStore): the store opened
/// for the command alone (CommandSession), the password from `context.secrets`, runPrivacy() on
/// the store's PrivacyWiring with retentionPolicyFor(config). Exit as runPrivacy(); 1 when the
/// login or the permission is refused, 2 when the store cannot be opened.
int runPrivacyCommand(const AppConfig& config, const CommandContext& context);

/// `pharmapos privacy show SALE_NO|RX_NO --user NAME [--purpose WHY]`: the personal data a sale
/// (the ephedrine buyer's ID number) or a prescription (the patient's name and ID number) holds,
/// through PersonalDataAccess — in full only for a role the table allows (pharmacist, store
/// manager), each full view audited with the purpose; masked for everyone else. Exit 0 shown, 1
/// refused or not found, 2 the store cannot be opened.
int runPrivacyShowCommand(const AppConfig& config, const CommandContext& context);

} // namespace pos::app
