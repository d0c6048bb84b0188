#include "shell/SyncEngineConnection.h"

#include "sync/SyncClient.h"

#include <QJsonDocument>

namespace lontar {

SyncEngineConnection::SyncEngineConnection(sync::SyncEngine::Config config, QObject* parent)
    : ServerConnection(parent)
    , m_engine(std::make_unique<sync::SyncEngine>(std::move(config)))
{
    // Until the first pass answers, the engine is on its way to the server.
    m_status.state = SyncStatusView::State::Syncing;
    connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncEngineConnection::onEngineStatus);
    connect(m_engine.get(), &sync::SyncEngine::blobFetched, this,
            [this](const sync::BlobFetch& f) { Q_EMIT blobFetched(f.sha256, f.ok, f.willRetry, f.message); });
}

SyncEngineConnection::~SyncEngineConnection() = default;

void SyncEngineConnection::start(const QString& username, const QString& password)
{
    m_engine->start(username, password);
}

void SyncEngineConnection::syncNow()
{
    m_engine->syncNow();
}

void SyncEngineConnection::fetchBlob(const QString& sha256)
{
    m_engine->fetchBlob(sha256);
}

void SyncEngineConnection::call(const QByteArray& method, const QString& path, const QJsonObject& body,
                                QObject* context, Reply done)
{
    sync::HttpRequest request;
    request.method = method;
    request.path = path;
    if (method != "GET")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_engine->request(request, context, [done = std::move(done)](const Result<sync::HttpReply>& reply) {
        if (!reply) {
            // Transport failures carry Qt's own (English) wording; the user gets ours.
            if (reply.error().code == Error::Code::Network)
                done(Error(tr("Server tidak dapat dihubungi. Periksa koneksi jaringan, lalu coba lagi."),
                           Error::Code::Network));
            else
                done(reply.error());
            return;
        }
        if (reply->status < 200 || reply->status >= 300) {
            done(sync::SyncClient::replyError(*reply));
            return;
        }
        done(QJsonDocument::fromJson(reply->body).object());
    });
}

void SyncEngineConnection::onEngineStatus(const sync::SyncStatus& engineStatus)
{
    m_status = toView(engineStatus);
    // A pass in progress says nothing new about reachability; the last finished one does.
    if (m_status.state != SyncStatusView::State::Syncing)
        m_online = m_status.state == SyncStatusView::State::Online;
    Q_EMIT statusChanged(m_status);
}

SyncStatusView SyncEngineConnection::toView(const sync::SyncStatus& s)
{
    SyncStatusView v;
    switch (s.state) {
    case sync::SyncStatus::State::NotConfigured:
        v.state = SyncStatusView::State::NotConfigured;
        break;
    case sync::SyncStatus::State::Offline:
        v.state = SyncStatusView::State::Offline;
        break;
    case sync::SyncStatus::State::Online:
        v.state = SyncStatusView::State::Online;
        break;
    case sync::SyncStatus::State::Syncing:
        v.state = SyncStatusView::State::Syncing;
        break;
    case sync::SyncStatus::State::Error:
        v.state = SyncStatusView::State::Error;
        break;
    }
    v.pendingChanges = int(s.pendingChanges);
    v.lastSync = s.lastSync;
    v.lastError = s.lastError;
    return v;
}

} // namespace lontar
