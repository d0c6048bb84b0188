#include "RecordsTestSupport.h"

#include "records/Instruments.h"
#include "records/ui/ImportDialog.h"
#include "records/ui/LetterForm.h"
#include "records/ui/LetterView.h"
#include "records/ui/LettersModel.h"
#include "records/ui/LettersPdfPreview.h"
#include "records/ui/LettersTab.h"
#include "records/ui/RecordsPage.h"
#include "records/ui/RecordsSession.h"
#include "records/ui/RecordsUiModule.h"
#include "shell/ServerConnection.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
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

QTableView* table(QWidget* tab)
{
    return child<QTableView>(tab, "recordsLettersTable");
}

QStringList column(QWidget* tab, int col)
{
    QStringList out;
    QAbstractItemModel* m = table(tab)->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, col).data().toString();
    return out;
}

bool selectByIndex(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

// A page rendered with something on it: not one flat colour.
bool hasInk(const QImage& image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    int differing = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            if (image.pixel(x, y) != first)
                ++differing;
        }
    }
    return differing > 50;
}

// A server connection whose blob downloads the test answers: refused, waiting, or delivered (the file
// copied into the blob folder, as the sync engine does).
class FakeServer final : public ServerConnection
{
public:
    QStringList asked;
    SyncStatusView status() const override { return {}; }
    bool isOnline() const override { return true; }
    void syncNow() override {}
    void call(const QByteArray&, const QString&, const QJsonObject&, QObject*, Reply done) override
    {
        done(Error(QStringLiteral("tidak dipakai"), Error::Code::InvalidInput));
    }
    void fetchBlob(const QString& sha256) override { asked << sha256; }
    void answer(const QString& sha256, bool ok, bool willRetry, const QString& message)
    {
        Q_EMIT blobFetched(sha256, ok, willRetry, message);
    }
};

} // namespace

