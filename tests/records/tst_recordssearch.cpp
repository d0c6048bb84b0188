#include "RecordsTestSupport.h"

#include "core/IndonesianText.h"
#include "records/Instruments.h"
#include "records/LetterIndex.h"
#include "records/RecordsPolicies.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

// Searching letters: Indonesian stemming and folding, bm25 ranking with metadata above body text,
// every filter, readable snippets, FTS5 syntax kept out, clearance, and the index following the rows.
class TestRecordsSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordsDevice> m_device;
    QHash<QString, QString> m_ids; // key → letter id

    QString unitId(const QString& code)
    {
        for (const OrgUnit& u : *m_device->profile->identity().units()) {
            if (u.code == code)
                return u.id;
        }
        qFatal("no unit %s", qPrintable(code));
    }

    void add(const QString& key, const QString& user, LetterDraft d, const QString& text)
    {
        LetterRegister letters(m_device->db(), m_device->profile->audit(), m_device->actor(user));
        LetterFile f{
            key + QStringLiteral(".pdf"),
            QString::fromLatin1(
                QCryptographicHash::hash(text.toUtf8() + key.toUtf8(), QCryptographicHash::Sha256).toHex()),
            1000, 1, text};
        auto l = letters.registerLetter(d, f);
        if (!l)
            qFatal("%s: %s", qPrintable(key), qPrintable(l.errorMessage()));
        m_ids.insert(key, l->id);
    }

    QStringList keys(const LetterQuery& q)
    {
        auto hits = LetterSearch(m_device->db()).find(q);
        if (!hits)
            qFatal("%s", qPrintable(hits.errorMessage()));
        QStringList out;
        for (const LetterHit& h : *hits)
            out.append(m_ids.key(h.letter.id));
        return out;
    }

    static LetterQuery textQuery(const QString& text)
    {
        LetterQuery q;
        q.text = text;
        return q;
    }

    QStringList keys(const QString& text)
    {
        LetterQuery q;
        q.text = text;
        return keys(q);
    }

    static QString filler(int words)
    {
        static const QStringList pool = {
            QStringLiteral("laporan"),  QStringLiteral("kegiatan"), QStringLiteral("bulan"),
            QStringLiteral("berjalan"), QStringLiteral("sesuai"),   QStringLiteral("jadwal"),
            QStringLiteral("yang"),     QStringLiteral("telah"),    QStringLiteral("ditetapkan")};
        QStringList out;
        for (int i = 0; i < words; ++i)
            out.append(pool.at(i % pool.size()));
        return out.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_device = std::make_unique<RecordsDevice>();
        {
            DeviceRecordsRows rows(m_device->db(), m_device->profile->audit(),
                                   m_device->actor(QStringLiteral("arsiparis")));
            auto r = InstrumentImport(rows).importClassification(demoClassificationCsv());
            QVERIFY(r.ok() && r->applied);
        }
        LetterDraft d;
        d.perihal = QStringLiteral("Program Pemberdayaan Masyarakat Desa");
        d.pengirim = QStringLiteral("BAPPEDA Kabupaten Tanjung Lontar");
        d.classification = QStringLiteral("400.9");
        d.receivedDate = QDate(2026, 1, 10);
        add(QStringLiteral("title"), QStringLiteral("tu"), d, filler(80));

        d = {};
        d.perihal = QStringLiteral("Laporan bulanan");
        d.pengirim = QStringLiteral("Kecamatan Pesisir");
        d.classification = QStringLiteral("800.1.11.1");
        d.receivedDate = QDate(2026, 2, 5);
        add(QStringLiteral("body"), QStringLiteral("tu"), d,
            filler(40) + QStringLiteral(" Kelompok tani yang DIBERDAYAKAN, melalui pelatihan. ") +
                filler(40));

        d = {};
        d.perihal = QStringLiteral("Permohonan data irigasi");
        d.pengirim = QStringLiteral("Dinas PUPR");
        d.classification = QStringLiteral("600.2");
        d.receivedDate = QDate(2026, 3, 1);
        add(QStringLiteral("irigasi5"), QStringLiteral("tu"), d,
            QStringLiteral(
                "saluran irigasi, irigasi tersier, irigasi desa, irigasi teknis dan irigasi primer ") +
                filler(40));
        d.perihal = QStringLiteral("Permohonan data lain");
        d.receivedDate = QDate(2026, 3, 2);
        add(QStringLiteral("irigasi1"), QStringLiteral("tu"), d,
            QStringLiteral(
                "saluran irigasi, sungai tersier, bendung desa, jaringan teknis dan pintu primer ") +
                filler(40));

        d = {};
        d.perihal = QStringLiteral("Pemindahan arsip inaktif");
        d.pengirim = QStringLiteral("ANRI");
        d.classification = QStringLiteral("000.5.6");
        d.securityClass = SecurityClass::Rahasia;
        d.receivedDate = QDate(2025, 11, 20);
        add(QStringLiteral("secret"), QStringLiteral("arsiparis"), d,
            QStringLiteral("Berita acara pemindahan arsip. Pemberdayaan arsiparis daerah."));
    }

    void stemmedFormsFindEachOther()
    {
        for (const QString& q : {QStringLiteral("pemberdayaan"), QStringLiteral("memberdayakan"),
                                 QStringLiteral("diberdayakan")}) {
            QStringList found = keys(q);
            found.removeAll(QStringLiteral("secret"));
            QVERIFY2(found.size() == 2 && found.contains(QStringLiteral("title")) &&
                         found.contains(QStringLiteral("body")),
                     qPrintable(q + QLatin1Char(' ') + found.join(QLatin1Char(','))));
        }
        QVERIFY(keys(QStringLiteral("tani")).contains(QStringLiteral("body")));
        QVERIFY(!keys(QStringLiteral("tani")).contains(QStringLiteral("title")));
    }

    void caseAndPunctuationAreFolded()
    {
        QCOMPARE(keys(QStringLiteral("PEMBERDAYAAN!!! (masyarakat)")), QStringList{QStringLiteral("title")});
        QCOMPARE(keys(QStringLiteral("tanjung-lontar")), QStringList{QStringLiteral("title")});
        QCOMPARE(keys(QStringLiteral("...")), QStringList());
    }

    void rankingPutsTheBetterMatchFirst()
    {
        // In the subject (metadata weighs more) before once in the body.
        QStringList found = keys(QStringLiteral("pemberdayaan masyarakat"));
        QCOMPARE(found.first(), QStringLiteral("title"));
        found = keys(QStringLiteral("memberdayakan"));
        QVERIFY(found.indexOf(QStringLiteral("title")) < found.indexOf(QStringLiteral("body")));
        // Five times before once, in texts of the same length.
        QCOMPARE(keys(QStringLiteral("irigasi")).mid(0, 2),
                 (QStringList{QStringLiteral("irigasi5"), QStringLiteral("irigasi1")}));
        auto hits = LetterSearch(m_device->db()).find(textQuery(QStringLiteral("irigasi")));
        QVERIFY(hits.ok());
        QVERIFY(hits->at(0).score < hits->at(1).score); // bm25: lower is better
    }

    void filtersNarrowTheResult()
    {
        LetterQuery q;
        q.from = QDate(2026, 2, 1);
        q.to = QDate(2026, 3, 1);
        QCOMPARE(keys(q), (QStringList{QStringLiteral("irigasi5"), QStringLiteral("body")})); // newest first
        q = {};
        q.sender = QStringLiteral("bappeda");
        QCOMPARE(keys(q), QStringList{QStringLiteral("title")});
        q.sender = QStringLiteral("dinas pupr");
        QCOMPARE(keys(q).size(), 2);
        q = {};
        q.classification = QStringLiteral("800");
        QCOMPARE(keys(q), QStringList{QStringLiteral("body")});
        q.classification = QStringLiteral("800.1.1"); // not a prefix of 800.1.11.1 as a code
        QCOMPARE(keys(q), QStringList());
        q = {};
        q.text = QStringLiteral("pemberdayaan");
        q.unitIds = {unitId(QStringLiteral("DISPUSIP"))};
        QCOMPARE(keys(q), QStringList{QStringLiteral("secret")});
        q = {};
        q.securityClass = SecurityClass::Rahasia;
        QCOMPARE(keys(q), QStringList{QStringLiteral("secret")});
        q = {};
        q.status = QStringLiteral("selesai");
        QCOMPARE(keys(q), QStringList());
        q.status = QStringLiteral("tercatat");
        QCOMPARE(keys(q).size(), 5);
    }

    // Past the ranked window (small here) the older matches follow newest first: every match is reachable
    // by paging, once, and a filter chooses the window among the letters it keeps.
    void rankedWindowLosesNoMatch()
    {
        LetterSearch all(m_device->db());
        LetterSearch small(m_device->db());
        small.setRankedMatches(2);
        LetterQuery q = textQuery(QStringLiteral("laporan")); // the filler of four letters
        const auto idsOf = [this](const Result<QList<LetterHit>>& hits) {
            if (!hits)
                qFatal("%s", qPrintable(hits.errorMessage()));
            QStringList out;
            for (const LetterHit& h : *hits)
                out.append(m_ids.key(h.letter.id));
            return out;
        };
        const QStringList full = idsOf(all.find(q));
        QCOMPARE(full.size(), 4);
        const auto window = small.find(q);
        QVERIFY(window.ok() && window->size() == 4);
        const QStringList windowIds = idsOf(window);
        // The two newest matches, ranked by bm25; then the older ones, newest first.
        QCOMPARE(QSet<QString>(windowIds.cbegin(), windowIds.cbegin() + 2),
                 (QSet<QString>{QStringLiteral("irigasi5"), QStringLiteral("irigasi1")}));
        QVERIFY(window->at(0).score <= window->at(1).score);
        QCOMPARE(windowIds.mid(2), (QStringList{QStringLiteral("body"), QStringLiteral("title")}));
        // Page by page: the same letters, each once, and nothing past the end.
        QStringList paged;
        q.limit = 1;
        for (int page = 0; page < 5; ++page) {
            q.offset = page;
            paged += idsOf(small.find(q));
        }
        QCOMPARE(paged, windowIds);
        q.limit = 3;
        q.offset = 1;
        QCOMPARE(idsOf(small.find(q)), windowIds.mid(1));
        // Filtered: the window holds the newest letters that pass the filter, not the newest matches.
        q = textQuery(QStringLiteral("laporan"));
        q.from = QDate(2026, 1, 1);
        q.to = QDate(2026, 2, 28);
        small.setRankedMatches(1);
        QCOMPARE(idsOf(small.find(q)), (QStringList{QStringLiteral("body"), QStringLiteral("title")}));
        const QStringList allIds = idsOf(all.find(q));
        QCOMPARE(QSet<QString>(allIds.cbegin(), allIds.cend()),
                 (QSet<QString>{QStringLiteral("body"), QStringLiteral("title")}));
        q.sender = QStringLiteral("pupr");
        QCOMPARE(idsOf(small.find(q)), QStringList());
    }

    void clearanceHidesWhatIsAbove()
    {
        LetterQuery q;
        q.text = QStringLiteral("arsip");
        QCOMPARE(keys(q), QStringList{QStringLiteral("secret")});
        q.maxSecurityLevel = int(SecurityClass::Terbatas);
        QCOMPARE(keys(q), QStringList());
    }

    void snippetsShowTheLettersOwnWords()
    {
        LetterQuery q;
        q.text = QStringLiteral("memberdayakan tani");
        auto hits = LetterSearch(m_device->db()).find(q);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        const Snippet& s = hits->first().snippet;
        QVERIFY2(s.marked(QStringLiteral("["), QStringLiteral("]"))
                     .contains(QStringLiteral("[tani] yang [DIBERDAYAKAN],")),
                 qPrintable(s.marked(QStringLiteral("["), QStringLiteral("]"))));
        for (const auto& [start, length] : s.highlights) {
            const QString word = s.text.mid(start, length);
            QVERIFY2(word == QStringLiteral("tani") || word == QStringLiteral("DIBERDAYAKAN"),
                     qPrintable(word));
        }
        QVERIFY(s.text.startsWith(QStringLiteral("… "))); // cut from a longer text
        QVERIFY(s.text.endsWith(QStringLiteral(" …")));

        const Snippet direct = LetterSearch::snippet(
            QStringLiteral("Surat\n\nperihal:  Pemberdayaan\f(desa)"), QStringLiteral("berdaya"));
        QCOMPARE(direct.marked(QStringLiteral("<"), QStringLiteral(">")),
                 QStringLiteral("Surat perihal: <Pemberdayaan> (desa)"));
    }

    void ftsSyntaxIsJustText()
    {
        for (const QString& q :
             {QStringLiteral("\"irigasi\" OR meta:x"), QStringLiteral("NEAR(irigasi desa)"),
              QStringLiteral("irigasi*"), QStringLiteral("body: irigasi ^"),
              QStringLiteral("'); DROP TABLE rec_letters; --")}) {
            auto hits = LetterSearch(m_device->db()).find(textQuery(q));
            QVERIFY2(hits.ok(), qPrintable(q + QStringLiteral(": ") + hits.errorMessage()));
        }
        QCOMPARE(keys(QStringLiteral("irigasi OR pemberdayaan")), QStringList()); // "or" is a word to find
        QVERIFY(m_device->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")) == 5);
        QCOMPARE(LetterSearch::ftsQuery(QStringLiteral("Memberdayakan \"x\"")),
                 QStringLiteral("(\"memberdayakan\"* OR \"%1\")")
                     .arg(IndonesianText::stem(QStringLiteral("memberdayakan"))));
    }

    // A pulled letter (metadata and the synced part of its text) is indexed; a removed one leaves
    // nothing searchable.
    void indexFollowsPulledAndRemovedRows()
    {
        const QString id = QStringLiteral("0193a8f0-0000-7000-8000-000000000001");
        QJsonObject row{{QStringLiteral("nomor"), QStringLiteral("005/77/DINKES")},
                        {QStringLiteral("perihal"), QStringLiteral("Vaksinasi campak")},
                        {QStringLiteral("pengirim"), QStringLiteral("Dinas Kesehatan")},
                        {QStringLiteral("sifat"), QStringLiteral("segera")},
                        {QStringLiteral("securityClass"), QStringLiteral("biasa")},
                        {QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO"))},
                        {QStringLiteral("agendaSeq"), 9},
                        {QStringLiteral("agendaYear"), 2026},
                        {QStringLiteral("agenda"), QStringLiteral("0009/2026")},
                        {QStringLiteral("receivedDate"), QStringLiteral("2026-04-01")},
                        {QStringLiteral("fileName"), QStringLiteral("vaksin.pdf")},
                        {QStringLiteral("fileSha256"), QString(64, QLatin1Char('a'))},
                        {QStringLiteral("fileSize"), 100},
                        {QStringLiteral("pageCount"), 1},
                        {QStringLiteral("text"), QStringLiteral("Pelaksanaan imunisasi balita di puskesmas")},
                        {QStringLiteral("textComplete"), true},
                        {QStringLiteral("status"), QStringLiteral("tercatat")}};
        Transaction tx(m_device->db());
        LONTAR_VERIFY_OK(projectLetter(m_device->db(), id, row, false));
        LONTAR_VERIFY_OK(tx.commit());
        m_ids.insert(QStringLiteral("pulled"), id);
        QCOMPARE(keys(QStringLiteral("imunisasi")), QStringList{QStringLiteral("pulled")});
        QCOMPARE(keys(QStringLiteral("vaksinasi")), QStringList{QStringLiteral("pulled")});
        QCOMPARE(keys(QStringLiteral("0009")), QStringList{QStringLiteral("pulled")}); // the agenda number
        // Reclassified out of reach: the pull removes it, with its text.
        LONTAR_VERIFY_OK(projectLetter(m_device->db(), id, {}, true));
        QCOMPARE(keys(QStringLiteral("imunisasi")), QStringList());
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM rec_file_text WHERE sha256 = ?"),
                                 {QString(64, QLatin1Char('a'))}),
                 0);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM rec_search")),
                 m_device->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")));
    }

    // A letter pulled with only the first part of its text (textComplete false) becomes findable by a
    // word far into its PDF once the file is downloaded and indexed; a different file is refused.
    void downloadedFileIsIndexedInFull()
    {
        QTemporaryDir dir;
        QList<QStringList> pages;
        for (int p = 1; p <= 32; ++p) {
            QStringList lines;
            for (int l = 0; l < 40; ++l)
                lines.append(QStringLiteral("halaman %1 baris %2 kegiatan rutin kantor").arg(p).arg(l));
            if (p == 30)
                lines.append(QStringLiteral("Penyerahan ekskavator amfibi untuk normalisasi sungai"));
            pages.append(lines);
        }
        const QString pdf = dir.filePath(QStringLiteral("panjang.pdf"));
        QVERIFY(writeFile(pdf, makePdf(pages)));
        auto content = PdfText::read(pdf, kMaxLetterFileBytes);
        LONTAR_VERIFY_OK(content);
        QVERIFY(content->text.size() > 2 * kSyncedTextChars);
        QVERIFY(content->text.indexOf(QStringLiteral("ekskavator")) > kSyncedTextChars);

        const QString id = QStringLiteral("0193a8f0-0000-7000-8000-000000000030");
        QJsonObject row{{QStringLiteral("nomor"), QStringLiteral("600/30/PUPR")},
                        {QStringLiteral("perihal"), QStringLiteral("Laporan pemeliharaan alat berat")},
                        {QStringLiteral("pengirim"), QStringLiteral("Dinas PUPR")},
                        {QStringLiteral("sifat"), QStringLiteral("biasa")},
                        {QStringLiteral("securityClass"), QStringLiteral("biasa")},
                        {QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO"))},
                        {QStringLiteral("agendaSeq"), 30},
                        {QStringLiteral("agendaYear"), 2026},
                        {QStringLiteral("agenda"), QStringLiteral("0030/2026")},
                        {QStringLiteral("receivedDate"), QStringLiteral("2026-04-02")},
                        {QStringLiteral("fileName"), QStringLiteral("panjang.pdf")},
                        {QStringLiteral("fileSha256"), content->sha256},
                        {QStringLiteral("fileSize"), double(content->size)},
                        {QStringLiteral("pageCount"), content->pageCount},
                        {QStringLiteral("text"), content->text.left(kSyncedTextChars)},
                        {QStringLiteral("textComplete"), false},
                        {QStringLiteral("status"), QStringLiteral("tercatat")}};
        // As a pull leaves it: the synced row and its projection.
        {
            Transaction tx(m_device->db());
            LONTAR_VERIFY_OK(m_device->db().exec(
                QStringLiteral(
                    "INSERT INTO sync_rows (entity, entity_id, version, data, deleted, updated_at) "
                    "VALUES (?, ?, 1, ?, 0, 0)"),
                {kLetterEntity, id, QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))}));
            LONTAR_VERIFY_OK(projectLetter(m_device->db(), id, row, false));
            LONTAR_VERIFY_OK(tx.commit());
        }
        m_ids.insert(QStringLiteral("long"), id);
        QCOMPARE(keys(QStringLiteral("ekskavator")), QStringList());
        QCOMPARE(keys(QStringLiteral("pemeliharaan")), QStringList{QStringLiteral("long")});
        QCOMPARE(*LetterIndex::hasCompleteText(m_device->db(), content->sha256), false);

        // Another PDF saved under this file's name is refused and changes nothing.
        const QString other = dir.filePath(QStringLiteral("lain.pdf"));
        QVERIFY(writeFile(other, makeLetterPdf(QStringLiteral("1/2/3"), QStringLiteral("Ekskavator palsu"),
                                               {QStringLiteral("ekskavator")})));
        auto wrong = LetterIndex::indexDownloadedFile(m_device->db(), content->sha256, other);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, Error::Code::InvalidInput);
        QCOMPARE(keys(QStringLiteral("ekskavator")), QStringList());
        // A file no letter of this device names.
        auto unknown = LetterIndex::indexDownloadedFile(m_device->db(), QString(64, QLatin1Char('c')), pdf);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        // Not a PDF at all.
        const QString junk = dir.filePath(QStringLiteral("junk.pdf"));
        QVERIFY(writeFile(junk, QByteArray("bukan pdf")));
        QVERIFY(!LetterIndex::indexDownloadedFile(m_device->db(), content->sha256, junk).ok());

        auto indexed = LetterIndex::indexDownloadedFile(m_device->db(), content->sha256, pdf);
        LONTAR_VERIFY_OK(indexed);
        QCOMPARE(*indexed, 1);
        QCOMPARE(keys(QStringLiteral("ekskavator")), QStringList{QStringLiteral("long")});
        QCOMPARE(keys(QStringLiteral("normalisasi amfibi")), QStringList{QStringLiteral("long")});
        QCOMPARE(keys(QStringLiteral("pemeliharaan")), QStringList{QStringLiteral("long")}); // metadata kept
        QCOMPARE(*LetterIndex::hasCompleteText(m_device->db(), content->sha256), true);
        // The snippet comes from page 30.
        auto hits = LetterSearch(m_device->db()).find(textQuery(QStringLiteral("ekskavator")));
        QVERIFY(hits.ok() && hits->size() == 1);
        QVERIFY2(hits->first()
                     .snippet.marked(QStringLiteral("["), QStringLiteral("]"))
                     .contains(QStringLiteral("[ekskavator] amfibi")),
                 qPrintable(hits->first().snippet.text));
        // Indexing again does nothing; a later pull of the row (a metadata change) keeps the full text.
        QCOMPARE(*LetterIndex::indexDownloadedFile(m_device->db(), content->sha256, pdf), 0);
        row.insert(QStringLiteral("perihal"), QStringLiteral("Laporan pemeliharaan ekskavator"));
        LONTAR_VERIFY_OK(projectLetter(m_device->db(), id, row, false));
        QCOMPARE(keys(QStringLiteral("normalisasi")), QStringList{QStringLiteral("long")});
        // Revoked: nothing of the text stays.
        LONTAR_VERIFY_OK(projectLetter(m_device->db(), id, {}, true));
        LONTAR_VERIFY_OK(
            m_device->db().exec(QStringLiteral("DELETE FROM sync_rows WHERE entity_id = ?"), {id}));
        QCOMPARE(keys(QStringLiteral("ekskavator")), QStringList());
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM rec_file_text WHERE sha256 = ?"),
                                 {content->sha256}),
                 0);
    }

    void classificationNameIsSearchable()
    {
        // 400.9 is "Pemberdayaan Masyarakat", 800.1.11.1 "Surat Perintah Dinas dan Surat Tugas".
        QVERIFY(keys(QStringLiteral("surat tugas")).contains(QStringLiteral("body")));
    }
};

QTEST_GUILESS_MAIN(TestRecordsSearch)
#include "tst_recordssearch.moc"
