#include "records/ui/LettersModel.h"

#include "records/RecordsPolicies.h"
#include "records/ui/LettersFormat.h"
#include "records/ui/RecordsPage.h"
#include "records/ui/RecordsSession.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace lontar::records {

Database* LettersModel::database() const
{
    if (m_db)
        return m_db;
    for (QObject* o = parent(); o; o = o->parent()) {
        if (auto* page = qobject_cast<RecordsPage*>(o))
            return &page->session().db();
    }
    return nullptr;
}

void LettersModel::setHits(QList<LetterHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_progress.clear();
    if (Database* db = database()) {
        QStringList ids;
        ids.reserve(m_hits.size());
        for (const LetterHit& h : std::as_const(m_hits))
            ids.append(h.letter.id);
        // A failed read leaves the stored status showing: the list stays usable.
        if (auto progress = DispositionDesk::progressOf(*db, ids))
            m_progress = std::move(*progress);
    }
    endResetModel();
}

void LettersModel::refreshProgress()
{
    if (m_hits.isEmpty())
        return;
    setHits(m_hits);
}

const IncomingLetter* LettersModel::letterAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row).letter : nullptr;
}

int LettersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int LettersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LettersModel::snippetHtml(const Snippet& snippet)
{
    // Escaped piece by piece: the letter's own text must never be read as markup.
    QString html;
    int at = 0;
    for (const auto& [start, length] : snippet.highlights) {
        if (start < at || start + length > snippet.text.size())
            continue;
        html += snippet.text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background-color:#fde9b8;\">") +
                snippet.text.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    html += snippet.text.mid(at).toHtmlEscaped();
    return html;
}

QVariant LettersModel::data(const QModelIndex& index, int role) const
{
    const IncomingLetter* l = letterAt(index.row());
    if (!l)
        return {};
    if (role == LetterIdRole)
        return l->id;
    if (role == SecurityLevelRole)
        return int(l->securityClass);
    if (role == SnippetHtmlRole)
        return m_hits.at(index.row()).snippet.text.isEmpty() ? QString()
                                                             : snippetHtml(m_hits.at(index.row()).snippet);
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return l->perihal;
    const auto progress = m_progress.constFind(l->id);
    const LetterProgress* p = progress == m_progress.cend() ? nullptr : &*progress;
    if (role == Qt::ToolTipRole && index.column() == Status)
        return LettersFormat::letterProgress(l->status, p);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Agenda:
        return l->agenda;
    case Received:
        return LettersFormat::longDate(l->receivedDate);
    case Sender:
        return l->pengirim.isEmpty() ? QStringLiteral("—") : l->pengirim;
    case Subject:
        return l->perihal;
    case Classification:
        return l->classification.isEmpty() ? QStringLiteral("—") : l->classification;
    case Sifat:
        return sifatDisplayName(l->sifat);
    case Security:
        return securityClassDisplayName(l->securityClass);
    case Status:
        return LettersFormat::letterProgress(l->status, p);
    default:
        return {};
    }
}

QVariant LettersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agenda:
        return tr("Agenda");
    case Received:
        return tr("Diterima");
    case Sender:
        return tr("Pengirim");
    case Subject:
        return tr("Perihal");
    case Classification:
        return tr("Klasifikasi");
    case Sifat:
        return tr("Sifat");
    case Security:
        return tr("Keamanan");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void LettersDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    if (index.column() == LettersModel::Subject)
        paintSubject(painter, option, index);
    else if (index.column() == LettersModel::Security)
        paintBadge(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void LettersDelegate::paintSubject(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString subject = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QString color =
        selected ? opt.palette.highlightedText().color().name() : opt.palette.text().color().name();
    const QString muted = selected ? color : QStringLiteral("#4d5857");
    QString html = QStringLiteral("<div style=\"color:%1;\">%2</div>").arg(color, subject.toHtmlEscaped());
    const QString snippet = index.data(LettersModel::SnippetHtmlRole).toString();
    if (!snippet.isEmpty())
        html += QStringLiteral("<div style=\"color:%1; font-size:small;\">%2</div>").arg(muted, snippet);
    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(2);
    doc.setHtml(html);
    const QRect r = opt.rect.adjusted(4, 2, -4, -2);
    doc.setTextWidth(r.width());
    painter->save();
    painter->setClipRect(r);
    // A lone perihal sits on the row's middle line like the other columns; with a snippet, from the top.
    const int free = r.height() - int(doc.size().height());
    painter->translate(r.topLeft() + QPoint(0, snippet.isEmpty() && free > 0 ? free / 2 : 0));
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = opt.palette;
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

void LettersDelegate::paintBadge(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const auto level = SecurityClass(index.data(LettersModel::SecurityLevelRole).toInt());
    if (!LettersFormat::hasBadge(level)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int h = fm.height() + 4;
    const int w = qMin(opt.rect.width() - 8, fm.horizontalAdvance(text) + 14);
    const QRect pill(opt.rect.left() + 4, opt.rect.top() + (opt.rect.height() - h) / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, h / 2.0, h / 2.0);
    painter->fillPath(path, LettersFormat::badgeColor(level));
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

QSize LettersDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == LettersModel::Security) {
        QFont font = option.font;
        font.setBold(true);
        size.setWidth(QFontMetrics(font).horizontalAdvance(index.data().toString()) + 24);
    }
    return size;
}

} // namespace lontar::records
