#include "records/RecordsCli.h"

#include "core/Profile.h"
#include "core/Uuid.h"
#include "records/LetterImporter.h"
#include "records/LetterSearch.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace lontar::records {

struct ServerRecordsRows::Writer
{
    Writer(Database& db, const Actor& actor)
        : mutations(db, actor, QDateTime::currentMSecsSinceEpoch())
    {}
    server::MutationWriter mutations;
    bool prepared = false;
};

ServerRecordsRows::ServerRecordsRows(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

ServerRecordsRows::~ServerRecordsRows() = default;

Actor ServerRecordsRows::consoleActor()
{
    User console;
    console.username = QStringLiteral("server-console");
    console.fullName = QStringLiteral("Konsol server");
    console.roles = {Role::Arsiparis};
    return Actor{console, QStringLiteral("server-console"), {}, 0};
}

Result<std::optional<QJsonObject>> ServerRecordsRows::current(const QString& entity, const QString& id)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT data, deleted FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                  {entity, id});
    if (!q)
        return q.error();
    if (!q->next() || q->value(1).toInt() != 0)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
}

Status ServerRecordsRows::write(const QString& entity, const QString& id, const QJsonObject& data)
{
    if (Status s = server::detail::lockChangeLog(m_db); !s)
        return s;
    if (!m_writer)
        m_writer = std::make_unique<Writer>(m_db, m_actor);
    if (!m_writer->prepared) {
        if (Status s = m_writer->mutations.prepare(); !s)
            return s;
        m_writer->prepared = true;
    }
    auto version = m_db.scalar(
        QStringLiteral("SELECT version FROM srv_rows WHERE entity = ? AND entity_id = ?"), {entity, id});
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
    if (result->status != sync::MutationStatus::Applied)
        return Error(result->error.isEmpty()
                         ? QStringLiteral("%1 %2: %3").arg(entity, id, statusName(result->status))
                         : result->error,
                     Error::Code::InvalidInput);
    return {};
}

Status ServerRecordsRows::audit(const QString& action, const QString& entity, const QString& id,
                                const QJsonObject& details)
{
    return AuditLog(m_db).append(m_actor.user.username, action, entity, id, details);
}

Status seedDemoInstruments(Database& serverDb)
{
    auto codes = serverDb.scalar(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                                 {kClassificationEntity});
    if (!codes)
        return codes.error();
    if (codes->toLongLong() > 0)
        return {};
    for (bool jra : {false, true}) {
        ServerRecordsRows rows(serverDb, ServerRecordsRows::consoleActor());
        InstrumentImport import(rows);
        auto report = jra ? import.importRetention(demoRetentionCsv())
                          : import.importClassification(demoClassificationCsv());
        if (!report)
            return report.error();
        if (!report->applied)
            return Error(report->toText(), Error::Code::InvalidInput);
    }
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
    RecordsModule records;
    sync::EntityRegistry::instance().addModules({&core, &records});
    done = true;
}

const QCommandLineOption kProfile(QStringLiteral("profile"), QStringLiteral("Device profile folder"),
                                  QStringLiteral("DIR"));
const QCommandLineOption kUser(QStringLiteral("user"),
                               QStringLiteral("Act as this user (default: the enrolled user, else tu)"),
                               QStringLiteral("NAME"));

struct Device
{
    std::unique_ptr<Profile> profile;
    Actor actor;
};

