#include "sync/OnlineLogin.h"

#include "core/AuditLog.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>

namespace lontar::sync {

Result<User> loginOnline(const QString& databasePath, const QString& blobDir, const ServerEndpoint& server,
                         const QString& usernameIn, const QString& password)
{
    const QString username = usernameIn.trimmed().toLower();
    auto db = Database::openSqlite(databasePath);
    if (!db)
        return db.error();
    auto transport = makeHttpsTransport(server.baseUrl, server.pinnedSha256);
    SyncClient client(**db, *transport, blobDir);
    // Transport failures carry Qt's own (English) wording; the person at the login screen gets ours.
    const auto unreachable = [] {
        return Error(
            QCoreApplication::translate("lontar::sync::OnlineLogin",
                                        "Server tidak dapat dihubungi. Masuk pertama kali di perangkat "
                                        "ini memerlukan koneksi ke server."),
            Error::Code::Network);
    };
    if (Status s = client.enrol(username, password, {}); !s)
        return s.error().code == Error::Code::Network ? unreachable() : s.error();
    // The directory (and anything else this user may see) arrives with the first pass.
    if (auto report = client.syncOnce(); !report)
        return report.error().code == Error::Code::Network ? unreachable() : report.error();
    IdentityStore ids(**db);
    auto user = ids.userByUsername(username);
    if (!user)
        return Error(QCoreApplication::translate("lontar::sync::OnlineLogin",
                                                 "Server menerima kata sandi Anda, tetapi data pegawai belum "
                                                 "diterima. Coba lagi."),
                     Error::Code::Network);
    if (Status s = ids.setOfflineVerifier(user->id, password); !s)
        return s.error();
    AuditLog audit(**db);
    if (Status s = audit.append(username, QStringLiteral("login.online"), QStringLiteral("user"), user->id);
        !s)
        return s.error();
    return ids.userById(user->id);
}

} // namespace lontar::sync
