#pragma once

#include "core/Result.h"
#include "shell/SyncStatusWidget.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QObject>
#include <QString>

#include <functional>

namespace lontar {

// What the shell's pages need of the central server: the sync state, a pass on demand, and authorised
// API calls (administration). The server decides what each call may do; a page only uses isOnline()
// to offer or grey out its buttons, so the rule lives in one place. Implemented over the sync engine
// (SyncEngineConnection); a page without a connection behaves as "sync not configured".
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const Result<QJsonObject>&)>;

    using QObject::QObject;

    virtual SyncStatusView status() const = 0;
    // Whether the last completed pass reached the server (an administration call can succeed).
    virtual bool isOnline() const = 0;
    virtual void syncNow() = 0;
    // An authorised JSON call such as POST /api/v1/admin/users. `done` runs on `context`'s thread with
    // the answer's body (2xx) or an error carrying the server's own message; never when `context` is
    // gone by then.
    virtual void call(const QByteArray& method, const QString& path, const QJsonObject& body,
                      QObject* context, Reply done) = 0;

    // Asks for a content-addressed file (blob) that a row references, e.g. a product image, to be
    // downloaded into the profile's blob folder; blobFetched answers (later, never inside this call).
    // The server decides whether the user may read it. Without a sync engine nothing can be downloaded.
    virtual void fetchBlob(const QString& sha256)
    {
        QMetaObject::invokeMethod(
            this,
            [this, sha256] {
                Q_EMIT blobFetched(sha256, false, false, tr("Sinkronisasi dengan server belum diatur"));
            },
            Qt::QueuedConnection);
    }

Q_SIGNALS:
    void statusChanged(const lontar::SyncStatusView& status);
    // ok: the file is in the blob folder. willRetry: not reachable now, fetched once the server is
    // reachable again. Otherwise `message` says why it cannot be downloaded (it is not asked again).
    void blobFetched(const QString& sha256, bool ok, bool willRetry, const QString& message);
};

} // namespace lontar
