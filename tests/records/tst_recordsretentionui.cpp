#include "RecordsTestSupport.h"

#include "records/Disposal.h"
#include "records/Filing.h"
#include "records/Instruments.h"
#include "records/Letters.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"
#include "records/ui/RetentionWidget.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
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
    QVERIFY(w->grab().save(outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

// The retention dashboard on demo-like data, driven by object names: the counts per category, the table
// with the exact dates, the empty state's hint, role-bound actions, proposing destruction from the
// selection (with the list saved as PDF), and the kepala dinas approving it. Screenshots under
// test-output/tst_recordsretentionui/.
class TestRecordsRetentionUi : public QObject
{
    Q_OBJECT

    RecordsDevice m_dev;
    std::list<ShellContext> m_contexts;

    RecordsSession session(const char* username)
    {
        auto user = m_dev.profile->identity().userByUsername(QString::fromLatin1(username));
        m_contexts.push_back(ShellContext{*m_dev.profile, *user, nullptr});
        return RecordsSession(m_contexts.back());
    }

    QString open(FilingRegister& tu, const char* code, const char* title, QDate opened, QDate closed)
    {
        auto f = tu.openFile(FileDraft{{}, QString::fromLatin1(code), QString::fromUtf8(title), opened, {}});
        if (!f)
            qFatal("%s", qPrintable(f.errorMessage()));
        if (closed.isValid()) {
            if (Status s = tu.closeFile(f->id, closed); !s)
                qFatal("%s", qPrintable(s.errorMessage()));
        }
        return f->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp);
        DeviceRecordsRows rows(m_dev.db(), m_dev.profile->audit(), m_dev.actor(QStringLiteral("arsiparis")));
        InstrumentImport instruments(rows);
        LONTAR_VERIFY_OK(instruments.importClassification(demoClassificationCsv()));
        LONTAR_VERIFY_OK(instruments.importRetention(demoRetentionCsv()));
    }

    void emptyStateHasAHint()
    {
        RecordsSession s = session("arsiparis");
        std::unique_ptr<QWidget> tab(createFilingTab(s, nullptr));
        tab->resize(1280, 720);
        tab->show();
        QVERIFY(child<QLabel>(tab.get(), "retentionEmpty")->isVisible());
        QVERIFY(child<QLabel>(tab.get(), "retentionEmpty")->text().contains(QStringLiteral("Berkaskan")));
        QVERIFY(!child<QTableWidget>(tab.get(), "retentionTable")->isVisible());
        shot(tab.get(), QStringLiteral("retensi-kosong"));
    }

    void dashboardWithDemoData()
    {
        FilingRegister tu(m_dev.db(), m_dev.profile->audit(), m_dev.actor(QStringLiteral("tu")));
        FilingRegister ars(m_dev.db(), m_dev.profile->audit(), m_dev.actor(QStringLiteral("arsiparis")));
        LetterRegister letters(m_dev.db(), m_dev.profile->audit(), m_dev.actor(QStringLiteral("tu")));
        const QString sppd = open(tu, "000.1.2", "Perjalanan dinas luar daerah 2019", {2019, 1, 7}, {});
        for (int i = 0; i < 3; ++i) {
            LetterDraft d;
            d.classification = QStringLiteral("000.1.2");
            d.perihal = QStringLiteral("Laporan perjalanan dinas %1").arg(i + 1);
            d.receivedDate = QDate(2019, 3 + i, 4);
            auto l = letters.registerLetter(d);
            LONTAR_VERIFY_OK(l);
            LONTAR_VERIFY_OK(tu.fileLetter(l->id, sppd));
        }
        LONTAR_VERIFY_OK(tu.closeFile(sppd, QDate(2019, 12, 20)));
        open(tu, "000.1.1", "Tagihan telepon dan internet 2020", {2020, 1, 2}, {2020, 12, 18});
        open(tu, "000.1.2", "Perjalanan dinas 2023", {2023, 1, 9}, {2023, 12, 22});
        open(tu, "900.1.1", "RKA dan DPA 2012", {2012, 1, 3}, {2012, 12, 28});
        open(tu, "400.9", "Pemberdayaan masyarakat desa 2016", {2016, 2, 1}, {2016, 11, 30});
        open(tu, "800.1", "Berkas pegawai: Ahmad Fauzi, NIP 19780312", {2004, 3, 1}, {});
        open(tu, "100", "Penataan wilayah kecamatan 1998", {1998, 1, 5}, {1998, 12, 1});
        const QString held =
            open(tu, "000.1.2", "Perjalanan dinas 2018 (diperiksa)", {2018, 1, 8}, {2018, 12, 21});
        LONTAR_VERIFY_OK(ars.hold(held, QStringLiteral("Pemeriksaan Inspektorat No. 700/12/2026")));
        open(tu, "000.5.1", "Rapat koordinasi pimpinan 2026", {2026, 1, 5}, {});

        RecordsSession s = session("arsiparis");
        std::unique_ptr<QWidget> tab(createFilingTab(s, nullptr));
        auto* dash = qobject_cast<RetentionWidget*>(tab.get());
        QVERIFY(dash);
        dash->setAsOf(QDate(2026, 6, 1));
        tab->resize(1400, 760);
        tab->show();
        auto* table = child<QTableWidget>(tab.get(), "retentionTable");
        QCOMPARE(table->rowCount(), 9);
        QVERIFY(child<QLabel>(tab.get(), "countMusnah")->text().contains(QStringLiteral("<b>2</b>")));
        QVERIFY(child<QLabel>(tab.get(), "countPermanen")->text().contains(QStringLiteral("<b>1</b>")));
        QVERIFY(child<QLabel>(tab.get(), "countHeld")->text().contains(QStringLiteral("<b>1</b>")));
        QVERIFY(child<QLabel>(tab.get(), "countNoJra")->text().contains(QStringLiteral("<b>1</b>")));
        QVERIFY(child<QLabel>(tab.get(), "countWaiting")->text().contains(QStringLiteral("<b>1</b>")));
        // Due for destruction first, with exact dates in Indonesian.
        QCOMPARE(table->item(0, 8)->text(), QStringLiteral("Usul musnah"));
        bool sawDate = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text().startsWith(QStringLiteral("Perjalanan dinas luar daerah")))
                sawDate = table->item(r, 5)->text() == QStringLiteral("31 Desember 2024");
        }
        QVERIFY(sawDate);
        QVERIFY(!child<QLabel>(tab.get(), "retentionEmpty")->isVisible());
        QVERIFY(child<QPushButton>(tab.get(), "proposeDisposal")->isVisible());
        QVERIFY(!child<QPushButton>(tab.get(), "approveDisposal")->isVisible());
        // Berkas of one unit: no unit column (the summary names the unit); the hold column says "Ditahan"
        // with the reason in its tooltip rather than a cut sentence.
        QVERIFY(table->isColumnHidden(2));
        QVERIFY2(child<QLabel>(tab.get(), "retentionSummary")
                     ->text()
                     .contains(QStringLiteral("Dinas Komunikasi dan Informatika")),
                 qPrintable(child<QLabel>(tab.get(), "retentionSummary")->text()));
        QVERIFY(!table->isColumnHidden(9));
        bool sawHold = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 9)->text().isEmpty())
                continue;
            sawHold = true;
            QCOMPARE(table->item(r, 9)->text(), QStringLiteral("Ditahan"));
            QVERIFY(table->item(r, 9)->toolTip().contains(
                QStringLiteral("Pemeriksaan Inspektorat No. 700/12/2026")));
            QVERIFY(table->item(r, 1)->toolTip().contains(QStringLiteral("Pemeriksaan Inspektorat")));
        }
        QVERIFY(sawHold);
        // Nothing selected: the buttons are off and say why.
        QVERIFY(!child<QPushButton>(tab.get(), "proposeDisposal")->isEnabled());
        QVERIFY(
            child<QPushButton>(tab.get(), "proposeDisposal")->toolTip().contains(QStringLiteral("Pilih")));
        shot(tab.get(), QStringLiteral("retensi-dasbor"));
        // Every date column stays whole on a small laptop screen (the title gives way, with a tooltip).
        tab->resize(1024, 700);
        QCoreApplication::processEvents();
        for (int col : {4, 5}) {
            for (int r = 0; r < table->rowCount(); ++r) {
                const int need = table->fontMetrics().horizontalAdvance(table->item(r, col)->text());
                QVERIFY2(table->columnWidth(col) >= need, qPrintable(table->item(r, col)->text()));
            }
        }
        shot(tab.get(), QStringLiteral("retensi-dasbor-1024"));
        tab->resize(1400, 760);

        // Only what is due for destruction: propose both from the selection.
        auto* filter = child<QComboBox>(tab.get(), "retentionFilter");
        filter->setCurrentIndex(filter->findData(int(DueCategory::Musnah)));
        QCOMPARE(table->rowCount(), 2);
        table->selectAll();
        child<QPushButton>(tab.get(), "proposeDisposal")->click();
        auto* message = child<QLabel>(tab.get(), "retentionMessage");
        QVERIFY2(message->text().contains(QStringLiteral("2 berkas")), qPrintable(message->text()));
        auto* proposals = child<QTableWidget>(tab.get(), "disposalTable");
        QCOMPARE(proposals->rowCount(), 1);
        QCOMPARE(proposals->item(0, 3)->text(), QStringLiteral("Diusulkan"));
        const QString pdf = outputDir() + QStringLiteral("/daftar-usul-musnah.pdf");
        QVERIFY(dash->saveProposalPdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(!dash->saveBeritaAcaraPdf(outputDir() + QStringLiteral("/ba.pdf"))); // not approved yet
        proposals->selectRow(0);
        QVERIFY(!child<QPushButton>(tab.get(), "saveBeritaAcara")->isEnabled());
        QVERIFY(child<QPushButton>(tab.get(), "saveBeritaAcara")
                    ->toolTip()
                    .contains(QStringLiteral("disetujui")));
        QVERIFY(!child<QPushButton>(tab.get(), "executeDisposal")->isEnabled());
        QVERIFY(child<QPushButton>(tab.get(), "saveDisposalList")->isEnabled());
        filter->setCurrentIndex(0);
        proposals->selectRow(0);
        shot(tab.get(), QStringLiteral("retensi-usul-musnah"));

        // The head of DISKOMINFO approves on their own screen.
        RecordsSession kadis = session("kadis");
        std::unique_ptr<QWidget> kadisTab(createFilingTab(kadis, nullptr));
        kadisTab->resize(1400, 760);
        kadisTab->show();
        QVERIFY(!child<QPushButton>(kadisTab.get(), "proposeDisposal")->isVisible());
        auto* kadisProposals = child<QTableWidget>(kadisTab.get(), "disposalTable");
        kadisProposals->selectRow(0);
        child<QPushButton>(kadisTab.get(), "approveDisposal")->click();
        QCOMPARE(kadisProposals->item(0, 3)->text(), QStringLiteral("Disetujui"));
        kadisProposals->selectRow(0);
        QVERIFY(!child<QPushButton>(kadisTab.get(), "approveDisposal")->isEnabled()); // decided already
        QVERIFY(child<QPushButton>(kadisTab.get(), "saveBeritaAcara")->isEnabled());
        shot(kadisTab.get(), QStringLiteral("retensi-pimpinan"));

        // A berkas of a bidang joins: now the unit column shows, capped so the dates stay whole, with the
        // full name in the tooltip.
        const QString aptika = m_dev.profile->identity().userByUsername(QStringLiteral("staf"))->unitId;
        auto bidang = tu.openFile(FileDraft{aptika,
                                            QStringLiteral("000.5.1"),
                                            QStringLiteral("Rapat teknis bidang aplikasi 2026"),
                                            {2026, 2, 2},
                                            {}});
        LONTAR_VERIFY_OK(bidang);
        dash->reload();
        QVERIFY(!table->isColumnHidden(2));
        QVERIFY(table->columnWidth(2) <= 170);
        bool sawBidang = false;
        for (int r = 0; r < table->rowCount(); ++r)
            sawBidang =
                sawBidang || table->item(r, 2)->toolTip() == QStringLiteral("Bidang Aplikasi Informatika");
        QVERIFY(sawBidang);
        tab->resize(1024, 700);
        QCoreApplication::processEvents();
        shot(tab.get(), QStringLiteral("retensi-dasbor-dua-unit-1024"));
    }
};

QTEST_MAIN(TestRecordsRetentionUi)
#include "tst_recordsretentionui.moc"
