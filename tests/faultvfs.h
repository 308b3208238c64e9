/*
 * faultvfs.h — an SQLite VFS that passes everything to the default one
 * but can fail writes on demand: after a budget of bytes, or from the
 * Nth call on (faultvfs_arm_writes: every write in turn), every xWrite
 * (and xTruncate) returns SQLITE_FULL (a full disk) or SQLITE_IOERR_WRITE
 * (an I/O error); it counts the writes and syncs it passes on.  The control block
 * travels in the VFS's pAppData, so tests need no globals; register one
 * per test with a unique name.
 */
#ifndef HV_FAULTVFS_H
#define HV_FAULTVFS_H

#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

typedef struct faultvfs {
    sqlite3_vfs vfs;            /* what SQLite sees; pAppData points back here */
    sqlite3_vfs *real;
    int armed;                  /* 1: the budget counts down */
    int64_t budget;             /* bytes still allowed while armed */
    int rc;                     /* what a failing write returns */
    int64_t fail_at;            /* armed by count: the first write call refused (writes' index); -1: by bytes */
    uint64_t writes;            /* xWrite and xTruncate calls since armed by count, counted always */
    uint64_t failures;          /* writes refused */
    uint64_t syncs;             /* xSync calls (each an fsync), counted always */
} faultvfs;

typedef struct faultfile {
    sqlite3_file base;
    faultvfs *ctl;
    sqlite3_file *real;         /* allocated right after this struct */
} faultfile;

#define FF(f) (((faultfile *)(f))->real)

static int fv_close(sqlite3_file *f) { return FF(f)->pMethods->xClose(FF(f)); }
static int fv_read(sqlite3_file *f, void *p, int n, sqlite3_int64 o)
{
    return FF(f)->pMethods->xRead(FF(f), p, n, o);
}
static int fv_refuse(faultvfs *c, int64_t n)
{
    uint64_t k = c->writes++;
    if (!c->armed)
        return 0;
    if (c->fail_at >= 0 ? k >= (uint64_t)c->fail_at : c->budget < n) {
        c->failures++;
        return 1;
    }
    if (c->fail_at < 0)
        c->budget -= n;
    return 0;
}
static int fv_write(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    faultfile *ff = (faultfile *)f;
    if (fv_refuse(ff->ctl, n))
        return ff->ctl->rc;
    return FF(f)->pMethods->xWrite(FF(f), p, n, o);
}
static int fv_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    faultfile *ff = (faultfile *)f;
    if (fv_refuse(ff->ctl, 0))
        return ff->ctl->rc == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE;
    return FF(f)->pMethods->xTruncate(FF(f), size);
}
static int fv_sync(sqlite3_file *f, int flags)
{
    ((faultfile *)f)->ctl->syncs++;
    return FF(f)->pMethods->xSync(FF(f), flags);
}
static int fv_size(sqlite3_file *f, sqlite3_int64 *s) { return FF(f)->pMethods->xFileSize(FF(f), s); }
static int fv_lock(sqlite3_file *f, int l) { return FF(f)->pMethods->xLock(FF(f), l); }
static int fv_unlock(sqlite3_file *f, int l) { return FF(f)->pMethods->xUnlock(FF(f), l); }
static int fv_reserved(sqlite3_file *f, int *r) { return FF(f)->pMethods->xCheckReservedLock(FF(f), r); }
static int fv_fcntl(sqlite3_file *f, int op, void *a) { return FF(f)->pMethods->xFileControl(FF(f), op, a); }
static int fv_sector(sqlite3_file *f) { return FF(f)->pMethods->xSectorSize(FF(f)); }
static int fv_devchar(sqlite3_file *f) { return FF(f)->pMethods->xDeviceCharacteristics(FF(f)); }
static int fv_shmmap(sqlite3_file *f, int i, int sz, int ext, void volatile **p)
{
    return FF(f)->pMethods->xShmMap(FF(f), i, sz, ext, p);
}
static int fv_shmlock(sqlite3_file *f, int o, int n, int fl) { return FF(f)->pMethods->xShmLock(FF(f), o, n, fl); }
static void fv_shmbarrier(sqlite3_file *f) { FF(f)->pMethods->xShmBarrier(FF(f)); }
static int fv_shmunmap(sqlite3_file *f, int del) { return FF(f)->pMethods->xShmUnmap(FF(f), del); }
static int fv_fetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return FF(f)->pMethods->xFetch(FF(f), o, n, p);
}
static int fv_unfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return FF(f)->pMethods->xUnfetch(FF(f), o, p); }

