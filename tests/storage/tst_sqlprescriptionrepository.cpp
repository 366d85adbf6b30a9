#include "storage/database.h"
#include "storage/sqlprescriptionrepository.h"
#include "tests/core/rxtestdata.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/support/teststore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;

namespace {

PrescriptionReview review(const Prescription& rx, PrescriptionReview::Decision decision,
                          const QString& opinion = {})
{
    PrescriptionReview r;
    r.rxNo = rx.rxNo;
    r.decision = decision;
    r.opinion = opinion;
    r.pharmacistUserId = 2;
    r.pharmacistName = QStringLiteral("李四");
    r.licenceNo = QStringLiteral("ZY00360100012345");
    r.insurancePharmacistCode = QStringLiteral("P360100000042");
    r.time = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15));
    r.contentHash = rx.contentHash();
    r.longTermConfirmed = true;
    return r;
}

} // namespace

class TestSqlPrescriptionRepository : public QObject
{
    Q_OBJECT
    /// Each test's own database file (the shared reopen fixture).
    std::optional<testsupport::StoreFile> m_store;
    fakes::FakeFieldCipher m_cipher;

    void reopen()
    {
        const Status s = m_store->reopen();
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    }

    static void saved(SqlPrescriptionRepository& repo, const Prescription& rx)
    {
        const Status s = repo.save(rx);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    }

