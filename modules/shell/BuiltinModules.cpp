#include "shell/BuiltinModules.h"

#include "shell/AdministrationPage.h"
#include "shell/Theme.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lontar {

namespace {

QFrame* makeCard(const QString& title, QWidget* parent, QVBoxLayout** bodyOut)
{
    auto* card = new QFrame(parent);
    card->setProperty("card", true);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(6);
    auto* heading = new QLabel(title, card);
    heading->setProperty("cardTitle", true);
    layout->addWidget(heading);
    *bodyOut = layout;
    return card;
}

QString rolesText(const User& user)
{
    QStringList names;
    for (Role r : user.roles)
        names.append(roleDisplayName(r));
    return names.join(QStringLiteral(", "));
}

} // namespace

HomeModule::HomeModule(QList<UiModule*> modules, std::function<void(const QString&)> navigate)
    : m_modules(std::move(modules))
    , m_navigate(std::move(navigate))
{}

QString HomeModule::displayName() const
{
    return QCoreApplication::translate("lontar::BuiltinModules", "Beranda");
}

QIcon HomeModule::icon() const
{
    return QIcon(QStringLiteral(":/lontar/icons/home.svg"));
}

QWidget* HomeModule::createMainWidget(ShellContext& context, QWidget* parent)
{
    auto* page = new QWidget(parent);
    const User& user = context.user;
    auto unit = context.profile.identity().unitById(user.unitId);

    // Greet by the office's own clock (WIB/WITA/WIT), not the machine's.
    const QTimeZone zone(unit ? unit->timeZone.toLatin1() : QByteArray("Asia/Jakarta"));
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(zone);
    const int hour = local.time().hour();
    const QString greeting =
        hour < 4    ? QCoreApplication::translate("lontar::BuiltinModules", "Selamat malam")
        : hour < 11 ? QCoreApplication::translate("lontar::BuiltinModules", "Selamat pagi")
        : hour < 15 ? QCoreApplication::translate("lontar::BuiltinModules", "Selamat siang")
        : hour < 19 ? QCoreApplication::translate("lontar::BuiltinModules", "Selamat sore")
                    : QCoreApplication::translate("lontar::BuiltinModules", "Selamat malam");
    auto* hello = new QLabel(QStringLiteral("%1, %2").arg(greeting, user.fullName), page);
    hello->setObjectName(QStringLiteral("greetingLabel"));
    hello->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600; color: #1d2b29;"));
    auto* date = new QLabel(QLocale().toString(local.date(), QLocale::LongFormat) + QStringLiteral(" · ") +
                                QString::fromLatin1(zone.id()),
                            page);
    date->setProperty("muted", true);

    QVBoxLayout* body = nullptr;
    QFrame* profileCard =
        makeCard(QCoreApplication::translate("lontar::BuiltinModules", "Profil Anda"), page, &body);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QList<QPair<QString, QString>> rows{
        {QCoreApplication::translate("lontar::BuiltinModules", "NIP"), user.nip},
        {QCoreApplication::translate("lontar::BuiltinModules", "Jabatan"), user.position},
        {QCoreApplication::translate("lontar::BuiltinModules", "Unit kerja"), unit ? unit->name : QString()},
        {QCoreApplication::translate("lontar::BuiltinModules", "Peran"), rolesText(user)},
    };
    for (int i = 0; i < rows.size(); ++i) {
        auto* key = new QLabel(rows.at(i).first, profileCard);
        key->setProperty("muted", true);
        auto* value = new QLabel(rows.at(i).second, profileCard);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(key, i, 0, Qt::AlignTop);
        grid->addWidget(value, i, 1);
    }
    grid->setColumnStretch(1, 1);
    body->addLayout(grid);
    body->addStretch();

    QFrame* dataCard =
        makeCard(QCoreApplication::translate("lontar::BuiltinModules", "Keamanan data lokal"), page, &body);
    const AuditVerification audit = context.profile.audit().verify();
    auto* auditState = new QLabel(page);
    auditState->setObjectName(QStringLiteral("homeAuditStateLabel"));
    auditState->setWordWrap(true);
    auditState->setText(audit.intact
                            ? QCoreApplication::translate("lontar::BuiltinModules",
                                                          "✔ Log audit utuh (%n entri terverifikasi)",
                                                          nullptr, int(audit.entriesChecked))
                            : QCoreApplication::translate("lontar::BuiltinModules", "✖ Log audit rusak: %1")
                                  .arg(audit.problem));
    auditState->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(audit.intact ? Theme::kOk : Theme::kError)));
    auto* storage =
        new QLabel(QCoreApplication::translate(
                       "lontar::BuiltinModules",
                       "Data disimpan di perangkat ini (SQLite, mode WAL, sinkron penuh) dan tetap "
                       "dapat digunakan tanpa koneksi internet."),
                   page);
    storage->setWordWrap(true);
    storage->setProperty("muted", true);
    body->addWidget(auditState);
    body->addWidget(storage);
    body->addStretch();

    QFrame* modulesCard =
        makeCard(QCoreApplication::translate("lontar::BuiltinModules", "Layanan"), page, &body);
    int shown = 0;
    for (UiModule* module : std::as_const(m_modules)) {
        if (module->id() == id() || !module->isAvailableFor(user))
            continue;
        auto* button = new QPushButton(
            module->icon(), QString(module->displayName()).replace(QLatin1Char('&'), QStringLiteral("&&")),
            modulesCard);
        button->setObjectName(QStringLiteral("homeOpen_") + module->id());
        button->setIconSize(QSize(20, 20));
        button->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; padding: 8px 12px; background: #0f5e56;"
                           " color: white; border-radius: 5px; }"
                           "QPushButton:hover { background: #136b62; }"));
        const QString moduleId = module->id();
        QObject::connect(button, &QPushButton::clicked, button, [this, moduleId] {
            if (m_navigate)
                m_navigate(moduleId);
        });
        body->addWidget(button);
        ++shown;
    }
    if (shown == 0) {
        auto* none =
            new QLabel(QCoreApplication::translate("lontar::BuiltinModules",
                                                   "Belum ada layanan lain yang tersedia untuk peran Anda."),
                       modulesCard);
        none->setProperty("muted", true);
        none->setWordWrap(true);
        body->addWidget(none);
    }
    body->addStretch();

    auto* cards = new QGridLayout;
    cards->setSpacing(16);
    cards->addWidget(profileCard, 0, 0);
    cards->addWidget(dataCard, 0, 1);
    cards->addWidget(modulesCard, 1, 0, 1, 2);
    cards->setColumnStretch(0, 1);
    cards->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(4);
    layout->addWidget(hello);
    layout->addWidget(date);
    layout->addSpacing(16);
    layout->addLayout(cards);
    layout->addStretch();
    return page;
}

