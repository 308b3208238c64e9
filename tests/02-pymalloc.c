/*
 * 02-pymalloc: the simulated obmalloc against the behaviour measured on
 * CPython 3.11 (cpython311-model.md §1, experiments e01 and e07), one life-
 * cycle transition per test, then randomized traces with the invariant
 * checker run after every operation.
 */
#include "testutil.h"

#include "pymalloc.h"

#include <stdlib.h>
#include <string.h>

/* ---- an event recorder ------------------------------------------------- */

typedef struct recorder {
    hv_event ev[64];
    size_t n;
} recorder;

static void record(void *ud, const hv_event *ev)
{
    recorder *r = ud;
    if (r->n < HV_COUNTOF(r->ev))
        r->ev[r->n] = *ev;
    r->n++;
}

static void check(const pymalloc *pm)
{
    buf why = BUF_INIT;
    int rc = pymalloc_check(pm, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

static uint64_t offset_in_pool(const pymalloc *pm, uint64_t addr)
{
    pymalloc_block b;
    assert_int_equal(pymalloc_block_info(pm, addr, &b), 0);
    return addr - b.pool;
}

/* ---- carving ---------------------------------------------------------- */

/* e01 pool_carving_496: blocks at 48, 544, 1040, … in address order, 32 of
 * them, then the pool is full and a new pool is carved. */
static void test_carving(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t first = pymalloc_malloc(pm, 496), pool = first - 48;
    assert_int_equal(offset_in_pool(pm, first), 48);
    pymalloc_pool pi;
    assert_int_equal(pymalloc_pool_info(pm, pool, &pi), 0);
    assert_int_equal(pi.state, POOL_USED);
    assert_int_equal(pi.count, 1);
    assert_int_equal(pi.nextblock, 2);      /* block 1 already linked: nextoffset = 48 + 2S */
    uint64_t chain[4];
    assert_int_equal(pymalloc_free_chain(pm, pool, chain, 4), 1);
    assert_int_equal(chain[0], pool + 48 + 496);
    for (unsigned i = 1; i < 32; i++)
        assert_int_equal(pymalloc_malloc(pm, 496), pool + 48 + 496 * (uint64_t)i);
    assert_int_equal(pymalloc_pool_info(pm, pool, &pi), 0);
    assert_int_equal(pi.state, POOL_FULL);
    assert_int_equal(pymalloc_used_pools(pm, 30, NULL, 0), 0);
    uint64_t next = pymalloc_malloc(pm, 496);
    assert_int_equal(next, pool + 16384 + 48);
    check(pm);
    pymalloc_delete(pm);
}

/* e01 lifo: freed offsets 1536, 3520, 5504 come back 5504, 3520, 1536. */
static void test_lifo(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t b[20];
    for (int i = 0; i < 20; i++)
        b[i] = pymalloc_malloc(pm, 496);
    uint64_t pool = b[0] - 48;
    uint64_t offs[3] = {1536, 3520, 5504};
    for (int i = 0; i < 3; i++)
        assert_int_equal(pymalloc_free(pm, pool + offs[i]), 0);
    for (int i = 2; i >= 0; i--)
        assert_int_equal(pymalloc_malloc(pm, 496), pool + offs[i]);
    check(pm);
    pymalloc_delete(pm);
}

/* e01 full_pool_relink: free one block in full pool A, then one in full
 * pool B: the next allocation takes B's block, the one after A's. */
static void test_full_pool_relink(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t a[31], b[31];
    for (int i = 0; i < 31; i++)
        a[i] = pymalloc_malloc(pm, 512);
    for (int i = 0; i < 31; i++)
        b[i] = pymalloc_malloc(pm, 512);
    pymalloc_malloc(pm, 512);                   /* a third pool is now the head */
    assert_int_equal(pymalloc_free(pm, a[7]), 0);
    assert_int_equal(pymalloc_free(pm, b[9]), 0);
    uint64_t heads[3];
    assert_int_equal(pymalloc_used_pools(pm, 31, heads, 3), 3);
    assert_int_equal(heads[0], b[0] - 48);
    assert_int_equal(heads[1], a[0] - 48);
    assert_int_equal(pymalloc_malloc(pm, 512), b[9]);
    assert_int_equal(pymalloc_malloc(pm, 512), a[7]);
    check(pm);
    pymalloc_delete(pm);
}

/* e01 empty_pool_reuse: an emptied 512-class pool is handed to class 32 and
 * carved again; a pool reused by its own class keeps its free chain. */
static void test_empty_pool_reuse(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t keep = pymalloc_malloc(pm, 16);    /* keeps the arena in use */
    uint64_t x[3];
    for (int i = 0; i < 3; i++)
        x[i] = pymalloc_malloc(pm, 512);
    uint64_t pool = x[0] - 48;
    for (int i = 0; i < 3; i++)
        pymalloc_free(pm, x[i]);
    pymalloc_pool pi;
    assert_int_equal(pymalloc_pool_info(pm, pool, &pi), 0);
    assert_int_equal(pi.state, POOL_EMPTY);
    assert_int_equal(pi.szidx, 31);
    uint64_t fp[2];
    assert_int_equal(pymalloc_free_pools(pm, 0, fp, 2), 1);
    assert_int_equal(fp[0], pool);
    /* same class: the chain is reused as it is (blocks in reverse order of freeing) */
    assert_int_equal(pymalloc_malloc(pm, 500), x[2]);
    assert_int_equal(pymalloc_malloc(pm, 500), x[1]);
    pymalloc_free(pm, x[2]);
    pymalloc_free(pm, x[1]);
    /* another class: carved again, szidx 1 */
    uint64_t y = pymalloc_malloc(pm, 32);
    assert_int_equal(y, pool + 48);
    assert_int_equal(pymalloc_pool_info(pm, pool, &pi), 0);
    assert_int_equal(pi.szidx, 1);
    assert_int_equal(pi.nblocks, 510);
    pymalloc_free(pm, keep);
    check(pm);
    pymalloc_delete(pm);
}

/* e07 arena_order: with arena A2 holding 3 empty pools and A1 holding 10,
 * new pools come first from the head of usedpools, then A2's pools in
 * reverse order of freeing, then A1's. */
static void test_arena_order(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    /* Fill two arenas completely with 512-byte blocks: 64 pools × 31. */
    enum { PER = 31, POOLS = 64 };
    static uint64_t blk[3][POOLS][PER];
    for (int a = 0; a < 2; a++)
        for (int p = 0; p < POOLS; p++)
            for (int i = 0; i < PER; i++)
                blk[a][p][i] = pymalloc_malloc(pm, 512);
    uint64_t extra = pymalloc_malloc(pm, 512);  /* third arena, partly used pool */
    assert_int_equal(pymalloc_arena_slots(pm), 16);
    /* Empty 10 pools of arena 0 (A1) and 3 of arena 1 (A2). */
    int a1[10] = {3, 5, 7, 9, 11, 13, 15, 17, 19, 21}, a2[3] = {2, 40, 6};
    for (int k = 0; k < 10; k++)
        for (int i = 0; i < PER; i++)
            pymalloc_free(pm, blk[0][a1[k]][i]);
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < PER; i++)
            pymalloc_free(pm, blk[1][a2[k]][i]);
    unsigned order[4];
    assert_int_equal(pymalloc_usable_arenas(pm, order, 4), 3);
    assert_int_equal(order[0], 1);      /* 3 free pools */
    assert_int_equal(order[1], 0);      /* 10 free pools */
    assert_int_equal(order[2], 2);      /* the fresh arena: 63 free pools */
    check(pm);
    /* The partly used pool first: its remaining 30 blocks. */
    pymalloc_block bx, by;
    pymalloc_block_info(pm, extra, &bx);
    for (int i = 1; i < PER; i++) {
        pymalloc_block_info(pm, pymalloc_malloc(pm, 512), &by);
        assert_int_equal(by.pool, bx.pool);
    }
    /* Then whole pools: A2's in reverse order of freeing, then A1's. */
    int expect_arena[13], expect_pool[13];
    for (int k = 0; k < 3; k++)
        expect_arena[k] = 1, expect_pool[k] = a2[2 - k];
    for (int k = 0; k < 10; k++)
        expect_arena[3 + k] = 0, expect_pool[3 + k] = a1[9 - k];
    for (int k = 0; k < 13; k++) {
        uint64_t first = 0;
        for (int i = 0; i < PER; i++) {
            uint64_t b = pymalloc_malloc(pm, 512);
            if (i == 0)
                first = b;
        }
        pymalloc_block bi;
        pymalloc_block_info(pm, first, &bi);
        assert_int_equal(bi.pool, blk[expect_arena[k]][expect_pool[k]][0] - 48);
    }
    check(pm);
    pymalloc_delete(pm);
}

/* e01 arena_reclaim: after freeing everything, every wholly free arena is
 * unmapped except the last usable one. */
static void test_arena_release(void **state)
{
    recorder r = {0};
    pymalloc *pm = pymalloc_new(profile_default(), 0, record, &r);
    enum { N = 6 * 64 * 31 };
    uint64_t *b = malloc(N * sizeof *b);
    for (int i = 0; i < N; i++)
        b[i] = pymalloc_malloc(pm, 512);
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.arenas_current, 6);
    for (int i = 0; i < N; i++)
        assert_int_equal(pymalloc_free(pm, b[i]), 0);
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.arenas_current, 1);
    assert_int_equal(st.arenas_allocated_total, 6);
    assert_int_equal(st.arenas_highwater, 6);
    assert_int_equal(st.unused_pools, 64);
    assert_int_equal(st.allocated_blocks, 0);
    check(pm);
    /* The kept arena serves the next allocation: no new arena. */
    r.n = 0;
    pymalloc_malloc(pm, 512);
    for (size_t i = 0; i < r.n && i < HV_COUNTOF(r.ev); i++)
        assert_int_not_equal(r.ev[i].kind, EV_ARENA_NEW);
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.arenas_allocated_total, 6);
    free(b);
    pymalloc_delete(pm);
}

