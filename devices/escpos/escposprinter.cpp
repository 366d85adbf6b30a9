#include "devices/escpos/escposprinter.h"

#include "devices/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace pos::devices {

using namespace escpos;

namespace {
/// Translation context "EscPosPrinter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscPosPrinter)
};

QString notSent(const QString& why)
{
    return Tr::tr("%1。未发送打印。").arg(why);
}

Error failedMidJob(PrinterState state, const QString& detail)
{
    const QString reprint = Tr::tr("这张不算已打印；处理后请重打，重打的一张将标记为补打。");
    switch (state) {
    case PrinterState::PaperOut:
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("打印中途缺纸（%1）。%2").arg(detail, reprint));
    case PrinterState::CoverOpen:
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("打印中途纸仓盖被打开（%1）。%2").arg(detail, reprint));
    default:
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("打印中途出错（%1）。%2").arg(detail, reprint));
    }
}
} // namespace

EscPosPrinter::EscPosPrinter(std::unique_ptr<PrinterTransport> transport,
                             EscPosPrinterOptions options)
    : m_transport(std::move(transport))
    , m_options(options)
    , m_encoder(options.encoding)
{
}

EscPosPrinter::~EscPosPrinter() = default;

QString EscPosPrinter::deviceName() const
{
    return QStringLiteral("ESC/POS %1mm (%2)")
        .arg(m_encoder.widthColumns() >= 48 ? 80 : 58)
        .arg(m_transport->describe());
}

PrinterStatus EscPosPrinter::status()
{
    if (Status open = m_transport->open(m_options.connectTimeoutMs); !open)
        return {PrinterState::Offline, open.error().message};
    if (!m_options.reportsStatus)
        return {PrinterState::Ready, Tr::tr("打印机不回报状态：打印后须扫描回执上的码确认")};
    drainInput();
    Result<PrinterStatus> s = queryStatus();
    if (!s)
        return {PrinterState::Offline, s.error().message};
    return *s;
}

template <typename Take> Result<bool> EscPosPrinter::readUntil(int timeoutMs, Take take)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (!m_input.isEmpty() && take(m_input))
            return true;
        if (deadline.hasExpired())
            return false;
        Result<QByteArray> got = m_transport->read(int(deadline.remainingTime()));
        if (!got)
            return got.error();
        if (!got->isEmpty())
            qCDebug(lcPrinterEscPos) << "in" << got->toHex(' ');
        m_input += *got;
    }
}

void EscPosPrinter::drainInput()
{
    // Answers nobody waited for (a late barrier, a spurious status) must not be read as answers
    // to what comes next.
    m_input.clear();
    for (;;) {
        Result<QByteArray> got = m_transport->read(0);
        if (!got || got->isEmpty())
            return;
    }
}

Result<PrinterStatus> EscPosPrinter::queryStatus()
{
    RealtimeStatus rs;
    quint8* answers[] = {&rs.printer, &rs.offlineCause, &rs.errorCause, &rs.paperSensor};
    for (int n = 1; n <= 4; ++n) {
        if (Status sent =
                m_transport->write(statusRequest(StatusRequest(n)), m_options.statusTimeoutMs);
            !sent)
            return sent.error();
        Result<bool> answered = readUntil(m_options.statusTimeoutMs, [&](QByteArray& in) {
            const std::optional<quint8> b = takeRealtimeStatus(in);
            if (b)
                *answers[n - 1] = *b;
            return b.has_value();
        });
        if (!answered)
            return answered.error();
        if (!*answered)
            return makeError(
                ErrorCode::DeviceFailure,
                Tr::tr("打印机 %1 ms 内没有回答状态查询 DLE EOT %2（离线或不支持回传）")
                    .arg(m_options.statusTimeoutMs)
                    .arg(n));
    }
    return interpret(rs);
}

Error EscPosPrinter::unknownOutcome(const QString& why) const
{
    qCWarning(lcPrinterEscPos) << deviceName() << "outcome unknown:" << why;
    return makeError(
        ErrorCode::DeviceFailure,
        Tr::tr("打印结果不明：%1。这张可能已经打出，也可能没有，请查看出纸口；系统不会自动重发。"
               "如需重打，重打的一张将标记为补打。")
            .arg(why));
}

