#pragma once

#include "sync/ClientStore.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace lontar {

// Synced data in words a civil servant reads: entity and field names, values, times. Known names are
// mapped; anything else falls back to its raw name, so a new module's data still shows.
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(lontar::SyncText)

public:
    // Turns an id held in `key` (unitId, signerId, …) into a name; returns empty when unknown.
    using IdResolver = std::function<QString(const QString& key, const QString& id)>;

    static QString entityName(const QString& entity);
    static QString fieldName(const QString& key);
    static QString valueText(const QString& key, const QJsonValue& value, const IdResolver& resolve = {});
    // One line naming the row (its subject, title, document or person), for lists.
    static QString summary(const QJsonObject& data, const IdResolver& resolve = {});
    // Local time in the interface language: "12 Nov 2026, 14.05".
    static QString timeText(qint64 msSinceEpochUtc);
    static QString reasonText(const QString& serverReason);
};

// "Menunggu dikirim": the outbox, oldest first.
class PendingChangesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        sync::PendingChange change;
        bool isNew = false; // the first write of a row the server has never seen
    };
    enum Column
    {
        EntityColumn,
        SummaryColumn,
        KindColumn,
        TimeColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);
    void setResolver(SyncText::IdResolver resolve) { m_resolve = std::move(resolve); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
    SyncText::IdResolver m_resolve;
};

// "Konflik" and "Ditolak server": one model per tab, over ClientStore::conflicts().
class ConflictsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Conflicts,
        Rejected
    };
    enum Column
    {
        EntityColumn,
        SummaryColumn,
        ReasonColumn, // rejected only
        TimeColumn,
    };

    explicit ConflictsModel(Kind kind, QObject* parent = nullptr);

    // Keeps the entries of this model's kind.
    void setConflicts(const QList<sync::SyncConflict>& all);
    void setResolver(SyncText::IdResolver resolve) { m_resolve = std::move(resolve); }
    const sync::SyncConflict& at(int row) const { return m_rows.at(row); }
    int rowOf(qint64 conflictId) const; // -1 when gone
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int columnAt(int section) const; // Column of a visible section
    Kind m_kind;
    QList<sync::SyncConflict> m_rows;
    SyncText::IdResolver m_resolve;
};

// One conflict field by field: mine beside the server's, differing fields marked.
class FieldComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        MineColumn,
        TheirsColumn,
        ColumnCount
    };
    static constexpr int DifferentRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setConflict(const sync::SyncConflict* conflict); // nullptr: empty
    void setResolver(SyncText::IdResolver resolve) { m_resolve = std::move(resolve); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Field
    {
        QString key;
        QJsonValue mine;
        QJsonValue theirs;
    };
    QList<Field> m_fields;
    bool m_theirsDeleted = false;
    SyncText::IdResolver m_resolve;
};

} // namespace lontar
