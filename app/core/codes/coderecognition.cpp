#include "app/core/codes/coderecognition.h"

#include "app/core/codes/gs1.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringDecoder>

#include <array>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace pos::codes {

using namespace detail;
using namespace std::string_view_literals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CodeRecognition)
};

/// What the AIM symbology identifier (ISO/IEC 15424) says about the payload.
enum class Symbology
{
    None = 1,
    Gs1,
    Ean13,
    Ean8,
    Other
};

struct KnownAim
{
    std::u16string_view id;
    Symbology kind;
};
constexpr std::array kAims{
    KnownAim{u"]d2"sv, Symbology::Gs1},   // GS1 DataMatrix
    KnownAim{u"]C1"sv, Symbology::Gs1},   // GS1-128
    KnownAim{u"]Q3"sv, Symbology::Gs1},   // GS1 QR Code
    KnownAim{u"]e0"sv, Symbology::Gs1},   // GS1 DataBar
    KnownAim{u"]E0"sv, Symbology::Ean13}, // EAN-13 / UPC-A
    KnownAim{u"]E4"sv, Symbology::Ean8},  // EAN-8
    KnownAim{u"]C0"sv, Symbology::Other}, // Code 128 (the trace code's symbology)
    KnownAim{u"]d1"sv, Symbology::Other}, // DataMatrix, not GS1
    KnownAim{u"]Q1"sv, Symbology::Other}, // QR Code, not GS1
};

template <typename View> const KnownAim* findAim(View id)
{
    for (const KnownAim& a : kAims)
        if (id.size() == 3 && id[0] == QChar(u']') && id[1] == QChar(a.id[1])
            && id[2] == QChar(a.id[2]))
            return &a;
    return nullptr;
}

template <typename View> Symbology symbologyOf(View id)
{
    if (id.isEmpty())
        return Symbology::None;
    const KnownAim* a = findAim(id);
    return a ? a->kind : Symbology::Other;
}

constexpr bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool isLetter(char c)
{
    return isUpper(c) || (c >= 'a' && c <= 'z');
}

void reject(Recognition& r, CodeFamily family, QString reason)
{
    r.family = family;
    r.accepted = false;
    r.reason = std::move(reason);
}

void accept(Recognition& r, CodeFamily family)
{
    r.family = family;
    r.accepted = true;
}

/// Forgets what a first reading found, keeping only what was scanned.
void restart(Recognition& r)
{
    Recognition fresh;
    fresh.raw = r.raw;
    fresh.symbologyId = r.symbologyId;
    r = std::move(fresh);
}

/// A GTIN-8/12/13 as the GTIN-14 the catalogue keys on (zero-padded on the left).
QString gtin14(QLatin1StringView digits)
{
    QString g(14, u'0');
    const qsizetype offset = 14 - digits.size();
    for (qsizetype k = 0; k < digits.size(); ++k)
        g[offset + k] = digits.at(k);
    return g;
}

void readTraceCode(Recognition& r, QLatin1StringView s)
{
    accept(r, CodeFamily::TraceCode);
    r.traceCode = QString(s);
    r.tracePrefix = r.traceCode.first(7);
    if (s.front().toLatin1() != '8')
        r.warnings
            << Tr::tr("追溯码通常以 8 开头，此码以 %1 开头：医保平台可能不认").arg(s.front());
}

/// A code of digits only, by its length.
void readDigits(Recognition& r, QLatin1StringView s)
{
    const qsizetype n = s.size();
    CodeFamily family = CodeFamily::Unknown;
    QString name;
    switch (n) {
    case 8:
        family = CodeFamily::Ean8;
        name = QStringLiteral("EAN-8");
        break;
    case 12:
        family = CodeFamily::UpcA;
        name = QStringLiteral("UPC-A");
        break;
    case 13:
        family = CodeFamily::Ean13;
        name = QStringLiteral("EAN-13");
        break;
    case 14:
        if (s.startsWith(QLatin1StringView("86"))) {
            family = CodeFamily::DrugStandardCode;
            name = Tr::tr("药品本位码");
        } else {
            family = CodeFamily::Gtin14;
            name = QStringLiteral("GTIN-14");
        }
        break;
    case 20: readTraceCode(r, s); return;
    case 19:
    case 21:
        reject(r, CodeFamily::Unknown, Tr::tr("长度 %1：不是追溯码（应为 20 位）").arg(n));
        return;
    default:
        reject(
            r, CodeFamily::Unknown,
            Tr::tr(
                "%1 位数字：不是已知的码（商品条码为 8、12、13 位，药品本位码与 GTIN-14 为 14 位，"
                "追溯码为 20 位）")
                .arg(n));
        return;
    }
    const int expected = checkDigitOf(s.first(n - 1));
    if (expected != s.back().toLatin1() - '0') {
        reject(r, CodeFamily::Unknown,
               Tr::tr("%1 位数字但校验位错误：按 %2 应为 %3，扫到 %4")
                   .arg(n)
                   .arg(name)
                   .arg(expected)
                   .arg(s.back()));
        return;
    }
    accept(r, family);
    if (family == CodeFamily::DrugStandardCode)
        r.drugStandardCode = QString(s);
    else
        r.gtin = gtin14(s);
}

