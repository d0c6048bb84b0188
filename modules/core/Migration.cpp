#include "core/Migration.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace lontar {

QString MigrationRunner::expandDialect(const QString& sql, Database::Dialect dialect)
{
    QString out = sql;
    if (dialect == Database::Dialect::Sqlite) {
        out.replace(QLatin1String("{{AUTO_ID}}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out.replace(QLatin1String("{{BLOB}}"), QLatin1String("BLOB"));
    } else {
        out.replace(QLatin1String("{{AUTO_ID}}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        out.replace(QLatin1String("{{BLOB}}"), QLatin1String("BYTEA"));
    }
    return out;
}

Migration Migration::fromSql(const QString& module, int version, const QString& description,
                             const QStringList& statements)
{
    Migration m;
    m.module = module;
    m.version = version;
    m.description = description;
    m.apply = [statements](Database& db) -> Status {
        for (const QString& statement : statements) {
            auto r = db.exec(MigrationRunner::expandDialect(statement, db.dialect()));
            if (!r)
                return r.error();
        }
        return {};
    };
    return m;
}

static Status ensureMigrationTable(Database& db)
{
    auto r = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                    " module TEXT NOT NULL,"
                                    " version INTEGER NOT NULL,"
                                    " description TEXT NOT NULL,"
                                    " applied_at BIGINT NOT NULL,"
                                    " PRIMARY KEY (module, version))"));
    if (!r)
        return r.error();
    return {};
}

Result<int> MigrationRunner::currentVersion(Database& db, const QString& module)
{
    if (auto s = ensureMigrationTable(db); !s)
        return s.error();
    auto v = db.scalar(
        QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE module = ?"), {module});
    if (!v)
        return v.error();
    return v->toInt();
}

Status MigrationRunner::migrate(Database& db, const QList<Migration>& migrations)
{
    // Validate the list itself before touching the database.
    QHash<QString, int> highestKnown;
    QSet<QString> seen;
    for (const Migration& m : migrations) {
        const QString key = m.module + QLatin1Char('#') + QString::number(m.version);
        if (m.version <= 0 || !m.apply || seen.contains(key))
            return Error(
                tr("Daftar migrasi tidak valid untuk modul %1 versi %2").arg(m.module).arg(m.version),
                Error::Code::InvalidInput);
        seen.insert(key);
        highestKnown[m.module] = std::max(highestKnown.value(m.module), m.version);
    }

    Transaction tx(db);
    if (!tx.status().ok())
        return tx.status();
    if (db.dialect() == Database::Dialect::Postgres) {
        // Several server instances may start together: one migrates, the others wait and then see it done.
        if (auto r = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7172001)")); !r)
            return r.error();
    }
    if (auto s = ensureMigrationTable(db); !s)
        return s;

    QHash<QString, int> current;
    {
        auto q =
            db.exec(QStringLiteral("SELECT module, MAX(version) FROM schema_migrations GROUP BY module"));
        if (!q)
            return q.error();
        while (q->next())
            current[q->value(0).toString()] = q->value(1).toInt();
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (highestKnown.contains(it.key()) && it.value() > highestKnown.value(it.key()))
            return Error(tr("Basis data dibuat oleh versi Lontar yang lebih baru (modul %1 versi %2); "
                            "perbarui aplikasi sebelum membukanya.")
                             .arg(it.key())
                             .arg(it.value()),
                         Error::Code::Conflict);
    }

    // Modules in the order they were registered (core first), versions ascending within each.
    QStringList moduleOrder;
    for (const Migration& m : migrations) {
        if (!moduleOrder.contains(m.module))
            moduleOrder.append(m.module);
    }
    QList<Migration> pending;
    for (const QString& module : std::as_const(moduleOrder)) {
        QList<Migration> steps;
        for (const Migration& m : migrations) {
            if (m.module == module && m.version > current.value(m.module, 0))
                steps.append(m);
        }
        std::sort(steps.begin(), steps.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        pending.append(steps);
    }

    for (const Migration& m : pending) {
        if (Status s = m.apply(db); !s)
            return Error(tr("Migrasi %1 versi %2 (%3) gagal: %4")
                             .arg(m.module)
                             .arg(m.version)
                             .arg(m.description, s.errorMessage()),
                         Error::Code::Database);
        auto r =
            db.exec(QStringLiteral("INSERT INTO schema_migrations (module, version, description, applied_at) "
                                   "VALUES (?, ?, ?, ?)"),
                    {m.module, m.version, m.description, QDateTime::currentMSecsSinceEpoch()});
        if (!r)
            return r.error();
    }
    return tx.commit();
}

} // namespace lontar
