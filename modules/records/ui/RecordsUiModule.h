#pragma once

#include "shell/UiModule.h"

#include <functional>

namespace lontar::records {

// "Surat & Arsip": incoming and outgoing letters, dispositions, files and retention (issue 10).
class RecordsUiModule final : public UiModule
{
public:
    using SignHandler = std::function<void(const QString& pdfPath)>;

    QString id() const override { return QStringLiteral("records"); }
    QString displayName() const override;
    QIcon icon() const override;
    // Everyone with a place in the directory (letters belong to units); not kiosk accounts.
    bool isAvailableFor(const User& user) const override;
    QWidget* createMainWidget(ShellContext& context, QWidget* parent) override;

    // How a letter's PDF reaches the e-signature page (set by the executable, which links both).
    void setSignHandler(SignHandler handler) { m_signHandler = std::move(handler); }

private:
    SignHandler m_signHandler;
};

} // namespace lontar::records
