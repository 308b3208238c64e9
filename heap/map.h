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
/* Starts fetching key's home slot into the cache: a loader that knows
 * the keys it will insert or look up next hides the memory latency. */
void map_prefetch(const map *m, uint64_t key);

/* The value slot of key, or NULL if key is absent.  Valid until the next
 * insertion or deletion. */
uint64_t *map_find(const map *m, uint64_t key);

/* Returns 1 and stores the value in *val (if val) when key is present. */
int map_get(const map *m, uint64_t key, uint64_t *val);

/* The value slot of key (nonzero), inserted with value 0 if absent
 * (*added, if not NULL, says which): one probe where a map_get and a
 * map_put would take two.  Valid until the next insertion.  Cannot fail. */
uint64_t *map_slot(map *m, uint64_t key, int *added);
/* Removes key; returns 1 if it was present. */
int map_del(map *m, uint64_t key);
/* Iteration: start with *pos = 0; returns 0 when done.  Order is the
 * table's, not insertion order.  Do not insert while iterating. */
int map_next(const map *m, size_t *pos, uint64_t *key, uint64_t *val);

#endif
