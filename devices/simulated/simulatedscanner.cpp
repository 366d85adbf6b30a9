#include "devices/simulated/simulatedscanner.h"

#include "app/core/ports/clock.h"
#include "devices/logging.h"

namespace pos::devices {

SimulatedScanner::SimulatedScanner(const Clock& clock, QObject* parent)
    : Scanner(parent)
    , m_clock(clock)
{
}

QString SimulatedScanner::deviceName() const
{
    return tr("模拟扫码枪");
}

void SimulatedScanner::inject(const QByteArray& payload, const QString& symbologyId)
{
    ScanEvent e;
    e.payload = payload;
    e.symbologyId = symbologyId;
    e.source = QStringLiteral("simulated");
    e.time = m_clock.now();
    ++m_delivered;
    qCDebug(lcScannerSim) << "scan of" << payload.size() << "bytes" << symbologyId;
    Q_EMIT scanned(e);
}

} // namespace pos::devices
