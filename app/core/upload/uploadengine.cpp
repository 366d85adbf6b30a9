#include "app/core/upload/uploadengine.h"

#include "app/core/logging.h"
#include "app/core/ports/clock.h"
#include "app/core/upload/platformrecords.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <utility>

namespace pos::upload {

namespace {
/// Translation context "UploadEngine" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UploadEngine)
};

/// infcode 0 may still carry a business refusal in output.retRslt (PLATFORM.md §1).
bool refusedInOutput(const PlatformResponse& r, QString* message)
{
    const QJsonValue v = r.output.value(QStringLiteral("retRslt"));
    const bool refused = (v.isString() && v.toString() == u"0") || (v.isDouble() && v.toInt() == 0);
    if (refused)
        *message = r.output.value(QStringLiteral("msgRslt")).toString();
    return refused;
}
} // namespace

UploadEngine::UploadEngine(UploadQueue& queue, PlatformGateway& gateway, const Clock& clock,
                           UploadPolicy policy, Random random)
    : m_queue(queue)
    , m_gateway(gateway)
    , m_clock(clock)
    , m_policy(std::move(policy))
    , m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
    , m_signExpired(m_policy.signExpiredPattern)
{
}

UploadEngine::~UploadEngine()
{
    *m_detached = true;
}

qint64 UploadEngine::backoffMs(const UploadPolicy& policy, int failures)
{
    if (failures <= 0)
        return 0;
    qint64 d = policy.retryMinMs;
    for (int i = 1; i < failures && d < policy.retryMaxMs; ++i)
        d *= 2;
    return qMin<qint64>(d, policy.retryMaxMs);
}

void UploadEngine::wake()
{
    m_linkRetryAt = {};
}

void UploadEngine::emitEvent(UploadEvent::Kind kind, qint64 id, const QString& message)
{
    if (m_observer)
        m_observer(UploadEvent{kind, id, message});
}

bool UploadEngine::storeFailed(const Status& s)
{
    if (s)
        return false;
    m_lastError = s.error().message;
    qCWarning(lcCore) << "upload queue:" << m_lastError;
    return true;
}

void UploadEngine::linkUp()
{
    const QDateTime now = m_clock.now();
    m_failures = 0;
    m_linkRetryAt = {};
    // Persisted on the way up, and while up at most once a second ("last success").
    if (m_linkKnownDown || !m_lastSuccessWritten.isValid()
        || m_lastSuccessWritten.msecsTo(now) >= 1000) {
        (void)m_queue.setLinkState(true, {}, now);
        m_lastSuccessWritten = now;
    }
    if (m_linkKnownDown) {
        m_linkKnownDown = false;
        emitEvent(UploadEvent::Kind::LinkUp, 0, {});
    }
}

QDateTime UploadEngine::linkDown(const QString& why)
{
    const QDateTime now = m_clock.now();
    ++m_failures;
    const qint64 base = backoffMs(m_policy, m_failures);
    // Equal jitter: half the wait fixed, half random, so tills do not retry in step.
    const qint64 wait = base / 2 + static_cast<qint64>(m_random() * double(base - base / 2));
    m_linkRetryAt = now.addMSecs(qMax<qint64>(wait, 1));
    (void)m_queue.setLinkState(false, why, now);
    if (!m_linkKnownDown) {
        m_linkKnownDown = true;
        emitEvent(UploadEvent::Kind::LinkDown, 0, why);
    }
    return m_linkRetryAt;
}

void UploadEngine::settle()
{
    m_inFlight = false;
    if (m_onSettled)
        m_onSettled();
}

bool UploadEngine::storeAccepted()
{
    if (m_accepted.isEmpty())
        return true;
    if (storeFailed(m_queue.markAccepted(m_accepted, m_clock.now())))
        return false; // kept: tried again at the next step (or resolved after a restart)
    const QList<qint64> stored = std::exchange(m_accepted, {});
    for (qint64 id : stored)
        emitEvent(UploadEvent::Kind::Accepted, id, {});
    return true;
}