void readGs1(Recognition& r, QLatin1StringView s, const RecognitionOptions& o)
{
    QString reason = parseGs1(s, QByteArrayView(o.gsSubstitute), r);
    if (reason.isEmpty())
        accept(r, CodeFamily::Gs1);
    else
        reject(r, CodeFamily::Gs1, std::move(reason));
}

void readBracketedGs1(Recognition& r, QLatin1StringView s)
{
    QString reason = parseGs1Bracketed(s, r);
    if (reason.isEmpty())
        accept(r, CodeFamily::Gs1);
    else
        reject(r, CodeFamily::Gs1, std::move(reason));
}

/// "MA.156.M0.100350.01004YA10017.SLMSAGAAAC.M210628.LAY21062803.E220628.V220627.C3": issuer MA,
/// country, category, company and product (the DI), then tagged PI segments. Segment letters
/// as in the MA (IDcode) coding manual and public decoders: L lot, S serial, M production date,
/// E expiry (V, valid-until, when E is absent); others (P, D, C check…) are kept in `raw` only.
void readMaCode(Recognition& r, QLatin1StringView s)
{
    r.family = CodeFamily::MaCode;
    constexpr int kDiSegments = 5;
    int index = 0;
    QDate validUntil;
    for (qsizetype begin = 0; begin <= s.size(); ++index) {
        qsizetype end = s.indexOf(QLatin1Char('.'), begin);
        if (end < 0)
            end = s.size();
        const QLatin1StringView seg = s.sliced(begin, end - begin);
        begin = end + 1;
        if (seg.isEmpty()) {
            reject(r, CodeFamily::MaCode, Tr::tr("MA 码第 %1 段为空").arg(index + 1));
            return;
        }
        if (index == 1 && (seg.size() != 3 || !allDigits(seg))) {
            reject(r, CodeFamily::MaCode, Tr::tr("MA 码的国家代码“%1”应为 3 位数字").arg(seg));
            return;
        }
        if (index < kDiSegments)
            continue;
        const char tag = seg.front().toLatin1();
        const QLatin1StringView value = seg.sliced(1);
        switch (tag) {
        case 'L': r.batch = QString(value); break;
        case 'S': r.serial = QString(value); break;
        case 'M':
        case 'E':
        case 'V': {
            const Result<QDate> d =
                readYymmdd(value, tag == 'M' ? DayZero::FirstDayOfMonth : DayZero::LastDayOfMonth);
            if (!d) {
                reject(r, CodeFamily::MaCode,
                       Tr::tr("MA 码 .%1 段日期无效：%2")
                           .arg(QLatin1Char(tag))
                           .arg(d.error().message));
                return;
            }
            (tag == 'M' ? r.production : tag == 'E' ? r.expiry : validUntil) = *d;
            break;
        }
        default: break;
        }
    }
    if (index < kDiSegments) {
        reject(
            r, CodeFamily::MaCode,
            Tr::tr("MA 码不完整：应为 MA.国家代码.类别.企业代码.产品代码…，只有 %1 段").arg(index));
        return;
    }
    if (!r.expiry.isValid())
        r.expiry = validUntil;
    accept(r, CodeFamily::MaCode);
}

bool matches(const QString& text, const TokenShape& shape)
{
    return text.size() >= shape.minLength && text.size() <= shape.maxLength
           && text.startsWith(shape.prefix);
}

/// The payload as text when it is valid UTF-8 (or ASCII), else a null string.
QString utf8Text(QLatin1StringView s, bool ascii)
{
    if (ascii)
        return QString(s);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(s.data(), s.size()));
    return decoder.hasError() ? QString() : text;
}

