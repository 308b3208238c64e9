/*
 * pymalloc.c — CPython 3.11's obmalloc, simulated over numbers.
 *
 * The layers, as in obmalloc.c:
 *
 *   request ≤ threshold ──▶ size class c ──▶ usedpools[c] ──▶ pool ──▶ block
 *   request 0 or larger ──▶ raw chunk (libc malloc in CPython)
 *
 *   arena (1 MiB, mmap'ed)   = pool slots of 16 KiB, carved in address order
 *   pool                     = 48-byte header + blocks of one size class
 *
 * Life cycle of a pool (obmalloc.c's comment, state by state):
 *
 *   UNCARVED ──carve──▶ USED ──last block taken──▶ FULL
 *                        ▲ │◀──────first free──────┘   (relinked at the front)
 *                        │ └──last block freed──▶ EMPTY (front of the arena's
 *                        └──────reused by any class───┘   LIFO freepools list)
 *
 * Arenas: usable_arenas holds the arenas with a free pool, sorted by
 * nfreepools ascending (new pools come from the fullest), nfp2lasta[k] is
 * the rightmost arena with k free pools.  A wholly free arena is unmapped
 * unless it is the last of usable_arenas.
 *
 * A script's first statement does not find the heap empty: python3's
 * start-up left each class a ring of partly used pools, which
 * pymalloc_startup_pools makes with blocks that stay in use.
 *
 * Simulated memory: a block is (pool id, block index).  A pool keeps, per
 * block, the free-chain link that CPython writes into the free block itself,
 * plus the requested size and script line (what tracemalloc would record).
 * Addresses are computed, never stored: arena slot j lives at
 * profile.arena_base + j·stride, so ids and pictures are identical on every
 * run.
 *
 * Invariants (checked by pymalloc_check):
 *   1. an arena slot is either mapped (address ≠ 0) or on the unused list,
 *      never both; mapped arenas have nfreepools = empty pools on its
 *      freepools list + never-carved pools;
 *   2. usable_arenas is exactly the mapped arenas with nfreepools > 0, sorted
 *      by nfreepools ascending, doubly linked consistently; nfp2lasta[k] is
 *      its rightmost arena with k free pools, or NONE;
 *   3. every carved pool is in exactly one state: USED (on usedpools[szidx],
 *      0 < count < nblocks, chain not empty), FULL (on no list, count =
 *      nblocks = nextblock, chain empty) or EMPTY (on its arena's freepools,
 *      count = 0); pools past pool_next are UNCARVED;
 *   4. in a carved pool, blocks below nextblock are either in use (link =
 *      INUSE) or on the free chain exactly once, count + chain = nextblock;
 *   5. allocated_blocks = Σ pool counts; the raw totals match the raw table;
 *      a raw block's chunk is always pymalloc_raw_chunk(its nbytes);
 *   6. arenas × arena size = allocated + available + unused pools + pool
 *      headers + quantization + alignment (the _debugmallocstats identity).
 */
#include "pymalloc.h"

#include "buf.h"
#include "hv.h"
#include "map.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE UINT32_MAX     /* no pool, no arena */
#define NIL 0xffffu         /* end of a free chain */
#define INUSE 0xfffeu       /* the link of a block in use */
#define INITIAL_ARENA_OBJECTS 16
#define RAW_HEADER 16       /* glibc: user pointer = chunk + 16 */
#define MAX_REQUEST ((uint64_t)1 << 40)

typedef struct blockrec {
    uint16_t link;          /* next block on the free chain, NIL, or INUSE */
    uint16_t nbytes;        /* requested size while in use */
    uint32_t site;          /* script line of the allocation */
} blockrec;

typedef struct pool {
    uint32_t count;         /* blocks in use (CPython's ref.count) */
    uint16_t freeblock;     /* head of the free chain, NIL when empty */
    uint16_t nextblock;     /* first never-linked block (nextoffset) */
    uint16_t nblocks;       /* blocks of its class in one pool (NUMBLOCKS) */
    uint16_t blockcap;      /* entries allocated in blocks[] */
    uint8_t szidx;          /* size class, SZIDX_DUMMY when never carved */
    uint8_t state;          /* enum pool_state */
    uint32_t nextpool;      /* usedpools link, or the freepools link */
    uint32_t prevpool;      /* usedpools link */
    blockrec *blocks;       /* per block; allocated on first carving */
} pool;

typedef struct arena {
    uint64_t address;       /* base address, 0 when no arena is mapped */
    uint32_t pool_next;     /* pools carved so far (pool_address) */
    uint32_t nfreepools;    /* empty + never-carved pools */
    uint32_t ntotalpools;   /* pools it holds */
    uint32_t freepools;     /* LIFO list of empty pools (pool ids) */
    uint32_t nextarena;     /* usable_arenas or unused list link */
    uint32_t prevarena;     /* usable_arenas link */
    uint8_t ever_mapped;    /* the radix tree keeps nodes once made */
} arena;

typedef struct rawrec {
    uint64_t addr;          /* user address; 0 when the record is free */
    uint64_t nbytes;        /* requested size */
    uint64_t chunk;         /* chunk size: header + data, 16-aligned */
    uint32_t site;          /* script line */
} rawrec;

typedef struct rawbin {
    uint64_t *addrs;        /* freed chunks of one size, LIFO */
    size_t n, cap;
} rawbin;

struct pymalloc {
    const profile *prof;
    hv_emit_fn emit;        /* may be NULL */
    void *ud;
    hv_ring *ring;          /* emit's ring (events built in place), or NULL */
    hv_event scratch;       /* event_begin's slot without a ring */
    uint32_t site;          /* current script line */
    uint64_t limit;         /* simulated bytes allowed; 0 = none */
    /* geometry, derived once from the profile */
    unsigned nclasses, slots, pools_per_arena, shift, pool_bits, overhead;
    unsigned slot_bits;     /* log2(slots): pool id = arena slot << slot_bits | pool index */
    unsigned stride_bits;   /* log2 of the distance between two arena slots */
    uint64_t first_pool0;   /* arena slot 0's first pool; slot j's is j strides on */
    uint32_t pool_size, arena_size, threshold;
    uint16_t nblocks[256];  /* NUMBLOCKS per class */
    uint32_t recip[256];    /* ceil(2^32 / block size) per class, or 0: see block_index */
    /* arenas and pools */
    arena *arenas;
    uint32_t maxarenas;
    uint32_t unused_arenas; /* unused_arena_objects */
    uint32_t usable_arenas;
    uint32_t *nfp2lasta;    /* [slots + 1] */
    pool *pools;            /* [maxarenas × slots] */
    uint32_t usedpools[256];/* first pool of each class, NONE */
    uint64_t narenas_current, narenas_total, narenas_highwater;
    uint64_t allocated_blocks;
    /* raw blocks */
    map raw;                /* address → record index */
    rawrec *rawrecs;
    size_t nrawrecs, rawreccap;
    uint32_t rawfree;       /* free record list through .site */
    map rawbins;            /* chunk size → bin index */
    rawbin *bins;
    size_t nbins, bincap;
    uint64_t raw_top;       /* next never-used raw address */
    uint64_t raw_bytes, raw_count;
};

#ifdef HV_DEBUG
static int check_pool(const pymalloc *pm, uint32_t pid, buf *why);
/* --enable-debug: the pool an operation touched still satisfies invariants
 * 3 and 4 (the whole heap is checked by pymalloc_check). */
static void debug_check_pool(const pymalloc *pm, uint32_t pid)
{
    buf why = BUF_INIT;
    if (pm->pools[pid].state != POOL_UNCARVED && check_pool(pm, pid, &why)) {
        fprintf(stderr, "heapviz: pymalloc invariant broken: %s\n", buf_str(&why));
        abort();
    }
    buf_free(&why);
}
#define DEBUG_CHECK_POOL(pm, pid) debug_check_pool(pm, pid)
#else
#define DEBUG_CHECK_POOL(pm, pid) ((void)0)
#endif

/* ---- events ------------------------------------------------------------- */

static uint64_t pool_addr(const pymalloc *pm, uint32_t pid);

/* The slot of an event built in place (every emit_* below) and
 * its commit: event.h's pair, with pymalloc's ring, scratch and sink. */
