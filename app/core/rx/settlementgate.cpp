#include "app/core/rx/settlementgate.h"

#include "app/core/camera/settlementevidence.h"
#include "app/core/logging.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/prescriptionrepository.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/rxrules.h"
#include "app/core/sale/salestate.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/privacy.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RxSettlementGate)
};
const QString kPrintGate = QStringLiteral("RX-PRINT-GATE");
} // namespace

bool rxGateAllows(RxGateState s, RxGateAction a)
{
    using S = RxGateState;
    switch (a) {
    case RxGateAction::Link: return s == S::NoPrescription;
    case RxGateAction::CheckRules: return s == S::Linked;
    case RxGateAction::Sign: return s == S::RulesPassed;
    case RxGateAction::Print: return s == S::ReviewedAndSigned;
    case RxGateAction::Reprint:
        return s == S::PrintPending || s == S::PrintConfirmed || s == S::CardReadAllowed;
    case RxGateAction::ConfirmScannedCode: return s == S::PrintPending;
    case RxGateAction::AllowCardRead: return s == S::PrintConfirmed;
    case RxGateAction::Cancel: return s != S::NoPrescription;
    }
    return false;
}

QString toDisplayString(RxGateState s)
{
    switch (s) {
    case RxGateState::NoPrescription: return Tr::tr("未关联处方");
    case RxGateState::Linked: return Tr::tr("已关联处方");
    case RxGateState::RulesPassed: return Tr::tr("处方规则已通过");
    case RxGateState::ReviewedAndSigned: return Tr::tr("药师已审核签名");
    case RxGateState::PrintPending: return Tr::tr("处方待打印确认");
    case RxGateState::PrintConfirmed: return Tr::tr("处方已打印确认");
    case RxGateState::CardReadAllowed: return Tr::tr("允许医保刷卡");
    }
    return {};
}

QString toDisplayString(RxGateAction a)
{
    switch (a) {
    case RxGateAction::Link: return Tr::tr("关联处方");
    case RxGateAction::CheckRules: return Tr::tr("校验处方规则");
    case RxGateAction::Sign: return Tr::tr("确认药师审核");
    case RxGateAction::Print: return Tr::tr("打印处方");
    case RxGateAction::Reprint: return Tr::tr("补打处方");
    case RxGateAction::ConfirmScannedCode: return Tr::tr("扫描核验码");
    case RxGateAction::AllowCardRead: return Tr::tr("开放医保刷卡");
    case RxGateAction::Cancel: return Tr::tr("取消处方结算");
    }
    return {};
}

RxSettlementGate::RxSettlementGate(const SaleContext& sale, PrescriptionRepository& prescriptions,
                                   const ReviewService& reviews, ReceiptPrinter& printer,
                                   CardReader& reader, AccessControl& access,
                                   const DutyService& duty, AuditLog& audit, const Clock& clock,
                                   StoreProfile store, QObject* parent)
    : QObject(parent)
    , m_sale(sale)
    , m_prescriptions(prescriptions)
    , m_reviews(reviews)
    , m_printer(printer)
    , m_reader(reader)
    , m_access(access)
    , m_duty(duty)
    , m_audit(audit)
    , m_clock(clock)
    , m_terminalId(store.terminalId)
    , m_formatter(std::move(store))
{
    connect(&m_reader, &CardReader::cardPresented, this, &RxSettlementGate::onCardPresented);
}

QString RxSettlementGate::reference() const
{
    return m_rx ? m_rx->rxNo : QStringLiteral("-");
}

void RxSettlementGate::announce(Notice::Level level, const QString& text)
{
    Q_EMIT notice(Notice{level, text});
}

Error RxSettlementGate::refuse(Error error)
{
    const User* u = m_access.session().actingUser();
    const AuditEvent event{m_clock.now(), u ? u->username : QStringLiteral("-"),
                           AuditAction::PrescriptionGateRefused, reference(),
                           Tr::tr("[%1] %2").arg(toDisplayString(m_state), error.userText())};
    error = auditedRefusal(m_audit, std::move(error), event);
    qCInfo(lcRx) << "gate refused in state" << int(m_state) << error.ruleId;
    announce(Notice::Level::Error, error.userText());
    return error;
}

