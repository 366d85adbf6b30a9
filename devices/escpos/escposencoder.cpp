#include "devices/escpos/escposencoder.h"

#include "devices/paper/documentpainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStringEncoder>

namespace pos::devices {

namespace {
/// Translation context "EscPosEncoder" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscPosEncoder)
};

// Command bytes, as named in the ESC/POS command reference.
constexpr char ESC = 0x1B;
constexpr char FS = 0x1C;
constexpr char GS = 0x1D;
constexpr char LF = 0x0A;
constexpr int kMaxRasterBandRows = 240; // GS v 0 per band: small enough for cheap printers' buffers

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(int(values.size()));
    for (int v : values)
        out.append(char(v));
    return out;
}

int alignCode(PrintLine::Align a)
{
    switch (a) {
    case PrintLine::Align::Left: return 0;
    case PrintLine::Align::Center: return 1;
    case PrintLine::Align::Right: return 2;
    }
    return 0;
}

/// Text style as the printer holds it between lines; ESC @ resets it to the default.
struct TextStyle
{
    int align = 0;
    bool bold = false;
    bool doubleSize = false;
};

/// The commands that take the printer from `current` to `wanted`, and nothing else.
QByteArray styleChange(TextStyle& current, const TextStyle& wanted)
{
    QByteArray out;
    if (current.align != wanted.align)
        out += bytes({ESC, 'a', wanted.align});
    if (current.bold != wanted.bold)
        out += bytes({ESC, 'E', wanted.bold ? 1 : 0});
    if (current.doubleSize != wanted.doubleSize)
        out +=
            bytes({GS, '!',
                   wanted.doubleSize ? 0x11 : 0x00}); // width ×2 (bits 4-6), height ×2 (bits 0-2)
    current = wanted;
    return out;
}

/// GS ( k: QR model 2, module 6 dots, error correction M, store the data, print it.
QByteArray qrSymbol(const QByteArray& data)
{
    const int stored = int(data.size()) + 3;
    return bytes({GS, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0x00}) // fn 65: model 2
           + bytes({GS, '(', 'k', 3, 0, 0x31, 0x43, 6})        // fn 67: module size 6 dots
           + bytes({GS, '(', 'k', 3, 0, 0x31, 0x45, 0x31})     // fn 69: error correction M
           + bytes({GS, '(', 'k', stored & 0xFF, stored >> 8, 0x31, 0x50, 0x30})
           + data                                           // fn 80: store
           + bytes({GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30}); // fn 81: print the stored symbol
}

} // namespace

EscPosEncoder::EscPosEncoder(EscPosEncoderOptions options)
    : m_options(options)
{
}

int EscPosEncoder::widthDots() const
{
    return m_options.widthColumns * kDotsPerColumn;
}

Result<QByteArray> EscPosEncoder::encode(const PrintDocument& original) const
{
    if (original.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("空白文档不打印"));
    if (original.widthColumns > m_options.widthColumns)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("文档按 %1 列排版，打印机纸宽只有 %2 列（%3 mm 纸）")
                             .arg(original.widthColumns)
                             .arg(m_options.widthColumns)
                             .arg(m_options.widthColumns >= 48 ? 80 : 58));
    PrintDocument doc = withReprintMark(original);
    doc.widthColumns = m_options.widthColumns; // alignment and rules span the paper, as ESC a does

    const bool raster = m_options.textMode == EscPosTextMode::Raster;
    QByteArray out = bytes({ESC, '@'}); // initialise: default style, left aligned
    // Chinese character mode on: bytes 0x81-0xFE start a GB18030 character. Sent explicitly even
    // though most Chinese printers start in it, because the mode is a memory switch on many.
    if (!raster)
        out += bytes({FS, '&'});

    QStringEncoder gb18030("GB18030"); // Qt 6.4 converts it through ICU
    if (!raster && !gb18030.isValid())
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("本机 Qt 不支持 GB18030 编码（缺 ICU）：请把 printer_text_mode 设为 raster"));
    TextStyle style;
    int segmentStart = 0; // raster mode: first line not yet rasterised
    const int n = int(doc.lines.size());
    for (int i = 0; i < n; ++i) {
        const PrintLine& l = doc.lines.at(i);
        if (!l.barcode.isEmpty()) {
            if (raster) {
                out += rasterCommands(doc, segmentStart, i - segmentStart);
                segmentStart = i; // the code's text is rasterised under the symbol
            }
            out += styleChange(style, {1, false, false}) + qrSymbol(l.barcode.toLatin1());
        }
        if (raster)
            continue;
        if (l.separator) {
            out += styleChange(style, {}) + QByteArray(doc.widthColumns, '-') + LF;
            continue;
        }
        out += styleChange(style, {alignCode(l.align), l.bold, l.doubleSize});
        // GB18030 maps every Unicode code point; only broken UTF-16 (a lone surrogate) cannot go.
        const QByteArray text = gb18030.encode(l.text);
        if (!l.text.isValidUtf16() || gb18030.hasError())
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("第 %1 行含 GB18030 无法表示的字符：%2").arg(i + 1).arg(l.text));
        out += text + LF;
    }
    if (raster)
        out += rasterCommands(doc, segmentStart, n - segmentStart);
    else
        out += styleChange(style, {});
    out += bytes({GS, 'V', 66, 0}); // feed to the cutter and cut, leaving a hinge (partial cut)
    return out;
}

QImage EscPosEncoder::rasterize(const PrintDocument& document, int first, int count) const
{
    PrintDocument doc = document;
    doc.widthColumns = m_options.widthColumns;
    // The printer draws the QR itself (GS ( k); only the text goes as an image.
    const int height = linesHeightDots(doc, first, count, BarcodeDrawing::TextOnly);
    QImage grey(widthDots(), height, QImage::Format_Grayscale8);
    grey.fill(Qt::white);
    {
        QPainter p(&grey);
        p.setRenderHint(QPainter::TextAntialiasing, false); // a thermal dot is on or off
        p.setRenderHint(QPainter::Antialiasing, false);
        paintDocumentLines(p, doc, first, count, QPoint(0, 0), BarcodeDrawing::TextOnly);
    }
    QImage mono(grey.size(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)}); // bit set = dot burnt
    mono.fill(0);
    for (int y = 0; y < height; ++y) {
        const uchar* in = grey.constScanLine(y);
        uchar* row = mono.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            if (in[x] < 128)
                row[x >> 3] |= uchar(0x80 >> (x & 7));
    }
    return mono;
}

QByteArray EscPosEncoder::rasterCommands(const PrintDocument& doc, int first, int count) const
{
    if (count <= 0)
        return {};
    const QImage image = rasterize(doc, first, count);
    const int rowBytes = widthDots() / 8;
    QByteArray out;
    for (int top = 0; top < image.height(); top += kMaxRasterBandRows) {
        const int rows = qMin(kMaxRasterBandRows, image.height() - top);
        // GS v 0 m xL xH yL yH: normal density, x in bytes, y in dots.
        out += bytes({GS, 'v', '0', 0, rowBytes & 0xFF, rowBytes >> 8, rows & 0xFF, rows >> 8});
        for (int y = top; y < top + rows; ++y)
            out.append(reinterpret_cast<const char*>(image.constScanLine(y)), rowBytes);
    }
    return out;
}

} // namespace pos::devices
