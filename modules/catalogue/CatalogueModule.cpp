#include "catalogue/CatalogueModule.h"

#include "catalogue/CataloguePolicies.h"
#include "core/IndonesianText.h"
#include "core/Settings.h"
#include "core/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lontar::catalogue {

QString zoneId(const QString& code)
{
    return nameBasedUuid(QStringLiteral("catalogue/zone/") + code);
}

QString vendorId(const QString& npwpDigits)
{
    return nameBasedUuid(QStringLiteral("catalogue/vendor/") + npwpDigits);
}

QString categoryId(const QString& path)
{
    QStringList parts = path.split(QLatin1Char('>'));
    for (QString& p : parts)
        p = IndonesianText::fold(p);
    return nameBasedUuid(QStringLiteral("catalogue/category/") + parts.join(QLatin1Char('>')));
}

QString productId(const QString& code)
{
    return nameBasedUuid(QStringLiteral("catalogue/product/") + code.toUpper());
}

QString priceId(const QString& productCode, const QString& zone)
{
    return nameBasedUuid(QStringLiteral("catalogue/price/") + productCode.toUpper() + QLatin1Char('/') +
                         zone);
}

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

Status ok(const Result<QSqlQuery>& r)
{
    if (!r)
        return r.error();
    return {};
}

// The full-text entry of one product: code, name, specification, unit, SNI, vendor and category, folded
// and stemmed the Indonesian way (core/IndonesianText), so "pembersih" finds "Cairan Pembersih Lantai".
Status reindexProduct(Database& db, const QString& productId)
{
    auto q = db.exec(QStringLiteral("SELECT p.rid, p.code, p.name, p.spec, p.unit, p.sni, "
                                    "COALESCE(v.name, ''), COALESCE(c.path, '') FROM cat_products p "
                                    "LEFT JOIN cat_vendors v ON v.id = p.vendor_id "
                                    "LEFT JOIN cat_categories c ON c.id = p.category_id WHERE p.id = ?"),
                     {productId});
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    const qint64 rid = q->value(0).toLongLong();
    QStringList parts;
    for (int i = 1; i <= 7; ++i)
        parts.append(q->value(i).toString());
    q->finish();
    if (Status s = ok(db.exec(QStringLiteral("DELETE FROM cat_search WHERE rowid = ?"), {rid})); !s)
        return s;
    return ok(db.exec(QStringLiteral("INSERT INTO cat_search (rowid, body) VALUES (?, ?)"),
                      {rid, IndonesianText::indexText(parts.join(QLatin1Char(' ')))}));
}

Status reindexWhere(Database& db, const QString& column, const QString& id)
{
    auto q =
        db.exec(QStringLiteral("SELECT id FROM cat_products WHERE ") + column + QStringLiteral(" = ?"), {id});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    for (const QString& p : std::as_const(ids)) {
        if (Status s = reindexProduct(db, p); !s)
            return s;
    }
    return {};
}

Status projectZone(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted)
        return ok(db.exec(QStringLiteral("DELETE FROM cat_zones WHERE id = ?"), {id}));
    return ok(
        db.exec(QStringLiteral("INSERT INTO cat_zones (id, code, name, active) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, "
                               "active = excluded.active"),
                {id, str(d, "code"), str(d, "name"), d.value(QStringLiteral("active")).toBool() ? 1 : 0}));
}

Status projectVendor(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    Status s = deleted
                   ? ok(db.exec(QStringLiteral("DELETE FROM cat_vendors WHERE id = ?"), {id}))
                   : ok(db.exec(QStringLiteral(
                                    "INSERT INTO cat_vendors (id, npwp, name, address, umk, verification, "
                                    "active) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                    "npwp = excluded.npwp, name = excluded.name, address = excluded.address, "
                                    "umk = excluded.umk, verification = excluded.verification, "
                                    "active = excluded.active"),
                                {id, str(d, "npwp"), str(d, "name"), str(d, "address"),
                                 d.value(QStringLiteral("umk")).toBool() ? 1 : 0, str(d, "verification"),
                                 d.value(QStringLiteral("active")).toBool() ? 1 : 0}));
    if (!s)
        return s;
    return reindexWhere(db, QStringLiteral("vendor_id"), id);
}

