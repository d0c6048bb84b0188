#include "core/CliCommand.h"

#include "core/Profile.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lontar {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Opens the profile named by --profile (or the default one) with core's schema only.
std::unique_ptr<Profile> openProfile(QCommandLineParser& parser, const QStringList& args)
{
    parser.addOption(QCommandLineOption(QStringLiteral("profile"), QStringLiteral("Profile folder"),
                                        QStringLiteral("DIR")));
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli")} + args)) {
        err() << parser.errorText() << Qt::endl;
        return nullptr;
    }
    const QString dir = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                : Profile::defaultDirectory();
    auto profile = Profile::open(dir, {});
    if (!profile) {
        err() << profile.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(*profile);
}

int auditVerify(const QStringList& args)
{
    QCommandLineParser parser;
    auto profile = openProfile(parser, args);
    if (!profile)
        return 2;
    const AuditVerification v = profile->audit().verify();
    if (v.intact) {
        out() << "audit log intact: " << v.entriesChecked << " entries" << Qt::endl;
        return 0;
    }
    out() << "audit log BROKEN at entry " << v.firstBadEntry << ": " << v.problem << Qt::endl;
    return 1;
}

int seedDemo(const QStringList& args, const QList<DemoSeeder>& seeders)
{
    QCommandLineParser parser;
    auto profile = openProfile(parser, args);
    if (!profile)
        return 2;
    if (Status s = DemoData::seed(*profile); !s) {
        err() << s.errorMessage() << Qt::endl;
        return 2;
    }
    const QString dir = profile->directory();
    profile.reset(); // each module opens the profile with its own schema
    for (const DemoSeeder& seed : seeders) {
        if (Status s = seed(dir); !s) {
            err() << s.errorMessage() << Qt::endl;
            return 2;
        }
    }
    out() << "demo data ready in " << dir << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> coreCliCommands(QList<DemoSeeder> demoSeeders)
{
    return {
        {QStringLiteral("audit-verify"), QStringLiteral("Check the audit log's hash chain [--profile DIR]"),
         auditVerify},
        {QStringLiteral("seed-demo"),
         QStringLiteral("Fill an empty profile with the demo regency [--profile DIR]"),
         [seeders = std::move(demoSeeders)](const QStringList& args) { return seedDemo(args, seeders); }},
    };
}

} // namespace lontar
