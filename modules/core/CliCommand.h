#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lontar {

// One `lontar-cli <name> ...` sub-command. Each module contributes its own list; app/lontar-cli
// only dispatches. Exit codes are part of the scripting interface: 0 success, 1 a negative
// verdict (e.g. an invalid signature), 2 bad usage or unreadable input.
struct CliCommand
{
    QString name;
    QString summary;                                 // one line, shown by `lontar-cli help`
    std::function<int(const QStringList& args)> run; // args exclude the program and command names
};

// Fills a profile (by folder) with a module's demo data after core's demo regency; `seed-demo` runs
// each one the executable links, so a seeded profile is enough to try every module's commands.
using DemoSeeder = std::function<Status(const QString& profileDirectory)>;

QList<CliCommand> coreCliCommands(QList<DemoSeeder> demoSeeders = {});

} // namespace lontar
