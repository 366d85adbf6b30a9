#include "app/deliverynotes.h"

#include "app/core/inventory/purchaseimport.h"
#include "storage/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>

namespace pos::app {

namespace {
/// Translation context "DeliveryNotes" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryNotes)
};
} // namespace

Result<QList<QStringList>> readDeliveryRows(const QString& file)
{
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取到货单 %1").arg(file));
    const QByteArray head = f.peek(4);
    const bool spreadsheet = head == "PK\x03\x04" || head == "\xD0\xCF\x11\xE0"
                             || file.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                             || file.endsWith(QStringLiteral(".xls"), Qt::CaseInsensitive);
    if (spreadsheet)
        return storage::XlsxReader().firstSheet(file);
    return parseCsv(f.readAll());
}

} // namespace pos::app
