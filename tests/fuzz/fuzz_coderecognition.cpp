// libFuzzer target for the code recogniser: every byte string, with and without a reported
// symbology and a GS substitute, must give a recognition that keeps its invariants, and toJson()
// must render it. Built with -DPHARMAPOS_FUZZ=ON (preset "fuzz"); run by packaging/check.sh:
//   build/fuzz/tests/fuzz/fuzz_coderecognition -max_total_time=20 CORPUS_DIR tests/fuzz/corpus

#include "app/core/codes/coderecognition.h"

#include <QJsonObject>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace pos::codes;

namespace {

void check(bool invariant)
{
    if (!invariant)
        __builtin_trap();
}

void recogniseAndCheck(const QByteArray& payload, const QString& symbology,
                       const RecognitionOptions& options, bool render)
{
    const Recognition r = recognise(payload, symbology, options);
    check(r.raw == payload);
    check(r.accepted == r.reason.isEmpty()); // every rejection says why
    if (!r.gtin.isEmpty())
        check(r.gtin.size() == 14
              && gs1CheckDigit(QStringView(r.gtin).first(13)) == r.gtin.back().digitValue());
    if (r.family == CodeFamily::TraceCode)
        check(r.traceCode.size() == 20 && r.tracePrefix == r.traceCode.first(7));
    if (render) // JSON is costly under ASan: once per options set is enough to cover it
        check(!toJson(r).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray payload(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const std::array<QString, 8> symbologies{QString(),
                                                    QStringLiteral("]d2"),
                                                    QStringLiteral("]C1"),
                                                    QStringLiteral("]Q3"),
                                                    QStringLiteral("]E0"),
                                                    QStringLiteral("]E4"),
                                                    QStringLiteral("]C0"),
                                                    QStringLiteral("]Q1")};
    static const RecognitionOptions plain;
    static const RecognitionOptions configured = [] {
        RecognitionOptions o;
        o.gsSubstitute = "~";
        o.voucherShapes = {TokenShape{QStringLiteral("EC"), 8, 256}};
        o.prescriptionShapes = {TokenShape{QString(), 24, 64}};
        return o;
    }();
    for (const QString& symbology : symbologies) {
        const bool render = symbology.isEmpty();
        recogniseAndCheck(payload, symbology, plain, render);
        recogniseAndCheck(payload, symbology, configured, render);
    }
    return 0;
}
