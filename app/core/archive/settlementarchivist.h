#pragma once

#include "app/core/archive/archivechain.h"
#include "app/core/ports/archivestore.h"
#include "app/core/result.h"
#include "app/core/staff/staff.h"

#include <QDate>
#include <QMap>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>
#include <utility>

namespace pos {

class AccessControl;
class AuditLog;
class AuditTrailReader;
class Clock;
class EvidenceArchive;
class LedgerReports;
class PrescriptionRepository;
class RecordSealer;
class SaleRepository;
class SettlementStore;
struct InsuredSettlementRecord;

namespace archive {

/// Where the pieces of a settlement's record come from. Only `settlements` is required; a source
/// that is not there makes its pieces missing with the reason said (a store without a camera
/// seals "face.jpg: 未配置结算摄像头"), never silently left out.
struct ArchiveSources
{
    const SettlementStore* settlements = nullptr;
    const PrescriptionRepository* prescriptions = nullptr;
    const LedgerReports* ledger = nullptr;     ///< the batches the sale took
    const EvidenceArchive* evidence = nullptr; ///< the face image and the clip
    const AuditTrailReader* trail = nullptr;   ///< every audited step of settlement and Rx
    const SaleRepository* sales = nullptr;     ///< cash prescription sales as recorded
};

/// A record before it is chained: its facts and its documents' bytes.
struct RecordDraft
{
    ArchiveRecord record; ///< kind, subject, prescription, content and pieces; not yet chained
    QMap<QString, QByteArray> documents; ///< the present pieces' plain bytes, by name
};

/// The pieces of an insured settlement's record, in the order an inspector reads them.
[[nodiscard]] QStringList settlementPieceNames();

/// Builds the record of settlement `settlementNo` as it stands (kind: InsuredSettlement when
/// signed, Refund when refunded): the settlement (person, lines with batches and trace codes, the
/// split), every platform call it made with its answer, the batches its sale took, the
/// prescription as downloaded with the pharmacist's review (and whether the review was given on
/// exactly this content), every audited step of the settlement and of the prescription; the
/// documents — the prescription's original file, the slip as printed, the signature (image and
/// strokes), the face image and the clip's manifest — each by its hash, or missing with why.
[[nodiscard]] Result<RecordDraft> draftSettlementRecord(const ArchiveSources& sources,
                                                        const QString& settlementNo,
                                                        const QDateTime& at);

/// Builds the record of a prescription sold without insurance (kind CashPrescriptionSale, subject
/// the sale number): the sale as recorded (lines, prices, the cash taken, each box's trace code),
/// the batches it took, the prescription as received with the pharmacist's review, its original
/// file (the paper prescription's photo or scan) or why it is missing, and every audited step of
/// the sale and the prescription (review, print confirmation). Refused (WrongState) for a sale
/// without a prescription or one paid by insurance (its settlement's record holds it).
[[nodiscard]] Result<RecordDraft> draftCashPrescriptionRecord(const ArchiveSources& sources,
                                                              const QString& saleNo,
                                                              const QDateTime& at);

/// Builds the record of the return of cash prescription sale `saleNo` (kind
/// CashPrescriptionReturn, subject the sale number): the sale as in its own record, the return
/// (number, when, by whom, why, the refund), the prescription, and every audited step of the sale,
/// the return and the prescription. Refused (WrongState) for a sale not returned, without a
/// prescription or paid by insurance.
[[nodiscard]] Result<RecordDraft> draftCashReturnRecord(const ArchiveSources& sources,
                                                        const QString& saleNo, const QDateTime& at);

/// Seals the settlement archive (SETTLE-SLIP, RX-ARCHIVE-2Y): one record per signed insured
/// settlement, one per refund, one per prescription sold for cash and one per such sale returned, chained after the newest record, signed with the store key,
/// stored with its documents in one durable transaction, the signed head then kept apart. A seal
/// that fails (a full disk) loses nothing: the settlement stays due and sealPending() — at every
/// start — seals it. Sealing twice gives the record already sealed. Every seal is audited.
/// Thread: the owner's (the counter's GUI thread; commands).
class SettlementArchivist
{
public:
    /// `backup`: the second copy at the backup location; nullptr: none configured.
    SettlementArchivist(ArchiveStore& store, ArchiveSources sources, const RecordSealer& sealer,
                        const Clock& clock, AuditLog& audit, QString storeId,
                        ArchiveHeadCopies* headCopies = nullptr,
                        ArchiveBackupCopy* backup = nullptr);

