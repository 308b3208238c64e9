/*
 * srcstat.h — the script file's os.stat() as the host gives it.
 *
 * linecache.updatecache stats the script before reading it
 * (os.stat → _pystat_fromstructstat): the stat_result and its ints live
 * through the read, and an int's size depends on its value (a small int
 * is shared, a medium one asks for 32 bytes, a larger one 24 + 4 per
 * digit).  The runner fills this from stat(2) (ui/run.c); the heap reads
 * the values only to size those ints (tracemalloc.c).
 */
#ifndef HV_SRCSTAT_H
#define HV_SRCSTAT_H

#include <stdint.h>

typedef struct srcstat {
    int known;                      /* 0: no file (a live or demo session) */
    int64_t mode, dev, nlink, uid, gid, size, blksize, blocks, rdev;
    uint64_t ino;                   /* PyLong_FromUnsignedLongLong's */
    int64_t sec[3];                 /* atime, mtime, ctime: whole seconds */
    int64_t nsec[3];                /* and their nanoseconds */
} srcstat;

#endif
