#pragma once

#include "app/core/result.h"
#include "app/core/sale/parkedcart.h"

#include <QList>
#include <QString>

namespace pos {

/// Where parked carts (挂单) wait, surviving a restart. What it holds is the core's ParkedCart;
/// the implementation keeps it encrypted and bound to its park number (a cart note may name the
/// customer, DATA-PRIVACY), so a parked cart edited in the file does not read back.
/// Thread: the owner's.
class ParkedCartStore
{
public:
    virtual ~ParkedCartStore() = default;

    /// Keeps `cart` under a park number it gives it — GD-<till>-<n>, n never used before at
    /// any till of this store, so an audit entry names one cart — and returns the number; one
    /// transaction.
    [[nodiscard]] virtual Result<QString> park(const ParkedCart& cart) = 0;

    /// One entry of the list: the cart, or why it cannot be read (its park number, till, who and
    /// when are kept beside it and still shown).
    struct Entry
    {
        ParkedCart cart;    ///< parkNo, terminal, parkedBy and parkedAt always set
        QString unreadable; ///< non-empty: the rest of `cart` could not be read, and why
    };
    /// The carts parked at `terminal`, oldest first.
    [[nodiscard]] virtual Result<QList<Entry>> parkedAt(const QString& terminal) const = 0;
    /// One parked cart; NotFound when it is not (or no longer) parked; StorageFailure naming it
    /// when it cannot be read.
    [[nodiscard]] virtual Result<ParkedCart> find(const QString& parkNo) const = 0;
    /// Removes it (recalled or discarded). NotFound when it was not there any more: another
    /// recall took it first.
    [[nodiscard]] virtual Status remove(const QString& parkNo) = 0;
};

} // namespace pos
