#pragma once

#include "core/Result.h"

class QSqlDatabase;

namespace lontar {

// Registers the FTS5 ranking function `lontar_rank(table, weight0, weight1, …)` on a SQLite connection:
// Okapi BM25 as FTS5's own bm25() computes it (k1 = 1.2, b = 0.75, lower is better), except that the
// number of rows holding each phrase is estimated from its newest postings instead of counted over the
// whole index. bm25() walks every posting of every phrase once per query, which for a word most rows
// hold costs more than the rest of the search; the estimate reads at most kFtsRankSample postings.
// Database::openSqlite registers it on every connection.
inline constexpr int kFtsRankSample = 2000;
Status registerFtsRank(QSqlDatabase& connection);

} // namespace lontar
