// lontar: the desktop suite. Parses arguments, lists the mounted modules, hands over to the shell.
#include "attendance/AttendanceDemo.h"
#include "attendance/AttendanceModule.h"
#include "attendance/ui/AttendanceUiModule.h"
#include "catalogue/CatalogueCli.h"
#include "catalogue/CatalogueModule.h"
#include "catalogue/ui/CatalogueUiModule.h"
#include "esign/DemoKeys.h"
#include "esign/EsignModule.h"
#include "esign/TrustStore.h"
#include "esign/ui/EsignPage.h"
#include "esign/ui/EsignUiModule.h"
#include "records/RecordsCli.h"
#include "records/RecordsDemoServer.h"
#include "records/RecordsModule.h"
#include "records/ui/RecordsUiModule.h"
#include "server/EmbeddedServer.h"
#include "server/ServerStore.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"
#include "shell/ServerConnection.h"
#include "sync/ClientStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace lontar;

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
    // Demo certificates for every demo user (and their CA trusted), so signing can be tried at once.
    options.prepareDemo = [](Profile& profile) {
        return esign::DemoKeys::create(profile, DemoData::demoPassword());
    };
    if (parser.isSet(smokeOption)) {
        options.autoLoginUser = QStringLiteral("admin");
        options.autoQuitMs = qMax(1, parser.value(smokeOption).toInt());
    }

    sync::SyncClientModule syncModule;
    CoreModule coreModule;
    esign::EsignModule esignModule;
    catalogue::CatalogueModule catalogueModule;
    attendance::AttendanceModule attendanceModule;
    records::RecordsModule recordsModule;
    QList<const Module*> domainModules{&syncModule, &esignModule, &catalogueModule, &attendanceModule,
                                       &recordsModule};
    // The synced entities (and their policies) of every module this program links.
    sync::EntityRegistry::instance().addModules(
        {&coreModule, &esignModule, &catalogueModule, &attendanceModule, &recordsModule});
    esign::EsignUiModule esignUi;
    catalogue::CatalogueUiModule catalogueUi;
    attendance::AttendanceUiModule attendanceUi;
    records::RecordsUiModule recordsUi;
    QList<UiModule*> uiModules{&esignUi, &catalogueUi, &attendanceUi, &recordsUi};
    DesktopApp desktop(domainModules, uiModules);
    desktop.setKioskWindowFactory(&attendance::AttendanceUiModule::createKioskWindow);
    // "Tanda tangani PDF" on the attendance recap or a letter: the e-signature page of the window that asked.
    const auto signOnEsignPage = [&esignUi](const QString& pdfPath) {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows) {
            auto* window = qobject_cast<MainWindow*>(w);
            if (!window || !window->showModule(esignUi.id()))
                continue;
            if (auto* page = window->findChild<esign::EsignPage*>())
                page->openForSigning(pdfPath);
            return;
        }
    };
    attendanceUi.setSignHandler(signOnEsignPage);
    recordsUi.setSignHandler(signOnEsignPage);

    // The embedded default: a central server of our own on loopback, in <profile>/server, seeded with
    // the same demo regency and approving this one device by itself (single-user demo only). It starts
    // before the login dialog, so a first login goes through it exactly as through a real server.
    std::unique_ptr<server::EmbeddedServer> embedded;
    if (!parser.isSet(offlineOption)) {
        options.server = [&](Profile& profile) -> Result<sync::ServerEndpoint> {
            if (parser.isSet(serverOption))
                return sync::ServerEndpoint{parser.value(serverOption), parser.value(pinOption)};
            server::EmbeddedServerConfig config;
            config.dataDir = profile.directory() + QStringLiteral("/server");
            config.seedDemo = options.seedDemoData;
            config.options.autoApproveDevices = true;
            // The signing register's public page, as on lontar-server (trusting the profile's roots).
            esignModule.setVerificationTrustDirectory(
                esign::TrustStore::directoryForProfile(profile.directory()));
            config.options.publicEndpoints = esignModule.publicEndpoints();
            auto started = server::EmbeddedServer::start(config);
            if (!started)
                return started.error();
            embedded = std::move(*started);
            if (config.seedDemo) {
                // The demo regency's e-catalogue on the embedded server (once), through a second connection.
                auto serverDb = server::openServerDatabase(config.dataDir, {});
                if (!serverDb)
                    return serverDb.error();
                if (Status s = catalogue::seedDemoCatalogue(**serverDb); !s)
                    return s.error();
                // Instruments, then a working TU office's letters, dispositions and a draft.
                if (Status s = records::seedDemoRecords(**serverDb); !s)
                    return s.error();
                if (Status s = attendance::seedAttendanceDemo(**serverDb); !s)
                    return s.error();
            }
            return sync::ServerEndpoint{embedded->baseUrl(), embedded->certificateFingerprint()};
        };
    }
    // The smoke test reports the last sync state it saw.
    QString lastStatus;
    desktop.setSessionHook([&lastStatus](MainWindow& window, ShellContext& context, const QString&) {
        if (!context.server)
            return;
        QObject::connect(context.server, &ServerConnection::statusChanged, &window,
                         [&window, &lastStatus] { lastStatus = window.syncStatusWidget()->text(); });
    });
    const int rc = desktop.run(app, options);
    if (options.autoQuitMs > 0)
        QTextStream(stdout) << "sync status: " << lastStatus << Qt::endl;
    return rc;
}
