#include "ui/platformlinkindicator.h"

#include "app/core/ports/clock.h"
#include "app/core/upload/uploadservice.h"

#include <QMouseEvent>
#include <QTimer>

namespace pos::ui {

PlatformLinkIndicator::PlatformLinkIndicator(upload::UploadService& service, const Clock& clock,
                                             QWidget* parent)
    : QLabel(parent)
    , m_service(service)
    , m_clock(clock)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("platformLinkIndicator"));
    setTextFormat(Qt::RichText);
    setCursor(Qt::PointingHandCursor);
    connect(&m_service, &upload::UploadService::changed, this, &PlatformLinkIndicator::refresh);
    // The outage's length grows by itself: the text follows every half minute.
    connect(m_tick, &QTimer::timeout, this, &PlatformLinkIndicator::refresh);
    m_tick->start(30'000);
    refresh();
}

void PlatformLinkIndicator::refresh()
{
    const UploadQueueStatus s = m_service.status();
    const QDateTime now = m_clock.now();
    QString colour;
    QString words;
    switch (upload::UploadService::linkLevel(s)) {
    case upload::UploadService::LinkLevel::Ok:
        colour = QStringLiteral("#2e7d32");
        words =
            s.waiting() > 0 ? tr("医保平台 正常 · 待传 %1").arg(s.waiting()) : tr("医保平台 正常");
        break;
    case upload::UploadService::LinkLevel::Attention:
        colour = QStringLiteral("#ef6c00");
        words = tr("医保平台 · 待处理 %1").arg(s.rejected + s.unknown);
        break;
    case upload::UploadService::LinkLevel::Down: {
        colour = QStringLiteral("#c62828");
        const qint64 minutes = qMax<qint64>(0, s.linkDownSince.secsTo(now)) / 60;
        words = tr("医保平台 中断 %1 分钟 · 待传 %2").arg(minutes).arg(s.waiting());
        break;
    }
    }
    setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, words.toHtmlEscaped()));
    setToolTip(upload::UploadService::linkSummary(s, now));
    setProperty("level", static_cast<int>(upload::UploadService::linkLevel(s)));
}

void PlatformLinkIndicator::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated();
    QLabel::mousePressEvent(event);
}

} // namespace pos::ui
