#include "sync/simulator/simcertificates.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pos::sim {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct ExtFree
{
    void operator()(X509_EXTENSION* e) const { X509_EXTENSION_free(e); }
};
struct BnFree
{
    void operator()(BIGNUM* b) const { BN_free(b); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Bio = std::unique_ptr<BIO, BioFree>;
using Ext = std::unique_ptr<X509_EXTENSION, ExtFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Error tlsError(const QString& what)
{
    return makeError(ErrorCode::Configuration,
                     QStringLiteral("生成模拟平台证书失败：%1").arg(what));
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

/// A certificate for `key` named `cn`, signed by `issuerKey` (with `issuer`'s name; self-signed
/// when issuer is null).
Cert makeCertificate(EVP_PKEY* key, const char* cn, X509* issuer, EVP_PKEY* issuerKey, bool ca,
                     long validDays)
{
    Cert cert(X509_new());
    Bn serial(BN_new());
    if (!cert || !serial || BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return {};
    if (X509_set_version(cert.get(), 2) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), validDays * 24 * 3600)
        || X509_set_pubkey(cert.get(), key) != 1)
        return {};
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("PharmaPOS"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(cn),
                               -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1)
        return {};
    const bool ok =
        ca ? addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE")
                 && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign")
                 && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
           : addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
                 && addExtension(cert.get(), signer, NID_key_usage,
                                 "critical,digitalSignature,keyAgreement")
                 && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
                 && addExtension(cert.get(), signer, NID_subject_alt_name,
                                 "IP:127.0.0.1,DNS:localhost");
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray pem(X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

QByteArray pem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

bool writeFile(const QString& path, const QByteArray& data, bool secret)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

} // namespace

Result<SimTls> ensureTls(const QString& dir)
{
    const QString caPath = dir + QStringLiteral("/ca.pem");
    const QString certPath = dir + QStringLiteral("/server.pem");
    const QString keyPath = dir + QStringLiteral("/server-key.pem");
    if (!QFile::exists(caPath) || !QFile::exists(certPath) || !QFile::exists(keyPath)) {
        if (!QDir().mkpath(dir))
            return tlsError(dir);
        Pkey caKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        Pkey serverKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        if (!caKey || !serverKey)
            return tlsError(QStringLiteral("EC keygen"));
        Cert ca = makeCertificate(caKey.get(), "PharmaPOS platform simulator CA", nullptr,
                                  caKey.get(), true, 3650);
        Cert server =
            ca ? makeCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), false, 3650)
               : Cert();
        if (!ca || !server)
            return tlsError(QStringLiteral("X509"));
        if (!writeFile(dir + QStringLiteral("/ca-key.pem"), pem(caKey.get()), true)
            || !writeFile(keyPath, pem(serverKey.get()), true)
            || !writeFile(certPath, pem(server.get()), false)
            || !writeFile(caPath, pem(ca.get()), false))
            return tlsError(dir);
    }
    SimTls tls;
    tls.caPath = caPath;
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caPath);
    const QList<QSslCertificate> cert = QSslCertificate::fromPath(certPath);
    QFile keyFile(keyPath);
    if (ca.isEmpty() || cert.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return tlsError(QStringLiteral("读取 %1").arg(dir));
    tls.ca = ca.first();
    tls.certificate = cert.first();
    tls.key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (tls.key.isNull())
        return tlsError(keyPath);
    return tls;
}

} // namespace pos::sim
