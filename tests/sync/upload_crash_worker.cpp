// A small upload worker for the crash test: drains the store's queue at --db to the simulator
// at --sim-url (its data directory --sim-dir tells the credentials), printing one line at each
// point worth being killed at, and exits 0 when the queue is empty. The test SIGKILLs it at
// random lines, hundreds of times, and then lets one run to the end.

#include "app/core/ports/clock.h"
#include "app/core/upload/uploadengine.h"
#include "storage/sqluploadqueue.h"
#include "sync/httpsplatformgateway.h"
#include "tests/sync/gatewaytesting.h"
#include "tests/sync/simprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace pos;

namespace {
void line(const char* what, qint64 id = 0)
{
    std::printf("%s %lld\n", what, static_cast<long long>(id));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption db(QStringLiteral("db"), {}, QStringLiteral("PATH"));
    const QCommandLineOption url(QStringLiteral("sim-url"), {}, QStringLiteral("URL"));
    const QCommandLineOption dir(QStringLiteral("sim-dir"), {}, QStringLiteral("DIR"));
    p.addOptions({db, url, dir});
    p.process(app);
    SystemClock clock;
    auto queue = storage::SqlUploadQueue::open(p.value(db), QStringLiteral("P36010200001"));
    if (!queue)
        return 2;
    sync::PlatformProfile profile =
        testing::simProfile(QUrl(p.value(url)), p.value(dir), sync::GatewayAuth::Tif, true);
    auto gateway = sync::HttpsPlatformGateway::create(
        profile, testing::testStore(), clock,
        [&queue](const QDateTime& at) { return (*queue)->nextMsgId(at).value(); });
    if (!gateway)
        return 2;
    upload::UploadPolicy policy;
    policy.retryMinMs = 10;
    policy.retryMaxMs = 100;
    // Long enough for a request a killed worker left on the wire to be processed first.
    policy.unknownGraceMs = 20;
    upload::UploadEngine engine(**queue, **gateway, clock, policy);
    engine.setObserver([](const upload::UploadEvent& e) {
        switch (e.kind) {
        case upload::UploadEvent::Kind::Accepted: line("accepted", e.recordId); break;
        case upload::UploadEvent::Kind::Rejected: line("rejected", e.recordId); break;
        case upload::UploadEvent::Kind::Unknown: line("unknown", e.recordId); break;
        case upload::UploadEvent::Kind::Resolved: line("resolved", e.recordId); break;
        default: break;
        }
    });
    QTimer timer;
    timer.setSingleShot(true);
    std::function<void()> pump = [&] {
        for (;;) {
            switch (engine.step()) {
            case upload::UploadEngine::Step::Worked: continue;
            case upload::UploadEngine::Step::Busy:
                line("busy");
                QTimer::singleShot(0, [&] {
                    engine.prepareNext(4);
                    line("prepared");
                });
                return;
            case upload::UploadEngine::Step::Idle: QCoreApplication::exit(0); return;
            case upload::UploadEngine::Step::Failed: QCoreApplication::exit(3); return;
            case upload::UploadEngine::Step::Waiting:
                timer.start(int(qMax<qint64>(0, clock.now().msecsTo(engine.nextDue()))));
                return;
            }
        }
    };
    QObject::connect(&timer, &QTimer::timeout, pump);
    engine.setOnSettled([&] { QTimer::singleShot(0, pump); });
    line("start");
    QTimer::singleShot(0, pump);
    return app.exec();
}
