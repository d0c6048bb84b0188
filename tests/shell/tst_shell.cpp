#include "ShellTestSupport.h"

#include "core/Profile.h"
#include "shell/AboutDialog.h"
#include "shell/AdministrationPage.h"
#include "shell/BuiltinModules.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SyncEngineConnection.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
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

    static int rowOf(QTableWidget* table, int column, const QString& text)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column)->text() == text)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::registerDesktopEntities();
        Theme::apply(*qApp);
        sync::SyncClientModule syncModule;
        auto p = Profile::open(m_dir.path() + QStringLiteral("/profile"), {&syncModule});
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

    // Administration goes to the server; the change comes back through the pull into the local
    // directory, which is what the page shows.
    void adminPageWorksThroughTheServer()
    {
        auto server = test::startDemoServer(m_dir.filePath(QStringLiteral("admin-server")));
        auto profile = test::openFreshProfile(m_dir.filePath(QStringLiteral("admin-pc")));
        const sync::ServerEndpoint endpoint = test::endpointOf(*server);
        auto admin = sync::loginOnline(test::databasePathOf(*profile), test::blobDirOf(*profile), endpoint,
                                       QStringLiteral("admin"), DemoData::demoPassword());
        QVERIFY2(admin.ok(), qPrintable(admin.errorMessage()));
        SyncEngineConnection connection(test::engineConfig(*profile, endpoint));
        connection.start(admin->username, DemoData::demoPassword());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isOnline(), 30000);

        ShellContext context{*profile, *admin, &connection};
        AdministrationModule administration;
        MainWindow window(context, {&administration});
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = window.findChild<AdministrationPage*>();
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("userTable"));
        auto* add = window.findChild<QPushButton*>(QStringLiteral("addUserButton"));
        auto* lock = window.findChild<QPushButton*>(QStringLiteral("lockUserButton"));
        auto* active = window.findChild<QPushButton*>(QStringLiteral("toggleActiveButton"));
        auto* reset = window.findChild<QPushButton*>(QStringLiteral("resetPasswordButton"));
        auto* message = window.findChild<QLabel*>(QStringLiteral("adminMessageLabel"));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("adminConnectionNotice"));
        QVERIFY(page && table && add && lock && active && reset && message && notice);
        QVERIFY(!notice->isVisible());
        QVERIFY(add->isEnabled());
        QVERIFY(!lock->isEnabled()); // nobody selected yet

        // Add a user: the dialog is modal, filled in from a timer once open, as a person would.
        const int before = table->rowCount();
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newUsernameLineEdit")),
                             QStringLiteral("yusuf"));
            dialog->findChild<QLineEdit*>(QStringLiteral("newNipLineEdit"))
                ->setText(QStringLiteral("199607072023031002"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newFullNameLineEdit")),
                             QStringLiteral("Yusuf Maulana, S.Kom."));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPositionLineEdit")),
                             QStringLiteral("Pranata Komputer Ahli Pertama"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit")),
                             QStringLiteral("sandi-yusuf-1"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordLineEdit")),
                             QStringLiteral("beda"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("userDialogSaveButton"));
            save->click();
            // Mismatched confirmation keeps the dialog open with a reason.
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("userDialogErrorLabel"))->text().isEmpty());
            auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordLineEdit"));
            confirm->clear();
            QTest::keyClicks(confirm, QStringLiteral("sandi-yusuf-1"));
            test::saveShot(dialog, QStringLiteral("add-user-dialog"));
            save->click();
        });
        QTest::mouseClick(add, Qt::LeftButton);
        // Busy while the server works; the buttons wait.
        QVERIFY(page->isBusy());
        QVERIFY(!add->isEnabled());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("adminBusyBar"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QVERIFY2(message->text().contains(QStringLiteral("Yusuf")), qPrintable(message->text()));
        // The new user came back through the pull into this device's directory.
        auto yusuf = profile->identity().userByUsername(QStringLiteral("yusuf"));
        LONTAR_VERIFY_OK(yusuf);
        QCOMPARE(table->rowCount(), before + 1);
        test::saveShot(&window, QStringLiteral("admin-page-online"));

        // The server's refusal, in its own words: the same username again.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newUsernameLineEdit")),
                             QStringLiteral("yusuf"));
            dialog->findChild<QLineEdit*>(QStringLiteral("newNipLineEdit"))
                ->setText(QStringLiteral("199607072023031099"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newFullNameLineEdit")),
                             QStringLiteral("Yusuf Lain"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit")),
                             QStringLiteral("sandi-yusuf-2"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordLineEdit")),
                             QStringLiteral("sandi-yusuf-2"));
            dialog->findChild<QPushButton*>(QStringLiteral("userDialogSaveButton"))->click();
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QVERIFY2(!message->text().isEmpty() && !message->text().contains(QStringLiteral("ditambahkan")),
                 qPrintable(message->text()));
        QCOMPARE(table->rowCount(), before + 1);

        // Lock kabid on the server, then unlock: the status column follows the server.
        const int kabid = rowOf(table, 1, QStringLiteral("198407112009011003"));
        QVERIFY(kabid >= 0);
        table->selectRow(kabid);
        QCOMPARE(lock->text(), QStringLiteral("Kunci akun"));
        QTest::mouseClick(lock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QTRY_COMPARE(table->item(rowOf(table, 1, QStringLiteral("198407112009011003")), 3)->text(),
                     QStringLiteral("Terkunci"));
        QVERIFY(!page->selectedUserId().isEmpty());
        QCOMPARE(lock->text(), QStringLiteral("Buka kunci akun"));
        QTest::mouseClick(lock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QTRY_COMPARE(table->item(rowOf(table, 1, QStringLiteral("198407112009011003")), 3)->text(),
                     QStringLiteral("Aktif"));

        // Reset yusuf's password: the server takes the new one.
        table->selectRow(rowOf(table, 1, QStringLiteral("199607072023031002")));
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit")),
                             QStringLiteral("sandi-baru-yusuf"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordLineEdit")),
                             QStringLiteral("sandi-baru-yusuf"));
            dialog->findChild<QPushButton*>(QStringLiteral("passwordDialogSaveButton"))->click();
        });
        QTest::mouseClick(reset, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QVERIFY2(message->text().contains(QStringLiteral("diatur ulang")), qPrintable(message->text()));
        auto yusufPc = test::openFreshProfile(m_dir.filePath(QStringLiteral("yusuf-pc")));
        LONTAR_VERIFY_OK(sync::loginOnline(test::databasePathOf(*yusufPc), test::blobDirOf(*yusufPc),
                                           endpoint, QStringLiteral("yusuf"),
                                           QStringLiteral("sandi-baru-yusuf")));

        // Edit yusuf: position, a role and the clearance, each through its own endpoint.
        table->selectRow(rowOf(table, 1, QStringLiteral("199607072023031002")));
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* username = dialog->findChild<QLineEdit*>(QStringLiteral("newUsernameLineEdit"));
            QCOMPARE(username->text(), QStringLiteral("yusuf"));
            QVERIFY(username->isReadOnly());
            QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordLineEdit"))->isVisible());
            auto* position = dialog->findChild<QLineEdit*>(QStringLiteral("newPositionLineEdit"));
            position->clear();
            QTest::keyClicks(position, QStringLiteral("Pranata Komputer Ahli Muda"));
            dialog->findChild<QCheckBox*>(QStringLiteral("role_atasan"))->setChecked(true);
            dialog->findChild<QComboBox*>(QStringLiteral("newClearanceComboBox"))->setCurrentIndex(1);
            dialog->findChild<QPushButton*>(QStringLiteral("userDialogSaveButton"))->click();
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("editUserButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QVERIFY2(message->text().contains(QStringLiteral("diperbarui")), qPrintable(message->text()));
        auto edited = profile->identity().userByUsername(QStringLiteral("yusuf"));
        LONTAR_VERIFY_OK(edited);
        QCOMPARE(edited->position, QStringLiteral("Pranata Komputer Ahli Muda"));
        QVERIFY(edited->hasRole(Role::Atasan));
        QCOMPARE(edited->clearance, 1);

        // Disable yusuf: the local directory says so after the pull.
        table->selectRow(rowOf(table, 1, QStringLiteral("199607072023031002")));
        QCOMPARE(active->text(), QStringLiteral("Nonaktifkan"));
        QTest::mouseClick(active, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QTRY_VERIFY(!profile->identity().userByUsername(QStringLiteral("yusuf"))->active);
        QCOMPARE(table->item(rowOf(table, 1, QStringLiteral("199607072023031002")), 3)->text(),
                 QStringLiteral("Nonaktif"));

        // Devices of the admin's units, from the server.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("adminTabs"));
        tabs->setCurrentIndex(1);
        auto* devices = window.findChild<QTableView*>(QStringLiteral("deviceTable"));
        QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowCount() >= 2, 30000); // admin's and yusuf's PCs
        QCOMPARE(devices->model()->index(0, 2).data().toString(), QStringLiteral("Disetujui"));
        test::saveShot(&window, QStringLiteral("admin-page-devices"));
        tabs->setCurrentIndex(0);

        // The server goes away: the page says administration needs it, and nothing can be pressed.
        server.reset();
        connection.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            !connection.isOnline() && connection.status().state != SyncStatusView::State::Syncing, 30000);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("memerlukan koneksi ke server")),
                 qPrintable(notice->text()));
        table->selectRow(0);
        for (auto* button :
             {add, lock, active, reset, window.findChild<QPushButton*>(QStringLiteral("editUserButton"))})
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        // The directory is still there to read.
        QCOMPARE(table->rowCount(), before + 1);
        test::saveShot(&window, QStringLiteral("admin-page-offline"));
    }

    void adminPageWithoutSyncIsReadOnly()
    {
        ShellContext context{*m_profile, login(QStringLiteral("admin"))};
        AdministrationModule administration;
        MainWindow window(context, {&administration});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("adminConnectionNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("memerlukan koneksi ke server")));
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("addUserButton"))->isEnabled());
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
