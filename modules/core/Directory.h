#pragma once

#include "core/EntityPolicy.h"
#include "core/Identity.h"

#include <QJsonObject>

namespace lontar {

// The regency's directory as synced entities: org units and users are written by the server only and
// reach every device. A user row never carries a password hash; it carries the credential version, so
// a device drops its offline verifier when the password changed on the server.
namespace directory {

inline const QString kUnitEntity = QStringLiteral("org_unit");
inline const QString kUserEntity = QStringLiteral("directory_user");

QJsonObject unitToJson(const OrgUnit& unit);
QJsonObject userToJson(const User& user);

// On the device: keeps core's org_units / users / user_roles equal to the pulled rows. The local
// password hash is the offline verifier of a user who logged in here; it survives while the
// credential version stays the same.
Status projectUnit(Database& db, const QString& id, const QJsonObject& data, bool deleted);
Status projectUser(Database& db, const QString& id, const QJsonObject& data, bool deleted);

QList<EntitySpec> entities();

} // namespace directory
} // namespace lontar
