#include "catalogue/CatalogueCli.h"

#include "catalogue/CsvImport.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

namespace lontar::catalogue {

struct ServerCatalogueRows::Writer
{
    explicit Writer(Database& db, const Actor& actor)
        : mutations(db, actor, QDateTime::currentMSecsSinceEpoch())
    {}
    server::MutationWriter mutations;
    bool prepared = false;
};

ServerCatalogueRows::ServerCatalogueRows(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

ServerCatalogueRows::~ServerCatalogueRows() = default;

Actor ServerCatalogueRows::consoleActor()
{
    User console;
    console.username = QStringLiteral("server-console");
    console.fullName = QStringLiteral("Konsol server");
    console.roles = {Role::AdminKatalog};
    return Actor{console, QStringLiteral("server-console"), {}, 0};
}

Result<std::optional<CatalogueRows::Row>> ServerCatalogueRows::current(const QString& entity,
                                                                       const QString& id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT version, data, deleted FROM srv_rows WHERE entity = ? AND entity_id = ?"),
        {entity, id});
    if (!q)
        return q.error();
    if (!q->next() || q->value(2).toInt() != 0)
        return std::optional<Row>();
    return std::optional<Row>(
        Row{q->value(0).toLongLong(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()});
}

Status ServerCatalogueRows::write(const QString& entity, const QString& id, const QJsonObject& data)
{
    // Every writer of the change log holds its lock until commit (a no-op on SQLite, where the
    // transaction already holds the write lock).
    if (Status s = server::detail::lockChangeLog(m_db); !s)
        return s;
    if (!m_writer)
        m_writer = std::make_unique<Writer>(m_db, m_actor);
    if (!m_writer->prepared) {
        if (Status s = m_writer->mutations.prepare(); !s)
            return s;
        m_writer->prepared = true;
    }
    auto cur = current(entity, id);
    if (!cur)
        return cur.error();
    sync::Mutation m;
    m.mutationId = newUuid();
    m.entity = entity;
    m.entityId = id;
    m.op = sync::MutationOp::Upsert;
    m.data = data;
    m.baseVersion = cur->has_value() ? (*cur)->version : 0;
    auto result = m_writer->mutations.apply(m);
    if (!result)
        return result.error();
    if (result->status != sync::MutationStatus::Applied)
        return Error(result->error.isEmpty()
                         ? QStringLiteral("%1 %2: %3").arg(entity, id, statusName(result->status))
                         : result->error,
                     Error::Code::Forbidden);
    return {};
}

Status ServerCatalogueRows::audit(const QString& action, const QString& entity, const QString& id,
                                  const QJsonObject& details)
{
    return AuditLog(m_db).append(m_actor.user.username, action, entity, id, details);
}

Status seedDemoCatalogue(Database& serverDb)
{
    auto zones =
        serverDb.scalar(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {kZoneEntity});
    if (!zones)
        return zones.error();
    if (zones->toLongLong() > 0)
        return {};
    QFile csv(QStringLiteral(":/lontar/catalogue/katalog-demo.csv"));
    if (!csv.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("demo catalogue missing"), Error::Code::Io);
    ServerCatalogueRows rows(serverDb, ServerCatalogueRows::consoleActor());
    Transaction tx(serverDb);
    if (!tx.status())
        return tx.status();
    CatalogueAdmin admin(rows);
    if (Status s = admin.saveZone(QStringLiteral("PESISIR"), QStringLiteral("Kecamatan pesisir")); !s)
        return s;
    if (Status s = admin.saveZone(QStringLiteral("PEDALAMAN"), QStringLiteral("Kecamatan pedalaman")); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    auto report = CsvImport(rows).run(csv.readAll(), false);
    if (!report)
        return report.error();
    if (!report->applied)
        return Error(report->toText(), Error::Code::InvalidInput);
    return {};
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
    static bool done = false;
    if (done)
        return;
    CoreModule core;
    CatalogueModule catalogue;
    sync::EntityRegistry::instance().addModules({&core, &catalogue});
    done = true;
}

// Where the command works: a device profile (changes are queued and pushed at its next sync) or the
// central server's data (changes land in the server's change log at once).
struct Target
{
    std::unique_ptr<Profile> profile;
    std::unique_ptr<Database> serverDb;
    std::unique_ptr<CatalogueRows> rows;
    Database* db = nullptr;
};

const QCommandLineOption kProfile(QStringLiteral("profile"), QStringLiteral("Device profile folder"),
                                  QStringLiteral("DIR"));
const QCommandLineOption kServerData(QStringLiteral("server-data"),
                                     QStringLiteral("Central server data folder"), QStringLiteral("DIR"));
const QCommandLineOption kDatabase(QStringLiteral("database"),
                                   QStringLiteral("The server's PostgreSQL URL (with --server-data)"),
                                   QStringLiteral("URL"));
const QCommandLineOption kUser(QStringLiteral("user"), QStringLiteral("Act as this catalogue admin"),
                               QStringLiteral("NAME"));

Result<Actor> actorFor(Database& db, const QString& username, bool onDevice)
{
    IdentityStore ids(db);
    QString name = username;
    if (onDevice) {
        // A device acts as the user it is enrolled for: that is whom the server will check at push.
        if (auto enrolled = sync::SyncClient::enrolledActor(db)) {
            if (!name.isEmpty() && name != enrolled->user.username)
                return Error(QStringLiteral("this profile is enrolled for %1, not %2")
                                 .arg(enrolled->user.username, name),
                             Error::Code::Forbidden);
            name = enrolled->user.username;
        }
        if (name.isEmpty())
            return Error(
                QStringLiteral("the profile is not enrolled with a server: name the admin with --user"),
                Error::Code::InvalidInput);
    } else if (name.isEmpty()) {
        return ServerCatalogueRows::consoleActor();
    }
    auto user = ids.userByUsername(name);
    if (!user)
        return Error(QStringLiteral("no such user: %1").arg(name), Error::Code::NotFound);
    if (!user->active)
        return Error(QStringLiteral("user %1 is disabled").arg(name), Error::Code::Forbidden);
    return Actor::forUser(db, *user, onDevice ? QString() : QStringLiteral("server-console"));
}

Result<Target> openTarget(const QCommandLineParser& parser, bool needActor)
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
        CatalogueModule catalogueModule;
        auto p = Profile::open(dir, {&syncModule, &catalogueModule});
        if (!p)
            return p.error();
        t.profile = std::move(*p);
        t.db = &t.profile->database();
        if (needActor) {
            auto actor = actorFor(*t.db, parser.value(kUser), true);
            if (!actor)
                return actor.error();
            t.rows = std::make_unique<DeviceCatalogueRows>(*t.db, t.profile->audit(), *actor);
        }
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
    if (needActor) {
        auto actor = actorFor(*t.db, parser.value(kUser), false);
        if (!actor)
            return actor.error();
        t.rows = std::make_unique<ServerCatalogueRows>(*t.db, *actor);
    }
    return t;
}

int importCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Check and report, change nothing"));
    parser.addOptions({kProfile, kServerData, kDatabase, kUser, dryRun});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file"));
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli catalogue import")} + args) ||
        parser.positionalArguments().size() != 1) {
        err() << (parser.errorText().isEmpty() ? QStringLiteral("usage: lontar-cli catalogue import "
                                                                "(--server-data DIR | --profile DIR) "
                                                                "[--user NAME] [--dry-run] FILE.csv")
                                               : parser.errorText())
              << Qt::endl;
        return 2;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return 2;
    }
    if (file.size() > CsvImport::kMaxBytes) {
        err() << "file too large (limit " << CsvImport::kMaxBytes / (1024 * 1024) << " MiB)" << Qt::endl;
        return 2;
    }
    const QByteArray csv = file.readAll();
    auto target = openTarget(parser, true);
    if (!target) {
        err() << target.errorMessage() << Qt::endl;
        return 2;
    }
    auto report = CsvImport(*target->rows).run(csv, parser.isSet(dryRun));
    if (!report) {
        err() << report.errorMessage() << Qt::endl;
        return 2;
    }
    out() << report->toText();
    out().flush();
    return report->issues.isEmpty() ? 0 : 1;
}

int zoneCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption inactive(QStringLiteral("inactive"), QStringLiteral("Mark the zone inactive"));
    parser.addOptions({kProfile, kServerData, kDatabase, kUser, inactive});
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli catalogue zone")} + args) ||
        parser.positionalArguments().size() != 2) {
        err() << "usage: lontar-cli catalogue zone (--server-data DIR | --profile DIR) [--user NAME] "
                 "[--inactive] CODE NAME"
              << Qt::endl;
        return 2;
    }
    auto target = openTarget(parser, true);
    if (!target) {
        err() << target.errorMessage() << Qt::endl;
        return 2;
    }
    const QString code = parser.positionalArguments().at(0);
    Transaction tx(*target->db);
    Status s = tx.status();
    if (s)
        s = CatalogueAdmin(*target->rows)
                .saveZone(code, parser.positionalArguments().at(1), !parser.isSet(inactive));
    if (s)
        s = tx.commit();
    if (!s) {
        err() << s.errorMessage() << Qt::endl;
        return 2;
    }
    out() << "zone " << code << " saved" << Qt::endl;
    return 0;
}

// The server holds catalogue rows as JSON; search them through the same projection a device builds,
// in a scratch database.
Status projectServerCatalogue(Database& server, Database& scratch)
{
    CatalogueModule module;
    if (Status s = MigrationRunner::migrate(scratch, module.migrations()); !s)
        return s;
    Transaction tx(scratch);
    if (!tx.status())
        return tx.status();
    for (const QString& entity :
         {kZoneEntity, kVendorEntity, kCategoryEntity, kProductEntity, kPriceEntity}) {
        const EntitySpec* spec = sync::EntityRegistry::instance().find(entity);
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

int searchCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption zone(QStringLiteral("zone"), QStringLiteral("Price zone"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results"),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({kProfile, kServerData, kDatabase, format, zone, limit});
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli catalogue search")} + args) ||
        parser.positionalArguments().isEmpty() ||
        (parser.value(format) != QLatin1String("text") && parser.value(format) != QLatin1String("json"))) {
        err() << "usage: lontar-cli catalogue search (--server-data DIR | --profile DIR) [--zone CODE] "
                 "[--limit N] [--format text|json] QUERY"
              << Qt::endl;
        return 2;
    }
    auto target = openTarget(parser, false);
    if (!target) {
        err() << target.errorMessage() << Qt::endl;
        return 2;
    }
    Database* db = target->db;
    QTemporaryDir scratchDir;
    std::unique_ptr<Database> scratch;
    if (target->serverDb) {
        auto s = Database::openSqlite(scratchDir.filePath(QStringLiteral("search.sqlite")));
        if (!s) {
            err() << s.errorMessage() << Qt::endl;
            return 2;
        }
        scratch = std::move(*s);
        if (Status p = projectServerCatalogue(*target->serverDb, *scratch); !p) {
            err() << p.errorMessage() << Qt::endl;
            return 2;
        }
        db = scratch.get();
    }
    ProductFilter filter;
    filter.query = parser.positionalArguments().join(QLatin1Char(' '));
    filter.zone = parser.value(zone);
    filter.limit = qBound(1, parser.value(limit).toInt(), 5000);
    auto found = CatalogueBrowser(*db).find(filter);
    if (!found) {
        err() << found.errorMessage() << Qt::endl;
        return 2;
    }
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray results;
        for (const Product& p : *found)
            results.append(QJsonObject{{QStringLiteral("code"), p.code},
                                       {QStringLiteral("name"), p.name},
                                       {QStringLiteral("unit"), p.unit},
                                       {QStringLiteral("category"), p.categoryPath},
                                       {QStringLiteral("vendor"), p.vendorName},
                                       {QStringLiteral("umk"), p.vendorUmk},
                                       {QStringLiteral("price"), double(p.price)},
                                       {QStringLiteral("priceZone"), p.priceZone},
                                       {QStringLiteral("tkdn"), p.tkdnBp / 100.0},
                                       {QStringLiteral("pdn"), p.pdn}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("query"), filter.query},
                                           {QStringLiteral("count"), int(found->size())},
                                           {QStringLiteral("results"), results}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const Product& p : *found)
            out() << p.code << '\t' << p.name << '\t'
                  << (p.price > 0 ? formatRupiah(p.price) : QStringLiteral("-")) << '/' << p.unit << '\t'
                  << p.vendorName << '\n';
        out() << found->size() << " result(s)" << Qt::endl;
    }
    out().flush();
    return found->isEmpty() ? 1 : 0;
}

int catalogueCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return importCommand(args.mid(1));
    if (sub == QLatin1String("search"))
        return searchCommand(args.mid(1));
    if (sub == QLatin1String("zone"))
        return zoneCommand(args.mid(1));
    err() << "usage: lontar-cli catalogue import|search|zone ... (lontar-cli catalogue <sub> --help)"
          << Qt::endl;
    return 2;
}

} // namespace

QList<CliCommand> catalogueCliCommands()
{
    return {{QStringLiteral("catalogue"),
             QStringLiteral("E-catalogue: import FILE.csv, search QUERY, zone CODE NAME (--profile DIR | "
                            "--server-data DIR)"),
             catalogueCommand}};
}

} // namespace lontar::catalogue
