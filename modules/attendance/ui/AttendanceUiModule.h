#pragma once

#include "shell/UiModule.h"

#include <QString>

#include <functional>
#include <memory>

namespace lontar::attendance {

// "Absensi": clock in and out, leave and permissions, the team and the monthly recap; and the kiosk
// window that a kiosk account gets instead of the main window.
class AttendanceUiModule final : public UiModule
{
public:
    // Receives a recap PDF to sign; see AttendancePage::SignHandler.
    using SignHandler = std::function<void(const QString& pdfPath)>;

    QString id() const override { return QStringLiteral("attendance"); }
    QString displayName() const override;
    QIcon icon() const override;
    // Everyone with a place in the directory; a kiosk account gets the kiosk window instead.
    bool isAvailableFor(const User& user) const override;
    QWidget* createMainWidget(ShellContext& context, QWidget* parent) override;

    // How "Tanda tangani PDF" reaches the e-signature page (set by the executable, which links both).
    void setSignHandler(SignHandler handler) { m_signHandler = std::move(handler); }

    // The kiosk window for a kiosk account (DesktopApp::setKioskWindowFactory).
    static std::unique_ptr<QWidget> createKioskWindow(ShellContext& context);

private:
    SignHandler m_signHandler;
};

} // namespace lontar::attendance
