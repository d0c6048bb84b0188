#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lontar::attendance {

class AttendanceSession;

// "Atur PIN kios": six digits, typed twice; the PIN goes only as an Argon2id verifier to the kiosks of
// the user's unit.
class PinDialog final : public QDialog
{
    Q_OBJECT

public:
    PinDialog(AttendanceSession& session, QWidget* parent = nullptr);

private:
    void save();

    AttendanceSession& m_session;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace lontar::attendance
