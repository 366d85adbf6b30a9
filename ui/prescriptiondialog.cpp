#include "ui/prescriptiondialog.h"

#include "app/core/ports/cardreader.h"
#include "app/core/privacy/personaldataaccess.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/rxrules.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/staff/privacy.h"
#include "ui/paperprescriptiondialog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
/// Overwrites a shown personal value before letting it go (the copies Qt made cannot be).
void forget(QString& value)
{
    value.fill(QChar(u' '));
    value.clear();
}
} // namespace

PrescriptionDialog::PrescriptionDialog(RxSettlementGate& gate, ReviewService& reviews, Loader load,
                                       QWidget* parent)
    : QDialog(parent)
    , m_gate(gate)
    , m_reviews(reviews)
    , m_load(std::move(load))
{
    setWindowTitle(tr("处方（F7）"));
    resize(980, 620);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("处方编号或处方二维码内容（也可直接扫码）"));
    auto* loadButton = new QPushButton(tr("载入处方"), this);
    loadButton->setObjectName(QStringLiteral("load"));
    loadButton->setAutoDefault(false); // Enter in the number field loads (once)
    auto* paperButton = new QPushButton(tr("录入纸质处方…"), this);
    paperButton->setObjectName(QStringLiteral("paper"));
    paperButton->setAutoDefault(false);
    paperButton->hide(); // shown by enablePaperEntry()
    top->addWidget(m_number, 1);
    top->addWidget(loadButton);
    top->addWidget(paperButton);
    layout->addLayout(top);
    m_state = new QLabel(this);
    layout->addWidget(m_state);

    // The pharmacist's queue beside the prescription in hand.
    auto* middle = new QHBoxLayout;
    auto* queueBox = new QVBoxLayout;
    auto* queueTitle = new QLabel(tr("待审处方（双击载入）"), this);
    queueTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_queue = new QListWidget(this);
    m_queue->setObjectName(QStringLiteral("queue"));
    m_queue->setMinimumWidth(300);
    m_queue->setAlternatingRowColors(true);
    m_queue->setSpacing(2);
    queueBox->addWidget(queueTitle);
    queueBox->addWidget(m_queue, 1);
    middle->addLayout(queueBox);
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    middle->addWidget(m_summary, 1);
    layout->addLayout(middle, 1);

    m_longTerm = new QCheckBox(tr("药师确认：长期处方超过 4 周（RX-LONG-12W）"), this);
    layout->addWidget(m_longTerm);
    auto* opinionRow = new QHBoxLayout;
    m_opinion = new QLineEdit(this);
    m_opinion->setObjectName(QStringLiteral("opinion"));
    m_opinion->setPlaceholderText(tr("审核意见；驳回时必须填写理由"));
    opinionRow->addWidget(new QLabel(tr("审核意见/驳回理由："), this));
    opinionRow->addWidget(m_opinion, 1);
    layout->addLayout(opinionRow);

    auto* steps = new QGridLayout;
    const QList<std::pair<QString, QString>> buttons{
        {QStringLiteral("check"), tr("1 规则检查")},
        {QStringLiteral("approve"), tr("2 药师审核通过")},
        {QStringLiteral("reject"), tr("药师驳回")},
        {QStringLiteral("sign"), tr("3 签名确认")},
        {QStringLiteral("print"), tr("4 打印处方")},
        {QStringLiteral("reprint"), tr("补打")},
        {QStringLiteral("card"), tr("5 读医保卡")},
        {QStringLiteral("idNumber"), tr("输入身份证号")},
        {QStringLiteral("cancel"), tr("取消本处方")},
        {QStringLiteral("fullView"), tr("查看完整信息")}};
    for (int i = 0; i < buttons.size(); ++i) {
        auto* b = new QPushButton(buttons.at(i).second, this);
        b->setObjectName(buttons.at(i).first);
        b->setAutoDefault(false);
        steps->addWidget(b, i / 4, i % 4);
    }
    button(QStringLiteral("fullView"))->hide(); // shown by enableFullView()
    layout->addLayout(steps);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(loadButton, &QPushButton::clicked, this, [this] { loadNumber(m_number->text()); });
    connect(m_number, &QLineEdit::returnPressed, this, [this] { loadNumber(m_number->text()); });
    connect(m_queue, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString rxNo = item->data(Qt::UserRole).toString();
        m_number->setText(rxNo);
        loadNumber(rxNo);
    });
    connect(paperButton, &QPushButton::clicked, this, [this] {
        if (!m_catalog || !m_clock)
            return;
        auto* paper = new PaperPrescriptionDialog(m_reviews, *m_catalog, *m_clock, this);
        paper->setAttribute(Qt::WA_DeleteOnClose);
        connect(paper, &PaperPrescriptionDialog::received, this, [this](const QString& rxNo) {
            m_number->setText(rxNo);
            loadNumber(rxNo);
        });
        paper->open();
    });
    connect(&m_reviews, &ReviewService::queueChanged, this, &PrescriptionDialog::refreshQueue);
    connect(button(QStringLiteral("check")), &QPushButton::clicked, this,
            [this] { report(m_gate.checkRules(), tr("处方规则检查通过，购物车自此即处方")); });
    connect(button(QStringLiteral("approve")), &QPushButton::clicked, this, [this] {
        const std::optional<Prescription>& rx = m_gate.prescription();
        if (!rx) {
            report(makeError(ErrorCode::WrongState, tr("请先载入处方")), {});
            return;
        }
        // The pharmacist approves the content shown here: its hash binds the signature.
        Result<PrescriptionReview> r = m_reviews.approve(
            rx->rxNo, rx->contentHash(), m_longTerm->isChecked(), m_opinion->text().trimmed());
        report(r ? Status{} : Status{r.error()}, tr("药师审核通过"));
    });
    connect(button(QStringLiteral("reject")), &QPushButton::clicked, this, [this] {
        const std::optional<Prescription>& rx = m_gate.prescription();
        if (!rx) {
            report(makeError(ErrorCode::WrongState, tr("请先载入处方")), {});
            return;
        }
        Result<PrescriptionReview> r =
            m_reviews.reject(rx->rxNo, rx->contentHash(), m_opinion->text().trimmed());
        report(r ? Status{} : Status{r.error()}, tr("处方已驳回"));
    });
    connect(button(QStringLiteral("sign")), &QPushButton::clicked, this,
            [this] { report(m_gate.sign(), tr("审方签名已绑定本处方")); });
    connect(button(QStringLiteral("print")), &QPushButton::clicked, this, [this] {
        const Status s = m_gate.print();
        if (!s || !m_gate.printing()) // else the printer answers later, through notice()
            report(s, tr("处方已交打印机"));
    });
    connect(button(QStringLiteral("reprint")), &QPushButton::clicked, this, [this] {
        const Status s = m_gate.reprint();
        if (!s || !m_gate.printing())
            report(s, tr("处方已补打"));
    });
    // The credential, read or typed, starts the settlement (the gate decided whether it may).
    auto useCredential = [this](const Result<CardCredential>& card, const QString& what) {
        if (card && m_settle) {
            const Status begun = m_settle(*card);
            report(begun, tr("%1，开始医保结算").arg(what));
            if (begun)
                accept();
            return;
        }
        report(card ? Status{} : Status{card.error()},
               tr("%1：%2").arg(what, card ? maskName(card->holderName) : QString()));
    };
    connect(button(QStringLiteral("card")), &QPushButton::clicked, this,
            [this, useCredential] { useCredential(m_gate.readCard(), tr("已读取医保卡")); });
    // 就诊凭证类型 02: neither card nor voucher can be read ([devices] id_number_entry).
    connect(button(QStringLiteral("idNumber")), &QPushButton::clicked, this, [this, useCredential] {
        bool ok = false;
        const QString id = QInputDialog::getText(
            this, tr("输入身份证号"), tr("患者的 18 位身份证号（读卡和电子凭证都不可用时）："),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            useCredential(m_gate.idNumberEntered(id), tr("已输入身份证号"));
    });
    connect(button(QStringLiteral("cancel")), &QPushButton::clicked, this,
            [this] { report(m_gate.cancel(tr("收银台取消")), tr("已取消本处方")); });
    connect(button(QStringLiteral("fullView")), &QPushButton::clicked, this,
            &PrescriptionDialog::showFullPatient);
    connect(&m_gate, &RxSettlementGate::stateChanged, this, &PrescriptionDialog::refresh);
    // What the gate says on its own — a printer answering after the click, a card the reader
    // reports — shows here too.
    connect(&m_gate, &RxSettlementGate::notice, this, [this](const Notice& n) {
        m_message->setStyleSheet(n.level == Notice::Level::Error ? QStringLiteral("color: #c62828;")
                                 : n.level == Notice::Level::Warning
                                     ? QStringLiteral("color: #8a5a00;")
                                     : QStringLiteral("color: #2e7d32;"));
        m_message->setText(n.text);
    });
    refreshQueue();
    refresh();
}

