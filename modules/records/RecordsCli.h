#pragma once

#include "core/CliCommand.h"
#include "records/Instruments.h"

#include <memory>

namespace lontar::records {

// `lontar-cli records import|search|instruments ...` (issue 10, docs/records.md).
//   import:      0 every file imported, 1 some refused, 2 unusable arguments or profile
//   search:      0 found, 1 nothing found, 2 bad usage or unreadable data
//   instruments: 0 imported (or a clean dry run), 1 some row invalid and nothing changed, 2 bad usage
QList<CliCommand> recordsCliCommands();

// The demo regency's classification scheme and JRA on a central server's data, written as the server
// console (an arsiparis). Does nothing when the server already has a classification scheme.
Status seedDemoInstruments(Database& serverDb);

// The central server's rows as the server console writes them: each write goes through the server's
// MutationWriter (rule, policy, change log), so devices pull it like any pushed change.
class ServerRecordsRows final : public RecordsRows
{
public:
    ServerRecordsRows(Database& db, Actor actor);
    ~ServerRecordsRows() override;
    Database& database() override { return m_db; }
    const Actor& actor() const override { return m_actor; }
    Result<std::optional<QJsonObject>> current(const QString& entity, const QString& id) override;
    Status write(const QString& entity, const QString& id, const QJsonObject& data) override;
    Status audit(const QString& action, const QString& entity, const QString& id,
                 const QJsonObject& details) override;

    // The server console acting as arsiparis (no user account).
    static Actor consoleActor();

private:
    struct Writer;
    Database& m_db;
    Actor m_actor;
    std::unique_ptr<Writer> m_writer;
};

} // namespace lontar::records
