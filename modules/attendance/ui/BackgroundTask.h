#pragma once

#include "core/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace lontar::attendance {

// Runs `work` on its own thread with its own connection to the profile's database (a Qt SQL
// connection belongs to the thread that opened it), then `done` on `context`'s thread — never when
// `context` is gone by then. For the recap and the team view, which read a whole unit's month.
template <typename T>
void runInBackground(QObject* context, const QString& databasePath, std::function<Result<T>(Database&)> work,
                     std::function<void(Result<T>)> done)
{
    auto result = std::make_shared<Result<T>>(Error(QString()));
    QThread* worker = QThread::create([result, databasePath, work = std::move(work)] {
        auto db = Database::openSqlite(databasePath);
        if (!db) {
            *result = db.error();
            return;
        }
        *result = work(**db);
    });
    QPointer<QObject> guard(context);
    QObject::connect(worker, &QThread::finished, context, [worker, result, guard, done = std::move(done)] {
        worker->deleteLater();
        if (guard)
            done(std::move(*result));
    });
    worker->start();
}

} // namespace lontar::attendance
