// Scenario steps of the store around the counter: the clock and deliveries received.

#include "app/core/inventory/inventoryservice.h"
#include "app/core/ports/clock.h"
#include "app/core/product.h"
#include "app/scenario/steprun.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pos::scenario {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

namespace {

void setClock(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.clock, Tr::tr("可调的时钟")))
        return;
    if (const std::optional<QDateTime> t = timeField(run, arg, QStringLiteral("clock"))) {
        run.t.clock->set(*t);
        run.say(Tr::tr("时钟：%1").arg(t->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
}

void advanceClock(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // {"clock_advance": {"days": 3, "hours": 1, "minutes": 5, "seconds": 1}}
    if (!run.need(run.t.clock, Tr::tr("可调的时钟")))
        return;
    const QJsonObject a = arg.toObject();
    const qint64 seconds = qint64(a.value(QStringLiteral("days")).toDouble()) * 86400
                           + qint64(a.value(QStringLiteral("hours")).toDouble()) * 3600
                           + qint64(a.value(QStringLiteral("minutes")).toDouble()) * 60
                           + qint64(a.value(QStringLiteral("seconds")).toDouble());
    if (seconds <= 0) {
        run.take(makeError(ErrorCode::InvalidInput,
                           Tr::tr("clock_advance 需要正的 days、hours、minutes 或 seconds")));
        return;
    }
    run.t.clock->advanceMs(seconds * 1000);
    run.say(Tr::tr("时钟前进到 %1")
                .arg(run.t.clock->now().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

std::optional<QDate> dateField(StepRun& run, const QJsonObject& o, const QString& key)
{
    const QDate d = QDate::fromString(o.value(key).toString(), Qt::ISODate);
    if (d.isValid())
        return d;
    run.take(makeError(ErrorCode::InvalidInput, Tr::tr("%1 须为日期，如 2026-11-23").arg(key)));
    return std::nullopt;
}

void receive(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // A delivery received by the acting manager, every INV-FIELDS field from the product master
    // unless the line gives it: {"supplier": …, "date": "2026-11-23", "lines": [{"product":
    // "P00001", "batch": "2511001", "production_date": …, "expiry_date": …, "boxes": 2,
    // "price": "12.00", "trace_codes": ["8…", "8…"], "rx_class": "rx|otc_a|otc_b"}]}
    if (!run.need(run.t.inventory, Tr::tr("购进验收")) || !run.need(run.t.clock, Tr::tr("时钟")))
        return;
    const QJsonObject d = arg.toObject();
    PurchaseDocument doc;
    doc.supplier = d.value(QStringLiteral("supplier")).toString();
    doc.purchaseDate =
        d.contains(QStringLiteral("date"))
            ? QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate)
            : run.t.clock->now().date();
    doc.reference = d.value(QStringLiteral("reference")).toString();
    doc.source = QStringLiteral("script");
    const QJsonArray lines = d.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        const std::optional<Product> p =
            productNamed(run, l.value(QStringLiteral("product")).toString());
        const std::optional<QDate> made = dateField(run, l, QStringLiteral("production_date"));
        const std::optional<QDate> expires = dateField(run, l, QStringLiteral("expiry_date"));
        const std::optional<Money> price = moneyField(l.value(QStringLiteral("price")));
        if (!p || !made || !expires)
            return;
        if (!price) {
            run.take(makeError(ErrorCode::InvalidInput, Tr::tr("price 须为金额，如 \"12.00\"")));
            return;
        }
        const auto text = [&l](const char* key, const QString& fallback) {
            const QString k = QString::fromLatin1(key);
            return l.contains(k) ? l.value(k).toString() : fallback;
        };
        PurchaseLine line;
        line.productCode = p->code;
        line.genericName = text("generic_name", p->genericName);
        line.manufacturer = text("manufacturer", p->manufacturer);
        line.dosageForm = text("dosage_form", p->dosageForm);
        line.spec = text("spec", p->spec);
        line.approvalNo = text("approval_no", p->approvalNo);
        line.insuranceCode = text("insurance_code", p->insuranceCode);
        line.batchNo = l.value(QStringLiteral("batch")).toString();
        line.productionDate = *made;
        line.expiryDate = *expires;
        line.boxes = l.value(QStringLiteral("boxes")).toInt();
        line.price = *price;
        for (const QJsonValue& c : l.value(QStringLiteral("trace_codes")).toArray())
            line.traceCodes << c.toString();
        if (l.contains(QStringLiteral("rx_class"))) {
            const std::optional<RxClass> c =
                rxClassFromKey(l.value(QStringLiteral("rx_class")).toString());
            if (!c) {
                run.take(
                    makeError(ErrorCode::InvalidInput, Tr::tr("rx_class 须为 rx、otc_a 或 otc_b")));
                return;
            }
            line.rxClass = c;
        }
        doc.lines << line;
    }
    Result<ReceiveOutcome> done = run.t.inventory->receive(doc);
    if (!done) {
        run.take(done.error());
        return;
    }
    run.say(Tr::tr("购进验收 %1：%2 行").arg(done->docNo).arg(doc.lines.size()));
    for (const QString& w : done->warnings)
        run.say(w);
}

} // namespace

QList<ScenarioStepKind> storeSteps()
{
    return {
        {QStringLiteral("clock"), Tr::tr("\"2026-11-23T09:30:00\"：把时钟拨到此刻"), setClock},
        {QStringLiteral("clock_advance"),
         Tr::tr("{\"days\", \"hours\", \"minutes\", \"seconds\"}：时钟前进"), advanceClock},
        {QStringLiteral("receive"),
         Tr::tr(
             "{\"supplier\", \"date\", \"lines\": [{\"product\", \"batch\", \"production_date\", "
             "\"expiry_date\", \"boxes\", \"price\", \"trace_codes\", \"rx_class\"}]} 店长购进验收"),
         receive},
    };
}

} // namespace pos::scenario
