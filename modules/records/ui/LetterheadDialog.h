#pragma once

#include "records/OutgoingDesk.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace lontar::records {

class RecordsSession;

// The kop surat of the user's perangkat daerah as tata naskah dinas lays it out: the regency line, the
// unit's name (from the directory, not editable here), the address with telephone, and e-mail and website,
// plus the place written before the letter's date. A live preview shows the top of a letter rendered with
// these lines; saving stores them in this device's settings through OutgoingDesk (checked and audited).
class LetterheadDialog final : public QDialog
{
    Q_OBJECT

public:
    LetterheadDialog(RecordsSession& session, QWidget* parent = nullptr);

    // Stores the lines; on a refusal shows the reason and returns false (the dialog stays open).
    bool save();
    LetterheadSettings lines() const;

private:
    void updatePreview();

    RecordsSession& m_session;
    OutgoingDesk m_desk;
    QString m_unitId;
    QLineEdit* m_regency = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace lontar::records