UploadEngine::Step UploadEngine::step()
{
    if (m_inFlight || m_verifying != 0)
        return Step::Busy;
    if (!storeAccepted())
        return Step::Failed;
    const QDateTime now = m_clock.now();
    if (m_linkRetryAt.isValid() && now < m_linkRetryAt) {
        m_nextDue = m_linkRetryAt;
        return m_queue.head() ? Step::Waiting : Step::Idle;
    }
    std::optional<UploadRecord> head = m_queue.head();
    if (!head)
        return Step::Idle;
    m_called = false;
    m_lastError.clear();
    // The platform wants a sign-in per day before anything else.
    if (m_signedInOn != now.date()) {
        signIn();
        return !m_called ? Step::Failed : (m_inFlight ? Step::Busy : Step::Worked);
    }
    UploadRecord r = *head;
    if (r.state == UploadState::Sending && !isPrepared(r)) {
        // Its msgid was stored, the answer never recorded: a crash, or the answer lost. It may
        // have arrived; the platform is asked before anything is sent.
        const QDateTime due = now.addMSecs(m_policy.unknownGraceMs);
        if (storeFailed(
                m_queue.markUnknown(r.id, Tr::tr("发送后未得到确定应答（程序中断）"), due, now)))
            return Step::Failed;
        emitEvent(UploadEvent::Kind::Unknown, r.id, {});
        r.state = UploadState::Unknown;
        r.nextAttemptAt = due;
    }
    if (r.nextAttemptAt.isValid() && now < r.nextAttemptAt) {
        m_nextDue = r.nextAttemptAt;
        return Step::Waiting;
    }
    if (r.state == UploadState::Unknown)
        resolve(r);
    else
        send(r);
    if (!m_called)
        return m_lastError.isEmpty() ? Step::Worked : Step::Failed;
    return m_inFlight ? Step::Busy : Step::Worked;
}

void UploadEngine::signIn()
{
    m_inFlight = true;
    const QDateTime now = m_clock.now();
    Result<QString> msgId = m_queue.nextMsgId(now);
    if (!msgId) {
        m_inFlight = false;
        (void)storeFailed(msgId.error());
        return;
    }
    const QJsonObject input{
        {QStringLiteral("signIn"), QJsonObject{{QStringLiteral("opter_no"), m_policy.opterNo},
                                               {QStringLiteral("mac"), m_policy.mac},
                                               {QStringLiteral("ip"), m_policy.ip}}}};
    std::shared_ptr<bool> detached = m_detached;
    m_called = true;
    m_gateway.call(PlatformRequest{QStringLiteral("9001"), *msgId, input},
                   [this, detached](Result<PlatformResponse> r) {
                       if (*detached)
                           return;
                       if (r && r->infcode == 0) {
                           m_signedInOn = m_clock.now().date();
                           linkUp();
                           emitEvent(UploadEvent::Kind::SignedIn, 0, {});
                       } else {
                           const QString why =
                               r ? Tr::tr("签到被拒：%1").arg(r->errMsg) : r.error().message;
                           qCInfo(lcCore) << "platform sign-in failed";
                           (void)linkDown(why);
                       }
                       settle();
                   });
}

bool UploadEngine::isPrepared(const UploadRecord& r) const
{
    return r.state == UploadState::Sending
           && std::any_of(m_prepared.cbegin(), m_prepared.cend(), [&r](const UploadRecord& p) {
                  return p.id == r.id && p.msgId == r.msgId;
              });
}

void UploadEngine::prepareNext(int batch)
{
    if (!m_inFlight || m_current == 0)
        return;
    const QDateTime now = m_clock.now();
    if (m_prepared.isEmpty()) {
        QList<qint64> ids;
        QList<UploadRecord> next = m_queue.nextAfter(m_current, qMax(1, batch));
        for (const UploadRecord& r : next) {
            if (r.nextAttemptAt.isValid() && now < r.nextAttemptAt)
                break; // keep the order: nothing past a record that must wait
            ids << r.id;
        }
        next.resize(ids.size());
        if (ids.isEmpty())
            return;
        Result<QStringList> msgIds = m_queue.claim(ids, now);
        if (!msgIds) {
            (void)storeFailed(msgIds.error());
            return;
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            UploadRecord& r = next[i];
            r.msgId = msgIds->at(i);
            r.state = UploadState::Sending;
            m_prepared.append(std::move(r));
        }
    }
    // The next one's request sealed now (the signature is what costs). Should the manager
    // change it meanwhile, the gateway sees other input at call() and seals again.
    const UploadRecord& r = m_prepared.first();
    if (m_sealedId == r.id)
        return;
    m_gateway.prepare(PlatformRequest{r.infno, r.msgId, r.payload});
    m_sealedId = r.id;
}

