#include "records/ui/LettersSearchWorker.h"

namespace lontar::records {

LettersSearchWorker::LettersSearchWorker(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("records-search"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
}

LettersSearchWorker::~LettersSearchWorker()
{
    // A Qt SQL connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_threadContext, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_threadContext;
}

void LettersSearchWorker::search(const LetterQuery& query)
{
    const quint64 generation = ++m_asked;
    m_newest->store(generation);
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, query, generation, newest = m_newest] {
            if (newest->load() != generation)
                return; // a newer search is queued behind this one
            if (!m_db) {
                auto db = Database::openSqlite(m_databasePath);
                if (!db) {
                    const QString error = db.errorMessage();
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, error] {
                            if (generation != m_asked)
                                return;
                            m_answered = generation;
                            Q_EMIT finished({}, error);
                        },
                        Qt::QueuedConnection);
                    return;
                }
                m_db = std::move(*db);
            }
            auto hits = LetterSearch(*m_db).find(query);
            QList<LetterHit> list = hits ? *hits : QList<LetterHit>();
            const QString error = hits.errorMessage();
            QMetaObject::invokeMethod(
                this,
                [this, generation, list = std::move(list), error] {
                    if (generation != m_asked)
                        return; // answered too late: a newer search is on its way
                    m_answered = generation;
                    Q_EMIT finished(list, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace lontar::records
