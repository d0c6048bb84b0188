#pragma once

#include "core/AuditLog.h"
#include "core/EntityPolicy.h"
#include "core/Module.h"

#include <QCoreApplication>

namespace lontar::esign {

inline const QString kHistoryEntity = QStringLiteral("esign_history");
// Where the central server shows a signing record to anyone holding its QR code (VerificationPage).
inline const QString kVerificationPathPrefix = QStringLiteral("/v/");

// The TTE module's domain half: its synced entity (the signing register) and that entity's rules, and
// on the server the public verification page.
class EsignModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("esign"); }
    QList<Migration> migrations() const override { return {}; }
    QList<EntitySpec> syncedEntities() const override;
    // The verification page (/v/<recordId>), which checks uploaded PDFs against these trust anchors
    // (PEM roots, as `lontar-cli verify --trust`); empty: no signature can come out trusted.
    QList<std::shared_ptr<const PublicEndpoint>> publicEndpoints() const override;
    void setVerificationTrustDirectory(const QString& directory) { m_verificationTrustDirectory = directory; }

private:
    QString m_verificationTrustDirectory;
};

// What the stamp's QR code carries for a registered signing: "<base>/v/<recordId>?h=<documentSha256>",
// the central server's public page for that record, with the hash of the unsigned original so the page
// can say whether it matches the register. `baseUrl` is the server's public address as readers reach it
// ("https://ttd.example.go.id", a trailing '/' is dropped; a path prefix such as ".../lontar" is kept);
// `recordId` is the SigningRecord id (a UUID) that SigningHistory::record will store, so it must be
// chosen before signing; `documentSha256` is SignResult::documentSha256 of the same input (hex, written
// lower case). Both are percent-encoded. Returns an empty string when any argument is empty, so the
// caller falls back to the hash-only QR (StampAppearance::verificationUrl left empty).
QString verificationUrl(const QString& baseUrl, const QString& recordId, const QString& documentSha256);

// SHA-256 of a file as lower-case hex, as the register stores it; empty when it cannot be read.
QString fileSha256(const QString& path);

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
    // Stores under record.id when it is set (the id already printed in the QR code), else a new UUID.
    Result<QString> record(const SigningRecord& record);
    // The user's own signings, newest first.
    Result<QList<SigningRecord>> mine() const;
    // Everything this device holds: the user's own and, for an atasan, the signings of the units below
    // (the server sends only what the read scope allows).
    Result<QList<SigningRecord>> visible() const;

private:
    Result<QList<SigningRecord>> rows(bool onlyMine) const;

    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

} // namespace lontar::esign
