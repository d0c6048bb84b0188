#include "records/OutgoingDesk.h"

#include "core/Settings.h"
#include "core/Uuid.h"
#include "esign/PdfSigner.h"
#include "esign/SignerIdentity.h"
#include "records/NumberBlocks.h"
#include "records/PdfText.h"
#include "records/RecordsPolicies.h"
#include "sync/ClientStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <iterator>

namespace lontar::records {

using namespace outgoing;

namespace {

Result<QString> writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return Error(QCoreApplication::translate("lontar::records::OutgoingDesk",
                                                 "Tidak dapat menulis berkas sementara: %1")
                         .arg(f.errorString()),
                     Error::Code::Io);
    return path;
}

QString placeholders(int n)
{
    QStringList q;
    for (int i = 0; i < n; ++i)
        q.append(QStringLiteral("?"));
    return q.join(QLatin1Char(','));
}

} // namespace

OutgoingDesk::OutgoingDesk(Database& db, AuditLog& audit, Actor actor, QString blobDir)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
    , m_blobDir(std::move(blobDir))
{}

Result<OutgoingLetter> OutgoingDesk::letter(const QString& id) const
{
    auto row = sync::ClientStore(m_db, m_actor).get(kOutgoingEntity, id);
    if (!row)
        return row.error();
    if (row->deleted)
        return Error(tr("Naskah keluar tidak ditemukan"), Error::Code::NotFound);
    return OutgoingLetter::fromJson(id, row->data);
}

