/*
 * 03-model: the event contract.  A replica fed only with the allocator's
 * events must show exactly the allocator's state after every event, and
 * unapplying the events in reverse must walk it back through the same states
 * to an empty heap.
 */
#include "testutil.h"

#include "model.h"
#include "pymalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct stream {
    hv_event *ev;
    size_t n, cap;
} stream;

static void collect(void *ud, const hv_event *ev)
{
    stream *s = ud;
    hv_grow(&s->ev, &s->cap, s->n + 1, sizeof *s->ev, 1024);
    s->ev[s->n++] = *ev;
}

/* A digest of everything visible, through either introspection API. */
typedef struct view {
    int (*arena)(const void *, unsigned, pymalloc_arena *);
    int (*pool)(const void *, uint64_t, pymalloc_pool *);
    int (*block)(const void *, uint64_t, pymalloc_block *);
    size_t (*chain)(const void *, uint64_t, uint64_t *, size_t);
    size_t (*raw)(const void *, pymalloc_block *, size_t);
    unsigned (*slots)(const void *);
} view;

static int pm_arena(const void *h, unsigned s, pymalloc_arena *a) { return pymalloc_arena_info(h, s, a); }
static int pm_pool(const void *h, uint64_t p, pymalloc_pool *o) { return pymalloc_pool_info(h, p, o); }
static int pm_block(const void *h, uint64_t b, pymalloc_block *o) { return pymalloc_block_info(h, b, o); }
static size_t pm_chain(const void *h, uint64_t p, uint64_t *o, size_t m) { return pymalloc_free_chain(h, p, o, m); }
static size_t pm_raw(const void *h, pymalloc_block *o, size_t m) { return pymalloc_raw_blocks(h, o, m); }
static unsigned pm_slots(const void *h) { return pymalloc_arena_slots(h); }
static int m_arena(const void *h, unsigned s, pymalloc_arena *a) { return model_arena_info(h, s, a); }
static int m_pool(const void *h, uint64_t p, pymalloc_pool *o) { return model_pool_info(h, p, o); }
static int m_block(const void *h, uint64_t b, pymalloc_block *o) { return model_block_info(h, b, o); }
static size_t m_chain(const void *h, uint64_t p, uint64_t *o, size_t m) { return model_free_chain(h, p, o, m); }
static size_t m_raw(const void *h, pymalloc_block *o, size_t m) { return model_raw_blocks(h, o, m); }
static unsigned m_slots(const void *h) { return model_arena_slots(h); }

static const view pm_view = {pm_arena, pm_pool, pm_block, pm_chain, pm_raw, pm_slots};
static const view model_view = {m_arena, m_pool, m_block, m_chain, m_raw, m_slots};

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ULL + (v >> 7);
}

/* Digest of the visible state; slots beyond those listed count as unmapped. */
static uint64_t digest(const view *v, const void *h, const profile *p, unsigned maxslots)
{
    uint64_t d = 1469598103934665603ULL, chain[1100];
    unsigned n = v->slots(h);
    for (unsigned s = 0; s < maxslots; s++) {
        pymalloc_arena a = {0};
        if (s < n)
            v->arena(h, s, &a);
        if (!a.addr)
            continue;
        d = mix(mix(mix(mix(d, s), a.addr), a.nfreepools), a.ncarved);
        for (unsigned k = 0; k < a.npools; k++) {
            pymalloc_pool pi;
            uint64_t pa = a.first_pool + (uint64_t)k * profile_pool_size(p);
            assert_int_equal(v->pool(h, pa, &pi), 0);
            d = mix(mix(mix(mix(d, pi.state), pi.szidx), pi.count), pi.nextblock);
            if (pi.state == POOL_UNCARVED)
                continue;
            size_t nc = v->chain(h, pa, chain, HV_COUNTOF(chain));
            for (size_t i = 0; i < nc; i++)
                d = mix(d, chain[i]);
            for (unsigned i = 0; i < pi.nextblock; i++) {
                pymalloc_block b;
                assert_int_equal(v->block(h, pa + p->pool_overhead + (uint64_t)i * profile_class_size(p, pi.szidx), &b), 0);
                d = mix(mix(mix(d, b.state), b.nbytes), b.site);
            }
        }
    }
    size_t nraw = v->raw(h, NULL, 0);
    pymalloc_block *raw = calloc(nraw + 1, sizeof *raw);
    v->raw(h, raw, nraw);
    for (size_t i = 0; i < nraw; i++)
        d = mix(mix(mix(mix(d, raw[i].addr), raw[i].nbytes), raw[i].site), raw[i].size);
    free(raw);
    return d;
}

