#pragma once

#include "attendance/ClockEvents.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lontar::attendance {

class AttendanceSession;

// "Ajukan koreksi": asked from a flagged record of one day. Kind (koreksi), the day and the record with
// its doubt in plain words are filled in; the user writes the reason. The request goes to the atasan,
// whose approval makes the recap count the record.
class KoreksiDialog final : public QDialog
{
    Q_OBJECT

public:
    // `events`: the day's flagged records of the logged-in user (one is chosen when there are several).
    KoreksiDialog(AttendanceSession& session, QList<EventRow> events, QWidget* parent = nullptr);

    // The id of the request sent, once accepted.
    QString requestId() const { return m_requestId; }

private:
    void showEvent_(int index);
    void submit();

    AttendanceSession& m_session;
    QList<EventRow> m_events;
    QComboBox* m_event = nullptr;
    QLabel* m_doubt = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    QString m_requestId;
};

} // namespace lontar::attendance
