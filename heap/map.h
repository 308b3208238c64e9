/*
 * map.h — an open-addressing hash map from nonzero 64-bit keys (simulated
 * addresses, object ids) to 64-bit values.  Linear probing with
 * backward-shift deletion, so there are no tombstones and lookups stay short.
 */
#ifndef HV_MAP_H
#define HV_MAP_H

#include "hv.h"

typedef struct map_entry {
    uint64_t key;       /* 0 = empty slot */
    uint64_t val;
} map_entry;

/* A key and its value share a cache line: a probe costs one miss. */
typedef struct map {
    map_entry *slots;
    size_t mask;        /* capacity - 1 (capacity a power of two), or 0 */
    size_t count;       /* keys present */
} map;

#define MAP_INIT {NULL, 0, 0}

void map_free(map *m);
/* Sets key (nonzero) to val, inserting or replacing.  Cannot fail. */
void map_put(map *m, uint64_t key, uint64_t val);
/* Makes room for n keys in all, so inserting up to that many never
 * rehashes (a loader that knows its count: one allocation, short
 * probes). */
void map_reserve(map *m, size_t n);
/* key's home slot (the hash, map.c's invariant 2).  Inline with the two
 * below: the model looks keys up several times an event, and a call and
 * a hash not shared with its caller cost it more than the probe itself. */
static inline size_t map_home(const map *m, uint64_t key)
{
    key ^= key >> 33;               /* mix: addresses share high bits */
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return (size_t)key & m->mask;
}

/* Starts fetching key's home slot into the cache: a loader that knows
 * the keys it will insert or look up next hides the memory latency. */
static inline void map_prefetch(const map *m, uint64_t key)
{
    if (m->slots)
        __builtin_prefetch(&m->slots[map_home(m, key)]);
}

/* The value slot of key, or NULL if key is absent.  Valid until the next
 * insertion or deletion. */
static inline uint64_t *map_find(const map *m, uint64_t key)
{
    if (!m->slots)
        return NULL;
    for (size_t i = map_home(m, key); m->slots[i].key; i = (i + 1) & m->mask)
        if (m->slots[i].key == key)
            return &m->slots[i].val;
    return NULL;
}

/* Returns 1 and stores the value in *val (if val) when key is present. */
int map_get(const map *m, uint64_t key, uint64_t *val);

/* Doubles m's capacity (map_slot's slow path, when one more key would
 * fill it past three quarters).  Cannot fail. */
void map_grow(map *m);

/* The value slot of key (nonzero), inserted with value 0 if absent
 * (*added, if not NULL, says which): one probe where a map_get and a
 * map_put would take two.  Valid until the next insertion.  Cannot fail. */
static inline uint64_t *map_slot(map *m, uint64_t key, int *added)
{
    if (HV_UNLIKELY(!m->slots || (m->count + 1) * 4 > (m->mask + 1) * 3))
        map_grow(m);
    size_t i = map_home(m, key);
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
/* Removes key; returns 1 if it was present. */
int map_del(map *m, uint64_t key);
/* Iteration: start with *pos = 0; returns 0 when done.  Order is the
 * table's, not insertion order.  Do not insert while iterating. */
int map_next(const map *m, size_t *pos, uint64_t *key, uint64_t *val);

#endif