/* The arena vector grows 16, 32, 64 and released slots are reused LIFO. */
static void test_arena_vector(void **state)
{
    const profile *p = profile_find("classroom");
    pymalloc *pm = pymalloc_new(p, 0, NULL, NULL);
    unsigned per_arena = profile_pools_per_arena(p) * profile_blocks_per_pool(p, 31);
    enum { ARENAS = 17 };
    uint64_t *b = malloc(ARENAS * per_arena * sizeof *b);
    for (unsigned i = 0; i < ARENAS * per_arena; i++)
        b[i] = pymalloc_malloc(pm, 512);
    assert_int_equal(pymalloc_arena_slots(pm), 32);
    /* Empty arenas 4 then 9.  Arena 4 is then the only usable arena, so it
     * is kept though wholly free (bpo-37257); arena 9 is not last: unmapped. */
    for (unsigned a = 4; a <= 9; a += 5)
        for (unsigned i = 0; i < per_arena; i++)
            pymalloc_free(pm, b[a * per_arena + i]);
    pymalloc_arena ai;
    assert_int_equal(pymalloc_arena_info(pm, 4, &ai), 0);
    assert_int_equal(ai.addr, profile_arena_addr(p, 4));
    assert_int_equal(ai.nfreepools, ai.npools);
    assert_int_equal(pymalloc_arena_info(pm, 9, &ai), 0);
    assert_int_equal(ai.addr, 0);
    check(pm);
    /* Arena 4 is reused first; the next new arena takes slot 9 (LIFO). */
    uint64_t x;
    do
        x = pymalloc_malloc(pm, 512);
    while (pymalloc_arena_info(pm, 9, &ai) == 0 && ai.addr == 0);
    assert_int_equal(ai.addr, profile_arena_addr(p, 9));
    pymalloc_block bi;
    pymalloc_block_info(pm, x, &bi);
    assert_int_equal(bi.pool, profile_first_pool(p, 9));
    check(pm);
    free(b);
    pymalloc_delete(pm);
}

