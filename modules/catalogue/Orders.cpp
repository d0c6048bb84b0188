#include "catalogue/Orders.h"

#include "catalogue/Catalogue.h"
#include "sync/ClientStore.h"

namespace lontar::catalogue {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QList<OrderItem> itemsFromJson(const QJsonArray& a)
{
    QList<OrderItem> out;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        out.append({str(o, "productId"), str(o, "code"), str(o, "name"), str(o, "unit"), integer(o, "qty"),
                    integer(o, "unitPrice")});
    }
    return out;
}

} // namespace

Order Order::fromRow(const QString& id, qint64 version, bool pending, const QJsonObject& d)
{
    Order o;
    o.id = id;
    o.version = version;
    o.pending = pending;
    o.title = str(d, "title");
    o.unitId = str(d, "unitId");
    o.createdBy = str(d, "createdBy");
    o.createdByName = str(d, "createdByName");
    o.rupCode = str(d, "rupCode");
    o.accountCode = str(d, "accountCode");
    o.budget = integer(d, "budget");
    o.zone = str(d, "zone");
    o.vendorId = str(d, "vendorId");
    o.items = itemsFromJson(d.value(QStringLiteral("items")).toArray());
    o.total = integer(d, "total");
    o.state = orderStateFromKey(str(d, "state")).value_or(OrderState::Draft);
    o.ppLimit = integer(d, "ppLimit");
    o.approvedByName = str(d, "approvedByName");
    o.contractNumber = str(d, "contractNumber");
    o.bastNumber = str(d, "bastNumber");
    o.paymentMethod = str(d, "paymentMethod");
    o.paymentRef = str(d, "paymentRef");
    for (const QJsonValue& v : d.value(QStringLiteral("history")).toArray()) {
        const QJsonObject h = v.toObject();
        o.history.append({str(h, "from"), str(h, "to"), integer(h, "at"), str(h, "byName"), str(h, "role"),
                          integer(h, "total"), str(h, "note")});
    }
    o.data = d;
    return o;
}

