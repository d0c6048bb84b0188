#pragma once

#include "shell/UiModule.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lontar {

// The server's device list (GET /api/v1/devices) as a table.
class DeviceListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UserColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };
    struct Device
    {
        QString id;
        QString name;
        QString username;
        QString userName; // full name from the local directory, when known
        QString status;   // pending, approved, revoked
        qint64 createdAt = 0;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDevices(QList<Device> devices);
    const Device& at(int row) const { return m_devices.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(const QString& status);

private:
    QList<Device> m_devices;
};

// "Perangkat": the devices of the admin's unit tree, to approve a new one or revoke a lost one. Only
// the server knows devices, so the panel works only while connected.
class AdminDevicesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AdminDevicesPanel(ShellContext& context, QWidget* parent = nullptr);

    void load();
    void setOnline(bool online);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();
    void act(const QString& action);
    void setBusy(bool busy);
    void report(const QString& text, bool ok);
    QString selectedDeviceId() const;

    ShellContext& m_context;
    DeviceListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QLabel* m_message = nullptr;
    bool m_online = false;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace lontar
