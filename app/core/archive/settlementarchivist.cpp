#include "app/core/archive/settlementarchivist.h"

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/logging.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencearchive.h"
#include "app/core/ports/inventoryrepository.h"
#include "app/core/ports/prescriptionrepository.h"
#include "app/core/ports/recordsealer.h"
#include "app/core/ports/salerepository.h"
#include "app/core/ports/settlementstore.h"
#include "app/core/staff/privacy.h"
#include "app/core/staff/session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <thread>

namespace pos::archive {

namespace {

/// Translation context "SettlementArchivist" (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettlementArchivist)
};

const QString kRxFile = QStringLiteral("prescription");
const QString kSlip = QStringLiteral("slip.txt");
const QString kSignature = QStringLiteral("signature.png");
const QString kStrokes = QStringLiteral("signature.json");
const QString kFace = QStringLiteral("face.jpg");
const QString kClip = QStringLiteral("clip.json");

/// The most audit entries a record quotes (a settlement has a few dozen steps).
constexpr int kAuditEntries = 500;

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QString extensionOf(const QString& mime)
{
    if (mime == QStringLiteral("application/pdf"))
        return QStringLiteral("pdf");
    if (mime == QStringLiteral("image/png"))
        return QStringLiteral("png");
    if (mime == QStringLiteral("image/jpeg"))
        return QStringLiteral("jpg");
    return QStringLiteral("bin");
}

QJsonObject callJson(const PlatformCallRecord& c)
{
    return QJsonObject{{QStringLiteral("msgid"), c.msgId},
                       {QStringLiteral("infno"), c.infno},
                       {QStringLiteral("state"), callStateKey(c.state)},
                       {QStringLiteral("infcode"), c.infcode},
                       {QStringLiteral("message"), c.message},
                       {QStringLiteral("sent_at"), iso(c.sentAt)},
                       {QStringLiteral("answered_at"), iso(c.answeredAt)},
                       {QStringLiteral("input"), c.input},
                       {QStringLiteral("output"), c.output}};
}

QJsonObject reviewJson(const PrescriptionReview& r)
{
    return QJsonObject{
        {QStringLiteral("decision"), r.decision == PrescriptionReview::Decision::Approved
                                         ? QStringLiteral("approved")
                                         : QStringLiteral("rejected")},
        {QStringLiteral("opinion"), r.opinion},
        {QStringLiteral("pharmacist"), r.pharmacistName},
        {QStringLiteral("licence_no"), r.licenceNo},
        {QStringLiteral("phar_code"), r.insurancePharmacistCode},
        {QStringLiteral("time"), iso(r.time)},
        {QStringLiteral("content_hash"), r.contentHash},
        {QStringLiteral("long_term_confirmed"), r.longTermConfirmed}};
}

QJsonObject clipJson(const ClipRecord& c)
{
    const QString outcome = c.outcome == ClipOutcome::Completed   ? QStringLiteral("completed")
                            : c.outcome == ClipOutcome::Abandoned ? QStringLiteral("abandoned")
                                                                  : QStringLiteral("interrupted");
    return QJsonObject{{QStringLiteral("settlement_no"), c.settlementNo},
                       {QStringLiteral("manifest"), c.manifestPath.section(u'/', -1)},
                       {QStringLiteral("manifest_sha256"), QString::fromLatin1(c.manifestSha256)},
                       {QStringLiteral("start"), iso(c.start)},
                       {QStringLiteral("end"), iso(c.end)},
                       {QStringLiteral("segments"), c.segmentCount},
                       {QStringLiteral("has_face"), c.hasFace},
                       {QStringLiteral("outcome"), outcome}};
}

/// Collects the pieces in reading order: present ones hashed, missing ones with their reason.
class Pieces
{
public:
    void present(const QString& name, const QByteArray& bytes)
    {
        m_list.append(ArchivePiece{name, sha256Hex(bytes), bytes.size(), {}});
        m_docs.insert(name, bytes);
    }
    void missing(const QString& name, const QString& why)
    {
        m_list.append(ArchivePiece{name, {}, 0, why});
    }
    QList<ArchivePiece> m_list;
    QMap<QString, QByteArray> m_docs;
};

/// The settlement's stored document `kind`, or why it is missing.
Status settlementDocument(const SettlementStore& store, const QString& no, const QString& kind,
                          const QString& whyMissing, Pieces& pieces)
{
    Result<std::optional<QByteArray>> d = store.document(no, kind);
    if (!d)
        return d.error();
    if (d->has_value())
        pieces.present(kind, **d);
    else
        pieces.missing(kind, whyMissing);
    return {};
}

/// The batches sale `saleNo` took, from the ledger, into `sale` (or why they are not there).
void addBatches(const ArchiveSources& sources, const QString& saleNo, QJsonObject& sale)
{
    if (!sources.ledger) {
        sale.insert(QStringLiteral("batches_missing"), Tr::tr("未接入进销存台账"));
        return;
    }
    QJsonArray batches;
    for (const DocumentMovement& m : sources.ledger->movementsOf(saleNo))
        batches.append(QJsonObject{{QStringLiteral("product_id"), double(m.productId)},
                                   {QStringLiteral("batch_id"), double(m.batchId)},
                                   {QStringLiteral("batch_no"), m.batchNo},
                                   {QStringLiteral("pieces"), double(m.pieces)}});
    sale.insert(QStringLiteral("batches"), batches);
}

/// The prescription `rxNo` into the record: its content as received, the pharmacist's review
/// (and whether it was given on exactly this content), and its original file as a piece.
void addPrescription(const ArchiveSources& sources, const QString& rxNo, QJsonObject& content,
                     Pieces& pieces)
{
    if (rxNo.isEmpty()) {
        pieces.missing(kRxFile, Tr::tr("本笔结算无处方号"));
        return;
    }
    if (!sources.prescriptions) {
        pieces.missing(kRxFile, Tr::tr("未接入处方库"));
        return;
    }
    const std::optional<Prescription> rx = sources.prescriptions->find(rxNo);
    if (!rx) {
        pieces.missing(kRxFile, Tr::tr("处方库中没有处方 %1").arg(rxNo));
        content.insert(QStringLiteral("prescription_missing"),
                       Tr::tr("处方库中没有处方 %1").arg(rxNo));
        return;
    }
    const QString hash = rx->contentHash();
    QJsonObject p{
        {QStringLiteral("rx_no"), rx->rxNo},
        {QStringLiteral("content"), QJsonDocument::fromJson(rx->canonicalContent()).object()},
        {QStringLiteral("content_hash"), hash},
        {QStringLiteral("source"), rx->source == RxSource::Download
                                       ? QStringLiteral("download")
                                       : QStringLiteral("paper_entry")},
        {QStringLiteral("status"), int(rx->status)},
        {QStringLiteral("original_mime"), rx->originalMime}};
    if (std::optional<PrescriptionReview> review = sources.prescriptions->latestReview(rxNo)) {
        p.insert(QStringLiteral("review"), reviewJson(*review));
        p.insert(QStringLiteral("reviewed_this_content"), review->contentHash == hash);
    } else {
        p.insert(QStringLiteral("review_missing"), Tr::tr("处方未经药师审核"));
    }
    content.insert(QStringLiteral("prescription"), p);
    if (rx->originalFile.isEmpty())
        pieces.missing(kRxFile, rx->source == RxSource::PaperEntry
                                    ? Tr::tr("纸质处方未附照片或扫描件")
                                    : Tr::tr("平台未提供处方原件"));
    else
        pieces.present(kRxFile + u'.' + extensionOf(rx->originalMime), rx->originalFile);
}

/// Every audited step about `targets` (empty ones skipped) into the record.
Status addAudit(const ArchiveSources& sources, const QStringList& targets, QJsonObject& content)
{
    if (!sources.trail) {
        content.insert(QStringLiteral("audit_missing"), Tr::tr("未接入审计日志"));
        return {};
    }
    QStringList about;
    for (const QString& t : targets)
        if (!t.isEmpty())
            about << t;
    Result<QList<AuditEntry>> entries = sources.trail->entriesAbout(about, kAuditEntries);
    if (!entries)
        return entries.error();
    QJsonArray steps;
    for (const AuditEntry& e : std::as_const(*entries))
        steps.append(QJsonArray{double(e.seq), iso(e.time), e.actor, e.action, e.target, e.detail});
    content.insert(QStringLiteral("audit"), steps);
    return {};
}

} // namespace

