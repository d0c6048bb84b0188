#include "RawInsert.h"

#include "core/Database.h"
#include "core/Uuid.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>

namespace lontar::bench {

QString eventPayload(qint64 i)
{
    return QStringLiteral(
               R"({"kind":"clock_in","nip":"1987%1","office":"DISDUKCAPIL","lat":-6.2%2,"lon":106.8%3})")
        .arg(i % 1000000, 10, 10, QLatin1Char('0'))
        .arg(i % 997)
        .arg(i % 991);
}

Rate rawInsertRate(const QString& url, qint64 rows, int batch)
{
    Rate rate;
    const bool postgres = url.startsWith(QLatin1String("postgres"));
    auto opened = postgres ? Database::openPostgres(url) : Database::openSqlite(url);
    if (!opened.ok()) {
        rate.error = opened.errorMessage();
        return rate;
    }
    Database& db = **opened;
    QSqlQuery ddl(db.handle());
    if (!ddl.exec(QStringLiteral("CREATE TABLE bench_raw_events (id TEXT PRIMARY KEY, device TEXT NOT NULL, "
                                 "seq BIGINT NOT NULL, payload TEXT NOT NULL)"))) {
        rate.error = QStringLiteral("create table failed");
        return rate;
    }
    QSqlQuery insert(db.handle());
    insert.prepare(
        QStringLiteral("INSERT INTO bench_raw_events (id, device, seq, payload) VALUES (?, ?, ?, ?)"));
    const QString device = newUuid();
    QElapsedTimer clock;
    clock.start();
    for (qint64 done = 0; done < rows;) {
        if (!db.begin().ok()) {
            rate.error = QStringLiteral("begin failed");
            return rate;
        }
        for (int k = 0; k < batch && done < rows; ++k, ++done) {
            insert.bindValue(0, newUuid());
            insert.bindValue(1, device);
            insert.bindValue(2, done + 1);
            insert.bindValue(3, eventPayload(done));
            if (!insert.exec()) {
                db.rollback();
                rate.error = QStringLiteral("insert failed");
                return rate;
            }
        }
        if (!db.commit().ok()) {
            rate.error = QStringLiteral("commit failed");
            return rate;
        }
    }
    rate.seconds = double(clock.nsecsElapsed()) / 1e9;
    rate.rows = rows;
    ddl.exec(QStringLiteral("DROP TABLE bench_raw_events"));
    return rate;
}

Rate pgbenchInsertRate(const QString& postgresUrl, qint64 rows, int batch)
{
    Rate rate;
    QString pgbench = QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
    if (!qEnvironmentVariable("LONTAR_PG_BIN").isEmpty())
        pgbench = qEnvironmentVariable("LONTAR_PG_BIN") + QStringLiteral("/pgbench");
    if (!QFileInfo(pgbench).isExecutable())
        return rate;
    const QUrl url(postgresUrl);
    auto opened = Database::openPostgres(postgresUrl);
    if (!opened.ok()) {
        rate.error = opened.errorMessage();
        return rate;
    }
    QSqlQuery ddl((*opened)->handle());
    ddl.exec(QStringLiteral("CREATE TABLE bench_pgbench_events (id TEXT PRIMARY KEY, device TEXT NOT NULL, "
                            "seq BIGINT NOT NULL, payload TEXT NOT NULL)"));
    // One pgbench "transaction" = `batch` inserts inside BEGIN/COMMIT, like one push batch.
    QTemporaryFile script;
    if (!script.open()) {
        rate.error = QStringLiteral("cannot write the pgbench script");
        return rate;
    }
    QByteArray text = "BEGIN;\n";
    for (int k = 0; k < batch; ++k)
        text += "INSERT INTO bench_pgbench_events VALUES (gen_random_uuid()::text, 'dev', :client_id, "
                "'{\"kind\":\"clock_in\",\"nip\":\"19870000000001\",\"office\":\"DISDUKCAPIL\","
                "\"lat\":-6.2001,\"lon\":106.8001}');\n";
    text += "END;\n";
    script.write(text);
    script.flush();
    const qint64 transactions = std::max<qint64>(1, rows / batch);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), url.password());
    process.setProcessEnvironment(env);
    process.start(pgbench,
                  {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-t"),
                   QString::number(transactions), QStringLiteral("-f"), script.fileName(),
                   QStringLiteral("-h"), url.host(), QStringLiteral("-p"), QString::number(url.port()),
                   QStringLiteral("-U"), url.userName(), url.path().mid(1)});
    QElapsedTimer clock;
    clock.start();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        rate.error =
            QStringLiteral("pgbench failed: ") + QString::fromUtf8(process.readAllStandardError()).trimmed();
        return rate;
    }
    rate.rows = transactions * batch;
    rate.seconds = double(clock.nsecsElapsed()) / 1e9;
    // Prefer pgbench's own figure, which leaves out process start-up and the connection.
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression tpsLine(
        QStringLiteral(R"(tps = ([0-9.]+) \(without initial connection time\))"));
    const QRegularExpressionMatch match = tpsLine.match(output);
    if (match.hasMatch() && match.captured(1).toDouble() > 0)
        rate.seconds = double(transactions) / match.captured(1).toDouble();
    ddl.exec(QStringLiteral("DROP TABLE bench_pgbench_events"));
    return rate;
}

} // namespace lontar::bench
