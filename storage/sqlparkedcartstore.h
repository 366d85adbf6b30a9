#pragma once

#include "app/core/ports/parkedcartstore.h"

namespace pos {
class FieldCipher;
}

namespace pos::storage {

class Database;

/// ParkedCartStore over SQLite (parked_cart, migration 0023): the cart as JSON encrypted with
/// `cipher`, bound to its park number; the till, who and when plain beside it for the list.
/// `db` and `cipher` are not owned and must outlive this. Thread: the database's.
class SqlParkedCartStore final : public ParkedCartStore
{
public:
    SqlParkedCartStore(Database& db, const FieldCipher& cipher);

    [[nodiscard]] Result<QString> park(const ParkedCart& cart) override;
    [[nodiscard]] Result<QList<Entry>> parkedAt(const QString& terminal) const override;
    [[nodiscard]] Result<ParkedCart> find(const QString& parkNo) const override;
    [[nodiscard]] Status remove(const QString& parkNo) override;

private:
    /// The cart of a row: decrypted, parsed, and checked against the row's plain columns.
    [[nodiscard]] Result<ParkedCart> read(const QString& parkNo, const QString& terminal,
                                          const QString& parkedBy, const QDateTime& parkedAt,
                                          const QByteArray& blob) const;

    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace pos::storage
