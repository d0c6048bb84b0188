#include "TestSupport.h"

#include "core/Database.h"
#include "core/Migration.h"
#include "core/Module.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace lontar;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileHash(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void opensInWalWithFullSync()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
        LONTAR_VERIFY_OK(db);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        // 2 = FULL
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    }

    void appliesCoreMigrationsOnceInOrder()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
        LONTAR_VERIFY_OK(db);
        CoreModule core;
        LONTAR_VERIFY_OK(MigrationRunner::migrate(**db, core.migrations()));
        QCOMPARE(*MigrationRunner::currentVersion(**db, QStringLiteral("core")),
                 int(core.migrations().size()));
        // Running again is a no-op, not an error.
        LONTAR_VERIFY_OK(MigrationRunner::migrate(**db, core.migrations()));
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"))->toInt(),
                 int(core.migrations().size()));
        LONTAR_VERIFY_OK((*db)->exec(QStringLiteral("SELECT id, username FROM users")));
    }

    void eachModuleVersionsIndependently()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
        LONTAR_VERIFY_OK(db);
        QList<Migration> steps{
            Migration::fromSql(QStringLiteral("alpha"), 2, QStringLiteral("add col"),
                               {QStringLiteral("ALTER TABLE alpha_items ADD COLUMN note TEXT")}),
            Migration::fromSql(
                QStringLiteral("alpha"), 1, QStringLiteral("create"),
                {QStringLiteral("CREATE TABLE alpha_items (id {{AUTO_ID}}, payload {{BLOB}})")}),
            Migration::fromSql(QStringLiteral("beta"), 1, QStringLiteral("create"),
                               {QStringLiteral("CREATE TABLE beta_items (id TEXT PRIMARY KEY)")}),
        };
        // Registered out of order: the runner still applies alpha 1 before alpha 2.
        LONTAR_VERIFY_OK(MigrationRunner::migrate(**db, steps));
        QCOMPARE(*MigrationRunner::currentVersion(**db, QStringLiteral("alpha")), 2);
        QCOMPARE(*MigrationRunner::currentVersion(**db, QStringLiteral("beta")), 1);
        LONTAR_VERIFY_OK(
            (*db)->exec(QStringLiteral("INSERT INTO alpha_items (payload, note) VALUES (x'00', 'n')")));
    }

    void failureLeavesOldDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::openSqlite(path);
            LONTAR_VERIFY_OK(db);
            LONTAR_VERIFY_OK(MigrationRunner::migrate(**db, CoreModule().migrations()));
            LONTAR_VERIFY_OK((*db)->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                                        "VALUES ('keep', 'me', 1)")));
            LONTAR_VERIFY_OK((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);

        auto db = Database::openSqlite(path);
        LONTAR_VERIFY_OK(db);
        QList<Migration> steps = CoreModule().migrations();
        steps.append(Migration::fromSql(QStringLiteral("gamma"), 1, QStringLiteral("good step"),
                                        {QStringLiteral("CREATE TABLE gamma_a (id TEXT)"),
                                         QStringLiteral("INSERT INTO gamma_a VALUES ('x')")}));
        steps.append(Migration::fromSql(
            QStringLiteral("gamma"), 2, QStringLiteral("broken step"),
            {QStringLiteral("CREATE TABLE gamma_b (id TEXT)"), QStringLiteral("THIS IS NOT SQL")}));
        const Status s = MigrationRunner::migrate(**db, steps);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(QStringLiteral("gamma")), qPrintable(s.errorMessage()));
        // Nothing of gamma 1 or 2 survived, and the existing data is still there.
        QCOMPARE(*MigrationRunner::currentVersion(**db, QStringLiteral("gamma")), 0);
        QVERIFY(!(*db)->exec(QStringLiteral("SELECT * FROM gamma_a")).ok());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT value FROM settings WHERE key='keep'"))->toString(),
                 QStringLiteral("me"));
        LONTAR_VERIFY_OK((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db->reset();
        QCOMPARE(fileHash(path), before);
    }

    void refusesDatabaseFromNewerProgram()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
        LONTAR_VERIFY_OK(db);
        QList<Migration> v2{
            Migration::fromSql(QStringLiteral("delta"), 1, QStringLiteral("one"),
                               {QStringLiteral("CREATE TABLE d1 (x)")}),
            Migration::fromSql(QStringLiteral("delta"), 2, QStringLiteral("two"),
                               {QStringLiteral("CREATE TABLE d2 (x)")}),
        };
        LONTAR_VERIFY_OK(MigrationRunner::migrate(**db, v2));
        const Status s = MigrationRunner::migrate(**db, v2.mid(0, 1));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Conflict);
    }

    void rejectsDuplicateSteps()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
        LONTAR_VERIFY_OK(db);
        QList<Migration> dup{
            Migration::fromSql(QStringLiteral("eps"), 1, QStringLiteral("a"),
                               {QStringLiteral("CREATE TABLE e1 (x)")}),
            Migration::fromSql(QStringLiteral("eps"), 1, QStringLiteral("b"),
                               {QStringLiteral("CREATE TABLE e2 (x)")}),
        };
        QVERIFY(!MigrationRunner::migrate(**db, dup).ok());
        QVERIFY(!(*db)->exec(QStringLiteral("SELECT * FROM e1")).ok());
    }

    void unreadableFileGivesClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::openSqlite(path);
        if (db.ok()) {
            // QSQLITE opens lazily; the first statement must then fail cleanly.
            QVERIFY(!MigrationRunner::migrate(**db, CoreModule().migrations()).ok());
        } else {
            QVERIFY(!db.errorMessage().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
