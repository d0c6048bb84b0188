#include "server/EmbeddedServer.h"

#include "core/Profile.h"
#include "server/Directory.h"
#include "server/HttpsServer.h"
#include "server/ServerStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QSemaphore>

namespace lontar::server {

Result<ServerSetup> prepareServer(const QString& dataDir, const QString& postgresUrl, bool seedDemo,
                                  const QString& certPath, const QString& keyPath)
{
    auto db = openServerDatabase(dataDir, postgresUrl);
    if (!db)
        return db.error();
    if (seedDemo) {
        if (Status s = DemoData::seed(**db); !s)
            return s.error();
    }
    // The directory every device pulls: whatever changed in the identity tables since the last start.
    if (auto published = publishDirectory(**db, QDateTime::currentMSecsSinceEpoch()); !published)
        return published.error();
    auto tls = certPath.isEmpty() ? loadOrCreateTlsIdentity(dataDir) : loadTlsIdentity(certPath, keyPath);
    if (!tls)
        return tls.error();
    return ServerSetup{std::move(*db), *tls};
}

namespace {
// Everything the server touches is created, used and destroyed on this thread (Qt SQL connections
// and sockets belong to the thread that made them).
class ServerThread : public QThread
{
public:
    ServerThread(EmbeddedServerConfig config)
        : m_config(std::move(config))
    {}

    QSemaphore ready;
    Error failure;
    bool failed = false;
    quint16 port = 0;
    QString fingerprint;

protected:
    void run() override
    {
        auto setup = prepareServer(m_config.dataDir, m_config.postgresUrl, m_config.seedDemo);
        if (!setup) {
            failed = true;
            failure = setup.error();
            ready.release();
            return;
        }
        {
            HttpsServer server(*setup->db, setup->tls, m_config.options);
            port = server.start(m_config.address, m_config.port);
            fingerprint = setup->tls.fingerprint();
            if (port == 0) {
                failed = true;
                failure = Error(QStringLiteral("cannot listen on %1:%2")
                                    .arg(m_config.address.toString())
                                    .arg(m_config.port),
                                Error::Code::Network);
                ready.release();
                return;
            }
            ready.release();
            exec();
        }
    }

private:
    EmbeddedServerConfig m_config;
};
} // namespace

EmbeddedServer::~EmbeddedServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

Result<std::unique_ptr<EmbeddedServer>> EmbeddedServer::start(const EmbeddedServerConfig& config)
{
    auto thread = std::make_unique<ServerThread>(config);
    thread->start();
    thread->ready.acquire();
    if (thread->failed) {
        thread->wait();
        return thread->failure;
    }
    std::unique_ptr<EmbeddedServer> server(new EmbeddedServer);
    server->m_port = thread->port;
    server->m_fingerprint = thread->fingerprint;
    server->m_address = config.address;
    server->m_thread = std::move(thread);
    return server;
}

QString EmbeddedServer::baseUrl() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
                             : m_address.toString();
    return QStringLiteral("https://%1:%2").arg(host).arg(m_port);
}

} // namespace lontar::server
