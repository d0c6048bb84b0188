#pragma once
// Small helpers shared by the server's request handlers (internal to modules/server).
#include "core/Database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lontar::server::detail {

QString sha256Hex(const QByteArray& data);
QString randomToken();
bool parseObject(const QByteArray& body, QJsonObject* out);
QString inList(int n);
// Every writer of srv_changes holds this lock until commit, so cursor values become visible in
// the order they were allocated: a reader never skips a change that commits late.
Status lockChangeLog(Database& db);

} // namespace lontar::server::detail
