#pragma once

#include "core/CliCommand.h"

namespace lontar::esign {

// `lontar-cli sign` and `lontar-cli verify`.
QList<CliCommand> esignCliCommands();

} // namespace lontar::esign
