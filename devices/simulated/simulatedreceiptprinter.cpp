#include "devices/simulated/simulatedreceiptprinter.h"

#include "app/core/ports/clock.h"
#include "devices/logging.h"
#include "devices/paper/documentpainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace pos::devices {

namespace {

/// Translation context "SimulatedReceiptPrinter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedReceiptPrinter)
};

constexpr int kMarginDots = 16;

int documentHeight(const PrintDocument& doc, int lineCount)
{
    return 2 * kMarginDots + linesHeightDots(doc, 0, lineCount)
           + 3 * kLineDots; // feed before the cut
}

} // namespace

SimulatedReceiptPrinter::SimulatedReceiptPrinter(QString outputDir, const Clock& clock,
                                                 int widthColumns)
    : m_outputDir(std::move(outputDir))
    , m_clock(clock)
    , m_width(widthColumns)
{
}

std::optional<SimulatedReceiptPrinter::Fault>
SimulatedReceiptPrinter::faultFromName(QStringView name)
{
    static const std::pair<const char16_t*, Fault> kNames[] = {
        {u"none", Fault::None},
        {u"paper_out", Fault::PaperOut},
        {u"cover_open", Fault::CoverOpen},
        {u"offline", Fault::Offline},
        {u"fail_mid_job", Fault::FailMidJob},
        {u"paper_out_after_job", Fault::PaperOutAfterJob},
        {u"paper_out_during_job", Fault::PaperOutDuringJob},
    };
    for (const auto& [n, f] : kNames)
        if (name == QStringView(n))
            return f;
    return std::nullopt;
}

QString SimulatedReceiptPrinter::deviceName() const
{
    return Tr::tr("模拟小票打印机（%1 mm）").arg(m_width >= 48 ? 80 : 58);
}

PrinterStatus SimulatedReceiptPrinter::status()
{
    PrinterStatus st = deviceStatus();
    // Without a back channel only the connection is known, never paper or cover.
    if (!m_reportsStatus && st.state != PrinterState::Offline)
        return {PrinterState::Ready, Tr::tr("打印机不回报状态：打印后须扫描回执上的码确认")};
    return st;
}

PrinterStatus SimulatedReceiptPrinter::deviceStatus() const
{
    switch (m_fault) {
    case Fault::None:
    case Fault::FailMidJob:
    case Fault::PaperOutDuringJob:
        return {PrinterState::Ready, Tr::tr("模拟打印机就绪，输出到 %1").arg(m_outputDir)};
    case Fault::PaperOut: return {PrinterState::PaperOut, Tr::tr("纸卷用完")};
    case Fault::PaperOutAfterJob:
        return {m_jobs > 0 ? PrinterState::PaperOut : PrinterState::Ready, {}};
    case Fault::CoverOpen: return {PrinterState::CoverOpen, Tr::tr("纸仓盖打开")};
    case Fault::Offline: return {PrinterState::Offline, Tr::tr("未连接")};
    }
    return {PrinterState::Failed, {}};
}

