/*
 * model.c — the heap model, a replica of the simulated heap kept by events.
 *
 * It holds what can be seen — arenas, pools (class, state, free chain in
 * order) and blocks (in use or free, requested size, script line) — and none
 * of the allocator's policy (list orders, nfp2lasta): events say where
 * things happen, the model only records it.
 *
 * Undo.  Most events carry their own inverse (event.h).  Two do not: a
 * POOL_INIT discards the free chain of the pool's previous carving, and an
 * ARENA_NEW resets the pools of a slot whose earlier arena left stale pools
 * behind.  Applying either pushes the discarded state on a history stack;
 * unapplying pops it.  Hence invariant 1: unapply gets exactly the applied
 * events in reverse order.
 *
 * A model made by model_load() (a keyframe) or after model_drop_history()
 * has no history before that point: it cannot be unapplied past it.
 *
 * Invariants (model_check() in model_io.c checks them):
 *   1. the history stack holds one record per POOL_INIT and ARENA_NEW
 *      applied since the model was made, loaded or last dropped its
 *      history, in application order;
 *   2. in a carved pool, count + length of the free chain = nextblock, and
 *      blocks below nextblock not on the chain are in use (as pymalloc.c);
 *   3. the slots ever mapped are the prefix [0, slots_used) (pymalloc hands
 *      out arena objects in order); arenas_current counts the mapped ones,
 *      arenas_highwater ≥ arenas_current, arenas_total ≥ slots_used.
 */
#include "model.h"
#include "model_int.h"

#include "hv.h"
#include "map.h"

#include <stdlib.h>
#include <string.h>

model *model_new(const profile *prof)
{
    model *m = hv_calloc(1, sizeof *m);
    m->prof = prof;
    m->slots = profile_arena_slots(prof);
    m->rawfree = UINT32_MAX;
    model_obj_init(&m->ob);
    return m;
}

static void free_history(history *h)
{
    free(h->pool.blocks);
    free(h->pools);
}

void model_delete(model *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->narenas * m->slots; i++)
        free(m->pools[i].blocks);
    for (size_t i = 0; i < m->nhist; i++)
        free_history(&m->hist[i]);
    free(m->hist);
    free(m->pools);
    free(m->arenas);
    free(m->raws);
    map_free(&m->raw);
    model_obj_free_all(&m->ob);
    model_gc_free(m->gc);
    free(m);
}

uint64_t model_step(const model *m)
{
    return m->step;
}

void model_ensure_slot(model *m, uint32_t slot)
{
    if (slot < m->narenas)
        return;
    size_t n = m->narenas ? m->narenas : 16;
    while (n <= slot)
        n *= 2;
    m->arenas = hv_realloc(m->arenas, n * sizeof *m->arenas);
    m->pools = hv_realloc(m->pools, n * m->slots * sizeof *m->pools);
    memset(m->arenas + m->narenas, 0, (n - m->narenas) * sizeof *m->arenas);
    memset(m->pools + m->narenas * m->slots, 0, (n - m->narenas) * m->slots * sizeof *m->pools);
    for (size_t i = m->narenas * m->slots; i < n * m->slots; i++)
        m->pools[i].szidx = SZIDX_DUMMY;
    m->narenas = n;
}

/* The pool at or containing addr in a mapped arena; NULL if none.  *offset
 * gets addr's offset inside the pool. */
static mpool *find_pool(const model *m, uint64_t addr, uint32_t *pid, uint32_t *offset)
{
    uint32_t slot, k, off;
    if (profile_locate(m->prof, addr, &slot, &k, &off) || slot >= m->narenas ||
        !m->arenas[slot].mapped)
        return NULL;
    if (pid)
        *pid = slot * m->slots + k;
    if (offset)
        *offset = off;
    return &m->pools[slot * m->slots + k];
}

