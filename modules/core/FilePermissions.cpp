#include "core/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lontar {

namespace {
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

Status FilePermissions::ownerOnlyDirectory(const QString& path)
{
    if (!QDir().mkpath(path))
        return Error(tr("Tidak dapat membuat folder %1").arg(QDir::toNativeSeparators(path)),
                     Error::Code::Io);
    if (!QFile::setPermissions(path, kOwnerDir))
        return Error(tr("Tidak dapat membatasi hak akses folder %1").arg(QDir::toNativeSeparators(path)),
                     Error::Code::Io);
    return {};
}

Status FilePermissions::ownerOnlyFile(const QString& path)
{
    const QFileInfo info(path);
    // A symbolic link is left alone: chmod would follow it to whatever it points at.
    if (!info.exists() || info.isSymLink())
        return {};
    if (!QFile::setPermissions(path, kOwnerFile))
        return Error(tr("Tidak dapat membatasi hak akses berkas %1").arg(QDir::toNativeSeparators(path)),
                     Error::Code::Io);
    return {};
}

Status FilePermissions::precreateDatabaseFile(const QString& path)
{
    if (QFileInfo::exists(path))
        return ownerOnlyFile(path);
    QFile file(path);
    // NewOnly: never truncates a file that appeared in the meantime.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)) {
        if (QFileInfo::exists(path))
            return ownerOnlyFile(path);
        return Error(tr("Tidak dapat membuat berkas %1").arg(QDir::toNativeSeparators(path)),
                     Error::Code::Io);
    }
    file.close();
    return ownerOnlyFile(path);
}

Status FilePermissions::ownerOnlyDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        if (Status s = ownerOnlyFile(path + QLatin1String(suffix)); !s)
            return s;
    }
    return {};
}

} // namespace lontar
