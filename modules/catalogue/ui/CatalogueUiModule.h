#pragma once

#include "shell/UiModule.h"

namespace lontar::catalogue {

// "E-Katalog": browse and search the local catalogue offline, compare products, build packages and take
// an order through its workflow.
class CatalogueUiModule final : public UiModule
{
public:
    QString id() const override { return QStringLiteral("catalogue"); }
    QString displayName() const override;
    QIcon icon() const override;
    QWidget* createMainWidget(ShellContext& context, QWidget* parent) override;
};

} // namespace lontar::catalogue
