#include "attendance/ui/PinDialog.h"

#include "attendance/Kiosk.h"
#include "attendance/ui/AttendanceSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace lontar::attendance {

namespace {
QLineEdit* pinEdit(const QString& name, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(6);
    e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), e));
    e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return e;
}
} // namespace

PinDialog::PinDialog(AttendanceSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("attendancePinDialog"));
    setWindowTitle(tr("Atur PIN kios absensi"));
    auto* intro =
        new QLabel(tr("PIN dipakai untuk absen di komputer kios kantor Anda bersama NIP. Pilih 6 angka "
                      "yang tidak mudah ditebak (bukan tanggal lahir atau 123456)."),
                   this);
    intro->setWordWrap(true);
    m_pin = pinEdit(QStringLiteral("attendancePinEdit"), this);
    m_repeat = pinEdit(QStringLiteral("attendancePinRepeatEdit"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attendancePinMessage"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("PIN baru (6 angka)"), m_pin);
    form->addRow(tr("Ulangi PIN"), m_repeat);
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Simpan PIN"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("attendancePinSaveButton"));
    m_save->setProperty("primary", true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void PinDialog::save()
{
    const QString pin = m_pin->text();
    auto fail = [this](const QString& text) {
        m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_message->setText(text);
    };
    if (!isValidPin(pin)) {
        fail(tr("PIN harus tepat 6 angka."));
        return;
    }
    if (pin != m_repeat->text()) {
        fail(tr("Kedua PIN tidak sama. Ketik ulang."));
        m_repeat->clear();
        return;
    }
    if (Status s = PinRegistry(m_session.db(), m_session.store()).setPin(m_session.user().id, pin); !s) {
        fail(s.errorMessage());
        return;
    }
    m_pin->clear();
    m_repeat->clear();
    accept();
}

} // namespace lontar::attendance
