#include "esign/ui/EsignDialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace lontar::esign::dialogs {

namespace {
std::optional<QString> g_nextFileName;
std::optional<std::optional<QString>> g_nextSecret; // outer: queued; inner nullopt: cancelled
std::optional<bool> g_nextConfirmation;
std::optional<int> g_nextChoice;

std::optional<QString> takeFileName()
{
    return std::exchange(g_nextFileName, std::nullopt);
}
} // namespace

void setNextFileName(const QString& name)
{
    g_nextFileName = name;
}

void setNextPassword(const QString& password)
{
    g_nextSecret = std::optional<QString>(password);
}

void setNextPasswordCancelled()
{
    g_nextSecret = std::optional<QString>();
}

void setNextConfirmation(bool yes)
{
    g_nextConfirmation = yes;
}

void setNextChoice(int index)
{
    g_nextChoice = index;
}

QString askOpenFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (auto queued = takeFileName())
        return *queued;
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString askSaveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggested)
{
    if (auto queued = takeFileName())
        return *queued;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString askDirectory(QWidget* parent, const QString& title)
{
    if (auto queued = takeFileName())
        return *queued;
    return QFileDialog::getExistingDirectory(parent, title);
}

std::optional<QString> askSecret(QWidget* parent, const QString& title, const QString& label)
{
    if (g_nextSecret)
        return *std::exchange(g_nextSecret, std::nullopt);
    bool ok = false;
    const QString secret = QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return secret;
}

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (g_nextConfirmation)
        return *std::exchange(g_nextConfirmation, std::nullopt);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& answers)
{
    if (g_nextChoice)
        return *std::exchange(g_nextChoice, std::nullopt);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> buttons;
    for (int i = 0; i < answers.size(); ++i)
        buttons << box.addButton(answers.at(i),
                                 i + 1 == answers.size() ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

} // namespace lontar::esign::dialogs
