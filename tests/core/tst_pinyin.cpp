#include "app/core/pinyin/pinyin.h"
#include "app/democatalog.h"

#include <QRegularExpression>
#include <QTest>

using namespace pos;

class TestPinyin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("initials");
        // Readings: Unihan kMandarin; drug-name polyphones from the Chinese Pharmacopoeia names.
        QTest::newRow("issue example") << "阿莫西林"
                                       << "amxl";
        QTest::newRow("capsule") << "阿莫西林胶囊"
                                 << "amxljn";
        QTest::newRow("Latin kept") << "维生素C片"
                                    << "wsscp";
        QTest::newRow("digits dropped") << "维生素B1片"
                                        << "wssbp";
        QTest::newRow("参 is shen") << "党参"
                                    << "ds";
        QTest::newRow("枸橼 is juyuan") << "枸橼酸莫沙必利片"
                                        << "jysmsblp";
        QTest::newRow("枸杞 stays gou") << "枸杞子"
                                        << "gqz";
        QTest::newRow("地 in 六味地黄丸") << "六味地黄丸"
                                          << "lwdhw";
        QTest::newRow("行 as xing") << "银翘解毒片"
                                    << "yqjdp";
        QTest::newRow("full-width Latin") << "ＶＣ银翘片"
                                          << "vcyqp";
        QTest::newRow("咳 is ke") << "小儿止咳糖浆"
                                  << "xezktj";
        QTest::newRow("白术 is baizhu") << "白术"
                                        << "bz";
        QTest::newRow("川芎 is chuanxiong") << "川芎茶调散"
                                            << "cxcts";
        QTest::newRow("empty") << ""
                               << "";
    }
    void initials()
    {
        QFETCH(QString, text);
        QFETCH(QString, initials);
        QCOMPARE(pinyinInitials(text), initials);
    }

    // The demo catalog's pinyin column was written by hand (and checked against another pinyin
    // library); the generated table must agree on nearly every drug name.
    void agreesWithTheHandWrittenCatalog()
    {
        const QList<Product> products = app::loadDemoCatalog().value();
        static const QRegularExpression latin(QStringLiteral("[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]"));
        int agree = 0;
        QStringList differ;
        for (const Product& p : products) {
            QString name = p.genericName;
            name.remove(latin); // the hand-written column skips Latin letters
            const QString mine = pinyinInitials(name);
            if (mine == p.pinyin)
                ++agree;
            else
                differ << p.genericName + u' ' + p.pinyin + QStringLiteral(" ≠ ") + mine;
        }
        if (!differ.isEmpty())
            qInfo().noquote() << "differences:" << differ.join(QStringLiteral("; "));
        QVERIFY2(agree * 100 >= products.size() * 98,
                 qPrintable(QStringLiteral("%1 of %2 agree").arg(agree).arg(products.size())));
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
