#include "attendance/ui/RequestsTab.h"

#include "attendance/Requests.h"
#include "attendance/ui/AttendanceFormat.h"
#include "attendance/ui/AttendanceModels.h"
#include "attendance/ui/AttendanceSession.h"
#include "shell/ServerConnection.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lontar::attendance {

namespace {

QTableView* requestTable(const QString& name, RequestModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    // A long reason, record or atasan's note wraps in its row instead of being cut.
    t->setWordWrap(true);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

int selectedRow(QTableView* table)
{
    const auto rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QLabel* emptyHint(const QString& name, const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setProperty("muted", true);
    l->setWordWrap(true);
    return l;
}

} // namespace

RequestsTab::RequestsTab(AttendanceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("attendanceRequestsTab"));
    const QDate today = m_session.today();

    // The form.
    auto* formCard = new QFrame(this);
    formCard->setProperty("card", true);
    auto* formTitle = new QLabel(tr("Ajukan cuti atau izin"), formCard);
    formTitle->setProperty("cardTitle", true);
    m_kind = new QComboBox(formCard);
    m_kind->setObjectName(QStringLiteral("requestKindCombo"));
    for (const QString& key : requestKindKeys()) {
        const auto kind = requestKindFromKey(key);
        // A correction names a doubtful record: it is asked from that record, not from this form.
        if (kind && *kind != RequestKind::Koreksi)
            m_kind->addItem(requestKindDisplayName(*kind), key);
    }
    m_from = new QDateEdit(today, formCard);
    m_from->setObjectName(QStringLiteral("requestFromDate"));
    m_until = new QDateEdit(today, formCard);
    m_until->setObjectName(QStringLiteral("requestUntilDate"));
    for (QDateEdit* e : {m_from, m_until}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_reason = new QLineEdit(formCard);
    m_reason->setObjectName(QStringLiteral("requestReasonEdit"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("mis. acara keluarga di luar kota"));
    m_length = new QLabel(formCard);
    m_length->setObjectName(QStringLiteral("requestLengthLabel"));
    m_balance = new QLabel(formCard);
    m_balance->setObjectName(QStringLiteral("requestBalanceLabel"));
    m_balance->setWordWrap(true);
    m_submit = new QPushButton(tr("Ajukan ke atasan"), formCard);
    m_submit->setObjectName(QStringLiteral("requestSubmitButton"));
    m_submit->setProperty("primary", true);
    m_formMessage = new QLabel(formCard);
    m_formMessage->setObjectName(QStringLiteral("requestFormMessage"));
    m_formMessage->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Jenis"), m_kind);
    form->addRow(tr("Mulai"), m_from);
    form->addRow(tr("Sampai"), m_until);
    form->addRow(tr("Alasan"), m_reason);
    form->addRow(QString(), m_length);
    auto* formLayout = new QVBoxLayout(formCard);
    formLayout->setContentsMargins(16, 16, 16, 16);
    formLayout->addWidget(formTitle);
    formLayout->addLayout(form);
    formLayout->addWidget(m_balance);
    formLayout->addWidget(m_submit, 0, Qt::AlignLeft);
    formLayout->addWidget(m_formMessage);
    formLayout->addStretch(1);

    // My requests.
    auto* mineCard = new QFrame(this);
    mineCard->setProperty("card", true);
    auto* mineTitle = new QLabel(tr("Pengajuan saya"), mineCard);
    mineTitle->setProperty("cardTitle", true);
    m_mineModel = new RequestModel(RequestModel::Mode::Mine, this);
    m_mine = requestTable(QStringLiteral("myRequestsTable"), m_mineModel, mineCard);
    m_mineEmpty = emptyHint(
        QStringLiteral("myRequestsEmptyLabel"),
        tr("Belum ada pengajuan. Isi formulir di sebelah kiri untuk mengajukan cuti atau izin."), mineCard);
    m_mineDetail = new QLabel(mineCard);
    m_mineDetail->setObjectName(QStringLiteral("myRequestDetailLabel"));
    m_mineDetail->setWordWrap(true);
    m_mineDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Batalkan pengajuan"), mineCard);
    m_cancel->setObjectName(QStringLiteral("requestCancelButton"));
    m_cancel->setEnabled(false);
    auto* mineLayout = new QVBoxLayout(mineCard);
    mineLayout->setContentsMargins(16, 16, 16, 16);
    mineLayout->addWidget(mineTitle);
    mineLayout->addWidget(m_mine, 1);
    mineLayout->addWidget(m_mineEmpty);
    mineLayout->addWidget(m_mineDetail);
    mineLayout->addWidget(m_cancel, 0, Qt::AlignLeft);

    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(formCard, 2);
    top->addWidget(mineCard, 3);

    // Waiting for me (atasan only).
    m_waitingBox = new QGroupBox(tr("Menunggu keputusan saya"), this);
    m_waitingBox->setObjectName(QStringLiteral("waitingRequestsGroup"));
    m_waitingModel = new RequestModel(RequestModel::Mode::Waiting, this);
    m_waiting = requestTable(QStringLiteral("waitingRequestsTable"), m_waitingModel, m_waitingBox);
    m_waitingEmpty = emptyHint(QStringLiteral("waitingRequestsEmptyLabel"),
                               tr("Tidak ada pengajuan yang menunggu keputusan Anda."), m_waitingBox);
    m_note = new QLineEdit(m_waitingBox);
    m_note->setObjectName(QStringLiteral("decisionNoteEdit"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Catatan untuk pegawai (wajib bila menolak)"));
    m_approve = new QPushButton(tr("Setujui"), m_waitingBox);
    m_approve->setObjectName(QStringLiteral("requestApproveButton"));
    m_approve->setProperty("primary", true);
    m_refuse = new QPushButton(tr("Tolak"), m_waitingBox);
    m_refuse->setObjectName(QStringLiteral("requestRefuseButton"));
    m_approve->setEnabled(false);
    m_refuse->setEnabled(false);
    m_decisionMessage = new QLabel(m_waitingBox);
    m_decisionMessage->setObjectName(QStringLiteral("decisionMessage"));
    m_decisionMessage->setWordWrap(true);
    auto* decideRow = new QHBoxLayout;
    decideRow->addWidget(m_note, 1);
    decideRow->addWidget(m_approve);
    decideRow->addWidget(m_refuse);
    auto* waitingLayout = new QVBoxLayout(m_waitingBox);
    waitingLayout->addWidget(m_waiting, 1);
    waitingLayout->addWidget(m_waitingEmpty);
    waitingLayout->addLayout(decideRow);
    waitingLayout->addWidget(m_decisionMessage);
    m_waitingBox->setVisible(m_session.user().hasRole(Role::Atasan));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addLayout(top, 3);
    layout->addWidget(m_waitingBox, 2);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RequestsTab::updateFormHints);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_until->date() < d)
            m_until->setDate(d);
        updateFormHints();
    });
    connect(m_until, &QDateEdit::dateChanged, this, &RequestsTab::updateFormHints);
    connect(m_submit, &QPushButton::clicked, this, &RequestsTab::submit);
    connect(m_cancel, &QPushButton::clicked, this, &RequestsTab::cancelSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_mine->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const AttendanceRequest* r = m_mineModel->requestAt(selectedRow(m_mine));
        m_cancel->setEnabled(r && r->state == RequestState::Diajukan);
        // The decision with the atasan's note in full (the list may cut it).
        QString detail;
        if (r && (r->state == RequestState::Disetujui || r->state == RequestState::Ditolak)) {
            detail = r->note.isEmpty()
                         ? decisionText(*r)
                         : tr("%1 oleh %2 — catatan: %3")
                               .arg(requestStateDisplayName(r->state), r->decidedByName, r->note);
        }
        m_mineDetail->setText(detail);
        m_mineDetail->setVisible(!detail.isEmpty());
    });
    connect(m_waiting->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = selectedRow(m_waiting) >= 0;
        m_approve->setEnabled(any);
        m_refuse->setEnabled(any);
    });
    refresh();
}

