#pragma once

#include "RawInsert.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace lontar::bench {

// A plain-text table of figures, each optionally set against a reference rate.
class BenchTable
{
public:
    // `reference` > 0 adds a "vs reference" column (this rate / reference, in percent).
    void addRate(const QString& name, const Rate& rate, const QString& referenceName = {},
                 double reference = 0)
    {
        m_rows.append(Row{name, rate, referenceName, reference});
        if (!rate.error.isEmpty())
            m_failed = true;
    }
    void addNote(const QString& note) { m_notes.append(note); }
    void markFailed() { m_failed = true; }
    bool failed() const { return m_failed; }

    void print() const
    {
        QTextStream out(stdout);
        const QString header = QStringLiteral("%1 | %2 | %3 | %4 | %5")
                                   .arg(QStringLiteral("benchmark"), -44)
                                   .arg(QStringLiteral("rows"), 8)
                                   .arg(QStringLiteral("seconds"), 8)
                                   .arg(QStringLiteral("rows/s"), 9)
                                   .arg(QStringLiteral("vs reference"));
        out << header << '\n' << QString(header.size() + 16, QLatin1Char('-')) << '\n';
        for (const Row& row : m_rows) {
            if (!row.rate.error.isEmpty()) {
                out << QStringLiteral("%1 | FAILED: %2").arg(row.name, -44).arg(row.rate.error) << '\n';
                continue;
            }
            QString versus;
            if (row.reference > 0)
                versus = QStringLiteral("%1% of %2 (%3 rows/s)")
                             .arg(100.0 * row.rate.perSecond() / row.reference, 0, 'f', 0)
                             .arg(row.referenceName)
                             .arg(row.reference, 0, 'f', 0);
            out << QStringLiteral("%1 | %2 | %3 | %4 | %5")
                       .arg(row.name, -44)
                       .arg(row.rate.rows, 8)
                       .arg(row.rate.seconds, 8, 'f', 3)
                       .arg(row.rate.perSecond(), 9, 'f', 0)
                       .arg(versus)
                << '\n';
        }
        for (const QString& note : m_notes)
            out << "note: " << note << '\n';
        out.flush();
    }

private:
    struct Row
    {
        QString name;
        Rate rate;
        QString referenceName;
        double reference = 0;
    };
    QList<Row> m_rows;
    QStringList m_notes;
    bool m_failed = false;
};

} // namespace lontar::bench
