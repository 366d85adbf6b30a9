#include "devices/evdev/evdevkeydecoder.h"

#include <QTest>

#include <linux/input-event-codes.h>

using namespace pos::devices;

namespace {

/// Builds the key events a wedge scanner sends, 2 ms apart (scanners type at 1–10 ms a key).
class Typist
{
public:
    explicit Typist(EvdevKeyDecoder& d)
        : m_d(d)
    {
    }

    void press(int code) { event(code, 1); }
    void release(int code) { event(code, 0); }
    void tap(int code)
    {
        press(code);
        release(code);
    }
    void shifted(int code)
    {
        press(KEY_LEFTSHIFT);
        tap(code);
        release(KEY_LEFTSHIFT);
    }
    void chord(int modifier, int code)
    {
        press(modifier);
        tap(code);
        release(modifier);
    }
    void pauseMs(int ms) { m_us += qint64(ms) * 1000; }
    void event(int code, int value, int type = EV_KEY)
    {
        m_us += 2000;
        m_scans += m_d.feed(type, code, value, m_us);
        m_scans += m_d.feed(EV_SYN, SYN_REPORT, 0, m_us); // what the kernel sends between events
    }
    [[nodiscard]] qint64 nowUs() const { return m_us; }
    QList<EvdevScan> m_scans;

private:
    EvdevKeyDecoder& m_d;
    qint64 m_us = 1'000'000;
};

} // namespace

class TestEvdevKeyDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asciiTextWithShift()
    {
        EvdevKeyDecoder d;
        Typist t(d);
        // "Ab1!-_ z" then Enter
        t.shifted(KEY_A);
        t.tap(KEY_B);
        t.tap(KEY_1);
        t.shifted(KEY_1);
        t.tap(KEY_MINUS);
        t.shifted(KEY_MINUS);
        t.tap(KEY_SPACE);
        t.tap(KEY_Z);
        t.press(KEY_RIGHTSHIFT);
        t.tap(KEY_SLASH);
        t.tap(KEY_APOSTROPHE);
        t.release(KEY_RIGHTSHIFT);
        t.tap(KEY_DOT);
        t.tap(KEY_KP7);
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, QByteArray("Ab1!-_ z?\".7"));
        QVERIFY(!t.m_scans.at(0).byTimeout);
        QVERIFY(t.m_scans.at(0).unknownKeyCodes.isEmpty());
        QVERIFY(!d.deadlineUs().has_value());
    }

    void everyPrintableUsCharacterRoundTrips()
    {
        // The full US table: each printable ASCII character from its key and shift state.
        struct K
        {
            char c;
            int code;
            bool shift;
        };
        const K keys[] = {
            {'`', KEY_GRAVE, false},      {'~', KEY_GRAVE, true},       {'[', KEY_LEFTBRACE, false},
            {'{', KEY_LEFTBRACE, true},   {']', KEY_RIGHTBRACE, false}, {'}', KEY_RIGHTBRACE, true},
            {'\\', KEY_BACKSLASH, false}, {'|', KEY_BACKSLASH, true},   {';', KEY_SEMICOLON, false},
            {':', KEY_SEMICOLON, true},   {',', KEY_COMMA, false},      {'<', KEY_COMMA, true},
            {'>', KEY_DOT, true},         {'=', KEY_EQUAL, false},      {'+', KEY_EQUAL, true},
            {'@', KEY_2, true},           {'#', KEY_3, true},           {'$', KEY_4, true},
            {'%', KEY_5, true},           {'^', KEY_6, true},           {'&', KEY_7, true},
            {'*', KEY_8, true},           {'(', KEY_9, true},           {')', KEY_0, true},
            {'0', KEY_0, false},          {'9', KEY_9, false},          {'q', KEY_Q, false},
            {'P', KEY_P, true},           {'l', KEY_L, false},          {'M', KEY_M, true},
        };
        EvdevKeyDecoder d;
        Typist t(d);
        QByteArray expected;
        for (const K& k : keys) {
            k.shift ? t.shifted(k.code) : t.tap(k.code);
            expected.append(k.c);
        }
        t.tap(KEY_KPENTER);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, expected);
    }

    void ctrlRightBracketIsGs()
    {
        EvdevKeyDecoder d;
        Typist t(d);
        for (int code : {KEY_0, KEY_1})
            t.tap(code);
        t.chord(KEY_LEFTCTRL, KEY_RIGHTBRACE); // GS
        t.tap(KEY_1);
        t.tap(KEY_0);
        t.chord(KEY_RIGHTCTRL, KEY_RIGHTBRACE);
        t.chord(KEY_LEFTCTRL, KEY_LEFTBRACE); // ESC
        t.chord(KEY_LEFTCTRL, KEY_D);         // EOT
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, QByteArray("01\x1d"
                                                     "10\x1d\x1b\x04"));
    }

    void altNumpadGivesControlCharacters()
    {
        EvdevKeyDecoder d;
        Typist t(d);
        t.tap(KEY_A);
        t.press(KEY_LEFTALT);
        t.tap(KEY_KP0);
        t.tap(KEY_KP2);
        t.tap(KEY_KP9);
        t.release(KEY_LEFTALT); // Alt+029 = GS
        t.tap(KEY_B);
        t.press(KEY_RIGHTALT);
        t.tap(KEY_KP3);
        t.tap(KEY_KP0);
        t.release(KEY_RIGHTALT); // Alt+30 = RS
        t.press(KEY_LEFTALT);
        t.release(KEY_LEFTALT); // Alt alone gives nothing
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, QByteArray("a\x1d"
                                                     "b\x1e"));
    }

    void altNumpadThirteenEndsAScanLikeEnter()
    {
        EvdevKeyDecoder d;
        Typist t(d);
        t.tap(KEY_X);
        t.press(KEY_LEFTALT);
        t.tap(KEY_KP1);
        t.tap(KEY_KP3);
        t.release(KEY_LEFTALT);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, QByteArray("x"));
    }

    void configuredGsKey()
    {
        EvdevDecoderOptions o;
        o.gsKeyCode = KEY_F8;
        EvdevKeyDecoder d(o);
        Typist t(d);
        t.tap(KEY_1);
        t.tap(KEY_F8);
        t.tap(KEY_2);
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.value(0).payload, QByteArray("1\x1d"
                                                        "2"));
    }

    void suffixes_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("enter") << QByteArray("\r") << QByteArray("ab");
        QTest::newRow("tab") << QByteArray("\t") << QByteArray("ab\r");
        QTest::newRow("none (timeout only)") << QByteArray() << QByteArray("ab\r\t");
    }
    void suffixes()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(QByteArray, expected);
        EvdevDecoderOptions o;
        o.suffix = suffix;
        EvdevKeyDecoder d(o);
        Typist t(d);
        t.tap(KEY_A);
        t.tap(KEY_B);
        t.tap(KEY_ENTER);
        t.tap(KEY_TAB);
        if (t.m_scans.isEmpty()) {
            QVERIFY(d.deadlineUs().has_value());
            QVERIFY(!d.expire(t.nowUs() + 10'000).has_value()); // not yet
            const std::optional<EvdevScan> s = d.expire(t.nowUs() + 60'000);
            QVERIFY(s.has_value());
            QVERIFY(s->byTimeout);
            t.m_scans.append(*s);
        }
        QCOMPARE(t.m_scans.at(0).payload, expected);
    }

    void timeoutSplitsTwoScans()
    {
        EvdevKeyDecoder d; // 50 ms
        Typist t(d);
        t.tap(KEY_1);
        t.tap(KEY_2);
        t.pauseMs(80); // no suffix came: the scanner is set without one, or it was lost
        t.tap(KEY_3);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, QByteArray("12"));
        QVERIFY(t.m_scans.at(0).byTimeout);
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.size(), 2);
        QCOMPARE(t.m_scans.at(1).payload, QByteArray("3"));

        // Within the timeout nothing splits.
        t.tap(KEY_4);
        t.pauseMs(40);
        t.tap(KEY_5);
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.at(2).payload, QByteArray("45"));
    }

    void keyRepeatIsIgnored()
    {
        EvdevKeyDecoder d;
        Typist t(d);
        t.press(KEY_7);
        t.event(KEY_7, 2);
        t.event(KEY_7, 2);
        t.release(KEY_7);
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, QByteArray("7"));
    }

    void unknownKeycodesAreReported()
    {
        EvdevKeyDecoder d;
        Typist t(d);
        t.tap(KEY_1);
        t.tap(KEY_F5);
        t.chord(KEY_LEFTCTRL, KEY_1); // Ctrl+1 has no control character
        t.tap(KEY_2);
        t.tap(KEY_ENTER);
        QCOMPARE(t.m_scans.size(), 1);
        QCOMPARE(t.m_scans.at(0).payload, QByteArray("12"));
        QCOMPARE(t.m_scans.at(0).unknownKeyCodes, (QList<int>{KEY_F5, KEY_1}));
    }

    void nonKeyEventsAndReleasesAloneDoNothing()
    {
        EvdevKeyDecoder d;
        QVERIFY(d.feed(EV_MSC, MSC_SCAN, 0x70004, 1000).isEmpty());
        QVERIFY(d.feed(EV_KEY, KEY_A, 0, 2000).isEmpty());
        QVERIFY(d.feed(EV_LED, LED_NUML, 1, 3000).isEmpty());
        QVERIFY(!d.deadlineUs().has_value());
        QVERIFY(!d.expire(1'000'000).has_value());
    }
};

QTEST_GUILESS_MAIN(TestEvdevKeyDecoder)
#include "tst_evdevkeydecoder.moc"
