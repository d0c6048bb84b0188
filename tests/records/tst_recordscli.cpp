#include "RecordsTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace lontar;
using namespace lontar::test;

// `lontar-cli records import|search|instruments` on a profile filled by `lontar-cli seed-demo`, as a
// script uses it: one line per file, exit codes 0 / 1 / 2, and the JSON fields of search.
class TestRecordsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    static QString cli()
    {
        return qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
    }

    static int run(const QStringList& args, QString* out = nullptr, QString* err = nullptr)
    {
        QProcess p;
        p.start(cli(), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        if (!writeFile(path, content))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList import(const QStringList& args)
    {
        return QStringList{QStringLiteral("records"), QStringLiteral("import"), QStringLiteral("--profile"),
                           m_profile} +
               args;
    }

    QJsonArray searchJson(const QStringList& args, int expectedExit = 0)
    {
        QString out;
        QString err;
        const int rc =
            run(QStringList{QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--profile"),
                            m_profile, QStringLiteral("--format"), QStringLiteral("json")} +
                    args,
                &out, &err);
        if (rc != expectedExit)
            qWarning("search exit %d: %s", rc, qPrintable(err));
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &e);
        if (rc != expectedExit || e.error != QJsonParseError::NoError || !doc.isArray())
            return QJsonArray{QStringLiteral("invalid")};
        return doc.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(cli()));
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        QString out;
        QCOMPARE(run({QStringLiteral("seed-demo"), QStringLiteral("--profile"), m_profile}, &out), 0);
    }

    void importFilesAndFolders()
    {
        const QString a =
            file(QStringLiteral("masuk/undangan.pdf"),
                 makeLetterPdf(QStringLiteral("005/12/BAPPEDA/2026"), QStringLiteral("Undangan musrenbang"),
                               {QStringLiteral("Musyawarah perencanaan pembangunan kecamatan.")}));
        file(QStringLiteral("masuk/sub/laporan.pdf"),
             makeLetterPdf(QStringLiteral("900.1.3/4/BKAD/2026"),
                           QStringLiteral("Laporan realisasi anggaran"),
                           {QStringLiteral("Realisasi belanja pemberdayaan masyarakat triwulan pertama.")}));
        QString out;
        QCOMPARE(run(import({QStringLiteral("--sender"), QStringLiteral("Bappeda"),
                             m_dir.filePath(QStringLiteral("masuk"))}),
                     &out),
                 0);
        const int year = QDate::currentDate().year();
        QStringList lines = out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2); // sorted by path: masuk/sub/laporan.pdf, masuk/undangan.pdf
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("laporan.pdf\t0001/%1").arg(year)), qPrintable(out));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral("undangan.pdf\t0002/%1").arg(year)), qPrintable(out));

        // Some refused: exit 1, the good one numbered on, each bad one with its reason.
        const QString good = file(QStringLiteral("lagi.pdf"),
                                  makeLetterPdf(QStringLiteral("1"), QStringLiteral("Surat edaran"), {}));
        const QString bad = file(QStringLiteral("foto.pdf"), "\x89PNG\r\n\x1a\n");
        const QString empty = file(QStringLiteral("kosong.pdf"), {});
        QCOMPARE(run(import({good, bad, empty, a}), &out), 1);
        lines = out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("\t0003/%1").arg(year)), qPrintable(out));
        QVERIFY2(lines.at(1).contains(QStringLiteral("ditolak: Bukan berkas PDF")), qPrintable(out));
        QVERIFY2(lines.at(2).contains(QStringLiteral("ditolak: Berkas kosong")), qPrintable(out));
        QVERIFY2(lines.at(3).contains(QStringLiteral("sudah tercatat dengan nomor agenda 0002/%1").arg(year)),
                 qPrintable(out));

        // Above tu's clearance: refused per file (exit 1), nothing stored.
        const QString secret = file(QStringLiteral("rahasia.pdf"),
                                    makeLetterPdf(QStringLiteral("R/1"), QStringLiteral("Rahasia"), {}));
        QCOMPARE(run(import({QStringLiteral("--security"), QStringLiteral("rahasia"), secret}), &out), 1);
        QVERIFY2(out.contains(QStringLiteral("izin akses")), qPrintable(out));
        // The arsiparis (clearance rahasia) may, in their own unit.
        QCOMPARE(run(import({QStringLiteral("--user"), QStringLiteral("arsiparis"),
                             QStringLiteral("--security"), QStringLiteral("rahasia"),
                             QStringLiteral("--classification"), QStringLiteral("000.5.6"), secret}),
                     &out),
                 0);
    }

    void unusableArgumentsExitTwo()
    {
        const QString pdf =
            file(QStringLiteral("x.pdf"), makeLetterPdf(QStringLiteral("1"), QStringLiteral("X"), {}));
        QString out;
        QString err;
        QCOMPARE(run(import({}), &out, &err), 2);
        QCOMPARE(
            run(import({QStringLiteral("--security"), QStringLiteral("rahasia-banget"), pdf}), &out, &err),
            2);
        QCOMPARE(run(import({QStringLiteral("--classification"), QStringLiteral("abc"), pdf}), &out, &err),
                 2);
        QCOMPARE(run(import({QStringLiteral("--unit"), QStringLiteral("TIDAKADA"), pdf}), &out, &err), 2);
        QCOMPARE(run(import({QStringLiteral("--user"), QStringLiteral("siapa"), pdf}), &out, &err), 2);
        QCOMPARE(run(import({m_dir.filePath(QStringLiteral("kosong-folder"))}), &out, &err),
                 1); // a missing path is a refused file
        QDir().mkpath(m_dir.filePath(QStringLiteral("folder-kosong")));
        QCOMPARE(run(import({m_dir.filePath(QStringLiteral("folder-kosong"))}), &out, &err), 2);
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("import"), QStringLiteral("--profile"),
                      m_dir.filePath(QStringLiteral("tidak-ada")), pdf},
                     &out, &err),
                 2);
        QCOMPARE(
            run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--profile"), m_profile},
                &out, &err),
            2);
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--profile"),
                      m_profile, QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("surat")},
                     &out, &err),
                 2);
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("frobnicate")}, &out, &err), 2);
        // Nothing was stored by any of these.
        const QJsonArray all = searchJson({QStringLiteral("--status"), QStringLiteral("tercatat")});
        QCOMPARE(all.size(), 3); // tu sees the three biasa letters of importFilesAndFolders
    }

    void searchPrintsJsonBestFirst()
    {
        const QJsonArray hits = searchJson({QStringLiteral("diberdayakan")});
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        for (const char* key : {"agendaNumber", "subject", "sender", "date", "file"})
            QVERIFY2(hit.contains(QLatin1String(key)), key);
        QCOMPARE(hit.value(QStringLiteral("file")).toString(), QStringLiteral("laporan.pdf"));
        QCOMPARE(hit.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Laporan realisasi anggaran"));
        QCOMPARE(hit.value(QStringLiteral("sender")).toString(), QStringLiteral("Bappeda"));
        QCOMPARE(hit.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-03"));
        QCOMPARE(hit.value(QStringLiteral("agendaNumber")).toString(),
                 QStringLiteral("0001/%1").arg(QDate::currentDate().year()));
        QVERIFY2(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("«pemberdayaan»")),
                 qPrintable(hit.value(QStringLiteral("snippet")).toString()));

        // Best first: the subject before a mention in the text.
        const QJsonArray ranked = searchJson({QStringLiteral("musrenbang")});
        QCOMPARE(ranked.size(), 1);
        const QJsonArray two = searchJson({QStringLiteral("surat")});
        QVERIFY(two.size() >= 1);
        QCOMPARE(two.first().toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Surat edaran"));

        // Nothing found: exit 1 and an empty array.
        QCOMPARE(searchJson({QStringLiteral("zzzzqqq")}, 1), QJsonArray());
        // The rahasia letter is not shown to tu, but to the arsiparis.
        QCOMPARE(searchJson({QStringLiteral("rahasia")}, 1), QJsonArray());
        const QJsonArray secret =
            searchJson({QStringLiteral("--user"), QStringLiteral("arsiparis"), QStringLiteral("rahasia")});
        QCOMPARE(secret.size(), 1);
        QCOMPARE(secret.first().toObject().value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("rahasia"));
    }

    void instrumentsFromCsv()
    {
        const QString bad = file(QStringLiteral("bad.csv"), "kode,nama\n000,Umum\n0x1,Salah\n");
        QString out;
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("instruments"), QStringLiteral("--profile"),
                      m_profile, QStringLiteral("--user"), QStringLiteral("arsiparis"), bad},
                     &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("baris 3")), qPrintable(out));
        const QString good = file(QStringLiteral("good.csv"), "kode,nama\n000,Umum\n000.1,Ketatausahaan\n");
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("instruments"), QStringLiteral("--profile"),
                      m_profile, QStringLiteral("--user"), QStringLiteral("arsiparis"), good},
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("2 baru")), qPrintable(out));
        // tu is no arsiparis.
        const QString more = file(QStringLiteral("more.csv"), "kode,nama\n100,Pemerintahan\n");
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("instruments"), QStringLiteral("--profile"),
                      m_profile, more},
                     &out),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestRecordsCli)
#include "tst_recordscli.moc"
