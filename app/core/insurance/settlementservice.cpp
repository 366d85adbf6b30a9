#include "app/core/insurance/settlementservice.h"

#include "app/core/insurance/insurancecatalog.h"
#include "app/core/insurance/settlementslip.h"
#include "app/core/logging.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/ports/settlementstore.h"
#include "app/core/staff/privacy.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettlementService)
};

const QString kRule = QStringLiteral("SETTLE-ONCE");

QString certType(CredentialType t)
{
    return QStringLiteral("0%1").arg(int(t));
}

QString time(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

Result<SettlementSplit> parseSettlement(const QJsonObject& output)
{
    const QJsonObject s = output.value(QStringLiteral("setlinfo")).toObject();
    if (s.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("平台应答缺少结算信息 setlinfo"));
    SettlementSplit split;
    const std::pair<const char*, Money*> amounts[] = {
        {"medfee_sumamt", &split.total},
        {"fund_pay_sumamt", &split.fund},
        {"acct_pay", &split.account},
        {"psn_cash_pay", &split.cash},
    };
    for (const auto& [key, into] : amounts) {
        const std::optional<Money> m = platformAmount(s.value(QLatin1StringView(key)));
        if (!m)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("平台应答的 %1 不是金额").arg(QLatin1StringView(key)));
        *into = *m;
    }
    if (const std::optional<Money> b = platformAmount(s.value(QStringLiteral("balc"))))
        split.balanceAfter = *b;
    if (!split.adds())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("平台应答的结算金额不平：统筹 %1 + 个人账户 %2 + 现金 %3 ≠ 总额 %4")
                             .arg(split.fund.display(), split.account.display(),
                                  split.cash.display(), split.total.display()));
    split.setlId = s.value(QStringLiteral("setl_id")).toString();
    split.mdtrtId = s.value(QStringLiteral("mdtrt_id")).toString();
    split.settledAt = QDateTime::fromString(s.value(QStringLiteral("setl_time")).toString(),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return split;
}

Result<InsuredPerson> parsePerson(const QJsonObject& output)
{
    const QJsonObject base = output.value(QStringLiteral("baseinfo")).toObject();
    const QJsonArray insu = output.value(QStringLiteral("insuinfo")).toArray();
    InsuredPerson p;
    p.psnNo = base.value(QStringLiteral("psn_no")).toString();
    if (p.psnNo.isEmpty() || insu.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("平台应答缺少参保人信息（psn_no、insuinfo）"));
    p.name = base.value(QStringLiteral("psn_name")).toString();
    p.certNo = base.value(QStringLiteral("certno")).toString();
    p.gender = base.value(QStringLiteral("gend")).toString();
    p.birthDate = base.value(QStringLiteral("brdy")).toString();
    const QJsonObject first = insu.first().toObject();
    p.insutype = first.value(QStringLiteral("insutype")).toString();
    p.insuplcAdmdvs = first.value(QStringLiteral("insuplc_admdvs")).toString();
    p.balance = platformAmount(first.value(QStringLiteral("balc"))).value_or(Money());
    return p;
}

SettlementService::SettlementService(PlatformGateway& platform, SettlementStore& store,
                                     InsuredSaleRecorder& recorder, const InsuranceCatalog* catalog,
                                     AuditLog& audit, const Clock& clock, StoreProfile profile,
                                     MsgIdSource msgIds, ActorFn actor, QObject* parent)
    : QObject(parent)
    , m_platform(platform)
    , m_store(store)
    , m_recorder(recorder)
    , m_catalog(catalog)
    , m_audit(audit)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_msgIds(std::move(msgIds))
    , m_actor(std::move(actor))
{
}

// ---- helpers ------------------------------------------------------------------------------------

void SettlementService::announce(Notice::Level level, const QString& text)
{
    Q_EMIT notice(Notice{level, text});
}

Status SettlementService::refuse(const Error& e)
{
    announce(Notice::Level::Error, e.userText());
    return e;
}

Status SettlementService::allowed(SettleAction action) const
{
    if (!m_current)
        return makeError(ErrorCode::WrongState,
                         Tr::tr("没有进行中的医保结算，不能%1").arg(toDisplayString(action)));
    if (m_busy)
        return makeError(ErrorCode::WrongState,
                         Tr::tr("正在等待医保平台应答，请稍候再%1").arg(toDisplayString(action)));
    if (!settleNext(m_current->state, action))
        return makeError(ErrorCode::WrongState,
                         Tr::tr("医保结算当前为“%1”，不能%2")
                             .arg(toDisplayString(m_current->state), toDisplayString(action)));
    return {};
}

Status SettlementService::audit(const QString& settlementNo, const QString& detail)
{
    return m_audit.append(AuditEvent{m_clock.now(), m_actor ? m_actor() : QStringLiteral("-"),
                                     AuditAction::InsuredSettlementChanged, settlementNo, detail});
}

Status SettlementService::persist()
{
    m_current->updatedAt = m_clock.now();
    return m_store.save(*m_current);
}

/// Moves the current settlement by `action`, stores it and audits the step; a step that cannot
/// be stored or audited is not taken.
Status SettlementService::move(SettleAction action, const QString& detail)
{
    const std::optional<SettleState> next = settleNext(m_current->state, action);
    if (!next)
        return makeError(ErrorCode::WrongState,
                         Tr::tr("医保结算当前为“%1”，不能%2")
                             .arg(toDisplayString(m_current->state), toDisplayString(action)));
    const SettleState before = m_current->state;
    m_current->state = *next;
    if (Status s = persist(); !s) {
        m_current->state = before;
        return s;
    }
    (void)audit(m_current->settlementNo,
                Tr::tr("%1 → %2%3")
                    .arg(toDisplayString(action), toDisplayString(*next),
                         detail.isEmpty() ? QString() : Tr::tr("：%1").arg(detail)));
    qCInfo(lcCore) << "settlement" << m_current->settlementNo << settleStateKey(before) << "->"
                   << settleStateKey(*next);
    Q_EMIT changed();
    return {};
}

