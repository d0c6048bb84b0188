#pragma once

#include "core/Database.h"

#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace lontar::sync {

// Prepared statements kept for the length of a bulk apply. A device projection runs the same few
// statements for every pulled row, and SQLite parsing them again for each row cost more than running
// them (a first sync of 100,000 letters). The pull opens one cache for its whole run; a projection opens
// its own, which joins the pull's when one is open on this thread for the same database (else it lives
// for the one call, the way Database::exec behaves). Queries are forward-only and must be finished by
// the caller once read, so no statement keeps a read open. A cache must not outlive its Database.
class StatementCache
{
public:
    explicit StatementCache(Database& db)
        : m_db(db)
        , m_outer(active())
    {
        for (StatementCache* c = m_outer; c != nullptr; c = c->m_outer) {
            if (&c->m_db == &db && c->m_owner == nullptr) {
                m_owner = c;
                break;
            }
        }
        active() = this;
    }
    ~StatementCache() { active() = m_outer; }
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs `sql` with positional bindings (as Database::run), preparing it only the first time.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& bindings)
    {
        auto prepared = statement(sql);
        if (!prepared)
            return prepared.error();
        return Database::run(**prepared, bindings);
    }

    // The first column of the first row, or an invalid QVariant; the query is finished.
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings)
    {
        auto q = run(sql, bindings);
        if (!q)
            return q.error();
        QVariant value = (*q)->next() ? (*q)->value(0) : QVariant();
        (*q)->finish();
        return value;
    }

    Result<QSqlQuery*> statement(const QString& sql)
    {
        if (m_owner != nullptr)
            return m_owner->statement(sql);
        auto& slot = m_statements[sql];
        if (!slot) {
            auto prepared = m_db.prepare(sql);
            if (!prepared) {
                m_statements.erase(sql);
                return prepared.error();
            }
            slot = std::make_unique<QSqlQuery>(std::move(*prepared));
            // Rows are read once, forward: Qt then keeps no copy of them.
            slot->setForwardOnly(true);
        }
        return slot.get();
    }

private:
    static StatementCache*& active()
    {
        static thread_local StatementCache* current = nullptr;
        return current;
    }

    Database& m_db;
    StatementCache* m_outer = nullptr; // the cache that was active on this thread before this one
    StatementCache* m_owner = nullptr; // the open cache for the same database this one joined
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace lontar::sync
