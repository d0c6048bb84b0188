#include "TestSupport.h"

#include "core/Database.h"
#include "core/Settings.h"

#include <QTemporaryDir>
#include <QThread>

using namespace lontar;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("t.sqlite")));
        LONTAR_VERIFY_OK(db);
        Database& d = **db;
        LONTAR_VERIFY_OK(d.exec(QStringLiteral("CREATE TABLE t (v TEXT NOT NULL)")));
        {
            Transaction tx(d);
            LONTAR_VERIFY_OK(tx.status());
            LONTAR_VERIFY_OK(d.exec(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("gone")}));
        }
        QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(*) FROM t"))->toInt(), 0);
        {
            Transaction tx(d);
            LONTAR_VERIFY_OK(d.exec(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("kept")}));
            LONTAR_VERIFY_OK(tx.commit());
            QVERIFY(!tx.commit().ok()); // a second commit is an error, not a silent no-op
        }
        QCOMPARE(d.scalar(QStringLiteral("SELECT v FROM t"))->toString(), QStringLiteral("kept"));
        QVERIFY(!d.inTransaction());
    }

    void nestedTransactionIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("t.sqlite")));
        Transaction outer(**db);
        LONTAR_VERIFY_OK(outer.status());
        Transaction inner(**db);
        QVERIFY(!inner.status().ok());
        QVERIFY(!inner.commit().ok());
        LONTAR_VERIFY_OK(outer.commit());
    }

    void nullStringBindsEmptyAndInvalidVariantBindsNull()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("t.sqlite")));
        Database& d = **db;
        LONTAR_VERIFY_OK(d.exec(QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b TEXT)")));
        LONTAR_VERIFY_OK(d.exec(QStringLiteral("INSERT INTO t VALUES (?, ?)"), {QString(), QVariant()}));
        auto q = d.exec(QStringLiteral("SELECT a, b IS NULL FROM t"));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QString());
        QCOMPARE(q->value(1).toInt(), 1);
    }

    void errorsNameTheStatement()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("t.sqlite")));
        auto r = (*db)->exec(QStringLiteral("SELECT * FROM missing_table"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Database);
        QVERIFY(r.errorMessage().contains(QStringLiteral("missing_table")));
    }

    void secondConnectionSeesCommittedData()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("t.sqlite")));
        LONTAR_VERIFY_OK((*db)->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        LONTAR_VERIFY_OK((*db)->exec(QStringLiteral("INSERT INTO t VALUES (42)")));
        // The sync engine works on its own connection in its own thread.
        int seen = 0;
        QString error;
        QThread* worker = QThread::create([&] {
            auto other = (*db)->openAnother();
            if (!other) {
                error = other.errorMessage();
                return;
            }
            seen = (*other)->scalar(QStringLiteral("SELECT v FROM t"))->toInt();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen, 42);
    }

    void postgresUrlIsValidatedWithoutLeakingPassword()
    {
        auto bad = Database::openPostgres(QStringLiteral("mysql://x@y/z"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::InvalidInput);
        // Nothing listens on port 1: the connection fails, and the message never shows the password.
        auto refused =
            Database::openPostgres(QStringLiteral("postgresql://lontar:s3cret-pw@127.0.0.1:1/lontar"));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.errorMessage().contains(QStringLiteral("s3cret-pw")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
