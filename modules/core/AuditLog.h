#pragma once

#include "core/Database.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lontar {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime timestamp; // UTC
    QString actor;       // username, or "system"
    QString action;      // e.g. "login.success", "user.create"
    QString entity;
    QString entityId;
    QJsonObject details;
    QString previousHash;
    QString hash;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 firstBadEntry = 0; // id of the first entry that fails, 0 when intact
    QString problem;          // what failed, in words
};

// Append-only, hash-chained log: each entry stores the previous entry's hash and its own hash over
// both, and a head row records the last id, hash and count. Editing, deleting or reordering an entry,
// or cutting the tail, breaks the chain and verify() names where.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db);

    // Joins the caller's transaction when one is open, so the change and its audit entry commit together.
    Status append(const QString& actor, const QString& action, const QString& entity = {},
                  const QString& entityId = {}, const QJsonObject& details = {});
    Result<QList<AuditEntry>> entries(int limit = 200, qint64 beforeId = 0) const;
    AuditVerification verify() const;

    static QString computeHash(const AuditEntry& entry);
    // A readable, translated name for an action key ("login.failure" -> "Gagal masuk"); unknown keys
    // are returned as they are, so a module's new actions still show.
    static QString actionDisplayName(const QString& action);

private:
    Status appendLocked(const AuditEntry& draft);

    Database& m_db;
};

} // namespace lontar