static void replay_trace(const profile *p, uint64_t seed, int ops)
{
    stream s = {0};
    pymalloc *pm = pymalloc_new(p, 0, collect, &s);
    model *m = model_new(p);
    enum { LIVE = 700 };
    uint64_t live[LIVE] = {0};
    uint64_t *digests = malloc((ops + 1) * sizeof *digests);
    size_t *marks = malloc((ops + 1) * sizeof *marks);
    digests[0] = digest(&model_view, m, p, 64);
    marks[0] = 0;
    for (int op = 0; op < ops; op++) {
        uint64_t r = test_rand(&seed);
        unsigned slot = (unsigned)(r >> 8) % LIVE, what = (unsigned)(r & 0xff);
        uint64_t size = what < 245 ? 1 + (r >> 20) % 512 : (r >> 20) % 2000;
        pymalloc_set_site(pm, (uint32_t)op + 1);
        if (!live[slot])
            live[slot] = pymalloc_malloc(pm, size);
        else if (what < 160) {
            pymalloc_free(pm, live[slot]);
            live[slot] = 0;
        } else
            live[slot] = pymalloc_realloc(pm, live[slot], size);
        for (size_t i = marks[op]; i < s.n; i++)
            if (model_apply(m, &s.ev[i]) != 0)
                fail_msg("op %d: event %zu (%s) does not apply", op, i, event_name(s.ev[i].kind));
        marks[op + 1] = s.n;
        uint64_t want = digest(&pm_view, pm, p, 64);
        digests[op + 1] = digest(&model_view, m, p, 64);
        if (want != digests[op + 1])
            fail_msg("op %d: the model differs from the allocator", op);
    }
    /* Backwards, one event at a time, through the same states. */
    for (int op = ops; op > 0; op--) {
        for (size_t i = marks[op]; i > marks[op - 1]; i--)
            if (model_unapply(m, &s.ev[i - 1]) != 0)
                fail_msg("op %d: event %zu (%s) does not unapply", op, i - 1, event_name(s.ev[i - 1].kind));
        if (digest(&model_view, m, p, 64) != digests[op - 1])
            fail_msg("stepping back to op %d gives another state", op - 1);
    }
    /* And forwards again, from the same stream. */
    for (size_t i = 0; i < s.n; i++)
        assert_int_equal(model_apply(m, &s.ev[i]), 0);
    assert_int_equal(digest(&model_view, m, p, 64), digests[ops]);
    free(digests);
    free(marks);
    free(s.ev);
    model_delete(m);
    pymalloc_delete(pm);
}

static void test_replay_every_profile(void **state)
{
    for (unsigned i = 0; profile_at(i); i++)
        replay_trace(profile_at(i), 0x1234567 + i, 2500);
}

/* Classroom arenas are tiny, so arenas come and go and slots are reused:
 * the history stack is exercised hard. */
static void test_replay_arena_churn(void **state)
{
    replay_trace(profile_find("classroom"), 99, 6000);
}

static void test_rejects_foreign_events(void **state)
{
    const profile *p = profile_default();
    model *m = model_new(p);
    hv_event ev = {.kind = EV_BLOCK_FREE};
    ev.u.block.addr = p->arena_base + 48;
    assert_int_equal(model_apply(m, &ev), -1);          /* no arena there */
    ev.kind = EV_NKINDS + 3;
    assert_int_equal(model_apply(m, &ev), -1);          /* unknown kind */
    ev = (hv_event){.kind = EV_ARENA_NEW};
    ev.u.arena.slot = 0;
    ev.u.arena.addr = 0x1000;                           /* wrong address */
    assert_int_equal(model_apply(m, &ev), -1);
    ev.u.arena.addr = p->arena_base;
    ev.u.arena.npools = 64;
    assert_int_equal(model_apply(m, &ev), 0);
    assert_int_equal(model_apply(m, &ev), -1);          /* mapped twice */
    hv_event alloc = {.kind = EV_BLOCK_ALLOC};
    alloc.u.block.addr = p->arena_base + 48;
    assert_int_equal(model_apply(m, &alloc), -1);       /* pool never carved */
    hv_event step = {.kind = EV_STEP};
    step.u.step.number = 1;
    assert_int_equal(model_apply(m, &step), 0);
    assert_int_equal(model_step(m), 1);
    assert_int_equal(model_unapply(m, &step), 0);
    assert_int_equal(model_step(m), 0);
    model_delete(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_replay_every_profile),
        cmocka_unit_test(test_replay_arena_churn),
        cmocka_unit_test(test_rejects_foreign_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
