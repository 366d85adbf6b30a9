// ThreadedPrinter: a real printer's backend works on its own thread, so a slow or unreachable
// device never freezes the counter, and its answers come back on the caller's thread, in order.
#include "devices/threadedprinter.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace pos;
using namespace pos::devices;

namespace {

/// A backend that takes `jobMs` per job and records the threads it was used and destroyed on.
class SlowBackend final : public ReceiptPrinter
{
public:
    struct Record
    {
        std::atomic<bool> jobStarted{false}; ///< print() was entered (the job is at the device)
        std::atomic<QThread*> printedOn{nullptr};
        std::atomic<QThread*> destroyedOn{nullptr};
        std::atomic<int> jobs{0};
    };
    SlowBackend(Record& record, int jobMs, int statusMs = 0)
        : m_record(record)
        , m_jobMs(jobMs)
        , m_statusMs(statusMs)
    {
    }
    ~SlowBackend() override { m_record.destroyedOn = QThread::currentThread(); }

    [[nodiscard]] QString deviceName() const override { return QStringLiteral("慢打印机"); }
    [[nodiscard]] bool isSimulated() const override { return false; }
    [[nodiscard]] int widthColumns() const override { return 32; }
    [[nodiscard]] PrinterStatus status() override
    {
        // An unreachable ESC/POS printer takes seconds to answer a status query.
        QThread::msleep(static_cast<unsigned long>(m_statusMs));
        return {PrinterState::PaperNearEnd, QStringLiteral("near end")};
    }
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override
    {
        m_record.jobStarted = true;
        QThread::msleep(static_cast<unsigned long>(m_jobMs));
        m_record.printedOn = QThread::currentThread();
        const int n = ++m_record.jobs;
        if (document.reference == QStringLiteral("fail"))
            return makeError(ErrorCode::DeviceFailure, QStringLiteral("head jammed"));
        return PrintOutcome{QStringLiteral("job-%1-%2").arg(n).arg(document.reference), QString(),
                            PrintConfirmation::DeviceConfirmed, QString()};
    }

private:
    Record& m_record;
    int m_jobMs;
    int m_statusMs;
};

PrintDocument doc(const QString& reference)
{
    PrintDocument d;
    d.kind = QStringLiteral("prescription");
    d.reference = reference;
    d.lines << PrintLine::textLine(QStringLiteral("处方"));
    return d;
}

} // namespace

class TestThreadedPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityIsTheBackends()
    {
        SlowBackend::Record rec;
        ThreadedPrinter p(std::make_unique<SlowBackend>(rec, 0));
        QCOMPARE(p.deviceName(), QStringLiteral("慢打印机"));
        QCOMPARE(p.widthColumns(), 32);
        QVERIFY(!p.isSimulated());
    }

    void printAsyncAnswersLaterOnTheCallersThread()
    {
        SlowBackend::Record rec;
        ThreadedPrinter p(std::make_unique<SlowBackend>(rec, 150));
        std::optional<Result<PrintOutcome>> answer;
        QThread* answeredOn = nullptr;
        p.printAsync(doc(QStringLiteral("A")), [&](Result<PrintOutcome> r) {
            answer = std::move(r);
            answeredOn = QThread::currentThread();
        });
        QVERIFY(!answer); // the caller is not held up by the device
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        QCOMPARE((*answer)->jobId, QStringLiteral("job-1-A"));
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(rec.printedOn.load() != QThread::currentThread());
    }

    void jobsRunOneAtATimeInOrderAndFailuresComeBack()
    {
        SlowBackend::Record rec;
        ThreadedPrinter p(std::make_unique<SlowBackend>(rec, 20));
        QStringList answers;
        for (const QString& ref :
             {QStringLiteral("A"), QStringLiteral("fail"), QStringLiteral("C")})
            p.printAsync(doc(ref), [&answers](Result<PrintOutcome> r) {
                answers << (r ? r->jobId : r.error().message);
            });
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers, (QStringList{QStringLiteral("job-1-A"), QStringLiteral("head jammed"),
                                       QStringLiteral("job-3-C")}));
    }

    // status() answers what the device last said, asking it on the printer's thread: Unknown
    // before the first answer, then the device's own status.
    void statusComesFromTheDeviceWithoutWaiting()
    {
        SlowBackend::Record rec;
        ThreadedPrinter p(std::make_unique<SlowBackend>(rec, 0, 200));
        QElapsedTimer t;
        t.start();
        const PrinterStatus first = p.status();
        QVERIFY2(t.elapsed() < 100, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(first.state, PrinterState::Unknown);
        QVERIFY(first.mayTry());    // a job is still handed over
        QVERIFY(!first.canPrint()); // but nobody may claim it can print
        QTRY_COMPARE(p.status().state, PrinterState::PaperNearEnd);
        QCOMPARE(p.status().detail, QStringLiteral("near end"));
    }

    // Issue 11: the counter's thread is never held up by a slow or unreachable printer. An event
    // loop tick is timed while the device takes 1.5 s per status query and per job.
    void guiThreadStaysResponsiveWithAnUnreachablePrinter()
    {
        SlowBackend::Record rec;
        ThreadedPrinter p(std::make_unique<SlowBackend>(rec, 700, 700));
        qint64 worstMs = 0;
        QElapsedTimer lastTick;
        lastTick.start();
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this,
                [&] { worstMs = std::max(worstMs, lastTick.restart()); });
        tick.start();
        std::optional<Result<PrintOutcome>> answer;
        QElapsedTimer calls;
        calls.start();
        for (int i = 0; i < 20; ++i)
            (void)p.status(); // the window polls it; each call must return at once
        p.printAsync(doc(QStringLiteral("A")), [&answer](Result<PrintOutcome> r) { answer = r; });
        QVERIFY2(calls.elapsed() < 100, qPrintable(QString::number(calls.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        tick.stop();
        QVERIFY(answer->ok());
        QVERIFY2(worstMs < 200,
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worstMs)));
    }

    void printWaitsForTheDevice()
    {
        SlowBackend::Record rec;
        ThreadedPrinter p(std::make_unique<SlowBackend>(rec, 30));
        Result<PrintOutcome> r = p.print(doc(QStringLiteral("B")));
        QVERIFY(r.ok());
        QCOMPARE(r->jobId, QStringLiteral("job-1-B"));
        QVERIFY(rec.printedOn.load() != QThread::currentThread());
    }

    void destroyedWhileAJobRunsWaitsAndDropsTheAnswer()
    {
        SlowBackend::Record rec;
        bool answered = false;
        {
            ThreadedPrinter p(std::make_unique<SlowBackend>(rec, 100));
            p.printAsync(doc(QStringLiteral("A")),
                         [&answered](Result<PrintOutcome>) { answered = true; });
            QTRY_VERIFY(rec.jobStarted.load()); // the job is at the device
        }
        QCOMPARE(rec.jobs.load(), 1); // the job was finished, not cut off
        QVERIFY(rec.destroyedOn.load() != nullptr);
        QVERIFY(rec.destroyedOn.load() != QThread::currentThread()); // gone on its own thread
        QCoreApplication::processEvents();
        QVERIFY(!answered); // nobody is left to answer to
    }
};

QTEST_GUILESS_MAIN(TestThreadedPrinter)
#include "tst_threadedprinter.moc"
