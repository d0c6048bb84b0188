#pragma once

#include "attendance/ClockEvents.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace lontar::attendance {

// Where attendance rows are written: a device profile (the sync client store: policy, outbox) or the
// central server (its mutation writer: policy, change log). The caller holds the transaction.
class AttendanceRows
{
public:
    enum class Outcome
    {
        Added,
        Duplicate, // an append-only row that already exists: nothing changed
        Refused,   // the entity's policy said no (message in `reason`)
    };
    struct Written
    {
        Outcome outcome = Outcome::Added;
        QString reason;
    };

    virtual ~AttendanceRows() = default;
    virtual Database& database() = 0; // the identity tables (users, org_units) live here too
    virtual const Actor& actor() const = 0;
    virtual qint64 nowMs() const = 0; // the server's clock, or the device's best time
    // An error is a failure of the store itself (the caller rolls back); a refusal is an outcome.
    virtual Result<Written> write(const QString& entity, const QString& id, const QJsonObject& data) = 0;
};

// A device profile: writes through sync::ClientStore with `actor`, so rows are checked and queued.
class DeviceAttendanceRows final : public AttendanceRows
{
public:
    DeviceAttendanceRows(Database& db, Actor actor);
    Database& database() override { return m_db; }
    const Actor& actor() const override { return m_actor; }
    qint64 nowMs() const override;
    Result<Written> write(const QString& entity, const QString& id, const QJsonObject& data) override;

private:
    Database& m_db;
    Actor m_actor;
};

enum class TerminalFormat
{
    Csv,    // nip,time,kind with a header row
    AttLog, // ZKTeco attlog: user id, date-time, verify mode, state (0 in, 1 out), work code
};

// One clock line of a terminal log, before it is matched with the directory.
struct TerminalRecord
{
    int line = 0; // 1-based line number in the file
    QString nip;
    QDateTime local; // office-local wall time (no zone yet)
    EventKind kind = EventKind::In;
};

struct TerminalIssue
{
    int line = 0;
    QString reason;
};

struct ParsedTerminalLog
{
    TerminalFormat format = TerminalFormat::Csv;
    QList<TerminalRecord> records;
    QList<TerminalIssue> issues; // bad lines, in line order
};

// Pure: detects the format and reads every line (BOM, CRLF and surrounding spaces tolerated). Fails
// only when the file is not a terminal log at all.
Result<ParsedTerminalLog> parseTerminalLog(const QByteArray& content);

struct TerminalImportOptions
{
    QString terminalId; // evidence: which machine; defaults to the file name
    QString fileName;   // evidence: the file's name (no folders)
};

struct TerminalImportReport
{
    TerminalFormat format = TerminalFormat::Csv;
    int added = 0;
    int duplicates = 0;
    QList<TerminalIssue> skipped; // in line order
    QString toText() const;       // "ditambahkan N, duplikat N, dilewati N" and a line per skip
};

// Terminal logs to attendance_event rows (source "terminal", seq 0, the contract's id, so a second
// import of the same lines adds nothing). Each line's local time is read in the zone of the person's
// unit. Lines that cannot be used are reported and skipped; everything else lands in one transaction.
class TerminalImport
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::TerminalImport)

public:
    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000;

    explicit TerminalImport(AttendanceRows& rows);
    Result<TerminalImportReport> run(const QByteArray& content, const TerminalImportOptions& options);

private:
    AttendanceRows& m_rows;
};

} // namespace lontar::attendance
