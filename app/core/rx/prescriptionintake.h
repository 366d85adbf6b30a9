#pragma once

#include "app/core/notice.h"
#include "app/core/result.h"

#include <QObject>

#include <functional>

namespace pos {

namespace codes {
struct Recognition;
}

class PrescriptionDownloader;
class PrescriptionRepository;
class RxSettlementGate;

/// What the counter does with prescription numbers and prescription-related codes, wherever they
/// come from — the scanner, the F7 dialog, a script — so a scan and a typed number behave alike:
/// - an e-prescription number or QR token is downloaded (7203, when a platform is configured) and
///   linked to the gate; a prescription typed in from paper (stored under "PAPER-…") links from
///   the store's own records;
/// - the one-time code printed on a prescription (PPOS-PRN-…) confirms that print;
/// - a 医保电子凭证 goes to the gate to pay, which refuses it before CardReadAllowed.
/// Every outcome is announced by notice() — the counter screen shows it — and a refusal also by
/// refused(), with its rule. Nothing here decides a rule: the gate and the review service do.
/// Thread: GUI/main thread. Holds references to the gate and the repository (and the downloader,
/// which may be null: no platform configured), which must outlive it.
class PrescriptionIntake : public QObject
{
    Q_OBJECT
public:
    PrescriptionIntake(RxSettlementGate& gate, const PrescriptionRepository& prescriptions,
                       PrescriptionDownloader* downloader, QObject* parent = nullptr);

    using Done = std::function<void(Status)>;
    /// Loads `tokenOrRxNo` and links it to the gate, cancelling (audited) a prescription linked
    /// before. `done`, if set, runs once on this thread with the outcome.
    void load(const QString& tokenOrRxNo, Done done = {});
    /// A code the scanner recognised: acts on e-prescription tokens, the printed one-time code and
    /// 医保电子凭证; returns false (and does nothing) for any other code.
    bool takeScannedToken(const codes::Recognition& recognition);

Q_SIGNALS:
    void notice(const pos::Notice& notice);
    void refused(const pos::Error& error);

private:
    void link(const QString& rxNo, const Done& done);
    /// Announces the outcome (unless the gate announced the refusal itself), then runs `done`.
    void finish(const Status& outcome, const QString& doneText, const Done& done,
                bool gateAnnounced = false);

    RxSettlementGate& m_gate;
    const PrescriptionRepository& m_prescriptions;
    PrescriptionDownloader* m_downloader;
};

} // namespace pos
