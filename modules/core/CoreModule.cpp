#include "core/Module.h"

namespace lontar {

QList<Migration> CoreModule::migrations() const
{
    const QString core = id();
    return {
        Migration::fromSql(core, 1, QStringLiteral("identity: units, users, roles"),
                           {
                               QStringLiteral("CREATE TABLE org_units ("
                                              " id TEXT PRIMARY KEY,"
                                              " parent_id TEXT REFERENCES org_units(id),"
                                              " code TEXT NOT NULL UNIQUE,"
                                              " name TEXT NOT NULL,"
                                              " kind TEXT NOT NULL DEFAULT 'opd',"
                                              " time_zone TEXT NOT NULL DEFAULT 'Asia/Jakarta')"),
                               QStringLiteral("CREATE TABLE users ("
                                              " id TEXT PRIMARY KEY,"
                                              " username TEXT NOT NULL UNIQUE,"
                                              " nip TEXT NOT NULL UNIQUE,"
                                              " full_name TEXT NOT NULL,"
                                              " position TEXT NOT NULL DEFAULT '',"
                                              " unit_id TEXT REFERENCES org_units(id),"
                                              " password_hash TEXT NOT NULL,"
                                              " active INTEGER NOT NULL DEFAULT 1,"
                                              " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                                              " locked_until BIGINT NOT NULL DEFAULT 0,"
                                              " created_at BIGINT NOT NULL,"
                                              " updated_at BIGINT NOT NULL)"),
                               QStringLiteral("CREATE TABLE user_roles ("
                                              " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                                              " role TEXT NOT NULL,"
                                              " PRIMARY KEY (user_id, role))"),
                               QStringLiteral("CREATE INDEX idx_users_unit ON users(unit_id)"),
                           }),
        Migration::fromSql(core, 2, QStringLiteral("settings"),
                           {
                               QStringLiteral("CREATE TABLE settings ("
                                              " key TEXT PRIMARY KEY,"
                                              " value TEXT NOT NULL,"
                                              " updated_at BIGINT NOT NULL)"),
                           }),
        Migration::fromSql(core, 3, QStringLiteral("hash-chained audit log"),
                           {
                               QStringLiteral("CREATE TABLE audit_log ("
                                              " id BIGINT PRIMARY KEY,"
                                              " ts BIGINT NOT NULL,"
                                              " actor TEXT NOT NULL,"
                                              " action TEXT NOT NULL,"
                                              " entity TEXT NOT NULL DEFAULT '',"
                                              " entity_id TEXT NOT NULL DEFAULT '',"
                                              " details TEXT NOT NULL DEFAULT '{}',"
                                              " prev_hash TEXT NOT NULL,"
                                              " hash TEXT NOT NULL)"),
                               QStringLiteral("CREATE TABLE audit_head ("
                                              " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                              " last_id BIGINT NOT NULL,"
                                              " last_hash TEXT NOT NULL,"
                                              " entry_count BIGINT NOT NULL)"),
                           }),
        // The directory comes from the server: clearance for security classes, and a credential
        // version the server bumps on every password change, so a device drops its offline verifier.
        Migration::fromSql(core, 4, QStringLiteral("clearance, credential version"),
                           {
                               QStringLiteral("ALTER TABLE users ADD COLUMN clearance INTEGER NOT NULL "
                                              "DEFAULT 0"),
                               QStringLiteral("ALTER TABLE users ADD COLUMN credential_version BIGINT NOT "
                                              "NULL DEFAULT 1"),
                           }),
    };
}

} // namespace lontar
