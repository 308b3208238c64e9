/*
 * 03-model: the event contract.  A replica fed only with the allocator's
 * events must show exactly the allocator's state after every event, and
 * unapplying the events in reverse must walk it back through the same states
 * to an empty heap.  The object half likewise, on the interpreter's own
 * streams: forwards and backwards through identical states, invariants
 * checked at every step, and events that do not fit refused unchanged.
 */
#include "testutil.h"

#include "model.h"
#include "pymalloc.h"
#include "storetest.h"

#include <stdlib.h>
#include <string.h>

typedef struct stream {     /* the allocator-only tests' own */
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


/* ---- the object half ----------------------------------------------------- */

/* The whole state as bytes (a keyframe is canonical) plus what the queries
 * show, so both the saved and the visible state are compared. */
static uint64_t state_of(const model *m)
{
    buf b = BUF_INIT;
    model_save(m, &b);
    uint64_t d = 1469598103934665603ULL;
    for (size_t i = 0; i < b.len; i++)
        d = (d ^ (uint8_t)b.data[i]) * 0x100000001b3ULL;
    buf_free(&b);
    return st_mix(d, model_objects_digest(m));
}

static void check_or_fail(const model *m, size_t at)
{
    buf why = BUF_INIT;
    if (model_check(m, &why))
        fail_msg("event %zu: %s", at, buf_str(&why));
    buf_free(&why);
}

/* A program's stream, forwards with the invariants checked at every step,
 * then backwards through the same states to the empty model. */
static void forwards_backwards(const char *src, const profile *p)
{
    st_stream s = {0};
    st_run_program(src, p, &s);
    model *m = model_new(p);
    uint64_t *states = malloc((s.n + 1) * sizeof *states);
    size_t *marks = malloc((s.n + 1) * sizeof *marks), nmarks = 0;
    states[nmarks] = state_of(m);
    marks[nmarks++] = 0;
    size_t objects_seen = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (s.ev[i].kind == EV_STEP) {
            check_or_fail(m, i);
            states[nmarks] = state_of(m);
            marks[nmarks++] = i;
            objects_seen += model_obj_count(m);
        }
        if (model_apply(m, &s.ev[i]))
            fail_msg("event %zu (%s) does not apply", i, event_name(s.ev[i].kind));
    }
    check_or_fail(m, s.n);
    assert_true(objects_seen > 100);        /* the object half was exercised */
    assert_int_equal(model_obj_count(m), 0);    /* shutdown freed everything */
    assert_int_equal(model_frames(m, NULL, 0), 0);
    for (size_t k = nmarks, i = s.n; k-- > 0;) {
        for (; i > marks[k]; i--)
            if (model_unapply(m, &s.ev[i - 1]))
                fail_msg("event %zu (%s) does not unapply", i - 1, event_name(s.ev[i - 1].kind));
        if (state_of(m) != states[k])
            fail_msg("stepping back to event %zu gives another state", marks[k]);
    }
    check_or_fail(m, 0);
    free(states);
    free(marks);
    free(s.ev);
    model_delete(m);
}

static void test_objects_forwards_backwards(void **state)
{
    forwards_backwards(st_program, profile_default());
    forwards_backwards(st_program, profile_find("classroom"));
}

/* Deep recursion and many frames, a bigger heap. */
static void test_objects_recursion(void **state)
{
    forwards_backwards("def f(n):\n"
                       "    if n == 0:\n"
                       "        return [0]\n"
                       "    r = f(n - 1)\n"
                       "    r.append({n: str(n)})\n"
                       "    return r\n"
                       "x = f(200)\n"
                       "y = [f(10) for i in range(30)]\n"
                       "del x\n", profile_default());
}

static hv_event obj_event(unsigned kind, uint64_t addr, uint64_t type, int freelist)
{
    hv_event ev = {.kind = (uint8_t)kind, .site = 7};
    ev.u.obj.addr = addr;
    ev.u.obj.type = type;
    ev.u.obj.size = 56;
    ev.u.obj.freelist = (uint8_t)freelist;
    return ev;
}

