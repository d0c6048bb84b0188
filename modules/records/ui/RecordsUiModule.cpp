#include "records/ui/RecordsUiModule.h"

#include "records/ui/RecordsPage.h"

#include <QCoreApplication>

namespace lontar::records {

QString RecordsUiModule::displayName() const
{
    return QCoreApplication::translate("lontar::records::RecordsUiModule", "Surat & Arsip");
}

QIcon RecordsUiModule::icon() const
{
    return QIcon(QStringLiteral(":/lontar/icons/records.svg"));
}

bool RecordsUiModule::isAvailableFor(const User& user) const
{
    return !user.unitId.isEmpty() && !user.hasRole(Role::Kiosk);
}

QWidget* RecordsUiModule::createMainWidget(ShellContext& context, QWidget* parent)
{
    return new RecordsPage(context, m_signHandler, parent);
}

} // namespace lontar::records
