#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace pos {
class Clock;
class InventoryRepository;
class InventoryService;
struct StoreProfile;
}

namespace pos::ui {

/// The store manager's inventory screen: stock by batch with expiry colouring (expired red, near
/// expiry amber), receiving a supplier's CSV delivery note with a verdict per row, the ledger
/// export and the upload queue. Every action goes through the core, which checks the role.
class InventoryWidget final : public QWidget
{
    Q_OBJECT
public:
    InventoryWidget(InventoryService& service, const InventoryRepository& inventory,
                    const Clock& clock, QString storeName, QWidget* parent = nullptr);

    void refresh();
    /// Receives the delivery note in `path`; the report shows each row's verdict. Returns true
    /// when it was received.
    bool importDelivery(const QString& path);
    /// Writes the ledger for the chosen period to `path`.
    bool exportLedger(const QString& path);

    /// 盘点: a new count sheet of every batch in stock (or one drug type), shown for counting.
    bool startStocktake(int drugTypeIndex);
    /// Counting by scanning: one more box of the product on the open sheet (its earliest batch).
    bool countScan(const QString& code);
    /// Saves the counts typed into the sheet and, with a reason, approves it.
    bool approveStocktake(const QString& reason);

    [[nodiscard]] QTableWidget* stockTable() const { return m_stock; }
    [[nodiscard]] QTableWidget* countTable() const { return m_count; }
    [[nodiscard]] QString countMessage() const;
    [[nodiscard]] QString reportText() const;
    [[nodiscard]] QString queueText() const;

private:
    InventoryService& m_service;
    const InventoryRepository& m_inventory;
    const Clock& m_clock;
    QString m_storeName;
    QTableWidget* m_stock = nullptr;
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
