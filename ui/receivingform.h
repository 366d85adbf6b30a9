#pragma once

#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/receivingdraft.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace pos::ui {

/// 购进验收 by hand: one supplier delivery — supplier, purchase date, and its lines. For each line
/// the manager scans (or searches) the product, keys in batch, dates, quantity and price (the
/// rest comes from the product master), and scans each box's 20-digit traceability code; the box
/// count follows the codes. Submitting (F10) checks the whole delivery first (a dry run of
/// InventoryService::receive: a missing INV-FIELDS field is named, line by line; near-expiry
/// batches are shown and must be confirmed with a second F10), then posts it in one transaction.
/// The scanning rules live in ReceivingDraft.
class ReceivingForm final : public QWidget
{
    Q_OBJECT
public:
    ReceivingForm(InventoryService& service, const ProductCatalog& catalog,
                  const InventoryRepository& inventory, const QDate& today,
                  QWidget* parent = nullptr);

    /// A scan on this screen (from the scanner port, or typed into the product field).
    bool takeScan(const codes::Recognition& recognition);
    /// Picks the product for the line being keyed in by one of its codes, or by search text when
    /// exactly one product matches (otherwise the matches are listed to choose from).
    bool pickProduct(const QString& text);
    /// Adds the line being keyed in to the delivery (Ctrl+Enter).
    bool addLine();
    /// Checks, then posts the delivery. Returns true when it was received.
    bool submit();

    [[nodiscard]] QTableWidget* linesTable() const { return m_lines; }
    [[nodiscard]] QListWidget* codesList() const { return m_codes; }
    [[nodiscard]] QString reportText() const;

Q_SIGNALS:
    /// A delivery was posted (the stock screen refreshes).
    void received(const QString& docNo);

private:
    void showCurrent(const QString& message);
    void showLines(const QList<LineReport>& verdicts = {});
    void say(const QString& text, bool error);
    [[nodiscard]] QLineEdit* lineEdit(const char* name) const;

    InventoryService& m_service;
    const ProductCatalog& m_catalog;
    ReceivingDraft m_draft;
    QLineEdit* m_supplier = nullptr;
    QDateEdit* m_purchaseDate = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_product = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_productInfo = nullptr;
    QSpinBox* m_boxes = nullptr;
    QListWidget* m_codes = nullptr;
    QTableWidget* m_lines = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QList<Product> m_matchProducts;
    /// The delivery whose near-expiry warnings were shown: a second submit of it posts.
    QByteArray m_confirmedDigest;
};

} // namespace pos::ui
