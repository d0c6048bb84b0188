#include "server/HttpsServer.h"

#include "server/HttpListener.h"
#include "sync/SyncProtocol.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace lontar::server {

namespace {
// The same rule as SyncServer::handle's own check, applied to the head before the body is read:
// blob chunks (PUT /api/v1/blobs/<sha>) up to kMaxBlobChunk, JSON requests up to kMaxRequestBody.
qint64 maxBodyFor(const ApiRequest& request)
{
    const QString prefix = QString::fromLatin1(sync::kApiPrefix) + QLatin1Char('/');
    if (request.method == "PUT" && request.path.startsWith(prefix)) {
        const QStringList parts = request.path.mid(prefix.size()).split(QLatin1Char('/'));
        if (parts.size() == 2 && parts.at(0) == QLatin1String("blobs"))
            return sync::kMaxBlobChunk;
    }
    return sync::kMaxRequestBody;
}
} // namespace

HttpsServer::HttpsServer(Database& db, const TlsIdentity& tls, ServerOptions options, QObject* parent)
    : QObject(parent)
{
    const HttpLimits limits = options.http;
    m_api = std::make_unique<SyncServer>(db, std::move(options));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(tls.certificate);
    config.setPrivateKey(tls.key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates

    HttpConnection::Hooks hooks;
    // A module's public page has its own cap (PublicEndpoint::maxBodyBytes); the API keeps its own.
    hooks.bodyLimit = [api = m_api.get()](const ApiRequest& request) {
        return api->publicBodyLimit(request).value_or(maxBodyFor(request));
    };
    hooks.handle = [api = m_api.get()](const ApiRequest& request) { return api->handle(request); };
    m_listener = new HttpListener(config, limits, std::move(hooks), this);
}

HttpsServer::~HttpsServer()
{
    delete m_listener; // its connections go before the API they call
}

quint16 HttpsServer::start(const QHostAddress& address, quint16 port)
{
    if (!m_listener->listen(address, port))
        return 0;
    return m_listener->serverPort();
}

} // namespace lontar::server
