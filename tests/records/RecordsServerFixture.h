#pragma once

#include "RecordsTestSupport.h"

#include "core/Uuid.h"
#include "records/NumberBlocks.h"
#include "server/EmbeddedServer.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>

namespace lontar::test {

// One enrolled device of a demo user, talking to the fixture's real server. Tests derive from it to add
// the desks they drive (RecordsServer::device<Derived>()).
struct SyncedDevice
{
    std::unique_ptr<Profile> profile;
    std::unique_ptr<sync::Transport> transport;
    std::unique_ptr<sync::SyncClient> client;
    QString username;

    virtual ~SyncedDevice() = default;

    Database& db() { return profile->database(); }
    QString blobDir() { return profile->directory() + QStringLiteral("/blobs"); }
    // The user as the server named them at login.
    Actor actor() { return *sync::SyncClient::enrolledActor(db()); }
    qint64 count(const QString& sql, std::initializer_list<QVariant> bindings = {})
    {
        return db().scalar(sql, bindings)->toLongLong();
    }
    // One sync pass; a failure ends the test program (nothing after it would mean anything). Changes the
    // server refused are printed, so a failing count says why.
    sync::SyncReport sync()
    {
        auto r = client->syncOnce();
        if (!r)
            qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
        if (r->rejected > 0) {
            for (const sync::SyncConflict& c : *sync::ClientStore(db()).conflicts())
                qWarning("%s rejected %s: %s", qPrintable(username), qPrintable(c.entity),
                         qPrintable(c.reason));
        }
        return *r;
    }
    // Agenda numbers for incoming letters come from blocks the server confirmed to this device: claims
    // for the user's unit (or `unitId`) and the year of `day`, sent and confirmed by one sync.
    Status reserveAgenda(const QString& unitId = {}, const QDate& day = QDate::currentDate())
    {
        auto queued = records::LetterRegister(db(), profile->audit(), actor()).reserveAgenda(unitId, day);
        if (!queued)
            return queued.error();
        const sync::SyncReport r = sync();
        if (r.rejected > 0)
            return Error(QStringLiteral("agenda blocks refused"));
        return {};
    }
    // Numbers for letters this device signs: a block of the sent letters' book of `unitId` for this year,
    // claimed and confirmed by one sync.
    Status reserveLetterNumbers(const QString& unitId)
    {
        auto queued = records::NumberBlocks(db(), profile->audit(), actor())
                          .reserveIfLow(unitId, QDate::currentDate().year());
        if (!queued)
            return queued.error();
        const sync::SyncReport r = sync();
        if (r.rejected > 0)
            return Error(QStringLiteral("number blocks refused"));
        return {};
    }
    // A push the way a modified client could send it, with this device's tokens, skipping every check
    // of the device: the answer for that one mutation (status, error, version).
    QJsonObject rawPush(const QString& entity, const QString& id, const QJsonObject& data,
                        qint64 baseVersion = 0)
    {
        const QJsonObject m{{QStringLiteral("seq"), double(QDateTime::currentMSecsSinceEpoch())},
                            {QStringLiteral("mutationId"), newUuid()},
                            {QStringLiteral("entity"), entity},
                            {QStringLiteral("entityId"), id},
                            {QStringLiteral("op"), QStringLiteral("upsert")},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("baseVersion"), baseVersion}};
        sync::HttpRequest req;
        req.method = "POST";
        req.path = QStringLiteral("/api/v1/sync/push");
        req.body = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), sync::kSchemaVersion},
                                             {QStringLiteral("mutations"), QJsonArray{m}}})
                       .toJson();
        auto reply = client->request(req);
        if (!reply || reply->status != 200)
            qFatal("raw push failed: %s", reply ? reply->body.constData() : qPrintable(reply.errorMessage()));
        return QJsonDocument::fromJson(reply->body)
            .object()
            .value(QStringLiteral("results"))
            .toArray()
            .first()
            .toObject();
    }
};