static inline hv_event *event_begin(pymalloc *pm)
{
    return hv_event_begin(pm->ring, &pm->scratch);
}

static inline void event_commit(pymalloc *pm, hv_event *ev, unsigned kind, uint64_t addr)
{
    hv_event_commit(pm->ring, ev, kind, addr, pm->emit, pm->ud);
}

static void emit_arena(pymalloc *pm, unsigned kind, uint32_t slot)
{
    if (!pm->emit)
        return;
    uint64_t addr = pm->arenas[slot].address;
    uint32_t npools = pm->arenas[slot].ntotalpools;
    hv_event *ev = event_begin(pm);
    *ev = (hv_event){.kind = (uint8_t)kind, .site = pm->site,
                     .u.arena = {.addr = addr, .slot = slot, .npools = npools}};
    event_commit(pm, ev, kind, addr);
}

static void emit_pool_init(pymalloc *pm, uint32_t pid, unsigned szidx, unsigned old_szidx)
{
    if (!pm->emit)
        return;
    uint64_t addr = pool_addr(pm, pid);
    hv_event *ev = event_begin(pm);
    *ev = (hv_event){.kind = EV_POOL_INIT, .site = pm->site,
                     .u.pool = {.addr = addr, .szidx = (uint8_t)szidx, .old_szidx = (uint8_t)old_szidx}};
    event_commit(pm, ev, EV_POOL_INIT, addr);
}

static void emit_pool_state(pymalloc *pm, uint32_t pid, unsigned from, unsigned to)
{
    if (!pm->emit)
        return;
    hv_event *ev = event_begin(pm);
    *ev = (hv_event){.kind = EV_POOL_STATE, .site = pm->site,
                     .u.pool = {.addr = pool_addr(pm, pid), .szidx = pm->pools[pid].szidx,
                                .from = (uint8_t)from, .to = (uint8_t)to}};
    event_commit(pm, ev, EV_POOL_STATE, ev->u.pool.addr);
}

static inline void emit_block(pymalloc *pm, unsigned kind, uint64_t addr, unsigned szidx,
                              uint64_t nbytes, uint64_t old_nbytes, uint32_t old_site, int virgin)
{
    if (!pm->emit)
        return;
    hv_event *ev = event_begin(pm);
    *ev = (hv_event){.kind = (uint8_t)kind, .site = pm->site,
                     .u.block = {.addr = addr, .nbytes = nbytes, .old_nbytes = old_nbytes,
                                 .old_site = old_site, .szidx = (uint8_t)szidx,
                                 .virgin = (uint8_t)virgin}};
    event_commit(pm, ev, kind, addr);
}

/* ---- addresses ---------------------------------------------------------- */

static uint64_t pool_addr(const pymalloc *pm, uint32_t pid)
{
    return pm->first_pool0 + ((uint64_t)(pid >> pm->slot_bits) << pm->stride_bits) +
           ((uint64_t)(pid & (pm->slots - 1)) << pm->pool_bits);
}

static uint64_t block_addr(const pymalloc *pm, uint32_t pid, unsigned i)
{
    const pool *p = &pm->pools[pid];
    return pool_addr(pm, pid) + pm->overhead + (uint64_t)i * profile_class_size(pm->prof, p->szidx);
}

/* The carved pool holding addr, or NONE.  *offset gets addr's offset in it.
 * profile_locate's arithmetic on the geometry cached in pm (this runs for
 * every free): counted from slot 0's first pool, the bits above
 * stride_bits are the slot and the pool index comes next; an address in
 * the gap before a misaligned arena's first pool lands past
 * pools_per_arena of the slot before it. */
static inline uint32_t pool_of(const pymalloc *pm, uint64_t addr, uint64_t *offset)
{
    if (addr < pm->first_pool0)
        return NONE;
    uint64_t rel = addr - pm->first_pool0, slot = rel >> pm->stride_bits;
    uint64_t k = (rel & (((uint64_t)1 << pm->stride_bits) - 1)) >> pm->pool_bits;
    if (slot >= pm->maxarenas || k >= pm->pools_per_arena || !pm->arenas[slot].address ||
        k >= pm->arenas[slot].pool_next)
        return NONE;
    *offset = rel & (pm->pool_size - 1);
    return (uint32_t)slot * pm->slots + (uint32_t)k;
}

/* The block index of addr in pool pid, or -1 if addr is not a block start
 * below the high-water mark. */
static inline int block_index(const pymalloc *pm, uint32_t pid, uint64_t offset)
{
    const pool *p = &pm->pools[pid];
    if (p->szidx == SZIDX_DUMMY || offset < pm->overhead)
        return -1;
    /* rel / size as a multiplication by the rounded-up reciprocal: exact
     * while rel × size < 2^32 (the error, below rel / 2^32, stays under
     * 1 / size), which pymalloc_new checks for the largest pool and block */
    uint32_t size = profile_class_size(pm->prof, p->szidx), rel = (uint32_t)(offset - pm->overhead);
    uint32_t r = pm->recip[p->szidx];
    uint32_t i = r ? (uint32_t)(((uint64_t)rel * r) >> 32) : rel / size;
    if (rel != i * size || i >= p->nextblock)
        return -1;
    return (int)i;
}

/* ---- construction ------------------------------------------------------- */

pymalloc *pymalloc_new(const profile *prof, uint64_t limit, hv_emit_fn emit_fn, void *ud)
{
    pymalloc *pm = hv_calloc(1, sizeof *pm);
    pm->prof = prof;
    pm->emit = emit_fn;
    pm->ud = ud;
    pm->limit = limit;
    pm->nclasses = profile_nclasses(prof);
    pm->slots = profile_arena_slots(prof);
    pm->slot_bits = prof->arena_bits - prof->pool_bits;   /* slots is 1 << slot_bits */
    pm->pools_per_arena = profile_pools_per_arena(prof);
    pm->shift = prof->alignment_shift;
    pm->pool_bits = prof->pool_bits;
    pm->overhead = prof->pool_overhead;
    pm->pool_size = profile_pool_size(prof);
    pm->arena_size = profile_arena_size(prof);
    pm->stride_bits = prof->arena_bits + prof->arena_misaligned;
    pm->first_pool0 = profile_first_pool(prof, 0);
    assert(profile_first_pool(prof, 1) == pm->first_pool0 + profile_arena_stride(prof));
    pm->threshold = prof->small_threshold;
    int exact = (uint64_t)pm->pool_size * profile_class_size(prof, pm->nclasses - 1) < ((uint64_t)1 << 32);
    for (unsigned c = 0; c < pm->nclasses; c++) {
        pm->nblocks[c] = (uint16_t)profile_blocks_per_pool(prof, c);
        pm->usedpools[c] = NONE;
        uint64_t size = profile_class_size(prof, c);
        pm->recip[c] = exact ? (uint32_t)((((uint64_t)1 << 32) + size - 1) / size) : 0;
    }
    pm->unused_arenas = pm->usable_arenas = NONE;
    pm->nfp2lasta = hv_malloc((pm->slots + 1) * sizeof *pm->nfp2lasta);
    for (unsigned k = 0; k <= pm->slots; k++)
        pm->nfp2lasta[k] = NONE;
    pm->rawfree = NONE;
    pm->raw_top = prof->raw_base;
    return pm;
}

void pymalloc_delete(pymalloc *pm)
{
    if (!pm)
        return;
    for (size_t i = 0; i < (size_t)pm->maxarenas * pm->slots; i++)
        free(pm->pools[i].blocks);
    for (size_t i = 0; i < pm->nbins; i++)
        free(pm->bins[i].addrs);
    free(pm->bins);
    free(pm->pools);
    free(pm->arenas);
    free(pm->nfp2lasta);
    free(pm->rawrecs);
    map_free(&pm->raw);
    map_free(&pm->rawbins);
    free(pm);
}

const profile *pymalloc_profile(const pymalloc *pm)
{
    return pm->prof;
}

void pymalloc_set_emit(pymalloc *pm, hv_emit_fn fn, void *ud, hv_ring *ring)
{
    pm->emit = fn;
    pm->ud = ud;
    pm->ring = fn ? ring : NULL;
}

