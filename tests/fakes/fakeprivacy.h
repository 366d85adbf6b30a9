#pragma once

// Fakes for the data-protection ports: fast, deterministic, never holding a value in plain text
// (a fake blob is the value XOR-ed, so a test grepping for plain values stays meaningful), and
// checking the context so a blob moved to another row fails as the real cipher's would.

#include "app/core/ports/fieldcipher.h"
#include "app/core/ports/filesealer.h"
#include "app/core/ports/recordsealer.h"
#include "app/core/privacy/retention.h"

#include <QHash>
#include <QList>

namespace pos::fakes {

/// Not encryption: "FK1" | key id (8) | context digest (8) | value XOR 0x5A. Wrong context or key
/// id → StorageFailure / Configuration, as the real one. `keyId` can be changed to play a rotation.
class FakeFieldCipher final : public FieldCipher
{
public:
    [[nodiscard]] Result<QByteArray> encrypt(QByteArrayView plain,
                                             const FieldContext& context) const override;
    [[nodiscard]] Result<QByteArray> decrypt(QByteArrayView blob,
                                             const FieldContext& context) const override;
    [[nodiscard]] QByteArray lookupHash(PersonalKind kind, const QString& value) const override;
    [[nodiscard]] QList<QByteArray> lookupHashes(PersonalKind kind,
                                                 const QString& value) const override;
    [[nodiscard]] QByteArray currentKeyId() const override { return keyId; }
    [[nodiscard]] QByteArray keyIdOf(QByteArrayView blob) const override;

    QByteArray keyId = QByteArrayLiteral("fakekey1");
    QList<QByteArray> readableKeyIds{QByteArrayLiteral("fakekey1")};
    mutable int encryptions = 0;
    mutable int decryptions = 0;
    bool failEncrypt = false;
};

/// Sealed files as "FKSEAL1\n" | label | "\n" | sealed-at ms | "\n" | content XOR 0x5A, written
/// whole on finish() (no temporaries), read back in one chunk.
class FakeFileSealer final : public FileSealer
{
public:
    [[nodiscard]] Result<std::unique_ptr<SealedFileWriter>>
    createSealed(const QString& sealedPath, const FileContext& context) const override;
    [[nodiscard]] Result<std::unique_ptr<SealedFileReader>>
    openSealed(const QString& sealedPath, const FileContext& expected = {}) const override;

    QDateTime sealedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
};

/// MACs and signatures as SHA-256 over purpose and data, tagged "FM"/"FS": detects a change,
/// proves nothing.
class FakeRecordSealer final : public RecordSealer
{
public:
    [[nodiscard]] Result<QByteArray> mac(QByteArrayView data,
                                         const QString& purpose) const override;
    [[nodiscard]] Status verifyMac(QByteArrayView data, QByteArrayView token,
                                   const QString& purpose) const override;
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView data,
                                          const QString& purpose) const override;
    [[nodiscard]] Status verifySignature(QByteArrayView data, QByteArrayView token,
                                         const QString& purpose) const override;
    [[nodiscard]] QByteArray publicKey() const override { return QByteArrayLiteral("fake-public"); }
    [[nodiscard]] QString publicKeyFingerprint() const override { return QStringLiteral("fake"); }
};

/// A retention target in memory: items with a reference time; remove() drops them (Delete) or
/// marks them anonymised. Can be told to fail.
class FakeRetentionTarget final : public RetentionTarget
{
public:
    FakeRetentionTarget(QString name, RetentionKind kind, RetentionAction action)
        : m_name(std::move(name))
        , m_kind(kind)
        , m_action(action)
    {
    }
    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] RetentionKind kind() const override { return m_kind; }
    [[nodiscard]] QString what() const override { return m_name; }
    [[nodiscard]] RetentionAction action() const override { return m_action; }
    [[nodiscard]] Result<RetentionPage> candidates(const QDateTime& cutoff, int limit,
                                                   const QString& cursor) override;
    [[nodiscard]] Status remove(const RetentionItem& item) override;
    [[nodiscard]] Result<RetentionHolding> holding(const QList<QDateTime>& bucketStarts) override;

    /// Adds an item referenced at `at` (held until `heldUntil` when valid).
    void add(const QString& id, const QDateTime& at, const QDateTime& heldUntil = {});

    QList<RetentionItem> items; ///< still holding personal data
    QStringList removed;        ///< ids removed, in order
    /// Answers every candidate query with all items, ignoring the cutoff: proves the service
    /// checks each item itself.
    bool ignoreCutoff = false;
    bool failRemove = false;

private:
    QString m_name;
    RetentionKind m_kind;
    RetentionAction m_action;
};

} // namespace pos::fakes
