#include "attendance/ui/KoreksiDialog.h"

#include "attendance/Requests.h"
#include "attendance/ui/AttendanceFormat.h"
#include "attendance/ui/AttendanceSession.h"
#include "shell/ServerConnection.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lontar::attendance {

KoreksiDialog::KoreksiDialog(AttendanceSession& session, QList<EventRow> events, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_events(std::move(events))
{
    setObjectName(QStringLiteral("attendanceKoreksiDialog"));
    setWindowTitle(tr("Ajukan koreksi kehadiran"));
    const QString zone = m_session.timeZone();
    auto* intro = new QLabel(tr("Catatan yang diragukan tidak dihitung tepat waktu. Jelaskan kepada atasan "
                                "mengapa catatan ini benar; bila disetujui, catatan dihitung dalam rekap."),
                             this);
    intro->setWordWrap(true);
    auto* kind = new QLabel(requestKindDisplayName(RequestKind::Koreksi), this);
    kind->setObjectName(QStringLiteral("koreksiKindLabel"));
    auto* day = new QLabel(this);
    day->setObjectName(QStringLiteral("koreksiDayLabel"));
    if (!m_events.isEmpty())
        day->setText(AttendanceFormat::longDate(QDate::fromString(m_events.first().workDate, Qt::ISODate)));
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("koreksiEventCombo"));
    for (const EventRow& e : std::as_const(m_events))
        m_event->addItem((e.kind == EventKind::In ? tr("Masuk %1") : tr("Pulang %1"))
                             .arg(AttendanceFormat::clockTime(e.atMs, zone)),
                         e.id);
    m_event->setEnabled(m_events.size() > 1);
    m_doubt = new QLabel(this);
    m_doubt->setObjectName(QStringLiteral("koreksiDoubtLabel"));
    m_doubt->setWordWrap(true);
    m_doubt->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kWarn)));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("koreksiReasonEdit"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("mis. jam laptop belum disetel, saya hadir pukul 07.25"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("koreksiMessage"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Jenis"), kind);
    form->addRow(tr("Tanggal"), day);
    form->addRow(tr("Catatan"), m_event);
    form->addRow(tr("Keraguan"), m_doubt);
    form->addRow(tr("Alasan"), m_reason);
    auto* buttons = new QDialogButtonBox(this);
    auto* send = buttons->addButton(tr("Ajukan ke atasan"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("koreksiSubmitButton"));
    send->setProperty("primary", true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_event, &QComboBox::currentIndexChanged, this, &KoreksiDialog::showEvent_);
    connect(buttons, &QDialogButtonBox::accepted, this, &KoreksiDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showEvent_(0);
    setMinimumWidth(480);
}

void KoreksiDialog::showEvent_(int index)
{
    if (index < 0 || index >= m_events.size())
        return;
    const EventRow& e = m_events.at(index);
    m_doubt->setText(AttendanceFormat::flagsText(e.flags, e.claimedMs, e.atMs));
}

void KoreksiDialog::submit()
{
    const int index = m_event->currentIndex();
    if (index < 0 || index >= m_events.size())
        return;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_message->setText(tr("Tuliskan alasannya untuk atasan."));
        m_reason->setFocus();
        return;
    }
    auto id =
        RequestService(m_session.db(), m_session.actor()).submit(correctionDraft(m_events.at(index), reason));
    if (!id) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_message->setText(id.errorMessage());
        return;
    }
    m_requestId = *id;
    if (m_session.context().server)
        m_session.context().server->syncNow();
    accept();
}

} // namespace lontar::attendance
