#include "server/HttpsServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QTcpSocket>

namespace lontar::server {

HttpsServer::HttpsServer(Database& db, const TlsIdentity& tls, ServerOptions options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(std::make_unique<SyncServer>(db, std::move(options)))
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(tls.certificate);
    config.setPrivateKey(tls.key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    sslSetup(config);
}

HttpsServer::~HttpsServer() = default;

quint16 HttpsServer::start(const QHostAddress& address, quint16 port)
{
    return listen(address, port);
}

bool HttpsServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest api;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        api.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        api.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        api.method = "PUT";
        break;
    default:
        api.method = "OTHER";
        break;
    }
    api.path = request.url().path();
    api.query = request.query();
    for (const auto& [name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.remoteAddress = request.remoteAddress();
    const ApiResponse response = m_api->handle(api);

    // The response goes out in several small writes (status, headers, body): without TCP_NODELAY,
    // Nagle's algorithm and delayed ACKs add ~40 ms to every request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
        responder.writeHeader(it.key(), it.value());
    responder.writeBody(response.body);
    return true;
}

void HttpsServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace lontar::server
