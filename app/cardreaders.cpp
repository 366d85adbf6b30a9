#include "app/cardreaders.h"

#include "devices/cardreader/pcsccardreader.h"
#include "devices/cardreader/vendorcardreader.h"

#include <QCoreApplication>
#include <QDir>

namespace pos::app {

namespace {
/// Translation context "CardReaders" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CardReaders)
};
} // namespace

Result<CardReaderSpec> CardReaderSpec::parse(const QString& value)
{
    const QString v = value.trimmed();
    CardReaderSpec spec;
    auto bad = [&value](const QString& why) {
        return makeError(ErrorCode::Configuration,
                         Tr::tr("读卡器配置 card_reader=%1 无效：%2").arg(value, why));
    };
    if (v.isEmpty() || v == QStringLiteral("simulated"))
        return spec;
    if (v.startsWith(QStringLiteral("vendor:"))) {
        spec.kind = Kind::Vendor;
        spec.libraryPath = v.mid(7).trimmed();
        if (!QDir::isAbsolutePath(spec.libraryPath))
            return bad(
                Tr::tr("厂商动态库须写绝对路径（如 vendor:/opt/sscard/libSSCardDriver.so）"));
        return spec;
    }
    if (v == QStringLiteral("pcsc") || v.startsWith(QStringLiteral("pcsc:"))) {
        spec.kind = Kind::Pcsc;
        spec.readerName = v.mid(5).trimmed();
        return spec;
    }
    return bad(Tr::tr("应为 simulated、vendor:/动态库绝对路径 或 pcsc[:读卡器名称]"));
}

std::unique_ptr<CardReader> makeCardReader(const QString& value, int timeoutMs,
                                           const QString& helperDir, QString& problem)
{
    Result<CardReaderSpec> spec = CardReaderSpec::parse(value);
    if (!spec) {
        problem = spec.error().message + Tr::tr("；本次改用模拟读卡器");
        return nullptr;
    }
    switch (spec->kind) {
    case CardReaderSpec::Kind::Simulated: return nullptr;
    case CardReaderSpec::Kind::Vendor: {
        devices::VendorCardReader::Options o;
        o.libraryPath = spec->libraryPath;
        o.helperPath = devices::VendorCardReader::defaultHelperPath(helperDir);
        o.timeoutMs = timeoutMs;
        return std::make_unique<devices::VendorCardReader>(o);
    }
    case CardReaderSpec::Kind::Pcsc:
        return std::make_unique<devices::PcscCardReader>(spec->readerName);
    }
    return nullptr;
}

} // namespace pos::app
