#include "app/core/rx/prescriptionintake.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/logging.h"
#include "app/core/ports/prescriptionrepository.h"
#include "app/core/rx/prescriptiondownload.h"
#include "app/core/rx/prescriptionformatter.h"
#include "app/core/rx/settlementgate.h"

#include <QPointer>

namespace pos {

PrescriptionIntake::PrescriptionIntake(RxSettlementGate& gate,
                                       const PrescriptionRepository& prescriptions,
                                       PrescriptionDownloader* downloader, QObject* parent)
    : QObject(parent)
    , m_gate(gate)
    , m_prescriptions(prescriptions)
    , m_downloader(downloader)
{
}

void PrescriptionIntake::finish(const Status& outcome, const QString& doneText, const Done& done,
                                bool gateAnnounced)
{
    if (outcome) {
        if (!doneText.isEmpty())
            Q_EMIT notice(Notice{Notice::Level::Info, doneText});
    } else {
        qCInfo(lcRx) << "prescription intake refused" << outcome.error().ruleId;
        if (!gateAnnounced)
            Q_EMIT notice(Notice{Notice::Level::Error, outcome.error().userText()});
        Q_EMIT refused(outcome.error());
    }
    if (done)
        done(outcome);
}

void PrescriptionIntake::link(const QString& rxNo, const Done& done)
{
    if (m_gate.state() != RxGateState::NoPrescription) {
        if (m_gate.prescription() && m_gate.prescription()->rxNo == rxNo) {
            finish({}, tr("处方 %1 已关联本单（%2）").arg(rxNo, toDisplayString(m_gate.state())),
                   done);
            return;
        }
        (void)m_gate.cancel(tr("载入另一张处方 %1").arg(rxNo));
    }
    const Status linked = m_gate.link(rxNo);
    // The gate has announced its own refusal.
    finish(linked, tr("处方 %1 已载入并关联本单，请药师审核（F7）").arg(rxNo), done, true);
}

void PrescriptionIntake::load(const QString& tokenOrRxNo, Done done)
{
    const QString token = tokenOrRxNo.trimmed();
    if (token.isEmpty()) {
        finish(makeError(ErrorCode::InvalidInput, tr("请输入处方编号，或扫描处方二维码")), {},
               done);
        return;
    }
    // A paper prescription exists only here: the platform has nothing to download.
    const std::optional<Prescription> stored = m_prescriptions.find(token);
    if (stored && stored->source == RxSource::PaperEntry) {
        link(token, done);
        return;
    }
    if (!m_downloader) {
        if (stored) {
            link(token, done);
            return;
        }
        finish(makeError(ErrorCode::Configuration,
                         tr("没有连接医保平台，无法下载电子处方 %1；纸质处方请先录入").arg(token)),
               {}, done);
        return;
    }
    QPointer<PrescriptionIntake> self(this);
    m_downloader->download(token, [self, done](Result<Prescription> rx) {
        if (!self)
            return;
        if (!rx)
            self->finish(rx.error(), {}, done);
        else
            self->link(rx->rxNo, done);
    });
}

bool PrescriptionIntake::takeScannedToken(const codes::Recognition& r)
{
    switch (r.family) {
    case codes::CodeFamily::EPrescription: load(r.token); return true;
    case codes::CodeFamily::Internal: {
        if (rxNoOfPrintCode(r.token).isEmpty())
            return false;
        // The gate announces its own outcome (confirmed, or refused with RX-PRINT-GATE).
        const Status s = m_gate.confirmScannedCode(r.token);
        if (!s)
            Q_EMIT refused(s.error());
        return true;
    }
    case codes::CodeFamily::InsuranceVoucher: {
        const Result<CardCredential> c = m_gate.voucherScanned(r.token);
        if (!c)
            Q_EMIT refused(c.error());
        else
            Q_EMIT notice(Notice{Notice::Level::Info, tr("已识别医保电子凭证，可以结算")});
        return true;
    }
    default: return false;
    }
}

} // namespace pos
