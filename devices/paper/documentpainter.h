#pragma once

#include "app/core/printdocument.h"

#include <QPoint>

#include <vector>

class QPainter;

namespace pos::devices {

// A thermal head of 203 dpi prints 576 dots on 80 mm paper (48 columns of 12 dots) and 384 on
// 58 mm (32 columns): one column is 12 dots either way, one line 30 dots (24-dot glyphs plus
// spacing), a double-size line twice that.
inline constexpr int kDotsPerColumn = 12;
inline constexpr int kLineDots = 30;
inline constexpr int kPrinterDpi = 203;

/// Whether a line's barcode (the one-time print code) is drawn as a QR symbol above its text, or
/// left to the printer (ESC/POS prints its own symbol with GS ( k; only the text is rasterised).
enum class BarcodeDrawing
{
    Symbol = 1,
    TextOnly
};

/// The QR symbol of `payload` as ESC/POS GS ( k prints it (model 2, 6 dots a module, as
/// EscPosEncoder sends it): a square of `modules` with module (x, y) dark when dark(x, y). Empty
/// (modules 0) when the payload cannot be encoded.
struct QrSymbol
{
    int modules = 0;
    std::vector<bool> bits; ///< row by row
    [[nodiscard]] bool dark(int x, int y) const
    {
        return bits[std::size_t(y) * std::size_t(modules) + std::size_t(x)];
    }
};
[[nodiscard]] QrSymbol qrSymbol(const QString& payload);
inline constexpr int kQrModuleDots = 6;
inline constexpr int kQrQuietModules =
    2; ///< light modules above and below (the paper's margin does the sides)

/// Height in dots of one line as the head prints it: a line with a barcode carries its QR symbol
/// above the text when `drawing` is Symbol.
[[nodiscard]] int lineHeightDots(const PrintLine& line,
                                 BarcodeDrawing drawing = BarcodeDrawing::Symbol);
/// Height in dots of lines [first, first + count) of `doc`, without margins or feed.
[[nodiscard]] int linesHeightDots(const PrintDocument& doc, int first, int count,
                                  BarcodeDrawing drawing = BarcodeDrawing::Symbol);

/// Paints lines [first, first + count) of `doc` the way a line printer places them: each
/// character in its own cell of 12 dots a column (CJK two columns), aligned in
/// `doc.widthColumns`, starting at `originDots`. Shared by every backend that renders paper
/// itself (the simulated printer, ESC/POS raster mode, CUPS) so they print the same layout.
/// A line with a barcode gets its QR symbol centred above its text (BarcodeDrawing::Symbol), so
/// every printed one-time code can be scanned back. The caller sets the painter's scale and
/// render hints.
void paintDocumentLines(QPainter& painter, const PrintDocument& doc, int first, int count,
                        QPoint originDots, BarcodeDrawing drawing = BarcodeDrawing::Symbol);

/// The document as it must come out: a reprint (补打) carries a visible 【补打】 mark. Documents
/// whose lines already carry one (ReceiptFormatter adds it) are returned unchanged, so the mark
/// never prints twice.
[[nodiscard]] PrintDocument withReprintMark(PrintDocument doc);

} // namespace pos::devices