static hv_event ref_event(unsigned kind, uint64_t target, uint64_t holder, uint64_t to, uint64_t label, int d)
{
    hv_event ev = {.kind = (uint8_t)kind};
    ev.u.ref.target = target;
    ev.u.ref.holder = holder;
    ev.u.ref.to = to;
    ev.u.ref.label = label;
    ev.u.ref.delta = (int8_t)d;
    return ev;
}

typedef struct seen {
    model_ref r[8];
    size_t n;
} seen;

static int see(void *ud, const model_ref *r)
{
    seen *s = ud;
    if (s->n < HV_COUNTOF(s->r))
        s->r[s->n] = *r;
    s->n++;
    return 0;
}

/* Objects a (a list) and b; b is held by a in slots 3 then 1, by a frame,
 * and refers to None (static).  The queries answer in creation order. */
static void test_object_queries(void **state)
{
    const profile *p = profile_default();
    model *m = model_new(p);
    uint64_t a = p->raw_base + 0x100, b = p->raw_base + 0x200, none = p->raw_base - 0x1000, fr = 0x7f3a5b000000ULL;
    uint64_t list = p->raw_base - 0x2000;
    hv_event evs[] = {
        obj_event(EV_OBJ_NEW, a, list, 0), obj_event(EV_OBJ_NEW, b, list, 0),
        ref_event(EV_REF_MOVE, b, 0, a, 3, 0), ref_event(EV_REF, b, a, 0, 1, +1),
        obj_event(EV_FRAME_PUSH, fr, 0x55d0c8000000ULL, 0), ref_event(EV_REF_MOVE, a, 0, fr, 0, 0),
        ref_event(EV_REF, none, b, 0, 5, +1),
    };
    for (size_t i = 0; i < HV_COUNTOF(evs); i++)
        assert_int_equal(model_apply(m, &evs[i]), 0);
    model_obj o;
    assert_int_equal(model_obj_count(m), 2);
    assert_int_equal(model_obj_info(m, b, &o), 1);
    assert_int_equal(o.refcnt, 2);
    assert_int_equal(o.site, 7);
    assert_int_equal(o.gen, -1);
    assert_true(o.serial == 2);
    assert_int_equal(model_obj_info(m, none, &o), 0);   /* static: no record */
    seen s = {0};
    model_refs_from(m, a, see, &s);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.r[0].label, 3);                  /* the order they were made */
    assert_int_equal(s.r[1].label, 1);
    s.n = 0;
    model_refs_to(m, b, see, &s);
    assert_int_equal(s.n, 2);
    s.n = 0;
    model_refs_to(m, none, see, &s);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.r[0].holder, b);
    model_frame f[2];
    assert_int_equal(model_frames(m, f, 2), 1);
    assert_int_equal(f[0].addr, fr);
    check_or_fail(m, 0);
    for (size_t i = HV_COUNTOF(evs); i-- > 0;)
        assert_int_equal(model_unapply(m, &evs[i]), 0);
    assert_int_equal(model_obj_count(m), 0);
    model_delete(m);
}

