// lontar: the desktop suite. Parses arguments, lists the mounted modules, hands over to the shell.
#include "esign/EsignModule.h"
#include "esign/ui/EsignUiModule.h"
#include "server/EmbeddedServer.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"
#include "sync/ClientStore.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace lontar;

namespace {
SyncStatusView toView(const sync::SyncStatus& s)
{
    SyncStatusView v;
    switch (s.state) {
    case sync::SyncStatus::State::NotConfigured:
        v.state = SyncStatusView::State::NotConfigured;
        break;
    case sync::SyncStatus::State::Offline:
        v.state = SyncStatusView::State::Offline;
        break;
    case sync::SyncStatus::State::Online:
        v.state = SyncStatusView::State::Online;
        break;
    case sync::SyncStatus::State::Syncing:
        v.state = SyncStatusView::State::Syncing;
        break;
    case sync::SyncStatus::State::Error:
        v.state = SyncStatusView::State::Error;
        break;
    }
    v.pendingChanges = int(s.pendingChanges);
    v.lastSync = s.lastSync;
    v.lastError = s.lastError;
    return v;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lontar"));
    QCoreApplication::setApplicationName(QStringLiteral("lontar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONTAR_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lontar"));
    QGuiApplication::setDesktopFileName(QStringLiteral("id.lontar.Lontar"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lontar — office suite for Indonesian local government"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Keep data in profile folder DIR."), QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("Interface language: id or en."), QStringLiteral("CODE"));
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo"),
                                          QStringLiteral("Do not seed demo data."));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke-test"),
        QStringLiteral("Log in as the demo admin, show the window, quit after MS."), QStringLiteral("MS"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Central server URL (default: an embedded server on loopback)."),
        QStringLiteral("URL"));
    const QCommandLineOption pinOption(
        QStringLiteral("server-sha256"),
        QStringLiteral("SHA-256 fingerprint of the server certificate to trust."), QStringLiteral("HEX"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"), QStringLiteral("Do not synchronise."));
    parser.addOptions(
        {profileOption, languageOption, noDemoOption, smokeOption, serverOption, pinOption, offlineOption});
    parser.process(app);

    DesktopOptions options;
    options.profileDirectory = parser.value(profileOption);
    options.language = parser.value(languageOption);
    options.seedDemoData = !parser.isSet(noDemoOption);
    if (parser.isSet(smokeOption)) {
        options.autoLoginUser = QStringLiteral("admin");
        options.autoQuitMs = qMax(1, parser.value(smokeOption).toInt());
    }

    sync::SyncClientModule syncModule;
    CoreModule coreModule;
    esign::EsignModule esignModule;
    QList<const Module*> domainModules{&syncModule, &esignModule};
    // The synced entities (and their policies) of every module this program links.
    sync::EntityRegistry::instance().addModules({&coreModule, &esignModule});
    esign::EsignUiModule esignUi;
    QList<UiModule*> uiModules{&esignUi};
    DesktopApp desktop(domainModules, uiModules);

    // The embedded default: a central server of our own on loopback, in <profile>/server, seeded with
    // the same demo regency and approving this one device by itself (single-user demo only).
    std::unique_ptr<server::EmbeddedServer> embedded;
    std::unique_ptr<sync::SyncEngine> engine;
    QString lastStatus;
    const QString profileDir =
        options.profileDirectory.isEmpty() ? Profile::defaultDirectory() : options.profileDirectory;
    if (!parser.isSet(offlineOption)) {
        desktop.setSessionHook([&](MainWindow& window, ShellContext& context, const QString& password) {
            QString url = parser.value(serverOption);
            QString pin = parser.value(pinOption);
            if (url.isEmpty()) {
                if (!embedded) {
                    server::EmbeddedServerConfig config;
                    config.dataDir = profileDir + QStringLiteral("/server");
                    config.seedDemo = options.seedDemoData;
                    config.options.autoApproveDevices = true;
                    auto started = server::EmbeddedServer::start(config);
                    if (!started) {
                        SyncStatusView failed;
                        failed.state = SyncStatusView::State::Error;
                        failed.lastError = started.errorMessage();
                        window.setSyncStatus(failed);
                        return;
                    }
                    embedded = std::move(*started);
                }
                url = embedded->baseUrl();
                pin = embedded->certificateFingerprint();
            }
            engine = std::make_unique<sync::SyncEngine>(sync::SyncEngine::Config{
                context.profile.directory() + QLatin1Char('/') + Profile::databaseFileName(), url, pin,
                context.profile.directory() + QStringLiteral("/blobs"), 30000});
            QObject::connect(engine.get(), &sync::SyncEngine::statusChanged, &window,
                             [&window, &lastStatus](const sync::SyncStatus& s) {
                                 window.setSyncStatus(toView(s));
                                 lastStatus = window.syncStatusWidget()->text();
                             });
            engine->start(context.user.username, password);
        });
        desktop.setSessionEndHook([&] { engine.reset(); });
    }
    const int rc = desktop.run(app, options);
    if (options.autoQuitMs > 0)
        QTextStream(stdout) << "sync status: " << lastStatus << Qt::endl;
    return rc;
}
