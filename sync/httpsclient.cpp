#include "sync/httpsclient.h"

#include "sync/logging.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace pos::sync {

namespace {
/// Translation context "HttpsClient" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpsClient)
};
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
} // namespace

HttpsClient::HttpsClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpsClient::onTimeout);
}

HttpsClient::~HttpsClient()
{
    // Whoever still waits is told, so every callback runs exactly once.
    std::deque<Request> pending;
    pending.swap(m_queue);
    for (Request& r : pending)
        if (r.done)
            r.done(HttpOutcome{false, {}, m_busy, Tr::tr("连接已关闭")});
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void HttpsClient::post(const QUrl& url, const HttpHeaders& headers, const QByteArray& body,
                       Done done, Belongs belongs)
{
    m_queue.push_back(Request{url, headers, body, std::move(done), std::move(belongs)});
    if (!m_busy) {
        m_busy = true;
        // Never from inside post(): the caller's state is settled before its callback runs.
        QMetaObject::invokeMethod(this, &HttpsClient::startNext, Qt::QueuedConnection);
    }
}

void HttpsClient::disconnectFromServer()
{
    if (!m_busy)
        dropSocket();
}

void HttpsClient::startNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    m_sent = false;
    m_buffer.clear();
    m_response = {};
    m_closeAfter = false;
    const QUrl& url = m_queue.front().url;
    const int port = url.port(443);
    const bool reusable = m_socket && m_socket->state() == QAbstractSocket::ConnectedState
                          && m_socket->isEncrypted() && m_socketHost == url.host()
                          && m_socketPort == port;
    // Bytes waiting on an idle connection answer nobody's request (a duplicated answer): the
    // connection is dropped rather than read as the next answer.
    if (reusable && m_socket->bytesAvailable() == 0) {
        writeRequest();
        return;
    }
    if (reusable)
        qCInfo(lcSync) << "dropping a connection with unsolicited bytes";
    dropSocket();
    openConnection();
}

void HttpsClient::openConnection()
{
    const QUrl& url = m_queue.front().url;
    m_socket = new QSslSocket(this);
    m_socketHost = url.host();
    m_socketPort = url.port(443);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_options.caCertificates.isEmpty())
        conf.setCaCertificates(m_options.caCertificates);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(conf);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpsClient::writeRequest);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpsClient::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpsClient::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpsClient::onSocketError);
    m_timer->start(m_options.connectTimeoutMs);
    m_socket->connectToHostEncrypted(m_socketHost, static_cast<quint16>(m_socketPort));
}

void HttpsClient::writeRequest()
{
    if (m_queue.empty() || !m_socket)
        return;
    const Request& r = m_queue.front();
    QByteArray path = r.url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (r.url.hasQuery())
        path += '?' + r.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = "POST " + path + " HTTP/1.1\r\nHost: " + r.url.host().toLatin1();
    if (r.url.port() > 0)
        head += ':' + QByteArray::number(r.url.port());
    head += "\r\nContent-Length: " + QByteArray::number(r.body.size())
            + "\r\nConnection: keep-alive\r\n";
    bool hasType = false;
    for (const auto& h : r.headers) {
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
        head += h.first + ": " + h.second + "\r\n";
    }
    if (!hasType)
        head += "Content-Type: application/json;charset=utf-8\r\n";
    head += "\r\n";
    m_sent = true; // from here on the server may have it
    m_timer->start(m_options.requestTimeoutMs);
    m_socket->write(head + r.body);
    // Out now, not at the next turn of the event loop: whatever runs next (preparing the next
    // record) must not hold the request back.
    m_socket->flush();
}

void HttpsClient::onReadyRead()
{
    if (!m_socket)
        return;
    if (!m_busy || !m_sent) {
        // An idle connection talking by itself: startNext() drops it before the next request.
        return;
    }
    m_buffer += m_socket->readAll();
    if (takeResponse(false))
        finish(HttpOutcome{true, m_response, true, {}}, !m_closeAfter && m_buffer.isEmpty());
}

