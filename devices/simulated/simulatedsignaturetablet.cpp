#include "devices/simulated/simulatedsignaturetablet.h"

#include <cmath>

namespace pos::devices {

SimulatedSignatureTablet::SimulatedSignatureTablet(double aspectRatio, QObject* parent)
    : SignatureTablet(parent)
    , m_aspect(aspectRatio > 0 ? aspectRatio : 3.0)
{
}

QString SimulatedSignatureTablet::deviceName() const
{
    return tr("模拟签名板");
}

void SimulatedSignatureTablet::touch(QPointF at)
{
    if (!m_available || m_touching)
        return;
    m_touching = true;
    Q_EMIT penDown(at);
}

void SimulatedSignatureTablet::move(QPointF at)
{
    if (m_available && m_touching)
        Q_EMIT penMoved(at);
}

void SimulatedSignatureTablet::lift()
{
    if (!m_touching)
        return;
    m_touching = false;
    Q_EMIT penUp();
}

void SimulatedSignatureTablet::sign(const QList<QList<QPointF>>& strokes)
{
    for (const QList<QPointF>& stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        touch(stroke.first());
        for (qsizetype i = 1; i < stroke.size(); ++i)
            move(stroke.at(i));
        lift();
    }
}

void SimulatedSignatureTablet::signSample()
{
    QList<QPointF> wave;
    for (int i = 0; i <= 40; ++i) {
        const double x = 0.15 + 0.7 * i / 40.0;
        wave.append({x, 0.55 - 0.2 * std::sin(i * 0.6)});
    }
    sign({wave, {{0.3, 0.3}, {0.32, 0.75}}, {{0.6, 0.35}, {0.7, 0.7}}});
}

void SimulatedSignatureTablet::unplug()
{
    if (!m_available)
        return;
    lift();
    m_available = false;
    Q_EMIT availabilityChanged(false, tr("模拟签名板已拔出"));
}

void SimulatedSignatureTablet::plugIn()
{
    if (m_available)
        return;
    m_available = true;
    Q_EMIT availabilityChanged(true, tr("模拟签名板已连接"));
}

} // namespace pos::devices
