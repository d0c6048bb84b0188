#include "esign/EsignModule.h"

#include <QFile>

#include <QCryptographicHash>

#include "esign/VerificationPage.h"
#include "sync/ClientStore.h"

#include <QDateTime>
#include <QUrl>

namespace lontar::esign {

namespace {

// The signing register's rules: the signer is whoever is logged in (never a name the client sends),
// the row belongs to the signer's unit, and the server stamps when it received the record.
class SigningHistoryPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::esign::SigningHistoryPolicy)

public:
    SigningHistoryPolicy()
    {
        m_schema.string(QStringLiteral("documentName"), true, 255)
            .sha256(QStringLiteral("documentSha256"), true)
            .sha256(QStringLiteral("signedSha256"), false)
            .enumeration(QStringLiteral("outcome"), true,
                         {QStringLiteral("signed"), QStringLiteral("failed")})
            .enumeration(QStringLiteral("level"), false,
                         {QStringLiteral("B-B"), QStringLiteral("B-T"), QStringLiteral("B-LT"),
                          QStringLiteral("B-LTA")})
            .string(QStringLiteral("error"), false, 500)
            .timestamp(QStringLiteral("signedAt"), true)
            .timestamp(QStringLiteral("receivedAt"), false)
            .uuid(QStringLiteral("signerId"), false)
            .string(QStringLiteral("signerName"), false, 200)
            .string(QStringLiteral("signerNip"), false, 18)
            .uuid(QStringLiteral("unitId"), false);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return Error(tr("Riwayat tanda tangan tidak dapat dihapus"), Error::Code::Forbidden);
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        const User& me = context.actor.user;
        const QString claimedSigner = data.value(QStringLiteral("signerId")).toString();
        if (!claimedSigner.isEmpty() && claimedSigner != me.id)
            return Error(tr("Riwayat tanda tangan hanya dapat dicatat atas nama Anda sendiri"),
                         Error::Code::Forbidden);
        const QString claimedUnit = data.value(QStringLiteral("unitId")).toString();
        if (!claimedUnit.isEmpty() && claimedUnit != me.unitId)
            return Error(tr("Unit kerja pada riwayat tidak sesuai dengan unit Anda"), Error::Code::Forbidden);
        const QString outcome = data.value(QStringLiteral("outcome")).toString();
        if (outcome == QLatin1String("signed") &&
            data.value(QStringLiteral("signedSha256")).toString().isEmpty())
            return Error(tr("Penandatanganan yang berhasil harus menyebut hash berkas hasil"),
                         Error::Code::InvalidInput);
        if (outcome == QLatin1String("failed") &&
            data.value(QStringLiteral("error")).toString().trimmed().isEmpty())
            return Error(tr("Penandatanganan yang gagal harus menyebut alasannya"),
                         Error::Code::InvalidInput);
        // Actor fields come from the session, on the device and again on the server.
        data.insert(QStringLiteral("signerId"), me.id);
        if (!me.fullName.isEmpty())
            data.insert(QStringLiteral("signerName"), me.fullName);
        if (!me.nip.isEmpty())
            data.insert(QStringLiteral("signerNip"), me.nip);
        if (!me.unitId.isEmpty())
            data.insert(QStringLiteral("unitId"), me.unitId);
        if (context.onServer)
            data.insert(QStringLiteral("receivedAt"), double(context.serverTimeMs));
        else
            data.remove(QStringLiteral("receivedAt"));
        return RowAccess{me.unitId, me.id, 0, {}};
    }

private:
    FieldSchema m_schema;
};

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QList<EntitySpec> EsignModule::syncedEntities() const
{
    // The signer and their supervisors see a signing; nobody else needs to.
    return {EntitySpec{kHistoryEntity,
                       ConflictRule::AppendOnly,
                       ReadScope::OwnerAndSupervisors,
                       16 * 1024,
                       {},
                       std::make_shared<SigningHistoryPolicy>(),
                       {},
                       {}}};
}

QList<std::shared_ptr<const PublicEndpoint>> EsignModule::publicEndpoints() const
{
    return {std::make_shared<VerificationPage>(m_verificationTrustDirectory)};
}

QString fileSha256(const QString& path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QString verificationUrl(const QString& baseUrl, const QString& recordId, const QString& documentSha256)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.isEmpty() || recordId.isEmpty() || documentSha256.isEmpty())
        return {};
    return base + kVerificationPathPrefix + QString::fromLatin1(QUrl::toPercentEncoding(recordId)) +
           QStringLiteral("?h=") + QString::fromLatin1(QUrl::toPercentEncoding(documentSha256.toLower()));
}

QJsonObject SigningRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("documentName"), documentName},
                  {QStringLiteral("documentSha256"), documentSha256},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("signedAt"), double(signedAtMs)}};
    if (!signedSha256.isEmpty())
        o.insert(QStringLiteral("signedSha256"), signedSha256);
    if (!level.isEmpty())
        o.insert(QStringLiteral("level"), level);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error.left(500));
    return o;
}

SigningRecord SigningRecord::fromJson(const QString& id, const QJsonObject& o)
{
    SigningRecord r;
    r.id = id;
    r.documentName = str(o, "documentName");
    r.documentSha256 = str(o, "documentSha256");
    r.signedSha256 = str(o, "signedSha256");
    r.outcome = str(o, "outcome");
    r.level = str(o, "level");
    r.error = str(o, "error");
    r.signedAtMs = qint64(o.value(QStringLiteral("signedAt")).toDouble());
    r.receivedAtMs = qint64(o.value(QStringLiteral("receivedAt")).toDouble());
    r.signerId = str(o, "signerId");
    r.signerName = str(o, "signerName");
    r.signerNip = str(o, "signerNip");
    return r;
}

SigningHistory::SigningHistory(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<QString> SigningHistory::record(const SigningRecord& record)
{
    SigningRecord r = record;
    if (r.signedAtMs == 0)
        r.signedAtMs = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    sync::ClientStore store(m_db, m_actor);
    auto id = store.put(kHistoryEntity, r.id, r.toJson());
    if (!id)
        return id.error();
    const QString action = r.outcome == QLatin1String("signed") ? QStringLiteral("esign.sign")
                                                                : QStringLiteral("esign.sign_failed");
    QJsonObject details{{QStringLiteral("document"), r.documentName},
                        {QStringLiteral("documentSha256"), r.documentSha256}};
    if (!r.signedSha256.isEmpty())
        details.insert(QStringLiteral("signedSha256"), r.signedSha256);
    if (!r.error.isEmpty())
        details.insert(QStringLiteral("error"), r.error.left(500));
    if (Status s = m_audit.append(m_actor.user.username, action, kHistoryEntity, *id, details); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<QList<SigningRecord>> SigningHistory::mine() const
{
    return rows(true);
}

Result<QList<SigningRecord>> SigningHistory::visible() const
{
    return rows(false);
}

Result<QList<SigningRecord>> SigningHistory::rows(bool onlyMine) const
{
    sync::ClientStore store(m_db);
    auto rows = store.list(kHistoryEntity);
    if (!rows)
        return rows.error();
    QList<SigningRecord> out;
    for (const sync::SyncedRow& row : *rows) {
        SigningRecord r = SigningRecord::fromJson(row.entityId, row.data);
        if (onlyMine && r.signerId != m_actor.user.id)
            continue;
        r.pending = row.pending;
        out.append(r);
    }
    // UUIDv7 ids sort by creation: newest first.
    std::sort(out.begin(), out.end(),
              [](const SigningRecord& a, const SigningRecord& b) { return a.id > b.id; });
    return out;
}

} // namespace lontar::esign
