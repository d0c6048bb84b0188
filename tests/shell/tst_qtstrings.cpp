#include "TestSupport.h"

#include "shell/Language.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QWizard>
#include <QXmlStreamReader>

#include <memory>

using namespace lontar;

namespace {

// Installed before the Language translators, so it only sees the lookups none of them answered:
// what Qt would show in English.
class RecordingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int) const override
    {
        const QString ctx = QString::fromUtf8(context);
        const QString src = QString::fromUtf8(source);
        // Key sequences and layout direction are meant to stay as they are.
        if (ctx != QLatin1String("QShortcut") && ctx != QLatin1String("QKeySequence") &&
            ctx != QLatin1String("QGuiApplication") && !src.startsWith(QLatin1String("Alt+")))
            unanswered.insert(QStringLiteral("[%1] %2 (%3)")
                                  .arg(ctx, src, QString::fromUtf8(disambiguation ? disambiguation : "")));
        return {};
    }
    mutable QSet<QString> unanswered;
};

// Button and menu texts without accelerator marks and shortcut suffix: "&Ya" -> "Ya", "&Salin\tCtrl+C" ->
// "Salin".
QString plain(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.remove(QLatin1Char('&'));
    return text;
}

QStringList buttonTexts(const QDialogButtonBox& box, const QList<QDialogButtonBox::StandardButton>& which)
{
    QStringList out;
    for (QDialogButtonBox::StandardButton b : which)
        out.append(box.button(b) ? plain(box.button(b)->text()) : QStringLiteral("<missing>"));
    return out;
}

QStringList menuTexts(QMenu* menu)
{
    std::unique_ptr<QMenu> owner(menu);
    QStringList out;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            out.append(plain(action->text()));
    }
    return out;
}

