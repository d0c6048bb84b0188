#pragma once

#include "shell/UiModule.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QTabWidget;

namespace lontar::attendance {

class AttendanceSession;
class ClockTab;
class RecapTab;
class RequestsTab;
class TeamTab;

// The attendance screen: clock in and out, leave and permissions, the team (atasan, kepegawaian) and
// the monthly recap (atasan, kepegawaian, admin OPD). Each tab is its own widget.
class AttendancePage final : public QWidget
{
    Q_OBJECT

public:
    // Receives the recap PDF to sign (the e-signature page); unset: the PDF is saved and the user is
    // told where to sign it.
    using SignHandler = std::function<void(const QString& pdfPath)>;

    AttendancePage(ShellContext& context, SignHandler signHandler = {}, QWidget* parent = nullptr);
    ~AttendancePage() override;

    void refresh();

private:
    std::unique_ptr<AttendanceSession> m_session;
    QTabWidget* m_tabs = nullptr;
    ClockTab* m_clock = nullptr;
    RequestsTab* m_requests = nullptr;
    TeamTab* m_team = nullptr;
    RecapTab* m_recap = nullptr;
    QDateTime m_lastSync;
};

} // namespace lontar::attendance
