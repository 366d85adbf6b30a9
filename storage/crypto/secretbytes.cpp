#include "storage/crypto/secretbytes.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace pos::storage::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretBytes)
};
} // namespace

SecretBytes::SecretBytes(qsizetype size)
    : m_data(size > 0 ? new unsigned char[static_cast<size_t>(size)]() : nullptr)
    , m_size(size > 0 ? size : 0)
{
}

SecretBytes::SecretBytes(const void* data, qsizetype size)
    : SecretBytes(size)
{
    if (m_size > 0)
        std::memcpy(m_data.get(), data, static_cast<size_t>(m_size));
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size)
{
    other.m_size = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (m_data && m_size > 0)
        OPENSSL_cleanse(m_data.get(), static_cast<size_t>(m_size));
    m_data.reset();
    m_size = 0;
}

SecretBytes SecretBytes::takeFrom(QByteArray& bytes)
{
    SecretBytes s(bytes.constData(), bytes.size());
    cleanse(bytes);
    bytes.clear();
    return s;
}

Result<SecretBytes> SecretBytes::random(qsizetype size)
{
    SecretBytes s(size);
    if (size > 0 && RAND_priv_bytes(s.data(), static_cast<int>(size)) != 1)
        return makeError(ErrorCode::StorageFailure, Tr::tr("系统随机数发生器不可用"));
    return s;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size
           && (m_size == 0
               || CRYPTO_memcmp(m_data.get(), other.m_data.get(), static_cast<size_t>(m_size))
                      == 0);
}

void cleanse(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
}

void cleanse(QString& text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
}

} // namespace pos::storage::crypto
