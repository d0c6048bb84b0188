#pragma once

#include "attendance/TrustedTime.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"
#include "sync/ClientStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lontar::attendance {

enum class EventKind
{
    In,
    Out,
};
QString eventKindKey(EventKind kind); // "in", "out"
std::optional<EventKind> eventKindFromKey(const QString& key);

inline const QString kSourceDevice = QStringLiteral("device");
inline const QString kSourceKiosk = QStringLiteral("kiosk");
inline const QString kSourceTerminal = QStringLiteral("terminal");

// One clock event as synced (`attendance_event`, docs/attendance.md). The device fills everything up
// to `evidence`; the server adds receivedAt, trustedAt and flags.
struct ClockEvent
{
    QString id;
    QString userId;
    QString deviceId;
    EventKind kind = EventKind::In;
    QString source = kSourceDevice;
    qint64 claimedAt = 0;
    QString timeZone;
    std::optional<TimeAnchor> anchor;
    qint64 bootMs = 0;
    QString bootId;
    qint64 seq = 0;
    QString prevHash;
    QString hash;
    QJsonObject evidence;
    // Server-derived (empty on a row only the device has).
    qint64 receivedAt = 0;
    std::optional<qint64> trustedAt;
    QStringList flags;

    QJsonObject toJson() const;
    // Reads a row that passed the field schema (or came from the server).
    static ClockEvent fromJson(const QJsonObject& data);
    // SHA-256 hex over the device's fields in a fixed, length-prefixed order (evidence included).
    QString computeHash() const;
    TimeClaim claim() const { return TimeClaim{claimedAt, anchor, bootMs, bootId}; }
};

// nameBasedUuid("attendance/event/<deviceId>/<seq>"): one id per chain position.
QString deviceEventId(const QString& deviceId, qint64 seq);
// nameBasedUuid("attendance/terminal/<nip>/<local yyyy-MM-ddTHH:mm:ss>/<kind>"), the local time being
// `claimedAt` in `timeZone`: importing the same log line twice gives the same id.
QString terminalEventId(const QString& nip, qint64 claimedAt, const QString& timeZone, EventKind kind);
// The office-local date of an instant ("yyyy-MM-dd"); an unknown zone counts as Asia/Jakarta.
QString workDateOf(qint64 atMs, const QString& timeZone);

// Where the device was when it recorded an event.
struct Evidence
{
    QString network; // "kantor" (inside an office subnet), "luar", or "" (no subnets configured)
    QString address; // the matching address (kantor) or the first one found (luar)
    QString subnet;  // the matching subnet

    QJsonObject toJson() const;
    // This machine's addresses (QNetworkInterface, loopback left out) against the unit's subnets.
    static Evidence detect(const QStringList& officeSubnets);
};
// Pure: whether one of `addresses` (IPv4 or IPv6 text) lies in one of `cidrs` ("10.1.0.0/16",
// "2001:db8::/32"); invalid entries are ignored. The first match is returned through the pointers.
bool inSubnets(const QStringList& addresses, const QStringList& cidrs, QString* matchedAddress = nullptr,
               QString* matchedSubnet = nullptr);

// A row of the projection `att_events`.
struct EventRow
{
    QString id;
    QString userId;
    QString unitId;
    QString deviceId;
    EventKind kind = EventKind::In;
    QString source;
    qint64 atMs = 0;
    qint64 claimedMs = 0;
    QString timeZone;
    QString workDate;
    QStringList flags;
    qint64 receivedAt = 0; // 0: only on this device (provisional)
    qint64 seq = 0;

    bool provisional() const { return receivedAt == 0; }
    // No flag but the informational "terminal": may count as on time.
    bool trusted() const;
};

// The device's side of clock events: builds each event on the device's chain, writes it through the
// ClientStore (so the entity policy checks it before it is queued) and reads the projection.
class ClockService
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::ClockService)

public:
    using WallClock = std::function<qint64()>; // feeds claimedAt only (tests); never the boot clock

    // `store` must carry the same actor (it runs the policy with it).
    ClockService(Database& db, sync::ClientStore& store, Actor actor, WallClock wallClock = {},
                 TrustConfig config = {});

    // Records `kind` for the actor, or — on a kiosk — for `forUserId`. Returns the event with its
    // provisional trusted time and flags (the server decides the final ones).
    Result<ClockEvent> clock(EventKind kind, const QString& forUserId = {}, const Evidence& evidence = {});

    // The projection, ordered by the event's best time (never the raw device clock).
    Result<QList<EventRow>> todayEvents(const QString& userId) const;
    Result<QList<EventRow>> eventsBetween(const QString& userId, const QDate& from, const QDate& to) const;

    // After a successful sync: this device's `attendance_mark` (last seq, anchored time).
    Status writeMark();
    // The mark, but only while nothing waits in the outbox (a mark promises that every event recorded
    // before it is on the server). The check and the write are one transaction: an event recorded
    // meanwhile by another window or connection either waits in the outbox (no mark, false) or makes the
    // write fail; it can never fall behind a mark that claims it.
    Result<bool> writeMarkIfSynced();

    // The server's time now as this device knows it (anchor + boot clock), if there is one.
    std::optional<qint64> anchoredNowMs() const;
    QString deviceId() const;

private:
    Result<QString> zoneOfUser(const QString& userId) const;

    Database& m_db;
    sync::ClientStore& m_store;
    Actor m_actor;
    WallClock m_wallClock;
    TrustConfig m_config;
};

// Device projections (EntitySpec::project), inside the pull's or the put's transaction.
Status projectEvent(Database& db, const QString& id, const QJsonObject& data, bool deleted);
Status projectMark(Database& db, const QString& id, const QJsonObject& data, bool deleted);

} // namespace lontar::attendance
