// 纸质处方录入 through its real dialog (issue 6 item 1): typed from the keyboard, drugs scanned,
// a refusal shown on the form without losing what was typed, and a complete form in the
// pharmacist's queue as a paper entry.
#include "app/core/rx/reviewservice.h"
#include "tests/core/rxtestdata.h"
#include "tests/fakes/fakes.h"
#include "ui/paperprescriptiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;
using Dialog = ui::PaperPrescriptionDialog;

namespace {

struct Rig
{
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0, 37))};
    fakes::StaffFixture staff{clock};
    fakes::FakePrescriptionRepository repo;
    ReviewService reviews{repo, staff.access, staff.duty, staff.audit, clock};
    fakes::FakeCatalog catalog;
    Dialog dialog{reviews, catalog, clock};

    Rig()
    {
        staff.loginAs(QStringLiteral("zhangsan"));
        catalog.add(amlodipine());
        catalog.add(metformin());
        catalog.add(otherDrug());
        dialog.show();
    }
    template <typename W = QLineEdit> W* field(const char* name)
    {
        W* w = dialog.findChild<W*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    /// Types as a keyboard (or a wedge scanner) does, one key event a character, Chinese included.
    static void type(QWidget* w, const QString& text)
    {
        for (QChar c : text)
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    void typeInto(const char* name, const QString& text) { type(field(name), text); }
    /// A scanner: the code then Enter into the drug entry.
    void scan(const QString& code)
    {
        typeInto("drugEntry", code);
        QTest::keyClick(field("drugEntry"), Qt::Key_Return);
    }
    void setCell(int row, int column, const QVariant& value)
    {
        dialog.linesTable()->item(row, column)->setData(Qt::EditRole, value);
    }
    /// The paper's usage for a line: 口服 5mg 每日1次 for 14 days.
    void fillUsage(int row, int quantity)
    {
        setCell(row, Dialog::QuantityColumn, quantity);
        setCell(row, Dialog::UsageColumn, QStringLiteral("口服"));
        setCell(row, Dialog::DosageColumn, QStringLiteral("5mg"));
        setCell(row, Dialog::FrequencyColumn, QStringLiteral("每日1次"));
        setCell(row, Dialog::DaysColumn, 14);
    }
    /// Everything on the paper except the institution's name.
    void fillAllButInstitutionName()
    {
        typeInto("paperNo", QStringLiteral("0001234"));
        typeInto("institutionCode", QStringLiteral("H36010200077"));
        typeInto("prescriberName", QStringLiteral("刘医生"));
        typeInto("prescriberCode", QStringLiteral("D360102000456"));
        typeInto("diagnosisCode", QStringLiteral("I10.x00"));
        typeInto("diagnosisName", QStringLiteral("原发性高血压"));
        typeInto("patientName", QStringLiteral("赵六"));
        typeInto("patientId", QStringLiteral("36010219900101123X"));
        scan(amlodipine().gtin);
        scan(metformin().gtin);
        fillUsage(0, 2);
        fillUsage(1, 1);
    }
    void clickSave() { QTest::mouseClick(field<QPushButton>("save"), Qt::LeftButton); }
};

} // namespace

class TestPaperPrescriptionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFieldIsShownAndTheFormKept()
    {
        Rig r;
        QSignalSpy received(&r.dialog, &Dialog::received);
        r.fillAllButInstitutionName();
        const PaperPrescriptionDraft before = r.dialog.draft();
        r.clickSave();
        QCOMPARE(r.dialog.messageText(), QStringLiteral("纸质处方缺少开方机构"));
        QVERIFY(r.field<QLabel>("message")->styleSheet().contains(QStringLiteral("#c62828")));
        QVERIFY(r.dialog.isVisible());
        QCOMPARE(received.count(), 0);
        QVERIFY(r.reviews.queue().isEmpty());
        // Nothing typed is lost: the form holds exactly what it held.
        const PaperPrescriptionDraft after = r.dialog.draft();
        QCOMPARE(r.field("paperNo")->text(), QStringLiteral("0001234"));
        QCOMPARE(r.field("prescriberName")->text(), QStringLiteral("刘医生"));
        QCOMPARE(r.field("patientId")->text(), QStringLiteral("36010219900101123X"));
        QCOMPARE(after.lines.size(), 2);
        QCOMPARE(after.lines[0].quantity, 2);
        QCOMPARE(after.lines[1].frequency, QStringLiteral("每日1次"));
        QCOMPARE(after.issueTime, before.issueTime);

        // Filled in, the same form is saved into the pharmacist's queue as a paper entry.
        r.typeInto("institutionName", QStringLiteral("南昌市某社区卫生服务中心"));
        r.field<QComboBox>("insuranceType")->setCurrentIndex(1); // 居民
        r.clickSave();
        QVERIFY2(r.dialog.result() == QDialog::Accepted, qPrintable(r.dialog.messageText()));
        const QString rxNo = QStringLiteral("PAPER-H36010200077-0001234");
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toString(), rxNo);
        const QList<Prescription> queue = r.reviews.queue();
        QCOMPARE(queue.size(), 1);
        const Prescription& rx = queue[0];
        QCOMPARE(rx.rxNo, rxNo);
        QCOMPARE(rx.source, RxSource::PaperEntry);
        QCOMPARE(rx.institutionName, QStringLiteral("南昌市某社区卫生服务中心"));
        QCOMPARE(rx.patient.insuranceType, InsuranceType::Resident);
        QCOMPARE(rx.issueTime,
                 QDateTime(QDate(2026, 11, 20), QTime(10, 0))); // the Clock's now, to the minute
        QCOMPARE(rx.lines.size(), 2);
        QCOMPARE(rx.lines[0].insuranceCode, kAmlodipine);
        QCOMPARE(rx.lines[0].name, QStringLiteral("苯磺酸氨氯地平片"));
        QCOMPARE(rx.lines[0].quantity, 2);
        QCOMPARE(rx.lines[1].insuranceCode, kMetformin);
        QCOMPARE(rx.lines[1].days, 14);
    }

    // RX-VALID-3D from the form: a paper issued 4 days ago is refused with its issue time.
    void expiredPaperNamesTheRule()
    {
        Rig r;
        r.fillAllButInstitutionName();
        r.typeInto("institutionName", QStringLiteral("某医院"));
        r.field<QDateTimeEdit>("issueTime")
            ->setDateTime(QDateTime(QDate(2026, 11, 16), QTime(8, 30)));
        r.clickSave();
        QVERIFY2(r.dialog.messageText().startsWith(
                     QStringLiteral("RX-VALID-3D: 处方已超过3天有效期（开具于 2026-11-16 08:30")),
                 qPrintable(r.dialog.messageText()));
        QVERIFY(r.reviews.queue().isEmpty());
    }

    void drugEntryFindsByCodeOrName()
    {
        Rig r;
        QTableWidget* t = r.dialog.linesTable();
        r.scan(QStringLiteral("阿莫西林"));
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(t->item(0, Dialog::CodeColumn)->text(), kOther);
        QVERIFY(r.field("drugEntry")->text().isEmpty());

        r.scan(QStringLiteral("片")); // amlodipine and metformin both
        QCOMPARE(t->rowCount(), 1);
        QVERIFY2(r.dialog.messageText().contains(QStringLiteral("对应多个药品")),
                 qPrintable(r.dialog.messageText()));
        QCOMPARE(r.field("drugEntry")->text(),
                 QStringLiteral("片")); // kept for the cashier to refine
        r.field("drugEntry")->clear();

        r.scan(QStringLiteral("6999999999994"));
        QCOMPARE(r.dialog.messageText(), QStringLiteral("没有找到药品：6999999999994"));
        r.field("drugEntry")->clear();

        // The same box scanned twice is not a guess at quantity 2: refused naming the row.
        r.scan(otherDrug().gtin);
        QCOMPARE(t->rowCount(), 1);
        QVERIFY2(r.dialog.messageText().contains(QStringLiteral("已在第 1 行")),
                 qPrintable(r.dialog.messageText()));
        r.field("drugEntry")->clear();

        r.scan(amlodipine().gtin);
        QCOMPARE(t->rowCount(), 2);
        t->setCurrentCell(0, Dialog::QuantityColumn);
        QTest::mouseClick(r.field<QPushButton>("removeLine"), Qt::LeftButton);
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(r.dialog.draft().lines.size(), 1);
        QCOMPARE(r.dialog.draft().lines[0].insuranceCode, kAmlodipine);
    }

    void longTermDaysFollowTheCheckBox()
    {
        Rig r;
        auto* days = r.field<QSpinBox>("coveredDays");
        QVERIFY(!days->isEnabled());
        QTest::mouseClick(r.field<QCheckBox>("longTerm"), Qt::LeftButton);
        QVERIFY(days->isEnabled());
        days->setValue(56);
        QVERIFY(r.dialog.draft().longTerm);
        QCOMPARE(r.dialog.draft().coveredDays, 56);
    }

    // The scanned paper goes with the prescription; other files are refused.
    void scanOfThePaperIsAttached()
    {
        Rig r;
        QTemporaryDir dir;
        const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR scanned paper");
        QFile image(dir.filePath(QStringLiteral("rx.png")));
        QVERIFY(image.open(QIODevice::WriteOnly) && image.write(png) == png.size());
        image.close();
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("hello") == 5);
        text.close();

        QVERIFY(!r.dialog.attachScan(text.fileName()).ok());
        QVERIFY(r.dialog.messageText().contains(QStringLiteral("只能是 JPG、PNG 或 PDF")));
        QVERIFY(r.dialog.draft().scan.isEmpty());
        QVERIFY(r.dialog.attachScan(image.fileName()).ok());
        QVERIFY(r.field<QLabel>("scanLabel")->text().contains(QStringLiteral("rx.png")));

        r.fillAllButInstitutionName();
        r.typeInto("institutionName", QStringLiteral("某医院"));
        r.clickSave();
        QCOMPARE(r.reviews.queue().size(), 1);
        QCOMPARE(r.reviews.queue()[0].originalFile, png);
        QCOMPARE(r.reviews.queue()[0].originalMime, QStringLiteral("image/png"));
    }
};

QTEST_MAIN(TestPaperPrescriptionDialog)
#include "tst_paperprescriptiondialog.moc"
