#include "app/deliverynotes.h"

#include "storage/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pos::app {

namespace {
/// Translation context "DeliveryNotes" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryNotes)
};
} // namespace

Result<DeliveryNote> readDeliveryNote(const QString& file)
{
    const QString what = Tr::tr("到货单 %1").arg(file);
    QFile f(file);
    if (file.isEmpty() || !QFileInfo::exists(file))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取到货单 %1：文件不存在").arg(file));
    if (QFileInfo(file).isDir())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("无法读取到货单 %1：这是目录，不是文件").arg(file));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("无法读取到货单 %1：%2").arg(file, f.errorString()));
    const QByteArray head = f.peek(4);
    const bool spreadsheet = head == "PK\x03\x04" || head == "\xD0\xCF\x11\xE0"
                             || file.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                             || file.endsWith(QStringLiteral(".xls"), Qt::CaseInsensitive);
    if (spreadsheet) {
        f.close();
        Result<QList<QStringList>> rows = storage::XlsxReader().firstSheet(file);
        if (!rows)
            return rows.error();
        return DeliveryNote{std::move(rows).value(), Tr::tr("XLSX，第一个工作表")};
    }
    Result<CsvTable> table = readCsv(f, what);
    if (!table)
        return table.error();
    const QString format = csvFormatName(*table);
    return DeliveryNote{std::move(table->rows), format};
}

Result<QList<QStringList>> readDeliveryRows(const QString& file)
{
    Result<DeliveryNote> note = readDeliveryNote(file);
    if (!note)
        return note.error();
    return std::move(note->rows);
}

} // namespace pos::app