/* Events that do not fit are refused and change nothing. */
static void test_object_rejections(void **state)
{
    const profile *p = profile_default();
    model *m = model_new(p);
    uint64_t a = p->raw_base + 0x100, t = p->raw_base - 0x2000;
    hv_event born = obj_event(EV_OBJ_NEW, a, t, 0);
    assert_int_equal(model_apply(m, &born), 0);
    uint64_t before = state_of(m);
    hv_event bad[] = {
        obj_event(EV_OBJ_NEW, a, t, 0),                         /* born twice */
        obj_event(EV_OBJ_NEW, p->raw_base - 16, t, 0),          /* a static address */
        obj_event(EV_OBJ_NEW, a + 64, t, 1),                    /* from an empty free list */
        obj_event(EV_OBJ_FREE, a, t, 0),                        /* still referenced */
        obj_event(EV_OBJ_FREE, a + 64, t, 0),                   /* never born */
        obj_event(EV_FRAME_POP, 0x7f3a5b000000ULL, 1, 0),       /* no frame */
        obj_event(EV_TRACK, a + 64, t, 0),                      /* no object */
        ref_event(EV_REF, a + 64, 0, 0, 0, +1),                 /* to a dead heap address */
        ref_event(EV_REF, a, a, 0, 4, -1),                      /* an edge that is not there */
        ref_event(EV_REF, a, 0, 0, 0, -2),                      /* more dropped than held (1) */
        ref_event(EV_REF_MOVE, a, 0x7f3a5b000000ULL, 0, 1, 0),  /* moving what is not held */
    };
    for (size_t i = 0; i < HV_COUNTOF(bad); i++) {
        if (model_apply(m, &bad[i]) != -1)
            fail_msg("bad event %zu was applied", i);
        if (state_of(m) != before)
            fail_msg("bad event %zu changed the model", i);
    }
    /* undo out of order: the second object must be undone first */
    hv_event second = obj_event(EV_OBJ_NEW, a + 64, t, 0);
    assert_int_equal(model_apply(m, &second), 0);
    assert_int_equal(model_unapply(m, &born), -1);
    assert_int_equal(model_unapply(m, &second), 0);
    assert_int_equal(model_unapply(m, &born), 0);
    assert_int_equal(model_unapply(m, &born), -1);
    model_delete(m);
}

/* Undoing the removal of an edge the history does not hold is refused
 * and leaves nothing behind: the reference it names can still be made
 * (ref_change finds or makes an edge's map slot in one probe, and takes
 * the slot back when the undo is refused). */
static void test_refused_undo_leaves_no_edge(void **state)
{
    (void)state;
    const profile *p = profile_default();
    model *m = model_new(p);
    uint64_t a = p->raw_base + 0x100, t = p->raw_base - 0x2000;
    hv_event born = obj_event(EV_OBJ_NEW, a, t, 0);
    hv_event held = ref_event(EV_REF, a, 0, 0, 0, +1), dropped = ref_event(EV_REF, a, 0, 0, 0, -1);
    assert_int_equal(model_apply(m, &born), 0);
    assert_int_equal(model_apply(m, &held), 0);
    assert_int_equal(model_apply(m, &dropped), 0);
    uint64_t before = state_of(m);
    hv_event foreign = ref_event(EV_REF, a, a, 0, 4, -1);   /* the history's top is (0, a), not (a, a, 4) */
    assert_int_equal(model_unapply(m, &foreign), -1);
    assert_int_equal(state_of(m), before);
    hv_event made = ref_event(EV_REF, a, a, 0, 4, +1);
    assert_int_equal(model_apply(m, &made), 0);
    buf why = BUF_INIT;
    if (model_check(m, &why) != 0)
        fail_msg("%s", buf_str(&why));
    buf_free(&why);
    assert_int_equal(model_unapply(m, &made), 0);
    assert_int_equal(model_unapply(m, &dropped), 0);
    assert_int_equal(model_unapply(m, &held), 0);
    assert_int_equal(model_unapply(m, &born), 0);
    model_delete(m);
}

/* A REF's delta may be any int8 (the interpreter's net change over a
 * statement's references): the model it gives is the one the same
 * changes one at a time give, with the same edge serials; undone, it
 * goes back through the same states; a delta of 0 changes nothing. */
