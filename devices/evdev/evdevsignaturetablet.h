#pragma once

#include "app/core/ports/signaturetablet.h"
#include "devices/evdev/evdevpendecoder.h"
#include "devices/workerthread.h"

#include <QList>

#include <optional>

namespace pos::devices {

/// Options of a signature pad read from its evdev node.
struct EvdevTabletOptions
{
    QString path; ///< /dev/input/by-id/usb-…-event-mouse (or -event-if00 …)
    /// The surface to use instead of what the device reports (EVIOCGABS): for a pad whose firmware
    /// misreports its ranges, and for a recording of events replayed through a FIFO, which has none.
    std::optional<PenSurface> surface;
    int reopenRetryMs = 3000; ///< safety-net retry while the node is missing
};

class EvdevTabletReader;

/// A pen signature pad (SETTLE-SLIP) read from its own evdev node — the USB pads pharmacies buy
/// present themselves to Linux as tablets (ABS_X/ABS_Y, BTN_TOUCH, pressure). The node is grabbed
/// (EVIOCGRAB), so the pad does not also move the counter's mouse pointer. It is read on a reader
/// thread; unplugging reports availabilityChanged(false, …), ends a stroke in progress, and the
/// path is reopened when it reappears. Reads raw input_event records, so a FIFO of recorded
/// events (with `surface` given) replays a signing.
/// Thread: construct, use and destroy on the owner thread; signals arrive there.
class EvdevSignatureTablet final : public SignatureTablet
{
    Q_OBJECT
public:
    explicit EvdevSignatureTablet(EvdevTabletOptions options, QObject* parent = nullptr);
    ~EvdevSignatureTablet() override;

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] bool isAvailable() const override { return m_available; }
    [[nodiscard]] double aspectRatio() const override { return m_aspect; }
    /// The last availability words ("签名板已连接：…" or why not).
    [[nodiscard]] QString availabilityText() const { return m_availabilityText; }

    /// Thread-safe: the reader thread hands over what the pen did and whether the pad is there.
    void postPen(const QList<PenEvent>& events);
    void postAvailability(bool available, const QString& text, double aspect);

private:
    void deliverPen(const QList<PenEvent>& events);
    void deliverAvailability(bool available, const QString& text, double aspect);

    EvdevTabletOptions m_options;
    bool m_available = false;
    double m_aspect = 3.0;
    QString m_availabilityText;
    WorkerThread m_thread;
};

} // namespace pos::devices
