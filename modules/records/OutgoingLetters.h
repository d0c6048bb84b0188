#pragma once

#include "core/EntityPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Outgoing letters (naskah keluar): a draft from a template, a paraf chain of verifiers above the
// drafting unit, the final TTE signature with the letter number, and dispatch to internal recipient
// units (docs/records-outgoing.md).
namespace lontar::records {

inline const QString kOutgoingEntity = QStringLiteral("records_outgoing");
inline const QString kDeliveryEntity = QStringLiteral("records_delivery");

// Where a letter is in its flow.
namespace outgoing {
inline const QString kKonsep = QStringLiteral("konsep");
inline const QString kParaf = QStringLiteral("paraf");
inline const QString kSiapTte = QStringLiteral("siap_tte");
inline const QString kDitandatangani = QStringLiteral("ditandatangani");
inline const QString kTerkirim = QStringLiteral("terkirim");
inline const QString kDikembalikan = QStringLiteral("dikembalikan");
// States of one paraf step.
inline const QString kMenunggu = QStringLiteral("menunggu");
inline const QString kDisetujui = QStringLiteral("disetujui");
// States of a delivery to a recipient unit.
inline const QString kDiterima = QStringLiteral("diterima");
} // namespace outgoing

QStringList outgoingTemplateKeys(); // "surat_dinas", "nota_dinas", "surat_undangan"
QString outgoingTemplateName(const QString& key);
QStringList outgoingStatusKeys();
QString outgoingStatusName(const QString& key);

// One verifier of the paraf chain, in order.
struct ParafStep
{
    QString userId;
    QString name;     // from the directory (server)
    QString position; // jabatan, from the directory (server)
    QString state = outgoing::kMenunggu;
    QString note;  // why it was returned, or a remark
    qint64 at = 0; // server clock, ms UTC; 0 while pending
};

struct OutgoingLetter
{
    QString id;
    QString templateKey = QStringLiteral("surat_dinas");
    QString unitId; // drafting unit
    QString drafterId;
    QString drafterName;
    QString classification;
    QString sifat = QStringLiteral("biasa");
    SecurityClass securityClass = SecurityClass::Biasa;
    QString lampiran;
    QString hal;
    QStringList tujuan;
    QStringList tembusan;
    QString body; // paragraphs separated by an empty line
    QString place;
    QString letterDate; // yyyy-MM-dd, set when signed
    QString signerId;
    QString signerName; // from the directory (server), never trusted from a client
    QString signerPosition;
    QString signerNip;
    QList<ParafStep> paraf;
    QString status = outgoing::kKonsep;
    QString returnNote; // why the letter came back to the drafter
    QString returnedBy;
    QString nomor; // set at signing, immutable afterwards
    int numberSeq = 0;
    QString numberBlockId;
    QString renderedSha; // the draft as submitted for paraf
    QString finalSha;    // the signed PDF
    qint64 submittedAt = 0;
    qint64 signedAt = 0;
    qint64 dispatchedAt = 0;
    QStringList recipientUnits;

    QStringList paragraphs() const;
    // The index of the verifier whose paraf is awaited, or -1.
    int currentStep() const;
    QJsonObject toJson() const;
    static OutgoingLetter fromJson(const QString& id, const QJsonObject& data);
};

// A signed letter sent to one internal recipient unit (one row per unit, read by that unit's tree).
struct Delivery
{
    QString id;
    QString outgoingId;
    QString unitId; // the recipient unit
    QString fromUnitId;
    QString fromUnitName;
    QString nomor;
    QString hal;
    QString sifat;
    SecurityClass securityClass = SecurityClass::Biasa;
    QString classification;
    QString letterDate;
    QString signerName;
    QString signerPosition;
    QString fileSha256;
    QString fileName;
    QString status;   // terkirim, diterima
    QString letterId; // the incoming letter registered from it
    qint64 sentAt = 0;

    static Delivery fromJson(const QString& id, const QJsonObject& data);
};

// One delivery row per (letter, recipient unit).
QString deliveryId(const QString& outgoingId, const QString& unitId);

std::shared_ptr<const EntityPolicy> makeOutgoingPolicy();
std::shared_ptr<const EntityPolicy> makeDeliveryPolicy();

} // namespace lontar::records
