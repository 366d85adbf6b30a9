#pragma once

#include "app/core/ports/prescriptionrepository.h"

#include <QVariantList>

class QSqlQuery;

namespace pos {
class FieldCipher;
}

namespace pos::storage {

class Database;

/// PrescriptionRepository over SQLite (migration 0006). Each content a number was received with is
/// kept append-only in canonical form beside its hash; the prescription row points at the current
/// one. A stored content whose bytes no longer give its hash (edited outside the program) is not
/// returned: find() logs it and answers nothing, so it cannot be reviewed or settled.
/// Reviews and settled numbers are append-only (triggers); a number settles once (RX-SINGLE).
/// The content (patient's name, ID number, diagnosis) and the original file are personal data:
/// written only encrypted with `cipher` into prescription_personal, in the same transaction, with
/// keyed hashes of the patient's ID number and name to find by (DATA-PRIVACY); the plain columns
/// are written empty. A store not migrated yet still reads its plain rows. `cipher` is not owned
/// and must outlive this.
/// Thread: the Database's thread.
class SqlPrescriptionRepository final : public PrescriptionRepository
{
public:
    SqlPrescriptionRepository(Database& db, const FieldCipher& cipher)
        : m_db(db)
        , m_cipher(cipher)
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

    /// The patient's prescriptions (current contents), found by the keyed hash of the ID number
    /// (PersonalKind::IdNumber) or of the name (PersonalKind::PersonName) under every key the
    /// store can read; issue order.
    [[nodiscard]] QList<Prescription> findByPatientId(const QString& idNumber) const;
    [[nodiscard]] QList<Prescription> findByPatientName(const QString& name) const;

private:
    [[nodiscard]] QList<Prescription> select(const QString& where,
                                             const QVariantList& values) const;
    [[nodiscard]] QList<Prescription> selectByHash(const QString& column,
                                                   const QList<QByteArray>& hashes) const;
    [[nodiscard]] std::optional<Prescription> readPrescription(const QSqlQuery& q) const;
    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace pos::storage
