// The composition root's delivery-note reader: a spreadsheet gives the same rows as the same note
// saved as CSV (tests/app/purchases: one note in both forms), and a missing file is named.
#include "app/core/inventory/purchaseimport.h"
#include "app/core/money.h"
#include "app/deliverynotes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pos;

class TestDeliveryNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xlsxReadsAsTheSameNoteInCsv()
    {
        const QString dir = QStringLiteral(PHARMAPOS_TEST_PURCHASES);
        const Result<QList<QStringList>> xlsx =
            app::readDeliveryRows(dir + QStringLiteral("/bad_delivery.xlsx"));
        QVERIFY2(xlsx.ok(), xlsx ? "" : qPrintable(xlsx.error().userText()));
        const Result<QList<QStringList>> csv =
            app::readDeliveryRows(dir + QStringLiteral("/bad_delivery.csv"));
        QVERIFY(csv.ok());
        QVERIFY(csv->size() > 2);
        // The spreadsheet has a missing and a blank row, which the import skips as it skips them in CSV.
        const auto filled = [](QList<QStringList> rows) {
            rows.removeIf([](const QStringList& r) {
                return std::all_of(r.begin(), r.end(),
                                   [](const QString& c) { return c.trimmed().isEmpty(); });
            });
            return rows;
        };
        const QList<QStringList> a = filled(*xlsx);
        const QList<QStringList> b = filled(*csv);
        QCOMPARE(a.size(), b.size());
        const qsizetype price = b.constFirst().indexOf(QStringLiteral("价格"));
        QVERIFY(price > 0);
        for (qsizetype i = 0; i < a.size(); ++i) {
            QStringList x = a.at(i);
            QStringList y = b.at(i);
            if (i > 0) { // a number cell shown as 0.00 reads as 9.6: the same amount
                QCOMPARE(Money::parse(x.at(price)), Money::parse(y.at(price)));
                x[price] = y[price];
            }
            QCOMPARE(x, y);
        }
    }

    // Issue 12: a note saved by Chinese Excel/WPS (GBK) reads as its UTF-8 twin and says how it
    // was read; the format line heads the import report.
    void aGbkNoteIsReadAndNamedAsGb18030()
    {
        const QString dir = QStringLiteral(PHARMAPOS_TEST_PURCHASES);
        const Result<DeliveryNote> gbk =
            app::readDeliveryNote(dir + QStringLiteral("/gbk_delivery.csv"));
        QVERIFY2(gbk.ok(), gbk ? "" : qPrintable(gbk.error().userText()));
        QCOMPARE(gbk->format, QStringLiteral("CSV，编码 GB18030（GBK）"));
        const Result<DeliveryNote> utf8 =
            app::readDeliveryNote(dir + QStringLiteral("/gbk_delivery.utf8.csv"));
        QVERIFY(utf8.ok());
        QCOMPARE(utf8->format, QStringLiteral("CSV，编码 UTF-8"));
        QCOMPARE(gbk->rows, utf8->rows);
        const Result<DeliveryNote> xlsx =
            app::readDeliveryNote(dir + QStringLiteral("/bad_delivery.xlsx"));
        QVERIFY(xlsx.ok());
        QCOMPARE(xlsx->format, QStringLiteral("XLSX，第一个工作表"));
    }

    // The probe's 150 MB note, as CSV and under an .xlsx name: refused at once by its size.
    void aHugeNoteIsRefusedByItsSize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("huge.csv");
        QTest::newRow("xlsx") << QStringLiteral("huge.xlsx");
    }
    void aHugeNoteIsRefusedByItsSize()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (name.endsWith(QStringLiteral(".xlsx")))
            f.write("PK\x03\x04");
        QVERIFY(f.resize(150LL * 1024 * 1024)); // sparse: nothing is written
        f.close();
        const Result<DeliveryNote> r = app::readDeliveryNote(f.fileName());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("150.0 MB"))
                     && r.error().message.contains(QStringLiteral("上限 20.0 MB")),
                 qPrintable(r.error().message));
    }

    void aMissingNoteIsNamed()
    {
        const Result<QList<QStringList>> r =
            app::readDeliveryRows(QStringLiteral("/nonexistent/到货单.xlsx"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("到货单.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryNotes)
#include "tst_deliverynotes.moc"
