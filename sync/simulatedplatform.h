#pragma once

#include "app/core/ports/platformgateway.h"
#include "app/core/storeprofile.h"
#include "sync/simulatedprescriptions.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace pos {
class Clock;
}

namespace pos::sync {

/// An in-process stand-in for the national platform, for demos and tests. It receives the same
/// envelope a real gateway would send, checks it as the platform does (msgid shape, sign_no), and
/// answers the transactions it knows: 9001/9002 sign in and out, 7203 e-prescription download of
/// the demo prescriptions (simulatedPrescriptions(), by number or trace code, issue times counted
/// back from the clock at the first download so that repeated downloads give equal content);
/// anything else gets the platform's own kind of refusal.
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
    /// Serves `rx` from now on (7203 by number or token); one with the same number replaces what
    /// was served under it (a changed version of the prescription).
    void serve(SimulatedPrescription rx);

private:
    [[nodiscard]] QJsonObject answer(const QJsonObject& body);
    /// 7203: the prescription's output, or an empty object when it is unknown.
    [[nodiscard]] QJsonObject prescription(const QJsonObject& input);

    StoreProfile m_store;
    const Clock& m_clock;
    int m_sequence = 0;
    QString m_signNo;
    QList<QJsonObject> m_received;
    QDateTime m_prescriptionAnchor;        ///< the clock at the first 7203; invalid before
    QList<SimulatedPrescription> m_served; ///< added by serve(), before the demo ones
};

} // namespace pos::sync
