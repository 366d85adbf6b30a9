#pragma once

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace pos::devices {

/// Waits for a device node (/dev/ttyACM0, /dev/input/by-id/…) to appear: inotify on the nearest
/// existing parent directory (udev creates the node and its by-id link there), with a slow retry
/// timer as a safety net where inotify says nothing. Lives on the reader thread that uses it.
class DeviceNodeWatcher final : public QObject
{
    Q_OBJECT
public:
    DeviceNodeWatcher(QString path, int retryMs, QObject* parent = nullptr);

    /// Starts waiting; appeared() is emitted once, at the next change in the node's directory or
    /// retry tick at which the path exists.
    void start();
    void stop();

Q_SIGNALS:
    void appeared();

private:
    void check();
    void watchNearestDirectory();

    QString m_path;
    QFileSystemWatcher* m_watcher;
    QTimer* m_retry;
    bool m_waiting = false;
};

} // namespace pos::devices
