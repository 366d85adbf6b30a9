#pragma once

#include "app/core/ports/signaturetablet.h"

#include <QList>

namespace pos::devices {

/// The simulated twin of a signature pad: a test, the scenario runner or the demo moves its pen.
/// Faults: unplug() mid-stroke ends the stroke (penUp) and reports the pad gone; plugIn() brings
/// it back. A pen moved while unplugged does nothing, as on a real pad.
/// Thread: owner's thread.
class SimulatedSignatureTablet final : public SignatureTablet
{
    Q_OBJECT
public:
    explicit SimulatedSignatureTablet(double aspectRatio = 3.0, QObject* parent = nullptr);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] bool isAvailable() const override { return m_available; }
    [[nodiscard]] double aspectRatio() const override { return m_aspect; }

    void touch(QPointF at);
    void move(QPointF at);
    void lift();
    /// Writes whole strokes: each a touch at its first point, moves through the rest, a lift.
    void sign(const QList<QList<QPointF>>& strokes);
    /// A short scrawl across the middle of the pad — a demo patient's signature.
    void signSample();

    void unplug();
    void plugIn();

private:
    double m_aspect;
    bool m_available = true;
    bool m_touching = false;
};

} // namespace pos::devices
