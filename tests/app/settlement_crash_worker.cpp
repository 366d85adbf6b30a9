// The counter's insured settlements for the crash test (SETTLE-ONCE): opens the store at
// --data-dir as the counter does, recovers what an earlier (killed) run left — 2601 for every
// unknown 2102/2103, then the cash, slip and signature of every settled settlement still open —
// and settles --settlements more carts through 1101 → 2101 → 2102 → cash → slip → signature with
// the simulator at --sim-url, refunding (2103) the second of every three. It prints one line at each point worth
// being killed at. The test SIGKILLs it at random lines and random moments, hundreds of times.
//   settlement_crash_worker --data-dir D --sim-url U --sim-dir S [--settlements N] [--seed]
// Exit: 0 done, 2 set-up failed, 3 a step failed that must not.

#include "tests/app/settlementrig.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QGuiApplication>

#include <cstdio>

using namespace pos;
using namespace pos::testing;

namespace {

void line(const char* what, const QString& detail = {})
{
    std::printf("%s %s\n", what, detail.toUtf8().constData());
    std::fflush(stdout);
}

int failed(const char* step, const Error& e)
{
    std::fprintf(stderr, "%s: %s\n", step, e.userText().toUtf8().constData());
    return 3;
}

} // namespace

int main(int argc, char** argv)
{
    // The slip is rendered as the printer prints it (fonts): a GUI application, off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption dir(QStringLiteral("data-dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption url(QStringLiteral("sim-url"), {}, QStringLiteral("URL"));
    const QCommandLineOption simDir(QStringLiteral("sim-dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption count(QStringLiteral("settlements"), {}, QStringLiteral("N"),
                                   QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"));
    p.addOptions({dir, url, simDir, count, seed});
    p.process(app);
    if (p.isSet(seed)) {
        Status s = SettlementRig::seed(p.value(dir));
        return s ? 0 : failed("seed", s.error());
    }
    Result<std::unique_ptr<SettlementRig>> opened =
        SettlementRig::open(p.value(dir), QUrl(p.value(url)), p.value(simDir));
    if (!opened)
        return failed("open", opened.error()) - 1;
    SettlementRig& rig = **opened;
    SettlementService& svc = *rig.service;
    // What the cashier would read, on stderr: the test shows it when this process fails.
    QObject::connect(&svc, &SettlementService::notice, [](const Notice& n) {
        std::fprintf(stderr, "notice: %s\n", n.text.toUtf8().constData());
    });
    line("start");

    // What the counter does at start.
    Result<QList<InsuredSettlementRecord>> left = rig.recover();
    if (!left)
        return failed("recover", left.error());
    line("recovered", QString::number(left->size()));
    for (const InsuredSettlementRecord& r : *left) {
        if (Status s = svc.resume(r.settlementNo); !s)
            return failed("resume", s.error());
        if (Status s = rig.finish(); !s)
            return failed("finish resumed", s.error());
        line("finished", r.settlementNo);
    }

    const int settlements = p.value(count).toInt();
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < settlements; ++i) {
        const QString no = QStringLiteral("JS-K%1-%2").arg(run).arg(i);
        const CompletedSale cart =
            rig.cart(QStringLiteral("RXK%1-%2").arg(run).arg(i), 2, i * 2 + 1);
        if (Status s = svc.begin(no, SettlementRig::card(), cart); !s)
            return failed("begin", s.error());
        line("begun", no);
        if (!rig.waitIdle() || svc.current()->state != SettleState::PersonFound)
            return failed("1101", makeError(ErrorCode::WrongState, no));
        if (Status s = svc.confirmIdentity(); !s)
            return failed("identity", s.error());
        if (Status s = svc.preSettle(); !s)
            return failed("2101", s.error());
        line("presettling", no);
        if (!rig.waitIdle() || svc.current()->state != SettleState::PreSettled)
            return failed("2101 answer", makeError(ErrorCode::WrongState, no));
        if (Status s = svc.settle(); !s)
            return failed("2102", s.error());
        line("settling", no);
        if (!rig.waitIdle())
            return failed("2102 answer", makeError(ErrorCode::WrongState, no));
        if (svc.current()->state != SettleState::Settled) {
            // No definite answer (the simulator has no faults here, so: never) — resolved first.
            line("unsettled", settleStateKey(svc.current()->state));
            continue;
        }
        line("settled", no);
        if (Status s = rig.finish(); !s)
            return failed("finish", s.error());
        line("signed", no);
        if (i % 3 == 1) {
            if (Status s = svc.refund(no, QStringLiteral("患者退药（崩溃测试）")); !s)
                return failed("2103", s.error());
            line("refunding", no);
            if (!rig.waitIdle())
                return failed("2103 answer", makeError(ErrorCode::WrongState, no));
            line("refunded", no);
        }
    }
    line("done");
    return 0;
}
