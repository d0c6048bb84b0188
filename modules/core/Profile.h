#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/Identity.h"
#include "core/Module.h"
#include "core/Result.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace lontar {

// One user's working data: a folder holding the SQLite database (and later blobs and keys).
// `lontar --profile DIR` picks the folder; each profile is independent.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    ~Profile();

    // Creates the folder if needed, opens the database and applies every module's migrations.
    static Result<std::unique_ptr<Profile>> open(const QString& directory,
                                                 const QList<const Module*>& modules);
    static QString defaultDirectory();
    static QString databaseFileName() { return QStringLiteral("lontar.sqlite"); }

    QString directory() const { return m_directory; }
    Database& database() { return *m_db; }
    IdentityStore& identity() { return *m_identity; }
    AuditLog& audit() { return *m_audit; }
    Settings& settings() { return *m_settings; }

private:
    Profile() = default;

    QString m_directory;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IdentityStore> m_identity;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Settings> m_settings;
};

// Seeds a demo regency (units, users, roles) into an empty profile so the app is usable at first start.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static QString demoPassword() { return QStringLiteral("lontar-demo"); }
    // Does nothing and succeeds when the profile already has users.
    static Status seed(Profile& profile,
                       const QString& jsonPath = QStringLiteral(":/lontar/demo/regency.json"));
    // The same on any migrated database (the central server seeds its store this way).
    static Status seed(Database& db, const QString& jsonPath = QStringLiteral(":/lontar/demo/regency.json"));
};

} // namespace lontar
