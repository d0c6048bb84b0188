// lontar-server: the central server. Headless; the API lives in modules/server.
#include "server/EmbeddedServer.h"
#include "server/HttpsServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

using namespace lontar;
using namespace lontar::server;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lontar"));
    QCoreApplication::setApplicationName(QStringLiteral("lontar-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONTAR_VERSION));

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
    const QCommandLineOption listDevicesOption(QStringLiteral("list-devices"),
                                               QStringLiteral("List enrolled devices and exit."));
    parser.addOptions({dataOption, databaseOption, listenOption, portOption, certOption, keyOption,
                       demoOption, autoApproveOption, tokenOption, approveOption, listDevicesOption});
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
    auto setup = prepareServer(dataDir, parser.value(databaseOption), parser.isSet(demoOption),
                               parser.value(certOption), parser.value(keyOption));
    if (!setup) {
        err << "lontar-server: " << setup.errorMessage() << Qt::endl;
        return 1;
    }
    if (parser.isSet(listDevicesOption)) {
        auto rows = setup->db->exec(
            QStringLiteral("SELECT d.device_id, d.status, u.username, d.name FROM srv_devices d "
                           "JOIN users u ON u.id = d.user_id ORDER BY d.created_at"));
        if (!rows) {
            err << rows.errorMessage() << Qt::endl;
            return 1;
        }
        while (rows->next())
            out << rows->value(0).toString() << '\t' << rows->value(1).toString() << '\t'
                << rows->value(2).toString() << '\t' << rows->value(3).toString() << '\n';
        out.flush();
        return 0;
    }
    if (parser.isSet(approveOption)) {
        // Local administration: whoever can run the server binary on its data is already trusted.
        auto r = setup->db->exec(
            QStringLiteral("UPDATE srv_devices SET status = 'approved', approved_by = 'server-console' "
                           "WHERE device_id = ?"),
            {parser.value(approveOption)});
        if (!r || r->numRowsAffected() != 1) {
            err << "no such device: " << parser.value(approveOption) << Qt::endl;
            return 1;
        }
        out << "approved " << parser.value(approveOption) << Qt::endl;
        return 0;
    }

    ServerOptions options;
    options.autoApproveDevices = parser.isSet(autoApproveOption);
    options.accessTokenSeconds = qMax(10, parser.value(tokenOption).toInt());
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
