#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pos::devices {

struct SerialFramerOptions
{
    /// Bytes that end a scan and are not part of it: "\r", "\n" or "\r\n"; empty: only the gap.
    QByteArray suffix = QByteArrayLiteral("\r");
    /// A pause longer than this between two bytes ends the scan before it.
    int interByteGapMs = 50;
    /// The scanner is set to send the AIM identifier ("]d2…") before each scan: split it off.
    bool aimPrefix = false;
};

/// One framed scan.
struct SerialScan
{
    QByteArray payload;  ///< the bytes between frames, suffix and AIM prefix removed
    QString symbologyId; ///< the AIM prefix, when aimPrefix is set and the scan carries one
    bool byGap = false;  ///< ended by the inter-byte gap rather than the suffix
};

/// Splits a serial scanner's byte stream into scans. A CR or LF left at the start of a frame (a
/// scanner sending CRLF where CR was configured) is dropped, never delivered as a scan. Pure;
/// not thread-safe.
class SerialFramer
{
public:
    explicit SerialFramer(SerialFramerOptions options = {});

    /// Feeds bytes as they arrived at `timestampMs` (in any chunks). Returns the scans completed.
    [[nodiscard]] QList<SerialScan> feed(const QByteArray& bytes, qint64 timestampMs);
    /// Ends the scan in progress when no byte came for the gap by `nowMs`.
    [[nodiscard]] std::optional<SerialScan> expire(qint64 nowMs);
    [[nodiscard]] std::optional<qint64> deadlineMs() const;

private:
    std::optional<SerialScan> take(bool byGap);

    SerialFramerOptions m_options;
    QByteArray m_buffer;
    qint64 m_lastByteMs = 0;
};

} // namespace pos::devices
