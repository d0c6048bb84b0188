#include "records/ui/DispositionChain.h"

#include "core/Identity.h"
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
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
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
    const auto when = [this](qint64 ms) {
        return LettersFormat::dateTime(ms, tr("menunggu sinkronisasi"), m_zone);
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
        item->setToolTip(0, tip);
        for (const DispositionFollowUp& f : d.followUps) {
            auto* note = new QTreeWidgetItem(
                item, {tr("Tindak lanjut: %1").arg(f.text), QString(), when(f.at), f.byName});
            QFont italic = note->font(0);
            italic.setItalic(true);
            note->setFont(0, italic);
            note->setFirstColumnSpanned(false);
        }
        for (const DispositionNode& child : node.children)
            add(child, item);
    };
    for (const DispositionNode& node : *chain)
        add(node, nullptr);
    m_tree->expandAll();
    m_empty->setText(tr("Naskah ini belum didisposisikan."));
    m_empty->setVisible(chain->isEmpty());
    m_tree->setVisible(!chain->isEmpty());
}

QWidget* createLetterDispositionsPanel(RecordsSession& session, const QString& letterId, QWidget* parent)
{
    return new DispositionChain(session, letterId, parent);
}

} // namespace lontar::records
