#include "core/EntityPolicy.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lontar {

namespace {
struct ClassInfo
{
    SecurityClass value;
    const char* key;
    const char* name;
};
const ClassInfo kClasses[] = {
    {SecurityClass::Biasa, "biasa", QT_TRANSLATE_NOOP("lontar::SecurityClass", "Biasa")},
    {SecurityClass::Terbatas, "terbatas", QT_TRANSLATE_NOOP("lontar::SecurityClass", "Terbatas")},
    {SecurityClass::Rahasia, "rahasia", QT_TRANSLATE_NOOP("lontar::SecurityClass", "Rahasia")},
    {SecurityClass::SangatRahasia, "sangat_rahasia",
     QT_TRANSLATE_NOOP("lontar::SecurityClass", "Sangat Rahasia")},
};
} // namespace

QString readScopeKey(ReadScope scope)
{
    switch (scope) {
    case ReadScope::Global:
        return QStringLiteral("global");
    case ReadScope::UnitSubtree:
        return QStringLiteral("unit");
    case ReadScope::OwnerAndSupervisors:
        return QStringLiteral("owner");
    }
    return {};
}

QString securityClassKey(SecurityClass c)
{
    for (const auto& info : kClasses) {
        if (info.value == c)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<SecurityClass> securityClassFromKey(const QString& key)
{
    for (const auto& info : kClasses) {
        if (key == QLatin1String(info.key))
            return info.value;
    }
    return std::nullopt;
}

QString securityClassDisplayName(SecurityClass c)
{
    for (const auto& info : kClasses) {
        if (info.value == c)
            return QCoreApplication::translate("lontar::SecurityClass", info.name);
    }
    return {};
}

Result<Actor> Actor::forUser(Database& db, const User& user, const QString& deviceId)
{
    Actor actor{user, deviceId, {}, user.clearance};
    if (!user.unitId.isEmpty()) {
        IdentityStore ids(db);
        auto units = ids.subtreeUnitIds(user.unitId);
        if (!units)
            return units.error();
        actor.unitSubtree = *units;
    }
    return actor;
}

Status checkWriteScope(const EntitySpec& spec, const Actor& actor, const RowAccess& access,
                       const std::optional<QString>& currentUnit, bool creating)
{
    if (spec.scope == ReadScope::Global)
        return {};
    const bool stays = currentUnit && *currentUnit == access.unitId;
    // The entity's policy chose the recipient unit itself and checked it (a delivery to a unit the signed
    // letter names); nobody else may place a row outside their tree, and nobody may move one there later.
    const bool placed = spec.policyPlacesUnit && creating;
    if (access.unitId.isEmpty() || (!stays && !placed && !actor.unitSubtree.contains(access.unitId)))
        return Error(
            QCoreApplication::translate("lontar::EntityPolicy", "Unit kerja data ini di luar wewenang Anda"),
            Error::Code::Forbidden);
    if (access.securityLevel > actor.clearance)
        return Error(QCoreApplication::translate("lontar::EntityPolicy",
                                                 "Klasifikasi keamanan data melebihi izin akses Anda"),
                     Error::Code::Forbidden);
    return {};
}

bool isUuidString(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

bool isSha256String(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

FieldSchema& FieldSchema::add(Field field)
{
    m_fields.append(std::move(field));
    return *this;
}

FieldSchema& FieldSchema::string(const QString& name, bool required, int maxLength)
{
    return add({name, Type::String, required, maxLength, {}});
}
FieldSchema& FieldSchema::integer(const QString& name, bool required)
{
    return add({name, Type::Integer, required, 0, {}});
}
FieldSchema& FieldSchema::boolean(const QString& name, bool required)
{
    return add({name, Type::Boolean, required, 0, {}});
}
FieldSchema& FieldSchema::uuid(const QString& name, bool required)
{
    return add({name, Type::Uuid, required, 36, {}});
}
FieldSchema& FieldSchema::sha256(const QString& name, bool required)
{
    return add({name, Type::Sha256, required, 64, {}});
}
FieldSchema& FieldSchema::enumeration(const QString& name, bool required, const QStringList& values)
{
    return add({name, Type::Enum, required, 0, values});
}
FieldSchema& FieldSchema::timestamp(const QString& name, bool required)
{
    return add({name, Type::Timestamp, required, 0, {}});
}

Status FieldSchema::validate(const QJsonObject& data) const
{
    auto invalid = [](const QString& field, const QString& why) {
        return Error(tr("Kolom %1 tidak valid: %2").arg(field, why), Error::Code::InvalidInput);
    };
    for (auto it = data.begin(); it != data.end(); ++it) {
        const bool known = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                       [&](const Field& f) { return f.name == it.key(); });
        if (!known)
            return Error(tr("Kolom %1 tidak dikenal").arg(it.key().left(40)), Error::Code::InvalidInput);
    }
    for (const Field& f : m_fields) {
        const QJsonValue v = data.value(f.name);
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                return Error(tr("Kolom %1 wajib diisi").arg(f.name), Error::Code::InvalidInput);
            continue;
        }
        switch (f.type) {
        case Type::String:
            if (!v.isString())
                return invalid(f.name, tr("harus teks"));
            if (v.toString().size() > f.maxLength)
                return invalid(f.name, tr("paling banyak %1 karakter").arg(f.maxLength));
            if (f.required && v.toString().trimmed().isEmpty())
                return Error(tr("Kolom %1 wajib diisi").arg(f.name), Error::Code::InvalidInput);
            break;
        case Type::Integer:
        case Type::Timestamp: {
            const double d = v.toDouble();
            if (!v.isDouble() || d != double(qint64(d)) || std::abs(d) > 9.0e15)
                return invalid(f.name, tr("harus bilangan bulat"));
            if (f.type == Type::Timestamp && d < 0)
                return invalid(f.name, tr("waktu tidak valid"));
            break;
        }
        case Type::Boolean:
            if (!v.isBool())
                return invalid(f.name, tr("harus ya/tidak"));
            break;
        case Type::Uuid:
            if (!v.isString() || !isUuidString(v.toString()))
                return invalid(f.name, tr("harus UUID"));
            break;
        case Type::Sha256:
            if (!v.isString() || !isSha256String(v.toString()))
                return invalid(f.name, tr("harus SHA-256 (64 huruf heksadesimal)"));
            break;
        case Type::Enum:
            if (!v.isString() || !f.values.contains(v.toString()))
                return invalid(f.name,
                               tr("harus salah satu dari %1").arg(f.values.join(QStringLiteral(", "))));
            break;
        case Type::StringList: {
            if (!v.isArray() || v.toArray().size() > f.maxLength)
                return invalid(f.name, tr("harus daftar teks"));
            for (const QJsonValue& item : v.toArray()) {
                if (!item.isString() || item.toString().size() > 200)
                    return invalid(f.name, tr("harus daftar teks"));
            }
            break;
        }
        case Type::Object:
            if (!v.isObject())
                return invalid(f.name, tr("harus objek"));
            break;
        }
    }
    return {};
}

} // namespace lontar
