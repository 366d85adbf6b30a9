#pragma once

// The insured settlement wired as the counter wires it (Counter::assembleSettlement): the core's
// SettlementService over the store's own SQLite tables (settlements, platform calls, the ledger,
// the audit trail, the msgid sequence), opened with the store key like every process opens the
// store, and the platform simulator over HTTPS on loopback with the national crypto (SM2 + SM4)
// through the real gateway. Without the window, the camera or the prescription gate: for the
// settlement crash test's worker and the settlement benchmark, which need a process that starts
// in milliseconds and a platform that outlives it.

#include "app/appconfig.h"
#include "app/core/insurance/ledgerinsuredsalerecorder.h"
#include "app/core/insurance/settlementservice.h"
#include "app/core/ports/clock.h"
#include "app/counter.h"
#include "app/openstore.h"
#include "devices/escpos/escposprinter.h"
#include "devices/escpos/tcptransport.h"
#include "devices/threadedprinter.h"
#include "storage/sqlinventoryrepository.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlproductcatalog.h"
#include "storage/sqlsettlementstore.h"
#include "storage/sqlstaffrepositories.h"
#include "storage/sqluploadqueue.h"
#include "sync/httpsplatformgateway.h"
#include "tests/devices/printeronthenetwork.h"
#include "tests/sync/gatewaytesting.h"
#include "tests/sync/simprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <memory>

namespace pos::testing {

/// Times every platform call from call() to its answer (the round trip as the counter sees it:
/// the envelope's signing and sealing, the wire, the platform, the answer's verification).
class TimedGateway final : public PlatformGateway
{
public:
    explicit TimedGateway(PlatformGateway& inner)
        : m_inner(inner)
    {
    }
    void call(const PlatformRequest& request, Callback done) override
    {
        auto t = std::make_shared<QElapsedTimer>();
        t->start();
        m_inner.call(request, [this, t, done = std::move(done)](Result<PlatformResponse> r) {
            m_roundTripNs += t->nsecsElapsed();
            ++m_calls;
            done(std::move(r));
        });
    }
    [[nodiscard]] QString gatewayName() const override { return m_inner.gatewayName(); }
    [[nodiscard]] bool isSimulated() const override { return m_inner.isSimulated(); }
    /// Round trips since the last reset().
    [[nodiscard]] qint64 roundTripNs() const { return m_roundTripNs; }
    [[nodiscard]] int calls() const { return m_calls; }
    void reset()
    {
        m_roundTripNs = 0;
        m_calls = 0;
    }

private:
    PlatformGateway& m_inner;
    qint64 m_roundTripNs = 0;
    int m_calls = 0;
};

class SettlementRig
{
public:
    /// The demo store at `dataDir` (Counter::assemble seeds it when new: catalogue, stock, staff).
    [[nodiscard]] static Status seed(const QString& dataDir)
    {
        Result<app::AppConfig> config = app::AppConfig::load(dataDir, {}, /*demo=*/true);
        if (!config)
            return config.error();
        Result<std::unique_ptr<app::Counter>> c =
            app::Counter::assemble(*config, std::make_unique<SystemClock>());
        if (!c)
            return c.error();
        return {};
    }

    /// Opens the store at `dataDir` (seeded) and links it to the simulator at `simUrl`, whose
    /// data directory `simDir` holds what it issued to the store.
    [[nodiscard]] static Result<std::unique_ptr<SettlementRig>>
    open(const QString& dataDir, const QUrl& simUrl, const QString& simDir)
    {
        std::unique_ptr<SettlementRig> r(new SettlementRig);
        Result<app::AppConfig> config = app::AppConfig::load(dataDir, {}, /*demo=*/true);
        if (!config)
            return config.error();
        Result<std::unique_ptr<app::OpenStore>> store = app::OpenStore::open(*config, r->clock);
        if (!store)
            return store.error();
        r->m_store = std::move(store).value();
        storage::Database& db = r->m_store->database();
        const FieldCipher& cipher = r->m_store->fieldCipher();
        r->catalog = std::make_unique<storage::SqlProductCatalog>(db);
        r->inventory = std::make_unique<storage::SqlInventoryRepository>(db);
        r->m_ledger = std::make_unique<storage::SqlLedgerStore>(db, cipher);
        r->m_recorder = std::make_unique<LedgerInsuredSaleRecorder>(*r->m_ledger);
        r->settlements = std::make_unique<storage::SqlSettlementStore>(db, cipher);
        r->m_audit = std::make_unique<storage::SqlAuditLog>(db);
        r->m_queue = std::make_unique<storage::SqlUploadQueue>(db, testStore().fixmedinsCode);
        storage::SqlUploadQueue* queue = r->m_queue.get();
        Result<std::unique_ptr<sync::HttpsPlatformGateway>> gateway =
            sync::HttpsPlatformGateway::create(
                simProfile(simUrl, simDir, sync::GatewayAuth::Tif, true), testStore(), r->clock,
                [queue](const QDateTime& at) { return queue->nextMsgId(at).value(); });
        if (!gateway)
            return gateway.error();
        r->m_https = std::move(gateway).value();
        r->gateway = std::make_unique<TimedGateway>(*r->m_https);
        // The slip goes where a counter's does: ESC/POS over TCP (GB18030 text, the job's barrier
        // answered before it counts as printed) on the printer's own thread, to a network
        // printer on loopback that answers at once — its paper feed is the device's time.
        r->network = std::make_unique<fakes::PrinterOnTheNetwork>();
        r->printer =
            std::make_unique<devices::ThreadedPrinter>(std::make_unique<devices::EscPosPrinter>(
                std::make_unique<devices::TcpTransport>(QStringLiteral("127.0.0.1"),
                                                        r->network->port),
                devices::EscPosPrinterOptions{}));
        r->service = std::make_unique<SettlementService>(
            *r->gateway, *r->settlements, *r->m_recorder, nullptr, *r->m_audit, r->clock,
            testStore(), [queue](const QDateTime& at) { return queue->nextMsgId(at); },
            [] { return QStringLiteral("zhangsan"); });
        r->service->setDailySignIn(
            QJsonObject{{QStringLiteral("signIn"),
                         QJsonObject{{QStringLiteral("opter_no"), QStringLiteral("0001")},
                                     {QStringLiteral("mac"), QStringLiteral("00-00-00-00-00-00")},
                                     {QStringLiteral("ip"), QStringLiteral("127.0.0.1")}}}});
        r->service->setSlipPrinter(r->printer.get());
        return r;
    }