/* The index of the block starting at addr in a carved pool, or -1. */
static int find_block(const model *m, uint64_t addr, mpool **pp)
{
    uint32_t off;
    mpool *p = find_pool(m, addr, NULL, &off);
    if (!p || p->szidx == SZIDX_DUMMY || off < m->prof->pool_overhead)
        return -1;
    unsigned size = profile_class_size(m->prof, p->szidx), rel = off - m->prof->pool_overhead;
    if (rel % size || rel / size >= p->nextblock)
        return -1;
    *pp = p;
    return (int)(rel / size);
}

static history *push_history(model *m)
{
    hv_grow(&m->hist, &m->histcap, m->nhist + 1, sizeof *m->hist, 64);
    history *h = &m->hist[m->nhist++];
    memset(h, 0, sizeof *h);
    return h;
}

/* ---- arenas and pools -------------------------------------------------- */

static int arena_new(model *m, const hv_event *ev, int undo)
{
    uint32_t slot = ev->u.arena.slot;
    if (undo) {
        if (!m->nhist || !m->hist[m->nhist - 1].is_arena || m->hist[m->nhist - 1].id != slot)
            return -1;
        history *h = &m->hist[--m->nhist];
        memcpy(&m->pools[slot * m->slots], h->pools, m->slots * sizeof *m->pools);
        m->arenas[slot] = h->arena;
        m->slots_used -= h->arena.addr == 0;
        m->arenas_total--;
        m->arenas_current--;
        m->arenas_highwater = h->highwater;
        free(h->pools);
        return 0;
    }
    if (slot > m->slots_used || ev->u.arena.npools > m->slots)  /* invariant 3; bounds memory */
        return -1;
    model_ensure_slot(m, slot);
    if (m->arenas[slot].mapped || profile_arena_addr(m->prof, slot) != ev->u.arena.addr)
        return -1;
    history *h = push_history(m);
    h->is_arena = 1;
    h->id = slot;
    h->arena = m->arenas[slot];
    h->highwater = m->arenas_highwater;
    m->slots_used += slot == m->slots_used;
    m->arenas_total++;
    if (++m->arenas_current > m->arenas_highwater)
        m->arenas_highwater = m->arenas_current;
    h->pools = hv_malloc(m->slots * sizeof *h->pools);
    memcpy(h->pools, &m->pools[slot * m->slots], m->slots * sizeof *h->pools);
    for (unsigned k = 0; k < m->slots; k++) {   /* blocks[] stay: POOL_INIT saves them */
        mpool *p = &m->pools[slot * m->slots + k];
        p->state = POOL_UNCARVED;
        p->szidx = SZIDX_DUMMY;
        p->count = 0;
    }
    m->arenas[slot] = (marena){ev->u.arena.addr, ev->u.arena.npools, 1};
    return 0;
}

static int arena_free(model *m, const hv_event *ev, int undo)
{
    uint32_t slot = ev->u.arena.slot;
    if (slot >= m->narenas || m->arenas[slot].mapped == undo)
        return -1;
    m->arenas[slot].mapped = (uint8_t)undo;     /* pools stay, stale */
    m->arenas_current += undo ? 1 : -1;
    return 0;
}

static int pool_init(model *m, const hv_event *ev, int undo)
{
    uint32_t pid, off;
    mpool *p = find_pool(m, ev->u.pool.addr, &pid, &off);
    if (!p || off)
        return -1;
    if (undo) {
        if (!m->nhist || m->hist[m->nhist - 1].is_arena || m->hist[m->nhist - 1].id != pid)
            return -1;
        history *h = &m->hist[--m->nhist];
        free(p->blocks);
        *p = h->pool;
        return 0;
    }
    if (ev->u.pool.szidx >= profile_nclasses(m->prof))
        return -1;
    history *h = push_history(m);
    h->id = pid;
    h->pool = *p;
    unsigned c = ev->u.pool.szidx, n = profile_blocks_per_pool(m->prof, c);
    p->blocks = hv_malloc(n * sizeof *p->blocks);
    p->cap = (uint16_t)n;
    p->nblocks = (uint16_t)n;
    p->szidx = (uint8_t)c;
    p->count = 0;
    p->blocks[0].link = NIL;
    p->freeblock = 0;
    p->nextblock = 1;
    return 0;
}

