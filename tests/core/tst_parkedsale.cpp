// Hold and recall (挂单/取单, issue 19): the cashier parks a cart to serve the next customer and
// recalls it later on the same till. A parked cart comes back under today's rules: today's price
// (said when it changed), a box sold since taken off its line (INV-TRACE), the stock re-checked
// (INV-AVAIL: refused, the cart stays parked); a prescription's cart and an insured sale's
// self-pay rest are never parked; a cart is never recalled onto another customer's cart.
#include "app/core/ports/inventoryrepository.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/fakes/fakes.h"
#include "tests/support/salerig.h"

#include <QSignalSpy>
#include <QTest>

using namespace pos;

namespace {

const QString kBoxA = QStringLiteral("81313760000000000011");
const QString kBoxB = QStringLiteral("81313760000000000012");

/// Sellable pieces per product, as a test sets them (unset: plenty).
class StockOf final : public StockLevels
{
public:
    QList<BatchStock> batchesWithStock(qint64) const override { return {}; }
    qint64 sellablePieces(qint64 productId, const QDate&) const override
    {
        return pieces.value(productId, 100000);
    }
    QList<StockLine> stockOverview() const override { return {}; }
    QList<StockLine> stockPage(const std::optional<StockPageKey>&, int) const override
    {
        return {};
    }
    QList<StockExpiryGroup> stockByExpiry() const override { return {}; }
    bool traceCodeKnown(const QString&) const override { return true; }
    QHash<qint64, qint64> pieces;
};

struct Rig : testsupport::SaleRig
{
    fakes::FakeParkedCartStore parked;
    fakes::FakeTraceCodeRegistry trace;
    StockOf stock;

    Rig()
    {
        workflow.setParkedCarts(&parked);
        workflow.setStockLevels(&stock);
        workflow.setTraceCodes(&trace, UnreceivedTracePolicy::Warn);
        trace.prefixes.insert(QStringLiteral("8131376"), 1);
        trace.receive(kBoxA, 1);
        trace.receive(kBoxB, 1);
    }
    bool scan(const QString& code) { return workflow.scanCode(code).ok(); }
    int audited(AuditAction a) const { return staff.audit.count(a); }
};

template <typename R> QString why(const R& r)
{
    return r.ok() ? QString() : r.error().userText();
}

} // namespace

