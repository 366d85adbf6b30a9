#pragma once

#include <QString>

namespace pos {

/// DATA-PRIVACY: how personal data appears anywhere but its encrypted home (logs, the audit trail,
/// screens that do not need it whole).
/// "360102199001011234" → "360102********1234"; shorter numbers keep at most the last 4.
[[nodiscard]] QString maskIdNumber(const QString& id);
/// "张三丰" → "张**"; "Li Lei" → "L*****".
[[nodiscard]] QString maskName(const QString& name);

} // namespace pos
