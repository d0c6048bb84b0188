#include "attendance/ui/ClockTab.h"

#include "attendance/Recap.h"
#include "attendance/Requests.h"
#include "attendance/Rules.h"
#include "attendance/ui/AttendanceFormat.h"
#include "attendance/ui/AttendanceModels.h"
#include "attendance/ui/AttendanceSession.h"
#include "attendance/ui/KoreksiDialog.h"
#include "attendance/ui/PinDialog.h"
#include "shell/ServerConnection.h"
#include "shell/Theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace lontar::attendance {

namespace {

QFrame* card(QWidget* parent)
{
    auto* f = new QFrame(parent);
    f->setProperty("card", true);
    return f;
}

QLabel* cardTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setProperty("cardTitle", true);
    return l;
}

} // namespace

ClockTab::ClockTab(AttendanceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("attendanceClockTab"));

    // Left: the button and today.
    auto* clockCard = card(this);
    m_date = new QLabel(clockCard);
    m_date->setObjectName(QStringLiteral("attendanceDateLabel"));
    m_date->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600; color: #1d2b29;"));
    m_button = new QPushButton(clockCard);
    m_button->setObjectName(QStringLiteral("attendanceClockButton"));
    m_button->setProperty("primary", true);
    m_button->setMinimumSize(260, 96);
    m_button->setStyleSheet(QStringLiteral("font-size: 26px;"));
    m_message = new QLabel(clockCard);
    m_message->setObjectName(QStringLiteral("attendanceClockMessage"));
    m_message->setWordWrap(true);
    m_today = new QLabel(clockCard);
    m_today->setObjectName(QStringLiteral("attendanceTodayLabel"));
    m_today->setWordWrap(true);
    m_today->setTextFormat(Qt::RichText);
    m_doubts = new QLabel(clockCard);
    m_doubts->setObjectName(QStringLiteral("attendanceDoubtLabel"));
    m_doubts->setWordWrap(true);
    m_doubts->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kWarn)));
    m_koreksiToday = new QPushButton(tr("Ajukan koreksi…"), clockCard);
    m_koreksiToday->setObjectName(QStringLiteral("attendanceKoreksiButton"));
    m_koreksiToday->setToolTip(tr("Minta atasan menerima catatan yang diragukan"));
    m_network = new QLabel(clockCard);
    m_network->setObjectName(QStringLiteral("attendanceNetworkLabel"));
    m_network->setWordWrap(true);
    m_pin = new QPushButton(tr("Atur PIN kios…"), clockCard);
    m_pin->setObjectName(QStringLiteral("attendancePinButton"));
    m_pin->setToolTip(tr("PIN 6 angka untuk absen di komputer kios kantor"));
    auto* clockLayout = new QVBoxLayout(clockCard);
    clockLayout->setContentsMargins(20, 16, 20, 16);
    clockLayout->setSpacing(10);
    clockLayout->addWidget(m_date);
    clockLayout->addWidget(m_button, 0, Qt::AlignLeft);
    clockLayout->addWidget(m_message);
    clockLayout->addWidget(cardTitle(tr("Hari ini"), clockCard));
    clockLayout->addWidget(m_today);
    clockLayout->addWidget(m_doubts);
    clockLayout->addWidget(m_koreksiToday, 0, Qt::AlignLeft);
    clockLayout->addWidget(m_network);
    clockLayout->addStretch(1);
    clockLayout->addWidget(m_pin, 0, Qt::AlignLeft);

    // Right: the week.
    auto* weekCard = card(this);
    m_weekModel = new WeekModel(this);
    m_week = new QTableView(weekCard);
    m_week->setObjectName(QStringLiteral("attendanceWeekTable"));
    m_week->setModel(m_weekModel);
    m_week->verticalHeader()->hide();
    // A day is chosen to see its doubts and ask for a koreksi.
    m_week->setSelectionMode(QAbstractItemView::SingleSelection);
    m_week->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_week->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_week->setWordWrap(true);
    m_week->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_week->horizontalHeader()->setSectionResizeMode(WeekModel::StatusColumn, QHeaderView::Stretch);
    m_week->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* legend =
        new QLabel(tr("Kuning: ada catatan yang diragukan. Merah: tanpa keterangan. "
                      "\"Belum tersinkron\": hasil sementara sampai perangkat tersambung ke server."),
                   weekCard);
    legend->setProperty("muted", true);
    legend->setWordWrap(true);
    m_weekDetail = new QLabel(weekCard);
    m_weekDetail->setObjectName(QStringLiteral("attendanceWeekDetailLabel"));
    m_weekDetail->setWordWrap(true);
    m_weekDetail->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kWarn)));
    m_koreksiWeek = new QPushButton(tr("Ajukan koreksi…"), weekCard);
    m_koreksiWeek->setObjectName(QStringLiteral("attendanceWeekKoreksiButton"));
    m_koreksiWeek->setEnabled(false);
    auto* weekLayout = new QVBoxLayout(weekCard);
    weekLayout->setContentsMargins(16, 16, 16, 16);
    weekLayout->addWidget(cardTitle(tr("Minggu ini"), weekCard));
    weekLayout->addWidget(m_week, 1);
    weekLayout->addWidget(m_weekDetail);
    weekLayout->addWidget(m_koreksiWeek, 0, Qt::AlignLeft);
    weekLayout->addWidget(legend);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    // The card scrolls rather than squeezing its wrapped labels on a small screen (a tab page does not
    // pass height-for-width on; a scroll area gives each label the height its text needs).
    auto* clockScroll = new QScrollArea(this);
    clockScroll->setObjectName(QStringLiteral("attendanceClockScroll"));
    clockScroll->setWidgetResizable(true);
    clockScroll->setFrameShape(QFrame::NoFrame);
    clockScroll->setWidget(clockCard);
    clockScroll->viewport()->setAutoFillBackground(false);
    clockScroll->setStyleSheet(
        QStringLiteral("QScrollArea#attendanceClockScroll { background: transparent; }"));
    layout->addWidget(clockScroll, 2);
    layout->addWidget(weekCard, 3);

    connect(m_button, &QPushButton::clicked, this, &ClockTab::clock);
    connect(m_koreksiToday, &QPushButton::clicked, this, [this] { askKoreksi(m_session.today()); });
    connect(m_koreksiWeek, &QPushButton::clicked, this, [this] {
        const auto rows = m_week->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            askKoreksi(m_weekModel->dateAt(rows.first().row()));
    });
    connect(m_week->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClockTab::updateWeekDetail);
    connect(m_pin, &QPushButton::clicked, this, [this] {
        auto* dialog = new PinDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            showMessage(tr("PIN kios tersimpan; berlaku di kios unit Anda setelah sinkron."), false);
        });
        dialog->open();
    });
    refresh();
}

