#pragma once

#include "catalogue/Catalogue.h"
#include "core/CliCommand.h"

#include <memory>

namespace lontar::catalogue {

// `lontar-cli catalogue import|search|zone ...` (issue 11). Exit codes: import 0 applied (or a clean dry
// run), 1 some row invalid and nothing changed, 2 unreadable input, bad usage or not permitted;
// search 0 found, 1 nothing found, 2 bad usage or unreadable data.
QList<CliCommand> catalogueCliCommands();

// The demo regency's catalogue on a central server's data (two price zones and a few dozen rows of local
// vendors' goods), written as the server console. Does nothing when the server already has zones, so an
// admin's later changes are never overwritten.
Status seedDemoCatalogue(Database& serverDb);

// The central server's rows as the catalogue admin writes them from the server's console: each write
// goes through the server's MutationWriter (the entity's rule and policy, the change log), so devices
// pull it like any pushed change. Use inside one transaction; the change-log lock is taken on the
// first write.
class ServerCatalogueRows final : public CatalogueRows
{
public:
    ServerCatalogueRows(Database& db, Actor actor);
    ~ServerCatalogueRows() override;
    Database& database() override { return m_db; }
    const Actor& actor() const override { return m_actor; }
    Result<std::optional<Row>> current(const QString& entity, const QString& id) override;
    Status write(const QString& entity, const QString& id, const QJsonObject& data) override;
    Status audit(const QString& action, const QString& entity, const QString& id,
                 const QJsonObject& details) override;

    // The server's console acting as catalogue admin (no user account): who has the server's data
    // folder can change anything anyway; the change log and audit name the console.
    static Actor consoleActor();

private:
    struct Writer;
    Database& m_db;
    Actor m_actor;
    std::unique_ptr<Writer> m_writer;
};

} // namespace lontar::catalogue
