// A bulk copy of a database into a new file: SQLite's online backup API, reading and writing
// through a thin VFS that moves the bytes in runs of up to 124 KB rather than one page at a time.
//
// The backup API reads the source and writes the destination one page (4 KB) at a time, and
// where system calls are costly (a virtual machine), copying a large ledger page by page takes
// several times the system time of `cp`. The pages go in order, so both ends can move long
// runs instead:
//
// - the destination ("poa-copy-destination") gathers consecutive writes in a buffer that goes to
//   disk whenever anything else happens;
// - the source ("poa-copy-source") reads 124 KB ahead and serves the next pages from that
//   buffer, which it forgets whenever anything else happens (a lock, a shared-memory call, a
//   write). One backup step is one read transaction, and the pages a read transaction reads from
//   the database file cannot change under it: with a rollback journal its SHARED lock keeps
//   writers out of the file; in WAL mode a checkpoint never writes a page that a reader still
//   reads from the file (it copies frames up to the oldest reader's snapshot only, and those
//   pages that reader reads from the WAL). So nothing read ahead can be stale.

#include "SQLiteFileAccess.h"
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#define POA_COPY_SOURCE_VFS "poa-copy-source"
#define POA_COPY_DESTINATION_VFS "poa-copy-destination"
/// Under 128 KB: the default (unix) VFS writes at most 0x1ffff bytes per call and masks larger
/// counts, so a bigger flush would come back as a short write (`SQLITE_FULL`); it expects reads of
/// that size too.
#define POA_RUN_CAPACITY (124 * 1024)

/// What a copy VFS does with the main database files it opens; other files pass straight through.
typedef enum CopyRole { CopyRoleSource, CopyRoleDestination } CopyRole;

typedef struct CopyVFSData {
    sqlite3_vfs *root;
    CopyRole role;
} CopyVFSData;

typedef struct CopyFile {
    sqlite3_file base;
    /// The wrapped file, stored right after this struct.
    sqlite3_file *real;
    /// The run: bytes of offsets [start, start + length), pending writes of a destination or
    /// bytes read ahead from a source; NULL for files that are neither.
    unsigned char *buffer;
    sqlite3_int64 start;
    int length;
    CopyRole role;
} CopyFile;

static sqlite3_vfs sourceVFS;
static sqlite3_vfs destinationVFS;
static CopyVFSData sourceData = {NULL, CopyRoleSource};
static CopyVFSData destinationData = {NULL, CopyRoleDestination};

/// Ends the run: a destination writes its pending bytes, a source forgets what it read ahead.
/// Every method other than a read and the size queries calls it first, so the file always
/// behaves as if each read and write had gone straight through.
static int endRun(CopyFile *file) {
    if (file->buffer == NULL || file->length == 0) return SQLITE_OK;
    int length = file->length;
    file->length = 0;
    if (file->role == CopyRoleSource) return SQLITE_OK;
    return file->real->pMethods->xWrite(file->real, file->buffer, length, file->start);
}

static int copyClose(sqlite3_file *handle) {
    CopyFile *file = (CopyFile *)handle;
    int ended = endRun(file);
    int closed = file->real->pMethods->xClose(file->real);
    sqlite3_free(file->buffer);
    file->buffer = NULL;
    return ended != SQLITE_OK ? ended : closed;
}

/// A source's read: from the run when it holds the bytes, else from a new run read at `offset`
/// (as long as the file has bytes for it; a read at the end goes straight through).
static int readAhead(CopyFile *file, void *out, int amount, sqlite3_int64 offset) {
    if (offset >= file->start && offset + amount <= file->start + file->length) {
        memcpy(out, file->buffer + (offset - file->start), (size_t)amount);
        return SQLITE_OK;
    }
    file->length = 0;
    sqlite3_int64 size = 0;
    int rc = file->real->pMethods->xFileSize(file->real, &size);
    if (rc != SQLITE_OK) return rc;
    sqlite3_int64 available = size - offset;
    if (amount > POA_RUN_CAPACITY || available < amount) return file->real->pMethods->xRead(file->real, out, amount, offset);
    int run = available < POA_RUN_CAPACITY ? (int)available : POA_RUN_CAPACITY;
    rc = file->real->pMethods->xRead(file->real, file->buffer, run, offset);
    if (rc != SQLITE_OK) return rc == SQLITE_IOERR_SHORT_READ ? file->real->pMethods->xRead(file->real, out, amount, offset) : rc;
    file->start = offset;
    file->length = run;
    memcpy(out, file->buffer, (size_t)amount);
    return SQLITE_OK;
}

