#include "TestSupport.h"

#include "core/Profile.h"
#include "core/Uuid.h"

#include <QTemporaryDir>

using namespace lontar;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDataSeedsARegencyOnce()
    {
        QTemporaryDir dir;
        auto p = Profile::open(dir.filePath(QStringLiteral("one")), {});
        LONTAR_VERIFY_OK(p);
        Profile& profile = **p;
        LONTAR_VERIFY_OK(DemoData::seed(profile));
        const qint64 users = *profile.identity().userCount();
        QVERIFY(users >= 6);
        LONTAR_VERIFY_OK(DemoData::seed(profile)); // second call changes nothing
        QCOMPARE(*profile.identity().userCount(), users);

        // Every role of the product is represented, and the admin can log in with the demo password.
        QSet<Role> roles;
        for (const User& u : *profile.identity().users()) {
            for (Role r : u.roles)
                roles.insert(r);
            QVERIFY(!u.unitId.isEmpty());
        }
        for (Role r : allRoles())
            QVERIFY2(roles.contains(r), qPrintable(roleKey(r)));
        Authenticator auth(profile.database());
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("admin"), DemoData::demoPassword()));
        QVERIFY(!profile.settings().value(Settings::regencyNameKey()).isEmpty());
        QVERIFY(profile.audit().verify().intact);
    }

    void profilesAreIndependent()
    {
        QTemporaryDir dir;
        auto a = Profile::open(dir.filePath(QStringLiteral("a")), {});
        auto b = Profile::open(dir.filePath(QStringLiteral("b")), {});
        LONTAR_VERIFY_OK(a);
        LONTAR_VERIFY_OK(b);
        LONTAR_VERIFY_OK(DemoData::seed(**a));
        QVERIFY(*(*a)->identity().userCount() > 0);
        QCOMPARE(*(*b)->identity().userCount(), 0);
        LONTAR_VERIFY_OK((*b)->settings().setValue(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE((*a)->settings().value(QStringLiteral("k"), QStringLiteral("none")), QStringLiteral("none"));
        QCOMPARE((*b)->settings().value(QStringLiteral("k")), QStringLiteral("v"));
        LONTAR_VERIFY_OK((*b)->settings().setValue(QStringLiteral("k"), QStringLiteral("w")));
        QCOMPARE((*b)->settings().value(QStringLiteral("k")), QStringLiteral("w"));
    }

    void brokenDemoFileGivesErrorAndNoPartialData()
    {
        QTemporaryDir dir;
        auto p = Profile::open(dir.filePath(QStringLiteral("c")), {});
        LONTAR_VERIFY_OK(p);
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Second user has an invalid NIP: the whole seed must roll back.
        f.write(R"({"regency":"X","units":[{"code":"A","name":"A"}],
                 "users":[{"username":"u1","nip":"199001012020011001","fullName":"U1","unit":"A","roles":["asn"]},
                          {"username":"u2","nip":"12","fullName":"U2","unit":"A","roles":["asn"]}]})");
        f.close();
        const Status s = DemoData::seed(**p, bad);
        QVERIFY(!s.ok());
        QVERIFY(s.errorMessage().contains(QStringLiteral("u2")));
        QCOMPARE(*(*p)->identity().userCount(), 0);
        QCOMPARE((*p)->identity().units()->size(), 0);
    }

    void uuidsAreVersion7AndOrdered()
    {
        const QString a = newUuid();
        QTest::qWait(2);
        const QString b = newUuid();
        QCOMPARE(a.size(), 36);
        QCOMPARE(a.at(14), QLatin1Char('7'));
        QVERIFY(a < b);
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
