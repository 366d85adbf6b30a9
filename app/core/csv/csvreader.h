#pragma once

#include "app/core/result.h"
#include "app/core/text/textencoding.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace pos {

/// What an imported table — a supplier's delivery note (CSV or XLSX) or a counted stocktake sheet
/// — may hold. The numbers live here and nowhere else; the XLSX reader applies the same ones.
/// A file beyond any of them is refused with a message naming the limit, before it costs more
/// than the limit in memory.
struct ImportLimits
{
    /// 20 MiB. A delivery note is tens of kilobytes; 50,000 lines with every field filled and a
    /// trace code per line stay under 15 MB. Checked before reading when the size is known (a
    /// 150 MB file is refused at once), and while reading when it is not (a pipe, /dev/zero).
    static constexpr qint64 kMaxFileBytes = 20LL * 1024 * 1024;
    /// 50,000 lines (the header and blank lines count). A retail pharmacy's delivery has tens to a
    /// few hundred; a whole store's opening stock (5,000 products, a few batches each) still fits.
    static constexpr int kMaxRows = 50'000;
    /// 65,536 characters in one cell: the trace codes of 3,000 boxes of one batch (20 digits and
    /// a separator each). A quote that never closes runs into this limit and is named.
    static constexpr int kMaxFieldChars = 64 * 1024;
    /// 256 columns. A delivery note has 16; a line of 26 million commas stops at the 257th.
    static constexpr int kMaxColumns = 256;

    qint64 maxFileBytes = kMaxFileBytes;
    int maxRows = kMaxRows;
    int maxFieldChars = kMaxFieldChars;
    int maxColumns = kMaxColumns;
};

/// A CSV file's rows of cells, and how its bytes were read.
struct CsvTable
{
    QList<QStringList> rows;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = u','; ///< a tab for Excel's "Unicode 文本" (UTF-16, tab-separated)
};

/// Reads RFC 4180 CSV from `in` as it arrives — a file, a pipe or a buffer — holding one chunk of
/// bytes at a time, never the whole file: a first pass decides the encoding (EncodingSniffer:
/// UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM), a second decodes and splits it into
/// rows. A device that cannot seek back (a pipe) is kept in memory for the second pass, which the
/// size limit bounds. Quoted fields may hold commas, quotes ("") and line breaks; lines end with
/// LF, CRLF or CR; the delimiter is a comma, or a tab when the first line has tabs and no comma.
/// `what` names the file in messages ("到货单 note.csv"). Errors: InvalidInput naming the limit,
/// the encoding problem (line, byte) or the unclosed quote; NotFound/StorageFailure for I/O.
[[nodiscard]] Result<CsvTable> readCsv(QIODevice& in, const QString& what,
                                       const ImportLimits& limits = {});
/// The same for a file by path; a missing file, a directory or an unreadable one is named.
[[nodiscard]] Result<CsvTable> readCsvFile(const QString& path, const QString& what,
                                           const ImportLimits& limits = {});

/// Convenience for text already in memory (tests): readCsv() over the bytes, no rows when it
/// refuses. Files go through readCsvFile(), which says why.
[[nodiscard]] QList<QStringList> parseCsv(const QByteArray& data);

} // namespace pos