void UploadEngine::releasePrepared()
{
    (void)storeAccepted();
    const QDateTime now = m_clock.now();
    for (const UploadRecord& r : m_prepared)
        (void)m_queue.markPending(r.id, {}, Tr::tr("已预备、未发送"), now);
    m_prepared.clear();
    m_sealedId = 0;
}

void UploadEngine::send(const UploadRecord& r)
{
    const QDateTime now = m_clock.now();
    QString msgId;
    if (isPrepared(r)) {
        msgId = r.msgId; // claimed (stored) by prepareNext(), not sent yet
        m_prepared.removeIf([&r](const UploadRecord& p) { return p.id == r.id; });
    } else {
        // Stored before the request leaves: after a crash the store knows it may have gone out.
        Result<QStringList> claimed = m_queue.claim({r.id}, now);
        if (!claimed) {
            (void)storeFailed(claimed.error());
            return;
        }
        msgId = claimed->first();
    }
    m_inFlight = true;
    m_called = true;
    m_current = r.id;
    const qint64 id = r.id;
    std::shared_ptr<bool> detached = m_detached;
    m_gateway.callOverlapped(
        PlatformRequest{r.infno, msgId, r.payload},
        [this, detached, id](Result<PlatformResponse> answer) {
            if (!*detached)
                answered(id, std::move(answer));
        },
        [this, detached, id] {
            if (!*detached)
                arrived(id);
        });
}