Status projectCategory(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    Status s = deleted ? ok(db.exec(QStringLiteral("DELETE FROM cat_categories WHERE id = ?"), {id}))
                       : ok(db.exec(QStringLiteral("INSERT INTO cat_categories (id, parent_id, name, path) "
                                                   "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                                   "parent_id = excluded.parent_id, name = excluded.name, "
                                                   "path = excluded.path"),
                                    {id, str(d, "parentId"), str(d, "name"), str(d, "path")}));
    if (!s)
        return s;
    return reindexWhere(db, QStringLiteral("category_id"), id);
}

Status projectProduct(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted) {
        auto rid = db.scalar(QStringLiteral("SELECT rid FROM cat_products WHERE id = ?"), {id});
        if (!rid)
            return rid.error();
        if (rid->isValid()) {
            if (Status s = ok(db.exec(QStringLiteral("DELETE FROM cat_search WHERE rowid = ?"), {*rid})); !s)
                return s;
        }
        return ok(db.exec(QStringLiteral("DELETE FROM cat_products WHERE id = ?"), {id}));
    }
    const QString images = QString::fromUtf8(
        QJsonDocument(d.value(QStringLiteral("images")).toArray()).toJson(QJsonDocument::Compact));
    Status s = ok(
        db.exec(QStringLiteral(
                    "INSERT INTO cat_products (id, code, name, spec, unit, category_id, vendor_id, tkdn_bp, "
                    "pdn, sni, images, active, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, "
                    "spec = excluded.spec, unit = excluded.unit, category_id = excluded.category_id, "
                    "vendor_id = excluded.vendor_id, tkdn_bp = excluded.tkdn_bp, pdn = excluded.pdn, "
                    "sni = excluded.sni, images = excluded.images, active = excluded.active, "
                    "changed_at = excluded.changed_at"),
                {id, str(d, "code"), str(d, "name"), str(d, "spec"), str(d, "unit"), str(d, "categoryId"),
                 str(d, "vendorId"), integer(d, "tkdnBp"), d.value(QStringLiteral("pdn")).toBool() ? 1 : 0,
                 str(d, "sni"), images, d.value(QStringLiteral("active")).toBool() ? 1 : 0,
                 integer(d, "changedAt")}));
    if (!s)
        return s;
    return reindexProduct(db, id);
}

Status projectPrice(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (Status s = ok(db.exec(QStringLiteral("DELETE FROM cat_price_history WHERE price_id = ?"), {id})); !s)
        return s;
    if (deleted)
        return ok(db.exec(QStringLiteral("DELETE FROM cat_prices WHERE id = ?"), {id}));
    Status s = ok(db.exec(
        QStringLiteral(
            "INSERT INTO cat_prices (id, product_id, zone, price, changed_at, changed_by_name) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET product_id = excluded.product_id, "
            "zone = excluded.zone, price = excluded.price, changed_at = excluded.changed_at, "
            "changed_by_name = excluded.changed_by_name"),
        {id, str(d, "productId"), str(d, "zone"), integer(d, "price"), integer(d, "changedAt"),
         str(d, "changedByName")}));
    if (!s)
        return s;
    int n = 0;
    for (const QJsonValue& v : d.value(QStringLiteral("history")).toArray()) {
        const QJsonObject h = v.toObject();
        if (Status e = ok(db.exec(
                QStringLiteral("INSERT INTO cat_price_history (price_id, n, price, valid_from, "
                               "valid_until, by_name) VALUES (?, ?, ?, ?, ?, ?)"),
                {id, ++n, integer(h, "price"), integer(h, "from"), integer(h, "until"), str(h, "byName")}));
            !e)
            return e;
    }
    return {};
}

} // namespace

CatalogueModule::CatalogueModule()
    : m_config(std::make_shared<CatalogueConfig>())
{}

