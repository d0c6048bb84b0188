#include "attendance/TerminalImport.h"

#include "attendance/AttendanceModule.h"
#include "core/Identity.h"
#include "sync/ClientStore.h"
#include "sync/ClockAnchor.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace lontar::attendance {

// ---- DeviceAttendanceRows ----

DeviceAttendanceRows::DeviceAttendanceRows(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
    // A device actor read from the directory does not carry the device id; the sync state does. A
    // profile never enrolled with a server writes as the local device.
    if (m_actor.deviceId.isEmpty())
        m_actor.deviceId =
            sync::ClientStore(m_db).state(QStringLiteral("device_id"), QStringLiteral("lokal"));
}

qint64 DeviceAttendanceRows::nowMs() const
{
    const sync::ClientStore store(m_db);
    if (const auto anchor = sync::ClockAnchor::load(store)) {
        if (const auto now = anchor->trustedNowMs())
            return *now;
    }
    return QDateTime::currentMSecsSinceEpoch();
}

Result<AttendanceRows::Written> DeviceAttendanceRows::write(const QString& entity, const QString& id,
                                                            const QJsonObject& data)
{
    sync::ClientStore store(m_db, m_actor);
    auto existing = store.get(entity, id);
    if (existing && !existing->deleted)
        return Written{Outcome::Duplicate, {}};
    if (!existing && existing.error().code != Error::Code::NotFound)
        return existing.error();
    auto put = store.put(entity, id, data);
    if (put)
        return Written{Outcome::Added, {}};
    if (put.error().code == Error::Code::Database || put.error().code == Error::Code::Io)
        return put.error();
    return Written{Outcome::Refused, put.errorMessage()};
}

// ---- parsing ----

namespace {

QDateTime parseLocal(const QString& text)
{
    // Exactly YYYY-MM-DD HH:MM:SS: a terminal's own clock, no zone.
    if (text.size() != 19)
        return {};
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        return {};
    return QDateTime(t.date(), t.time());
}

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

bool isCsvHeader(const QString& line)
{
    QStringList cols = line.split(QLatin1Char(','));
    for (QString& c : cols)
        c = unquote(c).toLower();
    return cols == QStringList{QStringLiteral("nip"), QStringLiteral("time"), QStringLiteral("kind")};
}

void parseCsvLine(const QString& line, int number, ParsedTerminalLog& out)
{
    const QStringList cols = line.split(QLatin1Char(','));
    if (cols.size() < 3) {
        out.issues.append({number, TerminalImport::tr("kolom kurang (harus nip,time,kind)")});
        return;
    }
    if (cols.size() > 3) {
        out.issues.append({number, TerminalImport::tr("kolom berlebih (harus nip,time,kind)")});
        return;
    }
    TerminalRecord r;
    r.line = number;
    r.nip = unquote(cols.at(0));
    if (r.nip.isEmpty()) {
        out.issues.append({number, TerminalImport::tr("NIP kosong")});
        return;
    }
    r.local = parseLocal(unquote(cols.at(1)));
    if (!r.local.isValid()) {
        out.issues.append({number, TerminalImport::tr("waktu tidak valid (harus YYYY-MM-DD HH:MM:SS)")});
        return;
    }
    const auto kind = eventKindFromKey(unquote(cols.at(2)).toLower());
    if (!kind) {
        out.issues.append({number, TerminalImport::tr("jenis harus in atau out")});
        return;
    }
    r.kind = *kind;
    out.records.append(r);
}

void parseAttLogLine(const QString& line, int number, ParsedTerminalLog& out)
{
    QStringList cols = line.split(QLatin1Char('\t'));
    for (QString& c : cols)
        c = c.trimmed();
    // user id, date-time, verify mode, state, work code (later columns are reserved and ignored)
    if (cols.size() < 5) {
        out.issues.append(
            {number, TerminalImport::tr("kolom kurang (harus NIP, waktu, verifikasi, status, kode kerja)")});
        return;
    }
    TerminalRecord r;
    r.line = number;
    r.nip = cols.at(0);
    if (r.nip.isEmpty()) {
        out.issues.append({number, TerminalImport::tr("NIP kosong")});
        return;
    }
    r.local = parseLocal(cols.at(1));
    if (!r.local.isValid()) {
        out.issues.append({number, TerminalImport::tr("waktu tidak valid (harus YYYY-MM-DD HH:MM:SS)")});
        return;
    }
    if (cols.at(3) == QLatin1String("0")) {
        r.kind = EventKind::In;
    } else if (cols.at(3) == QLatin1String("1")) {
        r.kind = EventKind::Out;
    } else {
        out.issues.append({number, TerminalImport::tr("status harus 0 (masuk) atau 1 (pulang)")});
        return;
    }
    out.records.append(r);
}

} // namespace

