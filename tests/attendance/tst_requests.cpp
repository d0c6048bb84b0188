#include "EventTestSupport.h"

#include "attendance/Recap.h"
#include "attendance/Requests.h"
#include "server/Directory.h"

using namespace lontar;
using namespace lontar::attendance;
using namespace lontar::test;

// Leave, izin and corrections through the real server: who may decide is checked on the device and again
// on the server, whatever a modified client pushes; decided requests are final; the stamps are the
// policy's; the cuti tahunan balance carries over at most up to 18 days.
class TestRequests : public QObject
{
    Q_OBJECT

    AttendanceServer m_server;
    std::unique_ptr<SyncedDevice> m_staf, m_kabid, m_kabid2, m_kadis, m_sekda, m_tu, m_bkpsdm;

    static QJsonObject push(SyncedDevice& d, const QString& id, const QJsonObject& data, qint64 baseVersion)
    {
        Database& db = d.db();
        (void)db.exec(
            QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_outbox', 0 WHERE "
                           "NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sync_outbox')"));
        const qint64 seq =
            db.scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"))
                ->toLongLong() +
            1;
        (void)db.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'"), {seq});
        const QJsonObject m{{QStringLiteral("seq"), seq},
                            {QStringLiteral("mutationId"), newUuid()},
                            {QStringLiteral("entity"), kRequestEntity},
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
        auto reply = d.client->request(req);
        if (!reply || reply->status != 200)
            qFatal("push failed: %s", reply ? reply->body.constData() : qPrintable(reply.errorMessage()));
        return QJsonDocument::fromJson(reply->body)
            .object()
            .value(QStringLiteral("results"))
            .toArray()
            .first()
            .toObject();
    }