QString AdministrationModule::displayName() const
{
    return QCoreApplication::translate("lontar::BuiltinModules", "Pengguna & Unit");
}

QIcon AdministrationModule::icon() const
{
    return QIcon(QStringLiteral(":/lontar/icons/users.svg"));
}

QWidget* AdministrationModule::createMainWidget(ShellContext& context, QWidget* parent)
{
    return new AdministrationPage(context, parent);
}

QString AuditModule::displayName() const
{
    return QCoreApplication::translate("lontar::BuiltinModules", "Log Audit");
}

QIcon AuditModule::icon() const
{
    return QIcon(QStringLiteral(":/lontar/icons/audit.svg"));
}

QWidget* AuditModule::createMainWidget(ShellContext& context, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* verifyButton =
        new QPushButton(QIcon(QStringLiteral(":/lontar/icons/shield.svg")),
                        QCoreApplication::translate("lontar::BuiltinModules", "Periksa integritas"), page);
    verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    auto* verdict = new QLabel(page);
    verdict->setObjectName(QStringLiteral("auditVerdictLabel"));
    verdict->setWordWrap(true);
    auto* table = new QTableWidget(page);
    table->setObjectName(QStringLiteral("auditTable"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({QCoreApplication::translate("lontar::BuiltinModules", "No."),
                                      QCoreApplication::translate("lontar::BuiltinModules", "Waktu"),
                                      QCoreApplication::translate("lontar::BuiltinModules", "Pelaku"),
                                      QCoreApplication::translate("lontar::BuiltinModules", "Tindakan"),
                                      QCoreApplication::translate("lontar::BuiltinModules", "Objek")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);

    Profile* profile = &context.profile;
    auto reload = [profile, table, verdict] {
        table->setRowCount(0);
        auto entries = profile->audit().entries(500);
        if (entries) {
            for (const AuditEntry& e : *entries) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem(QString::number(e.id)));
                table->setItem(row, 1,
                               new QTableWidgetItem(QLocale().toString(
                                   e.timestamp.toLocalTime(), QStringLiteral("dd MMM yyyy HH:mm:ss"))));
                table->setItem(row, 2, new QTableWidgetItem(e.actor));
                auto* action = new QTableWidgetItem(AuditLog::actionDisplayName(e.action));
                action->setToolTip(e.action);
                table->setItem(row, 3, action);
                // Users are shown by name; other objects by kind and id.
                QString object = e.entity.isEmpty() ? QString() : e.entity + QLatin1Char(' ') + e.entityId;
                if (e.entity == QLatin1String("user")) {
                    if (auto u = profile->identity().userById(e.entityId))
                        object = u->fullName;
                }
                auto* objectItem = new QTableWidgetItem(object);
                objectItem->setToolTip(e.entity + QLatin1Char(' ') + e.entityId);
                table->setItem(row, 4, objectItem);
            }
        }
        const AuditVerification v = profile->audit().verify();
        verdict->setText(
            v.intact ? QCoreApplication::translate(
                           "lontar::BuiltinModules",
                           "Rantai hash utuh: %n entri diperiksa, tidak ada yang diubah atau dihapus.",
                           nullptr, int(v.entriesChecked))
                     : QCoreApplication::translate("lontar::BuiltinModules",
                                                   "Rantai hash RUSAK pada entri #%1: %2")
                           .arg(v.firstBadEntry)
                           .arg(v.problem));
        verdict->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                   .arg(QLatin1String(v.intact ? Theme::kOk : Theme::kError)));
    };
    QObject::connect(verifyButton, &QPushButton::clicked, table, reload);
    reload();

    auto* top = new QHBoxLayout;
    top->addWidget(verdict, 1);
    top->addWidget(verifyButton);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(table, 1);
    return page;
}

} // namespace lontar
