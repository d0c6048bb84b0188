#pragma once

#include "records/Letters.h"
#include "records/PdfText.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace lontar::records {

// What happened to one file.
struct ImportOutcome
{
    QString path;
    bool imported = false;
    IncomingLetter letter; // when imported
    QString reason;        // when refused: why, in words the user can act on
};

// Imports PDFs as incoming letters: one file, many, or whole folders. Each file is checked (PdfText),
// stored as a content-addressed blob, registered (agenda number, policy, outbox) and indexed in one
// step: a refused or failed file leaves no blob, row or index entry behind. Built to run on a worker
// thread with its own Database connection; progress is reported after each file, and the cancel flag is
// checked before each file and between pages.
class LetterImporter
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::LetterImporter)

public:
    static constexpr qint64 kMaxFileBytes = 100LL * 1024 * 1024;

    // done, total, the outcome of the file just handled
    using Progress = std::function<void(int, int, const ImportOutcome&)>;

    LetterImporter(LetterRegister& letters, QString blobDir);

    // The files `paths` name: files as given, folders searched (with subfolders) for *.pdf, sorted by
    // path so a folder imports in a stable order.
    static QStringList collectFiles(const QStringList& paths);

    // `defaults` fills what the file does not say (guessed nomor, perihal and date win over empty ones).
    ImportOutcome importFile(const QString& path, const LetterDraft& defaults,
                             const std::atomic<bool>* cancel = nullptr);
    // Stops before the next file when `cancel` is set: files not reached have no outcome. When the device's
    // agenda numbers run out (an offline import larger than the reserve), every remaining file is refused
    // with the same reason, unread and with nothing stored.
    QList<ImportOutcome> importAll(const QStringList& files, const LetterDraft& defaults,
                                   const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);

private:
    // Whether a refusal came from an empty agenda reserve (nothing else can give a number back offline).
    bool agendaRanOut(const LetterDraft& defaults) const;
    Result<IncomingLetter> store(const QString& path, const PdfContent& pdf, const LetterDraft& defaults);

    LetterRegister& m_letters;
    QString m_blobDir;
};

} // namespace lontar::records
