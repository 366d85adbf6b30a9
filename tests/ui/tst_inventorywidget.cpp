#include "app/core/inventory/inventoryservice.h"
#include "app/core/inventory/postings.h"
#include "app/core/inventory/productservice.h"
#include "app/core/inventory/purchaseimport.h"
#include "app/core/scan.h"
#include "storage/database.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "tests/fakes/fakes.h"
#include "tests/support/teststore.h"
#include "ui/inventorywidget.h"
#include "ui/receivingform.h"
#include "ui/stocktablemodel.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pos;

namespace {
/// The manager's inventory screen over the shared test store, holding one 医保 product.
struct Rig : testsupport::TestStore
{
    ui::InventoryWidget widget{service, products, inventory, clock, QStringLiteral("测试药房")};
    QTemporaryDir dir;

    Rig()
    {
        Product p = fakes::makeProduct(1, QStringLiteral("阿莫西林胶囊"), 1280);
        p.insuranceCode = QStringLiteral("XJ01CAA040E001010101483");
        add({p});
    }
    /// `batches` batches of P00001, one box each, received as one delivery: expiring 100, 150, 200
    /// … 400 days from today in turn (the first two near expiry), many on the same day.
    void receiveBatches(int batches)
    {
        const Product p = *catalog.findByCode(QStringLiteral("P00001"));
        PurchaseDocument doc;
        doc.supplier = QStringLiteral("南华医药");
        doc.purchaseDate = clock.now().date();
        doc.source = QStringLiteral("test");
        QList<ResolvedPurchaseLine> lines;
        for (int i = 0; i < batches; ++i) {
            PurchaseLine l;
            l.productCode = p.code;
            l.genericName = p.genericName;
            l.manufacturer = QStringLiteral("珠海联邦");
            l.dosageForm = QStringLiteral("胶囊剂");
            l.spec = p.spec;
            l.batchNo = QStringLiteral("L%1").arg(i, 4, 10, QLatin1Char('0'));
            l.expiryDate = clock.now().date().addDays(100 + (i % 7) * 50);
            l.productionDate = l.expiryDate.addDays(-730);
            l.approvalNo = QStringLiteral("国药准字H1");
            l.insuranceCode = p.insuranceCode;
            l.boxes = 1;
            l.price = Money::fromFen(900);
            l.traceCodes << QStringLiteral("8%1").arg(i, 19, 10, QLatin1Char('0'));
            doc.lines << l;
            lines << InventoryService::resolve(p, l);
        }
        auto tx = ledger.begin(PostingContext{clock.now(), QStringLiteral("王五"), false}).value();
        QVERIFY(postings::purchase(*tx, doc, lines).ok());
        QVERIFY(tx->appendAudit(AuditEvent{clock.now(),
                                           QStringLiteral("wangwu"),
                                           AuditAction::StockChanged,
                                           doc.supplier,
                                           {}})
                    .ok());
        QVERIFY(tx->commit().ok());
    }
    /// The stock table as it shows: the rows of the pages read so far, a cell's text.
    int stockRows() { return widget.stockTable()->model()->rowCount(); }
    QString stockCell(int row, int column)
    {
        return widget.stockTable()->model()->index(row, column).data().toString();
    }
    /// A scan as the counter recognised it, as MainWindow hands it on.
    void scan(const QString& code)
    {
        widget.takeScan(ScanEvent{code.toUtf8(), QString(), QStringLiteral("test"), clock.now()},
                        codes::recognise(code.toUtf8()));
    }
    QString file(const char* name, const QByteArray& body)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        (void)f.open(QIODevice::WriteOnly);
        f.write(body);
        return path;
    }
};

const QByteArray kHeader =
    "供货单位,购进日期,商品编码,通用名称,生产厂商,剂型,规格,批号,生产日期,有效期,批准文号,医保药品编码,数量,价格,追溯码\n";
} // namespace

class TestInventoryWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receivingADeliveryFillsTheStockScreen()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        r.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r.widget));
        QCOMPARE(r.stockRows(), 0);
        const QString good = r.file(
            "good.csv",
            kHeader
                + "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B1,2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,2,9.00,80000000000000000001;80000000000000000002\n"
                  "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B0,2025-01-01,2027-01-31,国药准字H1,XJ01CAA040E001010101483,1,9.00,80000000000000000003\n");
        QVERIFY(r.widget.importDelivery(good));
        QVERIFY(r.widget.reportText().contains(QStringLiteral("第 2 行：通过")));
        QVERIFY(r.widget.reportText().contains(QStringLiteral("已入库 GJ-")));
        QVERIFY(r.widget.reportText().contains(
            QStringLiteral("近效期"))); // 2027-01-31 is < 180 days off
        QCOMPARE(r.stockRows(), 2);
        QCOMPARE(r.stockCell(0, 3), QStringLiteral("B0")); // earliest expiry first
        QVERIFY(r.stockCell(0, 7).contains(QStringLiteral("近效期")));
        QVERIFY(r.widget.stockTable()
                    ->model()
                    ->index(0, 0)
                    .data(Qt::BackgroundRole)
                    .value<QColor>()
                    .isValid());
        QCOMPARE(r.stockCell(1, 7), QStringLiteral("正常"));
        QCOMPARE(r.widget.stockSummaryText(),
                 QStringLiteral("2 个批次有库存；近效期（180 天内）1 个，已过期或待验 0 个"));
        QVERIFY(r.widget.queueText().contains(QStringLiteral("待上传 2 条")));
    }

    // Issue 13 item 5: the screen reads nothing from the store until it is first shown (the window
    // builds it only when a store manager opens it, and even then it loads when it shows).
    void theScreenLoadsWhenShown()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        r.receiveBatches(3);
        QCOMPARE(r.widget.stockModel()->pagesRead(), 0);
        QCOMPARE(r.stockRows(), 0);
        QVERIFY(r.widget.stockSummaryText().isEmpty());
        r.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r.widget));
        QCOMPARE(r.widget.stockModel()->pagesRead(), 1);
        QCOMPARE(r.stockRows(), 3);
        QVERIFY(r.widget.stockSummaryText().startsWith(QStringLiteral("3 个批次有库存")));
    }

    // Issue 13 item 5 (INV-EXPIRY): the stock table reads a page of batches at a time as it
    // scrolls; the pages join up in order, earliest expiry first, with no batch twice or missing
    // (ties on the same day across a page boundary included); the counts above cover every batch.
    void theStockTablePagesItsRows()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        const int batches = 2 * ui::StockTableModel::kPageRows + 50;
        r.receiveBatches(batches);
        r.widget.resize(900, 600);
        r.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r.widget));
        QCOMPARE(r.stockRows(), ui::StockTableModel::kPageRows);
        QCOMPARE(r.widget.stockSummaryText(),
                 QStringLiteral("%1 个批次有库存；近效期（180 天内）%2 个，已过期或待验 0 个")
                     .arg(batches)
                     .arg(65 + 65)); // i % 7 == 0 or 1: 100 and 150 days off
        // Scrolled to the end, the view asks for the next page.
        QScrollBar* bar = r.widget.stockTable()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_VERIFY(r.stockRows() > ui::StockTableModel::kPageRows);
        QAbstractItemModel* model = r.widget.stockTable()->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(r.stockRows(), batches);
        QCOMPARE(r.widget.stockModel()->pagesRead(), 3);
        QSet<QString> seen;
        for (int row = 0; row < batches; ++row) {
            seen.insert(r.stockCell(row, ui::StockTableModel::BatchNo));
            if (row > 0)
                QVERIFY2(r.stockCell(row - 1, ui::StockTableModel::Expiry)
                             <= r.stockCell(row, ui::StockTableModel::Expiry),
                         qPrintable(QString::number(row)));
        }
        QCOMPARE(seen.size(), batches);
        QVERIFY(r.stockCell(0, ui::StockTableModel::State)
                    .startsWith(QStringLiteral("近效期（100 天）")));
        QCOMPARE(r.stockCell(batches - 1, ui::StockTableModel::State), QStringLiteral("正常"));
        // refresh() starts again from the first page.
        r.widget.refresh();
        QCOMPARE(r.stockRows(), ui::StockTableModel::kPageRows);
    }

    void aBadDeliveryChangesNothingAndSaysWhy()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        const QString bad = r.file(
            "bad.csv",
            kHeader
                + "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B1,2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,1,9.00,80000000000000000001\n"
                  "南华医药,2026-11-20,P00001,阿莫西林胶囊,,胶囊剂,10mg*20片,B2,2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,1,9.00,80000000000000000002\n");
        QVERIFY(!r.widget.importDelivery(bad));
        QVERIFY(r.widget.reportText().contains(
            QStringLiteral("第 3 行：拒收：INV-FIELDS: 购进记录缺少“生产厂商”")));
        QVERIFY(r.widget.reportText().contains(QStringLiteral("未入库")));
        QCOMPARE(r.stockRows(), 0);
    }

    // Issue 12: without the composition root's reader the screen still reads CSV the way every
    // import does: a GBK note (Chinese Excel) is received, the report saying it was GB18030; a
    // file that is not text is refused saying so, and nothing is received.
    void aGbkNoteIsReceivedAndItsEncodingNamed()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        const QByteArray utf8 =
            kHeader
            + "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B1,"
              "2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,1,9.00,"
              "80000000000000000001\r\n";
        QStringEncoder toGbk("GB18030");
        if (!toGbk.isValid())
            QSKIP("this Qt has no GB18030 encoder (no ICU) to write the test note");
        const QByteArray gbk = toGbk.encode(QString::fromUtf8(utf8));
        QVERIFY(gbk != utf8);
        QVERIFY(r.widget.importDelivery(r.file("gbk.csv", gbk)));
        QVERIFY2(r.widget.reportText().startsWith(
                     QStringLiteral("读取：CSV，编码 GB18030（GBK），共 2 行")),
                 qPrintable(r.widget.reportText()));
        QVERIFY(r.widget.reportText().contains(QStringLiteral("已入库 GJ-")));
        QCOMPARE(r.stockRows(), 1);
        QVERIFY(!r.widget.importDelivery(r.file("binary.csv", QByteArray("a,b\n\0\1\2", 7))));
        QVERIFY(r.widget.reportText().contains(QStringLiteral("不是文本文件")));
        QCOMPARE(r.stockRows(), 1);
    }

    // With the composition root's reader (XLSX and CSV), the screen imports what it returns and
    // shows what it cannot read.
    void aDeliveryReaderIsUsedWhenGiven()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        QStringList asked;
        r.widget.setDeliveryReader([&asked](const QString& path) -> Result<QList<QStringList>> {
            asked << path;
            if (path.endsWith(QStringLiteral(".xls")))
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("旧版 .xls 不能读取，请另存为 .xlsx"));
            return parseCsv(
                kHeader
                + "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B1,2025-10-01,"
                  "2027-09-30,国药准字H1,XJ01CAA040E001010101483,1,9.00,80000000000000000001\n");
        });
        QVERIFY(r.widget.importDelivery(QStringLiteral("/notes/delivery.xlsx")));
        QCOMPARE(asked, QStringList{QStringLiteral("/notes/delivery.xlsx")});
        QCOMPARE(r.stockRows(), 1);
        QVERIFY(!r.widget.importDelivery(QStringLiteral("/notes/old.xls")));
        QVERIFY(r.widget.reportText().contains(QStringLiteral(".xls 不能读取")));
        QCOMPARE(r.stockRows(), 1);
    }

    void stocktakeInTheGui()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        QVERIFY(r.widget.importDelivery(r.file(
            "good.csv",
            kHeader
                + "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B1,2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,3,9.00,80000000000000000001;80000000000000000002;80000000000000000003\n")));
        QVERIFY(r.widget.startStocktake(0));
        QTableWidget* t = r.widget.countTable();
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(t->item(0, 4)->text(), QStringLiteral("3"));
        QVERIFY(!r.widget.approveStocktake(QStringLiteral("月末盘点"))); // nothing counted yet
        QVERIFY(r.widget.countMessage().contains(QStringLiteral("未录入")));
        QVERIFY(r.widget.countScan(QStringLiteral("P00001")));
        QVERIFY(r.widget.countScan(QStringLiteral("P00001")));
        QCOMPARE(t->item(0, 5)->text(), QStringLiteral("2"));
        QCOMPARE(t->item(0, 6)->text(), QStringLiteral("-1"));
        QVERIFY(!r.widget.countScan(QStringLiteral("P99999")));
        QVERIFY(r.widget.approveStocktake(QStringLiteral("月末盘点")));
        QVERIFY(r.widget.countMessage().contains(QStringLiteral("盘亏 1")));
        QCOMPARE(r.stockCell(0, 6),
                 QStringLiteral("2")); // the stock screen follows
    }

    void receivingByHandWithScannedTraceCodes()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        r.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r.widget));
        r.widget.showTab(ui::InventoryWidget::Tab::Receiving);
        ui::ReceivingForm* form = r.widget.receivingForm();
        auto edit = [form](const char* name) {
            return form->findChild<QLineEdit*>(QString::fromLatin1(name));
        };
        auto type = [](QLineEdit* e, const QString& text) { // QTest::keyClicks types Latin-1 only
            if (text.toLatin1() == text.toUtf8())
                QTest::keyClicks(e, text);
            else
                e->insert(text);
        };
        type(edit("supplierEdit"), QStringLiteral("江西南华医药有限公司"));

        // A trace code before any product: refused, the product comes first.
        r.scan(QStringLiteral("80000000000000000011"));
        QVERIFY(form->reportText().contains(QStringLiteral("请先扫商品条码")));
        const QString gtin = r.catalog.findByCode(QStringLiteral("P00001"))->gtin;
        r.scan(gtin);
        QCOMPARE(edit("genericName")->text(),
                 QStringLiteral("阿莫西林胶囊")); // from the product master
        QCOMPARE(edit("insuranceCode")->text(), QStringLiteral("XJ01CAA040E001010101483"));
        r.scan(QStringLiteral("80000000000000000011"));
        r.scan(QStringLiteral("80000000000000000012"));
        r.scan(QStringLiteral("80000000000000000011")); // the same box again
        QVERIFY(form->reportText().contains(QStringLiteral("INV-TRACE")));
        QCOMPARE(form->codesList()->count(), 2);
        QCOMPARE(form->findChild<QSpinBox*>(QStringLiteral("boxesSpin"))->value(),
                 2); // follows the codes

        // The batch number is forgotten: the check names it before anything is posted.
        type(edit("manufacturer"), QStringLiteral("珠海联邦"));
        type(edit("dosageForm"), QStringLiteral("胶囊剂"));
        type(edit("approvalNo"), QStringLiteral("国药准字H1"));
        type(edit("productionDate"), QStringLiteral("20251001"));
        type(edit("expiryDate"), QStringLiteral("2027-01-31"));
        type(edit("price"), QStringLiteral("9.00"));
        QVERIFY(form->addLine());
        QCOMPARE(form->linesTable()->rowCount(), 1);
        QVERIFY(!form->submit());
        QVERIFY2(form->reportText().contains(QStringLiteral("INV-FIELDS: 购进记录缺少“批号”")),
                 qPrintable(form->reportText()));
        QVERIFY(form->linesTable()->item(0, 7)->text().startsWith(QStringLiteral("拒收")));
        QCOMPARE(r.stockRows(), 0);

        // Entered again with its batch; its codes are free again once the bad line is gone.
        form->linesTable()->selectRow(0);
        for (QPushButton* b : form->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("删除选中行"))
                b->click();
        QCOMPARE(form->linesTable()->rowCount(), 0);
        r.scan(gtin);
        r.scan(QStringLiteral("80000000000000000011"));
        r.scan(QStringLiteral("80000000000000000012"));
        type(edit("manufacturer"), QStringLiteral("珠海联邦"));
        type(edit("dosageForm"), QStringLiteral("胶囊剂"));
        type(edit("approvalNo"), QStringLiteral("国药准字H1"));
        type(edit("batchNo"), QStringLiteral("B7"));
        type(edit("productionDate"), QStringLiteral("2025-10-01"));
        type(edit("expiryDate"), QStringLiteral("2027-01-31"));
        type(edit("price"), QStringLiteral("9"));
        QVERIFY(form->addLine());
        // Near expiry (69 days): shown, and posted only when confirmed.
        QVERIFY(!form->submit());
        QVERIFY(form->reportText().contains(QStringLiteral("近效期")));
        QCOMPARE(r.stockRows(), 0);
        QVERIFY(form->submit());
        QVERIFY(form->reportText().contains(QStringLiteral("已入库 GJ-")));
        QCOMPARE(r.stockRows(), 1);
        QCOMPARE(r.stockCell(0, 3), QStringLiteral("B7"));
        QCOMPARE(r.stockCell(0, 6), QStringLiteral("2"));
        QCOMPARE(form->linesTable()->rowCount(), 0);

        // A box received once cannot be scanned into the next delivery.
        r.scan(gtin);
        r.scan(QStringLiteral("80000000000000000012"));
        QVERIFY(form->reportText().contains(QStringLiteral("已入库过")));
        QCOMPARE(form->codesList()->count(), 0);
    }

    void aCancelledExportLeavesNoFile()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        QVERIFY(r.widget.importDelivery(r.file(
            "good.csv",
            kHeader
                + "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B1,2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,1,9.00,80000000000000000001\n")));
        r.widget.show();
        r.widget.showTab(ui::InventoryWidget::Tab::Exports);
        const QString journal = r.dir.filePath(QStringLiteral("journal.csv"));
        const QString ledger = r.dir.filePath(QStringLiteral("ledger.csv"));
        auto cancelSoon = [&r] {
            QTimer::singleShot(0, &r.widget, [&r] {
                QProgressDialog* d = r.widget.findChild<QProgressDialog*>();
                QVERIFY(d);
                d->cancel();
            });
        };
        cancelSoon();
        QVERIFY(!r.widget.exportJournal(journal));
        QVERIFY(!QFile::exists(journal));
        QVERIFY(r.widget.exportText().contains(QStringLiteral("已取消")));
        cancelSoon();
        QVERIFY(!r.widget.exportLedger(ledger));
        QVERIFY(!QFile::exists(ledger));
        QCOMPARE(QDir(r.dir.path()).entryList({QStringLiteral("*.csv*")}, QDir::Files),
                 QStringList{QStringLiteral("good.csv")});

        QVERIFY(r.widget.exportJournal(journal));
        QVERIFY(r.widget.exportText().contains(journal));
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("B1"));
        QVERIFY(r.widget.findChild<QProgressDialog*>() == nullptr); // gone with its export
    }

    void aCashierIsRefusedByTheCore()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("zhangsan"));
        const QString good = r.file(
            "good.csv",
            kHeader
                + "南华医药,2026-11-20,P00001,阿莫西林胶囊,珠海联邦,胶囊剂,10mg*20片,B1,2025-10-01,2027-09-30,国药准字H1,XJ01CAA040E001010101483,1,9.00,80000000000000000001\n");
        QVERIFY(!r.widget.importDelivery(good));
        QVERIFY(r.widget.reportText().contains(QStringLiteral("STAFF-ROLES")));
        QVERIFY(!r.widget.exportLedger(r.dir.filePath(QStringLiteral("ledger.csv"))));
        QVERIFY(!QFile::exists(r.dir.filePath(QStringLiteral("ledger.csv"))));
    }
};

QTEST_MAIN(TestInventoryWidget)
#include "tst_inventorywidget.moc"
