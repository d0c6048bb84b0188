#pragma once

#include "server/SyncServer.h"
#include "server/TlsIdentity.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace lontar::server {

class HttpListener;

// Serves SyncServer's API over HTTPS (TLS 1.2+) with our own small HTTP/1.1 layer (HttpListener,
// HttpConnection), which bounds what a client can make the server hold: see HttpLimits, set through
// ServerOptions::http. Everything runs on the thread of this object.
class HttpsServer : public QObject
{
    Q_OBJECT

public:
    // `db` is not owned and must outlive the server; it is used from the server's thread only.
    HttpsServer(Database& db, const TlsIdentity& tls, ServerOptions options, QObject* parent = nullptr);
    ~HttpsServer() override;

    // Binds to address:port (0 picks a free port); returns the port, or 0 on failure.
    quint16 start(const QHostAddress& address, quint16 port);

private:
    std::unique_ptr<SyncServer> m_api;
    HttpListener* m_listener = nullptr; // a child; deleted first, its connections call m_api
};

} // namespace lontar::server
