#pragma once

#include "app/core/printdocument.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QImage>

namespace pos::devices {

/// How Chinese reaches the paper.
enum class EscPosTextMode
{
    /// Text as GB18030 bytes in Chinese character mode (FS &), printed by the printer's own font.
    /// Every printer sold in China for receipts has a GB18030 (at least GB2312/GBK) font.
    Gb18030 = 1,
    /// Every text line rendered here into a 1-bit image (GS v 0): for printers without a Chinese
    /// font, and for characters outside the printer's font.
    Raster,
};

struct EscPosEncoderOptions
{
    int widthColumns = 48; ///< 48 on 80 mm paper (576 dots), 32 on 58 mm (384 dots)
    EscPosTextMode textMode = EscPosTextMode::Gb18030;
};

/// Turns a PrintDocument into the ESC/POS byte stream of one job, from ESC @ to the cut (GS V).
/// Pure: no I/O. Raster mode paints with QPainter, so it needs a QGuiApplication (offscreen is
/// fine); GB18030 mode needs only Qt Core (QStringEncoder, through ICU).
///
/// Layout per text line: ESC a (alignment), ESC E (bold) and GS ! (double width and height),
/// each sent only when it changes, then the text and LF. Separators are a row of '-' across the
/// paper. A 补打 document carries the 【补打】 mark (withReprintMark). A line with a barcode payload prints a QR
/// symbol (GS ( k, model 2, error correction M) centred, with its text under it.
/// Thread: any; instances are immutable.
class EscPosEncoder
{
public:
    explicit EscPosEncoder(EscPosEncoderOptions options);

    [[nodiscard]] int widthColumns() const { return m_options.widthColumns; }
    [[nodiscard]] int widthDots() const;

    /// The job's bytes. Refuses an empty document, one laid out wider than the paper, and (in
    /// GB18030 mode) text that GB18030 cannot carry.
    [[nodiscard]] Result<QByteArray> encode(const PrintDocument& document) const;

    /// Lines [first, first + count) painted as the head would print them, one bit a dot:
    /// widthDots() wide, 30 dots a line (60 double size), Format_Mono.
    [[nodiscard]] QImage rasterize(const PrintDocument& document, int first, int count) const;

private:
    [[nodiscard]] QByteArray rasterCommands(const PrintDocument& document, int first,
                                            int count) const;

    EscPosEncoderOptions m_options;
};

} // namespace pos::devices
