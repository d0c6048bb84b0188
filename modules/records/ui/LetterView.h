#pragma once

#include "core/EntityPolicy.h"
#include "records/Letters.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace lontar::records {

class LettersPdfPreview;
class RecordsSession;

// One incoming letter: its metadata, security class and status, the PDF's pages, and what the user may
// do next — dispose it (atasan), file it (pencatat, arsiparis), change its security class (pencatat of
// its unit, arsiparis; never above their clearance) — with its dispositions beneath.
class LetterView final : public QDialog
{
    Q_OBJECT

public:
    LetterView(RecordsSession& session, const QString& letterId, QWidget* parent = nullptr);

    const IncomingLetter& letter() const { return m_letter; }
    LettersPdfPreview* preview() const { return m_preview; }

    // Changes the letter's security class through the register (policy, outbox, audit); the result is
    // also shown in the view's message line.
    Status reclassify(SecurityClass securityClass);

Q_SIGNALS:
    // The letter changed here (class, disposition, filing): lists showing it refresh.
    void letterChanged(const QString& letterId);

private:
    void reload();
    void showMetadata();
    void showMessage(const QString& text, bool error);
    void askReclassify();
    bool mayRegister() const;
    bool mayReclassify() const;

    RecordsSession& m_session;
    QString m_id;
    IncomingLetter m_letter;
    QLabel* m_subject = nullptr;
    QLabel* m_security = nullptr;
    QLabel* m_status = nullptr;
    QFormLayout* m_fields = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_dispose = nullptr;
    QPushButton* m_file = nullptr;
    QPushButton* m_reclassify = nullptr;
    LettersPdfPreview* m_preview = nullptr;
};

} // namespace lontar::records
