#include "ui/evidenceviewer.h"

#include "app/core/camera/clipmanifest.h"
#include "app/core/camera/evidenceaccess.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pos::ui {

EvidenceViewer::EvidenceViewer(camera::EvidenceAccess& access, QWidget* parent)
    : QWidget(parent)
    , m_access(access)
{
    auto* grid = new QGridLayout(this);
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("结算单号"));
    auto* show = new QPushButton(tr("查看人脸与录像"), this);
    auto* play = new QPushButton(tr("播放录像"), this);
    auto* exportButton = new QPushButton(tr("导出录像…"), this);
    grid->addWidget(m_number, 0, 0);
    grid->addWidget(show, 0, 1);
    grid->addWidget(play, 0, 2);
    grid->addWidget(exportButton, 0, 3);
    m_face = new QLabel(tr("人脸图像"), this);
    m_face->setMinimumSize(160, 200);
    m_face->setAlignment(Qt::AlignCenter);
    m_video = new QLabel(tr("录像"), this);
    m_video->setMinimumSize(480, 270);
    m_video->setAlignment(Qt::AlignCenter);
    m_video->setStyleSheet(QStringLiteral("background:#202020;color:#ddd;"));
    grid->addWidget(m_face, 1, 0);
    grid->addWidget(m_video, 1, 1, 1, 3);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, 2, 0, 1, 4);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020;"));
    grid->addWidget(m_message, 3, 0, 1, 4);

    connect(show, &QPushButton::clicked, this, &EvidenceViewer::showEvidence);
    connect(m_number, &QLineEdit::returnPressed, this, &EvidenceViewer::showEvidence);
    connect(play, &QPushButton::clicked, this, &EvidenceViewer::play);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportTo(); });
    connect(&m_timer, &QTimer::timeout, this, &EvidenceViewer::nextFrame);
}

void EvidenceViewer::showEvidence()
{
    m_message->clear();
    m_face->setPixmap({});
    m_face->setText(tr("人脸图像"));
    const QString no = m_number->text().trimmed();
    const Result<EvidenceSummary> summary = m_access.find(no);
    if (!summary) {
        m_message->setText(summary.error().userText());
        m_summary->clear();
        return;
    }
    const ClipRecord& c = summary->clip;
    m_summary->setText(
        tr("结算 %1：%2 至 %3，%4 个片段，%5；清单 SHA-256 %6；%7")
            .arg(c.settlementNo, c.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 c.end.toString(QStringLiteral("HH:mm:ss")))
            .arg(c.segmentCount)
            .arg(camera::toDisplayString(c.outcome), QString::fromLatin1(c.manifestSha256),
                 summary->backedUp ? tr("已备份") : tr("尚无备份")));
    if (!c.hasFace)
        return;
    const Result<QByteArray> face = m_access.viewFace(no);
    if (!face) {
        m_message->setText(face.error().userText());
        return;
    }
    const QImage image = QImage::fromData(*face);
    m_face->setPixmap(
        QPixmap::fromImage(image.scaled(m_face->size().expandedTo(QSize(160, 200)),
                                        Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void EvidenceViewer::play()
{
    m_timer.stop();
    m_message->clear();
    Result<std::unique_ptr<ClipPlayback>> clip = m_access.playClip(m_number->text().trimmed());
    if (!clip) {
        m_message->setText(clip.error().userText());
        return;
    }
    m_clip = std::move(clip.value());
    m_framesShown = 0;
    m_timer.start(int(1000.0 / m_clip->framesPerSecond()));
}

void EvidenceViewer::nextFrame()
{
    const std::optional<VideoFrame> f = m_clip ? m_clip->nextFrame() : std::nullopt;
    if (!f) {
        m_timer.stop();
        m_clip.reset();
        return;
    }
    const QImage image(reinterpret_cast<const uchar*>(f->bgr.constData()), f->width, f->height,
                       f->strideBytes, QImage::Format_BGR888);
    m_video->setPixmap(QPixmap::fromImage(image.scaled(
        m_video->size().expandedTo(QSize(480, 270)), Qt::KeepAspectRatio, Qt::FastTransformation)));
    ++m_framesShown;
}

void EvidenceViewer::exportTo(const QString& path)
{
    m_message->clear();
    const QString no = m_number->text().trimmed();
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("导出结算录像"), no + QStringLiteral(".mkv"),
                                              tr("Matroska 视频 (*.mkv)"));
    if (target.isEmpty())
        return;
    const Status s = m_access.exportClip(no, target);
    m_message->setStyleSheet(s ? QStringLiteral("color:#1b7f3b;")
                               : QStringLiteral("color:#b00020;"));
    m_message->setText(s ? tr("已导出至 %1（清单 %1.manifest.json）").arg(target)
                         : s.error().userText());
}

} // namespace pos::ui
