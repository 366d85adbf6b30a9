#pragma once

#include <QString>

namespace pos {

/// 拼音简码: the lower-case pinyin initials of the Chinese characters in `text` (Unihan kMandarin,
/// most customary reading, with the readings pharmacies use for polyphonic characters in drug
/// names: 参 shēn, 枸橼 jǔyuán…). Latin letters are kept (lower-cased); digits, punctuation and
/// spaces are dropped. "阿莫西林胶囊" → "amxljn", "维生素C片" → "wsscp".
[[nodiscard]] QString pinyinInitials(const QString& text);

} // namespace pos
