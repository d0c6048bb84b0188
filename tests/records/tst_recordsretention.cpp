#include "RecordsTestSupport.h"

#include "records/Filing.h"
#include "records/Instruments.h"
#include "records/Retention.h"

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

// The retention engine: dates from a JRA row and a cut-off (end of the closing year or a named event),
// exact calendar arithmetic (29 February, 31 December), codes without a JRA row, and the dashboard's
// categories on a given date.
class TestRecordsRetention : public QObject
{
    Q_OBJECT

    static RetentionRule rule(int active, int inactive, FinalDisposition d, Cutoff c = Cutoff::EndOfYear)
    {
        RetentionRule r;
        r.code = QStringLiteral("000.1.2");
        r.activeYears = active;
        r.inactiveYears = inactive;
        r.disposition = d;
        r.cutoff = c;
        if (c == Cutoff::Event)
            r.cutoffEvent = QStringLiteral("pegawai pensiun");
        return r;
    }

private Q_SLOTS:
    void endOfYearCutoff()
    {
        const auto d = computeRetention(rule(2, 3, FinalDisposition::Musnah), QDate(2020, 6, 15), QDate());
        QVERIFY(d.running());
        QCOMPARE(d.start, QDate(2020, 12, 31));
        QCOMPARE(d.activeUntil, QDate(2022, 12, 31));
        QCOMPARE(d.inactiveUntil, QDate(2025, 12, 31));
        // Closed on the last or the first day of a year: the year of closing decides.
        QCOMPARE(computeRetention(rule(1, 1, FinalDisposition::Musnah), QDate(2020, 12, 31), {}).start,
                 QDate(2020, 12, 31));
        QCOMPARE(computeRetention(rule(1, 1, FinalDisposition::Musnah), QDate(2021, 1, 1), {}).start,
                 QDate(2021, 12, 31));
        // The event date does not count for an akhir_tahun row; an open berkas has no clock yet.
        const auto open = computeRetention(rule(2, 3, FinalDisposition::Musnah), QDate(), QDate(2020, 1, 1));
        QVERIFY(open.open);
        QVERIFY(!open.running());
    }

    void eventCutoffAndLeapDay()
    {
        const auto r = rule(1, 3, FinalDisposition::DinilaiKembali, Cutoff::Event);
        const auto d = computeRetention(r, QDate(2020, 5, 1), QDate(2024, 2, 29));
        QCOMPARE(d.start, QDate(2024, 2, 29)); // the event, not the closing year
        QCOMPARE(d.activeUntil, QDate(2025, 2, 28));
        QCOMPARE(d.inactiveUntil, QDate(2028, 2, 29)); // counted from the cut-off: no drift to the 28th
        const auto waiting = computeRetention(r, QDate(2020, 5, 1), QDate());
        QVERIFY(waiting.waitingEvent);
        QVERIFY(!waiting.running());
        QCOMPARE(dueCategory(QStringLiteral("aktif"), waiting, false, QDate(2100, 1, 1)), DueCategory::None);
    }

