#pragma once

#include "records/LetterSearch.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace lontar::records {

class ImportDialog;
class LetterView;
class LettersModel;
class LettersSearchWorker;
class RecordsSession;

// "Naskah Masuk": the incoming letters this device holds, searched as the user types (full text with
// Indonesian stemming, filters, best first, highlighted snippets) on a worker thread, never above the
// user's clearance; import of PDFs (one with its metadata form, many or a folder with progress) for
// those who register letters (pencatat, arsiparis); a letter opens with a double-click or Enter.
class LettersTab final : public QWidget
{
    Q_OBJECT

public:
    explicit LettersTab(RecordsSession& session, QWidget* parent = nullptr);
    ~LettersTab() override;

    bool mayImport() const;
    LetterQuery query() const;
    LettersModel* model() const { return m_model; }
    bool isSearching() const;

    // Imports `files` with `defaults` (the form's values) in the import dialog; the list refreshes after.
    ImportDialog* startImport(const QStringList& files, const LetterDraft& defaults);
    LetterView* openLetter(const QString& letterId);

public Q_SLOTS:
    // Runs the search now (the typing debounce calls it too).
    void refresh();

Q_SIGNALS:
    void searched(int hits);

private:
    void buildFilters();
    void scheduleSearch(int delayMs);
    void onResults(const QList<LetterHit>& hits, const QString& error);
    void importFiles();
    void importFolder();
    void importChosen(const QStringList& files);
    void clearFilters();

    RecordsSession& m_session;
    LettersModel* m_model = nullptr;
    LettersSearchWorker* m_worker = nullptr;
    QTimer* m_debounce = nullptr;

    QLineEdit* m_search = nullptr;
    QCheckBox* m_dateFilter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_sender = nullptr;
    QComboBox* m_classification = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_security = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_importFiles = nullptr;
    QPushButton* m_importFolder = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPointer<LetterView> m_view;
};

} // namespace lontar::records