Result<ParsedTerminalLog> parseTerminalLog(const QByteArray& content)
{
    if (content.size() > TerminalImport::kMaxBytes)
        return Error(TerminalImport::tr("Berkas terlalu besar (paling besar %1 MB)")
                         .arg(TerminalImport::kMaxBytes / (1024 * 1024)),
                     Error::Code::InvalidInput);
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QLatin1Char('\n'));
    ParsedTerminalLog out;
    int first = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty()) {
            first = i;
            break;
        }
    }
    if (first < 0)
        return Error(TerminalImport::tr("Berkas log kosong"), Error::Code::InvalidInput);
    QString head = lines.at(first);
    head.remove(QLatin1Char('\r'));
    int start = first;
    if (isCsvHeader(head)) {
        out.format = TerminalFormat::Csv;
        start = first + 1;
    } else if (head.contains(QLatin1Char('\t'))) {
        out.format = TerminalFormat::AttLog;
    } else {
        return Error(TerminalImport::tr("Format log tidak dikenali: CSV harus diawali baris nip,time,kind; "
                                        "attlog dipisah tab"),
                     Error::Code::InvalidInput);
    }
    for (int i = start; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        if (out.format == TerminalFormat::Csv)
            parseCsvLine(line, i + 1, out);
        else
            parseAttLogLine(line, i + 1, out);
    }
    return out;
}

// ---- import ----

QString TerminalImportReport::toText() const
{
    QString text = TerminalImport::tr("ditambahkan %1, duplikat %2, dilewati %3\n")
                       .arg(added)
                       .arg(duplicates)
                       .arg(skipped.size());
    for (const TerminalIssue& i : skipped)
        text += TerminalImport::tr("baris %1: %2\n").arg(i.line).arg(i.reason);
    return text;
}

TerminalImport::TerminalImport(AttendanceRows& rows)
    : m_rows(rows)
{}

Result<TerminalImportReport> TerminalImport::run(const QByteArray& content,
                                                 const TerminalImportOptions& options)
{
    auto parsed = parseTerminalLog(content);
    if (!parsed)
        return parsed.error();
    const Actor& actor = m_rows.actor();
    // The policy refuses each line for anyone else; saying it once is clearer.
    if (!actor.user.hasRole(Role::AdminOpd) && !actor.user.hasRole(Role::Kepegawaian))
        return Error(tr("Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin absensi"),
                     Error::Code::Forbidden);
    TerminalImportReport report;
    report.format = parsed->format;
    QList<TerminalIssue> skipped = parsed->issues;

    Database& db = m_rows.database();
    IdentityStore ids(db);
    auto units = ids.units();
    if (!units)
        return units.error();
    QHash<QString, QString> zoneOfUnit;
    for (const OrgUnit& u : *units)
        zoneOfUnit.insert(u.id, u.timeZone);
    const QString terminalId =
        (options.terminalId.isEmpty() ? options.fileName : options.terminalId).left(64);
    const qint64 now = m_rows.nowMs();

    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    QHash<QString, std::optional<User>> people; // by NIP, looked up once
    QSet<QString> seen;                         // ids of this file: a repeated line is a duplicate
    for (const TerminalRecord& r : std::as_const(parsed->records)) {
        auto found = people.find(r.nip);
        if (found == people.end()) {
            auto user = ids.userByNip(r.nip);
            if (!user && user.error().code != Error::Code::NotFound)
                return user.error();
            found = people.insert(r.nip, user ? std::optional<User>(*user) : std::nullopt);
        }
        if (!found->has_value()) {
            skipped.append({r.line, tr("NIP %1 tidak dikenal").arg(r.nip.left(30))});
            continue;
        }
        const User& person = **found;
        if (!person.active) {
            skipped.append({r.line, tr("pegawai dengan NIP %1 nonaktif").arg(r.nip)});
            continue;
        }
        if (!actor.unitSubtree.contains(person.unitId)) {
            skipped.append({r.line, tr("pegawai dengan NIP %1 di luar unit kerja Anda").arg(r.nip)});
            continue;
        }
        QString zone = zoneOfUnit.value(person.unitId);
        if (!QTimeZone(zone.toUtf8()).isValid())
            zone = QStringLiteral("Asia/Jakarta");
        const QDateTime local(r.local.date(), r.local.time(), QTimeZone(zone.toUtf8()));
        if (!local.isValid()) {
            skipped.append({r.line, tr("waktu tidak ada di zona kantor")});
            continue;
        }
        const qint64 claimedAt = local.toMSecsSinceEpoch();
        if (claimedAt > now + kFutureToleranceMs) {
            skipped.append({r.line, tr("waktu di masa depan")});
            continue;
        }
        ClockEvent e;
        e.userId = person.id;
        e.deviceId = actor.deviceId;
        e.kind = r.kind;
        e.source = kSourceTerminal;
        e.claimedAt = claimedAt;
        e.timeZone = zone;
        e.seq = 0;
        e.evidence = QJsonObject{{QStringLiteral("terminalId"), terminalId},
                                 {QStringLiteral("file"), options.fileName.left(200)},
                                 {QStringLiteral("line"), r.line}};
        e.hash = e.computeHash();
        e.id = terminalEventId(person.nip, claimedAt, zone, r.kind);
        if (seen.contains(e.id)) {
            ++report.duplicates;
            continue;
        }
        seen.insert(e.id);
        auto written = m_rows.write(kEventEntity, e.id, e.toJson());
        if (!written)
            return written.error();
        switch (written->outcome) {
        case AttendanceRows::Outcome::Added:
            ++report.added;
            break;
        case AttendanceRows::Outcome::Duplicate:
            ++report.duplicates;
            break;
        case AttendanceRows::Outcome::Refused:
            skipped.append({r.line, written->reason});
            break;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    std::sort(skipped.begin(), skipped.end(),
              [](const TerminalIssue& a, const TerminalIssue& b) { return a.line < b.line; });
    report.skipped = skipped;
    return report;
}

} // namespace lontar::attendance
