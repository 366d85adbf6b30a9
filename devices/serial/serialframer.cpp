#include "devices/serial/serialframer.h"

#include "devices/aimprefix.h"

#include <utility>

namespace pos::devices {

SerialFramer::SerialFramer(SerialFramerOptions options)
    : m_options(std::move(options))
{
}

std::optional<SerialScan> SerialFramer::take(bool byGap)
{
    QByteArray payload = std::exchange(m_buffer, QByteArray());
    if (payload.isEmpty())
        return std::nullopt;
    SerialScan s;
    s.byGap = byGap;
    if (m_options.aimPrefix)
        s.symbologyId = takeAimPrefix(payload);
    s.payload = std::move(payload);
    return s;
}

QList<SerialScan> SerialFramer::feed(const QByteArray& bytes, qint64 timestampMs)
{
    QList<SerialScan> out;
    if (bytes.isEmpty())
        return out;
    if (!m_buffer.isEmpty() && timestampMs - m_lastByteMs > m_options.interByteGapMs)
        if (std::optional<SerialScan> s = take(true))
            out.append(std::move(*s));
    m_lastByteMs = timestampMs;

    const QByteArray& suffix = m_options.suffix;
    for (char c : bytes) {
        if (m_buffer.isEmpty() && (c == '\r' || c == '\n'))
            continue; // the tail of a CRLF, or a blank line
        m_buffer.append(c);
        if (!suffix.isEmpty() && m_buffer.endsWith(suffix)) {
            m_buffer.chop(suffix.size());
            if (std::optional<SerialScan> s = take(false))
                out.append(std::move(*s));
        }
    }
    return out;
}

std::optional<SerialScan> SerialFramer::expire(qint64 nowMs)
{
    const std::optional<qint64> due = deadlineMs();
    if (!due || nowMs < *due)
        return std::nullopt;
    return take(true);
}

std::optional<qint64> SerialFramer::deadlineMs() const
{
    if (m_buffer.isEmpty())
        return std::nullopt;
    return m_lastByteMs + m_options.interByteGapMs + 1;
}

} // namespace pos::devices