    /// The demo patient's social-security card (the simulator's insured person).
    [[nodiscard]] static CardCredential card()
    {
        return CardCredential{CredentialType::SocialSecurityCard,
                              QStringLiteral("360102198001011235"), QStringLiteral("CS01011235"),
                              QStringLiteral("赵六")};
    }

    /// A cart of `lines` listed demo products (P00001…, one box each from `first` on, skipping
    /// what is not listed or low on stock), for the prescription `rxNo`; shorter when the
    /// catalogue lacks them.
    [[nodiscard]] CompletedSale cart(const QString& rxNo, int lines, int first = 1) const
    {
        CompletedSale s;
        s.time = clock.now();
        s.terminal = testStore().terminalId;
        s.operatorName = QStringLiteral("张三");
        s.rxNo = rxNo;
        s.payment.method = PaymentMethod::Insurance;
        for (int i = 0; s.lines.size() < lines && i < kDemoProducts; ++i) {
            const int n = (first - 1 + i) % kDemoProducts + 1;
            std::optional<Product> p =
                catalog->findByCode(QStringLiteral("P%1").arg(n, 5, 10, QLatin1Char('0')));
            // Listed, and with sellable stock for many more settlements.
            if (!p || p->insuranceCode.isEmpty()
                || inventory->sellablePieces(p->id, clock.now().date()) < 4 * p->piecesPerBox())
                continue;
            SaleLine l;
            l.product = *p;
            l.quantity = 1;
            l.unitPrice = p->price;
            s.lines << l;
            s.total = s.total + l.amount();
        }
        return s;
    }

    /// Runs the event loop until the service has its answer and the printer its job's (or
    /// `timeoutMs` passed).
    bool waitIdle(int timeoutMs = 30'000) const
    {
        QElapsedTimer t;
        t.start();
        while (service->busy() || service->slipPrinting()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        QCoreApplication::processEvents(); // what the answer queued
        return true;
    }

    /// Resolves every call a crash left unknown (2601, one at a time as the service sends them)
    /// and returns the settled settlements that still want their cash, slip or signature — what
    /// the counter does at start (Counter::assembleSettlement → recover()).
    [[nodiscard]] Result<QList<InsuredSettlementRecord>> recover()
    {
        for (int round = 0; round < 1000; ++round) {
            if (!waitIdle())
                return makeError(ErrorCode::DeviceFailure, QStringLiteral("2601 unanswered"));
            Result<int> left = service->resolveUnresolved();
            if (!left)
                return left.error();
            if (!waitIdle())
                return makeError(ErrorCode::DeviceFailure, QStringLiteral("2601 unanswered"));
            if (*left == 0)
                return service->recover();
        }
        return makeError(ErrorCode::WrongState, QStringLiteral("unresolved calls remain"));
    }

    /// What is left of the current (settled) settlement — cash, slip, signature — from the state
    /// it is in (a resumed one may have taken its cash already), then closes it.
    [[nodiscard]] Status finish()
    {
        if (service->current()->state == SettleState::Settled)
            if (Status s = service->takeCash(service->current()->split.cash); !s)
                return s;
        if (service->current()->state == SettleState::CashTaken) {
            if (Status s = service->printSlip(); !s)
                return s;
            if (!waitIdle())
                return makeError(ErrorCode::DeviceFailure, QStringLiteral("slip not printed"));
        }
        SettlementService::Signature sig;
        sig.png = QByteArrayLiteral("\x89PNG-signature");
        sig.strokes = QByteArrayLiteral("[[{\"x\":1,\"y\":2,\"t\":0}]]");
        sig.method = QStringLiteral("screen");
        if (Status s = service->sign(sig); !s)
            return s;
        service->close();
        return {};
    }

    SystemClock clock;
    static constexpr int kDemoProducts = 240; ///< the demo catalogue's P00001…P00240

private:
    SettlementRig() = default;
    // In the order of use: destroyed in reverse, the service first and the store last.
    std::unique_ptr<app::OpenStore> m_store;

public:
    std::unique_ptr<storage::SqlProductCatalog> catalog;
    std::unique_ptr<storage::SqlInventoryRepository> inventory;
    std::unique_ptr<storage::SqlSettlementStore> settlements;

private:
    std::unique_ptr<storage::SqlLedgerStore> m_ledger;
    std::unique_ptr<LedgerInsuredSaleRecorder> m_recorder;
    std::unique_ptr<storage::SqlAuditLog> m_audit;
    std::unique_ptr<storage::SqlUploadQueue> m_queue;
    std::unique_ptr<sync::HttpsPlatformGateway> m_https;

public:
    std::unique_ptr<TimedGateway> gateway;
    std::unique_ptr<fakes::PrinterOnTheNetwork> network;
    std::unique_ptr<devices::ThreadedPrinter> printer;
    std::unique_ptr<SettlementService> service;
};

} // namespace pos::testing