QStringList settlementPieceNames()
{
    return {kRxFile + QStringLiteral(".*"), kSlip, kSignature, kStrokes, kFace, kClip};
}

Result<RecordDraft> draftSettlementRecord(const ArchiveSources& sources,
                                          const QString& settlementNo, const QDateTime& at)
{
    if (!sources.settlements)
        return makeError(ErrorCode::Configuration, Tr::tr("归档缺少结算数据来源"));
    Result<std::optional<InsuredSettlementRecord>> found = sources.settlements->find(settlementNo);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, Tr::tr("没有结算 %1").arg(settlementNo));
    const InsuredSettlementRecord& s = **found;
    RecordDraft draft;
    ArchiveRecord& r = draft.record;
    if (s.state == SettleState::Signed)
        r.kind = RecordKind::InsuredSettlement;
    else if (s.state == SettleState::Refunded)
        r.kind = RecordKind::Refund;
    else
        return makeError(ErrorCode::WrongState,
                         Tr::tr("结算 %1 尚未签字或退费（%2），不能归档")
                             .arg(settlementNo, toDisplayString(s.state)),
                         QStringLiteral("SETTLE-SLIP"));
    r.subject = settlementNo;
    r.prescriptionNo = s.rxNo;
    r.sealedAt = at;

    QJsonObject content;
    content.insert(QStringLiteral("settlement"), s.toJson());

    Result<QList<PlatformCallRecord>> calls = sources.settlements->callsOf(settlementNo);
    if (!calls)
        return calls.error();
    QJsonArray callArray;
    for (const PlatformCallRecord& c : std::as_const(*calls))
        callArray.append(callJson(c));
    content.insert(QStringLiteral("platform_calls"), callArray);

    if (!s.saleNo.isEmpty()) {
        QJsonObject sale{{QStringLiteral("sale_no"), s.saleNo}};
        addBatches(sources, s.saleNo, sale);
        content.insert(QStringLiteral("sale"), sale);
    }

    Pieces pieces;
    addPrescription(sources, s.rxNo, content, pieces);

    // What the settlement kept: the slip as printed, the signature.
    if (Status st = settlementDocument(*sources.settlements, settlementNo, kSlip,
                                       Tr::tr("结算单未打印"), pieces);
        !st)
        return st.error();
    if (Status st = settlementDocument(*sources.settlements, settlementNo, kSignature,
                                       Tr::tr("患者未签字"), pieces);
        !st)
        return st.error();
    const bool paper = s.signatureRef.contains(QStringLiteral("(paper)"));
    if (Status st = settlementDocument(
            *sources.settlements, settlementNo, kStrokes,
            paper ? Tr::tr("纸质签名扫描件，无笔迹") : Tr::tr("没有签名笔迹"), pieces);
        !st)
        return st.error();

    // The camera's evidence: the face and the clip (its manifest names every segment by hash).
    if (!sources.evidence) {
        pieces.missing(kFace, Tr::tr("未配置结算摄像头"));
        pieces.missing(kClip, Tr::tr("未配置结算摄像头"));
    } else {
        Result<QByteArray> face = sources.evidence->faceImage(settlementNo);
        if (face)
            pieces.present(kFace, *face);
        else
            pieces.missing(kFace, face.error().code == ErrorCode::NotFound
                                      ? Tr::tr("本笔结算没有人脸图像")
                                      : face.error().message);
        Result<EvidenceSummary> clip = sources.evidence->find(settlementNo);
        if (clip) {
            QJsonObject c = clipJson(clip->clip);
            c.insert(QStringLiteral("backed_up"), clip->backedUp);
            pieces.present(kClip, QJsonDocument(c).toJson(QJsonDocument::Compact));
        } else {
            pieces.missing(kClip, clip.error().code == ErrorCode::NotFound
                                      ? Tr::tr("本笔结算没有录像")
                                      : clip.error().message);
        }
    }

    // Every audited step of the settlement and its prescription (the print confirmation too).
    if (Status st = addAudit(sources, {settlementNo, s.rxNo, s.saleNo}, content); !st)
        return st.error();

    if (r.kind == RecordKind::Refund)
        content.insert(QStringLiteral("refund"),
                       QJsonObject{{QStringLiteral("reason"), s.endReason},
                                   {QStringLiteral("refund_setl_id"), s.refundSetlId},
                                   {QStringLiteral("at"), iso(s.updatedAt)}});
    r.content = content;
    r.pieces = pieces.m_list;
    draft.documents = pieces.m_docs;
    return draft;
}

