#include "app/core/money.h"

#include <QTest>

using pos::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("fen");
        // What cashiers type and spreadsheets hold.
        QTest::newRow("whole yuan") << "12" << true << qint64(1200);
        QTest::newRow("one decimal") << "12.5" << true << qint64(1250);
        QTest::newRow("two decimals") << "12.05" << true << qint64(1205);
        QTest::newRow("yen sign") << "¥3.20" << true << qint64(320);
        QTest::newRow("full-width yen sign") << "￥3.20" << true << qint64(320);
        QTest::newRow("spaces") << "  7.00 " << true << qint64(700);
        QTest::newRow("thousands") << "1,234.50" << true << qint64(123450);
        QTest::newRow("negative") << "-0.05" << true << qint64(-5);
        QTest::newRow("leading point") << ".5" << true << qint64(50);
        QTest::newRow("trailing point") << "5." << true << qint64(500);
        QTest::newRow("zero") << "0" << true << qint64(0);
        QTest::newRow("three decimals refused") << "1.005" << false << qint64(0);
        QTest::newRow("empty refused") << "" << false << qint64(0);
        QTest::newRow("letters refused") << "12a" << false << qint64(0);
        QTest::newRow("two points refused") << "1.2.3" << false << qint64(0);
        QTest::newRow("sign only refused") << "-" << false << qint64(0);
        QTest::newRow("full-width digits refused") << "１２" << false << qint64(0);
        QTest::newRow("overflow refused") << "999999999999999999999" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, fen);
        const std::optional<Money> m = Money::parse(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->fen(), fen);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("fen only") << qint64(5) << "0.05";
        QTest::newRow("negative fen") << qint64(-5) << "-0.05";
        QTest::newRow("yuan") << qint64(123456) << "1234.56";
        QTest::newRow("negative yuan") << qint64(-1200) << "-12.00";
    }
    void format()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(Money::fromFen(fen).toString(), text);
        QCOMPARE(Money::parse(text)->fen(), fen); // round trip
        QCOMPARE(Money::fromFen(fen).display(), QStringLiteral("¥") + text);
    }

    void arithmetic()
    {
        const Money a = Money::fromFen(1580);
        QCOMPARE((a * 3).fen(), 4740);
        QCOMPARE((a + Money::fromYuan(1)).fen(), 1680);
        QCOMPARE((a - Money::fromFen(1600)).fen(), -20);
        QVERIFY(Money::fromFen(1) > Money());
        QVERIFY((-a).isNegative());
        Money sum;
        for (int i = 0; i < 10; ++i)
            sum += Money::fromFen(10); // ten 0.10 make exactly 1.00: no float drift
        QCOMPARE(sum, Money::fromYuan(1));
    }

    void ratioRounding_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        // 四舍五入: half away from zero.
        QTest::newRow("88折 of 12.35 = 10.868 → 10.87")
            << qint64(1235) << qint64(88) << qint64(100) << qint64(1087);
        QTest::newRow("exact half up 0.5 fen") << qint64(1) << qint64(1) << qint64(2) << qint64(1);
        QTest::newRow("below half down") << qint64(1) << qint64(49) << qint64(100) << qint64(0);
        QTest::newRow("negative half away from zero")
            << qint64(-1) << qint64(1) << qint64(2) << qint64(-1);
        QTest::newRow("one third of 1.00") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
        QTest::newRow("two thirds of 1.00") << qint64(100) << qint64(2) << qint64(3) << qint64(67);
        QTest::newRow("large exact")
            << qint64(4'000'000'000'000) << qint64(3) << qint64(4) << qint64(3'000'000'000'000);
        QTest::newRow("no overflow in the product")
            << qint64(9'000'000'000'000'000) << qint64(1000) << qint64(1000)
            << qint64(9'000'000'000'000'000);
    }
    void ratioRounding()
    {
        QFETCH(qint64, fen);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        QCOMPARE(Money::fromFen(fen).ratio(num, den).fen(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
