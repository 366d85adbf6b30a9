#pragma once

#include "app/core/result.h"
#include "storage/crypto/secretbytes.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace pos::app {

/// Where a command gets a secret (a backup passphrase): the terminal without echo, or a pipe.
class SecretInput
{
public:
    virtual ~SecretInput() = default;
    /// One secret, without its line end. `prompt` is shown only on a terminal.
    [[nodiscard]] virtual Result<storage::crypto::SecretBytes> read(const QString& prompt) = 0;
    /// True when the secret is typed by a person (a passphrase is then asked twice to confirm).
    [[nodiscard]] virtual bool interactive() const = 0;
};

/// Standard input: on a terminal the prompt goes to stderr and echo is off while typing; otherwise
/// one line is read byte by byte, never past its newline, so a login password and a passphrase
/// can come down one pipe, one per line, and the second is not swallowed by a buffer.
class StdinSecretInput final : public SecretInput
{
public:
    explicit StdinSecretInput(int fd = 0);
    [[nodiscard]] Result<storage::crypto::SecretBytes> read(const QString& prompt) override;
    [[nodiscard]] bool interactive() const override;

private:
    int m_fd;
};

/// Given lines, for tests.
class ListSecretInput final : public SecretInput
{
public:
    explicit ListSecretInput(QStringList lines, bool interactive = false)
        : m_lines(std::move(lines))
        , m_interactive(interactive)
    {
    }
    [[nodiscard]] Result<storage::crypto::SecretBytes> read(const QString& prompt) override;
    [[nodiscard]] bool interactive() const override { return m_interactive; }
    QStringList prompts;

private:
    QStringList m_lines;
    bool m_interactive;
};

/// One line from `fd`, read a byte at a time (nothing beyond the newline is consumed), without
/// the trailing "\n" or "\r\n"; an error at end of input with nothing read. At most 4096 bytes.
[[nodiscard]] Result<storage::crypto::SecretBytes> readSecretLine(int fd);

} // namespace pos::app