void RequestsTab::showMessage(QLabel* label, const QString& text, bool error)
{
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(error ? Theme::kError : Theme::kOk)));
    label->setText(text);
}

QHash<QString, QString> RequestsTab::eventTexts(const QList<AttendanceRequest>& requests) const
{
    QHash<QString, QString> out;
    ClockService events(m_session.db(), m_session.store(), m_session.actor());
    for (const AttendanceRequest& r : requests) {
        if (r.eventId.isEmpty())
            continue;
        auto day = events.eventsBetween(r.userId, r.from, r.until);
        if (!day)
            continue;
        for (const EventRow& e : std::as_const(*day)) {
            if (e.id != r.eventId)
                continue;
            // The record in the requester's office zone, with its doubt.
            out.insert(e.id, tr("%1 %2 (%3)")
                                 .arg(e.kind == EventKind::In ? tr("Masuk") : tr("Pulang"),
                                      AttendanceFormat::clockTime(e.atMs, e.timeZone),
                                      AttendanceFormat::flagsText(e.flags, e.claimedMs, e.atMs)));
        }
    }
    return out;
}

void RequestsTab::updateFormHints()
{
    const QDate from = m_from->date();
    const QDate until = m_until->date();
    const int days = from <= until ? workingDays(from, until) : 0;
    m_length->setText(tr("Lama: %n hari kerja", nullptr, days));
    RequestService service(m_session.db(), m_session.actor());
    auto balance = service.balance(m_session.user().id, from.year());
    if (!balance) {
        m_balance->setText(balance.errorMessage());
        return;
    }
    QString text = tr("Sisa cuti tahunan %1: <b>%n hari</b> (hak %2 hari, sisa tahun lalu %3, terpakai %4, "
                      "menunggu keputusan %5).",
                      nullptr, balance->remaining)
                       .arg(balance->year)
                       .arg(balance->entitlement)
                       .arg(balance->carriedOver)
                       .arg(balance->used)
                       .arg(balance->pending);
    const bool annual = m_kind->currentData().toString() == requestKindKey(RequestKind::CutiTahunan);
    if (annual && days > balance->remaining - balance->pending)
        text += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(QLatin1String(Theme::kError),
                         tr("Pengajuan ini melebihi sisa cuti tahunan Anda.").toHtmlEscaped());
    m_balance->setTextFormat(Qt::RichText);
    m_balance->setText(text);
}

