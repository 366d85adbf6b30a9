#pragma once

// The national platform's settlement side for the settlement service's tests (1101, 2101, 2102,
// 2103, 2601), with its own ledger of settlements so a test can compare it with the store's —
// and the faults a real link has: unreachable, HTTP 5xx, the reply dropped after the platform
// processed the request, a duplicate reply, a malformed reply (processed), a business error.
// It settles as the HTTPS simulator does: 70 % of the total from the fund for an employee (310),
// 50 % otherwise; the personal account pays what it can of the rest; cash the remainder.

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/insurance/settlementservice.h"
#include "app/core/ports/platformgateway.h"
#include "app/core/ports/settlementstore.h"

#include <QJsonArray>
#include <QMap>

#include <optional>

namespace pos::testing {

class FakeSettlementPlatform final : public PlatformGateway
{
public:
    enum class Fault
    {
        None,
        Unreachable,   ///< error, not processed (connection refused, timeout before sending)
        ServerError,   ///< HTTP 500, not processed
        DropAfter,     ///< processed, then the connection drops: error
        Duplicate,     ///< processed, the answer delivered twice
        Malformed,     ///< processed, the answer cannot be read: error
        BusinessError, ///< infcode -1: refused, not processed
    };
    struct Person
    {
        QString psnNo, certNo, name, insutype, cardSn, token;
        qint64 balanceFen = 0;
    };
    struct Settlement
    {
        QString setlId, msgId, psnNo, rxNo;
        qint64 total = 0, fund = 0, account = 0, cash = 0;
        int state = 1; ///< 1 active, 2 refunded, 3 reversed
        QString refundMsgId;
    };

    FakeSettlementPlatform()
    {
        persons << Person{QStringLiteral("P360100000001"),
                          QStringLiteral("360102198001011235"),
                          QStringLiteral("赵六"),
                          QStringLiteral("310"),
                          QStringLiteral("K01"),
                          QStringLiteral("EC-TOKEN-ZHAO"),
                          5000};
        persons << Person{QStringLiteral("P360100000002"),
                          QStringLiteral("360102197505051234"),
                          QStringLiteral("孙七"),
                          QStringLiteral("390"),
                          QStringLiteral("K02"),
                          QStringLiteral("EC-TOKEN-SUN"),
                          0};
    }

    /// The next call of `infno` (any when empty) meets `fault`.
    void failNext(const QString& infno, Fault fault)
    {
        m_faultInfno = infno;
        m_fault = fault;
    }
    /// Calls held (not answered) until release(): a crash while the call is on its way.
    bool hold = false;
    QList<std::pair<PlatformRequest, Callback>> held;
    void releaseAll()
    {
        const auto calls = std::exchange(held, {});
        for (const auto& [request, done] : calls)
            answer(request, done);
    }
    /// Answers every held call by dropping it (the counter died meanwhile: nobody hears).
    void processHeldUnheard()
    {
        const auto calls = std::exchange(held, {});
        for (const auto& [request, done] : calls) {
            Q_UNUSED(done)
            (void)process(request);
        }
    }

    void call(const PlatformRequest& request, Callback done) override
    {
        calls << request;
        if (hold) {
            held.append({request, std::move(done)});
            return;
        }
        answer(request, done);
    }
    [[nodiscard]] QString gatewayName() const override { return QStringLiteral("fake settlement"); }
    [[nodiscard]] bool isSimulated() const override { return true; }

    /// Settlements that stand on the platform (not refunded, not reversed).
    [[nodiscard]] QStringList activeSetlIds() const
    {
        QStringList out;
        for (const Settlement& s : settlements)
            if (s.state == 1)
                out << s.setlId;
        out.sort();
        return out;
    }
    [[nodiscard]] int count(const QString& infno) const
    {
        int n = 0;
        for (const PlatformRequest& r : calls)
            n += r.infno == infno ? 1 : 0;
        return n;
    }

