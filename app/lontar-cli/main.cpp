// lontar-cli: the scripting interface. Each module contributes sub-commands; this file only dispatches.
#include "attendance/AttendanceCli.h"
#include "catalogue/CatalogueCli.h"
#include "core/CliCommand.h"
#include "esign/EsignCli.h"
#include "records/RecordsCli.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace lontar;

static QList<CliCommand> allCommands()
{
    QList<CliCommand> commands = coreCliCommands({attendance::seedDemoProfileFolder});
    commands.append(esign::esignCliCommands());
    commands.append(catalogue::catalogueCliCommands());
    commands.append(attendance::attendanceCliCommands());
    commands.append(records::recordsCliCommands());
    return commands;
}

static void printUsage(QTextStream& stream, const QList<CliCommand>& commands)
{
    stream << "Usage: lontar-cli <command> [options]\n\nCommands:\n";
    for (const CliCommand& c : commands)
        stream << "  " << c.name.leftJustified(14) << c.summary << '\n';
    stream << "  " << QStringLiteral("help").leftJustified(14) << "Show this list" << Qt::endl;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lontar"));
    QCoreApplication::setApplicationName(QStringLiteral("lontar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONTAR_VERSION));

    const QList<CliCommand> commands = allCommands();
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("help") || args.first() == QLatin1String("--help")) {
        printUsage(args.isEmpty() ? err : out, commands);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "lontar-cli " << LONTAR_VERSION << Qt::endl;
        return 0;
    }
    const QString name = args.takeFirst();
    for (const CliCommand& c : commands) {
        if (c.name == name)
            return c.run(args);
    }
    err << "Unknown command: " << name << "\n\n";
    printUsage(err, commands);
    return 2;
}
