/*
 * demoheap.c — building the demo heap (demoheap.h).
 *
 * The request sizes are those CPython 3.11 makes on 64-bit Linux (objects
 * tracked by the collector carry a 16-byte header before the object):
 *
 *   int 28  float 24  str 49+len  tuple(2) 16+40  list 16+40  dict 16+48
 *   dict keys table 200-ish  function 16+136  small instance 16+32
 *
 * The program it imitates: import-time objects that stay, three lists
 * appended to until their item arrays leave pymalloc for malloc, a burst of
 * temporaries, a cache filled after them that stays, then the temporaries
 * all die (emptying pools and releasing their arena, so an unmapped slot
 * sits between mapped ones), every third start-up object freed (free
 * chains with holes), some objects made again, and a few large buffers.
 */
#include "demoheap.h"

#include "hv.h"

#include <stdlib.h>

typedef struct mix {
    uint32_t lo, hi;        /* request size range (inclusive) */
    uint32_t weight;
} mix;

static const mix startup_mix[] = {
    {28, 28, 30},   /* int */
    {24, 24, 8},    /* float */
    {50, 90, 20},   /* short str */
    {56, 56, 10},   /* tuple of 2 (GC header + object) */
    {56, 56, 6},    /* list */
    {64, 64, 5},    /* dict */
    {180, 240, 4},  /* dict keys table */
    {152, 152, 3},  /* function */
    {48, 48, 6},    /* small instance */
    {300, 500, 2},  /* bytes, larger str */
};

/* Bigger objects for growing to many arenas quickly. */
static const mix bulk_mix[] = {
    {56, 64, 4}, {180, 240, 3}, {300, 512, 6}, {120, 160, 3},
};

typedef struct builder {
    demoheap *d;
    uint64_t seed;
    uint64_t *live;         /* addresses kept, in allocation order */
    size_t n, cap;
} builder;

static uint64_t next_rand(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static uint32_t pick(builder *b, const mix *m, size_t n)
{
    uint32_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += m[i].weight;
    uint64_t r = next_rand(&b->seed);
    uint32_t w = (uint32_t)(r % total);
    size_t i = 0;
    while (w >= m[i].weight)
        w -= m[i++].weight;
    return m[i].lo + (uint32_t)((r >> 32) % (m[i].hi - m[i].lo + 1));
}

static void apply(void *ud, const hv_event *ev)
{
    if (model_apply(ud, ev) != 0)
        abort();            /* the allocator and its replica disagree: a bug */
}

static uint64_t keep(builder *b, uint64_t addr)
{
    hv_grow(&b->live, &b->cap, b->n + 1, sizeof *b->live, 1024);
    b->live[b->n++] = addr;
    return addr;
}

static void allocate(builder *b, const mix *m, size_t nm, unsigned count, uint32_t line)
{
    pymalloc_set_site(b->d->pm, line);
    for (unsigned i = 0; i < count; i++)
        keep(b, pymalloc_malloc(b->d->pm, pick(b, m, nm)));
}

/* A list appended to `items` times: its item array grows as list_resize
 * does (new = n + n/8 + 6, rounded to 4), moving to malloc past 512 bytes. */
static void grow_list(builder *b, unsigned items, uint32_t line)
{
    pymalloc *pm = b->d->pm;
    pymalloc_set_site(pm, line);
    keep(b, pymalloc_malloc(pm, 56));
    uint64_t arr = 0, alloc = 0;
    for (uint64_t n = 1; n <= items; n++) {
        if (n > alloc) {
            alloc = (n + (n >> 3) + 6) & ~(uint64_t)3;
            arr = pymalloc_realloc(pm, arr, alloc * 8);
        }
    }
    keep(b, arr);
}

static void free_every(builder *b, size_t from, size_t to, unsigned k)
{
    for (size_t i = from; i < to; i += k) {
        pymalloc_free(b->d->pm, b->live[i]);
        b->live[i] = 0;
    }
}

demoheap *demoheap_new(const profile *p)
{
    demoheap *d = hv_calloc(1, sizeof *d);
    d->prof = p;
    d->model = model_new(p);
    d->pm = pymalloc_new(p, 0, apply, d->model);
    builder b = {d, 0x5eed1e55ULL, NULL, 0, 0};
    allocate(&b, startup_mix, HV_COUNTOF(startup_mix), 20000, 1);     /* import time */
    size_t startup = b.n;
    grow_list(&b, 40, 5);
    grow_list(&b, 300, 6);
    grow_list(&b, 1500, 7);
    size_t temps = b.n;
    uint64_t until = pymalloc_footprint(d->pm) + 3 * (uint64_t)profile_arena_size(p);
    pymalloc_set_site(d->pm, 10);
    while (pymalloc_footprint(d->pm) < until)       /* temporaries of a class nothing else uses: */
        keep(&b, pymalloc_malloc(d->pm, 100));      /* two whole arenas of them */
    size_t cache = b.n;
    allocate(&b, startup_mix, HV_COUNTOF(startup_mix), 9000, 12);      /* a cache that stays */
    free_every(&b, temps, cache, 1);                                    /* the temporaries die */
    free_every(&b, 0, startup, 3);                                      /* holes */
    allocate(&b, startup_mix, HV_COUNTOF(startup_mix), 1500, 14);      /* fill some back */
    pymalloc_set_site(d->pm, 16);
    keep(&b, pymalloc_malloc(d->pm, 10000));                            /* bytes(10000) */
    keep(&b, pymalloc_malloc(d->pm, 65536));                            /* a 64 KiB buffer */
    free(b.live);
    return d;
}

void demoheap_grow(demoheap *d, unsigned narenas)
{
    builder b = {d, 0xb16b00b5ULL, NULL, 0, 0};
    uint64_t want = (uint64_t)narenas * profile_arena_size(d->prof);
    uint32_t line = 20;
    while (pymalloc_footprint(d->pm) < want) {
        size_t first = b.n;
        allocate(&b, bulk_mix, HV_COUNTOF(bulk_mix), 4096, line++);
        free_every(&b, first, b.n, 5);          /* a few holes everywhere */
    }
    free(b.live);
}

void demoheap_delete(demoheap *d)
{
    if (!d)
        return;
    pymalloc_delete(d->pm);
    model_delete(d->model);
    free(d);
}
