// Built when the sync module is not part of the tree yet: the raw baselines still run.
#include "SyncBench.h"

namespace lontar::bench {

SyncResults runSyncBenchmarks(const BenchConfig&)
{
    SyncResults results;
    results.skipped = QStringLiteral("the sync module (lontar::sync) is not in this build");
    return results;
}

} // namespace lontar::bench
