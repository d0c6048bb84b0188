#include "catalogue/ui/CatalogueModels.h"

#include "shell/Theme.h"

#include <QBrush>
#include <QColor>

namespace lontar::catalogue {

void ProductTableModel::setProducts(QList<Product> products, const QString& zone)
{
    beginResetModel();
    m_products = std::move(products);
    m_zone = zone;
    endResetModel();
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product& p = m_products.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return p.code;
        case Name:
            return p.active ? p.name : tr("%1 (nonaktif)").arg(p.name);
        case Price:
            return p.price > 0 ? formatRupiah(p.price) : QStringLiteral("—");
        case Unit:
            return p.unit;
        case Tkdn:
            return formatTkdn(p.tkdnBp) + QStringLiteral(" %");
        case Pdn:
            return p.pdn ? tr("PDN") : QString();
        case Vendor:
            return p.vendorUmk ? tr("%1 · UMK").arg(p.vendorName) : p.vendorName;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Tkdn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool fallback = p.priceZone == kAnyZone && m_zone != kAnyZone;
    if (role == Qt::ForegroundRole && index.column() == Price && fallback)
        return QBrush(QColor(0x55, 0x55, 0x55)); // the catch-all price, not the zone's own
    if (role == Qt::ToolTipRole && index.column() == Price && fallback)
        return tr("Harga umum (zona ini tidak punya harga sendiri)");
    if (role == Qt::ToolTipRole && index.column() == Price && p.price <= 0)
        return tr("Tidak ada harga untuk zona ini");
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Kode");
    case Name:
        return tr("Nama produk");
    case Price:
        return tr("Harga");
    case Unit:
        return tr("Satuan");
    case Tkdn:
        return tr("TKDN");
    case Pdn:
        return tr("PDN");
    case Vendor:
        return tr("Penyedia");
    default:
        return {};
    }
}

void OrderTableModel::setOrders(QList<Order> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int OrderTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).id == id)
            return i;
    }
    return -1;
}

int OrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const Order& o = m_orders.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return o.title;
        case State:
            return orderStateDisplayName(o.state);
        case Total:
            return formatRupiah(o.total);
        case Budget:
            return formatRupiah(o.budget);
        case Rup:
            return o.rupCode;
        case Sync:
            return o.pending ? tr("menunggu sinkronisasi") : tr("tersinkron");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Total || index.column() == Budget))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Total && o.total > o.budget)
        return QBrush(QColor(QLatin1String(Theme::kError)));
    if (role == Qt::ForegroundRole && index.column() == Sync && o.pending)
        return QBrush(QColor(QLatin1String(Theme::kWarn)));
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Paket");
    case State:
        return tr("Status");
    case Total:
        //: The package's total value in rupiah.
        return tr("Total harga");
    case Budget:
        return tr("Pagu");
    case Rup:
        return tr("Kode RUP");
    case Sync:
        return tr("Sinkronisasi");
    default:
        return {};
    }
}

} // namespace lontar::catalogue
