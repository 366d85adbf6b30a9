#pragma once

#include "app/core/ports/insurancecatalogrepository.h"
#include "storage/database.h"

namespace pos::storage {

/// The insurance catalogue in SQLite (migration 0009). Thread: the thread of its Database.
class SqlInsuranceCatalog final : public InsuranceCatalogRepository
{
public:
    explicit SqlInsuranceCatalog(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] QList<CatalogEntry> entries(const QString& code) const override;
    [[nodiscard]] QList<PaymentStandard> standards(const QString& code) const override;
    [[nodiscard]] CatalogInfo info() const override;
    [[nodiscard]] Status store(const QList<CatalogEntry>& entries,
                               const QList<PaymentStandard>& standards,
                               const QDateTime& downloadedAt) override;

private:
    Database& m_db;
};

} // namespace pos::storage
