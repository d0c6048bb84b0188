#include "server/ServerUtil.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/rand.h>

namespace lontar::server::detail {

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size())) != 1)
        return {};
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool parseObject(const QByteArray& body, QJsonObject* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

QString inList(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

Status lockChangeLog(Database& db)
{
    if (db.dialect() != Database::Dialect::Postgres)
        return {}; // SQLite: BEGIN IMMEDIATE already serialises writers
    auto r = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7172002)"));
    if (!r)
        return r.error();
    return {};
}

} // namespace lontar::server::detail
