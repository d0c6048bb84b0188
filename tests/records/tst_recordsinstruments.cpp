#include "RecordsTestSupport.h"

#include "records/Instruments.h"

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

// Classification codes and JRA rows as data: CSV import with a row-by-row report (nothing written when
// any row is invalid), only by an arsiparis, the demo subset, and the JRA row that applies to a code.
class TestRecordsInstruments : public QObject
{
    Q_OBJECT

    qint64 instrumentRows(RecordsDevice& d)
    {
        return d.count(QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE entity IN (?, ?)"),
                       {kClassificationEntity, kRetentionEntity});
    }

private Q_SLOTS:
    void demoInstrumentsImportAndApply()
    {
        RecordsDevice d;
        DeviceRecordsRows rows(d.db(), d.profile->audit(), d.actor(QStringLiteral("arsiparis")));
        InstrumentImport import(rows);
        auto codes = import.importClassification(demoClassificationCsv());
        QVERIFY(codes.ok());
        QVERIFY2(codes->applied, qPrintable(codes->toText()));
        QVERIFY(codes->added >= 50);
        auto jra = import.importRetention(demoRetentionCsv());
        QVERIFY(jra.ok());
        QVERIFY2(jra->applied, qPrintable(jra->toText()));

        auto list = Instruments(d.db()).classifications();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), codes->added);
        QStringList mainGroups;
        for (const ClassificationCode& c : *list) {
            if (c.parentCode.isEmpty())
                mainGroups.append(c.code);
        }
        QCOMPARE(mainGroups, (QStringList{QStringLiteral("000"), QStringLiteral("100"), QStringLiteral("200"),
                                          QStringLiteral("300"), QStringLiteral("400"), QStringLiteral("500"),
                                          QStringLiteral("600"), QStringLiteral("700"), QStringLiteral("800"),
                                          QStringLiteral("900")}));
        // Numeric order of the dotted parts: 800.1.11 sorts after 800.1 and before 800.2.
        const auto at = [&](const QString& code) {
            return std::find_if(list->cbegin(), list->cend(),
                                [&](const ClassificationCode& c) { return c.code == code; }) -
                   list->cbegin();
        };
        QVERIFY(at(QStringLiteral("800.1")) < at(QStringLiteral("800.1.11")));
        QVERIFY(at(QStringLiteral("800.1.11.1")) < at(QStringLiteral("800.2")));

        Instruments instruments(d.db());
        auto own = instruments.retentionFor(QStringLiteral("900.1.1"));
        QVERIFY(own.ok() && own->has_value());
        QCOMPARE((*own)->activeYears, 3);
        QCOMPARE((*own)->inactiveYears, 7);
        QCOMPARE((*own)->disposition, FinalDisposition::Permanen);
        // 800.1.2 has no row of its own: its ancestor 800.1 applies, with an event cut-off.
        auto inherited = instruments.retentionFor(QStringLiteral("800.1.2"));
        QVERIFY(inherited.ok() && inherited->has_value());
        QCOMPARE((*inherited)->code, QStringLiteral("800.1"));
        QCOMPARE((*inherited)->cutoff, Cutoff::Event);
        QCOMPARE((*inherited)->cutoffEvent, QStringLiteral("pegawai pensiun atau berhenti"));
        auto none = instruments.retentionFor(QStringLiteral("100.1"));
        QVERIFY(none.ok() && !none->has_value());

        // Importing the same scheme again changes nothing.
        const qint64 outbox = d.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        auto again = import.importClassification(demoClassificationCsv());
        QVERIFY(again.ok() && again->applied);
        QCOMPARE(again->unchanged, codes->added);
        QCOMPARE(again->added + again->updated, 0);
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
    }

    void invalidRowsAreReportedAndNothingIsImported()
    {
        RecordsDevice d;
        DeviceRecordsRows rows(d.db(), d.profile->audit(), d.actor(QStringLiteral("arsiparis")));
        InstrumentImport import(rows);
        // Semicolons, a quoted name holding the separator; then one bad row of each kind.
        const QByteArray csv = "kode;nama;induk\n"
                               "000;Umum;\n"
                               "000.1;\"Ketatausahaan; Kerumahtanggaan\";000\n"
                               "00.1;Kode pendek;\n"      // line 4: malformed code
                               "000.2;;000\n"             // line 5: no name
                               "000.1;Lagi;000\n"         // line 6: duplicate
                               "000.3;Induk salah;100\n"  // line 7: wrong parent
                               "123.4;Tanpa induk;123\n"; // line 8: parent missing (policy)
        const qint64 before = instrumentRows(d);
        auto r = import.importClassification(csv);
        QVERIFY(r.ok());
        QVERIFY(!r->applied);
        QList<int> lines;
        for (const InstrumentIssue& i : r->issues)
            lines.append(i.line);
        QCOMPARE(lines, (QList<int>{4, 5, 6, 7, 8}));
        QVERIFY2(r->issues.last().message.contains(QStringLiteral("belum ada")),
                 qPrintable(r->issues.last().message));
        QVERIFY(r->toText().contains(QStringLiteral("tidak ada yang diimpor")));
        QCOMPARE(instrumentRows(d), before);
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM rec_classifications")), 0);

        // Without the bad rows the same file imports, the quoted name intact.
        auto good = import.importClassification(
            "kode;nama;induk\n000;Umum;\n000.1;\"Ketatausahaan; Kerumahtanggaan\";000\n");
        QVERIFY(good.ok() && good->applied);
        auto c = Instruments(d.db()).classification(QStringLiteral("000.1"));
        QVERIFY(c.ok() && c->has_value());
        QCOMPARE((*c)->name, QStringLiteral("Ketatausahaan; Kerumahtanggaan"));

        const QByteArray jra = "kode,aktif,inaktif,keterangan,pangkal,peristiwa\n"
                               "000.1,2,5,musnah,,\n"
                               "000.1,2,5,musnah,,\n"                   // line 3: duplicate
                               "000,-1,5,permanen,,\n"                  // line 4: negative years
                               "000,2,5,dihapus,,\n"                    // line 5: unknown disposition
                               "000,2,5,Dinilai Kembali,peristiwa,\n"   // line 6: event not named
                               "000,2,5,permanen,akhir tahun,pensiun\n" // line 7: event without event cut-off
                               "900.1,2,5,permanen,,\n";                // line 8: unknown code (policy)
        auto rj = import.importRetention(jra);
        QVERIFY(rj.ok());
        QVERIFY(!rj->applied);
        lines.clear();
        for (const InstrumentIssue& i : rj->issues)
            lines.append(i.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8}));
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM rec_retention")), 0);

        // A header without the needed columns is not a row problem: an error.
        QVERIFY(!import.importRetention("kode,nama\n000,Umum\n").ok());
    }

    void onlyAnArsiparisWritesInstruments()
    {
        RecordsDevice d;
        DeviceRecordsRows rows(d.db(), d.profile->audit(), d.actor(QStringLiteral("tu")));
        auto r = InstrumentImport(rows).importClassification(demoClassificationCsv());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QCOMPARE(instrumentRows(d), 0);

        // A forged row: the id of one code with another code in it.
        sync::ClientStore store(d.db(), d.actor(QStringLiteral("arsiparis")));
        auto forged = store.put(kClassificationEntity, classificationId(QStringLiteral("100")),
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("000")},
                                            {QStringLiteral("name"), QStringLiteral("Umum")},
                                            {QStringLiteral("parentCode"), QString()},
                                            {QStringLiteral("active"), true}});
        QVERIFY(!forged.ok());
        // Instruments are deactivated, never deleted.
        QVERIFY(store
                    .put(kClassificationEntity, classificationId(QStringLiteral("000")),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("000")},
                                     {QStringLiteral("name"), QStringLiteral("Umum")},
                                     {QStringLiteral("parentCode"), QString()},
                                     {QStringLiteral("active"), true}})
                    .ok());
        // (the device queues deletions unchecked; the server runs the policy on them)
        const Actor arsiparis = d.actor(QStringLiteral("arsiparis"));
        WriteContext del{arsiparis, true,         1,  classificationId(QStringLiteral("000")),
                         true,      std::nullopt, {}, {}};
        QJsonObject empty;
        auto refused = makeClassificationPolicy()->authorizeWrite(del, empty);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("nonaktifkan")));
    }
};

QTEST_GUILESS_MAIN(TestRecordsInstruments)
#include "tst_recordsinstruments.moc"
