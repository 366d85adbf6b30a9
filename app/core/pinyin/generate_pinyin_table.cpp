// Build-time tool: reads Unihan_Readings.txt (Debian's unicode-data, decompressed by the build)
// and writes a C++ header with the pinyin initial of every CJK ideograph in U+3400..U+9FFF, from
// its first (most customary) kMandarin reading. Plain C++: it runs before anything else is built.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

namespace {
constexpr unsigned kFirst = 0x3400;
constexpr unsigned kLast = 0x9FFF;

/// The ASCII initial of a pinyin syllable written with tone marks ("zhōng" → 'z', "ā" → 'a').
char initialOf(const std::string& reading)
{
    if (reading.empty())
        return '-';
    const unsigned char c = static_cast<unsigned char>(reading[0]);
    if (c >= 'a' && c <= 'z')
        return static_cast<char>(c);
    // A syllable starting with a toned vowel: ā á ǎ à ē é ě è ō ó ǒ ò (UTF-8, two bytes).
    static const struct
    {
        const char* utf8;
        char letter;
    } vowels[] = {
        {"\xC4\x81", 'a'}, {"\xC3\xA1", 'a'}, {"\xC7\x8E", 'a'}, {"\xC3\xA0", 'a'},
        {"\xC4\x93", 'e'}, {"\xC3\xA9", 'e'}, {"\xC4\x9B", 'e'}, {"\xC3\xA8", 'e'},
        {"\xC5\x8D", 'o'}, {"\xC3\xB3", 'o'}, {"\xC7\x92", 'o'}, {"\xC3\xB2", 'o'},
    };
    for (const auto& v : vowels)
        if (reading.compare(0, 2, v.utf8) == 0)
            return v.letter;
    return '-';
}
} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: generate_pinyin_table Unihan_Readings.txt out.h\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "cannot read " << argv[1] << "\n";
        return 1;
    }
    std::string table(kLast - kFirst + 1, '-');
    std::string line;
    unsigned count = 0;
    while (std::getline(in, line)) {
        // U+963F<TAB>kMandarin<TAB>ā ē
        const auto t1 = line.find('\t');
        if (line.rfind("U+", 0) != 0 || t1 == std::string::npos)
            continue;
        const auto t2 = line.find('\t', t1 + 1);
        if (t2 == std::string::npos || line.compare(t1 + 1, t2 - t1 - 1, "kMandarin") != 0)
            continue;
        const unsigned cp = static_cast<unsigned>(std::stoul(line.substr(2, t1 - 2), nullptr, 16));
        if (cp < kFirst || cp > kLast)
            continue;
        std::string reading = line.substr(t2 + 1);
        const auto space = reading.find(' ');
        if (space != std::string::npos)
            reading.resize(space);
        table[cp - kFirst] = initialOf(reading);
        ++count;
    }
    std::ofstream out(argv[2]);
    out << "// Generated from Unihan_Readings.txt (kMandarin) by generate_pinyin_table. Do not edit.\n"
        << "#pragma once\n\nnamespace pos::pinyin_data {\n"
        << "inline constexpr char16_t kFirst = 0x" << std::hex << kFirst << ";\n"
        << "inline constexpr char16_t kLast = 0x" << kLast << std::dec << ";\n"
        << "/// One letter per code point from kFirst: the pinyin initial, or '-' when unknown.\n"
        << "inline constexpr const char kInitials[] =\n";
    for (std::size_t i = 0; i < table.size(); i += 100)
        out << "    \"" << table.substr(i, 100) << "\"\n";
    out << ";\n} // namespace pos::pinyin_data\n";
    std::cerr << "pinyin table: " << count << " readings\n";
    return out ? 0 : 1;
}
