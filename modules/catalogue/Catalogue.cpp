#include "catalogue/Catalogue.h"

#include "catalogue/CataloguePolicies.h"
#include "core/IndonesianText.h"
#include "sync/ClientStore.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lontar::catalogue {

std::optional<int> parseTkdn(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int whole = m.captured(1).toInt();
    QString frac = m.captured(2);
    while (frac.size() < 2)
        frac.append(QLatin1Char('0'));
    const int bp = whole * 100 + frac.toInt();
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

QString formatTkdn(int bp)
{
    QString s = QString::number(bp / 100);
    const int frac = bp % 100;
    if (frac != 0) {
        QString f = QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
        if (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char(',') + f;
    }
    return s;
}

QString formatRupiah(qint64 v)
{
    QString digits = QString::number(v < 0 ? -v : v);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return (v < 0 ? QStringLiteral("-Rp") : QStringLiteral("Rp")) + digits;
}

namespace {

const char* const kProductColumns =
    "SELECT p.id, p.code, p.name, p.spec, p.unit, p.category_id, COALESCE(c.path, ''), p.vendor_id, "
    "COALESCE(v.name, ''), COALESCE(v.umk, 0), p.tkdn_bp, p.pdn, p.sni, p.active, "
    "COALESCE(zp.price, ap.price, 0), "
    "CASE WHEN zp.price IS NOT NULL THEN zp.zone WHEN ap.price IS NOT NULL THEN '*' ELSE '' END, "
    "p.images ";

// Prices: the zone's own, else the catch-all "*" price.
const char* const kProductJoins = "LEFT JOIN cat_vendors v ON v.id = p.vendor_id "
                                  "LEFT JOIN cat_categories c ON c.id = p.category_id "
                                  "LEFT JOIN cat_prices zp ON zp.product_id = p.id AND zp.zone = ? "
                                  "LEFT JOIN cat_prices ap ON ap.product_id = p.id AND ap.zone = '*' ";

Product productFrom(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toString();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.spec = q.value(3).toString();
    p.unit = q.value(4).toString();
    p.categoryId = q.value(5).toString();
    p.categoryPath = q.value(6).toString();
    p.vendorId = q.value(7).toString();
    p.vendorName = q.value(8).toString();
    p.vendorUmk = q.value(9).toInt() != 0;
    p.tkdnBp = q.value(10).toInt();
    p.pdn = q.value(11).toInt() != 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(16).toByteArray()).array())
        p.images.append(v.toString());
    p.sni = q.value(12).toString();
    p.active = q.value(13).toInt() != 0;
    p.price = q.value(14).toLongLong();
    p.priceZone = q.value(15).toString();
    return p;
}

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

} // namespace

CatalogueBrowser::CatalogueBrowser(Database& db)
    : m_db(db)
{}

QString CatalogueBrowser::ftsQuery(const QString& userQuery)
{
    QStringList terms;
    QStringList words = IndonesianText::words(userQuery).mid(0, 12);
    // A lone letter next to real words ("p" of "p-0012") would match nearly every product: dropped
    // (a lone digit, as in "kursi 2", says something and stays).
    if (std::any_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() > 1; }))
        words.removeIf([](const QString& w) { return w.size() == 1 && w.at(0).isLetter(); });
    // Folded words hold only letters and digits, so quoting them is enough to keep FTS5 syntax out.
    for (const QString& w : std::as_const(words)) {
        const QString s = IndonesianText::stem(w);
        const QString word = QLatin1Char('"') + w + QStringLiteral("\"*");
        terms.append(s == w ? word : QStringLiteral("(%1 OR \"%2\"*)").arg(word, s));
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<QList<Zone>> CatalogueBrowser::zones() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, code, name, active FROM cat_zones ORDER BY code"));
    if (!q)
        return q.error();
    QList<Zone> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toInt() != 0});
    return out;
}

Result<QList<Category>> CatalogueBrowser::categories() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, parent_id, name, path FROM cat_categories ORDER BY path"));
    if (!q)
        return q.error();
    QList<Category> out;
    while (q->next())
        out.append(
            {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    return out;
}

Result<QList<Vendor>> CatalogueBrowser::vendors() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, npwp, name, address, umk, verification, active FROM cat_vendors ORDER BY name"));
    if (!q)
        return q.error();
    QList<Vendor> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toInt() != 0, q->value(5).toString(),
                    q->value(6).toInt() != 0});
    return out;
}

