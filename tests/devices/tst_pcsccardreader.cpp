#include "devices/cardreader/pcsccardreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pos;
using devices::PcscCardReader;

namespace {
// The virtual card's values (tests/devices/pcsc/vicc.py): made up.
const QString kCertNo = QStringLiteral("360102198001011235");
const QString kCardId = QStringLiteral("360100D156000005000123456789ABCD");
const QString kName = QStringLiteral("赵六");
const QString kSocket = QStringLiteral("/run/pcscd/pcscd.comm");

QStringList g_log;
void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}
} // namespace

/// PcscCardReader on a real PC/SC stack: pcscd with vsmartcard's vpcd reader, and a virtual card
/// (vicc.py) speaking vpcd's socket protocol. Run by ctest through pcsc/pcsc_fixture.sh, which
/// gives it a private /run/pcscd and loopback; it starts pcscd and the cards itself. Skipped when
/// the fixture is unavailable, failed instead when PHARMAPOS_REQUIRE_PCSC=1.
class TestPcscCardReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_pcscd;
    std::unique_ptr<QProcess> m_card;

    void ensureDaemon()
    {
        if (m_pcscd && m_pcscd->state() == QProcess::Running)
            return;
        const QString conf = m_dir.filePath(QStringLiteral("reader.conf.d"));
        QVERIFY(QDir().mkpath(conf));
        QFile f(QDir(conf).filePath(QStringLiteral("vpcd")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FRIENDLYNAME \"Virtual PCD\"\n"
                "DEVICENAME   /dev/null:0x8C7B\n"
                "LIBPATH      /usr/lib/pcsc/drivers/serial/libifdvpcd.so\n"
                "CHANNELID    0x8C7B\n");
        f.close();
        m_pcscd = std::make_unique<QProcess>();
        m_pcscd->setProcessChannelMode(QProcess::MergedChannels);
        m_pcscd->setStandardOutputFile(m_dir.filePath(QStringLiteral("pcscd.log")));
        m_pcscd->start(QStringLiteral("/usr/sbin/pcscd"),
                       {QStringLiteral("--foreground"), QStringLiteral("--config"), conf});
        QVERIFY(m_pcscd->waitForStarted(5'000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(kSocket), 5'000);
    }
    void stopDaemon()
    {
        removeCard();
        if (!m_pcscd)
            return;
        m_pcscd->terminate();
        QVERIFY(m_pcscd->waitForFinished(10'000));
        m_pcscd.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(kSocket), 5'000);
    }
    void insertCard(const QString& mode)
    {
        removeCard();
        m_card = std::make_unique<QProcess>();
        m_card->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_card->start(QStringLiteral("python3"),
                      {QStringLiteral(PCSC_VICC), QStringLiteral("127.0.0.1"),
                       QStringLiteral("35963"), mode});
        QVERIFY(m_card->waitForStarted(5'000));
    }
    /// Takes the card out, and waits until pcscd has seen it go (vpcd polls), so the next card
    /// is not mistaken for this one.
    void removeCard()
    {
        if (!m_card)
            return;
        m_card->kill();
        m_card->waitForFinished(5'000);
        m_card.reset();
        if (!m_pcscd)
            return;
        QTRY_VERIFY_WITH_TIMEOUT(readerIsEmpty(), 10'000);
    }
    static bool readerIsEmpty()
    {
        PcscCardReader reader{QString()};
        Result<CardCredential> r = reader.readCard();
        return !r.ok() && r.error().message.contains(QStringLiteral("读卡器里没有卡片，请插卡"));
    }
    /// The first read that finds the card in (vpcd sees it a few polls after it connects).
    static Result<CardCredential> readOnceIn(PcscCardReader& reader)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            Result<CardCredential> r = reader.readCard();
            if (r.ok() || !r.error().message.contains(QStringLiteral("没有卡片"))
                || t.elapsed() > 10'000)
                return r;
            QTest::qWait(50);
        }
    }
    static void verifyNoPersonalData(const QString& message)
    {
        for (const QString& secret : {kCertNo, kCardId, kName}) {
            QVERIFY(!message.contains(secret));
            for (const QString& line : std::as_const(g_log))
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("PHARMAPOS_PCSC_FIXTURE") != QStringLiteral("1")) {
            QString why = qEnvironmentVariable("PHARMAPOS_PCSC_UNAVAILABLE");
            if (why.isEmpty())
                why = QStringLiteral("not run through its fixture (ctest -R tst_pcsccardreader)");
            const QByteArray text = "PC/SC test stack unavailable: " + why.toUtf8();
            if (qEnvironmentVariable("PHARMAPOS_REQUIRE_PCSC") == QStringLiteral("1"))
                QFAIL(text.constData());
            QSKIP(text.constData());
        }
        QVERIFY(m_dir.isValid());
        qInstallMessageHandler(collect);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        removeCard();
        if (m_pcscd) {
            m_pcscd->terminate();
            m_pcscd->waitForFinished(10'000);
        }
    }
    void init() { g_log.clear(); }

    void readsTheVirtualCard_data()
    {
        QTest::addColumn<QString>("readerName");
        QTest::newRow("the first reader") << QString();
        QTest::newRow("named exactly") << QStringLiteral("Virtual PCD 00 00");
        QTest::newRow("named by a prefix") << QStringLiteral("Virtual PCD");
    }
    void readsTheVirtualCard()
    {
        QFETCH(QString, readerName);
        ensureDaemon();
        insertCard(QStringLiteral("ok"));
        PcscCardReader reader(readerName);
        QVERIFY(!reader.isSimulated());
        Result<CardCredential> card = readOnceIn(reader);
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        QCOMPARE(card->type, CredentialType::SocialSecurityCard);
        QCOMPARE(card->certNo, kCertNo);
        QCOMPARE(card->cardSn, kCardId);
        QCOMPARE(card->holderName, kName);
        // Again, on the card left in: each read connects and lets go.
        Result<CardCredential> again = reader.readCard();
        QVERIFY(again.ok());
        QCOMPARE(again->certNo, kCertNo);
        verifyNoPersonalData(QString());
    }

    void saysThereIsNoCard()
    {
        ensureDaemon();
        removeCard();
        QTRY_VERIFY_WITH_TIMEOUT(readerIsEmpty(), 10'000);
    }

    void namesAMissingReaderAndTheOnesThereAre()
    {
        ensureDaemon();
        PcscCardReader reader(QStringLiteral("ACS ACR39U"));
        Result<CardCredential> r = reader.readCard();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("没有名为“ACS ACR39U”的读卡器")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("Virtual PCD 00 00")),
                 qPrintable(r.error().message));
    }

    void refusesACardWithoutTheApplication()
    {
        ensureDaemon();
        insertCard(QStringLiteral("noapp"));
        PcscCardReader reader{QString()};
        Result<CardCredential> r = readOnceIn(reader);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("卡片上没有本系统的医保应用")),
                 qPrintable(r.error().message));
    }

    void saysTheCardWasPulledOut()
    {
        ensureDaemon();
        insertCard(QStringLiteral("pull"));
        PcscCardReader reader{QString()};
        Result<CardCredential> r = readOnceIn(reader);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("拔出")), qPrintable(r.error().message));
        verifyNoPersonalData(r.error().message);
    }

    void saysPcscdIsNotRunning()
    {
        ensureDaemon();
        stopDaemon();
        PcscCardReader reader{QString()};
        Result<CardCredential> r = reader.readCard();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::DeviceFailure);
        QVERIFY2(r.error().message.contains(QStringLiteral("智能卡服务 pcscd 没有运行")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPcscCardReader)
#include "tst_pcsccardreader.moc"