static int copyRead(sqlite3_file *handle, void *out, int amount, sqlite3_int64 offset) {
    CopyFile *file = (CopyFile *)handle;
    if (file->buffer != NULL && file->role == CopyRoleSource) return readAhead(file, out, amount, offset);
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xRead(file->real, out, amount, offset);
}

static int copyWrite(sqlite3_file *handle, const void *bytes, int amount, sqlite3_int64 offset) {
    CopyFile *file = (CopyFile *)handle;
    if (file->buffer == NULL || file->role != CopyRoleDestination) {
        int rc = endRun(file);
        if (rc != SQLITE_OK) return rc;
        return file->real->pMethods->xWrite(file->real, bytes, amount, offset);
    }
    int continues = file->length > 0 && offset == file->start + file->length;
    if (!continues || file->length + amount > POA_RUN_CAPACITY) {
        int rc = endRun(file);
        if (rc != SQLITE_OK) return rc;
        if (amount > POA_RUN_CAPACITY) return file->real->pMethods->xWrite(file->real, bytes, amount, offset);
        file->start = offset;
    }
    memcpy(file->buffer + file->length, bytes, (size_t)amount);
    file->length += amount;
    return SQLITE_OK;
}

static int copyTruncate(sqlite3_file *handle, sqlite3_int64 size) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xTruncate(file->real, size);
}

static int copySync(sqlite3_file *handle, int flags) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xSync(file->real, flags);
}

/// A destination's size includes its pending bytes; a source's run does not change its size.
static int copyFileSize(sqlite3_file *handle, sqlite3_int64 *size) {
    CopyFile *file = (CopyFile *)handle;
    if (file->role == CopyRoleDestination) {
        int rc = endRun(file);
        if (rc != SQLITE_OK) return rc;
    }
    return file->real->pMethods->xFileSize(file->real, size);
}

static int copyLock(sqlite3_file *handle, int level) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xLock(file->real, level);
}

static int copyUnlock(sqlite3_file *handle, int level) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xUnlock(file->real, level);
}

static int copyCheckReservedLock(sqlite3_file *handle, int *isReserved) {
    CopyFile *file = (CopyFile *)handle;
    return file->real->pMethods->xCheckReservedLock(file->real, isReserved);
}

static int copyFileControl(sqlite3_file *handle, int operation, void *argument) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xFileControl(file->real, operation, argument);
}

static int copySectorSize(sqlite3_file *handle) {
    CopyFile *file = (CopyFile *)handle;
    return file->real->pMethods->xSectorSize(file->real);
}

static int copyDeviceCharacteristics(sqlite3_file *handle) {
    CopyFile *file = (CopyFile *)handle;
    return file->real->pMethods->xDeviceCharacteristics(file->real);
}

static int copyShmMap(sqlite3_file *handle, int region, int size, int extend, void volatile **out) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xShmMap(file->real, region, size, extend, out);
}

/// WAL read transactions begin and end here (the read marks are shared-memory locks).
static int copyShmLock(sqlite3_file *handle, int offset, int count, int flags) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xShmLock(file->real, offset, count, flags);
}

static void copyShmBarrier(sqlite3_file *handle) {
    CopyFile *file = (CopyFile *)handle;
    file->real->pMethods->xShmBarrier(file->real);
}

