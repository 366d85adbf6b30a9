#include "app/core/scanning/wedgeclassifier.h"

namespace pos {

namespace {
/// Longer than any code a pharmacy scans (a GS1 DataMatrix holds at most a few hundred
/// characters): a key held down or a runaway device is released as typing, not buffered forever.
constexpr qsizetype kMaxBurstLength = 1024;
} // namespace

WedgeClassifier::WedgeClassifier(WedgeSettings settings)
    : m_settings(std::move(settings))
{
}

WedgeDecision WedgeClassifier::releaseAll(int alreadyReleased)
{
    WedgeDecision d;
    d.release = alreadyReleased + int(m_held.size());
    m_held.clear();
    return d;
}

bool WedgeClassifier::prefixStillPossible() const
{
    const QString& prefix = m_settings.prefix;
    return m_held.size() <= prefix.size() ? prefix.startsWith(m_held) : m_held.startsWith(prefix);
}

QByteArray WedgeClassifier::scanBytes() const
{
    QString body = m_held.mid(m_settings.prefix.size(),
                              m_held.size() - m_settings.prefix.size() - m_settings.suffix.size());
    for (QChar& c : body)
        if (m_settings.gsSubstitutes.contains(c))
            c = QChar(0x1d);
    return body.toUtf8();
}

WedgeDecision WedgeClassifier::key(QChar ch, qint64 timestampMs)
{
    int released = 0;
    const qint64 gapMs = timestampMs - m_lastKeyMs;
    if (!m_held.isEmpty() && (gapMs < 0 || gapMs > m_settings.maxGapMs))
        released = releaseAll().release; // too slow for a scanner: the earlier keys were typed
    m_lastKeyMs = timestampMs;
    m_held.append(ch);

    if (!prefixStillPossible() || m_held.size() > kMaxBurstLength)
        return releaseAll(released);
    const qsizetype frame = m_settings.prefix.size() + m_settings.suffix.size();
    if (!m_settings.suffix.isEmpty() && m_held.size() >= frame
        && m_held.endsWith(m_settings.suffix)) {
        if (m_held.size() - frame < m_settings.minLength)
            return releaseAll(released); // e.g. Enter alone, or a short word and Enter
        WedgeDecision d;
        d.release = released;
        d.scan = scanBytes();
        m_held.clear();
        return d;
    }
    WedgeDecision d;
    d.release = released;
    return d;
}

WedgeDecision WedgeClassifier::pause()
{
    const qsizetype bodyLength = m_held.size() - m_settings.prefix.size();
    if (!m_held.isEmpty() && m_settings.suffix.isEmpty() && m_held.startsWith(m_settings.prefix)
        && bodyLength >= m_settings.minLength) {
        WedgeDecision d;
        d.scan = scanBytes();
        m_held.clear();
        return d;
    }
    return releaseAll();
}

WedgeDecision WedgeClassifier::interrupt()
{
    return releaseAll();
}

} // namespace pos