OrderBook::OrderBook(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

QJsonArray OrderBook::itemsToJson(const QList<OrderItem>& items)
{
    QJsonArray a;
    for (const OrderItem& i : items)
        a.append(QJsonObject{{QStringLiteral("productId"), i.productId},
                             {QStringLiteral("code"), i.code},
                             {QStringLiteral("name"), i.name},
                             {QStringLiteral("unit"), i.unit},
                             {QStringLiteral("qty"), double(i.qty)},
                             {QStringLiteral("unitPrice"), double(i.unitPrice)}});
    return a;
}

Result<QString> OrderBook::createDraft(const QString& title, const QString& rupCode,
                                       const QString& accountCode, qint64 budget, const QString& zone)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QJsonObject data{{QStringLiteral("title"), title.simplified()},
                           {QStringLiteral("rupCode"), rupCode.trimmed()},
                           {QStringLiteral("accountCode"), accountCode.trimmed()},
                           {QStringLiteral("budget"), double(budget)},
                           {QStringLiteral("zone"), zone.isEmpty() ? kAnyZone : zone},
                           {QStringLiteral("items"), QJsonArray()},
                           {QStringLiteral("state"), orderStateKey(OrderState::Draft)}};
    auto id = sync::ClientStore(m_db, m_actor).put(kOrderEntity, {}, data);
    if (!id)
        return id.error();
    if (Status s = m_audit.append(
            m_actor.user.username, QStringLiteral("catalogue.order.draft"), kOrderEntity, *id,
            QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("rupCode"), rupCode}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status OrderBook::change(const QString& orderId, const QString& action,
                         const std::function<Status(QJsonObject&)>& edit)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto row = sync::ClientStore(m_db).get(kOrderEntity, orderId);
    if (!row)
        return row.error();
    if (row->deleted)
        return Error(tr("Pesanan sudah dihapus"), Error::Code::NotFound);
    // The order stays in its unit, which the server allows to anyone who may see the row (the bendahara
    // reads every unit's orders). ClientStore::put finds the row's unit by re-running the policy on the
    // stored row as if it were new, which the workflow refuses for anything past a draft; so the device
    // check is given the stored unit as one the writer may write to, as the server's "stays" rule does.
    Actor actor = m_actor;
    const QString unit = str(row->data, "unitId");
    if (!unit.isEmpty() && !actor.unitSubtree.contains(unit))
        actor.unitSubtree.append(unit);
    sync::ClientStore store(m_db, actor);
    QJsonObject data = row->data;
    data.remove(QStringLiteral("note")); // a note belongs to one transition
    if (Status s = edit(data); !s)
        return s;
    auto put = store.put(kOrderEntity, orderId, data);
    if (!put)
        return put.error();
    QJsonObject details{{QStringLiteral("state"), str(data, "state")},
                        {QStringLiteral("total"), data.value(QStringLiteral("total"))}};
    if (!str(data, "note").isEmpty())
        details.insert(QStringLiteral("note"), str(data, "note"));
    if (Status s = m_audit.append(m_actor.user.username, action, kOrderEntity, orderId, details); !s)
        return s;
    return tx.commit();
}

Status OrderBook::addProduct(const QString& orderId, const QString& productId, qint64 qty)
{
    return change(orderId, QStringLiteral("catalogue.order.edit"), [&](QJsonObject& d) -> Status {
        auto product = CatalogueBrowser(m_db).product(productId, str(d, "zone"));
        if (!product)
            return product.error();
        if (!product->active)
            return Error(tr("Produk %1 tidak aktif di katalog").arg(product->name),
                         Error::Code::InvalidInput);
        if (product->price <= 0)
            return Error(tr("Produk %1 belum berharga untuk zona ini").arg(product->name),
                         Error::Code::InvalidInput);
        const QString vendor = str(d, "vendorId");
        if (!vendor.isEmpty() && vendor != product->vendorId)
            return Error(tr("Satu pesanan hanya untuk satu penyedia; buat pesanan lain untuk %1")
                             .arg(product->vendorName),
                         Error::Code::InvalidInput);
        QList<OrderItem> items = itemsFromJson(d.value(QStringLiteral("items")).toArray());
        bool found = false;
        for (OrderItem& i : items) {
            if (i.productId == productId) {
                i.qty = qty;
                found = true;
            }
        }
        if (!found)
            items.append({product->id, product->code, product->name, product->unit, qty, product->price});
        d.insert(QStringLiteral("vendorId"), product->vendorId);
        d.insert(QStringLiteral("items"), itemsToJson(items));
        d.remove(QStringLiteral("total")); // the policy computes it
        return {};
    });
}

Status OrderBook::removeProduct(const QString& orderId, const QString& productId)
{
    return change(orderId, QStringLiteral("catalogue.order.edit"), [&](QJsonObject& d) -> Status {
        QList<OrderItem> items = itemsFromJson(d.value(QStringLiteral("items")).toArray());
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [&](const OrderItem& i) { return i.productId == productId; }),
                    items.end());
        d.insert(QStringLiteral("items"), itemsToJson(items));
        if (items.isEmpty())
            d.remove(QStringLiteral("vendorId"));
        d.remove(QStringLiteral("total"));
        return {};
    });
}

namespace {
std::function<Status(QJsonObject&)> moveTo(OrderState to, const QString& note,
                                           const QList<QPair<QString, QJsonValue>>& fields = {})
{
    return [=](QJsonObject& d) -> Status {
        d.insert(QStringLiteral("state"), orderStateKey(to));
        if (!note.trimmed().isEmpty())
            d.insert(QStringLiteral("note"), note.trimmed());
        for (const auto& [k, v] : fields)
            d.insert(k, v);
        return {};
    };
}
} // namespace