/// Stores the call as Sent, then sends it; `done` gets the stored record and the answer.
Status SettlementService::sendRecorded(
    const QString& infno, const QJsonObject& input, const QString& settlementNo,
    std::function<void(const PlatformCallRecord&, Result<PlatformResponse>)> done)
{
    // The platform takes nothing but 9001 from a till not signed in today: after a restart the
    // first call — a 2601 for what a crash left unknown, a refund's 2103 — signs in first.
    if (infno != QStringLiteral("9001") && infno != QStringLiteral("9002")
        && !m_signInInput.isEmpty() && !signedInToday())
        return sendRecorded(QStringLiteral("9001"), m_signInInput, settlementNo,
                            [this, infno, input, settlementNo, done = std::move(done)](
                                const PlatformCallRecord&, Result<PlatformResponse> r) mutable {
                                // Not sent, so not processed: a refusal the caller handles as such.
                                const auto notSent = [&](const QString& why) {
                                    PlatformCallRecord none;
                                    none.infno = infno;
                                    none.settlementNo = settlementNo;
                                    none.state = CallState::Refused;
                                    PlatformResponse refused;
                                    refused.errMsg = why;
                                    done(none, refused);
                                };
                                if (!r || r->infcode != 0) {
                                    notSent(Tr::tr("医保签到（9001）失败，%1 未发送：%2")
                                                .arg(infno, r ? r->errMsg : r.error().message));
                                    return;
                                }
                                signedIn(r->output, settlementNo);
                                if (Status s = sendRecorded(infno, input, settlementNo, done); !s)
                                    notSent(s.error().message);
                            });
    const QDateTime now = m_clock.now();
    Result<QString> msgId = m_msgIds(now);
    if (!msgId)
        return msgId.error();
    PlatformCallRecord call;
    call.msgId = *msgId;
    call.infno = infno;
    call.settlementNo = settlementNo;
    call.input = input;
    call.state = CallState::Sent;
    call.sentAt = now;
    // SETTLE-ONCE: what is not stored is not sent.
    if (Status s = m_store.recordCall(call); !s)
        return makeError(s.error().code,
                         Tr::tr("报文 %1 未能记录，未发送：%2").arg(infno, s.error().message),
                         kRule);
    m_busy = true;
    PlatformRequest request{infno, call.msgId, input};
    if (m_current && !m_current->person.insuplcAdmdvs.isEmpty())
        request.insuplcAdmdvs = m_current->person.insuplcAdmdvs;
    std::shared_ptr<bool> gone = m_gone;
    auto once = std::make_shared<bool>(false);
    m_platform.call(request, [this, gone, once, call,
                              done = std::move(done)](Result<PlatformResponse> r) mutable {
        // One answer per msgid: a duplicate reply changes nothing.
        if (*gone || *once)
            return;
        *once = true;
        m_busy = false;
        PlatformCallRecord answered = call;
        answered.answeredAt = m_clock.now();
        if (!r) {
            answered.state = CallState::Unknown;
            answered.message = r.error().message;
        } else if (r->infcode != 0) {
            answered.state = CallState::Refused;
            answered.infcode = r->infcode;
            answered.message = r->errMsg;
        } else {
            answered.state = CallState::Answered;
            answered.infcode = 0;
            answered.output = r->output;
        }
        // A 2102's or 2103's Answered is stored with what it changed (the sale, the refund), in
        // the same transaction — not here.
        if (!(answered.mustResolve() && answered.state == CallState::Answered))
            (void)m_store.updateCall(answered);
        done(answered, std::move(r));
    });
    return {};
}

QJsonObject SettlementService::personInput(const CardCredential& c) const
{
    QJsonObject data{
        {QStringLiteral("mdtrt_cert_type"), certType(c.type)},
        {QStringLiteral("mdtrt_cert_no"), c.certNo},
        {QStringLiteral("card_sn"), c.cardSn},
        {QStringLiteral("begntime"), time(m_clock.now())},
        {QStringLiteral("psn_cert_type"), QStringLiteral("01")},
        {QStringLiteral("certno"), c.type == CredentialType::EVoucherToken ? QString() : c.certNo},
        {QStringLiteral("psn_name"), c.holderName}};
    return QJsonObject{{QStringLiteral("data"), data}};
}

QJsonObject SettlementService::settleInput(const InsuredSettlementRecord& r) const
{
    QJsonArray details;
    Money total;
    int sn = 0;
    for (const SettlementLine& l : r.lines) {
        total += l.amount;
        details.append(QJsonObject{
            {QStringLiteral("feedetl_sn"),
             QStringLiteral("%1-%2").arg(r.settlementNo).arg(++sn, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("rxno"), r.rxNo},
            {QStringLiteral("rx_circ_flag"),
             r.rxNo.isEmpty() ? QStringLiteral("0") : QStringLiteral("1")},
            {QStringLiteral("fee_ocur_time"), time(m_clock.now())},
            {QStringLiteral("med_list_codg"), l.hilistCode},
            {QStringLiteral("medins_list_codg"), l.productCode},
            {QStringLiteral("det_item_fee_sumamt"), l.amount.toString()},
            {QStringLiteral("cnt"), l.quantity},
            {QStringLiteral("pric"), l.unitPrice.toString()},
            {QStringLiteral("drug_trac_codg"), l.traceCodes.join(u',')},
        });
    }
    const QJsonObject data{
        {QStringLiteral("psn_no"), r.person.psnNo},
        {QStringLiteral("mdtrt_cert_type"), certType(r.credential)},
        {QStringLiteral("mdtrt_cert_no"),
         r.credential == CredentialType::EVoucherToken ? m_credential.certNo : r.person.certNo},
        {QStringLiteral("begntime"), time(m_clock.now())},
        {QStringLiteral("medfee_sumamt"), total.toString()},
        {QStringLiteral("insutype"), r.person.insutype},
        {QStringLiteral("med_type"), QStringLiteral("41")}, // 定点药店购药
        {QStringLiteral("psn_setlway"), QStringLiteral("01")},
        {QStringLiteral("acct_used_flag"), QStringLiteral("1")},
        {QStringLiteral("fixmedins_code"), m_profile.fixmedinsCode},
        {QStringLiteral("ipt_otp_no"), r.settlementNo},
    };
    return QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("drugdetail"), details}};
}

