#include "server/HttpListener.h"

#include <QSslSocket>

#include <memory>

namespace lontar::server {

HttpListener::HttpListener(const QSslConfiguration& tls, const HttpLimits& limits,
                           HttpConnection::Hooks hooks, QObject* parent)
    : QTcpServer(parent)
    , m_tls(tls)
    , m_limits(limits)
    , m_hooks(std::move(hooks))
{}

HttpListener::~HttpListener()
{
    // Before the members they point to (hooks, body budget) are gone.
    qDeleteAll(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly));
}

QHostAddress HttpListener::capKey(const QHostAddress& peer)
{
    bool v4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&v4); // also unwraps ::ffff:a.b.c.d
    if (v4)
        return QHostAddress(ipv4);
    // One IPv6 client usually owns a whole /64: capping single addresses would cap nothing.
    Q_IPV6ADDR address = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        address[i] = 0;
    return QHostAddress(address);
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto socket = std::make_unique<QSslSocket>();
    if (!socket->setSocketDescriptor(descriptor))
        return;
    const QHostAddress key = capKey(socket->peerAddress());
    if (m_connections >= m_limits.maxConnections ||
        m_perAddress.value(key) >= m_limits.maxConnectionsPerAddress) {
        // Refused before the handshake: an over-eager client costs one accept(), not a TLS setup.
        socket->abort();
        return;
    }
    socket->setSslConfiguration(m_tls);
    ++m_connections;
    ++m_perAddress[key];
    auto* connection = new HttpConnection(socket.release(), m_limits, &m_hooks, &m_bodyBytes, this);
    connect(connection, &HttpConnection::closed, this, &HttpListener::onClosed);
    connection->start();
}

void HttpListener::onClosed(HttpConnection* connection)
{
    const QHostAddress key = capKey(connection->peerAddress());
    if (--m_perAddress[key] <= 0)
        m_perAddress.remove(key);
    --m_connections;
    connection->deleteLater();
}

} // namespace lontar::server