void pymalloc_set_site(pymalloc *pm, uint32_t site)
{
    pm->site = site;
}

uint64_t pymalloc_footprint(const pymalloc *pm)
{
    return pm->narenas_current * pm->arena_size + pm->raw_bytes;
}

static int over_limit(const pymalloc *pm, uint64_t more)
{
    return pm->limit && pymalloc_footprint(pm) + more > pm->limit;
}

/* ---- arenas ------------------------------------------------------------- */

/* Grows the arena vector as CPython does: 16 objects, then doubling; the
 * new objects go on the unused list in ascending order. */
static void grow_arenas(pymalloc *pm)
{
    uint32_t old = pm->maxarenas, n = old ? old * 2 : INITIAL_ARENA_OBJECTS;
    pm->arenas = hv_realloc(pm->arenas, n * sizeof *pm->arenas);
    pm->pools = hv_realloc(pm->pools, (size_t)n * pm->slots * sizeof *pm->pools);
    memset(pm->pools + (size_t)old * pm->slots, 0, (size_t)(n - old) * pm->slots * sizeof *pm->pools);
    for (uint32_t i = old; i < n; i++)
        pm->arenas[i] = (arena){.nextarena = i + 1 < n ? i + 1 : NONE, .prevarena = NONE,
                                .freepools = NONE};
    pm->unused_arenas = old;
    pm->maxarenas = n;
}

/* new_arena(): maps an arena from the unused list; NONE past the limit. */
static uint32_t new_arena(pymalloc *pm)
{
    if (pm->unused_arenas == NONE)
        grow_arenas(pm);
    if (over_limit(pm, pm->arena_size))
        return NONE;
    uint32_t slot = pm->unused_arenas;
    arena *a = &pm->arenas[slot];
    pm->unused_arenas = a->nextarena;
    a->address = profile_arena_addr(pm->prof, slot);
    a->freepools = NONE;
    a->pool_next = 0;
    a->nfreepools = a->ntotalpools = pm->pools_per_arena;
    a->ever_mapped = 1;
    for (unsigned k = 0; k < pm->slots; k++) {   /* fresh mmap: no pools */
        pool *p = &pm->pools[slot * pm->slots + k];
        p->state = POOL_UNCARVED;
        p->szidx = SZIDX_DUMMY;
        p->count = 0;
    }
    pm->narenas_current++;
    pm->narenas_total++;
    if (pm->narenas_current > pm->narenas_highwater)
        pm->narenas_highwater = pm->narenas_current;
    emit_arena(pm, EV_ARENA_NEW, slot);
    return slot;
}

static void unlink_usable(pymalloc *pm, uint32_t slot)
{
    arena *a = &pm->arenas[slot];
    if (a->prevarena == NONE)
        pm->usable_arenas = a->nextarena;
    else
        pm->arenas[a->prevarena].nextarena = a->nextarena;
    if (a->nextarena != NONE)
        pm->arenas[a->nextarena].prevarena = a->prevarena;
}

/* Case 1 of insert_to_freepool: the arena is wholly free and not the last
 * usable one: unmap it. */
static void release_arena(pymalloc *pm, uint32_t slot)
{
    arena *a = &pm->arenas[slot];
    unlink_usable(pm, slot);
    emit_arena(pm, EV_ARENA_FREE, slot);
    a->nextarena = pm->unused_arenas;
    a->prevarena = NONE;
    pm->unused_arenas = slot;
    a->address = 0;
    pm->narenas_current--;
}

/* Arena bookkeeping after one more of its pools became empty (obmalloc's
 * insert_to_freepool, cases 1 to 4). */
static void arena_gained_pool(pymalloc *pm, uint32_t slot)
{
    arena *a = &pm->arenas[slot];
    uint32_t nf = a->nfreepools, lastnf = pm->nfp2lasta[nf];
    if (lastnf == slot) {       /* it was the rightmost with nf: pass it left */
        uint32_t p = a->prevarena;
        pm->nfp2lasta[nf] = p != NONE && pm->arenas[p].nfreepools == nf ? p : NONE;
    }
    a->nfreepools = ++nf;
    if (nf == a->ntotalpools && a->nextarena != NONE) {
        release_arena(pm, slot);                        /* case 1 */
        return;
    }
    if (nf == 1) {                                      /* case 2 */
        a->nextarena = pm->usable_arenas;
        a->prevarena = NONE;
        if (pm->usable_arenas != NONE)
            pm->arenas[pm->usable_arenas].prevarena = slot;
        pm->usable_arenas = slot;
        if (pm->nfp2lasta[1] == NONE)
            pm->nfp2lasta[1] = slot;
        return;
    }
    if (pm->nfp2lasta[nf] == NONE)
        pm->nfp2lasta[nf] = slot;
    if (slot == lastnf)                                 /* case 4 */
        return;
    unlink_usable(pm, slot);                            /* case 3: move right */
    a->prevarena = lastnf;
    a->nextarena = pm->arenas[lastnf].nextarena;
    if (a->nextarena != NONE)
        pm->arenas[a->nextarena].prevarena = slot;
    pm->arenas[lastnf].nextarena = slot;
}

/* ---- pools -------------------------------------------------------------- */

static void link_used_front(pymalloc *pm, uint32_t pid)
{
    pool *p = &pm->pools[pid];
    uint32_t first = pm->usedpools[p->szidx];
    p->nextpool = first;
    p->prevpool = NONE;
    if (first != NONE)
        pm->pools[first].prevpool = pid;
    pm->usedpools[p->szidx] = pid;
}

static void unlink_used(pymalloc *pm, uint32_t pid)
{
    pool *p = &pm->pools[pid];
    if (p->prevpool == NONE)
        pm->usedpools[p->szidx] = p->nextpool;
    else
        pm->pools[p->prevpool].nextpool = p->nextpool;
    if (p->nextpool != NONE)
        pm->pools[p->nextpool].prevpool = p->prevpool;
}

/* Carves pool pid for class c: its first block is on the chain, nothing is
 * in use.  (The allocation that follows takes block 0 and links block 1,
 * which is CPython's freshly initialised pool.) */
static void init_pool(pymalloc *pm, uint32_t pid, unsigned c)
{
    pool *p = &pm->pools[pid];
    unsigned old = p->szidx;
    p->szidx = (uint8_t)c;
    p->nblocks = pm->nblocks[c];
    if (p->blockcap < p->nblocks) {
        p->blocks = hv_realloc(p->blocks, p->nblocks * sizeof *p->blocks);
        p->blockcap = p->nblocks;
    }
    p->blocks[0].link = NIL;
    p->freeblock = 0;
    p->nextblock = 1;
    emit_pool_init(pm, pid, c, old);
}

/* allocate_from_new_pool(): a pool for class c from the fullest usable
 * arena (mapping one if needed), linked at the front of usedpools[c].
 * NONE when the simulated heap is exhausted. */
static uint32_t new_pool(pymalloc *pm, unsigned c)
{
    if (pm->usable_arenas == NONE) {
        uint32_t slot = new_arena(pm);
        if (slot == NONE)
            return NONE;
        pm->usable_arenas = slot;
        pm->arenas[slot].nextarena = pm->arenas[slot].prevarena = NONE;
        pm->nfp2lasta[pm->arenas[slot].nfreepools] = slot;
    }
    uint32_t slot = pm->usable_arenas;
    arena *a = &pm->arenas[slot];
    if (pm->nfp2lasta[a->nfreepools] == slot)
        pm->nfp2lasta[a->nfreepools] = NONE;
    if (a->nfreepools > 1)
        pm->nfp2lasta[a->nfreepools - 1] = slot;
    uint32_t pid;
    if (a->freepools != NONE) {
        pid = a->freepools;
        a->freepools = pm->pools[pid].nextpool;
    } else {
        pid = slot * pm->slots + a->pool_next++;
        pm->pools[pid].szidx = SZIDX_DUMMY;
    }
    if (--a->nfreepools == 0) {
        pm->usable_arenas = a->nextarena;
        if (pm->usable_arenas != NONE)
            pm->arenas[pm->usable_arenas].prevarena = NONE;
    }
    pool *p = &pm->pools[pid];
    unsigned from = p->state;
    if (p->szidx != c)
        init_pool(pm, pid, c);
    p->state = POOL_USED;
    link_used_front(pm, pid);
    emit_pool_state(pm, pid, from, POOL_USED);
    return pid;
}

