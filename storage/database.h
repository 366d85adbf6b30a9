#pragma once

#include "app/core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace pos {
class RecordSealer;
}

namespace pos::storage {

/// The store's SQLite database: WAL journal, foreign keys on, schema brought to the latest
/// numbered migration on open. A database written by a newer PharmaPOS is refused, never
/// downgraded. One Database per thread (a Qt SQL connection is not shared across threads).
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating when missing) and migrates. `path` ":memory:" gives a private in-memory db.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path);
    /// Opens and migrates only up to `version` (for upgrade-path tests: build an old database,
    /// then open() it).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openAtVersion(const QString& path,
                                                                         int version);

    [[nodiscard]] QSqlDatabase& connection() { return m_db; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_version; }
    /// The highest migration this build knows.
    [[nodiscard]] static int latestSchemaVersion();

    /// Runs a statement that returns no rows; for setup and tests.
    [[nodiscard]] Status exec(const QString& sql);

    /// A statement prepared once on this connection and reused: the hot paths (posting, scanning,
    /// lookups) never re-prepare. The query comes back finished (no open cursor) and ready to
    /// bind, forward-only (rows read once, in order); it lives as long as this Database. Not re-entrant: finish with one before asking for
    /// the same SQL again.
    [[nodiscard]] Result<QSqlQuery*> statement(const QString& sql);
    /// Seals every write transaction at commit (integrity::seal) with this sealer's MACs; without
    /// one the digests are still kept. Not owned; must outlive the Database.
    void setRecordSealer(const RecordSealer* sealer) { m_sealer = sealer; }
    [[nodiscard]] const RecordSealer* recordSealer() const { return m_sealer; }
    /// Where anchors of the seals are appended (outside the data directory: the key directory,
    /// the backup disk), at most every kAnchorIntervalMs after a commit; empty: none.
    void setAnchorPaths(const QStringList& paths) { m_anchorPaths = paths; }
    [[nodiscard]] const QStringList& anchorPaths() const { return m_anchorPaths; }
    static constexpr qint64 kAnchorIntervalMs = 10 * 60 * 1000;
    /// Called after every successful commit on this connection (the upload worker is woken: a
    /// posting's records reach the platform at once instead of at the next poll).
    void setAfterCommit(std::function<void()> hook) { m_afterCommit = std::move(hook); }
    /// True while a Transaction on this connection is open.
    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }
    /// How long a writer waits for another one (another process, another connection) to finish
    /// before it gives up, in milliseconds. Writers take the write lock at BEGIN (IMMEDIATE), so
    /// two writers never deadlock: the second waits its turn.
    static constexpr int kBusyTimeoutMs = 30'000;

    /// Appends an anchor now (composition root at start and at close, `verify`), whatever the
    /// interval. The first path that cannot be written is named.
    [[nodiscard]] Status anchorNow();
    /// Seals whatever is not sealed yet (a store upgraded from before the seals: its whole
    /// history, once), in a write transaction of its own.
    [[nodiscard]] Status sealPending();

private:
    friend class Transaction;
    /// The schema version from which the seals apply (the integrity tables, and the upload queue
    /// as they read it).
    static constexpr int kIntegrityVersion = 13;
    void anchorIfDue();
    /// True when another connection committed since this one last looked (PRAGMA data_version).
    [[nodiscard]] bool othersWroteSinceLastCheck();
    Database(QSqlDatabase db, QString path);
    [[nodiscard]] Status migrate(int targetVersion);

    QSqlDatabase m_db;
    QString m_path;
    int m_version = 0;
    bool m_inTransaction = false;
    bool m_sealing = false; ///< after the schema is current (integrity tables exist)
    const RecordSealer* m_sealer = nullptr;
    QStringList m_anchorPaths;
    std::function<void()> m_afterCommit;
    qint64 m_lastAnchorMs = 0;
    qint64 m_checkedDataVersion = -1; ///< data_version when foreign writes were last looked for
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/// How hard a commit must hit the disk: Full for settlement-critical writes (sales, settlements),
/// Normal (WAL's default durability) for the rest.
enum class Durability
{
    Normal = 1,
    Full
};

/// RAII write transaction (BEGIN IMMEDIATE: the write lock is taken at once, so a concurrent
/// writer waits up to Database::kBusyTimeoutMs instead of failing midway); rolls back unless
/// commit() succeeded. Transactions do not nest: a second one on the same connection is refused.
class Transaction
{
public:
    explicit Transaction(Database& db, Durability durability = Durability::Normal);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    /// Why the transaction could not begin (when !isActive()), for the user.
    [[nodiscard]] Status beginError() const;
    [[nodiscard]] Status commit();

private:
    Database& m_db;
    Durability m_durability;
    bool m_active = false;
    QString m_error;
};

/// An Error from a failed query, naming what was being done.
[[nodiscard]] Error sqlError(const QSqlQuery& query, const QString& what);
/// Prepares, or returns the error naming the statement.
[[nodiscard]] Status prepare(QSqlQuery& query, const QString& sql);
/// Prepares `sql`, binds `binds` by position and runs it; the error names `what`.
[[nodiscard]] Status execBound(QSqlQuery& query, const QString& sql, const QVariantList& binds,
                               const QString& what);

/// How every table stores a time: text that sorts as it reads, to the millisecond.
inline const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");
/// A day as every table stores it ("yyyy-MM-dd") read back; an invalid QDate for anything else
/// (as QDate::fromString with that format). Read by hand: the format-string parser took a tenth
/// of a sale's CPU time (two dates per batch offered at every scan).
[[nodiscard]] QDate dayFromText(const QString& text);
/// A time in kTimeFormat read back (local time); an invalid QDateTime for anything else, as
/// QDateTime::fromString with that format. Read by hand, as dayFromText().
[[nodiscard]] QDateTime timeFromText(const QString& text);

/// Unset text or bytes as empty, not SQL NULL: the columns are NOT NULL, and Qt binds a null
/// QString / QByteArray as NULL (which once made every clean scan fail to journal).
[[nodiscard]] inline QString nonNull(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
[[nodiscard]] inline QByteArray nonNullBlob(const QByteArray& b)
{
    return b.isNull() ? QByteArray("", 0) : b;
}

} // namespace pos::storage
