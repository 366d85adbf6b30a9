#pragma once

#include "app/core/csv/csvreader.h"
#include "app/core/inventory/inventory.h"
#include "app/core/inventory/inventoryservice.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pos {

/// A supplier's delivery note as a table of rows, one row per batch line: a CSV file through
/// readCsv() or a spreadsheet's first sheet (the composition root reads XLSX). The headers are the
/// first row naming 供货单位, 购进日期 and 商品编码 (a title above them is skipped); Chinese, as
/// suppliers write them, or the English keys:
///   供货单位 supplier, 购进日期 purchase_date, 商品编码 product_code, 通用名称 generic_name,
///   生产厂商 manufacturer (产地), 剂型 dosage_form, 规格 spec, 批号 batch_no, 生产日期
///   production_date, 有效期 expiry_date, 批准文号 approval_no, 医保药品编码 insurance_code,
///   数量 boxes, 价格 price, 追溯码 trace_codes (separated by ; or spaces)
/// One file is one delivery: every row names the same supplier and date. Rows that cannot be read
/// (bad dates, numbers) are reported by their line: row i of the table is line i + 1, the CSV's
/// line or the spreadsheet's row number. Blank rows are skipped.
struct PurchaseImport
{
    PurchaseDocument document;
    QList<LineReport>
        problems;         ///< line numbers are the file's (a header in the first row is line 1)
    QList<int> fileLines; ///< file line of each document line
};
[[nodiscard]] Result<PurchaseImport> purchaseFromRows(const QList<QStringList>& rows,
                                                      const QString& source);

/// The outcome of importing one delivery note: a verdict per file line, and the document number
/// when (and only when) every row was received.
struct DeliveryImportReport
{
    bool received = false;
    QString docNo;
    QStringList lines; ///< "第 2 行：通过", "第 3 行：拒收：INV-FIELDS: …", then the conclusion
};

/// A delivery note's rows as read from its file, and how they were read — named first in the
/// import report, so a GBK file read as GB18030 says so.
struct DeliveryNote
{
    QList<QStringList> rows;
    QString format; ///< "CSV，编码 UTF-8", "CSV，编码 GB18030（GBK）", "XLSX，第一个工作表"
};
/// How a CSV table was read, as DeliveryNote::format says it.
[[nodiscard]] QString csvFormatName(const CsvTable& table);

/// Reads and receives a delivery note through `service` (which checks the role and every rule):
/// unreadable rows and refused rows alike leave the whole note unreceived. The same rows give the
/// same report whichever file format they came from.
[[nodiscard]] DeliveryImportReport
importDelivery(InventoryService& service, const QList<QStringList>& rows, const QString& source);
/// The same for a note read from its file: the report's first line names the format and encoding
/// ("读取：CSV，编码 GB18030（GBK），共 12 行").
[[nodiscard]] DeliveryImportReport importDelivery(InventoryService& service,
                                                  const DeliveryNote& note, const QString& source);
/// The same for a CSV file's bytes (read with readCsv(): limits, encodings); a file that cannot be
/// read is a report of one line saying why.
[[nodiscard]] DeliveryImportReport importDelivery(InventoryService& service, const QByteArray& csv,
                                                  const QString& source);

} // namespace pos
