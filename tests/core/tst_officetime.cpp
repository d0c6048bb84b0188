#include "core/OfficeTime.h"

#include <QLocale>
#include <QTest>

using namespace lontar;

// Times are shown in the office's zone with the Indonesian zone names, never as UTC.
class TestOfficeTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia)); }

    void zonesHaveTheirIndonesianNames()
    {
        QCOMPARE(zoneAbbreviation(QStringLiteral("Asia/Jakarta")), QStringLiteral("WIB"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("Asia/Pontianak")), QStringLiteral("WIB"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("Asia/Makassar")), QStringLiteral("WITA"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("Asia/Jayapura")), QStringLiteral("WIT"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("Europe/London"),
                                  QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)),
                 QStringLiteral("UTC+0"));
        QCOMPARE(zoneAbbreviation(QStringLiteral("Asia/Kolkata")), QStringLiteral("UTC+5:30"));
    }

    void theSameMomentReadsDifferentlyPerOffice()
    {
        const QDateTime moment(QDate(2026, 11, 23), QTime(7, 5), Qt::UTC);
        QCOMPARE(formatOfficeTime(moment, QStringLiteral("Asia/Jakarta")),
                 QStringLiteral("23 November 2026 14.05 WIB"));
        QCOMPARE(formatOfficeTime(moment, QStringLiteral("Asia/Makassar")),
                 QStringLiteral("23 November 2026 15.05 WITA"));
        QCOMPARE(formatOfficeTime(moment, QStringLiteral("Asia/Jayapura"), TimeStyle::Short),
                 QStringLiteral("23 Nov 2026 16.05 WIT"));
        // Near midnight the date changes with the zone.
        const QDateTime late(QDate(2026, 11, 23), QTime(16, 30), Qt::UTC);
        QCOMPARE(formatOfficeTimeNumeric(late, QStringLiteral("Asia/Jakarta")),
                 QStringLiteral("23-11-2026 23:30 WIB"));
        QCOMPARE(formatOfficeTimeNumeric(late, QStringLiteral("Asia/Jayapura")),
                 QStringLiteral("24-11-2026 01:30 WIT"));
    }

    void unknownZoneFallsBackToJakartaAndInvalidTimeIsEmpty()
    {
        const QDateTime moment(QDate(2026, 11, 23), QTime(7, 5), Qt::UTC);
        QCOMPARE(formatOfficeTime(moment, QStringLiteral("Bukan/Zona")),
                 QStringLiteral("23 November 2026 14.05 WIB"));
        QCOMPARE(formatOfficeTime(moment, QString()), QStringLiteral("23 November 2026 14.05 WIB"));
        QVERIFY(formatOfficeTime(QDateTime(), QStringLiteral("Asia/Jakarta")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfficeTime)
#include "tst_officetime.moc"
