#pragma once

#include "shell/UiModule.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace lontar {

// The org chart on the left, its staff on the right, and the admin OPD's actions on users. Every change
// goes through core's IdentityAdmin, which checks the role and writes the audit entry.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(ShellContext& context, QWidget* parent = nullptr);

    void reload();
    QString selectedUserId() const;

private:
    void showUsersOf(const QString& unitId);
    void updateActions();
    void addUser();
    void resetPassword();
    void unlockUser();
    void toggleActive();
    void report(const Status& status, const QString& success);

    ShellContext& m_context;
    QTreeWidget* m_tree = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_activeButton = nullptr;
};

// New user: identity, unit, roles and a first password the user changes later.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(const QList<OrgUnit>& units, const QString& defaultUnitId, QWidget* parent = nullptr);
    User user() const;
    QString password() const;

private:
    void validateAndAccept();

    QLineEdit* m_username = nullptr;
    QLineEdit* m_nip = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_position = nullptr;
    QComboBox* m_unit = nullptr;
    QList<QPair<Role, QCheckBox*>> m_roles;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
};

// A new password typed twice.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString& forWhom, QWidget* parent = nullptr);
    QString password() const;

private:
    void validateAndAccept();

    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lontar
