#pragma once

#include "app/core/ports/ledgerstore.h"

namespace pos {
class FieldCipher;
}

namespace pos::storage {

class Database;

/// The ledger's writes on SQLite: each LedgerTransaction is one BEGIN IMMEDIATE transaction on
/// the store's connection (a concurrent writer waits its turn), every statement prepared once
/// (Database::statement), and nothing decided here — the core hands over what a document posts.
/// The schema's triggers and constraints stay as the last line: a violation becomes an error.
/// Personal data a posting carries (a sale's buyer ID number, CTRL-EPHEDRINE) is written only
/// encrypted with `cipher`, into its side table (sale_personal) in the posting's transaction; a
/// failed encryption fails the posting (DATA-PRIVACY). `cipher` is not owned and must outlive this.
/// Thread: the Database's thread.
class SqlLedgerStore final : public LedgerStore
{
public:
    SqlLedgerStore(Database& db, const FieldCipher& cipher)
        : m_db(db)
        , m_cipher(cipher)
    {
    }
    [[nodiscard]] Result<std::unique_ptr<LedgerTransaction>>
    begin(const PostingContext& context) override;

private:
    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace pos::storage