/* ---- realloc and the raw path ------------------------------------------ */

static void test_realloc_rules(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t a = pymalloc_malloc(pm, 512);
    assert_int_equal(pymalloc_realloc(pm, a, 400), a);         /* 4·400 > 3·512 */
    pymalloc_block bi;
    pymalloc_block_info(pm, a, &bi);
    assert_int_equal(bi.nbytes, 400);
    uint64_t b = pymalloc_realloc(pm, a, 384);                  /* 4·384 = 3·512: moves */
    assert_int_not_equal(b, a);
    pymalloc_block_info(pm, b, &bi);
    assert_int_equal(bi.size, 384);
    assert_int_equal(pymalloc_block_info(pm, a, &bi), 0);
    assert_int_equal(bi.state, BLOCK_FREE);
    uint64_t c = pymalloc_realloc(pm, b, 600);                  /* past the threshold: raw */
    pymalloc_block_info(pm, c, &bi);
    assert_int_equal(bi.state, BLOCK_RAW);
    uint64_t d = pymalloc_realloc(pm, c, 16);                   /* raw is never adopted */
    pymalloc_block_info(pm, d, &bi);
    assert_int_equal(bi.state, BLOCK_RAW);
    assert_int_equal(pymalloc_realloc(pm, 0, 24) != 0, 1);      /* NULL: malloc */
    check(pm);
    pymalloc_delete(pm);
}

