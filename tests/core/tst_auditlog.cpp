#include "TestSupport.h"

#include "core/AuditLog.h"
#include "core/Profile.h"

#include <QTemporaryDir>

using namespace lontar;

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;

    void appendSome(int n)
    {
        for (int i = 0; i < n; ++i)
            LONTAR_VERIFY_OK(m_profile->audit().append(QStringLiteral("admin"), QStringLiteral("test.action"),
                                                       QStringLiteral("thing"), QString::number(i),
                                                       QJsonObject{{QStringLiteral("n"), i}}));
    }

private Q_SLOTS:
    void init()
    {
        m_dir.remove();
        auto p = Profile::open(m_dir.path() + QStringLiteral("/p"), {});
        LONTAR_VERIFY_OK(p);
        m_profile = std::move(*p);
        appendSome(10);
    }
    void cleanup() { m_profile.reset(); }

    void intactChainVerifies()
    {
        const AuditVerification v = m_profile->audit().verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entriesChecked, 10);
        auto entries = m_profile->audit().entries(3);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->first().id, 10);
        QCOMPARE(entries->first().previousHash, m_profile->audit().entries(2, 10)->first().hash);
    }

    void editedEntryIsFound()
    {
        LONTAR_VERIFY_OK(m_profile->database().exec(
            QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 4")));
        const AuditVerification v = m_profile->audit().verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadEntry, 4);
    }

    void editedDetailsAreFound()
    {
        LONTAR_VERIFY_OK(m_profile->database().exec(
            QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE id = 7")));
        QCOMPARE(m_profile->audit().verify().firstBadEntry, 7);
    }

    void rehashedEditStillBreaksTheNextLink()
    {
        // An attacker who recomputes the edited entry's own hash still breaks the link to the next one.
        auto all = m_profile->audit().entries(100);
        AuditEntry e = all->at(all->size() - 5); // id 5
        QCOMPARE(e.id, 5);
        e.actor = QStringLiteral("mallory");
        const QString forged = AuditLog::computeHash(e);
        LONTAR_VERIFY_OK(m_profile->database().exec(
            QStringLiteral("UPDATE audit_log SET actor = ?, hash = ? WHERE id = 5"), {e.actor, forged}));
        const AuditVerification v = m_profile->audit().verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadEntry, 6);
    }

    void deletedEntryIsFound()
    {
        LONTAR_VERIFY_OK(m_profile->database().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        const AuditVerification v = m_profile->audit().verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadEntry, 3);
    }

    void truncatedTailIsFound()
    {
        LONTAR_VERIFY_OK(m_profile->database().exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 9")));
        const AuditVerification v = m_profile->audit().verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("10")), qPrintable(v.problem));
    }

    void appendJoinsCallerTransaction()
    {
        {
            Transaction tx(m_profile->database());
            LONTAR_VERIFY_OK(
                m_profile->audit().append(QStringLiteral("admin"), QStringLiteral("rolled.back")));
            // no commit: the entry and the head update both vanish
        }
        QCOMPARE(m_profile->audit().verify().entriesChecked, 10);
        QVERIFY(m_profile->audit().verify().intact);
        appendSome(1);
        QCOMPARE(m_profile->audit().verify().entriesChecked, 11);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
