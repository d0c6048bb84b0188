#include "ShellTestSupport.h"

#include "shell/BuiltinModules.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/SyncEngineConnection.h"
#include "shell/SyncPage.h"
#include "shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace lontar;

// The sync page against a real server: two devices of one user edit the same letter, so this device
// holds a conflict; an oversize letter is refused by the server; one more letter waits to be sent.
// The page shows each in words, and "Pakai versi saya" settles the conflict with the server.
class TestSyncPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<server::EmbeddedServer> m_server;
    std::unique_ptr<Profile> m_deviceA; // the one on screen
    std::unique_ptr<Profile> m_deviceB; // the same user at another desk
    User m_staf;
    QString m_letterId;

    static QString text(QTableView* view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    static QTableView* table(QWidget* w, const char* name)
    {
        return w->findChild<QTableView*>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::registerDesktopEntities();
        // Letters are the suite's everyday optimistic entity (docs/sync-protocol.md); registered here
        // without a policy, as the engine's own tests register theirs.
        sync::EntityRegistry::instance().add({QStringLiteral("letter"),
                                              ConflictRule::Optimistic,
                                              ReadScope::UnitSubtree,
                                              64 * 1024,
                                              {},
                                              {},
                                              {},
                                              {}});
        Theme::apply(*qApp);
        QVERIFY(Language::apply(QStringLiteral("id")));
        m_server = test::startDemoServer(m_dir.filePath(QStringLiteral("server")));
        m_deviceA = test::openFreshProfile(m_dir.filePath(QStringLiteral("a")));
        m_deviceB = test::openFreshProfile(m_dir.filePath(QStringLiteral("b")));
        const sync::ServerEndpoint server = test::endpointOf(*m_server);
        for (Profile* p : {m_deviceA.get(), m_deviceB.get()}) {
            auto user = sync::loginOnline(test::databasePathOf(*p), test::blobDirOf(*p), server,
                                          QStringLiteral("staf"), DemoData::demoPassword());
            QVERIFY2(user.ok(), qPrintable(user.errorMessage()));
            m_staf = *user;
        }

        // A letter both devices know, then edited on both: B's edit reaches the server first.
        sync::ClientStore a(m_deviceA->database());
        sync::ClientStore b(m_deviceB->database());
        const QJsonObject letter{
            {QStringLiteral("subject"), QStringLiteral("Undangan rapat koordinasi SPBE")},
            {QStringLiteral("number"), QStringLiteral("005/112/DISKOMINFO/2026")},
            {QStringLiteral("status"), QStringLiteral("draf")}};
        auto id = a.put(QStringLiteral("letter"), {}, letter);
        LONTAR_VERIFY_OK(id);
        m_letterId = *id;
        LONTAR_VERIFY_OK(test::syncOnce(*m_deviceA, server));
        LONTAR_VERIFY_OK(test::syncOnce(*m_deviceB, server));
        QJsonObject theirs = letter;
        theirs.insert(QStringLiteral("subject"), QStringLiteral("Undangan rapat koordinasi SPBE tahun 2026"));
        theirs.insert(QStringLiteral("status"), QStringLiteral("final"));
        LONTAR_VERIFY_OK(b.put(QStringLiteral("letter"), m_letterId, theirs));
        LONTAR_VERIFY_OK(test::syncOnce(*m_deviceB, server));
        QJsonObject mine = letter;
        mine.insert(QStringLiteral("subject"),
                    QStringLiteral("Undangan rapat koordinasi SPBE (revisi jadwal)"));
        LONTAR_VERIFY_OK(a.put(QStringLiteral("letter"), m_letterId, mine));
        // Too large for a letter: the server refuses it.
        LONTAR_VERIFY_OK(
            a.put(QStringLiteral("letter"), {},
                  QJsonObject{{QStringLiteral("subject"), QStringLiteral("Laporan kegiatan bulanan")},
                              {QStringLiteral("note"), QString(70 * 1024, QLatin1Char('x'))}}));
        auto report = test::syncOnce(*m_deviceA, server);
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(report->rejected, 1);
        // And one that has not gone out yet.
        LONTAR_VERIFY_OK(
            a.put(QStringLiteral("letter"), {},
                  QJsonObject{{QStringLiteral("subject"), QStringLiteral("Nota dinas pengadaan laptop")},
                              {QStringLiteral("number"), QStringLiteral("027/45/DISKOMINFO/2026")},
                              {QStringLiteral("status"), QStringLiteral("draf")}}));
        QJsonObject circular{
            {QStringLiteral("subject"), QStringLiteral("Surat edaran jam kerja selama Ramadan")},
            {QStringLiteral("number"), QStringLiteral("800/77/DISKOMINFO/2026")},
            {QStringLiteral("status"), QStringLiteral("draf")}};
        auto circularId = a.put(QStringLiteral("letter"), {}, circular);
        LONTAR_VERIFY_OK(circularId);
        circular.insert(QStringLiteral("status"), QStringLiteral("siap ditandatangani"));
        LONTAR_VERIFY_OK(a.put(QStringLiteral("letter"), *circularId, circular));
    }

    void entityNamesAreWordsNotIds()
    {
        QCOMPARE(SyncText::entityName(QStringLiteral("esign_history")),
                 QStringLiteral("Riwayat tanda tangan"));
        QCOMPARE(SyncText::entityName(QStringLiteral("directory_user")), QStringLiteral("Data pegawai"));
        QCOMPARE(SyncText::entityName(QStringLiteral("org_unit")), QStringLiteral("Unit kerja"));
        QCOMPARE(SyncText::entityName(QStringLiteral("modul_baru")), QStringLiteral("modul_baru"));
        QCOMPARE(SyncText::fieldName(QStringLiteral("subject")), QStringLiteral("Perihal"));
        // Local time, Indonesian month names and the dot between hours and minutes.
        const QDateTime local(QDate(2026, 8, 17), QTime(9, 5));
        QCOMPARE(SyncText::timeText(local.toMSecsSinceEpoch()), QStringLiteral("17 Agu 2026, 09.05"));
    }

    // Offline (a stand-in connection): the lists, read from the device alone.
    void pageListsPendingConflictAndRejected()
    {
        test::FakeConnection offline;
        offline.set(SyncStatusView::State::Offline, 3);
        ShellContext context{*m_deviceA, m_staf, &offline};
        HomeModule home({}, {});
        MainWindow window(context, {&home});
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The status bar leads to the page.
        QTest::mouseClick(window.syncStatusWidget(), Qt::LeftButton);
        QCOMPARE(window.currentModuleId(), QStringLiteral("sync"));
        auto* page = window.findChild<SyncPage*>(QStringLiteral("syncPage"));
        QVERIFY(page && page->isVisible());
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("syncTabs"));
        QCOMPARE(tabs->tabText(SyncPage::PendingTab), QStringLiteral("Menunggu dikirim (3)"));
        QCOMPARE(tabs->tabText(SyncPage::ConflictsTab), QStringLiteral("Konflik (1)"));
        QCOMPARE(tabs->tabText(SyncPage::RejectedTab), QStringLiteral("Ditolak server (1)"));

        // Pending: the conflicting and the refused edits left the outbox; the new letters wait, in words:
        // a new row is an addition, its next write an edit.
        auto* pending = table(page, "pendingTable");
        QVERIFY(pending->isVisible());
        QCOMPARE(pending->model()->rowCount(), 3);
        QCOMPARE(text(pending, 0, PendingChangesModel::SummaryColumn),
                 QStringLiteral("Nota dinas pengadaan laptop"));
        QCOMPARE(text(pending, 0, PendingChangesModel::EntityColumn), QStringLiteral("Surat"));
        QCOMPARE(text(pending, 0, PendingChangesModel::KindColumn), QStringLiteral("Tambah"));
        QCOMPARE(text(pending, 1, PendingChangesModel::KindColumn), QStringLiteral("Tambah"));
        QCOMPARE(text(pending, 2, PendingChangesModel::KindColumn), QStringLiteral("Ubah"));
        const QString today =
            QLocale(QLocale::Indonesian).toString(QDate::currentDate(), QStringLiteral("d MMM yyyy"));
        QVERIFY2(text(pending, 0, PendingChangesModel::TimeColumn).startsWith(today),
                 qPrintable(text(pending, 0, PendingChangesModel::TimeColumn)));
        test::saveShot(page, QStringLiteral("sync-page-pending"));

        // "Sinkronkan sekarang" asks the connection for a pass.
        auto* syncNow = page->findChild<QPushButton*>(QStringLiteral("syncNowButton"));
        QVERIFY(syncNow->isEnabled());
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QCOMPARE(offline.syncRequests, 1);

        // Conflict: mine and the server's side by side, the differing fields marked.
        tabs->setCurrentIndex(SyncPage::ConflictsTab);
        auto* conflicts = table(page, "conflictTable");
        QCOMPARE(conflicts->model()->rowCount(), 1);
        QCOMPARE(text(conflicts, 0, 0), QStringLiteral("Surat"));
        auto* fields = table(page, "conflictFieldsTable");
        QAbstractItemModel* f = fields->model();
        int subject = -1;
        int number = -1;
        for (int row = 0; row < f->rowCount(); ++row) {
            if (f->index(row, 0).data().toString() == QStringLiteral("Perihal"))
                subject = row;
            if (f->index(row, 0).data().toString() == QStringLiteral("Nomor"))
                number = row;
        }
        QVERIFY(subject >= 0 && number >= 0);
        QCOMPARE(f->index(subject, FieldComparisonModel::MineColumn).data().toString(),
                 QStringLiteral("Undangan rapat koordinasi SPBE (revisi jadwal)"));
        QCOMPARE(f->index(subject, FieldComparisonModel::TheirsColumn).data().toString(),
                 QStringLiteral("Undangan rapat koordinasi SPBE tahun 2026"));
        QVERIFY(f->index(subject, 1).data(FieldComparisonModel::DifferentRole).toBool());
        QVERIFY(!f->index(number, 1).data(FieldComparisonModel::DifferentRole).toBool());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->isEnabled());
        test::saveShot(page, QStringLiteral("sync-page-conflict"));

        // Rejected: the server's reason in words, then closed.
        tabs->setCurrentIndex(SyncPage::RejectedTab);
        auto* rejected = table(page, "rejectedTable");
        QCOMPARE(rejected->model()->rowCount(), 1);
        QCOMPARE(text(rejected, 0, 1), QStringLiteral("Laporan kegiatan bulanan"));
        QCOMPARE(text(rejected, 0, 2), QStringLiteral("Data terlalu besar."));
        auto* reason = page->findChild<QLabel*>(QStringLiteral("rejectedReasonLabel"));
        QVERIFY(reason->text().contains(QStringLiteral("Data terlalu besar")));
        test::saveShot(page, QStringLiteral("sync-page-rejected"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("dismissRejectedButton")),
                          Qt::LeftButton);
        QCOMPARE(tabs->tabText(SyncPage::RejectedTab), QStringLiteral("Ditolak server (0)"));
        QCOMPARE(window.currentModuleId(), QStringLiteral("sync")); // the focus moving on changes nothing
        auto* empty = page->findChild<QLabel*>(QStringLiteral("rejectedEmptyLabel"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Tidak ada perubahan yang ditolak")));
        auto listed = sync::ClientStore(m_deviceA->database()).conflicts();
        LONTAR_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1); // the conflict stays until the user chooses

        // A click on the navigation leads back, even on the entry that was current before.
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("moduleNavigationList"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(0)).center());
        QCOMPARE(window.currentModuleId(), QStringLiteral("home"));
        // The Tools menu leads to the sync page too.
        window.findChild<QAction*>(QStringLiteral("syncAction"))->trigger();
        QCOMPARE(window.currentModuleId(), QStringLiteral("sync"));
    }

    // Online (the real engine): "Pakai versi saya" goes to the server, and the other desk receives it.
    void keepMineSettlesTheConflictWithTheServer()
    {
        SyncEngineConnection connection(test::engineConfig(*m_deviceA, test::endpointOf(*m_server)));
        connection.start(m_staf.username, DemoData::demoPassword());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isOnline(), 30000);
        ShellContext context{*m_deviceA, m_staf, &connection};
        HomeModule home({}, {});
        MainWindow window(context, {&home});
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showModule(QStringLiteral("sync")));
        auto* page = window.syncPage();
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("syncTabs"));
        // The first pass sent the waiting letter.
        QTRY_COMPARE(tabs->tabText(SyncPage::PendingTab), QStringLiteral("Menunggu dikirim (0)"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("pendingEmptyLabel"))
                    ->text()
                    .contains(QStringLiteral("Semua perubahan sudah terkirim")));

        page->showTab(SyncPage::ConflictsTab);
        auto* keepMine = page->findChild<QPushButton*>(QStringLiteral("keepMineButton"));
        QVERIFY(keepMine->isVisible() && keepMine->isEnabled());
        QTest::mouseClick(keepMine, Qt::LeftButton);
        QCOMPARE(tabs->tabText(SyncPage::ConflictsTab), QStringLiteral("Konflik (0)"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("conflictEmptyLabel"))->isVisible());
        // Settled with the server by the pass the button asked for.
        QTRY_VERIFY_WITH_TIMEOUT(connection.status().state == SyncStatusView::State::Online &&
                                     connection.status().pendingChanges == 0 &&
                                     tabs->tabText(SyncPage::PendingTab) ==
                                         QStringLiteral("Menunggu dikirim (0)"),
                                 30000);
        test::saveShot(page, QStringLiteral("sync-page-settled"));

        LONTAR_VERIFY_OK(test::syncOnce(*m_deviceB, test::endpointOf(*m_server)));
        auto atB = sync::ClientStore(m_deviceB->database()).get(QStringLiteral("letter"), m_letterId);
        LONTAR_VERIFY_OK(atB);
        QCOMPARE(atB->data.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Undangan rapat koordinasi SPBE (revisi jadwal)"));
    }

    void cleanupTestCase()
    {
        m_deviceA.reset();
        m_deviceB.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
