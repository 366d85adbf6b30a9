#include "devices/devicenodewatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace pos::devices {

DeviceNodeWatcher::DeviceNodeWatcher(QString path, int retryMs, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_watcher(new QFileSystemWatcher(this))
    , m_retry(new QTimer(this))
{
    m_retry->setInterval(retryMs);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &DeviceNodeWatcher::check);
    connect(m_retry, &QTimer::timeout, this, &DeviceNodeWatcher::check);
}

void DeviceNodeWatcher::start()
{
    m_waiting = true;
    m_retry->start();
    // No check now: the caller just failed to open the path, so if it exists it is not usable
    // yet (permissions, a udev rule still running) and is tried again at the next change or tick.
    watchNearestDirectory();
}

void DeviceNodeWatcher::stop()
{
    m_waiting = false;
    m_retry->stop();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
}

void DeviceNodeWatcher::check()
{
    if (!m_waiting)
        return;
    if (QFileInfo::exists(m_path)) {
        stop();
        Q_EMIT appeared();
        return;
    }
    watchNearestDirectory();
}

void DeviceNodeWatcher::watchNearestDirectory()
{
    // The nearest directory that exists (/dev/input/by-id vanishes with its last device).
    QString dir = QFileInfo(m_path).absolutePath();
    while (!QFileInfo::exists(dir) && dir != QDir::rootPath())
        dir = QFileInfo(dir).absolutePath();
    if (!m_watcher->directories().contains(dir)) {
        if (!m_watcher->directories().isEmpty())
            m_watcher->removePaths(m_watcher->directories());
        m_watcher->addPath(dir);
    }
}

} // namespace pos::devices
