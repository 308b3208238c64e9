/*
 * memtally.h — memory added up by a key (a script line, a type), from the
 * events of a stream, for the program view (what each line allocated and
 * freed so far, as a line-by-line memory profiler shows it) and the
 * timeline's diff of two positions (as `heapviz diff` and tracemalloc's
 * compare_to show it).
 *
 * A tally has two sides, [0] and [1]: "allocated" and "freed" for
 * memtally_by_site, "at FROM" and "at TO" for memtally_model.
 */
#ifndef HV_MEMTALLY_H
#define HV_MEMTALLY_H

#include "map.h"
#include "stream.h"

#include <stdint.h>

typedef struct memtally_row {
    uint64_t key;           /* a line, or a type object's address */
    int64_t bytes[2];
    int64_t count[2];
} memtally_row;

typedef struct memtally {
    memtally_row *rows;
    size_t n, cap;
    map index;              /* key + 1 → index in rows */
} memtally;

#define MEMTALLY_INIT {NULL, 0, 0, MAP_INIT}

void memtally_free(memtally *t);
void memtally_add(memtally *t, int side, uint64_t key, int64_t bytes, int64_t count);
/* The row of key, or NULL. */
const memtally_row *memtally_find(const memtally *t, uint64_t key);

/* Per script line (the event's site): bytes allocated (side 0) and freed
 * (side 1) by the block events [0, pos) of s, raw blocks included. */
void memtally_by_site(memtally *t, const stream *s, uint64_t pos);
/* Adds (sign 1) or takes away (sign -1) the block events [from, to) of s
 * to the same tally: by_site at one position moved to another without
 * rescanning the stream from its start. */
void memtally_by_site_range(memtally *t, const stream *s, uint64_t from, uint64_t to, int sign);
/* What is alive in model m (of geometry prof), into side, as `heapviz
 * diff` counts it: blocks in use by the line that allocated them (lines),
 * objects by type with their sys.getsizeof now (types; NULL: skip).
 * Costs O(heap), not O(events before it). */
void memtally_model(memtally *lines, memtally *types, const model *m, const profile *prof, int side);
/* Sorts rows as tracemalloc's compare_to does (the order `heapviz diff`
 * prints too): by |size change|, size, |count change|, count, then key,
 * each largest first. */
void memtally_sort_diff(memtally *t);

#endif
