#pragma once

#include "core/Identity.h"
#include "records/OutgoingDesk.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
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
    // Called by "Simpan konsep"; a refusal (the policy's words) is shown in the form, which stays open so
    // nothing typed is lost. Without a saver the dialog just accepts.
    void setSaver(std::function<Status(const OutgoingDraft&)> saver) { m_saver = std::move(saver); }

private:
    void addVerifier();
    void removeVerifier();
    void moveVerifier(int delta);
    void save();

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
    QLabel* m_error = nullptr;
    std::function<Status(const OutgoingDraft&)> m_saver;
};

} // namespace lontar::records
