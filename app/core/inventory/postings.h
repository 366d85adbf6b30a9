#pragma once

#include "app/core/inventory/inventory.h"
#include "app/core/inventory/stocktake.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/result.h"
#include "app/core/sale.h"

#include <QList>
#include <QString>

/// What each ledger document posts (INV-LEDGER, INV-TRACE, INV-EXPIRY, DATA-UPLOAD, RX-SINGLE),
/// decided here and handed to a LedgerTransaction to write: the rows, the movements, each box's
/// code, and the platform records (3501–3506) queued with them. Every function reads the store
/// through the same transaction, so what it decides on stays true until the caller commits; the
/// caller appends the audit entry to the same transaction and commits. A refusal leaves the
/// transaction to be rolled back. Used by the services (receiving, adjustments, stocktake, the
/// sale, returns) and by the demo seeding. Thread: the transaction's.
namespace pos {

class LedgerTransaction;
class ProductCatalog;

namespace postings {

/// 购进验收 of checked lines: each line's batch (the same batch number of the same product is one
/// batch, and its expiry must agree — INV-FIELDS), the document and its lines, each box's code
/// received once (INV-TRACE), the purchase movements and one 3503 per line. Returns the document
/// number (GJ-yyyyMMdd-NNNN).
[[nodiscard]] Result<QString> purchase(LedgerTransaction& tx, const PurchaseDocument& doc,
                                       const QList<ResolvedPurchaseLine>& lines);

/// An out-of-band change (loss, destruction, transfer, purchase return) of `pieces` (positive) on
/// one batch: never below zero (INV-LEDGER), queued as 3502 (3504 for a purchase return).
/// Returns the document number (BS-yyyyMMdd-NNNN).
[[nodiscard]] Result<QString> adjustment(LedgerTransaction& tx, const ProductCatalog& catalog,
                                         qint64 batchId, MovementKind kind, qint64 pieces,
                                         const QString& reason);

/// 盘点审核: every counted batch's 3501, each difference from the balance now posted as a
/// stocktake gain or loss with its 3502, and the sheet closed. Refused while a line is uncounted
/// or when the sheet was approved before.
[[nodiscard]] Result<StocktakeResult> stocktake(LedgerTransaction& tx,
                                                const ProductCatalog& catalog, qint64 sheetId,
                                                const QString& reason);

/// A paid sale: its number (XS-terminal-yyyyMMdd-NNNN), its rows, the boxes whose codes were
/// scanned out of their own batches and the rest first-expiry-first-out (INV-EXPIRY, INV-AVAIL),
/// every code sold once (INV-TRACE), a prescription used once (RX-SINGLE), one 3505 per batch a
/// line took. Returns the sale as recorded (id and number set).
[[nodiscard]] Result<CompletedSale> sale(LedgerTransaction& tx, const CompletedSale& sale);

/// 销售退货 of a whole sale: the stock back to the very batches it left, each box's code back in
/// stock, a 3506 for every 3505 the sale queued. A sale is returned once. Returns the return
/// number (TH-terminal-yyyyMMdd-NNNN).
[[nodiscard]] Result<QString> saleReturn(LedgerTransaction& tx, const QString& saleNo,
                                         const QString& reason);

} // namespace postings
} // namespace pos