void ClockTab::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(error ? Theme::kError : Theme::kOk)));
    m_message->setText(text);
}

void ClockTab::refreshNetwork()
{
    const QDate today = m_session.today();
    auto rules = RuleBook::load(m_session.db());
    const QStringList subnets =
        rules ? rules->network(m_session.user().unitId, today).subnets : QStringList();
    m_evidence = Evidence::detect(subnets);
    if (m_evidence.network == QLatin1String("kantor"))
        m_network->setText(tr("✔ Jaringan kantor (alamat %1)").arg(m_evidence.address));
    else if (m_evidence.network == QLatin1String("luar"))
        m_network->setText(tr("Di luar jaringan kantor — absen tetap dicatat, atasan melihat keterangannya"));
    else
        m_network->setText(tr("Jaringan kantor belum diatur untuk unit Anda"));
    m_network->setProperty("muted", m_evidence.network != QLatin1String("kantor"));
    m_network->style()->unpolish(m_network);
    m_network->style()->polish(m_network);
}

void ClockTab::refresh()
{
    const QString zone = m_session.timeZone();
    const QDate today = m_session.today();
    m_date->setText(AttendanceFormat::longDate(today));
    refreshNetwork();

    ClockService service(m_session.db(), m_session.store(), m_session.actor());
    auto events = service.todayEvents(m_session.user().id);
    // The next kind follows the last event of today: in after none or an out, out after an in.
    m_next =
        events && !events->isEmpty() && events->last().kind == EventKind::In ? EventKind::Out : EventKind::In;
    m_button->setText(m_next == EventKind::In ? tr("Masuk") : tr("Pulang"));

    AttendanceRecap recap(m_session.db());
    auto days = recap.days(m_session.user().id, today, today);
    QStringList lines;
    if (!events) {
        lines.append(events.errorMessage().toHtmlEscaped());
    } else if (events->isEmpty()) {
        lines.append(tr("Belum ada catatan hari ini."));
    } else {
        QStringList times;
        for (const EventRow& e : std::as_const(*events)) {
            QString t = (e.kind == EventKind::In ? tr("Masuk %1") : tr("Pulang %1"))
                            .arg(AttendanceFormat::clockTime(e.atMs, zone));
            if (e.provisional())
                t += QStringLiteral(" <span style='color:%1'>%2</span>")
                         .arg(QLatin1String(Theme::kWarn), tr("(belum tersinkron)"));
            times.append(t);
        }
        lines.append(times.join(QStringLiteral("<br>")));
    }
    if (days && !days->isEmpty()) {
        const DayStatus& d = days->first();
        if (d.isWorkDay() || d.kind == DayKind::Holiday) {
            lines.append(QStringLiteral("<b>%1</b>").arg(AttendanceFormat::dayText(d).toHtmlEscaped()));
            if (d.startMs > 0)
                lines.append(tr("Jam kerja %1 – %2")
                                 .arg(AttendanceFormat::clockTime(d.startMs, zone),
                                      AttendanceFormat::clockTime(d.endMs, zone)));
        } else {
            lines.append(AttendanceFormat::dayText(d).toHtmlEscaped());
        }
    }
    m_today->setText(lines.join(QStringLiteral("<br>")));

    // Doubts, each in plain words, with the gap between the device's clock and the server's.
    QStringList doubts;
    if (events) {
        for (const EventRow& e : std::as_const(*events)) {
            if (!AttendanceFormat::hasDoubt(e.flags))
                continue;
            doubts.append(tr("%1 %2: %3")
                              .arg(e.kind == EventKind::In ? tr("Masuk") : tr("Pulang"),
                                   AttendanceFormat::clockTime(e.atMs, zone),
                                   AttendanceFormat::flagsText(e.flags, e.claimedMs, e.atMs)));
        }
    }
    if (!doubts.isEmpty())
        doubts.append(tr("Catatan yang diragukan tidak dihitung tepat waktu sampai atasan menerimanya "
                         "melalui koreksi."));
    m_doubts->setText(doubts.join(QLatin1Char('\n')));
    m_doubts->setVisible(!doubts.isEmpty());
    m_koreksiToday->setVisible(!correctable(today).isEmpty());

    // Monday to Friday of this week.
    QList<QDate> week;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (int i = 0; i < 5; ++i)
        week.append(monday.addDays(i));
    auto weekDays = recap.days(m_session.user().id, monday, qMin(today, monday.addDays(4)));
    m_weekModel->setWeek(week, weekDays ? *weekDays : QList<DayStatus>{}, zone);
    updateWeekDetail();
}

