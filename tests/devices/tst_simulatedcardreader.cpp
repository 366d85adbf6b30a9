#include "devices/simulated/simulatedcardreader.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;

class TestSimulatedCardReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheInsertedCardThroughThePort()
    {
        devices::SimulatedCardReader sim;
        CardReader& port = sim;
        QSignalSpy presented(&port, &CardReader::cardPresented);
        QVERIFY(sim.isSimulated());
        QVERIFY(!sim.deviceName().isEmpty());

        Result<CardCredential> none = port.readCard();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::DeviceFailure);
        QVERIFY(none.error().message.contains(QStringLiteral("未检测到卡片")));
        QCOMPARE(presented.count(), 0);

        const CardCredential card{CredentialType::SocialSecurityCard,
                                  QStringLiteral("36010219900101123X"),
                                  QStringLiteral("K3600000001"), QStringLiteral("赵六")};
        sim.insertCard(card);
        QCOMPARE(presented.count(), 1);
        QVERIFY(sim.hasCard());
        Result<CardCredential> read = port.readCard();
        QVERIFY(read.ok());
        QCOMPARE(read->type, CredentialType::SocialSecurityCard);
        QCOMPARE(read->certNo, card.certNo);
        QCOMPARE(read->cardSn, card.cardSn);
        QCOMPARE(read->holderName, card.holderName);

        sim.setCardError(QStringLiteral("卡片芯片无响应"));
        Result<CardCredential> broken = port.readCard();
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::DeviceFailure);
        QVERIFY(broken.error().message.contains(QStringLiteral("卡片芯片无响应")));
        QVERIFY(!broken.error().message.contains(card.certNo));
        sim.clearCardError();
        QVERIFY(port.readCard().ok());

        sim.removeCard();
        QVERIFY(!sim.hasCard());
        QVERIFY(!port.readCard().ok());
        QCOMPARE(sim.readCount(), 5);
        QCOMPARE(presented.count(), 1); // removing is not presenting
    }

    void anIdCardReadsAsAnIdNumberCredential()
    {
        devices::SimulatedCardReader sim;
        sim.insertCard(CardCredential{CredentialType::IdCardNumber,
                                      QStringLiteral("360102201506010048"),
                                      {},
                                      QStringLiteral("钱八")});
        Result<CardCredential> read = sim.readCard();
        QVERIFY(read.ok());
        QCOMPARE(read->type, CredentialType::IdCardNumber);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedCardReader)
#include "tst_simulatedcardreader.moc"
