#pragma once

#include "shell/UiModule.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace lontar::attendance {

class AttendanceSession;
class KioskSession;

// The window a kiosk account gets instead of the main window: a large clock in the office's time and
// zone, NIP and a masked 6-digit PIN, Masuk and Pulang, and a clear result for a few seconds. It
// offers nothing else; it closes only after an admin OPD of the kiosk's unit gives their password
// (lifting the PIN lock-outs is a separate button: leaving keeps them).
class KioskWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit KioskWindow(ShellContext& context, QWidget* parent = nullptr);
    ~KioskWindow() override;

    // How long a result stays on screen.
    void setResultDurationMs(int ms);
    bool leaveAllowed() const { return m_leaveAllowed; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void tick();
    void clock(bool in);
    void showResult(const QString& text, bool ok);
    void showAdmin(bool show);
    void unlockPins();
    void leave();
    // Checks the admin's password; with `unlock` also lifts every PIN lock-out.
    bool adminAction(bool unlock);

    std::unique_ptr<AttendanceSession> m_session;
    std::unique_ptr<KioskSession> m_kiosk;
    QString m_zone;
    QLabel* m_clock = nullptr;
    QLabel* m_date = nullptr;
    QLineEdit* m_nip = nullptr;
    QLineEdit* m_pin = nullptr;
    QPushButton* m_in = nullptr;
    QPushButton* m_out = nullptr;
    QLabel* m_result = nullptr;
    QTimer* m_resultTimer = nullptr;
    QPushButton* m_adminButton = nullptr;
    QFrame* m_adminPanel = nullptr;
    QLineEdit* m_adminUser = nullptr;
    QLineEdit* m_adminPassword = nullptr;
    QLabel* m_adminMessage = nullptr;
    bool m_leaveAllowed = false;
    QDateTime m_lastSync;
};

} // namespace lontar::attendance
