#include "app/commands.h"

#include "app/core/ports/clock.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/saleworkflow.h"
#include "app/core/scenariorunner.h"
#include "app/counter.h"
#include "storage/sqlproductcatalog.h"
#include "ui/checkoutwidget.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace pos::app {

namespace {

/// Translation context "Commands" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

void out(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

void printReport(const ScenarioReport& report)
{
    for (const StepReport& s : report.steps) {
        out(QStringLiteral("[%1] %2 %3").arg(s.index, 2).arg(s.action, s.passed ? QStringLiteral("ok") : QStringLiteral("FAILED")));
        for (const QString& m : s.messages)
            out(QStringLiteral("      ") + m);
    }
}

int runScenario(Counter& counter, const QJsonObject& scenario, bool json)
{
    ScenarioRunner runner(counter.sale(), counter.scanInjector());
    const ScenarioReport report = runner.run(scenario);
    if (json)
        out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        printReport(report);

    if (!json && counter.sale().lastSale()) {
        // Show the last receipt as the simulated printer rendered it.
        const QString saleNo = counter.sale().lastSale()->saleNo;
        out(QString());
        out(Tr::tr("—— 最后一张小票（%1，模拟打印机输出于 %2）——")
                .arg(saleNo, counter.config().printOutputDir()));
        QFile receipt(counter.lastReceiptText());
        if (receipt.open(QIODevice::ReadOnly))
            out(QString::fromUtf8(receipt.readAll()));
    }
    out(report.passed() ? Tr::tr("结果：全部 %1 步通过").arg(report.steps.size())
                        : Tr::tr("结果：有步骤失败"));
    return report.passed() ? 0 : 1;
}

} // namespace

int runDemo(const AppConfig& config)
{
    Result<std::unique_ptr<Counter>> counter =
        Counter::assemble(config, std::make_unique<SystemClock>());
    if (!counter) {
        err(counter.error().userText());
        return 2;
    }
    Counter& c = **counter;
    out(Tr::tr("PharmaPOS %1 演示（无界面）：%2，%3 种商品，数据目录 %4")
            .arg(QStringLiteral(PHARMAPOS_VERSION), config.store.name)
            .arg(c.catalog().productCount())
            .arg(config.dataDir));
    out(Tr::tr("模拟设备 SIMULATED DEVICES：%1").arg(c.deviceSummary().simulated.join(QStringLiteral("、"))));
    out(QString());
    QFile f(QStringLiteral(":/demo/demo_scenario.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        err(Tr::tr("程序中缺少演示脚本"));
        return 2;
    }
    Result<QJsonObject> scenario = ScenarioRunner::parse(f.readAll());
    if (!scenario) {
        err(scenario.error().userText());
        return 2;
    }
    return runScenario(c, *scenario, false);
}

int runScript(const AppConfig& config, const QString& file, bool json)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err(Tr::tr("无法读取脚本 %1").arg(file));
        return 2;
    }
    Result<QJsonObject> scenario = ScenarioRunner::parse(f.readAll());
    if (!scenario) {
        err(Tr::tr("%1：%2").arg(file, scenario.error().userText()));
        return 2;
    }
    std::unique_ptr<Clock> clock;
    const QString at = scenario->value(QStringLiteral("clock")).toString();
    if (!at.isEmpty()) {
        const QDateTime t = QDateTime::fromString(at, Qt::ISODate);
        if (!t.isValid()) {
            err(Tr::tr("%1：clock “%2”不是 ISO 时间（如 2026-11-23T09:30:00）").arg(file, at));
            return 2;
        }
        clock = std::make_unique<ManualClock>(t);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    Result<std::unique_ptr<Counter>> counter = Counter::assemble(config, std::move(clock));
    if (!counter) {
        err(counter.error().userText());
        return 2;
    }
    return runScenario(**counter, *scenario, json);
}

int runGui(const AppConfig& config, bool quitWhenReady)
{
    QElapsedTimer sinceAssemble;
    sinceAssemble.start();
    Result<std::unique_ptr<Counter>> counter =
        Counter::assemble(config, std::make_unique<SystemClock>());
    if (!counter) {
        err(counter.error().userText());
        if (!quitWhenReady)
            QMessageBox::critical(nullptr, Tr::tr("PharmaPOS 无法启动"), counter.error().userText());
        return 2;
    }
    Counter& c = **counter;
    ui::MainWindow window(config.store, c.sale(), c.printer(), c.deviceSummary());
    if (ScanInjector* injector = c.scanInjector())
        window.addScannerSimulator(*injector, c.sampleCodes(30));
    window.show();
    if (c.catalog().productCount() == 0)
        window.checkout()->showNotice(Notice{Notice::Level::Warning,
                                             Tr::tr("商品目录为空：请由店长导入商品（演示请用 --demo 启动）")});
    if (quitWhenReady) {
        QTimer::singleShot(0, &window, [&] {
            out(QStringLiteral("ready-ms %1").arg(sinceAssemble.elapsed()));
            QCoreApplication::quit();
        });
    }
    return QCoreApplication::exec();
}

} // namespace pos::app
