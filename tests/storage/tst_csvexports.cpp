// Formula injection (OWASP "CSV injection"): a supplier, batch number, reason or name beginning
// with =, +, -, @, a tab or a CR reached the CSV exports verbatim, and a spreadsheet opening the
// export ran it (=HYPERLINK to a phishing page, =cmd|…). Every CSV the app writes goes through
// csvField(): such text gets an apostrophe and quotes; numbers (a loss of -1 piece) stay numbers.
// The payloads are the reliability probe's (shared/tools/reliability/export_safety.py).
#include "app/core/csv/csvfield.h"
#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/ledgerreport.h"
#include "app/core/inventory/purchaseimport.h"
#include "app/core/inventory/stocktake.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"

#include <QBuffer>
#include <QTest>

using namespace pos;

namespace {

/// Cells a spreadsheet would run: text beginning with a formula character. A plain number
/// ("-1") is a number, not a formula.
QStringList formulaCells(const QByteArray& csv)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    QStringList hits;
    for (const QStringList& row : parseCsv(csv))
        for (const QString& cell : row)
            if (looksLikeFormula(cell) && !number.match(cell).hasMatch())
                hits << cell;
    return hits;
}

const QByteArray kHeader = "供货单位,购进日期,商品编码,通用名称,生产厂商,剂型,规格,批号,生产日期,"
                           "有效期,批准文号,医保药品编码,数量,价格,追溯码\n";

QByteArray quoted(const QString& v)
{
    return '"' + QString(v).replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
}

} // namespace

