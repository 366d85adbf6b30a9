#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace pos {
class RecordSealer;
}

namespace pos::archive {

/// What a sealed record is the record of (SETTLE-SLIP, RX-ARCHIVE-2Y).
enum class RecordKind
{
    InsuredSettlement = 1,  ///< a pooled-fund settlement with its signed slip
    CashPrescriptionSale,   ///< a prescription sold without insurance
    Refund,                 ///< an insured settlement reversed (2103)
    CashPrescriptionReturn, ///< a prescription sold without insurance, returned
};
[[nodiscard]] QString recordKindKey(RecordKind kind);
[[nodiscard]] std::optional<RecordKind> recordKindFromKey(const QString& key);

/// One document of a record: the slip as printed, the signature, the face, the clip's manifest,
/// the prescription's original file… held by its SHA-256, never by its bytes (the files live
/// beside the record, encrypted; the hash is of the plain content, so a key rotation that
/// re-encrypts a file leaves the record true).
struct ArchivePiece
{
    QString name;      ///< "slip.pdf", "signature.png", "face.jpg", "clip.json", …
    QByteArray sha256; ///< hex SHA-256 of the plain content; empty when missing
    qint64 bytes = 0;  ///< size of the plain content
    QString missing;   ///< why the piece is not there ("未配置结算摄像头"); empty: present
    bool operator==(const ArchivePiece&) const = default;
};

/// One sealed record of the settlement archive: the facts as canonical JSON, every document by
/// its hash, and the hash of the record before it, so that a record changed, removed, reordered
/// or slipped in breaks the chain from there on. The chain's last hash is signed with the store's
/// key (ArchiveHead): a chain rewritten end to end by someone without the key does not verify.
/// Pure: building, serialising and checking; the files are read by the adapters.
struct ArchiveRecord
{
    static constexpr int kVersion = 1;

    qint64 seq = 0; ///< 1, 2, … in sealing order, no gaps
    RecordKind kind = RecordKind::InsuredSettlement;
    QString subject;        ///< the settlement or sale number
    QString prescriptionNo; ///< the prescription it belongs to; empty: none
    QDateTime sealedAt;     ///< when it was sealed (UTC)
    QJsonObject content; ///< the facts: cart, batches, trace codes, split, platform calls, review
    QList<ArchivePiece> pieces; ///< in the order an inspector reads them
    QByteArray prevHash;        ///< hex: the previous record's hash (genesisHash() for the first)
    QByteArray hash;            ///< hex SHA-256 of canonical()
    /// The store key's signature over this record's head (store, seq, hash), made when it was
    /// sealed; not part of the hash. A record rewritten without the key cannot carry one.
    QByteArray signature;

    /// Every field but `hash`, as compact JSON with sorted keys: what is hashed.
    [[nodiscard]] QByteArray canonical() const;
    [[nodiscard]] QByteArray computeHash() const;
    /// canonical() with `hash` and `signature` (base64): what is stored.
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ArchiveRecord> fromJson(const QByteArray& json);
    /// "name: why" for each missing piece — a record says what it lacks, never silently.
    [[nodiscard]] QStringList missingPieces() const;
};

/// Whom a record is about, as the record says it (DATA-PRIVACY: personal data; the store finds
/// records by their keyed hashes, never the plain values): the insured person of a settlement,
/// else the prescription's patient, else the registered buyer of a cash sale. Empty fields: none.
struct RecordPerson
{
    QString idNumber;
    QString name;
};
[[nodiscard]] RecordPerson personOf(const ArchiveRecord& record);

/// The seed the first record links to: hex SHA-256 of "pharmapos-archive-v1\n" + the store's id,
/// so one store's chain cannot be passed off as another's.
[[nodiscard]] QByteArray genesisHash(const QString& storeId);

/// `draft` sealed as the record after `previous` (nullptr: the store's first): its seq, prevHash
/// and hash filled in.
[[nodiscard]] ArchiveRecord chainAfter(const ArchiveRecord* previous, ArchiveRecord draft,
                                       const QString& storeId);

/// A point of the chain as the store's key signed it (purpose "archive-head"): every record
/// carries its own; the newest is also kept apart from the records (beside the database's anchors
/// and in the backup), so that records cut off the end are missed.
struct ArchiveHead
{
    static constexpr const char* kPurpose = "archive-head";
    qint64 seq = 0;
    QByteArray hash;      ///< hex: that record's hash
    QByteArray signature; ///< RecordSealer::sign over signedBytes()
    [[nodiscard]] QByteArray signedBytes(const QString& storeId) const;
    [[nodiscard]] static ArchiveHead of(const ArchiveRecord& record);
};

/// Signs `record`'s head with the store's key into record.signature.
[[nodiscard]] Status signRecord(ArchiveRecord& record, const QString& storeId,
                                const RecordSealer& sealer);

/// One thing verification found wrong, naming the record.
struct ArchiveFinding
{
    enum class Kind
    {
        Altered,      ///< the record's content no longer matches its hash, or was re-hashed
        Missing,      ///< records of these numbers are gone
        Reordered,    ///< stored out of sealing order
        Inserted,     ///< a record that does not belong to the chain (or after the signed head)
        PieceMissing, ///< a document the record holds is not there
        PieceAltered, ///< a document no longer matches its hash
        HeadForged,   ///< the signed head does not verify with the store's key
        Truncated,    ///< the head names records that are not there any more
    };
    Kind kind = Kind::Altered;
    qint64 seq = 0;
    QString subject;
    QString detail;
    bool inBackup = false; ///< found in the copy at the backup location, not in the database