Result<OutgoingLetter> OutgoingDesk::write(const OutgoingLetter& l, const QString& action,
                                           const QJsonObject& details)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto id = sync::ClientStore(m_db, m_actor).put(kOutgoingEntity, l.id, l.toJson());
    if (!id)
        return id.error();
    QJsonObject d = details;
    d.insert(QStringLiteral("status"), l.status);
    if (Status s = m_audit.append(m_actor.user.username, action, kOutgoingEntity, *id, d); !s)
        return s.error();
    auto stored = letter(*id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

namespace {

void applyDraft(OutgoingLetter& l, const OutgoingDraft& d)
{
    l.templateKey = d.templateKey;
    l.classification = d.classification.trimmed();
    l.sifat = d.sifat;
    l.securityClass = d.securityClass;
    l.lampiran = d.lampiran.trimmed();
    l.hal = d.hal.trimmed();
    l.tujuan.clear();
    for (const QString& t : d.tujuan) {
        if (!t.trimmed().isEmpty())
            l.tujuan.append(t.trimmed());
    }
    l.tembusan.clear();
    for (const QString& t : d.tembusan) {
        if (!t.trimmed().isEmpty())
            l.tembusan.append(t.trimmed());
    }
    l.body = d.body;
    l.place = d.place.trimmed();
    l.signerId = d.signerId;
    QList<ParafStep> chain;
    for (const QString& v : d.verifierIds) {
        ParafStep s;
        s.userId = v;
        for (const ParafStep& old : l.paraf) {
            if (old.userId == v) {
                s.name = old.name;
                s.position = old.position;
            }
        }
        chain.append(s);
    }
    l.paraf = chain;
}

} // namespace

void OutgoingDesk::fillNames(OutgoingLetter& l) const
{
    const auto person = [this](const QString& id, QString& name, QString& position, QString* nip) {
        auto q = m_db.exec(QStringLiteral("SELECT full_name, position, nip FROM users WHERE id = ?"), {id});
        if (!q || !q->next())
            return;
        name = q->value(0).toString();
        position = q->value(1).toString();
        if (nip)
            *nip = q->value(2).toString();
    };
    person(l.signerId, l.signerName, l.signerPosition, &l.signerNip);
    for (ParafStep& s : l.paraf)
        person(s.userId, s.name, s.position, nullptr);
    l.drafterName = m_actor.user.fullName;
}

Result<OutgoingLetter> OutgoingDesk::createDraft(const OutgoingDraft& draft)
{
    OutgoingLetter l;
    l.id = newUuid();
    l.unitId = m_actor.user.unitId;
    l.drafterId = m_actor.user.id;
    applyDraft(l, draft);
    fillNames(l);
    l.status = kKonsep;
    return write(l, QStringLiteral("records.outgoing.draft"), {{QStringLiteral("hal"), l.hal}});
}

Result<OutgoingLetter> OutgoingDesk::updateDraft(const QString& id, const OutgoingDraft& draft)
{
    auto l = letter(id);
    if (!l)
        return l;
    applyDraft(*l, draft);
    fillNames(*l);
    return write(*l, QStringLiteral("records.outgoing.edit"), {{QStringLiteral("hal"), l->hal}});
}

Result<OutgoingLetter> OutgoingDesk::submit(const QString& id)
{
    auto l = letter(id);
    if (!l)
        return l;
    if (l->status != kKonsep && l->status != kDikembalikan)
        return Error(tr("Naskah ini sudah diajukan"), Error::Code::InvalidInput);
    for (ParafStep& s : l->paraf) {
        s.state = kMenunggu;
        s.note.clear();
        s.at = 0;
    }
    l->status = l->paraf.isEmpty() ? kSiapTte : kParaf;
    auto rendered = render(*l);
    if (!rendered)
        return rendered.error();
    QTemporaryDir tmp;
    auto path = writeTemp(tmp, QStringLiteral("konsep.pdf"), rendered->pdf);
    if (!path)
        return path.error();
    QString added;
    auto result = [&]() -> Result<OutgoingLetter> {
        JoinedTransaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        auto sha = sync::ClientStore(m_db, m_actor).addBlob(*path, m_blobDir);
        if (!sha)
            return sha.error();
        added = *sha;
        l->renderedSha = *sha;
        auto out =
            write(*l, QStringLiteral("records.outgoing.submit"), {{QStringLiteral("renderedSha"), *sha}});
        if (!out)
            return out;
        if (Status s = tx.commit(); !s)
            return s.error();
        return out;
    }();
    if (!result && !added.isEmpty() && !m_db.inTransaction())
        (void)sync::ClientStore(m_db).discardBlobIfUnreferenced(added, m_blobDir);
    return result;
}

Result<OutgoingLetter> OutgoingDesk::approve(const QString& id, const QString& note)
{
    auto l = letter(id);
    if (!l)
        return l;
    const int step = l->currentStep();
    if (step < 0 || l->paraf[step].userId != m_actor.user.id)
        return Error(tr("Naskah ini tidak menunggu paraf Anda"), Error::Code::Forbidden);
    l->paraf[step].state = kDisetujui;
    l->paraf[step].note = note.trimmed();
    l->status = step == l->paraf.size() - 1 ? kSiapTte : kParaf;
    return write(*l, QStringLiteral("records.outgoing.paraf"), {{QStringLiteral("step"), step + 1}});
}

Result<OutgoingLetter> OutgoingDesk::returnToDrafter(const QString& id, const QString& note)
{
    if (note.trimmed().isEmpty())
        return Error(tr("Tuliskan alasan pengembalian untuk penyusun"), Error::Code::InvalidInput);
    auto l = letter(id);
    if (!l)
        return l;
    const int step = l->currentStep();
    if (step >= 0 && l->paraf[step].userId == m_actor.user.id) {
        l->paraf[step].state = kDikembalikan;
        l->paraf[step].note = note.trimmed();
    } else if (!(l->status == kSiapTte && l->signerId == m_actor.user.id)) {
        return Error(tr("Naskah ini tidak menunggu paraf atau tanda tangan Anda"), Error::Code::Forbidden);
    }
    l->returnNote = note.trimmed();
    l->status = kDikembalikan;
    return write(*l, QStringLiteral("records.outgoing.return"), {{QStringLiteral("note"), note.trimmed()}});
}

Result<TakenNumber> OutgoingDesk::takeNumber(const OutgoingLetter& l, int year)
{
    if (m_numbers)
        return m_numbers(l, year);
    auto code = m_db.scalar(QStringLiteral("SELECT code FROM org_units WHERE id = ?"), {l.unitId});
    if (!code)
        return code.error();
    NumberBlocks blocks(m_db, m_audit, m_actor);
    auto n = blocks.take(l.unitId, year, l.id);
    if (!n)
        return n.error();
    return TakenNumber{formatLetterNumber(l.classification, n->seq, code->toString(), year), n->seq,
                       n->blockId};
}

Result<OutgoingLetter> OutgoingDesk::sign(const QString& id, esign::SigningKey& key, const QDate& date)
{
    auto l = letter(id);
    if (!l)
        return l;
    if (l->status != kSiapTte)
        return Error(tr("Naskah ini belum siap ditandatangani"), Error::Code::InvalidInput);
    if (l->signerId != m_actor.user.id)
        return Error(tr("Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini"),
                     Error::Code::Forbidden);
    auto identity = esign::CertificateIdentity::fromDer(key.certificateDer());
    if (!identity)
        return identity.error();
    if (Status s = esign::SigningPermission::check(*identity, m_actor.user, esign::SignatureKind::Final); !s)
        return s.error();
    if (Status s = esign::PdfSigner::checkCertificateValidNow(key); !s)
        return s.error();

    QString added; // a blob this call stored, removed again when the step fails
    auto result = [&]() -> Result<OutgoingLetter> {
        JoinedTransaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        auto number = takeNumber(*l, date.year());
        if (!number)
            return number.error();
        l->nomor = number->nomor;
        l->numberSeq = number->seq;
        l->numberBlockId = number->blockId;
        l->letterDate = date.toString(Qt::ISODate);
        l->status = kDitandatangani;
        auto rendered = render(*l);
        if (!rendered)
            return rendered.error();
        QTemporaryDir tmp;
        auto input = writeTemp(tmp, QStringLiteral("naskah.pdf"), rendered->pdf);
        if (!input)
            return input.error();
        const QString output = tmp.filePath(QStringLiteral("naskah-ttd.pdf"));
        esign::SignOptions options;
        options.visible = true;
        options.page = rendered->signaturePage;
        options.rect = rendered->signatureBox;
        options.reason = tr("Naskah dinas %1").arg(l->nomor);
        options.location = l->place;
        options.stamp.signerName = identity->name;
        options.stamp.nip = identity->nip;
        options.stamp.position = l->signerPosition;
        options.stamp.footer = esign::stampFooterFor(*identity);
        if (auto signedPdf = esign::PdfSigner::sign(*input, output, key, options); !signedPdf)
            return signedPdf.error();
        auto sha = sync::ClientStore(m_db, m_actor).addBlob(output, m_blobDir);
        if (!sha)
            return sha.error();
        added = *sha;
        l->finalSha = *sha;
        auto out = write(*l, QStringLiteral("records.outgoing.sign"),
                         {{QStringLiteral("nomor"), l->nomor}, {QStringLiteral("finalSha"), *sha}});
        if (!out)
            return out;
        if (Status s = tx.commit(); !s)
            return s.error();
        return out;
    }();
    if (!result && !added.isEmpty() && !m_db.inTransaction())
        (void)sync::ClientStore(m_db).discardBlobIfUnreferenced(added, m_blobDir);
    return result;
}

Result<OutgoingLetter> OutgoingDesk::dispatch(const QString& id, const QStringList& recipientUnitIds)
{
    auto l = letter(id);
    if (!l)
        return l;
    if (l->status != kDitandatangani)
        return Error(tr("Hanya naskah yang sudah ditandatangani yang dapat dikirim"),
                     Error::Code::InvalidInput);
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    l->status = kTerkirim;
    l->recipientUnits = recipientUnitIds;
    l->recipientUnits.removeDuplicates();
    auto out = write(*l, QStringLiteral("records.outgoing.dispatch"),
                     {{QStringLiteral("units"), QJsonArray::fromStringList(l->recipientUnits)}});
    if (!out)
        return out;
    sync::ClientStore store(m_db, m_actor);
    for (const QString& unit : l->recipientUnits) {
        // The policy fills in the rest from the signed letter.
        const QJsonObject d{{QStringLiteral("outgoingId"), id},
                            {QStringLiteral("unitId"), unit},
                            {QStringLiteral("status"), kTerkirim}};
        if (auto put = store.put(kDeliveryEntity, deliveryId(id, unit), d); !put)
            return put.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<QList<OutgoingLetter>> OutgoingDesk::list(OutgoingList which, int year) const
{
    QString where;
    QVariantList binds;
    const QString me = m_actor.user.id;
    switch (which) {
    case OutgoingList::MyDrafts:
        where = QStringLiteral("drafter_id = ? AND status IN ('konsep','dikembalikan','paraf','siap_tte')");
        binds = {me};
        break;
    case OutgoingList::WaitingMyParaf:
        where = QStringLiteral("status = 'paraf' AND next_verifier_id = ?");
        binds = {me};
        break;
    case OutgoingList::WaitingMySignature:
        where = QStringLiteral("status = 'siap_tte' AND signer_id = ?");
        binds = {me};
        break;
    case OutgoingList::Register:
        where = QStringLiteral("status IN ('ditandatangani','terkirim') AND unit_id IN (%1)")
                    .arg(placeholders(int(m_actor.unitSubtree.size())));
        for (const QString& u : m_actor.unitSubtree)
            binds.append(u);
        if (year > 0) {
            where += QStringLiteral(" AND number_year = ?");
            binds.append(year);
        }
        break;
    }
    const QString order = which == OutgoingList::Register
                              ? QStringLiteral("number_year DESC, number_seq DESC")
                              : QStringLiteral("rid DESC");
    auto q = m_db.exec(
        QStringLiteral("SELECT id, data FROM rec_outgoing WHERE %1 ORDER BY %2").arg(where, order), binds);
    if (!q)
        return q.error();
    QList<OutgoingLetter> out;
    while (q->next())
        out.append(OutgoingLetter::fromJson(
            q->value(0).toString(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()));
    return out;
}

namespace {

// The settings keys of one kop line: per letterhead unit, with a regency-wide fallback.
QString kopKey(const char* field, const QString& unit = {})
{
    const QString base = QStringLiteral("records.kop_") + QLatin1String(field);
    return unit.isEmpty() ? base : base + QLatin1Char('.') + unit;
}

constexpr const char* kKopFields[] = {"regency", "address", "phone", "email", "website", "place"};

QString* kopField(LetterheadSettings& s, int i)
{
    QString* fields[] = {&s.regency, &s.address, &s.phone, &s.email, &s.website, &s.place};
    return fields[i];
}

const QString& kopField(const LetterheadSettings& s, int i)
{
    const QString* fields[] = {&s.regency, &s.address, &s.phone, &s.email, &s.website, &s.place};
    return *fields[i];
}

} // namespace

QString LetterheadSettings::addressBlock() const
{
    // Literal calls, so lupdate finds the words.
    QStringList first;
    if (!address.trimmed().isEmpty())
        first.append(address.trimmed());
    if (!phone.trimmed().isEmpty())
        first.append(
            QCoreApplication::translate("lontar::records::OutgoingDesk", "Telepon %1").arg(phone.trimmed()));
    QStringList second;
    if (!website.trimmed().isEmpty())
        second.append(
            QCoreApplication::translate("lontar::records::OutgoingDesk", "Laman %1").arg(website.trimmed()));
    if (!email.trimmed().isEmpty())
        second.append(
            QCoreApplication::translate("lontar::records::OutgoingDesk", "Pos-el %1").arg(email.trimmed()));
    QStringList lines;
    if (!first.isEmpty())
        lines.append(first.join(QStringLiteral(", ")));
    if (!second.isEmpty())
        lines.append(second.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

QString OutgoingDesk::letterheadUnit(const QString& unitId) const
{
    // The kop is the OPD's (a bidang or seksi writes under its dinas): walk up to the first OPD.
    QString at = unitId;
    for (int depth = 0; depth < 16 && !at.isEmpty(); ++depth) {
        auto q = m_db.exec(QStringLiteral("SELECT kind, parent_id FROM org_units WHERE id = ?"), {at});
        if (!q || !q->next())
            break;
        const QString kind = q->value(0).toString();
        if (kind == QLatin1String("opd"))
            return at;
        if (kind == QLatin1String("pemda"))
            break;
        at = q->value(1).toString();
    }
    return unitId;
}

LetterheadSettings OutgoingDesk::letterheadSettings(const QString& unitId) const
{
    Settings settings(m_db);
    const QString kop = letterheadUnit(unitId);
    LetterheadSettings out;
    for (int i = 0; i < int(std::size(kKopFields)); ++i) {
        // A value of the drafting unit itself (older profiles), then the OPD's, then one for the regency.
        *kopField(out, i) =
            settings.value(kopKey(kKopFields[i], unitId),
                           settings.value(kopKey(kKopFields[i], kop), settings.value(kopKey(kKopFields[i]))));
    }
    return out;
}

Letterhead OutgoingDesk::letterheadWith(const QString& unitId, const LetterheadSettings& lines) const
{
    Letterhead h;
    h.regency = lines.regency.trimmed().isEmpty()
                    ? Settings(m_db).value(Settings::regencyNameKey(), tr("Pemerintah Kabupaten"))
                    : lines.regency.trimmed();
    const QString kop = letterheadUnit(unitId);
    auto name = m_db.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = ?"), {kop});
    if (name && name->isValid())
        h.unitName = name->toString();
    h.address = lines.addressBlock();
    return h;
}

Letterhead OutgoingDesk::letterhead(const QString& unitId) const
{
    return letterheadWith(unitId, letterheadSettings(unitId));
}

Status OutgoingDesk::setLetterhead(const QString& unitId, const LetterheadSettings& in)
{
    if (m_actor.user.hasRole(Role::Kiosk))
        return Error(tr("Akun kios tidak dapat mengubah kop surat"), Error::Code::Forbidden);
    auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM org_units WHERE id = ?"), {unitId});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error(tr("Unit kerja tidak ditemukan"), Error::Code::NotFound);
    const QString kop = letterheadUnit(unitId);
    if (kop != letterheadUnit(m_actor.user.unitId))
        return Error(tr("Kop surat hanya dapat diatur untuk perangkat daerah tempat Anda bekerja"),
                     Error::Code::Forbidden);

    LetterheadSettings lines;
    const int limits[] = {LetterheadSettings::kMaxRegency, LetterheadSettings::kMaxAddress,
                          LetterheadSettings::kMaxPhone,   LetterheadSettings::kMaxEmail,
                          LetterheadSettings::kMaxWebsite, LetterheadSettings::kMaxPlace};
    const char* const names[] = {QT_TR_NOOP("Nama pemerintah daerah"),
                                 QT_TR_NOOP("Alamat"),
                                 QT_TR_NOOP("Telepon"),
                                 QT_TR_NOOP("Pos-el"),
                                 QT_TR_NOOP("Laman"),
                                 QT_TR_NOOP("Tempat penandatanganan")};
    for (int i = 0; i < int(std::size(kKopFields)); ++i) {
        const QString v = kopField(in, i).trimmed();
        for (QChar c : v) {
            if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                c == QChar::ParagraphSeparator)
                return Error(tr("%1 harus satu baris").arg(tr(names[i])), Error::Code::InvalidInput);
        }
        if (v.size() > limits[i])
            return Error(tr("%1 paling banyak %2 karakter").arg(tr(names[i])).arg(limits[i]),
                         Error::Code::InvalidInput);
        *kopField(lines, i) = v;
    }
    if (!lines.phone.isEmpty() && !lines.phone.contains(QRegularExpression(QStringLiteral("[0-9]"))))
        return Error(tr("Nomor telepon harus berisi angka, misalnya (0561) 734567"),
                     Error::Code::InvalidInput);
    if (!lines.email.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")).match(lines.email).hasMatch())
        return Error(tr("Alamat pos-el tidak dikenali, misalnya diskominfo@tanjunglontar.go.id"),
                     Error::Code::InvalidInput);
    if (!lines.website.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[^@\\s]+\\.[^@\\s]+$")).match(lines.website).hasMatch())
        return Error(tr("Alamat laman tidak dikenali, misalnya tanjunglontar.go.id"),
                     Error::Code::InvalidInput);
    // The directory's regency name is the default; keep an override only when it differs.
    Settings settings(m_db);
    if (lines.regency == settings.value(Settings::regencyNameKey()))
        lines.regency.clear();

    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QJsonObject details{{QStringLiteral("unitId"), kop}};
    for (int i = 0; i < int(std::size(kKopFields)); ++i) {
        const QString& v = kopField(std::as_const(lines), i);
        // A value of the drafting unit itself would hide the OPD's kop: the OPD's is the one kept.
        if (unitId != kop) {
            if (Status s = settings.remove(kopKey(kKopFields[i], unitId)); !s)
                return s;
        }
        if (Status s = v.isEmpty() ? settings.remove(kopKey(kKopFields[i], kop))
                                   : settings.setValue(kopKey(kKopFields[i], kop), v);
            !s)
            return s;
        details.insert(QLatin1String(kKopFields[i]), v);
    }
    if (Status s = m_audit.append(m_actor.user.username, QStringLiteral("records.letterhead.set"),
                                  QStringLiteral("org_unit"), kop, details);
        !s)
        return s;
    return tx.commit();
}

Result<RenderedLetter> OutgoingDesk::render(const OutgoingLetter& l) const
{
    return OutgoingRenderer::render(l, letterhead(l.unitId));
}

Result<QString> OutgoingDesk::signedFilePath(const OutgoingLetter& l) const
{
    if (l.finalSha.isEmpty())
        return Error(tr("Naskah ini belum ditandatangani"), Error::Code::NotFound);
    const QString path = QDir(m_blobDir).filePath(l.finalSha);
    if (!QFile::exists(path))
        return Error(tr("Berkas naskah bertanda tangan belum diunduh ke perangkat ini"),
                     Error::Code::NotFound);
    return path;
}

DeliveryDesk::DeliveryDesk(LetterRegister& letters, QString blobDir)
    : m_letters(letters)
    , m_blobDir(std::move(blobDir))
{}

Result<QList<Delivery>> DeliveryDesk::waiting() const
{
    const QStringList& units = m_letters.actor().unitSubtree;
    QVariantList binds;
    for (const QString& u : units)
        binds.append(u);
    auto q = m_letters.database().exec(
        QStringLiteral("SELECT id, data FROM rec_deliveries WHERE status = 'terkirim' AND unit_id IN (%1) "
                       "ORDER BY sent_at DESC")
            .arg(placeholders(int(units.size()))),
        binds);
    if (!q)
        return q.error();
    QList<Delivery> out;
    while (q->next())
        out.append(Delivery::fromJson(q->value(0).toString(),
                                      QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()));
    return out;
}

Result<IncomingLetter> DeliveryDesk::receive(const QString& id)
{
    Database& db = m_letters.database();
    sync::ClientStore store(db, m_letters.actor());
    auto row = store.get(kDeliveryEntity, id);
    if (!row)
        return row.error();
    const Delivery d = Delivery::fromJson(id, row->data);
    if (d.status != kTerkirim)
        return Error(tr("Naskah ini sudah dicatat sebagai naskah masuk"), Error::Code::InvalidInput);
    const QString path = QDir(m_blobDir).filePath(d.fileSha256);
    if (!QFile::exists(path))
        return Error(tr("Berkas naskah belum diunduh; sinkronkan lalu coba lagi"), Error::Code::NotFound);
    auto pdf = PdfText::read(path, kMaxLetterFileBytes);
    if (!pdf)
        return pdf.error();
    if (pdf->sha256 != d.fileSha256)
        return Error(tr("Berkas naskah di perangkat ini rusak"), Error::Code::InvalidInput);
    LetterDraft draft;
    draft.nomor = d.nomor;
    draft.tanggal = QDate::fromString(d.letterDate, Qt::ISODate);
    draft.pengirim = d.signerPosition.isEmpty() ? d.fromUnitName : d.signerPosition;
    draft.perihal = d.hal;
    draft.sifat = d.sifat;
    draft.securityClass = d.securityClass;
    draft.classification = d.classification;
    draft.unitId = d.unitId;
    LetterFile file{d.fileName, pdf->sha256, pdf->size, pdf->pageCount, pdf->text};
    JoinedTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto letter = m_letters.registerLetter(draft, file);
    if (!letter)
        return letter.error();
    QJsonObject data = row->data;
    data.insert(QStringLiteral("status"), kDiterima);
    data.insert(QStringLiteral("letterId"), letter->id);
    if (auto put = store.put(kDeliveryEntity, id, data); !put)
        return put.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return letter;
}

} // namespace lontar::records
