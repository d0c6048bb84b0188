#include "TestSupport.h"

#include "core/Identity.h"
#include "core/PasswordHasher.h"
#include "core/Profile.h"

#include <QTemporaryDir>

using namespace lontar;

class TestAuthenticator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

    User makeUser(const QString& username, const QString& nip)
    {
        User u;
        u.username = username;
        u.nip = nip;
        u.fullName = QStringLiteral("Pegawai ") + username;
        u.roles = {Role::Asn};
        return u;
    }

private Q_SLOTS:
    void init()
    {
        m_dir.remove();
        QVERIFY(m_dir.isValid());
        auto p = Profile::open(m_dir.path() + QStringLiteral("/profile"), {});
        LONTAR_VERIFY_OK(p);
        m_profile = std::move(*p);
        LONTAR_VERIFY_OK(m_profile->identity().createUser(
            makeUser(QStringLiteral("budi"), QStringLiteral("199001012020011001")),
            QStringLiteral("rahasia-budi")));
    }

    void cleanup() { m_profile.reset(); }

    void hashIsArgon2idAndSalted()
    {
        auto a = PasswordHasher::hash(QStringLiteral("sama-saja-123"));
        auto b = PasswordHasher::hash(QStringLiteral("sama-saja-123"));
        LONTAR_VERIFY_OK(a);
        QVERIFY(a->startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(*a != *b);
        QVERIFY(PasswordHasher::verify(QStringLiteral("sama-saja-123"), *a));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("sama-saja-124"), *a));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("plaintext")));
        // The stored column never holds the password itself.
        auto stored = m_profile->database().scalar(
            QStringLiteral("SELECT password_hash FROM users WHERE username='budi'"));
        QVERIFY(stored->toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!stored->toString().contains(QStringLiteral("rahasia-budi")));
    }

    void loginSucceedsWithRightPassword()
    {
        Authenticator auth(m_profile->database(), &m_profile->audit());
        auto user = auth.login(QStringLiteral("  BUDI "), QStringLiteral("rahasia-budi"));
        LONTAR_VERIFY_OK(user);
        QCOMPARE(user->username, QStringLiteral("budi"));
        QVERIFY(user->hasRole(Role::Asn));
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        Authenticator auth(m_profile->database());
        auto wrong = auth.login(QStringLiteral("budi"), QStringLiteral("salah-salah"));
        auto unknown = auth.login(QStringLiteral("siapa"), QStringLiteral("salah-salah"));
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.error().code, Error::Code::Unauthorized);
        QCOMPARE(wrong.errorMessage(), unknown.errorMessage());
    }

    void locksOutAfterRepeatedFailuresThenRecovers()
    {
        Authenticator auth(m_profile->database(), &m_profile->audit(), LockoutPolicy{3, 15},
                           [this] { return m_now; });
        for (int i = 0; i < 2; ++i)
            QCOMPARE(auth.login(QStringLiteral("budi"), QStringLiteral("salah")).error().code,
                     Error::Code::Unauthorized);
        auto third = auth.login(QStringLiteral("budi"), QStringLiteral("salah"));
        QCOMPARE(third.error().code, Error::Code::Locked);
        // Even the right password is refused while locked.
        auto locked = auth.login(QStringLiteral("budi"), QStringLiteral("rahasia-budi"));
        QCOMPARE(locked.error().code, Error::Code::Locked);
        QVERIFY(locked.errorMessage().contains(QStringLiteral("15")));

        m_now = m_now.addSecs(14 * 60);
        QCOMPARE(auth.login(QStringLiteral("budi"), QStringLiteral("rahasia-budi")).error().code,
                 Error::Code::Locked);
        m_now = m_now.addSecs(2 * 60);
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("budi"), QStringLiteral("rahasia-budi")));

        // The failure counter was reset by the successful login.
        QCOMPARE(m_profile->database()
                     .scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE username='budi'"))
                     ->toInt(),
                 0);
        // Each step is in the audit trail.
        auto entries = m_profile->audit().entries(50);
        LONTAR_VERIFY_OK(entries);
        QStringList actions;
        for (const AuditEntry& e : *entries)
            actions.prepend(e.action);
        QCOMPARE(actions.count(QStringLiteral("login.failure")), 2);
        QCOMPARE(actions.count(QStringLiteral("login.lockout")), 1);
        QCOMPARE(actions.count(QStringLiteral("login.locked")), 2);
        QCOMPARE(actions.last(), QStringLiteral("login.success"));
    }

    void successResetsFailureCount()
    {
        Authenticator auth(m_profile->database(), nullptr, LockoutPolicy{3, 15}, [this] { return m_now; });
        QVERIFY(!auth.login(QStringLiteral("budi"), QStringLiteral("salah")).ok());
        QVERIFY(!auth.login(QStringLiteral("budi"), QStringLiteral("salah")).ok());
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("budi"), QStringLiteral("rahasia-budi")));
        QVERIFY(!auth.login(QStringLiteral("budi"), QStringLiteral("salah")).ok());
        QCOMPARE(auth.login(QStringLiteral("budi"), QStringLiteral("salah")).error().code,
                 Error::Code::Unauthorized);
    }

    void inactiveUserIsRefused()
    {
        LONTAR_VERIFY_OK(
            m_profile->database().exec(QStringLiteral("UPDATE users SET active = 0 WHERE username='budi'")));
        Authenticator auth(m_profile->database());
        QCOMPARE(auth.login(QStringLiteral("budi"), QStringLiteral("rahasia-budi")).error().code,
                 Error::Code::Forbidden);
    }

    void validatesNewUsers()
    {
        IdentityStore& ids = m_profile->identity();
        QCOMPARE(ids.createUser(makeUser(QStringLiteral("ani"), QStringLiteral("123")),
                                QStringLiteral("panjang-sekali"))
                     .error()
                     .code,
                 Error::Code::InvalidInput);
        QCOMPARE(ids.createUser(makeUser(QStringLiteral("ani"), QStringLiteral("199001012020011002")),
                                QStringLiteral("pendek"))
                     .error()
                     .code,
                 Error::Code::InvalidInput);
        QCOMPARE(ids.createUser(makeUser(QStringLiteral("budi"), QStringLiteral("199001012020011003")),
                                QStringLiteral("panjang-sekali"))
                     .error()
                     .code,
                 Error::Code::Conflict);
        QCOMPARE(*ids.userCount(), 1);
    }

    void unitSubtreeFollowsTheOrgChart()
    {
        IdentityStore& ids = m_profile->identity();
        auto root = ids.createUnit(
            {{}, {}, QStringLiteral("PEMKAB"), QStringLiteral("Pemkab"), QStringLiteral("pemda"), {}});
        LONTAR_VERIFY_OK(root);
        auto opd = ids.createUnit(
            {{}, root->id, QStringLiteral("DINAS"), QStringLiteral("Dinas"), QStringLiteral("opd"), {}});
        auto bidang = ids.createUnit(
            {{}, opd->id, QStringLiteral("DINAS.B"), QStringLiteral("Bidang"), QStringLiteral("bidang"), {}});
        auto other = ids.createUnit(
            {{}, root->id, QStringLiteral("BADAN"), QStringLiteral("Badan"), QStringLiteral("opd"), {}});
        LONTAR_VERIFY_OK(bidang);
        LONTAR_VERIFY_OK(other);
        auto subtree = ids.subtreeUnitIds(opd->id);
        LONTAR_VERIFY_OK(subtree);
        QCOMPARE(subtree->size(), 2);
        QVERIFY(subtree->contains(bidang->id));
        QVERIFY(!subtree->contains(other->id));
        QCOMPARE(ids.subtreeUnitIds(root->id)->size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