namespace {

/// The cash prescription sale `saleNo` as recorded, refused (WrongState) for a sale without a
/// prescription or one paid by insurance (its settlement's records hold it).
Result<CompletedSale> cashPrescriptionSale(const ArchiveSources& sources, const QString& saleNo)
{
    if (!sources.sales)
        return makeError(ErrorCode::Configuration, Tr::tr("归档缺少销售数据来源"));
    std::optional<CompletedSale> found = sources.sales->findBySaleNo(saleNo);
    if (!found)
        return makeError(ErrorCode::NotFound, Tr::tr("没有销售单 %1").arg(saleNo));
    if (found->rxNo.isEmpty() || found->payment.method == PaymentMethod::Insurance)
        return makeError(ErrorCode::WrongState,
                         found->rxNo.isEmpty()
                             ? Tr::tr("销售单 %1 没有处方，不单独归档").arg(saleNo)
                             : Tr::tr("销售单 %1 是医保结算的销售，随其结算归档").arg(saleNo),
                         QStringLiteral("SETTLE-SLIP"));
    return std::move(*found);
}

/// The sale as a record holds it: lines, prices, the cash taken, each box's code, the batches.
QJsonObject cashSaleJson(const ArchiveSources& sources, const CompletedSale& sale)
{
    QJsonArray lines;
    for (const SaleLine& l : sale.lines)
        lines.append(
            QJsonObject{{QStringLiteral("product_id"), double(l.product.id)},
                        {QStringLiteral("name"), l.product.genericName},
                        {QStringLiteral("spec"), l.product.spec},
                        {QStringLiteral("unit"), l.unitName()},
                        {QStringLiteral("quantity"), l.quantity},
                        {QStringLiteral("unit_price"), double(l.unitPrice.fen())},
                        {QStringLiteral("amount"), double(l.amount().fen())},
                        {QStringLiteral("trace_codes"), QJsonArray::fromStringList(l.traceCodes)}});
    QJsonObject json{{QStringLiteral("sale_no"), sale.saleNo},
                     {QStringLiteral("sold_at"), iso(sale.time)},
                     {QStringLiteral("terminal"), sale.terminal},
                     {QStringLiteral("operator"), sale.operatorName},
                     {QStringLiteral("total"), double(sale.total.fen())},
                     {QStringLiteral("payment"), QStringLiteral("cash")},
                     {QStringLiteral("tendered"), double(sale.payment.tendered.fen())},
                     {QStringLiteral("change"), double(sale.payment.change.fen())},
                     {QStringLiteral("lines"), lines}};
    // CTRL-EPHEDRINE: the registered buyer (personal data; the record's content is encrypted).
    if (!sale.buyerIdNumber.isEmpty())
        json.insert(QStringLiteral("buyer_id_number"), sale.buyerIdNumber);
    addBatches(sources, sale.saleNo, json);
    return json;
}

} // namespace

namespace {

/// A record of cash prescription sale `sale` of `kind` holding `content`, with the prescription
/// (content, review, original file) and every audited step about `auditTargets`.
Result<RecordDraft> cashRecord(const ArchiveSources& sources, RecordKind kind,
                               const CompletedSale& sale, QJsonObject content,
                               const QStringList& auditTargets, const QDateTime& at)
{
    RecordDraft draft;
    ArchiveRecord& r = draft.record;
    r.kind = kind;
    r.subject = sale.saleNo;
    r.prescriptionNo = sale.rxNo;
    r.sealedAt = at;
    Pieces pieces;
    addPrescription(sources, sale.rxNo, content, pieces);
    if (Status st = addAudit(sources, auditTargets, content); !st)
        return st.error();
    r.content = content;
    r.pieces = pieces.m_list;
    draft.documents = pieces.m_docs;
    return draft;
}

} // namespace

Result<RecordDraft> draftCashPrescriptionRecord(const ArchiveSources& sources,
                                                const QString& saleNo, const QDateTime& at)
{
    Result<CompletedSale> sale = cashPrescriptionSale(sources, saleNo);
    if (!sale)
        return sale.error();
    // The sale, its prescription's steps (received, reviewed, printed, confirmed) and the receipt.
    return cashRecord(sources, RecordKind::CashPrescriptionSale, *sale,
                      QJsonObject{{QStringLiteral("sale"), cashSaleJson(sources, *sale)}},
                      {saleNo, sale->rxNo}, at);
}

Result<RecordDraft> draftCashReturnRecord(const ArchiveSources& sources, const QString& saleNo,
                                          const QDateTime& at)
{
    Result<CompletedSale> sale = cashPrescriptionSale(sources, saleNo);
    if (!sale)
        return sale.error();
    Result<std::optional<SaleReturnRecord>> returned = sources.sales->returnOf(saleNo);
    if (!returned)
        return returned.error();
    if (!returned->has_value())
        return makeError(ErrorCode::WrongState,
                         Tr::tr("销售单 %1 没有退货，不能归档退货").arg(saleNo),
                         QStringLiteral("SETTLE-SLIP"));
    const SaleReturnRecord& back = **returned;
    return cashRecord(
        sources, RecordKind::CashPrescriptionReturn, *sale,
        QJsonObject{{QStringLiteral("sale"), cashSaleJson(sources, *sale)},
                    {QStringLiteral("return"),
                     QJsonObject{{QStringLiteral("return_no"), back.returnNo},
                                 {QStringLiteral("at"), iso(back.returnedAt)},
                                 {QStringLiteral("operator"), back.operatorName},
                                 {QStringLiteral("reason"), back.reason},
                                 {QStringLiteral("refund"), double(back.refund.fen())}}}},
        {saleNo, back.returnNo, sale->rxNo}, at);
}

SettlementArchivist::SettlementArchivist(ArchiveStore& store, ArchiveSources sources,
                                         const RecordSealer& sealer, const Clock& clock,
                                         AuditLog& audit, QString storeId,
                                         ArchiveHeadCopies* headCopies, ArchiveBackupCopy* backup)
    : m_store(store)
    , m_sources(sources)
    , m_sealer(sealer)
    , m_clock(clock)
    , m_audit(audit)
    , m_storeId(std::move(storeId))
    , m_headCopies(headCopies)
    , m_backup(backup)
{
}