    QList<Person> persons;
    QMap<QString, Settlement> settlements; ///< by setl_id
    QString signNo;                        ///< the current 9001 sign-in (empty: none)
    int signIns = 0;
    QList<PlatformRequest> calls;

private:
    void answer(const PlatformRequest& request, const Callback& done)
    {
        const bool matches =
            m_fault != Fault::None && (m_faultInfno.isEmpty() || m_faultInfno == request.infno);
        const Fault fault = matches ? std::exchange(m_fault, Fault::None) : Fault::None;
        switch (fault) {
        case Fault::Unreachable:
            done(makeError(ErrorCode::DeviceFailure, QStringLiteral("连接医保平台超时")));
            return;
        case Fault::ServerError:
            done(makeError(ErrorCode::DeviceFailure, QStringLiteral("HTTP 500")));
            return;
        case Fault::BusinessError:
            done(PlatformResponse{
                -1, QStringLiteral("业务处理失败（模拟）"), {}, {}, request.msgId});
            return;
        case Fault::DropAfter:
            (void)process(request);
            done(makeError(ErrorCode::DeviceFailure, QStringLiteral("连接在应答前断开")));
            return;
        case Fault::Malformed:
            (void)process(request);
            done(makeError(ErrorCode::DeviceFailure, QStringLiteral("应答不是合法的 JSON")));
            return;
        case Fault::Duplicate: {
            const PlatformResponse r = process(request);
            done(r);
            done(r);
            return;
        }
        case Fault::None: break;
        }
        done(process(request));
    }

    static std::optional<qint64> fen(const QJsonValue& v)
    {
        const std::optional<Money> m = Money::parse(v.toString());
        if (!m)
            return std::nullopt;
        return m->fen();
    }
    static QString yuan(qint64 f) { return Money::fromFen(f).toString(); }

    PlatformResponse refuse(const PlatformRequest& r, const QString& why)
    {
        m_processed.insert(r.msgId, false);
        return PlatformResponse{-1, why, {}, {}, r.msgId};
    }

