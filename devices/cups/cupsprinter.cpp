#include "devices/cups/cupsprinter.h"

#include "devices/logging.h"
#include "devices/paper/documentpainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace pos::devices {

namespace {
/// Translation context "CupsPrinter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CupsPrinter)
};
} // namespace

CupsPrinter::CupsPrinter(QString printerName, int widthColumns)
    : m_name(std::move(printerName))
    , m_width(widthColumns)
{
}

QString CupsPrinter::deviceName() const
{
    return QStringLiteral("CUPS %1 (A5)").arg(m_name);
}

PrinterStatus CupsPrinter::status()
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_name);
    if (info.isNull())
        return {PrinterState::Offline,
                Tr::tr("CUPS 中没有名为“%1”的打印机（lpstat -p 可列出）").arg(m_name)};
    switch (info.state()) {
    case QPrinter::Idle: return {PrinterState::Ready, Tr::tr("CUPS 队列空闲")};
    case QPrinter::Active: return {PrinterState::Ready, Tr::tr("CUPS 正在打印")};
    case QPrinter::Aborted: return {PrinterState::Failed, Tr::tr("CUPS 队列已停止")};
    case QPrinter::Error: return {PrinterState::Failed, Tr::tr("CUPS 报告打印机错误")};
    }
    return {PrinterState::Failed, {}};
}

Result<PrintOutcome> CupsPrinter::print(const PrintDocument& original)
{
    if (original.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("空白文档不打印"));
    const PrinterStatus st = status();
    if (!st.canPrint())
        return makeError(
            ErrorCode::DeviceFailure,
            Tr::tr("打印机%1：%2。未发送打印。").arg(toDisplayString(st.state), st.detail));
    const PrintDocument doc = withReprintMark(original);

    QPrinter printer(QPrinterInfo::printerInfo(m_name), QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    printer.setDocName(doc.kind + u' ' + doc.reference);
    QPainter p;
    if (!p.begin(&printer))
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("无法向 CUPS 打印机“%1”开始打印").arg(m_name));
    // The receipt layout in printer dots, scaled so its columns span the printable width.
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const qreal scale = page.width() / (doc.widthColumns * kDotsPerColumn);
    p.scale(scale, scale);
    const int pageDots = int(page.height() / scale);
    const int n = int(doc.lines.size());
    for (int first = 0; first < n;) {
        int count = 0;
        int used = 0;
        while (first + count < n
               && (count == 0 || used + lineHeightDots(doc.lines.at(first + count)) <= pageDots))
            used += lineHeightDots(doc.lines.at(first + count++));
        if (first > 0)
            printer.newPage();
        paintDocumentLines(p, doc, first, count, QPoint(0, 0));
        first += count;
    }
    if (!p.end() || printer.printerState() == QPrinter::Error)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("CUPS 打印机“%1”拒绝了打印任务").arg(m_name));
    const QString jobId = QStringLiteral("CUPS-%1").arg(++m_jobs, 6, 10, QLatin1Char('0'));
    qCInfo(lcPrinterCups) << "job" << jobId << doc.kind << "queued on" << m_name;
    return PrintOutcome{
        jobId,
        {},
        PrintConfirmation::NeedsScanBack,
        Tr::tr("已交给 CUPS 队列“%1”；CUPS 不能证明纸已打出，须扫描打出的码确认").arg(m_name)};
}

} // namespace pos::devices
