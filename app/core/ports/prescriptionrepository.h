#pragma once

#include "app/core/result.h"
#include "app/core/rx/prescription.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Prescriptions, their reviews and the numbers already settled (RX-REVIEW, RX-SINGLE,
/// RX-ARCHIVE-2Y). One row per prescription number (its latest content, with contentHash() stored
/// beside it), reviews append-only, settled numbers unique.
/// Thread: the owner's thread.
class PrescriptionRepository
{
public:
    virtual ~PrescriptionRepository() = default;

    /// Inserts the prescription, or replaces the content stored under its number (a changed
    /// download). Reviews stay: they name the hash they were given on.
    [[nodiscard]] virtual Status save(const Prescription& rx) = 0;
    [[nodiscard]] virtual std::optional<Prescription> find(const QString& rxNo) const = 0;
    /// Prescriptions with no review for their current content hash, oldest issue time first
    /// (SQL: NOT EXISTS a review with the same rx_no and content_hash).
    [[nodiscard]] virtual QList<Prescription> awaitingReview() const = 0;

    /// Appends a review and, when the core decided the platform must hear of it (an
    /// e-prescription's 7204), queues `upload7204` in the same transaction: both or neither.
    /// Returns the review with its id.
    [[nodiscard]] virtual Result<PrescriptionReview>
    addReview(const PrescriptionReview& review, const std::optional<QJsonObject>& upload7204) = 0;
    /// The latest review of the number, whatever content it was given on.
    [[nodiscard]] virtual std::optional<PrescriptionReview>
    latestReview(const QString& rxNo) const = 0;

    /// Records that a number was settled (here, or reported by the platform). A number already
    /// recorded is refused (RX-SINGLE) and the first record kept.
    [[nodiscard]] virtual Status markSettled(const SettledPrescription& settled) = 0;
    [[nodiscard]] virtual std::optional<SettledPrescription>
    findSettled(const QString& rxNo) const = 0;
};

} // namespace pos