void RxSettlementGate::moveTo(RxGateState to, const QString& detail)
{
    const RxGateState from = m_state;
    m_state = to;
    const User* u = m_access.session().actingUser();
    // The move has happened (the card lock follows the state, not the trail); a move the trail
    // could not take is shown to the person at the counter.
    if (Status a = m_audit.append(
            AuditEvent{m_clock.now(), u ? u->username : QStringLiteral("-"),
                       AuditAction::PrescriptionGateChanged, reference(),
                       toDisplayString(from) + QStringLiteral(" → ") + toDisplayString(to)
                           + (detail.isEmpty() ? QString() : QStringLiteral("：") + detail)});
        !a)
        announce(Notice::Level::Error,
                 Tr::tr("处方闸门状态已变更，但未能写入审计日志：%1").arg(a.error().message));
    qCInfo(lcRx) << "gate" << int(from) << "->" << int(to);
    Q_EMIT stateChanged(to);
}

Status RxSettlementGate::enter(RxGateAction action)
{
    if (Status s = m_access.require(Permission::SettlePooledFund, reference()); !s) {
        announce(Notice::Level::Error, s.error().userText());
        return s;
    }
    if (rxGateAllows(m_state, action))
        return {};
    return refuse(makeError(
        ErrorCode::WrongState,
        Tr::tr("当前为“%1”，不能%2").arg(toDisplayString(m_state), toDisplayString(action))));
}

Status RxSettlementGate::link(const QString& rxNo)
{
    if (Status s = enter(RxGateAction::Link); !s)
        return s;
    // A prescription joins a sale still being built, never one being paid.
    if (!saleNext(m_sale.saleState(), SaleEvent::LinkPrescription))
        return refuse(makeError(
            ErrorCode::WrongState,
            Tr::tr("本单当前为“%1”，不能关联处方").arg(toDisplayString(m_sale.saleState()))));
    std::optional<Prescription> rx = m_prescriptions.find(rxNo.trimmed());
    if (!rx)
        return refuse(makeError(ErrorCode::NotFound,
                                Tr::tr("没有处方 %1，请先下载或录入处方").arg(rxNo.trimmed())));
    // STAFF-PHARM-ONDUTY: dispensing and pooled-fund settlement need a pharmacist on duty.
    if (Status d = m_duty.requirePharmacistOnDuty(Tr::tr("调配处方和医保结算")); !d)
        return refuse(d.error());
    m_rx = std::move(rx);
    m_ticket = m_sale.saleTicket();
    moveTo(RxGateState::Linked,
           Tr::tr("%1 %2，患者 %3")
               .arg(toDisplayString(m_rx->attribute), toDisplayString(m_rx->patient.insuranceType),
                    maskName(m_rx->patient.name)));
    beginEvidence();
    return {};
}

Status RxSettlementGate::checkRules()
{
    if (Status s = enter(RxGateAction::CheckRules); !s)
        return s;
    if (Status same = sameSaleAndCart(Tr::tr("规则检查")); !same)
        return same;
    // The stored content is what the pharmacist reviews: take it as it is now.
    if (std::optional<Prescription> now = m_prescriptions.find(m_rx->rxNo))
        m_rx = std::move(now);
    const Prescription& rx = *m_rx;
    const QList<SaleLine> settlementLines = m_sale.cart().lines();
    rx::SettledLookup settled = [this](const QString& no) -> std::optional<SettledPrescription> {
        if (std::optional<SettledPrescription> here = m_prescriptions.findSettled(no))
            return here;
        return m_platformSettled ? m_platformSettled(no) : std::nullopt;
    };
    const rx::ProductLookup products = rx::lookupIn(settlementLines);
    // The >4-week confirmation is the pharmacist's, checked at sign(); here only the 12-week cap.
    for (const Status& s :
         {rx::checkValidity(rx, m_clock.now()), rx::checkSingle(rx, settled),
          rx::checkNoMix(rx, settlementLines), rx::checkMatch(rx, settlementLines),
          rx::checkTcmSeparate(rx, products), rx::checkNoPediatricForEmployee(rx, products),
          rx::checkLongTerm(rx, /*pharmacistConfirmed=*/true)})
        if (!s)
            return refuse(s.error());
    m_lines = settlementLines;
    m_cartKey = m_sale.cart().contentKey();
    if (m_evidence && !m_evidenceNo.isEmpty() && m_evidence->settlementNo() == m_evidenceNo)
        m_evidence->updateItems(evidenceItems());
    moveTo(RxGateState::RulesPassed,
           Tr::tr("%1 行，购物车自此即处方，不能再改").arg(settlementLines.size()));
    return {};
}