    PlatformResponse process(const PlatformRequest& r)
    {
        const QJsonObject d = r.input.value(QStringLiteral("data")).toObject();
        if (r.infno == QStringLiteral("9001")) {
            if (r.input.value(QStringLiteral("signIn"))
                    .toObject()
                    .value(QStringLiteral("opter_no"))
                    .toString()
                    .isEmpty())
                return refuse(r, QStringLiteral("签到缺少 opter_no"));
            signNo = QStringLiteral("SN%1").arg(++signIns);
            m_processed.insert(r.msgId, true);
            return PlatformResponse{0,
                                    {},
                                    {},
                                    QJsonObject{{QStringLiteral("signinoutb"),
                                                 QJsonObject{{QStringLiteral("sign_no"), signNo}}}},
                                    r.msgId};
        }
        if (r.infno == QStringLiteral("9002")) {
            if (r.input.value(QStringLiteral("signOut"))
                    .toObject()
                    .value(QStringLiteral("sign_no"))
                    .toString()
                != signNo)
                return refuse(r, QStringLiteral("签退失败：签到编号无效"));
            signNo.clear();
            m_processed.insert(r.msgId, true);
            return PlatformResponse{0, {}, {}, {}, r.msgId};
        }
        if (r.infno == QStringLiteral("1101")) {
            const QString type = d.value(QStringLiteral("mdtrt_cert_type")).toString();
            const QString no = d.value(QStringLiteral("mdtrt_cert_no")).toString();
            for (const Person& p : std::as_const(persons))
                if ((type == u"01" && p.token == no) || (type != u"01" && p.certNo == no)) {
                    m_processed.insert(r.msgId, true);
                    return PlatformResponse{
                        0,
                        {},
                        {},
                        QJsonObject{
                            {QStringLiteral("baseinfo"),
                             QJsonObject{{QStringLiteral("psn_no"), p.psnNo},
                                         {QStringLiteral("psn_name"), p.name},
                                         {QStringLiteral("certno"), p.certNo},
                                         {QStringLiteral("gend"), QStringLiteral("1")},
                                         {QStringLiteral("brdy"), QStringLiteral("1980-01-01")}}},
                            {QStringLiteral("insuinfo"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("insutype"), p.insutype},
                                 {QStringLiteral("balc"), yuan(p.balanceFen)},
                                 {QStringLiteral("insuplc_admdvs"), QStringLiteral("360102")}}}}},
                        r.msgId};
                }
            return refuse(r, QStringLiteral("未查询到参保人员信息"));
        }
        if (r.infno == QStringLiteral("2101") || r.infno == QStringLiteral("2102"))
            return settle(r, r.infno == QStringLiteral("2102"));
        if (r.infno == QStringLiteral("2103")) {
            const QString id = d.value(QStringLiteral("setl_id")).toString();
            if (!settlements.contains(id) || settlements[id].state != 1)
                return refuse(r, QStringLiteral("结算 %1 不存在或已退费").arg(id));
            Settlement& s = settlements[id];
            s.state = 2;
            s.refundMsgId = r.msgId;
            balance(s.psnNo) += s.account;
            m_processed.insert(r.msgId, true);
            return PlatformResponse{0,
                                    {},
                                    {},
                                    QJsonObject{{QStringLiteral("setlinfo"),
                                                 QJsonObject{{QStringLiteral("setl_id"),
                                                              QString(QStringLiteral("R") + id)}}}},
                                    r.msgId};
        }
        if (r.infno == QStringLiteral("3201")) { // 对总账 over every active settlement
            qint64 total = 0, fund = 0, account = 0, cash = 0;
            int count = 0;
            for (const Settlement& s : std::as_const(settlements))
                if (s.state == 1) {
                    ++count;
                    total += s.total;
                    fund += s.fund;
                    account += s.account;
                    cash += s.cash;
                }
            const auto fen = [&](const char* key) {
                return Money::parse(d.value(QLatin1String(key)).toString()).value_or(Money()).fen();
            };
            const bool equal =
                fen("medfee_sumamt") == total && fen("fund_pay_sumamt") == fund
                && fen("acct_pay") == account
                && d.value(QStringLiteral("fixmedins_setl_cnt")).toString().toInt() == count;
            m_processed.insert(r.msgId, true);
            return PlatformResponse{
                0,
                {},
                {},
                QJsonObject{
                    {QStringLiteral("stmtinfo"),
                     QJsonObject{{QStringLiteral("stmt_rslt"),
                                  equal ? QStringLiteral("0") : QStringLiteral("1")},
                                 {QStringLiteral("medfee_sumamt"), yuan(total)},
                                 {QStringLiteral("fund_pay_sumamt"), yuan(fund)},
                                 {QStringLiteral("acct_pay"), yuan(account)},
                                 {QStringLiteral("psn_cash_pay"), yuan(cash)},
                                 {QStringLiteral("fixmedins_setl_cnt"), QString::number(count)}}}},
                r.msgId};
        }
        if (r.infno == QStringLiteral("3202")) { // 对明细账: 0 same, 1 differ, 2/3 one side only
            QMap<QString, QJsonObject> store;
            for (const QJsonValue& v : d.value(QStringLiteral("detail")).toArray())
                store.insert(v.toObject().value(QStringLiteral("setl_id")).toString(),
                             v.toObject());
            QJsonArray out;
            for (const Settlement& s : std::as_const(settlements)) {
                if (s.state != 1)
                    continue;
                QString result = QStringLiteral("2");
                if (store.contains(s.setlId)) {
                    const QJsonObject mine = store.take(s.setlId);
                    const bool same =
                        mine.value(QStringLiteral("medfee_sumamt")).toString() == yuan(s.total)
                        && mine.value(QStringLiteral("fund_pay_sumamt")).toString() == yuan(s.fund)
                        && mine.value(QStringLiteral("acct_pay")).toString() == yuan(s.account);
                    result = same ? QStringLiteral("0") : QStringLiteral("1");
                }
                out.append(QJsonObject{{QStringLiteral("setl_id"), s.setlId},
                                       {QStringLiteral("medfee_sumamt"), yuan(s.total)},
                                       {QStringLiteral("fund_pay_sumamt"), yuan(s.fund)},
                                       {QStringLiteral("acct_pay"), yuan(s.account)},
                                       {QStringLiteral("stmt_rslt"), result}});
            }
            for (auto it = store.cbegin(); it != store.cend(); ++it) {
                QJsonObject row = it.value();
                row.insert(QStringLiteral("stmt_rslt"), QStringLiteral("3"));
                out.append(row);
            }
            m_processed.insert(r.msgId, true);
            return PlatformResponse{
                0, {}, {}, QJsonObject{{QStringLiteral("detail"), out}}, r.msgId};
        }
        if (r.infno == QStringLiteral("2601")) {
            const QString omsgid = d.value(QStringLiteral("omsgid")).toString();
            bool undone = false;
            for (Settlement& s : settlements) {
                if (s.msgId == omsgid && s.state == 1) {
                    s.state = 3;
                    balance(s.psnNo) += s.account;
                    undone = true;
                } else if (s.refundMsgId == omsgid && s.state == 2) {
                    s.state = 1;
                    balance(s.psnNo) -= s.account;
                    s.refundMsgId.clear();
                    undone = true;
                }
            }
            m_processed.insert(r.msgId, true);
            return PlatformResponse{
                0,
                {},
                {},
                QJsonObject{{QStringLiteral("data"),
                             QJsonObject{{QStringLiteral("omsgid"), omsgid},
                                         {QStringLiteral("rever_rslt"),
                                          undone ? QStringLiteral("1") : QStringLiteral("0")},
                                         {QStringLiteral("memo"),
                                          undone ? QStringLiteral("已冲正")
                                                 : QStringLiteral("原交易不存在")}}}},
                r.msgId};
        }
        return refuse(r, QStringLiteral("不支持的交易 %1").arg(r.infno));
    }

    qint64& balance(const QString& psnNo)
    {
        for (Person& p : persons)
            if (p.psnNo == psnNo)
                return p.balanceFen;
        static qint64 none = 0;
        return none;
    }

    PlatformResponse settle(const PlatformRequest& r, bool commit)
    {
        const QJsonObject d = r.input.value(QStringLiteral("data")).toObject();
        const QString psnNo = d.value(QStringLiteral("psn_no")).toString();
        const Person* person = nullptr;
        for (const Person& p : std::as_const(persons))
            if (p.psnNo == psnNo)
                person = &p;
        if (!person)
            return refuse(r, QStringLiteral("人员编号 %1 不存在").arg(psnNo));
        qint64 total = 0;
        QString rxNo;
        for (const QJsonValue& v : r.input.value(QStringLiteral("drugdetail")).toArray()) {
            const std::optional<qint64> a =
                fen(v.toObject().value(QStringLiteral("det_item_fee_sumamt")));
            if (!a)
                return refuse(r, QStringLiteral("明细金额无效"));
            total += *a;
            rxNo = v.toObject().value(QStringLiteral("rxno")).toString();
        }
        if (fen(d.value(QStringLiteral("medfee_sumamt"))) != total)
            return refuse(r, QStringLiteral("医疗费总额与明细合计不符"));
        if (!rxNo.isEmpty())
            for (const Settlement& s : std::as_const(settlements))
                if (s.rxNo == rxNo && s.state == 1)
                    return refuse(r, QStringLiteral("处方 %1 已于结算 %2 结算，不能重复结算")
                                         .arg(rxNo, s.setlId));
        const qint64 fund =
            Money::fromFen(total).ratio(person->insutype == u"310" ? 70 : 50, 100).fen();
        const qint64 account = qMin(total - fund, person->balanceFen);
        const qint64 cash = total - fund - account;
        QString setlId;
        if (commit) {
            setlId = QStringLiteral("ST%1").arg(++m_serial, 6, 10, QLatin1Char('0'));
            settlements.insert(
                setlId,
                Settlement{setlId, r.msgId, psnNo, rxNo, total, fund, account, cash, 1, {}});
            balance(psnNo) -= account;
        }
        m_processed.insert(r.msgId, true);
        return PlatformResponse{
            0,
            {},
            {},
            QJsonObject{{QStringLiteral("setlinfo"),
                         QJsonObject{{QStringLiteral("setl_id"), setlId},
                                     {QStringLiteral("mdtrt_id"),
                                      commit ? QStringLiteral("MD") + setlId : QString()},
                                     {QStringLiteral("psn_no"), psnNo},
                                     {QStringLiteral("medfee_sumamt"), yuan(total)},
                                     {QStringLiteral("fund_pay_sumamt"), yuan(fund)},
                                     {QStringLiteral("acct_pay"), yuan(account)},
                                     {QStringLiteral("psn_cash_pay"), yuan(cash)},
                                     {QStringLiteral("balc"), yuan(person->balanceFen - account)},
                                     {QStringLiteral("setl_time"),
                                      QStringLiteral("2026-12-04 10:00:00")}}}},
            r.msgId};
    }

    QString m_faultInfno;
    Fault m_fault = Fault::None;
    QMap<QString, bool> m_processed;
    int m_serial = 0;
};