CompletedSale SettlementService::insuredDraft() const
{
    CompletedSale s = m_draft;
    s.lines.clear();
    Money total;
    for (const SettlementLine& l : m_current->lines) {
        const SaleLine& line = m_draft.lines.at(l.cartLine);
        s.lines << line;
        total += line.amount();
    }
    s.total = total;
    s.time = m_clock.now();
    s.payment = Payment{PaymentMethod::Insurance, total, Money()};
    return s;
}

// ---- the steps ----------------------------------------------------------------------------------

Status SettlementService::begin(const QString& settlementNo, const CardCredential& credential,
                                const CompletedSale& draft)
{
    if (m_current && !isFinal(m_current->state))
        return refuse(
            makeError(ErrorCode::WrongState,
                      Tr::tr("医保结算 %1 尚未结束（%2），不能开始新的结算")
                          .arg(m_current->settlementNo, toDisplayString(m_current->state)),
                      kRule));
    if (m_busy)
        return refuse(makeError(ErrorCode::WrongState, Tr::tr("正在等待医保平台应答，请稍候")));
    if (Status s = nothingUnresolved(); !s)
        return refuse(s.error());
    if (draft.lines.isEmpty())
        return refuse(makeError(ErrorCode::InvalidInput, Tr::tr("购物车为空，无需医保结算")));
    // RX-SINGLE, here: a prescription settled by this store is not settled again.
    if (!draft.rxNo.isEmpty()) {
        Result<std::optional<QString>> settled = m_store.settlementOfPrescription(draft.rxNo);
        if (!settled)
            return refuse(settled.error());
        if (*settled)
            return refuse(makeError(
                ErrorCode::RuleViolation,
                Tr::tr("处方 %1 已由医保结算 %2 结算，不能重复结算").arg(draft.rxNo, **settled),
                QStringLiteral("RX-SINGLE")));
    }
    InsuredSettlementRecord r;
    r.settlementNo = settlementNo;
    r.terminal = m_profile.terminalId;
    r.operatorName = draft.operatorName;
    r.rxNo = draft.rxNo;
    r.credential = credential.type;
    r.createdAt = m_clock.now();
    r.state = SettleState::CredentialRead;
    m_current = r;
    m_credential = credential;
    m_draft = draft;
    m_split = {};
    if (Status s = persist(); !s) {
        m_current.reset();
        return refuse(s.error());
    }
    (void)audit(settlementNo,
                Tr::tr("开始医保结算：凭证类型 %1，%2 行%3")
                    .arg(certType(credential.type))
                    .arg(draft.lines.size())
                    .arg(draft.rxNo.isEmpty() ? QString() : Tr::tr("，处方 %1").arg(draft.rxNo)));
    Q_EMIT changed();
    // 1101: who the credential belongs to (the day's first call signs in first: sendRecorded).
    Status sent = queryPerson(settlementNo);
    if (!sent) {
        (void)move(SettleAction::Cancel, sent.error().message);
        return refuse(sent.error());
    }
    return {};
}

Status SettlementService::queryPerson(const QString& no)
{
    return sendRecorded(
        QStringLiteral("1101"), personInput(m_credential), no,
        [this, no](const PlatformCallRecord&, Result<PlatformResponse> r) {
            if (!m_current || m_current->settlementNo != no)
                return;
            if (!r || r->infcode != 0) {
                announce(Notice::Level::Error, Tr::tr("查询参保人信息（1101）失败：%1；可重新读卡")
                                                   .arg(r ? r->errMsg : r.error().message));
                (void)move(SettleAction::Cancel, Tr::tr("1101 失败"));
                return;
            }
            Result<InsuredPerson> person = parsePerson(r->output);
            if (!person) {
                announce(Notice::Level::Error, person.error().userText());
                (void)move(SettleAction::Cancel, person.error().message);
                return;
            }
            m_current->person = *person;
            if (Status s = move(
                    SettleAction::QueryPerson,
                    Tr::tr("参保人 %1，险种 %2").arg(maskName(person->name), person->insutype));
                !s) {
                announce(Notice::Level::Error, s.error().userText());
                return;
            }
            announce(Notice::Level::Info,
                     Tr::tr("参保人 %1（%2）：请核对人证是否相符（SETTLE-ID）")
                         .arg(maskName(person->name), maskIdNumber(person->certNo)));
        });
}

void SettlementService::signedIn(const QJsonObject& output, const QString& no)
{
    m_signedInOn = m_clock.now().date();
    m_signNo = output.value(QStringLiteral("signinoutb"))
                   .toObject()
                   .value(QStringLiteral("sign_no"))
                   .toString();
    (void)audit(no, Tr::tr("医保签到（9001）成功"));
}

bool SettlementService::signedInToday() const
{
    return m_signedInOn.isValid() && m_signedInOn == m_clock.now().date();
}

Status SettlementService::signOut()
{
    if (!m_signedInOn.isValid())
        return {};
    if (m_busy || (m_current && !isFinal(m_current->state)))
        return refuse(
            makeError(ErrorCode::WrongState, Tr::tr("医保结算尚未结束，不能签退（9002）"), kRule));
    const QJsonObject input{
        {QStringLiteral("signOut"),
         QJsonObject{{QStringLiteral("sign_no"), m_signNo},
                     {QStringLiteral("opter_no"), m_signInInput.value(QStringLiteral("signIn"))
                                                      .toObject()
                                                      .value(QStringLiteral("opter_no"))}}}};
    return sendRecorded(
        QStringLiteral("9002"), input, QString(),
        [this](const PlatformCallRecord&, Result<PlatformResponse> r) {
            if (!r || r->infcode != 0) {
                announce(Notice::Level::Warning,
                         Tr::tr("医保签退（9002）失败：%1").arg(r ? r->errMsg : r.error().message));
                return;
            }
            m_signedInOn = QDate();
            m_signNo.clear();
            (void)audit(QString(), Tr::tr("医保签退（9002）成功"));
            announce(Notice::Level::Info, Tr::tr("已签退医保平台（9002）"));
        });
}