Status RxSettlementGate::sign()
{
    if (Status s = enter(RxGateAction::Sign); !s)
        return s;
    const std::optional<Prescription> stored = m_prescriptions.find(m_rx->rxNo);
    if (!stored || stored->contentHash() != m_rx->contentHash())
        return refuse(makeError(
            ErrorCode::RuleViolation,
            Tr::tr("处方 %1 的内容在关联后已变化，请取消后重新关联并审核").arg(m_rx->rxNo),
            QStringLiteral("RX-REVIEW")));
    Result<PrescriptionReview> approval = m_reviews.approvalOf(*m_rx);
    if (!approval)
        return refuse(approval.error());
    if (Status lt = rx::checkLongTerm(*m_rx, approval->longTermConfirmed); !lt)
        return refuse(lt.error());
    m_approval = *approval;
    moveTo(RxGateState::ReviewedAndSigned,
           Tr::tr("执业药师 %1 证号 %2 于 %3 审核通过")
               .arg(approval->pharmacistName, approval->licenceNo,
                    approval->time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return {};
}

Status RxSettlementGate::print()
{
    if (Status s = enter(RxGateAction::Print); !s)
        return s;
    return printJob(false);
}

Status RxSettlementGate::reprint()
{
    if (Status s = enter(RxGateAction::Reprint); !s)
        return s;
    if (m_printing)
        return refuse(makeError(ErrorCode::WrongState,
                                Tr::tr("处方正在打印，请等打印机回报结果后再决定是否补打"),
                                kPrintGate));
    return printJob(true);
}

Status RxSettlementGate::printJob(bool reprint)
{
    // What the printer last reported (a real printer is asked on its own thread, never here).
    const PrinterStatus before = m_printer.status();
    if (!before.mayTry()) {
        m_printProblem = m_printer.deviceName() + u' ' + toDisplayString(before.state);
        return refuse(makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("处方未打印：%1。医保刷卡保持锁定，排除故障后请重新打印").arg(m_printProblem),
            kPrintGate));
    }
    // A reprint's code always differs from the last one, so the old paper can never confirm it.
    QString code;
    do
        code = makePrescriptionPrintCode(m_rx->rxNo);
    while (code == m_lastCode);
    m_lastCode = code;
    const PrintDocument doc =
        m_formatter.format(*m_rx, *m_approval, code, m_printer.widthColumns(), reprint);
    // From here a paper may exist: the earlier code is void and the gate waits for this job.
    m_expectedCode.clear();
    m_printProblem.clear();
    moveTo(RxGateState::PrintPending, reprint ? Tr::tr("补打，旧核验码作废") : Tr::tr("打印"));
    // The printer may answer later (a real device works on its own thread): the job carries its
    // number, and an answer for a job the gate no longer waits for (cancelled, replaced) changes
    // nothing.
    const quint64 job = ++m_printJob;
    m_printing = true;
    // Shared with the answer, which may come after this function returned.
    struct Answer
    {
        bool returned = false;
        std::optional<Status> atOnce;
    };
    const auto answer = std::make_shared<Answer>();
    QPointer<RxSettlementGate> self(this);
    m_printer.printAsync(doc, [self, job, code, answer](Result<PrintOutcome> printed) {
        if (!self)
            return;
        Status outcome = self->onPrinted(job, code, std::move(printed));
        if (!answer->returned)
            answer->atOnce = std::move(outcome);
    });
    answer->returned = true;
    if (answer->atOnce)
        return *answer->atOnce;
    announce(Notice::Level::Info,
             Tr::tr("处方 %1 正在打印，等待打印机确认；确认前医保刷卡保持锁定").arg(m_rx->rxNo));
    return {};
}

Status RxSettlementGate::onPrinted(quint64 job, const QString& code, Result<PrintOutcome> printed)
{
    if (job != m_printJob || !m_printing || m_state != RxGateState::PrintPending) {
        const User* u = m_access.session().actingUser();
        return m_audit.append(
            AuditEvent{m_clock.now(), u ? u->username : QStringLiteral("-"),
                       AuditAction::PrescriptionGateChanged, rxNoOfPrintCode(code),
                       Tr::tr("打印作业在处方取消后才结束（%1），不改变闸门")
                           .arg(printed ? printed->jobId : printed.error().message)});
    }
    m_printing = false;
    if (!printed) {
        // Never retried here: a second job could print a second paper. The person decides (补打).
        m_printProblem = printed.error().message;
        return refuse(makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("处方打印失败：%1。医保刷卡保持锁定，排除故障后请补打").arg(m_printProblem),
            kPrintGate));
    }
    if (printed->confirmation == PrintConfirmation::DeviceConfirmed) {
        moveTo(RxGateState::PrintConfirmed, Tr::tr("打印机确认出纸，作业 %1").arg(printed->jobId));
        return openCardRead();
    }
    m_expectedCode = code;
    m_printProblem = printed->confirmation == PrintConfirmation::NeedsScanBack
                         ? Tr::tr("打印机无法确认出纸")
                         : Tr::tr("打印机未报告确认结果");
    announce(
        Notice::Level::Warning,
        Tr::tr("%1：请扫描处方上的核验码确认打印，确认前医保刷卡保持锁定").arg(m_printProblem));
    return {};
}

