#include "app/core/upload/platformquery.h"

#include <QCoreApplication>

namespace pos::upload {

namespace {
/// Translation context "PlatformQuery" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlatformQuery)
};

struct Pager : std::enable_shared_from_this<Pager>
{
    PlatformGateway& gateway;
    QString infno;
    QJsonObject filter;
    int pageSize = 500;
    QJsonArray rows;
    std::function<void(Result<QJsonArray>)> done;

    Pager(PlatformGateway& g, QString i, QJsonObject f, int size,
          std::function<void(Result<QJsonArray>)> d)
        : gateway(g)
        , infno(std::move(i))
        , filter(std::move(f))
        , pageSize(size)
        , done(std::move(d))
    {
    }

    void page(int number)
    {
        QJsonObject data = filter;
        data.insert(QStringLiteral("page_num"), number);
        data.insert(QStringLiteral("page_size"), pageSize);
        auto self = shared_from_this();
        gateway.call(PlatformRequest{infno, {}, QJsonObject{{QStringLiteral("data"), data}}},
                     [self, number](Result<PlatformResponse> r) {
                         if (!r) {
                             self->done(r.error());
                             return;
                         }
                         if (r->infcode != 0) {
                             self->done(makeError(
                                 ErrorCode::DeviceFailure,
                                 Tr::tr("平台查询 %1 被拒：%2").arg(self->infno, r->errMsg)));
                             return;
                         }
                         const QJsonArray data = r->output.value(QStringLiteral("data")).toArray();
                         for (const QJsonValue& v : data)
                             self->rows.append(v);
                         const int pages = r->output.value(QStringLiteral("pages")).toInt(1);
                         if (number < pages && !data.isEmpty())
                             self->page(number + 1);
                         else
                             self->done(self->rows);
                     });
    }
};
} // namespace

void signIn(PlatformGateway& gateway, const QJsonObject& input, std::function<void(Status)> done)
{
    gateway.call(PlatformRequest{QStringLiteral("9001"), {}, input},
                 [done](Result<PlatformResponse> r) {
                     if (!r)
                         done(r.error());
                     else if (r->infcode != 0)
                         done(makeError(ErrorCode::DeviceFailure,
                                        Tr::tr("平台签到被拒：%1").arg(r->errMsg)));
                     else
                         done({});
                 });
}

void fetchAllPages(PlatformGateway& gateway, const QString& infno, const QJsonObject& filter,
                   const QJsonObject& signInInput, int pageSize,
                   std::function<void(Result<QJsonArray>)> done)
{
    auto pager = std::make_shared<Pager>(gateway, infno, filter, pageSize, std::move(done));
    if (signInInput.isEmpty()) {
        pager->page(1);
        return;
    }
    signIn(gateway, signInInput, [pager](Status s) {
        if (!s)
            pager->done(s.error());
        else
            pager->page(1);
    });
}

} // namespace pos::upload
