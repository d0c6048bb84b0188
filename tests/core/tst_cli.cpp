#include "TestSupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// Drives the real lontar-cli binary: its exit codes are a scripting interface.
class TestCli : public QObject
{
    Q_OBJECT

    static QString cli()
    {
        return qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
    }

    static int run(const QStringList& args, QString* out = nullptr)
    {
        QProcess p;
        p.start(cli(), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

private Q_SLOTS:
    void usageAndUnknownCommand()
    {
        QString out;
        QCOMPARE(run({}, &out), 2);
        QVERIFY(out.contains(QStringLiteral("audit-verify")));
        QCOMPARE(run({QStringLiteral("help")}, &out), 0);
        QCOMPARE(run({QStringLiteral("no-such-command")}, &out), 2);
        QVERIFY(out.contains(QStringLiteral("Unknown command")));
        QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
    }

    void seedThenVerifyThenDetectTampering()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        QString out;
        QCOMPARE(run({QStringLiteral("seed-demo"), QStringLiteral("--profile"), profile}, &out), 0);
        QCOMPARE(run({QStringLiteral("audit-verify"), QStringLiteral("--profile"), profile}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("intact")));

        // Tamper with the database directly, as someone with file access could.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(profile + QStringLiteral("/lontar.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET action = 'nothing' WHERE id = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QCOMPARE(run({QStringLiteral("audit-verify"), QStringLiteral("--profile"), profile}, &out), 1);
        QVERIFY(out.contains(QStringLiteral("BROKEN")));
    }

    void badOptionIsUsageError()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("audit-verify"), QStringLiteral("--bogus")}, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