Result<ArchiveRecord> SettlementArchivist::seal(const QString& settlementNo)
{
    if (!m_sources.settlements)
        return makeError(ErrorCode::Configuration, Tr::tr("归档缺少结算数据来源"));
    return sealRecord(
        settlementNo,
        [this, settlementNo]() -> Result<std::optional<RecordKind>> {
            Result<std::optional<InsuredSettlementRecord>> s =
                m_sources.settlements->find(settlementNo);
            if (!s)
                return s.error();
            if (!s->has_value())
                return std::optional<RecordKind>();
            const SettleState state = (*s)->state;
            return state == SettleState::Signed     ? std::optional(RecordKind::InsuredSettlement)
                   : state == SettleState::Refunded ? std::optional(RecordKind::Refund)
                                                    : std::nullopt;
        },
        [this, settlementNo] {
            return draftSettlementRecord(m_sources, settlementNo, m_clock.now());
        });
}

Result<ArchiveRecord> SettlementArchivist::sealSale(const QString& saleNo)
{
    return sealRecord(
        saleNo,
        []() -> Result<std::optional<RecordKind>> { return {RecordKind::CashPrescriptionSale}; },
        [this, saleNo] { return draftCashPrescriptionRecord(m_sources, saleNo, m_clock.now()); });
}

Result<ArchiveRecord> SettlementArchivist::sealReturn(const QString& saleNo)
{
    return sealRecord(
        saleNo,
        []() -> Result<std::optional<RecordKind>> { return {RecordKind::CashPrescriptionReturn}; },
        [this, saleNo] { return draftCashReturnRecord(m_sources, saleNo, m_clock.now()); });
}

Result<ArchiveRecord>
SettlementArchivist::sealRecord(const QString& subject,
                                const std::function<Result<std::optional<RecordKind>>()>& kindNow,
                                const std::function<Result<RecordDraft>()>& drafted)
{
    m_backupProblem.clear(); // what backupProblem() says afterwards is about this seal's copy
    std::optional<RecordDraft> draft;
    // Another process (a manager's refund command beside the counter) may seal between our read
    // and our write: the store refuses an append that does not follow its newest record, and we
    // look again — it may have sealed this very record — before chaining again.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        Result<std::optional<RecordKind>> kind = kindNow();
        if (!kind)
            return kind.error();
        if (kind->has_value()) {
            // Sealed already (a second call, a seal whose caller did not hear back, another
            // process): that record, without drafting anything.
            Result<QList<ArchiveRecord>> existing = m_store.findBySubjectOrPrescription(subject);
            if (!existing)
                return existing.error();
            for (const ArchiveRecord& e : std::as_const(*existing))
                if (e.subject == subject && e.kind == **kind)
                    return e;
        }
        if (!draft) {
            Result<RecordDraft> d = drafted();
            if (!d)
                return d.error();
            draft = std::move(d).value();
        }
        Result<std::optional<ArchiveRecord>> last = m_store.last();
        if (!last)
            return last.error();
        ArchiveRecord r =
            chainAfter(last->has_value() ? &**last : nullptr, draft->record, m_storeId);
        if (Status st = signRecord(r, m_storeId, m_sealer); !st)
            return st.error();
        const Status appended = m_store.append(r, draft->documents);
        if (!appended) {
            if (appended.error().code == ErrorCode::WrongState && attempt < kAttempts)
                continue;
            return appended.error();
        }
        keepHeadApart(ArchiveHead::of(r));
        keepBackup(r, draft->documents);
        for (QByteArray& d : draft->documents)
            d.fill('\0');
        const QStringList missing = r.missingPieces();
        (void)m_audit.append(
            AuditEvent{m_clock.now(), QStringLiteral("-"), AuditAction::ArchiveSealed, r.subject,
                       Tr::tr("归档记录 #%1（%2）已封存，%3 件文档%4")
                           .arg(r.seq)
                           .arg(recordKindKey(r.kind))
                           .arg(r.pieces.size() - missing.size())
                           .arg(missing.isEmpty()
                                    ? QString()
                                    : Tr::tr("；缺：%1").arg(missing.join(QStringLiteral("；"))))});
        return r;
    }
}

void SettlementArchivist::keepHeadApart(const ArchiveHead& head)
{
    if (!m_headCopies)
        return;
    // A copy that could not be written is said now and written again at the next seal or start;
    // the record itself is sealed.
    if (Status s = m_headCopies->keep(head); !s)
        qCWarning(lcCore).noquote() << s.error().userText();
}

void SettlementArchivist::keepBackup(const ArchiveRecord& record,
                                     const QMap<QString, QByteArray>& documents)
{
    if (!m_backup)
        return;
    if (Status s = m_backup->keep(record, documents); !s) {
        m_backupProblem = s.error().userText();
        m_backupBehind = true;
        qCWarning(lcCore).noquote() << m_backupProblem;
        return;
    }
    m_backupProblem.clear();
}

int SettlementArchivist::catchUpBackup(int limit)
{
    if (!m_backup || limit <= 0)
        return 0;
    Result<std::optional<ArchiveHead>> head = m_store.head();
    if (!head) {
        m_backupProblem = head.error().userText();
        qCWarning(lcCore).noquote() << m_backupProblem;
        return 0;
    }
    if (!head->has_value())
        return 0;
    const qint64 newest = (*head)->seq;
    // Copies are written in sealing order: with no failure seen, holding the newest means
    // holding all (a gap left by an earlier process that failed and then wrote a later record is
    // named by archive verify).
    if (!m_backupBehind && m_backup->has(newest))
        return 0;
    Result<QList<qint64>> held = m_backup->held();
    if (!held) {
        m_backupProblem = held.error().userText();
        qCWarning(lcCore).noquote() << m_backupProblem;
        return 0;
    }
    // Numbers run 1…newest without gaps: a copy holding that many, ending there, is complete.
    if (held->size() >= newest && !held->isEmpty() && held->last() == newest) {
        m_backupBehind = false;
        return 0;
    }
    const QSet<qint64> have(held->cbegin(), held->cend());
    int copied = 0;
    for (qint64 seq = 1; seq <= newest && copied < limit; ++seq) {
        if (have.contains(seq))
            continue;
        Result<std::optional<ArchiveRecord>> r = m_store.record(seq);
        Result<QMap<QString, QByteArray>> docs = m_store.documentsOf(seq);
        if (!r || !docs || !r->has_value()) {
            // Verify names what the database cannot give; the copy goes on with the rest.
            continue;
        }
        QMap<QString, QByteArray> documents = std::move(docs).value();
        keepBackup(**r, documents);
        for (QByteArray& d : documents)
            d.fill('\0');
        if (!m_backupProblem.isEmpty())
            return copied; // the backup disk is still away: the next start tries again
        ++copied;
    }
    // Every record the copy lacked is there now: nothing more to look for until a copy fails.
    if (have.size() + copied >= newest)
        m_backupBehind = false;
    return copied;
}

