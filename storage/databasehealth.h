#pragma once

#include "app/core/result.h"

#include <QString>
#include <QStringList>

class QSqlError;
class QSqlQuery;

namespace pos::storage {

/// A damaged store, said the same way wherever it is found (opening, any query, verify): the file,
/// what is wrong, and what to do —
///   "数据库文件 F 已损坏（detail）：请停止使用本机，从备份恢复；pharmapos verify 可列出损坏之处".
[[nodiscard]] Error damagedDatabase(const QString& path, const QString& detail);

/// The checks every open makes before SQLite sees the file, in O(1): a few stat() calls and the
/// 100-byte header, microseconds whatever the store's size (a full `PRAGMA quick_check` reads
/// every page and runs only on demand: checkIntegrity()). Refused, with damagedDatabase():
///   - a directory where the file should be;
///   - a file shorter than the header, or whose first 16 bytes are not "SQLite format 3\0"
///     (overwritten, or another file put in its place);
///   - an impossible page size;
///   - a file shorter than its header says it is (truncated: half a copy, a full disk) — checked
///     only when no WAL or rollback journal is beside it, since SQLite may still be completing a
///     checkpoint from one after a crash.
/// A missing or empty file is fine: SQLite creates the store (an empty file with a WAL is a store
/// whose first transactions are still in the WAL).
[[nodiscard]] Status checkStoreFile(const QString& path);

/// Whether SQLite reported damage: SQLITE_CORRUPT ("database disk image is malformed"),
/// SQLITE_NOTADB ("file is not a database"), or SQLITE_IOERR (a page that could not be read).
[[nodiscard]] bool isDamage(const QSqlError& error);

/// The database file a query runs against (SQLite's own idea of it), for messages.
[[nodiscard]] QString databaseFileOf(const QSqlQuery& query);

/// How much of the store `checkIntegrity` reads.
enum class IntegrityDepth
{
    Quick = 1, ///< PRAGMA quick_check: every page and record, not index contents against tables
    Full       ///< PRAGMA integrity_check: also every index entry against its table row
};

/// What checkIntegrity found.
struct IntegrityReport
{
    QStringList
        problems; ///< SQLite's own lines ("*** in database main *** Page 7: …"); empty: whole
    qint64 elapsedMs = 0;
    [[nodiscard]] bool intact() const { return problems.isEmpty(); }
};

/// Reads the whole store at `path` on its own read-only connection (so it works on a store that
/// Database::open refuses) and lists what is damaged: checkStoreFile()'s findings, then SQLite's
/// quick_check or integrity_check (at most `maxProblems` lines). Costs a read of every page (see
/// the README's figures); for `pharmapos verify`, never at every open. An error only when the
/// check itself could not run (no such file).
[[nodiscard]] Result<IntegrityReport> checkIntegrity(const QString& path, IntegrityDepth depth,
                                                     int maxProblems = 100);

} // namespace pos::storage
