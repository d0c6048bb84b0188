#include "RecordsTestSupport.h"

#include "records/Dispositions.h"
#include "records/Letters.h"
#include "records/ui/DispositionDialog.h"
#include "records/ui/InboxWidget.h"
#include "records/ui/LetterView.h"
#include "records/ui/LettersModel.h"
#include "records/ui/LettersTab.h"
#include "records/ui/RecordsPage.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"
#include "shell/UiModule.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

// The inbox and the disposition dialog on a demo profile, driven through their widgets by objectName:
// the empty state's hint, kadis disposing a letter to kabid and staf, the refusal of a rahasia letter to
// staf shown in the dialog, kabid's inbox with the unread one in bold that becomes read when opened, and
// the sender's view of it. Screenshots go to test-output/tst_recordsdispositionui/.
class TestRecordsDispositionUi : public QObject
{
    Q_OBJECT

    RecordsDevice m_device;
    QString m_letterId;
    QString m_secretId;

    std::unique_ptr<ShellContext> contextFor(const QString& username)
    {
        auto user = m_device.profile->identity().userByUsername(username);
        if (!user)
            qFatal("no user %s", qPrintable(username));
        return std::make_unique<ShellContext>(ShellContext{*m_device.profile, *user, nullptr});
    }

    template <typename T> static T* child(QWidget* w, const QString& name)
    {
        auto* c = w->findChild<T*>(name);
        if (!c)
            qFatal("no %s", qPrintable(name));
        return c;
    }

