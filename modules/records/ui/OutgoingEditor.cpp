#include "records/ui/OutgoingEditor.h"

#include "records/RecordsPolicies.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

QString personLabel(const User& u)
{
    return QStringLiteral("%1 — %2").arg(u.fullName.isEmpty() ? u.username : u.fullName, u.position);
}

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

} // namespace

OutgoingEditor::OutgoingEditor(const QList<User>& people, const OutgoingDraft& d, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
{
    setObjectName(QStringLiteral("outgoingEditor"));
    setWindowTitle(tr("Konsep naskah keluar"));
    auto* form = new QFormLayout;
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("outgoingTemplate"));
    for (const QString& k : outgoingTemplateKeys())
        m_template->addItem(outgoingTemplateName(k), k);
    m_template->setCurrentIndex(qMax(0, m_template->findData(d.templateKey)));
    form->addRow(tr("Jenis naskah"), m_template);
    m_classification = new QLineEdit(d.classification);
    m_classification->setObjectName(QStringLiteral("outgoingClassification"));
    m_classification->setPlaceholderText(tr("mis. 000.1.2"));
    form->addRow(tr("Kode klasifikasi"), m_classification);
    m_sifat = new QComboBox;
    m_sifat->setObjectName(QStringLiteral("outgoingSifat"));
    for (const QString& k : sifatKeys())
        m_sifat->addItem(sifatDisplayName(k), k);
    m_sifat->setCurrentIndex(qMax(0, m_sifat->findData(d.sifat)));
    form->addRow(tr("Sifat"), m_sifat);
    m_security = new QComboBox;
    m_security->setObjectName(QStringLiteral("outgoingSecurity"));
    for (int i = 0; i <= 3; ++i)
        m_security->addItem(securityClassDisplayName(SecurityClass(i)), i);
    m_security->setCurrentIndex(int(d.securityClass));
    form->addRow(tr("Klasifikasi keamanan"), m_security);
    m_lampiran = new QLineEdit(d.lampiran);
    m_lampiran->setObjectName(QStringLiteral("outgoingLampiran"));
    m_lampiran->setPlaceholderText(tr("kosongkan bila tidak ada"));
    form->addRow(tr("Lampiran"), m_lampiran);
    m_hal = new QLineEdit(d.hal);
    m_hal->setObjectName(QStringLiteral("outgoingHal"));
    form->addRow(tr("Hal"), m_hal);
    m_tujuan = new QPlainTextEdit(d.tujuan.join(QLatin1Char('\n')));
    m_tujuan->setObjectName(QStringLiteral("outgoingTujuan"));
    m_tujuan->setPlaceholderText(tr("Satu tujuan per baris, mis. Kepala Dinas Pendidikan"));
    m_tujuan->setFixedHeight(60);
    form->addRow(tr("Yth. (tujuan)"), m_tujuan);
    m_tembusan = new QPlainTextEdit(d.tembusan.join(QLatin1Char('\n')));
    m_tembusan->setObjectName(QStringLiteral("outgoingTembusan"));
    m_tembusan->setPlaceholderText(tr("Satu tembusan per baris"));
    m_tembusan->setFixedHeight(50);
    form->addRow(tr("Tembusan"), m_tembusan);
    m_body = new QPlainTextEdit(d.body);
    m_body->setObjectName(QStringLiteral("outgoingBody"));
    m_body->setPlaceholderText(tr("Isi naskah; pisahkan paragraf dengan baris kosong"));
    form->addRow(tr("Isi"), m_body);
    m_place = new QLineEdit(d.place);
    m_place->setObjectName(QStringLiteral("outgoingPlace"));
    m_place->setPlaceholderText(tr("Kota tempat naskah ditandatangani, mis. Tanjung Lontar"));
    form->addRow(tr("Tempat"), m_place);

    m_signer = new QComboBox;
    m_signer->setObjectName(QStringLiteral("outgoingSigner"));
    m_verifierPick = new QComboBox;
    m_verifierPick->setObjectName(QStringLiteral("outgoingVerifierPick"));
    for (const User& u : m_people) {
        if (u.hasRole(Role::Penandatangan))
            m_signer->addItem(personLabel(u), u.id);
        m_verifierPick->addItem(personLabel(u), u.id);
    }
    m_signer->setCurrentIndex(qMax(0, m_signer->findData(d.signerId)));
    if (m_signer->count() == 0) {
        m_signer->setPlaceholderText(tr("Tidak ada penandatangan di unit Anda atau di atasnya"));
        m_signer->setToolTip(
            tr("Penandatangan dipilih dari pegawai berperan penandatangan di unit Anda atau di "
               "atasnya. Sinkronkan direktori bila daftarnya kosong."));
    }
    form->addRow(tr("Penandatangan"), m_signer);

    m_verifiers = new QListWidget;
    m_verifiers->setObjectName(QStringLiteral("outgoingVerifiers"));
    m_verifiers->setFixedHeight(80);
    for (const QString& id : d.verifierIds) {
        for (const User& u : m_people) {
            if (u.id == id) {
                auto* item = new QListWidgetItem(personLabel(u), m_verifiers);
                item->setData(Qt::UserRole, u.id);
            }
        }
    }
    auto* add = new QPushButton(tr("Tambah"));
    add->setObjectName(QStringLiteral("outgoingAddVerifier"));
    add->setToolTip(tr("Tambahkan pegawai terpilih ke akhir rantai paraf"));
    auto* remove = new QPushButton(tr("Hapus"));
    remove->setToolTip(tr("Hapus pemeriksa terpilih dari rantai paraf"));
    auto* up = new QPushButton(tr("Naik"));
    up->setToolTip(tr("Pemeriksa terpilih memberi paraf lebih awal"));
    auto* down = new QPushButton(tr("Turun"));
    down->setToolTip(tr("Pemeriksa terpilih memberi paraf lebih akhir"));
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_verifierPick, 1);
    pickRow->addWidget(add);
    auto* orderRow = new QHBoxLayout;
    orderRow->addWidget(remove);
    orderRow->addWidget(up);
    orderRow->addWidget(down);
    orderRow->addStretch();
    auto* chain = new QVBoxLayout;
    chain->addLayout(pickRow);
    chain->addWidget(m_verifiers);
    chain->addLayout(orderRow);
    form->addRow(tr("Pemeriksa (paraf, berurutan)"), chain);
    connect(add, &QPushButton::clicked, this, &OutgoingEditor::addVerifier);
    connect(remove, &QPushButton::clicked, this, &OutgoingEditor::removeVerifier);
    connect(up, &QPushButton::clicked, this, [this] { moveVerifier(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveVerifier(1); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Simpan konsep"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("outgoingSave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OutgoingEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("outgoingEditorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 760);
}

void OutgoingEditor::save()
{
    if (m_saver) {
        if (Status s = m_saver(draft()); !s) {
            m_error->setText(s.errorMessage());
            m_error->show();
            return;
        }
    }
    accept();
}

void OutgoingEditor::addVerifier()
{
    const QString id = m_verifierPick->currentData().toString();
    for (int i = 0; i < m_verifiers->count(); ++i) {
        if (m_verifiers->item(i)->data(Qt::UserRole).toString() == id)
            return;
    }
    auto* item = new QListWidgetItem(m_verifierPick->currentText(), m_verifiers);
    item->setData(Qt::UserRole, id);
}

void OutgoingEditor::removeVerifier()
{
    delete m_verifiers->takeItem(m_verifiers->currentRow());
}

void OutgoingEditor::moveVerifier(int delta)
{
    const int row = m_verifiers->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_verifiers->count())
        return;
    QListWidgetItem* item = m_verifiers->takeItem(row);
    m_verifiers->insertItem(to, item);
    m_verifiers->setCurrentRow(to);
}

OutgoingDraft OutgoingEditor::draft() const
{
    OutgoingDraft d;
    d.templateKey = m_template->currentData().toString();
    d.classification = m_classification->text().trimmed();
    d.sifat = m_sifat->currentData().toString();
    d.securityClass = SecurityClass(m_security->currentData().toInt());
    d.lampiran = m_lampiran->text().trimmed();
    d.hal = m_hal->text().trimmed();
    d.tujuan = lines(m_tujuan);
    d.tembusan = lines(m_tembusan);
    d.body = m_body->toPlainText();
    d.place = m_place->text().trimmed();
    d.signerId = m_signer->currentData().toString();
    for (int i = 0; i < m_verifiers->count(); ++i)
        d.verifierIds.append(m_verifiers->item(i)->data(Qt::UserRole).toString());
    return d;
}

} // namespace lontar::records
