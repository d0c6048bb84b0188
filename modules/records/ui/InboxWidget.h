#pragma once

#include "records/Dispositions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace lontar::records {

class DeliveriesWidget;
class RecordsSession;

// The user's inbox, like SRIKANDI's dashboard: the queues' counts on top, the dispositions received
// (unread in bold, due date, sender, instructions) and those sent (read or not, cancel while unread).
// Opening a received disposition marks it read; its details show the letter's copy, the instructions,
// the follow-up notes and the actions the user may take. A third list holds the letters other units
// dispatched to the user's unit, waiting for the pencatat to register them (DeliveriesWidget).
class InboxWidget final : public QWidget
{
    Q_OBJECT

public:
    InboxWidget(RecordsSession& session, QWidget* parent = nullptr);

    void reload();
    // Shows a disposition's details; a received one is marked read.
    void open(const QString& dispositionId);
    QString currentId() const { return m_current.id; }
    DeliveriesWidget* deliveries() const { return m_deliveries; }

Q_SIGNALS:
    void changed();

private:
    QWidget* countCard(const QString& objectName, const QString& caption, QLabel** value);
    void fillReceived(const QList<Disposition>& list);
    void fillSent(const QList<Disposition>& list);
    void showDetails(const Disposition& d);
    void act(const Status& result);
    void addFollowUp();
    void viewFile();
    void showDeliveryCount(int count);
    QString when(qint64 ms) const;

    RecordsSession& m_session;
    QString m_zone;
    Disposition m_current;
    QLabel* m_unread = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_toDispose = nullptr;
    QLabel* m_paraf = nullptr;
    QLabel* m_signature = nullptr;
    QLabel* m_deliveryCount = nullptr;
    QWidget* m_deliveryCard = nullptr;
    DeliveriesWidget* m_deliveries = nullptr;
    QWidget* m_detailsBox = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_receivedStack = nullptr;
    QStackedWidget* m_sentStack = nullptr;
    QTreeWidget* m_received = nullptr;
    QTreeWidget* m_sent = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_pass = nullptr;
    QPushButton* m_file = nullptr;
};

} // namespace lontar::records