/* Takes the head of pool pid's free chain; extends the chain with a virgin
 * block when it runs dry, or retires the pool as full. */
static uint64_t take_block(pymalloc *pm, uint32_t pid, uint64_t nbytes)
{
    pool *p = &pm->pools[pid];
    unsigned i = p->freeblock;
    blockrec *b = &p->blocks[i];
    p->freeblock = b->link;
    b->link = INUSE;
    b->nbytes = (uint16_t)nbytes;
    b->site = pm->site;
    p->count++;
    pm->allocated_blocks++;
    int extended = 0, full = 0;
    if (p->freeblock == NIL) {
        if (p->nextblock < p->nblocks) {            /* pymalloc_pool_extend */
            p->blocks[p->nextblock].link = NIL;
            p->freeblock = p->nextblock++;
            extended = 1;
        } else {
            unlink_used(pm, pid);
            p->state = POOL_FULL;
            full = 1;
        }
    }
    uint64_t addr = block_addr(pm, pid, i);
    emit_block(pm, EV_BLOCK_ALLOC, addr, p->szidx, nbytes, 0, 0, extended);
    if (full)
        emit_pool_state(pm, pid, POOL_USED, POOL_FULL);
    DEBUG_CHECK_POOL(pm, pid);
    return addr;
}

/* ---- raw blocks (the malloc path) -------------------------------------- */

uint64_t pymalloc_raw_chunk(uint64_t nbytes)
{
    uint64_t c = (nbytes + 8 + 15) & ~(uint64_t)15;
    return c < 32 ? 32 : c;
}

static rawbin *bin_for(pymalloc *pm, uint64_t chunk, int create)
{
    uint64_t i;
    if (map_get(&pm->rawbins, chunk, &i))
        return &pm->bins[i];
    if (!create)
        return NULL;
    hv_grow(&pm->bins, &pm->bincap, pm->nbins + 1, sizeof *pm->bins, 8);
    pm->bins[pm->nbins] = (rawbin){NULL, 0, 0};
    map_put(&pm->rawbins, chunk, pm->nbins);
    return &pm->bins[pm->nbins++];
}

static rawrec *raw_find(const pymalloc *pm, uint64_t addr)
{
    uint64_t i;
    return map_get(&pm->raw, addr, &i) ? &pm->rawrecs[i] : NULL;
}

static uint64_t raw_malloc(pymalloc *pm, uint64_t nbytes)
{
    uint64_t chunk = pymalloc_raw_chunk(nbytes), addr;
    if (nbytes > MAX_REQUEST || over_limit(pm, chunk))
        return 0;
    rawbin *bin = bin_for(pm, chunk, 0);
    if (bin && bin->n) {
        addr = bin->addrs[--bin->n];
    } else {
        addr = pm->raw_top + RAW_HEADER;
        pm->raw_top += chunk;
    }
    uint32_t i;
    if (pm->rawfree != NONE) {
        i = pm->rawfree;
        pm->rawfree = pm->rawrecs[i].site;
    } else {
        hv_grow(&pm->rawrecs, &pm->rawreccap, pm->nrawrecs + 1, sizeof *pm->rawrecs, 16);
        i = (uint32_t)pm->nrawrecs++;
    }
    pm->rawrecs[i] = (rawrec){addr, nbytes, chunk, pm->site};
    map_put(&pm->raw, addr, i);
    pm->raw_bytes += chunk;
    pm->raw_count++;
    emit_block(pm, EV_RAW_ALLOC, addr, 0, nbytes, 0, 0, 0);
    return addr;
}

static int raw_free(pymalloc *pm, uint64_t addr)
{
    uint64_t i;
    if (!map_get(&pm->raw, addr, &i))
        return -1;
    rawrec r = pm->rawrecs[i];
    map_del(&pm->raw, addr);
    pm->rawrecs[i].addr = 0;
    pm->rawrecs[i].site = pm->rawfree;
    pm->rawfree = (uint32_t)i;
    if (addr - RAW_HEADER + r.chunk == pm->raw_top) {
        pm->raw_top -= r.chunk;                  /* merged back into the top */
    } else {
        rawbin *bin = bin_for(pm, r.chunk, 1);
        hv_grow(&bin->addrs, &bin->cap, bin->n + 1, sizeof *bin->addrs, 8);
        bin->addrs[bin->n++] = addr;
    }
    pm->raw_bytes -= r.chunk;
    pm->raw_count--;
    emit_block(pm, EV_RAW_FREE, addr, 0, r.nbytes, r.nbytes, r.site, 0);
    return 0;
}

/* Whether raw_realloc keeps r's chunk where it is for nbytes. */
static int raw_stays(const pymalloc *pm, const rawrec *r, uint64_t nbytes)
{
    uint64_t chunk = pymalloc_raw_chunk(nbytes);
    int at_top = r->addr - RAW_HEADER + r->chunk == pm->raw_top;
    return chunk == r->chunk || (at_top && (chunk < r->chunk || !over_limit(pm, chunk - r->chunk)));
}

/* libc realloc, simplified: the chunk stays where it is when its size does
 * not change or when it is the top chunk (which grows or shrinks in place);
 * otherwise the block moves. */
static uint64_t raw_realloc(pymalloc *pm, uint64_t addr, uint64_t nbytes)
{
    rawrec *r = raw_find(pm, addr);
    uint64_t chunk = pymalloc_raw_chunk(nbytes);
    if (nbytes > MAX_REQUEST)
        return 0;
    if (raw_stays(pm, r, nbytes)) {
        pm->raw_top += chunk - r->chunk;        /* no change unless at the top */
        pm->raw_bytes += chunk - r->chunk;
        r->chunk = chunk;
        uint64_t old = r->nbytes;
        uint32_t old_site = r->site;
        r->nbytes = nbytes;
        r->site = pm->site;
        emit_block(pm, EV_RAW_RESIZE, addr, 0, nbytes, old, old_site, 0);
        return addr;
    }
    uint64_t moved = raw_malloc(pm, nbytes);
    if (moved)
        raw_free(pm, addr);
    return moved;
}

/* ---- the public operations ---------------------------------------------- */

uint64_t pymalloc_malloc(pymalloc *pm, uint64_t nbytes)
{
    if (nbytes == 0 || nbytes > pm->threshold)
        return raw_malloc(pm, nbytes);
    unsigned c = (unsigned)(nbytes - 1) >> pm->shift;
    uint32_t pid = pm->usedpools[c];
    if (pid == NONE && (pid = new_pool(pm, c)) == NONE)
        return raw_malloc(pm, nbytes);       /* CPython falls back to malloc */
    return take_block(pm, pid, nbytes);
}

/* ---- python3's start-up pools ------------------------------------------ */

/* What /usr/bin/python3 (3.11.2) leaves in usedpools when a script's
 * first instruction runs (tests/tools/pymalloc-startup.py, run over
 * tests/py's programs): per class, the ring from its head, each pool as
 * its free chain in the order pymalloc_alloc hands the blocks out (block
 * indexes within the pool, "a-b" a run, downwards when a > b), then "+N",
 * the N never-carved blocks after the last carved one; "|" between pools;
 * "" when usedpools is empty.
 *
 * A chain is LIFO: start-up's frees (site, encodings, the compile and its
 * arena) in reverse, so it zigzags (class 320: block 4, then 3, then 5),
 * and with never-carved blocks it ends at the last carved block.  Only
 * the start of a chain moves with the script: the compile takes the first
 * few blocks of some classes and frees others first, by the script's
 * tokens, constants, name and directory (class 48: its head's chain, 32
 * and 64: where their chains start).  Each row has the free blocks per
 * pool of a small program (class 336: of most programs) and the order
 * most of tests/py's programs with as many show (the tool's --like).
 * The 48-byte class's count is the least typical: most programs'
 * compile leaves it a second, nearly empty pool.  A pool behind the head
 * was full once: it has no never-carved blocks, and a block freed there
 * is not the next one handed out (insert_to_usedpool put the head at the
 * front). */
