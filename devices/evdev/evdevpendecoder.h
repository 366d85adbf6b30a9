#pragma once

#include <QList>
#include <QPointF>

namespace pos::devices {

/// The range an absolute axis reports (EVIOCGABS: minimum … maximum, both inclusive).
struct PenAxisRange
{
    int minimum = 0;
    int maximum = 0;
    [[nodiscard]] bool isValid() const { return maximum > minimum; }
};

/// The writing surface of a pen tablet as evdev describes it.
struct PenSurface
{
    PenAxisRange x;
    PenAxisRange y;
    /// A pen without BTN_TOUCH touches when ABS_PRESSURE reaches this; 0: BTN_TOUCH only.
    int pressureThreshold = 0;
};

/// One thing the pen did, positions as fractions of the surface (0 … 1, clamped).
struct PenEvent
{
    enum class Kind
    {
        Down,
        Move,
        Up
    };
    Kind kind = Kind::Move;
    QPointF at;
    friend bool operator==(const PenEvent&, const PenEvent&) = default;
};

/// Turns a pen tablet's evdev events (EV_ABS ABS_X/ABS_Y/ABS_PRESSURE, EV_KEY BTN_TOUCH/
/// BTN_TOOL_PEN, EV_SYN) into pen down / move / up. Changes take effect at SYN_REPORT, as the
/// kernel frames them; a pen that touches before any position is known waits for one. After
/// SYN_DROPPED (the kernel's buffer overflowed) everything up to the next SYN_REPORT is discarded
/// and a stroke in progress ends: the pen must touch again. Pure: no device, no clock.
class EvdevPenDecoder
{
public:
    explicit EvdevPenDecoder(PenSurface surface);

    /// One input_event; returns what it completed (only SYN_REPORT completes anything).
    [[nodiscard]] QList<PenEvent> feed(int type, int code, int value);
    /// The device went away: a stroke in progress ends (Up), the state starts over.
    [[nodiscard]] QList<PenEvent> reset();

    [[nodiscard]] const PenSurface& surface() const { return m_surface; }

private:
    [[nodiscard]] QPointF position() const;
    [[nodiscard]] bool pendingTouch() const;

    PenSurface m_surface;
    int m_x = 0;
    int m_y = 0;
    bool m_haveX = false;
    bool m_haveY = false;
    bool m_button = false; // BTN_TOUCH held
    bool m_inRange = true; // BTN_TOOL_PEN (a pen lifted out of range is up whatever else)
    int m_pressure = 0;
    bool m_touching = false; // as of the last SYN_REPORT
    QPointF m_last;
    bool m_dropping = false;
};

} // namespace pos::devices