Status OrderBook::submit(const QString& orderId, const QString& note)
{
    return change(orderId, QStringLiteral("catalogue.order.submit"), moveTo(OrderState::Submitted, note));
}

Status OrderBook::startNegotiation(const QString& orderId, const QString& note)
{
    return change(orderId, QStringLiteral("catalogue.order.negotiate"),
                  moveTo(OrderState::Negotiation, note));
}

Status OrderBook::negotiatePrice(const QString& orderId, const QString& productId, qint64 unitPrice)
{
    return change(orderId, QStringLiteral("catalogue.order.negotiate"), [&](QJsonObject& d) -> Status {
        QList<OrderItem> items = itemsFromJson(d.value(QStringLiteral("items")).toArray());
        for (OrderItem& i : items) {
            if (i.productId == productId)
                i.unitPrice = unitPrice;
        }
        d.insert(QStringLiteral("items"), itemsToJson(items));
        d.remove(QStringLiteral("total"));
        return {};
    });
}

Status OrderBook::approve(const QString& orderId, const QString& note)
{
    return change(orderId, QStringLiteral("catalogue.order.approve"), moveTo(OrderState::Approved, note));
}

Status OrderBook::signContract(const QString& orderId, const QString& number, qint64 dateMs)
{
    return change(orderId, QStringLiteral("catalogue.order.contract"),
                  moveTo(OrderState::Contract, {},
                         {{QStringLiteral("contractNumber"), number.trimmed()},
                          {QStringLiteral("contractDate"), double(dateMs)}}));
}

Status OrderBook::addendum(const QString& orderId, const QString& number, const QString& reason,
                           const QList<OrderItem>& items)
{
    return change(orderId, QStringLiteral("catalogue.order.addendum"), [&](QJsonObject& d) -> Status {
        d.insert(QStringLiteral("items"), itemsToJson(items));
        d.insert(QStringLiteral("addendumNumber"), number.trimmed());
        d.insert(QStringLiteral("addendumReason"), reason.trimmed());
        d.remove(QStringLiteral("total"));
        return {};
    });
}

Status OrderBook::recordDelivery(const QString& orderId, const QString& bastNumber, qint64 dateMs)
{
    return change(orderId, QStringLiteral("catalogue.order.deliver"),
                  moveTo(OrderState::Delivered, {},
                         {{QStringLiteral("bastNumber"), bastNumber.trimmed()},
                          {QStringLiteral("bastDate"), double(dateMs)}}));
}

Status OrderBook::recordPayment(const QString& orderId, const QString& method, const QString& reference)
{
    return change(orderId, QStringLiteral("catalogue.order.pay"),
                  moveTo(OrderState::Paid, {},
                         {{QStringLiteral("paymentMethod"), method},
                          {QStringLiteral("paymentRef"), reference.trimmed()}}));
}

Status OrderBook::close(const QString& orderId)
{
    return change(orderId, QStringLiteral("catalogue.order.close"), moveTo(OrderState::Closed, {}));
}

Status OrderBook::cancel(const QString& orderId, const QString& note)
{
    return change(orderId, QStringLiteral("catalogue.order.cancel"), moveTo(OrderState::Cancelled, note));
}

Result<Order> OrderBook::order(const QString& orderId) const
{
    auto row = sync::ClientStore(m_db).get(kOrderEntity, orderId);
    if (!row)
        return row.error();
    return Order::fromRow(orderId, row->version, row->pending, row->data);
}

Result<QList<Order>> OrderBook::orders() const
{
    auto rows = sync::ClientStore(m_db).list(kOrderEntity);
    if (!rows)
        return rows.error();
    QList<Order> out;
    for (const sync::SyncedRow& r : *rows)
        out.append(Order::fromRow(r.entityId, r.version, r.pending, r.data));
    std::sort(out.begin(), out.end(), [](const Order& a, const Order& b) { return a.id > b.id; });
    return out;
}

} // namespace lontar::catalogue