static int copyShmUnmap(sqlite3_file *handle, int deleteFlag) {
    CopyFile *file = (CopyFile *)handle;
    int rc = endRun(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xShmUnmap(file->real, deleteFlag);
}

/// Version 2 methods: a WAL source needs the shared-memory methods, and so does the copy of a WAL
/// ledger (it starts with a WAL header, so SQLite opens it in WAL mode once to switch it to a
/// rollback journal). Memory mapping (version 3) is left out: SQLite then always reads through
/// `xRead`.
static const sqlite3_io_methods copyMethods = {
    2,
    copyClose,
    copyRead,
    copyWrite,
    copyTruncate,
    copySync,
    copyFileSize,
    copyLock,
    copyUnlock,
    copyCheckReservedLock,
    copyFileControl,
    copySectorSize,
    copyDeviceCharacteristics,
    copyShmMap,
    copyShmLock,
    copyShmBarrier,
    copyShmUnmap,
    NULL,
    NULL,
};

static int copyOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *handle, int flags, int *outFlags) {
    CopyFile *file = (CopyFile *)handle;
    CopyVFSData *data = (CopyVFSData *)vfs->pAppData;
    memset(file, 0, sizeof(CopyFile));
    file->real = (sqlite3_file *)&file[1];
    file->role = data->role;
    int rc = data->root->xOpen(data->root, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK || file->real->pMethods == NULL || file->real->pMethods->iVersion < 2) {
        if (rc == SQLITE_OK && file->real->pMethods != NULL) {
            file->real->pMethods->xClose(file->real);
            rc = SQLITE_CANTOPEN;
        }
        file->base.pMethods = NULL;
        return rc;
    }
    if (flags & SQLITE_OPEN_MAIN_DB) {
        file->buffer = sqlite3_malloc(POA_RUN_CAPACITY);
        if (file->buffer == NULL) {
            file->real->pMethods->xClose(file->real);
            file->base.pMethods = NULL;
            return SQLITE_NOMEM;
        }
    }
    file->base.pMethods = &copyMethods;
    return SQLITE_OK;
}

// The rest of the VFS is the default one's.
#define ROOT (((CopyVFSData *)vfs->pAppData)->root)
static int copyDelete(sqlite3_vfs *vfs, const char *name, int syncDir) { return ROOT->xDelete(ROOT, name, syncDir); }
static int copyAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out) { return ROOT->xAccess(ROOT, name, flags, out); }
static int copyFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out) { return ROOT->xFullPathname(ROOT, name, size, out); }
static void *copyDlOpen(sqlite3_vfs *vfs, const char *name) { return ROOT->xDlOpen(ROOT, name); }
static void copyDlError(sqlite3_vfs *vfs, int size, char *out) { ROOT->xDlError(ROOT, size, out); }
static void (*copyDlSym(sqlite3_vfs *vfs, void *library, const char *symbol))(void) { return ROOT->xDlSym(ROOT, library, symbol); }
static void copyDlClose(sqlite3_vfs *vfs, void *library) { ROOT->xDlClose(ROOT, library); }
static int copyRandomness(sqlite3_vfs *vfs, int size, char *out) { return ROOT->xRandomness(ROOT, size, out); }
static int copySleep(sqlite3_vfs *vfs, int microseconds) { return ROOT->xSleep(ROOT, microseconds); }
static int copyCurrentTime(sqlite3_vfs *vfs, double *out) { return ROOT->xCurrentTime(ROOT, out); }
static int copyGetLastError(sqlite3_vfs *vfs, int size, char *out) { return ROOT->xGetLastError(ROOT, size, out); }
#undef ROOT

static sqlite3_vfs copyVFS(const char *name, CopyVFSData *data) {
    return (sqlite3_vfs){
        .iVersion = 1,
        .szOsFile = (int)sizeof(CopyFile) + data->root->szOsFile,
        .mxPathname = data->root->mxPathname,
        .zName = name,
        .pAppData = data,
        .xOpen = copyOpen,
        .xDelete = copyDelete,
        .xAccess = copyAccess,
        .xFullPathname = copyFullPathname,
        .xDlOpen = copyDlOpen,
        .xDlError = copyDlError,
        .xDlSym = copyDlSym,
        .xDlClose = copyDlClose,
        .xRandomness = copyRandomness,
        .xSleep = copySleep,
        .xCurrentTime = copyCurrentTime,
        .xGetLastError = copyGetLastError,
    };
}

