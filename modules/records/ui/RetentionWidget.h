#pragma once

#include "records/Retention.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lontar::records {

class RecordsSession;

// The retention dashboard (jadwal retensi): what is due on a date — transfer to inactive, destruction,
// permanent transfer, review — with counts, the berkas table, holds, and the disposal proposals with their
// workflow. An arsiparis closes berkas, records event dates, holds and releases, moves berkas along the
// JRA, proposes and carries out destruction; an atasan approves or refuses proposals of their units.
class RetentionWidget final : public QWidget
{
    Q_OBJECT

public:
    RetentionWidget(RecordsSession& session, QWidget* parent = nullptr);

    void setAsOf(const QDate& date);
    void reload();
    // Saves the selected proposal's daftar usul musnah or berita acara; empty path: asks where.
    bool saveProposalPdf(const QString& path = {});
    bool saveBeritaAcaraPdf(const QString& path = {});

private:
    void buildUi();
    void updateActions();
    QStringList selectedFileIds() const;
    QString selectedProposalId() const;
    void report(const Status& status, const QString& done);
    void closeSelected();
    void setEventDate();
    void holdSelected();
    void releaseSelected();
    void advanceSelected();
    void proposeSelected();
    void decide(bool approve);
    void executeSelected();
    bool savePdf(bool beritaAcara, QString path);

    RecordsSession& m_session;
    RetentionDashboard m_dashboard;
    QDateEdit* m_asOf = nullptr;
    QComboBox* m_filter = nullptr;
    QList<QLabel*> m_counts;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_proposals = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_event = nullptr;
    QPushButton* m_hold = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_execute = nullptr;
    QPushButton* m_saveList = nullptr;
    QPushButton* m_saveBa = nullptr;
};

} // namespace lontar::records
