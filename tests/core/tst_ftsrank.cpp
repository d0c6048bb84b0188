// lontar_rank (core/FtsRank.h) against FTS5's own bm25(): the same scores while a phrase's rows are
// counted exactly, the same order when they are estimated, and a clear error when misused.
#include "TestSupport.h"

#include "core/Database.h"
#include "core/FtsRank.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace lontar;

class TestFtsRank : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    struct Scored
    {
        qint64 rowid;
        double ours;
        double bm25;
    };

    QList<Scored> scores(const QString& match)
    {
        QList<Scored> out;
        auto q = m_db->exec(QStringLiteral("SELECT rowid, lontar_rank(docs, 4.0, 1.0), bm25(docs, 4.0, 1.0) "
                                           "FROM docs WHERE docs MATCH ? ORDER BY rowid"),
                            {match});
        if (!q)
            qFatal("%s", qPrintable(q.errorMessage()));
        while (q->next())
            out.append({q->value(0).toLongLong(), q->value(1).toDouble(), q->value(2).toDouble()});
        return out;
    }

    void fill(int rows, quint32 seed)
    {
        const QStringList words{QStringLiteral("surat"), QStringLiteral("desa"),   QStringLiteral("irigasi"),
                                QStringLiteral("rapat"), QStringLiteral("dana"),   QStringLiteral("sekolah"),
                                QStringLiteral("jalan"), QStringLiteral("banjir"), QStringLiteral("pasar"),
                                QStringLiteral("vaksin")};
        QRandomGenerator rng(seed);
        Transaction tx(*m_db);
        for (int i = 0; i < rows; ++i) {
            QStringList meta{QStringLiteral("surat")};
            QStringList body{QStringLiteral("surat")};
            for (int w = 0; w < 3; ++w)
                meta.append(words.at(rng.bounded(int(words.size()))));
            for (int w = 0; w < 20 + int(rng.bounded(40)); ++w)
                body.append(words.at(int(std::min(rng.bounded(10), rng.bounded(10)))));
            if (!m_db->exec(QStringLiteral("INSERT INTO docs (meta, body) VALUES (?, ?)"),
                            {meta.join(QLatin1Char(' ')), body.join(QLatin1Char(' '))}))
                qFatal("insert");
        }
        if (!tx.commit())
            qFatal("commit");
    }

private Q_SLOTS:
    void init()
    {
        auto db = Database::openSqlite(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QRandomGenerator::global()->generate())));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        LONTAR_VERIFY_OK(m_db->exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(meta, body)")));
    }

    // Below the sample size every phrase is counted: the scores are bm25's to rounding.
    void smallIndexScoresAsBm25()
    {
        fill(300, 7);
        for (const QString& match : {QStringLiteral("irigasi"), QStringLiteral("surat"),
                                     QStringLiteral("desa AND (rapat OR banjir)"), QStringLiteral("vak*")}) {
            const QList<Scored> s = scores(match);
            QVERIFY2(!s.isEmpty(), qPrintable(match));
            for (const Scored& r : s)
                QVERIFY2(qAbs(r.ours - r.bm25) <= 1e-9 * qMax(1.0, qAbs(r.bm25)),
                         qPrintable(QStringLiteral("%1 row %2: %3 vs %4")
                                        .arg(match)
                                        .arg(r.rowid)
                                        .arg(r.ours)
                                        .arg(r.bm25)));
        }
    }

    // Above it the rows of a phrase are estimated; the order of the results stays bm25's where bm25
    // tells them apart by more than the estimate can move them.
    void largeIndexKeepsBm25Order()
    {
        fill(kFtsRankSample * 3, 11);
        for (const QString& match : {QStringLiteral("surat"), QStringLiteral("desa AND irigasi"),
                                     QStringLiteral("rapat OR vaksin")}) {
            const QList<Scored> s = scores(match);
            QVERIFY2(s.size() > kFtsRankSample, qPrintable(match));
            int compared = 0;
            for (qsizetype i = 1; i < s.size(); ++i) {
                const Scored& a = s.at(i - 1);
                const Scored& b = s.at(i);
                if (qAbs(a.bm25 - b.bm25) < 0.05 * qMax(qAbs(a.bm25), qAbs(b.bm25)))
                    continue;
                ++compared;
                QVERIFY2((a.bm25 < b.bm25) == (a.ours < b.ours),
                         qPrintable(QStringLiteral("%1: rows %2 and %3 change order")
                                        .arg(match)
                                        .arg(a.rowid)
                                        .arg(b.rowid)));
            }
            QVERIFY(compared > 100);
        }
    }

    // A row that holds the query words more often, in a shorter text, ranks first; the metadata weighs
    // more than the body.
    void betterMatchRanksFirst()
    {
        LONTAR_VERIFY_OK(m_db->exec(QStringLiteral(
            "INSERT INTO docs (rowid, meta, body) VALUES (1, 'laporan', 'irigasi desa'), "
            "(2, 'irigasi', 'laporan desa'), (3, 'laporan', 'jalan desa pasar sekolah irigasi')")));
        auto q = m_db->exec(QStringLiteral(
            "SELECT rowid FROM docs WHERE docs MATCH 'irigasi' ORDER BY lontar_rank(docs, 4.0, 1.0)"));
        LONTAR_VERIFY_OK(q);
        QList<qint64> order;
        while (q->next())
            order.append(q->value(0).toLongLong());
        QCOMPARE(order, (QList<qint64>{2, 1, 3}));
    }

    void outsideFullTextQueryIsAnError()
    {
        LONTAR_VERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO docs (meta, body) VALUES ('a', 'b')")));
        QVERIFY(!m_db->exec(QStringLiteral("SELECT lontar_rank(1, 2)")).ok());
        // Registering twice on one connection is harmless.
        LONTAR_VERIFY_OK(registerFtsRank(m_db->handle()));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM docs WHERE docs MATCH 'a' "
                                             "AND lontar_rank(docs) < 0"))
                     ->toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestFtsRank)
#include "tst_ftsrank.moc"
