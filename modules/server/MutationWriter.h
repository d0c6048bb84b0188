#pragma once

#include "core/EntityPolicy.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace lontar::server {

// Applies one pushed mutation inside the push transaction: the entity's conflict rule, its policy
// (fields, actor, role, state changes, server-derived values), the read scope of the result and the
// blobs it references. A refusal is a `rejected` result with the policy's message and changes nothing.
class MutationWriter
{
    Q_DECLARE_TR_FUNCTIONS(lontar::server::MutationWriter)

public:
    MutationWriter(Database& db, const Actor& actor, qint64 nowMs);
    Status prepare(); // once per push: the statements of the common path
    Result<sync::MutationResult> apply(const sync::Mutation& m);

private:
    struct Current
    {
        qint64 version = 0;
        QJsonObject data;
        bool deleted = false;
        bool visible = false;
        RowAccess access;
    };
    Result<std::optional<Current>> load(const QString& entity, const QString& entityId);
    // Stores one version of a row: srv_rows, the change log (with the access it had before), the blobs
    // it references and, for a follower, its link to the leader.
    Status write(const EntitySpec& spec, const QString& entityId, const QJsonObject& data, bool deleted,
                 const RowAccess& access, const std::optional<Current>& current, qint64 newVersion,
                 const QString& deviceId);
    // The follower's copy and access from its leader, when the leader is stored (EntitySpec::follows).
    std::optional<RowAccess> refollowOwn(const EntitySpec& spec, QJsonObject& data);
    // After a leader row was written: each follower whose copy or access changes gets a new version
    // written by the server, so devices pull it (or lose it when they may no longer read it).
    Status refollowAll(const QString& leaderEntity, const QString& leaderId, const QJsonObject& leader);
    RowLookup lookupFn(); // any stored row, for policies that compare with other rows
    std::function<QList<QJsonObject>(const QString&, const QString&)> ownedRowsFn();
    static sync::MutationResult rejected(qint64 seq, const QString& why,
                                         const std::optional<Current>& current);

    Database& m_db;
    const Actor& m_actor;
    qint64 m_now;
    std::optional<QSqlQuery> m_select;
    std::optional<QSqlQuery> m_upsertRow;
    std::optional<QSqlQuery> m_insertChange;
    QVariantList m_visibleBindings;
};

} // namespace lontar::server
