#include "devices/hidpos/hidreportdescriptor.h"

#include <QCoreApplication>

namespace pos::devices {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HidReportDescriptor)
};

constexpr quint16 kPageGenericDesktop = 0x01;
constexpr quint16 kPageBarcodeScanner = 0x8C;
constexpr quint16 kUsageByteCount = 0x3B;  // Generic Desktop: Byte Count
constexpr quint16 kUsageSymbology1 = 0xFB; // Bar Code Scanner: Symbology Identifier 1..3
constexpr quint16 kUsageSymbology3 = 0xFD;
constexpr quint16 kUsageDecodedData = 0xFE;   // Decoded Data
constexpr quint16 kUsageDataContinued = 0xFF; // Decode Data Continued

struct Globals
{
    quint16 usagePage = 0;
    int reportId = 0;
    int reportSizeBits = 0;
    int reportCount = 0;
};

struct Usage
{
    quint16 page;
    quint16 id;
};

/// Bit positions of the scanner fields found in one input report.
struct ReportFields
{
    int byteCountBit = -1;
    int symbologyBit = -1;
    int dataBit = -1;
    int dataBytes = 0;
    int continuedBit = -1;
};

} // namespace

Result<HidDescriptorSummary> parseHidReportDescriptor(const QByteArray& d)
{
    HidDescriptorSummary out;
    Globals g;
    QList<Globals> stack;
    QList<Usage> usages;
    // A plain value and a flag: GCC 12 at -O2 misreads std::optional here (-Wmaybe-uninitialized).
    quint32 usageMinValue = 0;
    bool haveUsageMin = false;
    QMap<int, int> bitsSoFar; // report ID → bits of input so far (ID byte not included)
    QMap<int, ReportFields> fields;

    auto notePage = [&](quint16 page) {
        if (!out.usagePages.contains(page))
            out.usagePages.append(page);
        if (page == kPageBarcodeScanner)
            out.hasBarcodeScannerPage = true;
    };
    auto usageOf = [&](quint32 v) {
        // A 4-byte usage carries its own page in the high half.
        return v > 0xFFFF ? Usage{quint16(v >> 16), quint16(v & 0xFFFF)}
                          : Usage{g.usagePage, quint16(v)};
    };

    int at = 0;
    while (at < d.size()) {
        const quint8 prefix = quint8(d[at]);
        if (prefix == 0xFE) { // long item: bDataSize, bLongItemTag, data
            if (at + 2 >= d.size())
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("HID 报告描述符在第 %1 字节处截断").arg(at));
            at += 3 + quint8(d[at + 1]);
            continue;
        }
        const int size = (prefix & 0x03) == 3 ? 4 : (prefix & 0x03);
        if (at + 1 + size > d.size())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("HID 报告描述符在第 %1 字节处截断").arg(at));
        quint32 value = 0;
        for (int i = size - 1; i >= 0; --i)
            value = (value << 8) | quint8(d[at + 1 + i]);
        const int itemAt = at;
        at += 1 + size;

        switch (prefix & 0xFC) {
        case 0x04:
            g.usagePage = quint16(value);
            notePage(g.usagePage);
            break;
        case 0x84: g.reportId = int(value & 0xFF); break;
        case 0x74: g.reportSizeBits = int(value); break;
        case 0x94: g.reportCount = int(value); break;
        case 0xA4: stack.append(g); break; // Push
        case 0xB4:                         // Pop
            if (stack.isEmpty())
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("HID 报告描述符第 %1 字节：Pop 多于 Push").arg(itemAt));
            g = stack.takeLast();
            break;
        case 0x08: {
            const Usage u = usageOf(value);
            notePage(u.page);
            usages.append(u);
            break;
        }
        case 0x18:
            usageMinValue = value;
            haveUsageMin = true;
            break;
        case 0x28:
            if (haveUsageMin) {
                const Usage lo = usageOf(usageMinValue);
                const quint32 hi = value & 0xFFFF;
                for (quint32 id = lo.id; id <= hi && id < quint32(lo.id) + 256; ++id)
                    usages.append(Usage{lo.page, quint16(id)});
                haveUsageMin = false;
            }
            break;
        case 0x80: { // Input
            const int start = bitsSoFar.value(g.reportId, 0);
            const bool constant = value & 0x01;
            const bool variable = value & 0x02;
            ReportFields& f = fields[g.reportId];
            if (!constant) {
                for (int i = 0; i < usages.size() && i < std::max(1, g.reportCount); ++i) {
                    // Array items and single-usage variables describe the whole field run.
                    const bool whole = !variable || usages.size() == 1;
                    const int bit = whole ? start : start + i * g.reportSizeBits;
                    const Usage u = usages.at(i);
                    if (u.page == kPageGenericDesktop && u.id == kUsageByteCount
                        && g.reportSizeBits == 8)
                        f.byteCountBit = bit;
                    else if (u.page == kPageBarcodeScanner && u.id >= kUsageSymbology1
                             && u.id <= kUsageSymbology3 && f.symbologyBit < 0)
                        f.symbologyBit = bit;
                    else if (u.page == kPageBarcodeScanner && u.id == kUsageDecodedData
                             && g.reportSizeBits == 8) {
                        f.dataBit = start;
                        f.dataBytes = g.reportCount;
                    } else if (u.page == kPageBarcodeScanner && u.id == kUsageDataContinued)
                        f.continuedBit = bit;
                    if (whole)
                        break;
                }
            }
            bitsSoFar[g.reportId] = start + g.reportSizeBits * g.reportCount;
            usages.clear();
            haveUsageMin = false;
            break;
        }
        case 0x90:
        case 0xB0:
        case 0xA0:
        case 0xC0: // Output, Feature, Collection, End Collection
            usages.clear();
            haveUsageMin = false;
            break;
        default: break;
        }
    }

    for (auto it = bitsSoFar.cbegin(); it != bitsSoFar.cend(); ++it)
        out.inputReportBytes.insert(it.key(), (it.value() + 7) / 8 + (it.key() != 0 ? 1 : 0));

    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const ReportFields& f = it.value();
        if (f.dataBit < 0 || f.dataBit % 8 != 0 || f.dataBytes <= 0)
            continue;
        const int idBytes = it.key() != 0 ? 1 : 0;
        auto byteAt = [&](int bit) { return bit >= 0 && bit % 8 == 0 ? bit / 8 + idBytes : -1; };
        HidPosLayout l;
        l.reportId = it.key() != 0 ? it.key() : -1;
        l.byteCountOffset = byteAt(f.byteCountBit);
        l.symbologyOffset = byteAt(f.symbologyBit);
        l.dataOffset = f.dataBit / 8 + idBytes;
        l.dataCapacity = f.dataBytes;
        l.continuedOffset = f.continuedBit >= 0 ? f.continuedBit / 8 + idBytes : -1;
        l.continuedMask = f.continuedBit >= 0 ? quint8(1u << (f.continuedBit % 8)) : quint8(0);
        out.scannedDataLayout = l;
        break; // the lowest-numbered report that carries Decoded Data
    }
    return out;
}

} // namespace pos::devices
