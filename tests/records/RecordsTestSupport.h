#pragma once

#include "TestSupport.h"

#include "core/Profile.h"
#include "records/LetterImporter.h"
#include "records/LetterSearch.h"
#include "records/RecordsModule.h"
#include "sync/ClientStore.h"
#include "sync/SyncProtocol.h"

#include <QFile>
#include <QTemporaryDir>

namespace lontar::test {

// A small valid PDF: each entry of `pages` is one page of lines in Helvetica (WinAnsi), written by hand
// so tests and the benchmark make thousands of files fast and Poppler reads the text back exactly.
inline QByteArray makePdf(const QList<QStringList>& pages, const QString& title = {})
{
    const auto escape = [](const QString& s) {
        QByteArray out;
        for (QChar c : s) {
            const char b = c.unicode() <= 0xff ? char(c.unicode()) : '?';
            if (b == '(' || b == ')' || b == '\\')
                out += '\\';
            out += b;
        }
        return out;
    };
    QList<QByteArray> objects; // object n is objects[n - 1]
    const int pageCount = int(pages.size());
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Title (" + escape(title) + ") /Producer (lontar tests) >>");
    for (int i = 0; i < pageCount; ++i) {
        QByteArray content = "BT /F1 11 Tf 14 TL 50 800 Td\n";
        for (const QString& line : pages.at(i))
            content += "(" + escape(line) + ") Tj T*\n";
        content += "ET\n";
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
            ">> /Contents " +
            QByteArray::number(6 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                       "endstream");
    }
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A letter's page: the head a Pemda letter has, then the body.
inline QByteArray makeLetterPdf(const QString& nomor, const QString& hal, const QStringList& body,
                                const QString& tanggal = QStringLiteral("Tanjung Lontar, 3 Maret 2026"))
{
    QStringList lines{QStringLiteral("PEMERINTAH KABUPATEN TANJUNG LONTAR"),
                      tanggal,
                      QStringLiteral("Nomor : ") + nomor,
                      QStringLiteral("Sifat : Biasa"),
                      QStringLiteral("Hal : ") + hal,
                      QString()};
    lines += body;
    return makePdf({lines});
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A profile with the demo regency and the records schema.
struct RecordsDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;

    RecordsDevice()
    {
        CoreModule core;
        records::RecordsModule records;
        sync::EntityRegistry::instance().addModules({&core, &records});
        sync::SyncClientModule syncModule;
        auto p = Profile::open(dir.filePath(QStringLiteral("p")), {&syncModule, &records});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        profile = std::move(*p);
        if (Status s = DemoData::seed(*profile); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
    }
    Database& db() { return profile->database(); }
    QString blobDir() { return profile->directory() + QStringLiteral("/blobs"); }
    Actor actor(const QString& username)
    {
        auto user = profile->identity().userByUsername(username);
        if (!user)
            qFatal("no user %s", qPrintable(username));
        return *Actor::forUser(db(), *user);
    }
    qint64 count(const QString& sql, std::initializer_list<QVariant> bindings = {})
    {
        return db().scalar(sql, bindings)->toLongLong();
    }
    // Everything an import leaves: rows, outbox entries, blobs (rows and files), index entries, texts.
    QString footprint()
    {
        const int files = int(QDir(blobDir()).entryList(QDir::Files).size());
        return QStringLiteral("rows=%1 outbox=%2 blobs=%3 files=%4 letters=%5 index=%6 texts=%7")
            .arg(count(QStringLiteral("SELECT COUNT(*) FROM sync_rows")))
            .arg(count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")))
            .arg(count(QStringLiteral("SELECT COUNT(*) FROM sync_blobs")))
            .arg(files)
            .arg(count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")))
            .arg(count(QStringLiteral("SELECT COUNT(*) FROM rec_search")))
            .arg(count(QStringLiteral("SELECT COUNT(*) FROM rec_file_text")));
    }
};

} // namespace lontar::test