Status EscPosPrinter::resynchronise()
{
    // The last job's barrier never came back: the printer may still hold that job and answer it
    // late. Send a fresh barrier and wait for it, so no late answer is taken for the next job.
    QByteArray request;
    QByteArray id;
    if (m_options.barrier == Barrier::ProcessId) {
        id = processId(++m_sequence);
        request = processIdRequest(id);
    } else {
        request = paperSensorRequest();
    }
    if (Status sent = m_transport->write(request, m_options.statusTimeoutMs); !sent)
        return sent.error();
    Result<bool> answered = readUntil(m_options.jobTimeoutMs, [&](QByteArray& in) {
        return m_options.barrier == Barrier::ProcessId ? takeProcessIdResponse(in, id)
                                                       : takePaperSensorResponse(in).has_value();
    });
    if (!answered)
        return answered.error();
    if (!*answered)
        return makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("打印机仍未处理完上一张（%1 ms 内没有回应）").arg(m_options.jobTimeoutMs));
    // GS r answers carry no ID: the first may have been the stuck job's; ours follows at once.
    if (m_options.barrier == Barrier::PaperSensor)
        (void)readUntil(m_options.settleMs, [](QByteArray&) { return false; });
    m_input.clear();
    m_barrierOutstanding = false;
    return {};
}

Result<PrintOutcome> EscPosPrinter::print(const PrintDocument& document)
{
    Result<QByteArray> job = m_encoder.encode(document);
    if (!job)
        return job.error();
    if (Status open = m_transport->open(m_options.connectTimeoutMs); !open)
        return makeError(ErrorCode::DeviceFailure, notSent(open.error().message));
    const QByteArray id = processId(++m_sequence); // the barrier's ID; a resync probe takes its own
    const QString jobId = QStringLiteral("ESCPOS-%1").arg(QString::fromLatin1(id));
    if (!m_options.reportsStatus)
        return printBlind(*job, jobId);

    drainInput();
    Result<PrinterStatus> before = queryStatus();
    if (!before)
        return makeError(ErrorCode::DeviceFailure, notSent(before.error().message));
    if (!before->canPrint())
        return makeError(
            ErrorCode::DeviceFailure,
            notSent(Tr::tr("打印机%1（%2）").arg(toDisplayString(before->state), before->detail)));
    if (m_barrierOutstanding) {
        if (Status synced = resynchronise(); !synced)
            return makeError(ErrorCode::DeviceFailure, notSent(synced.error().message));
    }

    const QByteArray barrier =
        m_options.barrier == Barrier::ProcessId ? processIdRequest(id) : paperSensorRequest();
    qCInfo(lcPrinterEscPos) << deviceName() << "job" << jobId << document.kind << job->size()
                            << "bytes";
    // From here on the job is out of our hands: nothing below sends it again.
    m_barrierOutstanding = true;
    if (Status sent = m_transport->write(*job + barrier, m_options.jobTimeoutMs); !sent)
        return unknownOutcome(sent.error().message);

    std::optional<quint8> sensor;
    Result<bool> answered = readUntil(m_options.jobTimeoutMs, [&](QByteArray& in) {
        if (m_options.barrier == Barrier::ProcessId)
            return takeProcessIdResponse(in, id);
        sensor = takePaperSensorResponse(in);
        return sensor.has_value();
    });
    if (!answered)
        return unknownOutcome(answered.error().message);
    m_barrierOutstanding = !*answered;

    Result<PrinterStatus> after = queryStatus();
    if (after && !after->canPrint() && after->state != PrinterState::Offline)
        return failedMidJob(after->state, after->detail);
    if (sensor && paperSensorSaysPaperEnd(*sensor))
        return failedMidJob(PrinterState::PaperOut,
                            QStringLiteral("GS r 1: %1").arg(*sensor, 2, 16, QLatin1Char('0')));
    if (!*answered)
        return unknownOutcome(Tr::tr("打印机 %1 ms 内没有确认打印完成（%2）")
                                  .arg(m_options.jobTimeoutMs)
                                  .arg(after ? after->detail : after.error().message));
    if (!after)
        return unknownOutcome(Tr::tr("打印后查询状态失败：%1").arg(after.error().message));
    if (!after->canPrint())
        return unknownOutcome(
            Tr::tr("打印后打印机%1（%2）").arg(toDisplayString(after->state), after->detail));

    const QString barrierSaid =
        m_options.barrier == Barrier::ProcessId
            ? QStringLiteral("GS ( H %1 answered").arg(QString::fromLatin1(id))
            : QStringLiteral("GS r 1 answered %1").arg(*sensor, 2, 16, QLatin1Char('0'));
    return PrintOutcome{jobId,
                        {},
                        PrintConfirmation::DeviceConfirmed,
                        QStringLiteral("before: %1; %2; after: %3")
                            .arg(before->detail, barrierSaid, after->detail)};
}

Result<PrintOutcome> EscPosPrinter::printBlind(const QByteArray& job, const QString& jobId)
{
    qCInfo(lcPrinterEscPos) << deviceName() << "job" << jobId << job.size()
                            << "bytes, no back channel";
    if (Status sent = m_transport->write(job, m_options.jobTimeoutMs); !sent)
        return unknownOutcome(sent.error().message);
    return PrintOutcome{
        jobId,
        {},
        PrintConfirmation::NeedsScanBack,
        Tr::tr("已发送 %1 字节；打印机不回报状态，须扫描打出的码确认").arg(job.size())};
}

} // namespace pos::devices
