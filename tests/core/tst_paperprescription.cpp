// Paper prescriptions typed in at the counter (issue 6 item 1): every refusal named field by field,
// RX-VALID-3D on the paper's issue time, the stored number scheme, and the result accepted into the
// pharmacist's queue with a stable content hash.
#include "app/core/rx/paperprescription.h"
#include "tests/core/rxgaterig.h"

#include <QTest>

using namespace pos;
using namespace pos::rxtest;

namespace {

/// The counter's clock: 2026-11-20 10:00, 46 minutes after the paper was issued.
QDateTime now()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 0));
}

/// A complete paper prescription from a community hospital: 2 boxes of amlodipine, 1 of metformin.
PaperPrescriptionDraft draft()
{
    PaperPrescriptionDraft d;
    d.paperNo = QStringLiteral("0001234");
    d.issueTime = issued();
    d.institutionName = QStringLiteral("南昌市某社区卫生服务中心");
    d.institutionCode = QStringLiteral("H36010200077");
    d.prescriberName = QStringLiteral("刘医生");
    d.prescriberCode = QStringLiteral("D360102000456");
    d.diagnosisCode = QStringLiteral("I10.x00");
    d.diagnosisName = QStringLiteral("原发性高血压");
    d.patient = RxPatient{QStringLiteral("赵六"), QStringLiteral("36010219900101123X"),
                          InsuranceType::Employee};
    d.lines = {line(amlodipine(), 2), line(metformin(), 1)};
    return d;
}

QString* textField(PaperPrescriptionDraft& d, const QString& name)
{
    const QHash<QString, QString*> fields{
        {QStringLiteral("paperNo"), &d.paperNo},
        {QStringLiteral("institutionName"), &d.institutionName},
        {QStringLiteral("institutionCode"), &d.institutionCode},
        {QStringLiteral("prescriberName"), &d.prescriberName},
        {QStringLiteral("prescriberCode"), &d.prescriberCode},
        {QStringLiteral("diagnosisCode"), &d.diagnosisCode},
        {QStringLiteral("diagnosisName"), &d.diagnosisName},
        {QStringLiteral("patientName"), &d.patient.name},
        {QStringLiteral("patientId"), &d.patient.idNumber},
        {QStringLiteral("line2.usage"), &d.lines[1].usage},
        {QStringLiteral("line2.dosage"), &d.lines[1].dosage},
        {QStringLiteral("line2.frequency"), &d.lines[1].frequency},
        {QStringLiteral("line2.name"), &d.lines[1].name},
    };
    return fields.value(name);
}

/// The gate and review service, nothing received, at now().
using Rig = GateParts;

} // namespace

class TestPaperPrescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void completeDraftBuilds()
    {
        PaperPrescriptionDraft d = draft();
        d.paperNo = QStringLiteral("  0001234 ");
        d.prescriberName = QStringLiteral(" 刘医生\t");
        d.patient.idNumber = QStringLiteral("36010219900101123x");
        d.lines[0].usage = QStringLiteral(" 口服 ");
        d.issueTime = issued().addSecs(42); // the paper has minutes; seconds are not content
        d.longTerm = false;
        d.coveredDays = 60; // typed, but not a long-term prescription
        d.scan = QByteArrayLiteral("\xff\xd8\xff\xe0 jpeg of the paper");
        d.scanMime = QStringLiteral("image/jpeg");
        Result<Prescription> rx = buildPaperPrescription(d, now());
        QVERIFY2(rx.ok(), qPrintable(rx.ok() ? QString() : rx.error().userText()));
        QCOMPARE(rx->rxNo, QStringLiteral("PAPER-H36010200077-0001234"));
        QCOMPARE(rx->source, RxSource::PaperEntry);
        QCOMPARE(rx->validDays, 3);
        QCOMPARE(rx->status, RxStatus::Valid);
        QCOMPARE(rx->issueTime, issued());
        QCOMPARE(rx->prescriberName, QStringLiteral("刘医生"));
        QCOMPARE(rx->patient.idNumber, QStringLiteral("36010219900101123X"));
        QCOMPARE(rx->lines.size(), 2);
        QCOMPARE(rx->lines[0].usage, QStringLiteral("口服"));
        QCOMPARE(rx->lines[1].insuranceCode, kMetformin);
        QCOMPARE(rx->coveredDays, 0);
        QCOMPARE(rx->originalFile, d.scan);
        QCOMPARE(rx->originalMime, QStringLiteral("image/jpeg"));
        QCOMPARE(rx->institutionCode, QStringLiteral("H36010200077"));

        d.longTerm = true;
        Result<Prescription> longTerm = buildPaperPrescription(d, now());
        QVERIFY(longTerm.ok());
        QCOMPARE(longTerm->coveredDays, 60);
        QVERIFY(longTerm->longTerm);
    }

    void rxLineFromProductCopiesTheCatalog()
    {
        const Product p = otherDrug();
        const RxDrugLine l = rxLineFromProduct(p, 3);
        QCOMPARE(l.insuranceCode, kOther);
        QCOMPARE(l.name, QStringLiteral("阿莫西林胶囊"));
        QCOMPARE(l.spec, p.spec);
        QCOMPARE(l.unit, p.unit);
        QCOMPARE(l.quantity, 3);
        QVERIFY(l.usage.isEmpty() && l.dosage.isEmpty() && l.frequency.isEmpty());
        QCOMPARE(l.days, 0);
    }

    // Each missing field is named; blanks count as missing.
    void missingField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString blank = QStringLiteral("  ");
        QTest::newRow("paper number")
            << QStringLiteral("paperNo") << QString() << QStringLiteral("纸质处方缺少处方编号");
        QTest::newRow("institution")
            << QStringLiteral("institutionName") << blank << QStringLiteral("纸质处方缺少开方机构");
        QTest::newRow("institution code") << QStringLiteral("institutionCode") << QString()
                                          << QStringLiteral("纸质处方缺少开方机构编码");
        QTest::newRow("institution code with a dash")
            << QStringLiteral("institutionCode") << QStringLiteral("H3601-77")
            << QStringLiteral("开方机构编码 H3601-77 只能由字母和数字组成");
        QTest::newRow("prescriber") << QStringLiteral("prescriberName") << QString()
                                    << QStringLiteral("纸质处方缺少开方医师");
        QTest::newRow("prescriber code")
            << QStringLiteral("prescriberCode") << blank << QStringLiteral("纸质处方缺少医师代码");
        QTest::newRow("diagnosis code") << QStringLiteral("diagnosisCode") << QString()
                                        << QStringLiteral("纸质处方缺少诊断编码");
        QTest::newRow("diagnosis name") << QStringLiteral("diagnosisName") << QString()
                                        << QStringLiteral("纸质处方缺少诊断名称");
        QTest::newRow("patient name")
            << QStringLiteral("patientName") << QString() << QStringLiteral("纸质处方缺少患者姓名");
        QTest::newRow("patient id") << QStringLiteral("patientId") << QString()
                                    << QStringLiteral("纸质处方缺少患者身份证号");
        QTest::newRow("patient id check character")
            << QStringLiteral("patientId") << QStringLiteral("360102199001011231")
            << QStringLiteral("患者身份证号 360102199001011231 不是有效的 18 位身份证号");
        QTest::newRow("line usage") << QStringLiteral("line2.usage") << QString()
                                    << QStringLiteral("第 2 行 盐酸二甲双胍片：缺少用法");
        QTest::newRow("line dosage") << QStringLiteral("line2.dosage") << blank
                                     << QStringLiteral("第 2 行 盐酸二甲双胍片：缺少单次用量");
        QTest::newRow("line frequency") << QStringLiteral("line2.frequency") << QString()
                                        << QStringLiteral("第 2 行 盐酸二甲双胍片：缺少频次");
        QTest::newRow("line name") << QStringLiteral("line2.name") << QString()
                                   << QStringLiteral("第 2 行 （无药品名称）：缺少药品名称");
    }
    void missingField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        PaperPrescriptionDraft d = draft();
        *textField(d, field) = value;
        Result<Prescription> rx = buildPaperPrescription(d, now());
        QVERIFY(!rx.ok());
        QCOMPARE(rx.error().code, ErrorCode::InvalidInput);
        QVERIFY(rx.error().ruleId.isEmpty());
        QVERIFY2(rx.error().message.startsWith(message), qPrintable(rx.error().message));
        QVERIFY2(!rx.error().message.contains(u'\n'), "one problem, one line");
    }

    // Problems that are not a text field: quantities, days, no drugs, no time, long term days.
    void otherProblems_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("quantity 0") << 0 << QStringLiteral("第 2 行 盐酸二甲双胍片：数量应大于 0");
        QTest::newRow("days 0") << 1
                                << QStringLiteral("第 1 行 苯磺酸氨氯地平片：用药天数应大于 0");
        QTest::newRow("no drugs") << 2 << QStringLiteral("纸质处方没有药品");
        QTest::newRow("no issue time") << 3 << QStringLiteral("纸质处方缺少开具时间");
        QTest::newRow("long term without days") << 4 << QStringLiteral("长期处方须填写用药天数");
        QTest::newRow("no insurance code")
            << 5 << QStringLiteral("第 2 行 阿莫西林胶囊：没有医保药品编码，不能按医保处方录入");
        QTest::newRow("same drug twice")
            << 6
            << QStringLiteral(
                   "第 3 行与第 1 行是同一药品 苯磺酸氨氯地平片（%1），请按处方核对后合为一行")
                   .arg(kAmlodipine);
    }
    void otherProblems()
    {
        QFETCH(int, change);
        QFETCH(QString, message);
        PaperPrescriptionDraft d = draft();
        Product uncovered = otherDrug();
        uncovered.insuranceCode.clear();
        switch (change) {
        case 0: d.lines[1].quantity = 0; break;
        case 1: d.lines[0].days = 0; break;
        case 2: d.lines.clear(); break;
        case 3: d.issueTime = QDateTime(); break;
        case 4:
            d.longTerm = true;
            d.coveredDays = 0;
            break;
        case 5: d.lines[1] = line(uncovered, 1); break;
        case 6: d.lines << line(amlodipine(), 1); break;
        }
        Result<Prescription> rx = buildPaperPrescription(d, now());
        QVERIFY(!rx.ok());
        QCOMPARE(rx.error().message, message);
    }

    // Every problem at once, each on its own line: the cashier fixes them in one pass.
    void everyProblemIsNamed()
    {
        PaperPrescriptionDraft d = draft();
        d.institutionName.clear();
        d.patient.name = QStringLiteral(" ");
        d.lines[1].quantity = -1;
        d.lines << line(metformin(), 1);
        Result<Prescription> rx = buildPaperPrescription(d, now());
        QVERIFY(!rx.ok());
        const QStringList problems = rx.error().message.split(u'\n');
        QCOMPARE(problems,
                 (QStringList{
                     QStringLiteral("纸质处方缺少开方机构"), QStringLiteral("纸质处方缺少患者姓名"),
                     QStringLiteral("第 2 行 盐酸二甲双胍片：数量应大于 0"),
                     QStringLiteral(
                         "第 3 行与第 2 行是同一药品 盐酸二甲双胍片（%1），请按处方核对后合为一行")
                         .arg(kMetformin)}));
    }

    // RX-VALID-3D on the paper: issued at most 3 days before now (the end inclusive), never after.
    void validity_data()
    {
        QTest::addColumn<QDateTime>("issueTime");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message");
        QTest::newRow("RX-VALID-3D issued just now") << now() << true << QString();
        QTest::newRow("RX-VALID-3D exactly 3 days") << now().addDays(-3) << true << QString();
        QTest::newRow("RX-VALID-3D expired by a minute")
            << now().addDays(-3).addSecs(-60) << false
            << QStringLiteral(
                   "处方已超过3天有效期（开具于 2026-11-17 09:59，已于 2026-11-20 09:59 失效）");
        QTest::newRow("RX-VALID-3D issued in the future")
            << now().addSecs(60) << false
            << QStringLiteral(
                   "处方开具时间 2026-11-20 10:01 晚于当前时间 2026-11-20 10:00，请核对处方或本机时间");
    }
    void validity()
    {
        QFETCH(QDateTime, issueTime);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        PaperPrescriptionDraft d = draft();
        d.issueTime = issueTime;
        Result<Prescription> rx = buildPaperPrescription(d, now());
        QCOMPARE(rx.ok(), accepted);
        if (accepted)
            return;
        QCOMPARE(rx.error().ruleId, QStringLiteral("RX-VALID-3D"));
        QCOMPARE(rx.error().message, message);
    }

    // RX-VALID-3D leads the list and sets the rule ID; the field problems follow.
    void validityComesFirstAmongProblems()
    {
        PaperPrescriptionDraft d = draft();
        d.issueTime = now().addDays(-5);
        d.diagnosisName.clear();
        Result<Prescription> rx = buildPaperPrescription(d, now());
        QVERIFY(!rx.ok());
        QCOMPARE(rx.error().ruleId, QStringLiteral("RX-VALID-3D"));
        QCOMPARE(rx.error().code, ErrorCode::RuleViolation);
        const QStringList problems = rx.error().message.split(u'\n');
        QCOMPARE(problems.size(), 2);
        QVERIFY(
            problems[0].startsWith(QStringLiteral("处方已超过3天有效期（开具于 2026-11-15 10:00")));
        QCOMPARE(problems[1], QStringLiteral("纸质处方缺少诊断名称"));
    }

    // The stored number: PAPER-<institution>-<paper number>, never a platform hi_rxno.
    void numberScheme_data()
    {
        QTest::addColumn<QString>("institutionCode");
        QTest::addColumn<QString>("paperNo");
        QTest::addColumn<QString>("rxNo");
        QTest::newRow("as printed") << QStringLiteral("H36010200077") << QStringLiteral("0001234")
                                    << QStringLiteral("PAPER-H36010200077-0001234");
        QTest::newRow("same paper number, other hospital")
            << QStringLiteral("H36011100009") << QStringLiteral("0001234")
            << QStringLiteral("PAPER-H36011100009-0001234");
        QTest::newRow("trimmed") << QStringLiteral(" H36010200077\t") << QStringLiteral(" 0001234 ")
                                 << QStringLiteral("PAPER-H36010200077-0001234");
        QTest::newRow("paper number equal to a platform hi_rxno")
            << QStringLiteral("H36010200077") << QStringLiteral("RX3601002026112000001")
            << QStringLiteral("PAPER-H36010200077-RX3601002026112000001");
    }
    void numberScheme()
    {
        QFETCH(QString, institutionCode);
        QFETCH(QString, paperNo);
        QFETCH(QString, rxNo);
        QCOMPARE(paperRxNo(institutionCode, paperNo), rxNo);
        PaperPrescriptionDraft d = draft();
        d.institutionCode = institutionCode;
        d.paperNo = paperNo;
        Result<Prescription> rx = buildPaperPrescription(d, now());
        QVERIFY2(rx.ok(), qPrintable(rx.ok() ? QString() : rx.error().userText()));
        QCOMPARE(rx->rxNo, rxNo);
        QVERIFY(rx->rxNo.startsWith(kPaperRxNoPrefix));
    }

    // The built prescription joins the pharmacist's queue; the content hash does not depend on when
    // or how often it was built, and an e-prescription or another hospital's paper with the same
    // number is a different prescription.
    void receivedIntoTheReviewQueue()
    {
        Rig r;
        Result<Prescription> rx = buildPaperPrescription(draft(), now());
        QVERIFY(rx.ok());
        QVERIFY(r.reviews.receive(*rx).ok());
        const QList<Prescription> queue = r.reviews.queue();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0].source, RxSource::PaperEntry);
        QCOMPARE(queue[0].rxNo, rx->rxNo);
        QCOMPARE(queue[0].contentHash(), rx->contentHash());
        QVERIFY(r.staff.audit.events.constLast().detail.startsWith(QStringLiteral("纸质处方录入")));

        PaperPrescriptionDraft later = draft();
        later.issueTime = issued().addSecs(17);
        Result<Prescription> again = buildPaperPrescription(later, now().addSecs(3600));
        QVERIFY(again.ok());
        QCOMPARE(again->contentHash(), rx->contentHash());
        Result<Prescription> fromContent =
            Prescription::fromCanonicalContent(rx->canonicalContent());
        QVERIFY(fromContent.ok());
        QCOMPARE(fromContent->contentHash(), rx->contentHash());

        PaperPrescriptionDraft changed = draft();
        changed.lines[0].quantity = 3;
        QVERIFY(buildPaperPrescription(changed, now())->contentHash() != rx->contentHash());

        PaperPrescriptionDraft otherHospital = draft();
        otherHospital.institutionCode = QStringLiteral("H36011100009");
        QVERIFY(r.reviews.receive(*buildPaperPrescription(otherHospital, now())).ok());
        QVERIFY(r.reviews.receive(prescription(draft().paperNo)).ok());
        QCOMPARE(r.reviews.queue().size(), 3);
        QCOMPARE(r.repo.find(rx->rxNo)->contentHash(), rx->contentHash());
    }

    // Downstream a paper prescription is a prescription like any other: reviewed by the on-duty
    // pharmacist, linked at the gate by its stored number, and checked against the cart.
    void reviewedAndLinkedAtTheGate()
    {
        Rig r;
        Result<Prescription> rx = buildPaperPrescription(draft(), now());
        QVERIFY(rx.ok());
        QVERIFY(r.reviews.receive(*rx).ok());
        r.staff.loginAs(QStringLiteral("lisi"));
        QVERIFY(r.staff.duty.clockIn().ok());
        QVERIFY(r.reviews.approve(rx->rxNo, rx->contentHash(), false).ok());
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(r.reviews.approvalOf(*rx).ok());
        QVERIFY(r.gate.link(QStringLiteral(" %1 ").arg(rx->rxNo)).ok());
        QCOMPARE(r.gate.prescription()->source, RxSource::PaperEntry);
        r.sale.setLines(matchingLines());
        Status rules = r.gate.checkRules();
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().userText()));
    }
};

QTEST_MAIN(TestPaperPrescription)
#include "tst_paperprescription.moc"
