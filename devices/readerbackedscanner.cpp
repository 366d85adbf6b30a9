#include "devices/readerbackedscanner.h"

#include "app/core/ports/clock.h"

namespace pos::devices {

ReaderBackedScanner::ReaderBackedScanner(const Clock& clock, QString source, QObject* parent)
    : Scanner(parent)
    , m_clock(clock)
    , m_source(std::move(source))
{
    // Queued even when emitted on the owner thread: delivery order is the reader's order.
    connect(this, &ReaderBackedScanner::readerScanned, this, &ReaderBackedScanner::deliverScan,
            Qt::QueuedConnection);
    connect(this, &ReaderBackedScanner::readerAvailability, this,
            &ReaderBackedScanner::deliverAvailability, Qt::QueuedConnection);
}

void ReaderBackedScanner::deliverScan(const QByteArray& payload, const QString& symbologyId)
{
    ScanEvent e;
    e.payload = payload;
    e.symbologyId = symbologyId;
    e.source = m_source;
    e.time = m_clock.now();
    Q_EMIT scanned(e);
}

void ReaderBackedScanner::deliverAvailability(bool available, const QString& text)
{
    const bool changed = m_available != available;
    m_available = available;
    m_availabilityText = text;
    if (changed)
        Q_EMIT availabilityChanged(available, text);
}

} // namespace pos::devices
