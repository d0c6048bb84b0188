#pragma once

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

QList<CliCommand> coreCliCommands();

} // namespace lontar
