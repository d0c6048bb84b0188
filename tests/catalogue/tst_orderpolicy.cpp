#include "TestSupport.h"

#include "catalogue/CataloguePolicies.h"
#include "core/Uuid.h"

#include <QJsonArray>

using namespace lontar;
using namespace lontar::catalogue;

namespace {

const QString kUnit = nameBasedUuid(QStringLiteral("test/unit/pbj"));
constexpr qint64 kThreshold = 10'000'000;

User user(const QString& name, QList<Role> roles)
{
    User u;
    u.id = nameBasedUuid(QStringLiteral("test/user/") + name);
    u.username = name;
    u.fullName = name;
    u.unitId = kUnit;
    u.roles = roles;
    return u;
}

QJsonArray items(qint64 unitPrice, qint64 qty = 1)
{
    return QJsonArray{QJsonObject{{QStringLiteral("productId"), nameBasedUuid(QStringLiteral("p1"))},
                                  {QStringLiteral("code"), QStringLiteral("P-1")},
                                  {QStringLiteral("name"), QStringLiteral("Barang")},
                                  {QStringLiteral("unit"), QStringLiteral("buah")},
                                  {QStringLiteral("qty"), double(qty)},
                                  {QStringLiteral("unitPrice"), double(unitPrice)}}};
}

// A stored order in `state`, as the server would hold it (fields of the earlier steps filled).
QJsonObject stored(OrderState state, qint64 total)
{
    QJsonObject o{{QStringLiteral("title"), QStringLiteral("Paket ATK")},
                  {QStringLiteral("unitId"), kUnit},
                  {QStringLiteral("createdBy"), user(QStringLiteral("pp"), {}).id},
                  {QStringLiteral("rupCode"), QStringLiteral("RUP-1")},
                  {QStringLiteral("accountCode"), QStringLiteral("5.1.02.01.01.0024")},
                  {QStringLiteral("budget"), 20'000'000.0},
                  {QStringLiteral("zone"), QStringLiteral("*")},
                  {QStringLiteral("items"), items(total)},
                  {QStringLiteral("total"), double(total)},
                  {QStringLiteral("state"), orderStateKey(state)},
                  {QStringLiteral("history"), QJsonArray()}};
    if (state != OrderState::Draft)
        o.insert(QStringLiteral("ppLimit"), double(kThreshold));
    if (state >= OrderState::Contract && state != OrderState::Cancelled) {
        o.insert(QStringLiteral("contractNumber"), QStringLiteral("SP-1"));
        o.insert(QStringLiteral("contractDate"), 1.7e12);
    }
    if (state >= OrderState::Delivered && state != OrderState::Cancelled) {
        o.insert(QStringLiteral("bastNumber"), QStringLiteral("BAST-1"));
        o.insert(QStringLiteral("bastDate"), 1.7e12);
    }
    if ((state == OrderState::Paid || state == OrderState::Closed)) {
        o.insert(QStringLiteral("paymentMethod"), QStringLiteral("LS"));
        o.insert(QStringLiteral("paymentRef"), QStringLiteral("SP2D-1"));
    }
    return o;
}

// What a client sends to move `current` to `to`, with the fields that step needs.
QJsonObject moved(QJsonObject current, OrderState from, OrderState to)
{
    current.insert(QStringLiteral("state"), orderStateKey(to));
    if (from == OrderState::Approved && to == OrderState::Contract) {
        current.insert(QStringLiteral("contractNumber"), QStringLiteral("SP-1"));
        current.insert(QStringLiteral("contractDate"), 1.7e12);
    }
    if (from == OrderState::Contract && to == OrderState::Contract) {
        current.insert(QStringLiteral("addendumNumber"), QStringLiteral("ADD-1"));
        current.insert(QStringLiteral("addendumReason"), QStringLiteral("tambah volume"));
    }
    if (from == OrderState::Contract && to == OrderState::Delivered) {
        current.insert(QStringLiteral("bastNumber"), QStringLiteral("BAST-1"));
        current.insert(QStringLiteral("bastDate"), 1.7e12);
    }
    if (from == OrderState::Delivered && to == OrderState::Paid) {
        current.insert(QStringLiteral("paymentMethod"), QStringLiteral("KKPD"));
        current.insert(QStringLiteral("paymentRef"), QStringLiteral("KKPD-77"));
    }
    return current;
}

// The workflow of issue 11 as a table: who may make each step, and for approval, below or above the
// pejabat pengadaan's threshold.
bool expectedAllowed(OrderState from, OrderState to, const QString& role, bool above)
{
    using S = OrderState;
    const bool buyer = role == QLatin1String("pp") || role == QLatin1String("ppk");
    const bool ppk = role == QLatin1String("ppk");
    switch (from) {
    case S::Draft:
        return (to == S::Draft || to == S::Submitted || to == S::Cancelled) && buyer;
    case S::Submitted:
    case S::Negotiation:
        if (to == S::Negotiation || to == S::Cancelled)
            return buyer;
        if (to == S::Approved)
            return above ? ppk : buyer;
        return false;
    case S::Approved:
        return (to == S::Contract || to == S::Cancelled) && ppk;
    case S::Contract:
        return (to == S::Contract || to == S::Delivered || to == S::Cancelled) && ppk;
    case S::Delivered:
        return to == S::Paid && role == QLatin1String("bendahara");
    case S::Paid:
        return to == S::Closed && ppk;
    case S::Closed:
    case S::Cancelled:
        return false;
    }
    return false;
}

} // namespace

