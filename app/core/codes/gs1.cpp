#include "app/core/codes/gs1.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <utility>

namespace pos::codes::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CodeRecognition)
};

using namespace std::string_view_literals;

/// What a field means to the counter beyond its characters.
enum class Meaning : quint8
{
    Plain = 1,
    Gtin, ///< 14 digits with a GS1 check digit; AI 01 fills Recognition::gtin
    Batch,
    Serial,
    Production, ///< YYMMDD, day 00 read as the month's first day
    Expiry,     ///< YYMMDD, day 00 = the month's last day
    Date,       ///< another YYMMDD date (due, pack, best before, sell by), validated only
    DateTime,   ///< YYMMDDHHMM (AI 7003)
};

/// One row of the AI table. `ai` holds the AI's fixed digits; `anyDigits` more digits follow it
/// (the decimal-point position of 310n…, so "3103" is AI 310 with three decimals).
struct AiSpec
{
    std::u16string_view ai;
    int anyDigits;
    int minLength; ///< data characters; fixed length when equal to maxLength
    int maxLength;
    int numericLead; ///< how many leading data characters must be digits (N fields: all)
    Meaning meaning;
    std::u16string_view title; ///< GS1 data title
};

constexpr int kAll = 99; // numericLead for all-numeric fields

// GS1 Application Identifiers the counter meets, from the GS1 General Specifications (Release
// 24.0), §3.2 Figure 3.2-1 "GS1 Application Identifiers in numerical order": format N = digits,
// X = GS1 character set 82. Sorted by AI (the index below relies on it).
constexpr std::array kAis{
    AiSpec{u"00"sv, 0, 18, 18, kAll, Meaning::Plain, u"SSCC"sv},
    AiSpec{u"01"sv, 0, 14, 14, kAll, Meaning::Gtin, u"GTIN"sv},
    AiSpec{u"02"sv, 0, 14, 14, kAll, Meaning::Gtin, u"CONTENT"sv},
    AiSpec{u"10"sv, 0, 1, 20, 0, Meaning::Batch, u"BATCH/LOT"sv},
    AiSpec{u"11"sv, 0, 6, 6, kAll, Meaning::Production, u"PROD DATE"sv},
    AiSpec{u"12"sv, 0, 6, 6, kAll, Meaning::Date, u"DUE DATE"sv},
    AiSpec{u"13"sv, 0, 6, 6, kAll, Meaning::Date, u"PACK DATE"sv},
    AiSpec{u"15"sv, 0, 6, 6, kAll, Meaning::Date, u"BEST BEFORE or BEST BY"sv},
    AiSpec{u"16"sv, 0, 6, 6, kAll, Meaning::Date, u"SELL BY"sv},
    AiSpec{u"17"sv, 0, 6, 6, kAll, Meaning::Expiry, u"USE BY OR EXPIRY"sv},
    AiSpec{u"20"sv, 0, 2, 2, kAll, Meaning::Plain, u"VARIANT"sv},
    AiSpec{u"21"sv, 0, 1, 20, 0, Meaning::Serial, u"SERIAL"sv},
    AiSpec{u"22"sv, 0, 1, 20, 0, Meaning::Plain, u"CPV"sv},
    AiSpec{u"240"sv, 0, 1, 30, 0, Meaning::Plain, u"ADDITIONAL ID"sv},
    AiSpec{u"241"sv, 0, 1, 30, 0, Meaning::Plain, u"CUST. PART No."sv},
    AiSpec{u"250"sv, 0, 1, 30, 0, Meaning::Plain, u"SECONDARY SERIAL"sv},
    AiSpec{u"251"sv, 0, 1, 30, 0, Meaning::Plain, u"REF. TO SOURCE"sv},
    AiSpec{u"30"sv, 0, 1, 8, kAll, Meaning::Plain, u"VAR. COUNT"sv},
    // 310n–369n: trade and logistic measures, N6 with n decimals. The common ones by name, the
    // rest of each range under one title.
    AiSpec{u"31"sv, 2, 6, 6, kAll, Meaning::Plain, u"MEASURE"sv},
    AiSpec{u"310"sv, 1, 6, 6, kAll, Meaning::Plain, u"NET WEIGHT (kg)"sv},
    AiSpec{u"315"sv, 1, 6, 6, kAll, Meaning::Plain, u"NET VOLUME (l)"sv},
    AiSpec{u"32"sv, 2, 6, 6, kAll, Meaning::Plain, u"MEASURE"sv},
    AiSpec{u"33"sv, 2, 6, 6, kAll, Meaning::Plain, u"MEASURE"sv},
    AiSpec{u"330"sv, 1, 6, 6, kAll, Meaning::Plain, u"GROSS WEIGHT (kg)"sv},
    AiSpec{u"34"sv, 2, 6, 6, kAll, Meaning::Plain, u"MEASURE"sv},
    AiSpec{u"35"sv, 2, 6, 6, kAll, Meaning::Plain, u"MEASURE"sv},
    AiSpec{u"36"sv, 2, 6, 6, kAll, Meaning::Plain, u"MEASURE"sv},
    AiSpec{u"37"sv, 0, 1, 8, kAll, Meaning::Plain, u"COUNT"sv},
    AiSpec{u"390"sv, 1, 1, 15, kAll, Meaning::Plain, u"AMOUNT"sv},
    AiSpec{u"391"sv, 1, 4, 18, kAll, Meaning::Plain, u"AMOUNT"sv}, // ISO 4217 N3 + N..15
    AiSpec{u"392"sv, 1, 1, 15, kAll, Meaning::Plain, u"PRICE"sv},
    AiSpec{u"393"sv, 1, 4, 18, kAll, Meaning::Plain, u"PRICE"sv},
    AiSpec{u"400"sv, 0, 1, 30, 0, Meaning::Plain, u"ORDER NUMBER"sv},
    AiSpec{u"401"sv, 0, 1, 30, 0, Meaning::Plain, u"GINC"sv},
    AiSpec{u"402"sv, 0, 17, 17, kAll, Meaning::Plain, u"GSIN"sv},
    AiSpec{u"403"sv, 0, 1, 30, 0, Meaning::Plain, u"ROUTE"sv},
    AiSpec{u"410"sv, 0, 13, 13, kAll, Meaning::Plain, u"SHIP TO LOC"sv},
    AiSpec{u"411"sv, 0, 13, 13, kAll, Meaning::Plain, u"BILL TO"sv},
    AiSpec{u"412"sv, 0, 13, 13, kAll, Meaning::Plain, u"PURCHASE FROM"sv},
    AiSpec{u"413"sv, 0, 13, 13, kAll, Meaning::Plain, u"SHIP FOR LOC"sv},
    AiSpec{u"414"sv, 0, 13, 13, kAll, Meaning::Plain, u"LOC No."sv},
    AiSpec{u"415"sv, 0, 13, 13, kAll, Meaning::Plain, u"PAY TO"sv},
    AiSpec{u"416"sv, 0, 13, 13, kAll, Meaning::Plain, u"PROD/SERV LOC"sv},
    AiSpec{u"417"sv, 0, 13, 13, kAll, Meaning::Plain, u"PARTY"sv},
    AiSpec{u"420"sv, 0, 1, 20, 0, Meaning::Plain, u"SHIP TO POST"sv},
    AiSpec{u"421"sv, 0, 4, 12, 3, Meaning::Plain, u"SHIP TO POST"sv}, // ISO 3166 N3 + X..9
    AiSpec{u"422"sv, 0, 3, 3, kAll, Meaning::Plain, u"ORIGIN"sv},
    AiSpec{u"7003"sv, 0, 10, 10, kAll, Meaning::DateTime, u"EXPIRY TIME"sv},
    // National Healthcare Reimbursement Numbers.
    AiSpec{u"710"sv, 0, 1, 20, 0, Meaning::Plain, u"NHRN PZN"sv},
    AiSpec{u"711"sv, 0, 1, 20, 0, Meaning::Plain, u"NHRN CIP"sv},
    AiSpec{u"712"sv, 0, 1, 20, 0, Meaning::Plain, u"NHRN CN"sv},
    AiSpec{u"713"sv, 0, 1, 20, 0, Meaning::Plain, u"NHRN DRN"sv},
    AiSpec{u"714"sv, 0, 1, 20, 0, Meaning::Plain, u"NHRN AIM"sv},
    AiSpec{u"715"sv, 0, 1, 20, 0, Meaning::Plain, u"NHRN NDC"sv},
    AiSpec{u"8003"sv, 0, 14, 30, 14, Meaning::Plain, u"GRAI"sv}, // N14 + X..16
    AiSpec{u"8004"sv, 0, 1, 30, 0, Meaning::Plain, u"GIAI"sv},
    AiSpec{u"8006"sv, 0, 18, 18, kAll, Meaning::Plain, u"ITIP"sv},
    AiSpec{u"8008"sv, 0, 8, 12, kAll, Meaning::Plain, u"PROD TIME"sv},
    AiSpec{u"8018"sv, 0, 18, 18, kAll, Meaning::Plain, u"GSRN - RECIPIENT"sv},
    AiSpec{u"8020"sv, 0, 1, 25, 0, Meaning::Plain, u"REF No."sv},
    AiSpec{u"8200"sv, 0, 1, 70, 0, Meaning::Plain, u"PRODUCT URL"sv},
    AiSpec{u"90"sv, 0, 1, 30, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"91"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"92"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"93"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"94"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"95"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"96"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"97"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"98"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
    AiSpec{u"99"sv, 0, 1, 90, 0, Meaning::Plain, u"INTERNAL"sv},
};

// GS1 General Specifications (Release 24.0), §7.8.5, Figure 7.8.5-2 "Element strings with
// predefined length using GS1 Application Identifiers": the AIs whose first two digits are listed
// here have a length (AI included) fixed by those two digits, so no FNC1 ends them. Every other
// field ends with FNC1 (GS) unless it is the last. The table above must agree with it.
struct PredefinedLength
{
    int firstTwoDigits;
    int elementLength;
};
constexpr std::array kPredefinedLengths{
    PredefinedLength{0, 20},  PredefinedLength{1, 16},  PredefinedLength{2, 16},
    PredefinedLength{3, 16},  PredefinedLength{4, 18},  PredefinedLength{11, 8},
    PredefinedLength{12, 8},  PredefinedLength{13, 8},  PredefinedLength{14, 8},
    PredefinedLength{15, 8},  PredefinedLength{16, 8},  PredefinedLength{17, 8},
    PredefinedLength{18, 8},  PredefinedLength{19, 8},  PredefinedLength{20, 4},
    PredefinedLength{31, 10}, PredefinedLength{32, 10}, PredefinedLength{33, 10},
    PredefinedLength{34, 10}, PredefinedLength{35, 10}, PredefinedLength{36, 10},
    PredefinedLength{41, 16},
};

constexpr int firstTwo(std::u16string_view ai)
{
    return (ai[0] - u'0') * 10 + (ai[1] - u'0');
}
constexpr int aiLength(const AiSpec& s)
{
    return static_cast<int>(s.ai.size()) + s.anyDigits;
}

constexpr bool tableIsSortedAndAgreesWithPredefinedLengths()
{
    for (size_t i = 1; i < kAis.size(); ++i)
        if (!(kAis[i - 1].ai < kAis[i].ai))
            return false;
    for (const AiSpec& s : kAis) {
        if (s.minLength < 1 || s.minLength > s.maxLength)
            return false;
        for (const PredefinedLength& p : kPredefinedLengths)
            if (p.firstTwoDigits == firstTwo(s.ai)
                && (s.minLength != s.maxLength || aiLength(s) + s.maxLength != p.elementLength))
                return false;
    }
    return true;
}
static_assert(tableIsSortedAndAgreesWithPredefinedLengths());

/// Rows of kAis by their first two digits: [begin, end) for each of 00–99.
struct Bucket
{
    quint8 begin = 0;
    quint8 end = 0;
};
constexpr std::array<Bucket, 100> kBuckets = [] {
    std::array<Bucket, 100> b{};
    for (size_t i = 0; i < kAis.size(); ++i) {
        Bucket& x = b[static_cast<size_t>(firstTwo(kAis[i].ai))];
        if (x.begin == x.end)
            x.begin = static_cast<quint8>(i);
        x.end = static_cast<quint8>(i + 1);
    }
    return b;
}();

// GS1 General Specifications §7.11, Figure 7.11-1: GS1 AI encodable character set 82.
constexpr std::array<bool, 128> kCharset82 = [] {
    std::array<bool, 128> t{};
    for (char c : std::string_view("!\"%&'()*+,-./:;<=>?_"))
        t[static_cast<size_t>(c)] = true;
    for (char c = '0'; c <= '9'; ++c)
        t[static_cast<size_t>(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c)
        t[static_cast<size_t>(c)] = true;
    for (char c = 'a'; c <= 'z'; ++c)
        t[static_cast<size_t>(c)] = true;
    return t;
}();

bool inCharset82(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 128 && kCharset82[u];
}

struct AiMatch
{
    const AiSpec* spec = nullptr;
    int length = 0; ///< characters of the AI itself
};

/// The AI at the start of `p`: the row with the longest fixed prefix that matches.
AiMatch findAi(const char* p, qsizetype n)
{
    if (n < 2 || !isDigit(p[0]) || !isDigit(p[1]))
        return {};
    const Bucket b = kBuckets[static_cast<size_t>((p[0] - '0') * 10 + (p[1] - '0'))];
    AiMatch best;
    for (int i = b.begin; i < b.end; ++i) {
        const AiSpec& s = kAis[static_cast<size_t>(i)];
        const int len = aiLength(s);
        if (len > n || (best.spec && s.ai.size() <= best.spec->ai.size()))
            continue;
        bool match = true;
        for (int k = 0; k < len && match; ++k)
            match = k < static_cast<int>(s.ai.size())
                        ? p[k] == static_cast<char>(s.ai[static_cast<size_t>(k)])
                        : isDigit(p[k]);
        if (match)
            best = AiMatch{&s, len};
    }
    return best;
}

enum class DateFault
{
    Valid = 1,
    NotDigits,
    Month,
    Day
};
struct DateRead
{
    QDate date;
    DateFault fault = DateFault::NotDigits;
};

DateRead readDate(const char* p, DayZero dayZero)
{
    for (int i = 0; i < 6; ++i)
        if (!isDigit(p[i]))
            return {};
    const int year = 2000 + (p[0] - '0') * 10 + (p[1] - '0');
    const int month = (p[2] - '0') * 10 + (p[3] - '0');
    const int day = (p[4] - '0') * 10 + (p[5] - '0');
    if (month < 1 || month > 12)
        return {QDate(), DateFault::Month};
    const QDate first(year, month, 1);
    if (day == 0)
        return {dayZero == DayZero::LastDayOfMonth ? first.addDays(first.daysInMonth() - 1) : first,
                DateFault::Valid};
    if (day > first.daysInMonth())
        return {QDate(), DateFault::Day};
    return {QDate(year, month, day), DateFault::Valid};
}

QString label(const AiMatch& m, QLatin1StringView ai)
{
    return Tr::tr("AI %1（%2）").arg(ai, fromView(m.spec->title));
}

/// True when `value` ends with what reads as a further dated or GTIN element ("…17260131"):
/// a sign that a separator was dropped before it.
bool tailLooksLikeElement(QLatin1StringView v)
{
    const char* p = v.data();
    const qsizetype n = v.size();
    for (qsizetype k = 1; k + 8 <= n; ++k) {
        if (!isDigit(p[k]) || !isDigit(p[k + 1]))
            continue;
        const int ai = (p[k] - '0') * 10 + (p[k + 1] - '0');
        if (ai >= 11 && ai <= 17 && ai != 14
            && readDate(p + k + 2, DayZero::LastDayOfMonth).fault == DateFault::Valid)
            return true;
        if ((ai == 1 || ai == 2) && k + 16 <= n) {
            const int cd = checkDigitOf(QLatin1StringView(p + k + 2, 13));
            if (cd >= 0 && cd == p[k + 15] - '0')
                return true;
        }
    }
    return false;
}

/// Validates one field and appends it to `r`. Returns the rejection reason, or empty.
QString addElement(Recognition& r, const AiMatch& m, QLatin1StringView ai, QLatin1StringView value,
                   bool unterminated, QByteArrayView substitute)
{
    const AiSpec& s = *m.spec;
    const char* p = value.data();
    const qsizetype n = value.size();
    const qsizetype lead = std::min<qsizetype>(s.numericLead, n);
    for (qsizetype k = 0; k < lead; ++k)
        if (!isDigit(p[k]))
            return Tr::tr("%1应为数字，第 %2 个字符是“%3”")
                .arg(label(m, ai))
                .arg(k + 1)
                .arg(showChar(p[k]));

    Gs1Element e{s.anyDigits == 0 ? fromView(s.ai) : QString(ai), fromView(s.title),
                 QString(value)};
    switch (s.meaning) {
    case Meaning::Gtin: {
        const int expected = checkDigitOf(value.first(13));
        if (expected != p[13] - '0')
            return Tr::tr("%1校验位错误：应为 %2，扫到 %3")
                .arg(label(m, ai))
                .arg(expected)
                .arg(QLatin1Char(p[13]));
        if (s.ai == u"01"sv)
            r.gtin = e.value;
        break;
    }
    case Meaning::Batch: r.batch = e.value; break;
    case Meaning::Serial: r.serial = e.value; break;
    case Meaning::Production:
    case Meaning::Expiry:
    case Meaning::Date:
    case Meaning::DateTime: {
        Result<QDate> d =
            readYymmdd(value.first(6), s.meaning == Meaning::Production ? DayZero::FirstDayOfMonth
                                                                        : DayZero::LastDayOfMonth);
        if (!d)
            return Tr::tr("%1日期无效：%2").arg(label(m, ai), d.error().message);
        if (s.meaning == Meaning::DateTime) {
            const int hour = (p[6] - '0') * 10 + (p[7] - '0');
            const int minute = (p[8] - '0') * 10 + (p[9] - '0');
            if (hour > 23 || minute > 59)
                return Tr::tr("%1时间无效：%2:%3")
                    .arg(label(m, ai), value.sliced(6, 2), value.sliced(8, 2));
        }
        if (s.meaning == Meaning::Expiry)
            r.expiry = *d;
        else if (s.meaning == Meaning::Production)
            r.production = *d;
        break;
    }
    case Meaning::Plain: break;
    }

    // Text beyond the numeric lead: GS1 allows only character set 82.
    qsizetype foreign = -1;
    for (qsizetype k = lead; k < n && foreign < 0; ++k)
        if (!inCharset82(p[k]))
            foreign = k;
    if (unterminated && s.minLength != s.maxLength
        && (foreign >= 0 || tailLooksLikeElement(value))) {
        QString w =
            Tr::tr(
                "%1之后没有 GS 分隔符，无法确定该字段在哪里结束：读到的是“%2”，其中可能连着下一个字段")
                .arg(label(m, ai), e.value);
        if (foreign >= 0 && substitute.isEmpty())
            w +=
                Tr::tr("；若扫码枪以“%1”代替 GS，请把它配置为 GS 替代符").arg(showChar(p[foreign]));
        r.warnings << w;
    } else if (foreign >= 0) {
        r.warnings
            << Tr::tr("%1含有 GS1 字符集之外的字符“%2”").arg(label(m, ai), showChar(p[foreign]));
    }

    for (const Gs1Element& old : std::as_const(r.elements)) {
        if (old.ai != e.ai)
            continue;
        if (old.value != e.value)
            return Tr::tr("%1出现两次且值不同：“%2”与“%3”").arg(label(m, ai), old.value, e.value);
        return {}; // a repeat with the same value adds nothing
    }
    r.elements.append(std::move(e));
    return {};
}

QString lengthError(const AiMatch& m, QLatin1StringView ai, qsizetype length,
                    bool maybeMissingSeparator)
{
    const AiSpec& s = *m.spec;
    if (length == 0)
        return Tr::tr("%1没有数据").arg(label(m, ai));
    if (s.minLength == s.maxLength)
        return Tr::tr("%1应有 %2 个字符，实有 %3 个")
            .arg(label(m, ai))
            .arg(s.maxLength)
            .arg(length);
    if (length < s.minLength)
        return Tr::tr("%1至少应有 %2 个字符，实有 %3 个")
            .arg(label(m, ai))
            .arg(s.minLength)
            .arg(length);
    QString e =
        Tr::tr("%1长 %2 个字符，超过上限 %3").arg(label(m, ai)).arg(length).arg(s.maxLength);
    if (maybeMissingSeparator)
        e += Tr::tr("（若后面还有字段，可能是扫码枪丢了 GS 分隔符）");
    return e;
}

QString unknownAi(QLatin1StringView rest)
{
    return Tr::tr("未知的 GS1 应用标识符（AI）：数据从“%1”起")
        .arg(QString(rest.first(std::min<qsizetype>(rest.size(), 8))));
}

} // namespace

QString showChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u > 0x20 && u < 0x7f)
        return QString(QLatin1Char(c));
    return QStringLiteral("0x") + QString::number(u, 16).rightJustified(2, u'0').toUpper();
}

