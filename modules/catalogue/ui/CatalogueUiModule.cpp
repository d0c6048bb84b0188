#include "catalogue/ui/CatalogueUiModule.h"

#include "catalogue/ui/CataloguePage.h"

#include <QCoreApplication>

namespace lontar::catalogue {

QString CatalogueUiModule::displayName() const
{
    return QCoreApplication::translate("lontar::catalogue::CatalogueUiModule", "E-Katalog");
}

QIcon CatalogueUiModule::icon() const
{
    return QIcon(QStringLiteral(":/lontar/icons/catalogue.svg"));
}

QWidget* CatalogueUiModule::createMainWidget(ShellContext& context, QWidget* parent)
{
    return new CataloguePage(context, parent);
}

} // namespace lontar::catalogue
