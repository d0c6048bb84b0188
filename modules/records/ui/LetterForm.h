#pragma once

#include "records/Letters.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace lontar::records {

class RecordsSession;

// The metadata of letters to import. For one file: nomor, tanggal, pengirim, perihal, sifat, security
// class and classification, filled with what the importer guesses from the letter's head (read off the
// UI thread). For many files: what they share (pengirim, sifat, security class, classification); each
// file's own nomor, perihal and date are guessed from it. The security classes offered stop at the
// user's clearance; the classification picker lists the instruments this device holds.
class LetterForm final : public QDialog
{
    Q_OBJECT

public:
    // One file: `files` has one entry. Several: the shared fields only.
    LetterForm(RecordsSession& session, const QStringList& files, QWidget* parent = nullptr);
    ~LetterForm() override;

    LetterDraft draft() const;
    bool isSingle() const { return m_single; }

Q_SIGNALS:
    // The guesses from the single file arrived (tests wait for it).
    void guessed();

private:
    void applyGuesses(const QString& nomor, const QString& perihal, const QDate& tanggal, int pages,
                      const QString& error);

    RecordsSession& m_session;
    bool m_single;
    QLineEdit* m_nomor = nullptr;
    QDateEdit* m_tanggal = nullptr;
    QLineEdit* m_pengirim = nullptr;
    QLineEdit* m_perihal = nullptr;
    QComboBox* m_sifat = nullptr;
    QComboBox* m_security = nullptr;
    QComboBox* m_classification = nullptr;
    QDateEdit* m_received = nullptr;
    QLabel* m_fileInfo = nullptr;
    QThread* m_reader = nullptr;
};

// The security classes `clearance` allows, for a combo box (data: SecurityClass as int).
void fillSecurityCombo(QComboBox* combo, int clearance);
// "(belum diklasifikasi)" then every active code with its name (data: the code).
void fillClassificationCombo(QComboBox* combo, Database& db, const QString& emptyText);

} // namespace lontar::records
