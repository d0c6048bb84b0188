#pragma once

#include "core/Database.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lontar {

// One schema step of one module. Versions count up from 1 per module and are never edited once
// released; a change is a new step.
struct Migration
{
    QString module;
    int version = 0;
    QString description;
    std::function<Status(Database&)> apply;

    // A step made of plain statements. The tokens {{AUTO_ID}} (an auto-increment integer primary
    // key) and {{BLOB}} are replaced with the dialect's spelling, so one text serves SQLite and
    // PostgreSQL.
    static Migration fromSql(const QString& module, int version, const QString& description,
                             const QStringList& statements);
};

class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    // Applies every pending step in one transaction: either all succeed or the database is left
    // exactly as it was. Refuses a database written by a newer version of the program.
    static Status migrate(Database& db, const QList<Migration>& migrations);
    static Result<int> currentVersion(Database& db, const QString& module);
    static QString expandDialect(const QString& sql, Database::Dialect dialect);
};

} // namespace lontar
