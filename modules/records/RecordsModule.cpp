#include "records/RecordsModule.h"

#include "core/IndonesianText.h"
#include "core/Uuid.h"
#include "records/LetterIndex.h"
#include "records/RecordsParts.h"
#include "records/RecordsPolicies.h"

#include <QRegularExpression>

namespace lontar::records {

QString classificationId(const QString& code)
{
    return nameBasedUuid(QStringLiteral("records/classification/") + code);
}

QString retentionId(const QString& code)
{
    return nameBasedUuid(QStringLiteral("records/retention/") + code);
}

bool isClassificationCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{3}(\\.[0-9]{1,3}){0,5}$"));
    return re.match(code).hasMatch();
}

QString parentCode(const QString& code)
{
    const qsizetype dot = code.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : code.left(dot);
}

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Status ok(const Result<QSqlQuery>& r)
{
    if (!r)
        return r.error();
    return {};
}

Status projectClassification(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted)
        return ok(db.exec(QStringLiteral("DELETE FROM rec_classifications WHERE id = ?"), {id}));
    return ok(
        db.exec(QStringLiteral("INSERT INTO rec_classifications (id, code, name, parent_code, active) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = excluded.code, "
                               "name = excluded.name, parent_code = excluded.parent_code, "
                               "active = excluded.active"),
                {id, str(d, "code"), str(d, "name"), str(d, "parentCode"),
                 d.value(QStringLiteral("active")).toBool() ? 1 : 0}));
}

Status projectRetention(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted)
        return ok(db.exec(QStringLiteral("DELETE FROM rec_retention WHERE id = ?"), {id}));
    return ok(db.exec(
        QStringLiteral(
            "INSERT INTO rec_retention (id, code, active_years, inactive_years, disposition, cutoff, "
            "cutoff_event, note, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
            "SET code = excluded.code, active_years = excluded.active_years, "
            "inactive_years = excluded.inactive_years, disposition = excluded.disposition, "
            "cutoff = excluded.cutoff, cutoff_event = excluded.cutoff_event, note = excluded.note, "
            "active = excluded.active"),
        {id, str(d, "code"), d.value(QStringLiteral("activeYears")).toInt(),
         d.value(QStringLiteral("inactiveYears")).toInt(), str(d, "disposition"), str(d, "cutoff"),
         str(d, "cutoffEvent"), str(d, "note"), d.value(QStringLiteral("active")).toBool() ? 1 : 0}));
}

} // namespace

QList<Migration> RecordsModule::migrations() const
{
    // The device's projection of pulled rows (sync_rows stays the truth). rec_file_text holds the text
    // extracted from a PDF this device has: complete when it imported the file, else what the synced row
    // carried. rec_search indexes folded and stemmed words (core/IndonesianText) in two columns, so the
    // metadata can weigh more than the body in bm25.
    return {
        Migration::fromSql(
            id(), 1, QStringLiteral("records instruments, incoming letters and their full-text index"),
            {
                QStringLiteral(
                    "CREATE TABLE rec_classifications (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
                    " name TEXT NOT NULL, parent_code TEXT NOT NULL, active INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE rec_retention (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
                               " active_years INTEGER NOT NULL, inactive_years INTEGER NOT NULL,"
                               " disposition TEXT NOT NULL, cutoff TEXT NOT NULL, cutoff_event TEXT NOT NULL,"
                               " note TEXT NOT NULL, active INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE rec_letters (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                    " unit_id TEXT NOT NULL, agenda TEXT NOT NULL, agenda_year INTEGER NOT NULL,"
                    " agenda_seq INTEGER NOT NULL, nomor TEXT NOT NULL, tanggal TEXT NOT NULL,"
                    " received_date TEXT NOT NULL, pengirim TEXT NOT NULL, pengirim_folded TEXT NOT NULL,"
                    " perihal TEXT NOT NULL, sifat TEXT NOT NULL, security_level INTEGER NOT NULL,"
                    " classification TEXT NOT NULL, status TEXT NOT NULL, file_name TEXT NOT NULL,"
                    " file_sha256 TEXT NOT NULL, file_size INTEGER NOT NULL, page_count INTEGER NOT NULL,"
                    " registered_by_name TEXT NOT NULL, registered_at INTEGER NOT NULL)"),
                // The agenda book of a unit and year, newest first; and the date filter.
                QStringLiteral(
                    "CREATE INDEX idx_rec_letters_agenda ON rec_letters(unit_id, agenda_year, agenda_seq)"),
                QStringLiteral(
                    "CREATE INDEX idx_rec_letters_received ON rec_letters(received_date, agenda_seq)"),
                QStringLiteral("CREATE INDEX idx_rec_letters_sha ON rec_letters(file_sha256)"),
                QStringLiteral("CREATE TABLE rec_file_text (sha256 TEXT PRIMARY KEY, text TEXT NOT NULL,"
                               " complete INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE VIRTUAL TABLE rec_search USING fts5(meta, body, tokenize = 'unicode61',"
                    " prefix = '2 3')"),
            }),
        dispositionsMigration(), outgoingMigration(), filingMigration(), numberingMigration()};
}

QList<EntitySpec> RecordsModule::syncedEntities() const
{
    const auto instrument = [](const QString& name, std::shared_ptr<const EntityPolicy> policy,
                               decltype(EntitySpec::project) project) {
        return EntitySpec{name, ConflictRule::Optimistic, ReadScope::Global,  8 * 1024,
                          {},   std::move(policy),        std::move(project), {}};
    };
    QList<EntitySpec> specs{
        instrument(kClassificationEntity, makeClassificationPolicy(), projectClassification),
        instrument(kRetentionEntity, makeRetentionPolicy(), projectRetention),
        // A letter is its unit's (and the units above); arsiparis read every letter of the regency. Both
        // only within their clearance: the server never sends a letter above it.
        EntitySpec{kLetterEntity,
                   ConflictRule::Optimistic,
                   ReadScope::UnitSubtree,
                   192 * 1024,
                   {Role::Arsiparis},
                   makeLetterPolicy(),
                   projectLetter,
                   {}},
    };
    specs += dispositionEntities();
    specs += outgoingEntities();
    specs += filingEntities();
    specs += numberingEntities();
    return specs;
}

} // namespace lontar::records
