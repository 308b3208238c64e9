/*
 * mallocstats.h — sys._debugmallocstats() of the simulated heap, in
 * CPython 3.11's exact text format: the per-class table, the arena totals,
 * the radix-tree block, and the free-list lines of the object layer.
 */
#ifndef HV_MALLOCSTATS_H
#define HV_MALLOCSTATS_H

#include "pymalloc.h"

struct buf;

/* Free-list occupancy, as the object layer reports it. */
typedef struct mallocstats_freelists {
    unsigned dicts;         /* free PyDictObjects */
    unsigned floats;        /* free PyFloatObjects */
    unsigned lists;         /* free PyListObjects */
    unsigned tuples[21];    /* [n]: free n-sized tuples, n = 1..20 */
} mallocstats_freelists;

/* Appends the report to out.  fl == NULL leaves out the free-list lines
 * (the allocator alone has none). */
void mallocstats_format(struct buf *out, const pymalloc_stats *st, const mallocstats_freelists *fl);

/* Appends one "label = value" line as CPython's printone() writes it
 * (label padded to 35 columns, value right-aligned with thousands commas);
 * returns value. */
uint64_t mallocstats_line(struct buf *out, const char *label, uint64_t value);

#endif