static void test_net_deltas(void **state)
{
    (void)state;
    const profile *p = profile_default();
    uint64_t a = p->raw_base + 0x100, b = p->raw_base + 0x200, t = p->raw_base - 0x2000;
    static const struct { int holder_b, label, d; } net[] = {
        {0, 0, +3}, {1, 7, +2}, {0, 0, -4}, {1, 7, +100}, {1, 7, -102}, {0, 0, 0}, {0, 0, +127}, {0, 0, -127},
    };
    enum { N = sizeof net / sizeof net[0] };
    model *one = model_new(p), *many = model_new(p);
    hv_event ev[N + 2] = {obj_event(EV_OBJ_NEW, a, t, 0), obj_event(EV_OBJ_NEW, b, t, 0)};
    uint64_t states[N + 3];
    for (int k = 0; k < 2; k++) {
        assert_int_equal(model_apply(one, &ev[k]), 0);
        assert_int_equal(model_apply(many, &ev[k]), 0);
    }
    states[2] = state_of(one);
    for (int k = 0; k < N; k++) {
        uint64_t holder = net[k].holder_b ? b : 0;
        ev[k + 2] = ref_event(EV_REF, a, holder, 0, (uint64_t)net[k].label, net[k].d);
        assert_int_equal(model_apply(one, &ev[k + 2]), 0);
        for (int i = 0; i < (net[k].d < 0 ? -net[k].d : net[k].d); i++) {
            hv_event unit = ref_event(EV_REF, a, holder, 0, (uint64_t)net[k].label, net[k].d < 0 ? -1 : 1);
            assert_int_equal(model_apply(many, &unit), 0);
        }
        check_or_fail(one, (size_t)k);
        assert_int_equal(state_of(one), state_of(many));
        states[k + 3] = state_of(one);
    }
    model_obj o;
    assert_int_equal(model_obj_info(one, a, &o), 1);
    assert_int_equal(o.refcnt, 0);                      /* every net change balanced */
    hv_event zero = ref_event(EV_REF, a + 64, 0, 0, 0, 0);
    assert_int_equal(model_apply(one, &zero), -1);      /* 0 to no object: still refused */
    for (int k = N + 1; k >= 2; k--) {
        assert_int_equal(state_of(one), states[k + 1]);
        assert_int_equal(model_unapply(one, &ev[k]), 0);
        check_or_fail(one, (size_t)k);
    }
    assert_int_equal(state_of(one), states[2]);
    model_delete(one);
    model_delete(many);
}

/* A list's items by index: insert, pop, del, slice assignment, remove,
 * sort and reverse move them by SHIFT events; forwards and backwards
 * through the same states, duplicates included. */
static void test_list_shifts_program(void **state)
{
    forwards_backwards("a = [1, 'x', 1, (2,), 'x', 3.5, 1, None]\n"
                       "a.insert(0, 'y')\n"
                       "a.insert(3, 1)\n"
                       "a.append(2.5)\n"
                       "q = a.pop(0)\n"
                       "q = a.pop(4)\n"
                       "q = a.pop()\n"
                       "del a[1]\n"
                       "del a[::2]\n"
                       "a[1:2] = [7, 8, 9]\n"
                       "a[0:3] = []\n"
                       "a[::-1] = a[:]\n"
                       "b = [5, 3, 9, 1, 3, 7, 5, 0, 'z', 'z'] * 3\n"
                       "b.remove('z')\n"
                       "b.sort(key=str)\n"
                       "b.reverse()\n"
                       "b.sort(key=lambda v: -hash(v) % 7)\n"
                       "b.sort(key=str, reverse=True)\n"
                       "del b[3::4]\n"
                       "s = 'a b c d'.rsplit(' ')\n"
                       "b.clear()\n", profile_default());
}

static hv_event shift_event(uint64_t holder, uint64_t target, uint32_t from, uint32_t count, int32_t by, int rev)
{
    hv_event ev = {.kind = EV_SHIFT};
    ev.u.shift.holder = holder;
    ev.u.shift.target = target;
    ev.u.shift.from = from;
    ev.u.shift.count = count;
    ev.u.shift.by = by;
    ev.u.shift.reversed = (uint8_t)rev;
    return ev;
}

/* The label holder h has for target t (one edge expected), or -1. */
static int64_t label_of(const model *m, uint64_t h, uint64_t t)
{
    seen sn = {.n = 0};
    model_refs_from(m, h, see, &sn);
    int64_t l = -1;
    for (size_t i = 0; i < sn.n; i++)
        if (sn.r[i].target == t)
            l = l < 0 ? (int64_t)sn.r[i].label : -2;
    return l;
}