    /// Seals what settlement `settlementNo` is due (its signed record, or its refund's). Refused
    /// (WrongState) for a settlement neither signed nor refunded.
    [[nodiscard]] Result<ArchiveRecord> seal(const QString& settlementNo);
    /// Seals the record of cash prescription sale `saleNo` (once; sealing again gives it back).
    /// Refused (WrongState) for a sale without a prescription or paid by insurance.
    [[nodiscard]] Result<ArchiveRecord> sealSale(const QString& saleNo);
    /// Seals the record of the return of cash prescription sale `saleNo` (once).
    [[nodiscard]] Result<ArchiveRecord> sealReturn(const QString& saleNo);
    /// Seals up to `limit` settlements due, oldest first, brings the head kept apart up to date,
    /// and copies records the backup lacks (within the same `limit`). Returns how many records
    /// were sealed or copied; the first failure to seal stops it (the rest stay due). A store
    /// upgraded with years of signed settlements seals them in slices (the counter seals a slice
    /// at start and the rest while it waits), so no start waits for its history.
    [[nodiscard]] Result<int> sealPending(int limit = std::numeric_limits<int>::max());

    /// Why the newest copy to the backup location failed (the record itself is sealed and the copy
    /// is written again at the next start); empty once a copy succeeds.
    [[nodiscard]] QString backupProblem() const { return m_backupProblem; }
    /// A copy failed in this process and the copy has not been found complete since: the next
    /// sealPending() looks for every record the copy lacks.
    [[nodiscard]] bool backupBehind() const { return m_backupBehind; }

private:
    /// Chains, signs and keeps the record of `subject`: `kindNow` says which kind it is due now
    /// (nullopt: none, so nothing sealed can be handed back), `drafted` builds it once.
    [[nodiscard]] Result<ArchiveRecord>
    sealRecord(const QString& subject,
               const std::function<Result<std::optional<RecordKind>>()>& kindNow,
               const std::function<Result<RecordDraft>()>& drafted);
    void keepHeadApart(const ArchiveHead& head);
    void keepBackup(const ArchiveRecord& record, const QMap<QString, QByteArray>& documents);
    /// Copies up to `limit` records the backup lacks (a failed copy, a backup disk replaced).
    /// While no copy failed in this process, a copy holding the newest record is taken as
    /// complete (one look, so a start never lists years of files); otherwise the copy's list is
    /// read. Returns how many it copied.
    int catchUpBackup(int limit);

    ArchiveStore& m_store;
    ArchiveSources m_sources;
    const RecordSealer& m_sealer;
    const Clock& m_clock;
    AuditLog& m_audit;
    QString m_storeId;
    ArchiveHeadCopies* m_headCopies;
    ArchiveBackupCopy* m_backup;
    QString m_backupProblem;
    bool m_backupBehind = false;
};

/// What `archive verify` found.
struct ArchiveVerification
{
    qint64 records = 0;       ///< records read
    qint64 piecesChecked = 0; ///< documents re-hashed
    std::optional<ArchiveHead>
        head;                       ///< the head checked against (the newer of database and copies)
    QList<ArchiveFinding> findings; ///< empty: every record as sealed
    QString backupPlace;            ///< the copy checked; empty: no backup location configured
    qint64 backupRecords = 0;       ///< records read from the copy
    qint64 backupPiecesChecked = 0; ///< documents of the copy re-hashed
};

/// Re-computes every record's hash and link, checks every signature and the newest head (the
/// database's, or the one kept apart when it is newer: records cut off the end show), and
/// re-hashes the documents of the records sealed in [from, to] (invalid: unbounded) — each
/// document against its piece, the clip's manifest also against the manifest the camera's store
/// holds now. Then the copy at the backup location (`backup`; nullptr: none configured) the same
/// way on its own — hashes, links, signatures, documents, against the same signed head — so a
/// record missing, damaged or altered in the copy is named as the backup's ("备份中的记录 #12…").
/// Streams the records: memory holds numbers and hashes, not the archive.
[[nodiscard]] Result<ArchiveVerification>
verifyArchive(const ArchiveStore& store, const RecordSealer& sealer, const QString& storeId,
              const ArchiveHeadCopies* headCopies, const EvidenceArchive* evidence,
              const QDate& from = {}, const QDate& to = {},
              const ArchiveBackupCopy* backup = nullptr);

/// The archive as people read it (`archive show`, the manager's archive screen): each record and
/// each document opened needs Permission::ViewSettlementEvidence (they hold the patient's
/// signature, face and prescription) and is audited (ArchiveViewed), refusals too.
class ArchiveReader
{
public:
    ArchiveReader(const ArchiveStore& store, AccessControl& access);
    /// The records of a settlement or prescription number, oldest first; NotFound naming it.
    [[nodiscard]] Result<QList<ArchiveRecord>> records(const QString& number);
    /// One document of a record, checked against its sealed hash before it is handed out.
    [[nodiscard]] Result<QByteArray> document(const ArchiveRecord& record, const QString& name);