void readOther(Recognition& r, QLatin1StringView s, bool ascii, const RecognitionOptions& o)
{
    const qsizetype n = s.size();
    if (ascii) {
        for (const QString& prefix : o.internalPrefixes) {
            if (!prefix.isEmpty() && n > prefix.size() + 1 && s.startsWith(prefix)
                && s.at(prefix.size()).toLatin1() == '-') {
                accept(r, CodeFamily::Internal);
                r.token = QString(s); // whole, as printed: the one-time print code is compared so
                return;
            }
        }
    }
    const char first = s.front().toLatin1();
    qsizetype badAt = -1; // first character that is not an upper-case letter or digit
    for (qsizetype k = 1; k < n && badAt < 0; ++k)
        if (!isUpper(s.at(k).toLatin1()) && !isDigit(s.at(k).toLatin1()))
            badAt = k;
    if (n == 23 && (first == 'X' || first == 'Z') && badAt < 0) {
        accept(r, CodeFamily::InsuranceDrugCode);
        r.insuranceDrugCode = QString(s);
        return;
    }

    const QString text = utf8Text(s, ascii);
    if (text.isNull()) {
        reject(r, CodeFamily::Unknown, Tr::tr("包含无效的 UTF-8 字节：不是可识别的文本"));
        return;
    }
    for (const auto& [shapes, family] :
         {std::pair{&o.voucherShapes, CodeFamily::InsuranceVoucher},
          std::pair{&o.prescriptionShapes, CodeFamily::EPrescription}}) {
        for (const TokenShape& shape : *shapes) {
            if (matches(text, shape)) {
                accept(r, family);
                r.token = text;
                return;
            }
        }
    }

    if (n == 20) {
        for (qsizetype k = 0; k < n; ++k)
            if (!isDigit(s.at(k).toLatin1())) {
                reject(r, CodeFamily::Unknown,
                       Tr::tr("20 个字符但第 %1 个“%2”不是数字：不是追溯码")
                           .arg(k + 1)
                           .arg(showChar(s.at(k).toLatin1())));
                return;
            }
    }
    if (n == 23 && (first == 'X' || first == 'Z')) {
        reject(r, CodeFamily::Unknown,
               Tr::tr("23 个字符、以 %1 开头，但第 %2 个“%3”不是大写字母或数字：不是医保药品编码")
                   .arg(QLatin1Char(first))
                   .arg(badAt + 1)
                   .arg(showChar(s.at(badAt).toLatin1())));
        return;
    }
    if (text.size() >= 16)
        reject(r, CodeFamily::Unknown,
               Tr::tr("无法识别：%1 个字符，不属于任何已知的码；如为医保电子凭证或电子处方二维码，"
                      "请在设置中配置其格式")
                   .arg(text.size()));
    else
        reject(
            r, CodeFamily::Unknown,
            Tr::tr(
                "无法识别：%1 个字符，不是商品条码、追溯码、GS1、MA 码、医保药品编码或本店打印的码")
                .arg(text.size()));
}

/// "01" + 14 digits at the start: how a GS1 string reads when the scanner sent no symbology.
bool startsWithGtinElement(QLatin1StringView s)
{
    return s.size() >= 16 && s.startsWith(QLatin1StringView("01")) && allDigits(s.sliced(2, 14));
}

bool hasSeparator(QLatin1StringView s, const QByteArray& substitute)
{
    return s.contains(QLatin1Char(kGs))
           || (!substitute.isEmpty()
               && s.contains(QLatin1StringView(substitute.constData(), substitute.size())));
}