    static void shot(QWidget* w, const QString& name)
    {
        QVERIFY(w->window()->grab().save(outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    static QTreeWidgetItem* recipient(QTreeWidget* tree, const QString& name)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                if (tree->topLevelItem(i)->child(j)->text(0) == name)
                    return tree->topLevelItem(i)->child(j);
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // tu registers a letter with its PDF; the arsiparis registers a rahasia one for DISKOMINFO's kadis.
        LetterRegister tu(m_device.db(), m_device.profile->audit(), m_device.actor(QStringLiteral("tu")));
        const QString pdf = m_device.dir.filePath(QStringLiteral("undangan.pdf"));
        QVERIFY(writeFile(pdf, makeLetterPdf(QStringLiteral("005/21/BAPPEDA/2026"),
                                             QStringLiteral("Undangan rapat koordinasi satu data kabupaten"),
                                             {QStringLiteral("Mohon hadir di ruang rapat Bappeda.")})));
        LetterDraft draft;
        draft.pengirim = QStringLiteral("Bappeda Kabupaten Tanjung Lontar");
        draft.sifat = QStringLiteral("segera");
        const ImportOutcome o = LetterImporter(tu, m_device.blobDir()).importFile(pdf, draft);
        QVERIFY2(o.imported, qPrintable(o.reason));
        m_letterId = o.letter.id;
        LetterDraft secret;
        secret.perihal = QStringLiteral("Kunci persandian jaringan intra pemerintah");
        secret.pengirim = QStringLiteral("BSSN");
        auto s = tu.registerLetter(secret);
        LONTAR_VERIFY_OK(s);
        m_secretId = s->id;
        LONTAR_VERIFY_OK(LetterRegister(m_device.db(), m_device.profile->audit(),
                                        m_device.actor(QStringLiteral("arsiparis")))
                             .reclassify(m_secretId, SecurityClass::Rahasia));
    }

    void emptyInboxShowsAHint()
    {
        auto context = contextFor(QStringLiteral("staf"));
        RecordsSession session(*context);
        std::unique_ptr<QWidget> inbox(createInboxTab(session, nullptr));
        inbox->resize(1280, 720);
        inbox->show();
        auto* hint = child<QLabel>(inbox.get(), QStringLiteral("inboxReceivedEmpty"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Belum ada disposisi")));
        QCOMPARE(child<QLabel>(inbox.get(), QStringLiteral("inboxCountUnreadValue"))->text(),
                 QStringLiteral("0"));
        shot(inbox.get(), QStringLiteral("inbox-kosong"));
    }

    void kadisDisposesThroughTheDialog()
    {
        auto context = contextFor(QStringLiteral("kadis"));
        RecordsSession session(*context);
        {
            // The rahasia letter to staf (biasa): refused with the reason, nothing sent.
            DispositionDialog dialog(session, m_secretId);
            dialog.show();
            auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("dispositionRecipients"));
            QTreeWidgetItem* staf = recipient(tree, QStringLiteral("Dewi Lestari, A.Md."));
            QVERIFY(staf);
            staf->setCheckState(0, Qt::Checked);
            child<QCheckBox>(&dialog, QStringLiteral("dispositionInstruction_pelajari"))->setChecked(true);
            child<QPushButton>(&dialog, QStringLiteral("dispositionSend"))->click();
            auto* message = child<QLabel>(&dialog, QStringLiteral("dispositionMessage"));
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("izin akses")), qPrintable(message->text()));
            QVERIFY(dialog.sent().isEmpty());
            shot(&dialog, QStringLiteral("dialog-ditolak-rahasia"));
        }
        DispositionDialog dialog(session, m_letterId);
        dialog.show();
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("dispositionLetter"))
                    ->text()
                    .contains(QStringLiteral("Undangan rapat koordinasi")));
        auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("dispositionRecipients"));
        // Only people beneath kadis: never kadis, never another OPD's sekda, never the kiosk account.
        QVERIFY(!recipient(tree, QStringLiteral("Ir. Siti Aminah, M.T.")));
        QVERIFY(!recipient(tree, QStringLiteral("Dr. Sindi Pratama, S.H., M.H.")));
        QVERIFY(!recipient(tree, QStringLiteral("Kios Absensi Diskominfo")));
        recipient(tree, QStringLiteral("Andi Saputra, S.T., M.Eng."))->setCheckState(0, Qt::Checked);
        recipient(tree, QStringLiteral("Dewi Lestari, A.Md."))->setCheckState(0, Qt::Checked);
        // Without an instruction the dialog says so and stays open.
        child<QPushButton>(&dialog, QStringLiteral("dispositionSend"))->click();
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("dispositionMessage"))
                    ->text()
                    .contains(QStringLiteral("petunjuk")));
        child<QCheckBox>(&dialog, QStringLiteral("dispositionInstruction_tindak_lanjuti"))->setChecked(true);
        child<QCheckBox>(&dialog, QStringLiteral("dispositionInstruction_hadiri"))->setChecked(true);
        child<QPlainTextEdit>(&dialog, QStringLiteral("dispositionNote"))
            ->setPlainText(QStringLiteral("Mohon diwakili, laporkan hasilnya paling lambat Jumat."));
        child<QCheckBox>(&dialog, QStringLiteral("dispositionHasDue"))->setChecked(true);
        shot(&dialog, QStringLiteral("dialog-disposisi"));
        child<QPushButton>(&dialog, QStringLiteral("dispositionSend"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.sent().size(), 2);
        auto chain = DispositionDesk(m_device.db(), m_device.profile->audit(), session.actor())
                         .dispositionsOf(m_letterId);
        LONTAR_VERIFY_OK(chain);
        QCOMPARE(chain->size(), 2);
        QVERIFY(chain->first().disposition.dueDate.isValid());
    }

    void recipientOpensAndItBecomesRead()
    {
        auto context = contextFor(QStringLiteral("kabid"));
        RecordsSession session(*context);
        InboxWidget inbox(session);
        inbox.resize(1280, 720);
        inbox.show();
        auto* received = child<QTreeWidget>(&inbox, QStringLiteral("inboxReceived"));
        QCOMPARE(received->topLevelItemCount(), 1);
        QVERIFY(received->topLevelItem(0)->font(0).bold());
        QCOMPARE(received->topLevelItem(0)->text(1), QStringLiteral("Ir. Siti Aminah, M.T."));
        QCOMPARE(child<QLabel>(&inbox, QStringLiteral("inboxCountUnreadValue"))->text(), QStringLiteral("1"));
        shot(&inbox, QStringLiteral("inbox-belum-dibaca"));
        received->setCurrentItem(received->topLevelItem(0));
        QVERIFY(!received->topLevelItem(0)->font(0).bold());
        QCOMPARE(child<QLabel>(&inbox, QStringLiteral("inboxCountUnreadValue"))->text(), QStringLiteral("0"));
        QCOMPARE(child<QLabel>(&inbox, QStringLiteral("inboxCountPendingValue"))->text(),
                 QStringLiteral("1"));
        auto d = DispositionDesk(m_device.db(), m_device.profile->audit(), session.actor())
                     .disposition(inbox.currentId());
        LONTAR_VERIFY_OK(d);
        QVERIFY(d->readAt > 0);
        LONTAR_VERIFY_OK(DispositionDesk(m_device.db(), m_device.profile->audit(), session.actor())
                             .addFollowUp(d->id, QStringLiteral("Sudah dihadiri; notulen menyusul.")));
        inbox.reload();
        QVERIFY(child<QLabel>(&inbox, QStringLiteral("inboxDetails"))
                    ->text()
                    .contains(QStringLiteral("notulen")));
        QVERIFY(child<QPushButton>(&inbox, QStringLiteral("inboxPassOn"))->isVisible()); // kabid is an atasan
        shot(&inbox, QStringLiteral("inbox-dibuka"));
    }

    void senderSeesReadStateAndCancelsOnlyWhileUnread()
    {
        auto context = contextFor(QStringLiteral("kadis"));
        RecordsSession session(*context);
        InboxWidget inbox(session);
        inbox.resize(1280, 720);
        inbox.show();
        auto* sent = child<QTreeWidget>(&inbox, QStringLiteral("inboxSent"));
        QCOMPARE(sent->topLevelItemCount(), 2);
        // Rows are rebuilt on every reload (opening one reloads), so they are looked up each time.
        const auto row = [sent](const QString& to) -> QTreeWidgetItem* {
            for (int i = 0; i < sent->topLevelItemCount(); ++i) {
                if (sent->topLevelItem(i)->text(1) == to)
                    return sent->topLevelItem(i);
            }
            return nullptr;
        };
        const QString kabid = QStringLiteral("Andi Saputra, S.T., M.Eng.");
        const QString staf = QStringLiteral("Dewi Lestari, A.Md.");
        QVERIFY(row(kabid) && row(staf));
        QVERIFY2(row(kabid)->text(4).startsWith(QStringLiteral("Dibaca")), qPrintable(row(kabid)->text(4)));
        QCOMPARE(row(staf)->text(4), QStringLiteral("Belum dibaca"));
        auto* cancel = child<QPushButton>(&inbox, QStringLiteral("inboxCancel"));
        sent->setCurrentItem(row(kabid));
        QVERIFY(!cancel->isEnabled());
        sent->setCurrentItem(row(staf));
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY(!child<QLabel>(&inbox, QStringLiteral("inboxMessage"))->isVisible());
        QCOMPARE(row(staf)->text(4), QStringLiteral("Dibatalkan"));
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(child<QLabel>(&inbox, QStringLiteral("inboxCountToDisposeValue"))->text(),
                 QStringLiteral("1")); // the rahasia letter is still waiting
        child<QTabWidget>(&inbox, QStringLiteral("inboxTabs"))->setCurrentIndex(1);
        shot(&inbox, QStringLiteral("inbox-terkirim"));

        // The letter's chain panel: kadis → kabid with kabid's follow-up, kadis → staf cancelled.
        std::unique_ptr<QWidget> panel(createLetterDispositionsPanel(session, m_letterId, nullptr));
        panel->resize(900, 300);
        panel->show();
        auto* tree = child<QTreeWidget>(panel.get(), QStringLiteral("dispositionChainTree"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        bool noted = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                noted = noted || tree->topLevelItem(i)->child(j)->text(0).contains(QStringLiteral("notulen"));
        }
        QVERIFY(noted);
        shot(panel.get(), QStringLiteral("rantai-disposisi"));
    }

    // The letter's progress from its dispositions, next to the stored status ("tercatat" all along): in
    // the letters list and the letter view; cancelled dispositions do not count, and it reads "Selesai"
    // once every live one is done. A letter without dispositions keeps its stored status.
    void letterProgressShowsInListAndView()
    {
        auto context = contextFor(QStringLiteral("kadis"));
        RecordsPage page(*context);
        page.resize(1280, 720);
        page.show();
        LettersTab* tab = page.lettersTab();
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isSearching() && tab->model()->rowCount() == 2, 10000);
        const auto statusOf = [tab](const QString& id) {
            for (int r = 0; r < tab->model()->rowCount(); ++r) {
                if (tab->model()->letterAt(r)->id == id)
                    return tab->model()->index(r, LettersModel::Status).data().toString();
            }
            return QString();
        };
        // kabid's disposition is live with a follow-up; staf's was cancelled.
        QCOMPARE(statusOf(m_letterId), QStringLiteral("Didisposisikan (1, 1 ditindaklanjuti)"));
        QCOMPARE(statusOf(m_secretId), QStringLiteral("Tercatat"));
        page.tabs()->setCurrentWidget(tab);
        shot(&page, QStringLiteral("naskah-dengan-progres"));
        {
            LetterView view(page.session(), m_letterId);
            view.show();
            QCOMPARE(child<QLabel>(&view, QStringLiteral("recordsViewStatus"))->text(),
                     QStringLiteral("Didisposisikan (1, 1 ditindaklanjuti)"));
        }

        // kabid finishes it: "Selesai" in the list (after a refresh) and in a newly opened view.
        auto kabid = contextFor(QStringLiteral("kabid"));
        RecordsSession kabidSession(*kabid);
        DispositionDesk kabidDesk(m_device.db(), m_device.profile->audit(), kabidSession.actor());
        auto held = kabidDesk.heldBy(m_letterId, kabidSession.user().id);
        LONTAR_VERIFY_OK(held);
        QVERIFY(held->has_value());
        LONTAR_VERIFY_OK(kabidDesk.markDone((*held)->id));
        tab->model()->refreshProgress();
        QCOMPARE(statusOf(m_letterId), QStringLiteral("Selesai"));
        LetterView view(page.session(), m_letterId);
        view.show();
        QCOMPARE(child<QLabel>(&view, QStringLiteral("recordsViewStatus"))->text(),
                 QStringLiteral("Selesai"));
    }
};

QTEST_MAIN(TestRecordsDispositionUi)
#include "tst_recordsdispositionui.moc"
