#pragma once

#include <QByteArray>
#include <QString>

namespace pos::devices {

/// Splits an AIM symbology identifier ("]" + code character + modifier, ISO/IEC 15424) off the
/// start of a payload, for scanners set to send it in the data; returns it, or an empty string
/// (payload untouched) when the payload does not start with one.
[[nodiscard]] QString takeAimPrefix(QByteArray& payload);

} // namespace pos::devices