void CatalogueModule::loadSettings(Database& db)
{
    bool ok = false;
    const qint64 v = Settings(db).value(ppThresholdSettingKey()).toLongLong(&ok);
    if (ok && v > 0)
        setPpThreshold(v);
}

QList<Migration> CatalogueModule::migrations() const
{
    // The device's projection of the pulled catalogue (sync_rows stays the truth): plain tables to
    // browse and filter, and an FTS5 index over folded and stemmed text.
    return {Migration::fromSql(
        id(), 1, QStringLiteral("catalogue projection and full-text index"),
        {
            QStringLiteral(
                "CREATE TABLE cat_zones (id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,"
                " active INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE cat_vendors (id TEXT PRIMARY KEY, npwp TEXT NOT NULL, name TEXT NOT NULL,"
                " address TEXT NOT NULL, umk INTEGER NOT NULL, verification TEXT NOT NULL,"
                " active INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE cat_categories (id TEXT PRIMARY KEY, parent_id TEXT NOT NULL,"
                           " name TEXT NOT NULL, path TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE cat_products (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                           " code TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, unit TEXT NOT NULL,"
                           " category_id TEXT NOT NULL, vendor_id TEXT NOT NULL, tkdn_bp INTEGER NOT NULL,"
                           " pdn INTEGER NOT NULL, sni TEXT NOT NULL, images TEXT NOT NULL,"
                           " active INTEGER NOT NULL, changed_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_cat_products_category ON cat_products(category_id)"),
            QStringLiteral("CREATE INDEX idx_cat_products_vendor ON cat_products(vendor_id)"),
            // Browsing without a query walks this in order and stops at the page's limit.
            QStringLiteral("CREATE INDEX idx_cat_products_name ON cat_products(active, name, code)"),
            QStringLiteral("CREATE TABLE cat_prices (id TEXT PRIMARY KEY, product_id TEXT NOT NULL,"
                           " zone TEXT NOT NULL, price BIGINT NOT NULL, changed_at BIGINT NOT NULL,"
                           " changed_by_name TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_cat_prices_product ON cat_prices(product_id, zone)"),
            QStringLiteral("CREATE TABLE cat_price_history (price_id TEXT NOT NULL, n INTEGER NOT NULL,"
                           " price BIGINT NOT NULL, valid_from BIGINT NOT NULL, valid_until BIGINT NOT NULL,"
                           " by_name TEXT NOT NULL, PRIMARY KEY (price_id, n))"),
            // Prefix indexes for the two- and three-letter prefixes a user types first.
            QStringLiteral(
                "CREATE VIRTUAL TABLE cat_search USING fts5(body, tokenize = 'unicode61', prefix = '2 3')"),
        })};
}

QList<EntitySpec> CatalogueModule::syncedEntities() const
{
    const auto data = [](const QString& name, std::shared_ptr<const EntityPolicy> policy, qint64 maxBytes,
                         decltype(EntitySpec::project) project) {
        return EntitySpec{name, ConflictRule::Optimistic, ReadScope::Global, maxBytes,
                          {},   std::move(policy),        std::move(project), {}};
    };
    return {
        data(kZoneEntity, makeZonePolicy(), 4 * 1024, projectZone),
        data(kVendorEntity, makeVendorPolicy(), 8 * 1024, projectVendor),
        data(kCategoryEntity, makeCategoryPolicy(), 4 * 1024, projectCategory),
        data(kProductEntity, makeProductPolicy(), 16 * 1024, projectProduct),
        data(kPriceEntity, makePricePolicy(), 128 * 1024, projectPrice),
        // An order is its unit's (and the units above: the PPK of the OPD); the bendahara who pays reads
        // every order of the regency.
        EntitySpec{kOrderEntity,
                   ConflictRule::Optimistic,
                   ReadScope::UnitSubtree,
                   256 * 1024,
                   {Role::Bendahara},
                   makeOrderPolicy(m_config),
                   {},
                   {}},
    };
}

} // namespace lontar::catalogue
