#pragma once

#include "catalogue/CataloguePolicies.h"
#include "core/AuditLog.h"
#include "core/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace lontar::catalogue {

struct OrderItem
{
    QString productId;
    QString code;
    QString name;
    QString unit;
    qint64 qty = 0;
    qint64 unitPrice = 0; // whole rupiah
};

// One transition as the order's history records it (server time once synced; 0 before).
struct OrderEvent
{
    QString from;
    QString to;
    qint64 atMs = 0;
    QString byName;
    QString role;
    qint64 total = 0;
    QString note;
};

struct Order
{
    QString id;
    qint64 version = 0;
    bool pending = false; // not yet acknowledged by the server
    QString title;
    QString unitId;
    QString createdBy;
    QString createdByName;
    QString rupCode;
    QString accountCode;
    qint64 budget = 0;
    QString zone;
    QString vendorId;
    QList<OrderItem> items;
    qint64 total = 0;
    OrderState state = OrderState::Draft;
    qint64 ppLimit = 0;
    QString approvedByName;
    QString contractNumber;
    QString bastNumber;
    QString paymentMethod;
    QString paymentRef;
    QList<OrderEvent> history;
    QJsonObject data; // the row as stored

    static Order fromRow(const QString& id, qint64 version, bool pending, const QJsonObject& data);
};

// Purchase packages on the device: a cart against a budget line that goes through the workflow. Every
// change passes the order policy as the logged-in user (refused at once, nothing queued), is queued for
// the server (which runs the same policy) and is written to the audit log in the same transaction.
class OrderBook
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::OrderBook)

public:
    OrderBook(Database& db, AuditLog& audit, Actor actor);

    Result<QString> createDraft(const QString& title, const QString& rupCode, const QString& accountCode,
                                qint64 budget, const QString& zone);
    // Adds a catalogue product at its current price for the order's zone (or changes its quantity).
    // All goods of one order come from one vendor.
    Status addProduct(const QString& orderId, const QString& productId, qint64 qty);
    Status removeProduct(const QString& orderId, const QString& productId);
    Status submit(const QString& orderId, const QString& note = {});
    Status startNegotiation(const QString& orderId, const QString& note = {});
    Status negotiatePrice(const QString& orderId, const QString& productId, qint64 unitPrice);
    Status approve(const QString& orderId, const QString& note = {});
    Status signContract(const QString& orderId, const QString& number, qint64 dateMs);
    Status addendum(const QString& orderId, const QString& number, const QString& reason,
                    const QList<OrderItem>& items);
    Status recordDelivery(const QString& orderId, const QString& bastNumber, qint64 dateMs);
    Status recordPayment(const QString& orderId, const QString& method, const QString& reference);
    Status close(const QString& orderId);
    Status cancel(const QString& orderId, const QString& note);

    Result<Order> order(const QString& orderId) const;
    Result<QList<Order>> orders() const; // what this device holds, newest first

    static QJsonArray itemsToJson(const QList<OrderItem>& items);

private:
    // Loads the row, lets `edit` change it, and writes it with the audit entry in one transaction.
    Status change(const QString& orderId, const QString& action,
                  const std::function<Status(QJsonObject&)>& edit);

    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

} // namespace lontar::catalogue
