#include "sync/SyncProtocol.h"

#include <QJsonValue>

namespace lontar::sync {

EntityRegistry& EntityRegistry::instance()
{
    static EntityRegistry registry;
    return registry;
}

void EntityRegistry::addModules(const QList<const Module*>& modules)
{
    for (const Module* module : modules) {
        if (!module)
            continue;
        for (const EntitySpec& spec : module->syncedEntities())
            add(spec);
    }
}

void EntityRegistry::add(const EntitySpec& spec)
{
    for (EntitySpec& existing : m_specs) {
        if (existing.name == spec.name) {
            existing = spec;
            return;
        }
    }
    m_specs.append(spec);
}

const EntitySpec* EntityRegistry::find(const QString& name) const
{
    for (const EntitySpec& spec : m_specs) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString opName(MutationOp op)
{
    return op == MutationOp::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
}

bool opFromName(const QString& name, MutationOp* op)
{
    if (name == QLatin1String("upsert"))
        *op = MutationOp::Upsert;
    else if (name == QLatin1String("delete"))
        *op = MutationOp::Delete;
    else
        return false;
    return true;
}

QString statusName(MutationStatus s)
{
    switch (s) {
    case MutationStatus::Applied:
        return QStringLiteral("applied");
    case MutationStatus::Duplicate:
        return QStringLiteral("duplicate");
    case MutationStatus::Conflict:
        return QStringLiteral("conflict");
    case MutationStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

bool statusFromName(const QString& name, MutationStatus* s)
{
    for (MutationStatus candidate : {MutationStatus::Applied, MutationStatus::Duplicate,
                                     MutationStatus::Conflict, MutationStatus::Rejected}) {
        if (statusName(candidate) == name) {
            *s = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject Mutation::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("mutationId"), mutationId},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("entityId"), entityId},
                       {QStringLiteral("op"), opName(op)},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("baseVersion"), baseVersion}};
}

bool Mutation::fromJson(const QJsonObject& o, Mutation* out, QString* error)
{
    // Strict: a field of the wrong type is an error, never a silent default.
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    const QJsonValue entity = o.value(QStringLiteral("entity"));
    const QJsonValue entityId = o.value(QStringLiteral("entityId"));
    const QJsonValue op = o.value(QStringLiteral("op"));
    const QJsonValue data = o.value(QStringLiteral("data"));
    const QJsonValue base = o.value(QStringLiteral("baseVersion"));
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() != double(qint64(seq.toDouble()))) {
        *error = QStringLiteral("seq must be a positive integer");
        return false;
    }
    if (!entity.isString() || !entityId.isString() || entityId.toString().isEmpty() ||
        entityId.toString().size() > 64) {
        *error = QStringLiteral("entity and entityId (at most 64 characters) are required strings");
        return false;
    }
    if (!op.isString() || !opFromName(op.toString(), &out->op)) {
        *error = QStringLiteral("op must be upsert or delete");
        return false;
    }
    if (!data.isUndefined() && !data.isObject()) {
        *error = QStringLiteral("data must be an object");
        return false;
    }
    if (!base.isUndefined() && (!base.isDouble() || base.toDouble() < 0)) {
        *error = QStringLiteral("baseVersion must be a non-negative integer");
        return false;
    }
    out->seq = qint64(seq.toDouble());
    out->mutationId = o.value(QStringLiteral("mutationId")).toString();
    out->entity = entity.toString();
    out->entityId = entityId.toString();
    out->data = data.toObject();
    out->baseVersion = qint64(base.toDouble());
    return true;
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject o{{QStringLiteral("seq"), seq},
                  {QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("version"), version}};
    if (status == MutationStatus::Conflict || (status == MutationStatus::Rejected && version > 0)) {
        o.insert(QStringLiteral("serverRow"), serverRow);
        o.insert(QStringLiteral("serverDeleted"), serverDeleted);
    }
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

MutationResult MutationResult::fromJson(const QJsonObject& o)
{
    MutationResult r;
    r.seq = qint64(o.value(QStringLiteral("seq")).toDouble());
    if (!statusFromName(o.value(QStringLiteral("status")).toString(), &r.status))
        r.status = MutationStatus::Rejected;
    r.version = qint64(o.value(QStringLiteral("version")).toDouble());
    r.serverRow = o.value(QStringLiteral("serverRow")).toObject();
    r.serverDeleted = o.value(QStringLiteral("serverDeleted")).toBool();
    r.error = o.value(QStringLiteral("error")).toString();
    return r;
}

QJsonObject Change::toJson() const
{
    QJsonObject o{{QStringLiteral("cursor"), cursor},     {QStringLiteral("entity"), entity},
                  {QStringLiteral("entityId"), entityId}, {QStringLiteral("version"), version},
                  {QStringLiteral("deleted"), deleted},   {QStringLiteral("data"), data}};
    if (removed)
        o.insert(QStringLiteral("removed"), true);
    return o;
}

Change Change::fromJson(const QJsonObject& o)
{
    Change c;
    c.cursor = qint64(o.value(QStringLiteral("cursor")).toDouble());
    c.entity = o.value(QStringLiteral("entity")).toString();
    c.entityId = o.value(QStringLiteral("entityId")).toString();
    c.version = qint64(o.value(QStringLiteral("version")).toDouble());
    c.deleted = o.value(QStringLiteral("deleted")).toBool();
    c.removed = o.value(QStringLiteral("removed")).toBool();
    c.data = o.value(QStringLiteral("data")).toObject();
    return c;
}

} // namespace lontar::sync
