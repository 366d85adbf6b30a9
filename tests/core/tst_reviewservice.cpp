#include "app/core/rx/reviewservice.h"
#include "tests/core/rxtestdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

namespace {

struct Rig
{
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0))};
    fakes::StaffFixture staff{clock};
    fakes::FakePrescriptionRepository repo;
    ReviewService reviews{repo, staff.access, staff.duty, staff.audit, clock};

    Rig()
    {
        // lisi is the platform-registered pharmacist; zhaoqi a second pharmacist.
        staff.users.users[1].insurancePharmacistCode = QStringLiteral("YS360100000042");
        staff.add(Role::Pharmacist, QStringLiteral("zhaoqi"), QStringLiteral("赵七"));
        staff.loginAs(QStringLiteral("zhangsan"));
    }
    void receive(const Prescription& rx) { QVERIFY(reviews.receive(rx).ok()); }
    void clockIn(const QString& username)
    {
        staff.loginAs(username);
        QVERIFY(staff.duty.clockIn().ok());
    }
};

} // namespace

class TestReviewService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // RX-REVIEW by whom (STAFF-ROLES, STAFF-PHARM-ONDUTY): rows are the reviewer's situation.
    void whoMayReview_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("onDuty"); // who clocked in first ("" nobody)
        QTest::addColumn<QString>("ruleId"); // empty: approved
        QTest::addColumn<int>("auditAction");
        QTest::newRow("STAFF-ROLES cashier")
            << QStringLiteral("zhangsan") << QStringLiteral("lisi") << QStringLiteral("STAFF-ROLES")
            << int(AuditAction::PermissionRefused);
        QTest::newRow("STAFF-ROLES store manager")
            << QStringLiteral("wangwu") << QStringLiteral("lisi") << QStringLiteral("STAFF-ROLES")
            << int(AuditAction::PermissionRefused);
        QTest::newRow("STAFF-PHARM-ONDUTY pharmacist off duty, nobody on duty")
            << QStringLiteral("lisi") << QString() << QStringLiteral("STAFF-PHARM-ONDUTY")
            << int(AuditAction::RuleRefused);
        QTest::newRow("STAFF-PHARM-ONDUTY pharmacist off duty, a colleague on duty")
            << QStringLiteral("lisi") << QStringLiteral("zhaoqi")
            << QStringLiteral("STAFF-PHARM-ONDUTY") << int(AuditAction::RuleRefused);
        QTest::newRow("RX-REVIEW pharmacist on duty")
            << QStringLiteral("lisi") << QStringLiteral("lisi") << QString()
            << int(AuditAction::PrescriptionReviewed);
    }
    void whoMayReview()
    {
        QFETCH(QString, reviewer);
        QFETCH(QString, onDuty);
        QFETCH(QString, ruleId);
        QFETCH(int, auditAction);
        Rig r;
        const Prescription rx = prescription();
        r.receive(rx);
        if (!onDuty.isEmpty())
            r.clockIn(onDuty);
        r.staff.loginAs(reviewer);
        const int before = r.staff.audit.count(AuditAction(auditAction));
        Result<PrescriptionReview> review = r.reviews.approve(rx.rxNo, rx.contentHash(), false);
        QCOMPARE(r.staff.audit.count(AuditAction(auditAction)), before + 1);
        if (!ruleId.isEmpty()) {
            QVERIFY(!review.ok());
            QCOMPARE(review.error().ruleId, ruleId);
            QVERIFY(r.repo.reviews.isEmpty());
            QCOMPARE(r.reviews.queue().size(), 1);
            QVERIFY(!r.reviews.approvalOf(rx).ok());
            return;
        }
        QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().userText()));
        // The signature: who, licence, platform code, when, and what content.
        QCOMPARE(review->pharmacistUserId,
                 r.staff.users.findByUsername(QStringLiteral("lisi"))->id);
        QCOMPARE(review->pharmacistName, QStringLiteral("李四"));
        QVERIFY(!review->licenceNo.isEmpty());
        QCOMPARE(review->licenceNo,
                 r.staff.users.findByUsername(QStringLiteral("lisi"))->licenceNo);
        QCOMPARE(review->insurancePharmacistCode, QStringLiteral("YS360100000042"));
        QCOMPARE(review->time, r.clock.now());
        QCOMPARE(review->contentHash, rx.contentHash());
        QCOMPARE(review->decision, PrescriptionReview::Decision::Approved);
        QVERIFY(r.reviews.queue().isEmpty());
        QVERIFY(r.reviews.approvalOf(rx).ok());
        const AuditEvent& last = r.staff.audit.events.constLast();
        QCOMPARE(last.target, rx.rxNo);
        QVERIFY(!last.detail.contains(rx.patient.idNumber));
    }

    // RX-REVIEW: the approval binds the content; a changed prescription is not approved.
    void contentChangedAfterApprovalIsNotApproved()
    {
        Rig r;
        Prescription rx = prescription();
        r.receive(rx);
        r.clockIn(QStringLiteral("lisi"));
        QVERIFY(r.reviews.approve(rx.rxNo, rx.contentHash(), false).ok());
        QVERIFY(r.reviews.approvalOf(rx).ok());

        Prescription changed = rx;
        changed.lines[0].quantity = 4;
        QSignalSpy queue(&r.reviews, &ReviewService::queueChanged);
        r.receive(changed);
        QCOMPARE(queue.count(), 1);
        Result<PrescriptionReview> stale = r.reviews.approvalOf(changed);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().ruleId, QStringLiteral("RX-REVIEW"));
        QVERIFY(stale.error().message.contains(QStringLiteral("已变化")));
        QCOMPARE(r.reviews.queue().size(), 1); // back in the pharmacist's queue
        QVERIFY(r.staff.audit.events.constLast().detail.contains(QStringLiteral("需重新审核")));
        // Approving with the hash of the content first seen is refused too (a stale screen).
        Result<PrescriptionReview> staleScreen =
            r.reviews.approve(rx.rxNo, rx.contentHash(), false);
        QVERIFY(!staleScreen.ok());
        QCOMPARE(staleScreen.error().ruleId, QStringLiteral("RX-REVIEW"));
        QVERIFY(r.reviews.approve(rx.rxNo, changed.contentHash(), false).ok());
        QVERIFY(r.reviews.approvalOf(changed).ok());
        QVERIFY(!r.reviews.approvalOf(rx).ok());
    }

    // RX-LONG-12W at review: beyond 4 weeks only with the pharmacist's explicit confirmation.
    void longTermConfirmation_data()
    {
        QTest::addColumn<int>("weeks");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("recordedConfirmation");
        QTest::newRow("RX-LONG-12W 4 weeks") << 4 << false << true << false;
        QTest::newRow("RX-LONG-12W 4 weeks, a needless confirmation is not recorded")
            << 4 << true << true << false;
        QTest::newRow("RX-LONG-12W 5 weeks unconfirmed") << 5 << false << false << false;
        QTest::newRow("RX-LONG-12W 5 weeks confirmed") << 5 << true << true << true;
        QTest::newRow("RX-LONG-12W 12 weeks confirmed") << 12 << true << true << true;
        QTest::newRow("RX-LONG-12W 13 weeks confirmed") << 13 << true << false << false;
    }
    void longTermConfirmation()
    {
        QFETCH(int, weeks);
        QFETCH(bool, confirmed);
        QFETCH(bool, approved);
        QFETCH(bool, recordedConfirmation);
        Rig r;
        Prescription rx = prescription();
        rx.longTerm = true;
        rx.coveredDays = weeks * 7;
        r.receive(rx);
        r.clockIn(QStringLiteral("lisi"));
        Result<PrescriptionReview> review = r.reviews.approve(rx.rxNo, rx.contentHash(), confirmed);
        QCOMPARE(review.ok(), approved);
        if (!approved) {
            QCOMPARE(review.error().ruleId, QStringLiteral("RX-LONG-12W"));
            QCOMPARE(r.staff.audit.count(AuditAction::RuleRefused), 1);
            return;
        }
        QCOMPARE(review->longTermConfirmed, recordedConfirmation);
    }

    void rejectionNeedsAReasonAndIsNoApproval()
    {
        Rig r;
        const Prescription rx = prescription();
        r.receive(rx);
        r.clockIn(QStringLiteral("lisi"));
        Result<PrescriptionReview> noReason =
            r.reviews.reject(rx.rxNo, rx.contentHash(), QStringLiteral("  "));
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
        Result<PrescriptionReview> rejected =
            r.reviews.reject(rx.rxNo, rx.contentHash(), QStringLiteral("超医保限定支付范围"));
        QVERIFY(rejected.ok());
        QCOMPARE(rejected->decision, PrescriptionReview::Decision::Rejected);
        QVERIFY(r.reviews.queue().isEmpty()); // decided, no longer waiting
        Result<PrescriptionReview> approval = r.reviews.approvalOf(rx);
        QVERIFY(!approval.ok());
        QVERIFY(approval.error().message.contains(QStringLiteral("超医保限定支付范围")));
        QVERIFY(r.staff.audit.events.constLast().detail.contains(QStringLiteral("驳回")));
    }

    // DATA-UPLOAD: the core decides that the e-prescription centre hears of each review of its
    // prescriptions (7204 审方结果上传) and hands the record to the repository with the review;
    // a paper prescription is not the centre's and queues nothing.
    void reviewOfAnEPrescriptionQueuesIts7204()
    {
        Rig r;
        const Prescription rx = prescription();
        Prescription paper = prescription();
        paper.rxNo = QStringLiteral("PAPER-0001");
        paper.source = RxSource::PaperEntry;
        r.receive(rx);
        r.receive(paper);
        r.clockIn(QStringLiteral("lisi"));
        QVERIFY(r.reviews.reject(rx.rxNo, rx.contentHash(), QStringLiteral("剂量超说明书")).ok());
        QVERIFY(r.reviews.approve(paper.rxNo, paper.contentHash(), false).ok());
        QCOMPARE(r.repo.uploads7204.size(), 1);
        const QJsonObject data =
            r.repo.uploads7204.first().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("hi_rxno")).toString(), rx.rxNo);
        QCOMPARE(data.value(QStringLiteral("rx_chk_stas_codg")).toString(), QStringLiteral("2"));
        QCOMPARE(data.value(QStringLiteral("rx_chk_opnn")).toString(),
                 QStringLiteral("剂量超说明书"));
        QCOMPARE(data.value(QStringLiteral("phar_code")).toString(),
                 QStringLiteral("YS360100000042"));
        QCOMPARE(data.value(QStringLiteral("rx_chk_time")).toString(),
                 QStringLiteral("2026-11-20 10:00:00"));
        QCOMPARE(data.value(QStringLiteral("phar_sign_info")).toString(), rx.contentHash());
        QVERIFY(r.reviews.approve(rx.rxNo, rx.contentHash(), false).ok());
        QCOMPARE(r.repo.uploads7204.size(), 2);
        QCOMPARE(r.repo.uploads7204.last()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("rx_chk_stas_codg"))
                     .toString(),
                 QStringLiteral("1"));
    }

    void neverReviewedIsNoApproval()
    {
        Rig r;
        const Prescription rx = prescription();
        r.receive(rx);
        Result<PrescriptionReview> approval = r.reviews.approvalOf(rx);
        QVERIFY(!approval.ok());
        QCOMPARE(approval.error().ruleId, QStringLiteral("RX-REVIEW"));
        QVERIFY(approval.error().message.contains(QStringLiteral("尚未经执业药师审核")));
    }

    void malformedPrescriptionIsNotReceived_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("named");
        QTest::newRow("no number") << 1 << QStringLiteral("处方编号");
        QTest::newRow("no issue time") << 2 << QStringLiteral("开具时间");
        QTest::newRow("no drugs") << 3 << QStringLiteral("没有药品");
        QTest::newRow("drug without insurance code")
            << 4 << QStringLiteral("第 2 种药品（盐酸二甲双胍片）没有医保药品编码");
        QTest::newRow("zero quantity") << 5 << QStringLiteral("数量应大于 0");
    }
    void malformedPrescriptionIsNotReceived()
    {
        QFETCH(int, defect);
        QFETCH(QString, named);
        Rig r;
        Prescription rx = prescription();
        switch (defect) {
        case 1: rx.rxNo.clear(); break;
        case 2: rx.issueTime = QDateTime(); break;
        case 3: rx.lines.clear(); break;
        case 4: rx.lines[1].insuranceCode.clear(); break;
        case 5: rx.lines[0].quantity = 0; break;
        default: break;
        }
        Status s = r.reviews.receive(rx);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QVERIFY2(s.error().message.contains(named), qPrintable(s.error().message));
        QVERIFY(r.repo.prescriptions.isEmpty());
    }

    void queueIsOldestFirst()
    {
        Rig r;
        Prescription later = prescription(QStringLiteral("RX-B"));
        later.issueTime = issued().addSecs(600);
        r.receive(later);
        r.receive(prescription(QStringLiteral("RX-A")));
        const QList<Prescription> q = r.reviews.queue();
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.at(0).rxNo, QStringLiteral("RX-A"));
        QCOMPARE(r.staff.audit.count(AuditAction::PrescriptionReceived), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
