#include "shell/SyncPage.h"

#include "core/Profile.h"
#include "shell/ServerConnection.h"
#include "shell/SyncStatusWidget.h"
#include "shell/Theme.h"
#include "sync/ClientStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lontar {

namespace {

QTableView* makeTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// A friendly sentence in the middle of an empty tab, instead of an empty grid.
QLabel* makeEmptyState(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("font-size: 14px; color: #4b5a57; padding: 40px;"));
    return label;
}

QLabel* makeNote(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setProperty("muted", true);
    label->setWordWrap(true);
    return label;
}

} // namespace

SyncPage::SyncPage(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncPage"));
    m_pendingModel = new PendingChangesModel(this);
    m_conflictsModel = new ConflictsModel(ConflictsModel::Kind::Conflicts, this);
    m_rejectedModel = new ConflictsModel(ConflictsModel::Kind::Rejected, this);
    m_fieldsModel = new FieldComparisonModel(this);
    const SyncText::IdResolver resolve = resolver();
    m_pendingModel->setResolver(resolve);
    m_conflictsModel->setResolver(resolve);
    m_rejectedModel->setResolver(resolve);
    m_fieldsModel->setResolver(resolve);

    m_status = new SyncStatusWidget(this);
    m_status->setObjectName(QStringLiteral("syncPageStatus"));
    m_status->setStyleSheet(QStringLiteral("font-size: 14px; font-weight: 600;"));
    m_syncNowButton = new QPushButton(QIcon(QStringLiteral(":/lontar/icons/sync-ok.svg")), QString(), this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNowButton->setProperty("primary", true);
    m_intro = makeNote(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncPageMessageLabel"));
    m_message->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(buildPendingTab(), QString());
    m_tabs->addTab(buildConflictsTab(), QString());
    m_tabs->addTab(buildRejectedTab(), QString());

    auto* top = new QHBoxLayout;
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(m_syncNowButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_syncNowButton, &QPushButton::clicked, this, &SyncPage::syncNow);
    if (m_context.server)
        connect(m_context.server, &ServerConnection::statusChanged, this, &SyncPage::onStatusChanged);
    retranslateUi();
    onStatusChanged();
}

QWidget* SyncPage::buildPendingTab()
{
    auto* tab = new QWidget(this);
    m_pendingTable = makeTable(QStringLiteral("pendingTable"), m_pendingModel, tab);
    auto* header = m_pendingTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PendingChangesModel::SummaryColumn, QHeaderView::Stretch);
    m_pendingEmpty = makeEmptyState(QStringLiteral("pendingEmptyLabel"), tab);
    m_pendingStack = new QStackedWidget(tab);
    m_pendingStack->addWidget(m_pendingTable);
    m_pendingStack->addWidget(m_pendingEmpty);
    m_pendingNote = makeNote(tab);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_pendingNote);
    layout->addWidget(m_pendingStack, 1);
    return tab;
}

QWidget* SyncPage::buildConflictsTab()
{
    auto* tab = new QWidget(this);
    m_conflictNote = makeNote(tab);
    m_conflictTable = makeTable(QStringLiteral("conflictTable"), m_conflictsModel, tab);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conflictTable->setMaximumHeight(170);
    m_conflictCompareTitle = new QLabel(tab);
    m_conflictCompareTitle->setProperty("cardTitle", true);
    m_fieldsTable = makeTable(QStringLiteral("conflictFieldsTable"), m_fieldsModel, tab);
    m_fieldsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_fieldsTable->setWordWrap(true);
    auto* fieldsHeader = m_fieldsTable->horizontalHeader();
    fieldsHeader->setSectionResizeMode(FieldComparisonModel::FieldColumn, QHeaderView::Interactive);
    fieldsHeader->resizeSection(FieldComparisonModel::FieldColumn, 170);
    fieldsHeader->setSectionResizeMode(FieldComparisonModel::MineColumn, QHeaderView::Stretch);
    fieldsHeader->setSectionResizeMode(FieldComparisonModel::TheirsColumn, QHeaderView::Stretch);
    m_fieldsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keepMineButton = new QPushButton(tab);
    m_keepMineButton->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirsButton = new QPushButton(tab);
    m_takeTheirsButton->setObjectName(QStringLiteral("takeTheirsButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keepMineButton);
    buttons->addWidget(m_takeTheirsButton);

    auto* content = new QWidget(tab);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_conflictNote);
    contentLayout->addWidget(m_conflictTable);
    contentLayout->addSpacing(8);
    contentLayout->addWidget(m_conflictCompareTitle);
    contentLayout->addWidget(m_fieldsTable, 1);
    contentLayout->addLayout(buttons);
    m_conflictEmpty = makeEmptyState(QStringLiteral("conflictEmptyLabel"), tab);
    m_conflictStack = new QStackedWidget(tab);
    m_conflictStack->addWidget(content);
    m_conflictStack->addWidget(m_conflictEmpty);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_conflictStack);

    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::showSelectedConflict);
    connect(m_keepMineButton, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_takeTheirsButton, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    return tab;
}

