#pragma once

#include "devices/evdev/evdevkeydecoder.h"
#include "devices/readerbackedscanner.h"
#include "devices/workerthread.h"

#include <QStringList>

#include <optional>

namespace pos::devices {

class EvdevReader;

/// Options of a keyboard-wedge scanner read from its own evdev node.
struct EvdevScannerOptions
{
    QString path; ///< /dev/input/by-id/usb-…-event-kbd
    EvdevDecoderOptions decoder;
    bool aimPrefix = false;   ///< the scanner sends "]d2…" before the data: split it off
    int reopenRetryMs = 3000; ///< safety-net retry while the node is missing
};

/// A keyboard-wedge scanner read from its own evdev device and grabbed (EVIOCGRAB), so neither the
/// desktop nor the focused widget ever sees its keystrokes. Decodes with a fixed US layout
/// (EvdevKeyDecoder). The node is read on a reader thread; unplugging (ENODEV) reports
/// availabilityChanged(false, …) and the path is reopened when it reappears.
/// Thread: construct, use and destroy on the owner thread; signals arrive there.
class EvdevScanner final : public ReaderBackedScanner
{
    Q_OBJECT
public:
    /// Starts reading at once; an unopenable node is reported, not fatal, and retried.
    EvdevScanner(const Clock& clock, EvdevScannerOptions options, QObject* parent = nullptr);
    ~EvdevScanner() override;

    [[nodiscard]] QString deviceName() const override;

    /// The evdev code of a key name ("KEY_F8"); nullopt when libevdev knows no such key.
    [[nodiscard]] static std::optional<int> keyCode(const QString& name);
    /// Keyboards under /dev/input/by-id (the "-event-kbd" links): wedge scanner candidates.
    [[nodiscard]] static QStringList
    keyboardNodes(const QString& byIdDir = QStringLiteral("/dev/input/by-id"));

private:
    EvdevScannerOptions m_options;
    WorkerThread m_thread;
};

} // namespace pos::devices