static int registration = SQLITE_ERROR;

static void registerCopyVFSes(void) {
    sqlite3_vfs *root = sqlite3_vfs_find(NULL);
    if (root == NULL) return;
    sourceData.root = root;
    destinationData.root = root;
    sourceVFS = copyVFS(POA_COPY_SOURCE_VFS, &sourceData);
    destinationVFS = copyVFS(POA_COPY_DESTINATION_VFS, &destinationData);
    registration = sqlite3_vfs_register(&sourceVFS, 0);
    if (registration == SQLITE_OK) registration = sqlite3_vfs_register(&destinationVFS, 0);
}

static void describe(sqlite3 *db, int rc, char *message, int messageSize) {
    if (message == NULL || messageSize <= 0) return;
    const char *text = db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (db != NULL && sqlite3_errcode(db) == SQLITE_OK) text = sqlite3_errstr(rc);
    snprintf(message, (size_t)messageSize, "%s", text);
}

/// Copies every page of `source` into the new database `copy` in one backup step (one read
/// transaction of the source), then leaves the copy in rollback journal mode, synced.
static int copyPages(sqlite3 *source, sqlite3 *copy) {
    // No journal and no syncs while the pages are copied: until it is synced and renamed by the
    // caller, the file is nobody's database.
    int rc = sqlite3_exec(copy, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL);
    if (rc != SQLITE_OK) return rc;
    sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
    if (backup == NULL) return sqlite3_errcode(copy);
    sqlite3_backup_step(backup, -1);
    rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    if (rc != SQLITE_OK) return rc;
    // The last pages may still be in the buffer: a sync writes them and reports a full disk.
    sqlite3_file *file = NULL;
    rc = sqlite3_file_control(copy, "main", SQLITE_FCNTL_FILE_POINTER, &file);
    if (rc == SQLITE_OK && file != NULL && file->pMethods != NULL) rc = file->pMethods->xSync(file, SQLITE_SYNC_NORMAL);
    return rc;
}

int poa_sqlite_copy_file(const char *sourcePath, const char *path, char *message, int messageSize) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, registerCopyVFSes);
    if (registration != SQLITE_OK) {
        describe(NULL, registration, message, messageSize);
        return registration;
    }
    sqlite3 *source = NULL;
    sqlite3 *copy = NULL;
    // Read-only: a source with a -wal left by a killed writer is copied with what the log holds,
    // and neither the source nor its log is changed.
    PoaReadAccess access = poa_sqlite_read_access(sourcePath);
    sqlite3 *housekeeper = access == PoaReadAccessSharedWithHousekeeper ? poa_sqlite_open_housekeeper(sourcePath) : NULL;
    int rc = poa_sqlite_open_reader(sourcePath, access, 0, POA_COPY_SOURCE_VFS, &source);
    if (rc != SQLITE_OK) {
        if (access == PoaReadAccessPendingLogUnreadable && message != NULL && messageSize > 0) {
            snprintf(message, (size_t)messageSize, "%s-wal holds committed changes, which cannot be read in a folder "
                "that cannot be written without %s-shm", sourcePath, sourcePath);
        } else {
            describe(source, rc, message, messageSize);
        }
        sqlite3_close(source);
        poa_sqlite_close_housekeeper(housekeeper);
        return rc;
    }
    rc = sqlite3_open_v2(path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, POA_COPY_DESTINATION_VFS);
    if (rc == SQLITE_OK) {
        rc = copyPages(source, copy);
    }
    if (rc != SQLITE_OK) describe(copy, rc, message, messageSize);
    int closed = sqlite3_close(copy);
    sqlite3_close(source);
    poa_sqlite_close_housekeeper(housekeeper);
    if (rc == SQLITE_OK && closed != SQLITE_OK) {
        rc = closed;
        describe(NULL, rc, message, messageSize);
    }
    return rc;
}
