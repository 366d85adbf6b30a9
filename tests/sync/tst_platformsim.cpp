#include "app/core/ports/clock.h"
#include "app/core/upload/platformrecords.h"
#include "sync/httpsplatformgateway.h"
#include "sync/simulatedprescriptions.h"
#include "tests/sync/gatewaytesting.h"
#include "tests/sync/simfixture.h"

#include <QTest>

using namespace pos;
using namespace pos::testing;

/// The simulator server's business, as the settlement issue will lean on it: persons and
/// accounts (1101), pre-settlement and settlement (2101/2102) moving the personal account,
/// RX-SINGLE on the platform's side, reversal (2103), 冲正 by msgid (2601) of a settlement and of a
/// reversal, idempotent repeats of a msgid, 对总账/对明细账 (3201/3202) from its own settlements,
/// and the e-prescription's review and sale-out (7201–7204, 7207/7208) with 7202's status.
class TestPlatformSim : public QObject
{
    Q_OBJECT
    SimFixture m_sim;
    SystemClock m_clock;
    std::unique_ptr<sync::HttpsPlatformGateway> m_gateway;

    PlatformResponse call(const QString& infno, const QJsonObject& input, const QString& msgId = {})
    {
        std::optional<Result<PlatformResponse>> r = callSync(
            *m_gateway,
            PlatformRequest{infno, msgId.isEmpty() ? nextMsgId(m_clock.now()) : msgId, input});
        if (!r || !r->ok())
            return PlatformResponse{};
        return **r;
    }
    static QJsonObject data(const QJsonObject& d)
    {
        return QJsonObject{{QStringLiteral("data"), d}};
    }
    QString balance(const QString& psnNo)
    {
        for (const QJsonValue& v : m_sim.control(QStringLiteral("/sim/persons"), {}, true)
                                       .value(QStringLiteral("persons"))
                                       .toArray())
            if (v.toObject().value(QStringLiteral("psn_no")).toString() == psnNo)
                return v.toObject().value(QStringLiteral("balc")).toString();
        return {};
    }
    QJsonObject settlement(const QString& psnNo, const QString& rxNo, const QString& amount)
    {
        return QJsonObject{
            {QStringLiteral("druginfo"),
             QJsonObject{{QStringLiteral("psn_no"), psnNo},
                         {QStringLiteral("mdtrt_cert_type"), QStringLiteral("02")},
                         {QStringLiteral("medfee_sumamt"), amount},
                         {QStringLiteral("insutype"), QStringLiteral("310")},
                         {QStringLiteral("med_type"), QStringLiteral("41")},
                         {QStringLiteral("acct_used_flag"), QStringLiteral("1")}}},
            {QStringLiteral("drugdetail"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("feedetl_sn"), QStringLiteral("1")},
                 {QStringLiteral("rxno"), rxNo},
                 {QStringLiteral("med_list_codg"), QStringLiteral("XC08CAA076A028071062085")},
                 {QStringLiteral("det_item_fee_sumamt"), amount},
                 {QStringLiteral("cnt"), QStringLiteral("1")},
                 {QStringLiteral("pric"), amount}}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--crypto"), QStringLiteral("on")}),
                 qPrintable(m_sim.error()));
        (void)m_sim.control(QStringLiteral("/sim/auth"),
                            QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")},
                                        {QStringLiteral("crypto"), true}});
        m_gateway = std::move(
            sync::HttpsPlatformGateway::create(m_sim.profile(sync::GatewayAuth::None, true),
                                               testStore(), m_clock, &nextMsgId)
                .value());
        QCOMPARE(call(QStringLiteral("9001"), signIn().input).infcode, 0);
    }

    void personInfoByEachCredential_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("no");
        QTest::addColumn<QString>("cardSn");
        QTest::newRow("01 e-voucher token")
            << QStringLiteral("01") << QStringLiteral("EC360102198001011235") << QString();
        QTest::newRow("02 ID number")
            << QStringLiteral("02") << QStringLiteral("360102198001011235") << QString();
        QTest::newRow("03 card") << QStringLiteral("03") << QStringLiteral("360102198001011235")
                                 << QStringLiteral("CS01011235");
    }
    void personInfoByEachCredential()
    {
        QFETCH(QString, type);
        QFETCH(QString, no);
        QFETCH(QString, cardSn);
        const PlatformResponse r =
            call(QStringLiteral("1101"), data({{QStringLiteral("mdtrt_cert_type"), type},
                                               {QStringLiteral("mdtrt_cert_no"), no},
                                               {QStringLiteral("card_sn"), cardSn}}));
        QCOMPARE(r.infcode, 0);
        QCOMPARE(r.output.value(QStringLiteral("baseinfo"))
                     .toObject()
                     .value(QStringLiteral("psn_name"))
                     .toString(),
                 QStringLiteral("赵六"));
        QCOMPARE(r.output.value(QStringLiteral("insuinfo"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("insutype"))
                     .toString(),
                 QStringLiteral("310"));
    }

    void settlementMovesTheAccountOnceAndIsUndoneByMsgId()
    {
        const QString psn =
            call(QStringLiteral("1101"),
                 data({{QStringLiteral("mdtrt_cert_type"), QStringLiteral("02")},
                       {QStringLiteral("mdtrt_cert_no"), QStringLiteral("360105199003031237")}}))
                .output.value(QStringLiteral("baseinfo"))
                .toObject()
                .value(QStringLiteral("psn_no"))
                .toString();
        QVERIFY(!psn.isEmpty());
        const QString start = balance(psn);
        QCOMPARE(start, QStringLiteral("1500.00"));
        // 2101: the split, nothing moves.
        PlatformResponse pre = call(QStringLiteral("2101"), settlement(psn, QStringLiteral("RX-A"),
                                                                       QStringLiteral("3.20")));
        QCOMPARE(pre.infcode, 0);
        const QJsonObject split = pre.output.value(QStringLiteral("setlinfo")).toObject();
        QCOMPARE(split.value(QStringLiteral("fund_pay_sumamt")).toString(),
                 QStringLiteral("2.24")); // 70 % of 3.20
        QCOMPARE(split.value(QStringLiteral("acct_pay")).toString(), QStringLiteral("0.96"));
        QCOMPARE(balance(psn), start);
        // 2102: settled; the account pays its part; the same msgid again changes nothing.
        const QString msgid = nextMsgId(m_clock.now());
        PlatformResponse settled =
            call(QStringLiteral("2102"),
                 settlement(psn, QStringLiteral("RX-A"), QStringLiteral("3.20")), msgid);
        QCOMPARE(settled.infcode, 0);
        const QString setlId = settled.output.value(QStringLiteral("setlinfo"))
                                   .toObject()
                                   .value(QStringLiteral("setl_id"))
                                   .toString();
        QVERIFY(!setlId.isEmpty());
        QCOMPARE(balance(psn), QStringLiteral("1499.04"));
        PlatformResponse again =
            call(QStringLiteral("2102"),
                 settlement(psn, QStringLiteral("RX-A"), QStringLiteral("3.20")), msgid);
        QCOMPARE(again.output.value(QStringLiteral("setlinfo"))
                     .toObject()
                     .value(QStringLiteral("setl_id"))
                     .toString(),
                 setlId);
        QCOMPARE(balance(psn), QStringLiteral("1499.04"));
        // RX-SINGLE on the platform: the same prescription under a new msgid is refused.
        PlatformResponse twice =
            call(QStringLiteral("2102"),
                 settlement(psn, QStringLiteral("RX-A"), QStringLiteral("3.20")));
        QCOMPARE(twice.infcode, -1);
        QVERIFY(twice.errMsg.contains(QStringLiteral("RX-A")));
        // 3201: the platform's totals; 3202: the detail, a settlement the store lacks named.
        const QString today = m_clock.now().date().toString(Qt::ISODate);
        PlatformResponse totals =
            call(QStringLiteral("3201"),
                 data({{QStringLiteral("stmt_begndate"), today},
                       {QStringLiteral("stmt_enddate"), today},
                       {QStringLiteral("medfee_sumamt"), QStringLiteral("3.20")},
                       {QStringLiteral("fund_pay_sumamt"), QStringLiteral("2.24")},
                       {QStringLiteral("acct_pay"), QStringLiteral("0.96")},
                       {QStringLiteral("fixmedins_setl_cnt"), 1}}));
        QCOMPARE(totals.output.value(QStringLiteral("stmtinfo"))
                     .toObject()
                     .value(QStringLiteral("stmt_rslt"))
                     .toString(),
                 QStringLiteral("0"));
        PlatformResponse detail =
            call(QStringLiteral("3202"), data({{QStringLiteral("stmt_begndate"), today},
                                               {QStringLiteral("stmt_enddate"), today},
                                               {QStringLiteral("detail"), QJsonArray()}}));
        QCOMPARE(detail.output.value(QStringLiteral("stmt_rslt")).toString(), QStringLiteral("1"));
        QCOMPARE(detail.output.value(QStringLiteral("detail"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("setl_id"))
                     .toString(),
                 setlId);
        QCOMPARE(detail.output.value(QStringLiteral("detail"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("stmt_rslt"))
                     .toString(),
                 QStringLiteral("2"));
        // 2601 冲正 of the 2102 by its msgid: undone, the account whole again; repeating it is
        // harmless.
        PlatformResponse undo = call(QStringLiteral("2601"),
                                     data({{QStringLiteral("psn_no"), psn},
                                           {QStringLiteral("omsgid"), msgid},
                                           {QStringLiteral("oinfno"), QStringLiteral("2102")}}));
        QCOMPARE(undo.infcode, 0);
        QCOMPARE(undo.output.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("rever_rslt"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(balance(psn), start);
        undo = call(QStringLiteral("2601"),
                    data({{QStringLiteral("psn_no"), psn},
                          {QStringLiteral("omsgid"), msgid},
                          {QStringLiteral("oinfno"), QStringLiteral("2102")}}));
        QCOMPARE(balance(psn), start);
        // 冲正 of a msgid the platform never processed says so: nothing to undo. The msgid is
        // void from then on: the original arriving late (a killed till's request still on the
        // wire) settles nothing.
        const QString lateMsgid = nextMsgId(m_clock.now());
        undo = call(QStringLiteral("2601"),
                    data({{QStringLiteral("psn_no"), psn},
                          {QStringLiteral("omsgid"), lateMsgid},
                          {QStringLiteral("oinfno"), QStringLiteral("2102")}}));
        QCOMPARE(undo.infcode, 0);
        QCOMPARE(undo.output.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("rever_rslt"))
                     .toString(),
                 QStringLiteral("0"));
        PlatformResponse late =
            call(QStringLiteral("2102"),
                 settlement(psn, QStringLiteral("RX-LATE"), QStringLiteral("3.20")), lateMsgid);
        QCOMPARE(late.infcode, -1);
        QCOMPARE(balance(psn), start);
        // After the undo the prescription may be settled again; then reversed by 2103, and the
        // reversal itself undone by 2601.
        settled = call(QStringLiteral("2102"),
                       settlement(psn, QStringLiteral("RX-A"), QStringLiteral("3.20")));
        QCOMPARE(settled.infcode, 0);
        const QString setl2 = settled.output.value(QStringLiteral("setlinfo"))
                                  .toObject()
                                  .value(QStringLiteral("setl_id"))
                                  .toString();
        const QString reversalMsg = nextMsgId(m_clock.now());
        PlatformResponse reversed =
            call(QStringLiteral("2103"),
                 data({{QStringLiteral("setl_id"), setl2}, {QStringLiteral("psn_no"), psn}}),
                 reversalMsg);
        QCOMPARE(reversed.infcode, 0);
        QCOMPARE(reversed.output.value(QStringLiteral("setlinfo"))
                     .toObject()
                     .value(QStringLiteral("acct_pay"))
                     .toString(),
                 QStringLiteral("-0.96"));
        QCOMPARE(balance(psn), start);
        QCOMPARE(call(QStringLiteral("2103"), data({{QStringLiteral("setl_id"), setl2}})).infcode,
                 -1); // twice: refused
        undo = call(QStringLiteral("2601"),
                    data({{QStringLiteral("psn_no"), psn},
                          {QStringLiteral("omsgid"), reversalMsg},
                          {QStringLiteral("oinfno"), QStringLiteral("2103")}}));
        QCOMPARE(undo.output.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("rever_rslt"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(balance(psn), QStringLiteral("1499.04"));
    }

    void aDelistedDrugIsNotCovered()
    {
        QJsonObject s = settlement(QStringLiteral("360100000002"), QStringLiteral("RX-B"),
                                   QStringLiteral("29.80"));
        QJsonArray lines = s.value(QStringLiteral("drugdetail")).toArray();
        QJsonObject line = lines.first().toObject();
        line.insert(QStringLiteral("med_list_codg"),
                    QStringLiteral("XJ01DDA003A006004004004")); // delisted 2025-06-30
        lines.replace(0, line);
        s.insert(QStringLiteral("drugdetail"), lines);
        const PlatformResponse r = call(QStringLiteral("2101"), s);
        QCOMPARE(r.infcode, 0);
        QCOMPARE(r.output.value(QStringLiteral("setlinfo"))
                     .toObject()
                     .value(QStringLiteral("fund_pay_sumamt"))
                     .toString(),
                 QStringLiteral("0.00"));
    }

    void prescriptionReviewAndSaleOut()
    {
        const QString rx = QStringLiteral("RX360100000004");
        PlatformResponse parsed =
            call(QStringLiteral("7201"),
                 data({{QStringLiteral("rx_trace_code"), QStringLiteral("3601RXT0000000000004")}}));
        QCOMPARE(parsed.output.value(QStringLiteral("hi_rxno")).toString(), rx);
        PlatformResponse down =
            call(QStringLiteral("7203"), data({{QStringLiteral("hi_rxno"), rx}}));
        QCOMPARE(down.infcode, 0);
        QCOMPARE(down.output.value(QStringLiteral("rxinfo"))
                     .toObject()
                     .value(QStringLiteral("hi_rxno"))
                     .toString(),
                 rx);
        // A sale-out before an approved review is refused.
        upload::RxSaleUpload sale;
        sale.hiRxNo = rx;
        sale.saleNo = QStringLiteral("XS-9");
        sale.soldAt = m_clock.now();
        QCOMPARE(call(QStringLiteral("7207"), upload::rxSale7207(sale)).infcode, -1);
        upload::ReviewUpload review;
        review.hiRxNo = rx;
        review.pharmacistName = QStringLiteral("李四");
        review.pharmacistCertNo = QStringLiteral("36201801234567");
        review.approved = true;
        review.reviewedAt = m_clock.now();
        PlatformResponse reviewed = call(QStringLiteral("7204"), upload::review7204(review));
        QCOMPARE(reviewed.infcode, 0);
        QVERIFY(!reviewed.output.value(QStringLiteral("rx_chk_biz_sn")).toString().isEmpty());
        QCOMPARE(call(QStringLiteral("7207"), upload::rxSale7207(sale)).infcode, 0);
        PlatformResponse status =
            call(QStringLiteral("7202"), data({{QStringLiteral("hi_rxno"), rx}}));
        QCOMPARE(status.output.value(QStringLiteral("rxinfo"))
                     .toObject()
                     .value(QStringLiteral("rx_chk_stas_codg"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(status.output.value(QStringLiteral("rxinfo"))
                     .toObject()
                     .value(QStringLiteral("rx_used_stas_codg"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(upload::countOnPlatform(QStringLiteral("7207"), upload::rxSale7207(sale),
                                         status.output),
                 1);
        QCOMPARE(call(QStringLiteral("7208"),
                      upload::rxSaleCancel7208(rx, QStringLiteral("XS-9"), QStringLiteral("退货"),
                                               m_clock.now()))
                     .infcode,
                 0);
        status = call(QStringLiteral("7202"), data({{QStringLiteral("hi_rxno"), rx}}));
        QCOMPARE(status.output.value(QStringLiteral("rxinfo"))
                     .toObject()
                     .value(QStringLiteral("rx_used_stas_codg"))
                     .toString(),
                 QStringLiteral("0"));
        // The same prescriptions as the in-process simulator serves.
        const QJsonObject inProcess =
            sync::simulatedPrescriptions(QDateTime::currentDateTime()).at(3).output;
        QCOMPARE(down.output.value(QStringLiteral("rxdrugdetail")),
                 inProcess.value(QStringLiteral("rxdrugdetail")));
    }

    void theEnvelopeIsCheckedLikeTheRealOne()
    {
        // A malformed msgid, and no sign-in, are refused with the platform's words.
        std::optional<Result<PlatformResponse>> r = callSync(
            *m_gateway, PlatformRequest{QStringLiteral("1101"), QStringLiteral("SHORT"), data({})});
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->infcode, -1);
        QVERIFY((*r)->errMsg.contains(QStringLiteral("msgid")));
        m_gateway->setSignNo(QStringLiteral("SN-NOT-ISSUED"));
        QCOMPARE(call(QStringLiteral("1101"), data({})).infcode, -1);
        QCOMPARE(call(QStringLiteral("9001"), signIn().input).infcode, 0);
    }
};

QTEST_GUILESS_MAIN(TestPlatformSim)
#include "tst_platformsim.moc"
