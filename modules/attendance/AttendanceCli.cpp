#include "attendance/AttendanceCli.h"

#include "attendance/AttendanceDemo.h"
#include "attendance/AttendanceModule.h"
#include "attendance/Recap.h"
#include "attendance/RecapExport.h"
#include "core/Directory.h"
#include "core/Profile.h"
#include "core/Uuid.h"
#include "server/MutationWriter.h"
#include "server/ServerStore.h"
#include "server/ServerUtil.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace lontar::attendance {

// ---- ServerAttendanceRows ----

struct ServerAttendanceRows::Writer
{
    Writer(Database& db, const Actor& actor, qint64 now)
        : mutations(db, actor, now)
    {}
    server::MutationWriter mutations;
};

ServerAttendanceRows::ServerAttendanceRows(Database& db, Actor actor, qint64 nowMs)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_now(nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch())
{}

ServerAttendanceRows::~ServerAttendanceRows() = default;

Result<AttendanceRows::Written> ServerAttendanceRows::write(const QString& entity, const QString& id,
                                                            const QJsonObject& data)
{
    // Every writer of the change log holds its lock until commit (a no-op on SQLite).
    if (Status s = server::detail::lockChangeLog(m_db); !s)
        return s.error();
    if (!m_writer) {
        auto w = std::make_unique<Writer>(m_db, m_actor, m_now);
        if (Status s = w->mutations.prepare(); !s)
            return s.error();
        m_writer = std::move(w);
    }
    // An append-only row already stored is a duplicate, even when the writer may not read it back (an
    // admin OPD imports terminal logs but reads only their own events).
    const EntitySpec* spec = sync::EntityRegistry::instance().find(entity);
    if (spec && spec->rule == ConflictRule::AppendOnly) {
        auto exists = m_db.scalar(
            QStringLiteral(
                "SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND entity_id = ? AND deleted = 0"),
            {entity, id});
        if (!exists)
            return exists.error();
        if (exists->toLongLong() > 0)
            return Written{Outcome::Duplicate, {}};
    }
    auto version = m_db.scalar(
        QStringLiteral("SELECT version FROM srv_rows WHERE entity = ? AND entity_id = ? AND deleted = 0"),
        {entity, id});
    if (!version)
        return version.error();
    sync::Mutation m;
    m.mutationId = newUuid();
    m.entity = entity;
    m.entityId = id;
    m.op = sync::MutationOp::Upsert;
    m.data = data;
    m.baseVersion = version->isValid() ? version->toLongLong() : 0;
    auto result = m_writer->mutations.apply(m);
    if (!result)
        return result.error();
    switch (result->status) {
    case sync::MutationStatus::Applied:
        return Written{Outcome::Added, {}};
    case sync::MutationStatus::Duplicate:
        return Written{Outcome::Duplicate, {}};
    default:
        return Written{Outcome::Refused,
                       result->error.isEmpty() ? sync::statusName(result->status) : result->error};
    }
}

Status publishLocalDirectory(Database& db)
{
    sync::ClientStore store(db);
    if (!store.state(QStringLiteral("device_id")).isEmpty())
        return {};
    auto have = db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE entity = ?"),
                          {directory::kUserEntity});
    if (!have)
        return have.error();
    if (have->toLongLong() > 0)
        return {};
    IdentityStore ids(db);
    auto units = ids.units();
    if (!units)
        return units.error();
    auto users = ids.users();
    if (!users)
        return users.error();
    JoinedTransaction tx(db);
    if (!tx.status())
        return tx.status();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto put = [&](const QString& entity, const QString& id, const QJsonObject& data) -> Status {
        auto r = db.exec(
            QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, data, deleted, updated_at) "
                           "VALUES (?, ?, 0, ?, 0, ?) ON CONFLICT (entity, entity_id) DO NOTHING"),
            {entity, id, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now});
        return r ? Status() : Status(r.error());
    };
    for (const OrgUnit& u : *units) {
        if (Status s = put(directory::kUnitEntity, u.id, directory::unitToJson(u)); !s)
            return s;
    }
    for (const User& u : *users) {
        if (Status s = put(directory::kUserEntity, u.id, directory::userToJson(u)); !s)
            return s;
    }
    return tx.commit();
}

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

void registerEntities()
{
    CoreModule core;
    AttendanceModule attendance;
    sync::EntityRegistry::instance().addModules({&core, &attendance});
}

const QCommandLineOption kProfile(QStringLiteral("profile"), QStringLiteral("Device profile folder"),
                                  QStringLiteral("DIR"));
const QCommandLineOption kServerData(QStringLiteral("server-data"),
                                     QStringLiteral("Central server data folder"), QStringLiteral("DIR"));
const QCommandLineOption kDatabase(QStringLiteral("database"),
                                   QStringLiteral("The server's PostgreSQL URL (with --server-data)"),
                                   QStringLiteral("URL"));

