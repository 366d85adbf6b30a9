#pragma once

// The counter on fakes with its real sale workflow, shared by the sale, trace-code, gate, window
// and scenario tests (each used to build its own copy).

#include "app/core/ports/clock.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/fakes/fakes.h"
#include "tests/support/builders.h"

namespace pos::testsupport {

/// A counter in testStore() at `now` (default saleTime()) on a ManualClock: a fake catalog holding
/// `products` (default counterProducts()), sale repository and printer, the fake staff with the
/// cashier zhangsan logged in (unless `loginCashier` is false), and the real SaleWorkflow over them. Tests add what they need
/// (trace codes, a gate, a window) by deriving from it or next to it.
/// Not copyable: the workflow holds references to the other members.
struct SaleRig
{
    explicit SaleRig(const QList<Product>& products = counterProducts(),
                     const QDateTime& now = saleTime(), bool loginCashier = true);
    SaleRig(const SaleRig&) = delete;
    SaleRig& operator=(const SaleRig&) = delete;
    virtual ~SaleRig() = default;

    /// The GTIN of the catalog's product `id`, as a scanner reads it off the box.
    [[nodiscard]] QString gtin(qint64 id) const;

    ManualClock clock;
    fakes::FakeCatalog catalog;
    fakes::FakeSaleRepository sales;
    fakes::FakePrinter printer;
    StoreProfile store = testStore();
    fakes::StaffFixture staff{clock};
    SaleWorkflow workflow{catalog, sales, sales, printer, clock, staff.access, store};
};

} // namespace pos::testsupport
