#pragma once

#include "core/Identity.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lontar {

class Profile;

// First screen: who is working. Checks the password with Argon2id through core's Authenticator,
// which also applies the lock-out policy and writes the audit trail. A password this device cannot
// check (the user's first login here, or the first after a change on the server) goes to the central
// server when one is configured; that runs off the UI thread while the dialog shows it is busy.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // Blocking (network): the dialog runs it on a worker thread. It must open its own database connection.
    using OnlineLogin = std::function<Result<User>(const QString& username, const QString& password)>;

    explicit LoginDialog(Profile& profile, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setOnlineLogin(OnlineLogin login) { m_onlineLogin = std::move(login); }
    bool isBusy() const { return m_busy; }
    // Whether a local refusal may be settled by the server (the server may know a newer password).
    static bool mayAskServer(const Error& localError);

    User authenticatedUser() const { return m_user; }
    // The password of the successful login, once: the second call returns an empty string.
    QString takePassword() { return std::exchange(m_acceptedPassword, QString()); }

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct OnlineOutcome
    {
        std::optional<User> user;
        Error error;
    };

    void attemptLogin();
    void finishOnlineLogin();
    void setBusy(bool busy);
    void showNotice(const QString& text);
    void changeLanguage(int index);
    void retranslateUi();

    Profile& m_profile;
    OnlineLogin m_onlineLogin;
    QFutureWatcher<OnlineOutcome>* m_watcher = nullptr;
    bool m_busy = false;
    Error m_localError;      // why the device refused, while the server is asked
    QString m_typedPassword; // only while the server is asked
    User m_user;
    QString m_acceptedPassword;
    QLabel* m_brandText = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_footer = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_loginButton = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notice = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_busyLabel = nullptr;
};

} // namespace lontar
