#pragma once

#include "shell/UiModule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lontar::esign {

// The signing register as the user reads it: when, which document, who signed (name and NIP), the
// outcome; "mine" or everything this user may see (an atasan sees the units below).
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    HistoryTab(ShellContext& context, QWidget* parent = nullptr);
    void reload();

    // Records one signing or failed attempt as the logged-in user (register + audit log, one
    // transaction). `output` empty means it failed with `error`; `recordId` may be preset (the id the
    // QR code already carries). `documentSha256`, when the caller already hashed the input, saves
    // reading a large PDF again.
    static void record(ShellContext& context, const QString& input, const QString& output,
                       const QString& recordId, const QString& error,
                       const QString& level = QStringLiteral("B-B"), const QString& documentSha256 = {});

protected:
    void showEvent(QShowEvent* event) override;

private:
    ShellContext& m_context;
    QString m_timeZone;
    QComboBox* m_scope = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace lontar::esign
