#include "records/RecordsDemo.h"

#include "core/Identity.h"
#include "core/Uuid.h"
#include "records/DispositionPolicy.h"
#include "records/Filing.h"
#include "records/FilingPolicies.h"
#include "records/Letters.h"
#include "records/NumberBlocks.h"
#include "records/OutgoingLetters.h"
#include "records/RecordsPolicies.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace lontar::records {

namespace {

// One demo incoming letter of DISKOMINFO.
struct DemoLetter
{
    int daysAgo;       // received
    const char* nomor; // "%1" is the year
    const char* pengirim;
    const char* perihal;
    const char* sifat;
    const char* classification;
    const char* body;
};

// 1–2 are disposed, 3 waits for the kadis, 4–5 are filed in the berkas.
const DemoLetter kLetters[] = {
    {12, "000.1.5/112/BAPPEDA/%1", "Badan Perencanaan Pembangunan Daerah",
     "Undangan rapat koordinasi Satu Data Kabupaten", "segera", "000.1.5",
     "Dalam rangka penyusunan Satu Data Kabupaten, kami mengundang Saudara hadir pada rapat koordinasi."},
    {8, "100.2/45/KEC.SL/%1", "Kecamatan Sungai Lontar", "Permohonan jaringan internet kantor desa", "biasa",
     "100.2", "Kami memohon dukungan pemasangan jaringan internet untuk kantor desa di wilayah kecamatan."},
    {3, "000.1.1/210/DISKOMINFO.PROV/%1", "Dinas Komunikasi dan Informatika Provinsi",
     "Pemberitahuan pemeliharaan pusat data provinsi", "penting", "000.1.1",
     "Layanan pusat data provinsi berhenti sementara selama pemeliharaan perangkat jaringan."},
    {30, "000.1.1/77/SETDA/%1", "Sekretariat Daerah", "Penggunaan nomor telepon layanan pengaduan", "biasa",
     "000.1.1", "Setiap perangkat daerah memakai nomor layanan pengaduan yang sama mulai bulan ini."},
    {25, "000.1.1/81/SETDA/%1", "Sekretariat Daerah", "Jadwal piket layanan pengaduan telepon", "biasa",
     "000.1.1", "Bersama ini kami sampaikan jadwal piket petugas layanan pengaduan telepon."},
};

constexpr int kDisposed = 2;  // letters 1..2 get one disposition each
constexpr int kFiledFrom = 4; // letters 4..5 are filed

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A writer per demo user, refusing loudly: a demo row a policy refuses is a bug of the demo.
class Seeder
{
public:
    Seeder(Database& db, const DemoRecordsTarget& target)
        : m_db(db)
        , m_target(target)
    {}

    Result<Actor> actor(const QString& username)
    {
        auto user = IdentityStore(m_db).userByUsername(username);
        if (!user)
            return Error(QStringLiteral("demo records: user %1 missing").arg(username),
                         Error::Code::NotFound);
        // A device id like every enrolled device's (a UUID): the agenda blocks name it.
        return Actor::forUser(m_db, *user, nameBasedUuid(QStringLiteral("demo/records/device/") + username));
    }

    std::unique_ptr<RecordsRows> rowsFor(const Actor& a) { return m_target.rowsFor(a); }

    Status write(const Actor& a, const QString& entity, const QString& id, const QJsonObject& data,
                 const QString& action)
    {
        auto rows = m_target.rowsFor(a);
        if (Status s = rows->write(entity, id, data); !s)
            return Error(QStringLiteral("demo records: %1 %2 as %3: %4")
                             .arg(entity, id, a.user.username, s.errorMessage()),
                         s.error().code);
        return rows->audit(action, entity, id, QJsonObject{{QStringLiteral("demo"), true}});
    }

    // The row as stored (with what the policy derived), for a change on top of it.
    Result<QJsonObject> current(const Actor& a, const QString& entity, const QString& id)
    {
        auto row = m_target.rowsFor(a)->current(entity, id);
        if (!row)
            return row.error();
        if (!*row)
            return Error(QStringLiteral("demo records: %1 %2 missing").arg(entity, id),
                         Error::Code::NotFound);
        return **row;
    }

    Status change(const Actor& a, const QString& entity, const QString& id, const QString& action,
                  const std::function<void(QJsonObject&)>& edit)
    {
        auto row = current(a, entity, id);
        if (!row)
            return row.error();
        edit(*row);
        return write(a, entity, id, *row, action);
    }

private:
    Database& m_db;
    const DemoRecordsTarget& m_target;
};

} // namespace

QString demoLetterId(int n)
{
    return nameBasedUuid(QStringLiteral("demo/records/letter/%1").arg(n));
}

int demoLetterCount()
{
    return int(std::size(kLetters));
}

QString demoDispositionId(int n)
{
    return nameBasedUuid(QStringLiteral("demo/records/disposition/%1").arg(n));
}

QString demoOutgoingId()
{
    return nameBasedUuid(QStringLiteral("demo/records/outgoing/1"));
}

QString demoFileId()
{
    return nameBasedUuid(QStringLiteral("demo/records/file/1"));
}

