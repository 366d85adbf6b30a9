// The settlement archive sealed as the counter seals it (issue 18): SettlementArchivist over the
// store's own SQLite tables (settlements and their calls and documents, prescriptions and reviews,
// the audit trail, the archive) under the real store key, the signed head kept apart in files.
// Sealing with every piece and with each one missing (named, with why); sealing twice; what is
// due after a seal that never happened (a crash between signature and seal) and after a refund;
// and a file-level attacker: a document swapped, the newest records cut off the database with its
// head rewritten, the head kept apart forged or damaged, the clip's manifest replaced on disk.

#include "app/core/archive/settlementarchivist.h"
#include "app/core/insurance/insuredsettlement.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/evidencearchive.h"
#include "app/core/ports/filesealer.h"
#include "app/core/staff/privacy.h"
#include "storage/archivebackupfolder.h"
#include "storage/archivebundle.h"
#include "storage/archiveheadfiles.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/crypto/sealedfilefolder.h"
#include "storage/database.h"
#include "storage/sqlarchivestore.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlprescriptionrepository.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsalerepository.h"
#include "storage/sqlsettlementstore.h"
#include "storage/sqlstaffrepositories.h"
#include "tests/core/rxtestdata.h"
#include "tests/fakes/fakes.h"
#include "tests/storage/ledgerhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace Qt::StringLiterals;
using namespace pos::archive;
using namespace pos::storage;
using namespace pos::storage::crypto;

namespace {

const QString kStore = QStringLiteral("H36010200001");
const QByteArray kFace = QByteArrayLiteral("\xff\xd8\xff\xe0 face of the insured person");

/// The camera's kept evidence as the archive reads it: a face and a clip per settlement given.
class FakeEvidence final : public EvidenceArchive
{
public:
    QMap<QString, QByteArray> faces;
    QMap<QString, ClipRecord> clips;
    [[nodiscard]] Result<EvidenceSummary> find(const QString& no) const override
    {
        if (!clips.contains(no))
            return makeError(ErrorCode::NotFound, QStringLiteral("no clip"));
        return EvidenceSummary{clips.value(no), true};
    }
    [[nodiscard]] Result<QByteArray> faceImage(const QString& no) const override
    {
        if (!faces.contains(no))
            return makeError(ErrorCode::NotFound, QStringLiteral("no face"));
        return faces.value(no);
    }
    [[nodiscard]] Result<std::unique_ptr<ClipPlayback>> openClip(const QString&) const override
    {
        return makeError(ErrorCode::NotFound, QStringLiteral("not here"));
    }
    [[nodiscard]] Status exportClip(const QString&, const QString&) const override
    {
        return makeError(ErrorCode::NotFound, QStringLiteral("not here"));
    }
};

struct Rig
{
    QTemporaryDir dir;
    KeyStoreSettings keys{
        dir.filePath(QStringLiteral("keys")), {}, {}, dir.filePath(QStringLiteral(".keyuse.lock"))};
    ManualClock clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0))};
    std::unique_ptr<KeyStore> keyStore = KeyStore::open(keys, true, clock).value();
    std::unique_ptr<Database> db =
        Database::open(dir.filePath(QStringLiteral("pos.sqlite"))).value();
    OpenSslFieldCipher cipher{keyStore->ring()};
    OpenSslRecordSealer sealer{keyStore->ring()};
    SqlSettlementStore settlements{*db, cipher};
    SqlPrescriptionRepository prescriptions{*db, cipher};
    SqlAuditLog audit{*db};
    SqlArchiveStore archive{*db, cipher};
    ArchiveHeadFiles heads{{dir.filePath(QStringLiteral("keys/archive-head.json")),
                            dir.filePath(QStringLiteral("anchors/archive-head.json"))}};
    OpenSslFileSealer files{keyStore->ring(), clock};
    ArchiveBackupFolder backup{dir.filePath(QStringLiteral("backup/archive")), files};
    FakeEvidence evidence;
    ArchiveSources sources{&settlements, &prescriptions, nullptr, &evidence, &audit, nullptr};
    SettlementArchivist archivist{archive, sources, sealer, clock, audit, kStore, &heads, &backup};

    /// A settlement of prescription `rxNo` in `state`, with its 2102 call answered; signed ones
    /// with a slip, a signature and its strokes; and its prescription approved.
    void settle(const QString& no, const QString& rxNo, SettleState state = SettleState::Signed)
    {
        Prescription rx = rxtest::prescription(rxNo);
        QVERIFY(prescriptions.save(rx).ok());
        QVERIFY(prescriptions.addReview(rxtest::approval(rx, clock.now()), std::nullopt).ok());
        InsuredSettlementRecord r;
        r.settlementNo = no;
        r.terminal = QStringLiteral("T01");
        r.operatorName = QStringLiteral("张三");
        r.rxNo = rxNo;
        r.state = state;
        r.person.name = QStringLiteral("赵六");
        r.person.certNo = QStringLiteral("36010219900101123X");
        r.person.psnNo = QStringLiteral("P3601");
        r.lines << SettlementLine{
            0,
            QStringLiteral("P00001"),
            rxtest::kAmlodipine,
            QStringLiteral("苯磺酸氨氯地平片"),
            QStringLiteral("5mg*28片"),
            QStringLiteral("B2611"),
            QStringLiteral("2028-10-31"),
            2,
            Money::fromFen(2500),
            Money::fromFen(5000),
            {QStringLiteral("81234567890123456789"), QStringLiteral("81234567890123456790")},
            true};
        r.split = SettlementSplit{Money::fromFen(5000), Money::fromFen(3500), Money::fromFen(1000),
                                  Money::fromFen(500),  Money::fromFen(0),    QStringLiteral("S1"),
                                  QStringLiteral("M1"), clock.now()};
        r.saleNo = QStringLiteral("XS-") + no;
        r.signatureRef = QStringLiteral("settlement_document:%1/signature.png (pad)").arg(no);
        r.createdAt = clock.now();
        r.updatedAt = clock.now();
        QVERIFY(settlements.save(r).ok());
        PlatformCallRecord c;
        c.msgId = QStringLiteral("MSG-") + no;
        c.infno = QStringLiteral("2102");
        c.settlementNo = no;
        c.state = CallState::Answered;
        c.infcode = 0;
        c.sentAt = clock.now();
        c.answeredAt = clock.now();
        c.output = QJsonObject{{QStringLiteral("setlinfo"), QJsonObject{}}};
        QVERIFY(settlements.recordCall(c).ok());
        if (state == SettleState::Signed) {
            QVERIFY(settlements
                        .saveDocument(no, QStringLiteral("slip.txt"),
                                      QStringLiteral("医保结算单 %1").arg(no).toUtf8(), clock.now())
                        .ok());
            QVERIFY(settlements
                        .saveDocument(no, QStringLiteral("signature.png"),
                                      QByteArray("\x89PNG signature of ") + no.toUtf8(),
                                      clock.now())
                        .ok());
            QVERIFY(settlements
                        .saveDocument(no, QStringLiteral("signature.json"),
                                      QByteArrayLiteral("[[{\"x\":0.1,\"y\":0.2,\"t\":0}]]"),
                                      clock.now())
                        .ok());
        }
        QVERIFY(audit
                    .append(AuditEvent{clock.now(), QStringLiteral("zhangsan"),
                                       AuditAction::InsuredSettlementChanged, no,
                                       QStringLiteral("签字")})
                    .ok());
        evidence.faces.insert(no, kFace);
        ClipRecord clip;
        clip.settlementNo = no;
        clip.manifestPath = dir.filePath(QStringLiteral("video/") + no + QStringLiteral(".json"));
        clip.manifestSha256 =
            QCryptographicHash::hash(no.toUtf8(), QCryptographicHash::Sha256).toHex();
        clip.start = clock.now().addSecs(-20);
        clip.end = clock.now().addSecs(60);
        clip.segmentCount = 9;
        clip.hasFace = true;
        evidence.clips.insert(no, clip);
    }

    ArchiveVerification verify(const QDate& from = {}, const QDate& to = {})
    {
        Result<ArchiveVerification> v =
            verifyArchive(archive, sealer, kStore, &heads, &evidence, from, to, &backup);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return *v;
    }

    bool exec(const char* sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(QString::fromUtf8(sql)))
            qWarning("%s", qPrintable(q.lastError().text()));
        return !q.lastError().isValid();
    }
};

