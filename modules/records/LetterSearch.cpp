#include "records/LetterSearch.h"

#include "core/IndonesianText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>
#include <vector>

namespace lontar::records {

namespace {

// Query words as the index sees them: the folded word (matched as a prefix) and its stem (as a word).
struct Terms
{
    QStringList words;
    QStringList stems;
};

Terms termsOf(const QString& userQuery)
{
    Terms t;
    QStringList words = IndonesianText::words(userQuery).mid(0, 12);
    // A lone letter next to real words matches nearly everything: dropped.
    if (std::any_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() > 1; }))
        words.removeIf([](const QString& w) { return w.size() == 1 && w.at(0).isLetter(); });
    for (const QString& w : std::as_const(words)) {
        t.words.append(w);
        t.stems.append(IndonesianText::stem(w));
    }
    return t;
}

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

bool isAsciiLower(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Whether one word of a letter matches a query term the way the index does: the word or its stem
// begins with the typed word, or its stem is the typed word's stem.
bool matches(const QString& token, const Terms& terms)
{
    const QString lower = token.toLower();
    const QString folded = isAsciiLower(lower) ? lower : IndonesianText::fold(lower);
    for (qsizetype i = 0; i < terms.words.size(); ++i) {
        if (folded.startsWith(terms.words.at(i)))
            return true;
    }
    QString stem;
    for (qsizetype i = 0; i < terms.stems.size(); ++i) {
        if (!folded.contains(terms.stems.at(i)))
            continue; // a stem is a piece of the word: no need to compute it
        if (stem.isEmpty())
            stem = IndonesianText::stem(folded);
        if (stem == terms.stems.at(i) || stem.startsWith(terms.words.at(i)))
            return true;
    }
    return false;
}

} // namespace

QString Snippet::marked(const QString& open, const QString& close) const
{
    QString out = text;
    for (qsizetype i = highlights.size() - 1; i >= 0; --i) {
        out.insert(highlights.at(i).first + highlights.at(i).second, close);
        out.insert(highlights.at(i).first, open);
    }
    return out;
}

LetterSearch::LetterSearch(Database& db)
    : m_db(db)
{}

QString LetterSearch::ftsQuery(const QString& userQuery,
                               const std::function<bool(const QString&)>& isIndexedWord)
{
    const Terms t = termsOf(userQuery);
    QStringList parts;
    // Folded words hold only letters and digits, so quoting them keeps FTS5 syntax out.
    for (qsizetype i = 0; i < t.words.size(); ++i) {
        const bool whole = isIndexedWord && isIndexedWord(t.words.at(i));
        const QString word =
            QLatin1Char('"') + t.words.at(i) + (whole ? QStringLiteral("\"") : QStringLiteral("\"*"));
        parts.append(t.stems.at(i) == t.words.at(i)
                         ? word
                         : QStringLiteral("(%1 OR \"%2\")").arg(word, t.stems.at(i)));
    }
    return parts.join(QStringLiteral(" AND "));
}

Result<QString> LetterSearch::matchExpression(const QString& userQuery) const
{
    std::optional<Error> failed;
    const auto indexed = [&](const QString& word) {
        // One posting is enough to know the word exists; FTS5 stops there.
        auto q = m_db.exec(QStringLiteral("SELECT rowid FROM rec_search WHERE rec_search MATCH ? LIMIT 1"),
                           {QLatin1Char('"') + word + QLatin1Char('"')});
        if (!q) {
            failed = q.error();
            return false;
        }
        return q->next();
    };
    const QString match = ftsQuery(userQuery, indexed);
    if (failed)
        return *failed;
    return match;
}

