#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace lontar::records {

// A disposal proposal (daftar usul musnah) as the device holds it (rec_disposals).
struct DisposalProposal
{
    QString id;
    QString unitId;     // the arsiparis's unit (where the proposal is kept)
    QString fileUnitId; // the unit whose berkas it lists (pencipta arsip)
    QString status;     // diusulkan, disetujui, ditolak, dilaksanakan
    QStringList fileIds;
    QString place;
    QString note;
    QString decisionNote;
    QString proposedByName;
    qint64 proposedAt = 0; // server time, ms; 0 until the server's copy arrives
    QString decidedByName;
    qint64 decidedAt = 0;
    QString executedByName;
    qint64 executedAt = 0;
};

// The disposal workflow on a device. Proposed by an arsiparis (the berkas become usul_musnah), approved or
// refused by an atasan whose unit tree holds the berkas's unit (not the proposer), carried out by an
// arsiparis: the berkas become musnah and each letter in them this device holds keeps its metadata row
// with status musnah but loses its PDF reference and text. Every step is one transaction through
// ClientStore (the proposal first, so the server checks the berkas against it) with device audit entries.
class DisposalRegister
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::DisposalRegister)

public:
    DisposalRegister(Database& db, AuditLog& audit, Actor actor);

    Result<DisposalProposal> propose(const QStringList& fileIds, const QString& note = {});
    Status approve(const QString& proposalId, const QString& note = {});
    Status reject(const QString& proposalId, const QString& note);
    // After a refusal, by an arsiparis: the listed berkas go back to inaktif.
    Status restoreRejected(const QString& proposalId);
    Status execute(const QString& proposalId, const QString& place);

    Result<DisposalProposal> proposal(const QString& proposalId) const;
    Result<QList<DisposalProposal>> proposals() const; // newest first

private:
    Status setProposal(const QString& proposalId, const QString& status, const QString& field,
                       const QString& value, const QString& action);
    Status setFileStatus(const QString& fileId, const QString& status, const QString& disposalId);

    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

} // namespace lontar::records
