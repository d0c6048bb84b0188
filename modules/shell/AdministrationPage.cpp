#include "shell/AdministrationPage.h"

#include "core/EntityPolicy.h"
#include "core/IdentityAdmin.h"
#include "shell/AdminDevicesPanel.h"
#include "shell/ServerConnection.h"
#include "shell/SyncModels.h"
#include "shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lontar {

namespace {
QString rolesText(const User& user)
{
    QStringList names;
    for (Role r : user.roles)
        names.append(roleDisplayName(r));
    return names.join(QStringLiteral(", "));
}

// The rule both dialogs apply to a new password typed twice.
Status checkNewPassword(const QString& password, const QString& confirmation)
{
    if (Status s = IdentityStore::validatePassword(password); !s)
        return s;
    if (password != confirmation)
        return Error(QCoreApplication::translate("lontar::UserDialog", "Kedua kata sandi tidak sama"),
                     Error::Code::InvalidInput);
    return {};
}

QLineEdit* passwordEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(128);
    return edit;
}
} // namespace

AdministrationPage::AdministrationPage(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("adminConnectionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background: #fdf3dc; border: 1px solid #f2d48a; border-radius: 6px;"
                       " padding: 10px 12px; color: #5c4511;"));

    auto* usersTab = new QWidget(this);
    auto* splitter = new QSplitter(usersTab);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("unitTree"));
    m_tree->setHeaderLabels({tr("Unit organisasi")});
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("userTable"));
    // The position under the name, and roles wrapped: long Indonesian titles fit without a scroll bar.
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Pegawai"), tr("NIP"), tr("Peran"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(2, 170);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({250, 900});

    m_addButton = new QPushButton(tr("Tambah pengguna…"), usersTab);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_addButton->setProperty("primary", true);
    m_editButton = new QPushButton(tr("Ubah data…"), usersTab);
    m_editButton->setObjectName(QStringLiteral("editUserButton"));
    m_resetButton = new QPushButton(tr("Atur ulang kata sandi…"), usersTab);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_lockButton = new QPushButton(usersTab);
    m_lockButton->setObjectName(QStringLiteral("lockUserButton"));
    m_activeButton = new QPushButton(usersTab);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));

    auto* hint = new QLabel(tr("Pilih unit untuk melihat pegawai di unit itu dan di bawahnya. Perubahan "
                               "dikirim ke server lalu diterima semua perangkat saat sinkronisasi."),
                            usersTab);
    hint->setProperty("muted", true);
    hint->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_editButton);
    actions->addWidget(m_resetButton);
    actions->addWidget(m_lockButton);
    actions->addWidget(m_activeButton);
    actions->addStretch();
    actions->addWidget(m_addButton);
    auto* usersLayout = new QVBoxLayout(usersTab);
    usersLayout->setContentsMargins(0, 8, 0, 0);
    usersLayout->addWidget(hint);
    usersLayout->addLayout(actions);
    usersLayout->addWidget(splitter, 1);

    m_devices = new AdminDevicesPanel(m_context, this);
    m_devices->setObjectName(QStringLiteral("adminDevicesPanel"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(usersTab, tr("Pegawai"));
    m_tabs->addTab(m_devices, tr("Perangkat"));

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("adminBusyBar"));
    m_busyBar->setRange(0, 0); // indeterminate: the server's answer has no progress to report
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("adminBusyLabel"));
    m_busyLabel->setProperty("muted", true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessageLabel"));
    m_message->setWordWrap(true);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(busyRow);
    layout->addWidget(m_message);
    setBusy(false);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current)
            showUsersOf(current->data(0, Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AdministrationPage::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &AdministrationPage::addUser);
    connect(m_editButton, &QPushButton::clicked, this, &AdministrationPage::editUser);
    connect(m_resetButton, &QPushButton::clicked, this, &AdministrationPage::resetPassword);
    connect(m_lockButton, &QPushButton::clicked, this, &AdministrationPage::toggleLock);
    connect(m_activeButton, &QPushButton::clicked, this, &AdministrationPage::toggleActive);
    connect(m_devices, &AdminDevicesPanel::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy || m_busy);
        m_busyLabel->setText(busy ? tr("Menghubungi server…") : QString());
    });
    if (m_context.server)
        connect(m_context.server, &ServerConnection::statusChanged, this,
                &AdministrationPage::onConnectionChanged);
    reload();
    onConnectionChanged();
}

