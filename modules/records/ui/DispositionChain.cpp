#include "records/ui/DispositionChain.h"

#include "core/Identity.h"
#include "core/OfficeTime.h"
#include "records/DispositionPolicy.h"
#include "records/Dispositions.h"
#include "records/ui/LettersFormat.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

QString instructionList(const QStringList& keys)
{
    QStringList names;
    for (const QString& k : keys)
        names.append(dispositionInstructionName(k));
    return names.join(QStringLiteral(", "));
}

} // namespace

DispositionChain::DispositionChain(RecordsSession& session, QString letterId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_letterId(std::move(letterId))
{
    setObjectName(QStringLiteral("dispositionChain"));
    if (auto unit = IdentityStore(session.db()).unitById(session.user().unitId))
        m_zone = unit->timeZone;
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dispositionChainTree"));
    m_tree->setHeaderLabels({tr("Dari → kepada"), tr("Petunjuk"), tr("Dikirim"), tr("Status")});
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    // Names and instructions fit their contents up to a cap (reload()), times are short, and the status
    // takes the rest; every cell carries its full text in a tooltip.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setMinimumHeight(140);
    m_empty = new QLabel(tr("Naskah ini belum didisposisikan."), this);
    m_empty->setObjectName(QStringLiteral("dispositionChainEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    // The letter view sends dispositions through its own button; a light refresh keeps this in step.
    auto* timer = new QTimer(this);
    timer->setInterval(3000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    timer->start();
    reload();
}

void DispositionChain::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

void DispositionChain::reload()
{
    auto chain =
        DispositionDesk(m_session.db(), m_session.audit(), m_session.actor()).dispositionsOf(m_letterId);
    m_tree->clear();
    if (!chain) {
        m_empty->setText(chain.errorMessage());
        m_empty->show();
        m_tree->hide();
        return;
    }
    // Short in the cells ("23 Nov 2026 14.05 WIB"), long in the tooltips.
    const auto when = [this](qint64 ms) {
        return ms > 0
                   ? formatOfficeTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), m_zone, TimeStyle::Short)
                   : tr("menunggu sinkronisasi");
    };
    const auto whenLong = [this](qint64 ms) {
        return LettersFormat::dateTime(ms, tr("menunggu sinkronisasi"), m_zone);
    };
    const auto tipAll = [](QTreeWidgetItem* item) {
        for (int col = 1; col < item->columnCount(); ++col) {
            if (item->toolTip(col).isEmpty())
                item->setToolTip(col, item->text(col));
        }
    };
    std::function<void(const DispositionNode&, QTreeWidgetItem*)> add = [&](const DispositionNode& node,
                                                                            QTreeWidgetItem* parent) {
        const Disposition& d = node.disposition;
        const QString state = d.cancelled     ? tr("Dibatalkan")
                              : d.done        ? tr("Selesai %1").arg(when(d.doneAt))
                              : d.readAt == 0 ? tr("Belum dibaca")
                                              : tr("Dibaca %1").arg(when(d.readAt));
        QStringList columns{tr("%1 → %2").arg(d.fromName, d.toName), instructionList(d.instructions),
                            when(d.createdAt), state};
        auto* item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
        QString tip = d.note.isEmpty() ? QString() : tr("Catatan: %1").arg(d.note);
        if (d.dueDate.isValid())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("Batas waktu: %1").arg(LettersFormat::longDate(d.dueDate));
        item->setToolTip(0, columns.first() + (tip.isEmpty() ? QString() : QStringLiteral("\n") + tip));
        item->setToolTip(2, tr("Dikirim %1").arg(whenLong(d.createdAt)));
        if (d.readAt > 0 && !d.cancelled && !d.done)
            item->setToolTip(3, tr("Dibaca %1").arg(whenLong(d.readAt)));
        tipAll(item);
        for (const DispositionFollowUp& f : d.followUps) {
            auto* note = new QTreeWidgetItem(item, {tr("Tindak lanjut: %1").arg(f.text), QString(),
                                                    when(f.at), tr("oleh %1").arg(f.byName)});
            QFont italic = note->font(0);
            italic.setItalic(true);
            note->setFont(0, italic);
            note->setToolTip(0, f.text);
            note->setToolTip(2, whenLong(f.at));
            tipAll(note);
        }
        for (const DispositionNode& child : node.children)
            add(child, item);
    };
    for (const DispositionNode& node : *chain)
        add(node, nullptr);
    m_tree->expandAll();
    // Fit the names and the instructions, but never so wide that the status is pushed out of sight; once,
    // so the periodic refresh keeps a width the user chose.
    if (!m_sized && !chain->isEmpty()) {
        m_sized = true;
        for (const auto& [column, cap] : {std::pair{0, 320}, std::pair{1, 200}}) {
            m_tree->resizeColumnToContents(column);
            m_tree->header()->resizeSection(column, qMin(m_tree->header()->sectionSize(column), cap));
        }
    }
    m_empty->setText(tr("Naskah ini belum didisposisikan."));
    m_empty->setVisible(chain->isEmpty());
    m_tree->setVisible(!chain->isEmpty());
}

QWidget* createLetterDispositionsPanel(RecordsSession& session, const QString& letterId, QWidget* parent)
{
    return new DispositionChain(session, letterId, parent);
}

} // namespace lontar::records
