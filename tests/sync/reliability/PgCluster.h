#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lontar::test {

// A throwaway PostgreSQL 15 cluster (scripts/pg-test-cluster.sh) for one test program or benchmark:
// started on a free 127.0.0.1 port in a temporary directory, stopped and removed on destruction.
// Works when the caller is root (the server then runs as the `postgres` user).
class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // Empty when the PostgreSQL binaries are installed; otherwise why a test should be skipped.
    static QString unavailableReason();

    // initdb + start. False with a reason (initdb/pg_ctl output) on failure.
    bool start(QString* error);
    void stop();
    bool running() const { return m_running; }

    // A fresh, empty database owned by the test role; its postgresql:// URL, or empty on error.
    QString createDatabase(const QString& name, QString* error = nullptr);
    // URL of the default database `lontar` (user lontar, password lontar).
    QString url() const { return m_url; }
    QString directory() const { return m_dir ? m_dir->path() : QString(); }

private:
    bool runScript(const QStringList& args, QString* output, QString* error) const;
    static QString scriptPath();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    bool m_running = false;
};

} // namespace lontar::test
