#include "app/codescommand.h"

#include "app/commands.h"
#include "app/commandtable.h"
#include "app/core/codes/coderecognition.h"
#include "devices/camera/barcodeimagedecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace pos::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

int usageError(const QString& message)
{
    std::fprintf(
        stderr, "%s\n%s\n", message.toUtf8().constData(),
        Tr::tr(
            "用法：pharmapos codes inspect PAYLOAD [--hex] [--symbology ID] [--gs-substitute S]\n"
            "      pharmapos codes inspect --image FILE")
            .toUtf8()
            .constData());
    return 2;
}

/// "30 31 1d 41" or "30311d41" as bytes; nullopt when it is not whole hex bytes.
std::optional<QByteArray> fromHex(const QString& text)
{
    QByteArray digits;
    for (QChar c : text) {
        if (c.isSpace() || c == u':')
            continue;
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return std::nullopt;
        digits += c.toLatin1();
    }
    if (digits.isEmpty() || digits.size() % 2 != 0)
        return std::nullopt;
    return QByteArray::fromHex(digits);
}

} // namespace

int runCodes(const QStringList& args, const CodesInspectOptions& options)
{
    if (args.value(1) != QLatin1StringView("inspect"))
        return usageError(Tr::tr("codes：未知的操作“%1”").arg(args.value(1)));
    if (!options.imageFile.isEmpty()) {
        // Through the camera-decoding path: every code in the image, with its exact bytes, the
        // symbology zxing reports and what the counter recognises in it.
        const Result<QList<devices::DecodedCode>> decoded =
            devices::decodeBarcodeImageFile(options.imageFile);
        if (!decoded) {
            std::fprintf(stderr, "%s\n", decoded.error().userText().toUtf8().constData());
            return 1;
        }
        codes::RecognitionOptions recognitionOptions;
        recognitionOptions.gsSubstitute = options.gsSubstitute.toUtf8();
        QJsonArray found;
        bool allAccepted = !decoded->isEmpty();
        for (const devices::DecodedCode& d : *decoded) {
            const codes::Recognition r =
                codes::recognise(d.payload, d.symbologyId, recognitionOptions);
            allAccepted = allAccepted && r.accepted;
            found.append(
                QJsonObject{{QStringLiteral("format"), d.format},
                            {QStringLiteral("symbologyId"), d.symbologyId},
                            {QStringLiteral("bytesHex"), QString::fromLatin1(d.payload.toHex())},
                            {QStringLiteral("text"), d.text},
                            {QStringLiteral("recognition"), codes::toJson(r)}});
        }
        const QJsonObject report{{QStringLiteral("image"), options.imageFile},
                                 {QStringLiteral("count"), found.size()},
                                 {QStringLiteral("codes"), found}};
        std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
        return allAccepted ? 0 : 1;
    }
    if (args.size() != 3)
        return usageError(Tr::tr("codes inspect 需要且只需要一个 PAYLOAD"));

    QByteArray payload = args.at(2).toUtf8();
    if (options.hex) {
        const std::optional<QByteArray> bytes = fromHex(args.at(2));
        if (!bytes)
            return usageError(Tr::tr("--hex：“%1”不是完整的十六进制字节").arg(args.at(2)));
        payload = *bytes;
    }
    codes::RecognitionOptions recognitionOptions;
    recognitionOptions.gsSubstitute = options.gsSubstitute.toUtf8();
    const codes::Recognition r = codes::recognise(payload, options.symbologyId, recognitionOptions);
    std::fputs(QJsonDocument(codes::toJson(r)).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
    return r.accepted ? 0 : 1;
}

QList<Subcommand> toolSubcommands()
{
    return {
        {{QStringLiteral("codes"), QStringLiteral("inspect")},
         QStringLiteral("PAYLOAD | --hex HEX | --image FILE [--symbology ]d2] [--gs-substitute ~]"),
         QT_TRANSLATE_NOOP("commands", "识别扫码内容或图片中的条码，以 JSON 显示（无需门店）"),
         CommandNeeds::Nothing,
         false,
         [](const CommandContext& c) {
             return runCodes(c.line.words(),
                             CodesInspectOptions{c.line.isSet(QStringLiteral("hex")),
                                                 c.line.value(QStringLiteral("symbology")),
                                                 c.line.value(QStringLiteral("gs-substitute")),
                                                 c.line.value(QStringLiteral("image"))});
         }},
        {{QStringLiteral("devices"), QStringLiteral("list")},
         {},
         QT_TRANSLATE_NOOP("commands",
                           "列出本机可用的扫码枪（HID-POS、键盘口、串口）及其 scanner= 配置值"),
         CommandNeeds::Nothing,
         false,
         [](const CommandContext&) { return runDevicesList(); }},
    };
}

} // namespace pos::app
