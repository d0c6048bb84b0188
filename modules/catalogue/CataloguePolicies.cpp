#include "catalogue/CataloguePolicies.h"

#include "core/IndonesianText.h"
#include "core/Uuid.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lontar::catalogue {

namespace {

Error forbidden(const QString& message)
{
    return Error(message, Error::Code::Forbidden);
}

Error invalid(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

qint64 integer(const QJsonObject& o, const QString& key)
{
    return qint64(o.value(key).toDouble());
}

QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}

// Values the server derives (who changed a row, when, its history): whatever a client sends for them
// is replaced, so they are removed before the field schema sees the row.
void dropDerived(QJsonObject& data, const QStringList& keys)
{
    for (const QString& k : keys)
        data.remove(k);
}

// The common rules of catalogue data: only a catalogue admin writes it, rows are deactivated rather
// than deleted, a row's id follows from its natural key (one row per key), and who changed it and when
// come from the session and the server's clock.
class CatalogueDataPolicy : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::Policy)

public:
    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (!context.actor.user.hasRole(Role::AdminKatalog))
            return forbidden(tr("Hanya admin katalog yang dapat mengubah data katalog"));
        if (context.isDelete)
            return forbidden(tr("Data katalog tidak dihapus; nonaktifkan saja"));
        const QString claimedBy = str(data, QStringLiteral("changedBy"));
        if (!claimedBy.isEmpty() && claimedBy != context.actor.user.id)
            return forbidden(tr("Perubahan katalog hanya dapat dicatat atas nama Anda sendiri"));
        dropDerived(data, {QStringLiteral("changedAt"), QStringLiteral("changedBy"),
                           QStringLiteral("changedByName"), QStringLiteral("history")});
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        auto expectedId = idFor(data);
        if (!expectedId)
            return expectedId.error();
        if (*expectedId != context.entityId)
            return invalid(tr("Kode data tidak sesuai dengan kuncinya (%1)").arg(keyOf(data)));
        if (Status s = check(context, data); !s)
            return s.error();
        stamp(context, data);
        RowAccess access;
        access.blobs = blobs(data);
        return access;
    }

protected:
    virtual Result<QString> idFor(const QJsonObject& data) const = 0;
    virtual QString keyOf(const QJsonObject& data) const = 0;
    virtual Status check(const WriteContext& context, const QJsonObject& data) const
    {
        Q_UNUSED(context);
        Q_UNUSED(data);
        return {};
    }
    virtual QStringList blobs(const QJsonObject& data) const
    {
        Q_UNUSED(data);
        return {};
    }
    // Who changed the row and when. On the device the time is left open (0) until the server's copy
    // arrives; a derived value is never taken from the client.
    virtual void stamp(const WriteContext& context, QJsonObject& data) const
    {
        data.insert(QStringLiteral("changedBy"), context.actor.user.id);
        data.insert(QStringLiteral("changedByName"), context.actor.user.fullName.isEmpty()
                                                         ? context.actor.user.username
                                                         : context.actor.user.fullName);
        data.insert(QStringLiteral("changedAt"), double(context.onServer ? context.serverTimeMs : 0));
    }

    FieldSchema m_schema;
};

const QRegularExpression& zoneCodePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,19}$"));
    return re;
}

const QRegularExpression& productCodePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$"));
    return re;
}

class ZonePolicy final : public CatalogueDataPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::Policy)

public:
    ZonePolicy()
    {
        m_schema.string(QStringLiteral("code"), true, 20)
            .string(QStringLiteral("name"), true, 100)
            .boolean(QStringLiteral("active"), true);
    }

protected:
    Result<QString> idFor(const QJsonObject& data) const override
    {
        const QString code = str(data, QStringLiteral("code"));
        if (!zoneCodePattern().match(code).hasMatch())
            return invalid(tr("Kode zona harga hanya huruf besar, angka, - dan _ (paling banyak 20)"));
        return zoneId(code);
    }
    QString keyOf(const QJsonObject& data) const override { return str(data, QStringLiteral("code")); }
};

class VendorPolicy final : public CatalogueDataPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::Policy)

public:
    VendorPolicy()
    {
        m_schema.string(QStringLiteral("npwp"), true, 16)
            .string(QStringLiteral("name"), true, 200)
            .string(QStringLiteral("address"), false, 500)
            .boolean(QStringLiteral("umk"), true)
            .enumeration(
                QStringLiteral("verification"), true,
                {QStringLiteral("belum"), QStringLiteral("terverifikasi"), QStringLiteral("ditolak")})
            .boolean(QStringLiteral("active"), true);
    }

