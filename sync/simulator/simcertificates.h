#pragma once

#include "app/core/result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace pos::sim {

/// The simulator's own TLS: a CA and a server certificate for 127.0.0.1 / localhost it signed.
struct SimTls
{
    QString caPath; ///< the file a store configures as [platform] ca_file
    QSslCertificate ca;
    QSslCertificate certificate;
    QSslKey key;
};

/// Loads `dir`/ca.pem, server.pem and server-key.pem, generating them with OpenSSL first when
/// missing (EC P-256, SHA-256; the server certificate names IP 127.0.0.1 and DNS localhost, the
/// CA is valid for 10 years). Private keys are written 0600.
[[nodiscard]] Result<SimTls> ensureTls(const QString& dir);

} // namespace pos::sim