static int pool_state(model *m, const hv_event *ev, int undo)
{
    uint32_t off;
    mpool *p = find_pool(m, ev->u.pool.addr, NULL, &off);
    if (!p || off || p->state != (undo ? ev->u.pool.to : ev->u.pool.from))
        return -1;
    p->state = undo ? ev->u.pool.from : ev->u.pool.to;
    return 0;
}

/* ---- blocks ----------------------------------------------------------- */

/* Takes block i off the head of the chain, or puts it back (undo). */
static int block_alloc(model *m, const hv_event *ev, int undo)
{
    mpool *p;
    int i = find_block(m, ev->u.block.addr, &p);
    if (i < 0 || p->szidx != ev->u.block.szidx)
        return -1;
    if (undo) {
        if (p->blocks[i].link != INUSE || model_block_owned(m, ev->u.block.addr))
            return -1;
        if (ev->u.block.virgin) {
            if (p->freeblock != p->nextblock - 1 || p->blocks[p->freeblock].link != NIL)
                return -1;
            p->freeblock = p->blocks[--p->nextblock].link;
        }
        p->blocks[i].link = p->freeblock;
        p->freeblock = (uint16_t)i;
        p->count--;
        return 0;
    }
    if (p->freeblock != i ||
        (ev->u.block.virgin && (p->nextblock >= p->nblocks || p->blocks[i].link != NIL)))
        return -1;                              /* checked first: a refused event changes nothing */
    p->freeblock = p->blocks[i].link;
    p->blocks[i] = (mblock){INUSE, (uint16_t)ev->u.block.nbytes, ev->site};
    p->count++;
    if (ev->u.block.virgin) {
        p->blocks[p->nextblock].link = NIL;
        p->freeblock = p->nextblock++;
    }
    return 0;
}

static int block_free(model *m, const hv_event *ev, int undo)
{
    mpool *p;
    int i = find_block(m, ev->u.block.addr, &p);
    if (i < 0)
        return -1;
    if (undo) {
        if (p->freeblock != i)
            return -1;
        p->freeblock = p->blocks[i].link;
        p->blocks[i] = (mblock){INUSE, (uint16_t)ev->u.block.nbytes, ev->u.block.old_site};
        p->count++;
        return 0;
    }
    if (p->blocks[i].link != INUSE || model_block_owned(m, ev->u.block.addr))
        return -1;                              /* a block is given up by its owner before it is freed */
    p->blocks[i].link = p->freeblock;
    p->freeblock = (uint16_t)i;
    p->count--;
    return 0;
}

static int block_resize(model *m, const hv_event *ev, int undo)
{
    mpool *p;
    int i = find_block(m, ev->u.block.addr, &p);
    if (i < 0 || p->blocks[i].link != INUSE)
        return -1;
    p->blocks[i].nbytes = (uint16_t)(undo ? ev->u.block.old_nbytes : ev->u.block.nbytes);
    p->blocks[i].site = undo ? ev->u.block.old_site : ev->site;
    return 0;
}

/* ---- raw blocks ------------------------------------------------------ */

static void raw_put(model *m, uint64_t addr, uint64_t nbytes, uint32_t site)
{
    uint64_t i;
    if (!map_get(&m->raw, addr, &i)) {
        if (m->rawfree != UINT32_MAX) {
            i = m->rawfree;
            m->rawfree = m->raws[i].site;
        } else {
            hv_grow(&m->raws, &m->rawcap, m->nraws + 1, sizeof *m->raws, 16);
            i = m->nraws++;
        }
        map_put(&m->raw, addr, i);
    }
    m->raws[i] = (rawinfo){nbytes, site};
}

