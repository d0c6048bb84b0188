#include "server/ServerStore.h"

#include "core/FilePermissions.h"
#include "sync/SyncProtocol.h"

#include <QDir>

namespace lontar::server {

QList<Migration> ServerModule::migrations() const
{
    const QString m = id();
    return {
        Migration::fromSql(
            m, 1, QStringLiteral("synced rows, change log, devices, tokens"),
            {
                // Current state of every synced row.
                QStringLiteral("CREATE TABLE srv_rows ("
                               " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                               " version BIGINT NOT NULL, data TEXT NOT NULL,"
                               " deleted INTEGER NOT NULL DEFAULT 0, unit_id TEXT NOT NULL DEFAULT '',"
                               " updated_at BIGINT NOT NULL,"
                               " PRIMARY KEY (entity, entity_id))"),
                // Every accepted change, in commit order: server_version is the pull cursor.
                QStringLiteral("CREATE TABLE srv_changes ("
                               " server_version {{AUTO_ID}},"
                               " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                               " version BIGINT NOT NULL, data TEXT NOT NULL,"
                               " deleted INTEGER NOT NULL DEFAULT 0, unit_id TEXT NOT NULL DEFAULT '',"
                               " device_id TEXT NOT NULL DEFAULT '', committed_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX idx_srv_changes_unit ON srv_changes(unit_id, server_version)"),
                QStringLiteral("CREATE TABLE srv_devices ("
                               " device_id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
                               " name TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
                               " last_seq BIGINT NOT NULL DEFAULT 0,"
                               " refresh_hash TEXT NOT NULL DEFAULT '',"
                               " created_at BIGINT NOT NULL, approved_by TEXT NOT NULL DEFAULT '')"),
                // The answer given to each pushed mutation, so a replay gets the same answer.
                QStringLiteral("CREATE TABLE srv_device_results ("
                               " device_id TEXT NOT NULL, seq BIGINT NOT NULL, result TEXT NOT NULL,"
                               " PRIMARY KEY (device_id, seq))"),
                QStringLiteral("CREATE TABLE srv_tokens ("
                               " token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
                               " device_id TEXT NOT NULL, expires_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE TABLE srv_login_attempts ("
                               " throttle_key TEXT PRIMARY KEY, window_start BIGINT NOT NULL,"
                               " attempts INTEGER NOT NULL)"),
            }),
        Migration::fromSql(
            m, 2, QStringLiteral("content-addressed blobs"),
            {
                QStringLiteral("CREATE TABLE srv_blobs ("
                               " sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL,"
                               " received BIGINT NOT NULL DEFAULT 0,"
                               " complete INTEGER NOT NULL DEFAULT 0,"
                               " unit_id TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE TABLE srv_blob_chunks ("
                               " sha256 TEXT NOT NULL, chunk_offset BIGINT NOT NULL,"
                               " data {{BLOB}} NOT NULL, PRIMARY KEY (sha256, chunk_offset))"),
            }),
        // A refresh whose answer was lost (cut connection, killed client) must not lock the device out:
        // the token presented at the last refresh stays valid until the next one succeeds.
        Migration::fromSql(
            m, 3, QStringLiteral("previous refresh token"),
            {QStringLiteral(
                "ALTER TABLE srv_devices ADD COLUMN prev_refresh_hash TEXT NOT NULL DEFAULT ''")}),
        accessMigration(m, 4),
        blobMigration(m, 5),
        authMigration(m, 6),
        linkMigration(m, 7),
    };
}

Migration accessMigration(const QString& module, int version)
{
    // Who may read a row is decided from these columns (docs/policy-and-identity.md): the row's scope
    // kind, unit, owner and security level, and in the change log also the values before the change,
    // so a row that leaves someone's scope reaches their devices as a removal.
    QStringList sql;
    for (const char* table : {"srv_rows", "srv_changes"}) {
        const QString t = QString::fromLatin1(table);
        sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN scope_kind TEXT NOT NULL DEFAULT 'unit'").arg(t)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN owner_id TEXT NOT NULL DEFAULT ''").arg(t)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN sec_level INTEGER NOT NULL DEFAULT 0").arg(t)
            << QStringLiteral("UPDATE %1 SET scope_kind = 'global' WHERE unit_id = ''").arg(t);
    }
    sql << QStringLiteral("ALTER TABLE srv_changes ADD COLUMN prev_scope_kind TEXT NOT NULL DEFAULT ''")
        << QStringLiteral("ALTER TABLE srv_changes ADD COLUMN prev_unit_id TEXT NOT NULL DEFAULT ''")
        << QStringLiteral("ALTER TABLE srv_changes ADD COLUMN prev_owner_id TEXT NOT NULL DEFAULT ''")
        << QStringLiteral("ALTER TABLE srv_changes ADD COLUMN prev_sec_level INTEGER NOT NULL DEFAULT 0")
        // What the device's user could see at its last pull; a change means a fresh pull from zero.
        << QStringLiteral("ALTER TABLE srv_devices ADD COLUMN scope_hash TEXT NOT NULL DEFAULT ''")
        << QStringLiteral("CREATE INDEX idx_srv_changes_entity ON srv_changes(entity, server_version)");
    return Migration::fromSql(module, version, QStringLiteral("read scopes and revocation"), sql);
}

Result<std::unique_ptr<Database>> openServerDatabase(const QString& dataDir, const QString& postgresUrl)
{
    const QString sqlitePath = dataDir + QStringLiteral("/server.sqlite");
    if (postgresUrl.isEmpty()) {
        // Tokens, password hashes and every synced row: owner-only, also when the folder and files were
        // made earlier with the umask's looser modes.
        if (Status s = FilePermissions::ownerOnlyDirectory(dataDir); !s)
            return s.error();
        if (Status s = FilePermissions::precreateDatabaseFile(sqlitePath); !s)
            return s.error();
    }
    Result<std::unique_ptr<Database>> db =
        postgresUrl.isEmpty() ? Database::openSqlite(sqlitePath) : Database::openPostgres(postgresUrl);
    if (!db)
        return db.error();
    if (postgresUrl.isEmpty()) {
        if (Status s = FilePermissions::ownerOnlyDatabaseFiles(sqlitePath); !s)
            return s.error();
    }
    CoreModule core;
    ServerModule server;
    // The directory entities are the server's own; module entities are registered by the executable.
    sync::EntityRegistry::instance().addModules({&core});
    QList<Migration> all = core.migrations();
    all.append(server.migrations());
    if (Status s = MigrationRunner::migrate(**db, all); !s)
        return s.error();
    return db;
}

} // namespace lontar::server
