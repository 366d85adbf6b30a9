#pragma once

#include "app/core/ports/camera.h"

#include <QColor>
#include <QImage>
#include <QSize>

namespace pos::devices {

/// The grey a counter top shows in a camera frame. A pure white canvas next to an under-exposed
/// label crop defeats zxing's per-row histogram threshold, which no real frame does.
inline constexpr QRgb kCounterGrey = 0xff808080;

/// An image as a camera frame: 8-bit BGR, rows padded to 4 bytes.
[[nodiscard]] VideoFrame videoFrameFromImage(const QImage& image, qint64 timestampMs);

/// `picture` placed on a `canvasSize` frame filled with `background`: centred, or at `topLeft`
/// when given; scaled down (aspect kept) when it does not fit. What a camera sees when a box is
/// held up to it, for the simulated camera and the benchmarks.
[[nodiscard]] QImage placedOnCanvas(const QImage& picture, QSize canvasSize,
                                    QPoint topLeft = QPoint(-1, -1),
                                    QRgb background = kCounterGrey);

} // namespace pos::devices
