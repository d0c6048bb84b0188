#include "TestSupport.h"

#include "core/IdentityAdmin.h"
#include "core/Profile.h"

#include <QTemporaryDir>

using namespace lontar;

class TestIdentityAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

    User user(const QString& name) { return *m_profile->identity().userByUsername(name); }
    qint64 auditCount() { return m_profile->audit().verify().entriesChecked; }

private Q_SLOTS:
    void init()
    {
        m_dir.remove();
        auto p = Profile::open(m_dir.path() + QStringLiteral("/p"), {});
        LONTAR_VERIFY_OK(p);
        m_profile = std::move(*p);
        LONTAR_VERIFY_OK(DemoData::seed(*m_profile));
    }
    void cleanup() { m_profile.reset(); }

    void onlyAdminsMayChangeUsers()
    {
        IdentityAdmin asStaff(m_profile->database(), m_profile->audit(), user(QStringLiteral("staf")));
        const qint64 before = auditCount();
        QCOMPARE(asStaff.unlock(user(QStringLiteral("kabid")).id).error().code, Error::Code::Forbidden);
        QCOMPARE(asStaff.resetPassword(user(QStringLiteral("kabid")).id, QStringLiteral("password-baru"))
                     .error()
                     .code,
                 Error::Code::Forbidden);
        User u;
        u.username = QStringLiteral("x");
        u.nip = QStringLiteral("199001012020011009");
        u.fullName = QStringLiteral("X");
        QCOMPARE(asStaff.createUser(u, QStringLiteral("password-baru")).error().code, Error::Code::Forbidden);
        QCOMPARE(auditCount(), before); // refusals change nothing
    }

    void adminCreatesUserWithAuditEntry()
    {
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), user(QStringLiteral("admin")));
        User u;
        u.username = QStringLiteral("Rina");
        u.nip = QStringLiteral("199506062022032001");
        u.fullName = QStringLiteral("Rina Marlina, S.Sos.");
        u.roles = {Role::Asn, Role::Arsiparis};
        auto created = admin.createUser(u, QStringLiteral("sandi-awal-rina"));
        LONTAR_VERIFY_OK(created);
        QCOMPARE(created->username, QStringLiteral("rina"));
        auto entries = m_profile->audit().entries(1);
        QCOMPARE(entries->first().action, QStringLiteral("user.create"));
        QCOMPARE(entries->first().actor, QStringLiteral("admin"));
        QCOMPARE(entries->first().entityId, created->id);
        Authenticator auth(m_profile->database());
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("rina"), QStringLiteral("sandi-awal-rina")));

        // A duplicate NIP is refused and leaves neither a user nor an audit entry behind.
        const qint64 before = auditCount();
        u.username = QStringLiteral("rina2");
        QCOMPARE(admin.createUser(u, QStringLiteral("sandi-awal-rina")).error().code, Error::Code::Conflict);
        QCOMPARE(auditCount(), before);
    }

    void unlockLetsALockedUserIn()
    {
        Authenticator auth(m_profile->database(), nullptr, LockoutPolicy{2, 30});
        QVERIFY(!auth.login(QStringLiteral("kabid"), QStringLiteral("salah")).ok());
        QCOMPARE(auth.login(QStringLiteral("kabid"), QStringLiteral("salah")).error().code,
                 Error::Code::Locked);
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), user(QStringLiteral("admin")));
        QVERIFY(*admin.isLocked(user(QStringLiteral("kabid")).id));
        LONTAR_VERIFY_OK(admin.unlock(user(QStringLiteral("kabid")).id));
        QVERIFY(!*admin.isLocked(user(QStringLiteral("kabid")).id));
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("kabid"), DemoData::demoPassword()));
    }

    void resetPasswordReplacesTheOldOne()
    {
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), user(QStringLiteral("admin")));
        QCOMPARE(admin.resetPassword(user(QStringLiteral("staf")).id, QStringLiteral("short")).error().code,
                 Error::Code::InvalidInput);
        LONTAR_VERIFY_OK(
            admin.resetPassword(user(QStringLiteral("staf")).id, QStringLiteral("sandi-baru-staf")));
        Authenticator auth(m_profile->database());
        QVERIFY(!auth.login(QStringLiteral("staf"), DemoData::demoPassword()).ok());
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("staf"), QStringLiteral("sandi-baru-staf")));
        QCOMPARE(
            admin.resetPassword(QStringLiteral("no-such-id"), QStringLiteral("sandi-baru-staf")).error().code,
            Error::Code::NotFound);
    }

    void deactivationBlocksLoginButNotOneself()
    {
        const User me = user(QStringLiteral("admin"));
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), me);
        QCOMPARE(admin.setActive(me.id, false).error().code, Error::Code::InvalidInput);
        LONTAR_VERIFY_OK(admin.setActive(user(QStringLiteral("keuangan")).id, false));
        Authenticator auth(m_profile->database());
        QCOMPARE(auth.login(QStringLiteral("keuangan"), DemoData::demoPassword()).error().code,
                 Error::Code::Forbidden);
        LONTAR_VERIFY_OK(admin.setActive(user(QStringLiteral("keuangan")).id, true));
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("keuangan"), DemoData::demoPassword()));
        QVERIFY(m_profile->audit().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestIdentityAdmin)
#include "tst_identityadmin.moc"
