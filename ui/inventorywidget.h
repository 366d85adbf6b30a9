#pragma once

#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/ledgerreport.h"
#include "app/core/inventory/purchaseimport.h"
#include "app/core/result.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace pos {
class Clock;
class InventoryRepository;
class InventoryService;
class ProductService;
struct ScanEvent;
struct StoreProfile;
} // namespace pos

namespace pos::ui {

class ProductMasterWidget;
class ReceivingForm;
class StockTableModel;

/// The store manager's inventory screen: stock by batch with expiry colouring (expired red, near
/// expiry amber), the product master (商品档案), receiving a delivery by hand or from a supplier's
/// CSV note with a verdict per row, stocktake, the ledger and journal exports (with progress and
/// cancel) and the upload queue. Every action goes through the core, which checks the role.
/// Scans reach it through takeScan() (MainWindow connects the counter's recognised scans).
/// Nothing is read from the store until the screen is first shown (or refresh() is called); the
/// stock table then reads its batches a page at a time as it scrolls (StockTableModel), and the
/// counts above it come from counts per expiry day, not from every batch.
class InventoryWidget final : public QWidget
{
    Q_OBJECT
public:
    InventoryWidget(InventoryService& service, ProductService& products,
                    const InventoryRepository& inventory, const Clock& clock, QString storeName,
                    QWidget* parent = nullptr);

    /// Reads delivery notes the screen cannot read itself (XLSX): the import then offers them too.
    using DeliveryReader = std::function<Result<QList<QStringList>>(const QString& path)>;
    void setDeliveryReader(DeliveryReader reader) { m_deliveryReader = std::move(reader); }
    /// The same, saying how the note was read (format, encoding), which the report then names
    /// first; preferred over setDeliveryReader() when both are set.
    using DeliveryNoteReader = std::function<Result<DeliveryNote>(const QString& path)>;
    void setDeliveryNoteReader(DeliveryNoteReader reader)
    {
        m_deliveryNoteReader = std::move(reader);
    }
    /// A scan as the counter recognised it (SaleWorkflow::scanRecognised: every scanner, read
    /// with the store's options), for the tab on show: 商品档案 finds or fills a product, 购进验收
    /// picks the line's product or adds a box's trace code, 盘点 counts a box. Ignored while hidden.
    void takeScan(const pos::ScanEvent& event, const pos::codes::Recognition& recognition);
    enum class Tab
    {
        Stock = 0,
        Products,
        Receiving,
        Stocktake,
        Exports
    };
    void showTab(Tab tab);

    /// Reads the stock's first page, its counts and the upload queue's state again.
    void refresh();
    /// Receives the delivery note in `path`; the report shows each row's verdict. Returns true
    /// when it was received.
    bool importDelivery(const QString& path);
    /// Writes the ledger for the chosen period, in the chosen format, to `path`, with a progress
    /// dialog whose Cancel leaves no file.
    bool exportLedger(const QString& path);
    /// Writes the movement journal for the chosen period to `path` (CSV), as exportLedger.
    bool exportJournal(const QString& path);

    /// 盘点: a new count sheet of every batch in stock (or one drug type), shown for counting.
    bool startStocktake(int drugTypeIndex);
    /// Counting by scanning: one more box of the product on the open sheet (its earliest batch).
    bool countScan(const QString& code);
    /// Saves the counts typed into the sheet and, with a reason, approves it.
    bool approveStocktake(const QString& reason);

    /// The stock table (库存与效期); its model holds the pages read so far.
    [[nodiscard]] QTableView* stockTable() const { return m_stock; }
    [[nodiscard]] StockTableModel* stockModel() const { return m_stockModel; }
    [[nodiscard]] QString stockSummaryText() const;
    [[nodiscard]] QTableWidget* countTable() const { return m_count; }
    [[nodiscard]] QString countMessage() const;
    [[nodiscard]] QString reportText() const;
    [[nodiscard]] QString queueText() const;
    [[nodiscard]] QString exportText() const;
    [[nodiscard]] ReceivingForm* receivingForm() const { return m_receiving; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Runs `job` under a modal progress dialog titled `title`; its Cancel cancels the job.
    bool runExport(const QString& title, const QString& path,
                   const std::function<Status(const ExportProgress&)>& job);

    InventoryService& m_service;
    ProductService& m_products;
    const InventoryRepository& m_inventory;
    DeliveryReader m_deliveryReader;
    DeliveryNoteReader m_deliveryNoteReader;
    QTabWidget* m_tabs = nullptr;
    ProductMasterWidget* m_productsPage = nullptr;
    ReceivingForm* m_receiving = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_exportMessage = nullptr;
    const Clock& m_clock;
    QString m_storeName;
    QTableView* m_stock = nullptr;
    StockTableModel* m_stockModel = nullptr;
    bool m_loaded = false; ///< refresh() ran at least once
    QPlainTextEdit* m_report = nullptr;
    QLabel* m_queue = nullptr;
    QLabel* m_nearExpiry = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_count = nullptr;
    QLabel* m_countMessage = nullptr;
    QString m_sheetNo;
    void showSheet();
    [[nodiscard]] QList<std::pair<qint64, qint64>> typedCounts() const;
};

} // namespace pos::ui
