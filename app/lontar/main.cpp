// lontar: the desktop suite. Parses arguments, lists the mounted modules, hands over to the shell.
#include "shell/DesktopApp.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.addOptions({profileOption, languageOption, noDemoOption, smokeOption});
    parser.process(app);

    DesktopOptions options;
    options.profileDirectory = parser.value(profileOption);
    options.language = parser.value(languageOption);
    options.seedDemoData = !parser.isSet(noDemoOption);
    if (parser.isSet(smokeOption)) {
        options.autoLoginUser = QStringLiteral("admin");
        options.autoQuitMs = qMax(1, parser.value(smokeOption).toInt());
    }

    QList<const Module*> domainModules;
    QList<UiModule*> uiModules;
    DesktopApp desktop(domainModules, uiModules);
    return desktop.run(app, options);
}
