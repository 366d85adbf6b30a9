#pragma once

#include "app/core/ports/scanner.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pos {
class Clock;
}

namespace pos::devices {

/// Base of the real scanner backends: a reader thread reads the device and hands value types to
/// the thread that owns this object through queued signals; scanned() and availabilityChanged()
/// are then emitted there, as the Scanner port promises. availabilityChanged() is emitted only
/// when availability changes (the first report always counts as a change).
class ReaderBackedScanner : public Scanner
{
    Q_OBJECT
public:
    /// `clock` stamps each scan when it reaches the owner thread; it must outlive this object.
    ReaderBackedScanner(const Clock& clock, QString source, QObject* parent = nullptr);

    [[nodiscard]] bool isSimulated() const override { return false; }
    /// Whether the device is open and reading (owner thread).
    [[nodiscard]] bool isAvailable() const { return m_available.value_or(false); }
    /// The last availability text ("已连接 …" or why not).
    [[nodiscard]] QString availabilityText() const { return m_availabilityText; }

Q_SIGNALS:
    // Reader thread → owner thread (queued). Internal to the backends.
    void readerScanned(const QByteArray& payload, const QString& symbologyId);
    void readerAvailability(bool available, const QString& text);

public:
    /// Thread-safe: called by the reader thread.
    void postScan(const QByteArray& payload, const QString& symbologyId)
    {
        Q_EMIT readerScanned(payload, symbologyId);
    }
    /// Thread-safe: called by the reader thread.
    void postAvailability(bool available, const QString& text)
    {
        Q_EMIT readerAvailability(available, text);
    }

private:
    void deliverScan(const QByteArray& payload, const QString& symbologyId);
    void deliverAvailability(bool available, const QString& text);

    const Clock& m_clock;
    QString m_source;
    std::optional<bool> m_available;
    QString m_availabilityText;
};

} // namespace pos::devices