void PrescriptionDialog::enablePaperEntry(const ProductCatalog& catalog, const Clock& clock)
{
    m_catalog = &catalog;
    m_clock = &clock;
    button(QStringLiteral("paper"))->show();
}

void PrescriptionDialog::enableInsuredSettlement(
    std::function<Status(const CardCredential&)> settle)
{
    m_settle = std::move(settle);
}

void PrescriptionDialog::enableFullView(PersonalDataAccess& personal)
{
    m_personal = &personal;
    button(QStringLiteral("fullView"))->show();
    refresh();
}

QString PrescriptionDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void PrescriptionDialog::showFullPatient()
{
    const std::optional<Prescription>& rx = m_gate.prescription();
    if (!m_personal || !rx)
        return;
    // The role table decides and the trail records each value opened; a refusal names the rule.
    const QString purpose = tr("处方审核");
    const std::optional<Prescription> held = rx;
    const Result<QString> name =
        m_personal->viewText(PersonalView::PersonName, held->rxNo, purpose,
                             [&held] { return Result<QString>(held->patient.name); });
    if (!name) {
        report(Status{name.error()}, QString());
        return;
    }
    const Result<QString> id =
        m_personal->viewText(PersonalView::IdNumber, held->rxNo, purpose,
                             [&held] { return Result<QString>(held->patient.idNumber); });
    if (!id) {
        report(Status{id.error()}, QString());
        return;
    }
    m_fullFor = held->rxNo;
    m_fullName = *name;
    m_fullId = *id;
    report(Status{}, tr("已显示患者完整信息（已记入审计日志）"));
}

