#pragma once

#include "storage/crypto/encryptedholder.h"

#include <QList>
#include <QString>

#include <functional>

namespace pos::storage {
class Database;
}

namespace pos::storage::crypto {

/// A lookup-hash column kept beside an encrypted column: its value is
/// FieldCipher::lookupHash(kind, extract(plain)). `extract` picks the value out of the plain bytes
/// (default: the bytes as UTF-8 text; a JSON document's field for an encrypted document).
struct SqlHashColumn
{
    QString column;
    PersonalKind kind = PersonalKind::IdNumber;
    std::function<QString(const QByteArray& plain)> extract;
};

/// One encrypted BLOB column (NULL where there is nothing) and the hash columns derived from it.
/// Its blobs are bound to FieldContext{table, column, row}.
struct SqlEncryptedColumn
{
    QString column;
    QList<SqlHashColumn> hashes;
};

/// A table's encrypted columns, declared for rotation:
///     SqlHolderSpec{"sale.buyer_id", "sale_personal", "sale_no",
///                   {{"buyer_id_enc", {{"buyer_id_hash", PersonalKind::IdNumber, {}}}}},
///                   "SELECT COUNT(*) FROM sale WHERE buyer_id_number <> ''"}
struct SqlHolderSpec
{
    QString name;
    QString table;
    /// The SQL expression giving FieldContext::row for a row (a column, "rx_no || '|' ||
    /// content_hash", or "''" for no row binding). It must be what the repository binds when it
    /// writes the row.
    QString rowKeySql;
    QList<SqlEncryptedColumn> columns;
    /// Optional: a query counting rows that still hold personal data in plain text.
    QString plainCountSql;
};

/// EncryptedHolder over a table's encrypted columns: rotation rewrites, in batches of one
/// transaction each (synchronous=FULL), every blob not under the target key together with its hash
/// columns; the cursor is the rowid. The table must allow updates of these columns (the side
/// tables of migration 0008 have no append-only triggers).
class SqlColumnHolder final : public EncryptedHolder
{
public:
    SqlColumnHolder(Database& db, SqlHolderSpec spec);

    [[nodiscard]] QString name() const override { return m_spec.name; }
    [[nodiscard]] Result<HolderCensus> census() override;
    [[nodiscard]] Result<RotationBatch>
    rotateBatch(const QString& cursor, const Reencryptor& reencryptor, int maxItems) override;
    [[nodiscard]] const SqlHolderSpec& spec() const { return m_spec; }

private:
    Database& m_db;
    SqlHolderSpec m_spec;
};

/// A table of record MACs (issue 12's checkpoints): each row's `tokenColumn` holds a
/// RecordSealer::mac() token over what `data` returns for that row. Rotation checks each token with
/// the key it names and makes it again under the new key — so a checkpoint stays verifiable after
/// the old key is destroyed, and a row whose data was changed stops the rotation, named.
struct SqlMacHolderSpec
{
    QString name;
    QString table;
    QString tokenColumn;
    QString purpose;
    /// The bytes the MAC covers, for one row (by rowid).
    std::function<Result<QByteArray>(Database& db, qint64 rowid)> data;
};

class SqlMacHolder final : public EncryptedHolder
{
public:
    SqlMacHolder(Database& db, SqlMacHolderSpec spec);

    [[nodiscard]] QString name() const override { return m_spec.name; }
    [[nodiscard]] Result<HolderCensus> census() override;
    [[nodiscard]] Result<RotationBatch>
    rotateBatch(const QString& cursor, const Reencryptor& reencryptor, int maxItems) override;

private:
    Database& m_db;
    SqlMacHolderSpec m_spec;
};

} // namespace pos::storage::crypto
