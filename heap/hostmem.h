/*
 * hostmem.h — host memory for simulated objects and their small tables:
 * size classes of 16 bytes, carved from 64 KiB slabs, one slab per class
 * at a time, as pymalloc carves blocks from pools (see hostmem.c).
 *
 * Why: the collector walks a generation's list, whose order is allocation
 * order; with objects of one size next to each other in memory that walk
 * streams through a few slabs, where malloc interleaves every object with
 * its item array and an 8-byte chunk header (tests/bench-gc).
 *
 * A piece freed goes back to its class (LIFO) and is reused for the next
 * piece of that class; slabs are returned to malloc only by hostmem_free.
 * Requests over HOSTMEM_MAX bytes go to malloc.  In debug and sanitizer
 * builds every request goes to malloc, so that AddressSanitizer sees each
 * piece's bounds and lifetime.
 */
#ifndef HV_HOSTMEM_H
#define HV_HOSTMEM_H

#include "map.h"

#include <stddef.h>
#include <stdint.h>

#define HOSTMEM_STEP 16                     /* class k holds pieces of 16k bytes */
#define HOSTMEM_CLASSES 33                  /* classes 1 … 32 (class 0 unused) */
#define HOSTMEM_MAX ((HOSTMEM_CLASSES - 1) * HOSTMEM_STEP)     /* 512 bytes */
#define HOSTMEM_SLAB ((size_t)64 * 1024)    /* bytes of a slab, aligned to its size */
#define HOSTMEM_HITS 512                    /* slabs' classes cached in front of the map */

typedef struct hostmem {
    void *bins[HOSTMEM_CLASSES];    /* freed pieces by class, linked through their first word */
    char *next[HOSTMEM_CLASSES];    /* the class's slab: its first unused byte */
    char *end[HOSTMEM_CLASSES];     /* and its end */
    map slabs;                      /* slab number (address / HOSTMEM_SLAB) → its class */
    struct hostmem_hit {
        uint64_t slab;              /* a slab number, or 0 */
        uint64_t k;                 /* its class */
    } hits[HOSTMEM_HITS];           /* slab n's entry, if cached, is hits[n % HOSTMEM_HITS] */
} hostmem;

/* A zeroed hostmem is an empty one. */

/* n bytes (n > 0), uninitialised.  Cannot fail (host exhaustion is fatal). */
void *hostmem_take(hostmem *h, size_t n);
/* Returns p, from hostmem_take of any size. */
void hostmem_give(hostmem *h, void *p);
/* The same when the caller knows the size p was taken with (no lookup). */
void hostmem_give_sized(hostmem *h, void *p, size_t n);
/* p (taken with old bytes, or NULL with old 0) resized to n > 0 bytes,
 * keeping the first min(old, n); may move.  Cannot fail. */
void *hostmem_resize(hostmem *h, void *p, size_t old, size_t n);
/* Frees every slab (every piece taken becomes invalid) and empties h. */
void hostmem_free(hostmem *h);

#endif