QString labelText(const QWidget& parent, const char* objectName)
{
    const auto* label = parent.findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? plain(label->text()) : QStringLiteral("<missing %1>").arg(QString::fromLatin1(objectName));
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translation;
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            out.append(current);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = TsMessage{context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            current.comment = xml.readElementText();
        else if (name == QLatin1String("translation"))
            current.translation = xml.readElementText();
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

} // namespace

// Qt ships no Indonesian for its own dialogs; translations/qtbase_lontar_id.ts fills the gap.
class TestQtStrings : public QObject
{
    Q_OBJECT

    RecordingTranslator m_recorder;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QFileDialog remembers its state in QSettings
        QCoreApplication::installTranslator(&m_recorder);
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(QStringLiteral("surat.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    void init() { m_recorder.unanswered.clear(); }

    // In Indonesian, every Qt string a test made Qt look up must have come out translated.
    void cleanup()
    {
        if (Language::current() != QLatin1String("id"))
            return;
        QStringList leaked = m_recorder.unanswered.values();
        leaked.sort();
        QVERIFY2(leaked.isEmpty(),
                 qPrintable(QStringLiteral("left in English:\n") + leaked.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_recorder);
        Language::apply(Language::defaultCode());
    }

    void dialogButtonBox_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id") << QStringLiteral("id")
                            << QStringList{QStringLiteral("OK"),     QStringLiteral("Batal"),
                                           QStringLiteral("Simpan"), QStringLiteral("Buka"),
                                           QStringLiteral("Tutup"),  QStringLiteral("Ya"),
                                           QStringLiteral("Tidak")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("OK"),    QStringLiteral("Cancel"),
                                           QStringLiteral("Save"),  QStringLiteral("Open"),
                                           QStringLiteral("Close"), QStringLiteral("Yes"),
                                           QStringLiteral("No")};
    }

    void dialogButtonBox()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(Language::apply(language));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                             QDialogButtonBox::Open | QDialogButtonBox::Close | QDialogButtonBox::Yes |
                             QDialogButtonBox::No);
        QCOMPARE(buttonTexts(box, {QDialogButtonBox::Ok, QDialogButtonBox::Cancel, QDialogButtonBox::Save,
                                   QDialogButtonBox::Open, QDialogButtonBox::Close, QDialogButtonBox::Yes,
                                   QDialogButtonBox::No}),
                 expected);
    }

    void allStandardButtonsIndonesian()
    {
        QVERIFY(Language::apply(QStringLiteral("id")));
        QDialogButtonBox box;
        for (int b = QDialogButtonBox::FirstButton; b <= QDialogButtonBox::LastButton; b <<= 1)
            box.addButton(QDialogButtonBox::StandardButton(b));
        QCOMPARE(
            buttonTexts(box, {QDialogButtonBox::Apply, QDialogButtonBox::Discard, QDialogButtonBox::Reset,
                              QDialogButtonBox::Help, QDialogButtonBox::Retry, QDialogButtonBox::Ignore,
                              QDialogButtonBox::Abort, QDialogButtonBox::RestoreDefaults}),
            (QStringList{QStringLiteral("Terapkan"), QStringLiteral("Buang"), QStringLiteral("Atur Ulang"),
                         QStringLiteral("Bantuan"), QStringLiteral("Coba Lagi"), QStringLiteral("Abaikan"),
                         QStringLiteral("Batalkan"), QStringLiteral("Pulihkan Bawaan")}));
    }

    void fileDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("acceptMode");
        QTest::addColumn<QStringList>("expected"); // accept, cancel, file name, file type, look in
        QTest::addColumn<QStringList>("columns");
        const QStringList idColumns{QStringLiteral("Nama"), QStringLiteral("Ukuran"), QStringLiteral("Jenis"),
                                    QStringLiteral("Tanggal diubah")};
        const QStringList enColumns{QStringLiteral("Name"), QStringLiteral("Size"), QStringLiteral("Type"),
                                    QStringLiteral("Date Modified")};
        QTest::newRow("id open") << QStringLiteral("id") << int(QFileDialog::AcceptOpen)
                                 << QStringList{QStringLiteral("Buka"), QStringLiteral("Batal"),
                                                QStringLiteral("Nama berkas:"),
                                                QStringLiteral("Jenis berkas:"), QStringLiteral("Cari di:")}
                                 << idColumns;
        QTest::newRow("id save") << QStringLiteral("id") << int(QFileDialog::AcceptSave)
                                 << QStringList{QStringLiteral("Simpan"), QStringLiteral("Batal"),
                                                QStringLiteral("Nama berkas:"),
                                                QStringLiteral("Jenis berkas:"), QStringLiteral("Cari di:")}
                                 << idColumns;
        QTest::newRow("en open") << QStringLiteral("en") << int(QFileDialog::AcceptOpen)
                                 << QStringList{QStringLiteral("Open"), QStringLiteral("Cancel"),
                                                QStringLiteral("File name:"),
                                                QStringLiteral("Files of type:"), QStringLiteral("Look in:")}
                                 << enColumns;
        QTest::newRow("en save") << QStringLiteral("en") << int(QFileDialog::AcceptSave)
                                 << QStringList{QStringLiteral("Save"), QStringLiteral("Cancel"),
                                                QStringLiteral("File name:"),
                                                QStringLiteral("Files of type:"), QStringLiteral("Look in:")}
                                 << enColumns;
    }

    void fileDialog()
    {
        QFETCH(QString, language);
        QFETCH(int, acceptMode);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, columns);
        QVERIFY(Language::apply(language));
        QFileDialog dialog(nullptr, QString(), m_dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptMode(acceptMode));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(box);
        const QDialogButtonBox::StandardButton accept =
            acceptMode == QFileDialog::AcceptOpen ? QDialogButtonBox::Open : QDialogButtonBox::Save;
        QCOMPARE((QStringList{plain(box->button(accept)->text()),
                              plain(box->button(QDialogButtonBox::Cancel)->text()),
                              labelText(dialog, "fileNameLabel"), labelText(dialog, "fileTypeLabel"),
                              labelText(dialog, "lookInLabel")}),
                 expected);

        const auto* details = dialog.findChild<QTreeView*>(QStringLiteral("treeView"));
        QVERIFY(details && details->model());
        QStringList headers;
        for (int column = 0; column < 4; ++column)
            headers.append(details->model()->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, columns);
        dialog.hide();
    }

    void fileDialogFilterAndOverwriteQuestion()
    {
        QVERIFY(Language::apply(QStringLiteral("id")));
        QFileDialog dialog(nullptr, QString(), m_dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.nameFilters(), QStringList{QStringLiteral("Semua Berkas (*)")});

        // Saving over an existing file asks first; answer "Tidak" and read the question.
        QString question;
        QStringList answers;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                answer.stop();
                question = box->text();
                answers = buttonTexts(*box->findChild<QDialogButtonBox*>(),
                                      {QDialogButtonBox::Yes, QDialogButtonBox::No});
                box->done(QMessageBox::No);
            }
        });
        answer.start(20);
        auto* fileName = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(fileName);
        fileName->setText(QStringLiteral("surat.pdf"));
        QMetaObject::invokeMethod(&dialog, "accept");
        QCOMPARE(question, QStringLiteral("surat.pdf sudah ada.\nApakah Anda ingin menggantinya?"));
        QCOMPARE(answers, (QStringList{QStringLiteral("Ya"), QStringLiteral("Tidak")}));
        dialog.hide();
    }

    void messageBox_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // yes, no, show details, hide details
        QTest::newRow("id") << QStringLiteral("id")
                            << QStringList{QStringLiteral("Ya"), QStringLiteral("Tidak"),
                                           QStringLiteral("Tampilkan Detail..."),
                                           QStringLiteral("Sembunyikan Detail...")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Yes"), QStringLiteral("No"),
                                           QStringLiteral("Show Details..."),
                                           QStringLiteral("Hide Details...")};
    }

    void messageBox()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(Language::apply(language));
        QMessageBox box(QMessageBox::Question, QStringLiteral("Lontar"), QStringLiteral("?"),
                        QMessageBox::Yes | QMessageBox::No);
        box.setDetailedText(QStringLiteral("detail"));
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QAbstractButton* detailsButton = nullptr;
        for (QAbstractButton* button : box.buttons()) {
            if (box.buttonRole(button) == QMessageBox::ActionRole)
                detailsButton = button;
        }
        QVERIFY(detailsButton);
        const QString shown = plain(detailsButton->text());
        detailsButton->click();
        QCOMPARE(
            (QStringList{plain(box.button(QMessageBox::Yes)->text()),
                         plain(box.button(QMessageBox::No)->text()), shown, plain(detailsButton->text())}),
            expected);
        box.hide();
    }

    void contextMenus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id") << QStringLiteral("id")
                            << QStringList{QStringLiteral("Urungkan"),   QStringLiteral("Ulangi"),
                                           QStringLiteral("Potong"),     QStringLiteral("Salin"),
                                           QStringLiteral("Tempel"),     QStringLiteral("Hapus"),
                                           QStringLiteral("Pilih Semua")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Undo"),      QStringLiteral("Redo"),
                                           QStringLiteral("Cut"),       QStringLiteral("Copy"),
                                           QStringLiteral("Paste"),     QStringLiteral("Delete"),
                                           QStringLiteral("Select All")};
    }

    void contextMenus()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(Language::apply(language));
        QLineEdit lineEdit(QStringLiteral("teks"));
        QCOMPARE(menuTexts(lineEdit.createStandardContextMenu()), expected);
        QTextEdit textEdit(QStringLiteral("teks"));
        QCOMPARE(menuTexts(textEdit.createStandardContextMenu()), expected);
    }

    void inputProgressAndWizardIndonesian()
    {
        QVERIFY(Language::apply(QStringLiteral("id")));
        QInputDialog input;
        input.show();
        QVERIFY(QTest::qWaitForWindowExposed(&input));
        QStringList labels;
        for (const QLabel* label : input.findChildren<QLabel*>())
            labels.append(label->text());
        QVERIFY2(labels.contains(QStringLiteral("Masukkan nilai:")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QCOMPARE(buttonTexts(*input.findChild<QDialogButtonBox*>(),
                             {QDialogButtonBox::Ok, QDialogButtonBox::Cancel}),
                 (QStringList{QStringLiteral("OK"), QStringLiteral("Batal")}));
        input.hide();

        QProgressDialog progress;
        const auto* cancel = progress.findChild<QPushButton*>();
        QVERIFY(cancel);
        QCOMPARE(plain(cancel->text()), QStringLiteral("Batal"));

        QWizard wizard;
        wizard.addPage(new QWizardPage);
        wizard.addPage(new QWizardPage);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE((QStringList{plain(wizard.button(QWizard::BackButton)->text()),
                              plain(wizard.button(QWizard::NextButton)->text()),
                              plain(wizard.button(QWizard::FinishButton)->text()),
                              plain(wizard.button(QWizard::CancelButton)->text())}),
                 (QStringList{QStringLiteral("< Kembali"), QStringLiteral("Lanjut >"),
                              QStringLiteral("Selesai"), QStringLiteral("Batal")}));
        wizard.hide();
    }

    // A source text that differs from Qt's by one byte is silently never used. Every entry must be
    // compiled in and answered (round trip), and its source and disambiguation must be Qt's own: they
    // occur verbatim in the Qt libraries this program runs with.
    void everyEntryIsLoadedAndIsQtsOwnString()
    {
        const QList<TsMessage> messages = readTs(qEnvironmentVariable("LONTAR_SOURCE_DIR") +
                                                 QStringLiteral("/translations/qtbase_lontar_id.ts"));
        QVERIFY(messages.size() > 80);

        QVERIFY(Language::apply(QStringLiteral("id")));
        QStringList problems;
        for (const TsMessage& m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString translated = QCoreApplication::translate(
                context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData());
            if (m.translation.trimmed().isEmpty() || translated != m.translation)
                problems.append(
                    QStringLiteral("not applied [%1] %2 -> %3").arg(m.context, m.source, translated));
        }
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        QByteArray qtBinaries;
        for (const char* library : {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6"}) {
            QFile file(QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QLatin1Char('/') +
                       QString::fromLatin1(library));
            if (file.open(QIODevice::ReadOnly))
                qtBinaries += file.readAll();
        }
        if (qtBinaries.isEmpty())
            QSKIP("Qt libraries not found as shared objects: source strings not checked");
        // Only compiled into Qt on Windows; native dialogs are the default there anyway.
        const QSet<QString> windowsOnly{QStringLiteral("QFileSystemModel/My Computer"),
                                        QStringLiteral("QAbstractFileIconProvider/File Folder")};
        for (const TsMessage& m : messages) {
            if (windowsOnly.contains(m.context + QLatin1Char('/') + m.source))
                continue;
            for (const QString& text : {m.context, m.source, m.comment}) {
                if (!text.isEmpty() && !qtBinaries.contains(text.toUtf8()))
                    problems.append(
                        QStringLiteral("not a Qt %1 string: [%2] \"%3\" (%4)")
                            .arg(QString::fromLatin1(qVersion()), m.context, m.source, m.comment));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestQtStrings)
#include "tst_qtstrings.moc"