class TestParkedSale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aParkedCartComesBackAsItWas()
    {
        Rig r;
        QVERIFY(r.scan(kBoxA));
        QVERIFY(r.scan(kBoxB));
        QVERIFY(r.scan(r.gtin(2)));
        QVERIFY(r.workflow.setQuantity(1, 3).ok());
        const quint64 ticket = r.workflow.saleTicket();
        QSignalSpy states(&r.workflow, &SaleWorkflow::saleStateChanged);

        Result<ParkedCart> p = r.workflow.parkSale(QStringLiteral("  穿红衣服的阿姨\n取钱去了 "));
        QVERIFY2(p.ok(), qPrintable(why(p)));
        QCOMPARE(p->note, QStringLiteral("穿红衣服的阿姨 取钱去了"));
        QCOMPARE(p->terminal, r.store.terminalId);
        QCOMPARE(p->parkedBy, QStringLiteral("zhangsan"));
        QCOMPARE(p->total(), Money::fromFen(1580 * 2 + 2250 * 3));
        QVERIFY(p->parkNo.startsWith(QStringLiteral("GD-") + r.store.terminalId));
        // The sale is over: the next customer starts with an empty cart and a new ticket.
        QVERIFY(r.workflow.cart().isEmpty());
        QVERIFY(r.workflow.saleTicket() != ticket);
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QVERIFY(states.contains(QVariantList{QVariant::fromValue(SaleState::Parked)}));
        QCOMPARE(r.audited(AuditAction::SaleParked), 1);
        QCOMPARE(r.parked.carts.size(), 1);

        // The next customer is served and paid in between.
        QVERIFY(r.scan(r.gtin(2)));
        QVERIFY(r.workflow.payCash(Money::fromYuan(50)).ok());

        Result<QList<ParkedCartStore::Entry>> list = r.workflow.parkedCarts();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().cart.describeItems(), QStringLiteral("阿莫西林胶囊 等 2 种"));
        r.clock.advanceMs(12 * 60 * 1000);
        QCOMPARE(list->first().cart.age(r.clock.now()), QStringLiteral("12 分钟"));

        Result<QStringList> back = r.workflow.recallSale(p->parkNo);
        QVERIFY2(back.ok(), qPrintable(why(back)));
        QVERIFY(back->isEmpty()); // nothing changed meanwhile
        QCOMPARE(r.workflow.cart().size(), 2);
        QCOMPARE(r.workflow.cart().lines().at(0).traceCodes, (QStringList{kBoxA, kBoxB}));
        QCOMPARE(r.workflow.cart().lines().at(1).quantity, 3);
        QCOMPARE(r.workflow.cart().total(), p->total());
        QVERIFY(r.parked.carts.isEmpty());
        QCOMPARE(r.audited(AuditAction::SaleRecalled), 1);
        // Recalled once: a second recall of it (another window) finds it gone.
        QVERIFY(r.workflow.voidSale().ok());
        QCOMPARE(r.workflow.recallSale(p->parkNo).error().code, ErrorCode::NotFound);
        QVERIFY(r.workflow.cart().isEmpty());
    }

    void todaysRulesApplyAtRecall()
    {
        Rig r;
        QVERIFY(r.scan(kBoxA));
        QVERIFY(r.scan(r.gtin(2)));
        Result<ParkedCart> p = r.workflow.parkSale({});
        QVERIFY(p.ok());
        // Meanwhile: box A sold at another till, product 2's price raised.
        r.trace.codes[kBoxA].saleNo = QStringLiteral("XS-T02-20261123-0007");
        r.trace.codes[kBoxA].soldAt = r.clock.now();
        Product dearer = fakes::makeProduct(2, QStringLiteral("布洛芬缓释胶囊"), 2400);
        QVERIFY(r.catalog.upsert({dearer}).ok());

        Result<QStringList> back = r.workflow.recallSale(p->parkNo);
        QVERIFY2(back.ok(), qPrintable(why(back)));
        QCOMPARE(back->size(), 2);
        QVERIFY(back->at(0).contains(kBoxA));
        QVERIFY(back->at(0).contains(QStringLiteral("XS-T02-20261123-0007")));
        QVERIFY(back->at(1).contains(QStringLiteral("¥22.50")));
        QVERIFY(back->at(1).contains(QStringLiteral("¥24.00")));
        // The box line waits for a box's code again (INV-TRACE at payment); the price is today's.
        QCOMPARE(r.workflow.cart().lines().at(0).traceCodes, QStringList{});
        QCOMPARE(r.workflow.cart().lines().at(1).unitPrice, Money::fromFen(2400));
    }

    void notEnoughStockKeepsTheCartParked()
    {
        Rig r;
        QVERIFY(r.scan(r.gtin(2)));
        QVERIFY(r.workflow.setQuantity(0, 4).ok());
        Result<ParkedCart> p = r.workflow.parkSale({});
        QVERIFY(p.ok());
        // Three boxes left: sold meanwhile.
        r.stock.pieces.insert(2, 3 * r.catalog.findById(2)->piecesPerBox());
        Result<QStringList> back = r.workflow.recallSale(p->parkNo);
        QVERIFY(!back.ok());
        QCOMPARE(back.error().ruleId, QStringLiteral("INV-AVAIL"));
        QVERIFY(back.error().message.contains(p->parkNo));
        QVERIFY(r.workflow.cart().isEmpty());
        QCOMPARE(r.parked.carts.size(), 1); // still parked: nothing lost
        r.stock.pieces.remove(2);
        QVERIFY(r.workflow.recallSale(p->parkNo).ok());
    }

    void whatIsNotParked()
    {
        Rig r;
        // An empty cart.
        QCOMPARE(r.workflow.parkSale({}).error().code, ErrorCode::InvalidInput);
        // A failed write: the sale stays on the counter as it was.
        QVERIFY(r.scan(r.gtin(1)));
        r.parked.failNext = true;
        Result<ParkedCart> failed = r.workflow.parkSale(QStringLiteral("x"));
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("磁盘已满")));
        QCOMPARE(r.workflow.cart().size(), 1);
        QCOMPARE(r.workflow.saleState(), SaleState::Open);
        QCOMPARE(r.audited(AuditAction::SaleParked), 0);
        // Without a store: refused, named.
        Rig bare;
        bare.workflow.setParkedCarts(nullptr);
        QVERIFY(bare.scan(bare.gtin(1)));
        QCOMPARE(bare.workflow.parkSale({}).error().code, ErrorCode::Configuration);
        // A refused role: an account without Sell (the administrator).
        Rig admin;
        QVERIFY(admin.scan(admin.gtin(1)));
        admin.staff.loginAs(QStringLiteral("admin"));
        QCOMPARE(admin.workflow.parkSale({}).error().code, ErrorCode::PermissionDenied);
    }

    void aCartIsNeverRecalledOntoAnother()
    {
        Rig r;
        QVERIFY(r.scan(r.gtin(1)));
        Result<ParkedCart> p = r.workflow.parkSale({});
        QVERIFY(p.ok());
        QVERIFY(r.scan(r.gtin(2)));
        Result<QStringList> back = r.workflow.recallSale(p->parkNo);
        QCOMPARE(back.error().code, ErrorCode::WrongState);
        QCOMPARE(r.workflow.cart().size(), 1);
        QCOMPARE(r.workflow.cart().lines().at(0).product.id, 2);
        QCOMPARE(r.parked.carts.size(), 1);
    }

    void anotherTillsCartStaysThere()
    {
        Rig r;
        QVERIFY(r.scan(r.gtin(1)));
        Result<ParkedCart> p = r.workflow.parkSale({});
        QVERIFY(p.ok());
        ParkedCart other = *p;
        other.terminal = QStringLiteral("T02");
        other.parkNo = QStringLiteral("GD-T02-1");
        r.parked.carts.insert(other.parkNo, other.toJson());
        QCOMPARE(r.workflow.parkedCarts()->size(), 1); // this till's only
        QCOMPARE(r.workflow.recallSale(other.parkNo).error().code, ErrorCode::RuleViolation);
        QCOMPARE(r.workflow.discardParked(other.parkNo).error().code, ErrorCode::RuleViolation);
        QVERIFY(r.parked.carts.contains(other.parkNo));
    }

    void discardingIsAuditedAndNeedsTheVoidPermission()
    {
        Rig r;
        QVERIFY(r.scan(r.gtin(1)));
        Result<ParkedCart> p = r.workflow.parkSale({});
        QVERIFY(p.ok());
        QVERIFY(r.scan(r.gtin(2)));
        Result<ParkedCart> q = r.workflow.parkSale({});
        QVERIFY(q.ok());
        r.parked.unreadable << q->parkNo; // edited in the file: it does not read back
        Result<QList<ParkedCartStore::Entry>> list = r.workflow.parkedCarts();
        QCOMPARE(list->size(), 2);
        QCOMPARE(r.workflow.recallSale(q->parkNo).error().code, ErrorCode::StorageFailure);

        QVERIFY(r.workflow.discardParked(p->parkNo).ok());
        QVERIFY(r.workflow.discardParked(q->parkNo).ok()); // unreadable: discarded all the same
        QCOMPARE(r.audited(AuditAction::ParkedSaleDiscarded), 2);
        QVERIFY(r.staff.audit.events.last().detail.contains(QStringLiteral("无法读取")));
        QVERIFY(r.parked.carts.isEmpty());
        QCOMPARE(r.workflow.discardParked(p->parkNo).error().code, ErrorCode::NotFound);
    }

    // CTRL-EPHEDRINE: the buyer's ID number is the sale's and ends with it; the recalled cart asks
    // for it again.
    void theEphedrineBuyerIsNotParked()
    {
        Rig r;
        Product ephedrine = fakes::makeProduct(5, QStringLiteral("复方盐酸伪麻黄碱缓释胶囊"), 1580);
        ephedrine.ephedrine = true;
        r.catalog.add(ephedrine);
        QVERIFY(r.scan(ephedrine.gtin));
        QVERIFY(r.workflow.registerEphedrineBuyer(QStringLiteral("11010519491231002X")).ok());
        QVERIFY(!r.workflow.needsBuyerId());
        QSignalSpy notices(&r.workflow, &SaleWorkflow::notice);
        Result<ParkedCart> p = r.workflow.parkSale({});
        QVERIFY(p.ok());
        QVERIFY(!p->toJson().contains("11010519491231002X"));
        QVERIFY(
            notices.last().first().value<Notice>().text.contains(QStringLiteral("CTRL-EPHEDRINE")));
        QVERIFY(r.workflow.recallSale(p->parkNo).ok());
        QVERIFY(r.workflow.needsBuyerId());
    }

    void aStoredCartReadsBackOrSaysWhy()
    {
        ParkedCart p;
        p.parkNo = QStringLiteral("GD-T01-1");
        p.terminal = QStringLiteral("T01");
        p.parkedBy = QStringLiteral("zhangsan");
        p.parkedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 1, 250));
        p.note = QStringLiteral("阿姨");
        p.lines << ParkedLine{
            1, QStringLiteral("阿莫西林胶囊"), SaleUnit::Strip, 2, Money::fromFen(640), {kBoxA}};
        Result<ParkedCart> back = ParkedCart::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), p.toJson());
        QCOMPARE(back->parkedAt, p.parkedAt);
        for (const QByteArray& hostile :
             {QByteArray(), QByteArray("[]"), QByteArray("{\"park_no\":\"x\"}"),
              p.toJson().replace("\"quantity\":2", "\"quantity\":1000"),
              p.toJson().replace("\"strip\"", "\"crate\""),
              p.toJson().replace("\"product_id\":1", "\"product_id\":-1")})
            QCOMPARE(ParkedCart::fromJson(hostile).error().code, ErrorCode::InvalidInput);
        QCOMPARE(p.age(p.parkedAt.addSecs(3 * 3600 + 5 * 60)), QStringLiteral("3 小时 5 分"));
        QCOMPARE(p.age(p.parkedAt.addDays(2)), QStringLiteral("2 天"));
    }
};

QTEST_GUILESS_MAIN(TestParkedSale)
#include "tst_parkedsale.moc"
