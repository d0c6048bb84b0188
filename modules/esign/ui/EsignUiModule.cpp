#include "esign/ui/EsignUiModule.h"

#include "esign/ui/EsignPage.h"
#include "esign/ui/EsignSettingsPage.h"

#include <QCoreApplication>

namespace lontar::esign {

QString EsignUiModule::displayName() const
{
    return QCoreApplication::translate("lontar::EsignUiModule", "Tanda Tangan Elektronik");
}

QIcon EsignUiModule::icon() const
{
    return QIcon(QStringLiteral(":/lontar/icons/esign.svg"));
}

bool EsignUiModule::isAvailableFor(const User& user) const
{
    // Signing officials sign; everyone may verify and initial (paraf).
    Q_UNUSED(user);
    return true;
}

QWidget* EsignUiModule::createMainWidget(ShellContext& context, QWidget* parent)
{
    return new EsignPage(context, parent);
}

QWidget* EsignUiModule::createSettingsPage(ShellContext& context, QWidget* parent)
{
    return new EsignSettingsPage(context, parent);
}

} // namespace lontar::esign