bool AdministrationPage::isOnline() const
{
    return m_context.server && m_context.server->isOnline();
}

void AdministrationPage::showEvent(QShowEvent* event)
{
    // Directory changes made elsewhere arrive with the periodic pulls.
    if (!m_busy)
        reload();
    QWidget::showEvent(event);
}

void AdministrationPage::onConnectionChanged()
{
    const bool online = isOnline();
    ServerConnection* server = m_context.server;
    if (!server) {
        m_notice->setText(tr("Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi tidak "
                             "aktif pada sesi ini. Data di bawah hanya dapat dilihat."));
    } else if (server->status().state == SyncStatusView::State::Syncing) {
        m_notice->setText(tr("Menghubungi server… Administrasi pengguna memerlukan koneksi ke server; "
                             "tombol aktif setelah terhubung."));
    } else if (server->status().state == SyncStatusView::State::Error) {
        // The server answered but refused (e.g. this device was revoked): say why.
        m_notice->setText(tr("Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi gagal: "
                             "%1 Data di bawah hanya dapat dilihat.")
                              .arg(SyncText::reasonText(server->status().lastError)));
    } else {
        m_notice->setText(tr("Administrasi pengguna memerlukan koneksi ke server. Perangkat ini sedang "
                             "tidak terhubung, jadi data di bawah hanya dapat dilihat. Tombol aktif kembali "
                             "begitu koneksi pulih."));
    }
    const bool cameOnline = online && !m_notice->isHidden(); // the notice was up until now
    m_notice->setVisible(!online);
    m_devices->setOnline(online);
    updateActions();
    if (cameOnline && !m_busy)
        fetchServerState();

    // A change went through: once the pass that pulls it back has finished, show the local copy.
    if (m_awaitingPull && server && server->status().state != SyncStatusView::State::Syncing) {
        m_awaitingPull = false;
        setBusy(false);
        reload();
        QString text = m_successMessage;
        if (server->status().state != SyncStatusView::State::Online)
            text += QLatin1Char(' ') + tr("Data di perangkat ini diperbarui pada sinkronisasi berikutnya.");
        report(Status(), text);
    }
}

void AdministrationPage::fetchServerState()
{
    if (!isOnline())
        return;
    // Lock-outs live on the server (the directory carries no lock state): ask for them.
    m_context.server->call("GET", QStringLiteral("/api/v1/admin/users"), {}, this,
                           [this](const Result<QJsonObject>& reply) {
                               if (!reply)
                                   return; // the table keeps what it showed; actions report errors
                               m_serverLocked.clear();
                               for (const QJsonValue& v : reply->value(QStringLiteral("users")).toArray()) {
                                   const QJsonObject o = v.toObject();
                                   m_serverLocked.insert(o.value(QStringLiteral("id")).toString(),
                                                         o.value(QStringLiteral("locked")).toBool());
                               }
                               if (QTreeWidgetItem* unit = m_tree->currentItem())
                                   showUsersOf(unit->data(0, Qt::UserRole).toString());
                           });
}

