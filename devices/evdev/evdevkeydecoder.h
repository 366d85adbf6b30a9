#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace pos::devices {

/// How a keyboard-wedge scanner frames its scans.
struct EvdevDecoderOptions
{
    /// Bytes that end a scan and are not part of it: "\r" (Enter, the default), "\t" (Tab),
    /// "\r\n"; empty: only the inter-key timeout ends a scan.
    QByteArray suffix = QByteArrayLiteral("\r");
    /// A pause longer than this between two key presses ends the scan before it.
    int interKeyTimeoutMs = 50;
    /// An extra key (evdev code, e.g. KEY_F8) the scanner is set to send for GS; 0: none.
    /// Ctrl+] always gives GS.
    int gsKeyCode = 0;
};

/// One scan decoded from key events.
struct EvdevScan
{
    QByteArray payload;         ///< the characters as a US keyboard gives them, GS as 0x1D
    QList<int> unknownKeyCodes; ///< pressed keys the table has no character for (not in payload)
    bool byTimeout = false;     ///< ended by the inter-key timeout rather than the suffix
};

/// Decodes a wedge scanner's evdev key events into bytes. evdev codes are physical key positions,
/// so decoding uses a fixed US layout whatever the desktop's layout is: the scanner types as a US
/// keyboard. Tracks Shift, Ctrl (Ctrl+letter and Ctrl+[\]^_ give control characters, Ctrl+] = GS)
/// and Alt (Alt + keypad digits, released, give that byte: how some scanners send control
/// characters). Key repeats (value 2) are ignored. Pure; not thread-safe.
class EvdevKeyDecoder
{
public:
    explicit EvdevKeyDecoder(EvdevDecoderOptions options = {});

    /// Feeds one input event (type, code, value as in struct input_event; time in µs). Returns
    /// the scans it completed: the one the suffix ended, and/or the one a timeout gap ended.
    [[nodiscard]] QList<EvdevScan> feed(int type, int code, int value, qint64 timestampUs);
    /// Ends the scan in progress if no key came for the timeout by `nowUs` (the caller's timer).
    [[nodiscard]] std::optional<EvdevScan> expire(qint64 nowUs);
    /// When expire() should next be called (µs, same clock as the events); nullopt: nothing held.
    [[nodiscard]] std::optional<qint64> deadlineUs() const;

private:
    std::optional<EvdevScan> take(bool byTimeout);
    void append(char c, QList<EvdevScan>& out);

    EvdevDecoderOptions m_options;
    EvdevScan m_current;
    bool m_started = false;
    qint64 m_lastKeyUs = 0;
    bool m_shiftLeft = false, m_shiftRight = false;
    bool m_ctrlLeft = false, m_ctrlRight = false;
    bool m_altLeft = false, m_altRight = false;
    int m_altValue = -1; ///< Alt+numpad digits so far; -1: none typed
};

} // namespace pos::devices
