#include "sync/SyncEngine.h"

#include "core/Database.h"
#include "core/EntityPolicy.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <set>

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
        m_reachable = result.ok();
        if (result) {
            m_failures = 0;
            report(SyncStatus::State::Online, {});
            fetchWaiting();
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

    void fetchBlob(const QString& sha)
    {
        BlobFetch answer;
        answer.sha256 = sha;
        // The name becomes a path: only a lower-case SHA-256 is accepted (no "../", no separators).
        if (!isSha256String(sha)) {
            answer.message = tr("Rujukan berkas tidak sah");
            Q_EMIT blobFetched(answer);
            return;
        }
        if (QFile::exists(blobPath(sha))) {
            answer.ok = true;
            Q_EMIT blobFetched(answer);
            return;
        }
        if (const auto failed = m_failedBlobs.constFind(sha); failed != m_failedBlobs.cend()) {
            answer.message = *failed;
            Q_EMIT blobFetched(answer);
            return;
        }
        if (!m_client || !m_reachable || !m_client->isEnrolled()) {
            m_waitingBlobs.insert(sha);
            answer.willRetry = true;
            answer.message = tr("Belum tersambung ke server; diunduh saat tersambung");
            Q_EMIT blobFetched(answer);
            return;
        }
        download(sha);
    }

Q_SIGNALS:
    void statusChanged(const lontar::sync::SyncStatus& status);
    void blobFetched(const lontar::sync::BlobFetch& result);

private:
    QString blobPath(const QString& sha) const { return m_config.blobDir + QLatin1Char('/') + sha; }

    void download(const QString& sha)
    {
        BlobFetch answer;
        answer.sha256 = sha;
        m_waitingBlobs.erase(sha);
        Status s =
            QDir().mkpath(m_config.blobDir)
                ? m_client->downloadBlob(sha, blobPath(sha))
                : Status(Error(tr("Folder %1 tidak dapat dibuat").arg(m_config.blobDir), Error::Code::Io));
        if (s) {
            m_attempts.remove(sha);
            answer.ok = true;
            Q_EMIT blobFetched(answer);
            return;
        }
        // The connection dropped or the server is busy: again after the next successful pass, a few
        // times; anything else (not readable by this user, unknown, wrong content, disk) is final.
        if (s.error().code == Error::Code::Network)
            m_reachable = false; // until a pass gets through again
        if (s.error().code == Error::Code::Network && ++m_attempts[sha] < kMaxAttempts) {
            m_waitingBlobs.insert(sha);
            answer.willRetry = true;
            answer.message = tr("Unduhan terputus; dicoba lagi pada sinkronisasi berikutnya");
            Q_EMIT blobFetched(answer);
            return;
        }
        m_attempts.remove(sha);
        switch (s.error().code) {
        case Error::Code::Io:
        case Error::Code::Crypto:
            answer.message = s.errorMessage(); // already the user's words (disk, content mismatch)
            break;
        case Error::Code::Network:
            answer.message = tr("Berkas gagal diunduh berulang kali; coba lagi nanti");
            break;
        default:
            // The server tells an unknown blob and one outside the user's scope apart for nobody.
            answer.message = tr("Berkas tidak tersedia di server atau Anda tidak berhak membukanya");
            break;
        }
        m_failedBlobs.insert(sha, answer.message);
        Q_EMIT blobFetched(answer);
    }

    void fetchWaiting()
    {
        const std::set<QString> waiting = m_waitingBlobs;
        for (const QString& sha : waiting) {
            if (!m_reachable)
                break; // the link dropped meanwhile: the rest waits for the next pass
            download(sha);
        }
    }

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
    // Blob downloads: waiting for the server, and refused ones (answered from memory this session).
    static constexpr int kMaxAttempts = 3;
    bool m_reachable = false; // the last pass reached the server
    std::set<QString> m_waitingBlobs;
    QHash<QString, QString> m_failedBlobs;
    QHash<QString, int> m_attempts;
};

SyncEngine::SyncEngine(Config config, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<BlobFetch>();
    m_worker = new SyncWorker(std::move(config));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::blobFetched, this, &SyncEngine::blobFetched);
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

void SyncEngine::fetchBlob(const QString& sha256)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, sha256] { worker->fetchBlob(sha256); }, Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->runPass(); }, Qt::QueuedConnection);
}

} // namespace lontar::sync

#include "SyncEngine.moc"
