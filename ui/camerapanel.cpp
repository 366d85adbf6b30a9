#include "ui/camerapanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

CameraPanel::CameraPanel(camera::SettlementEvidence& evidence, QWidget* parent)
    : QWidget(parent)
    , m_evidence(evidence)
{
    auto* layout = new QVBoxLayout(this);
    m_notice = new QLabel(noticeText(), this);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background:#fff4ce;padding:6px;"));
    layout->addWidget(m_notice);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setMinimumSize(320, 180);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background:#202020;color:#ddd;"));
    m_preview->setText(tr("等待摄像头画面…"));
    layout->addWidget(m_preview, 1);

    m_verdict = new QLabel(this);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_verdict);

    m_consentQuestion = new QLabel(tr("请询问顾客：是否同意采集人脸用于本次医保结算？"), this);
    m_consentQuestion->setWordWrap(true);
    layout->addWidget(m_consentQuestion);
    auto* buttons = new QHBoxLayout;
    m_consent = new QPushButton(tr("顾客同意"), this);
    m_refuse = new QPushButton(tr("顾客拒绝（自费）"), this);
    m_retry = new QPushButton(tr("重新采集人脸"), this);
    buttons->addWidget(m_consent);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020;"));
    layout->addWidget(m_message);

    connect(m_consent, &QPushButton::clicked, this,
            [this] { showResult(m_evidence.giveConsent()); });
    connect(m_refuse, &QPushButton::clicked, this,
            [this] { showResult(m_evidence.refuseConsent(tr("顾客拒绝人脸采集"))); });
    connect(m_retry, &QPushButton::clicked, this, [this] { showResult(m_evidence.retry()); });
    connect(&m_evidence, &camera::SettlementEvidence::stateChanged, this, &CameraPanel::refresh);
    connect(&m_evidence, &camera::SettlementEvidence::verdictChanged, this, &CameraPanel::refresh);
    connect(&m_evidence, &camera::SettlementEvidence::conditionsChanged, this,
            &CameraPanel::refresh);
    connect(&m_evidence, &camera::SettlementEvidence::insuredPathClosed, this,
            [this](const Error& e) { m_message->setText(e.userText()); });
    m_scaler = new FrameScaler(this);
    connect(m_scaler, &FrameScaler::scaled, this, &CameraPanel::showScaled);
    refresh();
}

void CameraPanel::showResult(const Status& status)
{
    m_message->setText(status ? QString() : status.error().userText());
    refresh();
}

void CameraPanel::refresh()
{
    using S = camera::EvidenceState;
    const S state = m_evidence.state();
    const camera::FaceVerdict& v = m_evidence.liveVerdict();
    QString words = v.words;
    if (state == S::FaceHeld || state == S::Settling)
        words =
            tr("已采集本单人脸（%1 分） · 当前：%2")
                .arg(m_evidence.heldFace() ? m_evidence.heldFace()->verdict.score : 0, 0, 'f', 0)
                .arg(v.words);
    else if (state == S::ConsentRefused)
        words = tr("顾客拒绝人脸采集：本单不能医保结算，可自费");
    m_verdict->setText(words);
    m_verdict->setStyleSheet(v.usable() || state == S::FaceHeld || state == S::Settling
                                 ? QStringLiteral("color:#1b7f3b;")
                                 : QStringLiteral("color:#b35c00;"));
    const bool asking = state == S::AwaitingConsent;
    m_consentQuestion->setVisible(asking);
    m_consent->setVisible(asking);
    m_refuse->setVisible(asking || state == S::Capturing || state == S::FaceHeld);
    m_refuse->setText(asking ? tr("顾客拒绝（自费）") : tr("顾客撤回同意"));
    m_retry->setVisible(state == S::Capturing || state == S::FaceHeld);

    const camera::EvidenceConditions& c = m_evidence.conditions();
    QStringList parts;
    parts << camera::toDisplayString(c.camera) << recordingWords(c);
    parts << camera::toDisplayString(state);
    m_status->setText(parts.join(QStringLiteral(" · ")));
    drawPicture();
}

QStringList CameraPanel::recordingWords(const camera::EvidenceConditions& c)
{
    QStringList parts;
    parts << (c.recorder.writing()
                  ? tr("录像中")
                  : (c.recorder.problem.isEmpty() ? tr("录像未进行")
                                                  : tr("录像故障：%1").arg(c.recorder.problem)));
    if (c.spaceBelowFloor)
        parts << tr("磁盘空间低于下限");
    else if (c.spaceLow)
        parts << tr("磁盘空间不足，请清理");
    return parts;
}

QString CameraPanel::noticeText()
{
    return tr("本结算区域全程录音录像。医保结算时经您同意采集人脸，仅用于本次结算核验，"
              "只保存在本店电脑上，到期删除；不同意可自费结算。");
}

QImage CameraPanel::framedPicture(const ScaledFrame& scaled, const camera::FaceVerdict& verdict,
                                  bool mirrored)
{
    QImage picture = scaled.picture;
    if (picture.isNull() || scaled.frameSize.isEmpty() || verdict.box.isEmpty())
        return picture;
    const double sx = double(picture.width()) / scaled.frameSize.width();
    const double sy = double(picture.height()) / scaled.frameSize.height();
    QRectF box(verdict.box.x() * sx, verdict.box.y() * sy, verdict.box.width() * sx,
               verdict.box.height() * sy);
    if (mirrored)
        box.moveLeft(picture.width() - box.right());
    QPainter p(&picture); // draws on a copy: the scaled picture stays clean for the next verdict
    p.setPen(QPen(verdict.usable() ? QColor(0x2e, 0xcc, 0x71) : QColor(0xff, 0xa5, 0x00), 3));
    p.drawRect(box);
    return picture;
}

QSize CameraPanel::pictureSize() const
{
    return m_preview->size().expandedTo(QSize(320, 180));
}

void CameraPanel::showFrame(const VideoFrame& frame)
{
    // Ten pictures a second are plenty for framing; the rest are not drawn at all.
    if (m_lastDrawn.isValid() && m_lastDrawn.elapsed() < 100)
        return;
    m_lastDrawn.start();
    m_frame = frame;
    m_scaler->submit(m_frame, pictureSize());
}

void CameraPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!m_frame.bgr.isEmpty())
        m_scaler->submit(m_frame, pictureSize()); // the picture follows the panel's size
}

void CameraPanel::showScaled(const ScaledFrame& scaled)
{
    m_scaled = scaled;
    drawPicture();
}

void CameraPanel::drawPicture()
{
    if (m_scaled.picture.isNull())
        return;
    m_picture = framedPicture(m_scaled, m_evidence.liveVerdict());
    m_preview->setPixmap(QPixmap::fromImage(m_picture));
}

} // namespace pos::ui
