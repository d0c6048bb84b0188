#pragma once

#include "records/Letters.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>

#include <algorithm>
#include <functional>
#include <optional>

namespace lontar::records {

struct LetterQuery
{
    QString text;           // full text, Indonesian folding and stemming; empty: filters only, newest first
    QDate from;             // received on or after (tanggal terima); invalid: open
    QDate to;               // received on or before
    QString sender;         // part of the sender's name, folded
    QString classification; // this code and those beneath it
    QStringList unitIds;    // any of these units; empty: all
    std::optional<SecurityClass> securityClass;
    QString status;           // a letterStatusKeys() value; empty: any
    int maxSecurityLevel = 3; // the reader's clearance: letters above it are never shown
    int limit = 50;
    int offset = 0;
};

// A piece of a letter's own text around the words that matched, as written (case and punctuation kept),
// with the matched words' ranges in `text`.
struct Snippet
{
    QString text;
    QList<QPair<int, int>> highlights; // start, length

    // The snippet with each highlight wrapped in open/close (e.g. "«" "»"); for HTML, escape first.
    QString marked(const QString& open, const QString& close) const;
};

struct LetterHit
{
    IncomingLetter letter;
    double score = 0; // bm25: lower is better; 0 without a text query
    Snippet snippet;
};

// Searches the letters a device holds: FTS5 over folded and stemmed metadata (weighted) and text,
// ranked by bm25, filtered, with snippets. Reads only; works offline.
class LetterSearch
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::LetterSearch)

public:
    // Searches matching more letters than this (after the filters) rank the most recently registered
    // ones, then list the older matches newest first (see find()).
    static constexpr int kRankedMatches = 1000;

    explicit LetterSearch(Database& db);

    // How many of the newest matches are ranked by bm25 (tests use a small window).
    void setRankedMatches(int count) { m_rankedMatches = std::max(1, count); }

    Result<QList<LetterHit>> find(const LetterQuery& query) const;

    // The user's words as an FTS5 expression: each folded word as a prefix, or its stem as a word. Never
    // passes FTS5 syntax through; empty when nothing searchable remains. With `isIndexedWord`, a word the
    // index holds whole is matched as that word (and its stem), not as a prefix: see matchExpression().
    static QString ftsQuery(const QString& userQuery,
                            const std::function<bool(const QString&)>& isIndexedWord = {});
    // ftsQuery() for this device's index: a word typed in full ("surat") finds that word and its affixed
    // forms through the stem; a word the index does not hold ("pemberd") is a prefix of what was meant.
    // A prefix makes FTS5 read every posting of every word it begins, so whole words stay fast.
    Result<QString> matchExpression(const QString& userQuery) const;
    // The best window of about `words` words of `text` for the query, highlighted.
    static Snippet snippet(const QString& text, const QString& userQuery, int words = 24);

private:
    // A text query (`filters` hold the MATCH): the ranked window of the newest matches, then older matches;
    // appends the page.
    Status findRanked(const QString& filters, const QVariantList& bind, int limit, int offset,
                      QList<LetterHit>& hits) const;

    Database& m_db;
    int m_rankedMatches = kRankedMatches;
};

} // namespace lontar::records
