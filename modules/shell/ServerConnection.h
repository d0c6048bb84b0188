#pragma once

#include "core/Result.h"
#include "shell/SyncStatusWidget.h"

#include <QByteArray>
#include <QJsonObject>
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

Q_SIGNALS:
    void statusChanged(const lontar::SyncStatusView& status);
};

} // namespace lontar