Result<int> SettlementArchivist::sealPending(int limit)
{
    Result<QList<ArchiveStore::Due>> due = m_store.due(limit);
    if (!due)
        return due.error();
    int sealed = 0;
    for (const ArchiveStore::Due& d : std::as_const(*due)) {
        Result<ArchiveRecord> r = d.kind == RecordKind::CashPrescriptionSale ? sealSale(d.subject)
                                  : d.kind == RecordKind::CashPrescriptionReturn
                                      ? sealReturn(d.subject)
                                      : seal(d.subject);
        if (!r)
            return r.error();
        ++sealed;
    }
    // The copies kept apart catch up with the database's head (a copy that failed last time).
    if (m_headCopies) {
        Result<std::optional<ArchiveHead>> head = m_store.head();
        Result<std::optional<ArchiveHead>> kept = m_headCopies->newest();
        if (head && head->has_value()
            && (!kept || !kept->has_value() || (*kept)->seq < (*head)->seq))
            keepHeadApart(**head);
    }
    // Records sealed before people were indexed get their keyed hashes (a search by patient
    // finds them), a slice at a time like the rest.
    int indexed = 0;
    if (sealed < limit) {
        Result<int> people = m_store.indexPeople(limit - sealed);
        if (!people)
            qCWarning(lcCore).noquote() << people.error().userText();
        else
            indexed = *people;
    }
    return sealed + indexed + catchUpBackup(limit - sealed - indexed);
}

Result<ArchiveVerification> verifyArchive(const ArchiveStore& store, const RecordSealer& sealer,
                                          const QString& storeId,
                                          const ArchiveHeadCopies* headCopies,
                                          const EvidenceArchive* evidence, const QDate& from,
                                          const QDate& to, const ArchiveBackupCopy* backup)
{
    ArchiveVerification out;
    const auto inRange = [&](const ArchiveRecord& r) {
        const QDate day = r.sealedAt.toLocalTime().date();
        return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
    };
    // A record's documents are read and hashed in one query (where the bytes are read); when one
    // of them cannot be read, each is read alone, so the finding names the document.
    qint64 cachedSeq = 0;
    std::optional<QMap<QString, QByteArray>> digests;
    ChainVerifier verifier(
        storeId, sealer,
        [&](const ArchiveRecord& r, const ArchivePiece& p) -> std::optional<PieceProblem> {
            if (!inRange(r))
                return std::nullopt;
            ++out.piecesChecked;
            if (cachedSeq != r.seq) {
                cachedSeq = r.seq;
                Result<QMap<QString, QByteArray>> all = store.documentDigests(r.seq);
                digests = all ? std::optional(*all) : std::nullopt;
            }
            if (digests) {
                if (!digests->contains(p.name))
                    return PieceProblem{true, {}};
                if (digests->value(p.name) != p.sha256)
                    return PieceProblem{false, Tr::tr("内容与封存时的哈希不符")};
            }
            // The clip's record is read to compare it with the video store's manifest; a record
            // whose documents could not all be read has each read alone.
            std::optional<QByteArray> bytes;
            if (!digests || (p.name == kClip && evidence)) {
                Result<std::optional<QByteArray>> d = store.document(r.seq, p.name);
                if (!d)
                    return PieceProblem{false, d.error().message};
                if (!d->has_value())
                    return PieceProblem{true, {}};
                if (sha256Hex(**d) != p.sha256)
                    return PieceProblem{false, Tr::tr("内容与封存时的哈希不符")};
                bytes = **d;
            }
            if (p.name == kClip && evidence) {
                // The manifest the camera's store holds now must be the one sealed.
                const QByteArray sealedManifest = QJsonDocument::fromJson(*bytes)
                                                      .object()
                                                      .value(QStringLiteral("manifest_sha256"))
                                                      .toString()
                                                      .toLatin1();
                Result<EvidenceSummary> now = evidence->find(r.subject);
                if (!now)
                    return PieceProblem{
                        true, Tr::tr("录像已不在录像存储中：%1").arg(now.error().message)};
                if (now->clip.manifestSha256 != sealedManifest)
                    return PieceProblem{false, Tr::tr("录像清单已与封存时不同")};
            }
            return std::nullopt;
        });
    // The copy at the backup location is checked on its own — what it holds must be the same
    // chain, up to the same signed head, with the same documents — on a second thread while this
    // one walks the database (the copy is files and the store key, nothing this thread holds), so
    // checking both takes about as long as checking one.
    QList<qint64> held;
    if (backup) {
        out.backupPlace = backup->place();
        Result<QList<qint64>> h = backup->held();
        if (!h)
            return h.error();
        held = std::move(h).value();
    }
    std::optional<ArchiveBackupCopy::Copy> current;
    ChainVerifier copies(
        storeId, sealer,
        [&](const ArchiveRecord& r, const ArchivePiece& p) -> std::optional<PieceProblem> {
            if (!inRange(r))
                return std::nullopt;
            ++out.backupPiecesChecked;
            if (!current || !current->documents.contains(p.name))
                return PieceProblem{true, {}};
            const QByteArray digest = current->digests.contains(p.name)
                                          ? current->digests.value(p.name)
                                          : sha256Hex(current->documents.value(p.name));
            if (digest != p.sha256)
                return PieceProblem{false, Tr::tr("内容与封存时的哈希不符")};
            return std::nullopt;
        });
    std::thread copyWalk;
    if (backup)
        copyWalk = std::thread([&] {
            for (const qint64 seq : std::as_const(held)) {
                Result<std::optional<ArchiveBackupCopy::Copy>> copy = backup->copyOf(seq);
                if (!copy) {
                    copies.feedUnreadable(seq, copy.error().message);
                    continue;
                }
                current = std::move(copy).value();
                if (!current)
                    continue;
                copies.feed(current->record);
                for (QByteArray& d : current->documents)
                    d.fill('\0');
                current.reset();
            }
        });
    const Status walked = store.forEach([&](qint64 seq, const Result<ArchiveRecord>& r) {
        if (r)
            verifier.feed(*r);
        else
            verifier.feedUnreadable(seq, r.error().message);
        return true;
    });
    if (copyWalk.joinable())
        copyWalk.join();
    if (!walked)
        return walked.error();
    Result<std::optional<ArchiveHead>> head = store.head();
    if (!head)
        return head.error();
    std::optional<ArchiveHead> latest = *head;
    if (headCopies) {
        Result<std::optional<ArchiveHead>> kept = headCopies->newest();
        if (!kept)
            return kept.error();
        if (kept->has_value() && (!latest || (*kept)->seq >= latest->seq))
            latest = **kept;
    }
    out.records = verifier.recordsSeen();
    out.head = latest;
    out.findings = verifier.finish(latest);
    if (!backup)
        return out;
    out.backupRecords = copies.recordsSeen();
    for (ArchiveFinding f : copies.finish(latest)) {
        f.inBackup = true;
        if (f.kind == ArchiveFinding::Kind::Truncated && latest)
            f.detail =
                Tr::tr("备份只到 #%1，链头为 #%2（备份未写入或被删除；收银台启动时补写缺少的记录）")
                    .arg(held.isEmpty() ? 0 : held.last())
                    .arg(latest->seq);
        out.findings.append(f);
    }
    return out;
}

