#include "storage/database.h"
#include "storage/sqlprescriptionrepository.h"
#include "tests/core/rxtestdata.h"
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
            SqlPrescriptionRepository repo(m_store->db());
            saved(repo, rx);
        }
        reopen();
        SqlPrescriptionRepository repo(m_store->db());
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
        SqlPrescriptionRepository repo(m_store->db());
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
        SqlPrescriptionRepository repo(m_store->db());
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
        SqlPrescriptionRepository repo(m_store->db());
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
        SqlPrescriptionRepository repo(m_store->db());
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
        SqlPrescriptionRepository repo(m_store->db());
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
        SqlPrescriptionRepository repo(m_store->db());
        const Prescription rx = rxtest::prescription();
        saved(repo, rx);
        QVERIFY(!repo.addReview(review(rx, PrescriptionReview::Decision::Rejected), {}).ok());
        QVERIFY(!repo.latestReview(rx.rxNo).has_value());
    }

    // RX-SINGLE: the second settlement of a number is refused and the first record kept.
    void settlesOnce()
    {
        SqlPrescriptionRepository repo(m_store->db());
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

    // Content edited behind the program's back (triggers dropped) no longer gives its hash: it is
    // not handed out for review or settlement.
    void tamperedContentIsNotReturned()
    {
        const Prescription rx = rxtest::prescription();
        {
            SqlPrescriptionRepository repo(m_store->db());
            saved(repo, rx);
        }
        m_store->close();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER prescription_content_no_update")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE prescription_content SET content = "
                                           "replace(content, '\"qty\":2', '\"qty\":9')")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        reopen();
        SqlPrescriptionRepository repo(m_store->db());
        QVERIFY(!repo.find(rx.rxNo).has_value());
        QVERIFY(repo.awaitingReview().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlPrescriptionRepository)
#include "tst_sqlprescriptionrepository.moc"