Status RxSettlementGate::confirmScannedCode(const QString& payload)
{
    if (Status s = enter(RxGateAction::ConfirmScannedCode); !s)
        return s;
    if (m_expectedCode.isEmpty())
        return refuse(makeError(ErrorCode::WrongState,
                                Tr::tr("没有待核验的处方打印（%1），请补打").arg(m_printProblem),
                                kPrintGate));
    const QString scanned = payload.trimmed();
    if (scanned == m_expectedCode) {
        m_expectedCode.clear();
        m_printProblem.clear();
        moveTo(RxGateState::PrintConfirmed, Tr::tr("扫描核验码确认出纸"));
        return openCardRead();
    }
    const QString other = rxNoOfPrintCode(scanned);
    QString why;
    if (other.isEmpty())
        why = Tr::tr("扫描内容不是处方核验码");
    else if (other != m_rx->rxNo)
        why = Tr::tr("核验码属于处方 %1，不是本处方 %2").arg(other, m_rx->rxNo);
    else
        why = Tr::tr("核验码已作废（补打后旧码失效）或不正确，请扫描最新打印的处方");
    return refuse(makeError(ErrorCode::InvalidInput, why, kPrintGate));
}

Status RxSettlementGate::allowCardRead()
{
    if (Status s = enter(RxGateAction::AllowCardRead); !s)
        return s;
    return openCardRead();
}

Status RxSettlementGate::openCardRead()
{
    if (Status d = m_duty.requirePharmacistOnDuty(Tr::tr("医保结算")); !d)
        return refuse(d.error());
    if (Status v = rx::checkValidity(*m_rx, m_clock.now()); !v)
        return refuse(v.error());
    moveTo(RxGateState::CardReadAllowed, {});
    announce(Notice::Level::Info, Tr::tr("处方 %1 已打印确认，可以刷医保卡").arg(m_rx->rxNo));
    return {};
}

