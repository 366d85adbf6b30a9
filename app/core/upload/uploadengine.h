#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/ports/uploadqueue.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <memory>

namespace pos {
class Clock;
}

namespace pos::upload {

/// How the worker paces itself ([platform] keys in the store's INI).
struct UploadPolicy
{
    int retryMinMs = 2'000;   ///< the first wait after a failure
    int retryMaxMs = 300'000; ///< the longest wait (backoff doubles up to it)
    /// A record without a definite answer is asked about no sooner than this (a request still
    /// on its way must not be overtaken by the question whether it arrived).
    int unknownGraceMs = 5'000;
    int pollMs = 500; ///< how often an idle worker looks for new records (wake() is immediate)
    /// err_msg of an answer that means sign_no expired (a regular expression).
    QString signExpiredPattern = QStringLiteral("签到");
    QString opterNo = QStringLiteral("0001"); ///< 9001 signIn{opter_no, mac, ip}
    QString mac;
    QString ip;
};

/// What the engine did, for the screen and the log.
struct UploadEvent
{
    enum class Kind
    {
        Accepted = 1, ///< the platform holds the record
        Rejected,     ///< a business refusal: for the manager
        Unknown,      ///< no definite answer: to be resolved by the platform's query
        Resolved,     ///< the query said it arrived (accepted) or not (to be sent again)
        LinkUp,
        LinkDown,
        SignedIn,
    };
    Kind kind = Kind::Accepted;
    qint64 recordId = 0;
    QString message;
};

/// The upload worker's state machine, one piece of work at a time; no thread, no timer of its
/// own — UploadWorker drives it on its thread, tests drive it directly with a ManualClock.
///
/// In id order it takes the oldest record that is not final and not rejected:
///  - Sending (left by a crash, or by an answer that never came) becomes Unknown;
///  - Unknown is resolved first by the platform's own query (3509/3510/3511, 7202), once the
///    grace period has passed: if the platform lists more records of its kind and key than the
///    store knows it accepted, it arrived (Accepted); if not, it goes back to Pending. Nothing is
///    sent before that, so nothing is doubled;
///  - Pending gets a msgid, stored (Sending) before the request leaves; the answer sorts it into
///    Accepted, Rejected (a business error, or infcode 0 with output.retRslt 0) or Unknown (no
///    definite answer). An answer saying sign_no expired signs in again (9001) and resends.
///  - Overlap: when record N's answer is in and says infcode 0 (the platform has processed N),
///    the next prepared record N+1 is sent while N's answer is still being checked (the
///    gateway's callOverlapped: decryption, the platform's signature). The platform still gets
///    them in order. Only when N is the oldest open record, nothing waits to be resolved and
///    the day's sign-in is done. If N's answer then fails its check, N becomes Unknown as any
///    answer that is not definite, nothing further is sent (N+1's own answer excepted) until
///    N is resolved by the platform's query, and N is never resent without that query.
///  - While records follow each other that way, their acceptances are stored together (up to
///    kAcceptBatch in one transaction, and whenever the run of overlapped sends ends). A crash
///    before that leaves them Sending: resolved by the platform's query at the next start, as
///    any request whose answer was not recorded — never sent twice.
/// It signs in (9001) before its first record and again each day. While the platform cannot be
/// reached it waits with exponential backoff and jitter (policy retryMinMs → retryMaxMs), on the
/// injected clock.
class UploadEngine
{
public:
    enum class Step
    {
        Busy = 1, ///< a call is in flight; onSettled runs when it ends
        Worked,   ///< a call was made and already answered (a synchronous gateway): step again
        Idle,     ///< nothing to send
        Waiting,  ///< something is due at nextDue()
        Failed,   ///< the store refused (see lastError()); try again later
    };
    using Random = std::function<double()>; ///< uniform in [0, 1)
    /// Acceptances stored together at most (see above).
    static constexpr int kAcceptBatch = 32;