// Where a command works: a device profile or the central server's data.
struct Target
{
    std::unique_ptr<Profile> profile;
    std::unique_ptr<Database> serverDb;
    Database* db = nullptr;
};

} // namespace

Status seedDemoProfileFolder(const QString& profileDirectory)
{
    registerEntities();
    sync::SyncClientModule syncModule;
    AttendanceModule attendance;
    auto p = Profile::open(profileDirectory, {&syncModule, &attendance});
    if (!p)
        return p.error();
    return seedAttendanceDemoProfile((*p)->database());
}

namespace {

Result<Target> openTarget(const QCommandLineParser& parser)
{
    registerEntities();
    const bool device = parser.isSet(kProfile);
    if (device == parser.isSet(kServerData))
        return Error(QStringLiteral("give exactly one of --profile DIR or --server-data DIR"),
                     Error::Code::InvalidInput);
    Target t;
    if (device) {
        const QString dir = parser.value(kProfile);
        if (!QDir(dir).exists())
            return Error(QStringLiteral("no such profile folder: %1").arg(dir), Error::Code::NotFound);
        sync::SyncClientModule syncModule;
        AttendanceModule attendance;
        auto p = Profile::open(dir, {&syncModule, &attendance});
        if (!p)
            return p.error();
        t.profile = std::move(*p);
        t.db = &t.profile->database();
        return t;
    }
    const QString dir = parser.value(kServerData);
    if (!QDir(dir).exists())
        return Error(QStringLiteral("no such server data folder: %1").arg(dir), Error::Code::NotFound);
    auto db = server::openServerDatabase(dir, parser.value(kDatabase));
    if (!db)
        return db.error();
    t.serverDb = std::move(*db);
    t.db = t.serverDb.get();
    return t;
}

// Who imports: the profile's enrolled user, else --user, else the one admin OPD of the directory (a
// standalone demo profile has exactly one).
Result<User> importer(Database& db, const QString& username, bool onDevice)
{
    IdentityStore ids(db);
    QString name = username;
    if (onDevice) {
        if (auto enrolled = sync::SyncClient::enrolledActor(db)) {
            if (!name.isEmpty() && name != enrolled->user.username)
                return Error(QStringLiteral("this profile is enrolled for %1, not %2")
                                 .arg(enrolled->user.username, name),
                             Error::Code::Forbidden);
            name = enrolled->user.username;
        }
    }
    if (name.isEmpty()) {
        auto users = ids.users();
        if (!users)
            return users.error();
        QList<User> admins;
        for (const User& u : *users) {
            if (u.active && u.hasRole(Role::AdminOpd))
                admins.append(u);
        }
        if (admins.size() != 1)
            return Error(QStringLiteral("name the importing admin with --user NAME"),
                         Error::Code::InvalidInput);
        return admins.first();
    }
    auto user = ids.userByUsername(name);
    if (!user)
        return Error(QStringLiteral("no such user: %1").arg(name), Error::Code::NotFound);
    if (!user->active)
        return Error(QStringLiteral("user %1 is disabled").arg(name), Error::Code::Forbidden);
    return user;
}

int importCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Import as this admin"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption terminal(QStringLiteral("terminal"),
                                      QStringLiteral("Terminal id (default: the file name)"),
                                      QStringLiteral("ID"));
    parser.addOptions({kProfile, kServerData, kDatabase, user, terminal});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV or attlog file"));
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli attendance import")} + args) ||
        parser.positionalArguments().size() != 1) {
        err() << (parser.errorText().isEmpty()
                      ? QStringLiteral("usage: lontar-cli attendance import (--profile DIR | --server-data "
                                       "DIR) [--user NAME] [--terminal ID] FILE")
                      : parser.errorText())
              << Qt::endl;
        return 2;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return 2;
    }
    if (file.size() > TerminalImport::kMaxBytes) {
        err() << "file too large (limit " << TerminalImport::kMaxBytes / (1024 * 1024) << " MiB)" << Qt::endl;
        return 2;
    }
    const QByteArray content = file.read(TerminalImport::kMaxBytes + 1);
    auto target = openTarget(parser);
    if (!target) {
        err() << target.errorMessage() << Qt::endl;
        return 2;
    }
    const bool onDevice = target->profile != nullptr;
    auto who = importer(*target->db, parser.value(user), onDevice);
    if (!who) {
        err() << who.errorMessage() << Qt::endl;
        return 2;
    }
    auto actor = Actor::forUser(*target->db, *who, onDevice ? QString() : QStringLiteral("server-console"));
    if (!actor) {
        err() << actor.errorMessage() << Qt::endl;
        return 2;
    }
    std::unique_ptr<AttendanceRows> rows;
    if (onDevice) {
        if (Status s = publishLocalDirectory(*target->db); !s) {
            err() << s.errorMessage() << Qt::endl;
            return 2;
        }
        rows = std::make_unique<DeviceAttendanceRows>(*target->db, *actor);
    } else {
        rows = std::make_unique<ServerAttendanceRows>(*target->db, *actor);
    }
    TerminalImportOptions options;
    options.fileName = QFileInfo(file.fileName()).fileName();
    options.terminalId = parser.value(terminal);
    auto report = TerminalImport(*rows).run(content, options);
    if (!report) {
        err() << report.errorMessage() << Qt::endl;
        return 2;
    }
    out() << report->toText();
    out().flush();
    return report->skipped.isEmpty() ? 0 : 1;
}

