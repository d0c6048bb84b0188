#pragma once

#include "catalogue/CatalogueModule.h"

#include <QJsonObject>

#include <memory>

namespace lontar::catalogue {

// The states of an order (paket e-purchasing), in workflow order.
enum class OrderState
{
    Draft,       // draf: the cart being assembled against a budget line
    Submitted,   // diajukan
    Negotiation, // negosiasi: prices may only go down
    Approved,    // disetujui: by the PP up to the threshold, by the PPK above it
    Contract,    // kontrak (surat pesanan); addenda allowed
    Delivered,   // diterima: BAST signed
    Paid,        // dibayar: UP, LS or KKPD, recorded by the bendahara
    Closed,      // selesai
    Cancelled,   // batal
};
QString orderStateKey(OrderState s); // "draft", "submitted", ...
std::optional<OrderState> orderStateFromKey(const QString& key);
QString orderStateDisplayName(OrderState s); // translated
QStringList orderStateKeys();

inline constexpr int kMaxOrderItems = 100;
inline constexpr int kMaxProductImages = 4;                 // SHA-256 of image blobs per product
inline constexpr int kMaxPriceHistory = 300;                // older entries stay in the server's change log
inline constexpr qint64 kMaxRupiah = 1'000'000'000'000'000; // Rp1 kuadriliun: exact in a JSON double

// The policies of the catalogue's entities (shared by CatalogueModule and the tests).
std::shared_ptr<const EntityPolicy> makeZonePolicy();
std::shared_ptr<const EntityPolicy> makeVendorPolicy();
std::shared_ptr<const EntityPolicy> makeCategoryPolicy();
std::shared_ptr<const EntityPolicy> makeProductPolicy();
std::shared_ptr<const EntityPolicy> makePricePolicy();
std::shared_ptr<const EntityPolicy> makeOrderPolicy(std::shared_ptr<const CatalogueConfig> config);

// Σ qty × unitPrice of an order's items, or an error for a malformed item or an overflowing sum.
Result<qint64> orderTotal(const QJsonArray& items);

} // namespace lontar::catalogue
