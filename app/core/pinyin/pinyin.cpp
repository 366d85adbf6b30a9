#include "app/core/pinyin/pinyin.h"

#include "pinyin_table.h" // generated at build time from Debian's unicode-data

namespace pos {

namespace {

/// Drug-name readings that differ from the most customary one (phrase first, then character).
struct Override
{
    const char16_t* phrase;
    const char* initials;
};
constexpr Override kPhrases[] = {
    {u"枸橼", "jy"},                  // 枸橼酸… jǔyuán (citrate), not gǒu
    {u"茜草", "qc"}, {u"厚朴", "hp"}, // hòupò
    {u"大黄", "dh"}, {u"藏青果", "zqg"},
    {u"白术", "bz"}, // 术 zhú in herb names (kMandarin lists shù)
    {u"苍术", "cz"}, {u"莪术", "ez"},
};
constexpr Override kChars[] = {
    {u"参", "s"}, // 人参 党参 丹参 参松: shēn in drug names (kMandarin lists cān)
    {u"咳", "k"}, // 止咳 咳喘: ké (kMandarin lists hāi)
    {u"炔", "q"}, // 炔诺酮: quē (kMandarin lists guì)
    {u"豉", "c"}, // 淡豆豉: chǐ
    {u"芎", "x"}, // 川芎: xiōng (kMandarin lists qiōng)
    {u"调", "t"}, // 调经 茶调散: tiáo (kMandarin lists diào)
    {u"地", "d"}, {u"苷", "g"}, {u"嗪", "q"}, {u"噻", "s"}, {u"唑", "z"},
    {u"咪", "m"}, {u"吡", "b"}, {u"呋", "f"}, {u"哌", "p"}, {u"嘧", "m"},
};

} // namespace

QString pinyinInitials(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool matched = false;
        for (const Override& o : kPhrases) {
            const QStringView phrase(o.phrase);
            if (QStringView(text).mid(i).startsWith(phrase)) {
                out += QLatin1String(o.initials);
                i += phrase.size() - 1;
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        const QChar c = text.at(i);
        for (const Override& o : kChars) {
            if (c == QChar(o.phrase[0])) {
                out += QLatin1String(o.initials);
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        const char16_t u = c.unicode();
        if (u >= pinyin_data::kFirst && u <= pinyin_data::kLast) {
            const char letter = pinyin_data::kInitials[u - pinyin_data::kFirst];
            if (letter != '-')
                out += QLatin1Char(letter);
        } else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
            out += c.toLower();
        } else if (u >= 0xFF21 && u <= 0xFF3A) {
            out += QChar(u - 0xFF21 + u'a'); // full-width Latin capitals
        } else if (u >= 0xFF41 && u <= 0xFF5A) {
            out += QChar(u - 0xFF41 + u'a');
        }
    }
    return out;
}

} // namespace pos
