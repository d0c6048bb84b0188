// lontar-att-clock-helper PROFILE_DIR in|out: records one clock event for the user the profile is
// enrolled for, as the desktop's clock-in button does, and prints it as JSON. tst_clocksync runs it
// under faketime to be a device whose wall clock was moved while offline.
#include "attendance/AttendanceModule.h"
#include "attendance/ClockEvents.h"
#include "core/Profile.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace lontar;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto kind = attendance::eventKindFromKey(args.value(2));
    if (args.size() != 3 || !kind) {
        std::fprintf(stderr, "usage: lontar-att-clock-helper PROFILE_DIR in|out\n");
        return 2;
    }
    CoreModule core;
    attendance::AttendanceModule attendanceModule;
    sync::EntityRegistry::instance().addModules({&core, &attendanceModule});
    sync::SyncClientModule syncModule;
    auto profile = Profile::open(args.at(1), {&syncModule, &attendanceModule});
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.errorMessage()));
        return 1;
    }
    Database& db = (*profile)->database();
    auto actor = sync::SyncClient::enrolledActor(db);
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.errorMessage()));
        return 1;
    }
    actor->deviceId = sync::ClientStore(db).state(QStringLiteral("device_id"));
    sync::ClientStore store(db, *actor);
    attendance::ClockService service(db, store, *actor);
    auto event = service.clock(*kind);
    if (!event) {
        std::fprintf(stderr, "%s\n", qPrintable(event.errorMessage()));
        return 1;
    }
    QJsonObject out = event->toJson();
    out.insert(QStringLiteral("id"), event->id);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
