#include "ui/signaturepad.h"

#include "app/core/ports/signaturetablet.h"

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
    m_usedTablet = false;
    update();
    Q_EMIT changed();
}

QString SignaturePad::method() const
{
    return m_usedTablet ? QStringLiteral("pad") : QStringLiteral("screen");
}

void SignaturePad::attachTablet(SignatureTablet* tablet)
{
    if (m_tablet)
        disconnect(m_tablet, nullptr, this, nullptr);
    m_tablet = tablet;
    if (!tablet)
        return;
    connect(tablet, &SignatureTablet::penDown, this, [this](QPointF at) {
        m_usedTablet = true;
        startStroke(fromTablet(at));
    });
    connect(tablet, &SignatureTablet::penMoved, this,
            [this](QPointF at) { extendStroke(fromTablet(at)); });
    connect(tablet, &SignatureTablet::penUp, this, &SignaturePad::endStroke);
    update();
}

QRectF SignaturePad::tabletArea() const
{
    const QRectF all = QRectF(rect());
    const double aspect = m_tablet ? m_tablet->aspectRatio() : 0;
    if (aspect <= 0 || all.isEmpty())
        return all;
    QSizeF size = all.size();
    if (size.width() / size.height() > aspect)
        size.setWidth(size.height() * aspect);
    else
        size.setHeight(size.width() / aspect);
    QRectF area(QPointF(), size);
    area.moveCenter(all.center());
    return area;
}

QPointF SignaturePad::fromTablet(QPointF fraction) const
{
    const QRectF area = tabletArea();
    return {area.left() + fraction.x() * area.width(), area.top() + fraction.y() * area.height()};
}

void SignaturePad::startStroke(QPointF at)
{
    if (!m_clock.isValid())
        m_clock.start();
    m_drawing = true;
    m_strokes.append({Point{at, m_clock.elapsed()}});
    update();
}

void SignaturePad::extendStroke(QPointF at)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().append(Point{at, m_clock.elapsed()});
    update();
}

void SignaturePad::endStroke()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        startStroke(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    extendStroke(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        endStroke();
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
    const bool pad = m_tablet && m_tablet->isAvailable();
    if (pad && tabletArea() != QRectF(rect())) // the pad's surface, where its strokes land
        p.drawRect(tabletArea().adjusted(0.5, 0.5, -0.5, -0.5));
    if (m_strokes.isEmpty()) {
        p.setPen(QColor(0x9e, 0x9e, 0x9e));
        p.drawText(rect(), Qt::AlignCenter,
                   pad ? tr("请患者在签名板上签名（或在此处签名）") : tr("请患者在此签名"));
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
