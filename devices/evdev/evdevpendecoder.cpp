#include "devices/evdev/evdevpendecoder.h"

#include <linux/input.h>

#include <algorithm>

namespace pos::devices {

namespace {

double fraction(int value, const PenAxisRange& r)
{
    const double f = double(value - r.minimum) / double(r.maximum - r.minimum);
    return std::clamp(f, 0.0, 1.0);
}

} // namespace

EvdevPenDecoder::EvdevPenDecoder(PenSurface surface)
    : m_surface(surface)
{
}

QPointF EvdevPenDecoder::position() const
{
    return {fraction(m_x, m_surface.x), fraction(m_y, m_surface.y)};
}

bool EvdevPenDecoder::pendingTouch() const
{
    if (!m_inRange || !m_haveX || !m_haveY)
        return false;
    if (m_button)
        return true;
    return m_surface.pressureThreshold > 0 && m_pressure >= m_surface.pressureThreshold;
}

QList<PenEvent> EvdevPenDecoder::feed(int type, int code, int value)
{
    if (type == EV_SYN && code == SYN_DROPPED) {
        m_dropping = true;
        return {};
    }
    if (m_dropping) {
        if (type != EV_SYN || code != SYN_REPORT)
            return {};
        // What the kernel kept after the overflow is a fresh state the next events rebuild; the
        // pen must touch again (a BTN_TOUCH press) before a stroke resumes.
        m_dropping = false;
        return reset();
    }
    if (type == EV_ABS) {
        switch (code) {
        case ABS_X:
            m_x = value;
            m_haveX = true;
            break;
        case ABS_Y:
            m_y = value;
            m_haveY = true;
            break;
        case ABS_PRESSURE: m_pressure = value; break;
        default: break;
        }
        return {};
    }
    if (type == EV_KEY) {
        if (code == BTN_TOUCH)
            m_button = value != 0;
        else if (code == BTN_TOOL_PEN)
            m_inRange = value != 0;
        return {};
    }
    if (type != EV_SYN || code != SYN_REPORT)
        return {};

    const bool touching = pendingTouch();
    QList<PenEvent> out;
    if (touching) {
        const QPointF at = position();
        if (!m_touching)
            out.append(PenEvent{PenEvent::Kind::Down, at});
        else if (at != m_last)
            out.append(PenEvent{PenEvent::Kind::Move, at});
        m_last = at;
    } else if (m_touching) {
        out.append(PenEvent{PenEvent::Kind::Up, m_last});
    }
    m_touching = touching;
    return out;
}

QList<PenEvent> EvdevPenDecoder::reset()
{
    QList<PenEvent> out;
    if (m_touching)
        out.append(PenEvent{PenEvent::Kind::Up, m_last});
    m_touching = false;
    m_button = false;
    m_pressure = 0;
    m_inRange = true;
    return out;
}

} // namespace pos::devices