    /// Runs a statement the way the program would, returning whether SQLite accepted it.
    bool execute(const QString& sql)
    {
        QSqlQuery q(m_store->db().connection());
        return q.exec(sql);
    }

private Q_SLOTS:
    void init()
    {
        m_store.emplace(
            QStringLiteral("rx-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    }

    void storesAndReadsBackTheSameContent()
    {
        Prescription rx = rxtest::prescription();
        rx.longTerm = true;
        rx.coveredDays = 42;
        rx.source = RxSource::PaperEntry;
        rx.status = RxStatus::Expired;
        {
            SqlPrescriptionRepository repo(m_store->db(), m_cipher);
            saved(repo, rx);
        }
        reopen();
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const std::optional<Prescription> back = repo.find(rx.rxNo);
        QVERIFY(back.has_value());
        QCOMPARE(back->canonicalContent(), rx.canonicalContent());
        QCOMPARE(back->contentHash(), rx.contentHash());
        QCOMPARE(back->originalFile, rx.originalFile);
        QCOMPARE(back->issueTime, rx.issueTime);
        QCOMPARE(back->lines.size(), 2);
        QCOMPARE(back->lines.at(0).quantity, 2);
        QCOMPARE(back->patient.idNumber, rx.patient.idNumber);
        QCOMPARE(back->status, RxStatus::Expired);
        QCOMPARE(back->source, RxSource::PaperEntry);
        QVERIFY(!repo.find(QStringLiteral("RX-NONE")).has_value());
    }

    // RX-REVIEW: a review binds to the content it was given on; a changed download is back in the
    // queue, and the reviewed content stays in the archive (RX-ARCHIVE-2Y).
    void changedContentNeedsANewReview()
    {
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const Prescription rx = rxtest::prescription();
        saved(repo, rx);
        QCOMPARE(repo.awaitingReview().size(), 1);
        Result<PrescriptionReview> stored =
            repo.addReview(review(rx, PrescriptionReview::Decision::Approved), {});
        QVERIFY(stored.ok());
        QVERIFY(stored->id > 0);
        QVERIFY(repo.awaitingReview().isEmpty());
        saved(repo, rx); // the same download again changes nothing
        QVERIFY(repo.awaitingReview().isEmpty());

        Prescription changed = rx;
        changed.lines[0].quantity = 3;
        saved(repo, changed);
        QCOMPARE(repo.find(rx.rxNo)->lines.at(0).quantity, 3);
        const QList<Prescription> queue = repo.awaitingReview();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().contentHash(), changed.contentHash());

        QSqlQuery q(m_store->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM prescription_content")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        const std::optional<PrescriptionReview> latest = repo.latestReview(rx.rxNo);
        QVERIFY(latest.has_value());
        QCOMPARE(latest->contentHash, rx.contentHash());
        QCOMPARE(latest->licenceNo, QStringLiteral("ZY00360100012345"));
        QCOMPARE(latest->time, QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15)));
        QVERIFY(latest->longTermConfirmed);
    }

    // DATA-UPLOAD: the 7204 the core decided on is queued with its review, as given, in the same
    // transaction; no 7204 given, none queued; a refused review queues nothing.
    void theReviewAndIts7204AreOneTransaction()
    {
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const Prescription rx = rxtest::prescription();
        saved(repo, rx);
        const QJsonObject upload{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("hi_rxno"), rx.rxNo},
                         {QStringLiteral("rx_chk_stas_codg"), QStringLiteral("1")}}}};
        QVERIFY(repo.addReview(review(rx, PrescriptionReview::Decision::Approved), upload).ok());
        QSqlQuery q(m_store->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT doc_ref, payload FROM outbox WHERE infno = '7204'"))
                && q.next());
        QCOMPARE(q.value(0).toString(), rx.rxNo);
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), upload);
        QVERIFY(!q.next());
        q.finish();

        Prescription paper = rxtest::prescription();
        paper.rxNo = QStringLiteral("PAPER-H36010200123-0001");
        paper.source = RxSource::PaperEntry;
        saved(repo, paper);
        QVERIFY(repo.addReview(review(paper, PrescriptionReview::Decision::Approved), {}).ok());
        // A review the store refuses (a rejection without its reason) takes its 7204 with it.
        QVERIFY(!repo.addReview(review(rx, PrescriptionReview::Decision::Rejected), upload).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE infno = '7204'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void latestReviewIsTheLastAppended()
    {
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const Prescription rx = rxtest::prescription();
        saved(repo, rx);
        QVERIFY(repo.addReview(review(rx, PrescriptionReview::Decision::Rejected,
                                      QStringLiteral("超医保限定支付范围")),
                               {})
                    .ok());
        QVERIFY(repo.addReview(review(rx, PrescriptionReview::Decision::Approved), {}).ok());
        QCOMPARE(repo.latestReview(rx.rxNo)->decision, PrescriptionReview::Decision::Approved);
        QVERIFY(!repo.latestReview(QStringLiteral("RX-NONE")).has_value());
    }

    void queueIsOldestIssueFirst()
    {
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        Prescription later = rxtest::prescription(QStringLiteral("RX-B"));
        later.issueTime = later.issueTime.addSecs(3600);
        saved(repo, later);
        saved(repo, rxtest::prescription(QStringLiteral("RX-A")));
        const QList<Prescription> queue = repo.awaitingReview();
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.at(0).rxNo, QStringLiteral("RX-A"));
        QCOMPARE(queue.at(1).rxNo, QStringLiteral("RX-B"));
    }

    void reviewsAndContentsAreAppendOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("RX-REVIEW update")
            << QStringLiteral("UPDATE prescription_review SET decision = 1");
        QTest::newRow("RX-REVIEW delete") << QStringLiteral("DELETE FROM prescription_review");
        QTest::newRow("RX-ARCHIVE-2Y content update")
            << QStringLiteral("UPDATE prescription_content SET content = '{}'");
        QTest::newRow("RX-ARCHIVE-2Y content delete")
            << QStringLiteral("DELETE FROM prescription_content");
        QTest::newRow("RX-SINGLE settled update")
            << QStringLiteral("UPDATE prescription_settled SET reference = 'x'");
        QTest::newRow("RX-SINGLE settled delete")
            << QStringLiteral("DELETE FROM prescription_settled");
    }

    void reviewsAndContentsAreAppendOnly()
    {
        QFETCH(QString, sql);
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const Prescription rx = rxtest::prescription();
        saved(repo, rx);
        QVERIFY(repo.addReview(review(rx, PrescriptionReview::Decision::Rejected,
                                      QStringLiteral("用法用量不适宜")),
                               {})
                    .ok());
        QVERIFY(repo.markSettled(SettledPrescription{rx.rxNo, rxtest::issued(),
                                                     SettledPrescription::Where::Here,
                                                     QStringLiteral("S0001")})
                    .ok());
        QVERIFY2(!execute(sql), qPrintable(sql));
        QCOMPARE(repo.latestReview(rx.rxNo)->decision, PrescriptionReview::Decision::Rejected);
        QVERIFY(repo.find(rx.rxNo).has_value());
        QCOMPARE(repo.findSettled(rx.rxNo)->reference, QStringLiteral("S0001"));
    }

    void rejectionWithoutReasonIsRefused()
    {
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const Prescription rx = rxtest::prescription();
        saved(repo, rx);
        QVERIFY(!repo.addReview(review(rx, PrescriptionReview::Decision::Rejected), {}).ok());
        QVERIFY(!repo.latestReview(rx.rxNo).has_value());
    }

    // RX-SINGLE: the second settlement of a number is refused and the first record kept.
    void settlesOnce()
    {
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const QString rxNo = rxtest::prescription().rxNo;
        QVERIFY(!repo.findSettled(rxNo).has_value());
        QVERIFY(repo.markSettled(SettledPrescription{rxNo, rxtest::issued(),
                                                     SettledPrescription::Where::Platform,
                                                     QStringLiteral("P-7202-1")})
                    .ok());
        const Status again = repo.markSettled(SettledPrescription{rxNo, rxtest::issued().addDays(1),
                                                                  SettledPrescription::Where::Here,
                                                                  QStringLiteral("S2")});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().ruleId, QStringLiteral("RX-SINGLE"));
        QVERIFY(again.error().message.contains(QStringLiteral("P-7202-1")));
        const std::optional<SettledPrescription> kept = repo.findSettled(rxNo);
        QCOMPARE(kept->where, SettledPrescription::Where::Platform);
        QCOMPARE(kept->settledAt, rxtest::issued());
    }

    /// Runs `statements` on the closed store's file through a connection of its own (the
    /// program's triggers dropped first where a statement needs it), then opens the store again.
    void behindTheProgramsBack(const QStringList& statements)
    {
        m_store->close();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString& sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(sql + u' ' + q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        reopen();
    }

    // DATA-PRIVACY: the content (patient's name and ID number, diagnosis) and the original file
    // are written only encrypted into prescription_personal, in the same transaction; the plain
    // columns stay empty; the patient is found by keyed hash of ID number or name.
    void contentIsStoredOnlyEncrypted()
    {
        const Prescription rx = rxtest::prescription();
        {
            SqlPrescriptionRepository repo(m_store->db(), m_cipher);
            saved(repo, rx);
        }
        QSqlQuery q(m_store->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT content, length(original_file) FROM "
                                      "prescription_content")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT content_enc, original_file_enc, patient_id_hash, "
                                      "patient_name_hash FROM prescription_personal")));
        QVERIFY(q.next());
        const QByteArray content = q.value(0).toByteArray();
        QVERIFY(!content.isEmpty());
        for (const QByteArray& plain :
             {QByteArray("36010219900101123X"), QStringLiteral("赵六").toUtf8(), rx.originalFile}) {
            QVERIFY(!content.contains(plain));
            QVERIFY(!q.value(1).toByteArray().contains(plain));
        }
        QCOMPARE(q.value(2).toByteArray(),
                 m_cipher.lookupHash(PersonalKind::IdNumber, rx.patient.idNumber));
        QCOMPARE(q.value(3).toByteArray(),
                 m_cipher.lookupHash(PersonalKind::PersonName, rx.patient.name));
        q.finish();

        reopen();
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        QCOMPARE(repo.find(rx.rxNo)->originalFile, rx.originalFile);
        saved(repo, rxtest::prescription(QStringLiteral("RX-OTHER-PATIENT")));
        QCOMPARE(repo.findByPatientId(QStringLiteral("36010219900101123x ")).size(), 2);
        QCOMPARE(repo.findByPatientName(QStringLiteral("赵六")).size(), 2);
        QVERIFY(repo.findByPatientId(QStringLiteral("110101199001011234")).isEmpty());
        QVERIFY(repo.findByPatientId(QString()).isEmpty());
    }

    // A store written before the side tables (not migrated yet) still reads its plain rows.
    void legacyPlainContentIsStillRead()
    {
        const Prescription rx = rxtest::prescription();
        {
            SqlPrescriptionRepository repo(m_store->db(), m_cipher);
            saved(repo, rx);
        }
        behindTheProgramsBack(
            {QStringLiteral("DROP TRIGGER prescription_content_no_update"),
             QStringLiteral("DELETE FROM prescription_personal"),
             QStringLiteral("UPDATE prescription_content SET content = '%1', original_file = "
                            "X'%2'")
                 .arg(QString::fromUtf8(rx.canonicalContent()),
                      QString::fromLatin1(rx.originalFile.toHex()))});
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        const std::optional<Prescription> back = repo.find(rx.rxNo);
        QVERIFY(back.has_value());
        QCOMPARE(back->patient.idNumber, rx.patient.idNumber);
        QCOMPARE(back->originalFile, rx.originalFile);
    }

    // Content changed behind the program's back — a changed byte of the encrypted blob, a blob
    // from another prescription, or an edited plain row of a store not migrated yet — is not
    // handed out for review or settlement.
    void tamperedContentIsNotReturned_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("DATA-PRIVACY changed blob") << QStringList{QStringLiteral(
            "UPDATE prescription_personal SET content_enc = substr(content_enc, 1, 20) || "
            "X'00' || substr(content_enc, 22) WHERE rx_no = 'RX-A'")};
        QTest::newRow("DATA-PRIVACY blob of another prescription")
            << QStringList{QStringLiteral("UPDATE prescription_personal SET content_enc = "
                                          "(SELECT content_enc FROM prescription_personal WHERE "
                                          "rx_no = 'RX-B') WHERE rx_no = 'RX-A'")};
        QTest::newRow("RX-ARCHIVE-2Y edited legacy plain content") << QStringList{
            QStringLiteral("DROP TRIGGER prescription_content_no_update"),
            QStringLiteral("UPDATE prescription_content SET content = '%1' WHERE rx_no = 'RX-A'")
                .arg(QString::fromUtf8(
                         rxtest::prescription(QStringLiteral("RX-A")).canonicalContent())
                         .replace(QStringLiteral("\"qty\":2"), QStringLiteral("\"qty\":9"))),
            QStringLiteral("DELETE FROM prescription_personal WHERE rx_no = 'RX-A'")};
    }

    void tamperedContentIsNotReturned()
    {
        QFETCH(QStringList, statements);
        {
            SqlPrescriptionRepository repo(m_store->db(), m_cipher);
            saved(repo, rxtest::prescription(QStringLiteral("RX-A")));
            saved(repo, rxtest::prescription(QStringLiteral("RX-B")));
        }
        behindTheProgramsBack(statements);
        SqlPrescriptionRepository repo(m_store->db(), m_cipher);
        QVERIFY(!repo.find(QStringLiteral("RX-A")).has_value());
        QVERIFY(repo.find(QStringLiteral("RX-B")).has_value());
        QCOMPARE(repo.awaitingReview().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlPrescriptionRepository)
#include "tst_sqlprescriptionrepository.moc"
