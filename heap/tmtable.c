/*
 * tmtable.c — _Py_hashtable's behaviour for tracemalloc's traces.
 *
 *   key (address) ──hash: rotated right by 4 bits (_Py_HashPointerRaw)──▶
 *   bucket = hash & (nbuckets - 1) ──▶ chain: head ─▶ entry ─▶ entry ─▶ ·
 *
 *   set:    count it; if nentries/nbuckets > 0.5, rehash; prepend to the chain
 *   steal:  unlink it; if nentries/nbuckets < 0.1, rehash
 *   rehash: nbuckets = the power of two ≥ nentries·2/0.6 (16 at least); the
 *           old buckets walked in order, each entry prepended to its new
 *           chain (so entries of one chain end up reversed)
 *   clear:  every entry dropped, then a rehash (back to 16 buckets)
 *
 * Invariants (Python/hashtable.c's, checked by tmtable_check in debug builds):
 *   1. nbuckets is a power of two, at least 16;
 *   2. every live entry is on exactly one chain, the one of its bucket, and
 *      nentries counts them; freed storage slots are on `spare` only.
 */
#include "tmtable.h"

#include "hv.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* hashtable.c's tunables, as it writes them (its expressions are kept: the
 * rounding of the rehash size follows from them). */
#define TMTABLE_MIN_SIZE 16
#define TMTABLE_HIGH 0.50
#define TMTABLE_LOW 0.10
#define TMTABLE_REHASH_FACTOR 2.0 / (TMTABLE_LOW + TMTABLE_HIGH)

/* _Py_HashPointerRaw: the address rotated right by 4 bits (its low bits
 * are alignment, always 0). */
static uint64_t hash_ptr(uint64_t key)
{
    return key >> 4 | key << 60;
}

static size_t bucket_of(const tmtable *t, uint64_t key)
{
    return (size_t)(hash_ptr(key) & (t->nbuckets - 1));
}

static size_t round_size(size_t s)
{
    size_t i = 1;
    if (s < TMTABLE_MIN_SIZE)
        return TMTABLE_MIN_SIZE;
    while (i < s)
        i <<= 1;
    return i;
}

static uint32_t *new_buckets(size_t n)
{
    uint32_t *b = hv_malloc(n * sizeof *b);
    for (size_t i = 0; i < n; i++)
        b[i] = TMTABLE_NONE;
    return b;
}

#ifdef HV_DEBUG
/* Invariants 1 and 2 for the chain of key's bucket (the whole table
 * would make every operation cost its size). */
static void tmtable_check(const tmtable *t, uint64_t key)
{
    size_t b = bucket_of(t, key);
    assert(t->nbuckets >= TMTABLE_MIN_SIZE && (t->nbuckets & (t->nbuckets - 1)) == 0);
    assert(t->nentries <= t->nslots);
    for (uint32_t e = t->buckets[b]; e != TMTABLE_NONE; e = t->entries[e].next)
        assert(e < t->nslots && bucket_of(t, t->entries[e].key) == b);
}
#else
#define tmtable_check(t, key) ((void)(t), (void)(key))
#endif

void tmtable_init(tmtable *t)
{
    memset(t, 0, sizeof *t);
    t->nbuckets = TMTABLE_MIN_SIZE;
    t->buckets = new_buckets(t->nbuckets);
    t->spare = TMTABLE_NONE;
}

void tmtable_free(tmtable *t)
{
    free(t->buckets);
    free(t->entries);
    memset(t, 0, sizeof *t);
}

/* hashtable_rehash: to the size nentries asks for, if it is another. */
static void rehash(tmtable *t)
{
    size_t size = round_size((size_t)(t->nentries * TMTABLE_REHASH_FACTOR));
    if (size == t->nbuckets)
        return;
    uint32_t *old = t->buckets;
    size_t nold = t->nbuckets;
    t->buckets = new_buckets(size);
    t->nbuckets = size;
    for (size_t b = 0; b < nold; b++) {
        for (uint32_t e = old[b], next; e != TMTABLE_NONE; e = next) {
            size_t to = bucket_of(t, t->entries[e].key);
            next = t->entries[e].next;
            t->entries[e].next = t->buckets[to];
            t->buckets[to] = e;
        }
    }
    free(old);
}

uint64_t *tmtable_find(const tmtable *t, uint64_t key)
{
    for (uint32_t e = t->buckets[bucket_of(t, key)]; e != TMTABLE_NONE; e = t->entries[e].next)
        if (t->entries[e].key == key)
            return &t->entries[e].val;
    return NULL;
}

void tmtable_add(tmtable *t, uint64_t key, uint64_t val)
{
    uint32_t e = t->spare;
    assert(!tmtable_find(t, key));
    if (e != TMTABLE_NONE) {
        t->spare = t->entries[e].next;
    } else {
        hv_grow(&t->entries, &t->cap, t->nslots + 1, sizeof *t->entries, 64);
        e = (uint32_t)t->nslots++;
    }
    t->entries[e].key = key;
    t->entries[e].val = val;
    t->nentries++;
    if ((float)t->nentries / (float)t->nbuckets > TMTABLE_HIGH)
        rehash(t);
    size_t b = bucket_of(t, key);
    t->entries[e].next = t->buckets[b];
    t->buckets[b] = e;
    tmtable_check(t, key);
}

int tmtable_steal(tmtable *t, uint64_t key, uint64_t *val)
{
    uint32_t *link = &t->buckets[bucket_of(t, key)];
    while (*link != TMTABLE_NONE && t->entries[*link].key != key)
        link = &t->entries[*link].next;
    if (*link == TMTABLE_NONE)
        return 0;
    uint32_t e = *link;
    *link = t->entries[e].next;
    t->entries[e].next = t->spare;
    t->spare = e;
    t->nentries--;
    if (val)
        *val = t->entries[e].val;
    if ((float)t->nentries / (float)t->nbuckets < TMTABLE_LOW)
        rehash(t);
    tmtable_check(t, key);
    return 1;
}

void tmtable_clear(tmtable *t)
{
    for (size_t b = 0; b < t->nbuckets; b++)
        t->buckets[b] = TMTABLE_NONE;
    t->nentries = t->nslots = 0;
    t->spare = TMTABLE_NONE;
    rehash(t);
}

int tmtable_next(const tmtable *t, size_t *bucket, uint32_t *entry, uint64_t *key, uint64_t *val)
{
    uint32_t e = *entry == TMTABLE_NONE ? TMTABLE_NONE : t->entries[*entry].next;
    if (*entry == TMTABLE_NONE && *bucket < t->nbuckets)
        e = t->buckets[*bucket];
    while (e == TMTABLE_NONE && ++*bucket < t->nbuckets)
        e = t->buckets[*bucket];
    if (e == TMTABLE_NONE)
        return 0;
    *entry = e;
    *key = t->entries[e].key;
    *val = t->entries[e].val;
    return 1;
}

void tmtable_copy(tmtable *dst, const tmtable *src)
{
    size_t b = 0;
    uint32_t e = TMTABLE_NONE;
    uint64_t key, val;
    tmtable_init(dst);
    while (tmtable_next(src, &b, &e, &key, &val))
        tmtable_add(dst, key, val);
}