    void dueOnExactDays()
    {
        const auto d = computeRetention(rule(2, 3, FinalDisposition::Musnah), QDate(2020, 6, 15), {});
        const QString aktif = QStringLiteral("aktif");
        QCOMPARE(dueCategory(aktif, d, false, QDate(2022, 12, 30)), DueCategory::None);
        QCOMPARE(dueCategory(aktif, d, false, QDate(2022, 12, 31)), DueCategory::ToInactive);
        QCOMPARE(dueCategory(QStringLiteral("inaktif"), d, false, QDate(2025, 12, 30)), DueCategory::None);
        QCOMPARE(dueCategory(QStringLiteral("inaktif"), d, false, QDate(2025, 12, 31)), DueCategory::Musnah);
        // Never transferred: once both periods passed, the final disposition is what is due.
        QCOMPARE(dueCategory(aktif, d, false, QDate(2026, 1, 1)), DueCategory::Musnah);
        QCOMPARE(dueCategory(aktif, d, true, QDate(2026, 1, 1)), DueCategory::None); // held
        QCOMPARE(dueCategory(QStringLiteral("usul_musnah"), d, false, QDate(2026, 1, 1)), DueCategory::None);
        const auto p = computeRetention(rule(5, 10, FinalDisposition::Permanen), QDate(2000, 3, 1), {});
        QCOMPARE(dueCategory(QStringLiteral("inaktif"), p, false, QDate(2015, 12, 31)),
                 DueCategory::Permanen);
        const auto none = computeRetention(std::nullopt, QDate(1990, 1, 1), {});
        QVERIFY(!none.rule && !none.running());
        QCOMPARE(dueCategory(aktif, none, false, QDate(2100, 1, 1)), DueCategory::None); // tanpa JRA
    }

    void tanggalInIndonesian()
    {
        QCOMPARE(formatTanggal(QDate(2026, 3, 3)), QStringLiteral("3 Maret 2026"));
        QCOMPARE(formatTanggal(QDate(2028, 2, 29)), QStringLiteral("29 Februari 2028"));
        QCOMPARE(formatTanggal(QDate()), QStringLiteral("-"));
    }

