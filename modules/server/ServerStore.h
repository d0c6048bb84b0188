#pragma once

#include "core/Database.h"
#include "core/Module.h"

namespace lontar::server {

// The server's schema on top of core's (users, units, audit): synced rows and their change log,
// devices and tokens, login throttling, blobs. The same SQL runs on SQLite and PostgreSQL.
class ServerModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("server"); }
    QList<Migration> migrations() const override;
};

// Opens the server database (a SQLite file in dataDir, or PostgreSQL from a URL) and migrates it.
Result<std::unique_ptr<Database>> openServerDatabase(const QString& dataDir, const QString& postgresUrl);

} // namespace lontar::server
