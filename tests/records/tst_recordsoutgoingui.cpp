#include "RecordsTestSupport.h"

#include "records/OutgoingDesk.h"
#include "records/ui/OutgoingTab.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

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
};

QTEST_MAIN(TestRecordsOutgoingUi)
#include "tst_recordsoutgoingui.moc"
