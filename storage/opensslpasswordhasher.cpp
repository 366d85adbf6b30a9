#include "storage/opensslpasswordhasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace pos::storage {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray pw = password.toUtf8();
    QByteArray out(kHashBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(pw.constData(), static_cast<int>(pw.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), kHashBytes,
                          reinterpret_cast<unsigned char*>(out.data()))
        != 1)
        return {};
    return out;
}

} // namespace

OpenSslPasswordHasher::OpenSslPasswordHasher(int iterations)
    : m_iterations(iterations)
{
}

QString OpenSslPasswordHasher::hash(const QString& password)
{
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return {}; // an empty hash never verifies
    const QByteArray h = pbkdf2(password, salt, m_iterations);
    if (h.isEmpty())
        return {};
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(m_iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(h.toBase64()));
}

bool OpenSslPasswordHasher::verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    bool ok = false;
    const int iterations = parts.size() == 4 ? parts.at(1).toInt(&ok) : 0;
    if (parts.size() != 4 || parts.at(0) != QStringLiteral("pbkdf2-sha256") || !ok
        || iterations < 1) {
        // Burn comparable time on a malformed or missing hash, then refuse.
        (void)pbkdf2(password, QByteArray(kSaltBytes, 'x'), m_iterations);
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = pbkdf2(password, salt, iterations);
    if (actual.size() != kHashBytes || expected.size() != kHashBytes)
        return false;
    return CRYPTO_memcmp(actual.constData(), expected.constData(), kHashBytes) == 0;
}

} // namespace pos::storage
