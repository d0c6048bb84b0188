#pragma once

#include "TestSupport.h"

#include "attendance/AttendanceModule.h"
#include "attendance/ClockEvents.h"
#include "core/Directory.h"
#include "core/Profile.h"
#include "core/Uuid.h"
#include "server/EmbeddedServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace lontar::test {

// Core's and attendance's entities, as the executables register them.
inline void registerAttendance()
{
    static CoreModule core;
    static attendance::AttendanceModule attendanceModule;
    sync::EntityRegistry::instance().addModules({&core, &attendanceModule});
}

// Opens (or creates) a device profile with attendance's schema.
inline std::unique_ptr<Profile> openAttendanceProfile(const QString& directory)
{
    registerAttendance();
    static sync::SyncClientModule syncModule;
    static attendance::AttendanceModule attendanceModule;
    auto p = Profile::open(directory, {&syncModule, &attendanceModule});
    if (!p)
        qFatal("%s", qPrintable(p.errorMessage()));
    return std::move(*p);
}

// The local identity tables as the synced directory, as a device has them after its first pull (a
// device-level test has no server; policies read the directory through these rows).
inline void publishLocalDirectory(Database& db)
{
    IdentityStore ids(db);
    auto write = [&](const QString& entity, const QString& id, const QJsonObject& data) {
        auto r =
            db.exec(QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, data, deleted, "
                                   "updated_at) VALUES (?, ?, 1, ?, 0, 0) ON CONFLICT (entity, entity_id) "
                                   "DO UPDATE SET data = excluded.data"),
                    {entity, id, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
        if (!r)
            qFatal("%s", qPrintable(r.errorMessage()));
    };
    for (const OrgUnit& u : *ids.units())
        write(directory::kUnitEntity, u.id, directory::unitToJson(u));
    for (const User& u : *ids.users())
        write(directory::kUserEntity, u.id, directory::userToJson(u));
}

inline qint64 count(Database& db, const QString& sql, std::initializer_list<QVariant> bindings = {})
{
    auto v = db.scalar(sql, bindings);
    if (!v)
        qFatal("%s", qPrintable(v.errorMessage()));
    return v->toLongLong();
}

// A device enrolled with the real server on loopback.
struct SyncedDevice
{
    std::unique_ptr<Profile> profile;
    std::unique_ptr<sync::Transport> transport;
    std::unique_ptr<sync::SyncClient> client;
    QString username;

    Database& db() { return profile->database(); }
    // The session's actor with its device id (enrolledActor builds it from the directory).
    Actor actor()
    {
        auto a = sync::SyncClient::enrolledActor(db());
        if (!a)
            qFatal("%s", qPrintable(a.errorMessage()));
        a->deviceId = client->deviceId();
        return *a;
    }
    sync::SyncReport sync()
    {
        auto r = client->syncOnce();
        if (!r)
            qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
        return *r;
    }
    // A push the way a modified client could send it, with this device's tokens.
    QJsonObject rawPush(const QString& entity, const QString& id, const QJsonObject& data)
    {
        (void)db().exec(
            QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_outbox', 0 WHERE NOT "
                           "EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sync_outbox')"));
        const qint64 seq =
            db().scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"))
                ->toLongLong() +
            1;
        (void)db().exec(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'"),
                        {seq});
        const QJsonObject m{{QStringLiteral("seq"), seq},
                            {QStringLiteral("mutationId"), newUuid()},
                            {QStringLiteral("entity"), entity},
                            {QStringLiteral("entityId"), id},
                            {QStringLiteral("op"), QStringLiteral("upsert")},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("baseVersion"), 0}};
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

// The real server with the demo regency, and its database for assertions.
struct AttendanceServer
{
    QTemporaryDir dir;
    std::unique_ptr<server::EmbeddedServer> server;
    std::unique_ptr<Database> db;
    int devices = 0;

    void start()
    {
        registerAttendance();
        server::EmbeddedServerConfig config;
        config.dataDir = dir.filePath(QStringLiteral("server"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        auto s = server::EmbeddedServer::start(config);
        if (!s)
            qFatal("%s", qPrintable(s.errorMessage()));
        server = std::move(*s);
        auto d = Database::openSqlite(config.dataDir + QStringLiteral("/server.sqlite"));
        if (!d)
            qFatal("%s", qPrintable(d.errorMessage()));
        db = std::move(*d);
    }

    std::unique_ptr<SyncedDevice> device(const QString& username)
    {
        auto d = std::make_unique<SyncedDevice>();
        d->username = username;
        d->profile = openAttendanceProfile(dir.filePath(QStringLiteral("device%1").arg(++devices)));
        d->transport = sync::makeHttpsTransport(server->baseUrl(), server->certificateFingerprint());
        d->client = std::make_unique<sync::SyncClient>(d->db(), *d->transport,
                                                       d->profile->directory() + QStringLiteral("/blobs"));
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        d->sync();
        return d;
    }

    std::optional<QJsonObject> row(const QString& entity, const QString& id)
    {
        auto q = db->exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                          {entity, id});
        if (!q || !q->next())
            return std::nullopt;
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }
    QStringList flagsOf(const QString& eventId)
    {
        QStringList out;
        for (const QJsonValue& v : row(attendance::kEventEntity, eventId)
                                       .value_or(QJsonObject())
                                       .value(QStringLiteral("flags"))
                                       .toArray())
            out.append(v.toString());
        return out;
    }
};

inline void expectRejected(const QJsonObject& result, const QString& contains)
{
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(result.value(QStringLiteral("error")).toString().contains(contains),
             qPrintable(result.value(QStringLiteral("error")).toString()));
}

} // namespace lontar::test