    /// "记录 #12（JS-…）内容被改动：…" — what the verify command prints per finding ("备份中的记录
    /// #12…" for the backup copy).
    [[nodiscard]] QString describe() const;
    [[nodiscard]] static QString kindKey(Kind kind);
};

/// What a piece check finds: nullopt when the file is there and matches its hash.
struct PieceProblem
{
    bool missing = false; ///< not there (else: there but different)
    QString detail;
};
using PieceCheck =
    std::function<std::optional<PieceProblem>(const ArchiveRecord&, const ArchivePiece&)>;

/// Verification one record at a time, in storage order — so a store's whole archive (years of
/// records) is checked in a stream. What it holds does not grow with the archive: the records of
/// a short window (kWindow numbers, where a duplicate's linking twin or a swapped neighbour is
/// still found exactly), the chain's tail (kTail records, for the signed head kept apart) and
/// what it has found. A record stored more than kWindow places out of order is named as
/// reordered and fills its gap, without its link being checked.
class ChainVerifier
{
public:
    static constexpr qsizetype kWindow = 64;
    static constexpr qsizetype kTail = 4096;

    ChainVerifier(QString storeId, const RecordSealer& sealer, PieceCheck checkPiece = {});

    /// The next record as stored: its hash, signature and documents are checked now.
    void feed(const ArchiveRecord& record);
    /// A stored record that cannot be read (not decryptable, not valid JSON): named as altered.
    void feedUnreadable(qint64 storedSeq, const QString& why);
    /// The links, the numbers and the newest signed head kept apart (nullopt: none); returns
    /// every finding, those of feed() first.
    [[nodiscard]] QList<ArchiveFinding> finish(const std::optional<ArchiveHead>& latest);
    [[nodiscard]] qint64 recordsSeen() const { return m_seen; }
    /// How many records' hashes it holds now (bounded by kWindow + kTail, whatever the archive).
    [[nodiscard]] qsizetype recordsHeld() const;

private:
    struct Seen
    {
        QByteArray hash;
        QByteArray prevHash;
        QString subject;
        bool altered = false;
    };
    struct Gap
    {
        qint64 from = 0; ///< first number never seen
        qint64 to = 0;   ///< last, inclusive
    };
    void find(ArchiveFinding::Kind kind, qint64 seq, const QString& subject, const QString& detail);
    void findLink(ArchiveFinding::Kind kind, qint64 seq, const QString& subject,
                  const QString& detail);
    void hold(qint64 seq, const Seen& seen);
    /// The lowest number waiting in the window joins the chain: its link to the one before.
    void settle();
    [[nodiscard]] bool seenBefore(qint64 seq) const;

    QString m_storeId;
    const RecordSealer& m_sealer;
    PieceCheck m_checkPiece;
    QMap<qint64, QList<Seen>> m_window;         ///< numbers above m_settled, not yet linked
    qint64 m_settled = 0;                       ///< every number up to here is linked or a gap
    std::optional<Seen> m_last;                 ///< the chain's record numbered m_settled
    QList<Gap> m_gaps;                          ///< numbers up to m_settled never seen
    std::deque<std::pair<qint64, Seen>> m_tail; ///< the chain's newest kTail records, oldest first
    qint64 m_beforeTail = 0;                    ///< the highest number that left m_tail
    qint64 m_highest = 0;
    qint64 m_seen = 0;
    QList<ArchiveFinding> m_findings;
    QList<ArchiveFinding> m_linkFindings;
};

/// Checks the records as stored (in storage order) against their hashes, their signatures,
/// their links, the sealing order and the newest signed head kept apart (`latest`; nullopt: no
/// records were ever sealed), and every present piece through `checkPiece` (null: pieces are not
/// read). Each problem is named at the record it concerns; empty: all is as sealed.
[[nodiscard]] QList<ArchiveFinding> verifyChain(const QList<ArchiveRecord>& stored,
                                                const QString& storeId,
                                                const std::optional<ArchiveHead>& latest,
                                                const RecordSealer& sealer,
                                                const PieceCheck& checkPiece = {});

} // namespace pos::archive
