#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTableView;

namespace lontar::attendance {

class AttendanceSession;
class TeamModel;

// "Tim": an atasan's people (or, for kepegawaian, any unit's) for one day or one week, with each
// doubtful record visible and explained.
class TeamTab final : public QWidget
{
    Q_OBJECT

public:
    TeamTab(AttendanceSession& session, QWidget* parent = nullptr);

    void refresh();
    bool isLoading() const { return m_loading; }

private:
    void showDetail();

    AttendanceSession& m_session;
    QComboBox* m_unit = nullptr;
    QComboBox* m_range = nullptr;
    QDateEdit* m_date = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_table = nullptr;
    TeamModel* m_model = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_detail = nullptr;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace lontar::attendance
