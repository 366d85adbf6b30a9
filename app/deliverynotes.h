#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pos::app {

/// A supplier's delivery note as rows of cells: a spreadsheet (a ZIP or OLE file, or one named
/// .xlsx/.xls) through the XLSX reader, which names what it cannot read (an .xls, a corrupt file);
/// anything else as CSV (UTF-8). Used by `inventory import-purchases` and the manager's screen.
[[nodiscard]] Result<QList<QStringList>> readDeliveryRows(const QString& file);

} // namespace pos::app
