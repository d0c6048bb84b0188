#include "esign/BatchSigner.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace lontar::esign {

namespace {

BatchItem::Failure failureOf(DocumentProblem problem)
{
    switch (problem) {
    case DocumentProblem::Unreadable:
        return BatchItem::Failure::Unreadable;
    case DocumentProblem::NotPdf:
        return BatchItem::Failure::NotPdf;
    case DocumentProblem::Encrypted:
        return BatchItem::Failure::Encrypted;
    case DocumentProblem::Corrupt:
    case DocumentProblem::None:
        break;
    }
    return BatchItem::Failure::Corrupt;
}

// Signs one document; fills `item` with the outcome.
void signOne(BatchItem& item, SigningKey& key, const BatchOptions& options)
{
    auto fail = [&item](BatchItem::Failure failure, const QString& reason) {
        item.outcome = BatchItem::Outcome::Failed;
        item.failure = failure;
        item.reason = reason;
    };
    if (QFileInfo::exists(item.outputPath)) {
        if (options.overwrite == OverwritePolicy::Skip) {
            item.outcome = BatchItem::Outcome::Skipped;
            item.reason = BatchSigner::tr("berkas hasil %1 sudah ada; dilewati")
                              .arg(QFileInfo(item.outputPath).fileName());
            return;
        }
        if (options.overwrite == OverwritePolicy::Refuse)
            return fail(
                BatchItem::Failure::OutputExists,
                BatchSigner::tr("berkas hasil %1 sudah ada").arg(QFileInfo(item.outputPath).fileName()));
    }

    SignOptions sign = options.sign;
    sign.signingTime = QDateTime::currentDateTimeUtc(); // each document's own time, not the batch's start
    DocumentProblem problem = DocumentProblem::None;
    if (sign.visible) {
        auto placement = StampPlacer::place(item.inputPath, options.placement, &problem);
        if (!placement)
            return fail(failureOf(problem), placement.errorMessage());
        item.visible = true;
        item.placement = *placement;
        sign.page = placement->page;
        sign.rect = placement->rect;
    } else if (auto usable = StampPlacer::check(item.inputPath, &problem); !usable) {
        return fail(failureOf(problem), usable.errorMessage());
    }

    auto signedDoc = PdfSigner::sign(item.inputPath, item.outputPath, key, sign);
    if (!signedDoc) {
        const Error& e = signedDoc.error();
        if (e.code == Error::Code::Io)
            return fail(BatchItem::Failure::WriteError,
                        BatchSigner::tr("berkas hasil tidak dapat ditulis: %1").arg(e.message));
        if (e.code == Error::Code::InvalidInput)
            return fail(BatchItem::Failure::Corrupt,
                        BatchSigner::tr("PDF tidak dapat ditandatangani: %1").arg(e.message));
        return fail(BatchItem::Failure::SigningError,
                    BatchSigner::tr("tanda tangan gagal dibuat: %1").arg(e.message));
    }
    item.outcome = BatchItem::Outcome::Signed;
    item.documentSha256 = signedDoc->documentSha256;
}

// The key seen by several workers: one signature at a time, whatever the key is (a PKCS#11 session
// or a remote service is not made for concurrent calls).
class SerializedKey : public SigningKey
{
public:
    explicit SerializedKey(SigningKey& key)
        : m_key(key)
    {}
    QByteArray certificateDer() const override
    {
        std::lock_guard lock(m_mutex);
        return m_key.certificateDer();
    }
    QList<QByteArray> chainDer() const override
    {
        std::lock_guard lock(m_mutex);
        return m_key.chainDer();
    }
    Result<QByteArray> signSha256(const QByteArray& data) override
    {
        std::lock_guard lock(m_mutex);
        return m_key.signSha256(data);
    }

private:
    SigningKey& m_key;
    mutable std::mutex m_mutex;
};

// A few documents at a time: while one waits for its output to reach the disk (QSaveFile syncs), the
// others are placed and signed. Each worker takes the next document only if not cancelled; the progress
// callback runs on the calling thread.
void runParallel(QList<BatchItem>& items, int workerCount, SigningKey& key, const BatchOptions& options,
                 const BatchSigner::Progress& progress, const std::atomic<bool>* cancel)
{
    SerializedKey serialized(key);
    std::mutex mutex;
    std::condition_variable changed;
    const int total = int(items.size());
    int next = 0, done = 0, finishedWorkers = 0;
    QString current = total ? items.first().inputPath : QString();
    BatchItem* const slots = items.data(); // detached once here, never by the workers
    auto work = [&] {
        for (;;) {
            int index = 0;
            {
                std::lock_guard lock(mutex);
                if (next >= total || (cancel && cancel->load()))
                    break;
                index = next++;
                current = items.at(index).inputPath;
            }
            // Each worker writes only its own item: no lock needed until the count.
            BatchItem& item = slots[index];
            if (item.failure != BatchItem::Failure::DuplicateOutput)
                signOne(item, serialized, options);
            {
                std::lock_guard lock(mutex);
                ++done;
            }
            changed.notify_one();
        }
        {
            std::lock_guard lock(mutex);
            ++finishedWorkers;
        }
        changed.notify_one();
    };
    if (progress)
        progress(0, total, current);
    std::vector<std::thread> threads;
    for (int i = 0; i < workerCount; ++i)
        threads.emplace_back(work);
    int reported = 0;
    std::unique_lock lock(mutex);
    while (finishedWorkers < workerCount || reported != done) {
        changed.wait(lock, [&] { return reported != done || finishedWorkers == workerCount; });
        if (reported != done) {
            reported = done;
            const QString file = reported < total && finishedWorkers < workerCount ? current : QString();
            lock.unlock();
            if (progress)
                progress(reported, total, file);
            lock.lock();
        }
    }
    lock.unlock();
    for (std::thread& t : threads)
        t.join();
}

} // namespace

