#include "ui/customerdisplay.h"

#include "app/core/camera/settlementevidence.h"
#include "app/core/insurance/settlementservice.h"
#include "app/core/sale/saleworkflow.h"
#include "ui/camerapanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace pos::ui {

namespace {

/// How long the paid amount and the change stay up when no next customer starts (ms).
constexpr int kThanksMs = 60 * 1000;

bool showsPicture(camera::EvidenceState s)
{
    using S = camera::EvidenceState;
    return s == S::AwaitingConsent || s == S::Capturing || s == S::FaceHeld || s == S::Settling;
}

} // namespace

CustomerDisplay::CustomerDisplay(const SaleWorkflow& sale,
                                 const camera::SettlementEvidence* evidence,
                                 const QString& storeName, QWidget* parent)
    : QWidget(parent)
    , m_sale(sale)
    , m_evidence(evidence)
{
    setObjectName(QStringLiteral("customerDisplay"));
    // It only shows: the cashier's keys (F12, the scanner's wedge input…) stay with the counter.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setWindowTitle(tr("顾客显示屏 — %1").arg(storeName));
    setStyleSheet(QStringLiteral("#customerDisplay { background: #ffffff; }"));
    auto* layout = new QVBoxLayout(this);

    auto* welcome = new QLabel(tr("%1　欢迎光临").arg(storeName), this);
    QFont title = welcome->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    welcome->setFont(title);
    welcome->setAlignment(Qt::AlignCenter);
    layout->addWidget(welcome);

    m_notice = new QLabel(CameraPanel::noticeText(), this);
    m_notice->setObjectName(QStringLiteral("customerNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background:#fff4ce;padding:8px;font-size:18px;font-weight:bold;"));
    m_notice->setVisible(m_evidence != nullptr);
    layout->addWidget(m_notice);

    auto* row = new QHBoxLayout;
    m_cameraBox = new QWidget(this);
    auto* cameraLayout = new QVBoxLayout(m_cameraBox);
    cameraLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QLabel(m_cameraBox);
    m_preview->setMinimumSize(320, 240);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background:#202020;color:#ddd;"));
    m_preview->setText(tr("请看摄像头"));
    cameraLayout->addWidget(m_preview, 1);
    m_verdict = new QLabel(m_cameraBox);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setWordWrap(true);
    cameraLayout->addWidget(m_verdict);
    row->addWidget(m_cameraBox, 1);

    auto* sideLayout = new QVBoxLayout;
    m_items = new QTableWidget(0, 3, this);
    m_items->setObjectName(QStringLiteral("customerItems"));
    m_items->setHorizontalHeaderLabels({tr("商品"), tr("数量 × 单价"), tr("金额")});
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->setFocusPolicy(Qt::NoFocus);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    QFont itemsFont = m_items->font();
    itemsFont.setPointSizeF(itemsFont.pointSizeF() * 1.3);
    m_items->setFont(itemsFont);
    sideLayout->addWidget(m_items, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("customerTotal"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 2.4);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    sideLayout->addWidget(m_total);
    m_tenders = new QLabel(this);
    m_tenders->setObjectName(QStringLiteral("customerTenders"));
    m_tenders->setWordWrap(true);
    m_tenders->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont tenderFont = m_tenders->font();
    tenderFont.setPointSizeF(tenderFont.pointSizeF() * 1.5);
    m_tenders->setFont(tenderFont);
    sideLayout->addWidget(m_tenders);
    m_thanks = new QLabel(this);
    m_thanks->setObjectName(QStringLiteral("customerThanks"));
    m_thanks->setFont(totalFont);
    m_thanks->setAlignment(Qt::AlignCenter);
    m_thanks->setStyleSheet(QStringLiteral("color:#1b7f3b;"));
    sideLayout->addWidget(m_thanks);
    row->addLayout(sideLayout, 1);
    layout->addLayout(row, 1);

    m_thanksTimer = new QTimer(this);
    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(kThanksMs);
    connect(m_thanksTimer, &QTimer::timeout, this, &CustomerDisplay::showCart);

    connect(&m_sale, &SaleWorkflow::cartChanged, this, [this] {
        // The paid sale (or the settlement's amounts) stays up until the next customer's first
        // item (or the timer).
        if (!m_sale.cart().isEmpty() || (!m_thanksTimer->isActive() && !m_showingSplit))
            showCart();
    });
    connect(&m_sale, &SaleWorkflow::saleCompleted, this, &CustomerDisplay::showPaid);
    connect(&m_sale, &SaleWorkflow::tendersChanged, this, &CustomerDisplay::showTenders);
    m_scaler = new FrameScaler(this);
    connect(m_scaler, &FrameScaler::scaled, this, &CustomerDisplay::showScaled);
    if (m_evidence) {
        connect(m_evidence, &camera::SettlementEvidence::stateChanged, this,
                &CustomerDisplay::refreshCamera);
        connect(m_evidence, &camera::SettlementEvidence::verdictChanged, this,
                &CustomerDisplay::refreshCamera);
    }
    showCart();
    refreshCamera();
}

QStringList CustomerDisplay::itemLines() const
{
    QStringList lines;
    for (int r = 0; r < m_items->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_items->columnCount(); ++c)
            cells << (m_items->item(r, c) ? m_items->item(r, c)->text() : QString());
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

bool CustomerDisplay::pictureShown() const
{
    return !m_cameraBox->isHidden();
}

void CustomerDisplay::showLines(const QList<SaleLine>& lines)
{
    m_items->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const SaleLine& l = lines.at(r);
        const QString name =
            l.product.spec.isEmpty()
                ? l.product.displayName()
                : QStringLiteral("%1 %2").arg(l.product.displayName(), l.product.spec);
        m_items->setItem(r, 0, new QTableWidgetItem(name));
        // PRICE-OVERRIDE: the customer sees the shelf price beside the price charged.
        const QString price =
            l.priceOverride ? tr("%1（原价 %2）")
                                  .arg(l.unitPrice.display(), l.priceOverride->listPrice.display())
                            : l.unitPrice.display();
        m_items->setItem(
            r, 1, new QTableWidgetItem(tr("%1 %2 × %3").arg(l.quantity).arg(l.unitName(), price)));
        auto* amount = new QTableWidgetItem(l.amount().display());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(r, 2, amount);
    }
    if (!lines.isEmpty())
        m_items->scrollToBottom(); // the item just scanned is the one the customer looks for
}

void CustomerDisplay::showCart()
{
    m_showingSplit = false;
    m_thanksTimer->stop();
    m_thanks->clear();
    const Cart& cart = m_sale.cart();
    showLines(cart.lines());
    QString total = cart.isEmpty()
                        ? QString()
                        : tr("共 %1 件　应付 %2").arg(cart.itemCount()).arg(cart.total().display());
    if (cart.discountTotal().fen() > 0)
        total += tr("\n已优惠 %1").arg(cart.discountTotal().display());
    m_total->setText(total);
    showTenders();
}

void CustomerDisplay::showTenders()
{
    const QList<Tender>& taken = m_sale.tendersTaken();
    if (taken.isEmpty() && !m_sale.walletPending()) {
        m_tenders->clear();
        return;
    }
    QStringList parts;
    for (const Tender& t : taken)
        parts << tr("%1 %2").arg(toDisplayString(t.kind), t.amount.display());
    QString text = tr("已收：%1").arg(parts.isEmpty() ? tr("无") : parts.join(tr("，")));
    text += m_sale.walletPending() ? tr("\n正在扫码支付，请稍候…")
                                   : tr("\n还需支付 %1").arg(m_sale.amountDue().display());
    m_tenders->setText(text);
}

void CustomerDisplay::showPaid(const PaymentOutcome& outcome)
{
    const CompletedSale& s = outcome.sale;
    showLines(s.lines);
    m_total->setText(tr("应付 %1").arg(s.total.display()));
    // How it was paid, tender by tender (cash as handed over).
    if (s.payment.method == PaymentMethod::Insurance) {
        m_tenders->clear();
    } else {
        QStringList parts;
        for (const Tender& t : s.payment.tendersOr(s.total))
            parts << tr("%1 %2").arg(
                toDisplayString(t.kind),
                (t.kind == TenderKind::Cash ? t.amount + s.payment.change : t.amount).display());
        m_tenders->setText(parts.join(tr("，")));
    }
    m_thanks->setText(tr("实收 %1　找零 %2\n谢谢惠顾，祝您早日康复")
                          .arg(s.payment.tendered.display(), s.payment.change.display()));
    m_thanksTimer->start();
}

void CustomerDisplay::setSettlement(const SettlementService* settlement)
{
    if (m_settlement)
        disconnect(m_settlement, nullptr, this, nullptr);
    m_settlement = settlement;
    if (m_settlement)
        connect(m_settlement, &SettlementService::changed, this, &CustomerDisplay::showSettlement);
    showSettlement();
}

void CustomerDisplay::showSettlement()
{
    const std::optional<InsuredSettlementRecord> none;
    const std::optional<InsuredSettlementRecord>& s = m_settlement ? m_settlement->current() : none;
    using S = SettleState;
    const bool asked = s && (s->state == S::PreSettled || s->state == S::Settling);
    const bool settled = s
                         && (s->state == S::Settled || s->state == S::CashTaken
                             || s->state == S::SlipPrinted || s->state == S::Signed);
    if (!asked && !settled) {
        // Before 2101 the cart is what there is to see; after a cancel or a reversal, too.
        // A signed one stays up with the thanks until the timer or the next customer.
        if (std::exchange(m_showingSplit, false) && !m_thanksTimer->isActive())
            showCart();
        return;
    }
    m_showingSplit = true;
    m_thanksTimer->stop();
    const SettlementSplit& split = asked ? s->preSplit : s->split;
    m_total->setText(tr("医疗费总额 %1").arg(split.total.display()));
    const QString amounts =
        tr("医保统筹支付 %1\n个人账户支付 %2\n您需支付现金 %3")
            .arg(split.fund.display(), split.account.display(), split.cash.display());
    QString head;
    switch (s->state) {
    case S::PreSettled: head = tr("请核对医保结算金额"); break;
    case S::Settling: head = tr("正在医保结算，请稍候"); break;
    case S::Settled:
    case S::CashTaken: head = tr("医保结算成功"); break;
    case S::SlipPrinted: head = tr("请在医保结算单上签字"); break;
    default: head = tr("医保结算完成，谢谢，祝您早日康复"); break;
    }
    m_thanks->setText(head + u'\n' + amounts);
    if (s->state == S::Signed)
        m_thanksTimer->start(); // stays up like a paid sale's change, until the next customer
}

void CustomerDisplay::refreshCamera()
{
    const bool show = m_evidence && showsPicture(m_evidence->state());
    m_cameraBox->setVisible(show);
    if (!show) {
        // Between settlements nobody's picture stays on the customer's screen, nor comes later.
        m_scaler->clear();
        m_frame = VideoFrame{};
        m_scaled = ScaledFrame{};
        m_picture = QImage();
        m_preview->clear();
        m_preview->setText(tr("请看摄像头"));
        m_verdict->clear();
        return;
    }
    using S = camera::EvidenceState;
    const camera::FaceVerdict& v = m_evidence->liveVerdict();
    switch (m_evidence->state()) {
    case S::AwaitingConsent:
        m_verdict->setText(tr("医保结算需采集您的人脸，请告诉收银员是否同意"));
        break;
    case S::FaceHeld:
    case S::Settling: m_verdict->setText(tr("人脸已采集，谢谢配合")); break;
    default: m_verdict->setText(v.words.isEmpty() ? tr("请正视摄像头") : v.words); break;
    }
    m_verdict->setStyleSheet(v.usable() || m_evidence->state() == S::FaceHeld
                                     || m_evidence->state() == S::Settling
                                 ? QStringLiteral("color:#1b7f3b;")
                                 : QStringLiteral("color:#b35c00;"));
    drawPicture();
}

QSize CustomerDisplay::pictureSize() const
{
    return m_preview->size().expandedTo(QSize(320, 240));
}

void CustomerDisplay::showFrame(const VideoFrame& frame)
{
    if (!pictureShown())
        return;
    if (m_lastDrawn.isValid() && m_lastDrawn.elapsed() < 100)
        return;
    m_lastDrawn.start();
    m_frame = frame; // shares the bytes; the scaler reads them on its thread
    m_scaler->submit(m_frame, pictureSize(), true);
}

void CustomerDisplay::showScaled(const ScaledFrame& scaled)
{
    if (!pictureShown()) // the settlement ended meanwhile: nobody's picture stays
        return;
    m_scaled = scaled;
    drawPicture();
}

void CustomerDisplay::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Full screen arrives after the first frames: the picture follows the screen's size (once
    // the layout has given the picture its new size).
    QTimer::singleShot(0, this, &CustomerDisplay::rescale);
}

void CustomerDisplay::rescale()
{
    if (pictureShown() && !m_frame.bgr.isEmpty())
        m_scaler->submit(m_frame, pictureSize(), true);
}

void CustomerDisplay::drawPicture()
{
    if (m_scaled.picture.isNull() || !m_evidence)
        return;
    m_picture = CameraPanel::framedPicture(m_scaled, m_evidence->liveVerdict(), true);
    m_preview->setPixmap(QPixmap::fromImage(m_picture));
}

} // namespace pos::ui
