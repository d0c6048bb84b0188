#pragma once

#include "core/Database.h"
#include "records/Instruments.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace lontar::records {

// Where a berkas's retention clock stands, computed from its JRA row and cut-off (ISO 15489 "disposition
// authority" applied to one file). Dates are exact calendar dates (QDate::addYears: a period starting on
// 29 February ends on 28 February of a common year).
struct RetentionDates
{
    std::optional<RetentionRule> rule; // none: the code has no JRA row ("tanpa JRA"), never destroyed
    bool open = false;         // akhir_tahun and the berkas is not closed yet: the clock has not started
    bool waitingEvent = false; // peristiwa and the event's date is not recorded yet ("menunggu peristiwa")
    QDate start;               // the cut-off: 31 December of the closing year, or the event's date
    QDate activeUntil;         // start + active years: then due for transfer to the records centre
    QDate inactiveUntil;       // start + active + inactive years: then due for the final disposition

    bool running() const { return start.isValid(); }
    bool activeEnded(const QDate& asOf) const { return running() && asOf >= activeUntil; }
    bool inactiveEnded(const QDate& asOf) const { return running() && asOf >= inactiveUntil; }
};

RetentionDates computeRetention(const std::optional<RetentionRule>& rule, const QDate& closedOn,
                                const QDate& eventDate);
// The same from a records_file row as synced (closedOn, cutoffEventDate).
RetentionDates computeRetention(const std::optional<RetentionRule>& rule, const QJsonObject& fileRow);
// A JRA row from its synced JSON (records_retention).
RetentionRule retentionRuleFromJson(const QJsonObject& row);

// What a berkas is due for on a given date.
enum class DueCategory
{
    None,
    ToInactive,     // pindah ke inaktif (records centre)
    Musnah,         // usul musnah
    Permanen,       // serah ke lembaga kearsipan (arsip statis)
    DinilaiKembali, // dinilai kembali
};
QString dueCategoryDisplayName(DueCategory c);

// Status of a berkas along its retention.
QStringList fileStatusKeys(); // aktif, inaktif, usul_musnah, musnah, permanen, dinilai_kembali
QString fileStatusDisplayName(const QString& key);

// Whether a berkas in `status` with these dates is due for something on `asOf` (held berkas are due for
// nothing: a hold stops the clock's consequences, not the clock).
DueCategory dueCategory(const QString& status, const RetentionDates& dates, bool held, const QDate& asOf);

// "3 Maret 2026"; "-" for an invalid date.
QString formatTanggal(const QDate& date);

// One berkas on the dashboard.
struct FileRetentionRow
{
    QString id;
    QString unitId;
    QString unitName;
    QString code;
    QString title;
    int number = 0;
    QDate openedOn;
    QDate closedOn;
    QDate eventDate;
    QString status;
    QString holdReason; // empty: not held
    int letterCount = 0;
    RetentionDates dates;
    DueCategory due = DueCategory::None;

    bool held() const { return !holdReason.isEmpty(); }
};

struct RetentionCounts
{
    int toInactive = 0;
    int musnah = 0;
    int permanen = 0;
    int dinilaiKembali = 0;
    int held = 0;
    int noJra = 0;
    int waitingEvent = 0;
    int total = 0;
};

struct RetentionDashboard
{
    QDate asOf;
    QList<FileRetentionRow> rows; // due first (by category), then by code and number
    RetentionCounts counts;
    QHash<QString, RetentionCounts> perUnit; // by unit id
};

// Reads the berkas this device holds and sorts them into what is due on `asOf`.
class RetentionQuery
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::RetentionQuery)

public:
    explicit RetentionQuery(Database& db);
    Result<RetentionDashboard> dashboard(const QDate& asOf) const;
    Result<FileRetentionRow> file(const QString& fileId, const QDate& asOf) const;

private:
    Result<QList<FileRetentionRow>> rows(const QString& where, const QVariantList& bindings,
                                         const QDate& asOf) const;
    Database& m_db;
};

} // namespace lontar::records
