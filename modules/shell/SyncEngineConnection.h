#pragma once

#include "shell/ServerConnection.h"
#include "sync/SyncEngine.h"

#include <memory>

namespace lontar {

// The desktop's ServerConnection: one sync engine per session, on its own thread.
class SyncEngineConnection final : public ServerConnection
{
    Q_OBJECT

public:
    explicit SyncEngineConnection(sync::SyncEngine::Config config, QObject* parent = nullptr);
    ~SyncEngineConnection() override;

    // Enrols the device with the password just typed if needed (used once, never kept), then syncs.
    void start(const QString& username, const QString& password);

    SyncStatusView status() const override { return m_status; }
    bool isOnline() const override { return m_online; }
    void syncNow() override;
    void call(const QByteArray& method, const QString& path, const QJsonObject& body, QObject* context,
              Reply done) override;
    void fetchBlob(const QString& sha256) override;

    static SyncStatusView toView(const sync::SyncStatus& status);

private:
    void onEngineStatus(const sync::SyncStatus& status);

    std::unique_ptr<sync::SyncEngine> m_engine;
    SyncStatusView m_status;
    bool m_online = false;
};

} // namespace lontar
