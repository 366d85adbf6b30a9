#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace pos {
class ProductCatalog;
class SaleWorkflow;
} // namespace pos

namespace pos::ui {

/// F3 at the counter: find a product without its barcode — by 拼音简码 ("amxl"), name, code or
/// GTIN — filtering as the cashier types; ↑/↓ choose, Enter adds one pack to the sale (through
/// the same core path as a scan).
class ProductSearchDialog final : public QDialog
{
    Q_OBJECT
public:
    ProductSearchDialog(const ProductCatalog& catalog, SaleWorkflow& sale,
                        QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* queryEdit() const { return m_query; }
    [[nodiscard]] QListWidget* results() const { return m_results; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void addSelected();

    const ProductCatalog& m_catalog;
    SaleWorkflow& m_sale;
    QLineEdit* m_query = nullptr;
    QListWidget* m_results = nullptr;
};

} // namespace pos::ui