protected:
    Result<QString> idFor(const QJsonObject& data) const override
    {
        static const QRegularExpression digits(QStringLiteral("^(\\d{15}|\\d{16})$"));
        const QString npwp = str(data, QStringLiteral("npwp"));
        if (!digits.match(npwp).hasMatch())
            return invalid(tr("NPWP penyedia harus 15 atau 16 angka"));
        return vendorId(npwp);
    }
    QString keyOf(const QJsonObject& data) const override { return str(data, QStringLiteral("npwp")); }
};

class CategoryPolicy final : public CatalogueDataPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::Policy)

public:
    CategoryPolicy()
    {
        m_schema.string(QStringLiteral("name"), true, 100)
            .string(QStringLiteral("path"), true, 300)
            .uuid(QStringLiteral("parentId"), false);
    }

protected:
    Result<QString> idFor(const QJsonObject& data) const override
    {
        return categoryId(str(data, QStringLiteral("path")));
    }
    QString keyOf(const QJsonObject& data) const override { return str(data, QStringLiteral("path")); }
    // The tree is kept by its paths: "ATK > Kertas" has the name "Kertas" and the parent "ATK".
    Status check(const WriteContext& context, const QJsonObject& data) const override
    {
        Q_UNUSED(context);
        QStringList parts = str(data, QStringLiteral("path")).split(QStringLiteral(">"));
        for (QString& p : parts)
            p = p.simplified();
        if (parts.contains(QString()) || parts.size() > 5)
            return invalid(tr("Jalur kategori tidak valid (paling banyak 5 tingkat, dipisah \">\")"));
        if (parts.last() != str(data, QStringLiteral("name")).simplified())
            return invalid(tr("Nama kategori harus bagian terakhir jalurnya"));
        const QString parent = str(data, QStringLiteral("parentId"));
        const QString expected = parts.size() > 1
                                     ? categoryId(parts.mid(0, parts.size() - 1).join(QStringLiteral(" > ")))
                                     : QString();
        if (parent != expected)
            return invalid(tr("Induk kategori tidak sesuai dengan jalurnya"));
        return {};
    }
};

class ProductPolicy final : public CatalogueDataPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::Policy)

public:
    ProductPolicy()
    {
        m_schema.string(QStringLiteral("code"), true, 40)
            .string(QStringLiteral("name"), true, 200)
            .string(QStringLiteral("spec"), false, 4000)
            .string(QStringLiteral("unit"), true, 40)
            .uuid(QStringLiteral("categoryId"), true)
            .uuid(QStringLiteral("vendorId"), true)
            .integer(QStringLiteral("tkdnBp"), true)
            .boolean(QStringLiteral("pdn"), true)
            .string(QStringLiteral("sni"), false, 100)
            .add({QStringLiteral("images"), FieldSchema::Type::StringList, false, kMaxProductImages, {}})
            .boolean(QStringLiteral("active"), true);
    }

protected:
    Result<QString> idFor(const QJsonObject& data) const override
    {
        const QString code = str(data, QStringLiteral("code"));
        if (!productCodePattern().match(code).hasMatch())
            return invalid(tr("Kode produk hanya huruf, angka, . _ / - (paling banyak 40)"));
        return productId(code);
    }
    QString keyOf(const QJsonObject& data) const override { return str(data, QStringLiteral("code")); }
    Status check(const WriteContext& context, const QJsonObject& data) const override
    {
        Q_UNUSED(context);
        const qint64 tkdn = integer(data, QStringLiteral("tkdnBp"));
        if (tkdn < 0 || tkdn > 10000)
            return invalid(tr("TKDN harus antara 0 dan 100 persen"));
        const QJsonArray images = data.value(QStringLiteral("images")).toArray();
        if (images.size() > kMaxProductImages)
            return invalid(tr("Satu produk paling banyak %1 gambar").arg(kMaxProductImages));
        QStringList seen;
        for (const QJsonValue& v : images) {
            if (!isSha256String(v.toString()))
                return invalid(tr("Gambar produk harus dirujuk dengan SHA-256"));
            if (seen.contains(v.toString()))
                return invalid(tr("Gambar produk tidak boleh ganda"));
            seen.append(v.toString());
        }
        return {};
    }
    QStringList blobs(const QJsonObject& data) const override
    {
        QStringList out;
        for (const QJsonValue& v : data.value(QStringLiteral("images")).toArray())
            out.append(v.toString());
        return out;
    }
};