Status SettlementService::confirmIdentity()
{
    if (Status a = allowed(SettleAction::ConfirmIdentity); !a)
        return refuse(a.error());
    if (Status s = move(SettleAction::ConfirmIdentity, Tr::tr("收银员确认人证相符")); !s)
        return refuse(s.error());
    return {};
}

Status SettlementService::rejectIdentity(const QString& reason)
{
    if (Status a = allowed(SettleAction::RejectIdentity); !a)
        return refuse(a.error());
    m_current->endReason = reason.trimmed().isEmpty() ? Tr::tr("人证不符") : reason.trimmed();
    if (Status s = move(SettleAction::RejectIdentity, m_current->endReason); !s)
        return refuse(s.error());
    announce(Notice::Level::Warning,
             Tr::tr("人证不符，医保结算已停止（SETTLE-ID）：%1").arg(m_current->endReason));
    return {};
}

Status SettlementService::preSettle()
{
    if (Status a = allowed(SettleAction::PreSettle); !a)
        return refuse(a.error());
    // SETTLE-LIST-ONLY: only listed products valid today go to the insured part.
    CartSplit split;
    const QDate day = m_clock.now().date();
    for (int i = 0; i < m_draft.lines.size(); ++i) {
        const SaleLine& l = m_draft.lines.at(i);
        QString why;
        if (!m_catalog) {
            if (l.product.insuranceCode.isEmpty())
                why = Tr::tr("无医保药品编码");
        } else if (Result<CatalogEntry> listed = m_catalog->checkListed(l.product, day); !listed) {
            why = listed.error().message;
        } else if (Result<QStringList> price = m_catalog->checkPrice(l.product, day); !price) {
            return refuse(price.error()); // PRICE-CEILING: the price must be fixed first
        }
        if (!why.isEmpty()) {
            split.selfPayLines << i;
            split.selfPayReasons << Tr::tr("%1：%2").arg(l.product.displayName(), why);
            continue;
        }
        SettlementLine s;
        s.cartLine = i;
        s.productCode = l.product.code;
        s.hilistCode = l.product.insuranceCode;
        s.name = l.product.displayName();
        s.spec = l.product.spec;
        s.quantity = l.quantity;
        s.unitPrice = l.unitPrice;
        s.amount = l.amount();
        s.traceCodes = l.traceCodes;
        s.prescriptionOnly = l.product.rxClass == RxClass::Prescription;
        split.insured << s;
    }
    if (split.insured.isEmpty())
        return refuse(makeError(ErrorCode::RuleViolation,
                                Tr::tr("购物车中没有可医保结算的药品（均不在医保目录）：%1")
                                    .arg(split.selfPayReasons.join(QStringLiteral("；"))),
                                QStringLiteral("SETTLE-LIST-ONLY")));
    m_split = split;
    m_current->lines = split.insured;
    // What the ledger would refuse is refused now, before the platform is asked anything.
    if (Status t = m_recorder.trial(insuredDraft()); !t)
        return refuse(t.error());
    const QString no = m_current->settlementNo;
    Status sent = sendRecorded(
        QStringLiteral("2101"), settleInput(*m_current), no,
        [this, no](const PlatformCallRecord&, Result<PlatformResponse> r) {
            if (!m_current || m_current->settlementNo != no)
                return;
            if (!r || r->infcode != 0) {
                announce(Notice::Level::Error, Tr::tr("预结算（2101）失败：%1；可重试或取消")
                                                   .arg(r ? r->errMsg : r.error().message));
                Q_EMIT changed();
                return;
            }
            Result<SettlementSplit> split = parseSettlement(r->output);
            if (!split) {
                announce(Notice::Level::Error, split.error().userText());
                Q_EMIT changed();
                return;
            }
            m_current->preSplit = *split;
            if (Status s = move(SettleAction::PreSettle,
                                Tr::tr("总额 %1：统筹 %2，个人账户 %3，现金 %4")
                                    .arg(split->total.display(), split->fund.display(),
                                         split->account.display(), split->cash.display()));
                !s) {
                announce(Notice::Level::Error, s.error().userText());
                return;
            }
            QString text =
                Tr::tr("预结算：医保统筹 %1，个人账户 %2，现金 %3；请患者确认后结算")
                    .arg(split->fund.display(), split->account.display(), split->cash.display());
            if (!m_split.selfPayLines.isEmpty())
                text += Tr::tr("。另有 %1 行不在医保目录，结算后请另行收款（SETTLE-LIST-ONLY）")
                            .arg(m_split.selfPayLines.size());
            announce(Notice::Level::Info, text);
        });
    if (!sent)
        return refuse(sent.error());
    return {};
}

Status SettlementService::settle()
{
    if (Status a = allowed(SettleAction::Settle); !a)
        return refuse(a.error());
    // The ledger is asked again: the stock may have moved since the pre-settlement.
    if (Status t = m_recorder.trial(insuredDraft()); !t)
        return refuse(t.error());
    if (Status s = move(SettleAction::Settle, {}); !s)
        return refuse(s.error());
    Status sent =
        sendRecorded(QStringLiteral("2102"), settleInput(*m_current), m_current->settlementNo,
                     [this](const PlatformCallRecord& call, Result<PlatformResponse> r) {
                         onSettleAnswer(call, std::move(r));
                     });
    if (!sent) {
        // Not sent (the msgid could not be stored): nothing happened on the platform.
        m_current->state = SettleState::PreSettled;
        (void)persist();
        Q_EMIT changed();
        return refuse(sent.error());
    }
    return {};
}

