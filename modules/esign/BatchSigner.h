#pragma once

#include "core/Result.h"
#include "esign/PdfSigner.h"
#include "esign/StampPlacement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lontar::esign {

// What to do when `<name>-ttd.pdf` already exists in the output folder. There is deliberately no
// default: the caller asks the user (or the command line says so).
enum class OverwritePolicy
{
    Refuse,   // the document fails with "sudah ada"; the existing file is left untouched
    Skip,     // the document is skipped (counted separately, not a failure)
    Overwrite // replaced atomically once the new signature is complete
};

struct BatchOptions
{
    explicit BatchOptions(OverwritePolicy policy)
        : overwrite(policy)
    {}
    // Reason, location, stamp text, TSA, visibility. When visible, `page` and `rect` are replaced per
    // document by the placement; /M is set to the time each document is signed.
    SignOptions sign;
    PlacementOptions placement; // its stampSize is the stamp's size on every document
    OverwritePolicy overwrite;
    // Documents in flight at once: 1 signs strictly one after the other on the calling thread; 0 picks
    // 2 to 4 by the number of cores. Signatures are still made one at a time (the key is serialised);
    // the overlap is in reading, placing and syncing the outputs to disk. With more than one, a cancel
    // lets the documents already started finish.
    int parallelDocuments = 0;
};

struct BatchItem
{
    enum class Outcome
    {
        Signed,
        Failed,
        Skipped,  // output existed and the policy said Skip
        Cancelled // not processed: the batch was cancelled before this document
    };
    enum class Failure
    {
        None,
        Unreadable,
        NotPdf,
        Encrypted,
        Corrupt,
        OutputExists,    // policy Refuse and the output file was already there
        DuplicateOutput, // two inputs of this batch would write the same output file
        WriteError,
        SigningError // the key or the TSA failed
    };

    QString inputPath;
    QString outputPath;
    Outcome outcome = Outcome::Cancelled;
    Failure failure = Failure::None;
    QString reason; // plain Indonesian, for failures and skips
    bool visible = false;
    StampPlacement placement; // when signed visibly: page, rectangle and how it was found
    QString documentSha256;   // of the input, when signed
};

struct BatchReport
{
    QList<BatchItem> items;
    bool cancelled = false;

    int total() const { return int(items.size()); }
    int count(BatchItem::Outcome outcome) const;
    int fallbackCount() const; // signed visibly without any anchor found
    // Every document signed or (on request) skipped, nothing failed or left over by a cancel.
    bool complete() const;
    // First line "Ditandatangani 199 dari 201 dokumen; 2 gagal" (plus skipped / not processed when
    // any), then one line per failure with its reason, then the documents stamped without an anchor.
    QString summary() const;
    QString headline() const;
};

// Signs many PDFs with one key: the caller opens (unlocks) the key once and passes it in; every
// document is placed, signed and written on its own, atomically, so a failure or a cancel never
// leaves a partial file and never stops the other documents. No widgets and no shared mutable state:
// run it on a worker thread; the progress callback is called on that thread.
//
// Output name: `<input name without .pdf>-ttd.pdf` in the output folder, which must not be the
// folder of any input.
class BatchSigner
{
    Q_DECLARE_TR_FUNCTIONS(BatchSigner)

public:
    // (documents finished so far, total, the file about to be signed; empty once all are done)
    using Progress = std::function<void(int done, int total, const QString& currentFile)>;

    static QString outputFileName(const QString& inputPath);
    // Every *.pdf (any case) directly in `folder`, sorted by name; not recursive.
    static Result<QStringList> pdfsInFolder(const QString& folder);

    // Batch-level errors (nothing is signed): the output folder equals an input's folder or cannot be
    // created, or the certificate is not valid now. Everything else is per document in the report.
    static Result<BatchReport> run(const QStringList& inputs, const QString& outputFolder, SigningKey& key,
                                   const BatchOptions& options, const Progress& progress = {},
                                   const std::atomic<bool>* cancel = nullptr);
};

} // namespace lontar::esign
