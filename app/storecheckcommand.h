#pragma once

#include "app/appconfig.h"

#include <QTextStream>

namespace pos::app {

/// The storage part of `pharmapos verify`: reads every page of the store's database on its own
/// read-only connection (storage::checkIntegrity — it works on a store the counter refuses to
/// open) and lists what is damaged. `full` runs PRAGMA integrity_check (indexes against tables
/// too) instead of quick_check. Prints one line when the file is whole, or each problem SQLite
/// names and what to do. Exit code: 0 whole, 1 damaged, 2 when there is no database to check.
/// Costs a read of the whole file (README, Performance): run on demand, never at every open.
int runStoreCheck(const AppConfig& config, bool full, QTextStream& out, QTextStream& err);

} // namespace pos::app
