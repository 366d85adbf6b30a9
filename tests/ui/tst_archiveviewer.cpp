// The manager's archive screen (SETTLE-SLIP, DATA-TRACE): a record found by its settlement or
// prescription number or by a box's traceability code, shown with the insured person masked; its
// documents opened — a picture beside, text in the pane — each checked against its sealed hash and
// audited; a document changed behind the archive is refused, named; the month's binding index;
// a cashier is refused by the core.

#include "app/core/archive/settlementarchivist.h"
#include "app/core/inventory/boxtrace.h"
#include "app/core/ports/tracequery.h"
#include "tests/fakes/fakes.h"
#include "ui/archiveviewer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::archive;
using pos::ui::ArchiveViewer;
using namespace Qt::StringLiterals;

namespace {

/// The archive kept in memory: what ArchiveReader reads, no chain checks (those are the
/// verifier's, tested over the real store).
class MemoryArchive final : public ArchiveStore
{
public:
    QList<ArchiveRecord> records;
    QMap<qint64, QMap<QString, QByteArray>> docs;

    void add(ArchiveRecord r, const QMap<QString, QByteArray>& documents)
    {
        r.seq = records.size() + 1;
        for (auto it = documents.cbegin(); it != documents.cend(); ++it)
            r.pieces << ArchivePiece{
                it.key(),
                QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex(),
                it.value().size(),
                {}};
        r.pieces << ArchivePiece{u"clip.json"_s, {}, 0, u"未配置结算摄像头"_s};
        docs[r.seq] = documents;
        records << r;
    }