// The order policy alone, every pair of states for every role, and the attacks a modified client could
// try; tst_cataloguesync runs the same policy through the real server.
class TestOrderPolicy : public QObject
{
    Q_OBJECT

    std::shared_ptr<CatalogueConfig> m_config = std::make_shared<CatalogueConfig>();
    std::shared_ptr<const EntityPolicy> m_policy;
    QMap<QString, User> m_users;
    const QString m_id = newUuid();

    Result<RowAccess> write(const QString& who, QJsonObject& data, const std::optional<QJsonObject>& current,
                            bool onServer = true)
    {
        const Actor actor{m_users.value(who), QStringLiteral("dev"), {kUnit}, 0};
        WriteContext context{actor, onServer, onServer ? 1'800'000'000'000 : 0, m_id, false, current, {}, {}};
        if (current)
            context.currentAccess = RowAccess{kUnit, {}, 0, {}};
        return m_policy->authorizeWrite(context, data);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_config->ppThreshold = kThreshold;
        m_policy = makeOrderPolicy(m_config);
        m_users.insert(QStringLiteral("pp"), user(QStringLiteral("pp"), {Role::PejabatPengadaan, Role::Asn}));
        m_users.insert(QStringLiteral("ppk"), user(QStringLiteral("ppk"), {Role::Ppk, Role::Asn}));
        m_users.insert(QStringLiteral("bendahara"),
                       user(QStringLiteral("bendahara"), {Role::Bendahara, Role::Asn}));
        m_users.insert(QStringLiteral("asn"), user(QStringLiteral("asn"), {Role::Asn, Role::Atasan}));
        m_users.insert(QStringLiteral("admin"),
                       user(QStringLiteral("admin"), {Role::AdminKatalog, Role::AdminOpd}));
    }

    void everyTransitionByRoleAndThreshold()
    {
        int allowed = 0;
        int refused = 0;
        const QStringList states = orderStateKeys();
        for (const QString& fromKey : states) {
            for (const QString& toKey : states) {
                for (const QString& role : m_users.keys()) {
                    for (const bool above : {false, true}) {
                        const OrderState from = *orderStateFromKey(fromKey);
                        const OrderState to = *orderStateFromKey(toKey);
                        const qint64 total = above ? 15'000'000 : 5'000'000;
                        const QJsonObject current = stored(from, total);
                        QJsonObject data = moved(current, from, to);
                        const auto result = write(role, data, current);
                        const bool expected = expectedAllowed(from, to, role, above);
                        const QString what =
                            QStringLiteral("%1 → %2 by %3, %4 threshold: %5")
                                .arg(fromKey, toKey, role,
                                     above ? QStringLiteral("above") : QStringLiteral("below"),
                                     result.errorMessage());
                        QVERIFY2(result.ok() == expected, qPrintable(what));
                        if (!expected) {
                            QCOMPARE(result.error().code, Error::Code::Forbidden);
                            QVERIFY2(result.errorMessage().startsWith(QStringLiteral("Pesanan ")) ||
                                         result.errorMessage().startsWith(QStringLiteral("Kolom")),
                                     qPrintable(result.errorMessage()));
                            ++refused;
                        } else {
                            // The step is in the history, with who and in which role, at the server's time.
                            const QJsonArray history = data.value(QStringLiteral("history")).toArray();
                            if (from != to || to == OrderState::Contract) {
                                QCOMPARE(history.size(), 1);
                                const QJsonObject h = history.first().toObject();
                                QCOMPARE(h.value(QStringLiteral("to")).toString(), toKey);
                                QCOMPARE(h.value(QStringLiteral("by")).toString(), m_users.value(role).id);
                                QCOMPARE(qint64(h.value(QStringLiteral("at")).toDouble()), 1'800'000'000'000);
                            }
                            ++allowed;
                        }
                    }
                }
            }
        }
        qInfo("%d allowed and %d refused transitions checked", allowed, refused);
        QVERIFY(allowed > 30);
    }