Status RxSettlementGate::cancel(const QString& reason)
{
    if (Status s = enter(RxGateAction::Cancel); !s)
        return s;
    const QString why = reason.trimmed().isEmpty() ? Tr::tr("未说明原因") : reason.trimmed();
    moveTo(RxGateState::NoPrescription, Tr::tr("取消：%1").arg(why));
    endEvidence(false, Tr::tr("取消处方：%1").arg(why));
    clear();
    return {};
}

void RxSettlementGate::endSale(quint64 saleTicket, const QString& why, bool paid)
{
    if (!isBoundTo(saleTicket))
        return;
    moveTo(RxGateState::NoPrescription, Tr::tr("本单结束（%1），处方与本单一同结束").arg(why));
    endEvidence(paid, why);
    clear();
}

// ---- the settlement camera's evidence (CAM-*) -------------------------------------------------

void RxSettlementGate::setSettlementEvidence(camera::SettlementEvidence* evidence)
{
    if (m_evidence)
        disconnect(m_evidence, nullptr, this, nullptr);
    m_evidence = evidence;
    m_evidenceNo.clear();
    if (!m_evidence)
        return;
    // The previous settlement's clip may still be closing (post-roll) when the next prescription
    // is linked: its evidence begins as soon as the camera is free again.
    connect(m_evidence, &camera::SettlementEvidence::stateChanged, this,
            [this](camera::EvidenceState state) {
                if (state == camera::EvidenceState::Idle && m_state != RxGateState::NoPrescription
                    && m_evidenceNo.isEmpty())
                    beginEvidence();
            });
    // A failure while settling: the insured path is closed (every later card read is refused by
    // requireInsured()); the cashier hears it here too, where the card is read.
    connect(m_evidence, &camera::SettlementEvidence::insuredPathClosed, this,
            [this](const Error& e) {
                if (m_state != RxGateState::NoPrescription)
                    announce(Notice::Level::Error, Tr::tr("医保结算已中止：%1").arg(e.userText()));
            });
}

QStringList RxSettlementGate::evidenceItems() const
{
    QStringList lines;
    for (const SaleLine& l : m_sale.cart().lines())
        lines << Tr::tr("%1 ×%2").arg(l.product.displayName()).arg(l.quantity);
    return lines;
}