// A price of one product in one zone. A changed price moves the old one into the row's history with
// when it applied and who set it, computed from the stored row (the server's, on the server), so a
// client can neither forge nor erase history.
class PricePolicy final : public CatalogueDataPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::Policy)

public:
    PricePolicy()
    {
        m_schema.uuid(QStringLiteral("productId"), true)
            .string(QStringLiteral("productCode"), true, 40)
            .string(QStringLiteral("zone"), true, 20)
            .integer(QStringLiteral("price"), true);
    }

protected:
    Result<QString> idFor(const QJsonObject& data) const override
    {
        const QString code = str(data, QStringLiteral("productCode"));
        const QString zone = str(data, QStringLiteral("zone"));
        if (!productCodePattern().match(code).hasMatch())
            return invalid(tr("Kode produk hanya huruf, angka, . _ / - (paling banyak 40)"));
        if (zone != kAnyZone && !zoneCodePattern().match(zone).hasMatch())
            return invalid(tr("Zona harga tidak valid"));
        if (str(data, QStringLiteral("productId")) != productId(code))
            return invalid(tr("Harga tidak merujuk produk %1").arg(code));
        return priceId(code, zone);
    }
    QString keyOf(const QJsonObject& data) const override
    {
        return str(data, QStringLiteral("productCode")) + QLatin1Char('/') +
               str(data, QStringLiteral("zone"));
    }
    Status check(const WriteContext& context, const QJsonObject& data) const override
    {
        Q_UNUSED(context);
        const qint64 price = integer(data, QStringLiteral("price"));
        if (price <= 0 || price > kMaxRupiah)
            return invalid(tr("Harga harus rupiah utuh lebih dari 0"));
        return {};
    }
    void stamp(const WriteContext& context, QJsonObject& data) const override
    {
        const std::optional<QJsonObject>& current = context.current;
        const bool changed =
            !current || integer(*current, QStringLiteral("price")) != integer(data, QStringLiteral("price"));
        if (!changed) {
            // The same price again: it still applies since it was set, by whoever set it.
            for (const char* key : {"changedAt", "changedBy", "changedByName", "history"}) {
                const QString k = QLatin1String(key);
                if (current->contains(k))
                    data.insert(k, current->value(k));
            }
            return;
        }
        QJsonArray history = current ? current->value(QStringLiteral("history")).toArray() : QJsonArray();
        if (current) {
            history.append(
                QJsonObject{{QStringLiteral("price"), current->value(QStringLiteral("price"))},
                            {QStringLiteral("from"), current->value(QStringLiteral("changedAt"))},
                            {QStringLiteral("until"), double(context.onServer ? context.serverTimeMs : 0)},
                            {QStringLiteral("by"), current->value(QStringLiteral("changedBy"))},
                            {QStringLiteral("byName"), current->value(QStringLiteral("changedByName"))}});
        }
        while (history.size() > kMaxPriceHistory)
            history.removeFirst();
        CatalogueDataPolicy::stamp(context, data);
        data.insert(QStringLiteral("history"), history);
    }
};

// ---- orders ----------------------------------------------------------------------------------------