static void test_raw_path(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t sizes[] = {0, 513, 1000, 4096};
    uint64_t addr[4];
    for (int i = 0; i < 4; i++) {
        addr[i] = pymalloc_malloc(pm, sizes[i]);
        pymalloc_block bi;
        assert_int_equal(pymalloc_block_info(pm, addr[i], &bi), 0);
        assert_int_equal(bi.state, BLOCK_RAW);
        assert_int_equal(bi.nbytes, sizes[i]);
    }
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.allocated_blocks, 4);       /* sys.getallocatedblocks() */
    assert_int_equal(st.arenas_current, 0);         /* no pymalloc class touched */
    /* A freed raw chunk is reused by the next request of its size. */
    pymalloc_free(pm, addr[1]);
    assert_int_equal(pymalloc_malloc(pm, 513), addr[1]);
    assert_int_equal(pymalloc_raw_blocks(pm, NULL, 0), 4);
    check(pm);
    pymalloc_delete(pm);
}

static void test_bad_frees(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t a = pymalloc_malloc(pm, 64);
    assert_int_equal(pymalloc_free(pm, 0), 0);
    assert_int_equal(pymalloc_free(pm, a + 8), -1);     /* not a block start */
    assert_int_equal(pymalloc_free(pm, a), 0);
    assert_int_equal(pymalloc_free(pm, a), -1);         /* double free */
    assert_int_equal(pymalloc_free(pm, 12345), -1);     /* nowhere */
    assert_int_equal(pymalloc_realloc(pm, a, 10), 0);   /* freed block */
    check(pm);
    pymalloc_delete(pm);
}

/* ---- the simulated heap limit ------------------------------------------ */

static void test_limit(void **state)
{
    const profile *p = profile_find("classroom");
    uint64_t arena = profile_arena_size(p);
    pymalloc *pm = pymalloc_new(p, 2 * arena + 4096, NULL, NULL);
    unsigned n = 0;
    while (pymalloc_malloc(pm, 512))
        n++;
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.arenas_current, 2);
    /* Once the arenas are full, small requests fall back to raw chunks until
     * those hit the limit too, as CPython falls back to malloc. */
    assert_true(st.raw_blocks > 0);
    assert_true(pymalloc_footprint(pm) <= 2 * arena + 4096);
    assert_int_equal(pymalloc_malloc(pm, 1 << 20), 0);
    assert_int_equal(pymalloc_malloc(pm, (uint64_t)1 << 50), 0);
    check(pm);
    pymalloc_delete(pm);
}

