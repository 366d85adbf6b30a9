// Insured settlement benchmark (issue 17), figures for the README. With the platform simulator on
// loopback (HTTPS, TIF gateway auth, SM2 signature + SM4 on every call), a 10-line settlement from
// the card's credential to the slip printed, through the store's own tables as the counter wires
// them (tests/app/settlementrig.h): 9001 (once a day) → 1101 → 人证相符 → 2101 → 2102 with its
// ledger commit (stock, trace codes, the 3505 record, the audit) → cash → slip encoded (GB18030
// ESC/POS) and sent over TCP by the printer's own thread to a network printer on loopback, counted
// printed when the printer answers the job's barrier, as a real one does once its paper is out.
//  - the counter's own work per settlement: the whole minus the platform's round trips (from the
//    gateway's call to its answer)                                      target ≤ 50 ms median
//  - the whole, card to slip, against the bare reference — the sum of the same round trips
//                                                                       target ≤ 1.2×
// The patient's signing is not timed (it waits for a person).
//
//   build/release/tests/bench/bench_settlement [settlements] [lines]   (default 30 and 10)

#include "tests/app/settlementrig.h"
#include "tests/sync/simfixture.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pos;
using namespace pos::testing;

namespace {

void print(const QString& s)
{
    std::printf("%s\n", s.toUtf8().constData());
    std::fflush(stdout);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString figures(const QList<double>& v, int decimals = 1)
{
    return QStringLiteral("median %1  min %2  max %3")
        .arg(median(v), 0, 'f', decimals)
        .arg(*std::min_element(v.begin(), v.end()), 0, 'f', decimals)
        .arg(*std::max_element(v.begin(), v.end()), 0, 'f', decimals);
}

[[noreturn]] void fail(const QString& what)
{
    print(QStringLiteral("FAILED: ") + what);
    std::exit(1);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the slip is rendered with fonts
    const QStringList a = QCoreApplication::arguments();
    const int runs = a.size() > 1 ? a.at(1).toInt() : 30;
    const int lines = a.size() > 2 ? a.at(2).toInt() : 10;
    constexpr int kWarmUp = 3;

    SimFixture sim;
    if (!sim.start({QStringLiteral("--auth"), QStringLiteral("tif"), QStringLiteral("--crypto"),
                    QStringLiteral("on")}))
        fail(sim.error());
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/store");
    if (Status s = SettlementRig::seed(dir); !s)
        fail(s.error().userText());
    Result<std::unique_ptr<SettlementRig>> opened =
        SettlementRig::open(dir, sim.base(), sim.dataDir());
    if (!opened)
        fail(opened.error().userText());
    SettlementRig& rig = **opened;
    SettlementService& svc = *rig.service;
    print(QStringLiteral("insured settlement, %1 lines, simulator on loopback (TLS, SM2+SM4): %2 "
                         "settlements after %3 warm-up")
              .arg(lines)
              .arg(runs)
              .arg(kWarmUp));

    QList<double> own;
    QList<double> whole;
    QList<double> trips;
    QList<double> ratio;
    const QStringList phaseNames{
        QStringLiteral("1101 person info (9001 once a day)"), QStringLiteral("人证相符 + 2101"),
        QStringLiteral("2102 + ledger commit"), QStringLiteral("cash taken"),
        QStringLiteral("slip encoded, sent, confirmed")};
    QList<QList<double>> phases(phaseNames.size());
    int calls = 0;
    for (int i = 0; i < kWarmUp + runs; ++i) {
        const QString no = QStringLiteral("JS-B%1").arg(i);
        const CompletedSale cart =
            rig.cart(QStringLiteral("RXB%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(i),
                     lines, (i * lines) % SettlementRig::kDemoProducts + 1);
        if (cart.lines.size() != lines)
            fail(QStringLiteral("the demo catalogue has no %1 listed products").arg(lines));
        rig.gateway->reset();
        QElapsedTimer t;
        t.start();
        // The counter's own work so far (elapsed minus round trips), at the end of each phase.
        QList<double> mark{0};
        auto lap = [&] { mark << double(t.nsecsElapsed() - rig.gateway->roundTripNs()) / 1e6; };
        if (Status s = svc.begin(no, SettlementRig::card(), cart); !s)
            fail(s.error().userText());
        if (!rig.waitIdle() || svc.current()->state != SettleState::PersonFound)
            fail(QStringLiteral("1101"));
        lap();
        if (Status s = svc.confirmIdentity(); !s)
            fail(s.error().userText());
        if (Status s = svc.preSettle(); !s)
            fail(s.error().userText());
        if (!rig.waitIdle() || svc.current()->state != SettleState::PreSettled)
            fail(QStringLiteral("2101"));
        lap();
        if (Status s = svc.settle(); !s)
            fail(s.error().userText());
        if (!rig.waitIdle() || svc.current()->state != SettleState::Settled)
            fail(QStringLiteral("2102: ") + settleStateKey(svc.current()->state));
        lap();
        if (Status s = svc.takeCash(svc.current()->split.cash); !s)
            fail(s.error().userText());
        lap();
        if (Status s = svc.printSlip(); !s)
            fail(s.error().userText());
        if (!rig.waitIdle() || svc.current()->state != SettleState::SlipPrinted)
            fail(QStringLiteral("slip"));
        lap();
        const double total = double(t.nsecsElapsed()) / 1e6;
        const double rt = double(rig.gateway->roundTripNs()) / 1e6;
        SettlementService::Signature sig{QByteArrayLiteral("png"), QByteArrayLiteral("[]"),
                                         QStringLiteral("screen")};
        if (Status s = svc.sign(sig); !s)
            fail(s.error().userText());
        svc.close();
        if (i < kWarmUp)
            continue;
        for (qsizetype p = 1; p < mark.size(); ++p)
            phases[p - 1] << mark.at(p) - mark.at(p - 1);
        own << total - rt;
        whole << total;
        trips << rt;
        ratio << total / rt;
        calls = rig.gateway->calls();
    }
    print(
        QStringLiteral("  platform calls per settlement        %1 (1101, 2101, 2102)").arg(calls));
    print(QStringLiteral("  round trips, summed (reference) ms   ") + figures(trips));
    print(QStringLiteral("  card → slip printed, whole      ms   ") + figures(whole));
    print(QStringLiteral("  counter's own work              ms   ") + figures(own)
          + QStringLiteral("   target ≤ 50 median"));
    for (qsizetype p = 0; p < phases.size(); ++p)
        print(QStringLiteral("    own work: %1 ms   ").arg(phaseNames.at(p), -38)
              + figures(phases.at(p)));
    print(QStringLiteral("  whole / round trips                  ") + figures(ratio, 2)
          + QStringLiteral("   target ≤ 1.2"));
    const bool met = median(own) <= 50 && median(ratio) <= 1.2;
    print(met ? QStringLiteral("targets met") : QStringLiteral("TARGET MISSED"));
    return met ? 0 : 2;
}