void UploadEngine::arrived(qint64 id)
{
    if (id != m_current || m_verifying != 0)
        return; // not the call this engine is waiting for, or one is checked already
    m_verifying = id;
    m_current = 0;
    m_inFlight = false;
    // What may go ahead: the next prepared record (claimed, its msgid stored), when nothing
    // older than `id` is still open (an unknown to resolve, a record sent again), the link has
    // no backoff running and the day's sign-in is done — as step() would decide once `id` is
    // accepted.
    if (m_prepared.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    if (m_signedInOn != now.date() || (m_linkRetryAt.isValid() && now < m_linkRetryAt))
        return;
    // Only `id` and the acceptances still to be stored (all older than it) may be open before it.
    if (m_queue.openBefore(id) != m_accepted.size())
        return;
    // The copy prepareNext() kept, if the store still has it claimed as it was (a manager's
    // retry, say, would have changed it; then step() decides as usual).
    const UploadRecord next = m_prepared.first();
    if (!m_queue.stillClaimed(next.id, next.msgId))
        return;
    send(next);
}

void UploadEngine::answered(qint64 id, Result<PlatformResponse> answer)
{
    // Checked while the next record was on its way: that call is still in flight.
    const bool overlapped = m_verifying == id;
    if (overlapped)
        m_verifying = 0;
    if (m_current == id)
        m_current = 0;
    const QDateTime at = m_clock.now();
    QString refusal;
    const bool accepted = answer && answer->infcode == 0 && !refusedInOutput(*answer, &refusal);
    if (!accepted)
        (void)storeAccepted(); // the older records' outcome first
    if (!answer) {
        const QDateTime retry = linkDown(answer.error().message);
        const QDateTime due = qMax(retry, at.addMSecs(m_policy.unknownGraceMs));
        (void)storeFailed(m_queue.markUnknown(id, answer.error().message, due, at));
        emitEvent(UploadEvent::Kind::Unknown, id, answer.error().message);
    } else {
        linkUp();
        if (accepted) {
            // Stored with the ones around it while the next record is on its way.
            m_accepted.append(id);
            if (!(overlapped && m_inFlight) || m_accepted.size() >= kAcceptBatch)
                (void)storeAccepted();
        } else if (answer->infcode != 0 && !m_policy.signExpiredPattern.isEmpty()
                   && m_signExpired.match(answer->errMsg).hasMatch()) {
            // Refused for the sign-in, not for the record: sign in, send again.
            m_signedInOn = {};
            (void)storeFailed(
                m_queue.markPending(id, {}, Tr::tr("签到已失效，重新签到后重发"), at));
        } else {
            const QString why = answer->infcode != 0 ? answer->errMsg : refusal;
            (void)storeFailed(m_queue.markRejected(
                id, why.isEmpty() ? Tr::tr("平台拒绝（infcode %1）").arg(answer->infcode) : why,
                at));
            emitEvent(UploadEvent::Kind::Rejected, id, why);
        }
    }
    if (overlapped && m_inFlight) {
        // The next record is on its way: seal the one after it meanwhile, and let the driver
        // see the change (its step() says Busy until that answer is in).
        prepareNext();
        if (m_onSettled)
            m_onSettled();
        return;
    }
    settle();
}

void UploadEngine::resolve(const UploadRecord& r)
{
    const QDateTime now = m_clock.now();
    PlatformRequest query = resolutionQuery(r.infno, r.payload);
    if (query.infno.isEmpty()) {
        // Nothing can ask the platform about it: keep it for the manager rather than guess.
        (void)storeFailed(m_queue.markRejected(
            r.id,
            Tr::tr("结果未知，且平台没有查询交易可以核实（交易 %1），请人工核实").arg(r.infno),
            now));
        emitEvent(UploadEvent::Kind::Rejected, r.id, {});
        return;
    }
    Result<QString> msgId = m_queue.nextMsgId(now);
    if (!msgId) {
        (void)storeFailed(msgId.error());
        return;
    }
    query.msgId = *msgId;
    m_inFlight = true;
    m_called = true;
    const UploadRecord record = r;
    std::shared_ptr<bool> detached = m_detached;
    m_gateway.call(query, [this, detached, record](Result<PlatformResponse> answer) {
        if (*detached)
            return;
        const QDateTime at = m_clock.now();
        if (!answer) {
            const QDateTime retry = linkDown(answer.error().message);
            (void)storeFailed(m_queue.markUnknown(
                record.id, Tr::tr("核实未果：%1").arg(answer.error().message), retry, at));
            settle();
            return;
        }
        linkUp();
        if (answer->infcode != 0) {
            const bool signExpired = !m_policy.signExpiredPattern.isEmpty()
                                     && m_signExpired.match(answer->errMsg).hasMatch();
            if (signExpired)
                m_signedInOn = {};
            const QDateTime retry =
                signExpired ? at : at.addMSecs(backoffMs(m_policy, qMax(1, record.attempts)));
            (void)storeFailed(m_queue.markUnknown(
                record.id, Tr::tr("平台查询被拒：%1").arg(answer->errMsg), retry, at));
            settle();
            return;
        }
        const int onPlatform = countOnPlatform(record.infno, record.payload, answer->output);
        const Result<int> accepted =
            m_queue.acceptedCount(record.infno, recordKey(record.infno, record.payload));
        if (onPlatform < 0 || !accepted) {
            (void)storeFailed(m_queue.markUnknown(
                record.id, Tr::tr("平台查询应答无法识别"),
                at.addMSecs(backoffMs(m_policy, qMax(1, record.attempts))), at));
            settle();
            return;
        }
        // 3507 arrived when nothing of what it deletes is left; any other record when the
        // platform lists more of its kind and key than the store has had accepted.
        const bool arrived = record.infno == u"3507" ? onPlatform == 0 : onPlatform > *accepted;
        if (arrived) {
            (void)storeFailed(m_queue.markAccepted(record.id, at));
            emitEvent(UploadEvent::Kind::Resolved, record.id, Tr::tr("平台已收到"));
            emitEvent(UploadEvent::Kind::Accepted, record.id, {});
        } else {
            (void)storeFailed(
                m_queue.markPending(record.id, {}, Tr::tr("经平台查询确认未收到，重新上传"), at));
            emitEvent(UploadEvent::Kind::Resolved, record.id, Tr::tr("平台未收到"));
        }
        settle();
    });
}

} // namespace pos::upload
