#pragma once

#include "shell/UiModule.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace lontar {

class AdminDevicesPanel;

// The org chart on the left, its staff on the right, and the admin OPD's actions on users and devices.
// The directory is the server's: every change is a call of the server's administration API (which
// checks the admin's role and unit tree, and writes the audit entry); the change comes back to this
// device with the next pull, and the page shows the local copy. Without a connection the page is
// read-only and says so.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(ShellContext& context, QWidget* parent = nullptr);

    void reload();
    QString selectedUserId() const;
    bool isBusy() const { return m_busy; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QJsonObject body;
    };

    void showUsersOf(const QString& unitId);
    void updateActions();
    void onConnectionChanged();
    void fetchServerState();
    void addUser();
    void editUser();
    void resetPassword();
    void toggleLock();
    void toggleActive();
    // Sends the calls one after another; when all went through, asks for a pass so the change comes
    // back through the pull, then reloads and shows `success`.
    void send(QList<Call> calls, const QString& success);
    void sendNext(QList<Call> calls, const QString& success, bool anyDone);
    void setBusy(bool busy, const QString& what = {});
    void report(const Status& status, const QString& success);
    bool isOnline() const;
    bool selectedIs(int column, int role) const;
    QList<OrgUnit> managedUnits() const;

    ShellContext& m_context;
    QLabel* m_notice = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_busyLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTableWidget* m_table = nullptr;
    AdminDevicesPanel* m_devices = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_lockButton = nullptr;
    QPushButton* m_activeButton = nullptr;

    QHash<QString, bool> m_serverLocked; // user id → locked, as the server said last
    bool m_busy = false;
    bool m_awaitingPull = false; // a change went through; reload once the next pass has finished
    QString m_successMessage;
};

// A user's record: new (with a first password the user changes later) or an existing one to edit.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: edit that user (username fixed, no password); nullptr: a new user.
    UserDialog(const QList<OrgUnit>& units, const QString& defaultUnitId, QWidget* parent = nullptr,
               const User* existing = nullptr);
    User user() const;
    QString password() const;

private:
    void validateAndAccept();

    bool m_editing = false;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_nip = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_position = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_clearance = nullptr;
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