void SettlementService::onSettleAnswer(const PlatformCallRecord& call, Result<PlatformResponse> r)
{
    if (!m_current || m_current->settlementNo != call.settlementNo)
        return;
    if (call.state == CallState::Refused) {
        (void)move(SettleAction::SettleRefused, Tr::tr("平台拒绝：%1").arg(call.message));
        announce(Notice::Level::Error,
                 Tr::tr("医保结算（2102）被平台拒绝：%1；可重试或取消").arg(call.message));
        return;
    }
    if (call.state == CallState::Unknown) {
        (void)move(SettleAction::SettleUnknown,
                   Tr::tr("报文 %1：%2").arg(call.msgId, call.message));
        announce(Notice::Level::Error,
                 Tr::tr("医保结算（2102）无确定应答：%1。正在冲正（2601），请勿重复结算")
                     .arg(call.message));
        (void)resolveUnresolved();
        return;
    }
    // The platform settled: the sale, the settlement and the answer commit together.
    Result<SettlementSplit> split = parseSettlement(r->output);
    if (!split) {
        // Processed, but the answer cannot be used: undo it on the platform.
        PlatformCallRecord unknown = call;
        unknown.state = CallState::Unknown;
        unknown.message = split.error().message;
        (void)m_store.updateCall(unknown);
        (void)move(SettleAction::SettleUnknown, split.error().message);
        reverse(unknown, split.error().message);
        return;
    }
    InsuredSettlementRecord settled = *m_current;
    settled.split = *split;
    if (!settled.split.settledAt.isValid())
        settled.split.settledAt = m_clock.now();
    settled.state = SettleState::Settled;
    settled.updatedAt = m_clock.now();
    CompletedSale draft = insuredDraft();
    Result<CompletedSale> sale = m_recorder.commit(
        draft, settled, call,
        AuditEvent{m_clock.now(), m_actor ? m_actor() : QStringLiteral("-"),
                   AuditAction::InsuredSettlementChanged, settled.settlementNo,
                   Tr::tr("医保结算成功 setl_id %1：总额 %2，统筹 %3，个人账户 %4，现金 %5")
                       .arg(split->setlId, split->total.display(), split->fund.display(),
                            split->account.display(), split->cash.display())});
    if (!sale) {
        // The platform holds a settlement the store could not record: undo it there at once.
        PlatformCallRecord unknown = call;
        unknown.state = CallState::Unknown;
        unknown.message = sale.error().message;
        (void)m_store.updateCall(unknown);
        (void)move(SettleAction::SettleUnknown, sale.error().message);
        reverse(unknown, Tr::tr("本店未能保存结算：%1").arg(sale.error().message));
        return;
    }
    settled.saleNo = sale->saleNo;
    m_current = settled;
    Q_EMIT insuredSaleRecorded(*sale);
    qCInfo(lcCore) << "settlement" << settled.settlementNo << "settled, sale" << sale->saleNo;
    announce(Notice::Level::Info, Tr::tr("医保结算成功（%1）：统筹 %2，个人账户 %3，请收现金 %4")
                                      .arg(split->setlId, split->fund.display(),
                                           split->account.display(), split->cash.display()));
    Q_EMIT changed();
}

void SettlementService::reverse(const PlatformCallRecord& call, const QString& why,
                                const QString& psnNo)
{
    const QString person =
        !psnNo.isEmpty() ? psnNo : (m_current ? m_current->person.psnNo : QString());
    const QJsonObject input{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("psn_no"), person},
                                             {QStringLiteral("omsgid"), call.msgId},
                                             {QStringLiteral("oinfno"), call.infno}}}};
    const PlatformCallRecord original = call;
    Status sent = sendRecorded(
        QStringLiteral("2601"), input, call.settlementNo,
        [this, original, why](const PlatformCallRecord&, Result<PlatformResponse> r) {
            if (!r || r->infcode != 0) {
                announce(Notice::Level::Error,
                         Tr::tr("冲正（2601）未完成：%1。结算 %2 仍待处理，稍后将重试")
                             .arg(r ? r->errMsg : r.error().message, original.settlementNo));
                Q_EMIT changed();
                return;
            }
            const QJsonObject d = r->output.value(QStringLiteral("data")).toObject();
            const bool undone = d.value(QStringLiteral("rever_rslt")).toString() == u"1";
            PlatformCallRecord resolved = original;
            resolved.state = undone ? CallState::Reversed : CallState::NotProcessed;
            resolved.message = d.value(QStringLiteral("memo")).toString();
            resolved.answeredAt = m_clock.now();
            if (Status s = m_store.updateCall(resolved); !s) {
                announce(Notice::Level::Error, s.error().userText());
                return;
            }
            (void)m_audit.append(AuditEvent{
                m_clock.now(), m_actor ? m_actor() : QStringLiteral("-"),
                AuditAction::InsuredSettlementReversed, original.settlementNo,
                Tr::tr("%1 报文 %2 %3：%4")
                    .arg(original.infno, original.msgId,
                         undone ? Tr::tr("已冲正") : Tr::tr("平台未处理"), resolved.message)});
            // The settlement it belonged to ends: nothing of it stands anywhere.
            Result<std::optional<InsuredSettlementRecord>> rec =
                m_store.find(original.settlementNo);
            if (rec && *rec && original.infno == QStringLiteral("2102")
                && (*rec)->state == SettleState::Unresolved) {
                InsuredSettlementRecord ended = **rec;
                ended.endReason = why;
                ended.state = SettleState::Abandoned;
                ended.updatedAt = m_clock.now();
                (void)m_store.save(ended);
                if (m_current && m_current->settlementNo == ended.settlementNo)
                    m_current = ended;
                announce(Notice::Level::Warning,
                         Tr::tr("结算 %1 已冲正作废（%2），未扣任何费用：请告知患者重新结算")
                             .arg(ended.settlementNo, why));
            }
            Q_EMIT changed();
        });
    if (!sent)
        announce(Notice::Level::Error, sent.error().userText());
}

