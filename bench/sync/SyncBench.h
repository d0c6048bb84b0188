#pragma once

#include "RawInsert.h"

#include <QString>

namespace lontar::bench {

// PowerSync's published initial-sync rate on a desktop (Flutter benchmark), our anchor.
inline constexpr double kPowerSyncRowsPerSecond = 27600.0;

struct BenchConfig
{
    qint64 firstSyncRows = 100000;
    qint64 pushEvents = 20000;
    int batch = 100;
    QString backendName;    // "SQLite" or "PostgreSQL", for the table
    QString serverDatabase; // SQLite file path or postgresql:// URL of an empty database
    QString workDir;        // scratch space (client databases, server logs)
};

struct SyncResults
{
    Rate firstSync;  // rows/s into an empty client, cursor pages applied and committed
    Rate push;       // small events/s from a client outbox to the server, acknowledged
    QString skipped; // non-empty: why no sync figures were taken
};

// Starts a real lontar-server on `serverDatabase` and drives a real client against it.
SyncResults runSyncBenchmarks(const BenchConfig& config);

} // namespace lontar::bench
