#include "ShellTestSupport.h"

#include "shell/AdminDevicesPanel.h"
#include "shell/BuiltinModules.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SyncEngineConnection.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace lontar;

// The login dialog on a fresh profile (lontar --no-demo): the device knows nobody, so the first login
// is checked by the server, off the UI thread, and leaves a verifier behind for offline logins.
class TestFirstLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static LoginDialog::OnlineLogin onlineLogin(Profile& profile, const sync::ServerEndpoint& server)
    {
        return [db = test::databasePathOf(profile), blobs = test::blobDirOf(profile),
                server](const QString& username, const QString& password) {
            return sync::loginOnline(db, blobs, server, username, password);
        };
    }

    struct Fields
    {
        QLineEdit* username;
        QLineEdit* password;
        QPushButton* button;
        QLabel* error;
        QLabel* notice;
        QLabel* busy;
    };

    static Fields fieldsOf(LoginDialog& dialog)
    {
        return {dialog.findChild<QLineEdit*>(QStringLiteral("usernameLineEdit")),
                dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")),
                dialog.findChild<QPushButton*>(QStringLiteral("loginButton")),
                dialog.findChild<QLabel*>(QStringLiteral("errorLabel")),
                dialog.findChild<QLabel*>(QStringLiteral("loginNoticeLabel")),
                dialog.findChild<QLabel*>(QStringLiteral("loginBusyLabel"))};
    }

    static void type(const Fields& f, const QString& username, const QString& password)
    {
        f.username->clear();
        QTest::keyClicks(f.username, username);
        QTest::keyClicks(f.password, password);
    }

    static void show(LoginDialog& dialog)
    {
        dialog.resize(760, 460);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::registerDesktopEntities();
        Theme::apply(*qApp);
        QVERIFY(Language::apply(QStringLiteral("id")));
    }

    void firstLoginGoesThroughServerThenWorksOffline()
    {
        auto server = test::startDemoServer(m_dir.filePath(QStringLiteral("server")));
        auto profile = test::openFreshProfile(m_dir.filePath(QStringLiteral("fresh")));
        QCOMPARE(*profile->identity().userCount(), 0);
        const auto online = onlineLogin(*profile, test::endpointOf(*server));
        {
            LoginDialog dialog(*profile);
            dialog.setOnlineLogin(online);
            show(dialog);
            const Fields f = fieldsOf(dialog);

            // Someone the server does not know: the server's refusal, in its words.
            type(f, QStringLiteral("tamu"), QStringLiteral("sandi-tamu-1"));
            QTest::mouseClick(f.button, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
            QVERIFY2(f.error->text().contains(QStringLiteral("salah")), qPrintable(f.error->text()));
            QCOMPARE(dialog.result(), int(QDialog::Rejected));

            type(f, QStringLiteral("staf"), DemoData::demoPassword());
            QTest::mouseClick(f.button, Qt::LeftButton);
            // The server is being asked on a worker thread: the dialog stays responsive and says so.
            QVERIFY(dialog.isBusy());
            QVERIFY(f.busy->isVisible());
            QVERIFY(f.busy->text().startsWith(QStringLiteral("Menghubungi server…")));
            QVERIFY(!f.username->isEnabled() && !f.password->isEnabled() && !f.button->isEnabled());
            QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("loginBusyBar"))->isVisible());
            test::saveShot(&dialog, QStringLiteral("login-contacting-server"));
            dialog.reject(); // Esc while busy: the answer must find the dialog
            QVERIFY(dialog.isVisible());

            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
            QCOMPARE(dialog.authenticatedUser().username, QStringLiteral("staf"));
            QCOMPARE(dialog.takePassword(), DemoData::demoPassword()); // for the sync engine, once
        }
        // The directory came with it.
        QCOMPARE(*profile->identity().userCount(), test::demoUserCount());

        // The server is gone: staf still gets in, checked on the device.
        server.reset();
        {
            LoginDialog dialog(*profile);
            dialog.setOnlineLogin(online);
            show(dialog);
            const Fields f = fieldsOf(dialog);
            type(f, QStringLiteral("staf"), DemoData::demoPassword());
            QTest::mouseClick(f.button, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.isBusy());
        }
        // A typo offline: the device's answer, not a "needs a connection" notice.
        {
            LoginDialog dialog(*profile);
            dialog.setOnlineLogin(online);
            show(dialog);
            const Fields f = fieldsOf(dialog);
            type(f, QStringLiteral("staf"), QStringLiteral("bukan-sandinya"));
            QTest::mouseClick(f.button, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 35000);
            QVERIFY2(f.error->text().contains(QStringLiteral("salah")), qPrintable(f.error->text()));
            QVERIFY(!f.notice->isVisible());
            // Another user this device knows only from the directory: that needs the server.
            type(f, QStringLiteral("kabid"), DemoData::demoPassword());
            QTest::mouseClick(f.button, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 35000);
            QVERIFY(f.notice->isVisible());
            QVERIFY2(f.notice->text().contains(QStringLiteral("memerlukan koneksi ke server")),
                     qPrintable(f.notice->text()));
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
    }

    void pendingDeviceIsSaidPlainly()
    {
        // A real deployment: new devices wait for an admin OPD.
        auto server = test::startDemoServer(m_dir.filePath(QStringLiteral("strict-server")), false);
        auto profile = test::openFreshProfile(m_dir.filePath(QStringLiteral("new-pc")));
        LoginDialog dialog(*profile);
        dialog.setOnlineLogin(onlineLogin(*profile, test::endpointOf(*server)));
        show(dialog);
        const Fields f = fieldsOf(dialog);
        type(f, QStringLiteral("kabid"), DemoData::demoPassword());
        QTest::mouseClick(f.button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.notice->isVisible(), 30000);
        QVERIFY2(f.notice->text().contains(QStringLiteral("Perangkat menunggu persetujuan admin OPD")),
                 qPrintable(f.notice->text()));
        QVERIFY(f.error->text().isEmpty());
        QVERIFY(f.username->isEnabled());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        test::saveShot(&dialog, QStringLiteral("login-device-pending"));

        // The admin OPD approves it on the Users & Units page (their own first device is approved on
        // the server itself, as `lontar-server --approve-device` does).
        auto adminPc = test::openFreshProfile(m_dir.filePath(QStringLiteral("admin-pc")));
        const sync::ServerEndpoint endpoint = test::endpointOf(*server);
        const auto adminLogin = [&] {
            return sync::loginOnline(test::databasePathOf(*adminPc), test::blobDirOf(*adminPc), endpoint,
                                     QStringLiteral("admin"), DemoData::demoPassword());
        };
        QCOMPARE(adminLogin().error().code, Error::Code::Forbidden);
        {
            auto store = Database::openSqlite(m_dir.filePath(QStringLiteral("strict-server/server.sqlite")));
            LONTAR_VERIFY_OK(store);
            LONTAR_VERIFY_OK(
                (*store)->exec(QStringLiteral("UPDATE srv_devices SET status = 'approved' WHERE "
                                              "user_id = (SELECT id FROM users WHERE username = ?)"),
                               {QStringLiteral("admin")}));
        }
        auto admin = adminLogin();
        LONTAR_VERIFY_OK(admin);
        SyncEngineConnection connection(test::engineConfig(*adminPc, endpoint));
        connection.start(admin->username, DemoData::demoPassword());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isOnline(), 30000);
        ShellContext context{*adminPc, *admin, &connection};
        AdministrationModule administration;
        MainWindow window(context, {&administration});
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QTabWidget*>(QStringLiteral("adminTabs"))->setCurrentIndex(1);
        auto* devices = window.findChild<QTableView*>(QStringLiteral("deviceTable"));
        int kabidRow = -1;
        QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowCount() == 2, 30000);
        for (int row = 0; row < devices->model()->rowCount(); ++row) {
            if (devices->model()->index(row, DeviceListModel::UserColumn).data().toString() ==
                QStringLiteral("Andi Saputra, S.T., M.Eng."))
                kabidRow = row;
        }
        QVERIFY(kabidRow >= 0);
        QCOMPARE(devices->model()->index(kabidRow, DeviceListModel::StatusColumn).data().toString(),
                 QStringLiteral("Menunggu persetujuan"));
        devices->selectRow(kabidRow);
        auto* approve = window.findChild<QPushButton*>(QStringLiteral("approveDeviceButton"));
        QVERIFY(approve->isEnabled());
        test::saveShot(&window, QStringLiteral("admin-page-device-pending"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            devices->model()->index(kabidRow, DeviceListModel::StatusColumn).data().toString(),
            QStringLiteral("Disetujui"), 30000);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("deviceMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("disetujui")));

        // Kabid tries again with the same password: in.
        type(f, QStringLiteral("kabid"), DemoData::demoPassword());
        QTest::mouseClick(f.button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    }

    void firstLoginWithoutServerNeedsConnection()
    {
        auto profile = test::openFreshProfile(m_dir.filePath(QStringLiteral("no-server")));
        LoginDialog dialog(*profile);
        // Nothing listens on port 1.
        dialog.setOnlineLogin(onlineLogin(*profile, {QStringLiteral("https://127.0.0.1:1"), QString()}));
        show(dialog);
        const Fields f = fieldsOf(dialog);
        type(f, QStringLiteral("staf"), DemoData::demoPassword());
        QTest::mouseClick(f.button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.notice->isVisible(), 35000);
        QVERIFY2(f.notice->text().contains(
                     QStringLiteral("Masuk pertama kali di perangkat ini memerlukan koneksi")),
                 qPrintable(f.notice->text()));
        test::saveShot(&dialog, QStringLiteral("login-no-server"));
    }
};

QTEST_MAIN(TestFirstLogin)
#include "tst_firstlogin.moc"
