#pragma once

#include "app/core/ports/camera.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPoint>
#include <QString>

class QImage;

namespace pos::devices {

/// One code found in an image, as zxing-cpp read it.
struct DecodedCode
{
    /// The exact content bytes (zxing Result::bytes()): GS1 FNC1 separators as 0x1D, no character
    /// set conversion. This is what a trace code is stored and uploaded as.
    QByteArray payload;
    /// The content as UTF-8 text, transcoded per the symbol's ECI / guessed character set. Equals
    /// `payload` for plain ASCII codes; differs only where `hasEci` or a non-ASCII charset applies.
    QString text;
    /// AIM symbology identifier: "]d2" GS1 DataMatrix, "]d1" DataMatrix, "]C1" GS1-128,
    /// "]C0" Code 128, "]E0" EAN-13/UPC-A, "]E4" EAN-8, "]Q1" QR, "]L2" PDF417…
    QString symbologyId;
    /// zxing's format name: "DataMatrix", "Code128", "EAN-13", "EAN-8", "UPC-A", "QRCode", "PDF417".
    QString format;
    /// Corners in image pixels: top-left, top-right, bottom-right, bottom-left of the symbol as read.
    QList<QPoint> corners;
    bool hasEci = false;
};

/// What the decoder tries, and what each choice costs on a 1280×720 frame with no code in it
/// (tests/bench/bench_camera_decode, medians on the 2-core build machine; the base pass is ≈ 4 ms).
/// Each cost is paid on every frame in which nothing is found, which at a counter is most frames.
struct BarcodeDecodeOptions
{
    /// Scan every pixel row for linear codes and search matrix codes harder (damaged or small
    /// labels). ≈ +1 ms.
    bool tryHarder = true;
    /// Also scan linear codes at 90°/270° (an EAN-13 on a box held upright). ≈ +1.5 ms.
    bool tryRotate = true;
    /// When nothing is found, decode the inverted image too (light-on-dark DataMatrix on foil
    /// or dark cartons). zxing-cpp 1.4 has no tryInvert: this is a second full pass, so it doubles
    /// the cost of an empty frame (≈ +21 ms with everything else on).
    bool tryInverted = true;
    /// Look for DataMatrix off the frame's centre lines too (see BarcodeImageDecoder): extra
    /// DataMatrix-only passes over horizontal strips, at full and at half resolution. ≈ +14 ms
    /// for all of them, ≈ +7.5 ms for the half a camera reads per frame (StripHalf).
    bool findOffCentreDataMatrix = true;
};

/// Which of the off-centre DataMatrix strips one decode reads. A camera splits them over two
/// consecutive frames (CameraScanner alternates First and Second): a code held up to it is in
/// both frames, so it is read within two frames at half the strips' cost per frame. First and
/// Second together are exactly Both — each strip is read alone and deterministically — so a pair
/// of frames finds every code one Both decode of the same picture finds.
enum class StripHalf
{
    Both = 1, ///< every strip: still images (`codes inspect`), and any caller without a next frame
    First,    ///< the even-numbered strips at full and at half resolution
    Second,   ///< the odd-numbered ones
};

/// Decodes the barcodes a pharmacy meets — DataMatrix (drug trace codes, GS1), Code 128 / GS1-128,
/// EAN-13, EAN-8, UPC-A, QR, PDF417 — from camera frames or image files, with zxing-cpp 1.4.
///
/// zxing 1.4 traces DataMatrix only along the image's centre row and column, so a trace code held
/// anywhere else in a camera frame would be missed; findOffCentreDataMatrix adds DataMatrix-only
/// passes over horizontal strips, each centred on another row. They cost two thirds of a frame
/// with no code in view (issue 13: 23 of 36 ms), so a camera reads half of them per frame
/// (StripHalf). Measured: a frame with no code costs ≈ 13 ms instead of ≈ 20 ms
/// (bench_camera_decode), and the DataMatrix samples of tests/data are read at every position
/// they were read at before, over a pair of frames (tst_barcodeimagedecoder).
///
/// zxing's own downscaled pass (tryDownscale) is always off: Debian's libzxing 1.4.0 is built
/// with assertions, and merging a linear code found at two scales aborts the process
/// (zxing-cpp issue #740; tests/devices/tst_barcodeimagedecoder reproduces it with code128-1/4).
///
/// Stateless after construction: decode() may be called from any thread, concurrently.
class BarcodeImageDecoder
{
public:
    explicit BarcodeImageDecoder(BarcodeDecodeOptions options = {});

    /// All codes in an 8-bit BGR frame. An empty list means nothing was found; an error means the
    /// frame itself is malformed (sizes that do not match its bytes). `strips`: which off-centre
    /// DataMatrix strips to read (a camera alternates First and Second).
    [[nodiscard]] Result<QList<DecodedCode>> decode(const VideoFrame& frame,
                                                    StripHalf strips = StripHalf::Both) const;
    /// All codes in an image of any QImage format (converted to 8-bit grey first).
    [[nodiscard]] QList<DecodedCode> decode(const QImage& image,
                                            StripHalf strips = StripHalf::Both) const;

private:
    [[nodiscard]] QList<DecodedCode> decodeGrey(const QImage& grey, StripHalf strips) const;
    [[nodiscard]] QList<DecodedCode> decodeOnePolarity(const QImage& grey, StripHalf strips) const;

    BarcodeDecodeOptions m_options;
};

/// For `pharmapos codes inspect --image FILE`: every code in the image file at `path`, each with
/// its exact payload bytes, AIM symbology identifier and format, decoded with the default
/// (thorough) options. An empty list means the image was read but holds no readable code; an
/// error (ErrorCode::NotFound / InvalidInput, message in Chinese) means the file is missing or is
/// not an image Qt can read. Any thread; no GUI needed (QImage only).
[[nodiscard]] Result<QList<DecodedCode>> decodeBarcodeImageFile(const QString& path);

} // namespace pos::devices

Q_DECLARE_METATYPE(pos::devices::DecodedCode)
