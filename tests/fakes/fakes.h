#pragma once

// In-memory fakes for app/core's ports, for tests that need no database or device.

#include "app/core/ports/productcatalog.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/ports/salerepository.h"

#include <QHash>
#include <QList>

namespace pos::fakes {

/// A product with sensible defaults: id, own code and GTIN derived from `n`.
Product makeProduct(int n, const QString& name, qint64 priceFen);

class FakeCatalog final : public ProductCatalog
{
public:
    void add(const Product& p);
    [[nodiscard]] std::optional<Product> findByCode(const QString& code) const override;
    [[nodiscard]] std::optional<Product> findById(qint64 id) const override;
    [[nodiscard]] QList<Product> search(const QString& text, int limit) const override;
    [[nodiscard]] qint64 productCount() const override { return m_products.size(); }

private:
    QList<Product> m_products;
};

/// Keeps recorded sales in a list; can be told to fail the next record().
class FakeSaleRepository final : public SaleRepository
{
public:
    [[nodiscard]] Result<CompletedSale> record(const CompletedSale& sale) override;
    [[nodiscard]] Status markReceiptPrinted(qint64 saleId, const QString& jobId, bool reprint) override;
    [[nodiscard]] std::optional<CompletedSale> findBySaleNo(const QString& saleNo) const override;

    QList<CompletedSale> sales;
    QList<std::pair<qint64, bool>> printed; ///< (sale id, reprint)
    bool failNext = false;
};

/// Records every document; its state is whatever the test sets.
class FakePrinter final : public ReceiptPrinter
{
public:
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("FakePrinter"); }
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] PrinterStatus status() override { return {state, {}}; }
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override;
    [[nodiscard]] int widthColumns() const override { return width; }

    PrinterState state = PrinterState::Ready;
    bool failJob = false;
    int width = 48;
    QList<PrintDocument> documents;
};

} // namespace pos::fakes
