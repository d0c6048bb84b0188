#include "RecordsTestSupport.h"

#include "core/Settings.h"
#include "records/OutgoingDesk.h"
#include "records/PdfText.h"
#include "records/ui/LetterheadDialog.h"
#include "records/ui/OutgoingEditor.h"
#include "records/ui/OutgoingTab.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <list>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

namespace {

template <typename T> T* child(QObject* w, const char* name)
{
    auto* c = w->findChild<T*>(QLatin1String(name));
    if (!c)
        qFatal("no %s", name);
    return c;
}

void shot(QWidget* w, const QString& name)
{
    QVERIFY(w->window()->grab().save(outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The text Poppler reads from a rendered letter (as a reader's PDF viewer would).
QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("naskah.pdf"));
    if (!writeFile(path, pdf))
        return {};
    auto content = PdfText::read(path, 10 * 1024 * 1024);
    return content ? content->text : QString();
}

} // namespace

// The outgoing tab on a demo device: a letter drafted by staf, paraf given by the kepala bidang, now
// waiting for tu's paraf. Each person sees it in their own list with the buttons they may use; the paraf
// chain shows names, states, the note and the time; the preview is the rendered letter. Screenshots go
// to the test's output folder.
class TestRecordsOutgoingUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordsDevice> m_device;
    std::list<ShellContext> m_contexts;
    std::list<RecordsSession> m_sessions;
    QString m_id;

    RecordsSession& sessionFor(const QString& username)
    {
        auto user = m_device->profile->identity().userByUsername(username);
        if (!user)
            qFatal("no user %s", qPrintable(username));
        m_contexts.push_back(ShellContext{*m_device->profile, *user, nullptr});
        m_sessions.emplace_back(m_contexts.back());
        return m_sessions.back();
    }
    OutgoingDesk desk(const QString& username)
    {
        return OutgoingDesk(m_device->db(), m_device->profile->audit(), m_device->actor(username),
                            m_device->blobDir());
    }
    QString userId(const QString& username)
    {
        return m_device->profile->identity().userByUsername(username)->id;
    }
    QString userUnit(const QString& username)
    {
        return m_device->profile->identity().userByUsername(username)->unitId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp);
        m_device = std::make_unique<RecordsDevice>();
        OutgoingDraft d;
        d.classification = QStringLiteral("000.1.2");
        d.hal = QStringLiteral("Undangan rapat koordinasi aplikasi daerah");
        d.tujuan = {QStringLiteral("Kepala Bidang Persandian dan Statistik")};
        d.tembusan = {QStringLiteral("Sekretaris Daerah")};
        d.body = QStringLiteral(
            "Dalam rangka koordinasi pengembangan aplikasi daerah tahun anggaran 2026, kami mengundang "
            "Saudara untuk hadir pada rapat koordinasi.\n\nDemikian, atas perhatian Saudara diucapkan "
            "terima kasih.");
        d.place = QStringLiteral("Tanjung Lontar");
        d.signerId = userId(QStringLiteral("kadis"));
        d.verifierIds = {userId(QStringLiteral("kabid")), userId(QStringLiteral("tu"))};
        OutgoingDesk staf = desk(QStringLiteral("staf"));
        auto l = staf.createDraft(d);
        QVERIFY2(l.ok(), qPrintable(l.errorMessage()));
        m_id = l->id;
        QVERIFY(staf.submit(m_id).ok());
        auto ok = desk(QStringLiteral("kabid")).approve(m_id, QStringLiteral("Sudah sesuai, lanjutkan"));
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
    }

