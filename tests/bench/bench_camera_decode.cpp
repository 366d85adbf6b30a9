// Camera decode benchmark: one 1280×720 BGR frame as the settlement camera delivers it, decoded
// by BarcodeImageDecoder as CameraScanner decodes it — the off-centre DataMatrix strips half on
// one frame, half on the next (target ≤ 20 ms per frame with no code in view: 30 fps on one core):
//  - a GS1 DataMatrix (drug trace code style), an EAN-13, and two scenes with no code in them
//    (the common case at a counter, and the dearest: every fallback pass runs) — a photograph on
//    a counter-grey canvas, and the photograph filling the frame;
//  - what each option costs, measured on the first scene with no code.
// The images come from PHARMAPOS_TESTDATA (zxing-cpp samples, scikit-image's coffee photo).
// Prints its figures; asserts nothing. The decode rate the strips keep is a test
// (tst_barcodeimagedecoder: cameraDecodeRateOnTheSamples).
//   build/release/tests/bench/bench_camera_decode [iterations]   (default 200)

#include "devices/camera/barcodeimagedecoder.h"
#include "devices/camera/camerascanner.h"
#include "devices/camera/videoframeimage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>

#include <algorithm>
#include <cstdio>
#include <ctime>
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

/// This thread's CPU time: what a decode costs a core, without the time the machine's other
/// processes took from it (the wall-clock figures include that; on a shared build machine the two
/// differ).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

VideoFrame frameWith(const QString& sample, QPoint at)
{
    const QString path = QStringLiteral(PHARMAPOS_TESTDATA "/") + sample;
    const QImage code(path);
    if (code.isNull())
        qFatal("cannot read %s", qPrintable(path));
    return videoFrameFromImage(placedOnCanvas(code, QSize(1280, 720), at), 0);
}

/// Decodes `frame` `iterations` times; with `alternate`, as CameraScanner does: the strips' first
/// half on even iterations, the second on odd ones.
void measure(const char* label, const VideoFrame& frame, const BarcodeDecodeOptions& options,
             int iterations, bool alternate = false)
{
    const BarcodeImageDecoder decoder(options);
    std::vector<double> ms;
    std::vector<double> cpuMs;
    qsizetype found = 0;
    for (int i = 0; i < iterations; ++i) {
        const StripHalf strips =
            !alternate ? StripHalf::Both : (i % 2 == 0 ? StripHalf::First : StripHalf::Second);
        const double cpuStart = threadCpuMs();
        QElapsedTimer t;
        t.start();
        const Result<QList<DecodedCode>> codes = decoder.decode(frame, strips);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpuMs.push_back(threadCpuMs() - cpuStart);
        found = codes ? codes->size() : -1;
    }
    std::printf("  %-46s codes %lld  median %6.2f ms  p99 %6.2f ms  max %6.2f ms  | cpu median "
                "%6.2f ms\n",
                label, static_cast<long long>(found), percentile(ms, 0.5), percentile(ms, 0.99),
                *std::max_element(ms.begin(), ms.end()), percentile(cpuMs, 0.5));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    std::printf("bench_camera_decode: 1280x720 BGR frames, %d decodes each, zxing-cpp 1.4  "
                "[target <= 20 ms with no code in view: 30 fps]\n",
                iterations);

    const VideoFrame gs1 = frameWith(
        QStringLiteral("barcodes/datamatrix-1/gs1-figure-4.15.1-2-32x32.png"), QPoint(700, 300));
    const VideoFrame ean = frameWith(QStringLiteral("barcodes/ean13-3/01.png"), QPoint(400, 200));
    // Scenes with edges and text but no code: scikit-image's coffee cup photograph on the canvas,
    // and scaled to fill the frame (a busy counter: no part of the frame is plain).
    const VideoFrame empty = frameWith(QStringLiteral("faces/coffee.png"), QPoint(200, 60));
    const QImage coffee(QStringLiteral(PHARMAPOS_TESTDATA "/faces/coffee.png"));
    const VideoFrame busy = videoFrameFromImage(
        coffee.scaled(1280, 720, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), 0);

    const CameraScanner::Options scanner; // CameraScanner's choice
    const BarcodeDecodeOptions camera = scanner.decode;
    const bool split = scanner.stripsOverTwoFrames;
    measure("camera: GS1 DataMatrix (]d2)", gs1, camera, iterations, split);
    measure("camera: EAN-13 (]E0)", ean, camera, iterations, split);
    measure("camera: no code in view", empty, camera, iterations, split);
    measure("camera: no code, busy scene filling the frame", busy, camera, iterations, split);
    measure("camera, every strip on every frame: no code", empty, camera, iterations);
    measure("camera, every strip on every frame: busy", busy, camera, iterations);
    const BarcodeDecodeOptions all; // `codes inspect`: everything, inverted too, every strip
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
    measure("+ findOffCentreDataMatrix, half per frame", empty, o, iterations, true);
    measure("  (every strip on every frame)", empty, o, iterations);
    o.tryInverted = true;
    measure("+ tryInverted (= all)", empty, o, iterations);
    return 0;
}