    void newOrdersStartAsDraftsOfTheWritersUnit()
    {
        QJsonObject data = stored(OrderState::Draft, 1000);
        data.remove(QStringLiteral("unitId"));
        data.remove(QStringLiteral("createdBy"));
        auto r = write(QStringLiteral("pp"), data, std::nullopt);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->unitId, kUnit);
        QCOMPARE(data.value(QStringLiteral("createdBy")).toString(), m_users.value(QStringLiteral("pp")).id);
        QCOMPARE(data.value(QStringLiteral("createdByName")).toString(), QStringLiteral("pp"));
        // Created straight into a later state: refused.
        for (OrderState s : {OrderState::Submitted, OrderState::Approved, OrderState::Paid}) {
            QJsonObject skip = stored(s, 1000);
            skip.remove(QStringLiteral("unitId"));
            skip.remove(QStringLiteral("createdBy"));
            QVERIFY(!write(QStringLiteral("ppk"), skip, std::nullopt).ok());
        }
        // In someone else's name or unit: refused, never rewritten.
        QJsonObject other = stored(OrderState::Draft, 1000);
        other.insert(QStringLiteral("createdBy"), m_users.value(QStringLiteral("ppk")).id);
        QVERIFY(!write(QStringLiteral("pp"), other, std::nullopt).ok());
        QJsonObject otherUnit = stored(OrderState::Draft, 1000);
        otherUnit.insert(QStringLiteral("unitId"), newUuid());
        otherUnit.insert(QStringLiteral("createdBy"), m_users.value(QStringLiteral("pp")).id);
        QVERIFY(!write(QStringLiteral("pp"), otherUnit, std::nullopt).ok());
        // Not a buyer.
        QJsonObject byAsn = stored(OrderState::Draft, 1000);
        byAsn.remove(QStringLiteral("createdBy"));
        QVERIFY(!write(QStringLiteral("asn"), byAsn, std::nullopt).ok());
    }

    void theAmountIsTheItemsNotTheClaim()
    {
        const QJsonObject current = stored(OrderState::Draft, 5'000'000);
        QJsonObject lie = current;
        lie.insert(QStringLiteral("total"), 1'000.0); // a small total for big goods
        auto r = write(QStringLiteral("pp"), lie, current);
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("tidak sesuai")));
        // Without a total the policy computes it.
        QJsonObject none = current;
        none.remove(QStringLiteral("total"));
        none.insert(QStringLiteral("items"), items(2'500, 4));
        QVERIFY(write(QStringLiteral("pp"), none, current).ok());
        QCOMPARE(qint64(none.value(QStringLiteral("total")).toDouble()), 10'000);
        // Malformed items.
        for (const QJsonValue& bad : {QJsonValue(items(0)), QJsonValue(items(100, 0)), QJsonValue(items(-5)),
                                      QJsonValue(QJsonArray{1, 2}), QJsonValue(QStringLiteral("x")),
                                      QJsonValue(items(1'000'000'000'000'000, 1'000'000))}) {
            QJsonObject d = current;
            d.remove(QStringLiteral("total"));
            d.insert(QStringLiteral("items"), bad);
            QVERIFY2(!write(QStringLiteral("pp"), d, current).ok(),
                     qPrintable(QString::number(int(bad.type()))));
        }
        QJsonObject twice = current;
        twice.remove(QStringLiteral("total"));
        QJsonArray dup = items(10);
        dup.append(dup.first());
        twice.insert(QStringLiteral("items"), dup);
        QVERIFY(!write(QStringLiteral("pp"), twice, current).ok());
    }

    void submitChecksBudgetAndGoods()
    {
        QJsonObject current = stored(OrderState::Draft, 25'000'000); // over the 20 juta budget
        QJsonObject data = moved(current, OrderState::Draft, OrderState::Submitted);
        auto r = write(QStringLiteral("pp"), data, current);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("pagu")), qPrintable(r.errorMessage()));
        current.insert(QStringLiteral("items"), QJsonArray());
        current.insert(QStringLiteral("total"), 0.0);
        data = moved(current, OrderState::Draft, OrderState::Submitted);
        QVERIFY(!write(QStringLiteral("pp"), data, current).ok());
    }

    void thresholdIsStampedAtSubmission()
    {
        const QJsonObject draft = stored(OrderState::Draft, 8'000'000);
        QJsonObject data = moved(draft, OrderState::Draft, OrderState::Submitted);
        data.insert(QStringLiteral("ppLimit"), 1e15); // a client's own limit is ignored
        QVERIFY(write(QStringLiteral("pp"), data, draft).ok());
        QCOMPARE(qint64(data.value(QStringLiteral("ppLimit")).toDouble()), kThreshold);
        // The regency lowers the threshold later: the submitted order keeps the rule it was submitted
        // under.
        m_config->ppThreshold = 1'000'000;
        QJsonObject approve = moved(data, OrderState::Submitted, OrderState::Approved);
        auto r = write(QStringLiteral("pp"), approve, data);
        m_config->ppThreshold = kThreshold;
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(approve.value(QStringLiteral("approvedAs")).toString(), QStringLiteral("pejabat_pengadaan"));
        // Exactly at the threshold the pejabat pengadaan may approve; one rupiah above only the PPK.
        QJsonObject at = stored(OrderState::Submitted, kThreshold);
        QJsonObject a1 = moved(at, OrderState::Submitted, OrderState::Approved);
        QVERIFY(write(QStringLiteral("pp"), a1, at).ok());
        QJsonObject over = stored(OrderState::Submitted, kThreshold + 1);
        QJsonObject a2 = moved(over, OrderState::Submitted, OrderState::Approved);
        auto refused = write(QStringLiteral("pp"), a2, over);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("PPK")) &&
                     refused.errorMessage().contains(QStringLiteral("Rp10.000.001")),
                 qPrintable(refused.errorMessage()));
    }

    void frozenFieldsAndNegotiation()
    {
        QJsonObject submitted = stored(OrderState::Submitted, 5'000'000);
        QJsonObject d = moved(submitted, OrderState::Submitted, OrderState::Negotiation);
        d.insert(QStringLiteral("budget"), 99'000'000.0);
        auto r = write(QStringLiteral("pp"), d, submitted);
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("budget")));
        // In negotiation prices may go down, never up, and goods stay.
        QJsonObject nego = stored(OrderState::Negotiation, 5'000'000);
        QJsonObject down = nego;
        down.remove(QStringLiteral("total"));
        down.insert(QStringLiteral("items"), items(4'500'000));
        QVERIFY(write(QStringLiteral("pp"), down, nego).ok());
        QCOMPARE(qint64(down.value(QStringLiteral("total")).toDouble()), 4'500'000);
        QJsonObject up = nego;
        up.remove(QStringLiteral("total"));
        up.insert(QStringLiteral("items"), items(5'500'000));
        QVERIFY(!write(QStringLiteral("pp"), up, nego).ok());
        QJsonObject more = nego;
        more.remove(QStringLiteral("total"));
        more.insert(QStringLiteral("items"), items(2'500'000, 2));
        QVERIFY(!write(QStringLiteral("pp"), more, nego).ok());
        // After approval nothing of the goods changes until an addendum.
        QJsonObject approved = stored(OrderState::Approved, 5'000'000);
        QJsonObject sneak = moved(approved, OrderState::Approved, OrderState::Contract);
        sneak.insert(QStringLiteral("items"), items(9'000'000));
        sneak.remove(QStringLiteral("total"));
        QVERIFY(!write(QStringLiteral("ppk"), sneak, approved).ok());
    }

    void addendaAreNumberedOnce()
    {
        QJsonObject contract = stored(OrderState::Contract, 5'000'000);
        QJsonObject a = moved(contract, OrderState::Contract, OrderState::Contract);
        a.remove(QStringLiteral("total"));
        a.insert(QStringLiteral("items"), items(6'000'000));
        QVERIFY(write(QStringLiteral("ppk"), a, contract).ok());
        const QJsonArray addenda = a.value(QStringLiteral("addenda")).toArray();
        QCOMPARE(addenda.size(), 1);
        QCOMPARE(qint64(addenda.first().toObject().value(QStringLiteral("totalBefore")).toDouble()),
                 5'000'000);
        QCOMPARE(qint64(addenda.first().toObject().value(QStringLiteral("totalAfter")).toDouble()),
                 6'000'000);
        QJsonObject again = a;
        again.remove(QStringLiteral("total"));
        again.insert(QStringLiteral("items"), items(7'000'000));
        QVERIFY(!write(QStringLiteral("ppk"), again, a).ok()); // ADD-1 twice
        again.insert(QStringLiteral("addendumNumber"), QStringLiteral("ADD-2"));
        QVERIFY(write(QStringLiteral("ppk"), again, a).ok());
        QCOMPARE(again.value(QStringLiteral("addenda")).toArray().size(), 2);
        // An addendum never breaks the budget.
        QJsonObject over = again;
        over.remove(QStringLiteral("total"));
        over.insert(QStringLiteral("items"), items(21'000'000));
        over.insert(QStringLiteral("addendumNumber"), QStringLiteral("ADD-3"));
        QVERIFY(!write(QStringLiteral("ppk"), over, again).ok());
    }

    void derivedFieldsComeFromTheStoredRow()
    {
        QJsonObject current = stored(OrderState::Submitted, 5'000'000);
        current.insert(QStringLiteral("history"),
                       QJsonArray{QJsonObject{{QStringLiteral("to"), QStringLiteral("submitted")}}});
        QJsonObject d = moved(current, OrderState::Submitted, OrderState::Negotiation);
        d.insert(QStringLiteral("history"), QJsonArray()); // erase the trail
        d.insert(QStringLiteral("approvedBy"), m_users.value(QStringLiteral("ppk")).id);
        QVERIFY(write(QStringLiteral("pp"), d, current).ok());
        QCOMPARE(d.value(QStringLiteral("history")).toArray().size(), 2);
        QVERIFY(!d.contains(QStringLiteral("approvedBy")));
        // On the device the time is left open for the server.
        QJsonObject local = moved(current, OrderState::Submitted, OrderState::Negotiation);
        QVERIFY(write(QStringLiteral("pp"), local, current, false).ok());
        QCOMPARE(local.value(QStringLiteral("history"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("at"))
                     .toDouble(),
                 0.0);
        // Unknown fields are refused by the schema.
        QJsonObject extra = moved(current, OrderState::Submitted, OrderState::Negotiation);
        extra.insert(QStringLiteral("discount"), 50);
        QVERIFY(!write(QStringLiteral("pp"), extra, current).ok());
    }

    void onlyDraftsAreDeleted()
    {
        const Actor pp{m_users.value(QStringLiteral("pp")), {}, {kUnit}, 0};
        QJsonObject none;
        WriteContext draft{pp, true, 1, m_id, true, stored(OrderState::Draft, 1), {kUnit, {}, 0, {}}, {}};
        QVERIFY(m_policy->authorizeWrite(draft, none).ok());
        WriteContext approved{pp, true, 1, m_id, true, stored(OrderState::Approved, 1), {kUnit, {}, 0, {}}, {}};
        QVERIFY(!m_policy->authorizeWrite(approved, none).ok());
        const Actor asn{m_users.value(QStringLiteral("asn")), {}, {kUnit}, 0};
        WriteContext byAsn{asn, true, 1, m_id, true, stored(OrderState::Draft, 1), {kUnit, {}, 0, {}}, {}};
        QVERIFY(!m_policy->authorizeWrite(byAsn, none).ok());
    }
};

QTEST_GUILESS_MAIN(TestOrderPolicy)
#include "tst_orderpolicy.moc"
