#include "app/core/rx/prescriptiondownload.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/rxrules.h"
#include "sync/simulatedplatform.h"
#include "tests/core/rxtestdata.h"

#include <QJsonArray>
#include <QTest>

using namespace pos;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));

/// The simulated platform's output for `rxNo`, anchored at kNow.
QJsonObject simulated(const QString& rxNo)
{
    for (const sync::SimulatedPrescription& rx : sync::simulatedPrescriptions(kNow))
        if (rx.rxNo == rxNo)
            return rx.output;
    return {};
}

/// A gateway that never gets a definite answer (timeout).
class SilentGateway final : public PlatformGateway
{
public:
    void call(const PlatformRequest&, Callback done) override
    {
        done(makeError(ErrorCode::DeviceFailure, QStringLiteral("平台超时")));
    }
    [[nodiscard]] QString gatewayName() const override { return QStringLiteral("silent"); }
    [[nodiscard]] bool isSimulated() const override { return true; }
};

struct Rig
{
    ManualClock clock{kNow};
    fakes::StaffFixture staff{clock};
    fakes::FakePrescriptionRepository repo;
    ReviewService reviews{repo, staff.access, staff.duty, staff.audit, clock};
    sync::SimulatedPlatform platform{StoreProfile{QStringLiteral("测试药房"),
                                                  QStringLiteral("P36010200001"),
                                                  QStringLiteral("T01"),
                                                  {},
                                                  {}},
                                     clock};
    PrescriptionDownloader downloader{platform, reviews};

    Rig()
    {
        staff.loginAs(QStringLiteral("zhangsan"));
        platform.call(PlatformRequest{QStringLiteral("9001"), {}, {}},
                      [](Result<PlatformResponse>) {});
    }
    Result<Prescription> download(const QString& token)
    {
        std::optional<Result<Prescription>> out;
        downloader.download(token, [&out](Result<Prescription> r) { out = std::move(r); });
        if (!out)
            return makeError(ErrorCode::WrongState, QStringLiteral("callback not run"));
        return *out;
    }
};

} // namespace

