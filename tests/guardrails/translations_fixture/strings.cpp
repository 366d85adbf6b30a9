// Fixture for translations_check_detects_problems (read by lupdate, never compiled): stale_en.ts
// lacks one of these strings, has one unfinished, and one has a context lupdate cannot see.
#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fixture)
};
struct OtherTr
{
    Q_DECLARE_TR_FUNCTIONS(Fixture)
};
using Aliased = OtherTr;
} // namespace

QString fixtureStrings()
{
    return Tr::tr("已翻译") + Tr::tr("未翻译") + Tr::tr("新字符串") + Aliased::tr("无上下文");
}
