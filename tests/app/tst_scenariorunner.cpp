#include "app/core/ports/clock.h"
#include "app/core/ports/scanner.h"
#include "app/core/sale/saleworkflow.h"
#include "app/scenario/scenariorunner.h"
#include "tests/fakes/fakes.h"
#include "tests/support/salerig.h"

#include <QSet>
#include <QTest>

using namespace pos;

namespace {

/// An injector that delivers straight to the workflow, as the simulated scanner does.
class DirectInjector final : public ScanInjector
{
public:
    explicit DirectInjector(SaleWorkflow& w)
        : m_w(w)
    {
    }
    void inject(const QByteArray& payload, const QString& symbology) override
    {
        injected << QString::fromUtf8(payload);
        m_w.onScanned(ScanEvent{payload, symbology, QStringLiteral("test"), {}});
    }
    QStringList injected;

private:
    SaleWorkflow& m_w;
};

using Rig = testsupport::SaleRig;

QJsonObject parsed(const char* json)
{
    Result<QJsonObject> r = ScenarioRunner::parse(QByteArray(json));
    if (!r)
        qFatal("test scenario does not parse: %s", qPrintable(r.error().message));
    return *r;
}

} // namespace

class TestScenarioRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSalePasses()
    {
        Rig r;
        DirectInjector injector(r.workflow);
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, &injector, &r.staff.session, &r.staff.duty});
        const ScenarioReport report = runner.run(parsed(R"({"name":"t","steps":[
            {"scan":"P00001"}, {"scan":"P00002"}, {"scan":"P00001"},
            {"expect":{"lines":2,"total":"54.10"}},
            {"quantity":{"line":2,"qty":2}},
            {"expect":{"total":"76.60"}},
            {"remove":1},
            {"expect":{"lines":1,"total":"45.00"}},
            {"scan":"0000", "expect_error":"NotFound"},
            {"pay":{"cash":"50"}},
            {"expect":{"lines":0,"change":"5.00","sale_total":"45.00"}},
            {"print":"reprint"}
        ]})"));
        for (const StepReport& s : report.steps)
            QVERIFY2(s.passed, qPrintable(QString::number(s.index) + u' ' + s.messages.join(u'|')));
        QVERIFY(report.passed());
        QCOMPARE(injector.injected.size(), 4); // every scan went through the scanner port
        QCOMPARE(r.sales.sales.size(), 1);
        QCOMPARE(r.printer.documents.size(), 2);
        QVERIFY(r.printer.documents.at(1).reprint);
    }

    void wrongExpectationFails()
    {
        Rig r;
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        const ScenarioReport report = runner.run(parsed(R"({"steps":[
            {"scan":"P00001"}, {"expect":{"total":"99.99"}}, {"scan":"P00002"}]})"));
        QVERIFY(!report.passed());
        QVERIFY(!report.steps.at(1).passed);
        QVERIFY(report.steps.at(1).messages.join(u' ').contains(QStringLiteral("15.80")));
        QVERIFY(report.steps.at(2).passed); // the run goes on so the report is complete
        QCOMPARE(r.workflow.cart().size(), 2);
    }

    void unexpectedErrorFails()
    {
        Rig r;
        DirectInjector injector(r.workflow);
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, &injector, &r.staff.session, &r.staff.duty});
        QVERIFY(!runner.run(parsed(R"({"steps":[{"scan":"nope"}]})")).passed());
    }

    void expectedErrorThatDoesNotHappenFails()
    {
        Rig r;
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        QVERIFY(!runner.run(parsed(R"({"steps":[{"scan":"P00001","expect_error":"NotFound"}]})"))
                     .passed());
    }

    void wrongErrorKindFails()
    {
        Rig r;
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        QVERIFY(
            !runner.run(parsed(R"({"steps":[{"pay":{"cash":"1"}, "expect_error":"NotFound"}]})"))
                 .passed());
        QVERIFY(
            runner.run(parsed(R"({"steps":[{"pay":{"cash":"1"}, "expect_error":"WrongState"}]})"))
                .passed());
    }

    void unknownStepFails()
    {
        Rig r;
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        const ScenarioReport report = runner.run(parsed(R"({"steps":[{"dance":true}]})"));
        QVERIFY(!report.passed());
        QCOMPARE(report.toJson().value(QStringLiteral("passed")).toBool(), false);
    }

    void parseErrorsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("scan 123");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no steps") << QByteArray(R"({"name":"x"})");
        QTest::newRow("steps not array") << QByteArray(R"({"steps":{}})");
    }
    void parseErrorsSayWhy()
    {
        QFETCH(QByteArray, json);
        Result<QJsonObject> r = ScenarioRunner::parse(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
    }

    void staffSteps()
    {
        Rig r;
        r.staff.session.logout();
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        const ScenarioReport report =
            runner.run(parsed(R"({"user":"zhangsan","password":"pass1234","steps":[
            {"expect":{"acting_user":"zhangsan","pharmacist_on_duty":false}},
            {"clock_in":true, "expect_error":"PermissionDenied"},
            {"step_in":{"user":"lisi","password":"pass1234"}},
            {"clock_in":true},
            {"step_out":true},
            {"expect":{"acting_user":"zhangsan","pharmacist_on_duty":true}},
            {"scan":"P00001"},
            {"lock":true},
            {"scan":"P00002", "expect_error":"PermissionDenied"},
            {"unlock":"nope", "expect_error":"PermissionDenied"},
            {"unlock":"pass1234"},
            {"expect":{"lines":1}},
            {"logout":true},
            {"expect":{"acting_user":""}},
            {"login":{"user":"zhangsan","password":"bad"}, "expect_error":"PermissionDenied"}
        ]})"));
        for (const StepReport& s : report.steps)
            QVERIFY2(s.passed, qPrintable(QString::number(s.index) + u' ' + s.messages.join(u'|')));
        QVERIFY(report.passed());
    }

    // A new step is one entry in the table: names are unique and each says what it does.
    void stepTableIsOneEntryPerKind()
    {
        QSet<QString> names;
        for (const ScenarioStepKind& k : scenarioSteps()) {
            QVERIFY2(!names.contains(k.name), qPrintable(k.name));
            names.insert(k.name);
            QVERIFY2(!k.help.isEmpty(), qPrintable(k.name));
            QVERIFY(k.run);
        }
        for (const char* kind :
             {"scan", "pay", "void", "step_in", "clock", "clock_advance", "receive", "add_user",
              "scan_voucher", "platform_rx", "rx_paper", "rx_check", "card_read", "expect"})
            QVERIFY2(names.contains(QString::fromLatin1(kind)), kind);
    }

    void aStepNamesExactlyOneKind()
    {
        Rig r;
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        const ScenarioReport two =
            runner.run(parsed("{\"steps\":[{\"scan\":\"P00001\",\"void\":true}]}"));
        QVERIFY(!two.passed());
        QVERIFY(two.steps.at(0).messages.join(u' ').contains(QStringLiteral("一个动作")));
        QCOMPARE(r.workflow.cart().size(), 0); // nothing carried out
        // Modifiers ("comment", "symbology", "expect_error") are not kinds.
        QVERIFY(runner
                    .run(parsed("{\"steps\":[{\"comment\":\"x\",\"scan\":\"P00001\","
                                "\"symbology\":\"]E0\"}]}"))
                    .passed());
    }

    // A step that needs a part the environment lacks fails saying so, instead of passing.
    void missingTargetFailsTheStep()
    {
        Rig r;
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        const ScenarioReport report =
            runner.run(parsed(R"({"steps":[{"clock":"2026-11-23T10:00:00"}]})"));
        QVERIFY(!report.passed());
        QVERIFY(report.steps.at(0).messages.join(u' ').contains(QStringLiteral("时钟")));
    }

    void emptyScenarioDoesNotPass()
    {
        Rig r;
        ScenarioRunner runner(
            ScenarioTargets{&r.workflow, nullptr, &r.staff.session, &r.staff.duty});
        QVERIFY(!runner.run(parsed(R"({"steps":[]})")).passed());
    }
};

QTEST_GUILESS_MAIN(TestScenarioRunner)
#include "tst_scenariorunner.moc"