bool HttpsClient::takeResponse(bool atEof)
{
    while (parseResponse(atEof)) {
        const Belongs& belongs = m_queue.front().belongs;
        if (!belongs || belongs(m_response))
            return true;
        qCInfo(lcSync) << "skipping an answer that belongs to an earlier request";
        m_closeAfter = false;
    }
    return false;
}

void HttpsClient::onDisconnected()
{
    if (!m_busy || !m_sent)
        return; // idle close, or a connect failure that onSocketError reports
    if (m_socket)
        m_buffer += m_socket->readAll();
    if (takeResponse(true)) {
        finish(HttpOutcome{true, m_response, true, {}}, false);
        return;
    }
    finish(HttpOutcome{false, {}, true, Tr::tr("平台在应答前关闭了连接")}, false);
}

void HttpsClient::onSocketError()
{
    if (!m_busy || !m_socket)
        return;
    if (m_sent && m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected decides: the answer may have been complete
    const QString why = m_socket->errorString();
    finish(HttpOutcome{false,
                       {},
                       m_sent,
                       m_sent ? Tr::tr("发送后连接出错：%1").arg(why)
                              : Tr::tr("无法连接平台：%1").arg(why)},
           false);
}

void HttpsClient::onTimeout()
{
    if (!m_busy)
        return;
    finish(HttpOutcome{false,
                       {},
                       m_sent,
                       m_sent ? Tr::tr("平台在 %1 毫秒内没有应答").arg(m_options.requestTimeoutMs)
                              : Tr::tr("连接平台超时（%1 毫秒）").arg(m_options.connectTimeoutMs)},
           false);
}

bool HttpsClient::parseResponse(bool atEof)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    if (headerEnd > kMaxHeaderBytes)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusParts = lines.value(0).trimmed().split(' ');
    if (statusParts.size() < 2 || !statusParts.at(0).startsWith("HTTP/1."))
        return false;
    HttpResponse r;
    r.status = statusParts.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype bodyStart = headerEnd + 4;
    const QByteArray connection = headerValue(r.headers, "connection").toLower();
    m_closeAfter = connection.contains("close") || statusParts.at(0) == "HTTP/1.0";
    qsizetype consumed = 0;
    if (headerValue(r.headers, "transfer-encoding").toLower().contains("chunked")) {
        qsizetype pos = bodyStart;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return false;
                consumed = trailerEnd + 2;
                break;
            }
            if (m_buffer.size() < pos + size + 2)
                return false;
            r.body += m_buffer.mid(pos, size);
            pos += size + 2;
        }
    } else if (const QByteArray length = headerValue(r.headers, "content-length");
               !length.isEmpty()) {
        const qsizetype n = length.toLongLong();
        if (m_buffer.size() < bodyStart + n)
            return false;
        r.body = m_buffer.mid(bodyStart, n);
        consumed = bodyStart + n;
    } else {
        if (!atEof)
            return false; // the body ends when the connection does
        r.body = m_buffer.mid(bodyStart);
        consumed = m_buffer.size();
        m_closeAfter = true;
    }
    m_buffer.remove(0, consumed);
    m_response = r;
    return true;
}

void HttpsClient::finish(HttpOutcome outcome, bool keepConnection)
{
    m_timer->stop();
    if (!keepConnection)
        dropSocket();
    Request r = std::move(m_queue.front());
    m_queue.pop_front();
    QPointer<HttpsClient> self(this);
    if (r.done)
        r.done(outcome);
    if (!self)
        return;
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    if (keepConnection) {
        // A request made inside `done` leaves now, on the connection just used, before
        // whatever `done` queued for later (the verification of the answer just read).
        startNext();
        return;
    }
    QMetaObject::invokeMethod(this, &HttpsClient::startNext, Qt::QueuedConnection);
}

void HttpsClient::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater(); // may be inside one of its own signals
    m_socket = nullptr;
}

} // namespace pos::sync
