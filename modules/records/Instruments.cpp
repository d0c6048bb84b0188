#include "records/Instruments.h"

#include "core/IndonesianText.h"
#include "sync/ClientStore.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>

namespace lontar::records {

namespace {

// RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks. Returns each record
// with the line it starts on.
QList<QPair<int, QStringList>> parseCsv(const QString& text, QChar sep)
{
    QList<QPair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    int startLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == sep) {
            fields.append(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n')) {
            if (any || !field.isEmpty()) {
                fields.append(field);
                records.append({startLine, fields});
            }
            fields.clear();
            field.clear();
            any = false;
            startLine = ++line;
        } else if (c != QLatin1Char('\r')) {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        fields.append(field);
        records.append({startLine, fields});
    }
    return records;
}

struct Table
{
    QStringList header; // folded
    QList<QPair<int, QStringList>> rows;
    int column(const char* name) const { return int(header.indexOf(QLatin1String(name))); }
};

Table readTable(const QByteArray& csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar sep = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
                          ? QLatin1Char(';')
                          : QLatin1Char(',');
    Table t;
    auto records = parseCsv(text, sep);
    if (records.isEmpty())
        return t;
    for (const QString& h : records.takeFirst().second)
        t.header.append(IndonesianText::fold(h).replace(QLatin1Char(' '), QLatin1Char('_')));
    t.rows = records;
    return t;
}

QString cell(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
}

int depth(const QString& code)
{
    return int(code.count(QLatin1Char('.')));
}

} // namespace

DeviceRecordsRows::DeviceRecordsRows(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<std::optional<QJsonObject>> DeviceRecordsRows::current(const QString& entity, const QString& id)
{
    auto row = sync::ClientStore(m_db).get(entity, id);
    if (!row) {
        if (row.error().code == Error::Code::NotFound)
            return std::optional<QJsonObject>();
        return row.error();
    }
    if (row->deleted)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(row->data);
}

Status DeviceRecordsRows::write(const QString& entity, const QString& id, const QJsonObject& data)
{
    auto r = sync::ClientStore(m_db, m_actor).put(entity, id, data);
    if (!r)
        return r.error();
    return {};
}

Status DeviceRecordsRows::audit(const QString& action, const QString& entity, const QString& id,
                                const QJsonObject& details)
{
    return m_audit.append(m_actor.user.username, action, entity, id, details);
}

QString InstrumentReport::toText() const
{
    QString out;
    for (const InstrumentIssue& i : issues)
        out += InstrumentImport::tr("baris %1 (%2): %3\n").arg(i.line).arg(i.code, i.message);
    if (applied)
        out += InstrumentImport::tr("diimpor: %1 baru, %2 diubah, %3 tetap\n")
                   .arg(added)
                   .arg(updated)
                   .arg(unchanged);
    else if (!issues.isEmpty())
        out += InstrumentImport::tr("tidak ada yang diimpor: %n baris tidak valid\n", nullptr,
                                    int(issues.size()));
    else
        out += InstrumentImport::tr("uji coba: %1 baru, %2 diubah, %3 tetap; tidak ada yang disimpan\n")
                   .arg(added)
                   .arg(updated)
                   .arg(unchanged);
    return out;
}

InstrumentImport::InstrumentImport(RecordsRows& rows)
    : m_rows(rows)
{}

Result<InstrumentReport> InstrumentImport::importClassification(const QByteArray& csv, bool dryRun)
{
    if (csv.size() > kMaxBytes)
        return Error(tr("Berkas CSV terlalu besar"), Error::Code::InvalidInput);
    const Table t = readTable(csv);
    const int kode = t.column("kode");
    const int nama = t.column("nama");
    const int induk = t.column("induk");
    if (kode < 0 || nama < 0)
        return Error(tr("Kepala CSV klasifikasi harus memuat kolom kode dan nama (induk boleh)"),
                     Error::Code::InvalidInput);
    InstrumentReport report;
    QList<Row> rows;
    QSet<QString> seen;
    for (const auto& [line, fields] : t.rows) {
        const QString code = cell(fields, kode);
        const QString name = cell(fields, nama).simplified();
        const QString parent = cell(fields, induk);
        const auto issue = [&](const QString& m) { report.issues.append({line, code, m}); };
        if (!isClassificationCode(code)) {
            issue(tr("kode tidak valid (contoh: 000.1.2)"));
            continue;
        }
        if (seen.contains(code)) {
            issue(tr("kode muncul lebih dari sekali"));
            continue;
        }
        seen.insert(code);
        if (name.isEmpty()) {
            issue(tr("nama kosong"));
            continue;
        }
        if (induk >= 0 && !parent.isEmpty() && parent != parentCode(code)) {
            issue(tr("induk %1 tidak sesuai dengan kodenya (seharusnya %2)")
                      .arg(parent, parentCode(code).isEmpty() ? tr("kosong") : parentCode(code)));
            continue;
        }
        rows.append({line, code, kClassificationEntity, classificationId(code),
                     QJsonObject{{QStringLiteral("code"), code},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("parentCode"), parentCode(code)},
                                 {QStringLiteral("active"), true}}});
    }
    // Parents before children, so each row's parent exists when its policy looks.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return depth(a.code) < depth(b.code); });
    return apply(rows, report, dryRun);
}

Result<InstrumentReport> InstrumentImport::importRetention(const QByteArray& csv, bool dryRun)
{
    if (csv.size() > kMaxBytes)
        return Error(tr("Berkas CSV terlalu besar"), Error::Code::InvalidInput);
    const Table t = readTable(csv);
    const int kode = t.column("kode");
    const int aktif = t.column("aktif");
    const int inaktif = t.column("inaktif");
    const int ket = t.column("keterangan");
    const int pangkal = t.column("pangkal");
    const int peristiwa = t.column("peristiwa");
    const int catatan = t.column("catatan");
    if (kode < 0 || aktif < 0 || inaktif < 0 || ket < 0)
        return Error(tr("Kepala CSV JRA harus memuat kolom kode, aktif, inaktif dan keterangan"),
                     Error::Code::InvalidInput);
    InstrumentReport report;
    QList<Row> rows;
    QSet<QString> seen;
    for (const auto& [line, fields] : t.rows) {
        const QString code = cell(fields, kode);
        const auto issue = [&](const QString& m) { report.issues.append({line, code, m}); };
        if (!isClassificationCode(code)) {
            issue(tr("kode tidak valid (contoh: 000.1.2)"));
            continue;
        }
        if (seen.contains(code)) {
            issue(tr("kode muncul lebih dari sekali"));
            continue;
        }
        seen.insert(code);
        bool okA = false;
        bool okI = false;
        const int a = cell(fields, aktif).toInt(&okA);
        const int i = cell(fields, inaktif).toInt(&okI);
        if (!okA || !okI || a < 0 || i < 0 || a > 100 || i > 100) {
            issue(tr("masa aktif dan inaktif harus tahun utuh 0 sampai 100"));
            continue;
        }
        const QString dispKey =
            IndonesianText::fold(cell(fields, ket)).replace(QLatin1Char(' '), QLatin1Char('_'));
        const auto disp = dispositionFromKey(dispKey);
        if (!disp) {
            issue(tr("keterangan harus musnah, permanen atau dinilai kembali"));
            continue;
        }
        const QString cutKey =
            IndonesianText::fold(cell(fields, pangkal)).replace(QLatin1Char(' '), QLatin1Char('_'));
        const auto cut = cutKey.isEmpty() ? std::optional<Cutoff>(Cutoff::EndOfYear) : cutoffFromKey(cutKey);
        if (!cut) {
            issue(tr("pangkal retensi harus akhir tahun atau peristiwa"));
            continue;
        }
        const QString event = cell(fields, peristiwa).simplified();
        if ((*cut == Cutoff::Event) == event.isEmpty()) {
            issue(*cut == Cutoff::Event ? tr("sebutkan peristiwa yang mengawali masa retensi")
                                        : tr("kolom peristiwa hanya untuk pangkal peristiwa"));
            continue;
        }
        rows.append({line, code, kRetentionEntity, retentionId(code),
                     QJsonObject{{QStringLiteral("code"), code},
                                 {QStringLiteral("activeYears"), a},
                                 {QStringLiteral("inactiveYears"), i},
                                 {QStringLiteral("disposition"), dispositionKey(*disp)},
                                 {QStringLiteral("cutoff"), cutoffKey(*cut)},
                                 {QStringLiteral("cutoffEvent"), event},
                                 {QStringLiteral("note"), cell(fields, catatan).simplified()},
                                 {QStringLiteral("active"), true}}});
    }
    return apply(rows, report, dryRun);
}

Result<InstrumentReport> InstrumentImport::apply(QList<Row> rows, InstrumentReport report, bool dryRun)
{
    // Every valid row goes through its policy inside one transaction, so a row the policy refuses (a
    // parent missing, no arsiparis role) is reported like a malformed one; any issue rolls all back.
    Database& db = m_rows.database();
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    for (const Row& row : rows) {
        auto current = m_rows.current(row.entity, row.id);
        if (!current)
            return current.error();
        QJsonObject compare = current->value_or(QJsonObject());
        for (const char* k : {"changedAt", "changedBy", "changedByName"})
            compare.remove(QLatin1String(k));
        if (current->has_value() && compare == row.data) {
            ++report.unchanged;
            continue;
        }
        if (Status s = m_rows.write(row.entity, row.id, row.data); !s) {
            if (s.error().code == Error::Code::Forbidden && !m_rows.actor().user.hasRole(Role::Arsiparis))
                return s.error(); // not a row's fault: nobody without the role can import
            report.issues.append({row.line, row.code, s.errorMessage()});
            continue;
        }
        ++(current->has_value() ? report.updated : report.added);
    }
    std::sort(report.issues.begin(), report.issues.end(),
              [](const InstrumentIssue& a, const InstrumentIssue& b) { return a.line < b.line; });
    if (!report.issues.isEmpty() || dryRun)
        return report; // the transaction rolls back
    const QString what = rows.isEmpty() || rows.first().entity == kClassificationEntity
                             ? QStringLiteral("records.classification.import")
                             : QStringLiteral("records.retention.import");
    if (Status s = m_rows.audit(what, rows.isEmpty() ? kClassificationEntity : rows.first().entity, QString(),
                                QJsonObject{{QStringLiteral("added"), report.added},
                                            {QStringLiteral("updated"), report.updated}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.applied = true;
    return report;
}

Instruments::Instruments(Database& db)
    : m_db(db)
{}

Result<QList<ClassificationCode>> Instruments::classifications(bool includeInactive) const
{
    auto q = m_db.exec(QStringLiteral("SELECT code, name, parent_code, active FROM rec_classifications ") +
                       (includeInactive ? QString() : QStringLiteral("WHERE active = 1 ")) +
                       QStringLiteral("ORDER BY code"));
    if (!q)
        return q.error();
    QList<ClassificationCode> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toInt() != 0});
    // Numeric order of each dotted part: 800.1.2 before 800.1.11.
    std::sort(out.begin(), out.end(), [](const ClassificationCode& a, const ClassificationCode& b) {
        const QStringList pa = a.code.split(QLatin1Char('.'));
        const QStringList pb = b.code.split(QLatin1Char('.'));
        for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
            if (pa.at(i).toInt() != pb.at(i).toInt())
                return pa.at(i).toInt() < pb.at(i).toInt();
        }
        return pa.size() < pb.size();
    });
    return out;
}

Result<std::optional<ClassificationCode>> Instruments::classification(const QString& code) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT code, name, parent_code, active FROM rec_classifications WHERE code = ?"),
        {code});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ClassificationCode>();
    return std::optional<ClassificationCode>(ClassificationCode{
        q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt() != 0});
}