ArchiveReader::ArchiveReader(const ArchiveStore& store, AccessControl& access)
    : m_store(store)
    , m_access(access)
{
}

namespace {

/// What a search text names when it is no record's number: a patient by ID number (18
/// characters, the last a digit or X) or by name (2–8 Chinese characters, a middle dot allowed).
std::optional<PersonalKind> personKindOf(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("^[0-9]{17}[0-9Xx]$"));
    static const QRegularExpression name(QStringLiteral("^[\\x{4e00}-\\x{9fff}·]{2,8}$"));
    if (id.match(text).hasMatch())
        return PersonalKind::IdNumber;
    if (name.match(text).hasMatch())
        return PersonalKind::PersonName;
    return std::nullopt;
}

} // namespace

Result<QList<ArchiveRecord>> ArchiveReader::allowedRecords(Permission permission,
                                                           const QString& number)
{
    const QString text = number.trimmed();
    const std::optional<PersonalKind> person = personKindOf(text);
    // A patient's ID or name never goes into the audit trail in plain (DATA-PRIVACY).
    const QString target = person ? maskPersonal(*person, text) : text;
    if (Status allowed = m_access.require(permission, target); !allowed)
        return allowed.error();
    Result<QList<ArchiveRecord>> found = m_store.findBySubjectOrPrescription(text);
    if (!found)
        return found.error();
    if (found->isEmpty() && person)
        found = m_store.findByPerson(*person, text);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("档案中没有 %1 的记录（结算单号、销售单号、处方号，或患者的身份证号"
                                "、姓名）")
                             .arg(target));
    return found;
}

Result<QList<ArchiveRecord>> ArchiveReader::records(const QString& number)
{
    Result<QList<ArchiveRecord>> found = allowedRecords(Permission::ViewSettlementEvidence, number);
    if (!found)
        return found.error();
    QStringList seqs;
    for (const ArchiveRecord& r : std::as_const(*found))
        seqs << QStringLiteral("#%1").arg(r.seq);
    const QString text = number.trimmed();
    const std::optional<PersonalKind> person = personKindOf(text);
    if (Status audited = m_access.recordAction(
            AuditAction::ArchiveViewed, person ? maskPersonal(*person, text) : text,
            person
                ? Tr::tr("按患者%1查阅归档记录 %2").arg(toDisplayString(*person), seqs.join(u' '))
                : Tr::tr("查阅归档记录 %1").arg(seqs.join(u' ')));
        !audited)
        return audited.error();
    return found;
}

Result<QByteArray> ArchiveReader::document(const ArchiveRecord& record, const QString& name)
{
    if (Status allowed = m_access.require(Permission::ViewSettlementEvidence, record.subject);
        !allowed)
        return allowed.error();
    const auto piece = std::find_if(record.pieces.cbegin(), record.pieces.cend(),
                                    [&](const ArchivePiece& p) { return p.name == name; });
    if (piece == record.pieces.cend() || !piece->missing.isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("归档记录 #%1 没有 %2").arg(record.seq).arg(name));
    Result<std::optional<QByteArray>> d = m_store.document(record.seq, name);
    if (!d)
        return d.error();
    if (!d->has_value())
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("归档记录 #%1 的 %2 已不在档案中").arg(record.seq).arg(name));
    if (sha256Hex(**d) != piece->sha256)
        return makeError(
            ErrorCode::StorageFailure,
            Tr::tr("归档记录 #%1 的 %2 与封存时不同，已被改动").arg(record.seq).arg(name),
            QStringLiteral("SETTLE-SLIP"));
    if (Status audited =
            m_access.recordAction(AuditAction::ArchiveViewed, record.subject,
                                  Tr::tr("打开归档记录 #%1 的 %2").arg(record.seq).arg(name));
        !audited)
        return audited.error();
    return **d;
}

Result<QList<ArchiveReader::Exported>> ArchiveReader::exportRecords(const QString& number)
{
    Result<QList<ArchiveRecord>> found =
        allowedRecords(Permission::ExportSettlementEvidence, number);
    if (!found)
        return found.error();
    QList<Exported> out;
    QStringList seqs;
    for (const ArchiveRecord& r : std::as_const(*found)) {
        Exported e{r, {}};
        for (const ArchivePiece& p : r.pieces) {
            if (!p.missing.isEmpty())
                continue;
            Result<std::optional<QByteArray>> d = m_store.document(r.seq, p.name);
            if (!d)
                return d.error();
            if (!d->has_value() || sha256Hex(**d) != p.sha256)
                return makeError(ErrorCode::StorageFailure,
                                 Tr::tr("归档记录 #%1 的 %2 缺失或与封存时不同，不能导出："
                                        "请运行 pharmapos archive verify")
                                     .arg(r.seq)
                                     .arg(p.name),
                                 QStringLiteral("SETTLE-SLIP"));
            e.documents.insert(p.name, **d);
        }
        seqs << QStringLiteral("#%1").arg(r.seq);
        out.append(e);
    }
    if (Status audited = m_access.recordAction(
            AuditAction::PersonalDataExported,
            personKindOf(number.trimmed())
                ? maskPersonal(*personKindOf(number.trimmed()), number.trimmed())
                : number,
            Tr::tr("导出归档记录 %1（含处方、签名、人脸）").arg(seqs.join(u' ')));
        !audited)
        return audited.error();
    return out;
}

Result<QList<ArchiveStore::Entry>> ArchiveReader::entriesBetween(const QString& label,
                                                                 const QDateTime& from,
                                                                 const QDateTime& to, int limit,
                                                                 bool& more)
{
    if (Status allowed = m_access.require(Permission::ViewSettlementEvidence, label); !allowed)
        return allowed.error();
    Result<QList<ArchiveStore::Entry>> entries = m_store.sealedBetween(from, to, limit + 1);
    if (!entries)
        return entries.error();
    more = entries->size() > limit;
    if (more)
        entries->resize(limit);
    return entries;
}