static const char *const startup_ring[32] = {
    "19 23 25-29+991",                                   /* 16 */
    "451 449 446 444 443 456 455 439 382 459 445 454 453 450 222 461 462+47", /* 32 */
    "294-300 309-320 339 338 334 332 336 337 333 331-321 292 291 274-250 244-229 212-197 138 156 155 218-220 301 303-308 290 289 284 157 182-188 285 286 302 154 126 130 287 180 221 217-214 134 137 140 139 173-179 213+0", /* 48 */
    "40 137 161 43 39 164 170 159 165 167 166 171 176+78", /* 64 */
    "81 83 85+118",                                      /* 80 */
    "10+159",                                            /* 96 */
    "35 37 41 43 45 48 50+94",                           /* 112 */
    "69+0 | 16 15 13 17+109",                            /* 128 */
    "10-12+100",                                         /* 144 */
    "7+0 | 8 31-33+68",                                  /* 160 */
    "14 16 21 20 24 23 19 17 22 25-27+64",               /* 176 */
    "15 12 17 21+63",                                    /* 192 */
    "2 33 34+43",                                        /* 208 */
    "11 17 25 23 22 24 19 26+45",                        /* 224 */
    "18 19+48",                                          /* 240 */
    "25-27+35",                                          /* 256 */
    "22+37",                                             /* 272 */
    "4 9+46",                                            /* 288 */
    "5 6+46",                                            /* 304 */
    "4 3 5+45",                                          /* 320 */
    "0 4 3 5+42",                                        /* 336 */
    "4+41",                                              /* 352 */
    "2 3+40",                                            /* 368 */
    "",                                                  /* 384 */
    "37 38+0",                                           /* 400 */
    "1 2+36",                                            /* 416 */
    "3 4+32",                                            /* 432 */
    "2+33",                                              /* 448 */
    "",                                                  /* 464 */
    "9+24",                                              /* 480 */
    "",                                                  /* 496 */
    "12 13 11 14+16",                                    /* 512 */
};

/* What /usr/bin/python3 leaves in usedpools right after a script's
 * `import tracemalloc` (the same tool with PMS_STOP=mark: stopped at the
 * first call after the import), spelled as startup_ring.  The import
 * keeps about 10,800 blocks (sys.getallocatedblocks: 9,997 before, 20,806
 * after) and frees many more, so its rings hardly depend on what the
 * program did before: the import first, or after 0, 300 or 2,000 objects,
 * leaves the same free blocks per pool in every class from 144 bytes up
 * (but one more or less in three of them) and in most below (the 16- to
 * 128-byte chains start elsewhere: the program's blocks lie among them;
 * after 2,000 objects the 96-byte ring has a pool more).  The rows are
 * an import's after 300 objects (a list, tuple, dict, float or str
 * each).  A head pool left with one free block (96 bytes: "44+0", where
 * start-up's had 160) sends the second of two new blocks to the next
 * pool, and freeing the first puts its pool back at the front: the next
 * block is the first's (seed 36900080; tests/py/1450, 1451). */
static const char *const import_ring[32] = {
    "46 44 42 49 47 43 48 50+970",                       /* 16 */
    "439 455+0 | 161 162+347",                           /* 32 */
    "236 214+0 | 195 196 199 198 200+139",               /* 48 */
    "150 148 151 153 152+0 | 125+0 | 208 209+45",        /* 64 */
    "94 95+0 | 57 56 58+145",                            /* 80 */
    "44+0 | 139 94 92 109 110 112 113 115 137 141+28",   /* 96 */
    "141+3",                                             /* 112 */
    "16+110",                                            /* 128 */
    "25 26 84 100 102 104+8",                            /* 144 */
    "8 31 35+0 | 70+31",                                 /* 160 */
    "14 75 76 78 80 82+9",                               /* 176 */
    "17 58 62 65 66+18",                                 /* 192 */
    "44+0 | 62 57+0 | 4-6+71",                           /* 208 */
    "26 34+0 | 5 6 8-10+61",                             /* 224 */
    "29 32+0 | 17 22 16 26 34-37 39+28",                 /* 240 */
    "26 30 36+0 | 58+0 | 9 10 12 15 18+44",              /* 256 */
    "29 23 26 28+0 | 8 18 14 19 20 23 25 26 31+28",      /* 272 */
    "4 12+0 | 26 27 30 33 37+18",                        /* 288 */
    "7 8+0 | 0 3-5 10+42",                               /* 304 */
    "38 39 47+0",                                        /* 320 */
    "31 38+9",                                           /* 336 */
    "23 26-29+16",                                       /* 352 */
    "31+12",                                             /* 368 */
    "21 23 25 28+13",                                    /* 384 */
    "21 23 24+15",                                       /* 400 */
    "24 34+4",                                           /* 416 */
    "15 13 18+18",                                       /* 432 */
    "21 22+13",                                          /* 448 */
    "21 24 25+9",                                        /* 464 */
    "16 17+16",                                          /* 480 */
    "14 17+14",                                          /* 496 */
    "23 25 27+3",                                        /* 512 */
};

#define STARTUP_POOLS 4         /* the longest ring startup_ring spells */

typedef struct startup_pool {
    uint16_t *chain;            /* free blocks in hand-out order */
    unsigned nchain;
    unsigned tail;              /* never-carved blocks after them */
} startup_pool;

/* Reads one pool of a startup_ring row at *s into sp (sp->chain has room
 * for nblocks), and moves *s past it and its '|'.  -1 when the row does
 * not fit a pool of nblocks. */
static int startup_parse(const char **s, startup_pool *sp, unsigned nblocks)
{
    const char *p = *s;
    char *end;
    sp->nchain = 0;
    while (*(p += strspn(p, " ")) != '+') {
        unsigned long a = strtoul(p, &end, 10), b = a;
        if (end == p)
            return -1;
        if (*end == '-')
            b = strtoul(end + 1, &end, 10);
        for (unsigned long i = a;; i = a < b ? i + 1 : i - 1) {
            if (i >= nblocks || sp->nchain == nblocks)
                return -1;
            sp->chain[sp->nchain++] = (uint16_t)i;
            if (i == b)
                break;
        }
        p = end;
    }
    sp->tail = (unsigned)strtoul(p + 1, &end, 10);
    if (end == p + 1 || sp->tail + sp->nchain > nblocks)
        return -1;
    p = end + strspn(end, " ");
    *s = p + (*p == '|');
    return 0;
}

/* Takes start-up blocks of class c from pool pid (NONE: from a new one)
 * until every block below carved is in use but the last, which is free
 * and carved (carved = nblocks: until the pool is full).  The pool, or
 * NONE when the simulated heap is exhausted. */
static uint32_t startup_take(pymalloc *pm, unsigned c, uint32_t pid, unsigned carved)
{
    uint64_t size = profile_class_size(pm->prof, c), offset;
    for (;;) {
        if (pid != NONE) {
            const pool *p = &pm->pools[pid];
            if (p->count == p->nblocks ||
                (carved < p->nblocks && p->nextblock >= carved && p->count + 1 == p->nextblock))
                return pid;
        }
        uint64_t a = pymalloc_malloc(pm, size);
        if (!a)
            return NONE;
        pid = pool_of(pm, a, &offset);
    }
}

/* Gives back pool pid's blocks that sp's chain names, the last first, so
 * that pymalloc_alloc hands them out in the chain's order; a block still
 * free (the last carved one) stays as it is.  A block that heapviz's own
 * start-up holds (own[i]) is stood in for by the lowest start-up block
 * that the chain does not name. */
static void startup_give_back(pymalloc *pm, uint32_t pid, const startup_pool *sp,
                              const uint8_t *own, uint8_t *named)
{
    pool *p = &pm->pools[pid];
    memset(named, 0, p->nblocks);
    for (unsigned i = 0; i < sp->nchain; i++)
        named[sp->chain[i]] = 1;
    for (unsigned i = sp->nchain; i-- > 0;) {
        unsigned b = sp->chain[i];
        if (b < p->nextblock && p->blocks[b].link != INUSE)
            continue;
        if (b >= p->nextblock || own[b])
            for (b = 0; b < p->nextblock; b++)
                if (p->blocks[b].link == INUSE && !own[b] && !named[b])
                    break;
        if (b == p->nextblock)
            continue;
        named[b] = 1;
        pymalloc_free(pm, block_addr(pm, pid, b));
    }
}

