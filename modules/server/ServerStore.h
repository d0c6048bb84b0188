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

// Schema steps kept next to the code that uses them.
Migration accessMigration(const QString& module, int version); // ServerStore.cpp
Migration blobMigration(const QString& module, int version);   // ServerBlobs.cpp
Migration authMigration(const QString& module, int version);   // ServerAuth.cpp
Migration linkMigration(const QString& module, int version);   // MutationWriter.cpp

// Opens the server database (a SQLite file in dataDir, or PostgreSQL from a URL) and migrates it.
Result<std::unique_ptr<Database>> openServerDatabase(const QString& dataDir, const QString& postgresUrl);

} // namespace lontar::server
