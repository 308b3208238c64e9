/*
 * hostmem.c — size-classed slabs for the host side of simulated objects.
 *
 *   class k (1 … 32): pieces of 16k bytes, for requests of 16(k−1)+1 … 16k
 *
 *   slab (64 KiB, aligned to 64 KiB)       bins[k]: freed pieces, LIFO
 *   ┌──────┬──────┬──────┬─ ─ ─ ─ ─ ─┐      │
 *   │piece │piece │piece │  unused    │      ▼
 *   └──────┴──────┴──────┴─ ─ ─ ─ ─ ─┘     piece → piece → NULL
 *                        ▲ next[k]    ▲ end[k]
 *
 * A request of class k takes the head of bins[k], else carves next[k];
 * when the slab is used up a new one is allocated for the class.  A piece
 * whose size the caller does not know (hostmem_give) is found by its
 * slab's number (the piece's address / HOSTMEM_SLAB) in `slabs`; an
 * address whose slab is not there came from malloc.
 *
 * Invariants:
 *   1. every slab in `slabs` serves exactly one class, its value;
 *   2. next[k] ≤ end[k], both in the class's newest slab (or both NULL);
 *   3. a piece is in at most one bin, and only while not taken;
 *   4. a nonzero hits[] entry agrees with `slabs`.
 */
#include "hostmem.h"

#include "hv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(HOSTMEM_MAX * 16 <= HOSTMEM_SLAB, "a slab holds at least 16 of the largest pieces");
_Static_assert((HOSTMEM_SLAB & (HOSTMEM_SLAB - 1)) == 0, "slabs are aligned to their size");
_Static_assert(HOSTMEM_STEP >= sizeof(void *), "a free piece holds its bin's link");

static size_t class_of(size_t n)
{
    return (n + HOSTMEM_STEP - 1) / HOSTMEM_STEP;
}

/* A slab's key in `slabs`: its number (address / HOSTMEM_SLAB), which the
 * map's hash spreads well; raw addresses, all multiples of 64 KiB, cluster. */
static uint64_t slab_key(const void *p)
{
    return (uint64_t)((uintptr_t)p / HOSTMEM_SLAB);
}

static int slabbed(size_t n)
{
    return HOSTMEM_SLABS && n <= HOSTMEM_MAX;
}

/* A new slab for class k. */
static void new_slab(hostmem *h, size_t k)
{
    char *s = hv_aligned_alloc(HOSTMEM_SLAB, HOSTMEM_SLAB);
    map_put(&h->slabs, slab_key(s), k);
    h->hits[slab_key(s) % HOSTMEM_HITS] = (struct hostmem_hit){slab_key(s), k};
    h->next[k] = s;
    h->end[k] = s + HOSTMEM_SLAB;
}

/* hostmem_take when the class has no freed piece (or n is not slabbed). */
void *hostmem_take_slow(hostmem *h, size_t n)
{
    if (!slabbed(n))
        return hv_malloc(n);
    size_t k = class_of(n ? n : 1), size = k * HOSTMEM_STEP;
    void *p = h->bins[k];
    if (p) {
        memcpy(&h->bins[k], p, sizeof p);
        return p;
    }
    if ((size_t)(h->end[k] - h->next[k]) < size)
        new_slab(h, k);
    p = h->next[k];
    h->next[k] += size;
    return p;
}

static void give_class(hostmem *h, void *p, size_t k)
{
    memcpy(p, &h->bins[k], sizeof p);
    h->bins[k] = p;
}

/* The class of the slab p is in, or 0 if p is not in a slab. */
static uint64_t class_at(hostmem *h, const void *p)
{
    uint64_t n = slab_key(p), k;
    struct hostmem_hit *hit = &h->hits[n % HOSTMEM_HITS];
    if (hit->slab == n)
        return hit->k;
    if (!map_get(&h->slabs, n, &k))
        return 0;
    *hit = (struct hostmem_hit){n, k};
    return k;
}

/* hostmem_give when p's slab is not in hits[] (or p is malloc's). */
void hostmem_give_slow(hostmem *h, void *p)
{
    uint64_t k = HOSTMEM_SLABS && p ? class_at(h, p) : 0;
    if (k)
        give_class(h, p, (size_t)k);
    else
        free(p);
}

void hostmem_give_sized(hostmem *h, void *p, size_t n)
{
    if (!p)
        return;
    if (slabbed(n))
        give_class(h, p, class_of(n ? n : 1));
    else
        free(p);
}

void *hostmem_resize(hostmem *h, void *p, size_t old, size_t n)
{
    if (!slabbed(old) && !slabbed(n))
        return hv_realloc(p, n);
    if (p && slabbed(old) && slabbed(n) && class_of(old ? old : 1) == class_of(n))
        return p;
    void *q = hostmem_take(h, n);
    if (p)
        memcpy(q, p, old < n ? old : n);
    hostmem_give_sized(h, p, old);
    return q;
}

void hostmem_free(hostmem *h)
{
    size_t pos = 0;
    uint64_t slab, k;
    while (map_next(&h->slabs, &pos, &slab, &k))
        free((void *)(uintptr_t)(slab * HOSTMEM_SLAB));
    map_free(&h->slabs);
    memset(h, 0, sizeof *h);
}
