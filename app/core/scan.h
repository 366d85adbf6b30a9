#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace pos {

/// One scan as a scanner backend delivers it: the exact bytes (GS separators and all), the AIM
/// symbology identifier when the device reports one ("]E0", "]d2", "]C1", "]Q3"…), which device
/// read it and when. Codes are stored and uploaded exactly as scanned.
struct ScanEvent
{
    QByteArray payload;
    QString symbologyId;
    QString source;
    QDateTime time;

    /// The payload as text, without the CR/LF/TAB terminators wedge scanners append.
    [[nodiscard]] QString text() const;
};

} // namespace pos

Q_DECLARE_METATYPE(pos::ScanEvent)
