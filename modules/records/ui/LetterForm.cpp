#include "records/ui/LetterForm.h"

#include "records/Instruments.h"
#include "records/LetterImporter.h"
#include "records/PdfText.h"
#include "records/RecordsPolicies.h"
#include "records/ui/LettersFormat.h"
#include "records/ui/RecordsSession.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

// The date edits show "3 Maret 2026"; the earliest date stands for "not known".
QDateEdit* dateEdit(const QString& name, QWidget* parent, bool allowEmpty)
{
    auto* e = new QDateEdit(parent);
    e->setObjectName(name);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    e->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    e->setMinimumDate(QDate(1900, 1, 1));
    e->setMaximumDate(QDate::currentDate().addYears(1));
    if (allowEmpty)
        e->setSpecialValueText(QCoreApplication::translate("lontar::records::LetterForm", "tidak diketahui"));
    return e;
}

} // namespace

void fillSecurityCombo(QComboBox* combo, int clearance)
{
    combo->clear();
    for (int level = 0; level <= qBound(0, clearance, 3); ++level)
        combo->addItem(securityClassDisplayName(SecurityClass(level)), level);
}

void fillClassificationCombo(QComboBox* combo, Database& db, const QString& emptyText)
{
    combo->clear();
    combo->addItem(emptyText, QString());
    auto codes = Instruments(db).classifications();
    if (!codes)
        return;
    for (const ClassificationCode& c : *codes)
        combo->addItem(QStringLiteral("%1 — %2").arg(c.code, c.name), c.code);
}

LetterForm::LetterForm(RecordsSession& session, const QStringList& files, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_single(files.size() == 1)
{
    setObjectName(QStringLiteral("recordsLetterForm"));
    setWindowTitle(m_single ? tr("Catat naskah masuk")
                            : tr("Impor %n naskah masuk", nullptr, int(files.size())));
    setMinimumWidth(560);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fileInfo = new QLabel(this);
    m_fileInfo->setObjectName(QStringLiteral("recordsFormFileInfo"));
    m_fileInfo->setWordWrap(true);
    if (m_single) {
        m_fileInfo->setText(tr("Berkas: %1 — membaca isi berkas…").arg(QFileInfo(files.first()).fileName()));
        m_nomor = new QLineEdit(this);
        m_nomor->setObjectName(QStringLiteral("recordsFormNomor"));
        m_nomor->setMaxLength(200);
        m_nomor->setPlaceholderText(tr("mis. 000.1.5/123/BAPPEDA/2026"));
        m_tanggal = dateEdit(QStringLiteral("recordsFormTanggal"), this, true);
        m_tanggal->setDate(m_tanggal->minimumDate());
        m_perihal = new QLineEdit(this);
        m_perihal->setObjectName(QStringLiteral("recordsFormPerihal"));
        m_perihal->setMaxLength(500);
        m_perihal->setPlaceholderText(tr("Hal yang disebut surat"));
    } else {
        m_fileInfo->setText(tr("%n berkas PDF. Nomor, tanggal dan perihal dibaca dari kepala setiap surat; "
                               "isian di bawah berlaku untuk semuanya.",
                               nullptr, int(files.size())));
    }
    form->addRow(m_fileInfo);
    if (m_nomor) {
        form->addRow(tr("Nomor surat"), m_nomor);
        form->addRow(tr("Tanggal surat"), m_tanggal);
    }
    m_pengirim = new QLineEdit(this);
    m_pengirim->setObjectName(QStringLiteral("recordsFormPengirim"));
    m_pengirim->setMaxLength(300);
    m_pengirim->setPlaceholderText(tr("Instansi atau orang yang mengirim"));
    form->addRow(tr("Pengirim"), m_pengirim);
    if (m_perihal)
        form->addRow(tr("Perihal"), m_perihal);

    m_sifat = new QComboBox(this);
    m_sifat->setObjectName(QStringLiteral("recordsFormSifat"));
    for (const QString& key : sifatKeys())
        m_sifat->addItem(sifatDisplayName(key), key);
    form->addRow(tr("Sifat"), m_sifat);

    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("recordsFormSecurity"));
    fillSecurityCombo(m_security, session.actor().clearance);
    auto* securityNote =
        new QLabel(tr("Klasifikasi keamanan paling tinggi yang boleh Anda catat: %1.")
                       .arg(securityClassDisplayName(SecurityClass(qBound(0, session.actor().clearance, 3)))),
                   this);
    securityNote->setObjectName(QStringLiteral("recordsFormSecurityNote"));
    securityNote->setStyleSheet(QStringLiteral("color: #5f6b6a;"));
    form->addRow(tr("Klasifikasi keamanan"), m_security);
    form->addRow(QString(), securityNote);

    m_classification = new QComboBox(this);
    m_classification->setObjectName(QStringLiteral("recordsFormClassification"));
    fillClassificationCombo(m_classification, session.db(), tr("(belum diklasifikasi)"));
    // Typing a code or a word of its name finds it among fifty or five hundred codes.
    m_classification->setEditable(true);
    m_classification->setInsertPolicy(QComboBox::NoInsert);
    m_classification->completer()->setFilterMode(Qt::MatchContains);
    m_classification->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("Kode klasifikasi"), m_classification);

    m_received = dateEdit(QStringLiteral("recordsFormReceived"), this, false);
    m_received->setDate(QDate::currentDate());
    form->addRow(tr("Tanggal diterima"), m_received);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("recordsFormButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(m_single ? tr("Catat") : tr("Impor"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordsFormOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (m_single) {
        // Reading a large PDF takes a moment: off the UI thread; the user may type meanwhile, and what
        // they typed wins over the guesses.
        const QString path = files.first();
        m_reader = QThread::create([this, path] {
            auto pdf = PdfText::read(path, LetterImporter::kMaxFileBytes);
            GuessedFields g;
            if (pdf)
                g = PdfText::guessFields(pdf->text);
            const QString title = pdf ? pdf->title : QString();
            const int pages = pdf ? pdf->pageCount : 0;
            const QString error = pdf.errorMessage();
            QMetaObject::invokeMethod(
                this,
                [this, g, title, pages, error] {
                    applyGuesses(g.nomor, g.perihal.isEmpty() ? title : g.perihal, g.tanggal, pages, error);
                },
                Qt::QueuedConnection);
        });
        m_reader->start();
    }
}