void AdministrationPage::reload()
{
    const QString previousUnit =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto units = m_context.profile.identity().units();
    if (!units) {
        m_message->setText(units.errorMessage());
        return;
    }
    // Parents before children: repeat until every unit found its place (or its parent is missing).
    QHash<QString, QTreeWidgetItem*> items;
    QList<OrgUnit> pending = *units;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            QTreeWidgetItem* parentItem = it->parentId.isEmpty() ? nullptr : items.value(it->parentId);
            if (!it->parentId.isEmpty() && !parentItem) {
                ++it;
                continue;
            }
            auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
            item->setText(0, it->name);
            item->setToolTip(0, it->name + QStringLiteral(" (") + it->code + QLatin1Char(')'));
            item->setData(0, Qt::UserRole, it->id);
            items.insert(it->id, item);
            it = pending.erase(it);
        }
        if (pending.size() == before)
            break;
    }
    m_tree->expandAll();
    QTreeWidgetItem* current = items.value(previousUnit);
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(current);
    showUsersOf(current ? current->data(0, Qt::UserRole).toString() : QString());
    if (isOnline())
        fetchServerState();
}

void AdministrationPage::showUsersOf(const QString& unitId)
{
    const QString keepSelected = selectedUserId();
    IdentityStore& ids = m_context.profile.identity();
    IdentityAdmin admin(m_context.profile.database(), m_context.profile.audit(), m_context.user);
    auto subtree = ids.subtreeUnitIds(unitId);
    auto users = ids.users();
    m_table->setRowCount(0);
    if (unitId.isEmpty() || !subtree || !users) {
        updateActions();
        return;
    }
    for (const User& u : *users) {
        if (!subtree->contains(u.unitId))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(u.position.isEmpty() ? u.fullName
                                                               : u.fullName + QLatin1Char('\n') + u.position);
        name->setData(Qt::UserRole, u.id);
        name->setData(Qt::UserRole + 1, u.active);
        if (auto unit = ids.unitById(u.unitId))
            name->setToolTip(u.fullName + QLatin1Char('\n') + u.position + QLatin1Char('\n') + unit->name);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(u.nip));
        m_table->setItem(row, 2, new QTableWidgetItem(rolesText(u)));
        // The server's lock state when known; this device's own lock-out otherwise.
        const bool locked = m_serverLocked.contains(u.id)
                                ? m_serverLocked.value(u.id)
                                : admin.isLocked(u.id).ok() && *admin.isLocked(u.id);
        auto* status = new QTableWidgetItem(!u.active ? tr("Nonaktif")
                                            : locked  ? tr("Terkunci")
                                                      : tr("Aktif"));
        status->setForeground(QColor(QLatin1String(!u.active ? Theme::kWarn
                                                   : locked  ? Theme::kError
                                                             : Theme::kOk)));
        status->setData(Qt::UserRole, locked);
        m_table->setItem(row, 3, status);
        if (u.id == keepSelected)
            m_table->selectRow(row);
    }
    updateActions();
}

QString AdministrationPage::selectedUserId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

bool AdministrationPage::selectedIs(int column, int role) const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return !rows.isEmpty() && m_table->item(rows.first().row(), column)->data(role).toBool();
}

void AdministrationPage::updateActions()
{
    // The server decides; this only keeps buttons that cannot work right now from being pressed.
    const bool ready = m_context.user.hasRole(Role::AdminOpd) && isOnline() && !m_busy;
    const bool selected = !selectedUserId().isEmpty();
    const bool active = selectedIs(0, Qt::UserRole + 1);
    const bool locked = selectedIs(3, Qt::UserRole);
    m_addButton->setEnabled(ready);
    m_editButton->setEnabled(ready && selected);
    m_resetButton->setEnabled(ready && selected);
    m_lockButton->setEnabled(ready && selected);
    m_lockButton->setText(selected && locked ? tr("Buka kunci akun") : tr("Kunci akun"));
    m_activeButton->setEnabled(ready && selected);
    m_activeButton->setText(selected && !active ? tr("Aktifkan") : tr("Nonaktifkan"));
}

void AdministrationPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setText(busy ? what : QString());
    m_tree->setEnabled(!busy);
    if (busy)
        m_message->clear();
    updateActions();
}

