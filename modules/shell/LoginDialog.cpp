#include "shell/LoginDialog.h"

#include "core/Profile.h"
#include "shell/Language.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lontar {

LoginDialog::LoginDialog(Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/lontar/icons/lontar.svg")));
    setMinimumSize(720, 420);

    auto* brand = new QWidget(this);
    brand->setObjectName(QStringLiteral("loginBrandPanel"));
    brand->setAttribute(Qt::WA_StyledBackground);
    brand->setFixedWidth(300);
    auto* logo = new QLabel(brand);
    logo->setPixmap(QIcon(QStringLiteral(":/lontar/icons/lontar.svg")).pixmap(72, 72));
    auto* title = new QLabel(QStringLiteral("Lontar"), brand);
    title->setObjectName(QStringLiteral("loginBrandTitle"));
    m_brandText = new QLabel(brand);
    m_brandText->setObjectName(QStringLiteral("loginBrandText"));
    m_brandText->setWordWrap(true);
    auto* regency = new QLabel(m_profile.settings().value(Settings::regencyNameKey()), brand);
    regency->setObjectName(QStringLiteral("loginRegency"));
    regency->setWordWrap(true);
    auto* brandLayout = new QVBoxLayout(brand);
    brandLayout->setContentsMargins(32, 40, 32, 32);
    brandLayout->addWidget(logo);
    brandLayout->addSpacing(12);
    brandLayout->addWidget(title);
    brandLayout->addWidget(m_brandText);
    brandLayout->addStretch();
    brandLayout->addWidget(regency);

    auto* form = new QWidget(this);
    m_heading = new QLabel(form);
    m_heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600; color: #1d2b29;"));
    m_hint = new QLabel(form);
    m_hint->setProperty("muted", true);
    m_hint->setWordWrap(true);
    m_username = new QLineEdit(form);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(form);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_language = new QComboBox(form);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const LanguageInfo& info : Language::available())
        m_language->addItem(info.nativeName, info.code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_error = new QLabel(form);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_notice = new QLabel(form);
    m_notice->setObjectName(QStringLiteral("loginNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background: #fdf3dc; border: 1px solid #f2d48a; border-radius: 6px;"
                       " padding: 8px 10px; color: #5c4511;"));
    m_notice->hide();
    m_busyBar = new QProgressBar(form);
    m_busyBar->setObjectName(QStringLiteral("loginBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    m_busyLabel = new QLabel(form);
    m_busyLabel->setObjectName(QStringLiteral("loginBusyLabel"));
    m_busyLabel->setProperty("muted", true);
    m_busyLabel->setWordWrap(true);
    m_busyLabel->hide();
    m_loginButton = new QPushButton(form);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setProperty("primary", true);
    m_loginButton->setDefault(true);
    m_footer = new QLabel(form);
    m_footer->setProperty("muted", true);
    m_footer->setWordWrap(true);

    m_usernameLabel = new QLabel(form);
    m_passwordLabel = new QLabel(form);
    m_languageLabel = new QLabel(form);
    auto* fields = new QFormLayout;
    fields->setLabelAlignment(Qt::AlignLeft);
    fields->setRowWrapPolicy(QFormLayout::WrapAllRows);
    fields->addRow(m_usernameLabel, m_username);
    fields->addRow(m_passwordLabel, m_password);
    fields->addRow(m_languageLabel, m_language);

    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(40, 40, 40, 24);
    formLayout->addWidget(m_heading);
    formLayout->addWidget(m_hint);
    formLayout->addSpacing(16);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_error);
    formLayout->addWidget(m_notice);
    formLayout->addSpacing(8);
    formLayout->addWidget(m_loginButton);
    formLayout->addWidget(m_busyBar);
    formLayout->addWidget(m_busyLabel);
    formLayout->addStretch();
    formLayout->addWidget(m_footer);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(brand);
    layout->addWidget(form, 1);

    m_watcher = new QFutureWatcher<OnlineOutcome>(this);
    connect(m_watcher, &QFutureWatcher<OnlineOutcome>::finished, this, &LoginDialog::finishOnlineLogin);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::attemptLogin);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LoginDialog::changeLanguage);
    retranslateUi();
    m_username->setFocus();
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Masuk ke Lontar"));
    m_brandText->setText(
        tr("Layanan perkantoran digital pemerintah daerah: absensi, tanda tangan elektronik, "
           "kearsipan dinamis dan e-katalog lokal — tetap bekerja tanpa koneksi."));
    m_heading->setText(tr("Masuk"));
    m_hint->setText(tr("Gunakan akun yang diberikan oleh admin OPD Anda."));
    m_usernameLabel->setText(tr("Nama pengguna"));
    m_passwordLabel->setText(tr("Kata sandi"));
    m_languageLabel->setText(tr("Bahasa"));
    m_username->setPlaceholderText(tr("contoh: budi.santoso"));
    m_loginButton->setText(tr("Masuk"));
    m_busyLabel->setText(tr("Menghubungi server… Kata sandi Anda diperiksa oleh server."));
    m_footer->setText(tr("Data tersimpan di perangkat ini dan disinkronkan ke server saat terhubung."));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::changeLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (Language::apply(code)) {
        if (Status s = m_profile.settings().setValue(Settings::languageKey(), code); !s)
            qWarning("settings: %s", qPrintable(s.errorMessage()));
    }
}