struct StateInfo
{
    OrderState state;
    const char* key;
    const char* name;
};
const StateInfo kStates[] = {
    {OrderState::Draft, "draft", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Draf")},
    {OrderState::Submitted, "submitted", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Diajukan")},
    {OrderState::Negotiation, "negotiation", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Negosiasi")},
    {OrderState::Approved, "approved", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Disetujui")},
    {OrderState::Contract, "contract", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Kontrak")},
    {OrderState::Delivered, "delivered",
     QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Diterima (BAST)")},
    {OrderState::Paid, "paid", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Dibayar")},
    {OrderState::Closed, "closed", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Selesai")},
    {OrderState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("lontar::catalogue::OrderState", "Batal")},
};

// Fields a buyer sets; which of them may change depends on the transition (OrderPolicy::editable).
const char* const kBusinessFields[] = {"title",        "rupCode",        "accountCode",   "budget",
                                       "zone",         "vendorId",       "items",         "contractNumber",
                                       "contractDate", "bastNumber",     "bastDate",      "paymentMethod",
                                       "paymentRef",   "addendumNumber", "addendumReason"};

// What the server (or, before the first sync, the device) derives; never taken from a client.
const QStringList& derivedOrderFields()
{
    static const QStringList fields{
        QStringLiteral("history"),     QStringLiteral("addenda"),       QStringLiteral("ppLimit"),
        QStringLiteral("submittedAt"), QStringLiteral("approvedBy"),    QStringLiteral("approvedByName"),
        QStringLiteral("approvedAs"),  QStringLiteral("createdByName"), QStringLiteral("submittedTotal")};
    return fields;
}

QString rupiah(qint64 v)
{
    // 1.250.000: the Indonesian grouping, without a locale lookup on the server.
    QString digits = QString::number(v < 0 ? -v : v);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return (v < 0 ? QStringLiteral("-Rp") : QStringLiteral("Rp")) + digits;
}

class OrderPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::Policy)

public:
    // Every step of the workflow (created, submitted, approved, paid, ...) goes into the server's
    // hash-chained audit log; edits that keep the state are in the order's own history.
    std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const override
    {
        if (context.isDelete)
            return AuditNote{QStringLiteral("catalogue.order.deleted"), {}};
        const QString to = str(data, QStringLiteral("state"));
        const QString from = context.current ? str(*context.current, QStringLiteral("state")) : QString();
        if (context.current && from == to)
            return std::nullopt;
        return AuditNote{QStringLiteral("catalogue.order.") + to,
                         QJsonObject{{QStringLiteral("from"), from},
                                     {QStringLiteral("to"), to},
                                     {QStringLiteral("title"), str(data, QStringLiteral("title"))},
                                     {QStringLiteral("total"), data.value(QStringLiteral("total"))}}};
    }

    explicit OrderPolicy(std::shared_ptr<const CatalogueConfig> config)
        : m_config(std::move(config))
    {
        m_schema.string(QStringLiteral("title"), true, 200)
            .uuid(QStringLiteral("unitId"), false)
            .uuid(QStringLiteral("createdBy"), false)
            .string(QStringLiteral("rupCode"), true, 40)
            .string(QStringLiteral("accountCode"), true, 60)
            .integer(QStringLiteral("budget"), true)
            .string(QStringLiteral("zone"), true, 20)
            .uuid(QStringLiteral("vendorId"), false)
            .integer(QStringLiteral("total"), false)
            .enumeration(QStringLiteral("state"), true, orderStateKeys())
            .string(QStringLiteral("note"), false, 500)
            .string(QStringLiteral("contractNumber"), false, 80)
            .timestamp(QStringLiteral("contractDate"), false)
            .string(QStringLiteral("bastNumber"), false, 80)
            .timestamp(QStringLiteral("bastDate"), false)
            .enumeration(QStringLiteral("paymentMethod"), false,
                         {QStringLiteral("UP"), QStringLiteral("LS"), QStringLiteral("KKPD")})
            .string(QStringLiteral("paymentRef"), false, 80)
            .string(QStringLiteral("addendumNumber"), false, 80)
            .string(QStringLiteral("addendumReason"), false, 500);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        const User& me = context.actor.user;
        const bool buyer = me.hasRole(Role::PejabatPengadaan) || me.hasRole(Role::Ppk);
        const std::optional<QJsonObject>& current = context.current;
        if (context.isDelete) {
            if (current && str(*current, QStringLiteral("state")) != QLatin1String("draft"))
                return forbidden(tr("Hanya pesanan berstatus draf yang dapat dihapus; batalkan saja"));
            if (!buyer)
                return forbidden(tr("Hanya pejabat pengadaan atau PPK yang dapat menghapus draf pesanan"));
            return context.currentAccess;
        }
        dropDerived(data, derivedOrderFields());
        // The items are an array of objects, which the field schema does not describe: checked below.
        const QJsonValue items = data.take(QStringLiteral("items"));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (!items.isUndefined() && !items.isArray())
            return invalid(tr("Rincian pesanan harus berupa daftar"));
        data.insert(QStringLiteral("items"), items.isArray() ? items : QJsonValue(QJsonArray()));
        auto total = orderTotal(data.value(QStringLiteral("items")).toArray());
        if (!total)
            return total.error();
        if (data.contains(QStringLiteral("total")) && integer(data, QStringLiteral("total")) != *total)
            return invalid(tr("Total harga pesanan %1 tidak sesuai dengan rinciannya (%2)")
                               .arg(rupiah(integer(data, QStringLiteral("total"))), rupiah(*total)));
        data.insert(QStringLiteral("total"), double(*total));
        const qint64 budget = integer(data, QStringLiteral("budget"));
        if (budget <= 0 || budget > kMaxRupiah)
            return invalid(tr("Pagu anggaran harus rupiah utuh lebih dari 0"));

        // The actor fields: set from the session at creation, never changed afterwards.
        const QString unitClaim = str(data, QStringLiteral("unitId"));
        const QString byClaim = str(data, QStringLiteral("createdBy"));
        const QString unit = current ? str(*current, QStringLiteral("unitId")) : me.unitId;
        const QString creator = current ? str(*current, QStringLiteral("createdBy")) : me.id;
        if ((!unitClaim.isEmpty() && unitClaim != unit) || (!byClaim.isEmpty() && byClaim != creator))
            return forbidden(tr("Unit dan pembuat pesanan tidak dapat diubah atau diatasnamakan orang lain"));
        data.insert(QStringLiteral("unitId"), unit);
        data.insert(QStringLiteral("createdBy"), creator);
        data.insert(QStringLiteral("createdByName"),
                    current ? current->value(QStringLiteral("createdByName")) : QJsonValue(displayName(me)));

        const auto to = orderStateFromKey(str(data, QStringLiteral("state")));
        const auto from = current ? orderStateFromKey(str(*current, QStringLiteral("state"))) : std::nullopt;
        if (current && !from)
            return invalid(tr("Status pesanan tersimpan tidak dikenal"));
        auto role = authorizeTransition(context, from, *to, data, *total);
        if (!role)
            return role.error();
        if (current) {
            if (Status s = checkFrozen(*current, data, *from, *to); !s)
                return s.error();
        }
        derive(context, data, from, *to, *role, *total);
        return RowAccess{unit, creator, 0, {}};
    }

private:
    static QString displayName(const User& u) { return u.fullName.isEmpty() ? u.username : u.fullName; }

    static QString name(std::optional<OrderState> s) { return s ? orderStateDisplayName(*s) : tr("baru"); }

    static Error refused(std::optional<OrderState> from, OrderState to, const QString& why)
    {
        return forbidden(tr("Pesanan %1 tidak dapat menjadi %2: %3").arg(name(from), name(to), why));
    }

    // Who may move an order from `from` to `to`, and under what conditions. Returns the role key the
    // actor acted in, recorded in the history.
    Result<QString> authorizeTransition(const WriteContext& context, std::optional<OrderState> from,
                                        OrderState to, const QJsonObject& data, qint64 total) const
    {
        const User& me = context.actor.user;
        const bool pp = me.hasRole(Role::PejabatPengadaan);
        const bool ppk = me.hasRole(Role::Ppk);
        const QString buyerRole = ppk ? roleKey(Role::Ppk) : roleKey(Role::PejabatPengadaan);
        const auto needBuyer = [&]() -> Result<QString> {
            if (!pp && !ppk)
                return refused(from, to, tr("hanya pejabat pengadaan atau PPK yang berwenang"));
            return buyerRole;
        };
        const auto needPpk = [&]() -> Result<QString> {
            if (!ppk)
                return refused(from, to, tr("hanya PPK yang berwenang"));
            return roleKey(Role::Ppk);
        };
        const auto require = [&](const char* field, const QString& label) -> Status {
            const QJsonValue v = data.value(QLatin1String(field));
            if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
                return refused(from, to, tr("%1 wajib diisi").arg(label));
            return {};
        };
        if (!from) {
            if (to != OrderState::Draft)
                return refused(from, to, tr("pesanan baru selalu dimulai sebagai draf"));
            return needBuyer();
        }
        const qint64 budget = integer(data, QStringLiteral("budget"));
        switch (*from) {
        case OrderState::Draft:
            if (to == OrderState::Draft || to == OrderState::Cancelled)
                return needBuyer();
            if (to == OrderState::Submitted) {
                if (data.value(QStringLiteral("items")).toArray().isEmpty())
                    return refused(from, to, tr("belum ada barang"));
                if (total > budget)
                    return refused(from, to,
                                   tr("jumlah %1 melebihi pagu %2").arg(rupiah(total), rupiah(budget)));
                return needBuyer();
            }
            break;
        case OrderState::Submitted:
        case OrderState::Negotiation:
            if (to == OrderState::Negotiation || to == OrderState::Cancelled)
                return needBuyer();
            if (to == OrderState::Approved) {
                // The threshold in force when the order was submitted, as the server stamped it.
                const qint64 limit = integer(*context.current, QStringLiteral("ppLimit"));
                if (total > limit) {
                    if (!ppk)
                        return refused(from, to,
                                       tr("nilai %1 melebihi batas pejabat pengadaan %2, harus disetujui PPK")
                                           .arg(rupiah(total), rupiah(limit)));
                    return roleKey(Role::Ppk);
                }
                return needBuyer();
            }
            break;
        case OrderState::Approved:
            if (to == OrderState::Cancelled)
                return needPpk();
            if (to == OrderState::Contract) {
                if (Status s = require("contractNumber", tr("Nomor surat pesanan/kontrak")); !s)
                    return s.error();
                if (Status s = require("contractDate", tr("Tanggal kontrak")); !s)
                    return s.error();
                return needPpk();
            }
            break;
        case OrderState::Contract:
            if (to == OrderState::Cancelled)
                return needPpk();
            if (to == OrderState::Contract) { // an addendum
                if (Status s = require("addendumNumber", tr("Nomor adendum")); !s)
                    return s.error();
                if (Status s = require("addendumReason", tr("Alasan adendum")); !s)
                    return s.error();
                if (total > budget)
                    return refused(from, to,
                                   tr("jumlah %1 melebihi pagu %2").arg(rupiah(total), rupiah(budget)));
                return needPpk();
            }
            if (to == OrderState::Delivered) {
                if (Status s = require("bastNumber", tr("Nomor BAST")); !s)
                    return s.error();
                if (Status s = require("bastDate", tr("Tanggal BAST")); !s)
                    return s.error();
                return needPpk();
            }
            break;
        case OrderState::Delivered:
            if (to == OrderState::Paid) {
                if (!me.hasRole(Role::Bendahara))
                    return refused(from, to, tr("hanya bendahara yang mencatat pembayaran"));
                if (Status s = require("paymentMethod", tr("Cara bayar (UP, LS atau KKPD)")); !s)
                    return s.error();
                if (Status s = require("paymentRef", tr("Nomor bukti pembayaran")); !s)
                    return s.error();
                return roleKey(Role::Bendahara);
            }
            break;
        case OrderState::Paid:
            if (to == OrderState::Closed)
                return needPpk();
            break;
        case OrderState::Closed:
        case OrderState::Cancelled:
            return refused(from, to, tr("pesanan sudah %1").arg(name(from).toLower()));
        }
        return refused(from, to, tr("perpindahan status ini tidak ada dalam alur pesanan"));
    }

    // Which of the buyer's fields a transition may change; every other one must stay as stored.
    static QStringList editable(OrderState from, OrderState to)
    {
        switch (from) {
        case OrderState::Draft:
            return {QStringLiteral("title"),  QStringLiteral("rupCode"), QStringLiteral("accountCode"),
                    QStringLiteral("budget"), QStringLiteral("zone"),    QStringLiteral("vendorId"),
                    QStringLiteral("items")};
        case OrderState::Negotiation:
            return {QStringLiteral("items")}; // prices only, and only down: checkNegotiatedItems
        case OrderState::Approved:
            return to == OrderState::Contract
                       ? QStringList{QStringLiteral("contractNumber"), QStringLiteral("contractDate")}
                       : QStringList{};
        case OrderState::Contract:
            if (to == OrderState::Contract)
                return {QStringLiteral("items"), QStringLiteral("addendumNumber"),
                        QStringLiteral("addendumReason")};
            if (to == OrderState::Delivered)
                return {QStringLiteral("bastNumber"), QStringLiteral("bastDate")};
            return {};
        case OrderState::Delivered:
            return {QStringLiteral("paymentMethod"), QStringLiteral("paymentRef")};
        default:
            return {};
        }
    }

    static Status checkFrozen(const QJsonObject& current, const QJsonObject& data, OrderState from,
                              OrderState to)
    {
        const QStringList open = editable(from, to);
        for (const char* f : kBusinessFields) {
            const QString key = QLatin1String(f);
            if (open.contains(key))
                continue;
            QJsonValue was = current.value(key);
            QJsonValue now = data.value(key);
            if (key == QLatin1String("items")) { // absent and empty are the same list
                was = was.isArray() ? was : QJsonArray();
                now = now.isArray() ? now : QJsonArray();
            }
            if (was != now)
                return forbidden(tr("Kolom %1 tidak dapat diubah pada pesanan berstatus %2")
                                     .arg(key, orderStateDisplayName(from)));
        }
        if (from == OrderState::Negotiation)
            return checkNegotiatedItems(current.value(QStringLiteral("items")).toArray(),
                                        data.value(QStringLiteral("items")).toArray());
        if (from == OrderState::Contract && to == OrderState::Contract) {
            const QString number = str(data, QStringLiteral("addendumNumber")).trimmed();
            for (const QJsonValue& a : current.value(QStringLiteral("addenda")).toArray()) {
                if (str(a.toObject(), QStringLiteral("number")).trimmed() == number)
                    return forbidden(tr("Adendum nomor %1 sudah dicatat").arg(number));
            }
        }
        return {};
    }

    // Negotiation lowers prices; it never adds, removes or re-counts goods.
    static Status checkNegotiatedItems(const QJsonArray& was, const QJsonArray& now)
    {
        if (was.size() != now.size())
            return forbidden(tr("Saat negosiasi barang tidak dapat ditambah atau dihapus"));
        for (int i = 0; i < was.size(); ++i) {
            QJsonObject a = was.at(i).toObject();
            QJsonObject b = now.at(i).toObject();
            if (integer(b, QStringLiteral("unitPrice")) > integer(a, QStringLiteral("unitPrice")))
                return forbidden(
                    tr("Saat negosiasi harga %1 hanya dapat turun").arg(str(a, QStringLiteral("name"))));
            a.remove(QStringLiteral("unitPrice"));
            b.remove(QStringLiteral("unitPrice"));
            if (a != b)
                return forbidden(tr("Saat negosiasi hanya harga satuan yang dapat diubah"));
        }
        return {};
    }

    // History, approval, the threshold and addenda: from the stored row and the server's clock.
    void derive(const WriteContext& context, QJsonObject& data, std::optional<OrderState> from, OrderState to,
                const QString& role, qint64 total) const
    {
        const std::optional<QJsonObject>& current = context.current;
        const double now = double(context.onServer ? context.serverTimeMs : 0);
        const User& me = context.actor.user;
        for (const char* key :
             {"ppLimit", "submittedAt", "submittedTotal", "approvedBy", "approvedByName", "approvedAs"}) {
            const QString k = QLatin1String(key);
            if (current && current->contains(k))
                data.insert(k, current->value(k));
        }
        QJsonArray addenda = current ? current->value(QStringLiteral("addenda")).toArray() : QJsonArray();
        if (from == OrderState::Contract && to == OrderState::Contract) {
            addenda.append(
                QJsonObject{{QStringLiteral("number"), str(data, QStringLiteral("addendumNumber")).trimmed()},
                            {QStringLiteral("reason"), str(data, QStringLiteral("addendumReason"))},
                            {QStringLiteral("at"), now},
                            {QStringLiteral("by"), me.id},
                            {QStringLiteral("byName"), displayName(me)},
                            {QStringLiteral("totalBefore"), current->value(QStringLiteral("total"))},
                            {QStringLiteral("totalAfter"), double(total)}});
        }
        if (!addenda.isEmpty())
            data.insert(QStringLiteral("addenda"), addenda);
        if (to == OrderState::Submitted && from == OrderState::Draft) {
            data.insert(QStringLiteral("ppLimit"), double(m_config->ppThreshold.load()));
            data.insert(QStringLiteral("submittedAt"), now);
            data.insert(QStringLiteral("submittedTotal"), double(total));
        }
        if (to == OrderState::Approved) {
            data.insert(QStringLiteral("approvedBy"), me.id);
            data.insert(QStringLiteral("approvedByName"), displayName(me));
            data.insert(QStringLiteral("approvedAs"), role);
        }
        QJsonArray history = current ? current->value(QStringLiteral("history")).toArray() : QJsonArray();
        const bool recorded = !from || *from != to || to == OrderState::Contract;
        if (recorded) {
            QJsonObject entry{{QStringLiteral("from"), from ? orderStateKey(*from) : QString()},
                              {QStringLiteral("to"), orderStateKey(to)},
                              {QStringLiteral("at"), now},
                              {QStringLiteral("by"), me.id},
                              {QStringLiteral("byName"), displayName(me)},
                              {QStringLiteral("role"), role},
                              {QStringLiteral("total"), double(total)}};
            if (!str(data, QStringLiteral("note")).isEmpty())
                entry.insert(QStringLiteral("note"), str(data, QStringLiteral("note")));
            history.append(entry);
        }
        data.insert(QStringLiteral("history"), history);
    }

    std::shared_ptr<const CatalogueConfig> m_config;
    FieldSchema m_schema;
};

} // namespace

QString orderStateKey(OrderState s)
{
    for (const auto& info : kStates) {
        if (info.state == s)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<OrderState> orderStateFromKey(const QString& key)
{
    for (const auto& info : kStates) {
        if (key == QLatin1String(info.key))
            return info.state;
    }
    return std::nullopt;
}

QString orderStateDisplayName(OrderState s)
{
    for (const auto& info : kStates) {
        if (info.state == s)
            return QCoreApplication::translate("lontar::catalogue::OrderState", info.name);
    }
    return {};
}

QStringList orderStateKeys()
{
    QStringList out;
    for (const auto& info : kStates)
        out.append(QString::fromLatin1(info.key));
    return out;
}

Result<qint64> orderTotal(const QJsonArray& items)
{
    if (items.size() > kMaxOrderItems)
        return invalid(
            QCoreApplication::translate("lontar::catalogue::Policy", "Satu pesanan paling banyak %1 barang")
                .arg(kMaxOrderItems));
    static const QStringList known{QStringLiteral("productId"), QStringLiteral("code"),
                                   QStringLiteral("name"),      QStringLiteral("unit"),
                                   QStringLiteral("qty"),       QStringLiteral("unitPrice")};
    qint64 total = 0;
    QStringList seen;
    for (const QJsonValue& v : items) {
        if (!v.isObject())
            return invalid(
                QCoreApplication::translate("lontar::catalogue::Policy", "Rincian pesanan tidak valid"));
        const QJsonObject item = v.toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (!known.contains(it.key()))
                return invalid(
                    QCoreApplication::translate("lontar::catalogue::Policy", "Kolom rincian %1 tidak dikenal")
                        .arg(it.key().left(40)));
        }
        const QString product = str(item, QStringLiteral("productId"));
        if (!isUuidString(product) || seen.contains(product))
            return invalid(QCoreApplication::translate(
                "lontar::catalogue::Policy", "Setiap barang harus merujuk satu produk katalog, sekali saja"));
        seen.append(product);
        if (str(item, QStringLiteral("name")).size() > 200 || str(item, QStringLiteral("code")).size() > 40 ||
            str(item, QStringLiteral("unit")).size() > 40)
            return invalid(
                QCoreApplication::translate("lontar::catalogue::Policy", "Rincian pesanan tidak valid"));
        const QJsonValue qv = item.value(QStringLiteral("qty"));
        const QJsonValue pv = item.value(QStringLiteral("unitPrice"));
        const double q = qv.toDouble();
        const double p = pv.toDouble();
        if (!qv.isDouble() || q != double(qint64(q)) || q < 1 || q > 1'000'000)
            return invalid(
                QCoreApplication::translate("lontar::catalogue::Policy",
                                            "Jumlah barang %1 harus bilangan bulat 1 sampai 1.000.000")
                    .arg(str(item, QStringLiteral("name"))));
        if (!pv.isDouble() || p != double(qint64(p)) || p < 1 || p > double(kMaxRupiah))
            return invalid(QCoreApplication::translate("lontar::catalogue::Policy",
                                                       "Harga satuan %1 harus rupiah utuh lebih dari 0")
                               .arg(str(item, QStringLiteral("name"))));
        // Checked by division first: 10^6 × 10^15 would overflow 64 bits.
        if (qint64(p) > kMaxRupiah / qint64(q))
            return invalid(
                QCoreApplication::translate("lontar::catalogue::Policy", "Nilai pesanan terlalu besar"));
        const qint64 line = qint64(q) * qint64(p);
        if (total > kMaxRupiah - line)
            return invalid(
                QCoreApplication::translate("lontar::catalogue::Policy", "Nilai pesanan terlalu besar"));
        total += line;
    }
    return total;
}

std::shared_ptr<const EntityPolicy> makeZonePolicy()
{
    return std::make_shared<ZonePolicy>();
}
std::shared_ptr<const EntityPolicy> makeVendorPolicy()
{
    return std::make_shared<VendorPolicy>();
}
std::shared_ptr<const EntityPolicy> makeCategoryPolicy()
{
    return std::make_shared<CategoryPolicy>();
}
std::shared_ptr<const EntityPolicy> makeProductPolicy()
{
    return std::make_shared<ProductPolicy>();
}
std::shared_ptr<const EntityPolicy> makePricePolicy()
{
    return std::make_shared<PricePolicy>();
}
std::shared_ptr<const EntityPolicy> makeOrderPolicy(std::shared_ptr<const CatalogueConfig> config)
{
    return std::make_shared<OrderPolicy>(std::move(config));
}

} // namespace lontar::catalogue