void AdministrationPage::report(const Status& status, const QString& success)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(status ? Theme::kOk : Theme::kError)));
    m_message->setText(status ? success : status.errorMessage());
}

void AdministrationPage::send(QList<Call> calls, const QString& success)
{
    if (!m_context.server || calls.isEmpty())
        return;
    setBusy(true, tr("Mengirim ke server…"));
    sendNext(std::move(calls), success, false);
}

void AdministrationPage::sendNext(QList<Call> calls, const QString& success, bool anyDone)
{
    if (calls.isEmpty()) {
        // Done on the server: the directory comes back with the pass asked for here.
        m_successMessage = success;
        m_awaitingPull = true;
        m_busyLabel->setText(tr("Tersimpan di server. Memperbarui data di perangkat ini…"));
        m_context.server->syncNow();
        return;
    }
    const Call call = calls.takeFirst();
    m_context.server->call(call.method, call.path, call.body, this,
                           [this, calls, success, anyDone](const Result<QJsonObject>& reply) {
                               if (!reply) {
                                   setBusy(false);
                                   report(Status(reply.error()), {});
                                   // Part of an edit may already be on the server: fetch it anyway.
                                   if (anyDone)
                                       m_context.server->syncNow();
                                   return;
                               }
                               sendNext(calls, success, true);
                           });
}

QList<OrgUnit> AdministrationPage::managedUnits() const
{
    // Only the units the server will accept are offered (it checks again): the admin's own subtree.
    auto units = m_context.profile.identity().units();
    if (!units)
        return {};
    IdentityAdmin admin(m_context.profile.database(), m_context.profile.audit(), m_context.user);
    auto managed = admin.managedUnits();
    if (!managed || managed->isEmpty())
        return *units;
    QList<OrgUnit> out;
    for (const OrgUnit& u : std::as_const(*units)) {
        if (managed->contains(u.id))
            out.append(u);
    }
    return out;
}

