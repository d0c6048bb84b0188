#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"
#include "records/RecordsPolicies.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace lontar::records {

struct ClassificationCode
{
    QString code; // "000.1.2"
    QString name;
    QString parentCode;
    bool active = true;
};

// One JRA row: how long records of a classification stay active and inactive, and what happens next.
struct RetentionRule
{
    QString code;
    int activeYears = 0;
    int inactiveYears = 0;
    FinalDisposition disposition = FinalDisposition::Musnah;
    Cutoff cutoff = Cutoff::EndOfYear;
    QString cutoffEvent; // with Cutoff::Event: "pegawai pensiun", "kontrak berakhir"
    QString note;
    bool active = true;
};

// Where instrument rows are written: a device's synced rows (pushed at its next sync) or the central
// server's store (the server console). Each row passes its entity's policy as the acting user.
class RecordsRows
{
public:
    virtual ~RecordsRows() = default;
    virtual Database& database() = 0;
    virtual const Actor& actor() const = 0;
    virtual Result<std::optional<QJsonObject>> current(const QString& entity, const QString& id) = 0;
    virtual Status write(const QString& entity, const QString& id, const QJsonObject& data) = 0;
    virtual Status audit(const QString& action, const QString& entity, const QString& id,
                         const QJsonObject& details) = 0;
};

// The device's rows: ClientStore as the logged-in user, audit entries in the profile's log.
class DeviceRecordsRows final : public RecordsRows
{
public:
    DeviceRecordsRows(Database& db, AuditLog& audit, Actor actor);
    Database& database() override { return m_db; }
    const Actor& actor() const override { return m_actor; }
    Result<std::optional<QJsonObject>> current(const QString& entity, const QString& id) override;
    Status write(const QString& entity, const QString& id, const QJsonObject& data) override;
    Status audit(const QString& action, const QString& entity, const QString& id,
                 const QJsonObject& details) override;

private:
    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

struct InstrumentIssue
{
    int line = 0; // 1-based line of the CSV (the header is line 1)
    QString code;
    QString message;
};

struct InstrumentReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    bool applied = false; // false: nothing was written (issues, or a dry run)
    QList<InstrumentIssue> issues;
    QString toText() const; // one line per issue, then a summary, in Indonesian
};

// Imports classification schemes and JRA tables from CSV (UTF-8, comma or semicolon, quoted fields,
// a header row). Every row is checked first, including by the entity's policy; when any row is invalid
// nothing is written and the report lists each invalid row with its reason.
//   klasifikasi: kode,nama[,induk]
//   JRA:         kode,aktif,inaktif,keterangan[,pangkal][,peristiwa][,catatan]
//                (keterangan musnah/permanen/dinilai kembali; pangkal akhir tahun (default)/peristiwa)
class InstrumentImport
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::InstrumentImport)

public:
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;

    explicit InstrumentImport(RecordsRows& rows);
    Result<InstrumentReport> importClassification(const QByteArray& csv, bool dryRun = false);
    Result<InstrumentReport> importRetention(const QByteArray& csv, bool dryRun = false);

private:
    struct Row
    {
        int line;
        QString code;
        QString entity;
        QString id;
        QJsonObject data;
    };
    Result<InstrumentReport> apply(QList<Row> rows, InstrumentReport report, bool dryRun);

    RecordsRows& m_rows;
};

// Reads the instruments a device holds.
class Instruments
{
public:
    explicit Instruments(Database& db);
    Result<QList<ClassificationCode>> classifications(bool includeInactive = false) const;
    Result<std::optional<ClassificationCode>> classification(const QString& code) const;
    // The JRA row of `code`, or of its nearest ancestor that has one (a row for "800.1" covers "800.1.2").
    Result<std::optional<RetentionRule>> retentionFor(const QString& code) const;

private:
    Database& m_db;
};

// The demo regency's instruments (ten main groups with a few levels, and JRA rows), bundled as CSV.
QByteArray demoClassificationCsv();
QByteArray demoRetentionCsv();

} // namespace lontar::records
