#include "records/LetterImporter.h"

#include "records/LetterIndex.h"
#include "sync/ClientStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace lontar::records {

LetterImporter::LetterImporter(LetterRegister& letters, QString blobDir)
    : m_letters(letters)
    , m_blobDir(std::move(blobDir))
{}

QStringList LetterImporter::collectFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& p : paths) {
        if (!QFileInfo(p).isDir()) {
            files.append(p);
            continue;
        }
        QStringList found;
        QDirIterator it(p, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF"), QStringLiteral("*.Pdf")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        files.append(found);
    }
    return files;
}

ImportOutcome LetterImporter::importFile(const QString& path, const LetterDraft& defaults,
                                         const std::atomic<bool>* cancel)
{
    ImportOutcome outcome;
    outcome.path = path;
    auto pdf = PdfText::read(path, kMaxFileBytes, cancel);
    if (!pdf) {
        outcome.reason = pdf.errorMessage();
        return outcome;
    }
    auto letter = store(path, *pdf, defaults);
    if (!letter) {
        outcome.reason = letter.errorMessage();
        return outcome;
    }
    outcome.imported = true;
    outcome.letter = *letter;
    return outcome;
}

Result<IncomingLetter> LetterImporter::store(const QString& path, const PdfContent& pdf,
                                             const LetterDraft& defaults)
{
    Database& db = m_letters.database();
    const QString unit = defaults.unitId.isEmpty() ? m_letters.actor().user.unitId : defaults.unitId;
    auto existing = m_letters.letterWithFile(unit, pdf.sha256);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error(tr("Berkas ini sudah tercatat dengan nomor agenda %1").arg((*existing)->agenda),
                     Error::Code::Conflict);

    LetterDraft draft = defaults;
    const GuessedFields guessed = PdfText::guessFields(pdf.text);
    if (draft.nomor.isEmpty())
        draft.nomor = guessed.nomor;
    if (draft.perihal.isEmpty())
        draft.perihal = !guessed.perihal.isEmpty() ? guessed.perihal
                        : !pdf.title.isEmpty()     ? pdf.title
                                                   : QFileInfo(path).completeBaseName();
    if (!draft.tanggal.isValid())
        draft.tanggal = guessed.tanggal;

    // Blob, text, row, outbox entry, index and audit entry commit together. The blob's file is written
    // before the commit; when it was not there before and the step fails, it is removed again (a crash in
    // between leaves only an unreferenced file, which no row names and nothing uploads).
    const QString blobPath = m_blobDir + QLatin1Char('/') + pdf.sha256;
    const bool blobExisted = QFileInfo::exists(blobPath);
    Transaction tx(db);
    Status s = tx.status();
    Result<IncomingLetter> letter = Error(QString());
    if (s) {
        auto sha = sync::ClientStore(db).addBlob(path, m_blobDir);
        if (!sha)
            s = sha.error();
        else if (*sha != pdf.sha256)
            s = Error(tr("Berkas berubah selama impor"), Error::Code::Conflict);
    }
    if (s)
        s = storeFileText(db, pdf.sha256, pdf.text);
    if (s) {
        LetterFile file{QFileInfo(path).fileName(), pdf.sha256, pdf.size, pdf.pageCount, pdf.text};
        letter = m_letters.registerLetter(draft, file);
        if (!letter)
            s = letter.error();
    }
    if (s)
        s = tx.commit();
    if (!s) {
        if (!blobExisted)
            QFile::remove(blobPath);
        return s.error();
    }
    return letter;
}

bool LetterImporter::agendaRanOut(const LetterDraft& defaults) const
{
    if (!m_letters.agendaFromServer())
        return false;
    const QString unit = defaults.unitId.isEmpty() ? m_letters.actor().user.unitId : defaults.unitId;
    const QDate day = defaults.receivedDate.isValid() ? defaults.receivedDate : QDate::currentDate();
    auto left = m_letters.agendaNumbersLeft(unit, day.year());
    return left && *left == 0;
}

QList<ImportOutcome> LetterImporter::importAll(const QStringList& files, const LetterDraft& defaults,
                                               const Progress& progress, const std::atomic<bool>* cancel)
{
    QList<ImportOutcome> outcomes;
    QString outOfNumbers; // set once the agenda numbers ran out: the rest is refused without being read
    for (const QString& f : files) {
        if (cancel && cancel->load())
            break;
        if (!outOfNumbers.isEmpty()) {
            ImportOutcome o;
            o.path = f;
            o.reason = outOfNumbers;
            outcomes.append(o);
            if (progress)
                progress(int(outcomes.size()), int(files.size()), outcomes.last());
            continue;
        }
        ImportOutcome o = importFile(f, defaults, cancel);
        if (!o.imported && agendaRanOut(defaults))
            outOfNumbers = o.reason;
        if (cancel && cancel->load() && !o.imported)
            break; // stopped in the middle of this file: it was not imported, and not refused either
        outcomes.append(o);
        if (progress)
            progress(int(outcomes.size()), int(files.size()), outcomes.last());
    }
    return outcomes;
}

} // namespace lontar::records