static int raw_forget(model *m, uint64_t addr)
{
    uint64_t i;
    if (!map_get(&m->raw, addr, &i))
        return -1;
    map_del(&m->raw, addr);
    m->raws[i].site = m->rawfree;
    m->rawfree = (uint32_t)i;
    return 0;
}

static int raw_event(model *m, const hv_event *ev, int undo)
{
    uint64_t addr = ev->u.block.addr;
    int present = map_get(&m->raw, addr, NULL);
    int allocating = (ev->kind == EV_RAW_ALLOC) != undo;
    if (ev->kind == EV_RAW_RESIZE) {
        if (!present)
            return -1;
        raw_put(m, addr, undo ? ev->u.block.old_nbytes : ev->u.block.nbytes,
                undo ? ev->u.block.old_site : ev->site);
        return 0;
    }
    if (present == allocating || (!allocating && model_block_owned(m, addr)))
        return -1;
    if (!allocating)
        return raw_forget(m, addr);
    raw_put(m, addr, ev->u.block.nbytes, ev->kind == EV_RAW_ALLOC ? ev->site : ev->u.block.old_site);
    return 0;
}

/* ---- dispatch --------------------------------------------------------- */

static int step_event(model *m, const hv_event *ev, int undo)
{
    m->step = undo ? ev->u.step.number - 1 : ev->u.step.number;
    return 0;
}

static int (*const handlers[EV_NKINDS])(model *, const hv_event *, int) = {
    [EV_STEP] = step_event,
    [EV_ARENA_NEW] = arena_new,
    [EV_ARENA_FREE] = arena_free,
    [EV_POOL_INIT] = pool_init,
    [EV_POOL_STATE] = pool_state,
    [EV_BLOCK_ALLOC] = block_alloc,
    [EV_BLOCK_FREE] = block_free,
    [EV_BLOCK_RESIZE] = block_resize,
    [EV_RAW_ALLOC] = raw_event,
    [EV_RAW_FREE] = raw_event,
    [EV_RAW_RESIZE] = raw_event,
    [EV_OBJ_NEW] = model_obj_event,
    [EV_OBJ_FREE] = model_obj_event,
    [EV_REF] = model_obj_event,
    [EV_REF_MOVE] = model_obj_event,
    [EV_TRACK] = model_obj_event,
    [EV_FRAME_PUSH] = model_obj_event,
    [EV_FRAME_POP] = model_obj_event,
    [EV_GC_PHASE] = model_gc_event,
    [EV_GC_REFS] = model_gc_event,
    [EV_GC_MOVE] = model_gc_event,
    [EV_GC_COLOR] = model_gc_event,
    [EV_OBJ_RESIZE] = model_obj_event,
    [EV_GC_CONFIG] = model_gc_event,
    [EV_BLOCK_OWNER] = model_obj_event,
    [EV_GC_VISIT] = model_gc_event,
    [EV_SHIFT] = model_obj_event,
};

int model_knows(unsigned kind)
{
    return kind < EV_NKINDS && handlers[kind];
}

int model_apply(model *m, const hv_event *ev)
{
    if (ev->kind >= EV_NKINDS || !handlers[ev->kind])
        return -1;
    return handlers[ev->kind](m, ev, 0);
}

int model_unapply(model *m, const hv_event *ev)
{
    if (ev->kind >= EV_NKINDS || !handlers[ev->kind])
        return -1;
    return handlers[ev->kind](m, ev, 1);
}

/* ---- introspection --------------------------------------------------- */

