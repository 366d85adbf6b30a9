#include "ui/prescriptiondialog.h"

#include "app/core/ports/cardreader.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/saleworkflow.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

PrescriptionDialog::PrescriptionDialog(RxSettlementGate& gate, ReviewService& reviews, SaleWorkflow& sale,
                                       Loader load, QWidget* parent)
    : QDialog(parent)
    , m_gate(gate)
    , m_reviews(reviews)
    , m_sale(sale)
    , m_load(std::move(load))
{
    setWindowTitle(tr("处方（F7）"));
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("处方编号或处方二维码内容（也可直接扫码）"));
    auto* loadButton = new QPushButton(tr("载入处方"), this);
    loadButton->setObjectName(QStringLiteral("load"));
    top->addWidget(m_number, 1);
    top->addWidget(loadButton);
    layout->addLayout(top);
    m_state = new QLabel(this);
    m_state->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold;"));
    layout->addWidget(m_state);
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    layout->addWidget(m_summary, 1);
    m_longTerm = new QCheckBox(tr("药师确认：长期处方超过 4 周（RX-LONG-12W）"), this);
    layout->addWidget(m_longTerm);

    auto* steps = new QGridLayout;
    const QList<std::pair<QString, QString>> buttons{
        {QStringLiteral("check"), tr("1 规则检查")},   {QStringLiteral("approve"), tr("2 药师审核通过")},
        {QStringLiteral("reject"), tr("药师驳回")},    {QStringLiteral("sign"), tr("3 签名确认")},
        {QStringLiteral("print"), tr("4 打印处方")},   {QStringLiteral("reprint"), tr("补打")},
        {QStringLiteral("card"), tr("5 读医保卡")},    {QStringLiteral("cancel"), tr("取消本处方")}};
    for (int i = 0; i < buttons.size(); ++i) {
        auto* b = new QPushButton(buttons.at(i).second, this);
        b->setObjectName(buttons.at(i).first);
        b->setAutoDefault(false);
        steps->addWidget(b, i / 4, i % 4);
    }
    layout->addLayout(steps);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(loadButton, &QPushButton::clicked, this, [this] {
        const QString token = m_number->text().trimmed();
        QPointer<PrescriptionDialog> self(this);
        m_load(token, [self](const Status& s) {
            if (self)
                self->report(s, tr("处方已载入并关联本单"));
        });
    });
    connect(button(QStringLiteral("check")), &QPushButton::clicked, this,
            [this] { report(m_gate.checkRules(m_sale.cart().lines()), tr("处方规则检查通过")); });
    connect(button(QStringLiteral("approve")), &QPushButton::clicked, this, [this] {
        const std::optional<Prescription>& rx = m_gate.prescription();
        if (!rx) {
            report(makeError(ErrorCode::WrongState, tr("请先载入处方")), {});
            return;
        }
        // The pharmacist approves the content shown here: its hash binds the signature.
        Result<PrescriptionReview> r = m_reviews.approve(rx->rxNo, rx->contentHash(), m_longTerm->isChecked());
        report(r ? Status{} : Status{r.error()}, tr("药师审核通过"));
    });
    connect(button(QStringLiteral("reject")), &QPushButton::clicked, this, [this] {
        const std::optional<Prescription>& rx = m_gate.prescription();
        if (!rx) {
            report(makeError(ErrorCode::WrongState, tr("请先载入处方")), {});
            return;
        }
        Result<PrescriptionReview> r = m_reviews.reject(rx->rxNo, rx->contentHash(), m_number->text().trimmed());
        report(r ? Status{} : Status{r.error()}, tr("处方已驳回"));
    });
    connect(button(QStringLiteral("sign")), &QPushButton::clicked, this,
            [this] { report(m_gate.sign(), tr("审方签名已绑定本处方")); });
    connect(button(QStringLiteral("print")), &QPushButton::clicked, this,
            [this] { report(m_gate.print(), tr("处方已交打印机")); });
    connect(button(QStringLiteral("reprint")), &QPushButton::clicked, this,
            [this] { report(m_gate.reprint(), tr("处方已补打")); });
    connect(button(QStringLiteral("card")), &QPushButton::clicked, this, [this] {
        Result<CardCredential> card = m_gate.readCard();
        report(card ? Status{} : Status{card.error()}, tr("已读取医保卡：%1").arg(card ? card->holderName : QString()));
    });
    connect(button(QStringLiteral("cancel")), &QPushButton::clicked, this,
            [this] { report(m_gate.cancel(tr("收银台取消")), tr("已取消本处方")); });
    connect(&m_gate, &RxSettlementGate::stateChanged, this, &PrescriptionDialog::refresh);
    refresh();
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
    m_message->setStyleSheet(s ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    QString text = s ? done : s.error().userText();
    if (s && !m_gate.printProblem().isEmpty())
        text += u'\n' + m_gate.printProblem();
    m_message->setText(text);
    refresh();
}

void PrescriptionDialog::refresh()
{
    m_state->setText(tr("状态：%1").arg(toDisplayString(m_gate.state())));
    const std::optional<Prescription>& rx = m_gate.prescription();
    if (!rx) {
        m_summary->setPlainText(tr("未关联处方。扫描处方二维码，或输入处方编号后按“载入处方”。"));
        return;
    }
    QStringList out{tr("处方编号：%1").arg(rx->rxNo),
                    tr("开具：%1　有效期至：%2")
                        .arg(rx->issueTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             rx->validEndTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                    tr("诊断：%1 %2").arg(rx->diagnosisCode, rx->diagnosisName),
                    tr("开方：%1（%2）").arg(rx->prescriberName, rx->institutionName), QString()};
    for (const RxDrugLine& l : rx->lines)
        out << tr("%1 %2 ×%3%4　%5 %6 %7")
                   .arg(l.name, l.spec)
                   .arg(l.quantity)
                   .arg(l.unit, l.usage, l.dosage, l.frequency);
    if (m_gate.awaitingScanBack())
        out << QString() << tr("等待扫描处方上打印的一次性校验码（打印机不能回报状态）");
    m_summary->setPlainText(out.join(u'\n'));
}

} // namespace pos::ui
