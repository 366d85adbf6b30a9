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
///     sync status                                    queue, link, catalogue; the refused records
///     sync show ID                                   one record: state, platform message, content
///     sync run [--timeout-s 60]                      sends the queue now, in this process
///     sync retry ID --user U                         a refused or waiting record again (manager)
///     sync correct ID FILE.json --user U             a refused record corrected and resent
///     sync withdraw ID --reason R --user U           3507 for an accepted one; a refused one is
///     set aside sync reconcile --from D --to D --user U        3508/3511/3513 against the store;
///     every difference sync catalog [--full] --user U                 downloads the 医保目录
///     (1312/1318)
///
/// Exit codes: 0 done (reconcile: no difference needing a check), 1 refused, failed or records
/// left (reconcile: differences), 2 usage or configuration.
int runSync(const AppConfig& config, const QStringList& args, SecretInput& in, QTextStream& out,
            QTextStream& err);

} // namespace pos::app
