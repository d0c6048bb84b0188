#pragma once

#include "core/EntityPolicy.h"
#include "core/Migration.h"
#include "core/PublicEndpoint.h"

#include <QList>
#include <QString>

#include <memory>

namespace lontar {

// The domain half of a module: what the desktop, the server and the CLI all need (schema steps,
// later its sync entities). The widget half is lontar::UiModule in the shell library, so the
// server links modules without linking Qt Widgets.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString id() const = 0; // stable, lower case: "core", "esign"
    virtual QList<Migration> migrations() const = 0;
    // The module's synced entities with their rules and policies; the desktop and the server register
    // the entities of the modules they link.
    virtual QList<EntitySpec> syncedEntities() const { return {}; }
    // Public, unauthenticated, read-only pages the module offers on the central server (outside
    // /api/v1); lontar-server serves those of the modules it links.
    virtual QList<std::shared_ptr<const PublicEndpoint>> publicEndpoints() const { return {}; }
};

// Core's own schema: org units, users and roles, settings, the audit chain.
class CoreModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("core"); }
    QList<Migration> migrations() const override;
    // The directory: org units and users (never password hashes), server-authoritative, read by all.
    QList<EntitySpec> syncedEntities() const override;
};

} // namespace lontar