Snippet LetterSearch::snippet(const QString& fullText, const QString& userQuery, int wordCount)
{
    // Long texts: the best window is looked for in the first part only, so a page of hits stays fast.
    const QString text = fullText.left(60000);
    struct Token
    {
        qsizetype start;
        qsizetype end;
        bool hit;
    };
    const Terms terms = termsOf(userQuery);
    QList<Token> tokens;
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text.at(j).isLetterOrNumber())
            ++j;
        tokens.append({i, j, !terms.words.isEmpty() && matches(text.mid(i, j - i), terms)});
        i = j;
    }
    Snippet out;
    if (tokens.isEmpty())
        return out;
    // The window with the most matched words (the first such window).
    const qsizetype n = tokens.size();
    const qsizetype width = std::min<qsizetype>(wordCount, n);
    qsizetype best = 0;
    int bestHits = -1;
    int hits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        hits += tokens.at(i).hit ? 1 : 0;
        if (i >= width)
            hits -= tokens.at(i - width).hit ? 1 : 0;
        if (i >= width - 1 && hits > bestHits) {
            bestHits = hits;
            best = i - width + 1;
        }
    }
    // Start a little before the first hit of the window, so the match is not the snippet's first word.
    if (bestHits > 0) {
        qsizetype first = best;
        while (!tokens.at(first).hit)
            ++first;
        best = std::max<qsizetype>(0, std::min(first - 3, n - width));
    }
    const qsizetype last = best + width - 1;
    if (best > 0)
        out.text = QStringLiteral("… ");
    // What stood between two words is kept (punctuation), with every run of white space (line and page
    // breaks of the PDF) as one space.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (qsizetype i = best; i <= last; ++i) {
        if (i > best)
            out.text += text.mid(tokens.at(i - 1).end, tokens.at(i).start - tokens.at(i - 1).end)
                            .replace(space, QStringLiteral(" "));
        if (tokens.at(i).hit)
            out.highlights.append({int(out.text.size()), int(tokens.at(i).end - tokens.at(i).start)});
        out.text += text.mid(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
    }
    // Closing punctuation right after the last word: "(desa)", "rapat.".
    for (qsizetype j = tokens.at(last).end;
         j < text.size() && !text.at(j).isSpace() && j < tokens.at(last).end + 3; ++j)
        out.text += text.at(j);
    if (last < n - 1)
        out.text += QStringLiteral(" …");
    return out;
}

Status LetterSearch::findRanked(const QString& filters, const QVariantList& bind, int limit, int offset,
                                QList<LetterHit>& hits) const
{
    // Ranking every match of a word most letters hold would read all of them. So the newest
    // m_rankedMatches matches that pass the filters are ranked (metadata weighs four times the body), and
    // older matches follow newest first: no match is lost to paging or filters. FTS5 drives the walk
    // (CROSS JOIN) newest first; lontar_rank is bm25 without a count over the whole index (core/FtsRank.h).
    struct Ranked
    {
        qint64 rid;
        double score;
        QString received;
        int seq;
    };
    const QString walk = QStringLiteral("SELECT rec_search.rowid, lontar_rank(rec_search, 4.0, 1.0), "
                                        "l.received_date, l.agenda_seq FROM rec_search CROSS JOIN "
                                        "rec_letters l ON l.rid = rec_search.rowid WHERE ") +
                         filters;
    QVariantList values = bind;
    values << m_rankedMatches;
    auto q = m_db.exec(walk + QStringLiteral(" ORDER BY rec_search.rowid DESC LIMIT ?"), values);
    if (!q)
        return q.error();
    std::vector<Ranked> ranked;
    while (q->next())
        ranked.push_back(
            {q->value(0).toLongLong(), q->value(1).toDouble(), q->value(2).toString(), q->value(3).toInt()});
    q->finish();
    // A full window may leave older matches: they follow below its oldest row.
    const qint64 floor = int(ranked.size()) == m_rankedMatches ? ranked.back().rid : 0;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score)
            return a.score < b.score;
        if (a.received != b.received)
            return a.received > b.received;
        return a.seq > b.seq;
    });
    QList<QPair<qint64, double>> page;
    for (qsizetype i = offset; i < qsizetype(ranked.size()) && page.size() < limit; ++i)
        page.append({ranked.at(size_t(i)).rid, ranked.at(size_t(i)).score});
    if (floor > 0 && page.size() < limit) {
        values = bind;
        values << floor << limit - int(page.size()) << std::max(0, offset - int(ranked.size()));
        auto older = m_db.exec(walk + QStringLiteral(" AND rec_search.rowid < ? ORDER BY rec_search.rowid "
                                                     "DESC LIMIT ? OFFSET ?"),
                               values);
        if (!older)
            return older.error();
        while (older->next())
            page.append({older->value(0).toLongLong(), older->value(1).toDouble()});
    }
    if (page.isEmpty())
        return {};
    // The page's letters, read once by their row ids and put in the page's order.
    QStringList marks;
    QVariantList rids;
    for (const auto& [rid, score] : std::as_const(page)) {
        marks.append(QStringLiteral("?"));
        rids.append(rid);
    }
    auto rows = m_db.exec(QString::fromLatin1(kLetterColumns)
                                  .replace(QStringLiteral(" FROM rec_letters l "),
                                           QStringLiteral(", l.rid FROM rec_letters l ")) +
                              QStringLiteral("WHERE l.rid IN (%1)").arg(marks.join(QLatin1Char(','))),
                          rids);
    if (!rows)
        return rows.error();
    const int ridColumn = rows->record().indexOf(QStringLiteral("rid"));
    QHash<qint64, IncomingLetter> letters;
    while (rows->next())
        letters.insert(rows->value(ridColumn).toLongLong(), letterFromRow(*rows));
    for (const auto& [rid, score] : std::as_const(page)) {
        if (letters.contains(rid))
            hits.append({letters.value(rid), score, {}});
    }
    return {};
}