Result<PrintOutcome> SimulatedReceiptPrinter::print(const PrintDocument& original)
{
    const PrinterStatus st = deviceStatus();
    // A printer that cannot report still refuses when it is not connected; anything else it
    // cannot know, so the job goes out blind.
    if (!st.canPrint() && (m_reportsStatus || st.state == PrinterState::Offline))
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("打印机%1：%2").arg(toDisplayString(st.state), st.detail));
    if (original.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("空白文档不打印"));
    if (!QDir().mkpath(m_outputDir))
        return makeError(ErrorCode::DeviceFailure, Tr::tr("无法创建输出目录 %1").arg(m_outputDir));

    const PrintDocument document = withReprintMark(original);
    const QString jobId = QStringLiteral("SIM-%1").arg(++m_sent, 6, 10, QLatin1Char('0'));
    QString ref = document.reference;
    ref.replace(u'/', u'_');
    const QString base =
        QDir(m_outputDir)
            .filePath(m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-'
                      + document.kind + (ref.isEmpty() ? QString() : u'-' + ref)
                      + (document.reprint ? QStringLiteral("-reprint") : QString()) + u'-' + jobId);
    const auto blind = [&](QString outputPath,
                           const QString& whatHappened) -> Result<PrintOutcome> {
        qCInfo(lcPrinterSim) << "job" << jobId << "sent blind:" << whatHappened;
        return PrintOutcome{jobId, std::move(outputPath), PrintConfirmation::NeedsScanBack,
                            Tr::tr("已发送，打印机不回报状态（模拟实情：%1）").arg(whatHappened)};
    };

    if (!st.canPrint()) // only reached without a back channel: nothing comes out, nobody is told
        return blind({}, toDisplayString(st.state));
    if (m_fault == Fault::FailMidJob || m_fault == Fault::PaperOutDuringJob) {
        const bool paperOut = m_fault == Fault::PaperOutDuringJob;
        const qsizetype out =
            renderTorn(document, base, paperOut ? u"PARTIAL-PAPEROUT" : u"PARTIAL");
        m_fault = paperOut ? Fault::PaperOut : Fault::Offline;
        const QString progress = QStringLiteral("%1/%2").arg(out).arg(document.lines.size());
        if (!m_reportsStatus)
            return blind({}, Tr::tr("中途停止，已出纸 %1 行").arg(progress));
        if (paperOut)
            return makeError(ErrorCode::DeviceFailure,
                             Tr::tr("打印中途缺纸（已出纸 %1 行）：这张没有打完，不算已打印。"
                                    "请装纸后重新打印，重打的一张将标记为补打")
                                 .arg(progress));
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("打印中途失败（已出纸 %1 行），打印机离线").arg(progress));
    }
    Status s = render(document, base);
    if (!s)
        return s.error();
    ++m_jobs;
    m_lastBase = base;
    if (!m_reportsStatus)
        return blind(base + QStringLiteral(".png"), Tr::tr("已完整出纸"));
    qCInfo(lcPrinterSim) << "job" << jobId << document.kind << "->" << base;
    return PrintOutcome{jobId, base + QStringLiteral(".png"), PrintConfirmation::DeviceConfirmed,
                        QStringLiteral("simulated: page rendered")};
}

qsizetype SimulatedReceiptPrinter::renderTorn(const PrintDocument& doc, const QString& base,
                                              QStringView tag) const
{
    // Half the paper came out, then the head stopped: what a torn receipt looks like. The files
    // carry the tag so nobody takes them for a whole copy.
    PrintDocument partial = doc;
    partial.lines = doc.lines.mid(0, doc.lines.size() / 2);
    (void)render(partial, base + u'-' + tag);
    return partial.lines.size();
}

Status SimulatedReceiptPrinter::render(const PrintDocument& doc, const QString& basePath) const
{
    const int lines = static_cast<int>(doc.lines.size());
    const int widthDots = doc.widthColumns * kDotsPerColumn + 2 * kMarginDots;
    const int heightDots = documentHeight(doc, lines);

    QImage image(widthDots, heightDots, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        paintDocumentLines(p, doc, 0, lines, QPoint(kMarginDots, kMarginDots));
    }
    if (!image.save(basePath + QStringLiteral(".png")))
        return makeError(ErrorCode::DeviceFailure, Tr::tr("无法写入 %1.png").arg(basePath));

    QPdfWriter pdf(basePath + QStringLiteral(".pdf"));
    pdf.setResolution(kPrinterDpi);
    pdf.setPageSize(
        QPageSize(QSizeF(widthDots * 25.4 / kPrinterDpi, heightDots * 25.4 / kPrinterDpi),
                  QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(doc.kind + u' ' + doc.reference);
    {
        QPainter p(&pdf);
        paintDocumentLines(p, doc, 0, lines, QPoint(kMarginDots, kMarginDots));
    }

    QFile txt(basePath + QStringLiteral(".txt"));
    if (!txt.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || txt.write(doc.toPlainText().toUtf8()) < 0)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("无法写入 %1.txt").arg(basePath));
    return {};
}

} // namespace pos::devices