Result<ArchiveReader::BindingList> ArchiveReader::bindingList(const QDate& month, int limit)
{
    if (!month.isValid() || limit < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("装订清单要一个月份，例如 2026-11"));
    const QDate first(month.year(), month.month(), 1);
    const QString label = first.toString(QStringLiteral("yyyy-MM"));
    BindingList out{first, {}, false};
    Result<QList<ArchiveStore::Entry>> entries =
        entriesBetween(label, first.startOfDay(), first.addMonths(1).startOfDay(), limit, out.more);
    if (!entries)
        return entries.error();
    out.entries = std::move(entries).value();
    if (Status audited = m_access.recordAction(
            AuditAction::ArchiveViewed, label,
            Tr::tr("查阅 %1 的装订清单（%2 条记录）").arg(label).arg(out.entries.size()));
        !audited)
        return audited.error();
    return out;
}

Result<ArchiveReader::DayList> ArchiveReader::sealedOn(const QDate& from, const QDate& to,
                                                       int limit)
{
    if (!from.isValid() || !to.isValid() || to < from || limit < 1)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("按日期查找要一天或一段日期，例如 2026-12-06 或 "
                                "2026-12-01..2026-12-06"));
    const QString label = from == to ? from.toString(Qt::ISODate)
                                     : QStringLiteral("%1..%2").arg(from.toString(Qt::ISODate),
                                                                    to.toString(Qt::ISODate));
    DayList out{from, to, {}, false};
    Result<QList<ArchiveStore::Entry>> entries =
        entriesBetween(label, from.startOfDay(), to.addDays(1).startOfDay(), limit, out.more);
    if (!entries)
        return entries.error();
    out.entries = std::move(entries).value();
    if (Status audited = m_access.recordAction(
            AuditAction::ArchiveViewed, label,
            Tr::tr("查阅 %1 封存的记录（%2 条）").arg(label).arg(out.entries.size()));
        !audited)
        return audited.error();
    return out;
}

std::optional<std::pair<QDate, QDate>> parseDayRange(const QString& text)
{
    const auto day = [](const QString& t) {
        // With its dashes only: eight digits may be a prescription number.
        return QDate::fromString(t.trimmed(), QStringLiteral("yyyy-MM-dd"));
    };
    const QString t = text.trimmed();
    if (const QDate one = day(t); one.isValid())
        return std::pair{one, one};
    for (const QString& between :
         {QStringLiteral(".."), QStringLiteral("~"), QStringLiteral("至"), QStringLiteral(" - ")}) {
        const qsizetype at = t.indexOf(between);
        if (at < 0)
            continue;
        QDate a = day(t.left(at));
        QDate b = day(t.mid(at + between.size()));
        if (!a.isValid() || !b.isValid())
            return std::nullopt;
        if (b < a)
            std::swap(a, b);
        return std::pair{a, b};
    }
    return std::nullopt;
}

namespace {

QString entryLine(const ArchiveStore::Entry& e)
{
    return QStringLiteral("#%1  %2  %3  %4  %5")
        .arg(e.seq, 6, 10, QLatin1Char('0'))
        .arg(e.sealedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             recordKindText(e.kind), e.subject,
             e.prescriptionNo.isEmpty() ? Tr::tr("（无处方号）") : e.prescriptionNo);
}

} // namespace

QStringList dayListSheet(const ArchiveReader::DayList& list)
{
    QStringList lines;
    lines << (list.from == list.to
                  ? Tr::tr("%1 封存的归档记录").arg(list.from.toString(Qt::ISODate))
                  : Tr::tr("%1 至 %2 封存的归档记录")
                        .arg(list.from.toString(Qt::ISODate), list.to.toString(Qt::ISODate)));
    for (const ArchiveStore::Entry& e : list.entries)
        lines << entryLine(e);
    if (list.entries.isEmpty())
        lines << Tr::tr("这段日期没有封存的记录");
    else
        lines << Tr::tr("共 %1 条记录").arg(list.entries.size());
    if (list.more)
        lines << Tr::tr("还有更多记录：请缩短日期范围");
    return lines;
}

QString recordKindText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::InsuredSettlement: return Tr::tr("医保结算");
    case RecordKind::Refund: return Tr::tr("医保退费");
    case RecordKind::CashPrescriptionSale: return Tr::tr("处方销售");
    case RecordKind::CashPrescriptionReturn: return Tr::tr("处方退货");
    }
    return {};
}

QStringList bindingSheet(const ArchiveReader::BindingList& list, const QString& storeName)
{
    QStringList lines;
    lines << Tr::tr("%1  结算档案装订清单  %2")
                 .arg(storeName, list.month.toString(QStringLiteral("yyyy年M月")));
    lines << Tr::tr(
        "按封存顺序装订：纸质结算单、签字页与纸质处方依此顺序排放，每装一份在【 】中打勾");
    lines << Tr::tr("序  档案号    封存时间          类别      结算/销售单号          处方号");
    int n = 0;
    for (const ArchiveStore::Entry& e : list.entries)
        lines << QStringLiteral("%1  #%2  %3  %4  %5  %6  【 】")
                     .arg(++n, 3)
                     .arg(e.seq, 6, 10, QChar(u'0'))
                     .arg(e.sealedAt.toString(QStringLiteral("MM-dd HH:mm:ss")),
                          recordKindText(e.kind), e.subject.leftJustified(20),
                          e.prescriptionNo.isEmpty() ? QStringLiteral("-") : e.prescriptionNo);
    if (list.entries.isEmpty())
        lines << Tr::tr("本月没有封存的记录");
    else
        lines << Tr::tr("共 %1 条记录，档案号 #%2 至 #%3%4")
                     .arg(list.entries.size())
                     .arg(list.entries.first().seq)
                     .arg(list.entries.last().seq)
                     .arg(list.more ? Tr::tr("（本月还有更多记录未列出）") : QString());
    lines << Tr::tr("装订人：__________  核对人：__________  日期：__________");
    return lines;
}