QWidget* SyncPage::buildRejectedTab()
{
    auto* tab = new QWidget(this);
    m_rejectedNote = makeNote(tab);
    m_rejectedTable = makeTable(QStringLiteral("rejectedTable"), m_rejectedModel, tab);
    auto* header = m_rejectedTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rejectedReason = new QLabel(tab);
    m_rejectedReason->setObjectName(QStringLiteral("rejectedReasonLabel"));
    m_rejectedReason->setWordWrap(true);
    m_rejectedReason->setTextFormat(Qt::RichText);
    m_rejectedReason->setStyleSheet(
        QStringLiteral("background: #fbeceb; border: 1px solid #efc4bf; border-radius: 6px; padding: 10px;"));
    m_dismissButton = new QPushButton(tab);
    m_dismissButton->setObjectName(QStringLiteral("dismissRejectedButton"));
    auto* detail = new QHBoxLayout;
    detail->addWidget(m_rejectedReason, 1);
    detail->addWidget(m_dismissButton, 0, Qt::AlignTop);

    auto* content = new QWidget(tab);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_rejectedNote);
    contentLayout->addWidget(m_rejectedTable, 1);
    contentLayout->addLayout(detail);
    m_rejectedEmpty = makeEmptyState(QStringLiteral("rejectedEmptyLabel"), tab);
    m_rejectedStack = new QStackedWidget(tab);
    m_rejectedStack->addWidget(content);
    m_rejectedStack->addWidget(m_rejectedEmpty);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_rejectedStack);

    connect(m_rejectedTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::showSelectedRejected);
    connect(m_dismissButton, &QPushButton::clicked, this, &SyncPage::dismissSelected);
    return tab;
}

SyncText::IdResolver SyncPage::resolver()
{
    Profile* profile = &m_context.profile;
    // Ids in synced rows point into the local directory: show the unit's or the person's name.
    return [profile](const QString& key, const QString& id) -> QString {
        if (key == QLatin1String("unitId") || key == QLatin1String("parentId")) {
            if (auto unit = profile->identity().unitById(id))
                return unit->name;
            return {};
        }
        if (auto user = profile->identity().userById(id))
            return user->fullName;
        return {};
    };
}

