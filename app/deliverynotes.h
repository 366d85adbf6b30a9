#pragma once

#include "app/core/inventory/purchaseimport.h"
#include "app/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pos::app {

/// A supplier's delivery note as rows of cells, and how it was read: a spreadsheet (a ZIP or OLE
/// file, or one named .xlsx/.xls) through the XLSX reader, which names what it cannot read (an
/// .xls, a corrupt file); anything else as CSV through readCsv() — UTF-8 or GB18030/GBK (what
/// Chinese Excel and WPS save), read as it streams in, within ImportLimits. Used by
/// `inventory import-purchases` and the manager's screen.
[[nodiscard]] Result<DeliveryNote> readDeliveryNote(const QString& file);
/// The rows alone (for callers that print no format line).
[[nodiscard]] Result<QList<QStringList>> readDeliveryRows(const QString& file);

} // namespace pos::app
