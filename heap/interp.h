/*
 * interp.h — the simulated interpreter as ui/ and store/ see it: give it a
 * program, it runs it on a simulated CPython 3.11 heap, writes what the
 * program prints through a callback, and reports every change as an event.
 *
 * heap/ does no I/O of its own: output goes through `write`, events through
 * `emit`; reading files and the terminal is ui/'s business.
 */
#ifndef HV_INTERP_H
#define HV_INTERP_H

#include "event.h"
#include "profile.h"

#include <stddef.h>
#include <stdint.h>

typedef struct interp interp;

typedef struct interp_options {
    const profile *prof;            /* allocator geometry */
    uint64_t heap_limit;            /* simulated bytes (0: none) */
    hv_emit_fn emit;                /* events (may be NULL) */
    void *emit_ud;
    void (*write)(void *ud, int fd, const char *p, size_t n);  /* stdout = 1, stderr = 2 */
    void *write_ud;
    /* A named snapshot was asked for (tracemalloc.take_snapshot(), the UI's
     * S key): the recorder stores a keyframe with that name at the current
     * position.  May be NULL. */
    void (*snapshot)(void *ud, const char *name);
    void *snapshot_ud;
} interp_options;

interp *interp_new(const interp_options *opt);
void interp_delete(interp *in);

/* Compiles and runs a whole program as `python3 filename` would: returns
 * 0, or 1 after writing the traceback of an uncaught exception (or the
 * SyntaxError report) to stderr. */
int interp_run(interp *in, const char *source, size_t n, const char *filename);

#endif
