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
#include <string.h>

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

/* The slabs are off in debug and sanitizer builds (gcc says
 * __SANITIZE_ADDRESS__, clang a feature). */
#if defined(__SANITIZE_ADDRESS__)
#define HOSTMEM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOSTMEM_ASAN 1
#endif
#endif
#if defined(HV_DEBUG) || defined(HOSTMEM_ASAN)
#define HOSTMEM_SLABS 0
#else
#define HOSTMEM_SLABS 1
#endif

void *hostmem_take_slow(hostmem *h, size_t n);

/* n bytes (n > 0), uninitialised.  Cannot fail (host exhaustion is fatal).
 * Inline: the common case pops a freed piece of the class. */
static inline void *hostmem_take(hostmem *h, size_t n)
{
    size_t k = (n + HOSTMEM_STEP - 1) / HOSTMEM_STEP;
    void **p = HOSTMEM_SLABS && k && k < HOSTMEM_CLASSES ? (void **)h->bins[k] : NULL;
    if (!p)
        return hostmem_take_slow(h, n);
    h->bins[k] = *p;
    return p;
}
void hostmem_give_slow(hostmem *h, void *p);

/* Returns p, from hostmem_take of any size.  Inline: the common case finds
 * p's slab in hits[] and pushes p on its class's bin. */
static inline void hostmem_give(hostmem *h, void *p)
{
    uint64_t n = (uint64_t)((uintptr_t)p / HOSTMEM_SLAB);
    const struct hostmem_hit *hit = &h->hits[n % HOSTMEM_HITS];
    if (!HOSTMEM_SLABS || !p || hit->slab != n) {
        hostmem_give_slow(h, p);
        return;
    }
    memcpy(p, &h->bins[hit->k], sizeof p);      /* the bin's link, as give_class */
    h->bins[hit->k] = p;
}
/* The same when the caller knows the size p was taken with (no lookup). */
void hostmem_give_sized(hostmem *h, void *p, size_t n);
/* p (taken with old bytes, or NULL with old 0) resized to n > 0 bytes,
 * keeping the first min(old, n); may move.  Cannot fail. */
void *hostmem_resize(hostmem *h, void *p, size_t old, size_t n);
/* Frees every slab (every piece taken becomes invalid) and empties h. */
void hostmem_free(hostmem *h);

#endif
