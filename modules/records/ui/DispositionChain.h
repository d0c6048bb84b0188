#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace lontar::records {

class RecordsSession;

// The dispositions of one letter as a tree (who → whom, when, read or not, follow-ups), for the letter
// view. It refreshes while shown, so a disposition sent from the letter view appears without reopening.
class DispositionChain final : public QWidget
{
    Q_OBJECT

public:
    DispositionChain(RecordsSession& session, QString letterId, QWidget* parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    RecordsSession& m_session;
    QString m_letterId;
    QString m_zone;
    bool m_sized = false; // columns fitted to the first non-empty chain
    QTreeWidget* m_tree = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace lontar::records
