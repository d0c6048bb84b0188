#include "attendance/TrustedTime.h"

#include <QtTest>

using namespace lontar::attendance;

// TrustedTime alone: each flag and its boundaries, computed from the anchor and the boot clock only.
class TestTrustedTime : public QObject
{
    Q_OBJECT

    static constexpr qint64 kServer = 1'780'000'000'000; // the server's clock at the anchor
    static constexpr qint64 kBoot = 5'000'000;           // the boot clock at the anchor
    static constexpr qint64 kTol = 2 * 60 * 1000;
    static constexpr qint64 kWeek = 7LL * 24 * 3600 * 1000;

    // An event recorded `elapsed` boot-clock ms after the anchor, claiming `claimed`.
    static TimeClaim claim(qint64 elapsed, qint64 claimed)
    {
        return TimeClaim{claimed, TimeAnchor{kServer, kBoot, QStringLiteral("boot-a")}, kBoot + elapsed,
                         QStringLiteral("boot-a")};
    }

private Q_SLOTS:
    void honestEventIsTrusted()
    {
        const qint64 elapsed = 3'600'000;
        const TimeVerdict v = assessTime(claim(elapsed, kServer + elapsed + 500), kServer + elapsed + 60'000);
        QCOMPARE(v.trustedAt.value_or(-1), kServer + elapsed);
        QVERIFY2(v.flags.isEmpty(), qPrintable(v.flags.join(QLatin1Char(','))));
    }

    void clockOffBoundary()
    {
        const qint64 trusted = kServer + 1000;
        const qint64 receipt = trusted + 10'000;
        // Exactly the tolerance, either way: not flagged.
        QVERIFY(assessTime(claim(1000, trusted - kTol), receipt).flags.isEmpty());
        QVERIFY(assessTime(claim(1000, trusted + kTol), receipt).flags.isEmpty());
        // One millisecond more: clock_off, and the trusted time is still the anchored one.
        const TimeVerdict behind = assessTime(claim(1000, trusted - kTol - 1), receipt);
        QCOMPARE(behind.flags, QStringList{flag::kClockOff});
        QCOMPARE(*behind.trustedAt, trusted);
        QCOMPARE(assessTime(claim(1000, trusted + kTol + 1), receipt).flags, QStringList{flag::kClockOff});
        // A wall clock set back three hours.
        QCOMPARE(assessTime(claim(1000, trusted - 3 * 3600 * 1000), receipt).flags,
                 QStringList{flag::kClockOff});
    }

    void configurableTolerance()
    {
        TrustConfig config;
        config.toleranceMs = 10'000;
        QVERIFY(assessTime(claim(0, kServer + 10'000), kServer, config).flags.isEmpty());
        QCOMPARE(assessTime(claim(0, kServer + 10'001), kServer + 20'000, config).flags,
                 QStringList{flag::kClockOff});
    }

    void staleAnchorBoundary()
    {
        // Seven days of boot clock since the anchor: still fresh; one ms more: stale (but still computed).
        const TimeVerdict fresh = assessTime(claim(kWeek, kServer + kWeek), kServer + kWeek);
        QVERIFY(fresh.flags.isEmpty());
        const TimeVerdict stale = assessTime(claim(kWeek + 1, kServer + kWeek + 1), kServer + kWeek + 1);
        QCOMPARE(stale.flags, QStringList{flag::kStaleAnchor});
        QCOMPARE(*stale.trustedAt, kServer + kWeek + 1);
    }

    void rebootIsUnanchored()
    {
        // Another boot id: elapsed time means nothing, so no trusted time.
        TimeClaim other = claim(1000, kServer + 1000);
        other.bootId = QStringLiteral("boot-b");
        const TimeVerdict v = assessTime(other, kServer + 5000);
        QVERIFY(!v.trustedAt);
        QCOMPARE(v.flags, QStringList{flag::kReboot});
        // The same boot id but the boot clock went backwards: a reboot too (ids can repeat elsewhere).
        TimeClaim backwards = claim(-1, kServer);
        const TimeVerdict b = assessTime(backwards, kServer + 5000);
        QVERIFY(!b.trustedAt);
        QCOMPARE(b.flags, QStringList{flag::kReboot});
        // Elapsed zero is still the same boot.
        QVERIFY(assessTime(claim(0, kServer), kServer).flags.isEmpty());
    }

    void noAnchor()
    {
        const TimeClaim c{kServer, std::nullopt, 1234, QStringLiteral("boot-a")};
        const TimeVerdict v = assessTime(c, kServer);
        QVERIFY(!v.trustedAt);
        QCOMPARE(v.flags, QStringList{flag::kNoAnchor});
        // Without an anchor only the receipt can show a claim from the future.
        const TimeVerdict ahead =
            assessTime(TimeClaim{kServer + kTol + 1, std::nullopt, 1, QStringLiteral("x")}, kServer);
        QCOMPARE(ahead.flags, (QStringList{flag::kNoAnchor, flag::kFuture}));
        QCOMPARE(assessTime(TimeClaim{kServer + kTol, std::nullopt, 1, QStringLiteral("x")}, kServer).flags,
                 QStringList{flag::kNoAnchor});
    }

    void futureBoundaries()
    {
        // Claimed a day ahead of the receipt: clock_off and future.
        const qint64 day = 24LL * 3600 * 1000;
        QCOMPARE(assessTime(claim(1000, kServer + 1000 + day), kServer + 2000).flags,
                 (QStringList{flag::kClockOff, flag::kFuture}));
        // Trusted time later than the receipt + tolerance (an anchor the server never gave): future,
        // while the claim agrees with it.
        const qint64 elapsed = 10 * 60 * 1000;
        QCOMPARE(assessTime(claim(elapsed, kServer + elapsed), kServer + elapsed - kTol - 1).flags,
                 QStringList{flag::kFuture});
        QVERIFY(assessTime(claim(elapsed, kServer + elapsed), kServer + elapsed - kTol).flags.isEmpty());
    }

    void anchoredTimeNeedsTheSameBoot()
    {
        const TimeAnchor a{kServer, kBoot, QStringLiteral("boot-a")};
        QCOMPARE(anchoredTime(a, kBoot + 42, QStringLiteral("boot-a")).value_or(-1), kServer + 42);
        QVERIFY(!anchoredTime(a, kBoot + 42, QStringLiteral("boot-b")));
        QVERIFY(!anchoredTime(std::nullopt, kBoot, QStringLiteral("boot-a")));
        QVERIFY(!anchoredTime(TimeAnchor{kServer, kBoot, QString()}, kBoot, QString()));
    }
};

QTEST_GUILESS_MAIN(TestTrustedTime)
#include "tst_trustedtime.moc"
