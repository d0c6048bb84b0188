#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lontar {

// Owner-only modes for what holds credentials, tokens and personal data (a profile, the server's
// data folder): folders 0700, files 0600. Applied on every open, not only at creation, so a folder
// made earlier with the umask's looser modes is tightened too. On Windows Qt maps these to the
// read-only attribute only; ACLs there come from the user's profile folder.
class FilePermissions
{
    Q_DECLARE_TR_FUNCTIONS(FilePermissions)

public:
    // Creates the folder (and its parents) when missing, then sets 0700 on the folder itself.
    static Status ownerOnlyDirectory(const QString& path);
    // Sets 0600 on an existing file; a missing file is not an error.
    static Status ownerOnlyFile(const QString& path);
    // Creates an empty SQLite file 0600 before SQLite opens it, so SQLite (which copies the main file's
    // mode to its -wal and -shm files) never creates anything readable by others.
    static Status precreateDatabaseFile(const QString& path);
    // 0600 on the database and its -wal, -shm and -journal companions that exist.
    static Status ownerOnlyDatabaseFiles(const QString& path);
};

} // namespace lontar
