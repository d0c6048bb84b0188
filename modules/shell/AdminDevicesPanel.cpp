#include "shell/AdminDevicesPanel.h"

#include "core/Profile.h"
#include "shell/ServerConnection.h"
#include "shell/SyncModels.h"
#include "shell/Theme.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lontar {

void DeviceListModel::setDevices(QList<Device> devices)
{
    beginResetModel();
    m_devices = std::move(devices);
    endResetModel();
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceListModel::statusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Menunggu persetujuan");
    if (status == QLatin1String("approved"))
        return tr("Disetujui");
    if (status == QLatin1String("revoked"))
        return tr("Dicabut");
    return status;
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const Device& d = m_devices.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return d.name.isEmpty() ? tr("(tanpa nama)") : d.name;
        case UserColumn:
            return d.userName.isEmpty() ? d.username : d.userName;
        case StatusColumn:
            return statusText(d.status);
        case CreatedColumn:
            return SyncText::timeText(d.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UserColumn)
        return d.username;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        const char* color = d.status == QLatin1String("approved")  ? Theme::kOk
                            : d.status == QLatin1String("pending") ? Theme::kWarn
                                                                   : Theme::kError;
        return QBrush(QColor(QLatin1String(color)));
    }
    return {};
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Nama perangkat");
    case UserColumn:
        return tr("Pegawai");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Didaftarkan");
    default:
        return {};
    }
}

AdminDevicesPanel::AdminDevicesPanel(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new DeviceListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeviceListModel::NameColumn, QHeaderView::Stretch);

    auto* hint = new QLabel(tr("Perangkat baru milik pegawai di unit Anda perlu disetujui sebelum dapat "
                               "menyinkronkan data. Cabut perangkat yang hilang atau tidak dipakai lagi."),
                            this);
    hint->setProperty("muted", true);
    hint->setWordWrap(true);
    m_refreshButton = new QPushButton(tr("Muat ulang"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshDevicesButton"));
    m_approveButton = new QPushButton(tr("Setujui"), this);
    m_approveButton->setObjectName(QStringLiteral("approveDeviceButton"));
    m_approveButton->setProperty("primary", true);
    m_revokeButton = new QPushButton(tr("Cabut…"), this);
    m_revokeButton->setObjectName(QStringLiteral("revokeDeviceButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deviceMessageLabel"));
    m_message->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(hint, 1);
    actions->addWidget(m_refreshButton);
    actions->addWidget(m_revokeButton);
    actions->addWidget(m_approveButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_refreshButton, &QPushButton::clicked, this, &AdminDevicesPanel::load);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { act(QStringLiteral("approve")); });
    connect(m_revokeButton, &QPushButton::clicked, this, [this] { act(QStringLiteral("revoke")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdminDevicesPanel::updateActions);
    updateActions();
}

void AdminDevicesPanel::showEvent(QShowEvent* event)
{
    if (!m_loaded && m_online)
        load();
    QWidget::showEvent(event);
}

void AdminDevicesPanel::setOnline(bool online)
{
    const bool cameOnline = online && !m_online;
    m_online = online;
    updateActions();
    if (cameOnline && isVisible())
        load();
}

QString AdminDevicesPanel::selectedDeviceId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return {};
    return m_model->at(rows.first().row()).id;
}

void AdminDevicesPanel::updateActions()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty() && rows.first().row() < m_model->rowCount();
    const QString status = selected ? m_model->at(rows.first().row()).status : QString();
    const bool ready = m_online && !m_busy;
    m_refreshButton->setEnabled(ready);
    m_approveButton->setEnabled(ready && status == QLatin1String("pending"));
    m_revokeButton->setEnabled(ready && selected && status != QLatin1String("revoked"));
}

void AdminDevicesPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
    Q_EMIT busyChanged(busy);
}

void AdminDevicesPanel::report(const QString& text, bool ok)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(ok ? Theme::kOk : Theme::kError)));
    m_message->setText(text);
}

void AdminDevicesPanel::load()
{
    if (!m_context.server || m_busy)
        return;
    setBusy(true);
    m_context.server->call("GET", QStringLiteral("/api/v1/devices"), {}, this,
                           [this](const Result<QJsonObject>& reply) {
                               setBusy(false);
                               if (!reply) {
                                   report(reply.errorMessage(), false);
                                   return;
                               }
                               m_loaded = true;
                               QList<DeviceListModel::Device> devices;
                               for (const QJsonValue& v : reply->value(QStringLiteral("devices")).toArray()) {
                                   const QJsonObject o = v.toObject();
                                   DeviceListModel::Device d;
                                   d.id = o.value(QStringLiteral("deviceId")).toString();
                                   d.name = o.value(QStringLiteral("name")).toString();
                                   d.username = o.value(QStringLiteral("username")).toString();
                                   if (auto u = m_context.profile.identity().userByUsername(d.username))
                                       d.userName = u->fullName;
                                   d.status = o.value(QStringLiteral("status")).toString();
                                   d.createdAt = qint64(o.value(QStringLiteral("createdAt")).toDouble());
                                   devices.append(d);
                               }
                               const QString keep = selectedDeviceId();
                               m_model->setDevices(devices);
                               for (int row = 0; row < m_model->rowCount(); ++row) {
                                   if (m_model->at(row).id == keep)
                                       m_table->selectRow(row);
                               }
                               updateActions();
                           });
}

void AdminDevicesPanel::act(const QString& action)
{
    const QString deviceId = selectedDeviceId();
    if (deviceId.isEmpty() || !m_context.server)
        return;
    const int row = m_table->selectionModel()->selectedRows().first().row();
    const DeviceListModel::Device device = m_model->at(row);
    const QString who = device.userName.isEmpty() ? device.username : device.userName;
    if (action == QLatin1String("revoke")) {
        QMessageBox confirm(QMessageBox::Warning, tr("Cabut perangkat"),
                            tr("Cabut perangkat \"%1\" milik %2? Perangkat itu tidak dapat sinkron lagi, dan "
                               "pencabutan tidak dapat dibatalkan.")
                                .arg(device.name, who),
                            QMessageBox::NoButton, this);
        confirm.setObjectName(QStringLiteral("revokeDeviceConfirm"));
        QPushButton* yes = confirm.addButton(tr("Cabut perangkat"), QMessageBox::DestructiveRole);
        confirm.addButton(tr("Batal"), QMessageBox::RejectRole);
        confirm.exec();
        if (confirm.clickedButton() != yes)
            return;
    }
    setBusy(true);
    m_context.server->call("POST", QStringLiteral("/api/v1/devices/%1/%2").arg(deviceId, action), {}, this,
                           [this, action, device, who](const Result<QJsonObject>& reply) {
                               setBusy(false);
                               if (!reply) {
                                   report(reply.errorMessage(), false);
                                   return;
                               }
                               report(action == QLatin1String("approve")
                                          ? tr("Perangkat \"%1\" milik %2 disetujui.").arg(device.name, who)
                                          : tr("Perangkat \"%1\" milik %2 dicabut.").arg(device.name, who),
                                      true);
                               load();
                           });
}

} // namespace lontar
