#pragma once

#include "attendance/ClockEvents.h"
#include "core/EntityPolicy.h"
#include "core/Identity.h"
#include "sync/ClientStore.h"

#include <QCoreApplication>

#include <memory>

namespace lontar {
class AuditLog;
}

namespace lontar::attendance {

// `attendance_pin`: {userId, nip, verifier} + the server's setAt; written by the user for themselves or
// by an admin OPD for users of their unit tree; the NIP and unit come from the directory; the verifier
// must be an Argon2id string. Only kiosk accounts receive these rows (EntitySpec::onlyRoles).
std::shared_ptr<const EntityPolicy> makePinPolicy();
// Device projection into att_pins: the newest row of a user wins.
Status projectPin(Database& db, const QString& id, const QJsonObject& data, bool deleted);

// Exactly six ASCII digits.
bool isValidPin(const QString& pin);

// Sets a kiosk PIN through the synced entity: the user's own (on their device) or, for an admin OPD,
// one of their unit tree's users. The PIN is checked before hashing and never stored.
class PinRegistry
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::PinRegistry)

public:
    PinRegistry(Database& db, sync::ClientStore& store);
    Status setPin(const QString& userId, const QString& pin);

private:
    Database& m_db;
    sync::ClientStore& m_store;
};

struct KioskConfig
{
    int maxFailures = 5;
    qint64 lockoutMs = 15 * 60 * 1000;
};

// A shared office PC logged in with a kiosk account: staff of the kiosk's unit tree identify with NIP and
// PIN and clock in or out. Five wrong PINs for one NIP lock that NIP for 15 minutes (measured by the boot
// clock, or the anchored server time after a reboot, so moving the wall clock does not lift it). Failures
// and locks are stored in the profile, so closing the program or restarting the PC lifts nothing. Only an
// admin OPD of the kiosk's unit tree lifts the locks, explicitly, with their password.
class KioskSession
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::KioskSession)

public:
    // `kiosk` is the logged-in kiosk account (also the actor of `store`).
    KioskSession(Database& db, sync::ClientStore& store, Actor kiosk, AuditLog* audit = nullptr,
                 KioskConfig config = {});

    Result<User> identify(const QString& nip, const QString& pin);
    Result<ClockEvent> clock(const QString& nip, const QString& pin, EventKind kind,
                             const Evidence& evidence = {});
    // Whether this is an admin OPD of the kiosk's unit tree with the right password, checked against the
    // admin's offline verifier on this PC (core Authenticator, with its own lock-out). Changes nothing
    // else: leaving the kiosk with it keeps every PIN lock-out.
    Result<User> checkAdmin(const QString& adminUsername, const QString& adminPassword);
    // checkAdmin, then lifts every PIN lock-out of this kiosk (audited).
    Status unlockAll(const QString& adminUsername, const QString& adminPassword);
    // Whether `nip` is locked now, and for how many more milliseconds.
    Result<qint64> lockedForMs(const QString& nip) const;

private:
    Status recordFailure(const QString& nip);
    Status clearFailures(const QString& nip);
    std::optional<qint64> anchoredNowMs() const;

    Database& m_db;
    sync::ClientStore& m_store;
    Actor m_kiosk;
    AuditLog* m_audit;
    KioskConfig m_config;
};

} // namespace lontar::attendance
