#include "devices/camera/barcodeimagedecoder.h"

#include "devices/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cstring>

namespace pos::devices {

namespace {

/// Translation context "BarcodeImageDecoder" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BarcodeImageDecoder)
};

constexpr ZXing::BarcodeFormats kPharmacyFormats =
    ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::EAN13
    | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA | ZXing::BarcodeFormat::QRCode
    | ZXing::BarcodeFormat::PDF417;

DecodedCode toDecodedCode(const ZXing::Result& r)
{
    DecodedCode c;
    const ZXing::ByteArray& bytes = r.bytes();
    c.payload = QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    c.text = QString::fromStdString(r.text());
    c.symbologyId = QString::fromStdString(r.symbologyIdentifier());
    c.format = QString::fromLatin1(ZXing::ToString(r.format()));
    for (const ZXing::PointI& p : r.position())
        c.corners.append(QPoint(p.x, p.y));
    c.hasEci = r.hasECI();
    return c;
}

/// Codes in rows [top, top + rows) of `grey`; corners moved so that row `top` is at `originY`, then
/// scaled by `scale` (to the coordinates of the frame the rows were cut or scaled from).
QList<DecodedCode> read(const QImage& grey, int top, int rows, const ZXing::DecodeHints& hints,
                        int originY, int scale)
{
    const ZXing::ImageView view(grey.constScanLine(top), grey.width(), rows,
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    QList<DecodedCode> codes;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        DecodedCode c = toDecodedCode(r);
        for (QPoint& p : c.corners)
            p = QPoint(p.x(), p.y() + originY) * scale;
        codes.append(c);
    }
    return codes;
}

/// The luminance of an 8-bit BGR frame with zxing's own weights (its RGBToLum), in one pass.
/// QImage's conversion to Grayscale8 took ≈ 2 ms of a 1280×720 frame; this loop and halved()
/// below instead of QImage::scaled took ≈ 2.5 ms off a frame with no code (bench_camera_decode).
QImage greyOf(const VideoFrame& frame)
{
    QImage grey(frame.width, frame.height, QImage::Format_Grayscale8);
    const auto* bytes = reinterpret_cast<const uchar*>(frame.bgr.constData());
    for (int y = 0; y < frame.height; ++y) {
        const uchar* bgr = bytes + qsizetype(y) * frame.strideBytes;
        uchar* out = grey.scanLine(y);
        for (int x = 0; x < frame.width; ++x, bgr += 3)
            out[x] = uchar((117 * bgr[0] + 601 * bgr[1] + 306 * bgr[2] + 0x200) >> 10);
    }
    return grey;
}

/// `grey` at half its width and height, each pixel the mean of the 2×2 it replaces (a smooth
/// scale, as the half-resolution strips need, at a fraction of QImage::scaled's cost).
QImage halved(const QImage& grey)
{
    QImage half(grey.width() / 2, grey.height() / 2, QImage::Format_Grayscale8);
    for (int y = 0; y < half.height(); ++y) {
        const uchar* a = grey.constScanLine(2 * y);
        const uchar* b = grey.constScanLine(2 * y + 1);
        uchar* out = half.scanLine(y);
        for (int x = 0; x < half.width(); ++x)
            out[x] = uchar((a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) >> 2);
    }
    return half;
}

/// Horizontal strips for the off-centre DataMatrix search. A strip's centre row is where zxing
/// traces; `stepPx` is the largest code that can slip between two centre rows unseen (a 16×16
/// trace code at 2 px per module, with its quiet zone, is 36 px), `reachPx` half a strip's height
/// (codes up to about 2 × reach − step tall fit in one). Measured on zxing's GS1 sample placed on a
/// 1280×720 frame at every 13th row: found at any height from 66 px (2 px modules) to 198 px, and
/// at 98% of heights at 330 px (taller codes cross the centre row the main pass traces).
struct StripLayout
{
    int stepPx;
    int reachPx;
};
constexpr StripLayout kFullResStrips{32, 128};
constexpr StripLayout kHalfResStrips{48, 128};

/// DataMatrix in strips of `grey`, each read as its own image so that zxing's centre-row trace
/// runs along the strip's middle. The image is padded above and below, so strips at the edges are
/// as tall as the others. `half` picks every strip, or the even- or odd-numbered ones (counted
/// from the top): the two halves are read on consecutive camera frames.
QList<DecodedCode> readStrips(const QImage& grey, StripLayout layout,
                              const ZXing::DecodeHints& hints, int scale, StripHalf half)
{
    QImage padded(grey.width(), grey.height() + 2 * layout.reachPx, QImage::Format_Grayscale8);
    padded.fill(0x80);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(padded.scanLine(y + layout.reachPx), grey.constScanLine(y),
                    size_t(grey.width()));
    QList<DecodedCode> codes;
    const int first = half == StripHalf::Second ? 1 : 0;
    const int every = half == StripHalf::Both ? 1 : 2;
    for (int centre = layout.stepPx / 2 + first * layout.stepPx; centre < grey.height();
         centre += every * layout.stepPx)
        // Padded row `centre` is original row centre − reach: the strip's top.
        codes += read(padded, centre, 2 * layout.reachPx, hints, centre - layout.reachPx, scale);
    return codes;
}

} // namespace

