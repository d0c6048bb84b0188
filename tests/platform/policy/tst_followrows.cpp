#include "TestSupport.h"

#include "InProcessNetwork.h"
#include "PgCluster.h"

#include "core/Directory.h"
#include "core/Identity.h"
#include "core/Profile.h"
#include "core/Uuid.h"
#include "server/Directory.h"
#include "server/ServerStore.h"
#include "server/SyncServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"
#include "sync/Transport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lontar;
using namespace lontar::sync;
using namespace lontar::server;
using lontar::test::InProcessNetwork;

namespace {

const QString kLeader = QStringLiteral("test_leader");
const QString kFollower = QStringLiteral("test_follower");
const QString kFenced = QStringLiteral("test_fenced"); // places its unit from the row, without the flag
const QString kPlaced = QStringLiteral("test_placed"); // the same, with EntitySpec::policyPlacesUnit

QStringList classKeys()
{
    return {QStringLiteral("biasa"), QStringLiteral("terbatas"), QStringLiteral("rahasia"),
            QStringLiteral("sangat_rahasia")};
}

int levelOf(const QJsonObject& o)
{
    return int(securityClassFromKey(o.value(QStringLiteral("securityClass")).toString())
                   .value_or(SecurityClass::SangatRahasia));
}

// A letter-like leader: a unit's row with a class and a note that no follower copies.
class LeaderPolicy final : public EntityPolicy
{
public:
    LeaderPolicy()
    {
        m_schema.string(QStringLiteral("perihal"), true)
            .uuid(QStringLiteral("unitId"), true)
            .enumeration(QStringLiteral("securityClass"), true, classKeys())
            .string(QStringLiteral("note"), false);
    }
    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return context.currentAccess;
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        return RowAccess{data.value(QStringLiteral("unitId")).toString(), {}, levelOf(data), {}};
    }

private:
    FieldSchema m_schema;
};

// A disposition-like follower whose policy trusts the client's copy on purpose: the platform's refollow
// is what must replace it. The recipient owns it while cleared for the leader's class.
class FollowerPolicy final : public EntityPolicy
{
public:
    FollowerPolicy()
    {
        m_schema.uuid(QStringLiteral("leaderId"), true)
            .uuid(QStringLiteral("toUserId"), true)
            .uuid(QStringLiteral("toUnitId"), true)
            .string(QStringLiteral("perihal"), false)
            .enumeration(QStringLiteral("securityClass"), true, classKeys())
            .boolean(QStringLiteral("read"), false);
    }
    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return context.currentAccess;
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        return RowAccess{data.value(QStringLiteral("toUnitId")).toString(),
                         data.value(QStringLiteral("toUserId")).toString(),
                         levelOf(data),
                         {}};
    }
    std::optional<RowAccess> refollow(const QJsonObject& leader, QJsonObject& follower,
                                      const RowLookup& lookup) const override
    {
        follower.insert(QStringLiteral("perihal"), leader.value(QStringLiteral("perihal")));
        follower.insert(QStringLiteral("securityClass"), leader.value(QStringLiteral("securityClass")));
        RowAccess access{follower.value(QStringLiteral("toUnitId")).toString(),
                         follower.value(QStringLiteral("toUserId")).toString(),
                         levelOf(follower),
                         {}};
        const auto person = lookup(directory::kUserEntity, access.ownerId);
        if (!person || person->value(QStringLiteral("clearance")).toInt() < access.securityLevel)
            access.ownerId.clear();
        return access;
    }

private:
    FieldSchema m_schema;
};

// Takes its unit from the row as given; only the platform's scope rule stands between it and any unit.
class PlacingPolicy final : public EntityPolicy
{
public:
    PlacingPolicy()
    {
        m_schema.uuid(QStringLiteral("unitId"), true)
            .enumeration(QStringLiteral("securityClass"), true, classKeys())
            .string(QStringLiteral("text"), false);
    }
    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return context.currentAccess;
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        return RowAccess{data.value(QStringLiteral("unitId")).toString(), {}, levelOf(data), {}};
    }

