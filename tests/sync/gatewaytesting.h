#pragma once

// Helpers for tests that talk to a PlatformGateway: a synchronous call (an event loop, not a
// sleep), unique msgids, and a realistic 3505 record.

#include "app/core/ports/platformgateway.h"
#include "app/core/storeprofile.h"
#include "sync/envelope.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <optional>

namespace pos::testing {

inline StoreProfile testStore()
{
    return StoreProfile{QStringLiteral("测试大药房"),
                        QStringLiteral("P36010200001"),
                        QStringLiteral("T01"),
                        {},
                        {}};
}

/// Unique msgids for one test process.
inline QString nextMsgId(const QDateTime& at)
{
    static int sequence = 0;
    return sync::Envelope::makeMsgId(QStringLiteral("P36010200001"), at, ++sequence);
}

/// Calls and waits (up to `timeoutMs`) for the one answer; counts how often `done` ran.
inline std::optional<Result<PlatformResponse>> callSync(PlatformGateway& g,
                                                        const PlatformRequest& request,
                                                        int* calls = nullptr,
                                                        int timeoutMs = 15'000)
{
    std::optional<Result<PlatformResponse>> out;
    QEventLoop loop;
    g.call(request, [&](Result<PlatformResponse> r) {
        if (calls)
            ++*calls;
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

inline PlatformRequest signIn()
{
    return PlatformRequest{
        QStringLiteral("9001"),
        {},
        QJsonObject{{QStringLiteral("signIn"),
                     QJsonObject{{QStringLiteral("opter_no"), QStringLiteral("0001")},
                                 {QStringLiteral("mac"), QStringLiteral("00:00:00:00:00:00")},
                                 {QStringLiteral("ip"), QStringLiteral("127.0.0.1")}}}}};
}

/// A 3505 sale record as the ledger writes it, `n` making it unique.
inline QJsonObject sale3505(int n, const QString& time = QStringLiteral("2026-11-23 09:30:00"))
{
    const QString sale = QStringLiteral("XS-T01-20261123-%1").arg(n, 4, 10, QLatin1Char('0'));
    return QJsonObject{
        {QStringLiteral("selinfo"),
         QJsonObject{
             {QStringLiteral("med_list_codg"), QStringLiteral("XJ01CAA001B024001001001")},
             {QStringLiteral("fixmedins_hilist_id"), QStringLiteral("P00001")},
             {QStringLiteral("fixmedins_hilist_name"), QStringLiteral("阿莫西林胶囊")},
             {QStringLiteral("fixmedins_bchno"), QString(sale + QStringLiteral("-2510021"))},
             {QStringLiteral("manu_lotnum"), QStringLiteral("2510021")},
             {QStringLiteral("manu_date"), QStringLiteral("2025-10-01")},
             {QStringLiteral("expy_end"), QStringLiteral("2027-09-30")},
             {QStringLiteral("rx_flag"), QStringLiteral("1")},
             {QStringLiteral("trdn_flag"), QStringLiteral("0")},
             {QStringLiteral("finl_trns_pric"), QStringLiteral("12.80")},
             {QStringLiteral("rtal_docno"), sale},
             {QStringLiteral("stoout_no"), sale},
             {QStringLiteral("sel_retn_cnt"), QStringLiteral("24")},
             {QStringLiteral("sel_retn_time"), time},
             {QStringLiteral("sel_retn_opter_name"), QStringLiteral("张三")},
             {QStringLiteral("mdtrt_setl_type"), QStringLiteral("2")},
             {QStringLiteral("drugtracinfo"),
              QJsonArray{
                  QJsonObject{{QStringLiteral("drug_trac_codg"),
                               QStringLiteral("8131376%1").arg(n, 13, 10, QLatin1Char('0'))}}}}}}};
}

} // namespace pos::testing