class TestPrescriptionDownload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Source: the simulated platform's demo prescriptions (sync/simulatedprescriptions.cpp), drugs
    // from app/demo/demo_catalog.tsv.
    void parsesTheSimulatedPrescriptions_data()
    {
        QTest::addColumn<QString>("rxNo");
        QTest::addColumn<int>("itemType");
        QTest::addColumn<bool>("longTerm");
        QTest::addColumn<int>("insurance");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("firstCode");
        QTest::addColumn<int>("firstQuantity");
        QTest::addColumn<qint64>("issuedSecondsAgo");
        QTest::newRow("valid pooled-fund Western")
            << QStringLiteral("RX360100000001") << 11 << false << int(InsuranceType::Employee) << 2
            << QStringLiteral("XC08CAA076A028071062085") << 1 << qint64(7200);
        QTest::newRow("RX-VALID-3D expired")
            << QStringLiteral("RX360100000002") << 11 << false << int(InsuranceType::Employee) << 1
            << QStringLiteral("XC08CAA076A028071062085") << 1 << qint64(73 * 3600);
        QTest::newRow("RX-TCM-SEPARATE mixed")
            << QStringLiteral("RX360100000003") << 11 << false << int(InsuranceType::Resident) << 3
            << QStringLiteral("XC10AAA084A028082070097") << 1 << qint64(3600);
        QTest::newRow("RX-LONG-12W six weeks")
            << QStringLiteral("RX360100000004") << 11 << true << int(InsuranceType::Resident) << 1
            << QStringLiteral("XC09CAA077A028073064087") << 2 << qint64(3 * 3600);
        QTest::newRow("RX-NO-PEDIATRIC-EMP")
            << QStringLiteral("RX360100000005") << 12 << false << int(InsuranceType::Employee) << 1
            << QStringLiteral("ZA01BAA157C006143109176") << 1 << qint64(3600);
    }

    void parsesTheSimulatedPrescriptions()
    {
        QFETCH(QString, rxNo);
        QFETCH(int, itemType);
        QFETCH(bool, longTerm);
        QFETCH(int, insurance);
        QFETCH(int, lines);
        QFETCH(QString, firstCode);
        QFETCH(int, firstQuantity);
        QFETCH(qint64, issuedSecondsAgo);
        const Result<Prescription> rx = rx::prescriptionFromDownload(simulated(rxNo));
        QVERIFY2(rx.ok(), qPrintable(rx.ok() ? QString() : rx.error().message));
        QCOMPARE(rx->rxNo, rxNo);
        QCOMPARE(int(rx->itemType), itemType);
        QCOMPARE(rx->attribute, RxAttribute::PooledFund);
        QCOMPARE(rx->longTerm, longTerm);
        QCOMPARE(int(rx->patient.insuranceType), insurance);
        QCOMPARE(rx->lines.size(), lines);
        QCOMPARE(rx->lines.first().insuranceCode, firstCode);
        QCOMPARE(rx->lines.first().quantity, firstQuantity);
        QCOMPARE(rx->issueTime.secsTo(kNow), issuedSecondsAgo);
        QCOMPARE(rx->validDays, 3);
        QCOMPARE(rx->status, RxStatus::Valid);
        QCOMPARE(rx->source, RxSource::Download);
        QVERIFY(rx->originalFile.startsWith("%PDF-1.4"));
        QCOMPARE(rx->originalMime, QStringLiteral("application/pdf"));
        QVERIFY(!rx->diagnosisCode.isEmpty());
        QVERIFY(!rx->prescriberName.isEmpty());
        QVERIFY(!rx->institutionCode.isEmpty());
        QVERIFY(validatePrescription(*rx).ok());
        if (longTerm) {
            QCOMPARE(rx->coveredDays, 42);
            QVERIFY(rx::needsLongTermConfirmation(*rx));
        }
    }

    void expiredIsRefusedByTheClock()
    {
        const Result<Prescription> expired =
            rx::prescriptionFromDownload(simulated(QStringLiteral("RX360100000002")));
        QVERIFY(expired.ok());
        const Status s = rx::checkValidity(*expired, kNow);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().ruleId, QStringLiteral("RX-VALID-3D"));
        const Result<Prescription> valid =
            rx::prescriptionFromDownload(simulated(QStringLiteral("RX360100000001")));
        QVERIFY(rx::checkValidity(*valid, kNow).ok());
    }

    // Each row breaks one field of a valid download; the refusal names it.
    void refusesMalformedOutput_data()
    {
        QTest::addColumn<QString>("node"); // "" = output itself, "rxinfo", "patient", "drug0"
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
        QTest::addColumn<QString>("named");
        QTest::newRow("no number") << QStringLiteral("rxinfo") << QStringLiteral("hi_rxno")
                                   << QJsonValue() << QStringLiteral("hi_rxno");
        QTest::newRow("bad issue time")
            << QStringLiteral("rxinfo") << QStringLiteral("prsc_time")
            << QJsonValue(QStringLiteral("2026/11/20")) << QStringLiteral("prsc_time");
        QTest::newRow("valid days zero") << QStringLiteral("rxinfo") << QStringLiteral("valid_days")
                                         << QJsonValue(0) << QStringLiteral("valid_days");
        QTest::newRow("end time not issue + days")
            << QStringLiteral("rxinfo") << QStringLiteral("valid_end_time")
            << QJsonValue(QStringLiteral("2026-12-31 00:00:00"))
            << QStringLiteral("valid_end_time");
        QTest::newRow("unknown attribute")
            << QStringLiteral("rxinfo") << QStringLiteral("rxExraAttrCode")
            << QJsonValue(QStringLiteral("09")) << QStringLiteral("rxExraAttrCode");
        QTest::newRow("unknown item type")
            << QStringLiteral("rxinfo") << QStringLiteral("rxItemTypeCode") << QJsonValue(14)
            << QStringLiteral("rxItemTypeCode");
        QTest::newRow("unknown status")
            << QStringLiteral("rxinfo") << QStringLiteral("rxStasCodg")
            << QJsonValue(QStringLiteral("x")) << QStringLiteral("rxStasCodg");
        QTest::newRow("no drugs") << QString() << QStringLiteral("rxdrugdetail")
                                  << QJsonValue(QJsonArray()) << QStringLiteral("rxdrugdetail");
        QTest::newRow("drug without code")
            << QStringLiteral("drug0") << QStringLiteral("med_list_codg") << QJsonValue()
            << QStringLiteral("rxdrugdetail[0].med_list_codg");
        QTest::newRow("drug count zero")
            << QStringLiteral("drug0") << QStringLiteral("drug_cnt")
            << QJsonValue(QStringLiteral("0")) << QStringLiteral("rxdrugdetail[0].drug_cnt");
        QTest::newRow("unknown insurance type")
            << QStringLiteral("patient") << QStringLiteral("insutype")
            << QJsonValue(QStringLiteral("999")) << QStringLiteral("insutype");
    }

    void refusesMalformedOutput()
    {
        QFETCH(QString, node);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject out = simulated(QStringLiteral("RX360100000001"));
        const auto edit = [&](QJsonObject& o) {
            if (value.isUndefined() || value.isNull())
                o.remove(key);
            else
                o.insert(key, value);
        };
        if (node.isEmpty()) {
            edit(out);
        } else if (node == QStringLiteral("drug0")) {
            QJsonArray drugs = out.value(QStringLiteral("rxdrugdetail")).toArray();
            QJsonObject d = drugs.at(0).toObject();
            edit(d);
            drugs[0] = d;
            out.insert(QStringLiteral("rxdrugdetail"), drugs);
        } else {
            QJsonObject o = out.value(node).toObject();
            edit(o);
            out.insert(node, o);
        }
        const Result<Prescription> rx = rx::prescriptionFromDownload(out);
        QVERIFY(!rx.ok());
        QCOMPARE(rx.error().code, ErrorCode::InvalidInput);
        QVERIFY2(rx.error().message.contains(named), qPrintable(rx.error().message));
    }

    void codesMayArriveAsNumbers()
    {
        QJsonObject out = simulated(QStringLiteral("RX360100000004"));
        QJsonObject info = out.value(QStringLiteral("rxinfo")).toObject();
        info.insert(QStringLiteral("rxExraAttrCode"), 1);
        info.insert(QStringLiteral("rxItemTypeCode"), 12);
        info.insert(QStringLiteral("longRxFlag"), 0);
        out.insert(QStringLiteral("rxinfo"), info);
        const Result<Prescription> rx = rx::prescriptionFromDownload(out);
        QVERIFY(rx.ok());
        QCOMPARE(rx->attribute, RxAttribute::DualChannel);
        QCOMPARE(rx->itemType, RxItemType::ChinesePatent);
        QVERIFY(!rx->longTerm);
    }

    void downloadsIntoTheReviewQueue_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("by number") << QStringLiteral("RX360100000001");
        QTest::newRow("by trace code") << QStringLiteral("3601RXT0000000000001");
    }

    void downloadsIntoTheReviewQueue()
    {
        QFETCH(QString, token);
        Rig r;
        const Result<Prescription> rx = r.download(token);
        QVERIFY2(rx.ok(), qPrintable(rx.ok() ? QString() : rx.error().message));
        QCOMPARE(rx->rxNo, QStringLiteral("RX360100000001"));
        QCOMPARE(r.reviews.queue().size(), 1);
        QCOMPARE(r.repo.find(rx->rxNo)->contentHash(), rx->contentHash());
        QCOMPARE(r.platform.received().last().value(QStringLiteral("infno")).toString(),
                 QStringLiteral("7203"));

        // A later download of the same prescription has the same content: no second review.
        r.clock.advanceMs(600 * 1000);
        const Result<Prescription> again = r.download(token);
        QVERIFY(again.ok());
        QCOMPARE(again->contentHash(), rx->contentHash());
        QCOMPARE(r.reviews.queue().size(), 1);
    }

    void unknownOrFailedDownloadChangesNothing()
    {
        Rig r;
        const Result<Prescription> unknown = r.download(QStringLiteral("RX-NOT-THERE"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("RX-NOT-THERE")));
        QVERIFY(!r.download(QStringLiteral("  ")).ok());

        SilentGateway silent;
        PrescriptionDownloader downloader(silent, r.reviews);
        std::optional<Result<Prescription>> out;
        downloader.download(QStringLiteral("RX360100000001"),
                            [&out](Result<Prescription> x) { out = std::move(x); });
        QVERIFY(out.has_value());
        QCOMPARE(out->error().code, ErrorCode::DeviceFailure);
        QVERIFY(r.reviews.queue().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrescriptionDownload)
#include "tst_prescriptiondownload.moc"
