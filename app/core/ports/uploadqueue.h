#pragma once

#include "app/core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Where an upload record stands (DATA-UPLOAD). No value 0. The numbers are stored.
enum class UploadState
{
    Pending = 1,  ///< waiting to be sent (again)
    Sending = 2,  ///< its msgid is stored and the request may be on its way
    Accepted = 3, ///< the platform holds it (final; moved to the archive)
    Rejected = 4, ///< the platform refused it (business error): for the manager to fix or withdraw
    Unknown = 5,  ///< no definite answer: resolved by the platform's own query before anything else
    Withdrawn = 6 ///< taken back (final)
};

[[nodiscard]] QString toDisplayString(UploadState state);

/// One record of the upload queue.
struct UploadRecord
{
    qint64 id = 0;
    QString infno;
    QString docRef; ///< the document it belongs to (sale, purchase, stocktake…)
    QJsonObject payload;
    QDateTime createdAt;
    UploadState state = UploadState::Pending;
    QString msgId;       ///< of the latest attempt, stored before the request left
    QString priorMsgIds; ///< earlier attempts (comma separated), each resolved as not arrived
    int attempts = 0;
    QDateTime nextAttemptAt; ///< invalid: due now
    QString platformMessage; ///< the platform's refusal, or why no definite answer came
    QDateTime updatedAt;
    QString withdrawal; ///< accepted records: "" / "requested" / "done" (3507)
};

/// The queue as the manager's screen and `sync status` show it. Counts are kept as records change
/// state, never counted from the table.
struct UploadQueueStatus
{
    qint64 pending = 0;
    qint64 sending = 0;
    qint64 rejected = 0;
    qint64 unknown = 0;
    qint64 accepted = 0;
    qint64 withdrawn = 0;
    QDateTime oldestWaiting; ///< created_at of the oldest record not yet final; invalid: none
    QDateTime lastSuccess;   ///< the last definite answer from the platform
    QDateTime linkDownSince; ///< invalid while the link works (or was never tried)
    QString lastError;       ///< why the link is down

    /// Records still to reach the platform (rejected ones wait for the manager instead).
    [[nodiscard]] qint64 waiting() const { return pending + sending + unknown; }
};

/// Makes msgids (PLATFORM.md §1: fixmedins_code + yyyyMMddHHmmss + 4-digit sequence) that stay
/// unique across restarts and processes sharing the store.
class MsgIdSource
{
public:
    virtual ~MsgIdSource() = default;
    [[nodiscard]] virtual Result<QString> nextMsgId(const QDateTime& at) = 0;
};

/// The upload queue port. The ledger writes its 3501–3506 records in the same transaction as
/// each movement; the queue sends them in id order. A record is final when accepted or
/// withdrawn; final records leave the hot table for an archive, so the queue stays small however
/// many records a store has sent.
/// Thread: one instance per thread (a database connection each).
class UploadQueue : public MsgIdSource
{
public:
    /// Appends a record (7204, 7207, 7208, 3507, and whatever a caller queues outside the
    /// ledger's transactions). Returns its id.
    [[nodiscard]] virtual Result<qint64> enqueue(const QString& infno, const QString& docRef,
                                                 const QJsonObject& payload,
                                                 const QDateTime& at) = 0;
    /// The record to work on: the oldest pending, sending or unknown one. Rejected records are
    /// set aside and do not hold the queue up.
    [[nodiscard]] virtual std::optional<UploadRecord> head() = 0;
    /// Any record, waiting or final.
    [[nodiscard]] virtual std::optional<UploadRecord> record(qint64 id) = 0;
    /// head()'s id only (0: none) — cheap: once per record while a backlog drains.
    [[nodiscard]] virtual qint64 headId() = 0;
    /// How many records older than `id` are still open (pending, sending or unknown) — cheap:
    /// asked once per record while a backlog drains, to tell whether `id` heads the queue apart
    /// from records whose acceptance is about to be stored.
    [[nodiscard]] virtual qint64 openBefore(qint64 id) = 0;
    /// Whether record `id` is still Sending under `msgId` (claimed and not touched since, e.g.
    /// by the manager's retry) — cheap: checked before a prepared record is sent.
    [[nodiscard]] virtual bool stillClaimed(qint64 id, const QString& msgId) = 0;

    /// Stores the attempt's msgid, before the request leaves: Sending, attempts + 1.
    [[nodiscard]] virtual Status markSending(qint64 id, const QString& msgId,
                                             const QDateTime& at) = 0;
    /// nextMsgId() and markSending() for each of `ids` in one durable transaction (one disk
    /// sync for all of them); returns their msgids in the same order.
    [[nodiscard]] virtual Result<QStringList> claim(const QList<qint64>& ids,
                                                    const QDateTime& at) = 0;
    /// Up to `limit` Pending records after `id` in the queue's order (the ones to prepare while
    /// `id` is on its way).
    [[nodiscard]] virtual QList<UploadRecord> nextAfter(qint64 id, int limit) = 0;
    /// The platform holds it: Accepted, moved to the archive. A 3507's acceptance completes the
    /// withdrawal it carries.
    [[nodiscard]] virtual Status markAccepted(qint64 id, const QDateTime& at) = 0;
    /// markAccepted() for each of `ids`, in one transaction: all of them or none.
    [[nodiscard]] virtual Status markAccepted(const QList<qint64>& ids, const QDateTime& at) = 0;
    [[nodiscard]] virtual Status markRejected(qint64 id, const QString& message,
                                              const QDateTime& at) = 0;
    [[nodiscard]] virtual Status markUnknown(qint64 id, const QString& why,
                                             const QDateTime& nextAttemptAt,
                                             const QDateTime& at) = 0;
    /// Back to Pending, due at `nextAttemptAt`: a resolved unknown (the platform does not hold
    /// it), a retry, a transient refusal. The last msgid joins priorMsgIds.
    [[nodiscard]] virtual Status markPending(qint64 id, const QDateTime& nextAttemptAt,
                                             const QString& note, const QDateTime& at) = 0;
    /// A rejected record corrected by the manager: the new payload, Pending (the original is kept).
    [[nodiscard]] virtual Status correct(qint64 id, const QJsonObject& payload,
                                         const QDateTime& at) = 0;
    /// Withdraws a rejected record (final; the platform never held it), or, for an accepted
    /// one, queues its 3507 and marks the withdrawal requested. Returns the 3507's id (0 when
    /// none was needed).
    [[nodiscard]] virtual Result<qint64> withdraw(qint64 id, const QJsonObject& withdrawal3507,
                                                  const QString& note, const QDateTime& at) = 0;
    /// Accepted, not withdrawn records of `infno` with this key (upload::recordKey).
    [[nodiscard]] virtual Result<int> acceptedCount(const QString& infno, const QString& key) = 0;
    /// Waiting records in `states`, oldest first, at most `limit`.
    [[nodiscard]] virtual QList<UploadRecord> records(const QList<UploadState>& states,
                                                      int limit) = 0;
    /// What the store holds for the platform in [from, to] (by the records' business time):
    /// accepted and waiting records of `infnos`, withdrawn ones excluded.
    [[nodiscard]] virtual Result<QList<UploadRecord>>
    storeRecords(const QStringList& infnos, const QDate& from, const QDate& to) = 0;
    [[nodiscard]] virtual UploadQueueStatus status() = 0;
    /// Records the link's state (kept for `sync status` in another process).
    [[nodiscard]] virtual Status setLinkState(bool up, const QString& error,
                                              const QDateTime& at) = 0;
};

} // namespace pos
