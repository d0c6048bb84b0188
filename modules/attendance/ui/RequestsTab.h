#pragma once

#include "attendance/Requests.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lontar::attendance {

class AttendanceSession;
class RequestModel;

// "Cuti & Izin": ask for leave, a permission or official duty (the annual-leave balance shown before
// sending), follow one's own requests; an atasan decides those waiting for them. Whether an atasan may
// decide is the domain's (and the server's) rule: one's own requests never appear here to approve.
class RequestsTab final : public QWidget
{
    Q_OBJECT

public:
    RequestsTab(AttendanceSession& session, QWidget* parent = nullptr);

    void refresh();

Q_SIGNALS:
    void requestsChanged();

private:
    void updateFormHints();
    void submit();
    void cancelSelected();
    void decide(bool approve);
    void showMessage(QLabel* label, const QString& text, bool error);
    // Each koreksi's record in words, by event id (the atasan's device holds their staff's records).
    QHash<QString, QString> eventTexts(const QList<AttendanceRequest>& requests) const;

    AttendanceSession& m_session;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_length = nullptr;
    QLabel* m_balance = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_formMessage = nullptr;
    QTableView* m_mine = nullptr;
    RequestModel* m_mineModel = nullptr;
    QLabel* m_mineEmpty = nullptr;
    QLabel* m_mineDetail = nullptr;
    QPushButton* m_cancel = nullptr;
    QGroupBox* m_waitingBox = nullptr;
    QTableView* m_waiting = nullptr;
    RequestModel* m_waitingModel = nullptr;
    QLabel* m_waitingEmpty = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_refuse = nullptr;
    QLabel* m_decisionMessage = nullptr;
};

} // namespace lontar::attendance
