#pragma once

#include "app/core/ports/camera.h"

#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QSize>
#include <QStringList>

namespace pos::devices {

/// What is burned into a recorded frame (CAM-VIDEO: time, terminal, settlement number, items).
struct OverlayText
{
    QDateTime time;
    QString store;
    QString terminal;
    QString settlementNo; ///< empty between settlements
    QStringList items;    ///< the settlement's lines, e.g. "阿莫西林胶囊 0.25g×24粒 ×2"
};

/// Burns the overlay into camera frames with QPainter on a QImage, in WenQuanYi Micro Hei
/// (fonts-wqy-microhei): cv::putText draws every Chinese character as '?'. A band at the top
/// carries time, store and terminal (and the settlement number during a settlement), a band at
/// the bottom the items (at most `maxItemLines`, then "…共 N 项").
///
/// Needs a QGuiApplication (fonts); may be used on a worker thread (painting on a QImage is), one
/// thread per painter. Measured ≈1–2 ms per 1280×720 frame (bench_face's recorder figures).
class OverlayPainter
{
public:
    explicit OverlayPainter(QSize outputSize, int maxItemLines = 6);

    /// The frame scaled to the output size (when it differs), as QImage::Format_RGB32 (BGRx in
    /// memory: what the recorder's appsrc takes), with the overlay drawn on it.
    [[nodiscard]] QImage compose(const VideoFrame& frame, const OverlayText& text) const;
    [[nodiscard]] QSize outputSize() const { return m_size; }

private:
    QSize m_size;
    int m_maxItemLines;
    QFont m_font;
};

} // namespace pos::devices