/* One class: its ring made as `row` (a startup_ring row) spells it.  Every pool but
 * the last is filled up and a new one opened; the last is taken down to
 * its never-carved blocks; then each pool's chain is given back, the last
 * pool's first, so that each pool that was full goes to the front of
 * usedpools (insert_to_usedpool) and the ring ends in its order.  A class
 * with no ring in python3 has its pool (heapviz's own objects) filled up. */
static int startup_class(pymalloc *pm, unsigned c, const char *row)
{
    unsigned nblocks = pm->nblocks[c], n = 0;
    startup_pool sp[STARTUP_POOLS];
    uint32_t pids[STARTUP_POOLS];
    uint16_t *chains = hv_malloc((size_t)STARTUP_POOLS * nblocks * sizeof *chains);
    uint8_t *own = hv_calloc(3 * (size_t)nblocks, 1);  /* pool 0's, none, named */
    int rc = 0;
    for (const char *s = row; *s && rc == 0; n++) {
        if (n == STARTUP_POOLS)
            return free(chains), free(own), -1;
        sp[n].chain = chains + (size_t)n * nblocks;
        rc = startup_parse(&s, &sp[n], nblocks);
    }
    uint32_t pid = pm->usedpools[c];
    if (pid != NONE)
        for (unsigned i = 0; i < pm->pools[pid].nextblock; i++)
            own[i] = pm->pools[pid].blocks[i].link == INUSE;
    for (unsigned k = 0; rc == 0 && k < (n ? n : pid != NONE); k++) {
        unsigned carved = n && k == n - 1 ? nblocks - sp[k].tail : nblocks;
        pids[k] = startup_take(pm, c, k ? NONE : pid, carved);
        rc = pids[k] == NONE ? -1 : 0;
    }
    for (unsigned k = n; rc == 0 && k-- > 0;)
        startup_give_back(pm, pids[k], &sp[k], own + (k ? nblocks : 0), own + 2 * (size_t)nblocks);
    free(chains);
    free(own);
    return rc;
}

void pymalloc_startup_pools(pymalloc *pm)
{
    if (strcmp(pm->prof->name, "cpython-3.11") != 0 || pm->nclasses != HV_COUNTOF(startup_ring))
        return;
    uint32_t site = pm->site;
    pm->site = 0;
    for (unsigned c = 0; c < pm->nclasses; c++)
        if (startup_class(pm, c, startup_ring[c]))
            break;
    pm->site = site;
}

/* Takes blocks of class c until no pool of the class has a free one
 * (usedpools empty): the import's objects filling what the program left.
 * 0, or -1 when the simulated heap is exhausted. */
static int import_fill(pymalloc *pm, unsigned c)
{
    uint64_t size = profile_class_size(pm->prof, c);
    while (pm->usedpools[c] != NONE)
        if (!pymalloc_malloc(pm, size))
            return -1;
    return 0;
}

int pymalloc_import_pools(pymalloc *pm)
{
    if (strcmp(pm->prof->name, "cpython-3.11") != 0 || pm->nclasses != HV_COUNTOF(import_ring))
        return 0;
    uint32_t site = pm->site;
    int rc = 0;
    pm->site = 0;
    for (unsigned c = 0; rc == 0 && c < pm->nclasses; c++)
        rc = import_fill(pm, c) || startup_class(pm, c, import_ring[c]) ? -1 : 0;
    pm->site = site;
    return rc;
}

/* insert_to_freepool: pool pid just became empty. */
static void pool_emptied(pymalloc *pm, uint32_t pid)
{
    pool *p = &pm->pools[pid];
    uint32_t slot = pid / pm->slots;
    unlink_used(pm, pid);
    p->state = POOL_EMPTY;
    p->nextpool = pm->arenas[slot].freepools;
    pm->arenas[slot].freepools = pid;
    emit_pool_state(pm, pid, POOL_USED, POOL_EMPTY);
    arena_gained_pool(pm, slot);
}

int pymalloc_free(pymalloc *pm, uint64_t addr)
{
    uint64_t offset;
    if (!addr)
        return 0;
    uint32_t pid = pool_of(pm, addr, &offset);
    if (pid == NONE)
        return raw_free(pm, addr);
    int i = block_index(pm, pid, offset);
    pool *p = &pm->pools[pid];
    if (i < 0 || p->blocks[i].link != INUSE)
        return -1;
    blockrec *b = &p->blocks[i];
    uint16_t last = p->freeblock;
    b->link = last;
    p->freeblock = (uint16_t)i;
    p->count--;
    pm->allocated_blocks--;
    emit_block(pm, EV_BLOCK_FREE, addr, p->szidx, b->nbytes, b->nbytes, b->site, 0);
    if (last == NIL) {                  /* was full: front of usedpools */
        p->state = POOL_USED;
        link_used_front(pm, pid);
        emit_pool_state(pm, pid, POOL_FULL, POOL_USED);
    } else if (p->count == 0) {
        pool_emptied(pm, pid);
    }
    DEBUG_CHECK_POOL(pm, pid);
    return 0;
}

/* pymalloc_realloc's rule for a pool block of class szidx: it stays when
 * nbytes still fits and shrinks it by less than a quarter. */
static int pool_stays(const pymalloc *pm, unsigned szidx, uint64_t nbytes)
{
    uint64_t size = profile_class_size(pm->prof, szidx);
    return nbytes <= size && 4 * nbytes > 3 * size;
}

int pymalloc_realloc_stays(const pymalloc *pm, uint64_t addr, uint64_t nbytes)
{
    uint64_t offset;
    uint32_t pid = pool_of(pm, addr, &offset);
    if (pid == NONE) {
        const rawrec *r = raw_find(pm, addr);
        return r && nbytes <= MAX_REQUEST && raw_stays(pm, r, nbytes);
    }
    int i = block_index(pm, pid, offset);
    const pool *p = &pm->pools[pid];
    return i >= 0 && p->blocks[i].link == INUSE && pool_stays(pm, p->szidx, nbytes);
}

uint64_t pymalloc_realloc(pymalloc *pm, uint64_t addr, uint64_t nbytes)
{
    uint64_t offset;
    if (!addr)
        return pymalloc_malloc(pm, nbytes);
    uint32_t pid = pool_of(pm, addr, &offset);
    if (pid == NONE)
        return raw_find(pm, addr) ? raw_realloc(pm, addr, nbytes) : 0;
    int i = block_index(pm, pid, offset);
    pool *p = &pm->pools[pid];
    if (i < 0 || p->blocks[i].link != INUSE)
        return 0;
    if (pool_stays(pm, p->szidx, nbytes)) {
        blockrec *b = &p->blocks[i];
        uint64_t old = b->nbytes;
        uint32_t old_site = b->site;
        b->nbytes = (uint16_t)nbytes;
        b->site = pm->site;
        emit_block(pm, EV_BLOCK_RESIZE, addr, p->szidx, nbytes, old, old_site, 0);
        return addr;
    }
    uint64_t moved = pymalloc_malloc(pm, nbytes);
    if (moved)
        pymalloc_free(pm, addr);
    return moved;
}

/* ---- introspection ------------------------------------------------------ */

int pymalloc_block_info(const pymalloc *pm, uint64_t addr, pymalloc_block *out)
{
    pymalloc_block b = {.addr = addr};
    uint64_t offset;
    uint32_t pid = pool_of(pm, addr, &offset);
    if (pid == NONE) {
        const rawrec *r = raw_find(pm, addr);
        if (!r)
            return -1;
        b.state = BLOCK_RAW;
        b.size = r->chunk;
        b.nbytes = r->nbytes;
        b.site = r->site;
    } else {
        const pool *p = &pm->pools[pid];
        if (p->szidx == SZIDX_DUMMY || offset < pm->overhead)
            return -1;
        uint64_t size = profile_class_size(pm->prof, p->szidx), rel = offset - pm->overhead;
        if (rel % size || rel / size >= p->nblocks)
            return -1;
        unsigned i = (unsigned)(rel / size);
        b.pool = pool_addr(pm, pid);
        b.szidx = p->szidx;
        b.size = size;
        if (i >= p->nextblock)
            b.state = BLOCK_VIRGIN;
        else if (p->blocks[i].link == INUSE) {
            b.state = BLOCK_USED;
            b.nbytes = p->blocks[i].nbytes;
            b.site = p->blocks[i].site;
        } else
            b.state = BLOCK_FREE;
    }
    if (out)
        *out = b;
    return 0;
}

