// lontar-server: the central server. Headless; the API lives in modules/server.
#include "attendance/AttendanceDemo.h"
#include "attendance/AttendanceModule.h"
#include "catalogue/CatalogueCli.h"
#include "catalogue/CatalogueModule.h"
#include "esign/EsignModule.h"
#include "records/RecordsCli.h"
#include "records/RecordsDemoServer.h"
#include "records/RecordsModule.h"
#include "server/EmbeddedServer.h"
#include "server/HttpsServer.h"
#include "sync/SyncProtocol.h"

#include "core/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

using namespace lontar;
using namespace lontar::server;

namespace {
// Device ids, names and user names come from devices and admins. Printed raw, a tab, a new line or an
// escape sequence in them would forge columns, lines or terminal output, so control and format
// characters (and the backslash, to keep the escaping unambiguous) are written as \xHH / \uHHHH.
QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category cat = c.category();
        if (c == QLatin1Char('\\')) {
            out += QStringLiteral("\\\\");
        } else if (cat == QChar::Other_Control || cat == QChar::Other_Format ||
                   cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph) {
            out += c.unicode() < 0x100 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                       : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lontar"));
    QCoreApplication::setApplicationName(QStringLiteral("lontar-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONTAR_VERSION));

    // The entities this server accepts are those of the modules it links, with their policies.
    CoreModule coreModule;
    esign::EsignModule esignModule;
    catalogue::CatalogueModule catalogueModule;
    attendance::AttendanceModule attendanceModule;
    records::RecordsModule recordsModule;
    sync::EntityRegistry::instance().addModules(
        {&coreModule, &esignModule, &catalogueModule, &attendanceModule, &recordsModule});

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lontar central server (HTTPS JSON API under /api/v1)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data folder (SQLite store, TLS pair)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("PostgreSQL URL postgresql://user:pass@host:port/db "
                       "(default: SQLite in the data folder)."),
        QStringLiteral("URL"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to bind (default 127.0.0.1)."),
                                          QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (default 8443, 0 = any)."),
                                        QStringLiteral("PORT"), QStringLiteral("8443"));
    const QCommandLineOption certOption(QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("TLS private key (PEM)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Seed the demo regency into an empty store."));
    const QCommandLineOption autoApproveOption(
        QStringLiteral("auto-approve-devices"),
        QStringLiteral("Approve new devices without an admin (single-user demo only)."));
    const QCommandLineOption tokenOption(QStringLiteral("access-token-seconds"),
                                         QStringLiteral("Lifetime of access tokens (default 600)."),
                                         QStringLiteral("S"), QStringLiteral("600"));
    const QCommandLineOption approveOption(
        QStringLiteral("approve-device"),
        QStringLiteral("Approve a pending device on the server itself (first admin "
                       "device) and exit."),
        QStringLiteral("ID"));
    const QCommandLineOption listDevicesOption(
        QStringLiteral("list-devices"),
        QStringLiteral("List enrolled devices (id, status, user, name; tab-separated) and exit."));
    const QCommandLineOption revokeOption(
        QStringLiteral("revoke-device"),
        QStringLiteral("Revoke a device for good (its tokens stop working, it cannot log in again) "
                       "and exit."),
        QStringLiteral("ID"));
    const QCommandLineOption trustOption(
        QStringLiteral("trust"),
        QStringLiteral("Trusted root certificates (PEM files) for the public verification page /v/ "
                       "(default: none, so no signature shows as trusted)."),
        QStringLiteral("DIR"));
    parser.addOptions({dataOption, databaseOption, listenOption, portOption, certOption, keyOption,
                       demoOption, autoApproveOption, tokenOption, approveOption, listDevicesOption,
                       revokeOption, trustOption});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString dataDir = parser.isSet(dataOption)
                                ? parser.value(dataOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        err << "--cert and --key go together" << Qt::endl;
        return 2;
    }
    QHostAddress address;
    if (!address.setAddress(parser.value(listenOption))) {
        err << "invalid --listen address" << Qt::endl;
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "invalid --port" << Qt::endl;
        return 2;
    }
    if (parser.isSet(trustOption) && !QFileInfo(parser.value(trustOption)).isDir()) {
        err << "--trust must name a folder of PEM certificates" << Qt::endl;
        return 2;
    }
    auto setup = prepareServer(dataDir, parser.value(databaseOption), parser.isSet(demoOption),
                               parser.value(certOption), parser.value(keyOption));
    if (!setup) {
        err << "lontar-server: " << setup.errorMessage() << Qt::endl;
        return 1;
    }
    if (parser.isSet(demoOption)) {
        // The demo regency's e-catalogue (once; an admin's later changes stay).
        if (Status s = catalogue::seedDemoCatalogue(*setup->db); !s) {
            err << "lontar-server: " << s.errorMessage() << Qt::endl;
            return 1;
        }
        // The demo classification codes and retention schedule with a TU office's letters, and a month
        // of demo attendance (once).
        if (Status s = records::seedDemoRecords(*setup->db); !s) {
            err << "lontar-server: " << s.errorMessage() << Qt::endl;
            return 1;
        }
        if (Status s = attendance::seedAttendanceDemo(*setup->db); !s) {
            err << "lontar-server: " << s.errorMessage() << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(listDevicesOption)) {
        auto rows = setup->db->exec(
            QStringLiteral("SELECT d.device_id, d.status, u.username, d.name FROM srv_devices d "
                           "JOIN users u ON u.id = d.user_id ORDER BY d.created_at"));
        if (!rows) {
            err << rows.errorMessage() << Qt::endl;
            return 1;
        }
        // One line per device whatever its fields hold: tabs separate the columns, nothing else can.
        while (rows->next())
            out << printable(rows->value(0).toString()) << '\t' << printable(rows->value(1).toString())
                << '\t' << printable(rows->value(2).toString()) << '\t'
                << printable(rows->value(3).toString()) << '\n';
        out.flush();
        return 0;
    }
    if (parser.isSet(approveOption)) {
        const QString id = parser.value(approveOption);
        // Local administration: whoever can run the server binary on its data is already trusted. A
        // revoked device stays revoked: it re-enrols under a new id.
        auto r = setup->db->exec(
            QStringLiteral("UPDATE srv_devices SET status = 'approved', approved_by = 'server-console' "
                           "WHERE device_id = ? AND status <> 'revoked'"),
            {id});
        if (!r || r->numRowsAffected() != 1) {
            err << "no such device (or revoked): " << printable(id) << Qt::endl;
            return 1;
        }
        out << "approved " << printable(id) << Qt::endl;
        return 0;
    }
    if (parser.isSet(revokeOption)) {
        const QString id = parser.value(revokeOption);
        Database& db = *setup->db;
        Transaction tx(db);
        if (!tx.status()) {
            err << tx.status().errorMessage() << Qt::endl;
            return 1;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // The same as the admin API's revoke: status, every token of the device, an audit entry.
        auto r = db.exec(QStringLiteral("UPDATE srv_devices SET status = 'revoked', refresh_hash = '', "
                                        "prev_refresh_hash = '', replay_answer = '', pair_used = 1, "
                                        "pair_access_hash = '', refresh_family = '', revoked_at = ? "
                                        "WHERE device_id = ?"),
                         {now, id});
        if (!r || r->numRowsAffected() != 1) {
            err << "no such device: " << printable(id) << Qt::endl;
            return 1;
        }
        if (auto d = db.exec(QStringLiteral("DELETE FROM srv_tokens WHERE device_id = ?"), {id}); !d) {
            err << d.errorMessage() << Qt::endl;
            return 1;
        }
        AuditLog audit(db);
        if (Status s = audit.append(QStringLiteral("server-console"), QStringLiteral("device.revoke"),
                                    QStringLiteral("device"), id);
            !s) {
            err << s.errorMessage() << Qt::endl;
            return 1;
        }
        if (Status s = tx.commit(); !s) {
            err << s.errorMessage() << Qt::endl;
            return 1;
        }
        out << "revoked " << printable(id) << Qt::endl;
        return 0;
    }

    // The regency's approval threshold for catalogue orders (settings key catalogue.pp_threshold).
    catalogueModule.loadSettings(*setup->db);
    ServerOptions options;
    options.autoApproveDevices = parser.isSet(autoApproveOption);
    options.accessTokenSeconds = qMax(10, parser.value(tokenOption).toInt());
    // The public pages of the linked modules (the esign verification page under /v/).
    esignModule.setVerificationTrustDirectory(parser.value(trustOption));
    for (const Module* module : std::initializer_list<const Module*>{&coreModule, &esignModule})
        options.publicEndpoints.append(module->publicEndpoints());
    HttpsServer server(*setup->db, setup->tls, options);
    const quint16 bound = server.start(address, quint16(port));
    if (bound == 0) {
        err << "lontar-server: cannot listen on " << address.toString() << ':' << port << Qt::endl;
        return 1;
    }
    // One line that scripts and tests read to find the port and the certificate to pin.
    out << "lontar-server listening on https://" << address.toString() << ':' << bound
        << " sha256=" << setup->tls.fingerprint() << Qt::endl;
    return app.exec();
}