void PrescriptionDialog::loadNumber(const QString& tokenOrRxNo)
{
    QPointer<PrescriptionDialog> self(this);
    m_load(tokenOrRxNo.trimmed(), [self](const Status& s) {
        if (self)
            self->report(s, tr("处方已载入并关联本单"));
    });
}

void PrescriptionDialog::refreshQueue()
{
    m_queue->clear();
    const QList<Prescription> waiting = m_reviews.queue();
    for (const Prescription& rx : waiting) {
        const QString line1 =
            tr("%1%2").arg(rx.source == RxSource::PaperEntry ? tr("【纸质】") : QString(), rx.rxNo);
        const QString line2 = tr("%1　%2　%3 种药　开具 %4")
                                  .arg(maskName(rx.patient.name), toDisplayString(rx.attribute))
                                  .arg(rx.lines.size())
                                  .arg(rx.issueTime.toString(QStringLiteral("MM-dd HH:mm")));
        auto* item = new QListWidgetItem(line1 + u'\n' + line2, m_queue);
        item->setData(Qt::UserRole, rx.rxNo);
    }
    if (waiting.isEmpty()) {
        auto* item = new QListWidgetItem(tr("（没有待审处方）"), m_queue);
        item->setFlags(Qt::NoItemFlags);
    }
}

QPushButton* PrescriptionDialog::button(const QString& objectName) const
{
    return findChild<QPushButton*>(objectName);
}

QString PrescriptionDialog::messageText() const
{
    return m_message->text();
}

QString PrescriptionDialog::stateText() const
{
    return m_state->text();
}

void PrescriptionDialog::report(const Status& s, const QString& done)
{
    m_message->setStyleSheet(s ? QStringLiteral("color: #2e7d32;")
                               : QStringLiteral("color: #c62828;"));
    QString text = s ? done : s.error().userText();
    if (s && !m_gate.printProblem().isEmpty())
        text += u'\n' + m_gate.printProblem();
    m_message->setText(text);
    refresh();
}