// The profile and whom the command acts as: the user the device is enrolled for (whom the server will
// check at push), else --user, else the demo pencatat `tu`.
Result<Device> openDevice(const QCommandLineParser& parser)
{
    registerEntities();
    const QString dir = parser.value(kProfile);
    if (dir.isEmpty())
        return Error(QStringLiteral("--profile DIR is required"), Error::Code::InvalidInput);
    if (!QDir(dir).exists())
        return Error(QStringLiteral("no such profile folder: %1").arg(dir), Error::Code::NotFound);
    sync::SyncClientModule syncModule;
    RecordsModule recordsModule;
    auto p = Profile::open(dir, {&syncModule, &recordsModule});
    if (!p)
        return p.error();
    Device d;
    d.profile = std::move(*p);
    Database& db = d.profile->database();
    QString name = parser.value(kUser);
    if (auto enrolled = sync::SyncClient::enrolledActor(db)) {
        if (!name.isEmpty() && name != enrolled->user.username)
            return Error(
                QStringLiteral("this profile is enrolled for %1, not %2").arg(enrolled->user.username, name),
                Error::Code::Forbidden);
        d.actor = *enrolled;
        return d;
    }
    if (name.isEmpty())
        name = QStringLiteral("tu");
    auto user = d.profile->identity().userByUsername(name);
    if (!user)
        return Error(
            QStringLiteral("no such user: %1 (fill the profile with lontar-cli seed-demo)").arg(name),
            Error::Code::NotFound);
    if (!user->active)
        return Error(QStringLiteral("user %1 is disabled").arg(name), Error::Code::Forbidden);
    auto actor = Actor::forUser(db, *user);
    if (!actor)
        return actor.error();
    d.actor = *actor;
    return d;
}

