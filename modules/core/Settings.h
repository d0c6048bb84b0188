#pragma once

#include "core/Database.h"
#include "core/Result.h"

#include <QString>
#include <QVariant>

namespace lontar {

// Profile-wide settings kept in the database, so they travel with the profile and back up with it.
class Settings
{
public:
    explicit Settings(Database& db);

    QString value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);

    // Well-known keys.
    static QString languageKey() { return QStringLiteral("ui.language"); }
    static QString regencyNameKey() { return QStringLiteral("org.regency_name"); }

private:
    Database& m_db;
};

} // namespace lontar