private:
    FieldSchema m_schema;
};

} // namespace

// Two platform rules (docs/policy-and-identity.md): rows that follow another row (EntitySpec::follows)
// are rewritten by the server from their leader — copy, class and owner — so a leader raised above a
// reader's clearance takes its followers off that reader's devices; and only an entity whose policy
// places its unit (EntitySpec::policyPlacesUnit) may create a row outside the writer's unit tree.
// LONTAR_SYNC_BACKEND=postgres runs the same suite with the server on a throwaway PostgreSQL.
class TestFollowRows : public QObject
{
    Q_OBJECT

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<InProcessNetwork> network;
        std::unique_ptr<SyncClient> client;
        QString username;

        Database& db() { return profile->database(); }
        ClientStore store() { return ClientStore(db(), *SyncClient::enrolledActor(db())); }
        SyncReport sync()
        {
            auto r = client->syncOnce();
            if (!r)
                qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
            return *r;
        }
        std::optional<QJsonObject> row(const QString& entity, const QString& id)
        {
            auto r = ClientStore(db()).get(entity, id);
            if (!r || r->deleted)
                return std::nullopt;
            return r->data;
        }
        // A push as a modified client would send it, with sequence numbers taken from the device's own
        // outbox counter so its later pushes are not mistaken for replays.
        QJsonObject rawPush(const QString& entity, const QString& id, const QJsonObject& data,
                            qint64 baseVersion = 0)
        {
            qint64 seq = db().scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence "
                                                    "WHERE name = 'sync_outbox'"))
                             ->toLongLong() +
                         1;
            if (!db().exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_outbox', 0 "
                                          "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = "
                                          "'sync_outbox')"))
                     .ok() ||
                !db().exec(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'"),
                           {seq})
                     .ok())
                qFatal("cannot reserve outbox numbers");
            const QJsonObject m{{QStringLiteral("seq"), seq},
                                {QStringLiteral("mutationId"), newUuid()},
                                {QStringLiteral("entity"), entity},
                                {QStringLiteral("entityId"), id},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("data"), data},
                                {QStringLiteral("baseVersion"), baseVersion}};
            HttpRequest req;
            req.method = "POST";
            req.path = QStringLiteral("/api/v1/sync/push");
            req.body = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), kSchemaVersion},
                                                 {QStringLiteral("mutations"), QJsonArray{m}}})
                           .toJson();
            auto reply = client->request(req);
            if (!reply || reply->status != 200)
                qFatal("raw push failed: %s",
                       reply ? reply->body.constData() : qPrintable(reply.errorMessage()));
            return QJsonDocument::fromJson(reply->body)
                .object()
                .value(QStringLiteral("results"))
                .toArray()
                .first()
                .toObject();
        }
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<lontar::test::PgCluster> m_pg;
    int m_pgDatabases = 0;
    std::unique_ptr<Database> m_serverDb;
    std::unique_ptr<SyncServer> m_server;
    qint64 m_now = 1'790'000'000'000;
    int m_devices = 0;

    std::unique_ptr<Device> device(const QString& username)
    {
        auto d = std::make_unique<Device>();
        d->username = username;
        SyncClientModule module;
        auto p = Profile::open(m_dir->filePath(QStringLiteral("device%1").arg(++m_devices)), {&module});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->network = std::make_unique<InProcessNetwork>(*m_server);
        d->client = std::make_unique<SyncClient>(d->db(), *d->network,
                                                 d->profile->directory() + QStringLiteral("/blobs"));
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        d->sync();
        return d;
    }

    QString userId(const QString& username)
    {
        return IdentityStore(*m_serverDb).userByUsername(username)->id;
    }
    QString unitId(const QString& code)
    {
        for (const OrgUnit& u : *IdentityStore(*m_serverDb).units()) {
            if (u.code == code)
                return u.id;
        }
        qFatal("no unit %s", qPrintable(code));
    }
    qint64 count(const QString& sql, const QVariantList& bindings = {})
    {
        auto r = m_serverDb->exec(sql, bindings);
        if (!r || !r->next())
            qFatal("count failed: %s", qPrintable(sql));
        return r->value(0).toLongLong();
    }
    struct ServerRow
    {
        qint64 version = 0;
        QJsonObject data;
        QString ownerId;
        int level = -1;
    };
    ServerRow serverRow(const QString& entity, const QString& id)
    {
        auto q = m_serverDb->exec(QStringLiteral("SELECT version, data, owner_id, sec_level FROM srv_rows "
                                                 "WHERE entity = ? AND entity_id = ?"),
                                  {entity, id});
        if (!q || !q->next())
            return {};
        return {q->value(0).toLongLong(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object(),
                q->value(2).toString(), q->value(3).toInt()};
    }
    qint64 changesOf(const QString& id)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM srv_changes WHERE entity_id = ?"), {id});
    }

    QJsonObject leader(const QString& perihal, const QString& securityClass)
    {
        return {{QStringLiteral("perihal"), perihal},
                {QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO"))},
                {QStringLiteral("securityClass"), securityClass}};
    }
    QJsonObject follower(const QString& leaderId, const QString& to, const QString& toUnit,
                         const QString& perihal = {}, const QString& securityClass = QStringLiteral("biasa"))
    {
        return {{QStringLiteral("leaderId"), leaderId},
                {QStringLiteral("toUserId"), userId(to)},
                {QStringLiteral("toUnitId"), unitId(toUnit)},
                {QStringLiteral("perihal"), perihal},
                {QStringLiteral("securityClass"), securityClass}};
    }

    // Changes the leader's class (and perihal) the way its owner's device does.
    void setLeader(Device& d, const QString& id, const QString& securityClass, const QString& note = {})
    {
        QJsonObject row = *d.row(kLeader, id);
        row.insert(QStringLiteral("securityClass"), securityClass);
        if (!note.isEmpty())
            row.insert(QStringLiteral("note"), note);
        LONTAR_VERIFY_OK(d.store().put(kLeader, id, row));
        QCOMPARE(d.sync().rejected, 0);
    }

    static void expectRejected(const QJsonObject& result, const QString& contains)
    {
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(result.value(QStringLiteral("error")).toString().contains(contains),
                 qPrintable(result.value(QStringLiteral("error")).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("LONTAR_SYNC_BACKEND") == QLatin1String("postgres")) {
            if (const QString why = lontar::test::PgCluster::unavailableReason(); !why.isEmpty())
                QSKIP(qPrintable(why));
            m_pg = std::make_unique<lontar::test::PgCluster>();
            QString error;
            QVERIFY2(m_pg->start(&error), qPrintable(error));
        }
        auto& registry = EntityRegistry::instance();
        registry.add({kLeader,
                      ConflictRule::Optimistic,
                      ReadScope::UnitSubtree,
                      16 * 1024,
                      {},
                      std::make_shared<LeaderPolicy>(),
                      {},
                      {}});
        EntitySpec follows{kFollower,
                           ConflictRule::Optimistic,
                           ReadScope::OwnerAndSupervisors,
                           16 * 1024,
                           {},
                           std::make_shared<FollowerPolicy>(),
                           {},
                           {}};
        follows.follows = FollowLink{kLeader, QStringLiteral("leaderId")};
        registry.add(follows);
        registry.add({kFenced,
                      ConflictRule::Optimistic,
                      ReadScope::UnitSubtree,
                      16 * 1024,
                      {},
                      std::make_shared<PlacingPolicy>(),
                      {},
                      {}});
        EntitySpec placed{kPlaced,
                          ConflictRule::Optimistic,
                          ReadScope::UnitSubtree,
                          16 * 1024,
                          {},
                          std::make_shared<PlacingPolicy>(),
                          {},
                          {}};
        placed.policyPlacesUnit = true;
        registry.add(placed);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString url;
        if (m_pg) {
            QString error;
            url = m_pg->createDatabase(QStringLiteral("follow%1").arg(++m_pgDatabases), &error);
            QVERIFY2(!url.isEmpty(), qPrintable(error));
        }
        auto db = openServerDatabase(m_dir->filePath(QStringLiteral("server")), url);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_serverDb = std::move(*db);
        LONTAR_VERIFY_OK(DemoData::seed(*m_serverDb));
        LONTAR_VERIFY_OK(publishDirectory(*m_serverDb, m_now));
        ServerOptions options;
        options.autoApproveDevices = true;
        options.clock = [this] { return m_now; };
        options.loginAttemptsPerWindow = 1000;
        m_server = std::make_unique<SyncServer>(*m_serverDb, options);
    }

    void cleanup()
    {
        m_server.reset();
        m_serverDb.reset();
        m_dir.reset();
    }

    // kadis (clearance rahasia) sends a biasa leader's followers to kabid (terbatas) and staf (biasa).
    // Raised to terbatas: staf's device loses its follower, kabid's gets the new class; raised to rahasia:
    // kabid's loses it too, while kadis (atasan above both) keeps both with the new copy.
    void leaderRaisedTakesFollowersAlong()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto kabid = device(QStringLiteral("kabid"));
        auto staf = device(QStringLiteral("staf"));
        auto leaderId = kadis->store().put(
            kLeader, {}, leader(QStringLiteral("Rencana jaringan"), QStringLiteral("biasa")));
        LONTAR_VERIFY_OK(leaderId);
        auto toKabid = kadis->store().put(
            kFollower, {}, follower(*leaderId, QStringLiteral("kabid"), QStringLiteral("DISKOMINFO.APTIKA")));
        auto toStaf = kadis->store().put(
            kFollower, {}, follower(*leaderId, QStringLiteral("staf"), QStringLiteral("DISKOMINFO.APTIKA")));
        LONTAR_VERIFY_OK(toKabid);
        LONTAR_VERIFY_OK(toStaf);
        QCOMPARE(kadis->sync().rejected, 0);
        // The copy is the leader's, though the client sent an empty one; the links are indexed.
        QCOMPARE(serverRow(kFollower, *toStaf).data.value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("Rencana jaringan"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_row_links WHERE leader_entity = ? AND "
                                      "leader_id = ? AND follower_entity = ?"),
                       {kLeader, *leaderId, kFollower}),
                 2);
        kabid->sync();
        staf->sync();
        QVERIFY(staf->row(kFollower, *toStaf));
        QVERIFY(kabid->row(kFollower, *toKabid));
        QVERIFY(!staf->row(kLeader, *leaderId)); // the leader stays in its unit
        const qint64 stafVersion = serverRow(kFollower, *toStaf).version;

        setLeader(*kadis, *leaderId, QStringLiteral("terbatas"));
        const ServerRow stafRow = serverRow(kFollower, *toStaf);
        QCOMPARE(stafRow.version, stafVersion + 1);
        QCOMPARE(stafRow.level, 1);
        QCOMPARE(stafRow.ownerId, QString()); // staf is not cleared: no longer its owner
        QCOMPARE(stafRow.data.value(QStringLiteral("securityClass")).toString(), QStringLiteral("terbatas"));
        QCOMPARE(serverRow(kFollower, *toKabid).ownerId, userId(QStringLiteral("kabid")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_changes WHERE entity_id = ? AND device_id = "
                                      "'server'"),
                       {*toStaf}),
                 1);

        const SyncReport stafPull = staf->sync();
        QCOMPARE(stafPull.removed, 1);
        QVERIFY(!staf->row(kFollower, *toStaf));
        QCOMPARE(staf->db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE data LIKE ?"),
                             {QStringLiteral("%Rencana jaringan%")})
                     ->toLongLong(),
                 0);
        kabid->sync();
        QCOMPARE(kabid->row(kFollower, *toKabid)->value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("terbatas"));
        QVERIFY(kabid->row(kFollower, *toStaf)); // as atasan of staf's unit, cleared for terbatas

        setLeader(*kadis, *leaderId, QStringLiteral("rahasia"));
        QCOMPARE(serverRow(kFollower, *toKabid).level, 2);
        QCOMPARE(serverRow(kFollower, *toKabid).ownerId, QString());
        // His own and staf's (which he read as atasan of staf's unit while it was terbatas).
        QCOMPARE(kabid->sync().removed, 2);
        QVERIFY(!kabid->row(kFollower, *toKabid));
        QVERIFY(!kabid->row(kFollower, *toStaf));
        kadis->sync();
        QCOMPARE(kadis->row(kFollower, *toKabid)->value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("rahasia"));
        QCOMPARE(kadis->row(kFollower, *toStaf)->value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("rahasia"));
        // A device that starts from zero after the change never keeps it either.
        auto stafAgain = device(QStringLiteral("staf"));
        QVERIFY(!stafAgain->row(kFollower, *toStaf));

        // Lowered again, the recipients own and receive their followers again.
        setLeader(*kadis, *leaderId, QStringLiteral("biasa"));
        QCOMPARE(serverRow(kFollower, *toStaf).ownerId, userId(QStringLiteral("staf")));
        staf->sync();
        QCOMPARE(staf->row(kFollower, *toStaf)->value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("biasa"));
    }

    // A leader write that changes nothing a follower copies, and a leader's deletion, write no follower
    // version; a follower of another leader is never touched.
    void nothingSpurious()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto first =
            kadis->store().put(kLeader, {}, leader(QStringLiteral("Pertama"), QStringLiteral("biasa")));
        auto second =
            kadis->store().put(kLeader, {}, leader(QStringLiteral("Kedua"), QStringLiteral("biasa")));
        LONTAR_VERIFY_OK(first);
        LONTAR_VERIFY_OK(second);
        auto a = kadis->store().put(
            kFollower, {}, follower(*first, QStringLiteral("kabid"), QStringLiteral("DISKOMINFO.APTIKA")));
        auto b = kadis->store().put(
            kFollower, {}, follower(*second, QStringLiteral("kabid"), QStringLiteral("DISKOMINFO.APTIKA")));
        LONTAR_VERIFY_OK(a);
        LONTAR_VERIFY_OK(b);
        kadis->sync();
        const qint64 changes = changesOf(*a) + changesOf(*b);
        QCOMPARE(changes, 2);

        setLeader(*kadis, *first, QStringLiteral("biasa"), QStringLiteral("catatan yang tidak disalin"));
        QCOMPARE(serverRow(kLeader, *first).data.value(QStringLiteral("note")).toString(),
                 QStringLiteral("catatan yang tidak disalin"));
        QCOMPARE(changesOf(*a) + changesOf(*b), changes);

        setLeader(*kadis, *first, QStringLiteral("terbatas"));
        QCOMPARE(changesOf(*a), 2);
        QCOMPARE(changesOf(*b), 1); // the other leader's follower

        LONTAR_VERIFY_OK(kadis->store().remove(kLeader, *first));
        QCOMPARE(kadis->sync().rejected, 0);
        QCOMPARE(count(QStringLiteral("SELECT deleted FROM srv_rows WHERE entity_id = ?"), {*first}), 1);
        QCOMPARE(changesOf(*a), 2);
        QCOMPARE(serverRow(kFollower, *a).level, 1);
    }

    // A client sending its own copy (an old class, a made-up perihal) has it replaced by the leader's,
    // on creation and on every later write; a follower of a leader above the writer's clearance is
    // refused, whatever class the client claims.
    void forgedCopiesAreReplaced()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto kabid = device(QStringLiteral("kabid"));
        auto leaderId = kadis->store().put(
            kLeader, {}, leader(QStringLiteral("Anggaran jaringan"), QStringLiteral("terbatas")));
        LONTAR_VERIFY_OK(leaderId);
        kadis->sync();
        const QString id = newUuid();
        const QJsonObject forged =
            follower(*leaderId, QStringLiteral("kabid"), QStringLiteral("DISKOMINFO.APTIKA"),
                     QStringLiteral("Perihal palsu"));
        QCOMPARE(kadis->rawPush(kFollower, id, forged).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        ServerRow stored = serverRow(kFollower, id);
        QCOMPARE(stored.data.value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("Anggaran jaringan"));
        QCOMPARE(stored.data.value(QStringLiteral("securityClass")).toString(), QStringLiteral("terbatas"));
        QCOMPARE(stored.level, 1);

        // The recipient's later write with a stale, lowered copy: the leader's copy stays.
        kabid->sync();
        QJsonObject mine = *kabid->row(kFollower, id);
        mine.insert(QStringLiteral("read"), true);
        mine.insert(QStringLiteral("perihal"), QStringLiteral("Diubah penerima"));
        mine.insert(QStringLiteral("securityClass"), QStringLiteral("biasa"));
        QCOMPARE(
            kabid->rawPush(kFollower, id, mine, stored.version).value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        stored = serverRow(kFollower, id);
        QVERIFY(stored.data.value(QStringLiteral("read")).toBool());
        QCOMPARE(stored.data.value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("Anggaran jaringan"));
        QCOMPARE(stored.level, 1);

        // kabid (terbatas) writes a follower of a rahasia leader, claiming biasa: refused, nothing stored.
        auto secret =
            kadis->store().put(kLeader, {}, leader(QStringLiteral("Kunci sandi"), QStringLiteral("rahasia")));
        LONTAR_VERIFY_OK(secret);
        kadis->sync();
        const QString other = newUuid();
        expectRejected(
            kabid->rawPush(kFollower, other,
                           follower(*secret, QStringLiteral("staf"), QStringLiteral("DISKOMINFO.APTIKA"))),
            QStringLiteral("melebihi izin akses"));
        QCOMPARE(serverRow(kFollower, other).version, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_row_links WHERE follower_id = ?"), {other}),
                 0);
    }

    // Only an entity with policyPlacesUnit creates a row outside the writer's tree; never above the
    // writer's clearance, and never by moving an existing row there.
    void onlyAFlaggedEntityPlacesOutsideTheTree()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto kabid = device(QStringLiteral("kabid"));
        const QString bkad = unitId(QStringLiteral("BKAD"));
        const QJsonObject outside{{QStringLiteral("unitId"), bkad},
                                  {QStringLiteral("securityClass"), QStringLiteral("biasa")}};
        // Without the flag: refused on the device and by the server.
        const auto local = kadis->store().put(kFenced, {}, outside);
        QVERIFY(!local.ok());
        QVERIFY2(local.errorMessage().contains(QStringLiteral("di luar wewenang")),
                 qPrintable(local.errorMessage()));
        expectRejected(kadis->rawPush(kFenced, newUuid(), outside), QStringLiteral("di luar wewenang"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {kFenced}), 0);

        // With the flag: created there (on the device, then by the server).
        auto placed = kadis->store().put(kPlaced, {}, outside);
        LONTAR_VERIFY_OK(placed);
        QCOMPARE(kadis->sync().rejected, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND unit_id = ?"),
                       {kPlaced, bkad}),
                 1);
        // Still never above the writer's clearance.
        QJsonObject secret = outside;
        secret.insert(QStringLiteral("securityClass"), QStringLiteral("sangat_rahasia"));
        expectRejected(kadis->rawPush(kPlaced, newUuid(), secret), QStringLiteral("melebihi izin akses"));
        QJsonObject terbatas = outside;
        terbatas.insert(QStringLiteral("securityClass"), QStringLiteral("rahasia"));
        expectRejected(kabid->rawPush(kPlaced, newUuid(), terbatas), QStringLiteral("melebihi izin akses"));
        // Not by moving an existing row of one's tree out of it.
        auto own =
            kadis->store().put(kPlaced, {},
                               QJsonObject{{QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO"))},
                                           {QStringLiteral("securityClass"), QStringLiteral("biasa")}});
        LONTAR_VERIFY_OK(own);
        kadis->sync();
        const qint64 version = serverRow(kPlaced, *own).version;
        expectRejected(kadis->rawPush(kPlaced, *own, outside, version), QStringLiteral("di luar wewenang"));
        QVERIFY(!kadis->store().put(kPlaced, *own, outside).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND unit_id = ?"),
                       {kPlaced, bkad}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestFollowRows)
#include "tst_followrows.moc"