void RequestsTab::refresh()
{
    RequestService service(m_session.db(), m_session.actor());
    auto mine = service.mine();
    m_mineModel->setRequests(mine ? *mine : QList<AttendanceRequest>{},
                             mine ? eventTexts(*mine) : QHash<QString, QString>{});
    m_mineDetail->clear();
    m_mineDetail->hide();
    m_mine->setVisible(m_mineModel->rowCount() > 0);
    m_mineEmpty->setVisible(m_mineModel->rowCount() == 0);
    if (!mine)
        m_mineEmpty->setText(mine.errorMessage());
    m_cancel->setEnabled(false);
    if (m_waitingBox->isVisibleTo(this) || m_session.user().hasRole(Role::Atasan)) {
        auto waiting = service.waitingForMe();
        m_waitingModel->setRequests(waiting ? *waiting : QList<AttendanceRequest>{},
                                    waiting ? eventTexts(*waiting) : QHash<QString, QString>{});
        m_waiting->setVisible(m_waitingModel->rowCount() > 0);
        m_waitingEmpty->setVisible(m_waitingModel->rowCount() == 0);
        if (!waiting)
            m_waitingEmpty->setText(waiting.errorMessage());
        m_approve->setEnabled(false);
        m_refuse->setEnabled(false);
    }
    updateFormHints();
}

void RequestsTab::submit()
{
    RequestDraft draft;
    const auto kind = requestKindFromKey(m_kind->currentData().toString());
    if (!kind)
        return;
    draft.kind = *kind;
    draft.from = m_from->date();
    draft.until = m_until->date();
    draft.reason = m_reason->text().trimmed();
    if (draft.reason.isEmpty()) {
        showMessage(m_formMessage, tr("Tuliskan alasannya."), true);
        return;
    }
    RequestService service(m_session.db(), m_session.actor());
    auto id = service.submit(draft);
    if (!id) {
        showMessage(m_formMessage, id.errorMessage(), true);
        return;
    }
    m_reason->clear();
    showMessage(m_formMessage, tr("Pengajuan terkirim ke atasan Anda."), false);
    if (m_session.context().server)
        m_session.context().server->syncNow();
    refresh();
    Q_EMIT requestsChanged();
}

void RequestsTab::cancelSelected()
{
    const AttendanceRequest* r = m_mineModel->requestAt(selectedRow(m_mine));
    if (!r)
        return;
    if (Status s = RequestService(m_session.db(), m_session.actor()).cancel(r->id); !s) {
        showMessage(m_formMessage, s.errorMessage(), true);
        return;
    }
    showMessage(m_formMessage, tr("Pengajuan dibatalkan."), false);
    refresh();
    Q_EMIT requestsChanged();
}

void RequestsTab::decide(bool approve)
{
    const AttendanceRequest* r = m_waitingModel->requestAt(selectedRow(m_waiting));
    if (!r)
        return;
    const QString note = m_note->text().trimmed();
    if (!approve && note.isEmpty()) {
        showMessage(m_decisionMessage, tr("Tuliskan alasan penolakan di kolom catatan."), true);
        m_note->setFocus();
        return;
    }
    const QString who = r->userName;
    RequestService service(m_session.db(), m_session.actor());
    const Status s = approve ? service.approve(r->id, note) : service.refuse(r->id, note);
    if (!s) {
        showMessage(m_decisionMessage, s.errorMessage(), true);
        return;
    }
    m_note->clear();
    showMessage(m_decisionMessage,
                approve ? tr("Pengajuan %1 disetujui.").arg(who) : tr("Pengajuan %1 ditolak.").arg(who),
                false);
    if (m_session.context().server)
        m_session.context().server->syncNow();
    refresh();
    Q_EMIT requestsChanged();
}

} // namespace lontar::attendance