static const sqlite3_io_methods fv_methods = {
    3, fv_close, fv_read, fv_write, fv_truncate, fv_sync, fv_size, fv_lock, fv_unlock, fv_reserved, fv_fcntl,
    fv_sector, fv_devchar, fv_shmmap, fv_shmlock, fv_shmbarrier, fv_shmunmap, fv_fetch, fv_unfetch,
};

static int fv_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out)
{
    faultvfs *c = v->pAppData;
    faultfile *ff = (faultfile *)f;
    ff->ctl = c;
    ff->real = (sqlite3_file *)(ff + 1);
    int rc = c->real->xOpen(c->real, name, ff->real, flags, out);
    ff->base.pMethods = rc == SQLITE_OK && ff->real->pMethods ? &fv_methods : NULL;
    return rc;
}

#define REAL(v) (((faultvfs *)(v)->pAppData)->real)
static int fv_delete(sqlite3_vfs *v, const char *n, int s) { return REAL(v)->xDelete(REAL(v), n, s); }
static int fv_access(sqlite3_vfs *v, const char *n, int fl, int *o) { return REAL(v)->xAccess(REAL(v), n, fl, o); }
static int fv_full(sqlite3_vfs *v, const char *n, int m, char *o) { return REAL(v)->xFullPathname(REAL(v), n, m, o); }
static int fv_random(sqlite3_vfs *v, int n, char *o) { return REAL(v)->xRandomness(REAL(v), n, o); }
static int fv_sleep(sqlite3_vfs *v, int us) { return REAL(v)->xSleep(REAL(v), us); }
static int fv_time(sqlite3_vfs *v, double *t) { return REAL(v)->xCurrentTime(REAL(v), t); }
static int fv_lasterr(sqlite3_vfs *v, int n, char *o) { return REAL(v)->xGetLastError(REAL(v), n, o); }
static int fv_time64(sqlite3_vfs *v, sqlite3_int64 *t) { return REAL(v)->xCurrentTimeInt64(REAL(v), t); }
#undef REAL

/* Registers c as VFS `name` over the default VFS (not as the default). */
static inline void faultvfs_register(faultvfs *c, const char *name)
{
    memset(c, 0, sizeof *c);
    c->real = sqlite3_vfs_find(NULL);
    c->rc = SQLITE_FULL;
    c->fail_at = -1;
    c->vfs = (sqlite3_vfs){
        .iVersion = 2, .szOsFile = (int)sizeof(faultfile) + c->real->szOsFile, .mxPathname = c->real->mxPathname,
        .zName = name, .pAppData = c, .xOpen = fv_open, .xDelete = fv_delete, .xAccess = fv_access,
        .xFullPathname = fv_full, .xRandomness = fv_random, .xSleep = fv_sleep, .xCurrentTime = fv_time,
        .xGetLastError = fv_lasterr, .xCurrentTimeInt64 = fv_time64,
    };
    sqlite3_vfs_register(&c->vfs, 0);
}

/* From now on, allow `budget` more bytes, then fail with rc. */
static inline void faultvfs_arm(faultvfs *c, int64_t budget, int rc)
{
    c->fail_at = -1;
    c->budget = budget;
    c->rc = rc;
    c->armed = 1;
}

/* From now on, allow n more write calls (xWrite, xTruncate), then fail
 * every one with rc; writes counts them from here. */
static inline void faultvfs_arm_writes(faultvfs *c, int64_t n, int rc)
{
    c->fail_at = n;
    c->writes = 0;
    c->rc = rc;
    c->armed = 1;
}

static inline void faultvfs_disarm(faultvfs *c)
{
    c->armed = 0;
}

#endif
