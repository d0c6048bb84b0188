#include "core/Profile.h"
#include "core/Uuid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lontar {

Status DemoData::seed(Profile& profile, const QString& jsonPath)
{
    return seed(profile.database(), jsonPath);
}

Status DemoData::seed(Database& db, const QString& jsonPath)
{
    IdentityStore identity(db);
    Settings settings(db);
    AuditLog audit(db);
    auto count = identity.userCount();
    if (!count)
        return count.error();
    if (*count > 0)
        return {};

    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Data demo tidak ditemukan: %1").arg(jsonPath), Error::Code::NotFound);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return Error(tr("Data demo rusak: %1").arg(parseError.errorString()), Error::Code::InvalidInput);
    const QJsonObject root = doc.object();

    Transaction tx(db);
    if (!tx.status())
        return tx.status();

    QHash<QString, QString> unitIdByCode;
    const QJsonArray units = root.value(QStringLiteral("units")).toArray();
    for (const QJsonValue& v : units) {
        const QJsonObject o = v.toObject();
        OrgUnit unit;
        unit.code = o.value(QStringLiteral("code")).toString();
        unit.name = o.value(QStringLiteral("name")).toString();
        unit.kind = o.value(QStringLiteral("kind")).toString();
        unit.timeZone = root.value(QStringLiteral("timeZone")).toString();
        unit.parentId = unitIdByCode.value(o.value(QStringLiteral("parent")).toString());
        unit.id = nameBasedUuid(QStringLiteral("demo/unit/") + unit.code);
        auto created = identity.createUnit(unit);
        if (!created)
            return created.error();
        unitIdByCode.insert(unit.code, created->id);
    }

    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    for (const QJsonValue& v : users) {
        const QJsonObject o = v.toObject();
        User user;
        user.username = o.value(QStringLiteral("username")).toString();
        user.nip = o.value(QStringLiteral("nip")).toString();
        user.fullName = o.value(QStringLiteral("fullName")).toString();
        user.position = o.value(QStringLiteral("position")).toString();
        user.unitId = unitIdByCode.value(o.value(QStringLiteral("unit")).toString());
        user.id = nameBasedUuid(QStringLiteral("demo/user/") + user.username);
        user.clearance = o.value(QStringLiteral("clearance")).toInt(0);
        for (const QJsonValue& r : o.value(QStringLiteral("roles")).toArray()) {
            if (auto role = roleFromKey(r.toString()))
                user.roles.append(*role);
        }
        auto created = identity.createUser(user, demoPassword());
        if (!created)
            return Error(tr("Pengguna demo %1: %2").arg(user.username, created.errorMessage()),
                         created.error().code);
    }
    if (Status s =
            settings.setValue(Settings::regencyNameKey(), root.value(QStringLiteral("regency")).toString());
        !s)
        return s;
    if (Status s = audit.append(
            QStringLiteral("system"), QStringLiteral("demo.seed"), QString(), QString(),
            QJsonObject{{QStringLiteral("units"), units.size()}, {QStringLiteral("users"), users.size()}});
        !s)
        return s;
    return tx.commit();
}

} // namespace lontar