void SyncPage::retranslateUi()
{
    m_syncNowButton->setText(tr("Sinkronkan sekarang"));
    m_intro->setText(tr("Perubahan yang Anda buat disimpan dulu di perangkat ini, lalu dikirim ke server "
                        "setiap kali terhubung. Di sini terlihat apa yang belum terkirim dan apa yang "
                        "perlu keputusan Anda."));
    m_pendingNote->setText(tr("Perubahan berikut tersimpan aman di perangkat ini dan akan dikirim "
                              "otomatis saat terhubung ke server."));
    m_pendingEmpty->setText(tr("✔ Semua perubahan sudah terkirim ke server."));
    m_conflictNote->setText(tr("Data berikut diubah di perangkat ini dan juga oleh orang lain di server "
                               "sejak sinkronisasi terakhir. Bandingkan kedua versi, lalu pilih yang "
                               "dipakai."));
    m_conflictCompareTitle->setText(tr("Perbandingan isian"));
    m_conflictEmpty->setText(tr("✔ Tidak ada konflik. Tidak ada data yang perlu Anda pilih."));
    m_keepMineButton->setText(tr("Pakai versi saya"));
    m_keepMineButton->setToolTip(tr("Versi di perangkat ini dikirim lagi dan menggantikan versi server."));
    m_takeTheirsButton->setText(tr("Pakai versi server"));
    m_takeTheirsButton->setToolTip(tr("Perubahan Anda dibuang; perangkat ini memakai versi server."));
    m_rejectedNote->setText(tr("Server tidak menerima perubahan berikut, sehingga perubahan itu tidak "
                               "berlaku. Baca alasannya, perbaiki bila perlu, lalu tutup."));
    m_rejectedEmpty->setText(tr("✔ Tidak ada perubahan yang ditolak server."));
    m_dismissButton->setText(tr("Tutup"));
    m_dismissButton->setToolTip(tr("Hapus pemberitahuan ini dari daftar."));
    refresh();
}

void SyncPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncPage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void SyncPage::onStatusChanged()
{
    ServerConnection* server = m_context.server;
    m_status->setStatus(server ? server->status() : SyncStatusView{});
    const bool busy = server && server->status().state == SyncStatusView::State::Syncing;
    m_syncNowButton->setEnabled(server && !busy);
    m_syncNowButton->setToolTip(server ? QString()
                                       : tr("Sinkronisasi tidak aktif pada sesi ini; perubahan tetap "
                                            "tersimpan di perangkat."));
    // Hidden, the lists wait for showEvent; every pass would otherwise re-read them for nobody.
    if (isVisible())
        refresh();
}

void SyncPage::syncNow()
{
    if (!m_context.server)
        return;
    m_message->clear();
    m_syncNowButton->setEnabled(false);
    m_context.server->syncNow();
}

void SyncPage::refresh()
{
    sync::ClientStore store(m_context.profile.database());
    auto pending = store.pendingChanges();
    auto conflicts = store.conflicts();
    auto total = store.pendingCount();
    if (!pending || !conflicts || !total) {
        report(!pending     ? Status(pending.error())
               : !conflicts ? Status(conflicts.error())
                            : Status(total.error()),
               {});
        return;
    }
    m_pendingTotal = *total;

    // The first queued write of a row the server has never seen is an addition; later ones are edits.
    QList<PendingChangesModel::Row> rows;
    QHash<QString, QJsonObject> lastData; // a delete carries no data: name it by what was written before
    for (sync::PendingChange change : std::as_const(*pending)) {
        const QString key = change.entity + QLatin1Char('/') + change.entityId;
        bool isNew = false;
        if (change.op == QLatin1String("delete")) {
            change.data = lastData.value(key);
        } else {
            if (!lastData.contains(key)) {
                auto row = store.get(change.entity, change.entityId);
                isNew = !row || row->version == 0;
            }
            lastData.insert(key, change.data);
        }
        rows.append({change, isNew});
    }
    m_pendingModel->setRows(rows);

    const qint64 keepConflict = selectedId(m_conflictTable, m_conflictsModel);
    const qint64 keepRejected = selectedId(m_rejectedTable, m_rejectedModel);
    m_conflictsModel->setConflicts(*conflicts);
    m_rejectedModel->setConflicts(*conflicts);
    // Keep what the user was looking at; otherwise the first entry.
    const auto reselect = [](QTableView* view, int row, int count) {
        if (count > 0)
            view->selectRow(row >= 0 ? row : 0);
    };
    reselect(m_conflictTable, m_conflictsModel->rowOf(keepConflict), m_conflictsModel->rowCount());
    reselect(m_rejectedTable, m_rejectedModel->rowOf(keepRejected), m_rejectedModel->rowCount());
    showSelectedConflict();
    showSelectedRejected();

    m_pendingStack->setCurrentWidget(m_pendingModel->rowCount() > 0 ? static_cast<QWidget*>(m_pendingTable)
                                                                    : m_pendingEmpty);
    m_conflictStack->setCurrentIndex(m_conflictsModel->rowCount() > 0 ? 0 : 1);
    m_rejectedStack->setCurrentIndex(m_rejectedModel->rowCount() > 0 ? 0 : 1);
    m_tabs->setTabText(PendingTab, tr("Menunggu dikirim (%1)").arg(m_pendingTotal));
    m_tabs->setTabText(ConflictsTab, tr("Konflik (%1)").arg(m_conflictsModel->rowCount()));
    m_tabs->setTabText(RejectedTab, tr("Ditolak server (%1)").arg(m_rejectedModel->rowCount()));
    if (m_pendingTotal > m_pendingModel->rowCount())
        m_pendingNote->setText(tr("Ditampilkan %1 perubahan terlama dari %2. Semuanya tersimpan aman di "
                                  "perangkat ini dan akan dikirim otomatis saat terhubung ke server.")
                                   .arg(m_pendingModel->rowCount())
                                   .arg(m_pendingTotal));
}

void SyncPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

qint64 SyncPage::selectedId(QTableView* view, const ConflictsModel* model) const
{
    const auto rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= model->rowCount())
        return 0;
    return model->at(rows.first().row()).id;
}

void SyncPage::showSelectedConflict()
{
    const auto rows = m_conflictTable->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty() && rows.first().row() < m_conflictsModel->rowCount();
    m_fieldsModel->setConflict(selected ? &m_conflictsModel->at(rows.first().row()) : nullptr);
    m_keepMineButton->setEnabled(selected);
    m_takeTheirsButton->setEnabled(selected);
}

void SyncPage::showSelectedRejected()
{
    const auto rows = m_rejectedTable->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty() && rows.first().row() < m_rejectedModel->rowCount();
    m_dismissButton->setEnabled(selected);
    if (!selected) {
        m_rejectedReason->clear();
        return;
    }
    const sync::SyncConflict& c = m_rejectedModel->at(rows.first().row());
    m_rejectedReason->setText(
        tr("<b>%1 — %2</b><br>Alasan dari server: %3<br>Perubahan ini tidak berlaku; data di perangkat "
           "ini sudah dikembalikan seperti yang ada di server.")
            .arg(SyncText::entityName(c.entity).toHtmlEscaped(),
                 SyncText::summary(c.mine.isEmpty() ? c.theirs : c.mine, resolver()).toHtmlEscaped(),
                 SyncText::reasonText(c.reason).toHtmlEscaped()));
}

void SyncPage::resolveSelected(bool keepMine)
{
    const qint64 id = selectedId(m_conflictTable, m_conflictsModel);
    if (id == 0)
        return;
    sync::ClientStore store(m_context.profile.database());
    const Status s = store.resolveConflict(id, keepMine);
    const QString mineKept = m_context.server
                                 ? tr("Versi Anda dipakai dan sedang dikirim ke server.")
                                 : tr("Versi Anda dipakai dan dikirim saat terhubung ke server.");
    report(s, keepMine ? mineKept : tr("Versi server dipakai; perubahan Anda di perangkat ini dibuang."));
    refresh();
    // Settle it with the server now rather than at the next periodic pass.
    if (s && m_context.server)
        m_context.server->syncNow();
}

void SyncPage::dismissSelected()
{
    const qint64 id = selectedId(m_rejectedTable, m_rejectedModel);
    if (id == 0)
        return;
    sync::ClientStore store(m_context.profile.database());
    report(store.dismissRejected(id), tr("Pemberitahuan penolakan ditutup."));
    refresh();
}

void SyncPage::report(const Status& status, const QString& success)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(status ? Theme::kOk : Theme::kError)));
    m_message->setText(status ? success : status.errorMessage());
}

} // namespace lontar