/* SHIFT by hand: a run moved, reversed, undone; shifts that would put two
 * references in one slot, or name what is not there, refused unchanged. */
static void test_shift_events(void **state)
{
    const profile *p = profile_default();
    model *m = model_new(p);
    uint64_t l = p->raw_base + 0x100, t = p->raw_base - 0x2000;
    uint64_t x = p->raw_base - 0x100, y = p->raw_base - 0x200, z = p->raw_base - 0x300;
    hv_event setup[] = {
        obj_event(EV_OBJ_NEW, l, t, 0),
        ref_event(EV_REF, x, l, 0, 0, +1), ref_event(EV_REF, y, l, 0, 1, +1), ref_event(EV_REF, z, l, 0, 2, +1),
        ref_event(EV_REF, x, l, 0, 3, +1),
    };
    for (size_t i = 0; i < HV_COUNTOF(setup); i++)
        assert_int_equal(model_apply(m, &setup[i]), 0);
    uint64_t start = state_of(m);
    hv_event ins = shift_event(l, 0, 1, 3, +1, 0);          /* insert at 1: items 1-3 to 2-4 */
    assert_int_equal(model_apply(m, &ins), 0);
    assert_int_equal(label_of(m, l, y), 2);
    assert_int_equal(label_of(m, l, z), 3);
    check_or_fail(m, 0);
    uint64_t shifted = state_of(m);
    hv_event rev = shift_event(l, 0, 2, 2, -1, 1);          /* items 2-3 reversed onto 1-2 */
    assert_int_equal(model_apply(m, &rev), 0);
    assert_int_equal(label_of(m, l, z), 1);
    assert_int_equal(label_of(m, l, y), 2);
    hv_event one = shift_event(l, z, 1, 1, 2, 0);           /* z alone, found by its target */
    assert_int_equal(model_apply(m, &one), 0);
    assert_int_equal(label_of(m, l, z), 3);
    assert_int_equal(model_unapply(m, &one), 0);
    assert_int_equal(model_unapply(m, &rev), 0);
    assert_int_equal(state_of(m), shifted);
    uint64_t before = state_of(m);
    hv_event bad[] = {
        shift_event(l, y, 2, 1, -2, 0),     /* y onto x's slot 0: another target (named), allowed */
        shift_event(l, x, 4, 1, -4, 0),     /* x at 4 onto x at 0: two references in one slot */
        shift_event(l, 0, 0, 5, 0, 0),      /* 5 items, 4 there */
        shift_event(l, 0, 1, 1, -2, 0),     /* below slot 0 */
        shift_event(0, 0, 0, 1, 1, 0),      /* the interpreter holds no slots */
        shift_event(l, y, 3, 1, 1, 0),      /* y is not in slot 3 */
        shift_event(l, 0, 0, 0, 1, 0),      /* nothing moves */
    };
    assert_int_equal(model_apply(m, &bad[0]), 0);           /* the target tells them apart */
    assert_int_equal(model_unapply(m, &bad[0]), 0);
    for (size_t i = 1; i < HV_COUNTOF(bad); i++) {
        if (model_apply(m, &bad[i]) != -1)
            fail_msg("bad shift %zu was applied", i);
        if (state_of(m) != before)
            fail_msg("bad shift %zu changed the model", i);
    }
    assert_int_equal(model_unapply(m, &ins), 0);
    assert_int_equal(state_of(m), start);
    model_delete(m);
}

static hv_event resize_event(uint64_t addr, uint64_t type, uint32_t from, uint32_t to)
{
    hv_event ev = obj_event(EV_OBJ_RESIZE, addr, type, 0);
    ev.u.obj.old_size = from;
    ev.u.obj.size = to;
    return ev;
}

static uint32_t size_in(const model *m, uint64_t addr)
{
    model_obj o;
    assert_int_equal(model_obj_info(m, addr, &o), 1);
    return o.size;
}

