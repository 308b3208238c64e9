/*
 * map.c — open-addressing u64 → u64 hash map.
 *
 * Invariants:
 *   1. capacity (mask + 1) is 0 or a power of two, and count ≤ 3/4 capacity;
 *   2. every key sits at or after its home slot with no empty slot between
 *      the two (linear probing without tombstones); deletion shifts later
 *      entries back to keep this true.
 */
#include "map.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* A table of this many bytes or more (a power of two) starts on a huge
 * page boundary and asks the kernel for huge pages: a big model's probes
 * land on random slots, and with 4 KiB pages nearly each one also misses
 * the TLB (a page walk before the cache miss).  Only a hint: where there
 * are no huge pages nothing changes. */
enum { HUGE_TABLE = 2u << 20 };

static map_entry *new_slots(size_t cap)
{
    size_t n = cap * sizeof(map_entry);
    if (n < HUGE_TABLE)
        return hv_calloc(cap, sizeof(map_entry));
    map_entry *s = hv_aligned_alloc(HUGE_TABLE, n);
#ifdef MADV_HUGEPAGE
    madvise(s, n, MADV_HUGEPAGE);
#endif
    memset(s, 0, n);
    return s;
}

static size_t home(const map *m, uint64_t key)
{
    key ^= key >> 33;               /* mix: addresses share high bits */
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return (size_t)key & m->mask;
}

void map_free(map *m)
{
    free(m->slots);
    m->slots = NULL;
    m->mask = m->count = 0;
}

static void rehash(map *m, size_t cap)
{
    map old = *m;
    m->slots = new_slots(cap);
    m->mask = cap - 1;
    m->count = 0;
    if (old.slots)
        for (size_t i = 0; i <= old.mask; i++)
            if (old.slots[i].key)
                map_put(m, old.slots[i].key, old.slots[i].val);
    free(old.slots);
}

uint64_t *map_slot(map *m, uint64_t key, int *added)
{
    if (!m->slots || (m->count + 1) * 4 > (m->mask + 1) * 3)
        rehash(m, m->slots ? (m->mask + 1) * 2 : 16);
    size_t i = home(m, key);
    while (m->slots[i].key && m->slots[i].key != key)
        i = (i + 1) & m->mask;
    int fresh = !m->slots[i].key;
    if (fresh) {
        m->count++;
        m->slots[i] = (map_entry){key, 0};
    }
    if (added)
        *added = fresh;
    return &m->slots[i].val;
}

void map_put(map *m, uint64_t key, uint64_t val)
{
    *map_slot(m, key, NULL) = val;
}

void map_reserve(map *m, size_t n)
{
    size_t cap = 16;
    while (cap / 2 < n)     /* at most half full: short probes, even for absent keys */
        cap *= 2;
    if (!m->slots || cap > m->mask + 1)
        rehash(m, cap);
}

void map_prefetch(const map *m, uint64_t key)
{
    if (m->slots)
        __builtin_prefetch(&m->slots[home(m, key)]);
}

uint64_t *map_find(const map *m, uint64_t key)
{
    if (!m->slots)
        return NULL;
    for (size_t i = home(m, key); m->slots[i].key; i = (i + 1) & m->mask)
        if (m->slots[i].key == key)
            return &m->slots[i].val;
    return NULL;
}

int map_get(const map *m, uint64_t key, uint64_t *val)
{
    const uint64_t *v = map_find(m, key);
    if (v && val)
        *val = *v;
    return v != NULL;
}

int map_del(map *m, uint64_t key)
{
    if (!m->slots)
        return 0;
    size_t i = home(m, key);
    while (m->slots[i].key != key) {
        if (!m->slots[i].key)
            return 0;
        i = (i + 1) & m->mask;
    }
    /* Backward shift: move later entries of the run into the hole when
     * their home slot is not cyclically between the hole and them. */
    for (size_t j = (i + 1) & m->mask; m->slots[j].key; j = (j + 1) & m->mask) {
        size_t h = home(m, m->slots[j].key);
        if (((j - h) & m->mask) >= ((j - i) & m->mask)) {
            m->slots[i] = m->slots[j];
            i = j;
        }
    }
    m->slots[i].key = 0;
    m->count--;
    return 1;
}

int map_next(const map *m, size_t *pos, uint64_t *key, uint64_t *val)
{
    if (!m->slots)
        return 0;
    for (size_t i = *pos; i <= m->mask; i++)
        if (m->slots[i].key) {
            *key = m->slots[i].key;
            if (val)
                *val = m->slots[i].val;
            *pos = i + 1;
            return 1;
        }
    return 0;
}
