#pragma once

#include "core/Identity.h"
#include "records/OutgoingDesk.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace lontar::records {

// The form of a draft: template, classification, sifat, security class, lampiran, hal, tujuan and
// tembusan (one per line), body, place, the paraf chain in order and the signer, chosen from the
// directory among the people at or above the drafting unit.
class OutgoingEditor final : public QDialog
{
    Q_OBJECT

public:
    OutgoingEditor(const QList<User>& people, const OutgoingDraft& draft, QWidget* parent = nullptr);
    OutgoingDraft draft() const;

private:
    void addVerifier();
    void removeVerifier();
    void moveVerifier(int delta);

    QList<User> m_people;
    QComboBox* m_template = nullptr;
    QLineEdit* m_classification = nullptr;
    QComboBox* m_sifat = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_lampiran = nullptr;
    QLineEdit* m_hal = nullptr;
    QPlainTextEdit* m_tujuan = nullptr;
    QPlainTextEdit* m_tembusan = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_signer = nullptr;
    QComboBox* m_verifierPick = nullptr;
    QListWidget* m_verifiers = nullptr;
};

} // namespace lontar::records
