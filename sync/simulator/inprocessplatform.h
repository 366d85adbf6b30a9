#pragma once

#include "app/core/ports/platformgateway.h"
#include "sync/simulator/simplatform.h"

#include <QObject>

#include <memory>

namespace pos::sim {

/// The simulated national platform inside the counter's own process: the same business side as
/// pharmapos-platform-sim (SimPlatform — persons, accounts, settlements, 2601, 3201/3202 — over its
/// own SQLite file, idempotent by msgid), without the HTTPS transport. For a demo store with no
/// platform link and for tests that drive the whole counter.
///
/// Answers arrive from the event loop, never inside call(), as a network's would; a request
/// without a msgid gets one. Faults are injected per call, so every way an answer can go missing
/// can be tried at the counter: Unreachable (nothing reaches the platform: an error, nothing
/// processed) and LoseAnswer (the platform processes it, the answer is lost: an error — exactly
/// the case SETTLE-ONCE's 2601 exists for).
/// Thread: the one that opened it.
class InProcessPlatform final : public QObject, public PlatformGateway
{
    Q_OBJECT
public:
    enum class Fault
    {
        None = 1,
        Unreachable,
        LoseAnswer,
    };

    /// Opens (and at the first time seeds) the platform's store at `path`.
    [[nodiscard]] static Result<std::unique_ptr<InProcessPlatform>>
    open(const QString& path, const Clock& clock, QObject* parent = nullptr);
    ~InProcessPlatform() override;

    void call(const PlatformRequest& request, Callback done) override;
    [[nodiscard]] QString gatewayName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    /// The next `count` calls (of `infno` only, when given) meet `fault`.
    void injectFault(Fault fault, int count = 1, const QString& infno = {});
    [[nodiscard]] SimPlatform& platform() { return *m_platform; }
    /// Calls answered or failed so far, by infno.
    [[nodiscard]] int count(const QString& infno) const { return m_counts.value(infno); }

private:
    InProcessPlatform(std::unique_ptr<SimPlatform> platform, const Clock& clock, QObject* parent);
    [[nodiscard]] Fault takeFault(const QString& infno);

    std::unique_ptr<SimPlatform> m_platform;
    const Clock& m_clock;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    QString m_faultInfno;
    QString m_signNo;
    int m_sequence = 0;
    QHash<QString, int> m_counts;
};

} // namespace pos::sim
