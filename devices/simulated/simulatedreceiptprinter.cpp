#include "devices/simulated/simulatedreceiptprinter.h"

#include "app/core/ports/clock.h"
#include "devices/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

namespace pos::devices {

namespace {

/// Translation context "SimulatedReceiptPrinter" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedReceiptPrinter)
};

// A thermal head of 203 dpi prints 576 dots on 80 mm paper (48 columns of 12 dots) and 384 on
// 58 mm (32 columns): one column is 12 dots either way.
constexpr int kDotsPerColumn = 12;
constexpr int kLineDots = 30;
constexpr int kMarginDots = 16;
constexpr int kDpi = 203;

int lineHeight(const PrintLine& l)
{
    return l.doubleSize ? kLineDots * 2 : kLineDots;
}

int documentHeight(const PrintDocument& doc, int lineCount)
{
    int h = 2 * kMarginDots;
    for (int i = 0; i < lineCount; ++i)
        h += lineHeight(doc.lines.at(i));
    return h + 3 * kLineDots; // feed before the cut
}

/// Paints the first `lineCount` lines in printer cells, as the head would place them.
void paintDocument(QPainter& p, const PrintDocument& doc, int lineCount)
{
    const int paperDots = doc.widthColumns * kDotsPerColumn;
    int y = kMarginDots;
    for (int i = 0; i < lineCount; ++i) {
        const PrintLine& l = doc.lines.at(i);
        const int scale = l.doubleSize ? 2 : 1;
        const int h = lineHeight(l);
        if (l.separator) {
            p.setPen(QPen(Qt::black, 2, Qt::DashLine));
            p.drawLine(kMarginDots, y + h / 2, kMarginDots + paperDots, y + h / 2);
            y += h;
            continue;
        }
        QFont font(QStringLiteral("WenQuanYi Micro Hei Mono"));
        font.setPixelSize(22 * scale);
        font.setBold(l.bold);
        font.setStyleHint(QFont::Monospace);
        p.setFont(font);
        p.setPen(Qt::black);
        const int width = columnWidth(l.text) * scale;
        const int capacity = doc.widthColumns;
        int col = 0;
        if (l.align == PrintLine::Align::Center)
            col = qMax(0, (capacity - width) / 2);
        else if (l.align == PrintLine::Align::Right)
            col = qMax(0, capacity - width);
        for (qsizetype k = 0; k < l.text.size(); ++k) {
            QString glyph(l.text.at(k));
            if (l.text.at(k).isHighSurrogate() && k + 1 < l.text.size())
                glyph += l.text.at(++k);
            const int cells = columnWidth(glyph) * scale;
            if (col + cells > capacity)
                break; // the head has no more dots on this line
            const QRect cell(kMarginDots + col * kDotsPerColumn, y, cells * kDotsPerColumn, h);
            p.drawText(cell, Qt::AlignCenter, glyph);
            col += cells;
        }
        y += h;
    }
}

} // namespace

SimulatedReceiptPrinter::SimulatedReceiptPrinter(QString outputDir, const Clock& clock,
                                                 int widthColumns)
    : m_outputDir(std::move(outputDir))
    , m_clock(clock)
    , m_width(widthColumns)
{
}

QString SimulatedReceiptPrinter::deviceName() const
{
    return Tr::tr("模拟小票打印机（%1 mm）").arg(m_width >= 48 ? 80 : 58);
}

PrinterStatus SimulatedReceiptPrinter::status()
{
    switch (m_fault) {
    case Fault::None:
    case Fault::FailMidJob:
        return {PrinterState::Ready, Tr::tr("模拟打印机就绪，输出到 %1").arg(m_outputDir)};
    case Fault::PaperOut:
        return {PrinterState::PaperOut, Tr::tr("纸卷用完")};
    case Fault::PaperOutAfterJob:
        return {m_jobs > 0 ? PrinterState::PaperOut : PrinterState::Ready, {}};
    case Fault::CoverOpen:
        return {PrinterState::CoverOpen, Tr::tr("纸仓盖打开")};
    case Fault::Offline:
        return {PrinterState::Offline, Tr::tr("未连接")};
    }
    return {PrinterState::Failed, {}};
}

Result<PrintOutcome> SimulatedReceiptPrinter::print(const PrintDocument& document)
{
    const PrinterStatus st = status();
    if (!st.canPrint())
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("打印机%1：%2").arg(toDisplayString(st.state), st.detail));
    if (document.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("空白文档不打印"));
    if (!QDir().mkpath(m_outputDir))
        return makeError(ErrorCode::DeviceFailure, Tr::tr("无法创建输出目录 %1").arg(m_outputDir));

    const QString jobId = QStringLiteral("SIM-%1").arg(m_jobs + 1, 6, 10, QLatin1Char('0'));
    QString ref = document.reference;
    ref.replace(u'/', u'_');
    const QString base = QDir(m_outputDir).filePath(
        m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-' + document.kind
        + (ref.isEmpty() ? QString() : u'-' + ref) + (document.reprint ? QStringLiteral("-reprint") : QString())
        + u'-' + jobId);

    if (m_fault == Fault::FailMidJob) {
        // Half the paper came out, then the head stopped: what a torn receipt looks like.
        PrintDocument partial = document;
        partial.lines = document.lines.mid(0, document.lines.size() / 2);
        (void)render(partial, base + QStringLiteral("-PARTIAL"));
        m_fault = Fault::Offline;
        return makeError(ErrorCode::DeviceFailure, Tr::tr("打印中途失败（已出纸 %1/%2 行），打印机离线")
                                                       .arg(partial.lines.size())
                                                       .arg(document.lines.size()));
    }
    Status s = render(document, base);
    if (!s)
        return s.error();
    ++m_jobs;
    m_lastBase = base;
    qCInfo(lcPrinterSim) << "job" << jobId << document.kind << "->" << base;
    return PrintOutcome{jobId, base + QStringLiteral(".png"), PrintConfirmation::DeviceConfirmed,
                       QStringLiteral("simulated: page rendered")};
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
        paintDocument(p, doc, lines);
    }
    if (!image.save(basePath + QStringLiteral(".png")))
        return makeError(ErrorCode::DeviceFailure, Tr::tr("无法写入 %1.png").arg(basePath));

    QPdfWriter pdf(basePath + QStringLiteral(".pdf"));
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QSizeF(widthDots * 25.4 / kDpi, heightDots * 25.4 / kDpi),
                              QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(doc.kind + u' ' + doc.reference);
    {
        QPainter p(&pdf);
        paintDocument(p, doc, lines);
    }

    QFile txt(basePath + QStringLiteral(".txt"));
    if (!txt.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || txt.write(doc.toPlainText().toUtf8()) < 0)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("无法写入 %1.txt").arg(basePath));
    return {};
}

} // namespace pos::devices
