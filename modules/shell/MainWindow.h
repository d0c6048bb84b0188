#pragma once

#include "shell/SyncStatusWidget.h"
#include "shell/UiModule.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace lontar {

class SyncPage;

// The shell: module navigation on the left, the current module's page on the right, the user and
// sync state always visible. Modules are mounted through UiModule; the window owns none of their data.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `modules` are not owned and must outlive the window.
    MainWindow(ShellContext& context, const QList<UiModule*>& modules, QWidget* parent = nullptr);

    void setSyncStatus(const SyncStatusView& status);
    SyncStatusWidget* syncStatusWidget() const { return m_syncStatus; }
    // Shows the module with this id (or "sync", the sync page); false when it is not mounted for this user.
    bool showModule(const QString& id);
    QString currentModuleId() const;
    // The sync page: opened from the status bar and the Tools menu, not from the navigation.
    void showSyncPage();
    SyncPage* syncPage() const { return m_syncPage; }
    static QString syncPageId() { return QStringLiteral("sync"); }

Q_SIGNALS:
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void retranslateUi();
    void showAbout();
    void showSettings();
    void onNavigationChanged(int row);

    ShellContext& m_context;
    QList<UiModule*> m_modules; // those mounted for this user, in navigation order
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    SyncPage* m_syncPage = nullptr;
    QLabel* m_pageTitle = nullptr;
    QLabel* m_userChip = nullptr;
    QLabel* m_sidebarSubtitle = nullptr;
    QLabel* m_profileLabel = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_logoutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace lontar