// A real lontar server on 127.0.0.1 (embedded, demo regency, devices approved at once) with a direct
// connection to its database for checks, and fresh devices of demo users enrolled against it. Call
// start() from initTestCase.
class RecordsServer
{
public:
    // Registers the core and records entities. The demo instruments are the test's to seed
    // (records::seedDemoInstruments(db()), in lontar_records_cli).
    bool start()
    {
        CoreModule core;
        sync::EntityRegistry::instance().addModules({&core, &m_records});
        server::EmbeddedServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("server"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        auto started = server::EmbeddedServer::start(config);
        if (!started) {
            qWarning("server: %s", qPrintable(started.errorMessage()));
            return false;
        }
        m_server = std::move(*started);
        auto db = Database::openSqlite(config.dataDir + QStringLiteral("/server.sqlite"));
        if (!db) {
            qWarning("server database: %s", qPrintable(db.errorMessage()));
            return false;
        }
        m_db = std::move(*db);
        return true;
    }

    // A fresh profile of `username` (demo password), enrolled and synced once.
    template <class D = SyncedDevice> std::unique_ptr<D> device(const QString& username)
    {
        auto d = std::make_unique<D>();
        d->username = username;
        sync::SyncClientModule syncModule;
        auto p = Profile::open(m_dir.filePath(QStringLiteral("device%1").arg(++m_devices)),
                               {&syncModule, &m_records});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->transport = sync::makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        d->client = std::make_unique<sync::SyncClient>(d->db(), *d->transport, d->blobDir());
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        d->sync();
        return d;
    }

    // A push of a modified client of `username`, from a second device of theirs kept for attacks (a raw
    // push carries its own sequence number, which must not shadow an honest device's queue), based on the
    // server's current version of the row (0 for a new one).
    QJsonObject attack(const QString& username, const QString& entity, const QString& id,
                       const QJsonObject& data)
    {
        auto& d = m_attackers[username];
        if (!d)
            d = device(username);
        return d->rawPush(entity, id, data, version(entity, id));
    }

    Database& db() { return *m_db; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString unitId(const QString& code)
    {
        return m_db->scalar(QStringLiteral("SELECT id FROM org_units WHERE code = ?"), {code})->toString();
    }
    QString userId(const QString& username)
    {
        return m_db->scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username})
            ->toString();
    }
    QString unitOf(const QString& username)
    {
        return m_db->scalar(QStringLiteral("SELECT unit_id FROM users WHERE username = ?"), {username})
            ->toString();
    }
    // The server's copy of a row ({} when there is none).
    QJsonObject row(const QString& entity, const QString& id)
    {
        auto q = m_db->exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                            {entity, id});
        if (!q || !q->next())
            return {};
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }
    // The server's version of a row (0 when there is none).
    qint64 version(const QString& entity, const QString& id)
    {
        auto v = m_db->scalar(
            QStringLiteral("SELECT version FROM srv_rows WHERE entity = ? AND entity_id = ?"), {entity, id});
        return v && v->isValid() ? v->toLongLong() : 0;
    }
    qint64 count(const QString& sql, std::initializer_list<QVariant> bindings = {})
    {
        return m_db->scalar(sql, bindings)->toLongLong();
    }
    qint64 auditCount(const QString& action)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    }

private:
    QTemporaryDir m_dir;
    records::RecordsModule m_records;
    std::unique_ptr<server::EmbeddedServer> m_server;
    std::unique_ptr<Database> m_db;
    int m_devices = 0;
    std::map<QString, std::unique_ptr<SyncedDevice>> m_attackers;
};

// The server's answer to a raw push was a refusal whose reason contains `contains`.
inline void expectRejected(const QJsonObject& result, const QString& contains)
{
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(
        result.value(QStringLiteral("error")).toString().contains(contains),
        qPrintable(contains + QStringLiteral(" <- ") + result.value(QStringLiteral("error")).toString()));
}

} // namespace lontar::test
