// Camera decode benchmark: one 1280×720 BGR frame as the settlement camera delivers it, decoded
// by BarcodeImageDecoder with the options CameraScanner uses (target ≤ 50 ms per frame):
//  - a GS1 DataMatrix (drug trace code style), an EAN-13, and a photograph with no code in it
//    (the common case at a counter, and the dearest: every fallback pass runs);
//  - what each option costs, measured on the empty frame.
// The images come from PHARMAPOS_TESTDATA (zxing-cpp samples, scikit-image's coffee photo), placed
// on a counter-grey canvas.
// Prints its figures; asserts nothing.
//   build/release/tests/bench/bench_camera_decode [iterations]   (default 200)

#include "devices/camera/barcodeimagedecoder.h"
#include "devices/camera/camerascanner.h"
#include "devices/camera/videoframeimage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pos;
using namespace pos::devices;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return v[i];
}

VideoFrame frameWith(const QString& sample, QPoint at)
{
    const QString path = QStringLiteral(PHARMAPOS_TESTDATA "/") + sample;
    const QImage code(path);
    if (code.isNull())
        qFatal("cannot read %s", qPrintable(path));
    return videoFrameFromImage(placedOnCanvas(code, QSize(1280, 720), at), 0);
}

void measure(const char* label, const VideoFrame& frame, const BarcodeDecodeOptions& options,
             int iterations)
{
    const BarcodeImageDecoder decoder(options);
    std::vector<double> ms;
    qsizetype found = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        const Result<QList<DecodedCode>> codes = decoder.decode(frame);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        found = codes ? codes->size() : -1;
    }
    std::printf("  %-42s codes %lld  median %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", label,
                static_cast<long long>(found), percentile(ms, 0.5), percentile(ms, 0.99),
                *std::max_element(ms.begin(), ms.end()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    std::printf(
        "bench_camera_decode: 1280x720 BGR frames, %d decodes each, zxing-cpp 1.4  [target <= 50 ms]\n",
        iterations);

    const VideoFrame gs1 = frameWith(
        QStringLiteral("barcodes/datamatrix-1/gs1-figure-4.15.1-2-32x32.png"), QPoint(700, 300));
    const VideoFrame ean = frameWith(QStringLiteral("barcodes/ean13-3/01.png"), QPoint(400, 200));
    // A scene with edges and text but no code: scikit-image's coffee cup photograph.
    const VideoFrame empty = frameWith(QStringLiteral("faces/coffee.png"), QPoint(200, 60));

    const BarcodeDecodeOptions camera = CameraScanner::Options().decode; // CameraScanner's choice
    measure("camera: GS1 DataMatrix (]d2)", gs1, camera, iterations);
    measure("camera: EAN-13 (]E0)", ean, camera, iterations);
    measure("camera: no code in view", empty, camera, iterations);
    const BarcodeDecodeOptions all; // `codes inspect`: everything, inverted too
    measure("all options: no code in view", empty, all, iterations);

    std::printf(" option costs, added one by one, on the frame with no code:\n");
    BarcodeDecodeOptions o;
    o.tryHarder = o.tryRotate = o.tryInverted = o.findOffCentreDataMatrix = false;
    measure("none (fast scan, centre DataMatrix only)", empty, o, iterations);
    o.tryHarder = true;
    measure("+ tryHarder", empty, o, iterations);
    o.tryRotate = true;
    measure("+ tryRotate", empty, o, iterations);
    o.findOffCentreDataMatrix = true;
    measure("+ findOffCentreDataMatrix (= camera)", empty, o, iterations);
    o.tryInverted = true;
    measure("+ tryInverted (= all)", empty, o, iterations);
    return 0;
}
