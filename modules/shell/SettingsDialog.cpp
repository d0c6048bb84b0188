#include "shell/SettingsDialog.h"

#include "shell/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lontar {

SettingsDialog::SettingsDialog(ShellContext& context, const QList<UiModule*>& modules, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Pengaturan"));
    auto* tabs = new QTabWidget(this);

    auto* general = new QWidget(tabs);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("settingsLanguageComboBox"));
    for (const LanguageInfo& info : Language::available())
        m_language->addItem(info.nativeName, info.code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    auto* form = new QFormLayout(general);
    form->addRow(tr("Bahasa antarmuka"), m_language);
    auto* profile = new QLabel(context.profile.directory(), general);
    profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Folder profil"), profile);
    tabs->addTab(general, tr("Umum"));

    for (UiModule* module : modules) {
        if (QWidget* page = module->createSettingsPage(context, tabs))
            tabs->addTab(page, module->icon(), module->displayName());
    }

    // Our own words: Qt ships no Indonesian for its standard buttons.
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Simpan"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    setMinimumSize(520, 360);
}

void SettingsDialog::save()
{
    const QString code = m_language->currentData().toString();
    if (Status s = m_context.profile.settings().setValue(Settings::languageKey(), code); !s) {
        QMessageBox::warning(this, tr("Pengaturan"), s.errorMessage());
        return;
    }
    Language::apply(code); // widgets retranslate on QEvent::LanguageChange
    accept();
}

} // namespace lontar