/* ---- events ----------------------------------------------------------- */

static void test_first_allocation_events(void **state)
{
    recorder r = {0};
    pymalloc *pm = pymalloc_new(profile_default(), 0, record, &r);
    pymalloc_set_site(pm, 7);
    uint64_t a = pymalloc_malloc(pm, 100);
    assert_int_equal(r.n, 4);
    assert_int_equal(r.ev[0].kind, EV_ARENA_NEW);
    assert_int_equal(r.ev[0].u.arena.addr, profile_default()->arena_base);
    assert_int_equal(r.ev[0].u.arena.npools, 64);
    assert_int_equal(r.ev[1].kind, EV_POOL_INIT);
    assert_int_equal(r.ev[1].u.pool.szidx, 6);
    assert_int_equal(r.ev[1].u.pool.old_szidx, SZIDX_DUMMY);
    assert_int_equal(r.ev[2].kind, EV_POOL_STATE);
    assert_int_equal(r.ev[2].u.pool.from, POOL_UNCARVED);
    assert_int_equal(r.ev[2].u.pool.to, POOL_USED);
    assert_int_equal(r.ev[3].kind, EV_BLOCK_ALLOC);
    assert_int_equal(r.ev[3].u.block.addr, a);
    assert_int_equal(r.ev[3].u.block.nbytes, 100);
    assert_int_equal(r.ev[3].u.block.virgin, 1);
    assert_int_equal(r.ev[3].site, 7);
    r.n = 0;
    pymalloc_set_site(pm, 9);
    pymalloc_free(pm, a);
    assert_int_equal(r.n, 2);   /* block free, pool empty; the last arena is kept */
    assert_int_equal(r.ev[0].kind, EV_BLOCK_FREE);
    assert_int_equal(r.ev[0].u.block.nbytes, 100);
    assert_int_equal(r.ev[0].u.block.old_site, 7);
    assert_int_equal(r.ev[0].site, 9);
    assert_int_equal(r.ev[1].kind, EV_POOL_STATE);
    assert_int_equal(r.ev[1].u.pool.to, POOL_EMPTY);
    pymalloc_delete(pm);
}

/* ---- randomized traces ------------------------------------------------ */

/* Random malloc/free/realloc over a mix of sizes (mostly small, some raw),
 * the checker after every operation, and the whole trace twice to prove
 * the addresses are deterministic. */
static uint64_t run_trace(const profile *p, uint64_t seed, int ops, int check_every)
{
    pymalloc *pm = pymalloc_new(p, 0, NULL, NULL);
    enum { LIVE = 4096 };
    uint64_t live[LIVE] = {0}, digest = 0;
    for (int op = 0; op < ops; op++) {
        uint64_t r = test_rand(&seed);
        unsigned slot = (unsigned)(r >> 8) % LIVE, what = (unsigned)(r & 0xff);
        uint64_t size = what < 240 ? 1 + (r >> 20) % 512 : (r >> 20) % 3000;
        if (!live[slot]) {
            live[slot] = pymalloc_malloc(pm, size);
            digest = digest * 31 + live[slot];
        } else if (what < 170) {
            assert_int_equal(pymalloc_free(pm, live[slot]), 0);
            live[slot] = 0;
        } else {
            uint64_t n = pymalloc_realloc(pm, live[slot], size);
            assert_int_not_equal(n, 0);
            live[slot] = n;
            digest = digest * 31 + n;
        }
        if (check_every && op % check_every == 0)
            check(pm);
    }
    check(pm);
    for (unsigned i = 0; i < LIVE; i++)
        if (live[i])
            assert_int_equal(pymalloc_free(pm, live[i]), 0);
    check(pm);
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.allocated_blocks, 0);
    assert_true(st.arenas_current <= 1);
    pymalloc_delete(pm);
    return digest;
}