void RxSettlementGate::beginEvidence()
{
    if (!m_evidence || !m_rx || m_evidence->state() != camera::EvidenceState::Idle)
        return;
    // One number per insured settlement, unique across restarts of the till (the sale's ticket
    // restarts at 1) and safe as a folder name.
    const QString no = QStringLiteral("JS-%1-%2-%3")
                           .arg(m_terminalId.isEmpty() ? QStringLiteral("T") : m_terminalId,
                                m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                           .arg(m_ticket);
    if (Status s = m_evidence->begin(no, evidenceItems()); !s) {
        announce(Notice::Level::Error, s.error().userText());
        return;
    }
    m_evidenceNo = no;
}

void RxSettlementGate::endEvidence(bool paid, const QString& why)
{
    if (!m_evidence || m_evidenceNo.isEmpty() || m_evidence->settlementNo() != m_evidenceNo) {
        m_evidenceNo.clear();
        return;
    }
    m_evidenceNo.clear();
    using S = camera::EvidenceState;
    const S state = m_evidence->state();
    if (state == S::Idle || state == S::Closing)
        return;
    if (paid && state == S::Settling)
        (void)m_evidence->finish();
    else
        (void)m_evidence->cancel(why);
}

Status RxSettlementGate::evidenceAllows(const QString& what)
{
    if (!m_evidence) {
        if (!m_evidenceRequired)
            return {};
        Error e =
            refuse(makeError(ErrorCode::Configuration,
                             Tr::tr("结算摄像头与录像不可用，%1被拒绝：不能医保结算").arg(what),
                             QStringLiteral("CAM-VIDEO")));
        Q_EMIT cardRefused(e);
        return e;
    }
    if (m_evidenceNo.isEmpty() || m_evidence->settlementNo() != m_evidenceNo) {
        // Linked while the camera was busy with the last clip and not begun since.
        beginEvidence();
    }
    // CAM-CONSENT, CAM-VIDEO, CAM-BACKUP, CAM-FACE: refused and audited by the evidence gate.
    if (Status s = m_evidence->requireInsured(); !s) {
        Error e = s.error();
        e.message = Tr::tr("%1被拒绝：%2").arg(what, e.message);
        announce(Notice::Level::Error, e.userText());
        Q_EMIT cardRefused(e);
        return e;
    }
    if (m_evidence->state() == camera::EvidenceState::FaceHeld) {
        if (Status p = m_evidence->proceed(); !p) {
            Error e = p.error();
            e.message = Tr::tr("%1被拒绝：%2").arg(what, e.message);
            announce(Notice::Level::Error, e.userText());
            Q_EMIT cardRefused(e);
            return e;
        }
    }
    return {};
}

void RxSettlementGate::clear()
{
    m_rx.reset();
    m_approval.reset();
    m_lines.clear();
    m_ticket = 0;
    m_cartKey.clear();
    m_expectedCode.clear();
    m_lastCode.clear();
    m_printProblem.clear();
    m_printing = false; // a job still at the printer ends unheeded (audited when it does)
}

bool RxSettlementGate::freezesCart(quint64 saleTicket) const
{
    return isBoundTo(saleTicket) && m_state != RxGateState::Linked;
}

Status RxSettlementGate::approvalForSale(quint64 saleTicket) const
{
    if (m_state == RxGateState::NoPrescription)
        return makeError(ErrorCode::RuleViolation, Tr::tr("本单未关联处方"));
    if (m_ticket != saleTicket)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("处方 %1 关联的是另一单销售").arg(m_rx->rxNo));
    if (m_state == RxGateState::Linked || m_state == RxGateState::RulesPassed || !m_approval)
        return makeError(ErrorCode::RuleViolation, Tr::tr("处方 %1 尚未经药师审核签名（当前：%2）")
                                                       .arg(m_rx->rxNo, toDisplayString(m_state)));
    if (m_sale.cart().contentKey() != m_cartKey)
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("购物车已不是药师审核通过的处方 %1").arg(m_rx->rxNo));
    if (Status d = m_duty.requirePharmacistOnDuty(Tr::tr("调配处方")); !d)
        return d;
    if (Status v = rx::checkValidity(*m_rx, m_clock.now()); !v)
        return v;
    return {};
}

Status RxSettlementGate::sameSaleAndCart(const QString& what)
{
    if (m_ticket != m_sale.saleTicket())
        return refuse(makeError(
            ErrorCode::RuleViolation,
            Tr::tr("处方 %1 关联的销售已结束，%2被拒绝：请重新关联处方").arg(m_rx->rxNo, what),
            QStringLiteral("RX-MATCH")));
    if (!m_cartKey.isEmpty() && m_sale.cart().contentKey() != m_cartKey)
        return refuse(makeError(
            ErrorCode::RuleViolation,
            Tr::tr("购物车已不是规则检查通过时的处方 %1，%2被拒绝：请取消处方后重新关联、检查")
                .arg(m_rx->rxNo, what),
            QStringLiteral("RX-MATCH")));
    return {};
}

Error RxSettlementGate::refuseCardUse(const QString& what)
{
    // RX-PRINT-GATE: while the prescription is unprinted the card swipe is blocked.
    const QString why = m_rx ? Tr::tr("处方 %1 %2，%3被拒绝：处方打印确认前医保刷卡已锁定")
                                   .arg(m_rx->rxNo, toDisplayString(m_state), what)
                             : Tr::tr("未关联处方，%1被拒绝：医保刷卡已锁定").arg(what);
    Error e = refuse(makeError(ErrorCode::RuleViolation, why, kPrintGate));
    Q_EMIT cardRefused(e);
    return e;
}

