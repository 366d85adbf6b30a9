#include "ui/shiftdialog.h"

#include "app/core/shift/shiftservice.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pos::ui {

ShiftDialog::ShiftDialog(ShiftService& shifts, QWidget* parent)
    : QDialog(parent)
    , m_shifts(shifts)
{
    setWindowTitle(tr("开班 / 交班"));
    setStyleSheet(
        QStringLiteral("QPushButton { min-height: 44px; font-size: 17px; padding: 0 14px; }"
                       "QLineEdit, QSpinBox { min-height: 40px; font-size: 18px; }"
                       "QLabel { font-size: 16px; }"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto* openRow = new QHBoxLayout;
    m_float = new QLineEdit(this);
    m_float->setPlaceholderText(tr("备用金，如 200.00"));
    m_open = new QPushButton(tr("开班"), this);
    m_floatLabel = new QLabel(tr("清点备用金："), this);
    openRow->addWidget(m_floatLabel);
    openRow->addWidget(m_float, 1);
    openRow->addWidget(m_open);
    layout->addLayout(openRow);

    m_countPanel = new QWidget(this);
    auto* grid = new QGridLayout(m_countPanel);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const int fen : CashCount::denominations()) {
        auto* box = new QSpinBox(m_countPanel);
        box->setRange(0, 9999);
        box->setSuffix(tr(" 张"));
        box->setButtonSymbols(QAbstractSpinBox::PlusMinus);
        m_counts.insert(fen, box);
        grid->addWidget(new QLabel(CashCount::denominationName(fen), m_countPanel), i / 2,
                        (i % 2) * 2);
        grid->addWidget(box, i / 2, (i % 2) * 2 + 1);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            CashCount c;
            for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
                c.pieces.insert(it.key(), it.value()->value());
            m_counted->setText(tr("实点现金：%1").arg(c.total().display()));
        });
        ++i;
    }
    m_counted = new QLabel(tr("实点现金：%1").arg(Money().display()), m_countPanel);
    m_counted->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    grid->addWidget(m_counted, (i + 1) / 2, 0, 1, 4);
    m_handOver = new QPushButton(tr("交班并打印交班单"), m_countPanel);
    grid->addWidget(m_handOver, (i + 1) / 2 + 1, 0, 1, 4);
    layout->addWidget(m_countPanel);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setStyleSheet(QStringLiteral("font-size: 18px;"));
    layout->addWidget(m_result);
    auto* buttons = new QHBoxLayout;
    m_logOut = new QPushButton(tr("退出登录，交给下一位"), this);
    auto* close = new QPushButton(tr("关闭 (Esc)"), this);
    m_reprint = new QPushButton(tr("补打交班单"), this);
    m_reprint->setObjectName(QStringLiteral("reprintSlipButton"));
    buttons->addWidget(m_logOut);
    buttons->addWidget(m_reprint);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    for (QPushButton* b : {m_open, m_handOver, m_logOut, m_reprint, close})
        b->setAutoDefault(false);
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        if (Status s = m_shifts.reprintLast(); !s)
            say(s.error().userText(), true);
    });
    // The printer answers on its own time (a real printer on its own thread).
    connect(&m_shifts, &ShiftService::slipPrinted, this,
            [this](const QString& shiftNo, bool reprint, const QString& problem) {
                if (problem.isEmpty())
                    say(reprint ? tr("交班单 %1 已补打").arg(shiftNo)
                                : tr("交班单 %1 已打印").arg(shiftNo),
                        false);
                else
                    say(tr("交班单 %1 未打印：%2（可补打）").arg(shiftNo, problem), true);
            });
    connect(m_open, &QPushButton::clicked, this, &ShiftDialog::openShift);
    connect(m_float, &QLineEdit::returnPressed, this, &ShiftDialog::openShift);
    connect(m_handOver, &QPushButton::clicked, this, &ShiftDialog::handOver);
    connect(m_logOut, &QPushButton::clicked, this, [this] {
        Q_EMIT logOutRequested();
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_logOut->hide();
    // 补打交班单: the shift handed over last at this till, while none is open.
    m_reprint->setVisible(m_shifts.lastClosed().has_value());
    reload();
}

QString ShiftDialog::countedText() const
{
    return m_counted->text();
}

QString ShiftDialog::messageText() const
{
    return m_message->text();
}

QString ShiftDialog::resultText() const
{
    return m_result->text();
}

void ShiftDialog::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-size: 16px;")
                                   : QStringLiteral("color: #1b5e20; font-size: 16px;"));
    m_message->setText(text);
}

void ShiftDialog::reload()
{
    Result<std::optional<Shift>> now = m_shifts.current();
    if (!now)
        return say(now.error().userText(), true);
    const bool open = now->has_value();
    for (QWidget* w : {static_cast<QWidget*>(m_floatLabel), static_cast<QWidget*>(m_float),
                       static_cast<QWidget*>(m_open)})
        w->setVisible(!open);
    m_countPanel->setVisible(open);
    if (open) {
        const Shift& s = **now;
        m_state->setText(tr("班次 %1：%2 于 %3 开班，备用金 %4。请清点钱箱，逐项输入张数：")
                             .arg(s.shiftNo, s.cashierName,
                                  s.openedAt.toString(QStringLiteral("MM-dd HH:mm")),
                                  s.openingFloat.display()));
        m_counts.value(CashCount::denominations().first())->setFocus(); // ¥100 first
    } else {
        m_state->setText(tr("本收银台没有未交班的班次。开班前请清点备用金："));
        m_float->setFocus();
    }
}

void ShiftDialog::openShift()
{
    const std::optional<Money> amount = Money::parse(
        m_float->text().trimmed().isEmpty() ? QStringLiteral("0") : m_float->text().trimmed());
    if (!amount)
        return say(tr("备用金“%1”不是金额").arg(m_float->text()), true);
    Result<Shift> s = m_shifts.open(*amount);
    if (!s)
        return say(s.error().userText(), true);
    say(tr("已开班 %1，备用金 %2").arg(s->shiftNo, s->openingFloat.display()), false);
    accept();
}

void ShiftDialog::handOver()
{
    CashCount counted;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counted.pieces.insert(it.key(), it.value()->value());
    Result<ShiftService::Handover> h = m_shifts.handOver(counted);
    if (!h)
        return say(h.error().userText(), true);
    const Shift& s = h->shift;
    const Money diff = s.difference();
    m_countPanel->setEnabled(false);
    m_result->setText(tr("班次 %1 已交班。应有现金 %2，实点 %3，%4")
                          .arg(s.shiftNo, s.expectedCash().display(), s.counted.total().display(),
                               diff.isZero()       ? tr("无长短款")
                               : diff.isNegative() ? tr("短款 %1").arg((-diff).display())
                                                   : tr("长款 %1").arg(diff.display())));
    m_result->setStyleSheet(diff.isZero() ? QStringLiteral("font-size: 18px; color: #1b5e20;")
                                          : QStringLiteral("font-size: 18px; color: #b00020;"));
    if (!h->auditProblem.isEmpty())
        say(h->auditProblem, true);
    else if (h->printPending)
        say(tr("交班单打印中…"), false);
    else if (h->printed)
        say(tr("交班单已打印"), false);
    else
        say(tr("已交班，但交班单未打印：%1（可补打）").arg(h->printProblem), true);
    m_reprint->show();
    m_logOut->show();
    m_logOut->setFocus();
}

} // namespace pos::ui