void classify(Recognition& r, const RecognitionOptions& o)
{
    const char* p = r.raw.constData();
    qsizetype n = r.raw.size();
    // Keyboard-wedge scanners end a scan with CR, LF or TAB: not part of the code.
    while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == '\n' || p[n - 1] == '\t'))
        --n;

    Symbology symbology = symbologyOf(QStringView(r.symbologyId));
    if (n >= 3 && p[0] == ']' && isLetter(p[1]) && (isLetter(p[2]) || isDigit(p[2]))) {
        const QLatin1StringView inPayload(p, 3);
        const KnownAim* known = findAim(inPayload);
        if (r.symbologyId.isEmpty())
            r.symbologyId = known ? fromView(known->id) : QString(inPayload);
        else if (r.symbologyId != inPayload)
            r.warnings << Tr::tr("设备报告码制 %1，内容开头却是 %2：按内容处理")
                              .arg(r.symbologyId, inPayload);
        symbology = known ? known->kind : Symbology::Other;
        p += 3;
        n -= 3;
    }
    const QLatin1StringView s(p, n);
    if (n == 0) {
        reject(r, CodeFamily::Unknown, Tr::tr("扫码内容为空"));
        return;
    }
    bool ascii = true;
    for (qsizetype k = 0; k < n; ++k) {
        const auto c = static_cast<unsigned char>(p[k]);
        if ((c < 0x20 && c != kGs) || c == 0x7f) {
            reject(r, CodeFamily::Unknown,
                   Tr::tr("包含不可打印字符 %1（第 %2 个字节）").arg(showChar(p[k])).arg(k + 1));
            return;
        }
        ascii = ascii && c < 0x80;
    }

    switch (symbology) {
    case Symbology::Gs1:
        readGs1(r, s, o);
        // A 20-digit trace code from a scanner that flags every Code 128 as GS1-128.
        if (!r.accepted && n == 20 && allDigits(s)) {
            restart(r);
            readTraceCode(r, s);
            r.warnings
                << Tr::tr(
                       "设备报告为 GS1 码制（%1），但内容不是有效的 GS1 数据：按 20 位追溯码处理")
                       .arg(r.symbologyId);
        }
        return;
    case Symbology::Ean13:
    case Symbology::Ean8: {
        const qsizetype expected = symbology == Symbology::Ean13 ? 13 : 8;
        if (n == expected && allDigits(s))
            readDigits(r, s);
        else
            reject(r, CodeFamily::Unknown,
                   Tr::tr("设备报告 %1（%2），但内容不是 %3 位数字")
                       .arg(symbology == Symbology::Ean13 ? QStringLiteral("EAN-13")
                                                          : QStringLiteral("EAN-8"),
                            r.symbologyId)
                       .arg(expected));
        return;
    }
    case Symbology::None:
    case Symbology::Other: break;
    }

    if (s.front().toLatin1() == '(') {
        readBracketedGs1(r, s);
        return;
    }
    if (symbology == Symbology::None) {
        // FNC1 first, or AI digits with separators further on.
        const QByteArray& sub = o.gsSubstitute;
        const bool leadingSeparator =
            s.front().toLatin1() == kGs
            || (!sub.isEmpty() && s.startsWith(QLatin1StringView(sub.constData(), sub.size())));
        if (leadingSeparator
            || (n >= 2 && isDigit(p[0]) && isDigit(p[1]) && hasSeparator(s, sub))) {
            readGs1(r, s, o);
            return;
        }
        if (startsWithGtinElement(s)) {
            readGs1(r, s, o);
            // 20 digits that are not a valid GS1 string: a trace code, read as one below.
            if (r.accepted || n != 20 || !allDigits(s))
                return;
            restart(r);
        }
    }
    if (allDigits(s)) {
        readDigits(r, s);
        return;
    }
    if (s.startsWith(QLatin1StringView("MA."))) {
        readMaCode(r, s);
        return;
    }
    readOther(r, s, ascii, o);
}

/// Control characters by name, so `raw` reads as a scanner engineer writes it: "…<GS>10…".
constexpr std::array<std::u16string_view, 32> kControlNames{
    u"NUL"sv, u"SOH"sv, u"STX"sv, u"ETX"sv, u"EOT"sv, u"ENQ"sv, u"ACK"sv, u"BEL"sv,
    u"BS"sv,  u"TAB"sv, u"LF"sv,  u"VT"sv,  u"FF"sv,  u"CR"sv,  u"SO"sv,  u"SI"sv,
    u"DLE"sv, u"DC1"sv, u"DC2"sv, u"DC3"sv, u"DC4"sv, u"NAK"sv, u"SYN"sv, u"ETB"sv,
    u"CAN"sv, u"EM"sv,  u"SUB"sv, u"ESC"sv, u"FS"sv,  u"GS"sv,  u"RS"sv,  u"US"sv,
};

} // namespace

