/*
 * environrefs.h — what posix.environ holds of the static bytes.
 *
 * At start-up CPython's convertenviron makes posix.environ (the dict
 * os.environ wraps) from the host's environ: each variable's name and
 * value become bytes through PyBytes_FromStringAndSize, which hands back
 * the static b'' for an empty one and the static singleton of a one-byte
 * one, and PyDict_SetDefault keeps the first of a repeated name (the
 * later one's bytes are dropped).  The dict lives as long as the
 * interpreter, so sys.getrefcount(b'') or of bytes([c]) counts one
 * reference per such name or value.  The runner counts them from its own
 * environment (ui/run.c); the heap only adds them (vm_interp_refs).
 */
#ifndef HV_ENVIRONREFS_H
#define HV_ENVIRONREFS_H

#include <stdint.h>

typedef struct environ_refs {
    int32_t empty;                  /* names and values that are b'' */
    int32_t byte[256];              /* names and values that are bytes([i]) */
} environ_refs;

#endif
