#include "app/core/ports/clock.h"
#include "devices/simulated/simulatedscanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;

class TestSimulatedScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversExactBytesThroughThePort()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        devices::SimulatedScanner scanner(clock);
        Scanner& port = scanner;
        QSignalSpy spy(&port, &Scanner::scanned);
        // A GS1 element string with its GS separator: the bytes must arrive untouched.
        const QByteArray gs1("0106901234567892\x1d"
                             "10A123",
                             23);
        scanner.inject(gs1, QStringLiteral("]d2"));
        QCOMPARE(spy.count(), 1);
        const ScanEvent e = spy.at(0).at(0).value<ScanEvent>();
        QCOMPARE(e.payload, gs1);
        QCOMPARE(e.symbologyId, QStringLiteral("]d2"));
        QCOMPARE(e.source, QStringLiteral("simulated"));
        QCOMPARE(e.time, clock.now());
        QCOMPARE(scanner.deliveredCount(), 1);
        QVERIFY(scanner.isSimulated());
        QVERIFY(!scanner.deviceName().isEmpty());
    }

    void textDropsWedgeTerminators()
    {
        ScanEvent e{"6901234567892\r\n", {}, {}, {}};
        QCOMPARE(e.text(), QStringLiteral("6901234567892"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedScanner)
#include "tst_simulatedscanner.moc"
