#pragma once

#include "catalogue/Catalogue.h"
#include "catalogue/Orders.h"

#include <QAbstractTableModel>

namespace lontar::catalogue {

// Products of a search or browse, one row each.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        Price,
        Unit,
        Tkdn,
        Pdn,
        Vendor,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    // `zone`: the zone asked for; a "*" price shown there is marked as the general fallback.
    void setProducts(QList<Product> products, const QString& zone);
    const Product& product(int row) const { return m_products.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Product> m_products;
    QString m_zone;
};

// The orders (packages) this device holds.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        State,
        Total,
        Budget,
        Rup,
        Sync,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setOrders(QList<Order> orders);
    const Order& order(int row) const { return m_orders.at(row); }
    int rowOf(const QString& id) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Order> m_orders;
};

} // namespace lontar::catalogue