Status RxSettlementGate::cardUseAllowed(const QString& what)
{
    if (Status s = m_access.require(Permission::SettlePooledFund, reference()); !s)
        return s;
    if (m_state != RxGateState::CardReadAllowed)
        return refuseCardUse(what);
    // The card is read for this sale and this cart only: the reviewed, printed prescription.
    if (Status same = sameSaleAndCart(what); !same) {
        Q_EMIT cardRefused(same.error());
        return same;
    }
    // Time passes at the counter: duty and validity are checked again at the swipe.
    if (Status d = m_duty.requirePharmacistOnDuty(Tr::tr("医保结算")); !d)
        return refuse(d.error());
    if (Status v = rx::checkValidity(*m_rx, m_clock.now()); !v)
        return refuse(v.error());
    // The settlement area records the insured settlement (CAM-*): checked last, so that the
    // prescription's own refusals come first, and proceeding binds the face to this settlement.
    return evidenceAllows(what);
}

Result<CardCredential> RxSettlementGate::readCard()
{
    if (Status s = cardUseAllowed(Tr::tr("读卡")); !s)
        return s.error();
    Result<CardCredential> card = m_reader.readCard();
    if (!card) {
        announce(Notice::Level::Error, card.error().userText());
        return card;
    }
    const User* u = m_access.session().actingUser();
    // A card read the trail cannot record is not used.
    if (Status a = m_audit.append(AuditEvent{m_clock.now(), u->username,
                                             AuditAction::PrescriptionGateChanged, reference(),
                                             Tr::tr("读卡：%1").arg(maskName(card->holderName))});
        !a) {
        announce(Notice::Level::Error, a.error().userText());
        return a.error();
    }
    return card;
}

Result<CardCredential> RxSettlementGate::voucherScanned(const QString& ecToken)
{
    if (Status s = cardUseAllowed(Tr::tr("扫医保电子凭证")); !s)
        return s.error();
    if (ecToken.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("医保电子凭证内容为空，请重新扫描"));
    return CardCredential{CredentialType::EVoucherToken, ecToken.trimmed(), QString(), QString()};
}

Result<CardCredential> RxSettlementGate::idNumberEntered(const QString& idNumber)
{
    if (!m_idEntryAllowed)
        return refuse(
            makeError(ErrorCode::RuleViolation,
                      Tr::tr("本店已关闭手工输入身份证号结算（[devices] id_number_entry = "
                             "off）：请读医保卡或扫医保电子凭证"),
                      QStringLiteral("SETTLE-ID")));
    if (Status s = cardUseAllowed(Tr::tr("输入身份证号")); !s)
        return s.error();
    const QString id = idNumber.trimmed().toUpper();
    if (id.size() != 18)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("身份证号应为 18 位，输入了 %1 位").arg(id.size()));
    if (!rx::isValidResidentId(id)) {
        // Name the check character the first 17 give, so that a mistyped last character is seen
        // at once (a mistyped digit elsewhere gives another one: the message says check both).
        const std::optional<QChar> check = rx::residentIdCheckCharacter(id);
        if (!check)
            return makeError(ErrorCode::InvalidInput, Tr::tr("身份证号前 17 位只能是数字"));
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("身份证号校验位错误：按前 17 位应为 %1，输入为 %2；请核对证件")
                             .arg(*check)
                             .arg(id.at(17)));
    }
    const User* u = m_access.session().actingUser();
    if (Status a = m_audit.append(AuditEvent{m_clock.now(), u->username,
                                             AuditAction::PrescriptionGateChanged, reference(),
                                             Tr::tr("手工输入身份证号：%1").arg(maskIdNumber(id))});
        !a) {
        announce(Notice::Level::Error, a.error().userText());
        return a.error();
    }
    return CardCredential{CredentialType::IdCardNumber, id, QString(), QString()};
}

void RxSettlementGate::onCardPresented()
{
    if (m_state != RxGateState::CardReadAllowed) {
        (void)refuseCardUse(Tr::tr("读卡器上的医保卡"));
        return;
    }
    announce(Notice::Level::Info, Tr::tr("读卡器检测到医保卡，可以读卡"));
}

} // namespace pos
