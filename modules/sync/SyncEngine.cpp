#include "sync/SyncEngine.h"

#include "core/Database.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace lontar::sync {

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(SyncEngine::Config config)
        : m_config(std::move(config))
    {}

    void begin(const QString& username, const QString& password)
    {
        auto db = Database::openSqlite(m_config.databasePath);
        if (!db) {
            report(SyncStatus::State::Error, db.errorMessage());
            return;
        }
        m_db = std::move(*db);
        m_transport = makeHttpsTransport(m_config.baseUrl, m_config.pinnedSha256);
        m_client = std::make_unique<SyncClient>(*m_db, *m_transport, m_config.blobDir);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::runPass);
        if (!m_client->isEnrolledAs(username)) {
            if (Status s = m_client->enrol(username, password, {}); !s) {
                report(s.error().code == Error::Code::Network ? SyncStatus::State::Offline
                                                              : SyncStatus::State::Error,
                       s.errorMessage());
                m_pendingCredentials = {username, password};
                schedule(false);
                return;
            }
        }
        runPass();
    }

    void runPass()
    {
        if (!m_client)
            return;
        if (!m_client->isEnrolled()) {
            if (Status s = m_client->enrol(m_pendingCredentials.first, m_pendingCredentials.second, {}); !s) {
                report(s.error().code == Error::Code::Network ? SyncStatus::State::Offline
                                                              : SyncStatus::State::Error,
                       s.errorMessage());
                schedule(false);
                return;
            }
            m_pendingCredentials = {};
        }
        report(SyncStatus::State::Syncing, {});
        auto result = m_client->syncOnce();
        if (result) {
            m_failures = 0;
            report(SyncStatus::State::Online, {});
        } else {
            ++m_failures;
            report(result.error().code == Error::Code::Network ? SyncStatus::State::Offline
                                                               : SyncStatus::State::Error,
                   result.errorMessage());
        }
        schedule(result.ok());
    }

    // An administration call with this device's tokens; fails clearly when not connected.
    Result<HttpReply> call(const HttpRequest& request)
    {
        if (!m_client)
            return Error(tr("Sinkronisasi belum berjalan"), Error::Code::Network);
        return m_client->request(request);
    }

Q_SIGNALS:
    void statusChanged(const lontar::sync::SyncStatus& status);

private:
    void schedule(bool ok)
    {
        // Back off exponentially (2 s, 4 s, … up to 5 min) with jitter, so offices that lose the
        // link together do not all come back at the same second.
        int delay = m_config.intervalMs;
        if (!ok) {
            const int base = 2000 << std::min(m_failures, 7);
            delay = std::min(base, 300000) + int(QRandomGenerator::global()->bounded(1000));
        }
        m_timer->start(delay);
    }

    void report(SyncStatus::State state, const QString& error)
    {
        SyncStatus s;
        s.state = state;
        s.lastError = error;
        if (m_db) {
            ClientStore store(*m_db);
            s.pendingChanges = store.pendingCount().ok() ? *store.pendingCount() : 0;
            const qint64 last = store.state(QStringLiteral("last_sync")).toLongLong();
            if (last > 0)
                s.lastSync = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
        }
        Q_EMIT statusChanged(s);
    }

    SyncEngine::Config m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<SyncClient> m_client;
    QTimer* m_timer = nullptr;
    int m_failures = 0;
    QPair<QString, QString> m_pendingCredentials;
};

SyncEngine::SyncEngine(Config config, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<SyncStatus>();
    m_worker = new SyncWorker(std::move(config));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus& s) {
        m_status = s;
        Q_EMIT statusChanged(s);
    });
    m_thread->setObjectName(QStringLiteral("lontar-sync"));
    m_thread->start();
}

SyncEngine::~SyncEngine()
{
    m_thread->quit();
    m_thread->wait();
}

void SyncEngine::start(const QString& username, const QString& password)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, username, password] { worker->begin(username, password); },
        Qt::QueuedConnection);
}

void SyncEngine::request(const HttpRequest& request, QObject* context,
                         std::function<void(const Result<HttpReply>&)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, request, guard, done = std::move(done)] {
            Result<HttpReply> reply = worker->call(request);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, reply, done] {
                    if (guard)
                        done(reply);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->runPass(); }, Qt::QueuedConnection);
}

} // namespace lontar::sync

#include "SyncEngine.moc"
