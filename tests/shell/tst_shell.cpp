#include "TestSupport.h"

#include "core/Profile.h"
#include "shell/AboutDialog.h"
#include "shell/BuiltinModules.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace lontar;

// Drives the real shell widgets by object name, as a person would, and saves screenshots of the key screens.
class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

    static void saveShot(QWidget* w, const QString& name)
    {
        const QString path = test::outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }

    User login(const QString& username)
    {
        Authenticator auth(m_profile->database());
        auto user = auth.login(username, DemoData::demoPassword());
        if (!user)
            qFatal("login failed: %s", qPrintable(user.errorMessage()));
        return *user;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp);
        auto p = Profile::open(m_dir.path() + QStringLiteral("/profile"), {});
        LONTAR_VERIFY_OK(p);
        m_profile = std::move(*p);
        LONTAR_VERIFY_OK(DemoData::seed(*m_profile));
        QVERIFY(Language::apply(QStringLiteral("id")));
    }

    void cleanupTestCase() { m_profile.reset(); }

    void loginDialogRejectsWrongPasswordAndAcceptsRightOne()
    {
        LoginDialog dialog(*m_profile);
        dialog.resize(760, 440);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveShot(&dialog, QStringLiteral("login-dialog"));

        auto* username = dialog.findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(username && password && button && error);
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!error->text().isEmpty()); // empty fields
        QVERIFY(dialog.isVisible());

        QTest::keyClicks(username, QStringLiteral("staf"));
        QTest::keyClicks(password, QStringLiteral("bukan-sandinya"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(error->text().contains(QStringLiteral("salah")));
        QVERIFY(password->text().isEmpty()); // the typed password is not kept around
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        saveShot(&dialog, QStringLiteral("login-dialog-error"));

        QTest::keyClicks(password, DemoData::demoPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.authenticatedUser().username, QStringLiteral("staf"));
    }

    void loginDialogSwitchesLanguageLive()
    {
        LoginDialog dialog(*m_profile);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
        QCOMPARE(button->text(), QStringLiteral("Masuk"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        // Qt posts QEvent::LanguageChange to top-level widgets; it arrives on the next event-loop pass.
        QTRY_COMPARE(button->text(), QStringLiteral("Sign in"));
        QCOMPARE(m_profile->settings().value(Settings::languageKey()), QStringLiteral("en"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("id")));
        QTRY_COMPARE(button->text(), QStringLiteral("Masuk"));
    }

    void mainWindowMountsModulesForAdmin()
    {
        ShellContext context{*m_profile, login(QStringLiteral("admin"))};
        AdministrationModule administration;
        AuditModule audit;
        HomeModule home({&administration, &audit}, {});
        MainWindow window(context, {&home, &administration, &audit});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* nav = window.findChild<QListWidget*>(QStringLiteral("moduleNavigationList"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 3);
        QCOMPARE(window.currentModuleId(), QStringLiteral("home"));
        auto* greeting = window.findChild<QLabel*>(QStringLiteral("greetingLabel"));
        QVERIFY(greeting->text().contains(QStringLiteral("Rahmat Hidayat")));
        auto* auditState = window.findChild<QLabel*>(QStringLiteral("homeAuditStateLabel"));
        QVERIFY(auditState->text().contains(QStringLiteral("utuh")));
        QCOMPARE(window.syncStatusWidget()->text(), QStringLiteral("Sinkronisasi belum dikonfigurasi"));
        saveShot(&window, QStringLiteral("main-window-home"));

        nav->setCurrentRow(1);
        QCOMPARE(window.currentModuleId(), QStringLiteral("administration"));
        auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("unitTree"));
        auto* users = window.findChild<QTableWidget*>(QStringLiteral("userTable"));
        QVERIFY(tree->topLevelItemCount() == 1);
        QCOMPARE(users->rowCount(), int(*m_profile->identity().userCount())); // regency root shows everyone
        saveShot(&window, QStringLiteral("main-window-users"));

        QVERIFY(window.showModule(QStringLiteral("audit")));
        auto* verdict = window.findChild<QLabel*>(QStringLiteral("auditVerdictLabel"));
        QVERIFY(verdict->text().contains(QStringLiteral("utuh")));
        QVERIFY(window.findChild<QTableWidget*>(QStringLiteral("auditTable"))->rowCount() > 0);
        saveShot(&window, QStringLiteral("main-window-audit"));

        SyncStatusView offline;
        offline.state = SyncStatusView::State::Offline;
        offline.pendingChanges = 3;
        window.setSyncStatus(offline);
        QVERIFY(window.syncStatusWidget()->text().contains(QStringLiteral("3")));
    }

    void adminUnlocksAndAddsUsers()
    {
        Authenticator auth(m_profile->database(), nullptr, LockoutPolicy{1, 30});
        QCOMPARE(auth.login(QStringLiteral("kabid"), QStringLiteral("salah")).error().code,
                 Error::Code::Locked);

        ShellContext context{*m_profile, login(QStringLiteral("admin"))};
        AdministrationModule administration;
        MainWindow window(context, {&administration});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("userTable"));
        auto* unlock = window.findChild<QPushButton*>(QStringLiteral("unlockUserButton"));
        auto* add = window.findChild<QPushButton*>(QStringLiteral("addUserButton"));
        auto* message = window.findChild<QLabel*>(QStringLiteral("adminMessageLabel"));
        QVERIFY(table && unlock && add && message);
        QVERIFY(!unlock->isEnabled());

        int kabidRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == QStringLiteral("198407112009011003"))
                kabidRow = row;
        }
        QVERIFY(kabidRow >= 0);
        QCOMPARE(table->item(kabidRow, 4)->text(), QStringLiteral("Terkunci"));
        table->selectRow(kabidRow);
        QVERIFY(unlock->isEnabled());
        saveShot(&window, QStringLiteral("main-window-users-locked"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("kabid"), DemoData::demoPassword()));

        // The add-user dialog is modal: fill it in from a timer once it is open, as a person would.
        const int before = table->rowCount();
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newUsernameLineEdit")),
                             QStringLiteral("yusuf"));
            auto* nip = dialog->findChild<QLineEdit*>(QStringLiteral("newNipLineEdit"));
            nip->setText(QStringLiteral("199607072023031002"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newFullNameLineEdit")),
                             QStringLiteral("Yusuf Maulana, S.Kom."));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit")),
                             QStringLiteral("sandi-yusuf-1"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordLineEdit")),
                             QStringLiteral("beda"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            // Mismatched confirmation keeps the dialog open with a reason.
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("userDialogErrorLabel"))->text().isEmpty());
            auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordLineEdit"));
            confirm->clear();
            QTest::keyClicks(confirm, QStringLiteral("sandi-yusuf-1"));
            saveShot(dialog, QStringLiteral("add-user-dialog"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(table->rowCount(), before + 1);
        QVERIFY(message->text().contains(QStringLiteral("Yusuf")));
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("yusuf"), QStringLiteral("sandi-yusuf-1")));
    }

    void auditPageShowsTampering()
    {
        ShellContext context{*m_profile, login(QStringLiteral("admin"))};
        AuditModule audit;
        MainWindow window(context, {&audit});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LONTAR_VERIFY_OK(
            m_profile->database().exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("auditVerifyButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto* verdict = window.findChild<QLabel*>(QStringLiteral("auditVerdictLabel"));
        QVERIFY2(verdict->text().contains(QStringLiteral("RUSAK")), qPrintable(verdict->text()));
        LONTAR_VERIFY_OK(
            m_profile->database().exec(QStringLiteral("UPDATE audit_log SET actor = 'system' WHERE id = 1")));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(verdict->text().contains(QStringLiteral("utuh")));
    }

    void ordinaryStaffDoNotSeeAdministration()
    {
        ShellContext context{*m_profile, login(QStringLiteral("staf"))};
        AdministrationModule administration;
        AuditModule audit;
        HomeModule home({&administration, &audit}, {});
        MainWindow window(context, {&home, &administration, &audit});
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("moduleNavigationList"))->count(), 1);
        QVERIFY(!window.showModule(QStringLiteral("administration")));
        QVERIFY(!window.findChild<QTableWidget*>(QStringLiteral("userTable")));
    }

    void mainWindowInEnglish()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        ShellContext context{*m_profile, login(QStringLiteral("kadis"))};
        HomeModule home({}, {});
        MainWindow window(context, {&home});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.syncStatusWidget()->text(), QStringLiteral("Sync not configured"));
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("moduleNavigationList"))->item(0)->text(),
                 QStringLiteral("Home"));
        saveShot(&window, QStringLiteral("main-window-home-en"));
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_COMPARE(window.syncStatusWidget()->text(), QStringLiteral("Sinkronisasi belum dikonfigurasi"));
    }

    void aboutDialogNamesVersion()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QVERIFY(about.findChild<QLabel*>(QStringLiteral("aboutVersionLabel"))
                    ->text()
                    .contains(QStringLiteral("9.8.7")));
        saveShot(&about, QStringLiteral("about-dialog"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