// The records page driven by object name on a device profile with the demo regency, the demo
// classification scheme and a few imported letters: the page's tabs, search that narrows and highlights
// (snippets escaped), filters, what a user below a letter's class never sees, import of a folder with a
// corrupt file (progress, summary with the reason), a cancelled import that leaves nothing half-stored,
// the letter view with its first page rendered, downloading a missing file, and reclassification within
// clearance. Screenshots go to the test's output folder.
class TestRecordsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordsDevice> m_device;
    std::list<ShellContext> m_contexts;
    QTemporaryDir m_files;
    QString m_irrigationId;

    ShellContext& contextFor(const QString& username, ServerConnection* server = nullptr)
    {
        auto user = m_device->profile->identity().userByUsername(username);
        if (!user)
            qFatal("no user %s", qPrintable(username));
        m_contexts.push_back(ShellContext{*m_device->profile, *user, server});
        return m_contexts.back();
    }

    QString writePdf(const QString& relative, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    IncomingLetter import(const QString& user, const QString& name, const QByteArray& pdf, LetterDraft draft)
    {
        LetterRegister letters(m_device->db(), m_device->profile->audit(), m_device->actor(user));
        LetterImporter importer(letters, m_device->blobDir());
        const ImportOutcome o = importer.importFile(writePdf(name, pdf), draft);
        if (!o.imported)
            qFatal("import of %s refused: %s", qPrintable(name), qPrintable(o.reason));
        return o.letter;
    }

    static void waitForSearch(LettersTab* tab) { QTRY_VERIFY_WITH_TIMEOUT(!tab->isSearching(), 10000); }

    static void search(LettersTab* tab, const QString& text)
    {
        auto* edit = child<QLineEdit>(tab, "recordsSearchEdit");
        edit->clear();
        QTest::keyClicks(edit, text);
        waitForSearch(tab);
    }

    qint64 count(const QString& table)
    {
        return m_device->count(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    }
    int blobFiles() { return int(QDir(m_device->blobDir()).entryList(QDir::Files).size()); }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp);
        m_device = std::make_unique<RecordsDevice>();
        // The demo classification scheme, written by the arsiparis as on any device.
        DeviceRecordsRows rows(m_device->db(), m_device->profile->audit(),
                               m_device->actor(QStringLiteral("arsiparis")));
        auto report = InstrumentImport(rows).importClassification(demoClassificationCsv());
        QVERIFY2(report.ok() && report->applied,
                 qPrintable(report.ok() ? report->toText() : report.errorMessage()));

        LetterDraft d;
        d.pengirim = QStringLiteral("Dinas Pertanian");
        d.classification = QStringLiteral("000.1");
        m_irrigationId =
            import(QStringLiteral("tu"), QStringLiteral("seed/irigasi.pdf"),
                   makeLetterPdf(
                       QStringLiteral("500/77/DISTAN/2026"), QStringLiteral("Permohonan data irigasi desa"),
                       {QStringLiteral("Dalam rangka pemberdayaan kelompok tani, kami memohon data"),
                        QStringLiteral("saluran irigasi tersier di setiap desa.")}),
                   d)
                .id;
        d.pengirim = QStringLiteral("BAPPEDA");
        import(QStringLiteral("tu"), QStringLiteral("seed/undangan.pdf"),
               makeLetterPdf(
                   QStringLiteral("000.1.5/123/BAPPEDA/2026"), QStringLiteral("Undangan rapat koordinasi"),
                   {QStringLiteral("Mohon hadir pada rapat koordinasi <i>musrenbang</i> & evaluasi."),
                    QStringLiteral("Rapat membahas anggaran.")}),
               d);
        d.pengirim = QStringLiteral("BKPSDM");
        d.sifat = QStringLiteral("segera");
        import(QStringLiteral("tu"), QStringLiteral("seed/pelatihan.pdf"),
               makeLetterPdf(QStringLiteral("800/12/BKPSDM/2026"),
                             QStringLiteral("Pelatihan kearsipan dasar"),
                             {QStringLiteral("Pelatihan bagi pencatat surat seluruh perangkat daerah.")}),
               d);
        // Two letters only an arsiparis (clearance rahasia) may read.
        d = {};
        d.pengirim = QStringLiteral("ANRI");
        d.securityClass = SecurityClass::Rahasia;
        import(QStringLiteral("arsiparis"), QStringLiteral("seed/rahasia.pdf"),
               makeLetterPdf(QStringLiteral("000.5/9/ANRI/2026"), QStringLiteral("Pemindahan arsip inaktif"),
                             {QStringLiteral("Berita acara pemindahan arsip vital daerah.")}),
               d);
        d.securityClass = SecurityClass::Terbatas;
        d.pengirim = QStringLiteral("Inspektorat");
        import(QStringLiteral("arsiparis"), QStringLiteral("seed/terbatas.pdf"),
               makeLetterPdf(QStringLiteral("700/3/INSP/2026"), QStringLiteral("Laporan hasil pemeriksaan"),
                             {QStringLiteral("Temuan pemeriksaan atas pengelolaan arsip.")}),
               d);

        RecordsUiModule module;
        QCOMPARE(module.displayName(), QStringLiteral("Surat & Arsip"));
        QVERIFY(!module.icon().isNull());
        QVERIFY(QFile::exists(QStringLiteral(":/lontar/icons/records.svg")));
        QVERIFY(module.isAvailableFor(contextFor(QStringLiteral("staf")).user));
        QVERIFY(!module.isAvailableFor(contextFor(QStringLiteral("kios-diskominfo")).user));
        User noUnit = contextFor(QStringLiteral("staf")).user;
        noUnit.unitId.clear();
        QVERIFY(!module.isAvailableFor(noUnit));
    }

    void pageHasEveryTabAndTheLetters()
    {
        RecordsPage page(contextFor(QStringLiteral("tu")));
        page.resize(1280, 760);
        page.show();
        QTabWidget* tabs = child<QTabWidget>(&page, "recordsTabs");
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("Kotak Masuk"), QStringLiteral("Naskah Masuk"),
                                      QStringLiteral("Naskah Keluar"), QStringLiteral("Berkas && Retensi")}));
        LettersTab* tab = page.lettersTab();
        tabs->setCurrentWidget(tab);
        waitForSearch(tab);
        // tu has clearance biasa: the terbatas and rahasia letters on this device are never listed.
        QCOMPARE(table(tab)->model()->rowCount(), 3);
        QVERIFY(!column(tab, LettersModel::Subject).contains(QStringLiteral("Pemindahan arsip inaktif")));
        QVERIFY(!column(tab, LettersModel::Subject).contains(QStringLiteral("Laporan hasil pemeriksaan")));
        QVERIFY(column(tab, LettersModel::Received)
                    .at(0)
                    .contains(QRegularExpression(QStringLiteral("^\\d{1,2} [A-Z][a-z]+ \\d{4}$"))));
        QCOMPARE(child<QLabel>(tab, "recordsLettersCount")->text(), QStringLiteral("3 naskah"));
        // Without words there is nothing to highlight.
        QVERIFY(table(tab)
                    ->model()
                    ->index(0, LettersModel::Subject)
                    .data(LettersModel::SnippetHtmlRole)
                    .toString()
                    .isEmpty());
        QVERIFY(child<QPushButton>(tab, "recordsImportFilesButton")->isVisible());
        QVERIFY(child<QPushButton>(tab, "recordsImportFolderButton")->isVisible());
        // tu cannot pick a class above biasa anywhere.
        QCOMPARE(child<QComboBox>(tab, "recordsSecurityFilter")->count(), 2);
        shot(&page, QStringLiteral("naskah-masuk"));

        // A PDF handed to the e-signature page from inside the page reaches the executable's handler.
        QVERIFY(!RecordsPage::signPdf(tab, QStringLiteral("/tmp/a.pdf"))); // no handler set
        QStringList handed;
        RecordsPage signing(contextFor(QStringLiteral("tu")),
                            [&handed](const QString& pdf) { handed << pdf; });
        QVERIFY(RecordsPage::signPdf(signing.lettersTab(), QStringLiteral("/tmp/b.pdf")));
        QCOMPARE(handed, QStringList{QStringLiteral("/tmp/b.pdf")});
        QWidget outside;
        QVERIFY(!RecordsPage::signPdf(&outside, QStringLiteral("/tmp/c.pdf")));

        // Searching for the secret letter's words finds nothing, and says so.
        search(tab, QStringLiteral("arsip inaktif"));
        QCOMPARE(table(tab)->model()->rowCount(), 0);
        auto* empty = child<QLabel>(tab, "recordsLettersEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("Tidak ada naskah yang cocok")),
                 qPrintable(empty->text()));
    }

    void searchNarrowsAndHighlights()
    {
        RecordsPage page(contextFor(QStringLiteral("tu")));
        page.resize(1280, 760);
        page.show();
        LettersTab* tab = page.lettersTab();
        page.tabs()->setCurrentWidget(tab);
        waitForSearch(tab);
        const int all = table(tab)->model()->rowCount();
        search(tab, QStringLiteral("irigasi"));
        QCOMPARE(table(tab)->model()->rowCount(), 1);
        QVERIFY(all > 1);
        const QModelIndex subject = table(tab)->model()->index(0, LettersModel::Subject);
        QCOMPARE(subject.data().toString(), QStringLiteral("Permohonan data irigasi desa"));
        const QString snippet = subject.data(LettersModel::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(QRegularExpression(QStringLiteral("<b[^>]*>irigasi</b>"))),
                 qPrintable(snippet));
        shot(&page, QStringLiteral("cari-irigasi"));

        // Another form of the same stem finds the letter by its body text.
        search(tab, QStringLiteral("memberdayakan"));
        QCOMPARE(column(tab, LettersModel::Subject),
                 QStringList{QStringLiteral("Permohonan data irigasi desa")});
        QVERIFY(table(tab)
                    ->model()
                    ->index(0, LettersModel::Subject)
                    .data(LettersModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral("pemberdayaan</b>")));

        // A letter's own text is never markup: its "<i>" shows as text.
        search(tab, QStringLiteral("musrenbang"));
        QCOMPARE(table(tab)->model()->rowCount(), 1);
        const QString html = table(tab)
                                 ->model()
                                 ->index(0, LettersModel::Subject)
                                 .data(LettersModel::SnippetHtmlRole)
                                 .toString();
        QVERIFY2(html.contains(QStringLiteral("&lt;i&gt;")) && !html.contains(QStringLiteral("<i>")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("&amp;")), qPrintable(html));

        // FTS5 syntax typed by a user is only text: no error, no everything.
        search(tab, QStringLiteral("irigasi OR \"*\" NEAR("));
        QVERIFY(!child<QLabel>(tab, "recordsLettersMessage")->isVisible());
        QVERIFY(table(tab)->model()->rowCount() <= 1);

        // A sender filter without words; then clearing brings every letter back.
        search(tab, QString());
        QTest::keyClicks(child<QLineEdit>(tab, "recordsSenderFilter"), QStringLiteral("bappeda"));
        waitForSearch(tab);
        QCOMPARE(column(tab, LettersModel::Sender), QStringList{QStringLiteral("BAPPEDA")});
        QTest::mouseClick(child<QPushButton>(tab, "recordsClearFilters"), Qt::LeftButton);
        waitForSearch(tab);
        QCOMPARE(table(tab)->model()->rowCount(), all);
    }

    void filtersBySecurityClass()
    {
        RecordsPage page(contextFor(QStringLiteral("arsiparis")));
        page.resize(1280, 760);
        page.show();
        LettersTab* tab = page.lettersTab();
        page.tabs()->setCurrentWidget(tab);
        waitForSearch(tab);
        QVERIFY(column(tab, LettersModel::Subject).contains(QStringLiteral("Pemindahan arsip inaktif")));
        auto* security = child<QComboBox>(tab, "recordsSecurityFilter");
        // Clearance rahasia: biasa, terbatas, rahasia — never sangat rahasia.
        QCOMPARE(security->count(), 4);
        QVERIFY(selectByIndex(security, int(SecurityClass::Rahasia)));
        waitForSearch(tab);
        QCOMPARE(column(tab, LettersModel::Subject), QStringList{QStringLiteral("Pemindahan arsip inaktif")});
        QCOMPARE(column(tab, LettersModel::Security), QStringList{QStringLiteral("Rahasia")});
        QCOMPARE(table(tab)->model()->index(0, 0).data(LettersModel::SecurityLevelRole).toInt(), 2);
        QVERIFY(selectByIndex(security, int(SecurityClass::Terbatas)));
        waitForSearch(tab);
        QCOMPARE(column(tab, LettersModel::Subject),
                 QStringList{QStringLiteral("Laporan hasil pemeriksaan")});
        QVERIFY(selectByIndex(security, -1));
        waitForSearch(tab);
        shot(&page, QStringLiteral("naskah-masuk-arsiparis"));
        // The classification filter covers the code and those beneath it.
        QVERIFY(selectByIndex(child<QComboBox>(tab, "recordsClassificationFilter"), QStringLiteral("000")));
        waitForSearch(tab);
        QVERIFY(column(tab, LettersModel::Subject).contains(QStringLiteral("Permohonan data irigasi desa")));
        QVERIFY(!column(tab, LettersModel::Subject).contains(QStringLiteral("Pemindahan arsip inaktif")));
    }

    void staffGetAReadOnlyTab()
    {
        RecordsPage page(contextFor(QStringLiteral("staf")));
        page.show();
        LettersTab* tab = page.lettersTab();
        page.tabs()->setCurrentWidget(tab);
        waitForSearch(tab);
        QVERIFY(!tab->mayImport());
        QVERIFY(!child<QPushButton>(tab, "recordsImportFilesButton")->isVisible());
        QVERIFY(!child<QPushButton>(tab, "recordsImportFolderButton")->isVisible());
    }

    void formGuessesAndLimitsTheClass()
    {
        const QString path = writePdf(QStringLiteral("form/satu.pdf"),
                                      makeLetterPdf(QStringLiteral("005/41/DPMD/2026"),
                                                    QStringLiteral("Undangan sosialisasi dana desa"),
                                                    {QStringLiteral("Isi undangan.")}));
        RecordsSession tu(contextFor(QStringLiteral("tu")));
        LetterForm form(tu, {path});
        QSignalSpy guessed(&form, &LetterForm::guessed);
        QTRY_COMPARE_WITH_TIMEOUT(guessed.size(), 1, 10000);
        QCOMPARE(child<QLineEdit>(&form, "recordsFormNomor")->text(), QStringLiteral("005/41/DPMD/2026"));
        QCOMPARE(child<QLineEdit>(&form, "recordsFormPerihal")->text(),
                 QStringLiteral("Undangan sosialisasi dana desa"));
        // tu (clearance biasa) is offered biasa only; the scheme's codes are listed.
        auto* security = child<QComboBox>(&form, "recordsFormSecurity");
        QCOMPARE(security->count(), 1);
        auto* classification = child<QComboBox>(&form, "recordsFormClassification");
        QVERIFY(classification->count() > 10);
        classification->setCurrentIndex(classification->findData(QStringLiteral("000.1")));
        QTest::keyClicks(child<QLineEdit>(&form, "recordsFormPengirim"), QStringLiteral("DPMD"));
        const LetterDraft d = form.draft();
        QCOMPARE(d.nomor, QStringLiteral("005/41/DPMD/2026"));
        QCOMPARE(d.tanggal, QDate(2026, 3, 3));
        QCOMPARE(d.pengirim, QStringLiteral("DPMD"));
        QCOMPARE(d.classification, QStringLiteral("000.1"));
        QCOMPARE(d.securityClass, SecurityClass::Biasa);
        form.resize(620, 420);
        QVERIFY(form.grab().save(outputDir() + QStringLiteral("/formulir.png")));

        // A corrupt file says why at once, in the form.
        const QString bad = writePdf(QStringLiteral("form/bukan.pdf"), "ini bukan PDF");
        LetterForm badForm(tu, {bad});
        QSignalSpy badGuessed(&badForm, &LetterForm::guessed);
        QTRY_COMPARE_WITH_TIMEOUT(badGuessed.size(), 1, 10000);
        QVERIFY2(child<QLabel>(&badForm, "recordsFormFileInfo")
                     ->text()
                     .contains(QStringLiteral("Bukan berkas PDF")),
                 qPrintable(child<QLabel>(&badForm, "recordsFormFileInfo")->text()));

        // Several files: only what they share; the arsiparis may pick up to rahasia.
        RecordsSession arsiparis(contextFor(QStringLiteral("arsiparis")));
        LetterForm batch(arsiparis, {path, bad});
        QVERIFY(!batch.findChild<QLineEdit*>(QStringLiteral("recordsFormNomor")));
        QCOMPARE(child<QComboBox>(&batch, "recordsFormSecurity")->count(), 3);
    }

    void importFolderWithACorruptFile()
    {
        RecordsPage page(contextFor(QStringLiteral("tu")));
        page.resize(1280, 760);
        page.show();
        LettersTab* tab = page.lettersTab();
        page.tabs()->setCurrentWidget(tab);
        waitForSearch(tab);
        const int before = table(tab)->model()->rowCount();
        const qint64 lettersBefore = count(QStringLiteral("rec_letters"));
        for (int i = 1; i <= 4; ++i)
            writePdf(QStringLiteral("folder/surat-%1.pdf").arg(i),
                     makeLetterPdf(QStringLiteral("100/%1/KEC/2026").arg(i),
                                   QStringLiteral("Laporan bulanan kecamatan %1").arg(i),
                                   {QStringLiteral("Laporan kegiatan bulan ini.")}));
        writePdf(QStringLiteral("folder/sub/rusak.pdf"),
                 "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n");
        const QStringList files = LetterImporter::collectFiles({m_files.filePath(QStringLiteral("folder"))});
        QCOMPARE(files.size(), 5);

        LetterDraft defaults;
        defaults.pengirim = QStringLiteral("Kecamatan Lontar Hulu");
        ImportDialog* dialog = tab->startImport(files, defaults);
        auto* progress = child<QProgressBar>(dialog, "recordsImportProgress");
        QSignalSpy steps(progress, &QProgressBar::valueChanged);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        QCOMPARE(progress->maximum(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toInt(), 4);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QVERIFY2(steps.size() >= 5, qPrintable(QString::number(steps.size()))); // one step per file
        QCOMPARE(progress->value(), 5);
        auto* summary = child<QLabel>(dialog, "recordsImportSummary");
        QVERIFY2(summary->text().contains(QStringLiteral("4 naskah tercatat")), qPrintable(summary->text()));
        auto* refused = child<QTableWidget>(dialog, "recordsImportRefused");
        QVERIFY(refused->isVisible());
        QCOMPARE(refused->rowCount(), 1);
        QCOMPARE(refused->item(0, 0)->text(), QStringLiteral("rusak.pdf"));
        QVERIFY2(refused->item(0, 1)->text().contains(QStringLiteral("rusak")),
                 qPrintable(refused->item(0, 1)->text()));
        QVERIFY(child<QPushButton>(dialog, "recordsImportClose")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "recordsImportCancel")->isVisible());
        dialog->resize(760, 420);
        QVERIFY(dialog->grab().save(outputDir() + QStringLiteral("/impor-ringkasan.png")));

        QCOMPARE(count(QStringLiteral("rec_letters")), lettersBefore + 4);
        waitForSearch(tab);
        QTRY_COMPARE(table(tab)->model()->rowCount(), before + 4);
        search(tab, QStringLiteral("kecamatan"));
        QCOMPARE(column(tab, LettersModel::Sender), QStringList(4, QStringLiteral("Kecamatan Lontar Hulu")));
        QTest::mouseClick(child<QPushButton>(dialog, "recordsImportClose"), Qt::LeftButton);
    }

    void cancelledImportLeavesNothingHalfStored()
    {
        RecordsPage page(contextFor(QStringLiteral("tu")));
        page.show();
        LettersTab* tab = page.lettersTab();
        waitForSearch(tab);
        // Long letters, so the import is still running when Cancel is pressed.
        QList<QStringList> pages;
        for (int p = 0; p < 25; ++p)
            pages.append({QStringLiteral("Halaman %1 lampiran data penduduk desa.").arg(p + 1),
                          QStringLiteral("Rincian jumlah penduduk per dusun dan per rukun tetangga.")});
        QStringList files;
        for (int i = 0; i < 60; ++i)
            files << writePdf(QStringLiteral("banyak/lampiran-%1.pdf").arg(i, 2, 10, QLatin1Char('0')),
                              makePdf(pages, QStringLiteral("Lampiran data penduduk %1").arg(i)));
        const qint64 letters = count(QStringLiteral("rec_letters"));
        const qint64 blobs = count(QStringLiteral("sync_blobs"));
        const qint64 index = count(QStringLiteral("rec_search"));
        const qint64 texts = count(QStringLiteral("rec_file_text"));
        const int filesBefore = blobFiles();

        ImportDialog* dialog = tab->startImport(files, {});
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        auto* progress = child<QProgressBar>(dialog, "recordsImportProgress");
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 30000);
        QTest::mouseClick(child<QPushButton>(dialog, "recordsImportCancel"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const int imported = finished.at(0).at(0).toInt();
        QVERIFY(imported >= 1);
        QVERIFY2(imported < files.size(), qPrintable(QString::number(imported)));
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QVERIFY(child<QLabel>(dialog, "recordsImportSummary")->text().contains(QStringLiteral("dibatalkan")));
        // Exactly the imported letters, each whole: row, blob (row and file), index entry, text.
        QCOMPARE(count(QStringLiteral("rec_letters")), letters + imported);
        QCOMPARE(count(QStringLiteral("sync_blobs")), blobs + imported);
        QCOMPARE(count(QStringLiteral("rec_search")), index + imported);
        QCOMPARE(count(QStringLiteral("rec_file_text")), texts + imported);
        QCOMPARE(blobFiles(), filesBefore + imported);
        QCOMPARE(dialog->outcomes().size(), imported);
    }

    void letterViewShowsMetadataAndRendersPageOne()
    {
        RecordsPage page(contextFor(QStringLiteral("tu")));
        page.resize(1280, 760);
        page.show();
        LettersTab* tab = page.lettersTab();
        page.tabs()->setCurrentWidget(tab);
        search(tab, QStringLiteral("irigasi"));
        QCOMPARE(table(tab)->model()->rowCount(), 1);
        // Enter on the selected row opens the letter.
        table(tab)->setFocus();
        table(tab)->setCurrentIndex(table(tab)->model()->index(0, 0));
        QTest::keyClick(table(tab), Qt::Key_Return);
        LetterView* view = tab->findChild<LetterView*>(QStringLiteral("recordsLetterView"));
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->letter().id, m_irrigationId);
        QCOMPARE(child<QLabel>(view, "recordsViewSubject")->text(),
                 QStringLiteral("Permohonan data irigasi desa"));
        QCOMPARE(child<QLabel>(view, "recordsViewNomor")->text(), QStringLiteral("500/77/DISTAN/2026"));
        QCOMPARE(child<QLabel>(view, "recordsViewTanggal")->text(), QStringLiteral("3 Maret 2026"));
        QCOMPARE(child<QLabel>(view, "recordsViewSender")->text(), QStringLiteral("Dinas Pertanian"));
        QCOMPARE(child<QLabel>(view, "recordsViewSecurity")->text(), QStringLiteral("Biasa"));
        QVERIFY(
            child<QLabel>(view, "recordsViewClassification")->text().startsWith(QStringLiteral("000.1 — ")));
        QVERIFY(child<QLabel>(view, "recordsViewAgenda")->text().contains(QLatin1Char('/')));
        QVERIFY(!child<QLabel>(view, "recordsViewRegistered")->text().contains(QStringLiteral("UTC")));
        // tu registers and files letters; only an atasan disposes them.
        QVERIFY(!child<QPushButton>(view, "recordsViewDispose")->isVisible());
        QVERIFY(child<QPushButton>(view, "recordsViewFile")->isVisible());
        QVERIFY(child<QPushButton>(view, "recordsViewReclassify")->isVisible());
        QVERIFY(!child<QPushButton>(view, "recordsPdfDownload")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->preview()->renderedPages() >= 1, 20000);
        auto* page1 = child<QLabel>(view, "recordsPdfPage1");
        QVERIFY(hasInk(page1->pixmap().toImage()));
        QCOMPARE(child<QLabel>(view, "recordsPdfPageCount")->text(), QStringLiteral("1 halaman"));
        shot(view, QStringLiteral("naskah"));
        view->close();

        // An atasan may dispose it.
        RecordsPage kadis(contextFor(QStringLiteral("kadis")));
        LetterView* v2 = kadis.lettersTab()->openLetter(m_irrigationId);
        QVERIFY(child<QPushButton>(v2, "recordsViewDispose")->isVisible());
        QVERIFY(!child<QPushButton>(v2, "recordsViewFile")->isVisible());
        v2->close();
    }

    void missingFileIsDownloaded()
    {
        const IncomingLetter letter =
            *LetterRegister(m_device->db(), m_device->profile->audit(), m_device->actor(QStringLiteral("tu")))
                 .letter(m_irrigationId);
        const QString blob = m_device->blobDir() + QLatin1Char('/') + letter.fileSha256;
        const QString kept = m_files.filePath(QStringLiteral("kept.pdf"));
        QVERIFY(QFile::rename(blob, kept)); // this device does not hold the file (as on another device)

        FakeServer server;
        RecordsPage page(contextFor(QStringLiteral("tu"), &server));
        LetterView* view = page.lettersTab()->openLetter(m_irrigationId);
        auto* download = child<QPushButton>(view, "recordsPdfDownload");
        auto* status = child<QLabel>(view, "recordsPdfStatus");
        QVERIFY(download->isVisible());
        QCOMPARE(view->preview()->renderedPages(), 0);
        QTest::mouseClick(download, Qt::LeftButton);
        QCOMPARE(server.asked, QStringList{letter.fileSha256});
        QVERIFY(child<QProgressBar>(view, "recordsPdfDownloadProgress")->isVisible());
        // Someone else's blob answer changes nothing.
        server.answer(QStringLiteral("ab").repeated(32), false, false, QStringLiteral("lain"));
        QVERIFY(!status->text().contains(QStringLiteral("lain")));
        server.answer(letter.fileSha256, false, true, QStringLiteral("server tidak terjangkau"));
        QVERIFY2(status->text().contains(QStringLiteral("Menunggu koneksi")), qPrintable(status->text()));
        server.answer(letter.fileSha256, false, false,
                      QStringLiteral("Anda tidak berhak membaca berkas ini"));
        QVERIFY2(status->text().contains(QStringLiteral("Anda tidak berhak membaca berkas ini")),
                 qPrintable(status->text()));
        QVERIFY(download->isEnabled());
        QCOMPARE(view->preview()->renderedPages(), 0);

        QTest::mouseClick(download, Qt::LeftButton);
        QCOMPARE(server.asked.size(), 2);
        QVERIFY(QFile::copy(kept, blob));
        server.answer(letter.fileSha256, true, false, QString());
        QTRY_VERIFY_WITH_TIMEOUT(view->preview()->renderedPages() >= 1, 20000);
        QVERIFY(!download->isVisible());

        // Without any server connection the view says so instead of waiting forever.
        QVERIFY(QFile::remove(blob));
        RecordsPage offline(contextFor(QStringLiteral("tu")));
        LetterView* v2 = offline.lettersTab()->openLetter(m_irrigationId);
        QTest::mouseClick(child<QPushButton>(v2, "recordsPdfDownload"), Qt::LeftButton);
        QVERIFY(child<QLabel>(v2, "recordsPdfStatus")->text().contains(QStringLiteral("tidak tersambung")));
        QVERIFY(QFile::copy(kept, blob));
    }

    void reclassifyWithinClearance()
    {
        // tu may not raise a letter above their own clearance: the policy refuses, nothing changes.
        {
            RecordsPage page(contextFor(QStringLiteral("tu")));
            LetterView* view = page.lettersTab()->openLetter(m_irrigationId);
            const qint64 outbox = count(QStringLiteral("sync_outbox"));
            const Status s = view->reclassify(SecurityClass::Rahasia);
            QVERIFY(!s.ok());
            QVERIFY(child<QLabel>(view, "recordsViewMessage")
                        ->text()
                        .startsWith(QStringLiteral("Klasifikasi keamanan tidak diubah")));
            QCOMPARE(view->letter().securityClass, SecurityClass::Biasa);
            QCOMPARE(count(QStringLiteral("sync_outbox")), outbox);
        }
        // The arsiparis raises it to rahasia: it leaves tu's list.
        {
            RecordsPage page(contextFor(QStringLiteral("arsiparis")));
            LetterView* view = page.lettersTab()->openLetter(m_irrigationId);
            QSignalSpy changed(view, &LetterView::letterChanged);
            LONTAR_VERIFY_OK(view->reclassify(SecurityClass::Rahasia));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(child<QLabel>(view, "recordsViewSecurity")->text(), QStringLiteral("Rahasia"));
        }
        RecordsPage page(contextFor(QStringLiteral("tu")));
        LettersTab* tab = page.lettersTab();
        search(tab, QStringLiteral("irigasi"));
        QCOMPARE(table(tab)->model()->rowCount(), 0);
        // Opened by id anyway (a stale link): nothing of it is shown.
        LetterView* view = tab->openLetter(m_irrigationId);
        QCOMPARE(child<QLabel>(view, "recordsViewSubject")->text(), QStringLiteral("Naskah tidak tersedia"));
        QVERIFY(!child<QPushButton>(view, "recordsViewReclassify")->isEnabled());
    }
};

QTEST_MAIN(TestRecordsUi)
#include "tst_recordsui.moc"