Result<QList<LetterHit>> LetterSearch::find(const LetterQuery& query) const
{
    const auto expression = matchExpression(query.text);
    if (!expression)
        return expression.error();
    const QString match = *expression;
    if (!query.text.trimmed().isEmpty() && match.isEmpty())
        return QList<LetterHit>{}; // only punctuation: nothing can match
    QStringList where;
    QVariantList bind;
    if (!match.isEmpty()) {
        where.append(QStringLiteral("rec_search MATCH ?"));
        bind.append(match);
    }
    where.append(QStringLiteral("l.security_level <= ?"));
    bind.append(qBound(0, query.maxSecurityLevel, 3));
    if (query.from.isValid()) {
        where.append(QStringLiteral("l.received_date >= ?"));
        bind.append(query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        where.append(QStringLiteral("l.received_date <= ?"));
        bind.append(query.to.toString(Qt::ISODate));
    }
    const QString sender = IndonesianText::fold(query.sender);
    if (!sender.isEmpty()) {
        where.append(QStringLiteral("l.pengirim_folded LIKE ? ESCAPE '\\'"));
        bind.append(QLatin1Char('%') + likeEscaped(sender) + QLatin1Char('%'));
    }
    if (!query.classification.isEmpty()) {
        where.append(QStringLiteral("(l.classification = ? OR l.classification LIKE ? ESCAPE '\\')"));
        bind.append(query.classification);
        bind.append(likeEscaped(query.classification) + QStringLiteral(".%"));
    }
    if (!query.unitIds.isEmpty()) {
        QStringList marks;
        for (const QString& u : query.unitIds) {
            marks.append(QStringLiteral("?"));
            bind.append(u);
        }
        where.append(QStringLiteral("l.unit_id IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (query.securityClass) {
        where.append(QStringLiteral("l.security_level = ?"));
        bind.append(int(*query.securityClass));
    }
    if (!query.status.isEmpty()) {
        where.append(QStringLiteral("l.status = ?"));
        bind.append(query.status);
    }
    const QString columns = QString::fromLatin1(kLetterColumns)
                                .replace(QStringLiteral(" FROM rec_letters l "), QStringLiteral(", "));
    const int limit = qBound(1, query.limit, 1000);
    const int offset = std::max(0, query.offset);
    QList<LetterHit> hits;
    const auto collect = [&](const QString& sql, const QVariantList& values) -> Status {
        auto q = m_db.exec(sql, values);
        if (!q)
            return q.error();
        const int score = q->record().indexOf(QStringLiteral("score"));
        while (q->next())
            hits.append({letterFromRow(*q), q->value(score).toDouble(), {}});
        return {};
    };
    const QString filters = where.join(QStringLiteral(" AND "));
    if (match.isEmpty()) {
        QVariantList values = bind;
        values << limit << offset;
        if (Status s = collect(columns + QStringLiteral("0 AS score FROM rec_letters l WHERE ") + filters +
                                   QStringLiteral(" ORDER BY l.received_date DESC, l.agenda_seq DESC "
                                                  "LIMIT ? OFFSET ?"),
                               values);
            !s)
            return s.error();
    } else if (Status s = findRanked(filters, bind, limit, offset, hits); !s) {
        return s.error();
    }
    for (LetterHit& h : hits) {
        QString text;
        if (!h.letter.fileSha256.isEmpty()) {
            auto t = m_db.scalar(QStringLiteral("SELECT text FROM rec_file_text WHERE sha256 = ?"),
                                 {h.letter.fileSha256});
            if (!t)
                return t.error();
            text = t->toString();
        }
        h.snippet = snippet(text.trimmed().isEmpty() ? h.letter.perihal : text, query.text);
        // Found by its metadata only: the subject shows why.
        if (h.snippet.highlights.isEmpty() && !query.text.trimmed().isEmpty()) {
            Snippet subject = snippet(h.letter.perihal, query.text);
            if (!subject.highlights.isEmpty())
                h.snippet = subject;
        }
    }
    return hits;
}

} // namespace lontar::records