QByteArray demoPdf(const QStringList& lines, const QString& title)
{
    const auto escape = [](const QString& s) {
        QByteArray out;
        for (QChar c : s) {
            const char b = c.unicode() <= 0xff ? char(c.unicode()) : '?';
            if (b == '(' || b == ')' || b == '\\')
                out += '\\';
            out += b;
        }
        return out;
    };
    QByteArray content = "BT /F1 11 Tf 15 TL 60 780 Td\n";
    for (const QString& line : lines)
        content += "(" + escape(line) + ") Tj T*\n";
    content += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Title (" + escape(title) + ") /Producer (Lontar demo) >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
        "/Contents 6 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream"};
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Status seedDemoRecords(Database& db, const DemoRecordsTarget& target, const QDate& today)
{
    auto seeded = target.hasLetters();
    if (!seeded)
        return seeded.error();
    if (*seeded)
        return {};
    Seeder seeder(db, target);
    auto tu = seeder.actor(QStringLiteral("tu"));
    auto kadis = seeder.actor(QStringLiteral("kadis"));
    auto kabid = seeder.actor(QStringLiteral("kabid"));
    auto staf = seeder.actor(QStringLiteral("staf"));
    for (const Result<Actor>* a : {&tu, &kadis, &kabid, &staf}) {
        if (!*a)
            return a->error();
    }

    Transaction tx(db);
    if (!tx.status())
        return tx.status();

    // Incoming letters, registered by the pencatat with their PDFs; agenda numbers per received year.
    QHash<int, int> agendaOf;
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    for (int i = 0; i < demoLetterCount(); ++i) {
        const DemoLetter& l = kLetters[i];
        QDate received = today.addDays(-l.daysAgo);
        if (received.year() != today.year())
            received = QDate(today.year(), 1, 1); // the agenda book of this year
        const QDate dated = received.addDays(-2);
        const QString nomor = QString::fromUtf8(l.nomor).arg(dated.year());
        const QString perihal = QString::fromUtf8(l.perihal);
        const QByteArray pdf = demoPdf(
            {QStringLiteral("PEMERINTAH KABUPATEN TANJUNG LONTAR"), QString::fromUtf8(l.pengirim).toUpper(),
             QString(),
             QStringLiteral("Tanjung Lontar, %1").arg(id.toString(dated, QStringLiteral("d MMMM yyyy"))),
             QStringLiteral("Nomor : ") + nomor, QStringLiteral("Hal : ") + perihal, QString(),
             QString::fromUtf8(l.body), QString(),
             QStringLiteral("Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.")},
            perihal);
        const QString sha = sha256Of(pdf);
        if (Status s = target.storeBlob(pdf, sha, tu->user.unitId); !s)
            return s;
        const int seq = ++agendaOf[received.year()];
        // The agenda number comes from the unit's agenda book, as on a device: block, then its use.
        auto block = writeAgendaNumber(*seeder.rowsFor(*tu), tu->user.unitId, received.year(), seq,
                                       demoLetterId(i + 1));
        if (!block)
            return Error(QStringLiteral("demo records: agenda %1: %2").arg(seq).arg(block.errorMessage()),
                         block.error().code);
        QJsonObject data{
            {QStringLiteral("nomor"), nomor},
            {QStringLiteral("tanggal"), dated.toString(Qt::ISODate)},
            {QStringLiteral("pengirim"), QString::fromUtf8(l.pengirim)},
            {QStringLiteral("perihal"), perihal},
            {QStringLiteral("sifat"), QString::fromUtf8(l.sifat)},
            {QStringLiteral("securityClass"), securityClassKey(SecurityClass::Biasa)},
            {QStringLiteral("classification"), QString::fromUtf8(l.classification)},
            {QStringLiteral("unitId"), tu->user.unitId},
            {QStringLiteral("agendaSeq"), seq},
            {QStringLiteral("agendaYear"), received.year()},
            {QStringLiteral("agenda"), formatAgenda(seq, received.year())},
            {QStringLiteral("receivedDate"), received.toString(Qt::ISODate)},
            {QStringLiteral("status"), QStringLiteral("tercatat")},
            {QStringLiteral("fileName"), QStringLiteral("surat-%1.pdf").arg(i + 1)},
            {QStringLiteral("fileSha256"), sha},
            {QStringLiteral("fileSize"), double(pdf.size())},
            {QStringLiteral("pageCount"), 1},
            {QStringLiteral("text"), perihal + QLatin1Char('\n') + QString::fromUtf8(l.body)},
            {QStringLiteral("textComplete"), true},
        };
        data.insert(QStringLiteral("agendaBlockId"), *block);
        if (Status s = seeder.write(*tu, kLetterEntity, demoLetterId(i + 1), data,
                                    QStringLiteral("records.letter.register"));
            !s)
            return s;
    }

    // The kadis disposes letters 1 and 2 to the kabid, who reads both and notes a follow-up on the second.
    const QStringList instructions[] = {{QStringLiteral("hadiri")},
                                        {QStringLiteral("tindak_lanjuti"), QStringLiteral("koordinasikan")}};
    const QString notes[] = {QStringLiteral("Mohon diwakili dan laporkan hasil rapatnya."),
                             QStringLiteral("Koordinasikan dengan bidang infrastruktur.")};
    for (int n = 1; n <= kDisposed; ++n) {
        QJsonArray keys;
        for (const QString& k : instructions[n - 1])
            keys.append(k);
        const QJsonObject data{{QStringLiteral("letterId"), demoLetterId(n)},
                               {QStringLiteral("toUserId"), kabid->user.id},
                               {QStringLiteral("toUnitId"), kabid->user.unitId},
                               {QStringLiteral("toName"), kabid->user.fullName},
                               {QStringLiteral("instructions"), keys},
                               {QStringLiteral("note"), notes[n - 1]},
                               {QStringLiteral("dueDate"), today.addDays(7).toString(Qt::ISODate)}};
        if (Status s = seeder.write(*kadis, kDispositionEntity, demoDispositionId(n), data,
                                    QStringLiteral("records.disposition.create"));
            !s)
            return s;
        if (Status s = seeder.change(
                *kabid, kDispositionEntity, demoDispositionId(n), QStringLiteral("records.disposition.read"),
                [](QJsonObject& d) {
                    d.insert(QStringLiteral("readAt"), double(QDateTime::currentMSecsSinceEpoch()));
                });
            !s)
            return s;
    }
    if (Status s = seeder.change(
            *kabid, kDispositionEntity, demoDispositionId(2), QStringLiteral("records.disposition.followup"),
            [](QJsonObject& d) {
                QJsonArray all = d.value(QStringLiteral("followUps")).toArray();
                all.append(QJsonObject{
                    {QStringLiteral("text"), QStringLiteral("Sudah disurvei bersama camat; usulan anggaran "
                                                            "menyusul.")}});
                d.insert(QStringLiteral("followUps"), all);
            });
        !s)
        return s;

    // One berkas of the unit holding letters 4 and 5.
    const QJsonObject file{{QStringLiteral("unitId"), tu->user.unitId},
                           {QStringLiteral("code"), QStringLiteral("000.1.1")},
                           {QStringLiteral("title"), QStringLiteral("Layanan pengaduan telepon")},
                           {QStringLiteral("number"), 1},
                           {QStringLiteral("openedOn"), QDate(today.year(), 1, 1).toString(Qt::ISODate)},
                           {QStringLiteral("status"), QStringLiteral("aktif")},
                           {QStringLiteral("note"), QString()}};
    if (Status s = seeder.write(*tu, kFileEntity, demoFileId(), file, QStringLiteral("records.file.create"));
        !s)
        return s;
    for (int n = kFiledFrom; n <= demoLetterCount(); ++n) {
        if (Status s =
                seeder.change(*tu, kLetterEntity, demoLetterId(n), QStringLiteral("records.letter.file"),
                              [](QJsonObject& d) {
                                  d.insert(QStringLiteral("fileId"), demoFileId());
                                  d.insert(QStringLiteral("status"), QStringLiteral("diberkaskan"));
                              });
            !s)
            return s;
    }

    // A nota dinas of the staf, submitted for the kabid's paraf, to be signed by the kadis.
    OutgoingLetter out;
    out.id = demoOutgoingId();
    out.templateKey = QStringLiteral("nota_dinas");
    out.unitId = staf->user.unitId;
    out.drafterId = staf->user.id;
    out.drafterName = staf->user.fullName;
    out.classification = QStringLiteral("000.1.1");
    out.hal = QStringLiteral("Usulan jaringan internet kantor desa Kecamatan Sungai Lontar");
    out.tujuan = {QStringLiteral("Kepala Dinas Komunikasi dan Informatika")};
    out.body = QStringLiteral("Menindaklanjuti permohonan Kecamatan Sungai Lontar, kami mengusulkan "
                              "pemasangan jaringan internet di lima kantor desa pada tahun anggaran ini.\n\n"
                              "Rincian kebutuhan perangkat dan biaya terlampir.");
    out.place = QStringLiteral("Tanjung Lontar");
    out.signerId = kadis->user.id;
    ParafStep step;
    step.userId = kabid->user.id;
    out.paraf = {step};
    out.status = outgoing::kParaf;
    const QByteArray draft =
        demoPdf({QStringLiteral("NOTA DINAS"), QStringLiteral("Hal : ") + out.hal, QString(),
                 QStringLiteral("Menindaklanjuti permohonan Kecamatan Sungai Lontar, kami"),
                 QStringLiteral("mengusulkan pemasangan jaringan internet di lima kantor desa."), QString(),
                 QStringLiteral("KONSEP - menunggu paraf")},
                out.hal);
    out.renderedSha = sha256Of(draft);
    if (Status s = target.storeBlob(draft, out.renderedSha, staf->user.unitId); !s)
        return s;
    if (Status s = seeder.write(*staf, kOutgoingEntity, out.id, out.toJson(),
                                QStringLiteral("records.outgoing.submit"));
        !s)
        return s;
    return tx.commit();
}

} // namespace lontar::records
