#pragma once

#include "app/core/ports/device.h"
#include "app/core/scan.h"

#include <QObject>

namespace pos {

/// Scanner port: every backend (HID-POS, evdev wedge, serial, camera, simulated) delivers the same
/// ScanEvent through scanned(). The counter listens here — never to whichever widget has focus.
/// Thread: emitted on the thread that owns the object; backends with reader threads hand events
/// over with queued signals.
class Scanner : public QObject, public DeviceIdentity
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void scanned(const pos::ScanEvent& event);
    /// The device was lost or came back (unplug/replug); text says which.
    void availabilityChanged(bool available, const QString& text);
};

/// For simulated scanners only: lets a person or a script "scan" a code.
class ScanInjector
{
public:
    virtual ~ScanInjector() = default;
    virtual void inject(const QByteArray& payload, const QString& symbologyId = {}) = 0;
};

} // namespace pos