    void verifierSeesTheChainAndMayParaf()
    {
        auto* tab = static_cast<OutgoingTab*>(createOutgoingTab(sessionFor(QStringLiteral("tu")), nullptr));
        std::unique_ptr<QWidget> owner(tab);
        tab->resize(1280, 800);
        tab->show();
        // It opens on the list that waits for this user.
        QCOMPARE(child<QComboBox>(tab, "outgoingListKind")->currentIndex(), 1);
        auto* table = child<QTableWidget>(tab, "outgoingTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(tab->selectedId(), m_id);
        const QString chain = child<QLabel>(tab, "outgoingChain")->text();
        QVERIFY2(chain.contains(QStringLiteral("Andi Saputra")), qPrintable(chain));
        QVERIFY(chain.contains(QStringLiteral("Paraf diberikan")));
        QVERIFY(chain.contains(QStringLiteral("Sudah sesuai, lanjutkan")));
        QVERIFY(chain.contains(QStringLiteral("Giliran memberi paraf")));
        QVERIFY(chain.contains(QStringLiteral("Siti Aminah")));
        QVERIFY(chain.contains(QStringLiteral("WIB")));
        QVERIFY(!child<QLabel>(tab, "outgoingPreview")->pixmap().isNull());
        QVERIFY(child<QPushButton>(tab, "outgoingApprove")->isEnabled());
        QVERIFY(child<QPushButton>(tab, "outgoingReturn")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "outgoingSign")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "outgoingEdit")->isEnabled());
        shot(tab, QStringLiteral("naskah-keluar-rantai-paraf"));
        // A disabled button says why.
        QVERIFY(!child<QPushButton>(tab, "outgoingSign")->toolTip().isEmpty());
        QVERIFY(!child<QPushButton>(tab, "outgoingEdit")->toolTip().isEmpty());
        // The same screen on a small laptop.
        tab->resize(1024, 700);
        QCoreApplication::processEvents();
        shot(tab, QStringLiteral("naskah-keluar-rantai-paraf-1024"));

        QTest::mouseClick(child<QPushButton>(tab, "outgoingApprove"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(tab, "outgoingMessage")->text(), QStringLiteral("Paraf diberikan."));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(child<QLabel>(tab, "outgoingEmpty")->isVisible());
        shot(tab, QStringLiteral("naskah-keluar-paraf-kosong"));
    }

    void signerAndDrafterSeeTheirSide()
    {
        auto* tab =
            static_cast<OutgoingTab*>(createOutgoingTab(sessionFor(QStringLiteral("kadis")), nullptr));
        std::unique_ptr<QWidget> owner(tab);
        tab->resize(1280, 800);
        tab->show();
        QCOMPARE(child<QComboBox>(tab, "outgoingListKind")->currentIndex(), 2);
        QCOMPARE(tab->selectedId(), m_id);
        QVERIFY(child<QPushButton>(tab, "outgoingSign")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "outgoingApprove")->isEnabled());
        QVERIFY(
            child<QLabel>(tab, "outgoingChain")->text().contains(QStringLiteral("Giliran menandatangani")));
        shot(tab, QStringLiteral("naskah-keluar-menunggu-tanda-tangan"));

