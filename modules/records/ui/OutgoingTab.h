#pragma once

#include "records/OutgoingDesk.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lontar::records {

class RecordsSession;

// Outgoing letters: my drafts, waiting for my paraf, waiting for my signature and the register of sent
// letters; for the selected letter its paraf chain as steps (state, note, time), a preview of the letter
// as it will be printed, and the actions the user may take on it now.
class OutgoingTab final : public QWidget
{
    Q_OBJECT

public:
    OutgoingTab(RecordsSession& session, QWidget* parent = nullptr);
    void reload();
    void selectLetter(const QString& id);
    QString selectedId() const;

private:
    void showSelected();
    void newDraft();
    void editDraft();
    void submit();
    void approve();
    void giveBack();
    void signLetter();
    void dispatchLetter();
    void report(const Status& status, const QString& done);
    QList<User> peopleAbove(const QString& unitId) const;
    QString officeZone() const;

    RecordsSession& m_session;
    std::unique_ptr<OutgoingDesk> m_desk;
    QList<OutgoingLetter> m_letters;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_chain = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace lontar::records
