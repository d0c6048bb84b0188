#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace lontar::records {

struct DispositionFollowUp
{
    QString text;
    qint64 at = 0; // server time, ms (the device's clock until the server's copy arrives)
    QString byName;
};

// A disposition as the device holds it (rec_dispositions), with the letter's display copy.
struct Disposition
{
    QString id;
    QString letterId;
    QString parentId; // the disposition this one passes further down, or empty
    QString fromUserId;
    QString fromName;
    QString toUserId;
    QString toName;
    QString toUnitId;
    QStringList instructions; // keys, dispositionInstructionName() for display
    QString note;
    QDate dueDate; // invalid: none
    qint64 createdAt = 0;
    qint64 readAt = 0; // 0: unread
    bool cancelled = false;
    qint64 cancelledAt = 0;
    bool done = false;
    qint64 doneAt = 0;
    QList<DispositionFollowUp> followUps;
    // The letter's copy.
    QString agenda;
    QString nomor;
    QString perihal;
    QString pengirim;
    QString tanggal;
    QString receivedDate;
    QString sifat;
    SecurityClass securityClass = SecurityClass::Biasa;
    QString fileSha256;
    QString fileName;

    bool isUnread() const { return readAt == 0 && !cancelled; }
    bool isPending() const { return !done && !cancelled; }
    bool isOverdue(const QDate& today) const { return isPending() && dueDate.isValid() && dueDate < today; }
};

// A letter's dispositions as a tree: who passed it to whom, and further down.
struct DispositionNode
{
    Disposition disposition;
    QList<DispositionNode> children;
};

// The inbox's queues, as SRIKANDI's dashboard shows them.
struct InboxCounts
{
    int unreadDispositions = 0;  // received, not read, not cancelled
    int pendingDispositions = 0; // received, not done, not cancelled
    int lettersToDispose = 0;    // letters of an atasan's unit they can read, not yet disposed by them
    int waitingParaf = 0;        // outgoing drafts whose next paraf is the user's
    int waitingSignature = 0;    // outgoing letters waiting for the user's signature
};

// How far a letter's dispositions on this device have gone (cancelled ones are not counted).
struct LetterProgress
{
    int dispositions = 0; // live dispositions of the letter, at every level
    int done = 0;         // marked done by their recipient
    int followedUp = 0;   // not done yet, with at least one follow-up note

    bool isEmpty() const { return dispositions == 0; }
    bool isFinished() const { return dispositions > 0 && done == dispositions; }
};

struct Inbox
{
    QList<Disposition> received; // unread first, then pending, then finished or cancelled; newest first
    QList<Disposition> sent;     // newest first
    InboxCounts counts;
};

// Someone a disposition may go to: active, beneath the sender, with their clearance.
struct DispositionRecipient
{
    QString userId;
    QString name;
    QString position;
    QString unitId;
    QString unitName;
    int clearance = 0;
    int depth = 0; // 0: the sender's own unit, 1: a unit directly beneath, ...
};

// Dispositions on a device: each change goes through ClientStore (the disposition policy as the
// logged-in user, then the outbox) with its audit entry, in one transaction.
class DispositionDesk
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::DispositionDesk)

public:
    DispositionDesk(Database& db, AuditLog& audit, Actor actor);

    const Actor& actor() const { return m_actor; }

    // One disposition per recipient, all or none. When the actor holds a live disposition of the letter
    // (it came to them from above), the new ones continue it (parentId). Returns the new ids.
    Result<QStringList> dispose(const QString& letterId, const QStringList& recipientIds,
                                const QStringList& instructions, const QString& note, const QDate& dueDate);
    // The recipient opened it: read time stamped once (nothing happens on a second call or when cancelled).
    Status markRead(const QString& dispositionId);
    // The sender withdraws it; refused once the recipient has read it.
    Status cancel(const QString& dispositionId);
    Status addFollowUp(const QString& dispositionId, const QString& text);
    Status markDone(const QString& dispositionId);

    Result<Disposition> disposition(const QString& dispositionId) const;
    Result<QList<DispositionNode>> dispositionsOf(const QString& letterId) const;
    // The live disposition of the letter addressed to the actor, if any (the newest).
    Result<std::optional<Disposition>> heldBy(const QString& letterId, const QString& userId) const;
    Result<Inbox> inbox(const QString& userId) const;
    Result<InboxCounts> counts(const QString& userId) const;
    // Active users the actor may dispose to: their unit and beneath, not themselves, ordered by unit
    // depth then name.
    Result<QList<DispositionRecipient>> recipients() const;

    // The progress of each letter that has live dispositions on this device (letters without any are
    // absent). Read-only; one query for the whole list.
    static Result<QHash<QString, LetterProgress>> progressOf(Database& db, const QStringList& letterIds);

private:
    Status change(const QString& dispositionId, const QString& action,
                  const std::function<Status(QJsonObject&)>& edit);
    Result<QList<Disposition>> query(const QString& where, const QVariantList& bindings) const;

    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

} // namespace lontar::records
