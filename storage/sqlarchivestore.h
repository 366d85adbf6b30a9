#pragma once

#include "app/core/ports/archivestore.h"

namespace pos {
class FieldCipher;
}

namespace pos::storage {

class Database;

/// ArchiveStore over SQLite (migration 0018): archive_record holds each record's number, kind,
/// subject, prescription, sealing time, hashes and signature in plain columns and its canonical
/// JSON encrypted (record_enc, bound to the number); archive_document its documents encrypted
/// (bound to number and name); archive_head the newest signed head. An append is one
/// synchronous=FULL transaction with the head; the number it must follow is read inside it, so
/// two writers at once cannot both append the same number. The same transaction sets the
/// settlement's archived_state (migration 0019), so due() reads only the partial index of what is
/// outstanding.
class SqlArchiveStore final : public ArchiveStore
{
public:
    SqlArchiveStore(Database& db, const FieldCipher& cipher)
        : m_db(db)
        , m_cipher(cipher)
    {
    }

    [[nodiscard]] Result<std::optional<archive::ArchiveRecord>> last() const override;
    [[nodiscard]] Status append(const archive::ArchiveRecord& record,
                                const QMap<QString, QByteArray>& documents) override;
    [[nodiscard]] Status
    forEach(const std::function<bool(qint64, const Result<archive::ArchiveRecord>&)>& visit)
        const override;
    [[nodiscard]] Result<std::optional<archive::ArchiveRecord>> record(qint64 seq) const override;
    [[nodiscard]] Result<std::optional<QByteArray>> document(qint64 seq,
                                                             const QString& name) const override;
    [[nodiscard]] Result<QMap<QString, QByteArray>> documentsOf(qint64 seq) const override;
    [[nodiscard]] Result<QMap<QString, QByteArray>> documentDigests(qint64 seq) const override;
    [[nodiscard]] Result<QList<archive::ArchiveRecord>>
    findByPerson(PersonalKind kind, const QString& value) const override;
    [[nodiscard]] Result<int> indexPeople(int limit) override;
    [[nodiscard]] Result<std::optional<archive::ArchiveHead>> head() const override;
    [[nodiscard]] Result<QList<archive::ArchiveRecord>>
    findBySubjectOrPrescription(const QString& number) const override;
    [[nodiscard]] Result<QList<Due>> due(int limit) const override;
    [[nodiscard]] Result<QList<Entry>> sealedBetween(const QDateTime& from, const QDateTime& to,
                                                     int limit) const override;

private:
    [[nodiscard]] Result<archive::ArchiveRecord> decode(qint64 seq, const QByteArray& blob) const;

    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace pos::storage
