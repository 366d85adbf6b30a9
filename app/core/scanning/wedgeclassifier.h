#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pos {

/// How a keyboard-wedge scanner types, as the store configured it ([devices] wedge_* keys).
struct WedgeSettings
{
    int maxGapMs = 30; ///< longest pause between two keys of one scan; scanners type a key every
                       ///< 1–15 ms, people rarely under 40 ms even on their fastest bigrams
    int minLength = 6; ///< shortest code, without prefix and suffix, taken for a scan
    QString prefix;    ///< what the scanner sends before each code (e.g. "\x02"); empty: nothing
    QString suffix = QStringLiteral("\r"); ///< what it sends after each code (Enter); empty: a
                                           ///< burst then ends with a pause instead
    QString gsSubstitutes; ///< characters the scanner types in place of GS (0x1D) in GS1 codes
};

/// What the keyboard filter must do with the keys it holds, in this order: deliver the oldest
/// `release` held keys as the typing they were, then, when `scan` is set, drop every other held
/// key — together they were this scan.
struct WedgeDecision
{
    int release = 0;
    std::optional<QByteArray> scan;
};

/// Tells a keyboard-wedge scanner's burst from a person typing, from key timing alone plus the
/// configured prefix and suffix. Pure logic on (character, timestamp) pairs: no Qt GUI, no clock;
/// the caller holds the key events and acts on each WedgeDecision.
///
/// Every character fed is held until decided. A burst is a run of keys each at most maxGapMs
/// after the previous one; it is a scan when it starts with the prefix, ends with the suffix (or,
/// with no suffix configured, with a pause) and carries at least minLength characters between
/// them. Anything else — a slower key, a burst without the suffix, a short burst, a non-character
/// key — releases the held keys as typing. With a prefix configured, a key that cannot start the
/// prefix is released at once, so people's typing is never delayed.
///
/// The scan's bytes are the characters between prefix and suffix in UTF-8, each GS substitute
/// turned into 0x1D. Timestamps are milliseconds on any monotonic scale (the key events' own).
class WedgeClassifier
{
public:
    explicit WedgeClassifier(WedgeSettings settings = {});

    /// One key that produced the character `ch` at `timestampMs`.
    [[nodiscard]] WedgeDecision key(QChar ch, qint64 timestampMs);
    /// No key arrived within maxGapMs of the last one: the burst is over.
    [[nodiscard]] WedgeDecision pause();
    /// A key that is no character (arrow, Backspace, Ctrl+…): whatever is held was typing.
    [[nodiscard]] WedgeDecision interrupt();

    /// Characters fed and not yet decided.
    [[nodiscard]] int heldCount() const { return int(m_held.size()); }
    [[nodiscard]] const WedgeSettings& settings() const { return m_settings; }

private:
    [[nodiscard]] WedgeDecision releaseAll(int alreadyReleased = 0);
    [[nodiscard]] QByteArray scanBytes() const;
    [[nodiscard]] bool prefixStillPossible() const;

    WedgeSettings m_settings;
    QString m_held;
    qint64 m_lastKeyMs = 0;
};

} // namespace pos
