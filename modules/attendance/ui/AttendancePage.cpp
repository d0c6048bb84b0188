#include "attendance/ui/AttendancePage.h"

#include "attendance/ui/AttendanceSession.h"
#include "attendance/ui/ClockTab.h"
#include "attendance/ui/RecapTab.h"
#include "attendance/ui/RequestsTab.h"
#include "attendance/ui/TeamTab.h"
#include "shell/ServerConnection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace lontar::attendance {

AttendancePage::AttendancePage(ShellContext& context, SignHandler signHandler, QWidget* parent)
    : QWidget(parent)
    , m_session(std::make_unique<AttendanceSession>(context))
{
    setObjectName(QStringLiteral("attendancePage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("attendanceTabs"));
    m_clock = new ClockTab(*m_session, m_tabs);
    m_requests = new RequestsTab(*m_session, m_tabs);
    m_tabs->addTab(m_clock, tr("Absensi"));
    m_tabs->addTab(m_requests, tr("Cuti && Izin"));
    if (m_session->seesTeam()) {
        m_team = new TeamTab(*m_session, m_tabs);
        m_tabs->addTab(m_team, tr("Tim"));
    }
    if (m_session->seesRecap()) {
        m_recap = new RecapTab(*m_session, std::move(signHandler), m_tabs);
        m_tabs->addTab(m_recap, tr("Rekap Bulanan"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_requests, &RequestsTab::requestsChanged, this, [this] {
        m_clock->refresh();
        if (m_team)
            m_team->refresh();
    });
    connect(m_clock, &ClockTab::koreksiRequested, m_requests, &RequestsTab::refresh);
    connect(m_clock, &ClockTab::clocked, this, [this] {
        if (m_team)
            m_team->refresh();
    });
    // Pulled events, decisions and server verdicts appear after each completed sync; the device's mark
    // (what makes its days final) is written then too.
    if (context.server)
        connect(context.server, &ServerConnection::statusChanged, this, [this](const SyncStatusView& status) {
            if (status.lastSync.isValid() && status.lastSync != m_lastSync) {
                m_lastSync = status.lastSync;
                m_session->afterSync();
                refresh();
            }
        });
}

AttendancePage::~AttendancePage()
{
    delete m_tabs; // the tabs use the session: they go first
}

void AttendancePage::refresh()
{
    m_clock->refresh();
    m_requests->refresh();
    if (m_team)
        m_team->refresh();
}

} // namespace lontar::attendance
