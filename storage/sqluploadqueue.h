#pragma once

#include "app/core/ports/uploadqueue.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <memory>

namespace pos {
class RecordSealer;
}

namespace pos::storage {

/// The upload queue over the `outbox` table the ledger fills (migration 0008): states, the msgid
/// stored before each attempt (Durability::Full: it must survive a power cut, or a resend would
/// not know it was ever sent), counts per state kept by triggers, final records moved to
/// `outbox_archive`. msgids come from one sequence per second in the database, so every process
/// and every restart on this store draws unique ones; with `sequenceBlock` 0–9 the sequence's
/// first digit is fixed (tills sharing a fixmedins_code each take their own block).
/// Thread: the thread of its Database.
class SqlUploadQueue final : public UploadQueue
{
public:
    SqlUploadQueue(Database& db, QString fixmedinsCode, int sequenceBlock = -1);
    ~SqlUploadQueue() override;
    /// A queue with its own connection to the store's database at `path` (a worker thread's),
    /// sealing its writes with `sealer` (the store key; shared, thread-safe, must outlive it).
    [[nodiscard]] static Result<std::unique_ptr<SqlUploadQueue>>
    open(const QString& path, QString fixmedinsCode, int sequenceBlock = -1,
         const RecordSealer* sealer = nullptr);

    [[nodiscard]] Result<QString> nextMsgId(const QDateTime& at) override;
    [[nodiscard]] Result<qint64> enqueue(const QString& infno, const QString& docRef,
                                         const QJsonObject& payload, const QDateTime& at) override;
    [[nodiscard]] std::optional<UploadRecord> head() override;
    [[nodiscard]] std::optional<UploadRecord> record(qint64 id) override;
    [[nodiscard]] qint64 headId() override;
    [[nodiscard]] qint64 openBefore(qint64 id) override;
    [[nodiscard]] bool stillClaimed(qint64 id, const QString& msgId) override;
    [[nodiscard]] Status markSending(qint64 id, const QString& msgId, const QDateTime& at) override;
    [[nodiscard]] Result<QStringList> claim(const QList<qint64>& ids, const QDateTime& at) override;
    [[nodiscard]] QList<UploadRecord> nextAfter(qint64 id, int limit) override;
    [[nodiscard]] Status markAccepted(qint64 id, const QDateTime& at) override;
    [[nodiscard]] Status markAccepted(const QList<qint64>& ids, const QDateTime& at) override;
    [[nodiscard]] Status markRejected(qint64 id, const QString& message,
                                      const QDateTime& at) override;
    [[nodiscard]] Status markUnknown(qint64 id, const QString& why, const QDateTime& nextAttemptAt,
                                     const QDateTime& at) override;
    [[nodiscard]] Status markPending(qint64 id, const QDateTime& nextAttemptAt, const QString& note,
                                     const QDateTime& at) override;
    [[nodiscard]] Status correct(qint64 id, const QJsonObject& payload,
                                 const QDateTime& at) override;
    [[nodiscard]] Result<qint64> withdraw(qint64 id, const QJsonObject& withdrawal3507,
                                          const QString& note, const QDateTime& at) override;
    [[nodiscard]] Result<int> acceptedCount(const QString& infno, const QString& key) override;
    [[nodiscard]] QList<UploadRecord> records(const QList<UploadState>& states, int limit) override;
    [[nodiscard]] Result<QList<UploadRecord>>
    storeRecords(const QStringList& infnos, const QDate& from, const QDate& to) override;
    [[nodiscard]] UploadQueueStatus status() override;
    [[nodiscard]] Status setLinkState(bool up, const QString& error, const QDateTime& at) override;

private:
    [[nodiscard]] Status moveToArchive(qint64 id, UploadState state, const QString& note,
                                       const QDateTime& at);
    /// moveToArchive()'s statements, inside the caller's transaction.
    [[nodiscard]] Status archive(qint64 id, UploadState state, const QString& note,
                                 const QDateTime& at);
    [[nodiscard]] Status storeSending(qint64 id, const QString& msgId, const QDateTime& at);
    [[nodiscard]] Status update(qint64 id, UploadState state, const QString& message,
                                const QDateTime& nextAttemptAt, const QDateTime& at,
                                bool shiftMsgId);

    SqlUploadQueue(std::unique_ptr<Database> owned, QString fixmedinsCode, int sequenceBlock);

    std::unique_ptr<Database> m_owned; ///< set when open() made the connection
    Database& m_db;
    QString m_fixmedinsCode;
    int m_sequenceBlock;
    std::unique_ptr<QSqlQuery> m_headQuery; ///< prepared once: the hot path
    std::unique_ptr<QSqlQuery> m_sendingQuery;
    /// Prepared once as well: a record by id, and archiving one (each accepted record).
    std::unique_ptr<QSqlQuery> m_recordQuery;
    std::unique_ptr<QSqlQuery> m_headIdQuery;
    std::unique_ptr<QSqlQuery> m_openBeforeQuery;
    std::unique_ptr<QSqlQuery> m_claimedQuery;
    std::unique_ptr<QSqlQuery> m_archiveRead;
    std::unique_ptr<QSqlQuery> m_archiveInsert;
    std::unique_ptr<QSqlQuery> m_archiveDelete;
    /// Prepares `sql` into `slot` the first time; false when SQLite refuses it.
    [[nodiscard]] Status prepareOnce(std::unique_ptr<QSqlQuery>& slot, const QString& sql);
};

} // namespace pos::storage