bool allDigits(QLatin1StringView s)
{
    for (char c : s)
        if (!isDigit(c))
            return false;
    return !s.isEmpty();
}

Result<QDate> readYymmdd(QLatin1StringView six, DayZero dayZero)
{
    if (six.size() != 6)
        return makeError(ErrorCode::InvalidInput, Tr::tr("日期应为 6 位数字 YYMMDD"));
    const DateRead d = readDate(six.data(), dayZero);
    switch (d.fault) {
    case DateFault::Valid: return d.date;
    case DateFault::NotDigits:
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("“%1”不是 6 位数字 YYMMDD").arg(QString(six)));
    case DateFault::Month:
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("“%1”的月份 %2 无效").arg(QString(six), QString(six.sliced(2, 2))));
    case DateFault::Day: break;
    }
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("“%1”：20%2 年 %3 月没有 %4 日")
                         .arg(QString(six), QString(six.first(2)), QString(six.sliced(2, 2)),
                              QString(six.sliced(4, 2))));
}

QString parseGs1(QLatin1StringView data, QByteArrayView substitute, Recognition& r)
{
    const char* p = data.data();
    const qsizetype n = data.size();
    const auto separatorAt = [&](qsizetype at) -> qsizetype {
        if (p[at] == kGs)
            return 1;
        if (!substitute.isEmpty() && n - at >= substitute.size()
            && std::memcmp(p + at, substitute.data(), static_cast<size_t>(substitute.size())) == 0)
            return substitute.size();
        return 0;
    };
    qsizetype i = 0;
    while (i < n) {
        if (const qsizetype sep = separatorAt(i)) { // FNC1 in first position, or a spare one
            i += sep;
            continue;
        }
        const AiMatch m = findAi(p + i, n - i);
        if (!m.spec)
            return unknownAi(data.sliced(i));
        const QLatin1StringView ai(p + i, m.length);
        i += m.length;
        qsizetype len = 0;
        const qsizetype limit = m.spec->minLength == m.spec->maxLength ? m.spec->maxLength : n;
        while (i + len < n && len < limit && !separatorAt(i + len))
            ++len;
        const bool unterminated = i + len == n;
        if (len < m.spec->minLength || len > m.spec->maxLength)
            return lengthError(m, ai, len, unterminated);
        if (QString e =
                addElement(r, m, ai, QLatin1StringView(p + i, len), unterminated, substitute);
            !e.isEmpty())
            return e;
        i += len;
    }
    if (r.elements.isEmpty())
        return Tr::tr("GS1 数据为空");
    return {};
}

