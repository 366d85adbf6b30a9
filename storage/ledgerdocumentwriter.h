#pragma once

#include "app/core/inventory/ledgerreport.h"

namespace pos::storage {

/// The 进销存 ledger as XLSX (libxlsxwriter) and PDF (Qt's PDF writer, A4 landscape, CJK font,
/// repeated header on every page), with the same columns, totals and reconciliation footer as
/// the CSV. PDF rendering needs a QGuiApplication (offscreen is fine).
class LedgerDocumentWriterImpl final : public LedgerDocumentWriter
{
public:
    [[nodiscard]] Status write(const QList<LedgerRow>& rows, const LedgerHeader& header,
                               ExportFormat format, const QString& path,
                               const ExportProgress& progress = {}) override;

private:
    [[nodiscard]] static Status writeXlsx(const QList<LedgerRow>& rows, const LedgerHeader& header,
                                          const QString& path, const ExportProgress& progress);
    [[nodiscard]] static Status writePdf(const QList<LedgerRow>& rows, const LedgerHeader& header,
                                         const QString& path, const ExportProgress& progress);
};

} // namespace pos::storage
