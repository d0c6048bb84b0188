#pragma once

#include "records/OutgoingLetters.h"
#include "records/ui/LetterView.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace lontar::records {

class LettersPdfPreview;
class RecordsSession;

// "Kiriman naskah": signed letters other units dispatched to the user's unit, waiting to be registered
// as incoming letters (SRIKANDI's naskah masuk to be recorded). The list shows number, subject, sending
// unit, date and class; the PDF is previewed when it is on this device (or downloaded from the server);
// "Terima dan catat" registers it (agenda number) and opens the new incoming letter. Only the recipient
// unit's pencatat may register; everyone else sees why.
class DeliveriesWidget final : public QWidget
{
    Q_OBJECT

public:
    DeliveriesWidget(RecordsSession& session, QWidget* parent = nullptr);

    void reload();
    int count() const { return int(m_deliveries.size()); }
    // Selects a delivery by id; false when it is not waiting here.
    bool select(const QString& deliveryId);
    // Registers the selected delivery; the result is also shown in the message line.
    Status receiveSelected();
    LetterView* openedLetter() const { return m_view; }

Q_SIGNALS:
    void countChanged(int count);
    // A delivery became an incoming letter.
    void received(const QString& letterId);

private:
    void showDelivery(int index);
    void showMessage(const QString& text, bool error);
    bool mayReceive(const Delivery& d) const;

    RecordsSession& m_session;
    QString m_blobDir;
    QList<Delivery> m_deliveries;
    int m_current = -1;
    QStackedWidget* m_stack = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_receive = nullptr;
    LettersPdfPreview* m_preview = nullptr;
    QWidget* m_side = nullptr;
    QPointer<LetterView> m_view;
};

} // namespace lontar::records
