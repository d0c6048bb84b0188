#pragma once

#include "attendance/TerminalImport.h"
#include "core/CliCommand.h"

#include <memory>

namespace lontar::attendance {

// `lontar-cli attendance import|recap` on a device profile (--profile) or on the central server's data
// (--server-data). import: 0 nothing skipped, 1 some lines skipped, 2 unreadable input, bad usage or
// not permitted; recap: 0 written, 2 bad usage or unreadable data.
QList<CliCommand> attendanceCliCommands();

// The central server's rows written as `actor` from the server's console: each write goes through the
// server's MutationWriter (the entity's rule and policy, the change log), so devices pull it like any
// pushed change. Use inside one transaction.
class ServerAttendanceRows final : public AttendanceRows
{
public:
    // `nowMs` is the server's clock for the policy (0: the system clock now).
    ServerAttendanceRows(Database& db, Actor actor, qint64 nowMs = 0);
    ~ServerAttendanceRows() override;
    Database& database() override { return m_db; }
    const Actor& actor() const override { return m_actor; }
    qint64 nowMs() const override { return m_now; }
    Result<Written> write(const QString& entity, const QString& id, const QJsonObject& data) override;

private:
    struct Writer;
    Database& m_db;
    Actor m_actor;
    qint64 m_now = 0;
    std::unique_ptr<Writer> m_writer;
};

// A profile that was never enrolled with a server (e.g. filled by `lontar-cli seed-demo`) has its
// directory only in the identity tables. Policies read the directory as synced rows, so this publishes
// the local units and users as such rows (version 0, nothing queued), as a server would. Does nothing on
// an enrolled profile or when the rows are there.
Status publishLocalDirectory(Database& profileDb);

// `seed-demo`'s attendance part: opens the profile folder with attendance's schema and adds the demo
// month (seedAttendanceDemoProfile).
Status seedDemoProfileFolder(const QString& profileDirectory);

} // namespace lontar::attendance