void AdministrationPage::addUser()
{
    const QList<OrgUnit> units = managedUnits();
    QString unit =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    const bool offered =
        std::any_of(units.cbegin(), units.cend(), [&](const OrgUnit& u) { return u.id == unit; });
    if (!offered)
        unit = m_context.user.unitId;
    UserDialog dialog(units, unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const User u = dialog.user();
    QJsonArray roles;
    for (Role r : u.roles)
        roles.append(roleKey(r));
    QJsonObject body{
        {QStringLiteral("username"), u.username},   {QStringLiteral("nip"), u.nip},
        {QStringLiteral("fullName"), u.fullName},   {QStringLiteral("position"), u.position},
        {QStringLiteral("unitId"), u.unitId},       {QStringLiteral("roles"), roles},
        {QStringLiteral("clearance"), u.clearance}, {QStringLiteral("password"), dialog.password()}};
    send({{"POST", QStringLiteral("/api/v1/admin/users"), body}},
         tr("Pengguna %1 ditambahkan. Saat pertama kali masuk, perangkatnya perlu terhubung ke server.")
             .arg(u.fullName));
}

void AdministrationPage::editUser()
{
    auto current = m_context.profile.identity().userById(selectedUserId());
    if (!current)
        return;
    UserDialog dialog(managedUnits(), current->unitId, this, &*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const User edited = dialog.user();
    const QString base = QStringLiteral("/api/v1/admin/users/") + current->id;
    // One call per kind of change, as the API has them; only what changed is sent.
    QList<Call> calls;
    QJsonObject profile;
    if (edited.fullName != current->fullName)
        profile.insert(QStringLiteral("fullName"), edited.fullName);
    if (edited.position != current->position)
        profile.insert(QStringLiteral("position"), edited.position);
    if (edited.nip != current->nip)
        profile.insert(QStringLiteral("nip"), edited.nip);
    if (!profile.isEmpty())
        calls.append({"POST", base, profile});
    if (edited.unitId != current->unitId)
        calls.append(
            {"POST", base + QStringLiteral("/unit"), QJsonObject{{QStringLiteral("unitId"), edited.unitId}}});
    QList<Role> before = current->roles;
    QList<Role> after = edited.roles;
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    if (before != after) {
        QJsonArray roles;
        for (Role r : edited.roles)
            roles.append(roleKey(r));
        calls.append(
            {"POST", base + QStringLiteral("/roles"), QJsonObject{{QStringLiteral("roles"), roles}}});
    }
    if (edited.clearance != current->clearance)
        calls.append({"POST", base + QStringLiteral("/clearance"),
                      QJsonObject{{QStringLiteral("clearance"), edited.clearance}}});
    if (calls.isEmpty()) {
        report(Status(), tr("Tidak ada yang diubah."));
        return;
    }
    send(calls, tr("Data %1 diperbarui.").arg(edited.fullName));
}

void AdministrationPage::resetPassword()
{
    const QString userId = selectedUserId();
    auto user = m_context.profile.identity().userById(userId);
    if (!user)
        return;
    PasswordDialog dialog(user->fullName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    send({{"POST", QStringLiteral("/api/v1/admin/users/%1/password").arg(userId),
           QJsonObject{{QStringLiteral("password"), dialog.password()}}}},
         tr("Kata sandi %1 telah diatur ulang. Yang bersangkutan masuk dengan kata sandi baru saat "
            "perangkatnya terhubung ke server.")
             .arg(user->fullName));
}

void AdministrationPage::toggleLock()
{
    const QString userId = selectedUserId();
    auto user = m_context.profile.identity().userById(userId);
    if (!user)
        return;
    const bool locked = selectedIs(3, Qt::UserRole);
    send({{"POST",
           QStringLiteral("/api/v1/admin/users/%1/%2")
               .arg(userId, locked ? QStringLiteral("unlock") : QStringLiteral("lock")),
           QJsonObject()}},
         locked ? tr("Kunci akun %1 telah dibuka.").arg(user->fullName)
                : tr("Akun %1 dikunci sampai dibuka kembali oleh admin.").arg(user->fullName));
}

void AdministrationPage::toggleActive()
{
    const QString userId = selectedUserId();
    auto user = m_context.profile.identity().userById(userId);
    if (!user)
        return;
    const bool active = selectedIs(0, Qt::UserRole + 1);
    send({{"POST",
           QStringLiteral("/api/v1/admin/users/%1/%2")
               .arg(userId, active ? QStringLiteral("disable") : QStringLiteral("enable")),
           QJsonObject()}},
         active ? tr("Akun %1 dinonaktifkan.").arg(user->fullName)
                : tr("Akun %1 diaktifkan.").arg(user->fullName));
}

UserDialog::UserDialog(const QList<OrgUnit>& units, const QString& defaultUnitId, QWidget* parent,
                       const User* existing)
    : QDialog(parent)
    , m_editing(existing != nullptr)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(m_editing ? tr("Ubah data pengguna") : tr("Tambah pengguna"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("newUsernameLineEdit"));
    m_username->setMaxLength(64);
    m_nip = new QLineEdit(this);
    m_nip->setObjectName(QStringLiteral("newNipLineEdit"));
    m_nip->setInputMask(QStringLiteral("999999999999999999;_"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("newFullNameLineEdit"));
    m_position = new QLineEdit(this);
    m_position->setObjectName(QStringLiteral("newPositionLineEdit"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("newUnitComboBox"));
    for (const OrgUnit& u : units)
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(defaultUnitId)));
    m_clearance = new QComboBox(this);
    m_clearance->setObjectName(QStringLiteral("newClearanceComboBox"));
    for (SecurityClass c : {SecurityClass::Biasa, SecurityClass::Terbatas, SecurityClass::Rahasia,
                            SecurityClass::SangatRahasia})
        m_clearance->addItem(securityClassDisplayName(c), int(c));
    auto* rolesBox = new QWidget(this);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (Role r : allRoles()) {
        auto* check = new QCheckBox(roleDisplayName(r), rolesBox);
        check->setObjectName(QStringLiteral("role_") + roleKey(r));
        check->setChecked(existing ? existing->hasRole(r) : r == Role::Asn);
        rolesLayout->addWidget(check);
        m_roles.append({r, check});
    }
    m_password = passwordEdit(QStringLiteral("newPasswordLineEdit"), this);
    m_confirm = passwordEdit(QStringLiteral("confirmPasswordLineEdit"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userDialogErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
    m_error->setWordWrap(true);
    if (existing) {
        // The username is how the person logs in everywhere: it stays.
        m_username->setText(existing->username);
        m_username->setReadOnly(true);
        m_nip->setText(existing->nip);
        m_fullName->setText(existing->fullName);
        m_position->setText(existing->position);
        m_clearance->setCurrentIndex(qMax(0, m_clearance->findData(existing->clearance)));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Nama pengguna"), m_username);
    form->addRow(tr("NIP"), m_nip);
    form->addRow(tr("Nama lengkap"), m_fullName);
    form->addRow(tr("Jabatan"), m_position);
    form->addRow(tr("Unit kerja"), m_unit);
    form->addRow(tr("Peran"), rolesBox);
    form->addRow(tr("Izin akses dokumen"), m_clearance);
    if (m_editing) {
        m_password->hide();
        m_confirm->hide();
    } else {
        form->addRow(tr("Kata sandi awal"), m_password);
        form->addRow(tr("Ulangi kata sandi"), m_confirm);
    }
    // Our own words: Qt ships no Indonesian for its standard buttons.
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Simpan"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("userDialogSaveButton"));
    save->setDefault(true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

User UserDialog::user() const
{
    User u;
    u.username = m_username->text().trimmed();
    u.nip = m_nip->text().trimmed();
    u.fullName = m_fullName->text().trimmed();
    u.position = m_position->text().trimmed();
    u.unitId = m_unit->currentData().toString();
    u.clearance = m_clearance->currentData().toInt();
    for (const auto& [role, check] : m_roles) {
        if (check->isChecked())
            u.roles.append(role);
    }
    return u;
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::validateAndAccept()
{
    const User u = user();
    Status s = IdentityStore::validateNip(u.nip);
    if (s && (u.username.isEmpty() || u.fullName.isEmpty()))
        s = Error(tr("Nama pengguna dan nama lengkap wajib diisi"), Error::Code::InvalidInput);
    if (s && u.roles.isEmpty())
        s = Error(tr("Pilih setidaknya satu peran"), Error::Code::InvalidInput);
    if (s && !m_editing)
        s = checkNewPassword(m_password->text(), m_confirm->text());
    if (!s) {
        m_error->setText(s.errorMessage());
        return;
    }
    accept();
}

PasswordDialog::PasswordDialog(const QString& forWhom, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Atur ulang kata sandi"));
    auto* who = new QLabel(
        tr("Kata sandi baru untuk %1. Sampaikan kepada yang bersangkutan secara langsung.").arg(forWhom),
        this);
    who->setWordWrap(true);
    m_password = passwordEdit(QStringLiteral("newPasswordLineEdit"), this);
    m_confirm = passwordEdit(QStringLiteral("confirmPasswordLineEdit"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passwordDialogErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
    auto* form = new QFormLayout;
    form->addRow(tr("Kata sandi baru"), m_password);
    form->addRow(tr("Ulangi kata sandi"), m_confirm);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Simpan"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("passwordDialogSaveButton"));
    save->setDefault(true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::validateAndAccept()
{
    const Status s = checkNewPassword(m_password->text(), m_confirm->text());
    if (!s) {
        m_error->setText(s.errorMessage());
        return;
    }
    accept();
}

} // namespace lontar
