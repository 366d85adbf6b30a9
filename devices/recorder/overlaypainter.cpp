#include "devices/recorder/overlaypainter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OverlayPainter)
};
} // namespace

OverlayPainter::OverlayPainter(QSize outputSize, int maxItemLines)
    : m_size(outputSize)
    , m_maxItemLines(std::max(1, maxItemLines))
    , m_font(QStringLiteral("WenQuanYi Micro Hei"))
{
    m_font.setPixelSize(std::max(12, outputSize.height() / 30)); // 24 px at 720 rows
    m_font.setStyleStrategy(QFont::PreferAntialias);
}

QImage OverlayPainter::compose(const VideoFrame& frame, const OverlayText& text) const
{
    QImage out(m_size, QImage::Format_RGB32);
    QPainter p(&out);
    if (frame.width > 0 && frame.height > 0
        && frame.bgr.size() >= qsizetype(frame.strideBytes) * frame.height) {
        const QImage picture(reinterpret_cast<const uchar*>(frame.bgr.constData()), frame.width,
                             frame.height, frame.strideBytes, QImage::Format_BGR888);
        if (picture.size() == m_size) {
            p.drawImage(0, 0, picture);
        } else {
            p.setRenderHint(QPainter::SmoothPixmapTransform, false); // speed over beauty here
            p.drawImage(QRect(QPoint(0, 0), m_size), picture);
        }
    } else {
        out.fill(Qt::black);
    }

    p.setFont(m_font);
    const QFontMetrics fm(m_font);
    const int line = fm.height();
    const int pad = line / 4;
    const QColor band(0, 0, 0, 150);

    QString top = text.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!text.store.isEmpty())
        top += QStringLiteral("  ") + text.store;
    if (!text.terminal.isEmpty())
        top += QStringLiteral("  ") + Tr::tr("收银台 %1").arg(text.terminal);
    if (!text.settlementNo.isEmpty())
        top += QStringLiteral("  ") + Tr::tr("结算单 %1").arg(text.settlementNo);
    p.fillRect(QRect(0, 0, m_size.width(), line + 2 * pad), band);
    p.setPen(Qt::white);
    p.drawText(QRect(pad, pad, m_size.width() - 2 * pad, line), Qt::AlignLeft | Qt::AlignVCenter,
               top);

    if (!text.items.isEmpty()) {
        QStringList lines = text.items.mid(0, m_maxItemLines);
        if (text.items.size() > m_maxItemLines) {
            lines.removeLast();
            lines << Tr::tr("…共 %1 项").arg(text.items.size());
        }
        const int height = int(lines.size()) * line + 2 * pad;
        const int y0 = m_size.height() - height;
        p.fillRect(QRect(0, y0, m_size.width(), height), band);
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QRect(pad, y0 + pad + i * line, m_size.width() - 2 * pad, line),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(lines.at(i), Qt::ElideRight, m_size.width() - 2 * pad));
    }
    return out;
}

} // namespace pos::devices