QString parseGs1Bracketed(QLatin1StringView data, Recognition& r)
{
    const char* p = data.data();
    const qsizetype n = data.size();
    // "(" + 2–4 digits + ")" at `at`: the AI's length, else 0.
    const auto aiAt = [&](qsizetype at) -> qsizetype {
        if (p[at] != '(')
            return 0;
        qsizetype k = 0;
        while (at + 1 + k < n && k < 4 && isDigit(p[at + 1 + k]))
            ++k;
        return k >= 2 && at + 1 + k < n && p[at + 1 + k] == ')' ? k : 0;
    };
    qsizetype i = 0;
    while (i < n) {
        const qsizetype aiLen = aiAt(i);
        if (aiLen == 0)
            return Tr::tr("括号形式的 GS1 数据应为“(AI)数据”，第 %1 个字符起是“%2”")
                .arg(i + 1)
                .arg(QString(data.sliced(i).first(std::min<qsizetype>(n - i, 8))));
        const QLatin1StringView ai(p + i + 1, aiLen);
        const AiMatch m = findAi(ai.data(), aiLen);
        if (!m.spec || m.length != aiLen)
            return Tr::tr("未知的 GS1 应用标识符（AI）：(%1)").arg(ai);
        i += aiLen + 2;
        qsizetype len = 0;
        while (i + len < n && aiAt(i + len) == 0)
            ++len;
        if (len < m.spec->minLength || len > m.spec->maxLength)
            return lengthError(m, ai, len, false);
        if (QString e = addElement(r, m, ai, QLatin1StringView(p + i, len), false, {});
            !e.isEmpty())
            return e;
        i += len;
    }
    if (r.elements.isEmpty())
        return Tr::tr("GS1 数据为空");
    return {};
}

} // namespace pos::codes::detail
