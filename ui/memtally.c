/*
 * memtally.c — memory by line and by type, from events (memtally.h).
 * Each query scans events [0, pos) once; the screens ask only when the
 * position or the compared pair changes.
 */
#include "memtally.h"

#include <stdlib.h>

void memtally_free(memtally *t)
{
    free(t->rows);
    map_free(&t->index);
    *t = (memtally)MEMTALLY_INIT;
}

void memtally_add(memtally *t, int side, uint64_t key, int64_t bytes, int64_t count)
{
    uint64_t i;
    if (!map_get(&t->index, key + 1, &i)) {
        hv_grow(&t->rows, &t->cap, t->n + 1, sizeof *t->rows, 32);
        t->rows[t->n] = (memtally_row){key, {0, 0}, {0, 0}};
        map_put(&t->index, key + 1, i = t->n++);
    }
    t->rows[i].bytes[side] += bytes;
    t->rows[i].count[side] += count;
}

const memtally_row *memtally_find(const memtally *t, uint64_t key)
{
    uint64_t i;
    return map_get(&t->index, key + 1, &i) ? &t->rows[i] : NULL;
}

static int is_alloc(unsigned kind)
{
    return kind == EV_BLOCK_ALLOC || kind == EV_RAW_ALLOC;
}

static int is_free(unsigned kind)
{
    return kind == EV_BLOCK_FREE || kind == EV_RAW_FREE;
}

void memtally_by_site(memtally *t, const stream *s, uint64_t pos)
{
    memtally_by_site_range(t, s, 0, pos, 1);
}

void memtally_by_site_range(memtally *t, const stream *s, uint64_t from, uint64_t to, int sign)
{
    for (uint64_t i = from; i < to && i < stream_events(s); i++) {
        hv_event ev = stream_event(s, i);
        if (is_alloc(ev.kind))
            memtally_add(t, 0, ev.site, sign * (int64_t)ev.u.block.nbytes, sign);
        else if (is_free(ev.kind))
            memtally_add(t, 1, ev.site, sign * (int64_t)ev.u.block.nbytes, sign);
        else if (ev.kind == EV_BLOCK_RESIZE || ev.kind == EV_RAW_RESIZE)
            memtally_add(t, 0, ev.site, sign * ((int64_t)ev.u.block.nbytes - ev.u.block.old_nbytes), 0);
    }
}

/* The model's allocations by script line, as tracemalloc traces them. */
static void model_lines(memtally *ts, const model *m, const profile *p, int side)
{
    for (unsigned s = 0; s < model_arena_slots(m); s++) {
        pymalloc_arena a;
        if (model_arena_info(m, s, &a) || !a.addr)
            continue;
        for (unsigned k = 0; k < a.npools; k++) {
            pymalloc_pool pi;
            uint64_t pa = a.first_pool + (uint64_t)k * profile_pool_size(p);
            if (model_pool_info(m, pa, &pi) || pi.state == POOL_UNCARVED)
                continue;
            for (unsigned i = 0; i < pi.nextblock; i++) {
                pymalloc_block b;
                uint64_t ba = pa + p->pool_overhead + (uint64_t)i * profile_class_size(p, pi.szidx);
                if (model_block_info(m, ba, &b) == 0 && b.state == BLOCK_USED)
                    memtally_add(ts, side, b.site, (int64_t)b.nbytes, 1);
            }
        }
    }
    size_t n = model_raw_blocks(m, NULL, 0);
    pymalloc_block *raw = hv_malloc((n + 1) * sizeof *raw);
    model_raw_blocks(m, raw, n);
    for (size_t i = 0; i < n; i++)
        memtally_add(ts, side, raw[i].site, (int64_t)raw[i].nbytes, 1);
    free(raw);
}

typedef struct tally_ud {
    memtally *ts;
    int side;
} tally_ud;

static int tally_obj(void *ud, const model_obj *o)
{
    tally_ud *t = ud;
    memtally_add(t->ts, t->side, o->type, o->size, 1);
    return 0;
}

void memtally_model(memtally *lines, memtally *types, const model *m, const profile *prof, int side)
{
    model_lines(lines, m, prof, side);
    tally_ud t = {types, side};
    if (types)
        model_obj_each(m, tally_obj, &t);
}

static int64_t abs64(int64_t v)
{
    return v < 0 ? -v : v;
}

static int cmp_diff(const void *a, const void *b)
{
    const memtally_row *x = a, *y = b;
    int64_t kx[4] = {abs64(x->bytes[1] - x->bytes[0]), x->bytes[1], abs64(x->count[1] - x->count[0]), x->count[1]};
    int64_t ky[4] = {abs64(y->bytes[1] - y->bytes[0]), y->bytes[1], abs64(y->count[1] - y->count[0]), y->count[1]};
    for (int i = 0; i < 4; i++)
        if (kx[i] != ky[i])
            return kx[i] < ky[i] ? 1 : -1;
    return (x->key < y->key) - (x->key > y->key);   /* reverse=True sorts the key down too */
}

void memtally_sort_diff(memtally *t)
{
    qsort(t->rows, t->n, sizeof *t->rows, cmp_diff);
    map_free(&t->index);
    for (size_t i = 0; i < t->n; i++)
        map_put(&t->index, t->rows[i].key + 1, i);
}