    UploadEngine(UploadQueue& queue, PlatformGateway& gateway, const Clock& clock,
                 UploadPolicy policy, Random random = {});
    ~UploadEngine();

    /// Starts the next piece of work when one is due and none is in flight.
    Step step();
    [[nodiscard]] QDateTime nextDue() const { return m_nextDue; }
    [[nodiscard]] bool busy() const { return m_inFlight || m_verifying != 0; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// Runs when an in-flight call has been dealt with (call step() again).
    void setOnSettled(std::function<void()> f) { m_onSettled = std::move(f); }
    void setObserver(std::function<void(const UploadEvent&)> f) { m_observer = std::move(f); }
    /// While a record is on its way, prepares the next ones: their msgids claimed together
    /// (stored durably, one disk sync for up to `batch` records) and the next request sealed by
    /// the gateway, so each leaves as soon as the answer before it is in. Order is unchanged:
    /// each is sent only after the previous answer, and only when nothing needs resolving first.
    /// The driver calls this after the current request has been written.
    void prepareNext(int batch = 64);
    /// Puts prepared, never-sent records back to Pending (the worker is stopping). Without it
    /// they would be verified with the platform at the next start, which is correct but slower.
    void releasePrepared();
    /// Makes the link's backoff expire: the next step() tries at once.
    void wake();
    /// From now on answers to calls in flight are ignored (the worker is shutting down; the
    /// record stays Sending and is resolved at the next start).
    void detach() { *m_detached = true; }
    /// How many consecutive times the platform could not be reached.
    [[nodiscard]] int failures() const { return m_failures; }
    /// The wait after `failures` consecutive failures, before jitter.
    [[nodiscard]] static qint64 backoffMs(const UploadPolicy& policy, int failures);

private:
    void signIn();
    void send(const UploadRecord& r);
    /// `id`'s answer is in (infcode 0), not yet checked: sends the next prepared record ahead.
    void arrived(qint64 id);
    /// `id`'s answer, checked (or the failure): sorts the record.
    void answered(qint64 id, Result<PlatformResponse> answer);
    void resolve(const UploadRecord& r);
    void linkUp();
    /// Counts a failure and returns when to try again.
    QDateTime linkDown(const QString& why);
    void settle();
    /// Stores the acceptances answered but not yet stored; false if the store refused.
    bool storeAccepted();
    void emitEvent(UploadEvent::Kind kind, qint64 id, const QString& message);
    [[nodiscard]] bool storeFailed(const Status& s);

    UploadQueue& m_queue;
    PlatformGateway& m_gateway;
    const Clock& m_clock;
    UploadPolicy m_policy;
    Random m_random;
    QRegularExpression m_signExpired;
    bool m_inFlight = false;
    bool m_called = false; ///< this step made a call
    qint64 m_current = 0;  ///< the record on its way (0: a sign-in or a query, or nothing)
    /// The record whose answer has arrived and is being checked while m_current is on its way
    /// (0: none). step() starts nothing while it is set.
    qint64 m_verifying = 0;
    /// Claimed by prepareNext(), in order (msgid set), known unsent by this process. The copy
    /// seals ahead; what is sent is read from the store again (the manager may have acted).
    QList<UploadRecord> m_prepared;
    /// Answered infcode 0 during a run of overlapped sends, not yet stored (still Sending in the
    /// store), in order.
    QList<qint64> m_accepted;
    qint64 m_sealedId = 0; ///< the prepared record the gateway has sealed
    [[nodiscard]] bool isPrepared(const UploadRecord& r) const;
    QDate m_signedInOn; ///< invalid: sign in before the next record
    QDateTime m_linkRetryAt;
    QDateTime m_nextDue;
    QDateTime m_lastSuccessWritten;
    bool m_linkKnownDown = false;
    int m_failures = 0;
    QString m_lastError;
    std::shared_ptr<bool> m_detached = std::make_shared<bool>(false);
    std::function<void()> m_onSettled;
    std::function<void(const UploadEvent&)> m_observer;
};

} // namespace pos::upload