QStringList describeRecord(const ArchiveRecord& r, bool full)
{
    QStringList lines;
    const QJsonObject s = r.content.value(QStringLiteral("settlement")).toObject();
    const QJsonObject person = s.value(QStringLiteral("person")).toObject();
    const auto yuan = [](const QJsonValue& fen) {
        return QStringLiteral("%1").arg(double(fen.toInteger()) / 100.0, 0, 'f', 2);
    };
    const QString kind = recordKindText(r.kind);
    lines << Tr::tr("归档记录 #%1  %2  %3").arg(r.seq).arg(kind, r.subject);
    lines << Tr::tr("封存时间：%1")
                 .arg(r.sealedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    lines << Tr::tr("处方号：%1")
                 .arg(r.prescriptionNo.isEmpty() ? QStringLiteral("-") : r.prescriptionNo);
    const QJsonObject sale = r.content.value(QStringLiteral("sale")).toObject();
    const bool cashSale =
        r.kind == RecordKind::CashPrescriptionSale || r.kind == RecordKind::CashPrescriptionReturn;
    if (cashSale) {
        lines << Tr::tr("现金处方销售：%1 元（收 %2，找 %3）  %4  收银员 %5  收银台 %6")
                     .arg(yuan(sale.value(QStringLiteral("total"))),
                          yuan(sale.value(QStringLiteral("tendered"))),
                          yuan(sale.value(QStringLiteral("change"))),
                          QDateTime::fromString(sale.value(QStringLiteral("sold_at")).toString(),
                                                Qt::ISODateWithMs)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          sale.value(QStringLiteral("operator")).toString(),
                          sale.value(QStringLiteral("terminal")).toString());
        if (const QString buyer = sale.value(QStringLiteral("buyer_id_number")).toString();
            !buyer.isEmpty())
            lines << Tr::tr("购买人证件号：%1").arg(full ? buyer : maskIdNumber(buyer));
    } else {
        const QString name = person.value(QStringLiteral("name")).toString();
        const QString cert = person.value(QStringLiteral("certno")).toString();
        lines << Tr::tr("参保人：%1  证件号：%2")
                     .arg(full ? name : maskName(name), full ? cert : maskIdNumber(cert));
        const QJsonObject split = s.value(QStringLiteral("split")).toObject();
        lines << Tr::tr("结算：%1 元（统筹 %2，个人账户 %3，现金 %4）  setl_id %5  销售单 %6")
                     .arg(yuan(split.value(QStringLiteral("total"))),
                          yuan(split.value(QStringLiteral("fund"))),
                          yuan(split.value(QStringLiteral("account"))),
                          yuan(split.value(QStringLiteral("cash"))),
                          split.value(QStringLiteral("setl_id")).toString(),
                          s.value(QStringLiteral("sale_no")).toString());
    }
    for (const QJsonValue& v : (cashSale ? sale : s).value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        QString line = QStringLiteral("  %1 %2 ×%3")
                           .arg(l.value(QStringLiteral("name")).toString(),
                                l.value(QStringLiteral("spec")).toString())
                           .arg(l.value(QStringLiteral("quantity")).toInt());
        if (const QString batch = l.value(QStringLiteral("batch_no")).toString(); !batch.isEmpty())
            line += Tr::tr("  批号 %1").arg(batch);
        if (const QString expiry = l.value(QStringLiteral("expiry")).toString(); !expiry.isEmpty())
            line += Tr::tr("  有效期 %1").arg(expiry);
        if (const QStringList codes =
                l.value(QStringLiteral("trace_codes")).toVariant().toStringList();
            !codes.isEmpty())
            line += Tr::tr("  追溯码 %1").arg(codes.join(u','));
        lines << line;
    }
    QStringList batches;
    for (const QJsonValue& v : sale.value(QStringLiteral("batches")).toArray()) {
        const QJsonObject b = v.toObject();
        batches << Tr::tr("%1（%2 个最小单位）")
                       .arg(b.value(QStringLiteral("batch_no")).toString())
                       .arg(-b.value(QStringLiteral("pieces")).toInteger());
    }
    if (!batches.isEmpty())
        lines << Tr::tr("出库批次：%1").arg(batches.join(QStringLiteral("、")));
    const QJsonObject rx = r.content.value(QStringLiteral("prescription")).toObject();
    if (!rx.isEmpty()) {
        const QJsonObject review = rx.value(QStringLiteral("review")).toObject();
        lines << (review.isEmpty()
                      ? Tr::tr("审方：无")
                      : Tr::tr("审方：%1  %2（执业药师 %3）  %4%5")
                            .arg(review.value(QStringLiteral("decision")).toString()
                                         == QStringLiteral("approved")
                                     ? Tr::tr("通过")
                                     : Tr::tr("不通过"),
                                 review.value(QStringLiteral("pharmacist")).toString(),
                                 review.value(QStringLiteral("licence_no")).toString(),
                                 review.value(QStringLiteral("time")).toString(),
                                 rx.value(QStringLiteral("reviewed_this_content")).toBool()
                                     ? QString()
                                     : Tr::tr("（审核的不是此版本内容！）")));
    }
    if (r.kind == RecordKind::CashPrescriptionReturn) {
        const QJsonObject back = r.content.value(QStringLiteral("return")).toObject();
        lines << Tr::tr("退货：%1  %2  退款 %3 元  经办 %4  原因：%5")
                     .arg(back.value(QStringLiteral("return_no")).toString(),
                          QDateTime::fromString(back.value(QStringLiteral("at")).toString(),
                                                Qt::ISODateWithMs)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          yuan(back.value(QStringLiteral("refund"))),
                          back.value(QStringLiteral("operator")).toString(),
                          back.value(QStringLiteral("reason")).toString());
    }
    if (r.kind == RecordKind::Refund) {
        const QJsonObject refund = r.content.value(QStringLiteral("refund")).toObject();
        lines << Tr::tr("退费：%1  原因：%2")
                     .arg(refund.value(QStringLiteral("at")).toString(),
                          refund.value(QStringLiteral("reason")).toString());
    }
    lines << Tr::tr("平台交易 %1 笔，审计步骤 %2 条")
                 .arg(r.content.value(QStringLiteral("platform_calls")).toArray().size())
                 .arg(r.content.value(QStringLiteral("audit")).toArray().size());
    lines << Tr::tr("文档：");
    for (const ArchivePiece& p : r.pieces)
        lines << (p.missing.isEmpty() ? QStringLiteral("  %1  %2 字节  sha256 %3")
                                            .arg(p.name)
                                            .arg(p.bytes)
                                            .arg(QString::fromLatin1(p.sha256))
                                      : Tr::tr("  %1  缺：%2").arg(p.name, p.missing));
    lines << Tr::tr("记录哈希 %1").arg(QString::fromLatin1(r.hash));
    lines << Tr::tr("前一条哈希 %1").arg(QString::fromLatin1(r.prevHash));
    return lines;
}

} // namespace pos::archive