int model_block_info(const model *m, uint64_t addr, pymalloc_block *out)
{
    pymalloc_block b = {.addr = addr};
    uint32_t off;
    uint64_t i;
    const mpool *p = find_pool(m, addr, NULL, &off);
    if (!p) {
        if (!map_get(&m->raw, addr, &i))
            return -1;
        b.state = BLOCK_RAW;
        b.nbytes = m->raws[i].nbytes;
        b.site = m->raws[i].site;
        b.size = pymalloc_raw_chunk(b.nbytes);
    } else {
        if (p->state == POOL_UNCARVED || p->szidx == SZIDX_DUMMY || off < m->prof->pool_overhead)
            return -1;
        unsigned size = profile_class_size(m->prof, p->szidx), rel = off - m->prof->pool_overhead;
        if (rel % size || rel / size >= p->nblocks)
            return -1;
        unsigned k = rel / size;
        b.pool = addr - off;
        b.szidx = p->szidx;
        b.size = size;
        if (k >= p->nextblock)
            b.state = BLOCK_VIRGIN;
        else if (p->blocks[k].link == INUSE) {
            b.state = BLOCK_USED;
            b.nbytes = p->blocks[k].nbytes;
            b.site = p->blocks[k].site;
        } else
            b.state = BLOCK_FREE;
    }
    if (out)
        *out = b;
    return 0;
}

int model_pool_info(const model *m, uint64_t addr, pymalloc_pool *out)
{
    uint32_t pid, off;
    const mpool *p = find_pool(m, addr, &pid, &off);
    if (!p || off || pid % m->slots >= m->arenas[pid / m->slots].npools)
        return -1;
    int carved = p->state != POOL_UNCARVED;
    *out = (pymalloc_pool){
        .addr = addr, .arena = pid / m->slots, .state = p->state,
        .szidx = carved ? p->szidx : SZIDX_DUMMY, .count = carved ? p->count : 0,
        .nblocks = carved ? p->nblocks : 0, .nextblock = carved ? p->nextblock : 0,
    };
    return 0;
}

unsigned model_arena_slots(const model *m)
{
    return (unsigned)m->narenas;
}

int model_arena_info(const model *m, unsigned slot, pymalloc_arena *out)
{
    if (slot >= m->narenas)
        return -1;
    const marena *a = &m->arenas[slot];
    *out = (pymalloc_arena){.slot = slot};
    if (!a->mapped)
        return 0;
    out->addr = a->addr;
    out->npools = a->npools;
    out->first_pool = profile_first_pool(m->prof, slot);
    for (unsigned k = 0; k < a->npools; k++) {
        const mpool *p = &m->pools[slot * m->slots + k];
        if (p->state != POOL_UNCARVED)
            out->ncarved = k + 1;
        out->nfreepools += p->state == POOL_UNCARVED || p->state == POOL_EMPTY;
    }
    return 0;
}

size_t model_free_chain(const model *m, uint64_t pool_addr, uint64_t *out, size_t max)
{
    uint32_t off;
    const mpool *p = find_pool(m, pool_addr, NULL, &off);
    if (!p || off || p->state == POOL_UNCARVED || p->szidx == SZIDX_DUMMY)
        return 0;
    size_t n = 0;
    unsigned size = profile_class_size(m->prof, p->szidx);
    for (unsigned i = p->freeblock; i != NIL && n <= p->nblocks; i = p->blocks[i].link, n++)
        if (n < max)
            out[n] = pool_addr + m->prof->pool_overhead + (uint64_t)i * size;
    return n;
}

static int cmp_addr(const void *a, const void *b)
{
    uint64_t x = ((const pymalloc_block *)a)->addr, y = ((const pymalloc_block *)b)->addr;
    return (x > y) - (x < y);
}

size_t model_raw_blocks(const model *m, pymalloc_block *out, size_t max)
{
    size_t n = 0, pos = 0;
    uint64_t addr;
    while (map_next(&m->raw, &pos, &addr, NULL)) {
        if (n < max)
            model_block_info(m, addr, &out[n]);
        n++;
    }
    if (out)
        qsort(out, n < max ? n : max, sizeof *out, cmp_addr);
    return n;
}
