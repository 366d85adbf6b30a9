#include "app/secretinput.h"

#include <QCoreApplication>

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace pos::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)
};

constexpr qsizetype kMaxLine = 4096;

} // namespace

Result<storage::crypto::SecretBytes> readSecretLine(int fd)
{
    storage::crypto::SecretBytes buf(kMaxLine);
    qsizetype n = 0;
    bool sawAny = false;
    for (;;) {
        unsigned char c = 0;
        const ssize_t r = ::read(fd, &c, 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        sawAny = true;
        if (c == '\n')
            break;
        if (n == kMaxLine)
            return makeError(ErrorCode::InvalidInput, Tr::tr("输入的一行过长"));
        buf.data()[n++] = c;
    }
    if (!sawAny)
        return makeError(ErrorCode::InvalidInput, Tr::tr("标准输入已结束，没有读到口令"));
    if (n > 0 && buf.data()[n - 1] == '\r')
        --n;
    return storage::crypto::SecretBytes(buf.data(), n);
}

StdinSecretInput::StdinSecretInput(int fd)
    : m_fd(fd)
{
}

bool StdinSecretInput::interactive() const
{
    return ::isatty(m_fd) == 1;
}

Result<storage::crypto::SecretBytes> StdinSecretInput::read(const QString& prompt)
{
    if (!interactive())
        return readSecretLine(m_fd);
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerm = ::tcgetattr(m_fd, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        (void)::tcsetattr(m_fd, TCSAFLUSH, &quiet);
    }
    Result<storage::crypto::SecretBytes> line = readSecretLine(m_fd);
    if (haveTerm)
        (void)::tcsetattr(m_fd, TCSAFLUSH, &saved);
    return line;
}

Result<storage::crypto::SecretBytes> ListSecretInput::read(const QString& prompt)
{
    prompts << prompt;
    if (m_lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("标准输入已结束，没有读到口令"));
    QByteArray line = m_lines.takeFirst().toUtf8();
    return storage::crypto::SecretBytes::takeFrom(line);
}

} // namespace pos::app
