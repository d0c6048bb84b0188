#pragma once

#include "core/Result.h"
#include "server/SyncServer.h"
#include "server/TlsIdentity.h"

#include <QHostAddress>
#include <QString>
#include <QThread>

#include <memory>

namespace lontar::server {

struct EmbeddedServerConfig
{
    QString dataDir;     // server.sqlite and the TLS pair live here
    QString postgresUrl; // empty: embedded SQLite
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    bool seedDemo = false;
    ServerOptions options;
};

// The central server running on its own thread inside another program: the desktop's embedded default
// (a local server on loopback) and the tests. lontar-server runs the same pieces in its main thread.
class EmbeddedServer
{
public:
    ~EmbeddedServer(); // stops the server and waits for its thread
    static Result<std::unique_ptr<EmbeddedServer>> start(const EmbeddedServerConfig& config);

    quint16 port() const { return m_port; }
    QString baseUrl() const; // https://127.0.0.1:PORT
    QString certificateFingerprint() const { return m_fingerprint; }

private:
    EmbeddedServer() = default;

    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
    QString m_fingerprint;
    QHostAddress m_address;
};

// Opens the store, seeds demo data if asked, and loads (or creates) the TLS pair: shared by the
// embedded server and the lontar-server executable.
struct ServerSetup
{
    std::unique_ptr<Database> db;
    TlsIdentity tls;
};
Result<ServerSetup> prepareServer(const QString& dataDir, const QString& postgresUrl, bool seedDemo,
                                  const QString& certPath = {}, const QString& keyPath = {});

} // namespace lontar::server
