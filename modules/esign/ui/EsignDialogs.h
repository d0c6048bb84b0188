#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace lontar::esign::dialogs {

// The questions the signing screens ask (files, folders, secrets, confirmations), in one place so
// tests can answer them the way KeePassXC's tests do: a queued answer replaces the next dialog.
void setNextFileName(const QString& name); // an empty string answers "cancelled"
void setNextPassword(const QString& password);
void setNextPasswordCancelled();
void setNextConfirmation(bool yes);
void setNextChoice(int index); // -1: the dialog was closed

QString askOpenFile(QWidget* parent, const QString& title, const QString& filter);
QString askSaveFile(QWidget* parent, const QString& title, const QString& filter,
                    const QString& suggested = {});
QString askDirectory(QWidget* parent, const QString& title);
// nullopt when the user closed the prompt: a cancel, never an empty (wrong) password.
std::optional<QString> askSecret(QWidget* parent, const QString& title, const QString& label);
bool confirm(QWidget* parent, const QString& title, const QString& text);
// A question with several answers (the last one is the cancel); the index chosen, -1 when closed.
int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& answers);

} // namespace lontar::esign::dialogs
