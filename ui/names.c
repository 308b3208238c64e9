/*
 * names.c — an open-addressing table from (address, slot) to text.
 *
 * Invariants:
 *   1. every entry is found by probing linearly from its key's hash, and
 *      the table is at most half full;
 *   2. texts live in `text`, NUL-terminated, at the offset an entry holds.
 */
#include "names.h"

#include "buf.h"
#include "hv.h"

#include <stdlib.h>
#include <string.h>

typedef struct entry {
    uint64_t addr;          /* 0: empty */
    uint32_t slot;
    uint32_t len;           /* text length */
    size_t off;             /* into text */
} entry;

struct names_table {
    entry *tab;
    size_t mask, count;     /* capacity - 1 (a power of two), entries */
    buf text;
};

names_table *names_new(void)
{
    names_table *n = hv_calloc(1, sizeof *n);
    n->mask = 63;
    n->tab = hv_calloc(n->mask + 1, sizeof *n->tab);
    return n;
}

void names_delete(names_table *n)
{
    if (!n)
        return;
    free(n->tab);
    buf_free(&n->text);
    free(n);
}

static size_t hash(uint64_t addr, uint32_t slot)
{
    uint64_t h = (addr ^ ((uint64_t)slot << 40 | slot)) * 0x9e3779b97f4a7c15ULL;
    return (size_t)(h ^ (h >> 29));
}

static entry *probe(const names_table *n, uint64_t addr, uint32_t slot)
{
    for (size_t i = hash(addr, slot) & n->mask;; i = (i + 1) & n->mask) {
        entry *e = &n->tab[i];
        if (!e->addr || (e->addr == addr && e->slot == slot))
            return e;
    }
}

static void grow(names_table *n)
{
    entry *old = n->tab;
    size_t cap = n->mask + 1;
    n->mask = cap * 2 - 1;
    n->tab = hv_calloc(n->mask + 1, sizeof *n->tab);
    for (size_t i = 0; i < cap; i++)
        if (old[i].addr)
            *probe(n, old[i].addr, old[i].slot) = old[i];
    free(old);
}

void names_put(names_table *n, uint64_t addr, uint32_t slot, const char *text)
{
    if (!addr || !text)
        return;
    entry *e = probe(n, addr, slot);
    size_t len = strlen(text);
    if (e->addr && e->len == len && memcmp(n->text.data + e->off, text, len) == 0)
        return;                             /* unchanged: the common case */
    if (!e->addr) {
        if ((n->count + 1) * 2 > n->mask + 1) {
            grow(n);
            e = probe(n, addr, slot);
        }
        n->count++;
    }
    *e = (entry){addr, slot, (uint32_t)len, n->text.len};
    buf_add(&n->text, text, len + 1);
}

void names_add(void *n, uint64_t addr, uint32_t slot, const char *text)
{
    names_put(n, addr, slot, text);
}

const char *names_get(const names_table *n, uint64_t addr, uint32_t slot)
{
    if (!n || !addr)
        return NULL;
    const entry *e = probe(n, addr, slot);
    return e->addr ? n->text.data + e->off : NULL;
}

size_t names_count(const names_table *n)
{
    return n ? n->count : 0;
}
