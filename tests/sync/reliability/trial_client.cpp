// lontar-sync-trial: a client process the reliability trials can SIGKILL at any moment.
//   enrol DIR URL PIN USER          log in (demo password) and enrol this profile's device
//   add DIR TAG COUNT [SKEW_DAYS]   COUNT signing-register rows named TAG-0..; signedAt skewed by days
//   blob DIR FILE                   queue a file for content-addressed upload
//   sync DIR URL PIN                one sync pass (blobs, push, pull); exit 0 only on success
// Exit codes: 0 ok, 1 the operation failed (e.g. network), 2 bad usage.
#include "core/Profile.h"
#include "esign/EsignModule.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

using namespace lontar;
using namespace lontar::sync;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: lontar-sync-trial enrol|add|blob|sync DIR ...\n";
        return 2;
    }
    const QString command = args.at(0);
    CoreModule core;
    esign::EsignModule esignModule;
    EntityRegistry::instance().addModules({&core, &esignModule});
    SyncClientModule module;
    auto profile = Profile::open(args.at(1), {&module});
    if (!profile) {
        err << "profile: " << profile.errorMessage() << '\n';
        return 1;
    }
    Database& db = (*profile)->database();
    const QString blobDir = args.at(1) + QStringLiteral("/blobs");
    const int timeoutMs = qEnvironmentVariableIntValue("LONTAR_TRIAL_TIMEOUT_MS") > 0
                              ? qEnvironmentVariableIntValue("LONTAR_TRIAL_TIMEOUT_MS")
                              : 4000;

    if (command == QLatin1String("add") && args.size() >= 4) {
        // Signing-register rows (a real entity with a policy) whose document name is the tag.
        auto actor = SyncClient::enrolledActor(db);
        if (!actor) {
            err << "add: " << actor.errorMessage() << '\n';
            return 1;
        }
        ClientStore store(db, *actor);
        const int count = args.at(3).toInt();
        const qint64 skewMs = qint64(args.value(4).toDouble() * 86400000.0);
        for (int i = 0; i < count; ++i) {
            const QString tag = QStringLiteral("%1-%2").arg(args.at(2)).arg(i);
            const QJsonObject data{
                {QStringLiteral("documentName"), tag},
                {QStringLiteral("documentSha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(tag.toUtf8(), QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("outcome"), QStringLiteral("failed")},
                {QStringLiteral("error"), QStringLiteral("uji keandalan")},
                {QStringLiteral("signedAt"), double(QDateTime::currentMSecsSinceEpoch() + skewMs)}};
            auto put = store.put(esign::kHistoryEntity, {}, data);
            if (!put) {
                err << "add: " << put.errorMessage() << '\n';
                return 1;
            }
        }
        return 0;
    }
    if (command == QLatin1String("blob") && args.size() >= 3) {
        auto sha = ClientStore(db).addBlob(args.at(2), blobDir);
        if (!sha) {
            err << "blob: " << sha.errorMessage() << '\n';
            return 1;
        }
        QTextStream(stdout) << *sha << '\n';
        return 0;
    }
    if ((command == QLatin1String("enrol") && args.size() >= 5) ||
        (command == QLatin1String("sync") && args.size() >= 4)) {
        auto transport = makeHttpsTransport(args.at(2), args.at(3), timeoutMs);
        SyncClient client(db, *transport, blobDir);
        if (command == QLatin1String("enrol")) {
            const Status s = client.enrol(args.at(4), DemoData::demoPassword(), QStringLiteral("trial"));
            if (!s) {
                err << "enrol: " << s.errorMessage() << '\n';
                return 1;
            }
            return 0;
        }
        auto report = client.syncOnce();
        if (!report) {
            err << "sync: " << report.errorMessage() << '\n';
            return 1;
        }
        QTextStream(stdout) << "pushed " << report->pushed << " pulled " << report->pulled << " blobs "
                            << report->blobsUploaded << '\n';
        return 0;
    }
    err << "bad usage\n";
    return 2;
}
