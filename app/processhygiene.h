#pragma once

#include "app/core/result.h"

#include <QString>
#include <QStringList>

namespace pos::app {

/// What hardenProcess() did; `problems` names what it could not do (the process still runs).
struct HardeningReport
{
    bool umaskSet = false;
    bool coreDumpsOff = false;
    bool notDumpable = false;
    QStringList problems;
};

/// Nothing leaks on the side (DATA-PRIVACY): called first thing by the composition root.
///   - umask 077: every file and directory the process creates is its account's alone;
///   - RLIMIT_CORE 0: a crash writes no core file holding keys, ID numbers or faces;
///   - with `counterProcess`, PR_SET_DUMPABLE 0 as well: no core dump even where the limit is
///     raised again, no ptrace from other processes of the same user, /proc/<pid>/mem unreadable.
/// Thread: call before any other thread starts (umask is per process).
[[nodiscard]] HardeningReport hardenProcess(bool counterProcess);

/// With TZ unset, glibc looks at /etc/localtime again (a stat()) on every local-time conversion —
/// several per record the upload worker stores, per line a sale posts. TZ then names that same
/// file, read once per process (a change of the machine's time zone is seen at the next start).
/// A TZ already set is left alone. Thread: before any other thread starts.
void readLocalTimeZoneOnce();

/// The data directory 0700 (created so when missing) and everything under it private: directories
/// 0700, files 0600 (group and other bits removed: the database with its -wal and -shm, the
/// configuration, printed output, the rotation progress, the lock). Returns the paths it tightened,
/// for a log line; an error when the directory cannot be created or a path cannot be changed.
/// Thread: any.
[[nodiscard]] Result<QStringList> secureDataDirectory(const QString& dataDir);

/// Tightens one file (the configuration given with --config outside the data directory) to 0600.
[[nodiscard]] Result<bool> makeFilePrivate(const QString& path);

} // namespace pos::app
