#pragma once

#include "app/core/ports/device.h"

#include <QObject>
#include <QPointF>
#include <QString>

namespace pos {

/// A signature pad the patient signs the 医保结算单 on (SETTLE-SLIP): a pen tablet beside the
/// customer display. It reports the pen as it touches, moves over and leaves the writing surface;
/// positions are fractions of the surface (0 … 1 across from the left, 0 … 1 down from the top),
/// so whoever draws them scales them to its own size. A stroke always ends with penUp(), also when
/// the pad is unplugged mid-stroke or the kernel dropped events. It decides nothing: the signature
/// it yields is kept or refused by the settlement.
/// Thread: owner's thread; signals arrive there.
class SignatureTablet : public QObject, public DeviceIdentity
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Whether the pad is connected and read now.
    [[nodiscard]] virtual bool isAvailable() const = 0;
    /// Width ÷ height of the writing surface (a figure > 0), to draw without distortion.
    [[nodiscard]] virtual double aspectRatio() const = 0;

Q_SIGNALS:
    void penDown(QPointF at);
    void penMoved(QPointF at);
    void penUp();
    /// Connected or lost, with the words the counter shows ("签名板已拔出").
    void availabilityChanged(bool available, const QString& message);
};

} // namespace pos
