#pragma once

#include "shell/SyncModels.h"
#include "shell/UiModule.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace lontar {

class SyncStatusWidget;

// "Sinkronisasi": what this device has not sent yet, the changes that clashed with someone else's, and
// the changes the server refused, each with what the user can do about it. Reads and settles them
// through the sync module's ClientStore; a pass is asked of the session's ServerConnection.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        PendingTab,
        ConflictsTab,
        RejectedTab
    };

    explicit SyncPage(ShellContext& context, QWidget* parent = nullptr);

    void refresh();
    void showTab(Tab tab);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildPendingTab();
    QWidget* buildConflictsTab();
    QWidget* buildRejectedTab();
    void retranslateUi();
    void onStatusChanged();
    void syncNow();
    void showSelectedConflict();
    void resolveSelected(bool keepMine);
    void showSelectedRejected();
    void dismissSelected();
    void report(const Status& status, const QString& success);
    qint64 selectedId(QTableView* view, const ConflictsModel* model) const;
    SyncText::IdResolver resolver();

    ShellContext& m_context;
    PendingChangesModel* m_pendingModel = nullptr;
    ConflictsModel* m_conflictsModel = nullptr;
    ConflictsModel* m_rejectedModel = nullptr;
    FieldComparisonModel* m_fieldsModel = nullptr;
    qint64 m_pendingTotal = 0;

    SyncStatusWidget* m_status = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_syncNowButton = nullptr;
    QTabWidget* m_tabs = nullptr;

    QStackedWidget* m_pendingStack = nullptr;
    QTableView* m_pendingTable = nullptr;
    QLabel* m_pendingEmpty = nullptr;
    QLabel* m_pendingNote = nullptr;

    QStackedWidget* m_conflictStack = nullptr;
    QTableView* m_conflictTable = nullptr;
    QTableView* m_fieldsTable = nullptr;
    QLabel* m_conflictEmpty = nullptr;
    QLabel* m_conflictNote = nullptr;
    QLabel* m_conflictCompareTitle = nullptr;
    QPushButton* m_keepMineButton = nullptr;
    QPushButton* m_takeTheirsButton = nullptr;

    QStackedWidget* m_rejectedStack = nullptr;
    QTableView* m_rejectedTable = nullptr;
    QLabel* m_rejectedEmpty = nullptr;
    QLabel* m_rejectedNote = nullptr;
    QLabel* m_rejectedReason = nullptr;
    QPushButton* m_dismissButton = nullptr;
};

} // namespace lontar