int BatchReport::count(BatchItem::Outcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [outcome](const BatchItem& i) { return i.outcome == outcome; }));
}

int BatchReport::fallbackCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const BatchItem& i) {
        return i.outcome == BatchItem::Outcome::Signed && i.visible && i.placement.usedFallback();
    }));
}

bool BatchReport::complete() const
{
    return !items.isEmpty() && count(BatchItem::Outcome::Failed) == 0 &&
           count(BatchItem::Outcome::Cancelled) == 0;
}

QString BatchReport::headline() const
{
    if (items.isEmpty())
        return BatchSigner::tr("Tidak ada dokumen PDF untuk ditandatangani");
    QString line = BatchSigner::tr("Ditandatangani %1 dari %2 dokumen")
                       .arg(count(BatchItem::Outcome::Signed))
                       .arg(total());
    if (const int failed = count(BatchItem::Outcome::Failed))
        line += BatchSigner::tr("; %1 gagal").arg(failed);
    if (const int skipped = count(BatchItem::Outcome::Skipped))
        line += BatchSigner::tr("; %1 dilewati karena hasilnya sudah ada").arg(skipped);
    if (const int notDone = count(BatchItem::Outcome::Cancelled))
        line += BatchSigner::tr("; %1 tidak diproses karena dibatalkan").arg(notDone);
    return line;
}

