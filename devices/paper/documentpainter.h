#pragma once

#include "app/core/printdocument.h"

#include <QPoint>

class QPainter;

namespace pos::devices {

// A thermal head of 203 dpi prints 576 dots on 80 mm paper (48 columns of 12 dots) and 384 on
// 58 mm (32 columns): one column is 12 dots either way, one line 30 dots (24-dot glyphs plus
// spacing), a double-size line twice that.
inline constexpr int kDotsPerColumn = 12;
inline constexpr int kLineDots = 30;
inline constexpr int kPrinterDpi = 203;

/// Height in dots of one line as the head prints it.
[[nodiscard]] int lineHeightDots(const PrintLine& line);
/// Height in dots of lines [first, first + count) of `doc`, without margins or feed.
[[nodiscard]] int linesHeightDots(const PrintDocument& doc, int first, int count);

/// Paints lines [first, first + count) of `doc` the way a line printer places them: each
/// character in its own cell of 12 dots a column (CJK two columns), aligned in
/// `doc.widthColumns`, starting at `originDots`. Shared by every backend that renders paper
/// itself (the simulated printer, ESC/POS raster mode, CUPS) so they print the same layout.
/// The caller sets the painter's scale and render hints.
void paintDocumentLines(QPainter& painter, const PrintDocument& doc, int first, int count,
                        QPoint originDots);

/// The document as it must come out: a reprint (补打) carries a visible 【补打】 mark. Documents
/// whose lines already carry one (ReceiptFormatter adds it) are returned unchanged, so the mark
/// never prints twice.
[[nodiscard]] PrintDocument withReprintMark(PrintDocument doc);

} // namespace pos::devices