void LoginDialog::attemptLogin()
{
    if (m_busy)
        return;
    m_error->clear();
    m_notice->hide();
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Isi nama pengguna dan kata sandi."));
        return;
    }
    Authenticator auth(m_profile.database(), &m_profile.audit());
    const QString username = m_username->text();
    const QString typed = m_password->text();
    auto user = auth.login(username, typed);
    m_password->clear();
    if (user) {
        m_user = *user;
        m_acceptedPassword = typed;
        accept();
        return;
    }
    if (!m_onlineLogin || !mayAskServer(user.error())) {
        m_password->setFocus();
        // Sync is off and this device knows nobody yet: a wrong-password message would mislead.
        auto count = m_profile.identity().userCount();
        if (!m_onlineLogin && count && *count == 0) {
            showNotice(tr("Perangkat ini belum mengenal pengguna mana pun. Masuk pertama kali memerlukan "
                          "koneksi ke server; hubungi admin OPD untuk menyambungkan perangkat ini."));
            return;
        }
        m_error->setText(user.errorMessage());
        return;
    }
    // The device does not know this password: the server may (first login here, or a new password).
    m_localError = user.error();
    m_typedPassword = typed;
    setBusy(true);
    m_watcher->setFuture(QtConcurrent::run([login = m_onlineLogin, username, typed]() -> OnlineOutcome {
        auto result = login(username, typed);
        if (!result)
            return {std::nullopt, result.error()};
        return {*result, {}};
    }));
}

bool LoginDialog::mayAskServer(const Error& localError)
{
    // NotFound: known here without a verifier. Unauthorized: unknown here, or a password the server
    // changed. Locked and disabled accounts are not worth a round trip.
    return localError.code == Error::Code::NotFound || localError.code == Error::Code::Unauthorized;
}

void LoginDialog::finishOnlineLogin()
{
    const OnlineOutcome outcome = m_watcher->result();
    const QString typed = std::exchange(m_typedPassword, QString());
    setBusy(false);
    if (outcome.user) {
        m_user = *outcome.user;
        m_acceptedPassword = typed;
        accept();
        return;
    }
    const Error& e = outcome.error;
    m_password->setFocus();
    switch (e.code) {
    case Error::Code::Network: {
        // Unreachable server: for a user this device knows, the local answer stands.
        auto count = m_profile.identity().userCount();
        const bool firstLogin = m_localError.code == Error::Code::NotFound || (count && *count == 0);
        if (firstLogin)
            showNotice(e.message);
        else
            m_error->setText(m_localError.message);
        break;
    }
    case Error::Code::Forbidden:
        // The password was right; the device or account waits for the admin (pending, disabled, revoked).
        showNotice(e.message + QLatin1Char('\n') +
                   tr("Setelah admin OPD menindaklanjutinya, masuk lagi dengan kata sandi yang sama."));
        break;
    default:
        m_error->setText(e.message);
        break;
    }
}

void LoginDialog::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->show();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_language->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

void LoginDialog::reject()
{
    // The server is being asked on a worker thread: the answer must find the dialog still here.
    if (m_busy)
        return;
    QDialog::reject();
}

LoginDialog::~LoginDialog()
{
    // Only reachable while busy when the dialog's owner goes away: wait for the worker to finish.
    if (m_watcher)
        m_watcher->waitForFinished();
}

} // namespace lontar
