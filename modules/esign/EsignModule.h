#pragma once

#include "core/AuditLog.h"
#include "core/EntityPolicy.h"
#include "core/Module.h"

#include <QCoreApplication>

namespace lontar::esign {

inline const QString kHistoryEntity = QStringLiteral("esign_history");

// The TTE module's domain half: its synced entity (the signing register) and that entity's rules.
class EsignModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("esign"); }
    QList<Migration> migrations() const override { return {}; }
    QList<EntitySpec> syncedEntities() const override;
};

// One signing or failed signing in the register.
struct SigningRecord
{
    QString id;
    QString documentName;
    QString documentSha256; // the original
    QString signedSha256;   // the signed output (empty when signing failed)
    QString outcome;        // "signed" or "failed"
    QString level;          // "B-B", "B-T", ...
    QString error;          // why signing failed
    qint64 signedAtMs = 0;  // the device's clock: a claim, kept next to the server's receivedAt
    qint64 receivedAtMs = 0;
    QString signerId;
    QString signerName;
    QString signerNip;
    bool pending = false; // not yet acknowledged by the server

    QJsonObject toJson() const;
    static SigningRecord fromJson(const QString& id, const QJsonObject& o);
};

// The register as the desktop uses it: every signing and failed attempt is recorded as the logged-in
// user (the policy sets the signer from the session, on the device and again on the server) and goes
// into the audit log in the same transaction.
class SigningHistory
{
    Q_DECLARE_TR_FUNCTIONS(lontar::esign::SigningHistory)

public:
    SigningHistory(Database& db, AuditLog& audit, Actor actor);
    Result<QString> record(const SigningRecord& record);
    // The user's own signings, newest first.
    Result<QList<SigningRecord>> mine() const;

private:
    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

} // namespace lontar::esign
