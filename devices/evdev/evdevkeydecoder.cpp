#include "devices/evdev/evdevkeydecoder.h"

#include <linux/input-event-codes.h>

#include <algorithm>
#include <utility>

namespace pos::devices {

namespace {

/// Unshifted and shifted character of a key on a US keyboard; 0 where the key gives none.
struct KeyChars
{
    char plain;
    char shifted;
};

KeyChars usLayout(int code)
{
    static const char* const kRow1 = "1234567890-="; // KEY_1 (2) … KEY_EQUAL (13)
    static const char* const kRow1S = "!@#$%^&*()_+";
    static const char* const kRow2 = "qwertyuiop[]"; // KEY_Q (16) … KEY_RIGHTBRACE (27)
    static const char* const kRow2S = "QWERTYUIOP{}";
    static const char* const kRow3 = "asdfghjkl;'`"; // KEY_A (30) … KEY_GRAVE (41)
    static const char* const kRow3S = "ASDFGHJKL:\"~";
    static const char* const kRow4 = "\\zxcvbnm,./"; // KEY_BACKSLASH (43) … KEY_SLASH (53)
    static const char* const kRow4S = "|ZXCVBNM<>?";
    if (code >= KEY_1 && code <= KEY_EQUAL)
        return {kRow1[code - KEY_1], kRow1S[code - KEY_1]};
    if (code >= KEY_Q && code <= KEY_RIGHTBRACE)
        return {kRow2[code - KEY_Q], kRow2S[code - KEY_Q]};
    if (code >= KEY_A && code <= KEY_GRAVE)
        return {kRow3[code - KEY_A], kRow3S[code - KEY_A]};
    if (code >= KEY_BACKSLASH && code <= KEY_SLASH)
        return {kRow4[code - KEY_BACKSLASH], kRow4S[code - KEY_BACKSLASH]};
    switch (code) {
    case KEY_SPACE: return {' ', ' '};
    case KEY_TAB: return {'\t', '\t'};
    case KEY_ENTER:
    case KEY_KPENTER: return {'\r', '\r'};
    case KEY_KP0: return {'0', '0'};
    case KEY_KP1: return {'1', '1'};
    case KEY_KP2: return {'2', '2'};
    case KEY_KP3: return {'3', '3'};
    case KEY_KP4: return {'4', '4'};
    case KEY_KP5: return {'5', '5'};
    case KEY_KP6: return {'6', '6'};
    case KEY_KP7: return {'7', '7'};
    case KEY_KP8: return {'8', '8'};
    case KEY_KP9: return {'9', '9'};
    case KEY_KPMINUS: return {'-', '-'};
    case KEY_KPPLUS: return {'+', '+'};
    case KEY_KPASTERISK: return {'*', '*'};
    case KEY_KPSLASH: return {'/', '/'};
    case KEY_KPDOT: return {'.', '.'};
    default: return {0, 0};
    }
}

int keypadDigit(int code)
{
    switch (code) {
    case KEY_KP0: return 0;
    case KEY_KP1: return 1;
    case KEY_KP2: return 2;
    case KEY_KP3: return 3;
    case KEY_KP4: return 4;
    case KEY_KP5: return 5;
    case KEY_KP6: return 6;
    case KEY_KP7: return 7;
    case KEY_KP8: return 8;
    case KEY_KP9: return 9;
    default: return -1;
    }
}

/// Ctrl+key as a terminal gives it: letters and @[\]^_ map to 0x00–0x1F (Ctrl+] = GS 0x1D).
std::optional<char> controlChar(KeyChars k)
{
    for (char c : {k.plain, k.shifted}) {
        if (c >= 'a' && c <= 'z')
            return char(c - 'a' + 1);
        if (c >= '@' && c <= '_')
            return char(c & 0x1F);
    }
    return std::nullopt;
}

bool isModifier(int code)
{
    switch (code) {
    case KEY_LEFTSHIFT:
    case KEY_RIGHTSHIFT:
    case KEY_LEFTCTRL:
    case KEY_RIGHTCTRL:
    case KEY_LEFTALT:
    case KEY_RIGHTALT:
    case KEY_CAPSLOCK:
    case KEY_NUMLOCK:
    case KEY_LEFTMETA:
    case KEY_RIGHTMETA: return true;
    default: return false;
    }
}

} // namespace

EvdevKeyDecoder::EvdevKeyDecoder(EvdevDecoderOptions options)
    : m_options(std::move(options))
{
}

std::optional<EvdevScan> EvdevKeyDecoder::take(bool byTimeout)
{
    if (!m_started)
        return std::nullopt;
    EvdevScan s = std::exchange(m_current, EvdevScan{});
    s.byTimeout = byTimeout;
    m_started = false;
    m_altValue = -1;
    return s;
}

void EvdevKeyDecoder::append(char c, QList<EvdevScan>& out)
{
    m_started = true;
    m_current.payload.append(c);
    const QByteArray& suffix = m_options.suffix;
    if (!suffix.isEmpty() && m_current.payload.endsWith(suffix)) {
        m_current.payload.chop(suffix.size());
        if (std::optional<EvdevScan> s = take(false))
            out.append(std::move(*s));
    }
}

QList<EvdevScan> EvdevKeyDecoder::feed(int type, int code, int value, qint64 timestampUs)
{
    QList<EvdevScan> out;
    if (type != EV_KEY || value == 2) // SYN/MSC/LED reports, and autorepeat
        return out;
    const bool pressed = value == 1;

    if (pressed) {
        const qint64 timeoutUs = qint64(m_options.interKeyTimeoutMs) * 1000;
        if (m_started && timestampUs - m_lastKeyUs > timeoutUs)
            if (std::optional<EvdevScan> s = take(true))
                out.append(std::move(*s));
        m_lastKeyUs = timestampUs;
    }

    switch (code) {
    case KEY_LEFTSHIFT: m_shiftLeft = pressed; return out;
    case KEY_RIGHTSHIFT: m_shiftRight = pressed; return out;
    case KEY_LEFTCTRL: m_ctrlLeft = pressed; return out;
    case KEY_RIGHTCTRL: m_ctrlRight = pressed; return out;
    case KEY_LEFTALT:
    case KEY_RIGHTALT:
        (code == KEY_LEFTALT ? m_altLeft : m_altRight) = pressed;
        if (pressed) {
            m_started = true; // an Alt+numpad sequence is part of the scan
        } else if (!m_altLeft && !m_altRight && m_altValue >= 0) {
            const char c = char(m_altValue & 0xFF);
            m_altValue = -1;
            append(c, out);
        }
        return out;
    default: break;
    }
    if (!pressed || isModifier(code))
        return out;

    if (m_options.gsKeyCode != 0 && code == m_options.gsKeyCode) {
        append('\x1d', out);
        return out;
    }
    if (m_altLeft || m_altRight) {
        const int digit = keypadDigit(code);
        if (digit >= 0) {
            // Bounded; the byte is the number modulo 256, as Windows' Alt codes give it.
            m_altValue = std::min((m_altValue < 0 ? 0 : m_altValue) * 10 + digit, 99'999);
            return out;
        }
    }
    const KeyChars k = usLayout(code);
    if (k.plain == 0) {
        m_started = true;
        m_current.unknownKeyCodes.append(code);
        return out;
    }
    if (m_ctrlLeft || m_ctrlRight) {
        if (const std::optional<char> c = controlChar(k)) {
            append(*c, out);
        } else {
            m_started = true;
            m_current.unknownKeyCodes.append(code);
        }
        return out;
    }
    append((m_shiftLeft || m_shiftRight) ? k.shifted : k.plain, out);
    return out;
}

std::optional<EvdevScan> EvdevKeyDecoder::expire(qint64 nowUs)
{
    const std::optional<qint64> due = deadlineUs();
    if (!due || nowUs < *due)
        return std::nullopt;
    return take(true);
}

std::optional<qint64> EvdevKeyDecoder::deadlineUs() const
{
    if (!m_started)
        return std::nullopt;
    return m_lastKeyUs + qint64(m_options.interKeyTimeoutMs) * 1000 + 1;
}

} // namespace pos::devices
