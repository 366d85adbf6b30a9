#pragma once

#include "app/appconfig.h"

#include <QStringList>
#include <QTextStream>

namespace pos::app {

class SecretInput;

/// `pharmapos sync …`: the platform upload queue, visible and controllable from the command line.
/// `args` are the words after "sync"; the platform link is read from [platform] in the store's
/// INI, or from a drop-in platform.ini in the data directory (PlatformSettings::loadForStore).
/// Every command needs a manager or administrator (`--user`); the password comes from `in`
/// (without echo at a terminal, one line from a pipe).
///
/// The subcommands are the entries of syncSubcommands() (commandtable.h), with their help.
///
/// Exit codes: 0 done (reconcile: no difference needing a check), 1 refused, failed or records
/// left (reconcile: differences), 2 usage or configuration.
int runSync(const AppConfig& config, const QStringList& args, SecretInput& in, QTextStream& out,
            QTextStream& err);

} // namespace pos::app
