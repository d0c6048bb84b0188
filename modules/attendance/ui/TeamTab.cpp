#include "attendance/ui/TeamTab.h"

#include "attendance/ClockEvents.h"
#include "attendance/Recap.h"
#include "attendance/ui/AttendanceFormat.h"
#include "attendance/ui/AttendanceModels.h"
#include "attendance/ui/AttendanceSession.h"
#include "attendance/ui/BackgroundTask.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace lontar::attendance {

TeamTab::TeamTab(AttendanceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("attendanceTeamTab"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("teamUnitCombo"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const OrgUnit& u : m_session.visibleUnits())
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_session.user().unitId)));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("teamRangeCombo"));
    m_range->addItem(tr("Satu hari"), 1);
    m_range->addItem(tr("Satu minggu (Senin–Jumat)"), 5);
    m_date = new QDateEdit(m_session.today(), this);
    m_date->setObjectName(QStringLiteral("teamDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd, dd/MM/yyyy"));
    m_date->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("teamProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Memuat…"));
    m_progress->hide();
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Unit"), this));
    filters->addWidget(m_unit);
    filters->addSpacing(12);
    filters->addWidget(m_range);
    filters->addWidget(m_date);
    filters->addWidget(m_progress);
    filters->addStretch(1);

    m_model = new TeamModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("teamEmptyLabel"));
    m_empty->setProperty("muted", true);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("teamDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setText(
        tr("Pilih seorang pegawai untuk melihat catatan yang diragukan beserta penjelasannya."));
    auto* legend =
        new QLabel(tr("⚠ kuning: ada catatan yang diragukan (jam perangkat berbeda, perangkat lama tidak "
                      "tersambung, dan sebagainya); catatan itu tidak dihitung tepat waktu sampai "
                      "diterima melalui koreksi."),
                   this);
    legend->setProperty("muted", true);
    legend->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(legend);
    layout->addWidget(m_detail);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &TeamTab::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &TeamTab::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &TeamTab::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamTab::showDetail);
    refresh();
}

void TeamTab::refresh()
{
    if (m_loading) {
        m_again = true; // one more pass once the current one is in, with the newest filters
        return;
    }
    const QString unitId = m_unit->currentData().toString();
    if (unitId.isEmpty()) {
        m_model->setTeam({}, {});
        m_empty->setText(tr("Tidak ada unit yang dapat Anda lihat."));
        m_empty->show();
        return;
    }
    QList<QDate> dates;
    QDate day = m_date->date();
    if (m_range->currentData().toInt() == 1) {
        dates.append(day);
    } else {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        for (int i = 0; i < 5; ++i)
            dates.append(monday.addDays(i));
    }
    auto subtree = m_session.context().profile.identity().subtreeUnitIds(unitId);
    auto users = m_session.context().profile.identity().users();
    auto units = m_session.context().profile.identity().units();
    if (!subtree || !users || !units) {
        m_empty->setText(!subtree ? subtree.errorMessage()
                         : !users ? users.errorMessage()
                                  : units.errorMessage());
        m_empty->show();
        return;
    }
    QHash<QString, OrgUnit> unitById;
    for (const OrgUnit& u : std::as_const(*units))
        unitById.insert(u.id, u);
    QList<TeamMember> members;
    for (const User& u : std::as_const(*users)) {
        if (!u.active || u.nip.isEmpty() || u.hasRole(Role::Kiosk) || !subtree->contains(u.unitId))
            continue;
        const OrgUnit unit = unitById.value(u.unitId);
        members.append(TeamMember{u.id,
                                  u.nip,
                                  u.fullName,
                                  unit.name,
                                  unit.timeZone.isEmpty() ? QStringLiteral("Asia/Jakarta") : unit.timeZone,
                                  {}});
    }
    std::sort(members.begin(), members.end(),
              [](const TeamMember& a, const TeamMember& b) { return a.name.localeAwareCompare(b.name) < 0; });

    m_loading = true;
    m_progress->show();
    const QDate from = dates.first();
    const QDate to = dates.last();
    runInBackground<QList<TeamMember>>(
        this, m_session.db().location(),
        [members, from, to](Database& db) -> Result<QList<TeamMember>> {
            AttendanceRecap recap(db);
            QList<TeamMember> out = members;
            for (TeamMember& m : out) {
                auto days = recap.days(m.userId, from, to);
                if (!days)
                    return days.error();
                m.days = *days;
            }
            return out;
        },
        [this, dates](Result<QList<TeamMember>> result) {
            m_loading = false;
            m_progress->hide();
            if (std::exchange(m_again, false)) {
                refresh();
                return;
            }
            if (!result) {
                m_model->setTeam({}, dates);
                m_empty->setText(result.errorMessage());
                m_empty->show();
                return;
            }
            m_model->setTeam(std::move(*result), dates);
            m_empty->setText(tr("Unit ini belum mempunyai pegawai dengan NIP."));
            m_empty->setVisible(m_model->rowCount() == 0);
            showDetail();
        });
}

void TeamTab::showDetail()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const TeamMember* m = rows.isEmpty() ? nullptr : m_model->memberAt(rows.first().row());
    if (!m) {
        m_detail->setText(
            tr("Pilih seorang pegawai untuk melihat catatan yang diragukan beserta penjelasannya."));
        return;
    }
    const QDate from = m->days.isEmpty() ? m_date->date() : m->days.first().date;
    const QDate to = m->days.isEmpty() ? m_date->date() : m->days.last().date;
    ClockService service(m_session.db(), m_session.store(), m_session.actor());
    auto events = service.eventsBetween(m->userId, from, to);
    QStringList lines;
    if (!events) {
        lines.append(events.errorMessage().toHtmlEscaped());
    } else {
        for (const EventRow& e : std::as_const(*events)) {
            if (!AttendanceFormat::hasDoubt(e.flags))
                continue;
            lines.append(tr("%1, %2 %3 — %4")
                             .arg(AttendanceFormat::longDate(QDate::fromString(e.workDate, Qt::ISODate)),
                                  e.kind == EventKind::In ? tr("masuk") : tr("pulang"),
                                  AttendanceFormat::clockTime(e.atMs, e.timeZone),
                                  AttendanceFormat::flagsText(e.flags, e.claimedMs, e.atMs))
                             .toHtmlEscaped());
        }
    }
    if (lines.isEmpty())
        m_detail->setText(
            tr("<b>%1</b>: tidak ada catatan yang diragukan pada periode ini.").arg(m->name.toHtmlEscaped()));
    else
        m_detail->setText(tr("<b>%1</b> — catatan yang diragukan:").arg(m->name.toHtmlEscaped()) +
                          QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
}

} // namespace lontar::attendance