        auto* mine =
            static_cast<OutgoingTab*>(createOutgoingTab(sessionFor(QStringLiteral("staf")), nullptr));
        std::unique_ptr<QWidget> owner2(mine);
        mine->resize(1280, 800);
        mine->show();
        QCOMPARE(child<QComboBox>(mine, "outgoingListKind")->currentIndex(), 0);
        QCOMPARE(child<QTableWidget>(mine, "outgoingTable")->rowCount(), 1);
        QVERIFY(!child<QPushButton>(mine, "outgoingEdit")->isEnabled()); // out of the drafter's hands
        child<QComboBox>(mine, "outgoingListKind")->setCurrentIndex(3);
        QVERIFY(child<QLabel>(mine, "outgoingEmpty")->isVisible());
        QVERIFY(
            child<QLabel>(mine, "outgoingEmpty")->text().contains(QStringLiteral("Belum ada naskah keluar")));
        shot(mine, QStringLiteral("naskah-keluar-register-kosong"));
    }

    // The kop surat set through its dialog ends up in the rendered letter: Poppler reads the address,
    // telephone, e-mail and website lines under the unit's name, for a letter drafted in a bidang of the
    // dinas too (the kop is the OPD's), and the change is in the audit log.
    void letterheadThroughTheDialog()
    {
        RecordsSession& s = sessionFor(QStringLiteral("staf"));
        OutgoingDesk staf = desk(QStringLiteral("staf"));
        auto before = staf.letter(m_id);
        QVERIFY(before.ok());
        const QString oldText = pdfText(staf.render(*before)->pdf);
        QVERIFY(!oldText.contains(QStringLiteral("Ahmad Yani")));

        LetterheadDialog dialog(s);
        dialog.resize(720, 560);
        dialog.show();
        QCOMPARE(child<QLabel>(&dialog, "letterheadUnit")->text(),
                 QStringLiteral("Dinas Komunikasi dan Informatika"));
        QCOMPARE(child<QLineEdit>(&dialog, "letterheadRegency")->text(),
                 QStringLiteral("Pemerintah Kabupaten Tanjung Lontar"));
        child<QLineEdit>(&dialog, "letterheadAddress")
            ->setText(QStringLiteral("Jalan Ahmad Yani Nomor 12, Tanjung Lontar 78711"));
        child<QLineEdit>(&dialog, "letterheadPhone")->setText(QStringLiteral("(0561) 734567"));
        child<QLineEdit>(&dialog, "letterheadEmail")
            ->setText(QStringLiteral("diskominfo@tanjunglontar.go.id"));
        child<QLineEdit>(&dialog, "letterheadWebsite")
            ->setText(QStringLiteral("diskominfo.tanjunglontar.go.id"));
        child<QLineEdit>(&dialog, "letterheadPlace")->setText(QStringLiteral("Tanjung Lontar"));
        auto* preview = child<QLabel>(&dialog, "letterheadPreview");
        const qint64 firstPreview = preview->pixmap().cacheKey();
        QVERIFY(!preview->pixmap().isNull());
        QTRY_VERIFY(preview->pixmap().cacheKey() != firstPreview); // redrawn once typing paused
        shot(&dialog, QStringLiteral("kop-surat"));
        QTest::mouseClick(child<QPushButton>(&dialog, "letterheadSave"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto letter = staf.letter(m_id);
        QVERIFY(letter.ok());
        const QString text = pdfText(staf.render(*letter)->pdf);
        QVERIFY2(text.contains(QStringLiteral("Jalan Ahmad Yani Nomor 12, Tanjung Lontar 78711")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Telepon (0561) 734567")));
        QVERIFY(text.contains(QStringLiteral("diskominfo@tanjunglontar.go.id")));
        QVERIFY(text.contains(QStringLiteral("Laman diskominfo.tanjunglontar.go.id")));
        QVERIFY(text.contains(QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA")));
        // The kepala dinas (the OPD itself) prints the same kop; the sekretariat daerah does not.
        QCOMPARE(desk(QStringLiteral("kadis")).letterheadSettings(userUnit(QStringLiteral("kadis"))).address,
                 QStringLiteral("Jalan Ahmad Yani Nomor 12, Tanjung Lontar 78711"));
        QVERIFY(desk(QStringLiteral("sekda"))
                    .letterheadSettings(userUnit(QStringLiteral("sekda")))
                    .address.isEmpty());
        QCOMPARE(staf.letterheadSettings(userUnit(QStringLiteral("staf"))).place,
                 QStringLiteral("Tanjung Lontar"));
        QCOMPARE(m_device->count(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_log WHERE action = 'records.letterhead.set'")),
                 1);

        // Reopened, the dialog shows what was stored.
        LetterheadDialog again(s);
        QCOMPARE(child<QLineEdit>(&again, "letterheadPhone")->text(), QStringLiteral("(0561) 734567"));
    }

    // Lines that would break the kop, and people who do not write under it, are refused and nothing is
    // stored: a second line smuggled into the address, an address longer than the kop, a malformed
    // e-mail (shown in the dialog, which stays open), a user of another perangkat daerah, a kiosk
    // account, an unknown unit.
    void letterheadRefusesWhatDoesNotBelong()
    {
        const QString unit = userUnit(QStringLiteral("staf"));
        OutgoingDesk staf = desk(QStringLiteral("staf"));
        const LetterheadSettings stored = staf.letterheadSettings(unit);
        const QString audit =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'records.letterhead.set'");
        const qint64 entries = m_device->count(audit);

        LetterheadSettings lines = stored;
        lines.address = QStringLiteral("Jalan Ahmad Yani\nNOMOR PALSU 999");
        auto s = staf.setLetterhead(unit, lines);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        lines.address = QString(LetterheadSettings::kMaxAddress + 1, QLatin1Char('a'));
        s = staf.setLetterhead(unit, lines);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QString::number(LetterheadSettings::kMaxAddress)),
                 qPrintable(s.errorMessage()));
        lines = stored;
        lines.phone = QStringLiteral("telepon kantor");
        QVERIFY(!staf.setLetterhead(unit, lines));

        // Another OPD's user, for DISKOMINFO's kop (and for a bidang of it).
        lines = stored;
        lines.address = QStringLiteral("Alamat palsu");
        s = desk(QStringLiteral("sekda")).setLetterhead(unit, lines);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Forbidden);
        s = desk(QStringLiteral("sekda")).setLetterhead(userUnit(QStringLiteral("kadis")), lines);
        QCOMPARE(s.error().code, Error::Code::Forbidden);
        s = desk(QStringLiteral("kios-diskominfo")).setLetterhead(userUnit(QStringLiteral("kadis")), lines);
        QCOMPARE(s.error().code, Error::Code::Forbidden);
        s = staf.setLetterhead(QStringLiteral("00000000-0000-0000-0000-000000000000"), lines);
        QCOMPARE(s.error().code, Error::Code::NotFound);

        LetterheadDialog dialog(sessionFor(QStringLiteral("staf")));
        child<QLineEdit>(&dialog, "letterheadEmail")->setText(QStringLiteral("bukan alamat"));
        QVERIFY(!dialog.save());
        QVERIFY(!child<QLabel>(&dialog, "letterheadError")->isHidden());
        QVERIFY(child<QLabel>(&dialog, "letterheadError")->text().contains(QStringLiteral("pos-el")));

        const LetterheadSettings after = staf.letterheadSettings(unit);
        QCOMPARE(after.address, stored.address);
        QCOMPARE(after.phone, stored.phone);
        QCOMPARE(after.email, stored.email);
        QCOMPARE(m_device->count(audit), entries);
    }

    // The tab opens the dialog for someone who drafts; a kiosk account has no such button.
    void tabOpensTheLetterheadDialog()
    {
        auto* tab = static_cast<OutgoingTab*>(createOutgoingTab(sessionFor(QStringLiteral("staf")), nullptr));
        std::unique_ptr<QWidget> owner(tab);
        tab->show();
        auto* button = child<QPushButton>(tab, "outgoingLetterhead");
        QVERIFY(button->isVisible());
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            auto* d = qobject_cast<LetterheadDialog*>(QApplication::activeModalWidget());
            opened = d != nullptr;
            if (d)
                d->reject();
        });
        button->click();
        QVERIFY(opened);

        auto* kiosk = static_cast<OutgoingTab*>(
            createOutgoingTab(sessionFor(QStringLiteral("kios-diskominfo")), nullptr));
        std::unique_ptr<QWidget> owner2(kiosk);
        kiosk->show();
        QVERIFY(!child<QPushButton>(kiosk, "outgoingLetterhead")->isVisible());
    }

    // A draft the policy refuses (no hal, no signer) keeps the form open with the reason, so nothing typed
    // is lost, and stores nothing.
    void editorKeepsARefusedDraft()
    {
        OutgoingDesk staf = desk(QStringLiteral("staf"));
        const qint64 before = m_device->count(QStringLiteral("SELECT COUNT(*) FROM rec_outgoing"));
        OutgoingDraft d;
        d.body = QStringLiteral("Teks yang sudah diketik panjang-panjang");
        OutgoingEditor editor({}, d);
        editor.setSaver([&](const OutgoingDraft& draft) -> Status {
            auto l = staf.createDraft(draft);
            return l ? Status() : Status(l.error());
        });
        editor.show();
        QTest::mouseClick(child<QPushButton>(&editor, "outgoingSave"), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QVERIFY(editor.result() != QDialog::Accepted);
        QVERIFY(!child<QLabel>(&editor, "outgoingEditorError")->isHidden());
        QVERIFY(!child<QLabel>(&editor, "outgoingEditorError")->text().isEmpty());
        QCOMPARE(editor.draft().body, d.body);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM rec_outgoing")), before);
    }
};

QTEST_MAIN(TestRecordsOutgoingUi)
#include "tst_recordsoutgoingui.moc"
