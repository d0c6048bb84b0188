#pragma once

#include "shell/UiModule.h"

namespace lontar::esign {

// "Tanda Tangan Elektronik": sign (with a stamp placed on the rendered page), verify, batch-sign a
// folder, and the signing history.
class EsignUiModule final : public UiModule
{
public:
    QString id() const override { return QStringLiteral("esign"); }
    QString displayName() const override;
    QIcon icon() const override;
    bool isAvailableFor(const User& user) const override;
    QWidget* createMainWidget(ShellContext& context, QWidget* parent) override;
    QWidget* createSettingsPage(ShellContext& context, QWidget* parent) override;
};

} // namespace lontar::esign
