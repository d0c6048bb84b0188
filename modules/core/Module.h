#pragma once

#include "core/Migration.h"

#include <QList>
#include <QString>

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
};

// Core's own schema: org units, users and roles, settings, the audit chain.
class CoreModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("core"); }
    QList<Migration> migrations() const override;
};

} // namespace lontar
