#pragma once

namespace lontar::sync {

// Fault-injection hook for the kill -9 trials: when the environment variable LONTAR_CRASH_AT names
// this point, the process dies on the spot (no destructors, no flush), as a power cut or a killed
// process would. Costs one cached getenv otherwise.
void crashPoint(const char* name);

} // namespace lontar::sync
