#include "core/Settings.h"

#include <QDateTime>

namespace lontar {

Settings::Settings(Database& db)
    : m_db(db)
{}

QString Settings::value(const QString& key, const QString& fallback) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v || !v->isValid())
        return fallback;
    return v->toString();
}

Status Settings::setValue(const QString& key, const QString& value)
{
    // Portable upsert: SQLite 3.24+ and PostgreSQL both accept ON CONFLICT ... DO UPDATE.
    auto r = m_db.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                      "updated_at = excluded.updated_at"),
                       {key, value, QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return r.error();
    return {};
}

Status Settings::remove(const QString& key)
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!r)
        return r.error();
    return {};
}

} // namespace lontar
