// Code recogniser benchmark (issue "The code recogniser"): payloads per second on one core for a
// realistic counter mix (trace codes, EAN-13, GS1 DataMatrix) and for each family alone.
// Target ≥ 1,000,000 payloads/s for the mix. Prints its figures; asserts nothing.
//   cmake --build --preset release --target bench_codes && build/release/tests/bench/bench_codes

#include "app/core/codes/coderecognition.h"

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>

#include <cstdio>
#include <utility>

using namespace pos::codes;

namespace {

struct Scan
{
    QByteArray payload;
    QString symbology;
};

QByteArray digits(QRandomGenerator& rng, int n)
{
    QByteArray d;
    for (int i = 0; i < n; ++i)
        d += char('0' + rng.bounded(10));
    return d;
}

QByteArray withCheckDigit(const QByteArray& d)
{
    return d + char('0' + gs1CheckDigit(QString::fromLatin1(d)));
}

struct Rate
{
    double perSecond;
    double acceptedShare;
};

/// Runs the payloads round and round for about `ms` milliseconds.
Rate rate(const QList<Scan>& scans, int ms)
{
    qint64 count = 0;
    qint64 accepted = 0;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        for (const Scan& s : scans) {
            accepted += recognise(s.payload, s.symbology).accepted ? 1 : 0;
            ++count;
        }
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    return Rate{double(count) / seconds, double(accepted) / double(count)};
}

} // namespace

int main()
{
    QRandomGenerator rng(20260101);
    QList<Scan> trace;
    QList<Scan> ean;
    QList<Scan> datamatrix;
    QList<Scan> rejected;
    for (int i = 0; i < 5000; ++i) {
        trace << Scan{"8" + digits(rng, 19) + "\r", QStringLiteral("]C0")};
        ean << Scan{withCheckDigit("690" + digits(rng, 9)), QStringLiteral("]E0")};
        const QByteArray gtin = withCheckDigit("0690" + digits(rng, 9));
        datamatrix << Scan{"01" + gtin + "17" + QByteArray::number(26 + rng.bounded(5)) + "0"
                               + QByteArray::number(1 + rng.bounded(9)) + "00" + "10B"
                               + digits(rng, 7) + "\x1d" + "21" + digits(rng, 12),
                           QStringLiteral("]d2")};
        rejected << Scan{digits(rng, 19), QString()};
    }
    QList<Scan> mix;
    for (int i = 0; i < 5000; ++i)
        mix << trace.at(i) << ean.at(i) << datamatrix.at(i);

    std::printf("bench_codes: payloads recognised per second, one core\n");
    const std::pair<const char*, const QList<Scan>*> runs[] = {
        {"mix (trace, EAN-13, GS1 DataMatrix)", &mix},
        {"trace code", &trace},
        {"EAN-13", &ean},
        {"GS1 DataMatrix (01 17 10 21)", &datamatrix},
        {"rejected (19 digits)", &rejected}};
    for (const auto& [name, scans] : runs) {
        const Rate r = rate(*scans, 1000);
        std::printf("  %-38s %12.0f /s   (%3.0f%% accepted)\n", name, r.perSecond,
                    100 * r.acceptedShare);
    }
    return 0;
}
