#include "shell/DesktopApp.h"

#include "shell/BuiltinModules.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SyncEngineConnection.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace lontar {

DesktopApp::DesktopApp(QList<const Module*> domainModules, QList<UiModule*> uiModules)
    : m_domainModules(std::move(domainModules))
    , m_uiModules(std::move(uiModules))
{}

int DesktopApp::run(QApplication& app, const DesktopOptions& options)
{
    Theme::apply(app);
    const QString dir =
        options.profileDirectory.isEmpty() ? Profile::defaultDirectory() : options.profileDirectory;
    auto opened = Profile::open(dir, m_domainModules);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Lontar"),
                              QObject::tr("Profil tidak dapat dibuka.\n\n%1").arg(opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Profile> profile = std::move(*opened);
    if (options.seedDemoData) {
        if (Status s = DemoData::seed(*profile); !s) {
            QMessageBox::critical(nullptr, QObject::tr("Lontar"),
                                  QObject::tr("Data demo tidak dapat dimuat.\n\n%1").arg(s.errorMessage()));
            return 1;
        }
        // Demo extras are a convenience: a failure is reported, the app still starts.
        if (options.prepareDemo) {
            if (Status s = options.prepareDemo(*profile); !s)
                qWarning("demo: %s", qPrintable(s.errorMessage()));
        }
    }
    const QString language = !options.language.isEmpty() ? options.language
                                                         : profile->settings().value(Settings::languageKey(),
                                                                                     Language::defaultCode());
    if (!Language::apply(language))
        Language::apply(Language::defaultCode());

    // The server is found before the login: a fresh profile knows nobody, so its first login is the
    // server's to check.
    Result<sync::ServerEndpoint> endpoint =
        options.server ? options.server(*profile) : Result<sync::ServerEndpoint>(sync::ServerEndpoint{});
    const bool haveServer = endpoint && !endpoint->baseUrl.isEmpty();
    if (!endpoint)
        qWarning("server: %s", qPrintable(endpoint.errorMessage()));
    const QString databasePath = profile->directory() + QLatin1Char('/') + Profile::databaseFileName();
    const QString blobDir = profile->directory() + QStringLiteral("/blobs");
    LoginDialog::OnlineLogin onlineLogin;
    if (haveServer) {
        onlineLogin = [databasePath, blobDir, server = *endpoint](const QString& username,
                                                                  const QString& password) {
            return sync::loginOnline(databasePath, blobDir, server, username, password);
        };
    }

    for (;;) {
        User user;
        QString password;
        if (!options.autoLoginUser.isEmpty()) {
            Authenticator auth(profile->database(), &profile->audit());
            auto result = auth.login(options.autoLoginUser, DemoData::demoPassword());
            // The same fallback as the dialog's; blocking is fine here, nothing is on screen yet.
            if (!result && onlineLogin && LoginDialog::mayAskServer(result.error()))
                result = onlineLogin(options.autoLoginUser, DemoData::demoPassword());
            if (!result) {
                qCritical("auto-login failed: %s", qPrintable(result.errorMessage()));
                return 1;
            }
            user = *result;
            password = DemoData::demoPassword();
        } else {
            LoginDialog login(*profile);
            login.setOnlineLogin(onlineLogin);
            if (login.exec() != QDialog::Accepted)
                return 0;
            user = login.authenticatedUser();
            password = login.takePassword();
        }

        const bool kiosk = user.hasRole(Role::Kiosk);
        if (kiosk && !m_kioskWindowFactory) {
            QMessageBox::warning(nullptr, QObject::tr("Lontar"),
                                 QObject::tr("Akun kios hanya untuk absensi, tetapi modul absensi tidak "
                                             "terpasang pada aplikasi ini."));
            if (!options.autoLoginUser.isEmpty())
                return 1;
            continue;
        }

        // Sync for this session; declared before the window, so the window's pages go first.
        std::unique_ptr<SyncEngineConnection> connection;
        if (haveServer) {
            connection = std::make_unique<SyncEngineConnection>(sync::SyncEngine::Config{
                databasePath, endpoint->baseUrl, endpoint->pinnedSha256, blobDir, options.syncIntervalMs});
            connection->start(user.username, password);
        }
        ShellContext context{*profile, user, connection.get()};
        if (kiosk) {
            // The kiosk window alone, full screen: no navigation, no other module, no session hook.
            password.fill(QLatin1Char('\0'));
            password.clear();
            std::unique_ptr<QWidget> window = m_kioskWindowFactory(context);
            window->showFullScreen();
            // exit(), not quit(): quit() asks the windows first, and the kiosk refuses to close.
            if (options.autoQuitMs > 0)
                QTimer::singleShot(options.autoQuitMs, &app, [&app] { app.exit(0); });
            const int rc = app.exec();
            if (m_sessionEndHook)
                m_sessionEndHook();
            // Closed by an admin: back to the login. Still open: the application was asked to quit.
            const bool left = !window->isVisible();
            window.reset();
            if (!left || !options.autoLoginUser.isEmpty())
                return rc;
            if (Status s = profile->audit().append(user.username, QStringLiteral("logout")); !s)
                qWarning("audit: %s", qPrintable(s.errorMessage()));
            continue;
        }
        QPointer<MainWindow> windowGuard;
        AdministrationModule administration;
        AuditModule audit;
        QList<UiModule*> others = m_uiModules;
        others.append({&administration, &audit});
        // The home page offers shortcuts to every other module and switches the window to them.
        HomeModule home(others, [&windowGuard](const QString& id) {
            if (windowGuard)
                windowGuard->showModule(id);
        });
        QList<UiModule*> modules{&home};
        modules.append(others);

        MainWindow mainWindow(context, modules);
        windowGuard = &mainWindow;
        if (!endpoint) {
            SyncStatusView failed;
            failed.state = SyncStatusView::State::Error;
            failed.lastError = endpoint.errorMessage();
            mainWindow.setSyncStatus(failed);
        }
        bool loggedOut = false;
        QObject::connect(&mainWindow, &MainWindow::logoutRequested, &mainWindow, [&] {
            loggedOut = true;
            mainWindow.close();
        });
        if (m_sessionHook)
            m_sessionHook(mainWindow, context, password);
        password.fill(QLatin1Char('\0'));
        password.clear();
        mainWindow.show();
        if (options.autoQuitMs > 0)
            QTimer::singleShot(options.autoQuitMs, &app, &QCoreApplication::quit);
        const int rc = app.exec();
        if (m_sessionEndHook)
            m_sessionEndHook();
        if (!loggedOut || !options.autoLoginUser.isEmpty())
            return rc;
        if (Status s = profile->audit().append(user.username, QStringLiteral("logout")); !s)
            qWarning("audit: %s", qPrintable(s.errorMessage()));
    }
}

} // namespace lontar