int pymalloc_pool_info(const pymalloc *pm, uint64_t addr, pymalloc_pool *out)
{
    uint32_t slot, k, offset;
    if (profile_locate(pm->prof, addr, &slot, &k, &offset) || offset || slot >= pm->maxarenas ||
        !pm->arenas[slot].address || k >= pm->arenas[slot].ntotalpools)
        return -1;
    const pool *p = &pm->pools[slot * pm->slots + k];
    int carved = k < pm->arenas[slot].pool_next;
    *out = (pymalloc_pool){
        .addr = addr, .arena = (unsigned)slot,
        .state = carved ? p->state : POOL_UNCARVED,
        .szidx = carved ? p->szidx : SZIDX_DUMMY,
        .count = carved ? p->count : 0,
        .nblocks = carved && p->szidx != SZIDX_DUMMY ? p->nblocks : 0,
        .nextblock = carved && p->szidx != SZIDX_DUMMY ? p->nextblock : 0,
    };
    return 0;
}

int pymalloc_arena_info(const pymalloc *pm, unsigned slot, pymalloc_arena *out)
{
    if (slot >= pm->maxarenas)
        return -1;
    const arena *a = &pm->arenas[slot];
    *out = (pymalloc_arena){.addr = a->address, .slot = slot};
    if (a->address) {
        out->npools = a->ntotalpools;
        out->nfreepools = a->nfreepools;
        out->ncarved = a->pool_next;
        out->first_pool = profile_first_pool(pm->prof, slot);
    }
    return 0;
}

unsigned pymalloc_arena_slots(const pymalloc *pm)
{
    return pm->maxarenas;
}

uint64_t pymalloc_block_addr(const pymalloc *pm, uint64_t pool_address, unsigned szidx, unsigned i)
{
    return pool_address + pm->overhead + (uint64_t)i * profile_class_size(pm->prof, szidx);
}

size_t pymalloc_free_chain(const pymalloc *pm, uint64_t pool_address, uint64_t *out, size_t max)
{
    uint64_t offset;
    uint32_t pid = pool_of(pm, pool_address, &offset);
    if (pid == NONE || offset != 0 || pm->pools[pid].szidx == SZIDX_DUMMY)
        return 0;
    const pool *p = &pm->pools[pid];
    size_t n = 0;
    for (unsigned i = p->freeblock; i != NIL && n <= p->nblocks; i = p->blocks[i].link, n++)
        if (n < max)
            out[n] = block_addr(pm, pid, i);
    return n;
}

size_t pymalloc_used_pools(const pymalloc *pm, unsigned szidx, uint64_t *out, size_t max)
{
    size_t n = 0;
    if (szidx >= pm->nclasses)
        return 0;
    for (uint32_t pid = pm->usedpools[szidx]; pid != NONE; pid = pm->pools[pid].nextpool, n++)
        if (n < max)
            out[n] = pool_addr(pm, pid);
    return n;
}

size_t pymalloc_free_pools(const pymalloc *pm, unsigned slot, uint64_t *out, size_t max)
{
    size_t n = 0;
    if (slot >= pm->maxarenas || !pm->arenas[slot].address)
        return 0;
    for (uint32_t pid = pm->arenas[slot].freepools; pid != NONE; pid = pm->pools[pid].nextpool, n++)
        if (n < max)
            out[n] = pool_addr(pm, pid);
    return n;
}

size_t pymalloc_usable_arenas(const pymalloc *pm, unsigned *out, size_t max)
{
    size_t n = 0;
    for (uint32_t s = pm->usable_arenas; s != NONE; s = pm->arenas[s].nextarena, n++)
        if (n < max)
            out[n] = s;
    return n;
}

static int cmp_block_addr(const void *a, const void *b)
{
    uint64_t x = ((const pymalloc_block *)a)->addr, y = ((const pymalloc_block *)b)->addr;
    return (x > y) - (x < y);
}

size_t pymalloc_raw_blocks(const pymalloc *pm, pymalloc_block *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < pm->nrawrecs; i++) {
        const rawrec *r = &pm->rawrecs[i];
        if (!r->addr)
            continue;
        if (n < max)
            out[n] = (pymalloc_block){.addr = r->addr, .state = BLOCK_RAW, .size = r->chunk,
                                      .nbytes = r->nbytes, .site = r->site};
        n++;
    }
    if (out)
        qsort(out, n < max ? n : max, sizeof *out, cmp_block_addr);
    return n;
}

/* ---- statistics ------------------------------------------------------- */

void pymalloc_radix_stats(const profile *prof, uint32_t n, pymalloc_mapped_fn *mapped, const void *ctx,
                          pymalloc_stats *st)
{
    unsigned top_bits = 15, mid_bits = 15, bot_bits = 64 - top_bits - mid_bits - prof->arena_bits;
    uint64_t last_top = UINT64_MAX, last_mid = UINT64_MAX;
    for (uint32_t s = 0; s < n; s++) {
        if (mapped && !mapped(ctx, s))
            continue;
        uint64_t addr = profile_arena_addr(prof, s);
        uint64_t top = addr >> (64 - top_bits), mid = addr >> (64 - top_bits - mid_bits);
        st->map_mid_nodes += top != last_top;
        st->map_bot_nodes += mid != last_mid;
        last_top = top;
        last_mid = mid;
    }
    st->map_root_bytes = ((uint64_t)1 << top_bits) * 8;
    st->map_mid_bytes = st->map_mid_nodes * (((uint64_t)1 << mid_bits) * 8);
    st->map_bot_bytes = st->map_bot_nodes * (((uint64_t)1 << bot_bits) * 8);
}

static bool arena_ever_mapped(const void *ctx, uint32_t s)
{
    return ((const pymalloc *)ctx)->arenas[s].ever_mapped;
}

void pymalloc_get_stats(const pymalloc *pm, pymalloc_stats *st)
{
    memset(st, 0, sizeof *st);
    st->nclasses = pm->nclasses;
    st->alignment = profile_alignment(pm->prof);
    st->threshold = pm->threshold;
    st->arena_size = pm->arena_size;
    st->pool_size = pm->pool_size;
    st->pool_overhead = pm->overhead;
    st->arenas_allocated_total = pm->narenas_total;
    st->arenas_highwater = pm->narenas_highwater;
    st->arenas_current = pm->narenas_current;
    pymalloc_radix_stats(pm->prof, pm->maxarenas, arena_ever_mapped, pm, st);
    for (uint32_t s = 0; s < pm->maxarenas; s++) {
        const arena *a = &pm->arenas[s];
        if (!a->address)
            continue;
        if (pm->prof->arena_misaligned)
            st->arena_alignment += pm->pool_size;
        st->unused_pools += a->nfreepools;
        for (uint32_t k = 0; k < a->pool_next; k++) {
            const pool *p = &pm->pools[s * pm->slots + k];
            if (p->count == 0)
                continue;
            st->pools[p->szidx]++;
            st->in_use[p->szidx] += p->count;
            st->avail[p->szidx] += p->nblocks - p->count;
        }
    }
    for (unsigned c = 0; c < pm->nclasses; c++) {
        uint64_t size = profile_class_size(pm->prof, c);
        st->allocated_bytes += st->in_use[c] * size;
        st->available_bytes += st->avail[c] * size;
        st->pool_header_bytes += st->pools[c] * pm->overhead;
        st->quantization += st->pools[c] * ((pm->pool_size - pm->overhead) % size);
    }
    st->raw_blocks = pm->raw_count;
    st->raw_bytes = pm->raw_bytes;
    st->allocated_blocks = pm->allocated_blocks + pm->raw_count;
}

