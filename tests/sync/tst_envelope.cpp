#include "app/core/ports/clock.h"
#include "sync/envelope.h"
#include "sync/simulatedplatform.h"

#include <QRegularExpression>
#include <QTest>

using namespace pos;
using namespace pos::sync;

class TestEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void msgIdIsThirtyCharacters()
    {
        // PLATFORM.md §1: fixmedins_code(12) + yyyyMMddHHmmss + 4-digit sequence.
        const QString id = Envelope::makeMsgId(QStringLiteral("P36010200001"),
                                               QDateTime(QDate(2026, 11, 23), QTime(9, 30, 5)), 7);
        QCOMPARE(id, QStringLiteral("P36010200001202611230930050007"));
        QCOMPARE(id.size(), 30);
    }

    void wrapCarriesTheEnvelopeFields()
    {
        StoreProfile store{QStringLiteral("测试药房"),
                           QStringLiteral("P36010200001"),
                           QStringLiteral("T01"),
                           {},
                           {}};
        const QJsonObject body =
            Envelope::wrap(PlatformRequest{QStringLiteral("9001"), QStringLiteral("M"),
                                           QJsonObject{{QStringLiteral("a"), 1}}},
                           store, QStringLiteral("0001"), QStringLiteral("张三"),
                           QStringLiteral("S1"), QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        QCOMPARE(body.value(QStringLiteral("infno")).toString(), QStringLiteral("9001"));
        QCOMPARE(body.value(QStringLiteral("mdtrtarea_admvs")).toString(),
                 QStringLiteral("360102"));
        QCOMPARE(body.value(QStringLiteral("inf_time")).toString(),
                 QStringLiteral("2026-11-23 09:30:00"));
        QCOMPARE(body.value(QStringLiteral("infver")).toString(), QStringLiteral("V1.0"));
        QCOMPARE(body.value(QStringLiteral("input")).toObject().value(QStringLiteral("a")).toInt(),
                 1);
    }

    void unwrapAcceptsNumberOrStringInfcode_data()
    {
        QTest::addColumn<QJsonValue>("code");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("infcode");
        QTest::newRow("number") << QJsonValue(0) << true << 0;
        QTest::newRow("string") << QJsonValue(QStringLiteral("-1")) << true << -1;
        QTest::newRow("missing") << QJsonValue() << false << 0;
        QTest::newRow("garbage") << QJsonValue(QStringLiteral("x")) << false << 0;
    }
    void unwrapAcceptsNumberOrStringInfcode()
    {
        QFETCH(QJsonValue, code);
        QFETCH(bool, ok);
        QFETCH(int, infcode);
        QJsonObject body{{QStringLiteral("err_msg"), QStringLiteral("e")}};
        if (!code.isNull())
            body.insert(QStringLiteral("infcode"), code);
        Result<PlatformResponse> r = Envelope::unwrap(body);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->infcode, infcode);
    }

    void simulatorRequiresSignIn()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedPlatform platform(StoreProfile{QStringLiteral("测试药房"),
                                                QStringLiteral("P36010200001"),
                                                QStringLiteral("T01"),
                                                {},
                                                {}},
                                   clock);
        int calls = 0;
        PlatformResponse last;
        auto done = [&](Result<PlatformResponse> r) {
            ++calls;
            QVERIFY(r.ok());
            last = *r;
        };
        platform.call(PlatformRequest{QStringLiteral("9002"), {}, {}}, done);
        QCOMPARE(last.infcode, -1); // not signed in
        QVERIFY(last.errMsg.contains(QStringLiteral("9001")));
        platform.call(PlatformRequest{QStringLiteral("9001"), {}, {}}, done);
        QCOMPARE(last.infcode, 0);
        const QString signNo = last.output.value(QStringLiteral("signinoutb"))
                                   .toObject()
                                   .value(QStringLiteral("sign_no"))
                                   .toString();
        QVERIFY(!signNo.isEmpty());
        platform.call(PlatformRequest{QStringLiteral("9002"), {}, {}}, done);
        QCOMPARE(last.infcode, 0);
        QCOMPARE(calls, 3);
        QCOMPARE(platform.received().size(), 3);
        const QRegularExpression msgId(QStringLiteral("^P36010200001\\d{18}$"));
        for (const QJsonObject& body : platform.received())
            QVERIFY(msgId.match(body.value(QStringLiteral("msgid")).toString()).hasMatch());
        QCOMPARE(platform.received().at(2).value(QStringLiteral("sign_no")).toString(), signNo);
    }

    void simulatorRefusesMalformedMsgId()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        SimulatedPlatform platform(StoreProfile{}, clock);
        PlatformResponse last;
        platform.call(PlatformRequest{QStringLiteral("9001"), QStringLiteral("short"), {}},
                      [&](Result<PlatformResponse> r) { last = *r; });
        QCOMPARE(last.infcode, -1);
        QVERIFY(last.errMsg.contains(QStringLiteral("msgid")));
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
