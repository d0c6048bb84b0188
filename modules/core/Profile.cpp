#include "core/Profile.h"

#include "core/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace lontar {

Profile::~Profile() = default;

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/default");
}

Result<std::unique_ptr<Profile>> Profile::open(const QString& directory, const QList<const Module*>& modules)
{
    if (!QDir().mkpath(directory))
        return Error(tr("Tidak dapat membuat folder profil %1").arg(QDir::toNativeSeparators(directory)),
                     Error::Code::Io);
    // The profile holds password verifiers, refresh tokens and personal data: owner-only, also when the
    // folder was made earlier with looser modes.
    if (Status s = FilePermissions::ownerOnlyDirectory(directory); !s)
        return s.error();
    std::unique_ptr<Profile> profile(new Profile);
    profile->m_directory = QDir(directory).absolutePath();
    const QString dbPath = profile->m_directory + QLatin1Char('/') + databaseFileName();
    if (Status s = FilePermissions::precreateDatabaseFile(dbPath); !s)
        return s.error();
    auto db = Database::openSqlite(dbPath);
    if (!db)
        return db.error();
    profile->m_db = std::move(*db);
    if (Status s = FilePermissions::ownerOnlyDatabaseFiles(dbPath); !s)
        return s.error();

    CoreModule core;
    QList<Migration> all = core.migrations();
    for (const Module* m : modules) {
        if (m && m->id() != core.id())
            all.append(m->migrations());
    }
    if (Status s = MigrationRunner::migrate(*profile->m_db, all); !s)
        return s.error();

    profile->m_identity = std::make_unique<IdentityStore>(*profile->m_db);
    profile->m_audit = std::make_unique<AuditLog>(*profile->m_db);
    profile->m_settings = std::make_unique<Settings>(*profile->m_db);
    return profile;
}

} // namespace lontar
