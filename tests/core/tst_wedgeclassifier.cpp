#include "app/core/scanning/wedgeclassifier.h"

#include <QTest>

using pos::WedgeClassifier;
using pos::WedgeDecision;
using pos::WedgeSettings;

namespace {

/// What reaches the application: the characters released as typing, in order, and the scans.
struct Outcome
{
    QString typed;
    QList<QByteArray> scans;
};

/// Drives the classifier as the keyboard filter does: every key is held, each decision releases
/// the oldest held keys or turns the rest into a scan; a final pause ends the last burst.
/// `gapsMs[i]` is the time between key i-1 and key i.
Outcome run(WedgeClassifier& c, const QString& keys, const QList<int>& gapsMs)
{
    Outcome out;
    QString held;
    auto apply = [&](const WedgeDecision& d) {
        out.typed += held.left(d.release);
        held.remove(0, d.release);
        if (d.scan) {
            out.scans.append(*d.scan);
            held.clear();
        }
        QCOMPARE(held.size(), c.heldCount()); // filter and classifier agree on what is held
    };
    qint64 t = 1'000'000;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        t += gapsMs.value(i);
        held.append(keys.at(i));
        apply(c.key(keys.at(i), t));
    }
    apply(c.pause());
    return out;
}

QList<int> spaced(const QString& keys, int gapMs)
{
    return QList<int>(keys.size(), gapMs);
}

/// A person's key gaps: varied 90–250 ms (a fixed pseudo-random walk, so the test is repeatable).
QList<int> humanGaps(const QString& keys)
{
    QList<int> gaps;
    unsigned x = 12345;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        x = x * 1103515245u + 12345u;
        gaps.append(90 + int((x >> 16) % 161));
    }
    return gaps;
}

const QString kEan = QStringLiteral("6901234567892");

} // namespace

class TestWedgeClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("gsSubstitutes");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QList<int>>("gapsMs");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<QByteArray>>("scans");

        const QString enter = QStringLiteral("\r");
        const QString scan = kEan + enter;
        const QList<QByteArray> ean{kEan.toLatin1()};
        QTest::newRow("burst at 1 ms is a scan")
            << QString() << enter << QString() << scan << spaced(scan, 1) << QString() << ean;
        QTest::newRow("burst at 10 ms is a scan")
            << QString() << enter << QString() << scan << spaced(scan, 10) << QString() << ean;
        QTest::newRow("burst at 30 ms (the limit) is a scan")
            << QString() << enter << QString() << scan << spaced(scan, 30) << QString() << ean;
        QTest::newRow("80 ms spacing is typing") << QString() << enter << QString() << scan
                                                 << spaced(scan, 80) << scan << QList<QByteArray>();

        const QString words = QStringLiteral("aspirin 0.5g box2\r");
        QTest::newRow("human typing, 90-250 ms gaps")
            << QString() << enter << QString() << words << humanGaps(words) << words
            << QList<QByteArray>();
        // A fast typist's common bigrams ("th", "he", "in") come at 40–60 ms, never in a run.
        const QString fast = QStringLiteral("the thing in hand\r");
        QList<int> fastGaps;
        for (qsizetype i = 0; i < fast.size(); ++i)
            fastGaps.append(QList<int>{45, 60, 40, 55, 120, 50}.at(i % 6));
        QTest::newRow("fast typist's 40-60 ms bigrams")
            << QString() << enter << QString() << fast << fastGaps << fast << QList<QByteArray>();
        // Two keys rolled over within a few ms, then Enter: too short for a code.
        const QString rolled = QStringLiteral("ok\r");
        QTest::newRow("rolled-over keys and Enter are typing")
            << QString() << enter << QString() << rolled << QList<int>{0, 8, 12} << rolled
            << QList<QByteArray>();

        const QString noEnter = kEan;
        QTest::newRow("burst without the configured suffix is typing")
            << QString() << enter << QString() << noEnter << spaced(noEnter, 5) << noEnter
            << QList<QByteArray>();
        QTest::newRow("no suffix configured: a pause ends the scan")
            << QString() << QString() << QString() << noEnter << spaced(noEnter, 5) << QString()
            << ean;

        const QString stx = QStringLiteral("\x02");
        const QString framed = stx + kEan + enter;
        QTest::newRow("prefix and suffix stripped from the scan")
            << stx << enter << QString() << framed << spaced(framed, 3) << QString() << ean;
        QTest::newRow("prefix configured, burst without it is typing")
            << stx << enter << QString() << scan << spaced(scan, 3) << scan << QList<QByteArray>();

        // 5 + 5 characters with a 200 ms pause between: two short bursts, not one code.
        const QString split = QStringLiteral("6901234567\r");
        QTest::newRow("burst interrupted by a long pause is typing")
            << QString() << enter << QString() << split
            << spaced(QStringLiteral("69012"), 5) + QList<int>{200}
                   + spaced(QStringLiteral("4567\r"), 5)
            << split << QList<QByteArray>();
        // The part after the pause is long enough to be a scan on its own, and is one.
        QTest::newRow("after a long pause a new burst starts")
            << QString() << enter << QString() << QStringLiteral("690") + scan
            << QList<int>(3, 5) + QList<int>{200} + QList<int>(kEan.size(), 5)
            << QStringLiteral("690") << ean;

        const QByteArray gs1("0106901234567892\x1d"
                             "10A123",
                             23);
        const QString tilde = QStringLiteral("0106901234567892~10A123\r");
        QTest::newRow("GS substitute becomes 0x1D")
            << QString() << enter << QStringLiteral("~") << tilde << spaced(tilde, 4) << QString()
            << QList<QByteArray>{gs1};
        const QString realGs = QString::fromLatin1(gs1) + enter; // Ctrl+] types GS itself
        QTest::newRow("GS typed as a control character is kept")
            << QString() << enter << QString() << realGs << spaced(realGs, 4) << QString()
            << QList<QByteArray>{gs1};
        QTest::newRow("GS substitute in typing stays as typed")
            << QString() << enter << QStringLiteral("~") << tilde << spaced(tilde, 90) << tilde
            << QList<QByteArray>();

        const QString typedThenScan = QStringLiteral("abc") + scan;
        QTest::newRow("typing then a scan")
            << QString() << enter << QString() << typedThenScan
            << QList<int>(4, 150) + QList<int>(kEan.size(), 2) << QStringLiteral("abc") << ean;
        const QString scanThenTyped = scan + QStringLiteral("x");
        QTest::newRow("a scan then typing")
            << QString() << enter << QString() << scanThenTyped << spaced(scan, 2) + QList<int>{300}
            << QStringLiteral("x") << ean;
        const QString twoScans = scan + QStringLiteral("4006381333931\r");
        QTest::newRow("two scans back to back")
            << QString() << enter << QString() << twoScans << spaced(twoScans, 2) << QString()
            << QList<QByteArray>{kEan.toLatin1(), QByteArray("4006381333931")};
    }
    void classify()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(QString, gsSubstitutes);
        QFETCH(QString, keys);
        QFETCH(QList<int>, gapsMs);
        QFETCH(QString, typed);
        QFETCH(QList<QByteArray>, scans);
        WedgeSettings s;
        s.prefix = prefix;
        s.suffix = suffix;
        s.gsSubstitutes = gsSubstitutes;
        WedgeClassifier c(s);
        const Outcome out = run(c, keys, gapsMs);
        QCOMPARE(out.typed, typed);
        QCOMPARE(out.scans, scans);
        QCOMPARE(c.heldCount(), 0);
    }

    void enterAloneIsReleasedAtOnce()
    {
        WedgeClassifier c;
        const WedgeDecision d = c.key(QLatin1Char('\r'), 100);
        QCOMPARE(d.release, 1);
        QVERIFY(!d.scan);
        QCOMPARE(c.heldCount(), 0);
    }

    void withPrefixPeoplesKeysAreNeverHeld()
    {
        WedgeSettings s;
        s.prefix = QStringLiteral("\x02");
        WedgeClassifier c(s);
        for (QChar ch : QStringLiteral("abc")) {
            const WedgeDecision d = c.key(ch, 100); // even at scanner speed
            QCOMPARE(d.release, 1);
            QCOMPARE(c.heldCount(), 0);
        }
        QCOMPARE(c.key(QLatin1Char('\x02'), 101).release, 0);
        QCOMPARE(c.heldCount(), 1);
    }

    void clockGoingBackwardsEndsTheBurst()
    {
        WedgeClassifier c;
        QCOMPARE(c.key(QLatin1Char('1'), 500).release, 0);
        QCOMPARE(c.key(QLatin1Char('2'), 400).release, 1);
        QCOMPARE(c.heldCount(), 1);
    }

    void nonCharacterKeyReleasesEverything()
    {
        WedgeClassifier c;
        (void)c.key(QLatin1Char('1'), 10);
        (void)c.key(QLatin1Char('2'), 12);
        const WedgeDecision d = c.interrupt();
        QCOMPARE(d.release, 2);
        QVERIFY(!d.scan);
        QCOMPARE(c.heldCount(), 0);
    }

    void runawayBurstIsReleased()
    {
        WedgeClassifier c;
        int released = 0;
        for (int i = 0; i < 2000; ++i)
            released += c.key(QLatin1Char('7'), i).release;
        QVERIFY(released >= 1000);
        QVERIFY(c.heldCount() < 1025);
    }
};

QTEST_GUILESS_MAIN(TestWedgeClassifier)
#include "tst_wedgeclassifier.moc"
