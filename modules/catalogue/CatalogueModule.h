#pragma once

#include "core/Module.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace lontar::catalogue {

// Synced entities. Catalogue data is global (every device browses it offline) and written only by a
// catalogue admin (checked by each entity's policy on the device and again on the server); orders
// belong to the buying unit.
inline const QString kZoneEntity = QStringLiteral("catalogue_zone");
inline const QString kVendorEntity = QStringLiteral("catalogue_vendor");
inline const QString kCategoryEntity = QStringLiteral("catalogue_category");
inline const QString kProductEntity = QStringLiteral("catalogue_product");
inline const QString kPriceEntity = QStringLiteral("catalogue_price");
inline const QString kOrderEntity = QStringLiteral("catalogue_order");

// "*": the price that applies in every zone without a price of its own.
inline const QString kAnyZone = QStringLiteral("*");

// V6: the pejabat pengadaan approves up to Rp200 juta, the PPK above (a regency may set its own value).
inline constexpr qint64 kDefaultPpThreshold = 200'000'000;

// Row ids of catalogue data are derived from their natural keys, so importing the same file on two
// devices (or twice) addresses the same rows, and a policy can refuse a second row for one key.
QString zoneId(const QString& code);
QString vendorId(const QString& npwpDigits);
QString categoryId(const QString& path); // "ATK > Kertas"; folded, so case and spacing do not matter
QString productId(const QString& code);
QString priceId(const QString& productCode, const QString& zone);

// Settings shared by the policies: the approval threshold the server stamps on submitted orders.
struct CatalogueConfig
{
    std::atomic<qint64> ppThreshold{kDefaultPpThreshold};
};

// The e-catalogue's domain half: its synced entities with their policies and, on devices, the tables
// the pulled catalogue is projected into for browsing and full-text search.
class CatalogueModule final : public Module
{
public:
    CatalogueModule();
    QString id() const override { return QStringLiteral("catalogue"); }
    QList<Migration> migrations() const override;
    QList<EntitySpec> syncedEntities() const override;

    // Orders above this value (whole rupiah) need a PPK's approval. On the server this is the
    // regency's rule, stamped into every order when it is submitted; on a device it only pre-checks.
    void setPpThreshold(qint64 rupiah) { m_config->ppThreshold = rupiah; }
    qint64 ppThreshold() const { return m_config->ppThreshold; }
    // The server's setting key for the threshold (core Settings in the server database).
    static QString ppThresholdSettingKey() { return QStringLiteral("catalogue.pp_threshold"); }
    // Reads the threshold from the server database's settings, when set.
    void loadSettings(Database& db);

private:
    std::shared_ptr<CatalogueConfig> m_config;
};

} // namespace lontar::catalogue
