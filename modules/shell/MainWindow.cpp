#include "shell/MainWindow.h"

#include "shell/AboutDialog.h"
#include "shell/ServerConnection.h"
#include "shell/SettingsDialog.h"
#include "shell/SyncPage.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lontar {

MainWindow::MainWindow(ShellContext& context, const QList<UiModule*>& modules, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/lontar/icons/lontar.svg")));
    resize(1180, 760);

    for (UiModule* module : modules) {
        if (module && module->isAvailableFor(context.user))
            m_modules.append(module);
    }

    // Sidebar: product name, the regency, then one entry per module.
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(240);
    auto* logo = new QLabel(sidebar);
    logo->setPixmap(QIcon(QStringLiteral(":/lontar/icons/lontar.svg")).pixmap(36, 36));
    auto* title = new QLabel(QStringLiteral("Lontar"), sidebar);
    title->setObjectName(QStringLiteral("sidebarTitle"));
    m_sidebarSubtitle = new QLabel(context.profile.settings().value(Settings::regencyNameKey()), sidebar);
    m_sidebarSubtitle->setObjectName(QStringLiteral("sidebarSubtitle"));
    m_sidebarSubtitle->setWordWrap(true);
    auto* brandRow = new QHBoxLayout;
    brandRow->addWidget(logo);
    auto* brandText = new QVBoxLayout;
    brandText->setSpacing(0);
    brandText->addWidget(title);
    brandText->addWidget(m_sidebarSubtitle);
    brandRow->addLayout(brandText, 1);
    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("moduleNavigationList"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 16, 0, 0);
    sidebarLayout->setSpacing(8);
    auto* brandBox = new QWidget(sidebar);
    brandBox->setLayout(brandRow);
    brandRow->setContentsMargins(16, 0, 12, 8);
    sidebarLayout->addWidget(brandBox);
    sidebarLayout->addWidget(m_navigation, 1);

    // Page header: the module's name and who is logged in.
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    m_pageTitle = new QLabel(header);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    auto* userIcon = new QLabel(header);
    userIcon->setPixmap(QIcon(QStringLiteral(":/lontar/icons/user-circle.svg")).pixmap(28, 28));
    m_userChip = new QLabel(header);
    m_userChip->setObjectName(QStringLiteral("userChip"));
    m_userChip->setTextFormat(Qt::RichText);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 12, 24, 12);
    headerLayout->addWidget(m_pageTitle, 1);
    headerLayout->addWidget(userIcon);
    headerLayout->addWidget(m_userChip);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("moduleStack"));
    for (UiModule* module : std::as_const(m_modules)) {
        QWidget* page = module->createMainWidget(m_context, m_stack);
        page->setObjectName(module->id() + QStringLiteral("Page"));
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(module->icon(), module->displayName(), m_navigation);
        item->setData(Qt::UserRole, module->id());
        item->setSizeHint(QSize(0, 42));
    }
    m_syncPage = new SyncPage(m_context, m_stack);
    m_stack->addWidget(m_syncPage);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(header);
    contentLayout->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(sidebar);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setProperty("muted", true);
    statusBar()->addWidget(m_profileLabel, 1);
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);

    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationChanged);
    connect(m_navigation, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (m_stack->currentWidget() == m_syncPage)
            onNavigationChanged(m_navigation->row(item));
    });
    connect(m_syncStatus, &SyncStatusWidget::clicked, this, &MainWindow::showSyncPage);
    if (m_context.server) {
        connect(m_context.server, &ServerConnection::statusChanged, this, &MainWindow::setSyncStatus);
        setSyncStatus(m_context.server->status());
    }
    retranslateUi();
    if (!m_modules.isEmpty())
        m_navigation->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_logoutAction = m_fileMenu->addAction(QString());
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_settingsAction =
        m_toolsMenu->addAction(QIcon(QStringLiteral(":/lontar/icons/settings.svg")), QString());
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_syncAction = m_toolsMenu->addAction(QIcon(QStringLiteral(":/lontar/icons/sync-ok.svg")), QString());
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));

    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::showSyncPage);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Lontar — %1").arg(m_context.profile.settings().value(Settings::regencyNameKey())));
    m_fileMenu->setTitle(tr("&Berkas"));
    m_logoutAction->setText(tr("&Keluar akun"));
    m_quitAction->setText(tr("&Tutup aplikasi"));
    m_toolsMenu->setTitle(tr("&Alat"));
    m_settingsAction->setText(tr("&Pengaturan…"));
    m_syncAction->setText(tr("&Sinkronisasi"));
    m_helpMenu->setTitle(tr("Ba&ntuan"));
    m_aboutAction->setText(tr("&Tentang Lontar"));
    const User& u = m_context.user;
    m_userChip->setText(QStringLiteral("<b>%1</b><br><span style='color:#66736f'>%2</span>")
                            .arg(u.fullName.toHtmlEscaped(), u.position.toHtmlEscaped()));
    m_profileLabel->setText(tr("Profil: %1").arg(m_context.profile.directory()));
    for (int i = 0; i < m_modules.size(); ++i)
        m_navigation->item(i)->setText(m_modules.at(i)->displayName());
    if (m_stack->currentWidget() == m_syncPage)
        m_pageTitle->setText(tr("Sinkronisasi"));
    else
        onNavigationChanged(m_navigation->currentRow());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::onNavigationChanged(int row)
{
    if (row < 0 || row >= m_modules.size())
        return;
    m_stack->setCurrentIndex(row);
    m_navigation->item(row)->setSelected(true);
    m_pageTitle->setText(m_modules.at(row)->displayName());
}

void MainWindow::showSyncPage()
{
    // No entry is highlighted; the current one stays, because a list without one takes the first as
    // soon as it gets the focus. A click on an entry (even the current one) leads back.
    m_navigation->clearSelection();
    m_stack->setCurrentWidget(m_syncPage);
    m_pageTitle->setText(tr("Sinkronisasi"));
}

bool MainWindow::showModule(const QString& id)
{
    if (id == syncPageId()) {
        showSyncPage();
        return true;
    }
    for (int i = 0; i < m_modules.size(); ++i) {
        if (m_modules.at(i)->id() == id) {
            m_navigation->setCurrentRow(i);
            onNavigationChanged(i); // also when it was current behind the sync page
            return true;
        }
    }
    return false;
}

QString MainWindow::currentModuleId() const
{
    if (m_stack->currentWidget() == m_syncPage)
        return syncPageId();
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_modules.size() ? m_modules.at(row)->id() : QString();
}

void MainWindow::setSyncStatus(const SyncStatusView& status)
{
    m_syncStatus->setStatus(status);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context, m_modules, this);
    dialog.exec();
}

} // namespace lontar
