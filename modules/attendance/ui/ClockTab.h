#pragma once

#include "attendance/ClockEvents.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace lontar::attendance {

class AttendanceSession;
class WeekModel;

// "Absensi": one big button (Masuk or Pulang, whichever is next), today's status with its doubts in
// plain words, this week at a glance, the office-network evidence, and the kiosk PIN. A flagged record
// (today's, or a day chosen in the week) offers "Ajukan koreksi…" to the atasan.
class ClockTab final : public QWidget
{
    Q_OBJECT

public:
    ClockTab(AttendanceSession& session, QWidget* parent = nullptr);

    void refresh();

Q_SIGNALS:
    void clocked();          // an event was recorded (the team and recap views may refresh)
    void koreksiRequested(); // a koreksi was sent (the requests tab refreshes)

private:
    void clock();
    // The user's flagged records of `date` that no waiting or approved koreksi names yet.
    QList<EventRow> correctable(const QDate& date) const;
    void askKoreksi(const QDate& date);
    void updateWeekDetail();
    void refreshNetwork();
    void showMessage(const QString& text, bool error);

    AttendanceSession& m_session;
    EventKind m_next = EventKind::In;
    Evidence m_evidence;
    QLabel* m_date = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_doubts = nullptr;
    QLabel* m_network = nullptr;
    QTableView* m_week = nullptr;
    WeekModel* m_weekModel = nullptr;
    QPushButton* m_pin = nullptr;
    QPushButton* m_koreksiToday = nullptr;
    QLabel* m_weekDetail = nullptr;
    QPushButton* m_koreksiWeek = nullptr;
};

} // namespace lontar::attendance
