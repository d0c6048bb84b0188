#include "attendance/ui/AttendanceUiModule.h"

#include "attendance/ui/AttendancePage.h"
#include "attendance/ui/KioskWindow.h"

#include <QCoreApplication>

namespace lontar::attendance {

QString AttendanceUiModule::displayName() const
{
    return QCoreApplication::translate("lontar::attendance::AttendanceUiModule", "Absensi");
}

QIcon AttendanceUiModule::icon() const
{
    return QIcon(QStringLiteral(":/lontar/icons/attendance.svg"));
}

bool AttendanceUiModule::isAvailableFor(const User& user) const
{
    return !user.hasRole(Role::Kiosk);
}

QWidget* AttendanceUiModule::createMainWidget(ShellContext& context, QWidget* parent)
{
    return new AttendancePage(context, m_signHandler, parent);
}

std::unique_ptr<QWidget> AttendanceUiModule::createKioskWindow(ShellContext& context)
{
    return std::make_unique<KioskWindow>(context);
}

} // namespace lontar::attendance
