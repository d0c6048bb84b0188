#pragma once

#include "core/Module.h"
#include "shell/UiModule.h"
#include "sync/OnlineLogin.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QApplication;
class QWidget;

namespace lontar {

class MainWindow;

struct DesktopOptions
{
    QString profileDirectory; // empty: Profile::defaultDirectory()
    QString language;         // empty: the profile's saved choice, else Indonesian
    bool seedDemoData = true; // a fresh profile gets the demo regency
    // Called after the demo regency is seeded, for what modules add to a demo (e.g. demo certificates).
    std::function<Status(Profile& profile)> prepareDemo;
    // Non-interactive start for packaging checks and screenshots: logs in as this user with the demo
    // password, shows the main window, and quits after `autoQuitMs`.
    QString autoLoginUser;
    int autoQuitMs = 0;
    // Where the central server is. Called once, after the profile is open and before the first login,
    // so that a first login on this device can go through the server (the embedded default starts its
    // server here). Unset or an empty baseUrl: no sync (--offline). An error is shown in the status bar
    // and logins stay local.
    std::function<Result<sync::ServerEndpoint>(Profile& profile)> server;
    int syncIntervalMs = 30000;
};

// Everything the desktop executable does between parsing its arguments and exiting: open the
// profile, seed demo data, find the server, login (through the server when the device cannot check the
// password), start sync for the session, mount modules, return to login on logout.
class DesktopApp
{
public:
    // `password` is the one just typed at login, handed over once so sync can enrol this device with
    // the server; the hook must not keep it.
    using SessionHook =
        std::function<void(MainWindow& window, ShellContext& context, const QString& password)>;
    // Called when the user logs out or the window closes, before the session's objects go away.
    using SessionEndHook = std::function<void()>;

    DesktopApp(QList<const Module*> domainModules, QList<UiModule*> uiModules);

    // Called after each login once the main window exists; `context.server` is the session's sync.
    void setSessionHook(SessionHook hook) { m_sessionHook = std::move(hook); }
    void setSessionEndHook(SessionEndHook hook) { m_sessionEndHook = std::move(hook); }
    // The window a kiosk account (Role::Kiosk) gets instead of the main window, shown full screen: a
    // shared office PC offers nothing else. The window closes only when an admin lets it; the app then
    // returns to the login. Provided by the attendance module.
    using KioskWindowFactory = std::function<std::unique_ptr<QWidget>(ShellContext& context)>;
    void setKioskWindowFactory(KioskWindowFactory factory) { m_kioskWindowFactory = std::move(factory); }
    int run(QApplication& app, const DesktopOptions& options);

private:
    QList<const Module*> m_domainModules;
    QList<UiModule*> m_uiModules;
    SessionHook m_sessionHook;
    SessionEndHook m_sessionEndHook;
    KioskWindowFactory m_kioskWindowFactory;
};

} // namespace lontar
