#include "records/ui/DispositionDialog.h"

#include "records/DispositionPolicy.h"
#include "records/Letters.h"
#include "records/ui/LettersFormat.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

constexpr int kUserIdRole = Qt::UserRole + 1;

} // namespace

DispositionDialog::DispositionDialog(RecordsSession& session, QString letterId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_letterId(std::move(letterId))
{
    setObjectName(QStringLiteral("dispositionDialog"));
    setWindowTitle(tr("Disposisi naskah"));

    // What is being disposed: the letter itself when this device holds it, else the disposition that
    // brought it here from above.
    QString subject;
    QString detail;
    DispositionDesk desk(session.db(), session.audit(), session.actor());
    if (auto letter = LetterRegister(session.db(), session.audit(), session.actor()).letter(m_letterId)) {
        subject = letter->perihal;
        detail = tr("Agenda %1 · dari %2 · %3")
                     .arg(letter->agenda,
                          letter->pengirim.isEmpty() ? tr("(pengirim tidak dicatat)") : letter->pengirim,
                          securityClassDisplayName(letter->securityClass));
    } else if (auto held = desk.heldBy(m_letterId, session.user().id); held && *held) {
        subject = (*held)->perihal;
        detail = tr("Agenda %1 · dari %2 · %3 · diteruskan dari disposisi %4")
                     .arg((*held)->agenda, (*held)->pengirim,
                          securityClassDisplayName((*held)->securityClass), (*held)->fromName);
    }
    auto* title =
        new QLabel(subject.isEmpty() ? tr("Naskah tidak ditemukan di perangkat ini") : subject, this);
    title->setObjectName(QStringLiteral("dispositionLetter"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    auto* sub = new QLabel(detail, this);
    sub->setWordWrap(true);

    auto* recipientsBox = new QGroupBox(tr("Kepada (unit Anda dan unit di bawahnya)"), this);
    m_recipients = new QTreeWidget(recipientsBox);
    m_recipients->setObjectName(QStringLiteral("dispositionRecipients"));
    m_recipients->setHeaderLabels({tr("Nama"), tr("Jabatan"), tr("Izin akses")});
    m_recipients->setRootIsDecorated(true);
    m_recipients->setUniformRowHeights(true);
    m_recipients->header()->setStretchLastSection(false);
    m_recipients->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_recipients->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recipients->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_recipients->setMinimumHeight(180);
    auto* recipientsLayout = new QVBoxLayout(recipientsBox);
    recipientsLayout->addWidget(m_recipients);

    auto* instructionsBox = new QGroupBox(tr("Petunjuk"), this);
    auto* grid = new QGridLayout(instructionsBox);
    const QStringList keys = dispositionInstructionKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* box = new QCheckBox(dispositionInstructionName(keys.at(i)), instructionsBox);
        box->setObjectName(QStringLiteral("dispositionInstruction_") + keys.at(i));
        m_instructions.insert(keys.at(i), box);
        grid->addWidget(box, i / 2, i % 2);
    }

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("dispositionNote"));
    m_note->setPlaceholderText(tr("Catatan untuk penerima (boleh kosong)"));
    m_note->setFixedHeight(70);
    m_hasDue = new QCheckBox(tr("Batas waktu"), this);
    m_hasDue->setObjectName(QStringLiteral("dispositionHasDue"));
    m_due = new QDateEdit(QDate::currentDate().addDays(3), this);
    m_due->setObjectName(QStringLiteral("dispositionDue"));
    m_due->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    m_due->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(QDate::currentDate());
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Catatan"), m_note);
    form->addRow(QString(), dueRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dispositionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Kirim disposisi"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("dispositionSend"));
    auto* cancel = buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("dispositionCancel"));
    connect(m_send, &QPushButton::clicked, this, &DispositionDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(sub);
    layout->addWidget(recipientsBox, 1);
    layout->addWidget(instructionsBox);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 640);
    fillRecipients();
}

void DispositionDialog::fillRecipients()
{
    auto people = DispositionDesk(m_session.db(), m_session.audit(), m_session.actor()).recipients();
    if (!people) {
        m_message->setText(people.errorMessage());
        m_message->show();
        return;
    }
    QHash<QString, QTreeWidgetItem*> units;
    for (const DispositionRecipient& r : *people) {
        QTreeWidgetItem* unit = units.value(r.unitId);
        if (!unit) {
            unit = new QTreeWidgetItem(m_recipients, {r.unitName});
            unit->setFirstColumnSpanned(true);
            unit->setFlags(Qt::ItemIsEnabled);
            QFont f = unit->font(0);
            f.setBold(true);
            unit->setFont(0, f);
            units.insert(r.unitId, unit);
        }
        auto* item = new QTreeWidgetItem(
            unit, {r.name, r.position, securityClassDisplayName(SecurityClass(qBound(0, r.clearance, 3)))});
        item->setData(0, kUserIdRole, r.userId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, Qt::Unchecked);
    }
    m_recipients->expandAll();
    if (people->isEmpty()) {
        auto* none = new QTreeWidgetItem(m_recipients, {tr("Tidak ada pegawai di bawah unit Anda")});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

QStringList DispositionDialog::checkedRecipients() const
{
    QStringList out;
    for (int i = 0; i < m_recipients->topLevelItemCount(); ++i) {
        QTreeWidgetItem* unit = m_recipients->topLevelItem(i);
        for (int j = 0; j < unit->childCount(); ++j) {
            if (unit->child(j)->checkState(0) == Qt::Checked)
                out.append(unit->child(j)->data(0, kUserIdRole).toString());
        }
    }
    return out;
}

void DispositionDialog::submit()
{
    QStringList instructions;
    for (auto it = m_instructions.cbegin(); it != m_instructions.cend(); ++it) {
        if (it.value()->isChecked())
            instructions.append(it.key());
    }
    // Keep the fixed order of the list rather than the map's.
    QStringList ordered;
    for (const QString& k : dispositionInstructionKeys()) {
        if (instructions.contains(k))
            ordered.append(k);
    }
    DispositionDesk desk(m_session.db(), m_session.audit(), m_session.actor());
    auto sent = desk.dispose(m_letterId, checkedRecipients(), ordered, m_note->toPlainText(),
                             m_hasDue->isChecked() ? m_due->date() : QDate());
    if (!sent) {
        m_message->setText(sent.errorMessage());
        m_message->show();
        return;
    }
    m_sent = *sent;
    accept();
}

bool openDispositionDialog(RecordsSession& session, const QString& letterId, QWidget* parent)
{
    DispositionDialog dialog(session, letterId, parent);
    return dialog.exec() == QDialog::Accepted && !dialog.sent().isEmpty();
}

} // namespace lontar::records
