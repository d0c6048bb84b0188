#include "records/LetterSearch.h"

#include "core/IndonesianText.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

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

QString LetterSearch::ftsQuery(const QString& userQuery)
{
    const Terms t = termsOf(userQuery);
    QStringList parts;
    // Folded words hold only letters and digits, so quoting them keeps FTS5 syntax out.
    for (qsizetype i = 0; i < t.words.size(); ++i) {
        const QString word = QLatin1Char('"') + t.words.at(i) + QStringLiteral("\"*");
        parts.append(t.stems.at(i) == t.words.at(i)
                         ? word
                         : QStringLiteral("(%1 OR \"%2\")").arg(word, t.stems.at(i)));
    }
    return parts.join(QStringLiteral(" AND "));
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

Result<QList<LetterHit>> LetterSearch::find(const LetterQuery& query) const
{
    const QString match = ftsQuery(query.text);
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
    } else {
        // bm25 over every match of a word most letters hold costs hundreds of milliseconds at 100,000
        // letters. So the newest m_rankedMatches matches that pass the filters are ranked (metadata
        // weighs four times the body), and the older matches follow newest first: no match is lost
        // to paging or filters. FTS5 drives both queries (CROSS JOIN), walking rowids newest first.
        const QString from = QStringLiteral(" FROM rec_search CROSS JOIN rec_letters l ON l.rid = "
                                            "rec_search.rowid WHERE ") +
                             filters;
        QVariantList values = bind;
        values << m_rankedMatches - 1;
        auto floorRow = m_db.exec(QStringLiteral("SELECT rec_search.rowid") + from +
                                      QStringLiteral(" ORDER BY rec_search.rowid DESC LIMIT 1 OFFSET ?"),
                                  values);
        if (!floorRow)
            return floorRow.error();
        const qint64 floor = floorRow->next() ? floorRow->value(0).toLongLong() : 0;
        floorRow->finish();
        const QString select = columns + QStringLiteral("bm25(rec_search, 4.0, 1.0) AS score") + from;
        const int ranked = floor > 0 ? m_rankedMatches : std::numeric_limits<int>::max();
        if (offset < ranked) {
            values = bind;
            values << floor << std::min(limit, ranked - offset) << offset;
            if (Status s = collect(select + QStringLiteral(" AND rec_search.rowid >= ? ORDER BY score, "
                                                           "l.received_date DESC LIMIT ? OFFSET ?"),
                                   values);
                !s)
                return s.error();
        }
        if (floor > 0 && hits.size() < limit) {
            values = bind;
            values << floor << limit - int(hits.size()) << std::max(0, offset - ranked);
            if (Status s = collect(select + QStringLiteral(" AND rec_search.rowid < ? ORDER BY "
                                                           "rec_search.rowid DESC LIMIT ? OFFSET ?"),
                                   values);
                !s)
                return s.error();
        }
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
