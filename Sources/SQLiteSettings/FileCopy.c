// A bulk copy of a database into a new file: SQLite's online backup API, writing through a thin
// VFS that gathers consecutive page writes into runs of up to 124 KB.
//
// The backup API writes the destination one page (4 KB) at a time. On Linux each small pwrite
// pays the file system's per-call cost: copying a 330 MB ledger page by page takes about twice
// as long as writing the same bytes in pieces of 64 KB or more. The pages arrive in order, so a
// buffer that grows while each write continues the previous one, and goes to disk whenever
// anything else happens, turns them into a thirtieth as many writes without changing what
// reaches the file.

#include "SQLiteSettings.h"
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#define POA_BATCHED_VFS_NAME "poa-batched-writes"
/// Under 128 KB: the default (unix) VFS writes at most 0x1ffff bytes per call and masks larger
/// counts, so a bigger flush would come back as a short write (`SQLITE_FULL`).
#define POA_BATCH_CAPACITY (124 * 1024)

typedef struct BatchedFile {
    sqlite3_file base;
    /// The wrapped file, stored right after this struct.
    sqlite3_file *real;
    /// Pending bytes for offsets [start, start + length); NULL for files that are not batched.
    unsigned char *buffer;
    sqlite3_int64 start;
    int length;
} BatchedFile;

static sqlite3_vfs batchedVFS;

/// Writes the pending bytes. Every method other than a write calls it first, so reads, sizes,
/// truncations, syncs and locks always see the file as if each write had gone straight through.
static int flush(BatchedFile *file) {
    if (file->buffer == NULL || file->length == 0) return SQLITE_OK;
    int rc = file->real->pMethods->xWrite(file->real, file->buffer, file->length, file->start);
    file->length = 0;
    return rc;
}

static int batchedClose(sqlite3_file *handle) {
    BatchedFile *file = (BatchedFile *)handle;
    int flushed = flush(file);
    int closed = file->real->pMethods->xClose(file->real);
    sqlite3_free(file->buffer);
    file->buffer = NULL;
    return flushed != SQLITE_OK ? flushed : closed;
}

