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
        const hv_event *ev = stream_event(s, i);
        if (is_alloc(ev->kind))
            memtally_add(t, 0, ev->site, sign * (int64_t)ev->u.block.nbytes, sign);
        else if (is_free(ev->kind))
            memtally_add(t, 1, ev->site, sign * (int64_t)ev->u.block.nbytes, sign);
        else if (ev->kind == EV_BLOCK_RESIZE || ev->kind == EV_RAW_RESIZE)
            memtally_add(t, 0, ev->site, sign * ((int64_t)ev->u.block.nbytes - ev->u.block.old_nbytes), 0);
    }
}

/* Blocks alive: address → (line << 32 | nbytes); objects: address → index
 * of their OBJ_NEW event. */
typedef struct alive {
    map blocks, objects;
} alive;

static void track(alive *a, const hv_event *ev, uint64_t i)
{
    uint64_t addr = ev->u.block.addr;
    if (is_alloc(ev->kind))
        map_put(&a->blocks, addr, (uint64_t)ev->site << 32 | ev->u.block.nbytes);
    else if (is_free(ev->kind))
        map_del(&a->blocks, addr);
    else if (ev->kind == EV_BLOCK_RESIZE || ev->kind == EV_RAW_RESIZE)
        map_put(&a->blocks, addr, (uint64_t)ev->site << 32 | ev->u.block.nbytes);
    else if (ev->kind == EV_OBJ_NEW)
        map_put(&a->objects, ev->u.obj.addr, i + 1);
    else if (ev->kind == EV_OBJ_FREE)
        map_del(&a->objects, ev->u.obj.addr);
}

void memtally_alive(memtally *lines, memtally *types, const stream *s, uint64_t pos, int side)
{
    alive a = {MAP_INIT, MAP_INIT};
    for (uint64_t i = 0; i < pos && i < stream_events(s); i++)
        track(&a, stream_event(s, i), i);
    size_t it = 0;
    uint64_t k, v;
    while (map_next(&a.blocks, &it, &k, &v))
        memtally_add(lines, side, v >> 32, (int64_t)(v & 0xffffffffu), 1);
    for (it = 0; types && map_next(&a.objects, &it, &k, &v);) {
        const hv_event *ev = stream_event(s, v - 1);
        memtally_add(types, side, ev->u.obj.type, ev->u.obj.size, 1);
    }
    map_free(&a.blocks);
    map_free(&a.objects);
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
