#pragma once

#include "TestSupport.h"

#include "core/Profile.h"
#include "esign/EsignModule.h"
#include "server/EmbeddedServer.h"
#include "shell/ServerConnection.h"
#include "sync/ClientStore.h"
#include "sync/OnlineLogin.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QWidget>

#include <memory>

namespace lontar::test {

// The synced entities the desktop registers (core's directory, the signing register).
inline void registerDesktopEntities()
{
    CoreModule core;
    esign::EsignModule esignModule;
    sync::EntityRegistry::instance().addModules({&core, &esignModule});
}

// A central server on loopback with the demo regency, as the desktop's embedded default runs it.
inline std::unique_ptr<server::EmbeddedServer> startDemoServer(const QString& dataDir,
                                                               bool autoApprove = true)
{
    server::EmbeddedServerConfig config;
    config.dataDir = dataDir;
    config.seedDemo = true;
    config.options.autoApproveDevices = autoApprove;
    auto started = server::EmbeddedServer::start(config);
    if (!started)
        qFatal("embedded server: %s", qPrintable(started.errorMessage()));
    return std::move(*started);
}

inline sync::ServerEndpoint endpointOf(const server::EmbeddedServer& server)
{
    return {server.baseUrl(), server.certificateFingerprint()};
}

// A profile as `lontar --no-demo` creates it: nobody in it until the server says so.
inline std::unique_ptr<Profile> openFreshProfile(const QString& directory)
{
    sync::SyncClientModule syncModule;
    esign::EsignModule esignModule;
    auto opened = Profile::open(directory, {&syncModule, &esignModule});
    if (!opened)
        qFatal("profile: %s", qPrintable(opened.errorMessage()));
    return std::move(*opened);
}

inline QString databasePathOf(const Profile& profile)
{
    return profile.directory() + QLatin1Char('/') + Profile::databaseFileName();
}

inline QString blobDirOf(const Profile& profile)
{
    return profile.directory() + QStringLiteral("/blobs");
}

inline sync::SyncEngine::Config engineConfig(const Profile& profile, const sync::ServerEndpoint& server,
                                             int intervalMs = 60000)
{
    return {databasePathOf(profile), server.baseUrl, server.pinnedSha256, blobDirOf(profile), intervalMs};
}

// One synchronous pass for a device, outside any engine (to set the scene of a test).
inline Result<sync::SyncReport> syncOnce(Profile& profile, const sync::ServerEndpoint& server)
{
    auto transport = sync::makeHttpsTransport(server.baseUrl, server.pinnedSha256);
    sync::SyncClient client(profile.database(), *transport, blobDirOf(profile));
    return client.syncOnce();
}

// A connection whose state the test sets: the pages' view of a server that is not there.
class FakeConnection final : public ServerConnection
{
public:
    SyncStatusView view;
    bool online = false;
    int syncRequests = 0;

    SyncStatusView status() const override { return view; }
    bool isOnline() const override { return online; }
    void syncNow() override
    {
        // A pass that cannot reach anyone ends at once.
        ++syncRequests;
        Q_EMIT statusChanged(view);
    }
    void call(const QByteArray&, const QString&, const QJsonObject&, QObject*, Reply done) override
    {
        done(Error(QStringLiteral("Server tidak dapat dihubungi."), Error::Code::Network));
    }
    void set(SyncStatusView::State state, int pending)
    {
        view.state = state;
        view.pendingChanges = pending;
        online = state == SyncStatusView::State::Online;
        Q_EMIT statusChanged(view);
    }
};

inline void saveShot(QWidget* widget, const QString& name)
{
    const QString path = outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->window()->grab().save(path), qPrintable(path));
}

} // namespace lontar::test