/// An in-memory SettlementStore with the same contract as the SQL one (what a crash keeps is what
/// was written), for the service's tests.
class FakeSettlementStore final : public SettlementStore
{
public:
    Status save(const InsuredSettlementRecord& r) override
    {
        if (failWrites)
            return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
        records.insert(r.settlementNo, r);
        return {};
    }
    Result<std::optional<InsuredSettlementRecord>> find(const QString& no) const override
    {
        if (!records.contains(no))
            return std::optional<InsuredSettlementRecord>();
        return std::optional<InsuredSettlementRecord>(records.value(no));
    }
    Result<std::optional<InsuredSettlementRecord>> findBySale(const QString& saleNo) const override
    {
        for (const InsuredSettlementRecord& r : records)
            if (r.saleNo == saleNo)
                return std::optional<InsuredSettlementRecord>(r);
        return std::optional<InsuredSettlementRecord>();
    }
    Result<QList<InsuredSettlementRecord>> unfinished() const override
    {
        QList<InsuredSettlementRecord> out;
        for (const InsuredSettlementRecord& r : records)
            if (!isFinal(r.state))
                out << r;
        return out;
    }
    Result<QList<InsuredSettlementRecord>> settledBetween(const QDateTime& from,
                                                          const QDateTime& to) const override
    {
        QList<InsuredSettlementRecord> out;
        for (const InsuredSettlementRecord& r : records)
            if (isSettled(r.state) && r.split.settledAt >= from && r.split.settledAt <= to)
                out << r;
        return out;
    }
    Result<std::optional<QString>> settlementOfPrescription(const QString& rxNo) const override
    {
        for (const InsuredSettlementRecord& r : records)
            if (r.rxNo == rxNo
                && (isSettled(r.state) || r.state == SettleState::Settling
                    || r.state == SettleState::Unresolved))
                return std::optional<QString>(r.settlementNo);
        return std::optional<QString>();
    }
    Status recordCall(const PlatformCallRecord& c) override
    {
        if (failWrites)
            return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
        calls.insert(c.msgId, c);
        return {};
    }
    Status updateCall(const PlatformCallRecord& c) override { return recordCall(c); }
    Status saveWithCall(const InsuredSettlementRecord& r, const PlatformCallRecord& c) override
    {
        if (failWrites)
            return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
        records.insert(r.settlementNo, r);
        calls.insert(c.msgId, c);
        return {};
    }
    Result<QList<PlatformCallRecord>> callsOf(const QString& no) const override
    {
        QList<PlatformCallRecord> out;
        for (const PlatformCallRecord& c : calls)
            if (c.settlementNo == no)
                out << c;
        return out;
    }
    Result<QList<PlatformCallRecord>> unresolvedCalls() const override
    {
        QList<PlatformCallRecord> out;
        for (const PlatformCallRecord& c : calls)
            if (c.mustResolve() && (c.state == CallState::Sent || c.state == CallState::Unknown))
                out << c;
        return out;
    }
    Status saveDocument(const QString& no, const QString& kind, const QByteArray& content,
                        const QDateTime&) override
    {
        if (failWrites)
            return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full"));
        documents.insert(no + u'|' + kind, content);
        return {};
    }
    Result<std::optional<QByteArray>> document(const QString& no,
                                               const QString& kind) const override
    {
        const auto it = documents.find(no + u'|' + kind);
        return it == documents.end() ? std::optional<QByteArray>() : std::optional(*it);
    }
    QMap<QString, QByteArray> documents;
    /// Settlements the store holds as settled (their setl_id), sorted.
    [[nodiscard]] QStringList settledSetlIds() const
    {
        QStringList out;
        for (const InsuredSettlementRecord& r : records)
            if (isSettled(r.state))
                out << r.split.setlId;
        out.sort();
        return out;
    }

