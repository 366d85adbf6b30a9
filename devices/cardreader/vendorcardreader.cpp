#include "devices/cardreader/vendorcardreader.h"

#include "devices/cardreader/cardbasanswer.h"
#include "devices/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringDecoder>

namespace pos::devices {

namespace {
// The helper's exit codes (devices/cardreader/cardhelper_main.cpp).
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitCode = 3;
constexpr int kExitNotLoadable = 4;
constexpr int kExitNoSymbol = 5;

/// A vendor's error message or a loader's reason, shown to the user: decoded leniently, control
/// characters dropped, kept short.
QString shortText(QByteArrayView bytes, int maxChars = 120)
{
    QStringDecoder decoder("GB18030");
    QString s = decoder.isValid() ? decoder.decode(bytes) : QString::fromLatin1(bytes);
    QString out;
    for (const QChar c : std::as_const(s))
        if (c.isPrint())
            out += c;
    out = out.simplified();
    if (out.size() > maxChars)
        out = out.left(maxChars) + u'…';
    return out;
}
} // namespace

VendorCardReader::VendorCardReader(Options options, QObject* parent)
    : CardReader(parent)
    , m_options(std::move(options))
{
}

QString VendorCardReader::deviceName() const
{
    return tr("医保读卡器（厂商动态库 %1）").arg(QFileInfo(m_options.libraryPath).fileName());
}

QString VendorCardReader::defaultHelperPath(const QString& applicationDir)
{
    const QString beside = QDir(applicationDir).filePath(QStringLiteral("pharmapos-cardhelper"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString fromEnv =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PHARMAPOS_CARDHELPER"));
    return fromEnv.isEmpty() ? beside : fromEnv;
}

Result<CardCredential> VendorCardReader::readCard()
{
    const QString& library = m_options.libraryPath;
    const QString name = deviceName();
    auto fail = [&](ErrorCode code, const QString& what, const char* kind) -> Error {
        qCInfo(lcCardReaderVendor) << "read failed:" << kind;
        return makeError(code, tr("%1：%2").arg(name, what));
    };
    if (!QFileInfo(library).isAbsolute())
        return fail(ErrorCode::Configuration,
                    tr("厂商动态库须用绝对路径配置（card_reader=vendor:/路径/库.so）"), "relative");
    if (!QFileInfo::exists(library))
        return fail(ErrorCode::Configuration,
                    tr("厂商动态库 %1 不存在，请安装读卡器厂商提供的 Linux 驱动").arg(library),
                    "library missing");
    if (!QFileInfo(m_options.helperPath).isExecutable())
        return fail(
            ErrorCode::Configuration,
            tr("读卡辅助程序 %1 不存在或不可执行，请重新安装 PharmaPOS").arg(m_options.helperPath),
            "helper missing");

    QProcess helper;
    helper.setProgram(m_options.helperPath);
    helper.setArguments({library, QString::number(m_options.cardType)});
    helper.start(QIODevice::ReadOnly);
    if (!helper.waitForStarted(5'000))
        return fail(
            ErrorCode::DeviceFailure,
            tr("读卡辅助程序 %1 无法启动（%2）").arg(m_options.helperPath, helper.errorString()),
            "helper did not start");
    if (!helper.waitForFinished(m_options.timeoutMs)) {
        helper.kill();
        helper.waitForFinished(2'000);
        return fail(ErrorCode::DeviceFailure,
                    tr("读卡超时：厂商动态库 %1 秒内没有回应，已中止本次读卡。"
                       "请检查读卡器是否连接、卡片是否插好后重试")
                        .arg(m_options.timeoutMs / 1000.0, 0, 'f', 1),
                    "timeout");
    }
    if (helper.exitStatus() == QProcess::CrashExit)
        return fail(ErrorCode::DeviceFailure,
                    tr("厂商动态库在读卡时崩溃，本次读卡已中止（收银程序不受影响）。"
                       "请重新插卡重试；反复出现请联系读卡器厂商"),
                    "helper crashed");

    const QByteArray out = helper.readAllStandardOutput();
    const qsizetype eol = out.indexOf('\n');
    const QByteArray head = eol < 0 ? out : out.left(eol);
    const QByteArrayView body = eol < 0 ? QByteArrayView() : QByteArrayView(out).sliced(eol + 1);
    switch (helper.exitCode()) {
    case kExitOk:
        if (head != "OK")
            break;
        if (Result<CardCredential> card = parseCardBasAnswer(body); !card) {
            qCInfo(lcCardReaderVendor) << "read failed: malformed answer";
            return makeError(card.error().code, tr("%1：%2").arg(name, card.error().message));
        } else {
            qCDebug(lcCardReaderVendor) << "card read";
            return card;
        }
    case kExitCode: {
        bool ok = false;
        const int code = head.startsWith("CODE ") ? head.mid(5).toInt(&ok) : 0;
        if (!ok)
            break;
        const QString vendorText = shortText(body);
        return fail(ErrorCode::DeviceFailure,
                    vendorText.isEmpty()
                        ? tr("读卡失败，厂商动态库返回错误码 %1（请确认卡片已插好）").arg(code)
                        : tr("读卡失败，厂商动态库返回错误码 %1：%2").arg(code).arg(vendorText),
                    "error code");
    }
    case kExitNotLoadable:
        return fail(ErrorCode::Configuration,
                    tr("无法加载厂商动态库 %1（%2）。请确认它是本机架构的 Linux 动态库，"
                       "且它依赖的库都已安装")
                        .arg(library, shortText(helper.readAllStandardError(), 200)),
                    "not loadable");
    case kExitNoSymbol:
        return fail(
            ErrorCode::Configuration,
            tr("厂商动态库 %1 中没有 iReadCardBas 函数，不是人社标准接口的读卡库").arg(library),
            "no iReadCardBas");
    case kExitUsage:
    default: break;
    }
    return fail(ErrorCode::DeviceFailure,
                tr("读卡辅助程序的回答无法识别（退出码 %1）").arg(helper.exitCode()),
                "unrecognised helper output");
}

} // namespace pos::devices
