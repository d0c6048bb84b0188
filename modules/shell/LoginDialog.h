#pragma once

#include "core/Identity.h"

#include <QDialog>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lontar {

class Profile;

// First screen: who is working. Checks the password with Argon2id through core's Authenticator,
// which also applies the lock-out policy and writes the audit trail.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Profile& profile, QWidget* parent = nullptr);

    User authenticatedUser() const { return m_user; }
    // The password of the successful login, once: the second call returns an empty string.
    QString takePassword() { return std::exchange(m_acceptedPassword, QString()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void attemptLogin();
    void changeLanguage(int index);
    void retranslateUi();

    Profile& m_profile;
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
};

} // namespace lontar