Result<QList<Product>> CatalogueBrowser::find(const ProductFilter& f) const
{
    const QString match = ftsQuery(f.query);
    if (!f.query.trimmed().isEmpty() && match.isEmpty())
        return QList<Product>{}; // only punctuation: nothing can match
    const int limit = qBound(1, f.limit, 5000);
    if (match.isEmpty())
        return find(f, {}, limit, -1);
    // Rank inside FTS5 and join only the best matches: ranking and joining every match of a broad word
    // costs hundreds of milliseconds at 100k products. When filters (or deactivated products) leave fewer
    // than a page, the search runs again over every match, so nothing that matches is missed.
    const bool filtered = !f.categoryId.isEmpty() || f.minPrice > 0 || f.maxPrice > 0 || f.minTkdnBp > 0 ||
                          f.onlyPdn || f.onlyUmk;
    auto first = find(f, match, limit, filtered ? std::max(500, limit * 10) : limit + 100);
    if (!first || first->size() >= limit)
        return first;
    return find(f, match, limit, -1);
}

Result<QList<Product>> CatalogueBrowser::find(const ProductFilter& f, const QString& match, int limit,
                                              int candidates) const
{
    const QString zone = f.zone.isEmpty() ? kAnyZone : f.zone;
    QString sql;
    QVariantList bind;
    if (!match.isEmpty()) {
        // Words of one or two letters are what search-as-you-type sends first: not worth ranking, the
        // first matches do.
        const QStringList words = IndonesianText::words(f.query);
        bool broad =
            std::all_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() <= 2; });
        if (!broad) {
            // Ranking thousands of near-equal matches of a common word costs more than it tells: past
            // kRankedMatches the first matches are shown, and the user narrows the search.
            auto many = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM cat_search WHERE "
                                                   "cat_search MATCH ? LIMIT ?)"),
                                    {match, kRankedMatches + 1});
            if (!many)
                return many.error();
            broad = many->toInt() > kRankedMatches;
        }
        sql = QStringLiteral("WITH hits AS (SELECT rowid AS rid, %1 AS score FROM cat_search "
                             "WHERE cat_search MATCH ? %2 LIMIT ?) ")
                  .arg(broad ? QStringLiteral("0") : QStringLiteral("rank"),
                       broad ? QString() : QStringLiteral("ORDER BY rank"));
        bind << match << candidates;
        sql += QString::fromLatin1(kProductColumns);
        sql += QStringLiteral("FROM hits JOIN cat_products p ON p.rid = hits.rid ");
        sql += QString::fromLatin1(kProductJoins);
        bind << zone;
        sql += QStringLiteral("WHERE 1 = 1 ");
    } else {
        sql = QString::fromLatin1(kProductColumns);
        sql += QStringLiteral("FROM cat_products p ") + QString::fromLatin1(kProductJoins) +
               QStringLiteral("WHERE 1 = 1 ");
        bind << zone;
    }
    if (!f.includeInactive)
        sql += QStringLiteral("AND p.active = 1 ");
    if (!f.categoryId.isEmpty()) {
        auto path =
            m_db.scalar(QStringLiteral("SELECT path FROM cat_categories WHERE id = ?"), {f.categoryId});
        if (!path)
            return path.error();
        sql +=
            QStringLiteral("AND p.category_id IN (SELECT id FROM cat_categories WHERE id = ? OR path LIKE ? "
                           "ESCAPE '\\') ");
        bind << f.categoryId << likeEscaped(path->toString()) + QStringLiteral(" > %");
    }
    if (f.minPrice > 0) {
        sql += QStringLiteral("AND COALESCE(zp.price, ap.price, 0) >= ? ");
        bind << f.minPrice;
    }
    if (f.maxPrice > 0) {
        sql += QStringLiteral("AND COALESCE(zp.price, ap.price, 0) BETWEEN 1 AND ? ");
        bind << f.maxPrice;
    }
    if (f.minTkdnBp > 0) {
        sql += QStringLiteral("AND p.tkdn_bp >= ? ");
        bind << f.minTkdnBp;
    }
    if (f.onlyPdn)
        sql += QStringLiteral("AND p.pdn = 1 ");
    if (f.onlyUmk)
        sql += QStringLiteral("AND v.umk = 1 ");
    sql += match.isEmpty() ? QStringLiteral("ORDER BY p.name, p.code ")
                           : QStringLiteral("ORDER BY hits.score, p.name ");
    sql += QStringLiteral("LIMIT ?");
    bind << limit;
    auto q = m_db.exec(sql, bind);
    if (!q)
        return q.error();
    QList<Product> out;
    while (q->next())
        out.append(productFrom(*q));
    return out;
}

