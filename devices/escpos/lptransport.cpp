#include "devices/escpos/lptransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pos::devices {

namespace {
/// Translation context "LpTransport" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LpTransport)
};

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// Waits for `events` on `fd` up to `deadline`; false on timeout, errno set on failure.
int waitFor(int fd, short events, const QDeadlineTimer& deadline)
{
    pollfd p{fd, events, 0};
    int r = 0;
    do {
        r = ::poll(&p, 1, int(qMax<qint64>(0, deadline.remainingTime())));
    } while (r < 0 && errno == EINTR);
    return r;
}
} // namespace

LpTransport::LpTransport(QString devicePath)
    : m_path(std::move(devicePath))
{
}

LpTransport::~LpTransport()
{
    close();
}

Status LpTransport::open(int)
{
    if (m_fd >= 0)
        return {};
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("打不开打印机设备 %1：%2（打印机是否接通电源？用户是否在 lp 组？）")
                             .arg(m_path, lastError()));
    return {};
}

Status LpTransport::write(const QByteArray& bytes, int timeoutMs)
{
    if (m_fd < 0)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("打印机设备 %1 未打开").arg(m_path));
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            const QString why = lastError();
            close();
            return makeError(ErrorCode::DeviceFailure,
                             Tr::tr("向 %1 写入失败：%2").arg(m_path, why));
        }
        if (deadline.hasExpired() || waitFor(m_fd, POLLOUT, deadline) <= 0) {
            close();
            return makeError(ErrorCode::DeviceFailure,
                             Tr::tr("向 %1 写入未完成（%2 ms 内，已写 %3/%4 字节）")
                                 .arg(m_path)
                                 .arg(timeoutMs)
                                 .arg(done)
                                 .arg(bytes.size()));
        }
    }
    return {};
}

Result<QByteArray> LpTransport::read(int timeoutMs)
{
    if (m_fd < 0)
        return makeError(ErrorCode::DeviceFailure, Tr::tr("打印机设备 %1 未打开").arg(m_path));
    const int ready = waitFor(m_fd, POLLIN, QDeadlineTimer(timeoutMs));
    if (ready < 0)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("读取 %1 失败：%2").arg(m_path, lastError()));
    if (ready == 0)
        return QByteArray();
    QByteArray buf(256, Qt::Uninitialized);
    const ssize_t n = ::read(m_fd, buf.data(), size_t(buf.size()));
    if (n < 0 && errno != EAGAIN && errno != EINTR)
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("读取 %1 失败：%2").arg(m_path, lastError()));
    buf.truncate(qMax<qsizetype>(0, n));
    return buf;
}

void LpTransport::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace pos::devices
