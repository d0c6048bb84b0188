#pragma once

#include "server/HttpConnection.h"
#include "server/HttpLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

namespace lontar::server {

// Accepts TCP connections, enforces the connection caps before any TLS work is done, and runs each
// accepted connection as an HttpConnection on this thread.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    HttpListener(const QSslConfiguration& tls, const HttpLimits& limits, HttpConnection::Hooks hooks,
                 QObject* parent = nullptr);
    ~HttpListener() override;

    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onClosed(lontar::server::HttpConnection* connection);
    static QHostAddress capKey(const QHostAddress& peer);

    QSslConfiguration m_tls;
    HttpLimits m_limits;
    HttpConnection::Hooks m_hooks;
    QHash<QHostAddress, int> m_perAddress;
    int m_connections = 0;
    qint64 m_bodyBytes = 0; // see HttpLimits::maxBodyBytesInFlight
};

} // namespace lontar::server
