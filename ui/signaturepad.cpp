#include "ui/signaturepad.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace pos::ui {

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_StaticContents);
    setMinimumSize(320, 120);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("请患者在此签名"));
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (!m_clock.isValid())
        m_clock.start();
    m_drawing = true;
    m_strokes.append({Point{event->position(), m_clock.elapsed()}});
    update();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().append(Point{event->position(), m_clock.elapsed()});
    update();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drawing || event->button() != Qt::LeftButton)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::paintStrokes(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QList<Point>& stroke : m_strokes) {
        if (stroke.size() == 1) {
            painter.drawPoint(stroke.first().at);
            continue;
        }
        QPainterPath path(stroke.first().at);
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(stroke.at(i).at);
        painter.drawPath(path);
    }
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 1, Qt::DashLine));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const int baseline = height() * 3 / 4;
    p.drawLine(12, baseline, width() - 12, baseline);
    if (m_strokes.isEmpty()) {
        p.setPen(QColor(0x9e, 0x9e, 0x9e));
        p.drawText(rect(), Qt::AlignCenter, tr("请患者在此签名"));
    }
    paintStrokes(p);
}

QByteArray SignaturePad::png() const
{
    if (m_strokes.isEmpty())
        return {};
    QImage image(size(), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paintStrokes(p);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray SignaturePad::strokesJson() const
{
    if (m_strokes.isEmpty())
        return {};
    QJsonArray strokes;
    for (const QList<Point>& stroke : m_strokes) {
        QJsonArray points;
        for (const Point& pt : stroke)
            points.append(QJsonObject{{QStringLiteral("x"), qRound(pt.at.x())},
                                      {QStringLiteral("y"), qRound(pt.at.y())},
                                      {QStringLiteral("t"), pt.ms}});
        strokes.append(points);
    }
    return QJsonDocument(strokes).toJson(QJsonDocument::Compact);
}

} // namespace pos::ui
