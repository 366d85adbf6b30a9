#pragma once

// Starts pharmapos-platform-sim for a test: its own temporary directory, a free port, stopped
// (killed) when the fixture goes. Control requests go over QNetworkAccessManager (not the
// transport under test), trusting the simulator's CA.

#include "tests/sync/simprofile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace pos::testing {

class SimFixture
{
public:
    SimFixture() = default;
    ~SimFixture() { stop(); }
    SimFixture(const SimFixture&) = delete;
    SimFixture& operator=(const SimFixture&) = delete;

    /// Starts the simulator (extra arguments: --auth, --crypto, --fault…); false with why in
    /// error() when it did not come up within 15 s.
    bool start(const QStringList& args = {}, const QString& dataDir = {})
    {
        m_dataDir = dataDir.isEmpty() ? m_tmp.path() + QStringLiteral("/sim") : dataDir;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(PHARMAPOS_PLATFORM_SIM),
                         QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
        if (!m_process->waitForStarted(10'000)) {
            m_error = m_process->errorString();
            return false;
        }
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process->waitForReadyRead(15'000)) {
                m_error = QString::fromUtf8(m_process->readAllStandardError());
                return false;
            }
            out += m_process->readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n'));
        if (!line.startsWith("PLATFORM-SIM LISTENING ")) {
            m_error = QString::fromUtf8(line);
            return false;
        }
        m_base = QUrl(QString::fromUtf8(line.mid(23)).trimmed());
        return true;
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
        m_process.reset();
    }

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QUrl base() const { return m_base; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString caPath() const { return m_dataDir + QStringLiteral("/ca.pem"); }
    [[nodiscard]] QString storeDir() const { return m_dataDir + QStringLiteral("/store"); }

    /// What the simulator issued to the store, as a profile for `auth` and the crypto.
    [[nodiscard]] sync::PlatformProfile profile(sync::GatewayAuth auth, bool crypto) const
    {
        return simProfile(m_base, m_dataDir, auth, crypto);
    }

    /// POSTs (or GETs, when `body` is null) a /sim/ control endpoint; the answer's JSON.
    QJsonObject control(const QString& path, const QJsonObject& body = {}, bool get = false)
    {
        QNetworkRequest r(QUrl(m_base.toString() + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(caPath()));
        r.setSslConfiguration(ssl);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply =
            get ? m_nam.get(r) : m_nam.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
    QJsonArray records()
    {
        return control(QStringLiteral("/sim/records"), {}, true)
            .value(QStringLiteral("records"))
            .toArray();
    }
    QJsonObject stats() { return control(QStringLiteral("/sim/stats"), {}, true); }
    void fault(const QJsonObject& f) { (void)control(QStringLiteral("/sim/fault"), f); }

private:
    QTemporaryDir m_tmp;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_base;
    QString m_error;
    QNetworkAccessManager m_nam;
};

} // namespace pos::testing
