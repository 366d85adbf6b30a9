#pragma once

// "A copy of the data directory without the key reveals no personal data": the check. Greps
// every file under the given roots for known plain values — as UTF-8, UTF-16LE, GB18030, hex
// (lower and upper case, as the scan journal stores payloads) and base64 (at each of the three
// alignments) — and reports every hit. For the lead's end-to-end test: seed known ID numbers and
// names, run every flow, then scan the data directory, the logs and the temporary directory.

#include <QList>
#include <QString>
#include <QStringList>

namespace pos::testsupport {

struct PlainHit
{
    QString file;
    QString value;
    QString encoding; ///< "utf-8", "utf-16le", "gb18030", "hex", "HEX", "base64"
    qint64 offset = 0;
};

/// Every occurrence of each value in each regular file under `roots` (files and directories;
/// symbolic links are not followed). Values shorter than 4 bytes in UTF-8 are refused (they would
/// match by chance); so are empty roots that do not exist (a typo must not pass as "clean").
[[nodiscard]] QList<PlainHit> findPlainValues(const QStringList& roots, const QStringList& values,
                                              QString* error = nullptr);

/// "file: encoding value at offset", one per hit, for a test's failure message.
[[nodiscard]] QString describe(const QList<PlainHit>& hits);

} // namespace pos::testsupport
