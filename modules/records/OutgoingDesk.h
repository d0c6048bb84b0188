#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "records/Letters.h"
#include "records/OutgoingLetters.h"
#include "records/OutgoingRender.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace lontar::esign {
class SigningKey;
}

namespace lontar::records {

// What the drafter fills in.
struct OutgoingDraft
{
    QString templateKey = QStringLiteral("surat_dinas");
    QString classification;
    QString sifat = QStringLiteral("biasa");
    SecurityClass securityClass = SecurityClass::Biasa;
    QString lampiran;
    QString hal;
    QStringList tujuan;
    QStringList tembusan;
    QString body;
    QString place;
    QString signerId;
    QStringList verifierIds; // the paraf chain, in order
};

// The lines of a unit's kop surat as this device keeps them (settings per OPD): the regency line
// (empty: the directory's regency name), the street address, telephone, e-mail (pos-el) and website
// (laman), and the place written before the date ("Tanjung Lontar, 3 Maret 2026").
struct LetterheadSettings
{
    QString regency;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString place;

    // Longest accepted values: a kop has one line for each, and a long one would wrap into the rule.
    static constexpr int kMaxRegency = 120;
    static constexpr int kMaxAddress = 160;
    static constexpr int kMaxPhone = 60;
    static constexpr int kMaxEmail = 100;
    static constexpr int kMaxWebsite = 100;
    static constexpr int kMaxPlace = 60;

    // The kop's address block as the renderer prints it under the unit name: the street with the
    // telephone on one line, e-mail and website on the next ("Laman … Pos-el …").
    QString addressBlock() const;
};

// A letter number taken for a letter being signed.
struct TakenNumber
{
    QString nomor;
    int seq = 0;
    QString blockId;
};
// Where numbers come from: by default the unit's server-confirmed blocks (NumberBlocks); tests may put a
// source of their own here (the seam for the numbering part).
using NumberSource = std::function<Result<TakenNumber>(const OutgoingLetter& letter, int year)>;

// Which list of letters.
enum class OutgoingList
{
    MyDrafts,           // drafted by me and not yet signed
    WaitingMyParaf,     // the next pending paraf is mine
    WaitingMySignature, // every paraf given, I sign
    Register,           // signed or sent letters of my unit tree (register of sent letters)
};

// The outgoing-letter flow on a device, as the logged-in user: each step goes through ClientStore (the
// letter's policy, then the outbox) with its audit entry in one transaction, the way LetterRegister does.
class OutgoingDesk
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::OutgoingDesk)

public:
    OutgoingDesk(Database& db, AuditLog& audit, Actor actor, QString blobDir);

    const Actor& actor() const { return m_actor; }
    void setNumberSource(NumberSource source) { m_numbers = std::move(source); }

    Result<OutgoingLetter> createDraft(const OutgoingDraft& draft);
    Result<OutgoingLetter> updateDraft(const QString& id, const OutgoingDraft& draft);
    // Renders the draft, keeps the PDF as a blob and sends it to the first verifier (or to the signer
    // when the chain is empty).
    Result<OutgoingLetter> submit(const QString& id);
    Result<OutgoingLetter> approve(const QString& id, const QString& note = {});
    // By the current verifier or the signer; the note says what to fix.
    Result<OutgoingLetter> returnToDrafter(const QString& id, const QString& note);
    // Takes the number, renders the final letter, signs it with `key` (PAdES with the visible stamp on
    // the signature box), stores the signed PDF as a blob and marks the letter signed.
    Result<OutgoingLetter> sign(const QString& id, esign::SigningKey& key,
                                const QDate& date = QDate::currentDate());
    // Sends the signed letter to internal recipient units (one delivery row each).
    Result<OutgoingLetter> dispatch(const QString& id, const QStringList& recipientUnitIds);

    Result<OutgoingLetter> letter(const QString& id) const;
    Result<QList<OutgoingLetter>> list(OutgoingList which, int year = 0) const;
    // The letter as it looks now (draft or final) with this device's letterhead of its unit.
    Result<RenderedLetter> render(const OutgoingLetter& letter) const;
    Letterhead letterhead(const QString& unitId) const;
    // The unit whose kop a letter of `unitId` carries: the first OPD at or above it (a bidang writes
    // under its dinas), or `unitId` itself when the directory has no OPD above it.
    QString letterheadUnit(const QString& unitId) const;
    // The kop lines stored for the letterhead unit of `unitId` (regency empty when not overridden).
    LetterheadSettings letterheadSettings(const QString& unitId) const;
    // The kop as it would look with `lines` (for a preview before saving).
    Letterhead letterheadWith(const QString& unitId, const LetterheadSettings& lines) const;
    // Stores the kop lines of the letterhead unit of `unitId` in this device's settings, with an audit
    // entry, in one transaction. Only someone who drafts letters under that kop (their own unit's OPD,
    // not a kiosk account) may; each line is checked for length and form.
    Status setLetterhead(const QString& unitId, const LetterheadSettings& lines);
    // The signed PDF on this device, or an error when it has not been downloaded.
    Result<QString> signedFilePath(const OutgoingLetter& letter) const;

private:
    Result<OutgoingLetter> write(const OutgoingLetter& letter, const QString& action,
                                 const QJsonObject& details);
    Result<TakenNumber> takeNumber(const OutgoingLetter& letter, int year);
    // Names, positions and NIP from this device's directory for display before the server's copy
    // arrives (the server derives them itself).
    void fillNames(OutgoingLetter& letter) const;

    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
    QString m_blobDir;
    NumberSource m_numbers;
};

// Letters delivered to a recipient unit, and their registration as incoming letters.
class DeliveryDesk
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::DeliveryDesk)

public:
    DeliveryDesk(LetterRegister& letters, QString blobDir);

    // Deliveries to the user's unit tree not yet registered.
    Result<QList<Delivery>> waiting() const;
    // Registers the delivered PDF as an incoming letter of the recipient unit (agenda number, text, blob)
    // and marks the delivery received, in one transaction. The PDF must be on this device.
    Result<IncomingLetter> receive(const QString& deliveryId);

private:
    LetterRegister& m_letters;
    QString m_blobDir;
};

} // namespace lontar::records