BarcodeImageDecoder::BarcodeImageDecoder(BarcodeDecodeOptions options)
    : m_options(options)
{
}

Result<QList<DecodedCode>> BarcodeImageDecoder::decode(const VideoFrame& frame,
                                                       StripHalf strips) const
{
    if (frame.width <= 0 || frame.height <= 0 || frame.strideBytes < frame.width * 3
        || frame.bgr.size() < qsizetype(frame.strideBytes) * (frame.height - 1) + frame.width * 3)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("视频帧尺寸与数据不符（%1×%2，每行 %3 字节，共 %4 字节）")
                             .arg(frame.width)
                             .arg(frame.height)
                             .arg(frame.strideBytes)
                             .arg(frame.bgr.size()));
    // The grey image is the one copy zxing would otherwise make itself.
    return decodeGrey(greyOf(frame), strips);
}

QList<DecodedCode> BarcodeImageDecoder::decode(const QImage& image, StripHalf strips) const
{
    if (image.isNull())
        return {};
    return decodeGrey(image.format() == QImage::Format_Grayscale8
                          ? image
                          : image.convertToFormat(QImage::Format_Grayscale8),
                      strips);
}

QList<DecodedCode> BarcodeImageDecoder::decodeGrey(const QImage& grey, StripHalf strips) const
{
    QList<DecodedCode> codes = decodeOnePolarity(grey, strips);
    if (codes.isEmpty() && m_options.tryInverted) {
        QImage inverted = grey.copy();
        inverted.invertPixels();
        codes = decodeOnePolarity(inverted, strips);
    }
    return codes;
}

QList<DecodedCode> BarcodeImageDecoder::decodeOnePolarity(const QImage& grey,
                                                          StripHalf strips) const
{
    ZXing::DecodeHints hints;
    hints.setFormats(kPharmacyFormats)
        .setTryHarder(m_options.tryHarder)
        .setTryRotate(m_options.tryRotate)
        .setTryDownscale(false); // see the class comment: aborts in Debian's 1.4.0 (#740)
    QList<DecodedCode> codes = read(grey, 0, grey.height(), hints, 0, 1);

    auto hasDataMatrix = [&codes] {
        return std::any_of(codes.cbegin(), codes.cend(), [](const DecodedCode& c) {
            return c.format == QLatin1String("DataMatrix");
        });
    };
    if (!m_options.findOffCentreDataMatrix || hasDataMatrix())
        return codes;
    // zxing 1.4 traces DataMatrix only along the image's centre row and column ("multi-line scan
    // to detect off-center symbols disabled for now" in its DMDetector): a trace code held
    // anywhere else is missed. So DataMatrix alone is looked for again in horizontal strips, each
    // centred on another row, at full resolution, then at half for codes too tall for a strip.
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix).setTryRotate(false);
    auto addNew = [&codes](const QList<DecodedCode>& found) {
        for (const DecodedCode& c : found) {
            const bool known =
                std::any_of(codes.cbegin(), codes.cend(), [&c](const DecodedCode& k) {
                    return k.format == c.format && k.payload == c.payload;
                });
            if (!known)
                codes.append(c);
        }
    };
    addNew(readStrips(grey, kFullResStrips, hints, 1, strips));
    if (!hasDataMatrix() && std::min(grey.width(), grey.height()) >= 200)
        addNew(readStrips(halved(grey), kHalfResStrips, hints, 2, strips));
    return codes;
}

Result<QList<DecodedCode>> decodeBarcodeImageFile(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, Tr::tr("图片文件 %1 不存在").arg(path));
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("无法读取图片 %1：%2").arg(path, reader.errorString()));
    const QList<DecodedCode> codes = BarcodeImageDecoder().decode(image);
    qCDebug(lcCamera) << path << "holds" << codes.size() << "codes";
    return codes;
}

} // namespace pos::devices
