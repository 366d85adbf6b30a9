#pragma once

#include "app/core/ports/prescriptionrepository.h"

namespace pos::storage {

class Database;

/// PrescriptionRepository over SQLite (migration 0006). Each content a number was received with is
/// kept append-only in canonical form beside its hash; the prescription row points at the current
/// one. A stored content whose bytes no longer give its hash (edited outside the program) is not
/// returned: find() logs it and answers nothing, so it cannot be reviewed or settled.
/// Reviews and settled numbers are append-only (triggers); a number settles once (RX-SINGLE).
/// Thread: the Database's thread.
class SqlPrescriptionRepository final : public PrescriptionRepository
{
public:
    explicit SqlPrescriptionRepository(Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Status save(const Prescription& rx) override;
    [[nodiscard]] std::optional<Prescription> find(const QString& rxNo) const override;
    [[nodiscard]] QList<Prescription> awaitingReview() const override;
    [[nodiscard]] Result<PrescriptionReview>
    addReview(const PrescriptionReview& review,
              const std::optional<QJsonObject>& upload7204) override;
    [[nodiscard]] std::optional<PrescriptionReview>
    latestReview(const QString& rxNo) const override;
    [[nodiscard]] Status markSettled(const SettledPrescription& settled) override;
    [[nodiscard]] std::optional<SettledPrescription>
    findSettled(const QString& rxNo) const override;

private:
    [[nodiscard]] QList<Prescription> select(const QString& where, const QString& value) const;
    Database& m_db;
};

} // namespace pos::storage