QString readableRaw(const QByteArray& raw)
{
    const QString text = QString::fromUtf8(raw);
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c.unicode() < 0x20) {
            out += u'<';
            out += fromView(kControlNames[c.unicode()]);
            out += u'>';
        } else if (c.unicode() == 0x7f) {
            out += QStringLiteral("<DEL>");
        } else {
            out += c;
        }
    }
    return out;
}

Recognition recognise(const QByteArray& payload, const QString& symbologyId,
                      const RecognitionOptions& options)
{
    Recognition r;
    r.raw = payload;
    r.symbologyId = symbologyId;
    classify(r, options);
    return r;
}

QString familyId(CodeFamily family)
{
    switch (family) {
    case CodeFamily::Unknown: break;
    case CodeFamily::Ean13: return QStringLiteral("ean13");
    case CodeFamily::Ean8: return QStringLiteral("ean8");
    case CodeFamily::UpcA: return QStringLiteral("upc_a");
    case CodeFamily::Gtin14: return QStringLiteral("gtin14");
    case CodeFamily::DrugStandardCode: return QStringLiteral("drug_standard_code");
    case CodeFamily::TraceCode: return QStringLiteral("trace_code");
    case CodeFamily::Gs1: return QStringLiteral("gs1");
    case CodeFamily::MaCode: return QStringLiteral("ma_code");
    case CodeFamily::InsuranceVoucher: return QStringLiteral("insurance_voucher");
    case CodeFamily::EPrescription: return QStringLiteral("e_prescription");
    case CodeFamily::InsuranceDrugCode: return QStringLiteral("insurance_drug_code");
    case CodeFamily::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QString familyDisplayName(CodeFamily family)
{
    switch (family) {
    case CodeFamily::Unknown: break;
    case CodeFamily::Ean13: return Tr::tr("EAN-13 商品条码");
    case CodeFamily::Ean8: return Tr::tr("EAN-8 商品条码");
    case CodeFamily::UpcA: return Tr::tr("UPC-A 商品条码");
    case CodeFamily::Gtin14: return Tr::tr("GTIN-14 商品条码");
    case CodeFamily::DrugStandardCode: return Tr::tr("药品本位码");
    case CodeFamily::TraceCode: return Tr::tr("药品追溯码");
    case CodeFamily::Gs1: return Tr::tr("GS1 数据码");
    case CodeFamily::MaCode: return Tr::tr("MA 码");
    case CodeFamily::InsuranceVoucher: return Tr::tr("医保电子凭证");
    case CodeFamily::EPrescription: return Tr::tr("电子处方");
    case CodeFamily::InsuranceDrugCode: return Tr::tr("医保药品编码");
    case CodeFamily::Internal: return Tr::tr("本店打印的码");
    }
    return Tr::tr("无法识别的码");
}

QJsonObject toJson(const Recognition& r)
{
    QJsonObject o{
        {QStringLiteral("raw"), readableRaw(r.raw)},
        {QStringLiteral("rawHex"), QString::fromLatin1(r.raw.toHex())},
        {QStringLiteral("symbologyId"), r.symbologyId},
        {QStringLiteral("family"), familyId(r.family)},
        {QStringLiteral("familyName"), familyDisplayName(r.family)},
        {QStringLiteral("accepted"), r.accepted},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
    };
    const auto put = [&o](const QString& key, const QString& value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(QStringLiteral("gtin"), r.gtin);
    put(QStringLiteral("traceCode"), r.traceCode);
    put(QStringLiteral("tracePrefix"), r.tracePrefix);
    put(QStringLiteral("batch"), r.batch);
    put(QStringLiteral("serial"), r.serial);
    put(QStringLiteral("expiry"), r.expiry.toString(Qt::ISODate));
    put(QStringLiteral("production"), r.production.toString(Qt::ISODate));
    put(QStringLiteral("token"), r.token);
    put(QStringLiteral("drugStandardCode"), r.drugStandardCode);
    put(QStringLiteral("insuranceDrugCode"), r.insuranceDrugCode);
    if (!r.elements.isEmpty()) {
        QJsonArray elements;
        for (const Gs1Element& e : r.elements)
            elements.append(QJsonObject{{QStringLiteral("ai"), e.ai},
                                        {QStringLiteral("title"), e.title},
                                        {QStringLiteral("value"), e.value}});
        o.insert(QStringLiteral("elements"), elements);
    }
    return o;
}

int gs1CheckDigit(QStringView digitsWithoutCheck)
{
    return checkDigitOf(digitsWithoutCheck);
}

} // namespace pos::codes