Result<Product> CatalogueBrowser::product(const QString& productId, const QString& zone) const
{
    auto q = m_db.exec(QString::fromLatin1(kProductColumns) + QStringLiteral("FROM cat_products p ") +
                           QString::fromLatin1(kProductJoins) + QStringLiteral("WHERE p.id = ?"),
                       {zone.isEmpty() ? kAnyZone : zone, productId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("Produk tidak ditemukan di katalog"), Error::Code::NotFound);
    return productFrom(*q);
}

Result<QList<PriceEntry>> CatalogueBrowser::priceHistory(const QString& productId, const QString& zone) const
{
    // The zone's own price row when there is one, else the catch-all.
    auto q = m_db.exec(QStringLiteral("SELECT id, price, changed_at, changed_by_name FROM cat_prices "
                                      "WHERE product_id = ? AND zone IN (?, '*') "
                                      "ORDER BY CASE WHEN zone = '*' THEN 1 ELSE 0 END LIMIT 1"),
                       {productId, zone.isEmpty() ? kAnyZone : zone});
    if (!q)
        return q.error();
    QList<PriceEntry> out;
    if (!q->next())
        return out;
    const QString priceRow = q->value(0).toString();
    out.append({q->value(1).toLongLong(), q->value(2).toLongLong(), 0, q->value(3).toString()});
    q->finish();
    auto h = m_db.exec(QStringLiteral("SELECT price, valid_from, valid_until, by_name FROM cat_price_history "
                                      "WHERE price_id = ? ORDER BY n DESC"),
                       {priceRow});
    if (!h)
        return h.error();
    while (h->next())
        out.append({h->value(0).toLongLong(), h->value(1).toLongLong(), h->value(2).toLongLong(),
                    h->value(3).toString()});
    return out;
}

Result<QList<Product>> CatalogueBrowser::compare(const QStringList& productIds, const QString& zone) const
{
    if (productIds.size() > kMaxCompared)
        return Error(tr("Paling banyak %1 produk dapat dibandingkan").arg(kMaxCompared),
                     Error::Code::InvalidInput);
    QList<Product> out;
    for (const QString& id : productIds) {
        auto p = product(id, zone);
        if (!p)
            return p.error();
        out.append(*p);
    }
    return out;
}

DeviceCatalogueRows::DeviceCatalogueRows(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<std::optional<CatalogueRows::Row>> DeviceCatalogueRows::current(const QString& entity,
                                                                       const QString& id)
{
    auto row = sync::ClientStore(m_db).get(entity, id);
    if (!row) {
        if (row.error().code == Error::Code::NotFound)
            return std::optional<Row>();
        return row.error();
    }
    if (row->deleted)
        return std::optional<Row>();
    return std::optional<Row>(Row{row->version, row->data});
}

Status DeviceCatalogueRows::write(const QString& entity, const QString& id, const QJsonObject& data)
{
    auto r = sync::ClientStore(m_db, m_actor).put(entity, id, data);
    if (!r)
        return r.error();
    return {};
}

Result<QString> CatalogueRows::addBlob(const QString& filePath, const QString& blobDir)
{
    Q_UNUSED(filePath);
    Q_UNUSED(blobDir);
    return Error(QCoreApplication::translate("lontar::catalogue::CatalogueAdmin",
                                             "Gambar hanya dapat ditambahkan dari perangkat"),
                 Error::Code::InvalidInput);
}

Result<QString> DeviceCatalogueRows::addBlob(const QString& filePath, const QString& blobDir)
{
    return sync::ClientStore(m_db).addBlob(filePath, blobDir);
}

Status DeviceCatalogueRows::audit(const QString& action, const QString& entity, const QString& id,
                                  const QJsonObject& details)
{
    return m_audit.append(m_actor.user.username, action, entity, id, details);
}

CatalogueAdmin::CatalogueAdmin(CatalogueRows& rows)
    : m_rows(rows)
{}

Status CatalogueAdmin::change(const QString& entity, const QString& id, const QJsonObject& data,
                              const QString& action)
{
    JoinedTransaction tx(m_rows.database());
    if (!tx.status())
        return tx.status();
    if (Status s = m_rows.write(entity, id, data); !s)
        return s;
    if (Status s = m_rows.audit(action, entity, id, data); !s)
        return s;
    return tx.commit();
}

Status CatalogueAdmin::saveZone(const QString& code, const QString& name, bool active)
{
    return change(kZoneEntity, zoneId(code),
                  QJsonObject{{QStringLiteral("code"), code},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("active"), active}},
                  QStringLiteral("catalogue.zone"));
}

Status CatalogueAdmin::saveVendor(const Vendor& v)
{
    return change(kVendorEntity, vendorId(v.npwp),
                  QJsonObject{{QStringLiteral("npwp"), v.npwp},
                              {QStringLiteral("name"), v.name},
                              {QStringLiteral("address"), v.address},
                              {QStringLiteral("umk"), v.umk},
                              {QStringLiteral("verification"),
                               v.verification.isEmpty() ? QStringLiteral("belum") : v.verification},
                              {QStringLiteral("active"), v.active}},
                  QStringLiteral("catalogue.vendor"));
}

Status CatalogueAdmin::setVendorVerification(const QString& npwp, const QString& verification)
{
    auto cur = m_rows.current(kVendorEntity, vendorId(npwp));
    if (!cur)
        return cur.error();
    if (!*cur)
        return Error(tr("Penyedia dengan NPWP %1 tidak ada").arg(npwp), Error::Code::NotFound);
    QJsonObject data = (*cur)->data;
    data.insert(QStringLiteral("verification"), verification);
    return change(kVendorEntity, vendorId(npwp), data, QStringLiteral("catalogue.vendor"));
}

Status CatalogueAdmin::setProductActive(const QString& code, bool active)
{
    auto cur = m_rows.current(kProductEntity, productId(code));
    if (!cur)
        return cur.error();
    if (!*cur)
        return Error(tr("Produk %1 tidak ada").arg(code), Error::Code::NotFound);
    QJsonObject data = (*cur)->data;
    data.insert(QStringLiteral("active"), active);
    return change(kProductEntity, productId(code), data,
                  active ? QStringLiteral("catalogue.product.activate")
                         : QStringLiteral("catalogue.product.deactivate"));
}

Status CatalogueAdmin::setPrice(const QString& code, const QString& zone, qint64 rupiah)
{
    auto product = m_rows.current(kProductEntity, productId(code));
    if (!product)
        return product.error();
    if (!*product)
        return Error(tr("Produk %1 tidak ada").arg(code), Error::Code::NotFound);
    if (zone != kAnyZone) {
        auto z = m_rows.current(kZoneEntity, zoneId(zone));
        if (!z)
            return z.error();
        if (!*z)
            return Error(tr("Zona harga %1 belum ditetapkan").arg(zone), Error::Code::InvalidInput);
    }
    const QString canonical = (*product)->data.value(QStringLiteral("code")).toString();
    return change(kPriceEntity, priceId(canonical, zone),
                  QJsonObject{{QStringLiteral("productId"), productId(canonical)},
                              {QStringLiteral("productCode"), canonical},
                              {QStringLiteral("zone"), zone},
                              {QStringLiteral("price"), double(rupiah)}},
                  QStringLiteral("catalogue.price"));
}

// The image checks before anything is stored: type by content, size in bytes and pixels, decodable.
Status CatalogueAdmin::checkImageFile(const QString& imageFilePath)
{
    const QFileInfo info(imageFilePath);
    if (!info.isFile())
        return Error(tr("Berkas gambar %1 tidak ada").arg(imageFilePath), Error::Code::InvalidInput);
    if (info.size() > CatalogueAdmin::kMaxImageBytes)
        return Error(tr("Gambar paling besar 5 MiB"), Error::Code::InvalidInput);
    QImageReader reader(imageFilePath);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return Error(tr("Gambar harus berformat PNG atau JPEG"), Error::Code::InvalidInput);
    const QSize size = reader.size();
    if (!size.isValid())
        return Error(tr("Gambar rusak atau tidak dapat dibaca"), Error::Code::InvalidInput);
    if (size.width() > CatalogueAdmin::kMaxImagePixels || size.height() > CatalogueAdmin::kMaxImagePixels)
        return Error(tr("Ukuran gambar paling besar %1×%1 piksel").arg(CatalogueAdmin::kMaxImagePixels),
                     Error::Code::InvalidInput);
    if (reader.read().isNull())
        return Error(tr("Gambar rusak atau tidak dapat dibaca"), Error::Code::InvalidInput);
    return {};
}

void CatalogueRows::discardBlob(const QString& sha256, const QString& blobDir)
{
    Q_UNUSED(sha256);
    Q_UNUSED(blobDir);
}

void DeviceCatalogueRows::discardBlob(const QString& sha256, const QString& blobDir)
{
    // Best effort: a file that cannot be deleted now only costs disk space.
    if (auto r = sync::ClientStore(m_db).discardBlobIfUnreferenced(sha256, blobDir); !r)
        qWarning("catalogue: %s", qPrintable(r.errorMessage()));
}

Status CatalogueAdmin::setProductImage(const QString& code, const QString& imageFilePath,
                                       const QString& blobDir)
{
    return putImage(code, imageFilePath, blobDir, false);
}

Status CatalogueAdmin::addProductImage(const QString& code, const QString& imageFilePath,
                                       const QString& blobDir)
{
    return putImage(code, imageFilePath, blobDir, true);
}

Status CatalogueAdmin::putImage(const QString& code, const QString& imageFilePath, const QString& blobDir,
                                bool append)
{
    if (!m_rows.actor().user.hasRole(Role::AdminKatalog))
        return Error(tr("Hanya admin katalog yang dapat mengubah gambar produk"), Error::Code::Forbidden);
    if (Status s = checkImageFile(imageFilePath); !s)
        return s;
    // Inside a caller's transaction the caller decides what stays, so only our own is cleaned up after.
    const bool ownTransaction = !m_rows.database().inTransaction();
    QString added;
    const Status s = writeImage(code, imageFilePath, blobDir, append, added);
    // Refused (e.g. by the product's policy): the transaction is rolled back by now, and the file it
    // copied must not stay behind unless something else on the device names it.
    if (!s && ownTransaction && !added.isEmpty())
        m_rows.discardBlob(added, blobDir);
    return s;
}

Status CatalogueAdmin::writeImage(const QString& code, const QString& imageFilePath, const QString& blobDir,
                                  bool append, QString& addedSha)
{
    JoinedTransaction tx(m_rows.database());
    if (!tx.status())
        return tx.status();
    auto cur = m_rows.current(kProductEntity, productId(code));
    if (!cur)
        return cur.error();
    if (!*cur)
        return Error(tr("Produk %1 tidak ada").arg(code), Error::Code::NotFound);
    QJsonObject data = (*cur)->data;
    QJsonArray images = data.value(QStringLiteral("images")).toArray();
    if (append && images.size() >= kMaxProductImages)
        return Error(tr("Produk sudah punya %1 gambar; hapus salah satu dulu").arg(kMaxProductImages),
                     Error::Code::InvalidInput);
    auto sha = m_rows.addBlob(imageFilePath, blobDir);
    if (!sha)
        return sha.error();
    addedSha = *sha;
    const bool present = std::any_of(images.cbegin(), images.cend(),
                                     [&](const QJsonValue& v) { return v.toString() == *sha; });
    if (append) {
        if (present)
            return Error(tr("Gambar ini sudah ada pada produk %1").arg(code), Error::Code::InvalidInput);
        images.append(*sha);
    } else {
        // The new image becomes the first (the one shown); an existing copy of it is not kept twice.
        for (qsizetype i = images.size() - 1; i >= 0; --i) {
            if (images.at(i).toString() == *sha)
                images.removeAt(i);
        }
        if (images.isEmpty())
            images.append(*sha);
        else
            images.replace(0, *sha);
    }
    data.insert(QStringLiteral("images"), images);
    if (Status s = change(kProductEntity, productId(code), data, QStringLiteral("catalogue.product.image"));
        !s)
        return s;
    return tx.commit();
}

Status CatalogueAdmin::removeProductImage(const QString& code, const QString& sha256)
{
    if (!m_rows.actor().user.hasRole(Role::AdminKatalog))
        return Error(tr("Hanya admin katalog yang dapat mengubah gambar produk"), Error::Code::Forbidden);
    JoinedTransaction tx(m_rows.database());
    if (!tx.status())
        return tx.status();
    auto cur = m_rows.current(kProductEntity, productId(code));
    if (!cur)
        return cur.error();
    if (!*cur)
        return Error(tr("Produk %1 tidak ada").arg(code), Error::Code::NotFound);
    QJsonObject data = (*cur)->data;
    QJsonArray images = data.value(QStringLiteral("images")).toArray();
    const qsizetype before = images.size();
    for (qsizetype i = images.size() - 1; i >= 0; --i) {
        if (images.at(i).toString() == sha256)
            images.removeAt(i);
    }
    if (images.size() == before)
        return Error(tr("Gambar itu tidak ada pada produk %1").arg(code), Error::Code::NotFound);
    data.insert(QStringLiteral("images"), images);
    if (Status s =
            change(kProductEntity, productId(code), data, QStringLiteral("catalogue.product.image.remove"));
        !s)
        return s;
    return tx.commit();
}

} // namespace lontar::catalogue