    qint64 serverVersion(const QString& id)
    {
        return m_server.db
            ->scalar(QStringLiteral("SELECT version FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                     {kRequestEntity, id})
            ->toLongLong();
    }
    QJsonObject serverRow(const QString& id)
    {
        return m_server.row(kRequestEntity, id).value_or(QJsonObject());
    }
    QString serverState(const QString& id) { return serverRow(id).value(QStringLiteral("state")).toString(); }

    // A modified client's decision: the stored row with another state (and whatever else it adds).
    QJsonObject decision(const QString& id, RequestState to, const QJsonObject& extra = {})
    {
        QJsonObject d = serverRow(id);
        d.insert(QStringLiteral("state"), requestStateKey(to));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            d.insert(it.key(), it.value());
        return d;
    }

    QString submitted(SyncedDevice& d, RequestKind kind, QDate from, QDate until)
    {
        RequestService service(d.db(), d.actor());
        auto id = service.submit({kind, from, until, QStringLiteral("Keperluan keluarga"), {}, {}, 0});
        if (!id)
            qFatal("submit: %s", qPrintable(id.errorMessage()));
        d.sync();
        if (serverState(*id) != QLatin1String("diajukan"))
            qFatal("request not on the server");
        return *id;
    }

    static QDate day(int offset) { return QDate(2026, 9, 7).addDays(offset); } // a Monday

private Q_SLOTS:
    void initTestCase()
    {
        m_server.start();
        // A second atasan in the kabid's own unit: may decide for staff there, never for the kabid.
        {
            Transaction tx(*m_server.db);
            User u;
            u.id = nameBasedUuid(QStringLiteral("test/user/kabid2"));
            u.username = QStringLiteral("kabid2");
            u.nip = QStringLiteral("198501012010011009");
            u.fullName = QStringLiteral("Budi Santoso, S.Kom.");
            u.unitId = nameBasedUuid(QStringLiteral("demo/unit/DISKOMINFO.APTIKA"));
            u.roles = {Role::Atasan, Role::Asn};
            LONTAR_VERIFY_OK(IdentityStore(*m_server.db).createUser(u, DemoData::demoPassword()));
            LONTAR_VERIFY_OK(server::publishDirectory(*m_server.db, QDateTime::currentMSecsSinceEpoch()));
            LONTAR_VERIFY_OK(tx.commit());
        }
        m_staf = m_server.device(QStringLiteral("staf"));
        m_kabid = m_server.device(QStringLiteral("kabid"));
        m_kabid2 = m_server.device(QStringLiteral("kabid2"));
        m_kadis = m_server.device(QStringLiteral("kadis"));
        m_sekda = m_server.device(QStringLiteral("sekda"));
        m_tu = m_server.device(QStringLiteral("tu"));
        m_bkpsdm = m_server.device(QStringLiteral("bkpsdm"));
    }

    void staffCannotApproveOwnLeave()
    {
        const QString id = submitted(*m_staf, RequestKind::Izin, day(0), day(0));
        RequestService mine(m_staf->db(), m_staf->actor());
        const Status own = mine.approve(id);
        QVERIFY(!own.ok());
        QVERIFY2(own.errorMessage().contains(QStringLiteral("sendiri")), qPrintable(own.errorMessage()));
        // The device check bypassed: the server refuses the same decision.
        expectRejected(push(*m_staf, id, decision(id, RequestState::Disetujui), serverVersion(id)),
                       QStringLiteral("sendiri"));
        QCOMPARE(serverState(id), QStringLiteral("diajukan"));
    }

    void outsidersCannotDecide()
    {
        const QString id = submitted(*m_staf, RequestKind::CutiSakit, day(1), day(2));
        // An atasan of another OPD, and a colleague above who is not an atasan.
        QCOMPARE(push(*m_sekda, id, decision(id, RequestState::Disetujui), serverVersion(id))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("rejected"));
        expectRejected(push(*m_tu, id, decision(id, RequestState::Disetujui), serverVersion(id)),
                       QStringLiteral("berwenang"));
        // BKPSDM reads every request but is no atasan.
        expectRejected(push(*m_bkpsdm, id, decision(id, RequestState::Disetujui), serverVersion(id)),
                       QStringLiteral("Hanya atasan"));
        QCOMPARE(serverState(id), QStringLiteral("diajukan"));
    }

    void atasanAboveApproves()
    {
        const QString id = submitted(*m_staf, RequestKind::DinasLuar, day(3), day(3));
        m_kabid->sync();
        RequestService kabid(m_kabid->db(), m_kabid->actor());
        auto waiting = kabid.waitingForMe();
        QVERIFY(waiting.ok());
        QVERIFY(std::any_of(waiting->cbegin(), waiting->cend(),
                            [&](const AttendanceRequest& r) { return r.id == id; }));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        LONTAR_VERIFY_OK(kabid.approve(id, QStringLiteral("Silakan")));
        m_kabid->sync();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject row = serverRow(id);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("disetujui"));
        QCOMPARE(row.value(QStringLiteral("decidedBy")).toString(), m_kabid->actor().user.id);
        QCOMPARE(row.value(QStringLiteral("decidedByName")).toString(),
                 QStringLiteral("Andi Saputra, S.T., M.Eng."));
        const qint64 decidedAt = qint64(row.value(QStringLiteral("decidedAt")).toDouble());
        QVERIFY(decidedAt >= before && decidedAt <= after);
        // The requester sees the decision in their projection after a pull.
        m_staf->sync();
        auto mine = RequestService(m_staf->db(), m_staf->actor()).mine();
        QVERIFY(mine.ok());
        auto it = std::find_if(mine->cbegin(), mine->cend(),
                               [&](const AttendanceRequest& r) { return r.id == id; });
        QVERIFY(it != mine->cend());
        QCOMPARE(it->state, RequestState::Disetujui);
        QCOMPARE(it->decidedAt, decidedAt);
    }

    void decidedRequestsAreFinal()
    {
        const QString id = submitted(*m_staf, RequestKind::Izin, day(4), day(4));
        m_kabid->sync();
        LONTAR_VERIFY_OK(RequestService(m_kabid->db(), m_kabid->actor()).refuse(id, QStringLiteral("Rapat")));
        m_kabid->sync();
        QCOMPARE(serverState(id), QStringLiteral("ditolak"));
        m_staf->sync();
        QVERIFY(!RequestService(m_staf->db(), m_staf->actor()).cancel(id).ok());
        expectRejected(push(*m_staf, id, decision(id, RequestState::Dibatalkan), serverVersion(id)),
                       QStringLiteral("tidak dapat diubah"));
        expectRejected(push(*m_kadis, id, decision(id, RequestState::Disetujui), serverVersion(id)),
                       QStringLiteral("tidak dapat diubah"));
        QCOMPARE(serverState(id), QStringLiteral("ditolak"));
    }

    void onlyTheOwnerCancelsWhileWaiting()
    {
        const QString id = submitted(*m_staf, RequestKind::Izin, day(7), day(7));
        expectRejected(push(*m_kabid, id, decision(id, RequestState::Dibatalkan), serverVersion(id)),
                       QStringLiteral("pemohon"));
        LONTAR_VERIFY_OK(RequestService(m_staf->db(), m_staf->actor()).cancel(id));
        m_staf->sync();
        QCOMPARE(serverState(id), QStringLiteral("dibatalkan"));
        expectRejected(push(*m_kabid, id, decision(id, RequestState::Disetujui), serverVersion(id)),
                       QStringLiteral("tidak dapat diubah"));
        // Content cannot change either while waiting.
        const QString other = submitted(*m_staf, RequestKind::Izin, day(8), day(8));
        expectRejected(push(*m_staf, other,
                            decision(other, RequestState::Dibatalkan,
                                     {{QStringLiteral("until"), day(9).toString(Qt::ISODate)}}),
                            serverVersion(other)),
                       QStringLiteral("tidak dapat diubah"));
    }

    void forgedStampsAreRefusedOrReplaced()
    {
        const QString id = submitted(*m_staf, RequestKind::Izin, day(10), day(10));
        expectRejected(push(*m_kabid, id,
                            decision(id, RequestState::Disetujui,
                                     {{QStringLiteral("decidedBy"), m_kadis->actor().user.id}}),
                            serverVersion(id)),
                       QStringLiteral("atas nama Anda sendiri"));
        const QJsonObject applied =
            push(*m_kabid, id,
                 decision(id, RequestState::Disetujui,
                          {{QStringLiteral("decidedAt"), 1.0},
                           {QStringLiteral("decidedByName"), QStringLiteral("Bupati")},
                           {QStringLiteral("createdAt"), 5.0}}),
                 serverVersion(id));
        QCOMPARE(applied.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QJsonObject row = serverRow(id);
        QVERIFY(row.value(QStringLiteral("decidedAt")).toDouble() > 1.0e12);
        QVERIFY(row.value(QStringLiteral("createdAt")).toDouble() > 1.0e12);
        QCOMPARE(row.value(QStringLiteral("decidedByName")).toString(),
                 QStringLiteral("Andi Saputra, S.T., M.Eng."));

        // A new request: someone else's name, another unit, already decided, a decider named.
        const QJsonObject base = requestRow(
            {RequestKind::Izin, day(11), day(11), QStringLiteral("x"), {}, {}, 0}, m_staf->actor());
        QJsonObject forged = base;
        forged.insert(QStringLiteral("userId"), m_tu->actor().user.id);
        expectRejected(push(*m_staf, newUuid(), forged, 0), QStringLiteral("atas nama Anda sendiri"));
        forged = base;
        forged.insert(QStringLiteral("unitId"), m_kadis->actor().user.unitId);
        expectRejected(push(*m_staf, newUuid(), forged, 0), QStringLiteral("Unit kerja"));
        forged = base;
        forged.insert(QStringLiteral("state"), QStringLiteral("disetujui"));
        expectRejected(push(*m_staf, newUuid(), forged, 0), QStringLiteral("diajukan"));
        forged = base;
        forged.insert(QStringLiteral("decidedBy"), m_kabid->actor().user.id);
        expectRejected(push(*m_staf, newUuid(), forged, 0), QStringLiteral("belum diputuskan"));
        forged = base;
        forged.insert(QStringLiteral("approvedBy"), m_kabid->actor().user.id);
        expectRejected(push(*m_staf, newUuid(), forged, 0), QStringLiteral("tidak dikenal"));
    }

    void atasanLeaveNeedsHigherUnit()
    {
        const QString id = submitted(*m_kabid, RequestKind::CutiAlasanPenting, day(14), day(15));
        expectRejected(push(*m_kabid, id, decision(id, RequestState::Disetujui), serverVersion(id)),
                       QStringLiteral("sendiri"));
        // An atasan of the same unit may decide for its staff, but not for a fellow atasan.
        m_kabid2->sync();
        auto waiting = RequestService(m_kabid2->db(), m_kabid2->actor()).waitingForMe();
        QVERIFY(waiting.ok());
        QVERIFY(std::none_of(waiting->cbegin(), waiting->cend(),
                             [&](const AttendanceRequest& r) { return r.id == id; }));
        expectRejected(push(*m_kabid2, id, decision(id, RequestState::Disetujui), serverVersion(id)),
                       QStringLiteral("di atasnya"));
        QCOMPARE(serverState(id), QStringLiteral("diajukan"));
        m_kadis->sync();
        LONTAR_VERIFY_OK(RequestService(m_kadis->db(), m_kadis->actor()).approve(id));
        m_kadis->sync();
        QCOMPARE(serverState(id), QStringLiteral("disetujui"));
        // The same unit's second atasan does decide for the staff member.
        const QString staff = submitted(*m_staf, RequestKind::Izin, day(16), day(16));
        m_kabid2->sync();
        LONTAR_VERIFY_OK(RequestService(m_kabid2->db(), m_kabid2->actor()).approve(staff));
        m_kabid2->sync();
        QCOMPARE(serverState(staff), QStringLiteral("disetujui"));
    }

    void contentIsChecked()
    {
        RequestService staf(m_staf->db(), m_staf->actor());
        QVERIFY(!staf.submit({RequestKind::Izin, day(3), day(1), QStringLiteral("x"), {}, {}, 0}).ok());
        QVERIFY(
            !staf.submit({RequestKind::CutiBesar, day(0), day(400), QStringLiteral("x"), {}, {}, 0}).ok());
        // koreksi: a reason and either a flagged event or a missing clock on that day.
        const qint64 at = QDateTime(day(2), QTime(7, 25), QTimeZone("Asia/Jakarta")).toMSecsSinceEpoch();
        QVERIFY(!staf.submit({RequestKind::Koreksi, day(2), day(2), {}, {}, QStringLiteral("in"), at}).ok());
        QVERIFY(!staf.submit({RequestKind::Koreksi, day(2), day(2), QStringLiteral("lupa"), newUuid(),
                              QStringLiteral("in"), at})
                     .ok());
        QVERIFY(!staf.submit({RequestKind::Koreksi,
                              day(2),
                              day(2),
                              QStringLiteral("lupa"),
                              {},
                              QStringLiteral("in"),
                              at + 3 * 24 * 3600'000LL})
                     .ok());
        QVERIFY(
            !staf.submit(
                     {RequestKind::Izin, day(2), day(2), QStringLiteral("x"), {}, QStringLiteral("in"), at})
                 .ok());
        auto ok = staf.submit({RequestKind::Koreksi,
                               day(2),
                               day(2),
                               QStringLiteral("Mesin mati"),
                               {},
                               QStringLiteral("in"),
                               at});
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        m_staf->sync();
        QCOMPARE(serverState(*ok), QStringLiteral("diajukan"));
        QVERIFY(!staf.submit({RequestKind::CutiTahunan,
                              QDate(2027, 1, 2),
                              QDate(2027, 1, 3),
                              QStringLiteral("x"),
                              {},
                              {},
                              0})
                     .ok()); // a weekend only
    }

    // A refusal's note reaches the requester; only the deciding atasan writes it (a requester's own
    // "note" on a new request or a cancellation is refused, on the device and by the server).
    void refusalNoteReachesTheRequester()
    {
        const QString id = submitted(*m_staf, RequestKind::Izin, day(10), day(10));
        m_kabid->sync();
        RequestService kabid(m_kabid->db(), m_kabid->actor());
        LONTAR_VERIFY_OK(kabid.refuse(id, QStringLiteral("Tanggal itu ada rapat evaluasi")));
        m_kabid->sync();
        QCOMPARE(serverRow(id).value(QStringLiteral("note")).toString(),
                 QStringLiteral("Tanggal itu ada rapat evaluasi"));
        m_staf->sync();
        RequestService staf(m_staf->db(), m_staf->actor());
        auto mine = staf.mine();
        LONTAR_VERIFY_OK(mine);
        const auto it = std::find_if(mine->cbegin(), mine->cend(),
                                     [&](const AttendanceRequest& r) { return r.id == id; });
        QVERIFY(it != mine->cend());
        QCOMPARE(it->state, RequestState::Ditolak);
        QCOMPARE(it->note, QStringLiteral("Tanggal itu ada rapat evaluasi"));
        QVERIFY(it->decidedByName.contains(QStringLiteral("Andi")));

        // A requester posing as the atasan with a note of their own.
        QJsonObject forged = requestRow({RequestKind::Izin, day(11), day(11), QStringLiteral("x"), {}, {}, 0},
                                        m_staf->actor());
        forged.insert(QStringLiteral("note"), QStringLiteral("Disetujui lisan oleh Kabid"));
        const QString forgedId = newUuid();
        sync::ClientStore store(m_staf->db(), m_staf->actor());
        auto local = store.put(kRequestEntity, forgedId, forged);
        QVERIFY(!local.ok());
        QCOMPARE(local.error().code, Error::Code::Forbidden);
        QCOMPARE(push(*m_staf, forgedId, forged, 0).value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));
        QVERIFY(serverRow(forgedId).isEmpty());
        const QString waiting = submitted(*m_staf, RequestKind::Izin, day(11), day(11));
        const QJsonObject cancelWithNote =
            decision(waiting, RequestState::Dibatalkan, {{QStringLiteral("note"), QStringLiteral("oke")}});
        QCOMPARE(push(*m_staf, waiting, cancelWithNote, serverVersion(waiting))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(serverState(waiting), QStringLiteral("diajukan"));
        LONTAR_VERIFY_OK(staf.cancel(waiting));
        m_staf->sync();
        QCOMPARE(serverState(waiting), QStringLiteral("dibatalkan"));
    }

    // A koreksi asked from a flagged event: before the atasan approves it the event is not counted; after,
    // the recap counts it at its trusted time (on the requester's device, after a sync).
    void koreksiFromAFlaggedEventCounts()
    {
        const Actor me = m_staf->actor();
        sync::ClientStore store(m_staf->db(), me);
        const qint64 fast = 3 * 3600 * 1000;
        ClockService service(m_staf->db(), store, me,
                             [fast] { return QDateTime::currentMSecsSinceEpoch() + fast; });
        auto in = service.clock(EventKind::In);
        LONTAR_VERIFY_OK(in);
        QVERIFY(in->flags.contains(QStringLiteral("clock_off")));
        m_staf->sync();
        QVERIFY(m_server.flagsOf(in->id).contains(QStringLiteral("clock_off")));
        auto today = service.todayEvents(me.user.id);
        LONTAR_VERIFY_OK(today);
        const auto row =
            std::find_if(today->cbegin(), today->cend(), [&](const EventRow& e) { return e.id == in->id; });
        QVERIFY(row != today->cend());
        const QDate date = QDate::fromString(row->workDate, Qt::ISODate);

        AttendanceRecap recap(m_staf->db());
        auto before = recap.days(me.user.id, date, date);
        LONTAR_VERIFY_OK(before);
        const bool workDay = !before->isEmpty() && before->first().kind != DayKind::NonWorkDay &&
                             before->first().kind != DayKind::Holiday;
        if (workDay) {
            QCOMPARE(before->first().inMs, qint64(0));
            QVERIFY(before->first().ignoredEvents >= 1);
        }

        const RequestDraft draft = correctionDraft(*row, QStringLiteral("  Jam laptop belum disetel  "));
        QCOMPARE(draft.kind, RequestKind::Koreksi);
        QCOMPARE(draft.from, date);
        QCOMPARE(draft.until, date);
        QCOMPARE(draft.eventId, in->id);
        QCOMPARE(draft.reason, QStringLiteral("Jam laptop belum disetel"));
        auto id = RequestService(m_staf->db(), me).submit(draft);
        LONTAR_VERIFY_OK(id);
        m_staf->sync();
        m_kabid->sync();
        RequestService kabid(m_kabid->db(), m_kabid->actor());
        auto waiting = kabid.waitingForMe();
        LONTAR_VERIFY_OK(waiting);
        QVERIFY(std::any_of(waiting->cbegin(), waiting->cend(),
                            [&](const AttendanceRequest& r) { return r.id == *id && r.eventId == in->id; }));
        LONTAR_VERIFY_OK(kabid.approve(*id));
        m_kabid->sync();
        QCOMPARE(serverState(*id), QStringLiteral("disetujui"));
        m_staf->sync();
        auto after = recap.days(me.user.id, date, date);
        LONTAR_VERIFY_OK(after);
        if (workDay) {
            QCOMPARE(after->first().kind, DayKind::Present);
            QCOMPARE(after->first().ignoredEvents, 0);
            QCOMPARE(after->first().inMs, row->atMs);
            QVERIFY(!after->first().missingIn);
        }
    }

    void leaveBalanceCarriesOverToEighteen()
    {
        const auto days = [](int y, int m, int d, int n) {
            return LeaveDays{QDate(y, m, d), QDate(y, m, d).addDays(n - 1), RequestState::Disetujui};
        };
        const HolidayCheck none = [](const QDate&) { return false; };
        // 2027-03-01 is a Monday: two weeks of 5 working days = 10.
        QCOMPARE(leaveBalance(2028, {days(2027, 3, 1, 12)}, none).available, 14); // 2 unused carry over
        QCOMPARE(leaveBalance(2028, {}, none).available, 18);                     // capped: carry at most 6
        QCOMPARE(leaveBalance(2028, {days(2027, 3, 1, 19)}, none).available, 12); // 15 used: nothing carried
        const LeaveBalance b = leaveBalance(2027, {days(2027, 3, 1, 5), days(2026, 12, 28, 7)}, none);
        QCOMPARE(b.carriedOver, 6); // 2026 used 4 of 12 (28–31 Dec): 8 unused, 6 count
        QCOMPARE(b.used, 5 + 1);    // 1 Jan 2027 is a Friday and counts in 2027
        QCOMPARE(b.remaining, 18 - 6);

        // Through the server: 10 days approved leave 8 of the year's 18.
        const QString first =
            submitted(*m_staf, RequestKind::CutiTahunan, QDate(2027, 3, 1), QDate(2027, 3, 12));
        QCOMPARE(serverRow(first).value(QStringLiteral("workingDays")).toInt(), 10);
        m_kabid->sync();
        LONTAR_VERIFY_OK(RequestService(m_kabid->db(), m_kabid->actor()).approve(first));
        m_kabid->sync();
        m_staf->sync();
        RequestService staf(m_staf->db(), m_staf->actor());
        auto balance = staf.balance(m_staf->actor().user.id, 2027);
        QVERIFY(balance.ok());
        QCOMPARE(balance->available, 18);
        QCOMPARE(balance->used, 10);
        QCOMPARE(balance->remaining, 8);
        const auto tooMuch = staf.submit({RequestKind::CutiTahunan,
                                          QDate(2027, 4, 5),
                                          QDate(2027, 4, 16),
                                          QStringLiteral("x"),
                                          {},
                                          {},
                                          0});
        QVERIFY(!tooMuch.ok());
        QVERIFY2(tooMuch.errorMessage().contains(QStringLiteral("tidak cukup")),
                 qPrintable(tooMuch.errorMessage()));
        LONTAR_VERIFY_OK(staf.submit({RequestKind::CutiTahunan,
                                      QDate(2027, 4, 5),
                                      QDate(2027, 4, 14),
                                      QStringLiteral("x"),
                                      {},
                                      {},
                                      0}));
        // Pending days count against a further request.
        QVERIFY(!staf.submit({RequestKind::CutiTahunan,
                              QDate(2027, 5, 3),
                              QDate(2027, 5, 3),
                              QStringLiteral("x"),
                              {},
                              {},
                              0})
                     .ok());
        // More than 18 working days in one request: refused by the policy itself.
        QJsonObject big = requestRow(
            {RequestKind::CutiTahunan, QDate(2027, 6, 1), QDate(2027, 6, 30), QStringLiteral("x"), {}, {}, 0},
            m_staf->actor());
        expectRejected(push(*m_staf, newUuid(), big, 0), QStringLiteral("18"));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
