#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pos {
class RecordSealer;
}

namespace pos::storage {

class Database;
namespace crypto {
struct SqlMacHolderSpec;
}

/// One difference `verify` found, named for the person reading it.
struct IntegrityFinding
{
    QString table; ///< the table (or "anchors", "stock_balance", …)
    QString problem;
};

/// Tamper evidence that holds against someone who can write the database file (issue 12).
///
/// Every protected table is sealed in segments of kSegmentRows rows (rowid order): a running
/// SHA-256 over each row's immutable columns, starting from the previous segment's digest, and a
/// MAC of it made with the store key (RecordSealer, kept outside the database). seal() extends the
/// open segments inside the write transaction that wrote the rows (Transaction::commit calls it),
/// so every committed row is sealed. Small mutable tables whose every change matters (accounts:
/// role, password, active) are sealed whole, as state. Recomputing hashes is not enough to forge a
/// row, re-chain an edit or hide a removal: the MAC needs the key.
///
/// What the database alone cannot show — that someone restored an older, validly sealed copy, cut
/// the newest rows and segments, or emptied a table — anchors show: anchor() writes the seal heads
/// (MACed and signed) to a file outside the data directory and to the log; verify() checks the
/// database against every anchor.
///
/// verify() also checks what the sealed content implies about the mutable state: each batch's
/// balance equals the sum of its movements, each month-end closing (stock_closing) the sum of
/// its batch's movements to the month's end, and every sold box's code agrees with its sale.
/// Thread: the database's.
namespace integrity {

inline constexpr int kSegmentRows = 1000;

/// At the start of every write transaction (inside its lock): anything in a protected table that
/// PharmaPOS did not seal — rows appended, an account changed — is recorded as an integrity event
/// before this transaction's own writes are sealed with it, so sealing never legitimises it. The
/// first transaction after the seals arrived records the initial sealing of the history instead.
[[nodiscard]] Status noteForeignWrites(Database& db, const QDateTime& at);

/// Extends the seals over the rows written since the last seal; inside the caller's transaction.
/// Without a sealer the digests are kept and the MACs left empty (verify then says so).
[[nodiscard]] Status seal(Database& db, const RecordSealer* sealer);

/// The seal heads now, as one anchor line (JSON, MACed and signed when a sealer is given).
[[nodiscard]] Result<QByteArray> anchorLine(Database& db, const RecordSealer* sealer,
                                            const QDateTime& at);
/// Appends anchorLine() to `path` (created 0600), fsynced.
[[nodiscard]] Status appendAnchor(Database& db, const RecordSealer* sealer, const QString& path,
                                  const QDateTime& at);

/// Re-computes every seal, checks every MAC (with `sealer`), every anchor in `anchorPaths`, each
/// balance and each month-end closing against its movements and each sold box against its sale.
/// An empty list: intact.
[[nodiscard]] QList<IntegrityFinding> verify(Database& db, const RecordSealer* sealer,
                                             const QStringList& anchorPaths);

/// True when any seal carries a MAC: the store key must exist (a new one could not verify them).
[[nodiscard]] Result<bool> hasKeyedSeals(Database& db);

/// The seals' MACs as key rotation sees them: made again under the new key, each checked first.
[[nodiscard]] QList<crypto::SqlMacHolderSpec> macHolders();

/// The protected tables, in sealing order (for tests and the README).
[[nodiscard]] QStringList protectedTables();
/// The columns of `table` its seal covers (they never change once written).
[[nodiscard]] QStringList sealedColumns(const QString& table);

} // namespace integrity
} // namespace pos::storage