    Result<std::optional<ArchiveRecord>> last() const override
    {
        return records.isEmpty() ? std::nullopt : std::optional(records.last());
    }
    Status append(const ArchiveRecord&, const QMap<QString, QByteArray>&) override { return {}; }
    Status forEach(const std::function<bool(qint64, const Result<ArchiveRecord>&)>&) const override
    {
        return {};
    }
    Result<std::optional<ArchiveRecord>> record(qint64 seq) const override
    {
        return seq >= 1 && seq <= records.size() ? std::optional(records.at(seq - 1))
                                                 : std::nullopt;
    }
    Result<std::optional<QByteArray>> document(qint64 seq, const QString& name) const override
    {
        return docs.value(seq).contains(name) ? std::optional(docs.value(seq).value(name))
                                              : std::nullopt;
    }
    Result<QMap<QString, QByteArray>> documentsOf(qint64 seq) const override
    {
        return docs.value(seq);
    }
    Result<QList<ArchiveRecord>> findByPerson(PersonalKind kind,
                                              const QString& value) const override
    {
        QList<ArchiveRecord> out;
        for (const ArchiveRecord& r : records) {
            const RecordPerson p = personOf(r);
            if ((kind == PersonalKind::IdNumber ? p.idNumber : p.name) == value)
                out.append(r);
        }
        return out;
    }
    Result<int> indexPeople(int) override { return 0; }
    Result<QMap<QString, QByteArray>> documentDigests(qint64 seq) const override
    {
        QMap<QString, QByteArray> out;
        const QMap<QString, QByteArray> all = docs.value(seq);
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            out.insert(it.key(),
                       QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex());
        return out;
    }
    Result<std::optional<ArchiveHead>> head() const override
    {
        return std::optional<ArchiveHead>();
    }
    Result<QList<ArchiveRecord>> findBySubjectOrPrescription(const QString& n) const override
    {
        QList<ArchiveRecord> out;
        for (const ArchiveRecord& r : records)
            if (r.subject == n || r.prescriptionNo == n)
                out << r;
        return out;
    }
    Result<QList<Due>> due(int) const override { return QList<Due>{}; }
    Result<QList<Entry>> sealedBetween(const QDateTime& from, const QDateTime& to,
                                       int limit) const override
    {
        QList<Entry> out;
        for (const ArchiveRecord& r : records)
            if (r.sealedAt >= from && r.sealedAt < to && out.size() < limit)
                out << Entry{r.seq, r.kind, r.subject, r.prescriptionNo, r.sealedAt};
        return out;
    }
};

/// One box sold under settlement JS-1.
class OneBox final : public TraceQuery
{
public:
    Result<std::optional<BoxTrace>> traceBox(const QString& code) const override
    {
        if (code != kCode)
            return std::optional<BoxTrace>();
        BoxTrace t;
        t.code = code;
        t.productName = u"苯磺酸氨氯地平片"_s;
        BoxSale s;
        s.saleNo = u"XS-1"_s;
        s.settlementNo = u"JS-1"_s;
        t.sales << s;
        return std::optional(t);
    }
    Result<QList<BatchTrace>> traceBatch(const QString&) const override
    {
        return QList<BatchTrace>{};
    }
    static inline const QString kCode = u"87965720000011172759"_s;
};

QByteArray png()
{
    QImage image(60, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

ArchiveRecord settlement(const QString& no, const QString& rxNo, const QDateTime& at)
{
    ArchiveRecord r;
    r.subject = no;
    r.prescriptionNo = rxNo;
    r.sealedAt = at;
    QJsonObject person{{u"name"_s, u"赵六"_s}, {u"certno"_s, u"36010219900101123X"_s}};
    r.content = QJsonObject{{u"settlement"_s, QJsonObject{{u"person"_s, person}}}};
    return r;
}

} // namespace

class TestArchiveViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOpensAndRefusesWhatChanged()
    {
        ManualClock clock{QDateTime(QDate(2026, 12, 6), QTime(10, 0))};
        fakes::StaffFixture staff(clock);
        MemoryArchive store;
        store.add(settlement(u"JS-1"_s, u"RX-1"_s, clock.now()),
                  {{u"signature.png"_s, png()}, {u"slip.txt"_s, "医保结算单 JS-1"_ba}});
        store.add(settlement(u"JS-2"_s, u"RX-2"_s, clock.now().addDays(-10)),
                  {{u"slip.txt"_s, "医保结算单 JS-2"_ba}});
        OneBox boxes;
        TraceService trace(boxes, staff.access);
        ArchiveReader reader(store, staff.access);
        ArchiveViewer viewer(reader, &trace, u"仁心大药房"_s);
        viewer.monthEdit()->setDate(clock.now().date());
        viewer.resize(980, 680);
        viewer.show();

        // A cashier: refused by the core, nothing listed.
        staff.loginAs(u"zhangsan"_s);
        viewer.searchEdit()->setText(u"JS-1"_s);
        viewer.search();
        QCOMPARE(viewer.recordList()->count(), 0);
        QVERIFY(!viewer.messageLabel()->text().isEmpty());
        QCOMPARE(staff.audit.count(AuditAction::ArchiveViewed), 0);

        // The manager: by prescription number; the person masked.
        staff.loginAs(u"wangwu"_s);
        const int viewed = staff.audit.count(AuditAction::ArchiveViewed);
        viewer.searchEdit()->setText(u"RX-1"_s);
        viewer.search();
        QCOMPARE(viewer.recordList()->count(), 1);
        QVERIFY(viewer.detail()->toPlainText().contains(u"JS-1"_s));
        QVERIFY(!viewer.detail()->toPlainText().contains(u"赵六"_s));
        QVERIFY(!viewer.detail()->toPlainText().contains(u"36010219900101123X"_s));
        QCOMPARE(viewer.documentList()->count(), 3); // signature, slip, and the missing clip
        QVERIFY(viewer.documentList()->item(2)->text().contains(u"未配置结算摄像头"_s));
        QCOMPARE(staff.audit.count(AuditAction::ArchiveViewed), viewed + 1);

        // Its documents: the signature as a picture, the slip as text, each audited.
        viewer.openDocument(0);
        QVERIFY(!viewer.picture()->pixmap().isNull());
        viewer.openDocument(1);
        QCOMPARE(viewer.detail()->toPlainText(), u"医保结算单 JS-1"_s);
        QCOMPARE(staff.audit.count(AuditAction::ArchiveViewed), viewed + 3);
        // A missing piece says so.
        viewer.openDocument(2);
        QVERIFY(viewer.messageLabel()->text().contains(u"clip.json"_s));

        // Changed behind the archive: refused, named.
        store.docs[1][u"slip.txt"_s] = "医保结算单 JS-1（改）"_ba;
        viewer.openDocument(1);
        QVERIFY(viewer.messageLabel()->text().contains(u"slip.txt"_s));
        QVERIFY(viewer.messageLabel()->text().contains(u"改动"_s));

        // By a box's traceability code: the settlement that paid for it.
        viewer.searchEdit()->setText(OneBox::kCode);
        viewer.search();
        QCOMPARE(viewer.recordList()->count(), 1);
        QVERIFY(viewer.recordList()->item(0)->text().contains(u"JS-1"_s));
        // A number the archive does not hold is named, not mistaken for a code.
        viewer.searchEdit()->setText(u"JS-404"_s);
        viewer.search();
        QCOMPARE(viewer.recordList()->count(), 0);
        QVERIFY(viewer.messageLabel()->text().contains(u"JS-404"_s));

        // The month's binding index: December's records only; one opened from it.
        viewer.showMonth();
        QCOMPARE(viewer.recordList()->count(), 1);
        QVERIFY(viewer.detail()->toPlainText().contains(u"装订清单"_s));
        QVERIFY(viewer.detail()->toPlainText().contains(u"共 1 条记录"_s));
        viewer.recordList()->setCurrentRow(0);
        QVERIFY(viewer.detail()->toPlainText().contains(u"JS-1"_s));

        // By day: the records sealed that day (JS-2 ten days before is not), opened from the list;
        // a range reaches it too.
        viewer.searchEdit()->setText(u"2026-12-06"_s);
        viewer.search();
        QCOMPARE(viewer.recordList()->count(), 1);
        QVERIFY(viewer.recordList()->item(0)->text().contains(u"JS-1"_s));
        QVERIFY(viewer.detail()->toPlainText().contains(u"共 1 条记录"_s));
        viewer.searchEdit()->setText(u"2026-11-20..2026-12-06"_s);
        viewer.search();
        QCOMPARE(viewer.recordList()->count(), 2); // in sealing order
        QVERIFY(viewer.recordList()->item(1)->text().contains(u"JS-2"_s));
        viewer.recordList()->setCurrentRow(1);
        QVERIFY(viewer.detail()->toPlainText().contains(u"JS-2"_s));
        QVERIFY(!viewer.detail()->toPlainText().contains(u"赵六"_s));

        // The clip is asked of the evidence viewer, for the record shown.
        QSignalSpy play(&viewer, &ArchiveViewer::playClipRequested);
        for (QPushButton* b : viewer.findChildren<QPushButton*>())
            if (b->text() == u"播放录像"_s)
                b->click();
        QCOMPARE(play.size(), 1);
        QCOMPARE(play.first().first().toString(), u"JS-2"_s); // the one opened last
    }
};

QTEST_MAIN(TestArchiveViewer)
#include "tst_archiveviewer.moc"
