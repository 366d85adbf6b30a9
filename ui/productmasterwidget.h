#pragma once

#include "app/core/inventory/productservice.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace pos::codes {
struct Recognition;
}

namespace pos::ui {

/// 商品档案 for the store manager: a list searched as one types (name, code, GTIN, 拼音简码) that
/// shows every product-master field, and a form to add a product (Ctrl+N) or edit the one chosen,
/// saved with Ctrl+S. The form only gathers what was typed: ProductService checks the role, each
/// field, PRICE-CEILING, and audits the price changes; a refusal marks the fields it names.
class ProductMasterWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ProductMasterWidget(ProductService& products, QWidget* parent = nullptr);

    /// Fills the list for `text` (empty: the first products).
    void search(const QString& text);
    /// Shows the product of list row `row` in the form, for editing.
    void editRow(int row);
    /// Clears the form for a new product.
    void newProduct();
    /// Adds or updates the product in the form. True when it was saved.
    bool save();
    /// A scan on this screen: finds the product by its code, or — for a new product — fills its
    /// GTIN, 本位码 or trace-code prefix.
    void takeScan(const codes::Recognition& recognition);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QString messageText() const;
    /// The form's editor of `field` (to drive the form in tests, or to focus it).
    [[nodiscard]] QWidget* editor(ProductField field) const { return m_editors.value(field); }
    /// The fields the last refusal marked.
    [[nodiscard]] QList<ProductField> markedFields() const { return m_marked; }

private:
    void showProduct(const Product& product);
    /// The product as typed; nullopt (and the bad fields marked) when a number cannot be read.
    [[nodiscard]] std::optional<Product> gathered();
    void mark(const QList<FieldProblem>& problems);
    void say(const QString& text, bool error);

    ProductService& m_products;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QHash<ProductField, QWidget*> m_editors;
    QCheckBox* m_pediatric = nullptr;
    QCheckBox* m_ephedrine = nullptr;
    QList<Product> m_shown;
    QList<ProductField> m_marked;
    Product m_editing; ///< the product on the form as it was shown; id 0: a new product
};

} // namespace pos::ui