Result<int> SettlementService::resolveUnresolved()
{
    if (m_busy)
        return makeError(ErrorCode::WrongState, Tr::tr("正在等待医保平台应答，请稍候"));
    Result<QList<PlatformCallRecord>> open = m_store.unresolvedCalls();
    if (!open)
        return open.error();
    for (const PlatformCallRecord& call : *open) {
        if (m_busy)
            break; // an answer still on its way: the rest next time
        PlatformCallRecord unknown = call;
        if (unknown.state == CallState::Sent) {
            unknown.state = CallState::Unknown;
            unknown.message = Tr::tr("重启后发现未收到应答");
            (void)m_store.updateCall(unknown);
        }
        if (unknown.infno == QStringLiteral("2102")) {
            Result<std::optional<InsuredSettlementRecord>> rec = m_store.find(call.settlementNo);
            if (rec && *rec && (*rec)->state == SettleState::Settling) {
                InsuredSettlementRecord r = **rec;
                r.state = SettleState::Unresolved;
                r.updatedAt = m_clock.now();
                (void)m_store.save(r);
                if (m_current && m_current->settlementNo == r.settlementNo)
                    m_current = r;
            }
        }
        reverse(unknown, Tr::tr("结算结果未知，已冲正"));
    }
    Result<QList<PlatformCallRecord>> left = m_store.unresolvedCalls();
    if (!left)
        return left.error();
    return int(left->size());
}

Result<QList<InsuredSettlementRecord>> SettlementService::recover()
{
    Result<int> left = resolveUnresolved();
    if (!left)
        return left.error();
    Result<QList<InsuredSettlementRecord>> open = m_store.unfinished();
    if (!open)
        return open.error();
    QList<InsuredSettlementRecord> toFinish;
    for (InsuredSettlementRecord r : *open) {
        if (isSettled(r.state)) {
            toFinish << r;
            continue;
        }
        if (isFinal(r.state))
            continue;
        if (r.state == SettleState::Unresolved || r.state == SettleState::Settling) {
            // Left for 2601 while any of its calls has no definite outcome. With none left, a
            // Settling one was killed before its 2102 msgid was stored (nothing was sent), an
            // Unresolved one after its 2601 answered but before it was ended: both end here.
            if (*left > 0)
                continue;
            Result<QList<PlatformCallRecord>> calls = m_store.callsOf(r.settlementNo);
            if (!calls)
                return calls.error();
            const bool sent2102 =
                std::any_of(calls->cbegin(), calls->cend(), [](const PlatformCallRecord& c) {
                    return c.infno == QStringLiteral("2102");
                });
            r.state = sent2102 ? SettleState::Abandoned : SettleState::Cancelled;
            r.endReason = sent2102 ? Tr::tr("结算结果未知，已冲正")
                                   : Tr::tr("程序在发送结算报文前中断，未结算");
            r.updatedAt = m_clock.now();
            if (Status s = m_store.save(r); !s)
                return s.error();
            (void)audit(r.settlementNo, Tr::tr("重启后结束：%1").arg(r.endReason));
            continue;
        }
        // Begun but never sent to 2102 (or refused): nothing was settled; it ends.
        r.state = SettleState::Cancelled;
        r.endReason = Tr::tr("程序重启，未结算的医保结算已取消");
        r.updatedAt = m_clock.now();
        (void)m_store.save(r);
    }
    return toFinish;
}

Status SettlementService::resume(const QString& settlementNo)
{
    if (m_current && !isFinal(m_current->state))
        return refuse(
            makeError(ErrorCode::WrongState,
                      Tr::tr("医保结算 %1 尚未结束（%2）")
                          .arg(m_current->settlementNo, toDisplayString(m_current->state)),
                      kRule));
    Result<std::optional<InsuredSettlementRecord>> found = m_store.find(settlementNo);
    if (!found)
        return refuse(found.error());
    if (!*found || !isSettled((*found)->state) || isFinal((*found)->state))
        return refuse(makeError(ErrorCode::NotFound,
                                Tr::tr("没有待完成的医保结算 %1").arg(settlementNo), kRule));
    m_current = **found;
    m_credential = {};
    m_draft = {};
    m_split = {};
    (void)audit(settlementNo,
                Tr::tr("继续完成医保结算（%1）").arg(toDisplayString(m_current->state)));
    Q_EMIT changed();
    return {};
}

Status SettlementService::takeCash(Money tendered)
{
    if (Status a = allowed(SettleAction::TakeCash); !a)
        return refuse(a.error());
    const Money due = m_current->split.cash;
    if (tendered < due)
        return refuse(
            makeError(ErrorCode::InvalidInput,
                      Tr::tr("实收 %1 少于现金部分 %2").arg(tendered.display(), due.display())));
    m_current->cashTendered = tendered;
    m_current->change = tendered - due;
    if (Status s = move(SettleAction::TakeCash,
                        Tr::tr("现金 %1，实收 %2，找零 %3")
                            .arg(due.display(), tendered.display(), m_current->change.display()));
        !s)
        return refuse(s.error());
    return {};
}

Status SettlementService::slipPrinted()
{
    if (Status a = allowed(SettleAction::PrintSlip); !a)
        return refuse(a.error());
    const bool reprint = m_current->state != SettleState::CashTaken;
    return move(SettleAction::PrintSlip, reprint ? Tr::tr("【补打】") : QString());
}

Status SettlementService::signedBy(const QString& signatureRef)
{
    if (Status a = allowed(SettleAction::Sign); !a)
        return refuse(a.error());
    if (signatureRef.trimmed().isEmpty())
        return refuse(makeError(ErrorCode::InvalidInput, Tr::tr("没有患者签名，不能完成结算"),
                                QStringLiteral("SETTLE-SLIP")));
    m_current->signatureRef = signatureRef;
    if (Status s = move(SettleAction::Sign, {}); !s)
        return refuse(s.error());
    announce(Notice::Level::Info,
             Tr::tr("医保结算 %1 完成，患者已签字").arg(m_current->settlementNo));
    archive(m_current->settlementNo);
    return {};
}

void SettlementService::archive(const QString& settlementNo)
{
    if (!m_archiver)
        return;
    if (Status s = m_archiver(settlementNo); !s)
        announce(Notice::Level::Warning,
                 Tr::tr("结算 %1 已完成，但归档未成功：%2。下次启动时将自动补封存（SETTLE-SLIP）")
                     .arg(settlementNo, s.error().userText()));
}

