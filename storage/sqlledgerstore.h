#pragma once

#include "app/core/ports/ledgerstore.h"

namespace pos::storage {

class Database;

/// The ledger's writes on SQLite: each LedgerTransaction is one BEGIN IMMEDIATE transaction on
/// the store's connection (a concurrent writer waits its turn), every statement prepared once
/// (Database::statement), and nothing decided here — the core hands over what a document posts.
/// The schema's triggers and constraints stay as the last line: a violation becomes an error.
/// Thread: the Database's thread.
class SqlLedgerStore final : public LedgerStore
{
public:
    explicit SqlLedgerStore(Database& db)
        : m_db(db)
    {
    }
    [[nodiscard]] Result<std::unique_ptr<LedgerTransaction>>
    begin(const PostingContext& context) override;

private:
    Database& m_db;
};

} // namespace pos::storage