LetterForm::~LetterForm()
{
    if (m_reader) {
        m_reader->wait();
        delete m_reader;
    }
}

void LetterForm::applyGuesses(const QString& nomor, const QString& perihal, const QDate& tanggal, int pages,
                              const QString& error)
{
    const QString name = m_fileInfo->text().section(QStringLiteral(" — "), 0, 0);
    if (!error.isEmpty()) {
        m_fileInfo->setText(tr("%1 — %2").arg(name, error));
        m_fileInfo->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else {
        m_fileInfo->setText(
            tr("%1 — %n halaman; isian di bawah ditebak dari kepala surat, periksa dulu.", nullptr, pages)
                .arg(name));
        if (m_nomor->text().isEmpty())
            m_nomor->setText(nomor);
        if (m_perihal->text().isEmpty())
            m_perihal->setText(perihal);
        if (tanggal.isValid() && m_tanggal->date() == m_tanggal->minimumDate())
            m_tanggal->setDate(tanggal);
    }
    Q_EMIT guessed();
}

LetterDraft LetterForm::draft() const
{
    LetterDraft d;
    if (m_single) {
        d.nomor = m_nomor->text().trimmed();
        d.perihal = m_perihal->text().trimmed();
        if (m_tanggal->date() != m_tanggal->minimumDate())
            d.tanggal = m_tanggal->date();
    }
    d.pengirim = m_pengirim->text().trimmed();
    d.sifat = m_sifat->currentData().toString();
    d.securityClass = SecurityClass(m_security->currentData().toInt());
    // The edit text may be a code typed by hand, or an entry picked from the list.
    const int picked = m_classification->findText(m_classification->currentText());
    d.classification = picked >= 0
                           ? m_classification->itemData(picked).toString()
                           : m_classification->currentText().section(QLatin1Char(' '), 0, 0).trimmed();
    d.receivedDate = m_received->date();
    return d;
}

} // namespace lontar::records