Status SettlementService::printSlip()
{
    if (Status a = allowed(SettleAction::PrintSlip); !a)
        return refuse(a.error());
    if (!m_slipPrinter)
        return refuse(makeError(ErrorCode::Configuration, Tr::tr("本机未配置结算单打印机"),
                                QStringLiteral("SETTLE-SLIP")));
    if (m_slipPrinting)
        return refuse(makeError(ErrorCode::WrongState, Tr::tr("结算单正在打印，请稍候")));
    const bool reprint = m_current->state != SettleState::CashTaken;
    const PrintDocument slip =
        formatSettlementSlip(*m_current, m_profile, m_slipPrinter->widthColumns(), reprint);
    const QString no = m_current->settlementNo;
    // The slip as printed stays with the settlement (the archive seals it).
    if (Status s = m_store.saveDocument(
            no, reprint ? QStringLiteral("slip-reprint.txt") : QStringLiteral("slip.txt"),
            slip.toPlainText().toUtf8(), m_clock.now());
        !s)
        return refuse(s.error());
    m_slipPrinting = true;
    std::shared_ptr<bool> gone = m_gone;
    m_slipPrinter->printAsync(slip, [this, gone, no](Result<PrintOutcome> out) {
        if (*gone)
            return;
        m_slipPrinting = false;
        if (!m_current || m_current->settlementNo != no)
            return;
        if (!out) {
            announce(Notice::Level::Error,
                     Tr::tr("医保结算单未打印：%1；请处理打印机后重新打印（SETTLE-SLIP）")
                         .arg(out.error().message));
            return;
        }
        if (Status s = slipPrinted(); !s)
            return;
        announce(Notice::Level::Info, Tr::tr("医保结算单已打印，请患者签字"));
    });
    return {};
}

Status SettlementService::sign(const Signature& signature)
{
    if (Status a = allowed(SettleAction::Sign); !a)
        return refuse(a.error());
    if (signature.png.isEmpty())
        return refuse(makeError(ErrorCode::InvalidInput, Tr::tr("没有患者签名，不能完成结算"),
                                QStringLiteral("SETTLE-SLIP")));
    const QString no = m_current->settlementNo;
    const QDateTime now = m_clock.now();
    if (Status s = m_store.saveDocument(no, QStringLiteral("signature.png"), signature.png, now);
        !s)
        return refuse(s.error());
    if (!signature.strokes.isEmpty())
        if (Status s =
                m_store.saveDocument(no, QStringLiteral("signature.json"), signature.strokes, now);
            !s)
            return refuse(s.error());
    return signedBy(
        QStringLiteral("settlement_document:%1/signature.png (%2)").arg(no, signature.method));
}

Status SettlementService::cancel(const QString& reason)
{
    if (Status a = allowed(SettleAction::Cancel); !a)
        return refuse(a.error());
    m_current->endReason = reason;
    return move(SettleAction::Cancel, reason);
}

void SettlementService::close()
{
    if (m_current && isFinal(m_current->state)) {
        m_current.reset();
        m_credential = {};
        m_draft = {};
        m_split = {};
        Q_EMIT changed();
    }
}

Result<std::optional<InsuredSettlementRecord>>
SettlementService::find(const QString& settlementNo) const
{
    return m_store.find(settlementNo);
}

Status SettlementService::reconcile(const QDate& day, ReconcileDone done)
{
    if (m_busy)
        return refuse(makeError(ErrorCode::WrongState, Tr::tr("正在等待医保平台应答，请稍候")));
    if (!day.isValid())
        return refuse(makeError(ErrorCode::InvalidInput, Tr::tr("对账日期无效")));
    Result<QList<InsuredSettlementRecord>> settled =
        m_store.settledBetween(QDateTime(day, QTime(0, 0)), QDateTime(day, QTime(23, 59, 59, 999)));
    if (!settled)
        return refuse(settled.error());
    auto report = std::make_shared<ReconcileReport>();
    report->day = day;
    report->store = reconciliation::totalsOf(*settled);
    const QString batch = QStringLiteral("DZ-") + day.toString(QStringLiteral("yyyyMMdd"));
    const auto finish = [this, report, batch, done](Result<ReconcileReport> r) {
        if (r)
            (void)m_audit.append(
                AuditEvent{m_clock.now(), m_actor ? m_actor() : QStringLiteral("-"),
                           AuditAction::InsuredSettlementChanged, batch,
                           Tr::tr("医保对账 %1：%2，本店 %3 笔，差异 %4 笔")
                               .arg(report->day.toString(Qt::ISODate),
                                    report->balanced ? Tr::tr("平") : Tr::tr("不平"))
                               .arg(report->store.count)
                               .arg(report->differences.size())});
        done(std::move(r));
    };
    const QList<InsuredSettlementRecord> list = *settled;
    Status sent = sendRecorded(
        QStringLiteral("3201"), reconciliation::totalsInput(day, report->store), batch,
        [this, report, list, batch, finish](const PlatformCallRecord& call,
                                            Result<PlatformResponse> answer) {
            if (call.state != CallState::Answered) {
                finish(makeError(ErrorCode::DeviceFailure,
                                 Tr::tr("对总账（3201）未完成：%1").arg(call.message)));
                return;
            }
            Result<std::pair<ReconcileTotals, bool>> totals =
                reconciliation::parseTotals(answer->output);
            if (!totals) {
                finish(totals.error());
                return;
            }
            report->platform = totals->first;
            if (totals->second) { // 平: the platform compared the totals and the count
                report->balanced = true;
                finish(*report);
                return;
            }
            report->detailAsked = true;
            Status detail = sendRecorded(
                QStringLiteral("3202"), reconciliation::detailInput(report->day, list), batch,
                [report, list, finish](const PlatformCallRecord& c, Result<PlatformResponse> a) {
                    if (c.state != CallState::Answered) {
                        finish(makeError(ErrorCode::DeviceFailure,
                                         Tr::tr("对明细账（3202）未完成：%1").arg(c.message)));
                        return;
                    }
                    Result<QList<ReconcileDifference>> diffs =
                        reconciliation::parseDetail(a->output, list);
                    if (!diffs) {
                        finish(diffs.error());
                        return;
                    }
                    report->differences = *diffs;
                    finish(*report);
                });
            if (!detail)
                finish(detail.error());
        });
    if (!sent)
        return refuse(sent.error());
    return {};
}