static void test_random_traces(void **state)
{
    for (unsigned i = 0; profile_at(i); i++)
        for (uint64_t seed = 1; seed <= 3; seed++) {
            uint64_t d1 = run_trace(profile_at(i), seed * 0x9e3779b97f4a7c15ULL, 20000, 1);
            uint64_t d2 = run_trace(profile_at(i), seed * 0x9e3779b97f4a7c15ULL, 20000, 0);
            assert_int_equal(d1, d2);
        }
}

static void test_misaligned_arenas(void **state)
{
    profile mis = *profile_default();
    mis.arena_misaligned = 1;
    pymalloc *pm = pymalloc_new(&mis, 0, NULL, NULL);
    for (int i = 0; i < 63 * 31 + 1; i++)
        pymalloc_malloc(pm, 512);
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.arenas_current, 2);             /* 63 pools per arena */
    assert_int_equal(st.arena_alignment, 2 * 16384);
    check(pm);
    pymalloc_delete(pm);
    run_trace(&mis, 42, 20000, 1);
}

/* ---- python3's start-up pools ------------------------------------------ */

/* Free blocks of each pool in usedpools[c], head first; the count of pools. */
static size_t ring_free(const pymalloc *pm, unsigned c, unsigned *free, size_t max)
{
    uint64_t pools[8];
    size_t n = pymalloc_used_pools(pm, c, pools, HV_COUNTOF(pools));
    for (size_t i = 0; i < n && i < max; i++) {
        pymalloc_pool p;
        assert_int_equal(pymalloc_pool_info(pm, pools[i], &p), 0);
        free[i] = p.nblocks - p.count;
    }
    return n;
}

/* pymalloc_startup_pools leaves the rings python3's first statement finds
 * (tests/tools/pymalloc-startup.py): 400-byte blocks have 2 free in the
 * head, 160-byte ones 1 and a second pool with 72, 384-byte ones no pool
 * even when one was in use; a block already taken counts as start-up's.
 * Then a third 400-byte block comes from a new pool, and freeing the
 * first (its pool was full) puts that pool back at the front. */
static void test_startup_pools(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    uint64_t mine = pymalloc_malloc(pm, 384);
    pymalloc_malloc(pm, 64);
    pymalloc_startup_pools(pm);
    check(pm);
    unsigned free[8];
    assert_int_equal(ring_free(pm, 24, free, 8), 1);
    assert_int_equal(free[0], 2);
    assert_int_equal(ring_free(pm, 9, free, 8), 2);
    assert_int_equal(free[0], 1);
    assert_int_equal(free[1], 72);
    assert_int_equal(ring_free(pm, 3, free, 8), 1);
    assert_int_equal(free[0], 91);
    assert_int_equal(ring_free(pm, 23, free, 8), 0);
    uint64_t a = pymalloc_malloc(pm, 400), b = pymalloc_malloc(pm, 400), c = pymalloc_malloc(pm, 400);
    pymalloc_block ba, bc;
    assert_int_equal(pymalloc_block_info(pm, a, &ba), 0);
    assert_int_equal(pymalloc_block_info(pm, c, &bc), 0);
    assert_true(ba.pool != bc.pool);
    assert_int_equal(pymalloc_free(pm, a), 0);
    assert_int_equal(pymalloc_free(pm, c), 0);
    assert_int_equal(pymalloc_malloc(pm, 400), a);
    assert_int_equal(pymalloc_free(pm, mine), 0);
    (void)b;
    check(pm);
    pymalloc_delete(pm);
    /* the head pools' free chains in python3's order: 320-byte blocks 4, 3,
     * 5, then never-carved 6; 208-byte ones 2, 33, 34, where a block
     * heapviz already holds (2) is stood in for by start-up's lowest (3) */
    pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    for (int i = 0; i < 3; i++)
        pymalloc_malloc(pm, 208);
    pymalloc_startup_pools(pm);
    check(pm);
    static const struct { unsigned nbytes, index[4]; } order[] = {
        {320, {4, 3, 5, 6}}, {208, {3, 33, 34, 35}},
    };
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
        for (int i = 0; i < 4; i++) {
            pymalloc_block bl;
            assert_int_equal(pymalloc_block_info(pm, pymalloc_malloc(pm, order[k].nbytes), &bl), 0);
            assert_int_equal((bl.addr - bl.pool - 48) / bl.size, order[k].index[i]);
        }
    check(pm);
    pymalloc_delete(pm);
    /* other geometries: nothing */
    pm = pymalloc_new(profile_find("classroom"), 0, NULL, NULL);
    pymalloc_startup_pools(pm);
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.allocated_blocks, 0);
    pymalloc_delete(pm);
}

