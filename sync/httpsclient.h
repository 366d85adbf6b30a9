#pragma once

#include "sync/gatewayauth.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <deque>
#include <functional>

class QSslSocket;
class QTimer;

namespace pos::sync {

/// One HTTP answer.
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
};

/// What became of one request. `sent` says whether any of its bytes may have reached the server:
/// a failure before that (refused, TLS not trusted, timeout while connecting) means the request
/// certainly was not processed; after it, nobody knows.
struct HttpOutcome
{
    bool ok = false;
    HttpResponse response;
    bool sent = false;
    QString error; ///< why not ok
};

/// A small HTTP/1.1 client over TLS for the platform link, written for exactly-once uploads rather
/// than taken from QNetworkAccessManager: it never resends a request by itself (QNAM may resend a
/// request whose connection closed early), one request at a time on one keep-alive connection,
/// and a connection that delivers bytes nobody asked for (a duplicated answer) is dropped instead
/// of its bytes being read as the next request's answer. The server's certificate must chain to
/// the configured CAs and match the URL's host.
/// Thread: the thread it lives in; callbacks run there, exactly once per request, never from
/// inside post().
class HttpsClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<QSslCertificate> caCertificates; ///< empty: the system's CAs
        int connectTimeoutMs = 10'000;         ///< TCP + TLS handshake
        int requestTimeoutMs = 30'000;         ///< from sending to the whole answer
    };
    using Done = std::function<void(const HttpOutcome&)>;

    explicit HttpsClient(Options options, QObject* parent = nullptr);
    ~HttpsClient() override;

    /// Says whether an answer belongs to the request; one that does not (a duplicated answer to
    /// an earlier request, arriving late on the same connection) is skipped and the next answer
    /// on the connection is read instead.
    using Belongs = std::function<bool(const HttpResponse&)>;

    /// POSTs `body`; requests are sent one after the other in the order posted.
    void post(const QUrl& url, const HttpHeaders& headers, const QByteArray& body, Done done,
              Belongs belongs = {});
    /// Closes the keep-alive connection (the next request opens a new one).
    void disconnectFromServer();

private:
    struct Request
    {
        QUrl url;
        HttpHeaders headers;
        QByteArray body;
        Done done;
        Belongs belongs;
    };

    void startNext();
    void openConnection();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    /// Parses m_buffer; true when a whole answer is there (it is then in m_response, and its
    /// bytes are taken out of m_buffer).
    bool parseResponse(bool atEof);
    /// The next answer for the current request, skipping stale ones; true when there is one.
    bool takeResponse(bool atEof);
    void finish(HttpOutcome outcome, bool keepConnection);
    void dropSocket();

    Options m_options;
    std::deque<Request> m_queue;
    bool m_busy = false;
    bool m_sent = false;
    QSslSocket* m_socket = nullptr;
    QString m_socketHost;
    int m_socketPort = 0;
    QTimer* m_timer = nullptr;
    QByteArray m_buffer;
    HttpResponse m_response;
    bool m_closeAfter = false;
};

} // namespace pos::sync