    // Berkas on a device with the demo JRA: each lands in the category its code and dates call for.
    void dashboardCategories()
    {
        RecordsDevice dev;
        DeviceRecordsRows rows(dev.db(), dev.profile->audit(), dev.actor(QStringLiteral("arsiparis")));
        InstrumentImport instruments(rows);
        LONTAR_VERIFY_OK(instruments.importClassification(demoClassificationCsv()));
        LONTAR_VERIFY_OK(instruments.importRetention(demoRetentionCsv()));
        FilingRegister tu(dev.db(), dev.profile->audit(), dev.actor(QStringLiteral("tu")));
        FilingRegister arsiparis(dev.db(), dev.profile->audit(), dev.actor(QStringLiteral("arsiparis")));
        const auto open = [&](const QString& code, const QString& title, QDate opened, QDate closed) {
            FileDraft draft;
            draft.code = code;
            draft.title = title;
            draft.openedOn = opened;
            auto f = tu.openFile(draft);
            if (!f)
                qFatal("%s", qPrintable(f.errorMessage()));
            if (closed.isValid()) {
                if (Status s = tu.closeFile(f->id, closed); !s)
                    qFatal("%s", qPrintable(s.errorMessage()));
            }
            return f->id;
        };
        // 000.1.2 perjalanan dinas: 2 + 3, musnah. Closed 2019: active until 31 Dec 2021, ends 31 Dec 2024.
        const QString travel =
            open(QStringLiteral("000.1.2"), QStringLiteral("SPPD 2019"), {2019, 1, 2}, {2019, 12, 20});
        // 000.1.2 closed 2023: active until 31 Dec 2025 -> due to move to inactive on 1 Jun 2026.
        const QString travel23 =
            open(QStringLiteral("000.1.2"), QStringLiteral("SPPD 2023"), {2023, 1, 2}, {2023, 12, 20});
        // 900.1.1 (3 + 7, permanen) closed 2010: ends 31 Dec 2020.
        const QString budget =
            open(QStringLiteral("900.1.1"), QStringLiteral("RKA 2010"), {2010, 1, 4}, {2010, 12, 1});
        // 400.9 (2 + 5, dinilai kembali) closed 2015.
        const QString review =
            open(QStringLiteral("400.9"), QStringLiteral("Pemberdayaan 2015"), {2015, 2, 1}, {2015, 11, 1});
        // 800.1 pegawai (peristiwa): no event date yet.
        const QString person =
            open(QStringLiteral("800.1"), QStringLiteral("Berkas pegawai A"), {2001, 3, 1}, {});
        // 100 has no JRA row anywhere up its tree.
        const QString noRule =
            open(QStringLiteral("100"), QStringLiteral("Pemerintahan 1999"), {1999, 1, 5}, {1999, 12, 1});
        // 000.1.1 (1 + 1, musnah) closed 2015, held.
        const QString held =
            open(QStringLiteral("000.1.1"), QStringLiteral("Telepon 2015"), {2015, 1, 5}, {2015, 12, 1});
        LONTAR_VERIFY_OK(arsiparis.hold(held, QStringLiteral("Pemeriksaan BPK")));

        auto d = RetentionQuery(dev.db()).dashboard(QDate(2026, 6, 1));
        LONTAR_VERIFY_OK(d);
        const auto due = [&](const QString& id) {
            for (const FileRetentionRow& r : d->rows) {
                if (r.id == id)
                    return r.due;
            }
            return DueCategory(-1);
        };
        QCOMPARE(due(travel), DueCategory::Musnah);
        QCOMPARE(due(travel23), DueCategory::ToInactive);
        QCOMPARE(due(budget), DueCategory::Permanen);
        QCOMPARE(due(review), DueCategory::DinilaiKembali);
        QCOMPARE(due(person), DueCategory::None);
        QCOMPARE(due(noRule), DueCategory::None);
        QCOMPARE(due(held), DueCategory::None);
        QCOMPARE(d->counts.total, 7);
        QCOMPARE(d->counts.musnah, 1);
        QCOMPARE(d->counts.toInactive, 1);
        QCOMPARE(d->counts.permanen, 1);
        QCOMPARE(d->counts.dinilaiKembali, 1);
        QCOMPARE(d->counts.held, 1);
        QCOMPARE(d->counts.noJra, 1);
        QCOMPARE(d->counts.waitingEvent, 1);
        const QString diskominfo = dev.actor(QStringLiteral("tu")).user.unitId;
        QCOMPARE(d->perUnit.value(diskominfo).total, 7);
        QCOMPARE(d->perUnit.size(), 1);
        QCOMPARE(d->rows.first().due, DueCategory::Musnah); // due for destruction first

        // A year earlier the 2019 travel file was only due to move to inactive, the 2023 one nothing.
        auto earlier = RetentionQuery(dev.db()).dashboard(QDate(2024, 12, 30));
        LONTAR_VERIFY_OK(earlier);
        QCOMPARE(earlier->counts.musnah, 0);
        QCOMPARE(earlier->counts.toInactive, 1);

        // The arsiparis records the event: the personal file's clock starts (2 + 30 from 10 Jan 2020).
        LONTAR_VERIFY_OK(arsiparis.setEventDate(person, QDate(2020, 1, 10)));
        auto f = RetentionQuery(dev.db()).file(person, QDate(2026, 6, 1));
        LONTAR_VERIFY_OK(f);
        QCOMPARE(f->dates.activeUntil, QDate(2022, 1, 10));
        QCOMPARE(f->dates.inactiveUntil, QDate(2052, 1, 10));
        QCOMPARE(f->due, DueCategory::ToInactive);
        // A pencatat cannot set the event date, nor move the berkas along its retention.
        QVERIFY(!tu.setEventDate(person, QDate(2021, 1, 1)));
        QVERIFY(!tu.setStatus(person, QStringLiteral("inaktif")));
        LONTAR_VERIFY_OK(arsiparis.setStatus(person, QStringLiteral("inaktif")));
        // The 2023 travel file (musnah, retention ends 31 Dec 2028) cannot be marked permanent.
        QVERIFY(!arsiparis.setStatus(travel23, QStringLiteral("permanen")));
        // A code without JRA never moves.
        QVERIFY(!arsiparis.setStatus(noRule, QStringLiteral("inaktif")));
    }
};

QTEST_GUILESS_MAIN(TestRecordsRetention)
#include "tst_recordsretention.moc"
