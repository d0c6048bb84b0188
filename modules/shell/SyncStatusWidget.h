#pragma once

#include <QDateTime>
#include <QString>
#include <QWidget>

class QLabel;

namespace lontar {

// What the status bar shows about synchronisation. The sync engine fills it; until sync is
// configured the shell shows NotConfigured.
struct SyncStatusView
{
    enum class State
    {
        NotConfigured,
        Offline,
        Online,
        Syncing,
        Error
    };
    State state = State::NotConfigured;
    int pendingChanges = 0;
    QDateTime lastSync; // UTC; invalid when never synced
    QString lastError;
};

// The status bar's sync line. Clicking it opens the sync page, where pending, conflicting and
// rejected changes are listed.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setStatus(const SyncStatusView& status);
    SyncStatusView status() const { return m_status; }
    QString text() const;

Q_SIGNALS:
    void clicked();

protected:
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void refresh();

    SyncStatusView m_status;
    QLabel* m_icon = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace lontar
