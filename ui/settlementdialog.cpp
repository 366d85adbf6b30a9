#include "ui/settlementdialog.h"

#include "app/core/insurance/insuredcheckout.h"
#include "app/core/notice.h"
#include "app/core/ports/signaturetablet.h"
#include "app/core/staff/privacy.h"
#include "ui/signaturepad.h"

#include <QBoxLayout>
#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pos::ui {

namespace {

QString insutypeText(const QString& code)
{
    if (code == u"310")
        return SettlementDialog::tr("职工医保");
    if (code == u"390")
        return SettlementDialog::tr("居民医保");
    return code;
}

QPushButton* makeButton(const QString& name, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    b->setMinimumHeight(40); // a target for a finger on a touch screen
    return b;
}

} // namespace

SettlementDialog::SettlementDialog(InsuredCheckout& checkout, QImage face, SignatureTablet* tablet,
                                   QWidget* parent)
    : QDialog(parent)
    , m_checkout(checkout)
{
    setWindowTitle(tr("医保结算"));
    setMinimumWidth(720);
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    layout->addWidget(m_state);

    // SETTLE-ID: the credential's person beside the face the camera holds.
    auto* identity = new QGroupBox(tr("核对人证（SETTLE-ID）"), this);
    auto* idRow = new QHBoxLayout(identity);
    m_face = new QLabel(identity);
    m_face->setFixedSize(200, 150);
    m_face->setAlignment(Qt::AlignCenter);
    m_face->setStyleSheet(QStringLiteral("background: #263238; color: white;"));
    if (face.isNull())
        m_face->setText(tr("（无摄像头画面）"));
    else
        m_face->setPixmap(QPixmap::fromImage(
            face.scaled(m_face->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    idRow->addWidget(m_face);
    m_person = new QLabel(identity);
    m_person->setTextFormat(Qt::PlainText);
    m_person->setStyleSheet(QStringLiteral("font-size: 16px;"));
    idRow->addWidget(m_person, 1);
    auto* idButtons = new QVBoxLayout;
    idButtons->addWidget(makeButton(QStringLiteral("confirmIdentity"), tr("人证相符"), identity));
    m_reason = new QLineEdit(identity);
    m_reason->setPlaceholderText(tr("不符的理由"));
    idButtons->addWidget(m_reason);
    idButtons->addWidget(makeButton(QStringLiteral("rejectIdentity"), tr("人证不符"), identity));
    idRow->addLayout(idButtons);
    layout->addWidget(identity);

    auto* money = new QGroupBox(tr("结算"), this);
    auto* moneyRow = new QHBoxLayout(money);
    m_split = new QLabel(money);
    m_split->setTextFormat(Qt::PlainText);
    m_split->setStyleSheet(QStringLiteral("font-size: 16px;"));
    moneyRow->addWidget(m_split, 1);
    auto* moneyButtons = new QVBoxLayout;
    moneyButtons->addWidget(makeButton(QStringLiteral("settle"), tr("确认结算"), money));
    m_tendered = new QLineEdit(money);
    m_tendered->setPlaceholderText(tr("实收现金"));
    moneyButtons->addWidget(m_tendered);
    moneyButtons->addWidget(makeButton(QStringLiteral("takeCash"), tr("收取现金"), money));
    moneyButtons->addWidget(makeButton(QStringLiteral("printSlip"), tr("打印结算单"), money));
    moneyRow->addLayout(moneyButtons);
    layout->addWidget(money);

    auto* signature = new QGroupBox(tr("患者签名（SETTLE-SLIP）"), this);
    auto* signRow = new QHBoxLayout(signature);
    m_pad = new SignaturePad(signature);
    auto* padColumn = new QVBoxLayout;
    padColumn->addWidget(m_pad, 1);
    signRow->addLayout(padColumn, 1);
    auto* signButtons = new QVBoxLayout;
    signButtons->addWidget(makeButton(QStringLiteral("clearSignature"), tr("重签"), signature));
    signButtons->addWidget(makeButton(QStringLiteral("sign"), tr("确认签名"), signature));
    signButtons->addWidget(
        makeButton(QStringLiteral("paperSignature"), tr("纸质签名：导入扫描件…"), signature));
    signRow->addLayout(signButtons);
    layout->addWidget(signature);
    if (tablet) {
        m_pad->attachTablet(tablet);
        m_tabletLine = new QLabel(signature);
        m_tabletLine->setTextFormat(Qt::PlainText);
        m_tabletLine->setObjectName(QStringLiteral("tabletLine"));
        padColumn->addWidget(m_tabletLine);
        auto showTablet = [this, tablet](bool available, const QString& words) {
            m_tabletLine->setText(words.isEmpty() ? tablet->deviceName() : words);
            m_tabletLine->setStyleSheet(available ? QString() : QStringLiteral("color: #b00020;"));
        };
        showTablet(tablet->isAvailable(),
                   tablet->isAvailable()
                       ? tr("%1 已连接").arg(tablet->deviceName())
                       : tr("%1 未连接：可在屏幕上或纸质结算单上签名").arg(tablet->deviceName()));
        connect(tablet, &SignatureTablet::availabilityChanged, this,
                [this, showTablet](bool available, const QString& words) {
                    showTablet(available, available
                                              ? words
                                              : tr("%1：可在屏幕上或纸质结算单上签名").arg(words));
                    m_pad->update();
                });
    }

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(makeButton(QStringLiteral("cancel"), tr("取消结算"), this));
    bottom->addWidget(makeButton(QStringLiteral("close"), tr("关闭"), this));
    layout->addLayout(bottom);

    SettlementService& service = m_checkout.settlement();
    connect(button(QStringLiteral("confirmIdentity")), &QPushButton::clicked, this, [this] {
        SettlementService& s = m_checkout.settlement();
        Status ok = s.confirmIdentity();
        // 2101 follows at once: the split is what the patient is shown next.
        if (ok)
            ok = s.preSettle();
        report(ok);
    });
    connect(button(QStringLiteral("rejectIdentity")), &QPushButton::clicked, this,
            [this] { report(m_checkout.settlement().rejectIdentity(m_reason->text())); });
    connect(button(QStringLiteral("settle")), &QPushButton::clicked, this,
            [this] { report(m_checkout.settlement().settle()); });
    connect(button(QStringLiteral("takeCash")), &QPushButton::clicked, this, [this] {
        const std::optional<Money> tendered = Money::parse(m_tendered->text().trimmed());
        if (!tendered) {
            report(makeError(ErrorCode::InvalidInput,
                             tr("实收金额“%1”无效").arg(m_tendered->text().trimmed())));
            return;
        }
        SettlementService& s = m_checkout.settlement();
        Status ok = s.takeCash(*tendered);
        // The slip prints as soon as the money is in.
        if (ok)
            ok = s.printSlip();
        report(ok);
    });
    connect(button(QStringLiteral("printSlip")), &QPushButton::clicked, this,
            [this] { report(m_checkout.settlement().printSlip()); });
    connect(button(QStringLiteral("clearSignature")), &QPushButton::clicked, m_pad,
            &SignaturePad::clear);
    connect(button(QStringLiteral("sign")), &QPushButton::clicked, this, [this] {
        report(m_checkout.settlement().sign(
            SettlementService::Signature{m_pad->png(), m_pad->strokesJson(), m_pad->method()}));
    });
    connect(button(QStringLiteral("paperSignature")), &QPushButton::clicked, this, [this] {
        // The patient signed the printed slip: its scan or photo is kept as the signature.
        const QString path =
            QFileDialog::getOpenFileName(this, tr("选择已签字结算单的扫描件或照片"), QString(),
                                         tr("图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
        if (!path.isEmpty())
            report(signWithPaperScan(path));
    });
    connect(button(QStringLiteral("cancel")), &QPushButton::clicked, this,
            [this] { report(m_checkout.settlement().cancel(tr("收银员取消"))); });
    connect(button(QStringLiteral("close")), &QPushButton::clicked, this,
            &SettlementDialog::reject);
    connect(&service, &SettlementService::changed, this, &SettlementDialog::refresh);
    connect(&service, &SettlementService::notice, this, &SettlementDialog::showNotice);
    connect(m_pad, &SignaturePad::changed, this, &SettlementDialog::refresh);
    refresh();
}

QString SettlementDialog::tabletText() const
{
    return m_tabletLine ? m_tabletLine->text() : QString();
}

Status SettlementDialog::signWithPaperScan(const QString& path)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return makeError(ErrorCode::InvalidInput, tr("找不到扫描件 %1").arg(path),
                         QStringLiteral("SETTLE-SLIP"));
    if (file.size() > kMaxScanBytes)
        return makeError(ErrorCode::InvalidInput,
                         tr("扫描件 %1 过大（%2 MB，上限 %3 MB）：请降低扫描分辨率")
                             .arg(file.fileName())
                             .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                             .arg(kMaxScanBytes / (1024 * 1024)),
                         QStringLiteral("SETTLE-SLIP"));
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's orientation
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxScanSide || size.height() > kMaxScanSide))
        return makeError(ErrorCode::InvalidInput,
                         tr("扫描件 %1 尺寸过大（%2×%3 像素，上限 %4）")
                             .arg(file.fileName())
                             .arg(size.width())
                             .arg(size.height())
                             .arg(kMaxScanSide),
                         QStringLiteral("SETTLE-SLIP"));
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput,
                         tr("无法读取扫描件 %1：%2").arg(file.fileName(), reader.errorString()),
                         QStringLiteral("SETTLE-SLIP"));
    // Kept legible and small: grey, at most kKeptSide pixels on its longer side.
    if (image.width() > kKeptSide || image.height() > kKeptSide)
        image = image.scaled(kKeptSide, kKeptSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return makeError(ErrorCode::InvalidInput, tr("扫描件 %1 无法转换").arg(file.fileName()));
    return m_checkout.settlement().sign(
        SettlementService::Signature{png, QByteArray(), QStringLiteral("paper")});
}

QPushButton* SettlementDialog::button(const QString& objectName) const
{
    return findChild<QPushButton*>(objectName);
}

QString SettlementDialog::stateText() const
{
    return m_state->text();
}

QString SettlementDialog::messageText() const
{
    return m_message->text();
}

QString SettlementDialog::personText() const
{
    return m_person->text();
}

QString SettlementDialog::splitText() const
{
    return m_split->text();
}

void SettlementDialog::report(const Status& s)
{
    if (!s)
        showNotice(Notice{Notice::Level::Error, s.error().userText()});
    refresh();
}

void SettlementDialog::showNotice(const Notice& n)
{
    m_message->setStyleSheet(n.level == Notice::Level::Error ? QStringLiteral("color: #c62828;")
                             : n.level == Notice::Level::Warning
                                 ? QStringLiteral("color: #8a5a00;")
                                 : QStringLiteral("color: #2e7d32;"));
    m_message->setText(n.text);
}

void SettlementDialog::refresh()
{
    const SettlementService& service = m_checkout.settlement();
    const std::optional<InsuredSettlementRecord>& r = service.current();
    const SettleState state = r ? r->state : SettleState::Cancelled;
    m_state->setText(r ? tr("医保结算 %1 · %2").arg(r->settlementNo, toDisplayString(state))
                       : tr("医保结算已结束"));
    if (r && !r->person.psnNo.isEmpty()) {
        // Masked: the screen may face the queue (DATA-PRIVACY).
        m_person->setText(tr("姓名：%1\n证件号：%2\n性别：%3  出生：%4\n险种：%5  账户余额：%6")
                              .arg(maskName(r->person.name), maskIdNumber(r->person.certNo),
                                   r->person.gender == u"2" ? tr("女") : tr("男"),
                                   r->person.birthDate.left(4) + tr("年"),
                                   insutypeText(r->person.insutype), r->person.balance.display()));
    } else {
        m_person->setText(service.busy() ? tr("正在查询参保人信息（1101）…") : QString());
    }
    const bool settled = r && isSettled(r->state);
    const SettlementSplit& split = settled ? r->split : (r ? r->preSplit : SettlementSplit{});
    QStringList lines;
    if (r
        && (settled || r->state == SettleState::PreSettled || r->state == SettleState::Settling)) {
        lines << tr("医疗费总额 %1").arg(split.total.display())
              << tr("统筹基金支付 %1").arg(split.fund.display())
              << tr("个人账户支付 %1").arg(split.account.display())
              << tr("个人现金支付 %1").arg(split.cash.display());
        if (settled)
            lines << tr("医保结算ID %1").arg(split.setlId);
        if (!service.cartSplit().selfPayLines.isEmpty())
            lines << tr("另有 %1 行不在医保目录内，结算后按现金收款：%2")
                         .arg(service.cartSplit().selfPayLines.size())
                         .arg(service.cartSplit().selfPayReasons.join(QStringLiteral("；")));
        if (r->cashTendered.fen() > 0 || r->state == SettleState::CashTaken
            || r->state == SettleState::SlipPrinted)
            lines << tr("实收 %1，找零 %2").arg(r->cashTendered.display(), r->change.display());
    }
    m_split->setText(lines.join(u'\n'));
    if (settled && m_tendered->text().isEmpty())
        m_tendered->setText(r->split.cash.toString());

    // Which step comes next — for the eye; the core refuses anything else.
    const auto enable = [this](const char* name, bool on) {
        button(QString::fromLatin1(name))->setEnabled(on);
    };
    const bool idle = !service.busy();
    enable("confirmIdentity", idle && r && r->state == SettleState::PersonFound);
    enable("rejectIdentity", idle && r && r->state == SettleState::PersonFound);
    enable("settle", idle && r && r->state == SettleState::PreSettled);
    enable("takeCash", r && r->state == SettleState::Settled);
    enable("printSlip",
           r && (r->state == SettleState::CashTaken || r->state == SettleState::SlipPrinted));
    enable("sign", r && r->state == SettleState::SlipPrinted && !m_pad->isEmpty());
    enable("clearSignature", r && r->state == SettleState::SlipPrinted);
    enable("paperSignature", r && r->state == SettleState::SlipPrinted);
    enable("cancel", idle && r && !isSettled(r->state) && !isFinal(r->state));
    button(QStringLiteral("printSlip"))
        ->setText(r && r->state == SettleState::SlipPrinted ? tr("补打结算单") : tr("打印结算单"));
}

void SettlementDialog::reject()
{
    m_checkout.leave(tr("收银员关闭结算窗口"));
    QDialog::reject();
}

} // namespace pos::ui