QString BatchReport::summary() const
{
    QStringList lines{headline()};
    for (const BatchItem& item : items) {
        if (item.outcome == BatchItem::Outcome::Failed)
            lines += BatchSigner::tr("- %1: %2").arg(QFileInfo(item.inputPath).fileName(), item.reason);
    }
    if (const int fallback = fallbackCount()) {
        QStringList names;
        for (const BatchItem& item : items)
            if (item.outcome == BatchItem::Outcome::Signed && item.visible && item.placement.usedFallback())
                names += QFileInfo(item.inputPath).fileName();
        lines += BatchSigner::tr("%1 dokumen tanpa penanda, stempel di kanan bawah halaman terakhir: %2")
                     .arg(fallback)
                     .arg(names.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString BatchSigner::outputFileName(const QString& inputPath)
{
    QString base = QFileInfo(inputPath).fileName();
    if (base.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        base.chop(4);
    return base + QStringLiteral("-ttd.pdf");
}

Result<QStringList> BatchSigner::pdfsInFolder(const QString& folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return Error(tr("Folder %1 tidak ada").arg(folder), Error::Code::NotFound);
    if (!dir.isReadable())
        return Error(tr("Folder %1 tidak dapat dibaca").arg(folder), Error::Code::Io);
    QStringList files;
    // Name filters on QDir are case-insensitive on every platform, so *.PDF is included.
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        files += info.filePath();
    return files;
}

Result<BatchReport> BatchSigner::run(const QStringList& inputs, const QString& outputFolder, SigningKey& key,
                                     const BatchOptions& options, const Progress& progress,
                                     const std::atomic<bool>* cancel)
{
    if (outputFolder.isEmpty())
        return Error(tr("Folder hasil belum dipilih"), Error::Code::InvalidInput);
    // Checked once here rather than failing every document alike (the signer's minimum is 20 x 20 pt).
    if (options.sign.visible &&
        (options.placement.stampSize.width() < 20 || options.placement.stampSize.height() < 20))
        return Error(tr("Ukuran stempel terlalu kecil (minimal 20×20 pt)"), Error::Code::InvalidInput);
    // Refused before anything is written: an expired certificate would fail every document alike.
    if (auto usable = PdfSigner::checkCertificateValidNow(key); !usable)
        return usable.error();
    // Compared before the folder exists, so a symlinked or relative spelling of an input folder is
    // caught too once it does.
    const QString wanted = QDir::cleanPath(QFileInfo(outputFolder).absoluteFilePath());
    for (const QString& input : inputs) {
        const QFileInfo folder(QDir::cleanPath(QFileInfo(input).absolutePath()));
        if (folder.absoluteFilePath() == wanted ||
            (QFileInfo::exists(outputFolder) &&
             folder.canonicalFilePath() == QFileInfo(outputFolder).canonicalFilePath()))
            return Error(tr("Folder hasil harus berbeda dari folder dokumen asli"),
                         Error::Code::InvalidInput);
    }
    if (!QDir().mkpath(outputFolder) || !QFileInfo(outputFolder).isDir())
        return Error(tr("Folder hasil %1 tidak dapat dibuat").arg(outputFolder), Error::Code::Io);
    const QDir out(outputFolder);
    const PopplerSession poppler; // Poppler's globals built once for the whole batch, not per document

    BatchReport report;
    QSet<QString> outputs;
    for (const QString& input : inputs) {
        BatchItem item;
        item.inputPath = input;
        item.outputPath = out.filePath(outputFileName(input));
        // Decided up front (the first in order keeps the name), so the result does not depend on which
        // document a worker happens to finish first.
        if (outputs.contains(item.outputPath)) {
            item.outcome = BatchItem::Outcome::Failed;
            item.failure = BatchItem::Failure::DuplicateOutput;
            item.reason = tr("nama berkas hasil %1 sama dengan hasil dokumen lain dalam kumpulan ini")
                              .arg(QFileInfo(item.outputPath).fileName());
        }
        outputs.insert(item.outputPath);
        report.items.append(item);
    }
    const int total = int(report.items.size());
    const int workers =
        std::min(total, options.parallelDocuments > 0 ? options.parallelDocuments
                                                      : std::clamp(QThread::idealThreadCount(), 2, 4));
    if (workers <= 1) {
        int done = 0;
        for (BatchItem& item : report.items) {
            if (progress)
                progress(done, total, item.inputPath);
            // Between documents only: a document being signed is finished (or not written at all).
            // Checked after the progress call, so a cancel from it takes effect before the next one.
            if (cancel && cancel->load())
                break; // the rest keep Outcome::Cancelled
            if (item.failure != BatchItem::Failure::DuplicateOutput)
                signOne(item, key, options);
            ++done;
        }
        if (progress)
            progress(done, total, QString());
    } else {
        runParallel(report.items, workers, key, options, progress, cancel);
    }
    report.cancelled = report.count(BatchItem::Outcome::Cancelled) > 0;
    return report;
}

} // namespace lontar::esign
