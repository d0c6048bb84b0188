#include "shell/AdministrationPage.h"

#include "core/IdentityAdmin.h"
#include "shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    auto* splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("unitTree"));
    m_tree->setHeaderLabels({tr("Unit organisasi")});
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Nama"), tr("NIP"), tr("Jabatan"), tr("Peran"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({280, 900});

    m_addButton = new QPushButton(tr("Tambah pengguna…"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_addButton->setProperty("primary", true);
    m_resetButton = new QPushButton(tr("Atur ulang kata sandi…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_unlockButton = new QPushButton(tr("Buka kunci akun"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockUserButton"));
    m_activeButton = new QPushButton(this);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessageLabel"));
    m_message->setWordWrap(true);

    auto* hint = new QLabel(tr("Pilih unit untuk melihat pegawai di unit itu dan di bawahnya."), this);
    hint->setProperty("muted", true);
    hint->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(hint, 1);
    actions->addWidget(m_resetButton);
    actions->addWidget(m_unlockButton);
    actions->addWidget(m_activeButton);
    actions->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current)
            showUsersOf(current->data(0, Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AdministrationPage::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &AdministrationPage::addUser);
    connect(m_resetButton, &QPushButton::clicked, this, &AdministrationPage::resetPassword);
    connect(m_unlockButton, &QPushButton::clicked, this, &AdministrationPage::unlockUser);
    connect(m_activeButton, &QPushButton::clicked, this, &AdministrationPage::toggleActive);
    reload();
}

void AdministrationPage::reload()
{
    const QString previousUnit =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
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
            item->setToolTip(0, it->code);
            item->setData(0, Qt::UserRole, it->id);
            items.insert(it->id, item);
            it = pending.erase(it);
        }
        if (pending.size() == before)
            break;
    }
    m_tree->expandAll();
    if (QTreeWidgetItem* again = items.value(previousUnit))
        m_tree->setCurrentItem(again);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateActions();
}

void AdministrationPage::showUsersOf(const QString& unitId)
{
    IdentityStore& ids = m_context.profile.identity();
    IdentityAdmin admin(m_context.profile.database(), m_context.profile.audit(), m_context.user);
    auto subtree = ids.subtreeUnitIds(unitId);
    auto users = ids.users();
    m_table->setRowCount(0);
    if (!subtree || !users)
        return;
    for (const User& u : *users) {
        if (!subtree->contains(u.unitId))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(u.fullName);
        name->setData(Qt::UserRole, u.id);
        name->setData(Qt::UserRole + 1, u.active);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(u.nip));
        auto* position = new QTableWidgetItem(u.position);
        if (auto unit = ids.unitById(u.unitId))
            position->setToolTip(u.position + QLatin1Char('\n') + unit->name);
        m_table->setItem(row, 2, position);
        m_table->setItem(row, 3, new QTableWidgetItem(rolesText(u)));
        const bool locked = admin.isLocked(u.id).ok() && *admin.isLocked(u.id);
        auto* status = new QTableWidgetItem(!u.active ? tr("Nonaktif")
                                            : locked  ? tr("Terkunci")
                                                      : tr("Aktif"));
        status->setForeground(QColor(QLatin1String(!u.active ? Theme::kWarn
                                                   : locked  ? Theme::kError
                                                             : Theme::kOk)));
        status->setData(Qt::UserRole, locked);
        m_table->setItem(row, 4, status);
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

void AdministrationPage::updateActions()
{
    const bool isAdmin = m_context.user.hasRole(Role::AdminOpd);
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool active = selected && m_table->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toBool();
    const bool locked = selected && m_table->item(rows.first().row(), 4)->data(Qt::UserRole).toBool();
    m_addButton->setEnabled(isAdmin);
    m_resetButton->setEnabled(isAdmin && selected);
    m_unlockButton->setEnabled(isAdmin && locked);
    m_activeButton->setEnabled(isAdmin && selected);
    m_activeButton->setText(selected && !active ? tr("Aktifkan") : tr("Nonaktifkan"));
}

void AdministrationPage::report(const Status& status, const QString& success)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(status ? Theme::kOk : Theme::kError)));
    m_message->setText(status ? success : status.errorMessage());
}

void AdministrationPage::addUser()
{
    auto units = m_context.profile.identity().units();
    const QString currentUnit =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    UserDialog dialog(units ? *units : QList<OrgUnit>(), currentUnit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    IdentityAdmin admin(m_context.profile.database(), m_context.profile.audit(), m_context.user);
    auto created = admin.createUser(dialog.user(), dialog.password());
    report(created ? Status() : Status(created.error()),
           created ? tr("Pengguna %1 ditambahkan.").arg(created->fullName) : QString());
    reload();
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
    IdentityAdmin admin(m_context.profile.database(), m_context.profile.audit(), m_context.user);
    report(admin.resetPassword(userId, dialog.password()),
           tr("Kata sandi %1 telah diatur ulang.").arg(user->fullName));
    reload();
}

void AdministrationPage::unlockUser()
{
    const QString userId = selectedUserId();
    IdentityAdmin admin(m_context.profile.database(), m_context.profile.audit(), m_context.user);
    report(admin.unlock(userId), tr("Kunci akun telah dibuka."));
    reload();
}

void AdministrationPage::toggleActive()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString userId = selectedUserId();
    const bool active = m_table->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toBool();
    IdentityAdmin admin(m_context.profile.database(), m_context.profile.audit(), m_context.user);
    report(admin.setActive(userId, !active), active ? tr("Akun dinonaktifkan.") : tr("Akun diaktifkan."));
    reload();
}

UserDialog::UserDialog(const QList<OrgUnit>& units, const QString& defaultUnitId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("Tambah pengguna"));
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
    auto* rolesBox = new QWidget(this);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (Role r : allRoles()) {
        auto* check = new QCheckBox(roleDisplayName(r), rolesBox);
        check->setObjectName(QStringLiteral("role_") + roleKey(r));
        check->setChecked(r == Role::Asn);
        rolesLayout->addWidget(check);
        m_roles.append({r, check});
    }
    m_password = passwordEdit(QStringLiteral("newPasswordLineEdit"), this);
    m_confirm = passwordEdit(QStringLiteral("confirmPasswordLineEdit"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userDialogErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Nama pengguna"), m_username);
    form->addRow(tr("NIP"), m_nip);
    form->addRow(tr("Nama lengkap"), m_fullName);
    form->addRow(tr("Jabatan"), m_position);
    form->addRow(tr("Unit kerja"), m_unit);
    form->addRow(tr("Peran"), rolesBox);
    form->addRow(tr("Kata sandi awal"), m_password);
    form->addRow(tr("Ulangi kata sandi"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
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
    if (s)
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
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
