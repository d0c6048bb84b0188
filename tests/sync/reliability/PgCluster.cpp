#include "PgCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace lontar::test {

namespace {

QString pgBinDir()
{
    const QString fromEnv = qEnvironmentVariable("LONTAR_PG_BIN");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
}

} // namespace

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::scriptPath()
{
    QString source = qEnvironmentVariable("LONTAR_SOURCE_DIR");
#ifdef LONTAR_SOURCE_DIR_FALLBACK
    if (source.isEmpty())
        source = QStringLiteral(LONTAR_SOURCE_DIR_FALLBACK);
#endif
    return source + QStringLiteral("/scripts/pg-test-cluster.sh");
}

QString PgCluster::unavailableReason()
{
    const QString bin = pgBinDir();
    for (const char* tool : {"initdb", "pg_ctl", "postgres", "psql"}) {
        if (!QFileInfo(bin + QLatin1Char('/') + QLatin1String(tool)).isExecutable())
            return QStringLiteral(
                       "PostgreSQL 15 binaries not found in %1 (scripts/install-deps.sh installs them)")
                .arg(bin);
    }
    if (!QFileInfo(scriptPath()).isReadable())
        return QStringLiteral("scripts/pg-test-cluster.sh not found (set LONTAR_SOURCE_DIR)");
    return {};
}

bool PgCluster::runScript(const QStringList& args, QString* output, QString* error) const
{
    QProcess process;
    process.setProgram(QStringLiteral("/bin/bash"));
    process.setArguments(QStringList{scriptPath()} + args);
    process.start();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        if (error)
            *error = QStringLiteral("pg-test-cluster.sh %1 timed out").arg(args.value(0));
        return false;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("pg-test-cluster.sh %1 failed: %2")
                         .arg(args.value(0), QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    if (output)
        *output = out.section(QLatin1Char('\n'), -1); // the URL is the last line
    return true;
}

bool PgCluster::start(QString* error)
{
    if (m_running)
        return true;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lontar-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    if (!runScript({QStringLiteral("start"), m_dir->path()}, &m_url, error))
        return false;
    m_running = true;
    return true;
}

void PgCluster::stop()
{
    if (m_running)
        runScript({QStringLiteral("stop"), m_dir->path()}, nullptr, nullptr);
    m_running = false;
    m_dir.reset(); // removes the data directory (root may remove the postgres-owned files)
}

QString PgCluster::createDatabase(const QString& name, QString* error)
{
    if (!m_running) {
        if (error)
            *error = QStringLiteral("cluster not running");
        return {};
    }
    QString url;
    if (!runScript({QStringLiteral("createdb"), m_dir->path(), name}, &url, error))
        return {};
    return url;
}

} // namespace lontar::test