static int batchedRead(sqlite3_file *handle, void *out, int amount, sqlite3_int64 offset) {
    BatchedFile *file = (BatchedFile *)handle;
    int rc = flush(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xRead(file->real, out, amount, offset);
}

static int batchedWrite(sqlite3_file *handle, const void *bytes, int amount, sqlite3_int64 offset) {
    BatchedFile *file = (BatchedFile *)handle;
    if (file->buffer == NULL) return file->real->pMethods->xWrite(file->real, bytes, amount, offset);
    int continues = file->length > 0 && offset == file->start + file->length;
    if (!continues || file->length + amount > POA_BATCH_CAPACITY) {
        int rc = flush(file);
        if (rc != SQLITE_OK) return rc;
        if (amount > POA_BATCH_CAPACITY) return file->real->pMethods->xWrite(file->real, bytes, amount, offset);
        file->start = offset;
    }
    memcpy(file->buffer + file->length, bytes, (size_t)amount);
    file->length += amount;
    return SQLITE_OK;
}

static int batchedTruncate(sqlite3_file *handle, sqlite3_int64 size) {
    BatchedFile *file = (BatchedFile *)handle;
    int rc = flush(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xTruncate(file->real, size);
}

static int batchedSync(sqlite3_file *handle, int flags) {
    BatchedFile *file = (BatchedFile *)handle;
    int rc = flush(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xSync(file->real, flags);
}

static int batchedFileSize(sqlite3_file *handle, sqlite3_int64 *size) {
    BatchedFile *file = (BatchedFile *)handle;
    int rc = flush(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xFileSize(file->real, size);
}

static int batchedLock(sqlite3_file *handle, int level) {
    BatchedFile *file = (BatchedFile *)handle;
    return file->real->pMethods->xLock(file->real, level);
}

static int batchedUnlock(sqlite3_file *handle, int level) {
    BatchedFile *file = (BatchedFile *)handle;
    int rc = flush(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xUnlock(file->real, level);
}

static int batchedCheckReservedLock(sqlite3_file *handle, int *isReserved) {
    BatchedFile *file = (BatchedFile *)handle;
    return file->real->pMethods->xCheckReservedLock(file->real, isReserved);
}

static int batchedFileControl(sqlite3_file *handle, int operation, void *argument) {
    BatchedFile *file = (BatchedFile *)handle;
    int rc = flush(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xFileControl(file->real, operation, argument);
}

static int batchedSectorSize(sqlite3_file *handle) {
    BatchedFile *file = (BatchedFile *)handle;
    return file->real->pMethods->xSectorSize(file->real);
}

static int batchedDeviceCharacteristics(sqlite3_file *handle) {
    BatchedFile *file = (BatchedFile *)handle;
    return file->real->pMethods->xDeviceCharacteristics(file->real);
}

static int batchedShmMap(sqlite3_file *handle, int region, int size, int extend, void volatile **out) {
    BatchedFile *file = (BatchedFile *)handle;
    int rc = flush(file);
    if (rc != SQLITE_OK) return rc;
    return file->real->pMethods->xShmMap(file->real, region, size, extend, out);
}

static int batchedShmLock(sqlite3_file *handle, int offset, int count, int flags) {
    BatchedFile *file = (BatchedFile *)handle;
    return file->real->pMethods->xShmLock(file->real, offset, count, flags);
}

static void batchedShmBarrier(sqlite3_file *handle) {
    BatchedFile *file = (BatchedFile *)handle;
    file->real->pMethods->xShmBarrier(file->real);
}

static int batchedShmUnmap(sqlite3_file *handle, int deleteFlag) {
    BatchedFile *file = (BatchedFile *)handle;
    return file->real->pMethods->xShmUnmap(file->real, deleteFlag);
}

/// Version 2 methods: the copy of a WAL ledger starts with a WAL header, so SQLite opens it in WAL
/// mode once to switch it to a rollback journal, which needs the shared-memory methods. Memory
/// mapping (version 3) is left out: SQLite then always reads through `xRead`, which flushes first.
static const sqlite3_io_methods batchedMethods = {
    2,
    batchedClose,
    batchedRead,
    batchedWrite,
    batchedTruncate,
    batchedSync,
    batchedFileSize,
    batchedLock,
    batchedUnlock,
    batchedCheckReservedLock,
    batchedFileControl,
    batchedSectorSize,
    batchedDeviceCharacteristics,
    batchedShmMap,
    batchedShmLock,
    batchedShmBarrier,
    batchedShmUnmap,
    NULL,
    NULL,
};

static int batchedOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *handle, int flags, int *outFlags) {
    BatchedFile *file = (BatchedFile *)handle;
    sqlite3_vfs *root = (sqlite3_vfs *)vfs->pAppData;
    memset(file, 0, sizeof(BatchedFile));
    file->real = (sqlite3_file *)&file[1];
    int rc = root->xOpen(root, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK || file->real->pMethods == NULL || file->real->pMethods->iVersion < 2) {
        if (rc == SQLITE_OK && file->real->pMethods != NULL) {
            file->real->pMethods->xClose(file->real);
            rc = SQLITE_CANTOPEN;
        }
        file->base.pMethods = NULL;
        return rc;
    }
    if (flags & SQLITE_OPEN_MAIN_DB) {
        file->buffer = sqlite3_malloc(POA_BATCH_CAPACITY);
        if (file->buffer == NULL) {
            file->real->pMethods->xClose(file->real);
            file->base.pMethods = NULL;
            return SQLITE_NOMEM;
        }
    }
    file->base.pMethods = &batchedMethods;
    return SQLITE_OK;
}

// The rest of the VFS is the default one's.
#define ROOT ((sqlite3_vfs *)vfs->pAppData)
static int batchedDelete(sqlite3_vfs *vfs, const char *name, int syncDir) { return ROOT->xDelete(ROOT, name, syncDir); }
static int batchedAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out) { return ROOT->xAccess(ROOT, name, flags, out); }
static int batchedFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out) { return ROOT->xFullPathname(ROOT, name, size, out); }
static void *batchedDlOpen(sqlite3_vfs *vfs, const char *name) { return ROOT->xDlOpen(ROOT, name); }
static void batchedDlError(sqlite3_vfs *vfs, int size, char *out) { ROOT->xDlError(ROOT, size, out); }
static void (*batchedDlSym(sqlite3_vfs *vfs, void *library, const char *symbol))(void) { return ROOT->xDlSym(ROOT, library, symbol); }
static void batchedDlClose(sqlite3_vfs *vfs, void *library) { ROOT->xDlClose(ROOT, library); }
static int batchedRandomness(sqlite3_vfs *vfs, int size, char *out) { return ROOT->xRandomness(ROOT, size, out); }
static int batchedSleep(sqlite3_vfs *vfs, int microseconds) { return ROOT->xSleep(ROOT, microseconds); }
static int batchedCurrentTime(sqlite3_vfs *vfs, double *out) { return ROOT->xCurrentTime(ROOT, out); }
static int batchedGetLastError(sqlite3_vfs *vfs, int size, char *out) { return ROOT->xGetLastError(ROOT, size, out); }
#undef ROOT

static int registration = SQLITE_ERROR;

static void registerBatchedVFS(void) {
    sqlite3_vfs *root = sqlite3_vfs_find(NULL);
    if (root == NULL) return;
    batchedVFS = (sqlite3_vfs){
        .iVersion = 1,
        .szOsFile = (int)sizeof(BatchedFile) + root->szOsFile,
        .mxPathname = root->mxPathname,
        .zName = POA_BATCHED_VFS_NAME,
        .pAppData = root,
        .xOpen = batchedOpen,
        .xDelete = batchedDelete,
        .xAccess = batchedAccess,
        .xFullPathname = batchedFullPathname,
        .xDlOpen = batchedDlOpen,
        .xDlError = batchedDlError,
        .xDlSym = batchedDlSym,
        .xDlClose = batchedDlClose,
        .xRandomness = batchedRandomness,
        .xSleep = batchedSleep,
        .xCurrentTime = batchedCurrentTime,
        .xGetLastError = batchedGetLastError,
    };
    registration = sqlite3_vfs_register(&batchedVFS, 0);
}

static void describe(sqlite3 *db, int rc, char *message, int messageSize) {
    if (message == NULL || messageSize <= 0) return;
    const char *text = db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (db != NULL && sqlite3_errcode(db) == SQLITE_OK) text = sqlite3_errstr(rc);
    snprintf(message, (size_t)messageSize, "%s", text);
}

int poa_sqlite_copy_database(sqlite3 *source, const char *path, char *message, int messageSize) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, registerBatchedVFS);
    if (registration != SQLITE_OK) {
        describe(NULL, registration, message, messageSize);
        return registration;
    }
    sqlite3 *copy = NULL;
    int rc = sqlite3_open_v2(path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, POA_BATCHED_VFS_NAME);
    // No journal and no syncs while the pages are copied: until it is synced and renamed by the
    // caller, the file is nobody's database.
    if (rc == SQLITE_OK) rc = sqlite3_exec(copy, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
        if (backup == NULL) {
            rc = sqlite3_errcode(copy);
        } else {
            sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
        }
    }
    if (rc == SQLITE_OK) rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    if (rc == SQLITE_OK) {
        // The last pages may still be in the buffer: a sync writes them and reports a full disk.
        sqlite3_file *file = NULL;
        rc = sqlite3_file_control(copy, "main", SQLITE_FCNTL_FILE_POINTER, &file);
        if (rc == SQLITE_OK && file != NULL && file->pMethods != NULL) rc = file->pMethods->xSync(file, SQLITE_SYNC_NORMAL);
    }
    if (rc != SQLITE_OK) describe(copy, rc, message, messageSize);
    int closed = sqlite3_close(copy);
    if (rc == SQLITE_OK && closed != SQLITE_OK) {
        rc = closed;
        describe(NULL, rc, message, messageSize);
    }
    return rc;
}
