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

static size_t home(const map *m, uint64_t key)
{
    key ^= key >> 33;               /* mix: addresses share high bits */
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return (size_t)key & m->mask;
}

void map_free(map *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = m->vals = NULL;
    m->mask = m->count = 0;
}

static void rehash(map *m, size_t cap)
{
    map old = *m;
    m->keys = hv_calloc(cap, sizeof *m->keys);
    m->vals = hv_malloc(cap * sizeof *m->vals);
    m->mask = cap - 1;
    m->count = 0;
    if (old.keys)
        for (size_t i = 0; i <= old.mask; i++)
            if (old.keys[i])
                map_put(m, old.keys[i], old.vals[i]);
    free(old.keys);
    free(old.vals);
}

void map_put(map *m, uint64_t key, uint64_t val)
{
    if (!m->keys || (m->count + 1) * 4 > (m->mask + 1) * 3)
        rehash(m, m->keys ? (m->mask + 1) * 2 : 16);
    size_t i = home(m, key);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & m->mask;
    if (!m->keys[i])
        m->count++;
    m->keys[i] = key;
    m->vals[i] = val;
}

int map_get(const map *m, uint64_t key, uint64_t *val)
{
    if (!m->keys)
        return 0;
    for (size_t i = home(m, key); m->keys[i]; i = (i + 1) & m->mask)
        if (m->keys[i] == key) {
            if (val)
                *val = m->vals[i];
            return 1;
        }
    return 0;
}

int map_del(map *m, uint64_t key)
{
    if (!m->keys)
        return 0;
    size_t i = home(m, key);
    while (m->keys[i] != key) {
        if (!m->keys[i])
            return 0;
        i = (i + 1) & m->mask;
    }
    /* Backward shift: move later entries of the run into the hole when
     * their home slot is not cyclically between the hole and them. */
    for (size_t j = (i + 1) & m->mask; m->keys[j]; j = (j + 1) & m->mask) {
        size_t h = home(m, m->keys[j]);
        if (((j - h) & m->mask) >= ((j - i) & m->mask)) {
            m->keys[i] = m->keys[j];
            m->vals[i] = m->vals[j];
            i = j;
        }
    }
    m->keys[i] = 0;
    m->count--;
    return 1;
}

int map_next(const map *m, size_t *pos, uint64_t *key, uint64_t *val)
{
    if (!m->keys)
        return 0;
    for (size_t i = *pos; i <= m->mask; i++)
        if (m->keys[i]) {
            *key = m->keys[i];
            if (val)
                *val = m->vals[i];
            *pos = i + 1;
            return 1;
        }
    return 0;
}
