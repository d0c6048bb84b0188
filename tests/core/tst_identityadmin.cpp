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
    QString unitId(const QString& code)
    {
        for (const OrgUnit& u : *m_profile->identity().units()) {
            if (u.code == code)
                return u.id;
        }
        return {};
    }
    User newUser(const QString& username, const QString& nip, const QString& unitCode)
    {
        User u;
        u.username = username;
        u.nip = nip;
        u.fullName = QStringLiteral("Pegawai Baru");
        u.unitId = unitId(unitCode);
        u.roles = {Role::Asn};
        return u;
    }
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
        u.unitId = unitId(QStringLiteral("DISKOMINFO.APTIKA"));
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
        QCOMPARE(admin.setActive(me.id, false).error().code, Error::Code::Forbidden);
        LONTAR_VERIFY_OK(admin.setActive(user(QStringLiteral("staf")).id, false));
        Authenticator auth(m_profile->database());
        QCOMPARE(auth.login(QStringLiteral("staf"), DemoData::demoPassword()).error().code,
                 Error::Code::Forbidden);
        LONTAR_VERIFY_OK(admin.setActive(user(QStringLiteral("staf")).id, true));
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("staf"), DemoData::demoPassword()));
        QVERIFY(m_profile->audit().verify().intact);
    }

    // The admin of DISKOMINFO administers DISKOMINFO and the units beneath it, nothing else; a user or
    // unit elsewhere is answered like an unknown id, and nothing is written.
    void adminActsOnlyInTheirUnitSubtree()
    {
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), user(QStringLiteral("admin")));
        const QString keuangan = user(QStringLiteral("keuangan")).id; // BKAD
        const qint64 before = auditCount();
        QCOMPARE(admin.setActive(keuangan, false).error().code, Error::Code::NotFound);
        QCOMPARE(admin.resetPassword(keuangan, QStringLiteral("sandi-baru-123")).error().code,
                 Error::Code::NotFound);
        QCOMPARE(admin.unlock(keuangan).error().code, Error::Code::NotFound);
        QCOMPARE(admin.lock(keuangan).error().code, Error::Code::NotFound);
        QCOMPARE(admin.setRoles(keuangan, {Role::Asn}).error().code, Error::Code::NotFound);
        QCOMPARE(admin.setClearance(keuangan, 1).error().code, Error::Code::NotFound);
        UserProfileChange edit;
        edit.fullName = QStringLiteral("Diubah");
        QCOMPARE(admin.updateProfile(keuangan, edit).error().code, Error::Code::NotFound);
        QCOMPARE(admin.managedUser(keuangan).error().code, Error::Code::NotFound);
        // Creating in, or moving to, a unit outside the tree.
        QCOMPARE(admin
                     .createUser(newUser(QStringLiteral("luar"), QStringLiteral("199901012024011001"),
                                         QStringLiteral("BKAD")),
                                 QStringLiteral("sandi-awal-luar"))
                     .error()
                     .code,
                 Error::Code::NotFound);
        QCOMPARE(
            admin.moveToUnit(user(QStringLiteral("staf")).id, unitId(QStringLiteral("BKAD"))).error().code,
            Error::Code::NotFound);
        QCOMPARE(
            admin.moveToUnit(user(QStringLiteral("staf")).id, unitId(QStringLiteral("PEMKAB"))).error().code,
            Error::Code::NotFound); // above the admin's own unit is outside too
        QCOMPARE(auditCount(), before);
        QVERIFY(user(QStringLiteral("keuangan")).active);
        QCOMPARE(user(QStringLiteral("staf")).unitId, unitId(QStringLiteral("DISKOMINFO.APTIKA")));

        // Inside the tree all of it works.
        auto managed = admin.managedUsers();
        LONTAR_VERIFY_OK(managed);
        QStringList names;
        for (const User& u : *managed)
            names.append(u.username);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("admin"), QStringLiteral("kabid"),
                                     QStringLiteral("kadis"), QStringLiteral("kios-diskominfo"),
                                     QStringLiteral("staf"), QStringLiteral("tu")}));
        auto created = admin.createUser(newUser(QStringLiteral("baru"), QStringLiteral("199901012024011002"),
                                                QStringLiteral("DISKOMINFO.APTIKA")),
                                        QStringLiteral("sandi-awal-baru"));
        LONTAR_VERIFY_OK(created);
        LONTAR_VERIFY_OK(admin.moveToUnit(created->id, unitId(QStringLiteral("DISKOMINFO.PERSANDIAN"))));
        LONTAR_VERIFY_OK(admin.setRoles(created->id, {Role::Asn, Role::Arsiparis}));
        LONTAR_VERIFY_OK(admin.setClearance(created->id, 2));
        edit.position = QStringLiteral("Sandiman");
        edit.nip = QStringLiteral("199901012024011003");
        auto updated = admin.updateProfile(created->id, edit);
        LONTAR_VERIFY_OK(updated);
        const User stored = *m_profile->identity().userById(created->id);
        QCOMPARE(stored.unitId, unitId(QStringLiteral("DISKOMINFO.PERSANDIAN")));
        QCOMPARE(stored.roles, (QList<Role>{Role::Arsiparis, Role::Asn}));
        QCOMPARE(stored.clearance, 2);
        QCOMPARE(stored.fullName, QStringLiteral("Diubah"));
        QCOMPARE(stored.position, QStringLiteral("Sandiman"));
        QCOMPARE(stored.nip, QStringLiteral("199901012024011003"));
        QVERIFY(m_profile->audit().verify().intact);
    }

    void adminCannotLockOutThemselves()
    {
        const User me = user(QStringLiteral("admin"));
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), me);
        QCOMPARE(admin.lock(me.id).error().code, Error::Code::Forbidden);
        QCOMPARE(admin.setRoles(me.id, {Role::Asn}).error().code, Error::Code::Forbidden);
        LONTAR_VERIFY_OK(admin.setRoles(me.id, {Role::AdminOpd, Role::Asn, Role::Atasan}));
        QVERIFY(user(QStringLiteral("admin")).hasRole(Role::AdminOpd));
    }

    // The rule reads the actor from the database: a session that started before the admin role was
    // taken away can no longer change anything.
    void staleAdminSessionIsRefused()
    {
        const User before = user(QStringLiteral("admin"));
        IdentityAdmin stale(m_profile->database(), m_profile->audit(), before);
        LONTAR_VERIFY_OK(m_profile->database().exec(
            QStringLiteral("DELETE FROM user_roles WHERE user_id = ? AND role = 'admin_opd'"), {before.id}));
        QCOMPARE(stale.unlock(user(QStringLiteral("staf")).id).error().code, Error::Code::Forbidden);
    }

    void validationAndLocking()
    {
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), user(QStringLiteral("admin")));
        const QString staf = user(QStringLiteral("staf")).id;
        const QString aptika = unitId(QStringLiteral("DISKOMINFO.APTIKA"));
        User bad = newUser(QStringLiteral("dengan\tTab"), QStringLiteral("199901012024011004"),
                           QStringLiteral("DISKOMINFO.APTIKA"));
        QCOMPARE(admin.createUser(bad, QStringLiteral("sandi-awal-123")).error().code,
                 Error::Code::InvalidInput);
        bad.username = QStringLiteral("tanpaunit");
        bad.unitId.clear();
        QCOMPARE(admin.createUser(bad, QStringLiteral("sandi-awal-123")).error().code,
                 Error::Code::InvalidInput);
        bad.unitId = aptika;
        bad.fullName = QStringLiteral("Nama\x1b[2JPalsu");
        QCOMPARE(admin.createUser(bad, QStringLiteral("sandi-awal-123")).error().code,
                 Error::Code::InvalidInput);
        bad.fullName = QStringLiteral("Nama Benar");
        bad.clearance = 4;
        QCOMPARE(admin.createUser(bad, QStringLiteral("sandi-awal-123")).error().code,
                 Error::Code::InvalidInput);
        QCOMPARE(admin.setClearance(staf, -1).error().code, Error::Code::InvalidInput);
        UserProfileChange edit;
        edit.nip = user(QStringLiteral("kabid")).nip;
        QCOMPARE(admin.updateProfile(staf, edit).error().code, Error::Code::Conflict);
        edit.nip = QStringLiteral("123");
        QCOMPARE(admin.updateProfile(staf, edit).error().code, Error::Code::InvalidInput);

        // An admin's lock holds until unlocked, whatever the password; reset bumps the credential version.
        LONTAR_VERIFY_OK(admin.lock(staf));
        QVERIFY(*admin.isLocked(staf));
        Authenticator auth(m_profile->database());
        QCOMPARE(auth.login(QStringLiteral("staf"), DemoData::demoPassword()).error().code,
                 Error::Code::Locked);
        LONTAR_VERIFY_OK(admin.unlock(staf));
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("staf"), DemoData::demoPassword()));
        const qint64 version = user(QStringLiteral("staf")).credentialVersion;
        LONTAR_VERIFY_OK(admin.resetPassword(staf, QStringLiteral("sandi-baru-staf")));
        QCOMPARE(user(QStringLiteral("staf")).credentialVersion, version + 1);
    }

    // The server joins the change to its own transaction (which also publishes the directory): a
    // failure later in that transaction takes the change and its audit entry back with it.
    void joinsTheCallersTransaction()
    {
        IdentityAdmin admin(m_profile->database(), m_profile->audit(), user(QStringLiteral("admin")));
        const qint64 before = auditCount();
        {
            Transaction tx(m_profile->database());
            LONTAR_VERIFY_OK(tx.status());
            LONTAR_VERIFY_OK(admin.setActive(user(QStringLiteral("staf")).id, false));
            QVERIFY(!user(QStringLiteral("staf")).active);
        } // rolled back
        QVERIFY(user(QStringLiteral("staf")).active);
        QCOMPARE(auditCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestIdentityAdmin)
#include "tst_identityadmin.moc"