// The server holds rows as JSON: project them into a scratch database with the device's schema, so the
// recap runs one code path on both.
Status projectServerRows(Database& server, Database& scratch)
{
    CoreModule core;
    AttendanceModule attendance;
    QList<Migration> steps = core.migrations();
    steps += attendance.migrations();
    if (Status s = MigrationRunner::migrate(scratch, steps); !s)
        return s;
    // Units arrive in any order; their parents are all there by the end.
    if (auto r = scratch.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r.error();
    Transaction tx(scratch);
    if (!tx.status())
        return tx.status();
    QStringList entities{directory::kUnitEntity, directory::kUserEntity};
    for (const EntitySpec& spec : attendance.syncedEntities())
        entities.append(spec.name);
    for (const QString& entity : std::as_const(entities)) {
        const EntitySpec* spec = sync::EntityRegistry::instance().find(entity);
        if (!spec || !spec->project)
            continue;
        auto q = server.exec(
            QStringLiteral("SELECT entity_id, data FROM srv_rows WHERE entity = ? AND deleted = 0"),
            {entity});
        if (!q)
            return q.error();
        while (q->next()) {
            const QJsonObject data = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
            if (Status s = spec->project(scratch, q->value(0).toString(), data, false); !s)
                return s;
        }
    }
    return tx.commit();
}

int recapCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("YYYY-MM"),
                                   QStringLiteral("MONTH"));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("Unit code (with its subunits)"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({kProfile, kServerData, kDatabase, month, unit, format});
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const bool parsed = parser.parse(QStringList{QStringLiteral("lontar-cli attendance recap")} + args);
    const auto m = monthPattern.match(parser.value(month));
    const int year = m.captured(1).toInt();
    const int mon = m.captured(2).toInt();
    const QString fmt = parser.value(format);
    if (!parsed || !parser.positionalArguments().isEmpty() || !m.hasMatch() || mon < 1 || mon > 12 ||
        year < 2000 || (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))) {
        err() << (parser.errorText().isEmpty()
                      ? QStringLiteral(
                            "usage: lontar-cli attendance recap (--profile DIR | --server-data DIR) "
                            "--month YYYY-MM [--unit CODE] [--format csv|json]")
                      : parser.errorText())
              << Qt::endl;
        return 2;
    }
    auto target = openTarget(parser);
    if (!target) {
        err() << target.errorMessage() << Qt::endl;
        return 2;
    }
    Database* db = target->db;
    QTemporaryDir scratchDir;
    std::unique_ptr<Database> scratch;
    if (target->serverDb) {
        auto s = Database::openSqlite(scratchDir.filePath(QStringLiteral("recap.sqlite")));
        if (!s) {
            err() << s.errorMessage() << Qt::endl;
            return 2;
        }
        scratch = std::move(*s);
        if (Status p = projectServerRows(*target->serverDb, *scratch); !p) {
            err() << p.errorMessage() << Qt::endl;
            return 2;
        }
        db = scratch.get();
    }
    const QString unitCode = parser.value(unit);
    if (!unitCode.isEmpty()) {
        auto known = db->scalar(QStringLiteral("SELECT COUNT(*) FROM org_units WHERE code = ?"), {unitCode});
        if (!known || known->toLongLong() == 0) {
            err() << "no such unit: " << unitCode << Qt::endl;
            return 2;
        }
    }
    auto rows = AttendanceRecap(*db).month(year, mon, unitCode);
    if (!rows) {
        err() << rows.errorMessage() << Qt::endl;
        return 2;
    }
    const QByteArray body = fmt == QLatin1String("json") ? recapJson(*rows) : recapCsv(*rows);
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(body) != body.size()) {
        err() << "cannot write the recap" << Qt::endl;
        return 2;
    }
    stdOut.flush();
    return 0;
}

int attendanceCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return importCommand(args.mid(1));
    if (sub == QLatin1String("recap"))
        return recapCommand(args.mid(1));
    err() << "usage: lontar-cli attendance import|recap ... (lontar-cli attendance <sub> --help)" << Qt::endl;
    return 2;
}

} // namespace

QList<CliCommand> attendanceCliCommands()
{
    return {
        {QStringLiteral("attendance"),
         QStringLiteral("Attendance: import FILE (terminal CSV/attlog), recap --month YYYY-MM (--profile DIR "
                        "| --server-data DIR)"),
         attendanceCommand}};
}

} // namespace lontar::attendance