    /// A record with its documents, each checked against its sealed hash.
    struct Exported
    {
        ArchiveRecord record;
        QMap<QString, QByteArray> documents; ///< the present pieces, by name
    };
    /// The inspector's bundle of a settlement or prescription number (`archive export`): every
    /// record with every present document. Needs Permission::ExportSettlementEvidence; audited as
    /// an export carrying personal data (PersonalDataExported). A document that no longer matches
    /// its hash refuses the export, naming it (SETTLE-SLIP): a bundle never carries a changed file.
    [[nodiscard]] Result<QList<Exported>> exportRecords(const QString& number);

    /// The month's binding index (装订清单): the records sealed in `month`, in sealing order, so
    /// the paper file (slips, paper prescriptions) is bound in the order the electronic one holds.
    struct BindingList
    {
        QDate month; ///< its first day
        QList<ArchiveStore::Entry> entries;
        bool more = false; ///< more records than `limit` were sealed that month
    };
    /// Needs Permission::ViewSettlementEvidence; audited (ArchiveViewed). Lists no personal data.
    [[nodiscard]] Result<BindingList> bindingList(const QDate& month, int limit = 100000);

    /// The records sealed from `from` to `to` (days, both included), in sealing order: the
    /// archive screen's and `archive show`'s search by date. Needs
    /// Permission::ViewSettlementEvidence; audited (ArchiveViewed). Lists no personal data.
    struct DayList
    {
        QDate from;
        QDate to;
        QList<ArchiveStore::Entry> entries;
        bool more = false; ///< more records than `limit` were sealed then
    };
    [[nodiscard]] Result<DayList> sealedOn(const QDate& from, const QDate& to, int limit = 1000);

private:
    /// The entries sealed in [from, to) when the acting user may see the archive: at most
    /// `limit`, `more` set when there were more.
    [[nodiscard]] Result<QList<ArchiveStore::Entry>> entriesBetween(const QString& label,
                                                                    const QDateTime& from,
                                                                    const QDateTime& to, int limit,
                                                                    bool& more);

    /// The records of `number` when the acting user has `permission`; NotFound naming it.
    [[nodiscard]] Result<QList<ArchiveRecord>> allowedRecords(Permission permission,
                                                              const QString& number);

    const ArchiveStore& m_store;
    AccessControl& m_access;
};

/// The record for a person reading it (`archive show`): what it is of, when sealed, the
/// settlement's amounts and lines, the prescription and its review, each document with its hash
/// or why it is missing. The insured person is masked (maskName, maskIdNumber) unless `full`.
[[nodiscard]] QStringList describeRecord(const ArchiveRecord& record, bool full = false);

/// A day or a range of days as typed in a search: "2026-12-06", "2026-12-01..2026-12-06" (also
/// with "~", "至" or " - " between); nullopt when the text is not one (a number — eight digits
/// may be a prescription's —, a code, a name). A range typed backwards is put in order.
[[nodiscard]] std::optional<std::pair<QDate, QDate>> parseDayRange(const QString& text);

/// The day list as shown: a heading with the days and a line per record (its number in the chain,
/// when sealed, kind, settlement or sale number, prescription number) and the count.
[[nodiscard]] QStringList dayListSheet(const ArchiveReader::DayList& list);

/// What kind of record it is, in words (医保结算, 医保退费, 处方销售).
[[nodiscard]] QString recordKindText(RecordKind kind);

/// The binding index as printed: a heading with the store and month, a line per record (its
/// number in the chain, when sealed, kind, settlement or sale number, prescription number, and a
/// box to tick when the paper is filed), and the count, so a gap in the paper file shows.
[[nodiscard]] QStringList bindingSheet(const ArchiveReader::BindingList& list,
                                       const QString& storeName);

} // namespace archive
} // namespace pos
