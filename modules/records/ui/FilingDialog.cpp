#include "records/ui/FilingDialog.h"

#include "records/Filing.h"
#include "records/Letters.h"
#include "records/Retention.h"
#include "records/ui/RecordsSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lontar::records {

FilingDialog::FilingDialog(RecordsSession& session, const QString& letterId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_letterId(letterId)
{
    setObjectName(QStringLiteral("filingDialog"));
    setWindowTitle(tr("Berkaskan naskah"));
    auto* layout = new QVBoxLayout(this);
    auto letter = LetterRegister(session.db(), session.audit(), session.actor()).letter(letterId);
    auto* head = new QLabel(this);
    head->setWordWrap(true);
    layout->addWidget(head);
    auto* form = new QFormLayout;
    m_files = new QComboBox(this);
    m_files->setObjectName(QStringLiteral("filingBerkas"));
    m_newTitle = new QLineEdit(this);
    m_newTitle->setObjectName(QStringLiteral("filingNewTitle"));
    m_newTitle->setPlaceholderText(tr("Uraian berkas baru, misalnya: Perjalanan dinas 2026"));
    m_declare =
        new QCheckBox(tr("Nyatakan sebagai arsip (isi naskah dikunci, perubahan metadata dicatat)"), this);
    m_declare->setObjectName(QStringLiteral("filingDeclare"));
    form->addRow(tr("Berkas"), m_files);
    form->addRow(tr("Uraian berkas baru"), m_newTitle);
    layout->addLayout(form);
    layout->addWidget(m_declare);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Simpan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FilingDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!letter) {
        head->setText(letter.errorMessage());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_unitId = letter->unitId;
    m_code = letter->classification;
    head->setText(tr("Naskah %1 — %2 (klasifikasi %3)")
                      .arg(letter->agenda, letter->perihal, m_code.isEmpty() ? tr("belum diisi") : m_code));
    m_declare->setChecked(letter->declared);
    m_declare->setEnabled(!letter->declared);
    if (letter->declared)
        m_declare->setToolTip(
            tr("Naskah ini sudah dinyatakan sebagai arsip; pernyataan tidak dapat dicabut."));
    if (m_code.isEmpty()) {
        m_error->setText(tr("Isi kode klasifikasi naskah dahulu: berkas disusun menurut klasifikasi."));
        m_files->setEnabled(false);
        m_newTitle->setEnabled(false);
        m_files->setToolTip(m_error->text());
    }
    m_files->addItem(letter->fileId.isEmpty() ? tr("(buat berkas baru)") : tr("(tetap di berkas sekarang)"),
                     letter->fileId);
    auto files =
        FilingRegister(session.db(), session.audit(), session.actor()).openFilesFor(m_unitId, m_code);
    if (files) {
        for (const RecordFile& f : std::as_const(*files)) {
            if (f.id != letter->fileId)
                m_files->addItem(tr("%1 · No. %2 · %3 (dibuka %4)")
                                     .arg(f.code)
                                     .arg(f.number)
                                     .arg(f.title, formatTanggal(f.openedOn)),
                                 f.id);
        }
    }
    if (!letter->fileId.isEmpty())
        m_newTitle->setEnabled(false);
    connect(m_files, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_newTitle->setEnabled(i == 0 && m_files->itemData(0).toString().isEmpty()); });
}

void FilingDialog::apply()
{
    FilingRegister filing(m_session.db(), m_session.audit(), m_session.actor());
    const QString current = m_files->itemData(0).toString();
    QString target = m_files->currentData().toString();
    // One transaction: a new berkas, the filing and the declaration land together or not at all.
    JoinedTransaction tx(m_session.db());
    if (!tx.status()) {
        m_error->setText(tx.status().errorMessage());
        return;
    }
    if (target.isEmpty() && !m_code.isEmpty()) {
        if (m_newTitle->text().trimmed().isEmpty()) {
            m_error->setText(tr("Pilih berkas yang ada atau tulis uraian berkas baru."));
            return;
        }
        auto created =
            filing.openFile(FileDraft{m_unitId, m_code, m_newTitle->text(), QDate::currentDate(), {}});
        if (!created) {
            m_error->setText(created.errorMessage());
            return;
        }
        target = created->id;
    }
    if (!target.isEmpty() && target != current) {
        if (Status s = filing.fileLetter(m_letterId, target); !s) {
            m_error->setText(s.errorMessage());
            return;
        }
    }
    if (m_declare->isChecked() && m_declare->isEnabled()) {
        if (Status s = filing.declareLetter(m_letterId); !s) {
            m_error->setText(s.errorMessage());
            return;
        }
    }
    if (Status s = tx.commit(); !s) {
        m_error->setText(s.errorMessage());
        return;
    }
    accept();
}

} // namespace lontar::records
