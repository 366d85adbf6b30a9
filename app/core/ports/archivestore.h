#pragma once

#include "app/core/archive/archivechain.h"
#include "app/core/result.h"
#include "app/core/staff/privacy.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace pos {

/// Where the settlement archive's sealed records and their documents are kept (SETTLE-SLIP,
/// RX-ARCHIVE-2Y): append-only in sealing order, the documents and the records' content encrypted
/// (they hold the insured person, DATA-PRIVACY), the newest signed head beside them. It keeps what
/// the core sealed and checks nothing of the chain — archive::ChainVerifier does, over what this
/// gives back, so a store file edited behind its back is found out.
class ArchiveStore
{
public:
    virtual ~ArchiveStore() = default;

    /// What the archive still owes a record: a settlement signed (its slip, signature and
    /// evidence to seal) or refunded (its refund), or a prescription sold for cash, with no record
    /// of that yet.
    struct Due
    {
        QString subject; ///< the settlement number; the sale number of a cash prescription sale
        archive::RecordKind kind = archive::RecordKind::InsuredSettlement;
    };

    /// The newest record, to chain the next one after; nullopt while none was sealed.
    [[nodiscard]] virtual Result<std::optional<archive::ArchiveRecord>> last() const = 0;
    /// Keeps `record` (sealed and signed) with its documents' plain bytes (by piece name) and makes
    /// it the head, in one durable transaction. Refused unless it follows the newest record
    /// (seq + 1, linked to its hash): two tills sealing at once cannot fork the chain. A record of
    /// an insured settlement or of its refund (subject: the settlement number), or of a cash
    /// prescription sale (subject: the sale number), marks in the same transaction that it is
    /// archived, so due() no longer lists it.
    [[nodiscard]] virtual Status append(const archive::ArchiveRecord& record,
                                        const QMap<QString, QByteArray>& documents) = 0;
    /// Every record in storage order, one at a time: `visit` gets the stored number and the record
    /// (or why it cannot be read: not decryptable, not valid JSON). Returning false stops.
    [[nodiscard]] virtual Status forEach(
        const std::function<bool(qint64 storedSeq, const Result<archive::ArchiveRecord>&)>& visit)
        const = 0;
    /// Record `seq`; nullopt when there is none.
    [[nodiscard]] virtual Result<std::optional<archive::ArchiveRecord>>
    record(qint64 seq) const = 0;
    /// A document of record `seq`; nullopt when it is not there.
    [[nodiscard]] virtual Result<std::optional<QByteArray>> document(qint64 seq,
                                                                     const QString& name) const = 0;
    /// Every document of record `seq` by name, in one read.
    [[nodiscard]] virtual Result<QMap<QString, QByteArray>> documentsOf(qint64 seq) const = 0;
    /// The SHA-256 (lower-case hex) of every document of record `seq` as it reads now, by name,
    /// in one read: what verification compares with the sealed pieces. An error when one cannot
    /// be read (the caller reads each alone to name it).
    [[nodiscard]] virtual Result<QMap<QString, QByteArray>> documentDigests(qint64 seq) const = 0;
    /// The newest head as signed, kept beside the records; nullopt while none was sealed.
    [[nodiscard]] virtual Result<std::optional<archive::ArchiveHead>> head() const = 0;
    /// The records of a settlement or sale number, or of a prescription number, oldest first.
    [[nodiscard]] virtual Result<QList<archive::ArchiveRecord>>
    findBySubjectOrPrescription(const QString& number) const = 0;
    /// The records about a person (archive::personOf): by ID number or by name, found by their
    /// keyed hashes (DATA-PRIVACY), oldest first.
    [[nodiscard]] virtual Result<QList<archive::ArchiveRecord>>
    findByPerson(PersonalKind kind, const QString& value) const = 0;
    /// Gives up to `limit` records sealed before people were indexed their keyed hashes; returns
    /// how many (0: none left). Reads only the records not yet indexed.
    [[nodiscard]] virtual Result<int> indexPeople(int limit) = 0;
    /// Settlements signed or refunded and not yet archived in that state, oldest change first,
    /// then cash prescription sales not yet archived, oldest first; at most `limit` in all. Reads
    /// only what is outstanding, never the store's history.
    [[nodiscard]] virtual Result<QList<Due>> due(int limit) const = 0;

    /// A record as the monthly binding index (装订清单) lists it: what it is of, nothing personal.
    struct Entry
    {
        qint64 seq = 0;
        archive::RecordKind kind = archive::RecordKind::InsuredSettlement;
        QString subject; ///< the settlement or sale number
        QString prescriptionNo;
        QDateTime sealedAt;
    };
    /// The records sealed in [from, to), in sealing order, at most `limit` (the caller asks one
    /// more to learn there are more). Reads the period's records only, never the whole archive.
    [[nodiscard]] virtual Result<QList<Entry>>
    sealedBetween(const QDateTime& from, const QDateTime& to, int limit) const = 0;
};

/// The newest signed head kept apart from the database — in the key directory and the anchor
/// directory — rewritten at every seal: a database cut at the end, or copied back from before its
/// newest records, still shows, because the head kept apart names records that are not there.
class ArchiveHeadCopies
{
public:
    virtual ~ArchiveHeadCopies() = default;
    /// Replaces every copy with `head`, durably (a crash leaves the old copy or the new one).
    [[nodiscard]] virtual Status keep(const archive::ArchiveHead& head) = 0;
    /// The newest head any copy holds (the highest number), as written; nullopt when none was
    /// kept. A copy that is there but unreadable is an error naming the file.
    [[nodiscard]] virtual Result<std::optional<archive::ArchiveHead>> newest() const = 0;
    /// Where the copies are, for messages.
    [[nodiscard]] virtual QStringList places() const = 0;
};

/// The archive's second copy at the backup location (RX-ARCHIVE-2Y; the place the camera's clips
/// are backed up to, CAM-BACKUP): every record with its documents, self-contained — the chain,
/// the signatures and the documents verify from the copy alone, so the archive outlives the till's
/// disk. Written after the database keeps a record; a copy that could not be written (the backup
/// disk unplugged) is written at the next start.
class ArchiveBackupCopy
{
public:
    virtual ~ArchiveBackupCopy() = default;

    /// A record as the copy holds it.
    struct Copy
    {
        archive::ArchiveRecord record;
        QMap<QString, QByteArray> documents; ///< the present pieces' plain bytes, by name
        /// Each document's SHA-256 (lower-case hex) by name, computed as the copy was read.
        QMap<QString, QByteArray> digests;
    };

    /// Keeps `record` with its documents, durably (a crash leaves the old copy or the new one). A
    /// copy already there with the same record hash is left as it is.
    [[nodiscard]] virtual Status keep(const archive::ArchiveRecord& record,
                                      const QMap<QString, QByteArray>& documents) = 0;
    /// The record numbers the copy holds, ascending (reads the whole copy's list).
    [[nodiscard]] virtual Result<QList<qint64>> held() const = 0;
    /// Whether the copy holds record `seq` (one look, not the list).
    [[nodiscard]] virtual bool has(qint64 seq) const = 0;
    /// Record `seq` as the copy holds it; nullopt when it holds none; an error naming the file when
    /// it is there but cannot be read (altered, not decryptable, not a record).
    [[nodiscard]] virtual Result<std::optional<Copy>> copyOf(qint64 seq) const = 0;
    /// Where the copy is, for messages.
    [[nodiscard]] virtual QString place() const = 0;
};

} // namespace pos
