#pragma once

#include "catalogue/CatalogueModule.h"
#include "core/AuditLog.h"
#include "core/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lontar::catalogue {

struct Zone
{
    QString id;
    QString code;
    QString name;
    bool active = true;
};

struct Vendor
{
    QString id;
    QString npwp; // digits only
    QString name;
    QString address;
    bool umk = false;
    QString verification; // "belum", "terverifikasi", "ditolak"
    bool active = true;
};

struct Category
{
    QString id;
    QString parentId;
    QString name;
    QString path; // "ATK > Kertas"
};

struct Product
{
    QString id;
    QString code;
    QString name;
    QString spec;
    QString unit;
    QString categoryId;
    QString categoryPath;
    QString vendorId;
    QString vendorName;
    bool vendorUmk = false;
    int tkdnBp = 0; // TKDN in hundredths of a percent: 4550 = 45,50 %
    bool pdn = false;
    QString sni;
    QStringList images; // SHA-256 of the product's image blobs, the first one shown
    bool active = true;
    qint64 price = 0;  // whole rupiah in the zone asked for (0: no price there)
    QString priceZone; // the zone's own price, or "*" when the catch-all price applies
};

// One price that applied before the current one.
struct PriceEntry
{
    qint64 price = 0;
    qint64 fromMs = 0; // 0: not known (set before the server's copy arrived)
    qint64 untilMs = 0;
    QString byName;
};

struct ProductFilter
{
    QString query;      // full text, Indonesian folding; empty: all
    QString categoryId; // this category and those beneath it
    QString zone;       // prices shown for this zone ("*" price as fallback); empty: "*" only
    qint64 minPrice = 0;
    qint64 maxPrice = 0; // 0: no upper bound
    int minTkdnBp = 0;
    bool onlyPdn = false;
    bool onlyUmk = false;
    bool includeInactive = false;
    int limit = 200;
};

// TKDN "45,5" → 4550; nullopt when not a percentage with at most two decimals.
std::optional<int> parseTkdn(const QString& text);
QString formatTkdn(int basisPoints); // 4550 → "45,5"
QString formatRupiah(qint64 rupiah); // 1250000 → "Rp1.250.000"

// Reads the catalogue as a device holds it (the projection kept in step by every pull): browse,
// filter, full-text search, compare, price history. Works offline; never writes.
class CatalogueBrowser
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::CatalogueBrowser)

public:
    static constexpr int kMaxCompared = 4;
    // Searches with more matches than this are not ranked by relevance (see find()).
    static constexpr int kRankedMatches = 5000;

    explicit CatalogueBrowser(Database& db);

    Result<QList<Zone>> zones() const;
    Result<QList<Category>> categories() const;
    Result<QList<Vendor>> vendors() const;
    Result<QList<Product>> find(const ProductFilter& filter) const;
    Result<Product> product(const QString& productId, const QString& zone) const;
    // Newest first: the current price (untilMs 0) followed by earlier ones.
    Result<QList<PriceEntry>> priceHistory(const QString& productId, const QString& zone) const;
    // Up to four products side by side, in the order asked.
    Result<QList<Product>> compare(const QStringList& productIds, const QString& zone) const;

    // A user's words as an FTS5 expression over the index: each word (folded) must match as a prefix of
    // an indexed word or of its stem. Empty when nothing searchable remains. Never passes FTS5 syntax
    // through, so quotes, NEAR or a column filter in the input are just text.
    static QString ftsQuery(const QString& userQuery);

private:
    // `candidates`: how many best-ranked matches to join and filter (-1: all).
    Result<QList<Product>> find(const ProductFilter& filter, const QString& match, int limit,
                                int candidates) const;

    Database& m_db;
};

// Where catalogue rows are written: a device's synced rows (through ClientStore, pushed at the next
// sync) or the central server's store (server console). Either way each row passes its entity's policy
// as the acting user, inside the caller's transaction.
class CatalogueRows
{
public:
    struct Row
    {
        qint64 version = 0;
        QJsonObject data;
    };
    virtual ~CatalogueRows() = default;
    virtual Database& database() = 0;
    virtual const Actor& actor() const = 0;
    virtual Result<std::optional<Row>> current(const QString& entity, const QString& id) = 0;
    virtual Status write(const QString& entity, const QString& id, const QJsonObject& data) = 0;
    virtual Status audit(const QString& action, const QString& entity, const QString& id,
                         const QJsonObject& details) = 0;
    // Copies a file into blobDir/<sha256> and queues its upload; returns the SHA-256. Only a device
    // does this (the default refuses).
    virtual Result<QString> addBlob(const QString& filePath, const QString& blobDir);
    // Deletes blobDir/<sha256> when no row on this device names it any more (after a refused change).
    virtual void discardBlob(const QString& sha256, const QString& blobDir);
};

// The device's rows: ClientStore with the logged-in user, audit entries in the profile's log.
class DeviceCatalogueRows final : public CatalogueRows
{
public:
    DeviceCatalogueRows(Database& db, AuditLog& audit, Actor actor);
    Database& database() override { return m_db; }
    const Actor& actor() const override { return m_actor; }
    Result<std::optional<Row>> current(const QString& entity, const QString& id) override;
    Status write(const QString& entity, const QString& id, const QJsonObject& data) override;
    Status audit(const QString& action, const QString& entity, const QString& id,
                 const QJsonObject& details) override;
    Result<QString> addBlob(const QString& filePath, const QString& blobDir) override;
    void discardBlob(const QString& sha256, const QString& blobDir) override;

private:
    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

// The catalogue admin's single edits (the CSV import is CsvImport). Deactivation replaces deletion.
class CatalogueAdmin
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::CatalogueAdmin)

public:
    explicit CatalogueAdmin(CatalogueRows& rows);
    Status saveZone(const QString& code, const QString& name, bool active = true);
    Status saveVendor(const Vendor& vendor); // by NPWP; creates or updates
    Status setVendorVerification(const QString& npwpDigits, const QString& verification);
    Status setProductActive(const QString& code, bool active);
    Status setPrice(const QString& productCode, const QString& zone, qint64 rupiah);
    // Checks the file (PNG or JPEG, at most 5 MiB and 4000×4000 px, decodable), adds it as a blob in
    // blobDir and makes it the product's first image (replacing the first, or the only one). When the
    // change is refused, a blob file this call added and nothing else names is deleted again.
    Status setProductImage(const QString& productCode, const QString& imageFilePath, const QString& blobDir);
    // The same checks; the image is added after the existing ones (at most kMaxProductImages).
    Status addProductImage(const QString& productCode, const QString& imageFilePath, const QString& blobDir);
    // Takes an image off the product (the blob stays: the server or other devices may still need it).
    Status removeProductImage(const QString& productCode, const QString& sha256);

    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr int kMaxImagePixels = 4000;

private:
    static Status checkImageFile(const QString& imageFilePath);
    Status change(const QString& entity, const QString& id, const QJsonObject& data, const QString& action);
    Status putImage(const QString& code, const QString& imageFilePath, const QString& blobDir, bool append);
    Status writeImage(const QString& code, const QString& imageFilePath, const QString& blobDir, bool append,
                      QString& addedSha);

    CatalogueRows& m_rows;
};

} // namespace lontar::catalogue
