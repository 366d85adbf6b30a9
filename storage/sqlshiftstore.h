#pragma once

#include "app/core/ports/shiftstore.h"

namespace pos::storage {

class Database;

/// ShiftStore over SQLite (shift, migration 0024); takings summed from sale and sale_return in
/// one indexed query each. `db` is not owned. Thread: the database's.
class SqlShiftStore final : public ShiftStore
{
public:
    explicit SqlShiftStore(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<std::optional<Shift>> openAt(const QString& terminal) const override;
    [[nodiscard]] Result<Shift> open(const Shift& shift) override;
    [[nodiscard]] Status close(const Shift& shift) override;
    [[nodiscard]] Result<TillTotals> totals(const QString& terminal, const QDateTime& from,
                                            const QDateTime& to) const override;
    [[nodiscard]] Result<QList<Shift>> shiftsOn(const QDate& day) const override;
    [[nodiscard]] Result<QStringList> tillsOn(const QDate& day) const override;

private:
    Database& m_db;
};

} // namespace pos::storage