/* OBJ_RESIZE: the size follows (a list's appends), undone back to the
 * size at creation; a resize from a size the model does not have, of
 * another type or of no object is refused and changes nothing. */
static void test_object_resize(void **state)
{
    const profile *p = profile_default();
    model *m = model_new(p);
    uint64_t a = p->raw_base + 0x100, t = p->raw_base - 0x2000;
    hv_event evs[] = {obj_event(EV_OBJ_NEW, a, t, 0), resize_event(a, t, 56, 88), resize_event(a, t, 88, 120)};
    for (size_t i = 0; i < HV_COUNTOF(evs); i++)
        assert_int_equal(model_apply(m, &evs[i]), 0);
    assert_int_equal(size_in(m, a), 120);
    uint64_t before = state_of(m);
    hv_event bad[] = {
        resize_event(a, t, 88, 184),            /* the model has 120 */
        resize_event(a, t + 8, 120, 184),       /* another type */
        resize_event(a + 64, t, 120, 184),      /* no object there */
    };
    for (size_t i = 0; i < HV_COUNTOF(bad); i++) {
        if (model_apply(m, &bad[i]) != -1)
            fail_msg("bad resize %zu was applied", i);
        assert_int_equal(size_in(m, a), 120);
    }
    assert_true(state_of(m) == before);
    assert_int_equal(model_unapply(m, &evs[1]), -1);    /* out of order: the model has 120, not 88 */
    assert_int_equal(model_unapply(m, &evs[2]), 0);
    assert_int_equal(size_in(m, a), 88);
    assert_int_equal(model_unapply(m, &evs[1]), 0);
    assert_int_equal(size_in(m, a), 56);
    check_or_fail(m, 0);
    model_delete(m);
}

/* A block parked on a free list: taken back by OBJ_NEW, released by a
 * later OBJ_FREE of a block where no object lives. */
static void test_free_lists(void **state)
{
    const profile *p = profile_default();
    model *m = model_new(p);
    uint64_t a = p->raw_base + 0x100, t = p->raw_base - 0x2000;
    hv_event evs[] = {
        obj_event(EV_OBJ_NEW, a, t, 0), ref_event(EV_REF, a, 0, 0, 0, -1),
        obj_event(EV_OBJ_FREE, a, t, 1),                        /* parked */
        obj_event(EV_OBJ_NEW, a, t, 1), ref_event(EV_REF, a, 0, 0, 0, -1),
        obj_event(EV_OBJ_FREE, a, t, 1),                        /* parked again */
        obj_event(EV_OBJ_FREE, a, t, 0),                        /* released */
    };
    uint64_t states[HV_COUNTOF(evs) + 1];
    states[0] = state_of(m);
    for (size_t i = 0; i < HV_COUNTOF(evs); i++) {
        if (model_apply(m, &evs[i]))
            fail_msg("event %zu does not apply", i);
        check_or_fail(m, i);
        states[i + 1] = state_of(m);
    }
    hv_event reborn = obj_event(EV_OBJ_NEW, a, t, 1);
    assert_int_equal(model_apply(m, &reborn), -1);              /* released: not parked any more */
    for (size_t i = HV_COUNTOF(evs); i-- > 0;) {
        assert_int_equal(model_unapply(m, &evs[i]), 0);
        assert_true(state_of(m) == states[i]);
    }
    model_delete(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_replay_every_profile),
        cmocka_unit_test(test_replay_arena_churn),
        cmocka_unit_test(test_rejects_foreign_events),
        cmocka_unit_test(test_objects_forwards_backwards),
        cmocka_unit_test(test_objects_recursion),
        cmocka_unit_test(test_object_queries),
        cmocka_unit_test(test_object_rejections),
        cmocka_unit_test(test_refused_undo_leaves_no_edge),
        cmocka_unit_test(test_net_deltas),
        cmocka_unit_test(test_object_resize),
        cmocka_unit_test(test_list_shifts_program),
        cmocka_unit_test(test_shift_events),
        cmocka_unit_test(test_free_lists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
