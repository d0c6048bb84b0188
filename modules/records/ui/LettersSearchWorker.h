#pragma once

#include "core/Database.h"
#include "records/LetterSearch.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace lontar::records {

// Runs letter searches on a thread of its own with its own connection to the profile's database, so
// typing stays smooth however many letters the device holds. Only the newest search is answered: one
// asked for while another runs replaces it, and a stale answer is dropped.
class LettersSearchWorker final : public QObject
{
    Q_OBJECT

public:
    explicit LettersSearchWorker(QString databasePath, QObject* parent = nullptr);
    ~LettersSearchWorker() override;

    void search(const LetterQuery& query);
    bool isBusy() const { return m_answered != m_asked; }

Q_SIGNALS:
    // The answer to the newest search; `error` is empty on success.
    void finished(const QList<lontar::records::LetterHit>& hits, const QString& error);

private:
    QString m_databasePath;
    QThread m_thread;
    QObject* m_threadContext = nullptr; // lives on m_thread: queued work runs there
    std::unique_ptr<Database> m_db;     // opened and used on m_thread only
    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_asked = 0;
    quint64 m_answered = 0;
};

} // namespace lontar::records
