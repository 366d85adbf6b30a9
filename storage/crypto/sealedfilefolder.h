#pragma once

#include "app/core/privacy/retention.h"
#include "storage/crypto/encryptedholder.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace pos::storage::crypto {

/// A folder of sealed files of one kind (faces, clips, signatures, slips): an EncryptedHolder for
/// key rotation (each file re-encrypted in place, atomically) and a RetentionTarget (files past
/// their time deleted; the reference time is the sealing time in the authenticated header, not the
/// file's mtime, which a copy changes). Files matching `nameFilters` that are not sealed count as
/// plain (a segment not yet sealed, or a store not yet migrated) and are deleted by retention by
/// their mtime. Temporaries ("*.part-*") are ignored.
/// Threading: the caller's; no state between calls except the spec.
class SealedFileFolder final : public EncryptedHolder, public RetentionTarget
{
public:
    struct Spec
    {
        QString name;            ///< "files:faces"
        QString dir;             ///< searched recursively
        QStringList nameFilters; ///< e.g. {"*.sealed"}
        RetentionKind kind = RetentionKind::FaceImage;
        QString what; ///< "结算人脸图像"
        /// A hold beyond the policy for one file (a face bound to an archived settlement); may be
        /// empty.
        std::function<QDateTime(const QString& path)> heldUntil;
    };

    explicit SealedFileFolder(Spec spec);

    [[nodiscard]] QString name() const override { return m_spec.name; }

    // EncryptedHolder
    [[nodiscard]] Result<HolderCensus> census() override;
    [[nodiscard]] Result<RotationBatch>
    rotateBatch(const QString& cursor, const Reencryptor& reencryptor, int maxItems) override;
    [[nodiscard]] bool holdsFiles() const override { return true; }

    // RetentionTarget
    [[nodiscard]] RetentionKind kind() const override { return m_spec.kind; }
    [[nodiscard]] QString what() const override { return m_spec.what; }
    [[nodiscard]] RetentionAction action() const override { return RetentionAction::Delete; }
    [[nodiscard]] Result<RetentionPage> candidates(const QDateTime& cutoff, int limit,
                                                   const QString& cursor) override;
    [[nodiscard]] Status remove(const RetentionItem& item) override;
    [[nodiscard]] Result<RetentionHolding> holding(const QList<QDateTime>& bucketStarts) override;

private:
    /// Relative paths, sorted.
    [[nodiscard]] QStringList files() const;
    /// The time a file's period counts from: its sealing time, or its mtime when plain.
    [[nodiscard]] QDateTime referenceTime(const QString& absolutePath) const;

    Spec m_spec;
};

} // namespace pos::storage::crypto
