#include "app/core/ports/clock.h"
#include "devices/keyboard/keyboardwedgescanner.h"

#include <QApplication>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QVBoxLayout>
#include <QWindow>

using namespace pos;
using namespace pos::devices;

namespace {

/// Counts the key events that reach a widget.
class KeyCounter final : public QObject
{
public:
    int presses = 0;
    int releases = 0;

protected:
    bool eventFilter(QObject*, QEvent* e) override
    {
        presses += e->type() == QEvent::KeyPress;
        releases += e->type() == QEvent::KeyRelease;
        return false;
    }
};

/// A line edit with focus in a shown window, the scanner filtering the application's keys.
class Bench
{
public:
    explicit Bench(WedgeSettings settings = {})
        : scanner(std::move(settings), clock)
    {
        auto* layout = new QVBoxLayout(&window);
        first = new QLineEdit(&window);
        second = new QLineEdit(&window);
        layout->addWidget(first);
        layout->addWidget(second);
        first->installEventFilter(&reached);
        window.show();
        first->setFocus();
        window.activateWindow();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
    }

    /// One key press and release as the window system delivers them: spontaneous, to the
    /// window, with the key's own timestamp.
    void key(QChar ch, quint64 timestampMs, Qt::KeyboardModifiers mods = Qt::NoModifier,
             int code = 0)
    {
        if (code == 0)
            code = ch == u'\r' ? Qt::Key_Return : int(ch.toUpper().unicode());
        const QString text = ch.isNull() ? QString() : QString(ch);
        for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            QKeyEvent e(type, code, mods, text);
            e.setTimestamp(timestampMs);
            QSpontaneKeyEvent::setSpontaneous(&e);
            // notify(), as QTest does: sendEvent() would clear the spontaneous flag.
            QCoreApplication::instance()->notify(window.windowHandle(), &e);
        }
    }
    /// `keys` typed `gapMs` apart from `startMs` on; returns the time of the last key.
    quint64 type(const QString& keys, quint64 startMs, int gapMs)
    {
        quint64 t = startMs;
        for (QChar ch : keys) {
            key(ch, t);
            t += gapMs;
        }
        return t - gapMs;
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(11, 0))};
    KeyboardWedgeScanner scanner;
    QWidget window;
    QLineEdit* first = nullptr;
    QLineEdit* second = nullptr;
    KeyCounter reached;
};

bool inputMethodEnabled(QObject* o)
{
    QInputMethodQueryEvent q(Qt::ImEnabled);
    QCoreApplication::sendEvent(o, &q);
    return q.value(Qt::ImEnabled).toBool();
}

} // namespace

class TestKeyboardWedgeScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fastBurstIsAScanAndNeverReachesTheLineEdit_data()
    {
        QTest::addColumn<int>("gapMs");
        QTest::newRow("1 ms") << 1;
        QTest::newRow("10 ms") << 10;
    }
    void fastBurstIsAScanAndNeverReachesTheLineEdit()
    {
        QFETCH(int, gapMs);
        Bench b;
        QSignalSpy scans(&b.scanner, &Scanner::scanned);
        QSignalSpy returnPressed(b.first, &QLineEdit::returnPressed);
        b.type(QStringLiteral("6901234567892\r"), 5000, gapMs);
        QCOMPARE(scans.count(), 1);
        const ScanEvent e = scans.at(0).at(0).value<ScanEvent>();
        QCOMPARE(e.payload, QByteArray("6901234567892"));
        QCOMPARE(e.source, QStringLiteral("keyboard"));
        QCOMPARE(e.time, b.clock.now());
        // Nothing is held, so nothing can be released later either (the pause only ever releases
        // held keys, and is not even running with none held); what was already posted arrives now.
        QCOMPARE(b.scanner.heldKeyCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(b.first->text(), QString());
        QCOMPARE(returnPressed.count(), 0);
        QCOMPARE(b.reached.presses, 0);
        QCOMPARE(b.reached.releases, 0);
    }

    void slowTypingLandsInTheLineEditIntact()
    {
        Bench b;
        QSignalSpy scans(&b.scanner, &Scanner::scanned);
        const QString words = QStringLiteral("aspirin 100mg");
        b.type(words, 5000, 120);
        QTRY_COMPARE(b.first->text(), words); // the last key after the pause
        QCOMPARE(scans.count(), 0);
        QCOMPARE(b.reached.presses, words.size());
        QCOMPARE(b.reached.releases, words.size());
    }

    void typingThenAScanInTheSameField()
    {
        Bench b;
        QSignalSpy scans(&b.scanner, &Scanner::scanned);
        const quint64 last = b.type(QStringLiteral("x2"), 5000, 150);
        b.type(QStringLiteral("4006381333931\r"), last + 150, 3);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).value<ScanEvent>().payload, QByteArray("4006381333931"));
        QTRY_COMPARE(b.first->text(), QStringLiteral("x2"));
        // …and nothing of the scan follows it: no key is held for a later release.
        QCOMPARE(b.scanner.heldKeyCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(b.first->text(), QStringLiteral("x2"));
    }

    void heldKeysKeepTheirOrderBeforeAControlKey()
    {
        Bench b;
        // "1" and "2" at scanner speed are held; Backspace is no character: they go first.
        b.key(u'1', 5000);
        b.key(u'2', 5004);
        QCOMPARE(b.scanner.heldKeyCount(), 2);
        QCOMPARE(b.first->text(), QString());
        b.key(QChar(u'\b'), 5008, Qt::NoModifier, Qt::Key_Backspace);
        QCOMPARE(b.first->text(), QStringLiteral("1"));
        QCOMPARE(b.scanner.heldKeyCount(), 0);
    }

    void heldKeysGoToTheWidgetTheyWereMeantFor()
    {
        Bench b;
        b.key(u'7', 5000);    // held for a moment …
        b.second->setFocus(); // … while focus moves on
        QTRY_COMPARE(b.first->text(), QStringLiteral("7"));
        QCOMPARE(b.second->text(), QString());
    }

    void inputMethodIsOffDuringABurst()
    {
        Bench b;
        QVERIFY(inputMethodEnabled(b.first));
        b.key(u'6', 5000);
        b.key(u'9', 5002);
        QVERIFY(!inputMethodEnabled(b.first));
        QVERIFY(inputMethodEnabled(b.second)); // only the burst's target
        b.type(QStringLiteral("01234567892\r"), 5004, 2);
        QVERIFY(inputMethodEnabled(b.first));
    }

    void prefixConfiguredLetsTypingThroughAtOnce()
    {
        WedgeSettings s;
        s.prefix = QStringLiteral("\x02");
        Bench b(s);
        QSignalSpy scans(&b.scanner, &Scanner::scanned);
        b.key(u'a', 5000);
        QCOMPARE(b.first->text(), QStringLiteral("a")); // no wait at all
        b.key(QChar(0x02), 6000, Qt::ControlModifier, Qt::Key_B);
        b.type(QStringLiteral("0106901234567892\x1d"
                              "10A1\r"),
               6002, 2);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).value<ScanEvent>().payload, QByteArray("0106901234567892\x1d"
                                                                          "10A1"));
        QCOMPARE(b.first->text(), QStringLiteral("a"));
    }

    void programGeneratedKeysPassUntouched()
    {
        Bench b;
        QKeyEvent e(QEvent::KeyPress, Qt::Key_5, Qt::NoModifier, QStringLiteral("5"));
        QCoreApplication::sendEvent(b.window.windowHandle(), &e); // not spontaneous
        QCOMPARE(b.first->text(), QStringLiteral("5"));
        QCOMPARE(b.scanner.heldKeyCount(), 0);
    }

    void heldKeysAreDeliveredWhenTheScannerGoes()
    {
        Bench b;
        auto* scanner = new KeyboardWedgeScanner(WedgeSettings{}, b.clock);
        b.key(u'8', 5000); // both filters see it; the newest installed holds it first
        QCOMPARE(scanner->heldKeyCount(), 1);
        delete scanner;
        QTRY_COMPARE(b.first->text(), QStringLiteral("8"));
    }
};

QTEST_MAIN(TestKeyboardWedgeScanner)
#include "tst_keyboardwedgescanner.moc"
