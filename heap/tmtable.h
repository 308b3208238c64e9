/*
 * tmtable.h — tracemalloc's table of traces, kept as CPython keeps it.
 *
 * _tracemalloc.c keeps its traces in a _Py_hashtable (Python/hashtable.c)
 * keyed by the block's address, and _get_traces() lists them in that
 * table's order: bucket by bucket, each bucket's chain from its head.  That
 * order is what tracemalloc.py's _group_by sees first, so it decides which
 * statistic is made (and which free-list entry it takes) first.  This module
 * reproduces the table exactly (its sizes, rehashes and chain order) over
 * simulated addresses, which share their low bits with CPython's.
 */
#ifndef HV_TMTABLE_H
#define HV_TMTABLE_H

#include <stddef.h>
#include <stdint.h>

typedef struct tmtable_entry {
    uint64_t key;       /* the block's address */
    uint64_t val;       /* the trace (the caller's encoding) */
    uint32_t next;      /* the next entry of the chain, or TMTABLE_NONE */
} tmtable_entry;

typedef struct tmtable {
    uint32_t *buckets;          /* chain heads (entry indexes), nbuckets of them */
    size_t nbuckets;            /* a power of two, 16 at least */
    size_t nentries;            /* entries in the chains */
    tmtable_entry *entries;     /* the entries' storage; freed ones are chained on `spare` */
    size_t nslots, cap;         /* storage used so far, allocated */
    uint32_t spare;             /* first freed storage slot, or TMTABLE_NONE */
} tmtable;

#define TMTABLE_NONE UINT32_MAX

/* A new empty table (_Py_hashtable_new: 16 buckets).  Cannot fail. */
void tmtable_init(tmtable *t);
void tmtable_free(tmtable *t);
/* The value slot of key, or NULL when key has no entry. */
uint64_t *tmtable_find(const tmtable *t, uint64_t key);
/* Adds key (which must be absent) as _Py_hashtable_set does: counted,
 * the table grown when more than half full, then prepended to its chain. */
void tmtable_add(tmtable *t, uint64_t key, uint64_t val);
/* Removes key as _Py_hashtable_steal does (shrinking the table when it
 * falls under a tenth full); returns 1 and its value in *val if it was there. */
int tmtable_steal(tmtable *t, uint64_t key, uint64_t *val);
/* Empties the table as _Py_hashtable_clear does (back to 16 buckets). */
void tmtable_clear(tmtable *t);
/* Iteration in _Py_hashtable_foreach's order: start with *bucket = 0 and
 * *entry = TMTABLE_NONE; returns 0 when done.  Do not change the table
 * while iterating. */
int tmtable_next(const tmtable *t, size_t *bucket, uint32_t *entry, uint64_t *key, uint64_t *val);
/* *dst = a new table made as tracemalloc_copy_traces makes it: each entry
 * of src, in src's order, added to an empty table. */
void tmtable_copy(tmtable *dst, const tmtable *src);

#endif
