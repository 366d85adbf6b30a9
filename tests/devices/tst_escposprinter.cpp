#include "devices/escpos/escposprinter.h"
#include "tests/devices/fakeescposdevice.h"

#include <QTest>
#include <QThread>

using namespace pos;
using namespace pos::devices;
using pos::fakes::FakeEscPosDevice;

namespace {

/// A wire that hands bytes to a scripted printer and its answers back, at once.
class FakeTransport final : public PrinterTransport
{
public:
    explicit FakeTransport(FakeEscPosDevice& device)
        : m_device(device)
    {
    }

    [[nodiscard]] QString describe() const override { return QStringLiteral("fake"); }
    [[nodiscard]] Status open(int) override
    {
        if (!connectable)
            return makeError(ErrorCode::DeviceFailure, QStringLiteral("connection refused"));
        return {};
    }
    [[nodiscard]] Status write(const QByteArray& bytes, int) override
    {
        m_device.feed(bytes);
        return {};
    }
    [[nodiscard]] Result<QByteArray> read(int timeoutMs) override
    {
        if (m_device.outbox.isEmpty()) {
            QThread::msleep(qMin(timeoutMs, 5)); // a real wire waits; do not spin
            return QByteArray();
        }
        return std::exchange(m_device.outbox, {});
    }
    void close() override {}

    bool connectable = true;

private:
    FakeEscPosDevice& m_device;
};

PrintDocument prescription()
{
    PrintDocument d;
    d.kind = QStringLiteral("prescription");
    d.reference = QStringLiteral("CF-20261123-0001");
    d.widthColumns = 48;
    for (const char* text : {"处方笺", "姓名：张三", "阿莫西林胶囊 0.25g×24粒  2盒"}) {
        PrintLine l;
        l.text = QString::fromUtf8(text);
        d.lines << l;
    }
    return d;
}

EscPosPrinterOptions options(escpos::Barrier barrier, bool reportsStatus = true)
{
    EscPosPrinterOptions o;
    o.encoding.widthColumns = 48;
    o.reportsStatus = reportsStatus;
    o.barrier = barrier;
    o.statusTimeoutMs = 60;
    o.jobTimeoutMs = 150;
    o.settleMs = 20;
    return o;
}

int jobsIn(const QByteArray& wire)
{
    return int(wire.count(QByteArray("\x1b@", 2)));
}

} // namespace

class TestEscPosPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barriers_data()
    {
        QTest::addColumn<int>("barrier");
        QTest::newRow("GS ( H process ID") << int(escpos::Barrier::ProcessId);
        QTest::newRow("GS r 1 paper sensor") << int(escpos::Barrier::PaperSensor);
    }

    void readyPrinterConfirms_data() { barriers_data(); }
    void readyPrinterConfirms()
    {
        QFETCH(int, barrier);
        FakeEscPosDevice device;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier(barrier)));
        QCOMPARE(printer.deviceName(), QStringLiteral("ESC/POS 80mm (fake)"));
        QVERIFY(!printer.isSimulated());
        QCOMPARE(printer.status().state, PrinterState::Ready);

        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        QCOMPARE(out->confirmation, PrintConfirmation::DeviceConfirmed);
        QVERIFY(out->detail.contains(barrier == int(escpos::Barrier::ProcessId)
                                         ? QStringLiteral("GS ( H")
                                         : QStringLiteral("GS r 1")));
        QCOMPARE(device.jobsReceived, 1);
        // Status asked before (4) and after (4) the job, besides status() above (4).
        QCOMPARE(device.statusRequests, 12);
        // The job is followed by its barrier, in one piece.
        const qsizetype cut = device.received.indexOf(QByteArray("\x1dV\x42\x00", 4));
        QVERIFY(cut > 0);
        QVERIFY(device.received.mid(cut + 4).startsWith(barrier == int(escpos::Barrier::ProcessId)
                                                            ? QByteArray("\x1d(H", 3)
                                                            : QByteArray("\x1dr\x01", 3)));
    }

    void nearEndStillPrints()
    {
        FakeEscPosDevice device;
        device.nearEnd = true;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier::ProcessId));
        QCOMPARE(printer.status().state, PrinterState::PaperNearEnd);
        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(out.ok());
        QCOMPARE(out->confirmation, PrintConfirmation::DeviceConfirmed);
    }

    void faultBeforeJobRefusesAndSendsNothing_data()
    {
        QTest::addColumn<bool>("paperOut");
        QTest::addColumn<bool>("coverOpen");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("says");
        QTest::newRow("RX-PRINT-GATE paper out")
            << true << false << int(PrinterState::PaperOut) << QStringLiteral("纸卷用完");
        QTest::newRow("RX-PRINT-GATE cover open")
            << false << true << int(PrinterState::CoverOpen) << QStringLiteral("纸仓盖打开");
    }
    void faultBeforeJobRefusesAndSendsNothing()
    {
        QFETCH(bool, paperOut);
        QFETCH(bool, coverOpen);
        QFETCH(int, state);
        QFETCH(QString, says);
        FakeEscPosDevice device;
        device.paperOut = paperOut;
        device.coverOpen = coverOpen;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier::ProcessId));
        QCOMPARE(int(printer.status().state), state);
        QVERIFY(printer.status().detail.contains(says));

        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::DeviceFailure);
        QVERIFY2(out.error().message.contains(says), qPrintable(out.error().message));
        QVERIFY(out.error().message.contains(QStringLiteral("未发送")));
        QCOMPARE(device.jobsReceived, 0);
        QCOMPARE(jobsIn(device.received), 0);
    }

    void paperOutDuringJobFails_data()
    {
        QTest::addColumn<int>("barrier");
        QTest::addColumn<bool>("stopsMidJob"); // else: the job completes and the roll ends with it
        QTest::newRow("RX-PRINT-GATE stops, GS ( H unanswered")
            << int(escpos::Barrier::ProcessId) << true;
        QTest::newRow("RX-PRINT-GATE stops, GS r unanswered")
            << int(escpos::Barrier::PaperSensor) << true;
        QTest::newRow("RX-PRINT-GATE GS ( H answered, status after paper out")
            << int(escpos::Barrier::ProcessId) << false;
        QTest::newRow("RX-PRINT-GATE GS r answers paper end")
            << int(escpos::Barrier::PaperSensor) << false;
    }
    void paperOutDuringJobFails()
    {
        QFETCH(int, barrier);
        QFETCH(bool, stopsMidJob);
        FakeEscPosDevice device;
        device.paperRunsOutDuringJob = stopsMidJob;
        device.paperEndsAfterJob = !stopsMidJob;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier(barrier)));
        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.startsWith(QStringLiteral("打印中途缺纸")),
                 qPrintable(out.error().message));
        QVERIFY(out.error().message.contains(QStringLiteral("补打")));
        QCOMPARE(device.jobsReceived, 1);
        QCOMPARE(printer.status().state, PrinterState::PaperOut);
    }

    void coverOpenedDuringJobFails()
    {
        FakeEscPosDevice device;
        device.coverOpensDuringJob = true;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier::ProcessId));
        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.startsWith(QStringLiteral("打印中途纸仓盖被打开")),
                 qPrintable(out.error().message));
        QCOMPARE(device.jobsReceived, 1);
        QCOMPARE(printer.status().state, PrinterState::CoverOpen);
    }

    void silentPrinterIsRefusedNamingTheTimeout()
    {
        FakeEscPosDevice device;
        device.silent = true;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier::ProcessId));
        QCOMPARE(printer.status().state, PrinterState::Offline);
        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.contains(QStringLiteral("60 ms")),
                 qPrintable(out.error().message));
        QVERIFY(out.error().message.contains(QStringLiteral("DLE EOT 1")));
        QCOMPARE(device.jobsReceived, 0);
    }

    void printerFallingSilentMidJobIsAnUnknownOutcome_data() { barriers_data(); }
    void printerFallingSilentMidJobIsAnUnknownOutcome()
    {
        QFETCH(int, barrier);
        FakeEscPosDevice device;
        device.silentAfterJob = true;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier(barrier)));
        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(!out.ok());
        const QString m = out.error().message;
        QVERIFY2(m.startsWith(QStringLiteral("打印结果不明")), qPrintable(m));
        QVERIFY(m.contains(QStringLiteral("150 ms")));       // the job timeout it waited
        QVERIFY(m.contains(QStringLiteral("可能已经打出"))); // may or may not have come out
        QVERIFY(m.contains(QStringLiteral("补打")));
        QCOMPARE(device.jobsReceived, 1);

        // Asking again does not resend: the printer is still silent, so nothing goes out.
        QVERIFY(!printer.print(prescription()).ok());
        QCOMPARE(jobsIn(device.received), 1);
    }

    void printerWithoutBackChannelNeedsScanBack()
    {
        FakeEscPosDevice device;
        device.silent = true; // it could not answer anyway
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier::ProcessId, /*reportsStatus=*/false));
        QCOMPARE(printer.status().state, PrinterState::Ready);
        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(out.ok());
        QCOMPARE(out->confirmation, PrintConfirmation::NeedsScanBack);
        QCOMPARE(device.jobsReceived, 1);
        QCOMPARE(device.statusRequests, 0);
        QVERIFY(!device.received.contains(QByteArray("\x1d(H", 3)));
    }

    void unreachablePrinterSendsNothing()
    {
        FakeEscPosDevice device;
        auto transport = std::make_unique<FakeTransport>(device);
        transport->connectable = false;
        EscPosPrinter printer(std::move(transport), options(escpos::Barrier::ProcessId, false));
        QCOMPARE(printer.status().state, PrinterState::Offline);
        Result<PrintOutcome> out = printer.print(prescription());
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QStringLiteral("未发送")));
        QVERIFY(device.received.isEmpty());
    }

    void lateAnswerToAStuckJobIsNotTakenForTheNext_data() { barriers_data(); }
    void lateAnswerToAStuckJobIsNotTakenForTheNext()
    {
        QFETCH(int, barrier);
        FakeEscPosDevice device;
        device.paperRunsOutDuringJob = true;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device),
                              options(escpos::Barrier(barrier)));
        QVERIFY(!printer.print(prescription()).ok());

        // Paper reloaded: the printer finishes job 1 and answers its barrier late.
        device.paperRunsOutDuringJob = false;
        device.reloadPaper();
        QVERIFY(!device.outbox.isEmpty());
        PrintDocument reprint = prescription();
        reprint.reprint = true;
        Result<PrintOutcome> out = printer.print(reprint);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        QCOMPARE(out->confirmation, PrintConfirmation::DeviceConfirmed);
        // Job 1 went out once, job 2 once, marked 补打 (GB18030 B2B9 B4F2).
        QCOMPARE(jobsIn(device.received), 2);
        QCOMPARE(device.received.count(QByteArray("\xb2\xb9\xb4\xf2", 4)), 1);
    }

    void realtimeStatusBits_data()
    {
        // Bytes per the ESC/POS reference, DLE EOT 1..4 (fixed bits: 0x12 under mask 0x93).
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("named");
        QTest::newRow("ready") << QByteArray::fromHex("12121212") << int(PrinterState::Ready)
                               << QStringLiteral("正常");
        QTest::newRow("near end, bits 2-3 of n=4")
            << QByteArray::fromHex("1212121e") << int(PrinterState::PaperNearEnd)
            << QStringLiteral("纸将尽");
        QTest::newRow("paper end, bits 5-6 of n=4")
            << QByteArray::fromHex("1a32127e") << int(PrinterState::PaperOut)
            << QStringLiteral("纸卷用完");
        QTest::newRow("cover open, bit 2 of n=2")
            << QByteArray::fromHex("1a161212") << int(PrinterState::CoverOpen)
            << QStringLiteral("纸仓盖打开");
        QTest::newRow("cutter error, bit 3 of n=3")
            << QByteArray::fromHex("1a521a12") << int(PrinterState::Failed)
            << QStringLiteral("切刀错误");
        QTest::newRow("head overheat, bit 6 of n=3")
            << QByteArray::fromHex("12125212") << int(PrinterState::Failed)
            << QStringLiteral("过热");
        QTest::newRow("offline, bit 3 of n=1")
            << QByteArray::fromHex("1a121212") << int(PrinterState::Offline)
            << QStringLiteral("离线");
    }
    void realtimeStatusBits()
    {
        QFETCH(QByteArray, answers);
        QFETCH(int, state);
        QFETCH(QString, named);
        QByteArray wire =
            QByteArray::fromHex("3722414141420000") + answers; // a stale barrier answer first
        escpos::RealtimeStatus rs;
        for (quint8* field : {&rs.printer, &rs.offlineCause, &rs.errorCause, &rs.paperSensor}) {
            const std::optional<quint8> b = escpos::takeRealtimeStatus(wire);
            QVERIFY(b.has_value());
            *field = *b;
        }
        const PrinterStatus st = escpos::interpret(rs);
        QCOMPARE(int(st.state), state);
        QVERIFY2(st.detail.contains(named), qPrintable(st.detail));
        QVERIFY(st.detail.contains(
            QString::fromLatin1(answers.left(1).toHex()))); // raw bytes for support
    }

    void processIdAnswersAreMatchedByJob()
    {
        const QByteArray mine = escpos::processId(7);
        QCOMPARE(mine, QByteArray("AAAH"));
        QCOMPARE(escpos::processIdRequest(mine), QByteArray::fromHex("1d28480600"
                                                                     "3030")
                                                     + mine);
        // No byte of an answer looks like a real-time status byte.
        QByteArray answer = QByteArray::fromHex("3722") + escpos::processId(0xFFFF) + '\0';
        QVERIFY(!escpos::takeRealtimeStatus(answer).has_value());
        // An earlier job's late answer is skipped; this job's is taken.
        QByteArray wire = QByteArray::fromHex("3722") + escpos::processId(6) + '\0';
        QVERIFY(!escpos::takeProcessIdResponse(wire, mine));
        wire += QByteArray::fromHex("3722") + mine + '\0' + '\x12';
        QVERIFY(escpos::takeProcessIdResponse(wire, mine));
        QCOMPARE(wire, QByteArray("\x12")); // what followed stays
    }

    void documentWiderThanPaperIsRefused()
    {
        FakeEscPosDevice device;
        EscPosPrinterOptions o = options(escpos::Barrier::ProcessId);
        o.encoding.widthColumns = 32;
        EscPosPrinter printer(std::make_unique<FakeTransport>(device), o);
        QCOMPARE(printer.widthColumns(), 32);
        QCOMPARE(printer.deviceName(), QStringLiteral("ESC/POS 58mm (fake)"));
        Result<PrintOutcome> out = printer.print(prescription()); // laid out for 48 columns
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::InvalidInput);
        QVERIFY(device.received.isEmpty());
    }
};

QTEST_MAIN(TestEscPosPrinter)
#include "tst_escposprinter.moc"
