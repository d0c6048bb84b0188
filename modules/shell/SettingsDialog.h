#pragma once

#include "shell/UiModule.h"

#include <QDialog>
#include <QList>

class QComboBox;

namespace lontar {

// General settings (language) plus one page per module that offers one.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ShellContext& context, const QList<UiModule*>& modules, QWidget* parent = nullptr);

private:
    void save();

    ShellContext& m_context;
    QComboBox* m_language = nullptr;
};

} // namespace lontar