/* pymalloc_import_pools: after start-up's rings and a program's blocks
 * (a 96-byte block held, one freed in its head pool), every class's rings
 * are the import's: the 96-byte head pool has one free block and a second
 * pool 10 and 28 never carved, the 128-byte one 1 and 110; no free block
 * of the old pools is left, the program's block stays where it was, and
 * freeing it puts its (full) pool at the front.  Other geometries:
 * nothing changes. */
static void test_import_pools(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    pymalloc_startup_pools(pm);
    uint64_t mine = pymalloc_malloc(pm, 90), gone = pymalloc_malloc(pm, 90);
    assert_int_equal(pymalloc_free(pm, gone), 0);
    assert_int_equal(pymalloc_import_pools(pm), 0);
    check(pm);
    unsigned free[8];
    assert_int_equal(ring_free(pm, 5, free, 8), 2);
    assert_int_equal(free[0], 1);
    assert_int_equal(free[1], 38);
    assert_int_equal(ring_free(pm, 7, free, 8), 1);
    assert_int_equal(free[0], 111);
    pymalloc_block bm, bn;
    assert_int_equal(pymalloc_block_info(pm, mine, &bm), 0);
    assert_int_equal(bm.state, BLOCK_USED);
    uint64_t a = pymalloc_malloc(pm, 90), b = pymalloc_malloc(pm, 90);
    assert_int_equal(pymalloc_block_info(pm, a, &bn), 0);
    assert_int_equal((bn.addr - bn.pool - 48) / bn.size, 44);
    assert_int_equal(pymalloc_block_info(pm, b, &bm), 0);
    assert_true(bm.pool != bn.pool);            /* a filled the head pool */
    assert_int_equal(pymalloc_free(pm, a), 0);  /* its pool back at the front */
    assert_int_equal(pymalloc_free(pm, b), 0);
    assert_int_equal(pymalloc_malloc(pm, 90), a);
    assert_int_equal(pymalloc_free(pm, mine), 0);
    assert_int_equal(pymalloc_malloc(pm, 90), mine);
    check(pm);
    pymalloc_delete(pm);
    pm = pymalloc_new(profile_find("classroom"), 0, NULL, NULL);
    assert_int_equal(pymalloc_import_pools(pm), 0);
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    assert_int_equal(st.allocated_blocks, 0);
    pymalloc_delete(pm);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_carving),
        cmocka_unit_test(test_lifo),
        cmocka_unit_test(test_full_pool_relink),
        cmocka_unit_test(test_empty_pool_reuse),
        cmocka_unit_test(test_arena_order),
        cmocka_unit_test(test_arena_release),
        cmocka_unit_test(test_arena_vector),
        cmocka_unit_test(test_realloc_rules),
        cmocka_unit_test(test_raw_path),
        cmocka_unit_test(test_bad_frees),
        cmocka_unit_test(test_limit),
        cmocka_unit_test(test_first_allocation_events),
        cmocka_unit_test(test_random_traces),
        cmocka_unit_test(test_misaligned_arenas),
        cmocka_unit_test(test_startup_pools),
        cmocka_unit_test(test_import_pools),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
