// The composition root's delivery-note reader: a spreadsheet gives the same rows as the same note
// saved as CSV (tests/app/purchases: one note in both forms), and a missing file is named.
#include "app/core/inventory/purchaseimport.h"
#include "app/core/money.h"
#include "app/deliverynotes.h"

#include <QFile>
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
