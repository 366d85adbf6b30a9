#pragma once

// A synchronous stand-in for the national platform for the upload engine's tests: it keeps the
// upload records it accepted, answers the queries the engine asks (3509/3510/3511, 7202) from
// them, signs in and out, and can be told to be unreachable, to process and then lose the
// answer, to refuse records, or to let sign_no expire.

#include "app/core/ports/platformgateway.h"
#include "app/core/upload/platformrecords.h"

#include <QJsonArray>
#include <QList>

#include <functional>
#include <optional>

namespace pos::testing {

class FakePlatform final : public PlatformGateway
{
public:
    struct Stored
    {
        QString infno;
        QJsonObject input;
        QString msgId;
        bool deleted = false;
    };

    void call(const PlatformRequest& request, Callback done) override
    {
        if (deferAnswers) { // held until answerNext(): a call on its way
            held.append({request, std::move(done)});
            return;
        }
        answer(request, std::move(done));
    }
    /// With `overlap`, a held call's answer comes in two steps as from the real gateway:
    /// arriveNext() processes the oldest held call and, for infcode 0, runs its `arrived`
    /// (where the engine may send the next record); checkNext() then delivers the oldest
    /// arrived answer — or, with `forged`, the error a failed signature check gives.
    void callOverlapped(const PlatformRequest& request, Callback done, Arrived arrived) override
    {
        if (!overlap) {
            call(request, std::move(done));
            return;
        }
        overlapped.append(Overlapped{request, std::move(done), std::move(arrived), {}});
    }
    /// Processes the oldest overlapped call; returns false when it needs no check (its answer
    /// was delivered at once: a refusal or an error).
    bool arriveNext()
    {
        Overlapped o = overlapped.takeFirst();
        std::optional<Result<PlatformResponse>> result;
        answer(o.request, [&result](Result<PlatformResponse> r) { result = std::move(r); });
        if (!*result || (*result)->infcode != 0) {
            o.done(std::move(*result));
            return false;
        }
        o.result = std::move(*result);
        Callback done = std::move(o.done);
        Arrived arrived = std::move(o.arrived);
        checking.append({std::move(done), std::move(*o.result)});
        arrived();
        return true;
    }
    void checkNext(bool forged = false)
    {
        auto [done, result] = checking.takeFirst();
        if (forged)
            done(makeError(ErrorCode::DeviceFailure,
                           QStringLiteral("平台无确定应答：报文签名 cainfo 验证失败")));
        else
            done(std::move(result));
    }
    /// Answers the oldest held call.
    void answerNext()
    {
        auto [request, done] = held.takeFirst();
        answer(request, std::move(done));
    }
    void prepare(const PlatformRequest& request) override { prepared.append(request.msgId); }

    void answer(const PlatformRequest& request, Callback done)
    {
        calls.append(request);
        ++callsByInfno[request.infno];
        if (!request.msgId.isEmpty() && msgIds.contains(request.msgId))
            duplicateMsgIds.append(request.msgId);
        msgIds.append(request.msgId);
        if (down) {
            done(makeError(ErrorCode::DeviceFailure, QStringLiteral("connection refused")));
            return;
        }
        if (request.infno == u"9001") {
            signNo = QStringLiteral("SN%1").arg(++signIns);
            done(ok(QJsonObject{
                {QStringLiteral("signinoutb"), QJsonObject{{QStringLiteral("sign_no"), signNo}}}}));
            return;
        }
        if (signNo.isEmpty()) {
            done(refusal(QStringLiteral("签到编号无效或已过期，请重新签到")));
            return;
        }
        if (request.infno == u"3508" || request.infno == u"3512" || request.infno == u"3513") {
            done(ok(QJsonObject{{QStringLiteral("data"), QJsonArray()}}));
            return;
        }
        if (request.infno == u"3509" || request.infno == u"3510" || request.infno == u"3511") {
            done(ok(query(request)));
            return;
        }
        if (request.infno == u"7202") {
            done(ok(rxQuery(request)));
            return;
        }
        if (reject) {
            if (const QString why = reject(request); !why.isEmpty()) {
                done(refusal(why));
                return;
            }
        }
        if (request.infno == u"3507") {
            const QJsonObject d = request.input.value(QStringLiteral("data")).toObject();
            for (Stored& s : stored)
                if (upload::recordKey(s.infno, s.input)
                    == d.value(QStringLiteral("fixmedins_bchno")).toString())
                    s.deleted = true;
        } else {
            stored.append(Stored{request.infno, request.input, request.msgId});
        }
        if (loseAnswers > 0) { // processed, the answer lost on the way back
            --loseAnswers;
            done(makeError(ErrorCode::DeviceFailure, QStringLiteral("connection reset")));
            return;
        }
        done(ok({}));
    }
    [[nodiscard]] QString gatewayName() const override { return QStringLiteral("fake"); }
    [[nodiscard]] bool isSimulated() const override { return true; }

    /// Records it holds (not deleted), in arrival order.
    [[nodiscard]] QList<Stored> holding() const
    {
        QList<Stored> out;
        for (const Stored& s : stored)
            if (!s.deleted)
                out.append(s);
        return out;
    }

    struct Overlapped
    {
        PlatformRequest request;
        Callback done;
        Arrived arrived;
        std::optional<Result<PlatformResponse>> result;
    };
    bool overlap = false;
    QList<Overlapped> overlapped;
    QList<std::pair<Callback, Result<PlatformResponse>>> checking;
    bool deferAnswers = false;
    QList<std::pair<PlatformRequest, Callback>> held;
    QStringList prepared; ///< msgids prepare() was told
    bool down = false;
    int loseAnswers = 0;
    QString signNo;
    int signIns = 0;
    std::function<QString(const PlatformRequest&)> reject; ///< a message: refuse it
    QList<Stored> stored;
    QList<PlatformRequest> calls;
    QHash<QString, int> callsByInfno;
    QStringList msgIds;
    QStringList duplicateMsgIds;

private:
    static Result<PlatformResponse> ok(const QJsonObject& output)
    {
        PlatformResponse r;
        r.infcode = 0;
        r.output = output;
        return r;
    }
    static Result<PlatformResponse> refusal(const QString& why)
    {
        PlatformResponse r;
        r.infcode = -1;
        r.errMsg = why;
        return r;
    }
    QJsonObject query(const PlatformRequest& request) const
    {
        const QString key = request.input.value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("fixmedins_bchno"))
                                .toString();
        QJsonArray rows;
        for (const Stored& s : stored) {
            if (s.deleted || (!key.isEmpty() && upload::recordKey(s.infno, s.input) != key))
                continue;
            const upload::RecordSpec* spec = upload::recordSpec(s.infno);
            if (!spec || QLatin1String(spec->queryInfno) != request.infno)
                continue;
            QJsonObject row = upload::recordNode(s.infno, s.input);
            row.insert(QStringLiteral("infno"), s.infno);
            rows.append(row);
        }
        return QJsonObject{{QStringLiteral("data"), rows}};
    }
    QJsonObject rxQuery(const PlatformRequest& request) const
    {
        const QString rx = request.input.value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("hi_rxno"))
                               .toString();
        QJsonArray history;
        for (const Stored& s : stored)
            if (!s.deleted && s.infno.startsWith(u'7') && upload::recordKey(s.infno, s.input) == rx)
                history.append(QJsonObject{{QStringLiteral("infno"), s.infno}});
        return QJsonObject{{QStringLiteral("upld_his"), history}};
    }
};

} // namespace pos::testing
