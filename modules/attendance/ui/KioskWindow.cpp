#include "attendance/ui/KioskWindow.h"

#include "attendance/Kiosk.h"
#include "attendance/Rules.h"
#include "attendance/ui/AttendanceFormat.h"
#include "attendance/ui/AttendanceSession.h"
#include "core/OfficeTime.h"
#include "shell/ServerConnection.h"
#include "shell/Theme.h"

#include <QCloseEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace lontar::attendance {

namespace {

constexpr int kDefaultResultMs = 6000;

QLineEdit* bigEdit(const QString& name, const QString& pattern, int maxLength, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setMaxLength(maxLength);
    e->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), e));
    e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    e->setAlignment(Qt::AlignCenter);
    e->setMinimumHeight(56);
    e->setStyleSheet(QStringLiteral("font-size: 26px; padding: 4px 12px;"));
    return e;
}

QPushButton* bigButton(const QString& name, const QString& text, const QString& color, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setMinimumSize(220, 80);
    b->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: white; border: none; border-radius: 8px; "
                       "font-size: 28px; font-weight: 700; } QPushButton:pressed { background: %2; }")
            .arg(color, QLatin1String(Theme::kPrimaryDark)));
    return b;
}

} // namespace

KioskWindow::KioskWindow(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_session(std::make_unique<AttendanceSession>(context))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Kios Absensi"));
    setWindowIcon(QIcon(QStringLiteral(":/lontar/icons/attendance.svg")));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#kioskWindow { background: #0f5e56; } "
                                 "QWidget#kioskWindow QLabel { color: white; }"));
    m_kiosk = std::make_unique<KioskSession>(m_session->db(), m_session->store(), m_session->actor(),
                                             &context.profile.audit());
    m_zone = m_session->timeZone();
    auto unit = context.profile.identity().unitById(context.user.unitId);

    auto* title = new QLabel(tr("Kios Absensi — %1").arg(unit ? unit->name : context.user.fullName), this);
    title->setObjectName(QStringLiteral("kioskTitleLabel"));
    title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("kioskClockLabel"));
    m_clock->setAlignment(Qt::AlignCenter);
    m_clock->setStyleSheet(QStringLiteral("font-size: 110px; font-weight: 700;"));
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("kioskDateLabel"));
    m_date->setAlignment(Qt::AlignCenter);
    m_date->setStyleSheet(QStringLiteral("font-size: 24px; color: #f2d48a;"));

    // The form on a white card in the middle.
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("kioskCard"));
    card->setStyleSheet(QStringLiteral("QFrame#kioskCard { background: white; border-radius: 12px; } "
                                       "QFrame#kioskCard QLabel { color: #1d2b29; font-size: 18px; }"));
    card->setMaximumWidth(640);
    m_nip = bigEdit(QStringLiteral("kioskNipEdit"), QStringLiteral("[0-9]{0,18}"), 18, card);
    m_nip->setPlaceholderText(tr("18 angka NIP"));
    m_pin = bigEdit(QStringLiteral("kioskPinEdit"), QStringLiteral("[0-9]{0,6}"), 6, card);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("6 angka"));
    m_pin->setInputMethodHints(m_pin->inputMethodHints() | Qt::ImhSensitiveData);
    m_in = bigButton(QStringLiteral("kioskInButton"), tr("Masuk"), QLatin1String(Theme::kPrimary), card);
    m_out = bigButton(QStringLiteral("kioskOutButton"), tr("Pulang"), QStringLiteral("#1f4f7a"), card);
    auto* form = new QGridLayout(card);
    form->setContentsMargins(32, 28, 32, 28);
    form->setVerticalSpacing(14);
    form->addWidget(new QLabel(tr("NIP"), card), 0, 0);
    form->addWidget(m_nip, 0, 1);
    form->addWidget(new QLabel(tr("PIN"), card), 1, 0);
    form->addWidget(m_pin, 1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(20);
    buttons->addWidget(m_in);
    buttons->addWidget(m_out);
    form->addLayout(buttons, 2, 0, 1, 2);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("kioskResultLabel"));
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(90);
    m_resultTimer = new QTimer(this);
    m_resultTimer->setSingleShot(true);
    m_resultTimer->setInterval(kDefaultResultMs);

    auto* hint =
        new QLabel(tr("Lupa PIN atau belum punya? Atur PIN di aplikasi Lontar Anda: Absensi → Atur PIN "
                      "kios."),
                   this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setStyleSheet(QStringLiteral("color: #b9d8d3; font-size: 14px;"));

    // The admin's corner: lift lock-outs or leave the kiosk, both with an admin OPD's password.
    m_adminButton = new QPushButton(tr("Admin"), this);
    m_adminButton->setObjectName(QStringLiteral("kioskAdminButton"));
    m_adminButton->setFlat(true);
    m_adminButton->setStyleSheet(QStringLiteral("color: #b9d8d3;"));
    m_adminPanel = new QFrame(this);
    m_adminPanel->setObjectName(QStringLiteral("kioskAdminPanel"));
    m_adminPanel->setStyleSheet(
        QStringLiteral("QFrame#kioskAdminPanel { background: white; border-radius: 8px; } "
                       "QFrame#kioskAdminPanel QLabel { color: #1d2b29; }"));
    m_adminUser = new QLineEdit(m_adminPanel);
    m_adminUser->setObjectName(QStringLiteral("kioskAdminUserEdit"));
    m_adminUser->setPlaceholderText(tr("Nama pengguna admin OPD"));
    m_adminPassword = new QLineEdit(m_adminPanel);
    m_adminPassword->setObjectName(QStringLiteral("kioskAdminPasswordEdit"));
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPassword->setPlaceholderText(tr("Kata sandi"));
    auto* unlock = new QPushButton(tr("Buka kunci PIN"), m_adminPanel);
    unlock->setObjectName(QStringLiteral("kioskUnlockButton"));
    auto* exit = new QPushButton(tr("Keluar dari mode kios"), m_adminPanel);
    exit->setObjectName(QStringLiteral("kioskExitButton"));
    auto* closeAdmin = new QPushButton(tr("Tutup"), m_adminPanel);
    closeAdmin->setObjectName(QStringLiteral("kioskAdminCloseButton"));
    m_adminMessage = new QLabel(m_adminPanel);
    m_adminMessage->setObjectName(QStringLiteral("kioskAdminMessage"));
    m_adminMessage->setWordWrap(true);
    auto* adminLayout = new QHBoxLayout(m_adminPanel);
    adminLayout->addWidget(m_adminUser);
    adminLayout->addWidget(m_adminPassword);
    adminLayout->addWidget(unlock);
    adminLayout->addWidget(exit);
    adminLayout->addWidget(closeAdmin);
    auto* adminBox = new QVBoxLayout;
    adminBox->addWidget(m_adminPanel);
    adminBox->addWidget(m_adminMessage);
    m_adminPanel->hide();

    auto* center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(card, 4);
    center->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(adminBox, 1);
    bottom->addWidget(m_adminButton, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->addWidget(title);
    layout->addStretch(1);
    layout->addWidget(m_clock);
    layout->addWidget(m_date);
    layout->addSpacing(24);
    layout->addLayout(center);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(hint);
    layout->addLayout(bottom);

    connect(m_in, &QPushButton::clicked, this, [this] { clock(true); });
    connect(m_out, &QPushButton::clicked, this, [this] { clock(false); });
    connect(m_nip, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    connect(m_resultTimer, &QTimer::timeout, m_result, &QLabel::clear);
    connect(m_adminButton, &QPushButton::clicked, this, [this] { showAdmin(true); });
    connect(closeAdmin, &QPushButton::clicked, this, [this] { showAdmin(false); });
    connect(unlock, &QPushButton::clicked, this, &KioskWindow::unlockPins);
    connect(exit, &QPushButton::clicked, this, &KioskWindow::leave);
    auto* ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, &KioskWindow::tick);
    ticker->start();
    if (context.server)
        connect(context.server, &ServerConnection::statusChanged, this, [this](const SyncStatusView& status) {
            if (status.lastSync.isValid() && status.lastSync != m_lastSync) {
                m_lastSync = status.lastSync;
                m_session->afterSync();
            }
        });
    tick();
    m_nip->setFocus();
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::setResultDurationMs(int ms)
{
    m_resultTimer->setInterval(ms);
}

void KioskWindow::tick()
{
    // The server's time as this PC knows it when there is one: moving the PC's clock changes nothing.
    const qint64 now = m_session->nowMs();
    m_clock->setText(AttendanceFormat::clockTimeWithSeconds(now, m_zone));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    m_date->setText(tr("%1 · %2").arg(
        zoneAbbreviation(m_zone, at),
        AttendanceFormat::longDate(QDate::fromString(workDateOf(now, m_zone), Qt::ISODate))));
}

void KioskWindow::showResult(const QString& text, bool ok)
{
    m_result->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: 700; color: %1;")
                                .arg(ok ? QStringLiteral("#c8f7d8") : QStringLiteral("#ffd0c8")));
    m_result->setText(text);
    m_resultTimer->start();
}

void KioskWindow::clock(bool in)
{
    const QString nip = m_nip->text().trimmed();
    const QString pin = m_pin->text();
    m_pin->clear(); // never left on screen, whatever the outcome
    auto rules = RuleBook::load(m_session->db());
    const QStringList subnets =
        rules ? rules->network(m_session->user().unitId, m_session->today()).subnets : QStringList();
    auto event = m_kiosk->clock(nip, pin, in ? EventKind::In : EventKind::Out, Evidence::detect(subnets));
    if (!event) {
        showResult(event.errorMessage(), false);
        m_pin->setFocus();
        return;
    }
    m_session->noteEventRecorded();
    auto who = m_session->context().profile.identity().userById(event->userId);
    const qint64 at = event->trustedAt.value_or(event->claimedAt);
    QString text = tr("%1 — %2 %3")
                       .arg(who ? who->fullName : nip, in ? tr("masuk") : tr("pulang"),
                            AttendanceFormat::clockTime(at, event->timeZone));
    if (AttendanceFormat::hasDoubt(event->flags))
        text += QLatin1Char('\n') + tr("Tercatat, tetapi waktunya perlu diperiksa atasan: %1")
                                        .arg(AttendanceFormat::flagsText(event->flags));
    showResult(text, true);
    m_nip->clear();
    m_nip->setFocus();
    if (m_session->context().server)
        m_session->context().server->syncNow();
}

void KioskWindow::showAdmin(bool show)
{
    m_adminPanel->setVisible(show);
    m_adminButton->setVisible(!show);
    m_adminMessage->clear();
    m_adminPassword->clear();
    if (show)
        m_adminUser->setFocus();
    else
        m_nip->setFocus();
}

bool KioskWindow::adminAction(bool unlock)
{
    const QString user = m_adminUser->text().trimmed();
    const QString password = m_adminPassword->text();
    m_adminPassword->clear();
    // An admin OPD of this kiosk's unit tree, with their own lock-out. Leaving only checks the password:
    // lifting PIN lock-outs is a separate, explicit action.
    Status s;
    if (unlock) {
        s = m_kiosk->unlockAll(user, password);
    } else if (auto admin = m_kiosk->checkAdmin(user, password); !admin) {
        s = admin.error();
    }
    if (!s) {
        m_adminMessage->setStyleSheet(QStringLiteral("color: #ffd0c8; font-size: 16px;"));
        m_adminMessage->setText(s.errorMessage());
        return false;
    }
    return true;
}

void KioskWindow::unlockPins()
{
    if (!adminAction(true))
        return;
    m_adminPanel->hide();
    m_adminButton->show();
    m_adminMessage->clear();
    showResult(tr("Semua kunci PIN sudah dibuka."), true);
    m_nip->setFocus();
}

void KioskWindow::leave()
{
    if (!adminAction(false))
        return;
    m_leaveAllowed = true;
    close();
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_leaveAllowed) {
        event->accept();
        return;
    }
    event->ignore();
    showAdmin(true);
    m_adminMessage->setStyleSheet(QStringLiteral("color: #f2d48a; font-size: 16px;"));
    m_adminMessage->setText(tr("Kios hanya dapat ditutup oleh admin OPD dengan kata sandinya."));
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    // Escape would leave full screen on some window managers: the kiosk keeps it.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        if (m_adminPanel->isVisible())
            showAdmin(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace lontar::attendance
