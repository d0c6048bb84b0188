#pragma once

#include "records/Dispositions.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace lontar::records {

class RecordsSession;

// Disposes one letter down the org tree: recipients from the units beneath the user (checkable, grouped
// by unit), instruction checkboxes, a note and an optional due date. A refusal (a recipient without the
// clearance for the letter's class, ...) is shown with the policy's own words and nothing is sent.
class DispositionDialog final : public QDialog
{
    Q_OBJECT

public:
    DispositionDialog(RecordsSession& session, QString letterId, QWidget* parent = nullptr);

    // The ids of the dispositions sent (after accept()).
    QStringList sent() const { return m_sent; }

private:
    void submit();
    void fillRecipients();
    QStringList checkedRecipients() const;

    RecordsSession& m_session;
    QString m_letterId;
    QTreeWidget* m_recipients = nullptr;
    QMap<QString, QCheckBox*> m_instructions;
    QPlainTextEdit* m_note = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_send = nullptr;
    QStringList m_sent;
};

} // namespace lontar::records