void PrescriptionDialog::refresh()
{
    // Only the actions legal in the gate's state are offered; the gate refuses the others anyway
    // (a script or a device can still try them: the rule is in the core, not in these buttons).
    const RxGateState state = m_gate.state();
    const bool linked = state != RxGateState::NoPrescription;
    const bool reviewable = state == RxGateState::Linked || state == RxGateState::RulesPassed;
    const QList<std::pair<QString, bool>> legal{
        {QStringLiteral("check"), rxGateAllows(state, RxGateAction::CheckRules)},
        {QStringLiteral("approve"), reviewable},
        {QStringLiteral("reject"), reviewable},
        {QStringLiteral("sign"), rxGateAllows(state, RxGateAction::Sign)},
        {QStringLiteral("print"), rxGateAllows(state, RxGateAction::Print)},
        {QStringLiteral("reprint"),
         rxGateAllows(state, RxGateAction::Reprint) && !m_gate.printing()},
        {QStringLiteral("card"), state == RxGateState::CardReadAllowed},
        {QStringLiteral("cancel"), linked},
        {QStringLiteral("fullView"), linked}}; // the role table decides who sees (and audits)
    for (const auto& [name, enabled] : legal)
        if (QPushButton* b = button(name))
            b->setEnabled(enabled);
    m_state->setText(tr("状态：%1").arg(toDisplayString(m_gate.state())));
    // Green only where the card may be read: every other state still locks it (RX-PRINT-GATE).
    m_state->setStyleSheet(
        m_gate.state() == RxGateState::CardReadAllowed
            ? QStringLiteral("font-size: 16px; font-weight: bold; color: #2e7d32;")
            : QStringLiteral("font-size: 16px; font-weight: bold; color: #8a5a00;"));
    const std::optional<Prescription>& rx = m_gate.prescription();
    if (!rx || rx->rxNo != m_fullFor) {
        m_fullFor.clear();
        forget(m_fullName);
        forget(m_fullId);
    }
    if (!rx) {
        m_summary->setPlainText(tr("未关联处方。扫描处方二维码，或输入处方编号后按“载入处方”。"));
        return;
    }
    QStringList out{
        tr("处方编号：%1").arg(rx->rxNo),
        tr("开具：%1　有效期至：%2")
            .arg(rx->issueTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 rx::validUntil(*rx).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        tr("诊断：%1 %2").arg(rx->diagnosisCode, rx->diagnosisName),
        tr("开方：%1（%2）").arg(rx->prescriberName, rx->institutionName),
        tr("%1　%2　%3%4")
            .arg(rx->source == RxSource::PaperEntry ? tr("纸质处方") : tr("电子处方"),
                 toDisplayString(rx->itemType), toDisplayString(rx->attribute),
                 rx->longTerm ? tr("　长期处方 %1 天").arg(rx->effectiveDays()) : QString()),
        tr("患者：%1　%2　%3")
            .arg(m_fullFor.isEmpty() ? maskName(rx->patient.name) : m_fullName,
                 m_fullFor.isEmpty() ? maskIdNumber(rx->patient.idNumber) : m_fullId,
                 toDisplayString(rx->patient.insuranceType)),
        QString()};
    for (const RxDrugLine& l : rx->lines)
        out << tr("%1 %2 ×%3%4　%5 %6 %7")
                   .arg(l.name, l.spec)
                   .arg(l.quantity)
                   .arg(l.unit, l.usage, l.dosage, l.frequency);
    const Result<PrescriptionReview> review = m_reviews.approvalOf(*rx);
    out << QString()
        << (review ? tr("药师审核：通过 — %1（执业药师注册证号 %2），%3%4")
                         .arg(review->pharmacistName, review->licenceNo,
                              review->time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              review->opinion.isEmpty() ? QString()
                                                        : tr("，意见：%1").arg(review->opinion))
                   : tr("药师审核：%1").arg(review.error().message));
    if (m_gate.awaitingScanBack())
        out << QString() << tr("等待扫描处方上打印的处方核验码（打印机不能回报状态）");
    m_summary->setPlainText(out.join(u'\n'));
}

} // namespace pos::ui
