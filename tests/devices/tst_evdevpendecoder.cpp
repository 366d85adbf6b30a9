// A signature pad's evdev events into pen down / move / up (SETTLE-SLIP): changes count at
// SYN_REPORT; positions are fractions of the surface, clamped; a pen that touches before its
// position is known waits; a pressure-only pad touches at its threshold; a pen lifted out of range
// is up; after SYN_DROPPED the stroke ends and the pen must touch again.

#include "devices/evdev/evdevpendecoder.h"

#include <QTest>

#include <linux/input.h>

using namespace pos::devices;

namespace {

using Kind = PenEvent::Kind;

PenSurface surface()
{
    PenSurface s;
    s.x = {0, 1000};
    s.y = {100, 600}; // a minimum that is not 0
    return s;
}

/// Feeds a frame (events then SYN_REPORT) and returns what came out.
QList<PenEvent> frame(EvdevPenDecoder& d, std::initializer_list<std::array<int, 3>> events)
{
    QList<PenEvent> out;
    for (const auto& e : events) {
        const QList<PenEvent> got = d.feed(e[0], e[1], e[2]);
        if (!got.isEmpty())
            qFatal("an event other than SYN_REPORT completed something");
    }
    out.append(d.feed(EV_SYN, SYN_REPORT, 0));
    return out;
}

} // namespace

class TestEvdevPenDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aStrokeIsDownMovesUp()
    {
        EvdevPenDecoder d(surface());
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, 250}, {EV_ABS, ABS_Y, 350}}), QList<PenEvent>{});
        QCOMPARE(frame(d, {{EV_KEY, BTN_TOUCH, 1}}), (QList<PenEvent>{{Kind::Down, {0.25, 0.5}}}));
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, 500}}), (QList<PenEvent>{{Kind::Move, {0.5, 0.5}}}));
        QCOMPARE(frame(d, {{EV_ABS, ABS_Y, 600}}), (QList<PenEvent>{{Kind::Move, {0.5, 1.0}}}));
        QCOMPARE(frame(d, {{EV_ABS, ABS_PRESSURE, 7}}), QList<PenEvent>{}); // nothing moved
        QCOMPARE(frame(d, {{EV_KEY, BTN_TOUCH, 0}}), (QList<PenEvent>{{Kind::Up, {0.5, 1.0}}}));
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, 900}}), QList<PenEvent>{}); // hovering draws nothing
    }

    void outsideTheRangeIsClampedToTheEdge()
    {
        EvdevPenDecoder d(surface());
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, -40}, {EV_ABS, ABS_Y, 9000}, {EV_KEY, BTN_TOUCH, 1}}),
                 (QList<PenEvent>{{Kind::Down, {0.0, 1.0}}}));
    }

    void aTouchWithoutAPositionWaitsForOne()
    {
        EvdevPenDecoder d(surface());
        QCOMPARE(frame(d, {{EV_KEY, BTN_TOUCH, 1}}), QList<PenEvent>{});
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, 100}}), QList<PenEvent>{}); // y still unknown
        QCOMPARE(frame(d, {{EV_ABS, ABS_Y, 100}}), (QList<PenEvent>{{Kind::Down, {0.1, 0.0}}}));
    }

    void aPressureOnlyPadTouchesAtItsThreshold()
    {
        PenSurface s = surface();
        s.pressureThreshold = 50;
        EvdevPenDecoder d(s);
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, 0}, {EV_ABS, ABS_Y, 100}, {EV_ABS, ABS_PRESSURE, 49}}),
                 QList<PenEvent>{}); // a hover, a feather
        QCOMPARE(frame(d, {{EV_ABS, ABS_PRESSURE, 50}}),
                 (QList<PenEvent>{{Kind::Down, {0.0, 0.0}}}));
        QCOMPARE(frame(d, {{EV_ABS, ABS_PRESSURE, 3}}), (QList<PenEvent>{{Kind::Up, {0.0, 0.0}}}));
        // Without a threshold, pressure alone never touches.
        EvdevPenDecoder plain(surface());
        QCOMPARE(
            frame(plain, {{EV_ABS, ABS_X, 0}, {EV_ABS, ABS_Y, 100}, {EV_ABS, ABS_PRESSURE, 999}}),
            QList<PenEvent>{});
    }

    void aPenLeavingTheSurfaceIsUp()
    {
        EvdevPenDecoder d(surface());
        frame(d, {{EV_ABS, ABS_X, 0},
                  {EV_ABS, ABS_Y, 100},
                  {EV_KEY, BTN_TOOL_PEN, 1},
                  {EV_KEY, BTN_TOUCH, 1}});
        QCOMPARE(frame(d, {{EV_KEY, BTN_TOOL_PEN, 0}}), (QList<PenEvent>{{Kind::Up, {0.0, 0.0}}}));
        QCOMPARE(frame(d, {{EV_KEY, BTN_TOOL_PEN, 1}}),
                 (QList<PenEvent>{{Kind::Down, {0.0, 0.0}}}));
    }

    void droppedEventsEndTheStrokeUntilThePenTouchesAgain()
    {
        EvdevPenDecoder d(surface());
        frame(d, {{EV_ABS, ABS_X, 0}, {EV_ABS, ABS_Y, 100}, {EV_KEY, BTN_TOUCH, 1}});
        QCOMPARE(d.feed(EV_SYN, SYN_DROPPED, 0), QList<PenEvent>{});
        // Everything up to the next SYN_REPORT is discarded; that report ends the stroke.
        QCOMPARE(d.feed(EV_ABS, ABS_X, 1000), QList<PenEvent>{});
        QCOMPARE(d.feed(EV_SYN, SYN_REPORT, 0), (QList<PenEvent>{{Kind::Up, {0.0, 0.0}}}));
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, 500}}), QList<PenEvent>{}); // the pen must touch again
        QCOMPARE(frame(d, {{EV_KEY, BTN_TOUCH, 1}}), (QList<PenEvent>{{Kind::Down, {0.5, 0.0}}}));
    }

    void resetEndsAStrokeOnlyWhenOneIsInProgress()
    {
        EvdevPenDecoder d(surface());
        QCOMPARE(d.reset(), QList<PenEvent>{});
        frame(d, {{EV_ABS, ABS_X, 1000}, {EV_ABS, ABS_Y, 600}, {EV_KEY, BTN_TOUCH, 1}});
        QCOMPARE(d.reset(), (QList<PenEvent>{{Kind::Up, {1.0, 1.0}}}));
        QCOMPARE(d.reset(), QList<PenEvent>{});
        QCOMPARE(frame(d, {{EV_ABS, ABS_X, 0}}), QList<PenEvent>{}); // not touching after a reset
    }
};

QTEST_GUILESS_MAIN(TestEvdevPenDecoder)
#include "tst_evdevpendecoder.moc"
