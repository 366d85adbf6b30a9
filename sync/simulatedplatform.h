#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/storeprofile.h"

#include <QHash>
#include <QJsonObject>

namespace pos {
class Clock;
}

namespace pos::sync {

/// An in-process stand-in for the national platform, for demos and tests. It receives the same
/// envelope a real gateway would send, checks it as the platform does (msgid shape, sign_no), and
/// answers the transactions it knows; anything else gets the platform's own kind of refusal.
/// Thread: the caller's; answers are delivered before call() returns.
class SimulatedPlatform final : public PlatformGateway
{
public:
    SimulatedPlatform(StoreProfile store, const Clock& clock);

    void call(const PlatformRequest& request, Callback done) override;
    [[nodiscard]] QString gatewayName() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    /// The envelope bodies received, oldest first.
    [[nodiscard]] const QList<QJsonObject>& received() const { return m_received; }

private:
    [[nodiscard]] QJsonObject answer(const QJsonObject& body);

    StoreProfile m_store;
    const Clock& m_clock;
    int m_sequence = 0;
    QString m_signNo;
    QList<QJsonObject> m_received;
};

} // namespace pos::sync
