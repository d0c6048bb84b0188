#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include "sync/Transport.h"

#include <functional>

#include <memory>

class QThread;

namespace lontar::sync {

struct SyncStatus
{
    enum class State
    {
        NotConfigured,
        Offline,
        Online,
        Syncing,
        Error
    };
    State state = State::NotConfigured;
    qint64 pendingChanges = 0;
    QDateTime lastSync; // UTC, invalid when never
    QString lastError;
};

// The answer to SyncEngine::fetchBlob.
struct BlobFetch
{
    QString sha256;
    bool ok = false;        // the file is in the blob folder now
    bool willRetry = false; // the server is not reachable now: fetched after the next successful pass
    QString message;        // why not, in the user's words
};

class SyncWorker;

// Runs synchronisation off the UI thread: periodic passes, an immediate pass on request, exponential
// backoff with jitter after failures, and a status signal for the shell's status bar. The worker has
// its own database connection and network stack on its own thread.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString databasePath; // the profile's SQLite file
        QString baseUrl;      // https://host:port
        QString
            pinnedSha256; // certificate fingerprint to accept (self-signed embedded server); empty: CA check
        QString blobDir;
        int intervalMs = 30000;
    };

    explicit SyncEngine(Config config, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Enrols the device with the user's password if needed (used once, never stored), then syncs.
    void start(const QString& username, const QString& password);
    void syncNow();
    // Runs an authorised API call (e.g. administration) on the sync thread and hands the answer to
    // `done` on `context`'s thread; nothing happens if `context` is gone by then.
    void request(const HttpRequest& request, QObject* context,
                 std::function<void(const Result<HttpReply>&)> done);
    SyncStatus status() const { return m_status; }

    // Downloads a content-addressed blob into the blob folder (config.blobDir/<sha256>) on the sync
    // thread and answers with blobFetched. A blob already there answers at once; one asked for while the
    // server is unreachable waits for the next successful pass; one the server refuses (not readable by
    // this user, unknown) is remembered for the session and answered from memory, never retried in a loop.
    void fetchBlob(const QString& sha256);

Q_SIGNALS:
    void statusChanged(const lontar::sync::SyncStatus& status);
    void blobFetched(const lontar::sync::BlobFetch& result);

private:
    std::unique_ptr<QThread> m_thread;
    SyncWorker* m_worker = nullptr; // lives in m_thread, deleted when it finishes
    SyncStatus m_status;
};

} // namespace lontar::sync

Q_DECLARE_METATYPE(lontar::sync::SyncStatus)
Q_DECLARE_METATYPE(lontar::sync::BlobFetch)