Result<QString> unitIdByCode(Profile& profile, const QString& code)
{
    auto units = profile.identity().units();
    if (!units)
        return units.error();
    for (const OrgUnit& u : *units) {
        if (u.code.compare(code, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return Error(QStringLiteral("no such unit: %1").arg(code), Error::Code::NotFound);
}

std::optional<SecurityClass> securityArg(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    return securityClassFromKey(key);
}

int importCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("Register in this unit (code)"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption classification(QStringLiteral("classification"),
                                            QStringLiteral("Classification code, e.g. 000.1.2"),
                                            QStringLiteral("CODE"));
    const QCommandLineOption security(QStringLiteral("security"),
                                      QStringLiteral("biasa, terbatas, rahasia or sangat_rahasia"),
                                      QStringLiteral("CLASS"));
    const QCommandLineOption sifat(QStringLiteral("sifat"),
                                   QStringLiteral("biasa, penting, segera, sangat_segera"),
                                   QStringLiteral("SIFAT"));
    const QCommandLineOption sender(QStringLiteral("sender"), QStringLiteral("Sender (pengirim)"),
                                    QStringLiteral("TEXT"));
    parser.addOptions({kProfile, kUser, unit, classification, security, sifat, sender});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("PDF files or folders"));
    const auto usage = [&](const QString& why) {
        err() << why
              << "\nusage: lontar-cli records import --profile DIR [--user NAME] [--unit CODE] "
                 "[--classification CODE] [--security CLASS] [--sifat SIFAT] [--sender TEXT] PATH..."
              << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli records import")} + args))
        return usage(parser.errorText());
    if (parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("no PDF files or folders given"));
    LetterDraft draft;
    if (parser.isSet(security)) {
        const auto c = securityArg(parser.value(security));
        if (!c)
            return usage(QStringLiteral("unknown security class: %1").arg(parser.value(security)));
        draft.securityClass = *c;
    }
    if (parser.isSet(sifat)) {
        if (!sifatKeys().contains(parser.value(sifat)))
            return usage(QStringLiteral("unknown sifat: %1").arg(parser.value(sifat)));
        draft.sifat = parser.value(sifat);
    }
    draft.classification = parser.value(classification);
    if (!draft.classification.isEmpty() && !isClassificationCode(draft.classification))
        return usage(QStringLiteral("not a classification code: %1").arg(draft.classification));
    draft.pengirim = parser.value(sender);
    auto device = openDevice(parser);
    if (!device) {
        err() << device.errorMessage() << Qt::endl;
        return 2;
    }
    if (parser.isSet(unit)) {
        auto id = unitIdByCode(*device->profile, parser.value(unit));
        if (!id) {
            err() << id.errorMessage() << Qt::endl;
            return 2;
        }
        draft.unitId = *id;
    }
    const QStringList files = LetterImporter::collectFiles(parser.positionalArguments());
    if (files.isEmpty())
        return usage(QStringLiteral("no PDF files found"));
    LetterRegister letters(device->profile->database(), device->profile->audit(), device->actor);
    LetterImporter importer(letters, device->profile->directory() + QStringLiteral("/blobs"));
    int refused = 0;
    importer.importAll(files, draft, [&](int, int, const ImportOutcome& o) {
        if (o.imported) {
            out() << o.path << '\t' << o.letter.agenda << Qt::endl;
        } else {
            ++refused;
            out() << o.path << '\t'
                  << QCoreApplication::translate("lontar::records::RecordsCli", "ditolak: %1").arg(o.reason)
                  << Qt::endl;
        }
    });
    return refused == 0 ? 0 : 1;
}

int searchCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results"),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Received on or after"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Received on or before"),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sender(QStringLiteral("sender"), QStringLiteral("Part of the sender's name"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption classification(QStringLiteral("classification"),
                                            QStringLiteral("This code and those beneath it"),
                                            QStringLiteral("CODE"));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("Unit code"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption security(QStringLiteral("security"), QStringLiteral("Security class"),
                                      QStringLiteral("CLASS"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Letter status"),
                                    QStringLiteral("STATUS"));
    parser.addOptions(
        {kProfile, kUser, format, limit, from, to, sender, classification, unit, security, status});
    const auto usage = [&](const QString& why) {
        err() << why
              << "\nusage: lontar-cli records search --profile DIR [--user NAME] [--format text|json] "
                 "[--limit N] [--from DATE] [--to DATE] [--sender TEXT] [--classification CODE] "
                 "[--unit CODE] [--security CLASS] [--status STATUS] [QUERY...]"
              << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli records search")} + args))
        return usage(parser.errorText());
    if (parser.value(format) != QLatin1String("text") && parser.value(format) != QLatin1String("json"))
        return usage(QStringLiteral("--format is text or json"));
    LetterQuery query;
    query.text = parser.positionalArguments().join(QLatin1Char(' '));
    bool limitOk = false;
    query.limit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || query.limit < 1 || query.limit > 1000)
        return usage(QStringLiteral("--limit is 1 to 1000"));
    for (const auto& [option, date] : {std::pair{&from, &query.from}, std::pair{&to, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return usage(QStringLiteral("not a date (YYYY-MM-DD): %1").arg(parser.value(*option)));
    }
    query.sender = parser.value(sender);
    query.classification = parser.value(classification);
    if (parser.isSet(security)) {
        query.securityClass = securityArg(parser.value(security));
        if (!query.securityClass)
            return usage(QStringLiteral("unknown security class: %1").arg(parser.value(security)));
    }
    query.status = parser.value(status);
    if (!query.status.isEmpty() && !letterStatusKeys().contains(query.status))
        return usage(QStringLiteral("unknown status: %1").arg(query.status));
    if (query.text.trimmed().isEmpty() && query.sender.isEmpty() && query.classification.isEmpty() &&
        !query.from.isValid() && !query.to.isValid() && !parser.isSet(unit) && !query.securityClass &&
        query.status.isEmpty())
        return usage(QStringLiteral("give a QUERY or a filter"));
    auto device = openDevice(parser);
    if (!device) {
        err() << device.errorMessage() << Qt::endl;
        return 2;
    }
    if (parser.isSet(unit)) {
        auto id = unitIdByCode(*device->profile, parser.value(unit));
        if (!id) {
            err() << id.errorMessage() << Qt::endl;
            return 2;
        }
        query.unitIds = {*id};
    }
    // A user never sees what is above their clearance, even on a shared device.
    query.maxSecurityLevel = device->actor.clearance;
    auto hits = LetterSearch(device->profile->database()).find(query);
    if (!hits) {
        err() << hits.errorMessage() << Qt::endl;
        return 2;
    }
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray results;
        for (const LetterHit& h : *hits) {
            const IncomingLetter& l = h.letter;
            results.append(QJsonObject{
                {QStringLiteral("agendaNumber"), l.agenda},
                {QStringLiteral("subject"), l.perihal},
                {QStringLiteral("sender"), l.pengirim},
                {QStringLiteral("date"), l.tanggal.isEmpty() ? l.receivedDate : l.tanggal},
                {QStringLiteral("receivedDate"), l.receivedDate},
                {QStringLiteral("number"), l.nomor},
                {QStringLiteral("file"), l.fileName},
                {QStringLiteral("fileSha256"), l.fileSha256},
                {QStringLiteral("classification"), l.classification},
                {QStringLiteral("securityClass"), securityClassKey(l.securityClass)},
                {QStringLiteral("status"), l.status},
                {QStringLiteral("id"), l.id},
                {QStringLiteral("score"), h.score},
                {QStringLiteral("snippet"), h.snippet.marked(QStringLiteral("«"), QStringLiteral("»"))}});
        }
        out() << QJsonDocument(results).toJson(QJsonDocument::Indented);
    } else {
        for (const LetterHit& h : *hits) {
            const IncomingLetter& l = h.letter;
            out() << l.agenda << '\t' << (l.tanggal.isEmpty() ? l.receivedDate : l.tanggal) << '\t'
                  << l.pengirim << '\t' << l.perihal << '\t' << l.fileName << '\n'
                  << "    " << h.snippet.marked(QStringLiteral("«"), QStringLiteral("»")) << '\n';
        }
        out() << hits->size() << " result(s)" << Qt::endl;
    }
    out().flush();
    return hits->isEmpty() ? 1 : 0;
}

// Instruments from CSV on a device profile (queued for the server) or on the server's own data.
int instrumentsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption serverData(QStringLiteral("server-data"),
                                        QStringLiteral("Central server data folder"), QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The server's PostgreSQL URL (with --server-data)"),
                                      QStringLiteral("URL"));
    const QCommandLineOption jra(QStringLiteral("jra"), QStringLiteral("The file holds JRA rows"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Check and report, change nothing"));
    parser.addOptions({kProfile, kUser, serverData, database, jra, dryRun});
    if (!parser.parse(QStringList{QStringLiteral("lontar-cli records instruments")} + args) ||
        parser.positionalArguments().size() != 1 || parser.isSet(kProfile) == parser.isSet(serverData)) {
        err() << "usage: lontar-cli records instruments (--profile DIR [--user NAME] | --server-data DIR) "
                 "[--jra] "
                 "[--dry-run] FILE.csv"
              << Qt::endl;
        return 2;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly) || file.size() > InstrumentImport::kMaxBytes) {
        err() << "cannot read " << file.fileName() << " (or larger than 8 MiB)" << Qt::endl;
        return 2;
    }
    const QByteArray csv = file.readAll();
    std::unique_ptr<RecordsRows> rows;
    std::unique_ptr<Database> serverDb;
    Device device;
    if (parser.isSet(kProfile)) {
        auto d = openDevice(parser);
        if (!d) {
            err() << d.errorMessage() << Qt::endl;
            return 2;
        }
        device = std::move(*d);
        rows = std::make_unique<DeviceRecordsRows>(device.profile->database(), device.profile->audit(),
                                                   device.actor);
    } else {
        registerEntities();
        auto db = server::openServerDatabase(parser.value(serverData), parser.value(database));
        if (!db) {
            err() << db.errorMessage() << Qt::endl;
            return 2;
        }
        serverDb = std::move(*db);
        rows = std::make_unique<ServerRecordsRows>(*serverDb, ServerRecordsRows::consoleActor());
    }
    InstrumentImport import(*rows);
    auto report = parser.isSet(jra) ? import.importRetention(csv, parser.isSet(dryRun))
                                    : import.importClassification(csv, parser.isSet(dryRun));
    if (!report) {
        err() << report.errorMessage() << Qt::endl;
        return 2;
    }
    out() << report->toText();
    out().flush();
    return report->issues.isEmpty() ? 0 : 1;
}

int recordsCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return importCommand(args.mid(1));
    if (sub == QLatin1String("search"))
        return searchCommand(args.mid(1));
    if (sub == QLatin1String("instruments"))
        return instrumentsCommand(args.mid(1));
    err() << "usage: lontar-cli records import|search|instruments ... (lontar-cli records <sub> --help)"
          << Qt::endl;
    return 2;
}

} // namespace

QList<CliCommand> recordsCliCommands()
{
    return {{QStringLiteral("records"),
             QStringLiteral("Records: import PDF..., search QUERY, instruments FILE.csv (--profile DIR)"),
             recordsCommand}};
}

} // namespace lontar::records