Result<std::optional<RetentionRule>> Instruments::retentionFor(const QString& codeIn) const
{
    for (QString code = codeIn; !code.isEmpty(); code = parentCode(code)) {
        auto q = m_db.exec(QStringLiteral("SELECT code, active_years, inactive_years, disposition, cutoff, "
                                          "cutoff_event, note, active FROM rec_retention WHERE code = ? AND "
                                          "active = 1"),
                           {code});
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        RetentionRule r;
        r.code = q->value(0).toString();
        r.activeYears = q->value(1).toInt();
        r.inactiveYears = q->value(2).toInt();
        r.disposition = dispositionFromKey(q->value(3).toString()).value_or(FinalDisposition::DinilaiKembali);
        r.cutoff = cutoffFromKey(q->value(4).toString()).value_or(Cutoff::EndOfYear);
        r.cutoffEvent = q->value(5).toString();
        r.note = q->value(6).toString();
        r.active = q->value(7).toInt() != 0;
        return std::optional<RetentionRule>(r);
    }
    return std::optional<RetentionRule>();
}

namespace {

QByteArray resource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QByteArray demoClassificationCsv()
{
    return resource(QStringLiteral(":/lontar/records/klasifikasi-demo.csv"));
}

QByteArray demoRetentionCsv()
{
    return resource(QStringLiteral(":/lontar/records/jra-demo.csv"));
}

} // namespace lontar::records
