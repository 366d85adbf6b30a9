#include "app/core/printdocument.h"
#include "app/core/receiptformatter.h"
#include "tests/fakes/fakes.h"

#include <QTest>

using namespace pos;

class TestPrintDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void widths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("ascii") << "Amoxicillin 0.25g" << 17;
        QTest::newRow("cjk counts double") << "阿莫西林" << 8;
        QTest::newRow("mixed") << "阿莫西林0.25g*24粒" << 8 + 8 + 2;
        QTest::newRow("full-width punctuation") << "（补打）" << 8;
        QTest::newRow("yen sign is narrow") << "¥1.00" << 5;
        QTest::newRow("full-width yen is wide") << "￥1" << 3;
    }
    void widths()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(columnWidth(text), columns);
    }

    void elideNeverSplitsAWideCharacter()
    {
        QCOMPARE(elideToColumns(u"阿莫西林", 5), QStringLiteral("阿莫"));
        QCOMPARE(elideToColumns(u"ab阿莫", 3), QStringLiteral("ab"));
        QCOMPARE(elideToColumns(u"ab阿莫", 4), QStringLiteral("ab阿"));
    }

    void leftRightFillsTheLine()
    {
        const QString l = leftRight(u"合计", u"¥12.50", 32);
        QCOMPARE(columnWidth(l), 32);
        QVERIFY(l.startsWith(QStringLiteral("合计")));
        QVERIFY(l.endsWith(QStringLiteral("¥12.50")));
        // Too long a left part is cut, the amount never is.
        const QString cut = leftRight(u"复方氨酚烷胺片复方氨酚烷胺片复方氨酚烷胺片", u"123.45", 32);
        QVERIFY(cut.endsWith(QStringLiteral("123.45")));
        QVERIFY(columnWidth(cut) <= 32);
    }

    void wrapKeepsEveryCharacter()
    {
        const QString text = QStringLiteral("1.小儿氨酚黄那敏颗粒(护彤) 6g*10袋 哈药集团");
        const QList<QString> lines = wrapToColumns(text, 16);
        QVERIFY(lines.size() > 1);
        QCOMPARE(lines.join(QString()), text);
        for (const QString& l : lines)
            QVERIFY2(columnWidth(l) <= 16, qPrintable(l));
    }

    void receiptFitsThePaper_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("80 mm") << 48;
        QTest::newRow("58 mm") << 32;
    }
    void receiptFitsThePaper()
    {
        QFETCH(int, columns);
        StoreProfile store{QStringLiteral("仁心大药房（八一大道店）"),
                           QStringLiteral("P36010200001"),
                           QStringLiteral("T01"),
                           QStringLiteral("南昌市八一大道100号"),
                           {}};
        CompletedSale sale;
        sale.saleNo = QStringLiteral("XS-T01-20261123-0001");
        sale.time = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
        sale.operatorName = QStringLiteral("张三");
        Product p =
            fakes::makeProduct(1, QStringLiteral("复方甘草片非常长的名字测试换行显示"), 1250);
        sale.lines = {SaleLine{p, 3, p.price}};
        sale.total = Money::fromFen(3750);
        sale.payment = Payment{PaymentMethod::Cash, Money::fromFen(5000), Money::fromFen(1250)};

        const PrintDocument doc = ReceiptFormatter(store).format(sale, columns, false);
        QCOMPARE(doc.widthColumns, columns);
        QCOMPARE(doc.reference, sale.saleNo);
        const QString text = doc.toPlainText();
        for (const QString& line : text.split(u'\n'))
            QVERIFY2(columnWidth(line) <= columns, qPrintable(line));
        QVERIFY(text.contains(QStringLiteral("XS-T01-20261123-0001")));
        QVERIFY(text.contains(QStringLiteral("37.50")));
        QVERIFY(text.contains(QStringLiteral("¥12.50"))); // change
        QVERIFY(!text.contains(QStringLiteral("补打")));

        const PrintDocument again = ReceiptFormatter(store).format(sale, columns, true);
        QVERIFY(again.reprint);
        QVERIFY(again.toPlainText().contains(QStringLiteral("【补打】")));
    }

    void receiptNamesMakerBatchAndExpiry_data() { receiptFitsThePaper_data(); }

    // GSP 第一百七十一条: every line with its 生产厂商, 批号 and 有效期; a batch number or a date is
    // never broken across lines, whatever the paper.
    void receiptNamesMakerBatchAndExpiry()
    {
        QFETCH(int, columns);
        CompletedSale sale;
        sale.saleNo = QStringLiteral("XS-T01-20261123-0002");
        sale.time = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
        Product p = fakes::makeProduct(1, QStringLiteral("对乙酰氨基酚缓释片"), 1355);
        p.manufacturer = QStringLiteral("上海强生制药有限公司（中国上海市闵行区）");
        p.spec = QStringLiteral("0.65g*18片");
        SaleLine line{p, 2, p.price};
        line.soldFrom = {SoldBatch{QStringLiteral("26062729A1"), QDate(2028, 9, 27), 1},
                         SoldBatch{QStringLiteral("26070101"), QDate(2028, 12, 31), 1}};
        sale.lines = {line};
        sale.total = Money::fromFen(2710);
        sale.payment = Payment{PaymentMethod::Cash, sale.total, Money()};
        const QString text =
            ReceiptFormatter(StoreProfile{}).format(sale, columns, false).toPlainText();
        QVERIFY(text.contains(QStringLiteral("生产厂商：上海强生制药有限公司")));
        for (const QString& code :
             {QStringLiteral("批号 26062729A1"), QStringLiteral("批号 26070101"),
              QStringLiteral("有效期至 2028-09-27"), QStringLiteral("有效期至 2028-12-31")}) {
            bool onOneLine = false;
            for (const QString& l : text.split(u'\n')) {
                QVERIFY2(columnWidth(l) <= columns, qPrintable(l));
                onOneLine = onOneLine || l.contains(code);
            }
            QVERIFY2(onOneLine, qPrintable(code + u'\n' + text));
        }

        // The 拆零 bag label: name, strength, how many, batch, expiry, maker, the date opened.
        line.unit = SaleUnit::Strip;
        const QString label =
            ReceiptFormatter(StoreProfile{QStringLiteral("仁心大药房"), {}, {}, {}, {}})
                .bagLabel(sale, line, columns)
                .toPlainText();
        for (const QString& want :
             {QStringLiteral("对乙酰氨基酚缓释片"), QStringLiteral("0.65g*18片"),
              QStringLiteral("批号：26062729A1"), QStringLiteral("有效期至：2028-09-27"),
              QStringLiteral("拆零日期：2026-11-23"), QStringLiteral("用法用量"),
              QStringLiteral("单号 XS-T01-20261123-0002")})
            QVERIFY2(label.contains(want), qPrintable(want + u'\n' + label));
    }
};

QTEST_GUILESS_MAIN(TestPrintDocument)
#include "tst_printdocument.moc"
