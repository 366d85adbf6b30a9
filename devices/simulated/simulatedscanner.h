#pragma once

#include "app/core/ports/scanner.h"

namespace pos {
class Clock;
}

namespace pos::devices {

/// The simulated twin of a barcode scanner: codes typed or picked in the simulator panel, or
/// injected by a scenario, leave through the same Scanner port as a real device's, with the same
/// terminator handling (a wedge scanner's trailing CR/LF is part of the payload, as on hardware).
class SimulatedScanner final : public Scanner, public ScanInjector
{
    Q_OBJECT
public:
    explicit SimulatedScanner(const Clock& clock, QObject* parent = nullptr);

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    void inject(const QByteArray& payload, const QString& symbologyId = {}) override;
    /// Number of scans delivered since construction.
    [[nodiscard]] int deliveredCount() const { return m_delivered; }

private:
    const Clock& m_clock;
    int m_delivered = 0;
};

} // namespace pos::devices
