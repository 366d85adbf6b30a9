#pragma once

#include <QString>

namespace pos {

/// What every device port answers about itself, so the counter can say which devices are real and
/// which are simulated ("模拟设备") and name them in messages.
class DeviceIdentity
{
public:
    virtual ~DeviceIdentity() = default;
    /// Human-readable name, e.g. "模拟小票打印机" or "Epson TM-T82III (USB 04b8:0e28)".
    [[nodiscard]] virtual QString deviceName() const = 0;
    /// True for the simulated twin of a device.
    [[nodiscard]] virtual bool isSimulated() const = 0;
};

} // namespace pos