const ArchivePiece* pieceNamed(const ArchiveRecord& r, const char* name)
{
    for (const ArchivePiece& p : r.pieces)
        if (p.name == QString::fromUtf8(name))
            return &p;
    return nullptr;
}

QStringList kindsOf(const QList<ArchiveFinding>& findings)
{
    QStringList out;
    for (const ArchiveFinding& f : findings)
        out << (f.inBackup ? u"backup:"_s : QString()) + ArchiveFinding::kindKey(f.kind) + u'#'
                   + QString::number(f.seq);
    return out;
}

} // namespace

class TestArchiveSealing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealsASignedSettlementWithEveryPiece()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        Result<ArchiveRecord> r = rig.archivist.seal(QStringLiteral("JS-1"));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->seq, 1);
        QCOMPARE(r->kind, RecordKind::InsuredSettlement);
        QCOMPARE(r->prescriptionNo, QStringLiteral("RX-1"));
        QVERIFY2(r->missingPieces().isEmpty(), qPrintable(r->missingPieces().join(u';')));
        QStringList names;
        for (const ArchivePiece& p : r->pieces)
            names << p.name;
        QCOMPARE(names, (QStringList{u"prescription.pdf"_s, u"slip.txt"_s, u"signature.png"_s,
                                     u"signature.json"_s, u"face.jpg"_s, u"clip.json"_s}));
        QCOMPARE(pieceNamed(*r, "face.jpg")->sha256,
                 QCryptographicHash::hash(kFace, QCryptographicHash::Sha256).toHex());
        // The facts: the settlement, its 2102, the prescription with a review of this content,
        // and the audited steps.
        const QJsonObject c = r->content;
        QCOMPARE(c[u"settlement"][u"split"][u"fund"].toInteger(), 3500);
        QCOMPARE(c[u"settlement"][u"lines"][0][u"trace_codes"].toArray().size(), 2);
        QCOMPARE(c[u"platform_calls"].toArray().size(), 1);
        QCOMPARE(c[u"platform_calls"][0][u"infno"].toString(), QStringLiteral("2102"));
        QCOMPARE(c[u"prescription"][u"review"][u"pharmacist"].toString(), QStringLiteral("李四"));
        QVERIFY(c[u"prescription"][u"reviewed_this_content"].toBool());
        QCOMPARE(c[u"prescription"][u"content_hash"].toString(),
                 rxtest::prescription(QStringLiteral("RX-1")).contentHash());
        QVERIFY(!c[u"audit"].toArray().isEmpty());
        // Stored with its documents, the head kept apart, nothing due, sealing audited.
        QCOMPARE(*rig.archive.document(1, QStringLiteral("slip.txt")),
                 std::optional(QStringLiteral("医保结算单 JS-1").toUtf8()));
        Result<std::optional<ArchiveHead>> kept = rig.heads.newest();
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->seq, 1);
        QCOMPARE((*kept)->hash, r->hash);
        QVERIFY(QFile::exists(rig.dir.filePath(QStringLiteral("anchors/archive-head.json"))));
        QVERIFY(rig.archive.due(100)->isEmpty());
        const ArchiveVerification v = rig.verify();
        QVERIFY2(v.findings.isEmpty(), qPrintable(kindsOf(v.findings).join(u' ')));
        QCOMPARE(v.records, 1);
        QCOMPARE(v.piecesChecked, 6);
        // The record reads back for a person, the insured person masked.
        const QString text = describeRecord(*r).join(u'\n');
        QVERIFY(text.contains(QStringLiteral("JS-1")));
        QVERIFY(!text.contains(QStringLiteral("36010219900101123X")));
        QVERIFY(!text.contains(QStringLiteral("赵六")));
        QVERIFY(text.contains(QStringLiteral("李四")));
    }

    void eachMissingPieceIsNamedWithWhy()
    {
        Rig rig;
        // Paper signature (no strokes), no face, no clip, a typed-in prescription without a scan.
        Prescription rx = rxtest::prescription(QStringLiteral("RX-2"));
        rx.originalFile.clear();
        rx.source = RxSource::PaperEntry;
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
        QVERIFY(rig.prescriptions.save(rx).ok());
        QVERIFY(rig.exec("DELETE FROM settlement_document WHERE kind = 'signature.json'"));
        InsuredSettlementRecord s = rig.settlements.find(QStringLiteral("JS-2"))->value();
        s.signatureRef = QStringLiteral("settlement_document:JS-2/signature.png (paper)");
        QVERIFY(rig.settlements.save(s).ok());
        rig.evidence.faces.clear();
        rig.evidence.clips.clear();
        Result<ArchiveRecord> r = rig.archivist.seal(QStringLiteral("JS-2"));
        QVERIFY(r.ok());
        const QStringList missing = r->missingPieces();
        QCOMPARE(missing.size(), 4);
        QCOMPARE(pieceNamed(*r, "prescription")->missing,
                 QStringLiteral("纸质处方未附照片或扫描件"));
        QCOMPARE(pieceNamed(*r, "signature.json")->missing,
                 QStringLiteral("纸质签名扫描件，无笔迹"));
        QCOMPARE(pieceNamed(*r, "face.jpg")->missing, QStringLiteral("本笔结算没有人脸图像"));
        QCOMPARE(pieceNamed(*r, "clip.json")->missing, QStringLiteral("本笔结算没有录像"));
        // Said in the audit entry of the seal too.
        QVERIFY(rig.verify().findings.isEmpty());

        // A store without a camera says so.
        Rig bare;
        bare.sources.evidence = nullptr;
        SettlementArchivist noCamera{bare.archive, bare.sources, bare.sealer, bare.clock,
                                     bare.audit,   kStore,       &bare.heads};
        bare.settle(QStringLiteral("JS-3"), QStringLiteral("RX-3"));
        Result<ArchiveRecord> r3 = noCamera.seal(QStringLiteral("JS-3"));
        QVERIFY(r3.ok());
        QCOMPARE(pieceNamed(*r3, "face.jpg")->missing, QStringLiteral("未配置结算摄像头"));
        QCOMPARE(pieceNamed(*r3, "clip.json")->missing, QStringLiteral("未配置结算摄像头"));
    }

    void sealingTwiceGivesTheSameRecordAndUnsignedIsRefused()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"), SettleState::SlipPrinted);
        const ArchiveRecord first = rig.archivist.seal(QStringLiteral("JS-1")).value();
        const ArchiveRecord again = rig.archivist.seal(QStringLiteral("JS-1")).value();
        QCOMPARE(again.seq, first.seq);
        QCOMPARE(again.hash, first.hash);
        Result<ArchiveRecord> unsigned_ = rig.archivist.seal(QStringLiteral("JS-2"));
        QVERIFY(!unsigned_.ok());
        QCOMPARE(unsigned_.error().code, ErrorCode::WrongState);
        QCOMPARE(unsigned_.error().ruleId, QStringLiteral("SETTLE-SLIP"));
        QVERIFY(!rig.archivist.seal(QStringLiteral("JS-404")).ok());
        QCOMPARE(rig.verify().records, 1);
        // A second writer (another process) that found no record and appends one anyway is
        // refused by the store: one record of a kind per settlement.
        ArchiveRecord twin = first;
        twin.content.insert(QStringLiteral("twin"), true);
        ArchiveRecord chained = chainAfter(&first, twin, kStore);
        QVERIFY(signRecord(chained, kStore, rig.sealer).ok());
        QVERIFY(!rig.archive.append(chained, {}).ok());
        QCOMPARE(rig.verify().records, 1);
    }

    void whatWasNotSealedIsDueAndSealedAtStart()
    {
        Rig rig;
        // Signed, then the process died before the seal: due.
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        rig.clock.advanceMs(60'000);
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
        rig.settle(QStringLiteral("JS-3"), QStringLiteral("RX-3"), SettleState::CashTaken);
        Result<QList<ArchiveStore::Due>> due = rig.archive.due(100);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).subject, QStringLiteral("JS-1"));
        QCOMPARE(rig.archive.due(1)->size(), 1); // a slice at a time
        // An upgraded store's open settlements are not due; the signed ones are sealed in order.
        QCOMPARE(rig.archivist.sealPending(1).value(), 1);
        QCOMPARE(rig.archivist.sealPending().value(), 1);
        QVERIFY(rig.archive.due(100)->isEmpty());
        QCOMPARE(rig.archive.last()->value().subject, QStringLiteral("JS-2"));
        QCOMPARE(rig.archivist.sealPending().value(), 0);

        // Refunded after it was sealed: its refund is due and sealed as a record of its own.
        InsuredSettlementRecord s = rig.settlements.find(QStringLiteral("JS-1"))->value();
        s.state = SettleState::Refunded;
        s.endReason = QStringLiteral("患者退药");
        s.refundSetlId = QStringLiteral("RS1");
        QVERIFY(rig.settlements.save(s).ok());
        due = rig.archive.due(100);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).kind, RecordKind::Refund);
        QCOMPARE(rig.archivist.sealPending().value(), 1);
        Result<QList<ArchiveRecord>> both =
            rig.archive.findBySubjectOrPrescription(QStringLiteral("JS-1"));
        QCOMPARE(both->size(), 2);
        QCOMPARE(both->at(1).kind, RecordKind::Refund);
        QCOMPARE(both->at(1).content[u"refund"][u"reason"].toString(), QStringLiteral("患者退药"));
        QVERIFY(rig.verify().findings.isEmpty());
    }

    void theDueListReadsOnlyWhatIsOutstanding()
    {
        Rig rig;
        QSqlQuery q(rig.db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT settlement_no, state FROM insured_settlement INDEXED BY "
            "insured_settlement_archive_due WHERE archived_state <> state AND state IN "
            "('signed', 'refunded') ORDER BY updated_at LIMIT 50")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u';';
        QVERIFY2(plan.contains(QStringLiteral("insured_settlement_archive_due")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    }

    // A prescription sold for cash gets its record too (SETTLE-SLIP): the sale with each box's
    // code and the batches it took, the prescription with the pharmacist's review and its
    // original, the audited steps — due in the sale's own transaction, sealed once, verified.
    void aCashPrescriptionSaleIsSealedWithItsPrescription()
    {
        Rig rig;
        SqlProductCatalog catalog(*rig.db);
        SqlSaleRepository sales(*rig.db, rig.cipher);
        SqlInventoryRepository inventory(*rig.db);
        const Product amlodipine = rxtest::amlodipine();
        QVERIFY(catalog.upsert({amlodipine}).ok());
        int serial = 0;
        QVERIFY(storagetest::receiveBoxes(*rig.db, catalog, {amlodipine.code}, 5, serial,
                                          rig.clock.now().addDays(-3))
                    .ok());
        const Prescription rx = rxtest::prescription(QStringLiteral("RX-CASH-1"));
        QVERIFY(rig.prescriptions.save(rx).ok());
        QVERIFY(
            rig.prescriptions.addReview(rxtest::approval(rx, rig.clock.now()), std::nullopt).ok());
        const QStringList codes{testsupport::traceCode(1), testsupport::traceCode(2)};
        storage::SqlLedgerStore ledger(*rig.db, rig.cipher);
        const auto record = [&](CompletedSale sale) {
            return LedgerSaleRecorder(ledger).record(sale, AuditEvent{sale.time,
                                                                      QStringLiteral("zhangsan"),
                                                                      AuditAction::SaleCompleted,
                                                                      {},
                                                                      QStringLiteral("现金收款")});
        };
        CompletedSale withRx = storagetest::boxSale(catalog.findByCode(amlodipine.code).value(),
                                                    codes, rig.clock.now());
        withRx.rxNo = rx.rxNo;
        Result<CompletedSale> sold = record(withRx);
        QVERIFY2(sold.ok(), sold.ok() ? "" : qPrintable(sold.error().message));
        // A sale without a prescription owes the archive nothing.
        Result<CompletedSale> plain =
            record(storagetest::boxSale(catalog.findByCode(amlodipine.code).value(),
                                        {testsupport::traceCode(3)}, rig.clock.now()));
        QVERIFY(plain.ok());

        Result<QList<ArchiveStore::Due>> due = rig.archive.due(100);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).subject, sold->saleNo);
        QCOMPARE(due->at(0).kind, RecordKind::CashPrescriptionSale);

        ArchiveSources sources = rig.sources;
        sources.sales = &sales;
        sources.ledger = &inventory;
        SettlementArchivist archivist{rig.archive, sources, rig.sealer, rig.clock,
                                      rig.audit,   kStore,  &rig.heads, &rig.backup};
        Result<ArchiveRecord> refused = archivist.sealSale(plain->saleNo);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::WrongState);
        QCOMPARE(archivist.sealPending().value(), 1);
        QVERIFY(rig.archive.due(100)->isEmpty());

        const ArchiveRecord r = rig.archive.last()->value();
        QCOMPARE(r.kind, RecordKind::CashPrescriptionSale);
        QCOMPARE(r.subject, sold->saleNo);
        QCOMPARE(r.prescriptionNo, rx.rxNo);
        const QJsonObject sale = r.content[u"sale"].toObject();
        QCOMPARE(sale[u"total"].toInteger(), (amlodipine.price * 2).fen());
        QCOMPARE(sale[u"payment"].toString(), QStringLiteral("cash"));
        const QJsonArray lines = sale[u"lines"].toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0)[u"trace_codes"].toVariant().toStringList(), codes);
        QCOMPARE(lines.at(0)[u"quantity"].toInt(), 2);
        QCOMPARE(sale[u"batches"].toArray().size(), 1);
        QCOMPARE(sale[u"batches"][0][u"batch_no"].toString(),
                 QStringLiteral("B") + amlodipine.code);
        QCOMPARE(r.content[u"prescription"][u"review"][u"pharmacist"].toString(),
                 QStringLiteral("李四"));
        QVERIFY(r.content[u"prescription"][u"reviewed_this_content"].toBool());
        QStringList actions;
        for (const QJsonValue& step : r.content[u"audit"].toArray())
            actions << step[4].toString();
        QVERIFY2(actions.contains(sold->saleNo), qPrintable(actions.join(u',')));
        QCOMPARE(r.pieces.size(), 1);
        QVERIFY(pieceNamed(r, "prescription.pdf"));
        QCOMPARE(rig.archive.document(r.seq, QStringLiteral("prescription.pdf"))->value(),
                 rx.originalFile);
        // Shown as what it is; found by the sale's number and by the prescription's.
        const QString shown = describeRecord(r).join(u'\n');
        QVERIFY2(shown.contains(QStringLiteral("现金处方销售")), qPrintable(shown));
        QVERIFY2(shown.contains(codes.at(1)), qPrintable(shown));
        QCOMPARE(rig.archive.findBySubjectOrPrescription(sold->saleNo)->size(), 1);
        QCOMPARE(rig.archive.findBySubjectOrPrescription(rx.rxNo)->size(), 1);
        // Sealing again hands back the record; the archive and its copy verify.
        QCOMPARE(archivist.sealSale(sold->saleNo).value().seq, r.seq);
        const ArchiveVerification v = rig.verify();
        QVERIFY(v.findings.isEmpty());
        QCOMPARE(v.records, 1);
        QCOMPARE(v.backupRecords, 1);

        // Returned: the return is due in its own transaction and sealed as a record of its own.
        rig.clock.advanceMs(3'600'000);
        QVERIFY(!archivist.sealReturn(sold->saleNo).ok()); // not returned yet
        Result<QString> returnNo =
            storagetest::returnSale(*rig.db, sold->saleNo, QStringLiteral("王五"),
                                    QStringLiteral("患者过敏"), rig.clock.now());
        QVERIFY2(returnNo.ok(), returnNo.ok() ? "" : qPrintable(returnNo.error().message));
        due = rig.archive.due(100);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).kind, RecordKind::CashPrescriptionReturn);
        QCOMPARE(due->at(0).subject, sold->saleNo);
        QCOMPARE(archivist.sealPending().value(), 1);
        QVERIFY(rig.archive.due(100)->isEmpty());
        const ArchiveRecord back = rig.archive.last()->value();
        QCOMPARE(back.kind, RecordKind::CashPrescriptionReturn);
        QCOMPARE(back.subject, sold->saleNo);
        QCOMPARE(back.content[u"return"][u"return_no"].toString(), *returnNo);
        QCOMPARE(back.content[u"return"][u"reason"].toString(), QStringLiteral("患者过敏"));
        QCOMPARE(back.content[u"return"][u"refund"].toInteger(), sold->total.fen());
        QCOMPARE(back.content[u"sale"][u"lines"][0][u"trace_codes"].toVariant().toStringList(),
                 codes);
        const QString backShown = describeRecord(back).join(u'\n');
        QVERIFY2(backShown.contains(QStringLiteral("处方退货"))
                     && backShown.contains(QStringLiteral("患者过敏")),
                 qPrintable(backShown));
        QCOMPARE(rig.archive.findBySubjectOrPrescription(sold->saleNo)->size(), 2);
        QCOMPARE(archivist.sealReturn(sold->saleNo).value().seq, back.seq); // once
        QVERIFY(rig.verify().findings.isEmpty());
    }

    // A store upgraded to this version owes records for the prescriptions it sold for cash
    // before; not for its insured sales (their settlements hold them) nor for sales without one.
    void prescriptionSalesOfAnUpgradedStoreAreDue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Database::openAtVersion(path, 19);
            QVERIFY(old.ok());
            for (const char* sql :
                 {"INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                  "payment_method, tendered_fen, change_fen, rx_no) VALUES ('S-RX', "
                  "'2025-03-01 10:00:00.000', 'T01', 'x', 100, 'cash', 100, 0, 'RX-OLD')",
                  "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                  "payment_method, tendered_fen, change_fen, rx_no) VALUES ('S-INS', "
                  "'2025-03-01 10:05:00.000', 'T01', 'x', 100, 'insurance', 100, 0, 'RX-INS')",
                  "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                  "payment_method, tendered_fen, change_fen, rx_no) VALUES ('S-OTC', "
                  "'2025-03-01 10:10:00.000', 'T01', 'x', 100, 'cash', 100, 0, '')",
                  // the cash prescription sale and the insured one were returned
                  "INSERT INTO sale_return (return_no, sale_id, returned_at, operator, reason, "
                  "refund_fen) VALUES ('TH-1', 1, '2025-03-02 09:00:00.000', 'x', 'r', 100)",
                  "INSERT INTO sale_return (return_no, sale_id, returned_at, operator, reason, "
                  "refund_fen) VALUES ('TH-2', 2, '2025-03-02 09:05:00.000', 'x', 'r', 100)"})
                QVERIFY((*old)->exec(QString::fromUtf8(sql)).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        KeyStoreSettings keys{dir.filePath(QStringLiteral("keys")),
                              {},
                              {},
                              dir.filePath(QStringLiteral(".keyuse.lock"))};
        ManualClock clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0))};
        std::unique_ptr<KeyStore> keyStore = KeyStore::open(keys, true, clock).value();
        OpenSslFieldCipher cipher{keyStore->ring()};
        SqlArchiveStore archive(**db, cipher);
        Result<QList<ArchiveStore::Due>> due = archive.due(100);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).subject, QStringLiteral("S-RX"));
        QCOMPARE(due->at(0).kind, RecordKind::CashPrescriptionSale);
        QCOMPARE(due->at(1).subject, QStringLiteral("S-RX"));
        QCOMPARE(due->at(1).kind, RecordKind::CashPrescriptionReturn);
    }

    void aSwappedDocumentIsNamed()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
        QCOMPARE(rig.archivist.sealPending().value(), 2);
        // The attacker moves record 2's signature over record 1's (valid ciphertext, wrong row).
        QVERIFY(rig.exec(
            "UPDATE archive_document SET content_enc = (SELECT content_enc FROM archive_document "
            "WHERE seq = 2 AND name = 'signature.png') WHERE seq = 1 AND name = 'signature.png'"));
        const ArchiveVerification v = rig.verify();
        QCOMPARE(kindsOf(v.findings), QStringList{u"piece_altered#1"_s});
        QVERIFY(v.findings.first().describe().contains(QStringLiteral("signature.png")));
        // Reading the document is refused as well, never handed out.
        // (A range that leaves record 1 out does not read its documents.)
        QVERIFY(rig.verify(QDate(2026, 12, 7), {}).findings.isEmpty());
    }

    void recordsCutOffTheEndShowThroughTheHeadKeptApart()
    {
        Rig rig;
        for (int i = 1; i <= 3; ++i)
            rig.settle(QStringLiteral("JS-%1").arg(i), QStringLiteral("RX-%1").arg(i));
        QCOMPARE(rig.archivist.sealPending().value(), 3);
        // A file-level attacker drops the guard, deletes the newest record and rewrites the
        // database's head to the one before it (its real, signed head).
        QVERIFY(rig.exec("DROP TRIGGER archive_record_kept_two_years"));
        QVERIFY(rig.exec("DROP TRIGGER archive_document_kept_two_years"));
        QVERIFY(rig.exec("DELETE FROM archive_document WHERE seq = 3"));
        QVERIFY(rig.exec("DELETE FROM archive_record WHERE seq = 3"));
        QVERIFY(rig.exec("UPDATE archive_head SET seq = 2, hash = (SELECT hash FROM archive_record "
                         "WHERE seq = 2), signature = (SELECT signature FROM archive_record WHERE "
                         "seq = 2)"));
        // The database alone looks whole; the head kept apart does not.
        Result<ArchiveVerification> inside =
            verifyArchive(rig.archive, rig.sealer, kStore, nullptr, &rig.evidence);
        QVERIFY(inside->findings.isEmpty());
        const ArchiveVerification v = rig.verify();
        QCOMPARE(kindsOf(v.findings), QStringList{u"truncated#3"_s});
        QCOMPARE(v.head->seq, 3);
    }

    void aForgedOrDamagedHeadCopyIsFound()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        QVERIFY(rig.archivist.seal(QStringLiteral("JS-1")).ok());
        const QString path = rig.dir.filePath(QStringLiteral("anchors/archive-head.json"));
        // A head claiming a record that never was, signed by no key of this store.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(QJsonObject{{u"seq"_s, 2},
                                              {u"hash"_s, QString(64, u'a')},
                                              {u"sig"_s, QString::fromLatin1(
                                                             QByteArray(64, 'x').toBase64())}})
                        .toJson());
        }
        QStringList kinds = kindsOf(rig.verify().findings);
        QVERIFY2(kinds.contains(QStringLiteral("forged#2")), qPrintable(kinds.join(u' ')));
        // Damaged: an error naming the file, not a silent pass.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{not json");
        }
        Result<ArchiveVerification> v =
            verifyArchive(rig.archive, rig.sealer, kStore, &rig.heads, &rig.evidence);
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.contains(path));
        // The next seal writes both copies again.
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
        QVERIFY(rig.archivist.seal(QStringLiteral("JS-2")).ok());
        QVERIFY(rig.verify().findings.isEmpty());
    }

    // RX-ARCHIVE-2Y's second copy: every record with its documents at the backup location,
    // sealed with the store key (nothing personal in plain), verified on its own against the same
    // signed head — a copy deleted, damaged, or renamed to another number is named as the
    // backup's, and the database's own records are not blamed for it.
    void theBackupHoldsEveryRecordAndIsCheckedOnItsOwn()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
        QCOMPARE(rig.archivist.sealPending().value(), 2);
        QCOMPARE(rig.backup.held().value(), (QList<qint64>{1, 2}));
        QVERIFY(rig.archivist.backupProblem().isEmpty());
        const QString one =
            rig.dir.filePath(QStringLiteral("backup/archive/0000000001.record.sealed"));
        const QString two =
            rig.dir.filePath(QStringLiteral("backup/archive/0000000002.record.sealed"));
        QByteArray bytes;
        {
            QFile f(one);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
        }
        QVERIFY(!bytes.contains(QStringLiteral("赵六").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("医保结算单 JS-1").toUtf8()));
        QVERIFY(!bytes.contains(kFace));
        // The copy reads back as sealed: the same record, every document.
        const std::optional<ArchiveBackupCopy::Copy> copy = rig.backup.copyOf(1).value();
        QVERIFY(copy);
        QCOMPARE(copy->record.hash, rig.archive.record(1).value()->hash);
        QCOMPARE(copy->documents.value(u"face.jpg"_s), kFace);
        ArchiveVerification v = rig.verify();
        QVERIFY2(v.findings.isEmpty(), qPrintable(kindsOf(v.findings).join(u' ')));
        QCOMPARE(v.backupRecords, 2);
        QCOMPARE(v.piecesChecked, 12); // six documents of two records
        QCOMPARE(v.backupPiecesChecked, 12);
        // Key rotation sees the copy as sealed files under the store key, none in plain.
        SealedFileFolder folder({u"files:archive-backup"_s,
                                 rig.backup.place(),
                                 {QString::fromLatin1(ArchiveBackupFolder::kFilePattern)},
                                 RetentionKind::SettlementArchive,
                                 u"结算档案（备份）"_s,
                                 {}});
        const HolderCensus census = folder.census().value();
        QCOMPARE(census.plain, 0);
        QCOMPARE(census.byKeyId.value(rig.keyStore->ring()->current().id), 2);

        // The newest copy deleted: the backup lacks it; the database is whole.
        QVERIFY(QFile::rename(two, two + u".gone"_s));
        v = rig.verify();
        QCOMPARE(kindsOf(v.findings), QStringList{u"backup:truncated#2"_s});
        QVERIFY2(v.findings.first().describe().startsWith(u"备份中的记录 #2"_s),
                 qPrintable(v.findings.first().describe()));
        // Copy 1 renamed to number 2: refused by its sealing context, named as number 2.
        QVERIFY(QFile::copy(one, two));
        v = rig.verify();
        QVERIFY2(kindsOf(v.findings).contains(u"backup:altered#2"_s),
                 qPrintable(kindsOf(v.findings).join(u' ')));
        QVERIFY(QFile::remove(two));
        QVERIFY(QFile::rename(two + u".gone"_s, two));
        // A byte changed in copy 1: it no longer authenticates.
        {
            QFile f(one);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            char c = 0;
            QVERIFY(f.getChar(&c));
            f.seek(f.size() / 2);
            QVERIFY(f.putChar(char(c ^ 0x01)));
        }
        v = rig.verify();
        QCOMPARE(kindsOf(v.findings), QStringList{u"backup:altered#1"_s});
        // Keeping the record again (what restoring the copy does) replaces the damaged file.
        QVERIFY(rig.backup.keep(*rig.archive.record(1).value(), *rig.archive.documentsOf(1)).ok());
        QVERIFY(rig.verify().findings.isEmpty());
    }

    // The backup disk unplugged at the moment of sealing: the record is sealed all the same, the
    // problem is said (the counter shows it), verify names the copy missing, and the next start
    // writes what the copy lacks.
    void aBackupDiskAwayIsCaughtUpAtTheNextStart()
    {
        Rig rig;
        // The backup location is occupied by a file: nothing can be written under it.
        const QString root = rig.dir.filePath(QStringLiteral("backup"));
        {
            QFile block(root);
            QVERIFY(block.open(QIODevice::WriteOnly));
        }
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        Result<ArchiveRecord> r = rig.archivist.seal(QStringLiteral("JS-1"));
        QVERIFY(r.ok());
        QVERIFY(rig.archivist.backupProblem().contains(u"#1"_s));
        ArchiveVerification v = rig.verify();
        QCOMPARE(kindsOf(v.findings), QStringList{u"backup:truncated#1"_s});
        // Still away at the next start: nothing sealed, nothing copied, the problem said again.
        QCOMPARE(rig.archivist.sealPending().value(), 0);
        QVERIFY(!rig.archivist.backupProblem().isEmpty());
        // The disk is back.
        QVERIFY(QFile::remove(root));
        QCOMPARE(rig.archivist.sealPending().value(), 1);
        QVERIFY(rig.archivist.backupProblem().isEmpty());
        QCOMPARE(rig.backup.held().value(), QList<qint64>{1});
        v = rig.verify();
        QVERIFY2(v.findings.isEmpty(), qPrintable(kindsOf(v.findings).join(u' ')));
        // Complete: the next start reads only the file list.
        QCOMPARE(rig.archivist.sealPending().value(), 0);
        QVERIFY(!rig.archivist.backupBehind());

        // Away for one settlement and back for the next, in one day: the later copy is written,
        // the gap is known, and the next sealPending (the counter runs it from its event loop)
        // fills it; a seal reports only its own copy's problem.
        {
            QFile block(root);
            QVERIFY(QDir(root).removeRecursively());
            QVERIFY(block.open(QIODevice::WriteOnly));
        }
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
        QVERIFY(rig.archivist.seal(QStringLiteral("JS-2")).ok());
        QVERIFY(rig.archivist.backupProblem().contains(u"#2"_s));
        QVERIFY(QFile::remove(root));
        rig.settle(QStringLiteral("JS-3"), QStringLiteral("RX-3"));
        QVERIFY(rig.archivist.seal(QStringLiteral("JS-3")).ok());
        QVERIFY(rig.archivist.backupProblem().isEmpty());
        QVERIFY(rig.archivist.backupBehind());
        QVERIFY(!rig.backup.has(2));
        QVERIFY(rig.backup.has(3));
        QCOMPARE(rig.archivist.sealPending().value(), 2); // #1 and #2: the disk came back empty
        QCOMPARE(rig.backup.held().value(), (QList<qint64>{1, 2, 3}));
        QVERIFY(!rig.archivist.backupBehind());
        v = rig.verify();
        QVERIFY2(v.findings.isEmpty(), qPrintable(kindsOf(v.findings).join(u' ')));
    }

    // A copy written before the binary envelope (JSON with base64 documents) still reads and
    // verifies; a copy that is neither is named.
    void aCopyInTheEarlierFormatStillReads()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        const ArchiveRecord r = rig.archivist.seal(QStringLiteral("JS-1")).value();
        const QMap<QString, QByteArray> docs = rig.archive.documentsOf(r.seq).value();
        QJsonObject encoded;
        for (auto it = docs.cbegin(); it != docs.cend(); ++it)
            encoded.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
        const QByteArray v1 =
            QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                      {QStringLiteral("record"), QString::fromUtf8(r.toJson())},
                                      {QStringLiteral("documents"), encoded}})
                .toJson(QJsonDocument::Compact);
        const QString path = QDir(rig.backup.place()).filePath(ArchiveBackupFolder::fileName(1));
        QVERIFY(QFile::remove(path));
        QVERIFY(rig.files.writeAll(path, FileContext{QStringLiteral("archive-record:1")}, v1).ok());
        const std::optional<ArchiveBackupCopy::Copy> copy = rig.backup.copyOf(1).value();
        QVERIFY(copy);
        QCOMPARE(copy->record.hash, r.hash);
        QCOMPARE(copy->documents, docs);
        QCOMPARE(copy->digests.value(QStringLiteral("face.jpg")),
                 QCryptographicHash::hash(kFace, QCryptographicHash::Sha256).toHex());
        const ArchiveVerification v = rig.verify();
        QVERIFY(v.findings.isEmpty());
        QCOMPARE(v.backupPiecesChecked, v.piecesChecked);

        QVERIFY(QFile::remove(path));
        QVERIFY(rig.files
                    .writeAll(path, FileContext{QStringLiteral("archive-record:1")},
                              QByteArrayLiteral("PPARCV2\n\x00\x00\x10\x00short"))
                    .ok());
        QVERIFY(!rig.backup.copyOf(1).ok());
        const ArchiveVerification damaged = rig.verify();
        QCOMPARE(damaged.findings.size(), 1);
        QVERIFY(damaged.findings.first().inBackup);
        QVERIFY2(damaged.findings.first().describe().contains(QStringLiteral("不是档案记录")),
                 qPrintable(damaged.findings.first().describe()));
    }

    void aClipManifestReplacedOnDiskIsFound()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        QVERIFY(rig.archivist.seal(QStringLiteral("JS-1")).ok());
        rig.evidence.clips[QStringLiteral("JS-1")].manifestSha256 = QByteArray(64, 'b');
        QList<ArchiveFinding> f = rig.verify().findings;
        QCOMPARE(kindsOf(f), QStringList{u"piece_altered#1"_s});
        QVERIFY(f.first().describe().contains(QStringLiteral("录像清单已与封存时不同")));
        // Gone from the camera's store altogether.
        rig.evidence.clips.clear();
        f = rig.verify().findings;
        QCOMPARE(kindsOf(f), QStringList{u"piece_missing#1"_s});
    }

    // The inspector's bundle: a store manager's act, audited as an export of personal data; every
    // document and the sealed records on disk with SHA256SUMS that match them, one PDF with a page
    // per document; a changed document refuses the export, naming it.
    void theInspectorsBundleCarriesEveryDocumentAndItsHash()
    {
        Rig rig;
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        QCOMPARE(rig.archivist.sealPending().value(), 1);
        fakes::StaffFixture staff(rig.clock);
        ArchiveReader reader(rig.archive, staff.access);

        staff.loginAs(QStringLiteral("zhangsan")); // a cashier
        QCOMPARE(reader.exportRecords(QStringLiteral("JS-1")).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(reader.records(QStringLiteral("RX-1")).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(staff.audit.count(AuditAction::PersonalDataExported), 0);

        staff.loginAs(QStringLiteral("wangwu")); // the store manager
        QCOMPARE(reader.records(QStringLiteral("RX-1"))->size(), 1);
        QCOMPARE(staff.audit.count(AuditAction::ArchiveViewed), 1);
        QCOMPARE(reader.records(QStringLiteral("RX-404")).error().code, ErrorCode::NotFound);
        Result<QList<ArchiveReader::Exported>> records =
            reader.exportRecords(QStringLiteral("RX-1"));
        QVERIFY(records.ok());
        QCOMPARE(staff.audit.count(AuditAction::PersonalDataExported), 1);
        QList<BundleRecord> bundle;
        for (const ArchiveReader::Exported& e : *records)
            bundle.append({e.record, e.documents, describeRecord(e.record, true)});
        const QString out = rig.dir.filePath(QStringLiteral("bundle"));
        Result<QStringList> written =
            writeArchiveBundle(bundle, out, rig.sealer.publicKeyFingerprint());
        QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->size(), 6 + 1 + 3); // six documents, the record, PDF, sheet, sums
        QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        // SHA256SUMS names every file and matches each; the face is the one sealed.
        QFile sums(QDir(out).filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        int checked = 0;
        for (const QByteArray& line : sums.readAll().trimmed().split('\n')) {
            const QByteArray hash = line.left(64);
            QFile f(QDir(out).filePath(QString::fromUtf8(line.mid(66))));
            QVERIFY2(f.open(QIODevice::ReadOnly), line.constData());
            QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex(),
                     hash);
            ++checked;
        }
        QCOMPARE(checked, 8);
        QFile face(QDir(out).filePath(QStringLiteral("记录-000001/face.jpg")));
        QVERIFY(face.open(QIODevice::ReadOnly));
        QCOMPARE(face.readAll(), kFace);
        // One PDF: the description page and a page per document.
        QFile pdf(QDir(out).filePath(QStringLiteral("结算档案.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.contains("/Count 7"));
        QFile sheet(QDir(out).filePath(QStringLiteral("核验说明.txt")));
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QVERIFY(sheet.readAll().contains(bundle.first().record.hash));
        // Not over an earlier bundle.
        QCOMPARE(writeArchiveBundle(bundle, out, {}).error().code, ErrorCode::InvalidInput);

        // A document changed behind the archive's back: no bundle.
        QVERIFY(rig.exec(
            "UPDATE archive_document SET content_enc = (SELECT content_enc FROM archive_document "
            "WHERE seq = 1 AND name = 'slip.txt') WHERE seq = 1 AND name = 'face.jpg'"));
        Result<QList<ArchiveReader::Exported>> refused =
            reader.exportRecords(QStringLiteral("JS-1"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("face.jpg")));
        QCOMPARE(staff.audit.count(AuditAction::PersonalDataExported), 1);
    }

    // The plain index columns searches and the binding index read: one edited to list a record
    // under another settlement, prescription, kind or month is named by verify, and a search by
    // the false number shows nothing.
    void anEditedIndexColumnIsNamed()
    {
        const QList<QPair<const char*, const char*>> edits{
            {"UPDATE archive_record SET subject = 'JS-9' WHERE seq = 1", "subject"},
            {"UPDATE archive_record SET rx_no = 'RX-9' WHERE seq = 1", "rx_no"},
            {"UPDATE archive_record SET kind = 'refund' WHERE seq = 1", "kind"},
            {"UPDATE archive_record SET sealed_at = '2026-10-01 09:00:00.000' WHERE seq = 1",
             "sealed_at"},
        };
        for (const auto& [sql, column] : edits) {
            Rig rig;
            rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
            rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
            QCOMPARE(rig.archivist.sealPending().value(), 2);
            QVERIFY(rig.verify().findings.isEmpty());
            // The store refuses the edit; the attacker with the file drops its guard first.
            QVERIFY(!rig.exec(sql));
            QVERIFY(rig.exec("DROP TRIGGER archive_record_sealed"));
            QVERIFY(rig.exec(sql));
            const QList<ArchiveFinding> f = rig.verify().findings;
            QVERIFY2(kindsOf(f).contains(u"altered#1"_s), qPrintable(kindsOf(f).join(u' ')));
            QVERIFY2(f.first().describe().contains(QString::fromLatin1(column)),
                     qPrintable(f.first().describe()));
            QVERIFY(rig.archive.findBySubjectOrPrescription(QStringLiteral("JS-9"))->isEmpty());
            QVERIFY(rig.archive.findBySubjectOrPrescription(QStringLiteral("RX-9"))->isEmpty());
        }
    }

    // The month's binding index (装订清单): the records sealed that month and only those, in
    // sealing order, the boundaries at local midnight; the printed sheet names each with a box to
    // tick and the count; a cashier may not list it; a busy month says when it was cut.
    // The archive found by patient (DATA-PRIVACY): by ID number or name through keyed hashes
    // beside each record, never the plain values; the audit trail names the patient masked; a
    // hash edited onto another record is named by verify and finds nothing; records sealed before
    // people were indexed get their hashes at start, a slice at a time.
    void aPatientIsFoundByIdNumberOrNameMasked()
    {
        Rig rig;
        const QString id = QStringLiteral("36010219900101123X");
        rig.settle(QStringLiteral("JS-1"), QStringLiteral("RX-1"));
        rig.settle(QStringLiteral("JS-2"), QStringLiteral("RX-2"));
        QCOMPARE(rig.archivist.sealPending().value(), 2);
        QCOMPARE(rig.archive.findByPerson(PersonalKind::IdNumber, id)->size(), 2);
        QCOMPARE(rig.archive.findByPerson(PersonalKind::IdNumber, id.toLower())->size(), 2);
        QCOMPARE(rig.archive.findByPerson(PersonalKind::PersonName, QStringLiteral("赵六"))->size(),
                 2);
        QVERIFY(
            rig.archive.findByPerson(PersonalKind::IdNumber, QStringLiteral("360102199001011248"))
                ->isEmpty());
        // Nothing plain beside the records.
        QSqlQuery plain(rig.db->connection());
        QVERIFY(plain.exec(QStringLiteral("SELECT COUNT(*) FROM archive_record WHERE "
                                          "instr(CAST(person_id_hash AS TEXT), '3601') > 0 OR "
                                          "length(person_id_hash) <> 32")));
        QVERIFY(plain.next());
        QCOMPARE(plain.value(0).toInt(), 0);

        fakes::StaffFixture staff(rig.clock);
        ArchiveReader reader(rig.archive, staff.access);
        staff.loginAs(QStringLiteral("zhangsan"));
        QCOMPARE(reader.records(id).error().code, ErrorCode::PermissionDenied);
        staff.loginAs(QStringLiteral("wangwu"));
        Result<QList<ArchiveRecord>> byId = reader.records(id);
        QVERIFY(byId.ok());
        QCOMPARE(byId->size(), 2);
        QCOMPARE(reader.records(QStringLiteral(" 赵六 ")).value().size(), 2);
        QCOMPARE(reader.records(QStringLiteral("钱十一")).error().code, ErrorCode::NotFound);
        for (const AuditEvent& e : staff.audit.events) {
            QVERIFY2(!e.target.contains(id) && !e.detail.contains(id), qPrintable(e.target));
            QVERIFY2(!e.target.contains(QStringLiteral("赵六")), qPrintable(e.target));
        }
        QCOMPARE(staff.audit.of(AuditAction::ArchiveViewed).first().target, maskIdNumber(id));

        // A hash copied onto another record: named, and the search finds only records that name
        // the person themselves.
        QVERIFY(rig.exec("UPDATE archive_record SET person_name_hash = (SELECT person_id_hash FROM "
                         "archive_record WHERE seq = 1) WHERE seq = 2"));
        const ArchiveVerification edited = rig.verify();
        QCOMPARE(edited.findings.size(), 1);
        QVERIFY2(edited.findings.first().describe().contains(QStringLiteral("person_name_hash")),
                 qPrintable(edited.findings.first().describe()));
        QCOMPARE(rig.archive.findByPerson(PersonalKind::IdNumber, id)->size(), 2);

        // Sealed before people were indexed: found again once the start has indexed them.
        QVERIFY(
            rig.exec("UPDATE archive_record SET person_id_hash = NULL, person_name_hash = NULL"));
        QVERIFY(rig.verify().findings.isEmpty()); // not indexed is not altered
        QVERIFY(rig.archive.findByPerson(PersonalKind::IdNumber, id)->isEmpty());
        QCOMPARE(rig.archive.indexPeople(1).value(), 1);
        QCOMPARE(rig.archivist.sealPending().value(), 1);
        QCOMPARE(rig.archive.indexPeople(10).value(), 0);
        QCOMPARE(rig.archive.findByPerson(PersonalKind::IdNumber, id)->size(), 2);
        QVERIFY(rig.verify().findings.isEmpty());
    }

    void theBindingListHoldsTheMonthInSealingOrder()
    {
        Rig rig;
        const auto sealAt = [&](const QString& no, const QDateTime& at) {
            rig.clock.set(at);
            rig.settle(no, QStringLiteral("RX-") + no);
            QCOMPARE(rig.archivist.sealPending().value(), 1);
        };
        sealAt(QStringLiteral("JS-NOV"), QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59, 999)));
        sealAt(QStringLiteral("JS-D1"), QDateTime(QDate(2026, 12, 1), QTime(0, 0)));
        sealAt(QStringLiteral("JS-D2"), QDateTime(QDate(2026, 12, 15), QTime(14, 30)));
        sealAt(QStringLiteral("JS-JAN"), QDateTime(QDate(2027, 1, 1), QTime(0, 0)));

        fakes::StaffFixture staff(rig.clock);
        ArchiveReader reader(rig.archive, staff.access);
        staff.loginAs(QStringLiteral("zhangsan"));
        QCOMPARE(reader.bindingList(QDate(2026, 12, 1)).error().code, ErrorCode::PermissionDenied);
        staff.loginAs(QStringLiteral("wangwu"));
        Result<ArchiveReader::BindingList> dec = reader.bindingList(QDate(2026, 12, 20));
        QVERIFY(dec.ok());
        QCOMPARE(dec->month, QDate(2026, 12, 1));
        QStringList subjects;
        QList<qint64> seqs;
        for (const ArchiveStore::Entry& e : dec->entries) {
            subjects << e.subject;
            seqs << e.seq;
        }
        QCOMPARE(subjects, (QStringList{u"JS-D1"_s, u"JS-D2"_s}));
        QCOMPARE(seqs, (QList<qint64>{2, 3}));
        QCOMPARE(dec->entries.first().prescriptionNo, u"RX-JS-D1"_s);
        QCOMPARE(dec->entries.last().sealedAt, QDateTime(QDate(2026, 12, 15), QTime(14, 30)));
        QVERIFY(!dec->more);
        QCOMPARE(staff.audit.count(AuditAction::ArchiveViewed), 1);

        const QStringList sheet = bindingSheet(*dec, u"仁心大药房"_s);
        QVERIFY(sheet.first().contains(u"2026年12月"_s));
        QCOMPARE(std::count_if(sheet.cbegin(), sheet.cend(),
                               [](const QString& l) { return l.endsWith(u"【 】"_s); }),
                 2);
        QVERIFY(sheet.filter(u"#000002"_s).first().contains(u"RX-JS-D1"_s));
        QVERIFY(sheet.join(u'\n').contains(u"共 2 条记录，档案号 #2 至 #3"_s));
        QVERIFY(!sheet.join(u'\n').contains(u"赵"_s)); // nothing personal

        Result<ArchiveReader::BindingList> cut = reader.bindingList(QDate(2026, 12, 1), 1);
        QCOMPARE(cut->entries.size(), 1);
        QVERIFY(cut->more);
        QVERIFY(bindingSheet(*cut, {}).join(u'\n').contains(u"还有更多"_s));
        QVERIFY(reader.bindingList(QDate(2026, 10, 1))->entries.isEmpty());
        QVERIFY(bindingSheet(*reader.bindingList(QDate(2026, 10, 1)), {})
                    .join(u'\n')
                    .contains(u"本月没有封存的记录"_s));
    }
    // The search by date (the archive screen's and `archive show`'s): the days typed, both
    // included, in sealing order; a manager's, audited; nothing personal listed.
    void recordsAreFoundByDayOrRangeOfDays()
    {
        QCOMPARE(parseDayRange(u"2026-12-06"_s),
                 std::optional(std::pair{QDate(2026, 12, 6), QDate(2026, 12, 6)}));
        QCOMPARE(parseDayRange(u" 2026-12-06..2026-12-01 "_s),
                 std::optional(std::pair{QDate(2026, 12, 1), QDate(2026, 12, 6)}));
        QCOMPARE(parseDayRange(u"2026-12-01至2026-12-06"_s),
                 std::optional(std::pair{QDate(2026, 12, 1), QDate(2026, 12, 6)}));
        QCOMPARE(parseDayRange(u"2026-12-01 ~ 2026-12-06"_s),
                 std::optional(std::pair{QDate(2026, 12, 1), QDate(2026, 12, 6)}));
        for (const QString& notADay : {u"20261206"_s, u"2026-13-01"_s, u"RX-2026-12-06"_s,
                                       u"2026-12-01..明天"_s, u"赵六"_s, u"360102198001011235"_s})
            QVERIFY2(!parseDayRange(notADay), qPrintable(notADay));

        Rig rig;
        const auto sealAt = [&](const QString& no, const QDateTime& at) {
            rig.clock.set(at);
            rig.settle(no, QStringLiteral("RX-") + no);
            QCOMPARE(rig.archivist.sealPending().value(), 1);
        };
        sealAt(u"JS-5"_s, QDateTime(QDate(2026, 12, 5), QTime(23, 59, 59)));
        sealAt(u"JS-6A"_s, QDateTime(QDate(2026, 12, 6), QTime(0, 0)));
        sealAt(u"JS-6B"_s, QDateTime(QDate(2026, 12, 6), QTime(18, 0)));
        sealAt(u"JS-7"_s, QDateTime(QDate(2026, 12, 7), QTime(0, 0)));

        fakes::StaffFixture staff(rig.clock);
        ArchiveReader reader(rig.archive, staff.access);
        staff.loginAs(u"zhangsan"_s);
        QCOMPARE(reader.sealedOn(QDate(2026, 12, 6), QDate(2026, 12, 6)).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(staff.audit.count(AuditAction::ArchiveViewed), 0);
        staff.loginAs(u"wangwu"_s);
        const auto subjects = [](const ArchiveReader::DayList& l) {
            QStringList out;
            for (const ArchiveStore::Entry& e : l.entries)
                out << e.subject;
            return out;
        };
        Result<ArchiveReader::DayList> day =
            reader.sealedOn(QDate(2026, 12, 6), QDate(2026, 12, 6));
        QVERIFY(day.ok());
        QCOMPARE(subjects(*day), (QStringList{u"JS-6A"_s, u"JS-6B"_s}));
        QCOMPARE(staff.audit.count(AuditAction::ArchiveViewed), 1);
        const QString sheet = dayListSheet(*day).join(u'\n');
        QVERIFY(sheet.contains(u"2026-12-06 封存"_s));
        QVERIFY(sheet.contains(u"RX-JS-6B"_s));
        QVERIFY(sheet.contains(u"共 2 条记录"_s));
        QVERIFY(!sheet.contains(u"赵"_s));

        Result<ArchiveReader::DayList> range =
            reader.sealedOn(QDate(2026, 12, 5), QDate(2026, 12, 7));
        QCOMPARE(subjects(*range), (QStringList{u"JS-5"_s, u"JS-6A"_s, u"JS-6B"_s, u"JS-7"_s}));
        Result<ArchiveReader::DayList> cut =
            reader.sealedOn(QDate(2026, 12, 5), QDate(2026, 12, 7), 3);
        QCOMPARE(cut->entries.size(), 3);
        QVERIFY(cut->more);
        QVERIFY(dayListSheet(*cut).join(u'\n').contains(u"缩短日期范围"_s));
        QVERIFY(reader.sealedOn(QDate(2026, 11, 1), QDate(2026, 11, 30))->entries.isEmpty());
        QCOMPARE(reader.sealedOn(QDate(2026, 12, 7), QDate(2026, 12, 6)).error().code,
                 ErrorCode::InvalidInput);
    }
};

QTEST_MAIN(TestArchiveSealing)
#include "tst_archivesealing.moc"