class TestCsvExports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The one function: which text is neutralised and how it is written.
    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain text") << "阿莫西林胶囊"
                                    << "阿莫西林胶囊";
        QTest::newRow("comma is quoted") << "0.25g,24粒"
                                         << "\"0.25g,24粒\"";
        QTest::newRow("quote is doubled") << "say \"hi\""
                                          << "\"say \"\"hi\"\"\"";
        QTest::newRow("= HYPERLINK") << "=HYPERLINK(\"http://x\",\"点我\")"
                                     << "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"";
        QTest::newRow("= arithmetic") << "=1+2"
                                      << "\"'=1+2\"";
        QTest::newRow("+ formula") << "+SUM(1;2)"
                                   << "\"'+SUM(1;2)\"";
        QTest::newRow("- formula") << "-2+3"
                                   << "\"'-2+3\"";
        QTest::newRow("@ function") << "@SUM(1)"
                                    << "\"'@SUM(1)\"";
        QTest::newRow("tab first") << "\t=1+2"
                                   << "\"'\t=1+2\"";
        QTest::newRow("CR first") << "\r=1+2"
                                  << "\"'\r=1+2\"";
        QTest::newRow("DDE cmd") << "=cmd|' /C calc'!A0"
                                 << "\"'=cmd|' /C calc'!A0\"";
        QTest::newRow("formula character later is harmless") << "A=1"
                                                             << "A=1";
        QTest::newRow("empty") << ""
                               << "";
    }
    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(pos::csvField(text), written);
        // What a spreadsheet (or our reader) reads back: the text, behind an apostrophe when it
        // was neutralised — never a formula.
        const QList<QStringList> back = parseCsv(written.toUtf8() + '\n');
        const QString cell = back.value(0).value(0);
        QCOMPARE(cell, looksLikeFormula(text) ? u'\'' + text : text);
    }

    // Every export of the ledger, journal and stocktake sheet, fed the probe's payloads through a
    // real delivery note, adjustment and store: no formula cell, negative quantities still numbers.
    void inventoryExportsNeutraliseFormulas()
    {
        ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
        auto db = storage::Database::open(QStringLiteral(":memory:")).value();
        fakes::FakeFieldCipher cipher;
        storage::SqlProductCatalog catalog{*db};
        storage::SqlInventoryRepository inventory{*db};
        storage::SqlLedgerStore ledgerStore{*db, cipher};
        fakes::StaffFixture staff{clock};
        InventoryService service{catalog,     inventory, ledgerStore, staff.access,
                                 staff.audit, clock,     180};
        Product p = fakes::makeProduct(1, QStringLiteral("=1+2"), 1280); // a hostile master too
        p.insuranceCode = QStringLiteral("XJ01CAA040E001010101483");
        QVERIFY((catalog.upsert({p})).ok());
        staff.loginAs(QStringLiteral("wangwu"));

        const QString supplier = QStringLiteral("=HYPERLINK(\"http://127.0.0.1/x\",\"点我\")");
        const QStringList batches{QStringLiteral("=1+2"), QStringLiteral("+SUM(1;2)"),
                                  QStringLiteral("-2+3"), QStringLiteral("@SUM(1)"),
                                  QStringLiteral("=cmd|' /C calc'!A0")};
        QByteArray note = kHeader;
        for (int i = 0; i < batches.size(); ++i)
            note += quoted(supplier) + ",2026-11-20,P00001,=1+2,珠海联邦,胶囊剂,10mg*20片,"
                    + quoted(batches.at(i))
                    + ",2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,1,9.00,"
                    + "8000000000000000000" + QByteArray::number(i + 1) + '\n';
        const DeliveryImportReport received = importDelivery(service, note, QStringLiteral("t"));
        QVERIFY2(received.received, qPrintable(received.lines.join(u'\n')));
        const QList<StockLine> stock = inventory.stockOverview();
        QCOMPARE(stock.size(), batches.size());
        QVERIFY(service
                    .adjustStock(stock.first().stock.batch.id, MovementKind::Loss, 1,
                                 QStringLiteral("=HYPERLINK(\"http://127.0.0.1/r\",\"原因\")"))
                    .ok());

        const QDate from(2026, 1, 1), to(2026, 12, 31);
        QByteArray journal;
        QBuffer out(&journal);
        out.open(QIODevice::WriteOnly);
        QVERIFY(service.exportJournalCsv(from, to, out).ok());
        const QByteArray ledger =
            ledgerCsv(inventory.ledger(from, to).value(), from, to, QStringLiteral("@药房"));
        const Result<StocktakeSheet> sheet = service.startStocktake(std::nullopt);
        QVERIFY(sheet.ok());
        const QByteArray stocktake = stocktakeSheetCsv(*sheet);

        for (const auto& [name, csv] : {std::pair{"journal", journal}, std::pair{"ledger", ledger},
                                        std::pair{"stocktake", stocktake}}) {
            QVERIFY2(formulaCells(csv).isEmpty(),
                     qPrintable(QString::fromLatin1(name) + QStringLiteral(": ")
                                + formulaCells(csv).join(QStringLiteral(" | "))));
            QVERIFY2(csv.contains("\"'=1+2\""), name); // the batch (or name), neutralised
        }
        QVERIFY(journal.contains(
            quoted(QStringLiteral("'=HYPERLINK(\"http://127.0.0.1/r\",\"原因\")"))));
        // The loss is a number, not text behind an apostrophe.
        bool negative = false;
        for (const QStringList& row : parseCsv(journal))
            negative = negative || row.value(6) == u"-1";
        QVERIFY2(negative, journal.constData());
        QVERIFY(ledger.contains("\"'@药房 进销存台账"));
    }

    // The duty export (a pharmacist's name) goes through the same function.
    void dutyExportNeutralisesFormulas()
    {
        ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
        fakes::StaffFixture staff{clock};
        staff.add(Role::Pharmacist, QStringLiteral("evil"), QStringLiteral("=1+2"));
        staff.loginAs(QStringLiteral("evil"));
        QVERIFY(staff.duty.clockIn().ok());
        clock.advanceMs(3600 * 1000);
        QVERIFY(staff.duty.clockOut().ok());
        staff.loginAs(QStringLiteral("wangwu"));
        const Result<QByteArray> csv = staff.duty.exportCsv(
            QDateTime(QDate(2026, 11, 1), QTime(0, 0)), QDateTime(QDate(2026, 12, 1), QTime(0, 0)));
        QVERIFY(csv.ok());
        QVERIFY(formulaCells(*csv).isEmpty());
        QVERIFY(csv->contains("\"'=1+2\",evil,"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExports)
#include "tst_csvexports.moc"