    QMap<QString, InsuredSettlementRecord> records;
    QMap<QString, PlatformCallRecord> calls;
    bool failWrites = false;
};

/// Records insured sales into a FakeSettlementStore (the sale, the settlement and its 2102 in one
/// step, as the ledger's transaction does), refusing on command.
class FakeInsuredRecorder final : public InsuredSaleRecorder
{
public:
    explicit FakeInsuredRecorder(FakeSettlementStore& store)
        : m_store(store)
    {
    }
    Status trial(const CompletedSale&) override
    {
        ++trials;
        if (refuseTrial)
            return makeError(ErrorCode::RuleViolation, QStringLiteral("库存不足（模拟）"),
                             QStringLiteral("INV-AVAIL"));
        return {};
    }
    Result<CompletedSale> commit(const CompletedSale& draft, const InsuredSettlementRecord& settled,
                                 const PlatformCallRecord& answered, const AuditEvent&) override
    {
        if (failCommit)
            return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
        CompletedSale sale = draft;
        sale.saleNo = QStringLiteral("XS-T01-%1").arg(sales.size() + 1, 4, 10, QLatin1Char('0'));
        InsuredSettlementRecord withSale = settled;
        withSale.saleNo = sale.saleNo;
        PlatformCallRecord call = answered;
        call.state = CallState::Answered;
        m_store.records.insert(withSale.settlementNo, withSale);
        m_store.calls.insert(call.msgId, call);
        sales << sale;
        return sale;
    }
    Result<QString> commitRefund(const InsuredSettlementRecord& refunded,
                                 const PlatformCallRecord& answered, const QString& reason,
                                 const AuditEvent&) override
    {
        if (failRefund)
            return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
        m_store.records.insert(refunded.settlementNo, refunded);
        m_store.calls.insert(answered.msgId, answered);
        returns << std::pair{refunded.saleNo, reason};
        return QStringLiteral("TH-T01-%1").arg(returns.size(), 4, 10, QLatin1Char('0'));
    }
    QList<CompletedSale> sales;
    QList<std::pair<QString, QString>> returns; ///< (sale number, reason) returned
    bool failRefund = false;
    int trials = 0;
    bool refuseTrial = false;
    bool failCommit = false;

private:
    FakeSettlementStore& m_store;
};

} // namespace pos::testing
