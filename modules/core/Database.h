#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

namespace lontar {

// One named Qt SQL connection, owned for its lifetime. SQLite is the desktop's store; the
// server can also run on PostgreSQL, so SQL that must run on both avoids dialect features or
// asks dialect() first.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) a SQLite file in WAL mode with synchronous=FULL and foreign keys.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path);
    // Opens a PostgreSQL database from a URL: postgresql://user:pass@host:port/dbname
    static Result<std::unique_ptr<Database>> openPostgres(const QString& url);
    // A second connection to the same database, for use on another thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase& handle() { return m_db; }
    Dialect dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    QString connectionName() const { return m_connectionName; }

    // Runs one statement with positional bindings; on failure the error names the statement.
    // A null QString binds as an empty string: pass QVariant() for SQL NULL.
    Result<QSqlQuery> exec(const QString& sql, std::initializer_list<QVariant> bindings = {});
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, std::initializer_list<QVariant> bindings = {});

    // A statement prepared once for a hot loop: bind with run() many times. The query belongs to the
    // caller and must not outlive the Database.
    Result<QSqlQuery> prepare(const QString& sql);
    static Result<QSqlQuery*> run(QSqlQuery& query, const QVariantList& bindings);

    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

private:
    Database(QSqlDatabase db, Dialect dialect, QString location, QString connectionName);
    static QString newConnectionName();

    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_location;
    QString m_connectionName;
    bool m_inTransaction = false;
};

// Rolls back on scope exit unless commit() was called: the one way to write several rows atomically.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status status() const { return m_status; }
    Status commit();

private:
    Database& m_db;
    Status m_status;
    bool m_done = false;
};

// A transaction that joins the caller's when one is open (then commit() leaves committing to the
// caller), so a domain call can be used alone or as one step of a larger change.
class JoinedTransaction
{
public:
    explicit JoinedTransaction(Database& db)
    {
        if (!db.inTransaction())
            m_own.emplace(db);
    }
    Status status() const { return m_own ? m_own->status() : Status(); }
    Status commit() { return m_own ? m_own->commit() : Status(); }

private:
    std::optional<Transaction> m_own;
};

} // namespace lontar
