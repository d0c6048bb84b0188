#pragma once

#include "records/Dispositions.h"
#include "records/LetterSearch.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace lontar::records {

// The search hits of the letters tab, best first: one row per letter.
class LettersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Agenda,
        Received,
        Sender,
        Subject, // perihal, with the snippet of the words found beneath it
        Classification,
        Sifat,
        Security,
        Status,
        ColumnCount
    };
    enum Role
    {
        LetterIdRole = Qt::UserRole + 1,
        SnippetHtmlRole,  // the snippet, HTML-escaped, matches in <b>; empty without a text query
        SecurityLevelRole // SecurityClass as int
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Where the letters' dispositions are read for the status column. Without one, the model uses the
    // database of the records page it sits in (the letters tab creates it with no arguments).
    void setDatabase(Database* db) { m_db = db; }
    void setHits(QList<LetterHit> hits);
    // Reads the dispositions again (after a disposition or follow-up changed the letters' progress).
    void refreshProgress();
    const QList<LetterHit>& hits() const { return m_hits; }
    const IncomingLetter* letterAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString snippetHtml(const Snippet& snippet);

private:
    Database* database() const;

    QList<LetterHit> m_hits;
    QHash<QString, LetterProgress> m_progress;
    Database* m_db = nullptr;
};

// Paints the perihal with its highlighted snippet (rich text) and the security class as a coloured
// badge, so a rahasia letter stands out in the list.
class LettersDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintSubject(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintBadge(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace lontar::records
