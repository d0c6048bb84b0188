// The throwaway PostgreSQL cluster must come up wherever CI runs (as root on Debian 12), isolate
// databases from each other and leave nothing behind.
#include "PgCluster.h"
#include "TestSupport.h"

#include "core/Database.h"

#include <QDir>

using namespace lontar;
using namespace lontar::test;

class TestPgCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsCreatesDatabasesAndCleansUp()
    {
        const QString reason = PgCluster::unavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString dirPath;
        {
            PgCluster cluster;
            QString why;
            QVERIFY2(cluster.start(&why), qPrintable(why));
            dirPath = cluster.directory();
            QVERIFY(cluster.url().startsWith(QStringLiteral("postgresql://lontar:")));
            QVERIFY(cluster.url().contains(QStringLiteral("@127.0.0.1:")));

            const QString urlA = cluster.createDatabase(QStringLiteral("alpha"), &why);
            QVERIFY2(!urlA.isEmpty(), qPrintable(why));
            const QString urlB = cluster.createDatabase(QStringLiteral("beta"), &why);
            QVERIFY2(!urlB.isEmpty(), qPrintable(why));
            QVERIFY(cluster.createDatabase(QStringLiteral("bad name; drop"), &why).isEmpty());

            auto a = Database::openPostgres(urlA);
            LONTAR_VERIFY_OK(a);
            auto b = Database::openPostgres(urlB);
            LONTAR_VERIFY_OK(b);
            // DDL cannot be a prepared statement on PostgreSQL, so it bypasses Database::exec.
            QVERIFY(QSqlQuery((*a)->handle()).exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
            LONTAR_VERIFY_OK((*a)->exec(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("x")}));
            QCOMPARE((*a)->scalar(QStringLiteral("SELECT COUNT(*) FROM t"))->toInt(), 1);
            QVERIFY(!(*b)->exec(QStringLiteral("SELECT COUNT(*) FROM t")).ok()); // separate database
            // Listening on loopback only.
            QCOMPARE((*a)->scalar(QStringLiteral("SELECT current_setting('listen_addresses')"))->toString(),
                     QStringLiteral("127.0.0.1"));
            // Recreating a database gives an empty one.
            a->reset();
            QVERIFY(!cluster.createDatabase(QStringLiteral("alpha"), &why).isEmpty());
            auto again = Database::openPostgres(urlA);
            LONTAR_VERIFY_OK(again);
            QVERIFY(!(*again)->exec(QStringLiteral("SELECT COUNT(*) FROM t")).ok());
        }
        QVERIFY(!QDir(dirPath).exists());
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
