#include "core/Database.h"

#include "core/FtsRank.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace lontar {

namespace {
QString describe(const QSqlError& error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text.trimmed();
}
} // namespace

Database::Database(QSqlDatabase db, Dialect dialect, QString location, QString connectionName)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (m_inTransaction)
        m_db.rollback();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("lontar-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // A busy writer on another connection (sync thread) waits instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString message = tr("Tidak dapat membuka basis data %1: %2")
                                    .arg(QFileInfo(path).fileName(), describe(db.lastError()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error(message, Error::Code::Database);
    }
    std::unique_ptr<Database> result(new Database(db, Dialect::Sqlite, path, name));
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          // Up to 32 MB of pages per connection (the default is 2 MB): a search walks tens of thousands
          // of rows, and re-reading their pages from the file costs more than the search itself.
          "PRAGMA cache_size=-32768"}) {
        auto r = result->exec(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
        // journal_mode answers with the mode actually in force: some network shares cannot do WAL.
        if (r->next() && r->value(0).toString() == QLatin1String("delete"))
            qWarning("database %s: WAL unavailable, using rollback journal",
                     qPrintable(QFileInfo(path).fileName()));
    }
    // Full-text searches of the modules rank with lontar_rank (core/FtsRank.h).
    if (Status s = registerFtsRank(result->m_db); !s)
        return s.error();
    return result;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& urlText)
{
    const QUrl url(urlText);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error(tr("Alamat PostgreSQL tidak valid; gunakan postgresql://pengguna@host:port/basisdata"),
                     Error::Code::InvalidInput);
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        db.setConnectOptions(QStringLiteral("sslmode=") + query.queryItemValue(QStringLiteral("sslmode")));
    if (!db.open()) {
        // The message never repeats the URL: it may hold a password.
        const QString message =
            tr("Tidak dapat terhubung ke PostgreSQL di %1: %2").arg(db.hostName(), describe(db.lastError()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error(message, Error::Code::Database);
    }
    return std::unique_ptr<Database>(new Database(db, Dialect::Postgres, urlText, name));
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    if (m_dialect == Dialect::Sqlite)
        return openSqlite(m_location);
    return openPostgres(m_location);
}

Result<QSqlQuery> Database::exec(const QString& sql, std::initializer_list<QVariant> bindings)
{
    return exec(sql, QVariantList(bindings));
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(m_db);
    // Without bindings the statement runs directly: PostgreSQL cannot PREPARE DDL such as CREATE TABLE.
    if (bindings.isEmpty()) {
        if (!query.exec(sql))
            return Error(tr("Kesalahan SQL (%1): %2").arg(sql.left(80), describe(query.lastError())),
                         Error::Code::Database);
        return query;
    }
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    if (auto ran = run(*prepared, bindings); !ran)
        return ran.error();
    return prepared;
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return Error(tr("Kesalahan SQL (%1): %2").arg(sql.left(80), describe(query.lastError())),
                     Error::Code::Database);
    return query;
}

Result<QSqlQuery*> Database::run(QSqlQuery& query, const QVariantList& bindings)
{
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant& v = bindings.at(i);
        // Qt binds a null QString as SQL NULL; we want NULL only when asked for with QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QString(QLatin1String("")));
        else
            query.bindValue(i, v);
    }
    if (!query.exec())
        return Error(
            tr("Kesalahan SQL (%1): %2").arg(query.lastQuery().left(80), describe(query.lastError())),
            Error::Code::Database);
    return &query;
}

Result<QVariant> Database::scalar(const QString& sql, std::initializer_list<QVariant> bindings)
{
    auto query = exec(sql, bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Status Database::begin()
{
    if (m_inTransaction)
        return Error(tr("Transaksi bertingkat tidak didukung"), Error::Code::Database);
    // BEGIN IMMEDIATE takes the write lock up front so two SQLite writers never deadlock mid-way.
    const QString sql =
        m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error(tr("Tidak dapat memulai transaksi: %1").arg(describe(query.lastError())),
                     Error::Code::Database);
    m_inTransaction = true;
    return {};
}

Status Database::commit()
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString text = describe(query.lastError());
        rollback();
        return Error(tr("Tidak dapat menyimpan transaksi: %1").arg(text), Error::Code::Database);
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_status(db.begin())
{
    m_done = !m_status.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Status(Error(tr("Transaksi sudah selesai"), Error::Code::Database)) : m_status;
    m_done = true;
    return m_db.commit();
}

} // namespace lontar
