#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lontar::attendance {

class AttendanceSession;
class RecapModel;

// "Rekap Bulanan": a month of a unit (or the regency, for kepegawaian) as a table with the recap's
// columns, provisional rows marked; exported to CSV and to a PDF report, which can go to the
// e-signature page. The recap is computed off the UI thread.
class RecapTab final : public QWidget
{
    Q_OBJECT

public:
    using SignHandler = std::function<void(const QString& pdfPath)>;

    RecapTab(AttendanceSession& session, SignHandler signHandler, QWidget* parent = nullptr);

    void load();
    bool isBusy() const { return m_busy; }

private:
    void setBusy(bool busy, const QString& what = {});
    void exportCsv();
    void exportPdf(bool thenSign);
    QString suggestedName(const QString& extension) const;
    void showMessage(const QString& text, bool error);

    AttendanceSession& m_session;
    SignHandler m_signHandler;
    QComboBox* m_month = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_unit = nullptr;
    QPushButton* m_show = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_table = nullptr;
    RecapModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_sign = nullptr;
    QLabel* m_message = nullptr;
    bool m_busy = false;
    // What the table shows (the export writes exactly that).
    int m_shownYear = 0;
    int m_shownMonth = 0;
    QString m_shownUnit;
    QString m_shownUnitName;
};

} // namespace lontar::attendance