Status SettlementService::nothingUnresolved() const
{
    // SETTLE-ONCE: an unknown outcome is resolved before anything else is settled or refunded.
    Result<QList<PlatformCallRecord>> open = m_store.unresolvedCalls();
    if (!open)
        return open.error();
    if (!open->isEmpty())
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("有 %1 笔结算或退费结果未知（报文 %2），须先冲正（2601）处理")
                             .arg(open->size())
                             .arg(open->first().msgId),
                         kRule);
    return {};
}

Result<QList<InsuredSettlementRecord>> SettlementService::refundable() const
{
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    Result<QList<InsuredSettlementRecord>> month =
        m_store.settledBetween(QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0)), now);
    if (!month)
        return month.error();
    QList<InsuredSettlementRecord> out = *month;
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        if (a.split.settledAt != b.split.settledAt)
            return a.split.settledAt > b.split.settledAt;
        return a.settlementNo > b.settlementNo; // the till's numbers grow with time
    });
    return out;
}

Status SettlementService::refund(const QString& settlementNo, const QString& reason,
                                 RefundDone done)
{
    if (m_access)
        if (Status a = m_access->require(Permission::ReturnSale, settlementNo); !a)
            return refuse(a.error());
    if (reason.trimmed().isEmpty())
        return refuse(makeError(ErrorCode::InvalidInput, Tr::tr("医保退费须填写原因"),
                                QStringLiteral("REFUND-ORIGINAL")));
    if (m_busy)
        return refuse(makeError(ErrorCode::WrongState, Tr::tr("正在等待医保平台应答，请稍候")));
    if (Status s = nothingUnresolved(); !s)
        return refuse(s.error());
    Result<std::optional<InsuredSettlementRecord>> found = m_store.find(settlementNo);
    if (!found)
        return refuse(found.error());
    if (!*found)
        return refuse(makeError(ErrorCode::NotFound, Tr::tr("没有医保结算 %1").arg(settlementNo)));
    InsuredSettlementRecord r = **found;
    if (!settleNext(r.state, SettleAction::Refund))
        return refuse(
            makeError(ErrorCode::WrongState, Tr::tr("医保结算 %1 当前为“%2”，不能退费")
                                                 .arg(settlementNo, toDisplayString(r.state))));
    // REFUND-ORIGINAL: the platform takes a settlement back only in the month it was made.
    const QDate settledOn = r.split.settledAt.date();
    const QDate today = m_clock.now().date();
    if (settledOn.year() != today.year() || settledOn.month() != today.month())
        return refuse(makeError(
            ErrorCode::RuleViolation,
            Tr::tr(
                "医保结算 %1 结算于 %2，已跨月，不能原路退回（REFUND-ORIGINAL）；请联系医保经办机构")
                .arg(settlementNo, settledOn.toString(Qt::ISODate)),
            QStringLiteral("REFUND-ORIGINAL")));
    const QJsonObject input{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("setl_id"), r.split.setlId},
                                             {QStringLiteral("mdtrt_id"), r.split.mdtrtId},
                                             {QStringLiteral("psn_no"), r.person.psnNo}}}};
    Status sent = sendRecorded(
        QStringLiteral("2103"), input, settlementNo,
        [this, r, reason, done](const PlatformCallRecord& call, Result<PlatformResponse> answer) {
            const auto fail = [&](const QString& why) {
                announce(Notice::Level::Error, why);
                if (done)
                    done(makeError(ErrorCode::DeviceFailure, why,
                                   QStringLiteral("REFUND-ORIGINAL")));
            };
            if (call.state == CallState::Unknown) {
                fail(Tr::tr("退费（2103）无确定应答：%1。正在冲正（2601），结算保持不变")
                         .arg(call.message));
                reverse(call, Tr::tr("退费结果未知，已冲正"), r.person.psnNo);
                return;
            }
            if (call.state == CallState::Refused) {
                fail(Tr::tr("退费（2103）被平台拒绝：%1").arg(call.message));
                return;
            }
            InsuredSettlementRecord refunded = r;
            refunded.state = SettleState::Refunded;
            refunded.endReason = reason;
            refunded.refundSetlId = answer->output.value(QStringLiteral("setlinfo"))
                                        .toObject()
                                        .value(QStringLiteral("setl_id"))
                                        .toString();
            refunded.updatedAt = m_clock.now();
            PlatformCallRecord answered = call;
            answered.state = CallState::Answered;
            Result<QString> returned = m_recorder.commitRefund(
                refunded, answered, reason,
                AuditEvent{m_clock.now(), m_actor ? m_actor() : QStringLiteral("-"),
                           AuditAction::InsuredSettlementReversed, r.settlementNo,
                           Tr::tr("退费（2103）%1：统筹 %2、个人账户 %3 退回医保，现金 %4 "
                                  "退给患者；%5")
                               .arg(refunded.refundSetlId, r.split.fund.display(),
                                    r.split.account.display(), r.split.cash.display(), reason)});
            if (!returned) {
                // The platform refunded what the store cannot take back: undo it there at once.
                PlatformCallRecord unknown = call;
                unknown.state = CallState::Unknown;
                unknown.message = returned.error().message;
                (void)m_store.updateCall(unknown);
                fail(Tr::tr("本店未能记录退费：%1。正在冲正（2601），结算保持不变")
                         .arg(returned.error().message));
                reverse(unknown, Tr::tr("本店未能记录退费"), r.person.psnNo);
                return;
            }
            announce(Notice::Level::Info,
                     Tr::tr("已退费（退货单 %1）：统筹与个人账户原路退回，请退还现金 %2")
                         .arg(*returned, r.split.cash.display()));
            archive(r.settlementNo);
            if (done)
                done(*returned);
            Q_EMIT changed();
        });
    if (!sent)
        return refuse(sent.error());
    return {};
}

} // namespace pos