uint64_t pymalloc_host_bytes(const pymalloc *pm)
{
    uint64_t n = sizeof *pm + (uint64_t)pm->maxarenas * (sizeof(arena) + pm->slots * sizeof(pool));
    for (size_t i = 0; i < (size_t)pm->maxarenas * pm->slots; i++)
        n += pm->pools[i].blockcap * sizeof(blockrec);
    n += pm->rawreccap * sizeof(rawrec) + (pm->raw.mask + 1) * 16 + (pm->rawbins.mask + 1) * 16;
    for (size_t i = 0; i < pm->nbins; i++)
        n += pm->bins[i].cap * sizeof(uint64_t);
    return n + pm->bincap * sizeof(rawbin);
}

/* ---- the invariant checker ------------------------------------------- */

#define FAIL(...) do { if (why) buf_printf(why, __VA_ARGS__); return -1; } while (0)

static int check_pool(const pymalloc *pm, uint32_t pid, buf *why)
{
    const pool *p = &pm->pools[pid];
    uint64_t addr = pool_addr(pm, pid);
    if (p->state == POOL_UNCARVED || p->szidx >= pm->nclasses)
        FAIL("pool %#llx carved but state %u class %u", (unsigned long long)addr, p->state, p->szidx);
    if (p->nblocks != pm->nblocks[p->szidx] || p->nextblock > p->nblocks)
        FAIL("pool %#llx geometry %u/%u", (unsigned long long)addr, p->nextblock, p->nblocks);
    unsigned chain = 0, used = 0;
    for (unsigned i = p->freeblock; i != NIL; i = p->blocks[i].link) {
        if (i >= p->nextblock || p->blocks[i].link == INUSE || ++chain > p->nextblock)
            FAIL("pool %#llx free chain broken at block %u", (unsigned long long)addr, i);
    }
    for (unsigned i = 0; i < p->nextblock; i++)
        used += p->blocks[i].link == INUSE;
    if (used != p->count || used + chain != p->nextblock)
        FAIL("pool %#llx: count %u, in use %u, on chain %u, high-water %u",
             (unsigned long long)addr, p->count, used, chain, p->nextblock);
    int ok = (p->state == POOL_USED && p->count > 0 && p->count < p->nblocks && chain > 0) ||
             (p->state == POOL_FULL && p->count == p->nblocks && chain == 0) ||
             (p->state == POOL_EMPTY && p->count == 0);
    if (!ok)
        FAIL("pool %#llx state %s with %u of %u blocks in use", (unsigned long long)addr,
             event_pool_state_name(p->state), p->count, p->nblocks);
    return 0;
}

static int check_lists(const pymalloc *pm, uint8_t *seen, buf *why)
{
    for (unsigned c = 0; c < pm->nclasses; c++) {
        uint32_t prev = NONE;
        for (uint32_t pid = pm->usedpools[c]; pid != NONE; pid = pm->pools[pid].nextpool) {
            const pool *p = &pm->pools[pid];
            if (seen[pid]++ || p->state != POOL_USED || p->szidx != c || p->prevpool != prev)
                FAIL("usedpools[%u] broken at pool %#llx", c, (unsigned long long)pool_addr(pm, pid));
            prev = pid;
        }
    }
    for (uint32_t s = 0; s < pm->maxarenas; s++) {
        const arena *a = &pm->arenas[s];
        if (!a->address)
            continue;
        uint32_t nempty = 0;
        for (uint32_t pid = a->freepools; pid != NONE; pid = pm->pools[pid].nextpool) {
            if (pid / pm->slots != s || seen[pid]++ || pm->pools[pid].state != POOL_EMPTY)
                FAIL("arena %u freepools broken at pool %#llx", s, (unsigned long long)pool_addr(pm, pid));
            nempty++;
        }
        if (a->nfreepools != nempty + a->ntotalpools - a->pool_next || a->pool_next > a->ntotalpools)
            FAIL("arena %u: nfreepools %u, empty %u, carved %u of %u", s, a->nfreepools, nempty,
                 a->pool_next, a->ntotalpools);
        for (uint32_t k = 0; k < a->pool_next; k++) {
            uint32_t pid = s * pm->slots + k;
            if (check_pool(pm, pid, why))
                return -1;
            if (!seen[pid] && pm->pools[pid].state != POOL_FULL)
                FAIL("pool %#llx (%s) is on no list", (unsigned long long)pool_addr(pm, pid),
                     event_pool_state_name(pm->pools[pid].state));
        }
    }
    return 0;
}

static int check_arenas(const pymalloc *pm, buf *why)
{
    uint8_t *onlist = hv_calloc(pm->maxarenas ? pm->maxarenas : 1, 1);
    int rc = 0;
    uint64_t live = 0;
    for (uint32_t s = pm->unused_arenas; s != NONE && !rc; s = pm->arenas[s].nextarena)
        if (pm->arenas[s].address || onlist[s]++)
            rc = -1, why ? buf_printf(why, "unused arena list broken at %u", s) : (void)0;
    uint32_t prev = NONE;
    for (uint32_t s = pm->usable_arenas; s != NONE && !rc; prev = s, s = pm->arenas[s].nextarena) {
        const arena *a = &pm->arenas[s];
        if (!a->address || onlist[s]++ || a->prevarena != prev || !a->nfreepools ||
            (prev != NONE && pm->arenas[prev].nfreepools > a->nfreepools))
            rc = -1, why ? buf_printf(why, "usable_arenas broken or unsorted at %u", s) : (void)0;
        else if (a->nextarena == NONE || pm->arenas[a->nextarena].nfreepools != a->nfreepools) {
            if (pm->nfp2lasta[a->nfreepools] != s)
                rc = -1, why ? buf_printf(why, "nfp2lasta[%u] is not arena %u", a->nfreepools, s) : (void)0;
        }
    }
    for (uint32_t s = 0; s < pm->maxarenas && !rc; s++) {
        const arena *a = &pm->arenas[s];
        live += a->address != 0;
        if (!onlist[s] && (!a->address || a->nfreepools))
            rc = -1, why ? buf_printf(why, "arena %u is on no list", s) : (void)0;
    }
    for (unsigned k = 1; k <= pm->slots && !rc; k++) {
        uint32_t s = pm->nfp2lasta[k];
        if (s != NONE && (s >= pm->maxarenas || pm->arenas[s].nfreepools != k || onlist[s] != 1))
            rc = -1, why ? buf_printf(why, "nfp2lasta[%u] names arena %u", k, s) : (void)0;
    }
    if (!rc && live != pm->narenas_current)
        rc = -1, why ? buf_printf(why, "%llu arenas mapped, counter says %llu",
                                  (unsigned long long)live, (unsigned long long)pm->narenas_current) : (void)0;
    free(onlist);
    return rc;
}

int pymalloc_check(const pymalloc *pm, buf *why)
{
    if (check_arenas(pm, why))
        return -1;
    size_t npools = (size_t)pm->maxarenas * pm->slots;
    uint8_t *seen = hv_calloc(npools ? npools : 1, 1);
    int rc = check_lists(pm, seen, why);
    free(seen);
    if (rc)
        return -1;
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    uint64_t blocks = 0, raw = 0, rawbytes = 0;
    for (unsigned c = 0; c < pm->nclasses; c++)
        blocks += st.in_use[c];
    for (size_t i = 0; i < pm->nrawrecs; i++)
        if (pm->rawrecs[i].addr)
            raw++, rawbytes += pm->rawrecs[i].chunk;
    if (blocks != pm->allocated_blocks || raw != pm->raw_count || rawbytes != pm->raw_bytes ||
        raw != pm->raw.count)
        FAIL("counters: %llu blocks (counted %llu), %llu raw (counted %llu)",
             (unsigned long long)pm->allocated_blocks, (unsigned long long)blocks,
             (unsigned long long)pm->raw_count, (unsigned long long)raw);
    uint64_t total = st.allocated_bytes + st.available_bytes + st.unused_pools * st.pool_size +
                     st.pool_header_bytes + st.quantization + st.arena_alignment;
    if (total != st.arenas_current * st.arena_size)
        FAIL("accounting: %llu bytes accounted for in %llu arenas", (unsigned long long)total,
             (unsigned long long)st.arenas_current);
    return 0;
}
