#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace lontar::records {

class RecordsSession;

// Files a letter into a berkas of its unit whose code is the letter's classification or above it (or a
// new berkas for that code), and optionally declares it a record (arsip dinyatakan: content locked).
class FilingDialog final : public QDialog
{
    Q_OBJECT

public:
    FilingDialog(RecordsSession& session, const QString& letterId, QWidget* parent = nullptr);

private:
    void apply();

    RecordsSession& m_session;
    QString m_letterId;
    QString m_unitId;
    QString m_code;
    QComboBox* m_files = nullptr;
    QLineEdit* m_newTitle = nullptr;
    QCheckBox* m_declare = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lontar::records
