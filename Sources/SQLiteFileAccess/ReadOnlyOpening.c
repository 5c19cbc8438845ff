// Opening a ledger for reading so that SQLite cannot change its files.
//
// A ledger is a WAL database: committed transactions go to `PATH-wal` first, and SQLite copies
// them into `PATH` (a checkpoint) as the log grows and when the last connection closes. A
// connection that can write does that copy when it closes last, whatever it was used for: so a
// command that only read, run after a writer was killed with transactions still in the log,
// rewrote the file and removed the log. A connection opened `SQLITE_OPEN_READONLY` never
// checkpoints (SQLite refuses it), and with `SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE` it does not even
// try; it reads the log through the `-shm` index, which it creates when the folder allows it.
//
// What SQLite needs to read a WAL database read-only (https://sqlite.org/wal.html, "Read-Only
// Databases") decides how each ledger is opened: see poa_sqlite_read_access.

#include "SQLiteFileAccess.h"
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/// Whether `name` can be written by this process; for a folder, whether files can be made in it.
static int writable(const char *name) { return access(name, W_OK) == 0; }

/// The folder of `path` ("." for a bare file name), to be freed with sqlite3_free.
static char *folderOf(const char *path) {
    const char *slash = strrchr(path, '/');
    if (slash == NULL) return sqlite3_mprintf(".");
    if (slash == path) return sqlite3_mprintf("/");
    return sqlite3_mprintf("%.*s", (int)(slash - path), path);
}

/// The size of `PATH-wal`, or -1 when there is none.
static sqlite3_int64 logSize(const char *path) {
    char *name = sqlite3_mprintf("%s-wal", path);
    if (name == NULL) return -1;
    struct stat info;
    sqlite3_int64 size = stat(name, &info) == 0 ? (sqlite3_int64)info.st_size : -1;
    sqlite3_free(name);
    return size;
}

static int hasIndex(const char *path) {
    char *name = sqlite3_mprintf("%s-shm", path);
    if (name == NULL) return 0;
    int exists = access(name, F_OK) == 0;
    sqlite3_free(name);
    return exists;
}

PoaReadAccess poa_sqlite_read_access(const char *path) {
    char *folder = folderOf(path);
    int folderWritable = folder != NULL && writable(folder);
    sqlite3_free(folder);
    sqlite3_int64 log = logSize(path);
    if (folderWritable) {
        // SQLite makes the -wal and -shm it needs. A housekeeper can remove them again only
        // if it may open the file for writing, and is only useful while the log holds nothing.
        return writable(path) && log <= 0 ? PoaReadAccessSharedWithHousekeeper : PoaReadAccessShared;
    }
    // Nothing can be made in this folder, so no writer can start here (it would need a -wal).
    // With a -shm, SQLite reads the log through it, read-only or not, beside a live writer too.
    if (hasIndex(path) && log >= 0) return PoaReadAccessShared;
    // Without a log, or with an empty one, the file holds every committed transaction; without
    // a -shm, SQLite could read it only by making one, which this folder forbids.
    if (log <= 0) return PoaReadAccessImmutable;
    return PoaReadAccessPendingLogUnreadable;
}

char *poa_sqlite_reader_name(const char *path, PoaReadAccess access) {
    if (access != PoaReadAccessImmutable) return sqlite3_mprintf("%s", path);
    // A URI (https://sqlite.org/uri.html): '%', '?' and '#' in the path are escaped, and an
    // absolute path gets an empty authority ("file:///a/b"), so that "//a" is not read as a host.
    sqlite3_str *uri = sqlite3_str_new(NULL);
    sqlite3_str_appendall(uri, path[0] == '/' ? "file://" : "file:");
    for (const char *c = path; *c != '\0'; c++) {
        if (*c == '%' || *c == '?' || *c == '#') {
            sqlite3_str_appendf(uri, "%%%02X", (unsigned char)*c);
        } else {
            sqlite3_str_appendchar(uri, 1, *c);
        }
    }
    sqlite3_str_appendall(uri, "?immutable=1");
    return sqlite3_str_finish(uri);
}

int poa_sqlite_keep_log_on_close(struct sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
}

int poa_sqlite_open_reader(const char *path, PoaReadAccess access, int flags, const char *vfs, struct sqlite3 **db) {
    *db = NULL;
    if (access == PoaReadAccessPendingLogUnreadable) return SQLITE_CANTOPEN;
    char *name = poa_sqlite_reader_name(path, access);
    if (name == NULL) return SQLITE_NOMEM;
    int rc = sqlite3_open_v2(name, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | flags, vfs);
    sqlite3_free(name);
    if (rc == SQLITE_OK) rc = poa_sqlite_keep_log_on_close(*db);
    return rc;
}

struct sqlite3 *poa_sqlite_open_housekeeper(const char *path) {
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 10000);
    // Reading the schema opens the log under this connection, making the -wal and -shm if needed.
    if (sqlite3_exec(db, "PRAGMA query_only = 1; SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK) {
        poa_sqlite_keep_log_on_close(db);
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

void poa_sqlite_close_housekeeper(struct sqlite3 *db) {
    if (db == NULL) return;
    const char *path = sqlite3_db_filename(db, "main");
    // A log with content (a writer came meanwhile, and may have been killed) stays as it is.
    if (path == NULL || logSize(path) != 0) poa_sqlite_keep_log_on_close(db);
    sqlite3_close(db);
}
