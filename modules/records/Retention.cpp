#include "records/Retention.h"

#include <QSqlQuery>

#include <algorithm>

namespace lontar::records {

namespace {

struct KeyName
{
    const char* key;
    const char* name;
};

const KeyName kFileStatuses[] = {
    {"aktif", QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Aktif")},
    {"inaktif", QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Inaktif")},
    {"usul_musnah", QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Diusulkan musnah")},
    {"musnah", QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Musnah")},
    {"permanen", QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Permanen (statis)")},
    {"dinilai_kembali", QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Dinilai kembali")},
};

QDate isoDate(const QString& s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

int categoryOrder(DueCategory c)
{
    switch (c) {
    case DueCategory::Musnah:
        return 0;
    case DueCategory::Permanen:
        return 1;
    case DueCategory::DinilaiKembali:
        return 2;
    case DueCategory::ToInactive:
        return 3;
    case DueCategory::None:
        break;
    }
    return 4;
}

} // namespace

RetentionDates computeRetention(const std::optional<RetentionRule>& rule, const QDate& closedOn,
                                const QDate& eventDate)
{
    RetentionDates d;
    d.rule = rule;
    if (!rule)
        return d;
    if (rule->cutoff == Cutoff::Event) {
        if (!eventDate.isValid()) {
            d.waitingEvent = true;
            return d;
        }
        d.start = eventDate;
    } else {
        if (!closedOn.isValid()) {
            d.open = true;
            return d;
        }
        d.start = QDate(closedOn.year(), 12, 31);
    }
    d.activeUntil = d.start.addYears(rule->activeYears);
    // Counted from the cut-off, not from activeUntil: a clock started on 29 February ends on 29 February
    // again when the total reaches a leap year, instead of drifting to the 28th.
    d.inactiveUntil = d.start.addYears(rule->activeYears + rule->inactiveYears);
    return d;
}

RetentionDates computeRetention(const std::optional<RetentionRule>& rule, const QJsonObject& fileRow)
{
    return computeRetention(rule, isoDate(fileRow.value(QStringLiteral("closedOn")).toString()),
                            isoDate(fileRow.value(QStringLiteral("cutoffEventDate")).toString()));
}

RetentionRule retentionRuleFromJson(const QJsonObject& row)
{
    RetentionRule r;
    r.code = row.value(QStringLiteral("code")).toString();
    r.activeYears = row.value(QStringLiteral("activeYears")).toInt();
    r.inactiveYears = row.value(QStringLiteral("inactiveYears")).toInt();
    r.disposition = dispositionFromKey(row.value(QStringLiteral("disposition")).toString())
                        .value_or(FinalDisposition::DinilaiKembali);
    r.cutoff = cutoffFromKey(row.value(QStringLiteral("cutoff")).toString()).value_or(Cutoff::EndOfYear);
    r.cutoffEvent = row.value(QStringLiteral("cutoffEvent")).toString();
    r.note = row.value(QStringLiteral("note")).toString();
    r.active = row.value(QStringLiteral("active")).toBool();
    return r;
}

QString dueCategoryDisplayName(DueCategory c)
{
    switch (c) {
    case DueCategory::ToInactive:
        return RetentionQuery::tr("Pindah ke inaktif");
    case DueCategory::Musnah:
        return RetentionQuery::tr("Usul musnah");
    case DueCategory::Permanen:
        return RetentionQuery::tr("Serah permanen");
    case DueCategory::DinilaiKembali:
        return RetentionQuery::tr("Dinilai kembali");
    case DueCategory::None:
        break;
    }
    return {};
}

QStringList fileStatusKeys()
{
    QStringList out;
    for (const KeyName& k : kFileStatuses)
        out.append(QString::fromLatin1(k.key));
    return out;
}

QString fileStatusDisplayName(const QString& key)
{
    for (const KeyName& k : kFileStatuses) {
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("lontar::records::RetentionQuery", k.name);
    }
    return key;
}

DueCategory dueCategory(const QString& status, const RetentionDates& dates, bool held, const QDate& asOf)
{
    if (held || !dates.rule || !dates.running())
        return DueCategory::None;
    const bool active = status == QLatin1String("aktif");
    if (status == QLatin1String("dinilai_kembali"))
        return DueCategory::DinilaiKembali;
    if (!active && status != QLatin1String("inaktif"))
        return DueCategory::None; // proposed, destroyed or transferred: nothing left to decide here
    if (dates.inactiveEnded(asOf)) {
        switch (dates.rule->disposition) {
        case FinalDisposition::Musnah:
            return DueCategory::Musnah;
        case FinalDisposition::Permanen:
            return DueCategory::Permanen;
        case FinalDisposition::DinilaiKembali:
            return DueCategory::DinilaiKembali;
        }
    }
    return active && dates.activeEnded(asOf) ? DueCategory::ToInactive : DueCategory::None;
}

QString formatTanggal(const QDate& date)
{
    static const char* const kMonths[] = {QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Januari"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Februari"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Maret"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "April"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Mei"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Juni"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Juli"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Agustus"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "September"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Oktober"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "November"),
                                          QT_TRANSLATE_NOOP("lontar::records::RetentionQuery", "Desember")};
    if (!date.isValid())
        return QStringLiteral("-");
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QCoreApplication::translate("lontar::records::RetentionQuery", kMonths[date.month() - 1]))
        .arg(date.year());
}

RetentionQuery::RetentionQuery(Database& db)
    : m_db(db)
{}

Result<QList<FileRetentionRow>> RetentionQuery::rows(const QString& where, const QVariantList& bindings,
                                                     const QDate& asOf) const
{
    auto q =
        m_db.exec(QStringLiteral(
                      "SELECT f.id, f.unit_id, COALESCE(u.name, ''), f.code, f.title, f.number, f.opened_on, "
                      "f.closed_on, f.event_date, f.status, f.hold_reason, "
                      "(SELECT COUNT(*) FROM rec_letters l WHERE l.file_id = f.id) "
                      "FROM rec_files f LEFT JOIN org_units u ON u.id = f.unit_id ") +
                      where,
                  bindings);
    if (!q)
        return q.error();
    QList<FileRetentionRow> out;
    Instruments instruments(m_db);
    QHash<QString, std::optional<RetentionRule>> rules; // per code: one walk up the tree each
    while (q->next()) {
        FileRetentionRow r;
        r.id = q->value(0).toString();
        r.unitId = q->value(1).toString();
        r.unitName = q->value(2).toString();
        r.code = q->value(3).toString();
        r.title = q->value(4).toString();
        r.number = q->value(5).toInt();
        r.openedOn = isoDate(q->value(6).toString());
        r.closedOn = isoDate(q->value(7).toString());
        r.eventDate = isoDate(q->value(8).toString());
        r.status = q->value(9).toString();
        r.holdReason = q->value(10).toString();
        r.letterCount = q->value(11).toInt();
        if (!rules.contains(r.code)) {
            auto rule = instruments.retentionFor(r.code);
            if (!rule)
                return rule.error();
            rules.insert(r.code, *rule);
        }
        r.dates = computeRetention(rules.value(r.code), r.closedOn, r.eventDate);
        r.due = dueCategory(r.status, r.dates, r.held(), asOf);
        out.append(r);
    }
    return out;
}

Result<RetentionDashboard> RetentionQuery::dashboard(const QDate& asOf) const
{
    auto rows = this->rows(QStringLiteral("ORDER BY f.code, f.number, f.title"), {}, asOf);
    if (!rows)
        return rows.error();
    RetentionDashboard d;
    d.asOf = asOf;
    d.rows = *rows;
    std::stable_sort(d.rows.begin(), d.rows.end(), [](const FileRetentionRow& a, const FileRetentionRow& b) {
        return categoryOrder(a.due) < categoryOrder(b.due);
    });
    const auto count = [](RetentionCounts& c, const FileRetentionRow& r) {
        ++c.total;
        c.held += r.held() ? 1 : 0;
        c.noJra += r.dates.rule ? 0 : 1;
        c.waitingEvent += r.dates.waitingEvent ? 1 : 0;
        c.toInactive += r.due == DueCategory::ToInactive ? 1 : 0;
        c.musnah += r.due == DueCategory::Musnah ? 1 : 0;
        c.permanen += r.due == DueCategory::Permanen ? 1 : 0;
        c.dinilaiKembali += r.due == DueCategory::DinilaiKembali ? 1 : 0;
    };
    for (const FileRetentionRow& r : std::as_const(d.rows)) {
        count(d.counts, r);
        count(d.perUnit[r.unitId], r);
    }
    return d;
}

Result<FileRetentionRow> RetentionQuery::file(const QString& fileId, const QDate& asOf) const
{
    auto rows = this->rows(QStringLiteral("WHERE f.id = ?"), {fileId}, asOf);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(tr("Berkas tidak ditemukan di perangkat ini"), Error::Code::NotFound);
    return rows->first();
}

} // namespace lontar::records
