#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>

namespace pos::storage {

class Database;

/// Month-end closing balances (月末结存, migration 0014): stock_period holds the months in which
/// anything moved, stock_closing the closing of every batch that ended such a month with stock or
/// moved in it. The movement trigger keeps both in the movement's own transaction — the first
/// movement of a month copies the previous closings forward (one row per batch in stock), every
/// movement adds itself to its month and to every later month already kept (a back-dated
/// posting) — so a month's ledger reads the closings of the month before and its own movements.

/// `pharmapos verify`'s check of the closings: every kept closing equals the sum of its batch's
/// movements up to the end of its month, every batch with stock at the end of a kept month has
/// one, and every month with movements is kept. Each difference named (month, batch, product,
/// both figures); an empty list: all agree. One pass over the movements, sorted by batch and
/// month (about as long as migration 0014 takes on the same store); reads only.
/// Thread: the database's.
[[nodiscard]] Result<QList<QString>> checkClosings(Database& db);

} // namespace pos::storage
