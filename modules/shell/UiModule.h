#pragma once

#include "core/Identity.h"
#include "core/Profile.h"

#include <QIcon>
#include <QString>

class QWidget;

namespace lontar {

class ServerConnection;

// What a mounted module gets from the shell: the open profile, who is logged in, and the session's
// connection to the central server (nullptr when sync is off; not owned).
struct ShellContext
{
    Profile& profile;
    User user;
    ServerConnection* server = nullptr;
};

// The widget half of a module, mounted by the desktop shell into its navigation.
// Widgets reach data only through the module's domain classes, never through SQL.
class UiModule
{
public:
    virtual ~UiModule() = default;
    virtual QString id() const = 0;
    virtual QString displayName() const = 0; // translated
    virtual QIcon icon() const = 0;
    // Whether the user may see this module at all (e.g. administration for admin OPD only).
    virtual bool isAvailableFor(const User& user) const
    {
        Q_UNUSED(user);
        return true;
    }
    virtual QWidget* createMainWidget(ShellContext& context, QWidget* parent) = 0;
    // A page for the settings dialog, or nullptr when the module has no settings.
    virtual QWidget* createSettingsPage(ShellContext& context, QWidget* parent)
    {
        Q_UNUSED(context);
        Q_UNUSED(parent);
        return nullptr;
    }
};

} // namespace lontar