QList<EventRow> ClockTab::correctable(const QDate& date) const
{
    ClockService service(m_session.db(), m_session.store(), m_session.actor());
    auto events = service.eventsBetween(m_session.user().id, date, date);
    if (!events)
        return {};
    QSet<QString> named;
    if (auto mine = RequestService(m_session.db(), m_session.actor()).mine()) {
        for (const AttendanceRequest& r : std::as_const(*mine)) {
            if (r.kind == RequestKind::Koreksi && !r.eventId.isEmpty() &&
                (r.state == RequestState::Diajukan || r.state == RequestState::Disetujui))
                named.insert(r.eventId);
        }
    }
    QList<EventRow> out;
    for (const EventRow& e : std::as_const(*events)) {
        if (AttendanceFormat::hasDoubt(e.flags) && !named.contains(e.id))
            out.append(e);
    }
    return out;
}

void ClockTab::updateWeekDetail()
{
    const auto rows = m_week->selectionModel()->selectedRows();
    const QDate date = rows.isEmpty() ? QDate() : m_weekModel->dateAt(rows.first().row());
    const QList<EventRow> events = date.isValid() ? correctable(date) : QList<EventRow>{};
    QStringList lines;
    for (const EventRow& e : events)
        lines.append(tr("%1 %2: %3")
                         .arg(e.kind == EventKind::In ? tr("Masuk") : tr("Pulang"),
                              AttendanceFormat::clockTime(e.atMs, m_session.timeZone()),
                              AttendanceFormat::flagsText(e.flags, e.claimedMs, e.atMs)));
    m_weekDetail->setText(lines.join(QLatin1Char('\n')));
    m_weekDetail->setVisible(!lines.isEmpty());
    m_koreksiWeek->setEnabled(!events.isEmpty());
}

void ClockTab::askKoreksi(const QDate& date)
{
    const QList<EventRow> events = correctable(date);
    if (events.isEmpty())
        return;
    auto* dialog = new KoreksiDialog(m_session, events, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showMessage(tr("Koreksi diajukan ke atasan. Catatan dihitung setelah disetujui."), false);
        refresh();
        Q_EMIT koreksiRequested();
    });
    dialog->open();
}

void ClockTab::clock()
{
    refreshNetwork();
    ClockService service(m_session.db(), m_session.store(), m_session.actor());
    auto event = service.clock(m_next, {}, m_evidence);
    if (!event) {
        showMessage(event.errorMessage(), true);
        return;
    }
    m_session.noteEventRecorded();
    const qint64 at = event->trustedAt.value_or(event->claimedAt);
    QString text = (event->kind == EventKind::In ? tr("Tercatat masuk %1.") : tr("Tercatat pulang %1."))
                       .arg(AttendanceFormat::clockTime(at, m_session.timeZone()));
    if (m_session.context().server) {
        text += QLatin1Char(' ') + tr("Sedang dikirim ke server.");
        m_session.context().server->syncNow();
    } else {
        text += QLatin1Char(' ') + tr("Tersimpan di perangkat ini; dikirim ke server saat tersambung.");
    }
    showMessage(text, false);
    refresh();
    Q_EMIT clocked();
}

} // namespace lontar::attendance
