#pragma once

#include "server/SyncServer.h"
#include "server/TlsIdentity.h"

#include <QAbstractHttpServer>

#include <memory>

namespace lontar::server {

// Serves SyncServer's API over HTTPS (TLS 1.2+) with Qt HttpServer 6.4.
class HttpsServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `db` is not owned and must outlive the server; it is used from the server's thread only.
    HttpsServer(Database& db, const TlsIdentity& tls, ServerOptions options, QObject* parent = nullptr);
    ~HttpsServer() override;

    // Binds to address:port (0 picks a free port); returns the port, or 0 on failure.
    quint16 start(const QHostAddress& address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    std::unique_ptr<SyncServer> m_api;
};

} // namespace lontar::server
