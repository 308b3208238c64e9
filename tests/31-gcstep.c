/*
 * 31-gcstep: the collector driven one step at a time.  Tests run a
 * collection to a named phase and ask every object's gc_refs, list and
 * colour twice — of the live vm (gc.h) and of a heap model fed only with
 * the emitted events (model.h), the API the UI draws from — and the two
 * must agree.  Unapplying the events must walk the model back to the state
 * before the collection; a stepped collection must emit exactly the events
 * of one run in one call.
 */
#include "testutil.h"

#include "dict.h"
#include "gc.h"
#include "interp.h"
#include "model.h"
#include "types.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

typedef struct rig {
    vm *v;
    model *m;
    hv_event *ev;           /* every event, in order */
    size_t n, cap;
} rig;

static void sink(void *ud, const hv_event *ev)
{
    rig *r = ud;
    hv_grow(&r->ev, &r->cap, r->n + 1, sizeof *r->ev, 4096);
    r->ev[r->n++] = *ev;
    if (model_knows(ev->kind) && model_apply(r->m, ev))
        fail_msg("model refused event %zu (%s)", r->n - 1, event_name(ev->kind));
}

static rig *rig_new(int collector)
{
    rig *r = calloc(1, sizeof *r);
    r->m = model_new(profile_default());
    r->v = vm_new(profile_default(), 0, sink, r);
    r->v->gc_enabled = 0;                   /* collections only when asked */
    gc_collect(r->v, 2);                    /* the runtime's own objects: generation 2 */
    gc_set_collector(r->v, collector);
    return r;
}

static void rig_free(rig *r)
{
    vm_delete(r->v);
    model_delete(r->m);
    free(r->ev);
    free(r);
}

/* Both checkers, after every step. */
static void checked(rig *r)
{
    buf why = BUF_INIT;
    int rc = gc_check(r->v, &why);
    if (!rc)
        rc = model_check(r->m, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

/* The live and the replayed collector state of o agree; returns it. */
static hv_gcobj state(rig *r, object *o)
{
    hv_gcobj live, replica;
    int in = gc_obj(r->v, o, &live);
    assert_int_equal(model_gc_obj(r->m, o->addr, &replica), in);
    assert_int_equal(live.gc_refs, replica.gc_refs);
    assert_int_equal(live.list, replica.list);
    assert_int_equal(live.colour, replica.colour);
    assert_int_equal(live.root, replica.root);
    int gen, lgen;
    assert_int_equal(gc_phase(r->v, &lgen), model_gc_phase(r->m, &gen, NULL));
    if (gc_phase(r->v, NULL) != GCP_IDLE)
        assert_int_equal(gen, lgen);
    return live;
}

static void to_phase(rig *r, int phase)
{
    while (gc_phase(r->v, NULL) != phase) {
        assert_int_not_equal(gc_phase(r->v, NULL), GCP_IDLE);
        gc_step(r->v);
        checked(r);
    }
}

#define expect(r, o, refs, list, colour) expect_at(r, o, refs, list, colour, __LINE__)

static void expect_at(rig *r, object *o, int64_t refs, unsigned list, unsigned colour, int line)
{
    hv_gcobj s = state(r, o);
    if (s.gc_refs != refs)
        fail_msg("line %d: gc_refs %lld, expected %lld", line, (long long)s.gc_refs, (long long)refs);
    assert_string_equal(event_gc_list_name(s.list), event_gc_list_name(list));
    assert_string_equal(event_gc_colour_name(s.colour), event_gc_colour_name(colour));
}

/* A heap: keep → child → grandchild (reachable from the test, which holds
 * keep), and a ring of three lists nobody holds. */
typedef struct heap {
    object *keep, *child, *grand, *ring[3];
} heap;

static object *link_new(vm *v, object *into)
{
    object *l = list_new(v, 0);
    if (into) {
        list_append(v, into, l);
        obj_decref(v, l);
    }
    return l;
}

static void build(vm *v, heap *h)
{
    h->keep = link_new(v, NULL);
    h->child = link_new(v, h->keep);
    h->grand = link_new(v, h->child);
    for (int i = 0; i < 3; i++)
        h->ring[i] = list_new(v, 0);
    for (int i = 0; i < 3; i++)
        list_append(v, h->ring[i], h->ring[(i + 1) % 3]);
    for (int i = 0; i < 3; i++)
        obj_decref(v, h->ring[i]);          /* only the ring holds them now */
}

/* The generational collector, phase by phase (reference §5.4). */
static void test_generational_phases(void **state_)
{
    rig *r = rig_new(COLLECTOR_GENERATIONAL);
    heap h;
    build(r->v, &h);
    gc_begin(r->v, 0);
    checked(r);
    assert_int_equal(gc_phase(r->v, NULL), GCP_START);
    expect(r, h.keep, -1, GCL_NONE, GC_WHITE);
    to_phase(r, GCP_SUBTRACT_REFS);         /* update_refs done: gc_refs = refcount */
    expect(r, h.keep, 1, GCL_YOUNG, GC_WHITE);
    expect(r, h.ring[0], 1, GCL_YOUNG, GC_WHITE);
    gc_step(r->v);                          /* one reference subtracted: keep's to child */
    expect(r, h.child, 0, GCL_YOUNG, GC_WHITE);
    expect(r, h.grand, 1, GCL_YOUNG, GC_WHITE);
    to_phase(r, GCP_MOVE_UNREACHABLE);
    expect(r, h.keep, 1, GCL_YOUNG, GC_WHITE);
    expect(r, h.grand, 0, GCL_YOUNG, GC_WHITE);
    for (int i = 0; i < 3; i++)
        expect(r, h.ring[i], 0, GCL_YOUNG, GC_WHITE);
    gc_step(r->v);                          /* keep: reachable; child gets gc_refs 1 */
    expect(r, h.keep, 1, GCL_REACHABLE, GC_WHITE);
    expect(r, h.child, 1, GCL_YOUNG, GC_WHITE);
    to_phase(r, GCP_UNTRACK_TUPLES);
    expect(r, h.grand, 1, GCL_REACHABLE, GC_WHITE);
    for (int i = 0; i < 3; i++)
        expect(r, h.ring[i], 0, GCL_UNREACHABLE, GC_WHITE);
    to_phase(r, GCP_FINALIZE);              /* survivors promoted: gen 1 */
    expect(r, h.keep, -1, GCL_NONE, GC_WHITE);
    assert_int_equal(obj_gc(h.keep)->gen, 1);
    to_phase(r, GCP_CLEAR);
    for (int i = 0; i < 3; i++)
        expect(r, h.ring[i], 0, GCL_COLLECTABLE, GC_WHITE);
    assert_int_equal(model_gc_count(r->m, GCL_COLLECTABLE), 3);
    assert_int_equal(gc_finish(r->v), 3);
    assert_int_equal(model_gc_phase(r->m, NULL, NULL), GCP_IDLE);
    assert_int_equal(model_gc_count(r->m, GCL_NONE), 0);
    checked(r);
    obj_decref(r->v, h.keep);
    rig_free(r);
}

/* Mark & sweep: roots gray, the worklist, white swept. */
static void test_mark_sweep_phases(void **state_)
{
    rig *r = rig_new(COLLECTOR_MARK_SWEEP);
    heap h;
    build(r->v, &h);
    gc_begin(r->v, 2);
    to_phase(r, GCP_MS_MARK);               /* the vm's roots: none of these objects */
    expect(r, h.keep, 1, GCL_YOUNG, GC_WHITE);
    to_phase(r, GCP_MS_ROOTS);              /* again: what only C holds (this test) */
    to_phase(r, GCP_MS_MARK);
    enum { MAXG = 4096 };
    uint64_t *gray = calloc(MAXG, sizeof *gray), *mgray = calloc(MAXG, sizeof *mgray);
    size_t n = gc_gray(r->v, gray, MAXG);
    assert_true(n > 0 && n < MAXG);
    assert_int_equal(model_gc_gray(r->m, mgray, MAXG), n);
    assert_memory_equal(gray, mgray, n * sizeof *gray);
    assert_int_equal(gray[0], h.keep->addr);      /* generation 0 is walked first */
    for (size_t i = 1; i < n; i++)              /* the one root among these objects */
        for (int k = 0; k < 3; k++)
            assert_int_not_equal(gray[i], h.ring[k]->addr);
    expect(r, h.keep, 1, GCL_YOUNG, GC_GRAY);
    assert_int_equal(state(r, h.keep).root, GCR_HELD);
    expect(r, h.child, 0, GCL_YOUNG, GC_WHITE);
    while (gc_phase(r->v, NULL) == GCP_MS_MARK && obj_gc(h.keep)->colour != GC_BLACK) {
        gc_step(r->v);
        checked(r);
    }
    expect(r, h.keep, 1, GCL_YOUNG, GC_BLACK);
    expect(r, h.child, 0, GCL_YOUNG, GC_GRAY);
    to_phase(r, GCP_MS_SWEEP);
    expect(r, h.grand, 0, GCL_YOUNG, GC_BLACK);
    for (int i = 0; i < 3; i++)
        expect(r, h.ring[i], 0, GCL_YOUNG, GC_WHITE);
    assert_int_equal(model_gc_gray(r->m, mgray, MAXG), 0);
    free(gray);
    free(mgray);
    to_phase(r, GCP_FINALIZE);              /* tuples untracked at its start */
    expect(r, h.keep, -1, GCL_NONE, GC_WHITE);
    for (int i = 0; i < 3; i++)
        expect(r, h.ring[i], 0, GCL_UNREACHABLE, GC_WHITE);
    assert_int_equal(gc_finish(r->v), 3);
    checked(r);
    obj_decref(r->v, h.keep);
    rig_free(r);
}

/* The phases a collection steps through are gc_phase_order's, in its
 * order (mark & sweep's second round aside): mark & sweep passes through
 * none of CPython's analysis before its sweep, and the untracking and the
 * resurrection check after it (the collector view lists these). */
static void phase_order(int collector, const uint8_t *want, size_t nwant)
{
    rig *r = rig_new(collector);
    heap h;
    build(r->v, &h);
    uint8_t order[GCP_NPHASES];
    size_t n = gc_phase_order(collector, order, GCP_NPHASES);
    assert_int_equal(n, nwant);
    assert_memory_equal(order, want, n);
    gc_begin(r->v, 2);
    size_t at = 0, rounds = 0;
    for (int p = gc_phase(r->v, NULL), last = p; p != GCP_IDLE; last = p, p = gc_step(r->v)) {
        if (p == last)
            continue;
        if (last == GCP_MS_HELD && p == GCP_MS_ROOTS) {        /* the second round */
            rounds++;
            assert_int_equal(gc_step_to(r->v, GCP_MS_MARK), GCP_MS_MARK);
            p = GCP_MS_MARK;
            continue;
        }
        assert_true(++at < n);
        assert_int_equal(p, order[at]);
    }
    assert_int_equal(at + 1, n);
    assert_int_equal(rounds, collector == COLLECTOR_MARK_SWEEP);  /* build() holds h.keep */
    gc_finish(r->v);
    obj_decref(r->v, h.keep);
    rig_free(r);
}

static void test_phase_order(void **state_)
{
    static const uint8_t gen[] = {
        GCP_START, GCP_UPDATE_REFS, GCP_SUBTRACT_REFS, GCP_MOVE_UNREACHABLE, GCP_UNTRACK_TUPLES,
        GCP_UNTRACK_DICTS, GCP_PROMOTE, GCP_FINALIZE, GCP_RESURRECT_UPDATE, GCP_RESURRECT_SUBTRACT,
        GCP_RESURRECT_MOVE, GCP_RESURRECT_PROMOTE, GCP_CLEAR, GCP_FREELISTS,
    };
    static const uint8_t ms[] = {
        GCP_START, GCP_MS_ROOTS, GCP_MS_MARK, GCP_MS_HELD, GCP_MS_SWEEP, GCP_UNTRACK_TUPLES, GCP_UNTRACK_DICTS,
        GCP_FINALIZE, GCP_RESURRECT_UPDATE, GCP_RESURRECT_SUBTRACT, GCP_RESURRECT_MOVE,
        GCP_RESURRECT_PROMOTE, GCP_CLEAR, GCP_FREELISTS,
    };
    phase_order(COLLECTOR_GENERATIONAL, gen, sizeof gen);
    phase_order(COLLECTOR_MARK_SWEEP, ms, sizeof ms);
}

/* Unapplying a collection's events, one at a time, brings the model back
 * through the phases in reverse to the state before it (keyframes equal). */
static void unwind(int collector)
{
    rig *r = rig_new(collector);
    heap h;
    build(r->v, &h);
    vm_say_all(r->v);                       /* the building step ends */
    buf before = BUF_INIT, after = BUF_INIT;
    model_save(r->m, &before);
    size_t start = r->n;
    gc_collect(r->v, 2);
    assert_true(r->n > start);
    int phase = model_gc_phase(r->m, NULL, NULL);
    assert_int_equal(phase, GCP_IDLE);
    for (size_t i = r->n; i-- > start;) {
        if (!model_knows(r->ev[i].kind))
            continue;
        assert_int_equal(model_unapply(r->m, &r->ev[i]), 0);
        if (r->ev[i].kind == EV_GC_PHASE)
            assert_int_equal(model_gc_phase(r->m, NULL, NULL), r->ev[i].u.gc.from);
        buf why = BUF_INIT;
        assert_checked(model_check(r->m, &why), &why);
        buf_free(&why);
    }
    model_save(r->m, &after);
    assert_int_equal(before.len, after.len);
    assert_memory_equal(before.data, after.data, before.len);
    assert_int_equal(model_gc_count(r->m, GCL_NONE), 0);
    buf_free(&before);
    buf_free(&after);
    obj_decref(r->v, h.keep);
    rig_free(r);
}

static void test_unwind_generational(void **state_)
{
    unwind(COLLECTOR_GENERATIONAL);
}

static void test_unwind_mark_sweep(void **state_)
{
    unwind(COLLECTOR_MARK_SWEEP);
}

/* A mixed heap for stream comparisons: cycles through dicts and tuples,
 * a self-referencing list holding a tuple, nested tuples to untrack. */
static void build_mixed(vm *v, object **keep)
{
    heap h;
    build(v, &h);
    *keep = h.keep;
    for (int i = 0; i < 50; i++) {
        object *d = dict_new(v), *l = list_new(v, 0), *k = int_from_i64(v, 1000 + i);
        object *t = tuple_pack(v, 2, k, l);
        dict_setitem(v, d, k, t);
        list_append(v, l, d);
        if (i % 3 == 0)
            list_append(v, *keep, l);
        object *inner = tuple_pack(v, 1, k);
        object *outer = tuple_pack(v, 2, k, inner);
        list_append(v, i % 2 ? *keep : l, outer);
        obj_decref(v, inner);
        obj_decref(v, outer);
        obj_decref(v, t);
        obj_decref(v, k);
        obj_decref(v, l);
        obj_decref(v, d);
    }
}

/* Stepped and run in one call: the same events, so the same objects freed
 * in the same order. */
static void same_stream(int collector, int gen)
{
    rig *a = rig_new(collector), *b = rig_new(collector);
    object *ka, *kb;
    build_mixed(a->v, &ka);
    build_mixed(b->v, &kb);
    assert_int_equal(a->n, b->n);
    size_t start = a->n;
    int64_t na = gc_collect(a->v, gen);
    gc_begin(b->v, gen);
    size_t steps = 0;
    while (gc_step(b->v) != GCP_IDLE) {
        if (++steps % 7 == 0)
            checked(b);
    }
    assert_true(na > 0);
    assert_int_equal(a->n, b->n);
    assert_memory_equal(a->ev + start, b->ev + start, (a->n - start) * sizeof *a->ev);
    size_t frees = 0;
    for (size_t i = start; i < a->n; i++)
        frees += a->ev[i].kind == EV_OBJ_FREE;
    assert_true(frees >= (size_t)na);
    checked(a);
    checked(b);
    obj_decref(a->v, ka);
    obj_decref(b->v, kb);
    rig_free(a);
    rig_free(b);
}

/* The GC_VISIT events in [from, to), counted; *last gets the last one's. */
static size_t visits(rig *r, size_t from, hv_event *last)
{
    size_t n = 0;
    for (size_t i = from; i < r->n; i++)
        if (r->ev[i].kind == EV_GC_VISIT) {
            n++;
            *last = r->ev[i];
        }
    return n;
}

/* UNTRACK_TUPLES and UNTRACK_DICTS examine one survivor per step, each
 * with its GC_VISIT (the live and the replayed answers agree on which and
 * what was found); the next phase starts with nothing examined. */
static void untrack_units(int collector)
{
    rig *r = rig_new(collector);
    vm *v = r->v;
    object *keep = list_new(v, 0), *inner = list_new(v, 0);
    object *atoms = tuple_pack(v, 2, v->none, v->none), *holder = tuple_pack(v, 1, inner);
    object *flat = dict_new(v), *deep = dict_new(v), *one = int_from_i64(v, 1000);
    dict_setitem(v, flat, one, inner);      /* tracked from here on, */
    dict_setitem(v, flat, one, one);        /* though it holds nothing tracked now */
    dict_setitem(v, deep, one, inner);
    object *items[] = {atoms, holder, flat, deep};
    for (size_t i = 0; i < HV_COUNTOF(items); i++)
        list_append(v, keep, items[i]);
    assert_true(obj_is_tracked(atoms) && obj_is_tracked(holder) && obj_is_tracked(flat));
    gc_begin(v, 2);
    to_phase(r, GCP_UNTRACK_TUPLES);
    size_t units = 0, seen[HV_COUNTOF(items)] = {0};
    for (int before = GCP_UNTRACK_TUPLES; before == GCP_UNTRACK_TUPLES || before == GCP_UNTRACK_DICTS;) {
        size_t at = r->n;
        int after = gc_step(v);
        checked(r);
        hv_event last = {0};
        size_t n = visits(r, at, &last);
        if (after != before) {                      /* a transition: nothing examined */
            assert_true(n <= 1);
            assert_int_equal(last.u.gc.addr, 0);
            assert_int_equal(model_gc_visit(r->m, NULL), 0);
            before = after;
            continue;
        }
        assert_int_equal(n, 1);                     /* one unit: one object, one event */
        units++;
        int verdict;
        assert_int_equal(model_gc_visit(r->m, &verdict), last.u.gc.addr);
        assert_int_equal(verdict, last.u.gc.to);
        for (size_t i = 0; i < HV_COUNTOF(items); i++)
            if (items[i]->addr == last.u.gc.addr) {
                seen[i]++;
                assert_int_equal(verdict, obj_is_tracked(items[i]) ? GCV_KEPT : GCV_UNTRACKED);
            }
    }
    assert_int_equal(model_gc_visit(r->m, NULL), 0);    /* the next phase examines nothing */
    for (size_t i = 0; i < HV_COUNTOF(items); i++)
        assert_int_equal(seen[i], 1);
    assert_true(units >= HV_COUNTOF(items));
    assert_false(obj_is_tracked(atoms));
    assert_true(obj_is_tracked(holder));
    assert_false(obj_is_tracked(flat));
    assert_true(obj_is_tracked(deep));
    gc_finish(v);
    checked(r);
    object *drop[] = {keep, inner, atoms, holder, flat, deep, one};
    for (size_t i = 0; i < HV_COUNTOF(drop); i++)
        obj_decref(v, drop[i]);
    rig_free(r);
}

static void test_untrack_units_generational(void **state_)
{
    untrack_units(COLLECTOR_GENERATIONAL);
}

static void test_untrack_units_mark_sweep(void **state_)
{
    untrack_units(COLLECTOR_MARK_SWEEP);
}

static void test_same_stream_generational(void **state_)
{
    same_stream(COLLECTOR_GENERATIONAL, 0);
    same_stream(COLLECTOR_GENERATIONAL, 2);
}

static void test_same_stream_mark_sweep(void **state_)
{
    same_stream(COLLECTOR_MARK_SWEEP, 2);
}

/* Mark & sweep frees the same objects as a full generational collection
 * (no finalizers here), in the heap's list order. */
static void test_collectors_agree(void **state_)
{
    rig *a = rig_new(COLLECTOR_GENERATIONAL), *b = rig_new(COLLECTOR_MARK_SWEEP);
    object *ka, *kb;
    build_mixed(a->v, &ka);
    build_mixed(b->v, &kb);
    size_t sa = a->n, sb = b->n;
    assert_int_equal(gc_collect(a->v, 2), gc_collect(b->v, 2));
    size_t ia = sa, ib = sb, freed = 0;
    for (;; ia++, ib++, freed++) {
        while (ia < a->n && a->ev[ia].kind != EV_OBJ_FREE)
            ia++;
        while (ib < b->n && b->ev[ib].kind != EV_OBJ_FREE)
            ib++;
        if (ia == a->n || ib == b->n)
            break;
        assert_int_equal(a->ev[ia].u.obj.addr, b->ev[ib].u.obj.addr);
    }
    assert_int_equal(ia, a->n);
    assert_int_equal(ib, b->n);
    assert_true(freed > 100);
    obj_decref(a->v, ka);
    obj_decref(b->v, kb);
    rig_free(a);
    rig_free(b);
}

/* A keyframe taken in the middle of a collection (at the start of each
 * phase) loads to the same collector state, and the rest of the events
 * apply to it, ending where the model fed from the start ends. */
static void keyframes(int collector)
{
    rig *r = rig_new(collector);
    object *keep;
    build_mixed(r->v, &keep);
    gc_begin(r->v, 2);
    enum { MAXK = 32 };
    buf kf[MAXK];
    size_t at[MAXK], members[MAXK], nk = 0;
    int phase[MAXK];
    int last = -1;
    while (gc_phase(r->v, NULL) != GCP_IDLE) {
        int p = gc_phase(r->v, NULL);
        if (p != last && nk < MAXK) {
            kf[nk] = (buf)BUF_INIT;
            model_save(r->m, &kf[nk]);
            phase[nk] = p;
            members[nk] = model_gc_count(r->m, GCL_NONE);
            at[nk++] = r->n;
            last = p;
        }
        gc_step(r->v);
    }
    assert_true(nk >= gc_phase_order(collector, NULL, 0));
    buf end = BUF_INIT;
    model_save(r->m, &end);
    for (size_t k = 0; k < nk; k++) {
        buf why = BUF_INIT;
        model *m = model_load(profile_default(), kf[k].data, kf[k].len, &why);
        if (!m)
            fail_msg("keyframe %zu: %s", k, buf_str(&why));
        assert_int_equal(model_gc_phase(m, NULL, NULL), phase[k]);
        assert_int_equal(model_gc_count(m, GCL_NONE), members[k]);
        for (size_t i = at[k]; i < r->n; i++)
            if (model_knows(r->ev[i].kind) && model_apply(m, &r->ev[i]))
                fail_msg("keyframe %zu: event %zu (%s) refused", k, i, event_name(r->ev[i].kind));
        buf again = BUF_INIT;
        model_save(m, &again);
        assert_int_equal(again.len, end.len);
        assert_memory_equal(again.data, end.data, end.len);
        buf_free(&again);
        buf_free(&why);
        buf_free(&kf[k]);
        model_delete(m);
    }
    buf_free(&end);
    obj_decref(r->v, keep);
    rig_free(r);
}

static void test_keyframes_generational(void **state_)
{
    keyframes(COLLECTOR_GENERATIONAL);
}

static void test_keyframes_mark_sweep(void **state_)
{
    keyframes(COLLECTOR_MARK_SWEEP);
}

/* The events of kind in r->ev[from..]. */
static size_t count_kind(const rig *r, size_t from, unsigned kind, hv_event *last)
{
    size_t n = 0;
    for (size_t i = from; i < r->n; i++)
        if (r->ev[i].kind == kind) {
            n++;
            if (last)
                *last = r->ev[i];
        }
    return n;
}

/* Sum of gc_refs over the collection's members (the model's answer). */
static int64_t refs_sum(rig *r)
{
    size_t n = model_gc_members(r->m, NULL, 0);
    uint64_t *addr = calloc(n + 1, sizeof *addr);
    model_gc_members(r->m, addr, n);
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        hv_gcobj s;
        assert_true(model_gc_obj(r->m, addr[i], &s));
        sum += s.gc_refs;
    }
    free(addr);
    return sum;
}

/* Mark & sweep's START: one object joins per step (one GC_REFS: white,
 * gc_refs = its refcount), until every tracked object has. */
static void test_start_units_mark_sweep(void **state_)
{
    rig *r = rig_new(COLLECTOR_MARK_SWEEP);
    heap h;
    build(r->v, &h);
    size_t tracked[GC_GENERATIONS];
    model_tracked(r->m, tracked);
    gc_begin(r->v, 2);
    assert_int_equal(gc_phase(r->v, NULL), GCP_START);
    assert_int_equal(model_gc_count(r->m, GCL_NONE), 0);
    expect(r, h.keep, -1, GCL_NONE, GC_WHITE);
    size_t joined = 0, at = r->n;
    while (gc_step(r->v) == GCP_START) {
        checked(r);
        hv_event ev = {0};         /* count_kind fills it when it finds one */
        assert_int_equal(count_kind(r, at, EV_GC_REFS, &ev), 1);
        assert_int_equal(ev.u.gc.old_refs, -1);
        model_obj o;
        hv_gcobj s;
        assert_true(model_obj_info(r->m, ev.u.gc.addr, &o) && model_gc_obj(r->m, ev.u.gc.addr, &s));
        assert_int_equal(s.gc_refs, o.refcnt);
        assert_int_equal(s.list, GCL_YOUNG);
        assert_int_equal(s.colour, GC_WHITE);
        assert_int_equal(model_gc_count(r->m, GCL_NONE), ++joined);
        at = r->n;
    }
    assert_int_equal(joined, tracked[0] + tracked[1] + tracked[2]);
    expect(r, h.child, 1, GCL_YOUNG, GC_WHITE);
    expect(r, h.ring[0], 1, GCL_YOUNG, GC_WHITE);
    gc_finish(r->v);
    checked(r);
    obj_decref(r->v, h.keep);
    rig_free(r);
}

/* MS_HELD: after the first marking, one reference from the heap is
 * subtracted per step (one GC_REFS, −1); what is left white with gc_refs
 * above 0 (h.keep, held by this test) is grayed in the second round. */
static void test_held_units_mark_sweep(void **state_)
{
    rig *r = rig_new(COLLECTOR_MARK_SWEEP);
    heap h;
    build(r->v, &h);
    gc_begin(r->v, 2);
    to_phase(r, GCP_MS_HELD);
    expect(r, h.keep, 1, GCL_YOUNG, GC_WHITE);          /* refcounts: nothing subtracted yet */
    expect(r, h.child, 1, GCL_YOUNG, GC_WHITE);
    expect(r, h.ring[0], 1, GCL_YOUNG, GC_WHITE);
    int64_t before = refs_sum(r);
    size_t units = 0, at = r->n;
    while (gc_step(r->v) == GCP_MS_HELD) {
        checked(r);
        hv_event ev = {0};         /* count_kind fills it when it finds one */
        assert_int_equal(count_kind(r, at, EV_GC_REFS, &ev), 1);
        assert_int_equal(ev.u.gc.refs, ev.u.gc.old_refs - 1);
        assert_int_equal(r->n - at, 1);                 /* nothing else happens */
        units++;
        at = r->n;
    }
    checked(r);
    assert_int_equal(gc_phase(r->v, NULL), GCP_MS_ROOTS);
    assert_true(units >= 5);                        /* child, grand, the ring */
    assert_int_equal((int64_t)units, before - refs_sum(r));
    expect(r, h.keep, 1, GCL_YOUNG, GC_WHITE);
    expect(r, h.child, 0, GCL_YOUNG, GC_WHITE);
    for (int i = 0; i < 3; i++)
        expect(r, h.ring[i], 0, GCL_YOUNG, GC_WHITE);
    assert_int_equal(gc_step(r->v), GCP_MS_ROOTS);      /* the held object grayed */
    assert_int_equal(state(r, h.keep).root, GCR_HELD);
    gc_finish(r->v);
    checked(r);
    obj_decref(r->v, h.keep);
    rig_free(r);
}

/* Entries on the free lists a full collection empties: tuples of lengths
 * 1 and 2, floats, lists, dicts and the dicts' keys tables. */
static void park(vm *v)
{
    object *k = str_from_cstr(v, "key"), *drop[3][5];
    for (int i = 0; i < 3; i++) {              /* all alive at once: none reused */
        object *d = dict_new(v), *l = list_new(v, 0), *f = float_new(v, i + 0.5);
        object *t1 = tuple_pack(v, 1, f), *t2 = tuple_pack(v, 2, f, l);
        dict_setitem(v, d, k, f);
        object *these[] = {t2, t1, l, d, f};
        memcpy(drop[i], these, sizeof these);
    }
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 5; j++)
            obj_decref(v, drop[i][j]);
    obj_decref(v, k);
}

/* The addresses of the parked objects in the order CPython 3.11 frees
 * them: tuples by length, float, list, dict, each list newest first. */
static size_t parked_order(vm *v, uint64_t *out)
{
    freelist *fls[TUPLE_FREELISTS + 3];
    size_t nfl = 0, n = 0;
    for (int len = 1; len <= TUPLE_FREELISTS; len++)
        fls[nfl++] = &v->fl_tuple[len];
    fls[nfl++] = &v->fl_float;
    fls[nfl++] = &v->fl_list;
    fls[nfl++] = &v->fl_dict;
    for (size_t i = 0; i < nfl; i++)
        for (uint32_t j = fls[i]->n; j-- > 0;)
            out[n++] = fls[i]->items[j]->addr;
    return n;
}

/* FREELISTS: one entry released per step, in CPython's order: an object
 * (one OBJ_FREE, the model's parked blocks one fewer), then the keys
 * tables (one BLOCK_FREE each); stepped and run in one call, the same
 * events. */
static void freelist_units(int collector)
{
    rig *r = rig_new(collector), *one = rig_new(collector);
    park(r->v);
    park(one->v);
    uint64_t want[4 * TUPLE_FREELISTS];
    size_t nwant = parked_order(r->v, want), nkeys = r->v->nfl_keys, got = 0, keys = 0;
    assert_int_equal(nwant, 15);
    assert_true(nkeys >= 1);
    assert_int_equal(model_parked_blocks(r->m, NULL, 0), nwant);
    size_t start = r->n;
    int64_t result = gc_collect(one->v, 2);
    gc_begin(r->v, 2);
    to_phase(r, GCP_FREELISTS);
    size_t at = r->n;
    while (gc_step(r->v) == GCP_FREELISTS) {
        checked(r);
        hv_event ev = {0};         /* count_kind fills it when it finds one */
        if (count_kind(r, at, EV_OBJ_FREE, &ev)) {
            assert_int_equal(count_kind(r, at, EV_OBJ_FREE, NULL), 1);
            assert_true(got < nwant);
            assert_int_equal(ev.u.obj.addr, want[got++]);
            assert_int_equal(model_parked_blocks(r->m, NULL, 0), nwant - got);
        } else {
            assert_int_equal(got, nwant);               /* the keys come last */
            assert_int_equal(count_kind(r, at, EV_BLOCK_FREE, NULL), 1);
            assert_int_equal(r->v->nfl_keys, nkeys - ++keys);
        }
        at = r->n;
    }
    assert_int_equal(gc_finish(r->v), 0);
    assert_int_equal(result, 0);
    assert_int_equal(got, nwant);
    assert_int_equal(keys, nkeys);
    assert_int_equal(one->n, r->n);
    assert_memory_equal(one->ev + start, r->ev + start, (r->n - start) * sizeof *r->ev);
    checked(r);
    rig_free(r);
    rig_free(one);
}

static void test_freelist_units_generational(void **state_)
{
    freelist_units(COLLECTOR_GENERATIONAL);
}

static void test_freelist_units_mark_sweep(void **state_)
{
    freelist_units(COLLECTOR_MARK_SWEEP);
}

/* A program with finalizers, resurrection and automatic collections, run
 * with events on: every event applies to a model, which passes its checker
 * at every phase and unwinds to an empty heap. */
static const char program[] =
    "import gc\n"
    "saved = []\n"
    "class Fin:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "    def __del__(self):\n"
    "        if self.n % 7 == 0:\n"
    "            saved.append(self)\n"
    "for i in range(3000):\n"
    "    a = Fin(i)\n"
    "    b = Fin(i + 1)\n"
    "    a.other = b\n"
    "    b.other = a\n"
    "    l = [a, (i, b), {'k': l if i else None}]\n"
    "del a, b, l\n"
    "print(gc.collect(), len(saved))\n"
    "saved.clear()\n"
    "print(gc.collect())\n";

static void swallow(void *ud, int fd, const char *p, size_t n)
{
    buf_add(ud, p, n);
}

/* A rig whose sink heard src run by an interpreter with collector (and,
 * if shutdown, the interpreter's shutdown too); its output goes to out. */
static rig *rig_run(const char *src, size_t n, int collector, int shutdown, buf *out)
{
    rig *r = calloc(1, sizeof *r);
    r->m = model_new(profile_default());
    interp_options opt = {.prof = profile_default(), .emit = sink, .emit_ud = r,
                          .write = swallow, .write_ud = out, .collector = collector};
    interp *in = interp_new(&opt);
    assert_int_equal(interp_run(in, src, n, "prog.py"), 0);
    if (!shutdown)
        interp_set_sink(in, NULL, NULL, NULL);
    interp_delete(in);
    return r;
}

/* Runs src with collector, shutdown included, then unapplies every event
 * back to an empty heap, the model's checker at every 5th GC_PHASE (clear:
 * at each one into CLEAR instead); the output must be want.  Returns how
 * many GC_PHASE events were counted. */
static size_t run_and_unwind(const char *src, size_t n, int collector, int clear, const char *want)
{
    buf out = BUF_INIT;
    rig *r = rig_run(src, n, collector, 1, &out);
    size_t phases = 0;
    for (size_t i = r->n; i-- > 0;) {
        if (!model_knows(r->ev[i].kind))
            continue;
        assert_int_equal(model_unapply(r->m, &r->ev[i]), 0);
        if (r->ev[i].kind != EV_GC_PHASE || (clear && r->ev[i].u.gc.to != GCP_CLEAR))
            continue;
        if (++phases % (clear ? 1 : 5) == 0) {
            buf why = BUF_INIT;
            assert_checked(model_check(r->m, &why), &why);
            buf_free(&why);
        }
    }
    pymalloc_stats st;
    model_get_stats(r->m, &st);
    assert_int_equal(st.allocated_blocks, 0);
    assert_int_equal(model_gc_phase(r->m, NULL, NULL), GCP_IDLE);
    assert_int_equal(model_gc_debug(r->m), 0);
    assert_string_equal(buf_str(&out), want);
    buf_free(&out);
    model_delete(r->m);
    free(r->ev);
    free(r);
    return phases;
}

static void run_program(int collector)
{
    size_t phases = run_and_unwind(program, sizeof program - 1, collector, 0, "4286 857\n1714\n");  /* python3's */
    assert_true(phases > 100);              /* automatic collections ran */
}

/* gc.DEBUG_SAVEALL under automatic collections, with a callback: every
 * cycle goes to gc.garbage (a static list, its item array growing) and
 * stays alive; the events replay backwards to an empty heap with the
 * model's checker holding, under both collectors, and the output is
 * python3's. */
static const char saveall_program[] =
    "import gc\n"
    "class N:\n"
    "    pass\n"
    "gc.set_debug(gc.DEBUG_SAVEALL)\n"
    "seen = []\n"
    "gc.callbacks.append(lambda p, i: seen.append(i['collected']))\n"
    "for i in range(1500):\n"
    "    a = N(); b = N(); a.b = b; b.a = a\n"
    "del a, b\n"
    "n = gc.collect()\n"
    "print(len(gc.garbage), len(seen) > 2)\n"
    "gc.set_debug(0)\n"
    "gc.garbage.clear()\n"
    "print(gc.collect())\n";

static void run_saveall(int collector)
{
    size_t clears = run_and_unwind(saveall_program, sizeof saveall_program - 1, collector, 1, "3000 True\n3000\n");
    assert_true(clears > 2);
}

static void test_saveall_generational(void **state_)
{
    run_saveall(COLLECTOR_GENERATIONAL);
}

static void test_saveall_mark_sweep(void **state_)
{
    run_saveall(COLLECTOR_MARK_SWEEP);
}

/* The model's count of o (it must know o). */
static int64_t model_count(rig *r, const object *o)
{
    model_obj mo;
    assert_int_equal(model_obj_info(r->m, o->addr, &mo), 1);
    return mo.refcnt;
}

/* The interpreter's own references are told in bulk (object.h, "unsaid
 * references"): none while they only come and go; the net change just
 * before an event about the object, so its count is exact there; a move to
 * a holder as that holder's +1; every object's at the step's end; an
 * object freed with some unsaid is told down to 0 first; a change past
 * int8 in more than one event. */
static void test_unsaid_references(void **state_)
{
    rig *r = rig_new(COLLECTOR_GENERATIONAL);
    vm *v = r->v;
    object *a = list_new(v, 0), *b = list_new_alloc(v, 1), *c = list_new(v, 0);
    vm_say_all(v);
    size_t start = r->n;
    for (int i = 0; i < 5; i++) {           /* comes and goes: nothing to tell */
        obj_incref(v, a);
        obj_decref(v, a);
    }
    obj_incref(v, a);
    obj_incref(v, a);
    assert_int_equal(r->n, start);
    assert_int_equal(model_count(r, a), 1);
    list_append(v, c, a);                   /* a holder's +1: the +2 stays unsaid */
    while (start < r->n && r->ev[start].kind != EV_REF)
        start++;                            /* c's item array */
    assert_int_equal(start + 1, r->n);
    assert_int_equal(r->ev[start].u.ref.target, a->addr);
    assert_int_equal(r->ev[start].u.ref.holder, c->addr);
    assert_int_equal(r->ev[start].u.ref.delta, 1);
    assert_int_equal(model_count(r, a), 2);
    start = r->n;
    obj_hold(v, a, c->addr, 5);             /* another +1 of c's: still unsaid */
    obj_release(v, a, c->addr, 5);          /* a holder's -1: the +2 first */
    while (start < r->n && r->ev[start].kind != EV_REF)
        start++;
    assert_int_equal(start + 3, r->n);
    assert_int_equal(r->ev[start + 1].u.ref.target, a->addr);
    assert_int_equal(r->ev[start + 1].u.ref.holder, 0);
    assert_int_equal(r->ev[start + 1].u.ref.delta, 2);
    assert_int_equal(r->ev[start + 2].u.ref.holder, c->addr);
    assert_int_equal(r->ev[start + 2].u.ref.delta, -1);
    assert_int_equal(model_count(r, a), a->refcnt);
    obj_decref(v, a);
    obj_decref(v, a);
    start = r->n;
    obj_incref(v, c);
    list_set_fresh(v, b, 0, c);             /* the interpreter's reference becomes b's */
    assert_int_equal(r->n, start + 1);
    assert_int_equal(r->ev[start].kind, EV_REF);
    assert_int_equal(r->ev[start].u.ref.holder, b->addr);
    assert_int_equal(r->ev[start].u.ref.delta, 1);
    start = r->n;
    for (int i = 0; i < 300; i++)           /* past int8: told in parts */
        obj_incref(v, c);
    vm_say_all(v);                          /* the step's end: exact everywhere */
    size_t told = 0;
    for (size_t i = start; i < r->n; i++)
        told += r->ev[i].u.ref.target == c->addr;
    assert_int_equal(told, 3);              /* 127, 127, 46 (and a's -2) */
    assert_int_equal(model_count(r, a), a->refcnt);
    assert_int_equal(model_count(r, b), b->refcnt);
    assert_int_equal(model_count(r, c), c->refcnt);
    for (int i = 0; i < 300; i++)
        obj_decref(v, c);
    uint64_t caddr = c->addr;
    obj_decref(v, c);                       /* the list's own: c stays in b */
    obj_decref(v, a);
    obj_decref(v, b);                       /* frees b, then a and c with it */
    model_obj mo;
    assert_int_equal(model_obj_info(r->m, caddr, &mo), 0);
    vm_say_all(v);
    checked(r);
    rig_free(r);
}

static void test_program_generational(void **state_)
{
    run_program(COLLECTOR_GENERATIONAL);
}

static void test_program_mark_sweep(void **state_)
{
    run_program(COLLECTOR_MARK_SWEEP);
}

/* Mark & sweep marks from the vm's roots: a collection the script asks
 * for, from inside a function, grays __main__'s globals, the built-in
 * modules, the builtins and both frames' objects (the function's locals
 * among them), and nothing the C code holds: the root table is complete
 * there.  Each root's kind is in its GC_COLOR event and in the model. */
static const char roots_program[] =
    "import gc\n"
    "gc.disable()\n"
    "class Node:\n"
    "    pass\n"
    "def f(x):\n"
    "    a = Node()\n"
    "    a.me = a\n"
    "    y = [x, a]\n"
    "    return gc.collect()\n"
    "keep = [Node() for i in range(3)]\n"
    "print(f({'k': keep}))\n";

static void test_roots_mark_sweep(void **state_)
{
    rig *r = calloc(1, sizeof *r);
    r->m = model_new(profile_default());
    buf out = BUF_INIT;
    interp_options opt = {.prof = profile_default(), .emit = sink, .emit_ud = r,
                          .write = swallow, .write_ud = &out, .collector = COLLECTOR_MARK_SWEEP};
    interp *in = interp_new(&opt);
    assert_int_equal(interp_run(in, roots_program, sizeof roots_program - 1, "prog.py"), 0);
    size_t kinds[GCR_NKINDS] = {0}, grays = 0;
    int phase = GCP_IDLE, seen_mark = 0;
    for (size_t i = 0; i < r->n && !seen_mark; i++) {
        const hv_event *ev = &r->ev[i];
        if (ev->kind == EV_GC_PHASE)
            phase = ev->u.gc.to;
        seen_mark = phase == GCP_MS_MARK;
        if (ev->kind != EV_GC_COLOR || phase != GCP_MS_ROOTS)
            continue;
        assert_int_equal(ev->u.gc.from, GC_WHITE);
        assert_int_equal(ev->u.gc.to, GC_GRAY);
        assert_in_range(ev->u.gc.gen, GCR_MAIN, GCR_HELD);
        kinds[ev->u.gc.gen]++;
        grays++;
    }
    assert_true(seen_mark);
    assert_int_equal(kinds[GCR_MAIN], 1);
    assert_int_equal(kinds[GCR_HELD], 0);
    assert_true(kinds[GCR_FRAME] >= 4);     /* f, the dict x, a, y (and keep on main's stack) */
    assert_int_equal(grays, kinds[GCR_MAIN] + kinds[GCR_MODULES] + kinds[GCR_BUILTINS] +
                     kinds[GCR_FRAME] + kinds[GCR_EXC] + kinds[GCR_STATIC]);
    interp_delete(in);
    assert_string_equal(buf_str(&out), "0\n");
    buf_free(&out);
    model_delete(r->m);
    free(r->ev);
    free(r);
}

/* The phases a STEP_GC_PHASE step stands for, in the stream. */
static void test_phase_steps(void **state_)
{
    rig *r = rig_new(COLLECTOR_GENERATIONAL);
    heap h;
    build(r->v, &h);
    size_t start = r->n;
    gc_collect(r->v, 1);
    unsigned phases = 0;
    for (size_t i = start; i < r->n; i++) {
        if (r->ev[i].kind != EV_STEP)
            continue;
        assert_int_equal(r->ev[i].u.step.what, STEP_GC_PHASE);
        assert_true(i + 1 < r->n);
        assert_int_equal(r->ev[i + 1].kind, EV_GC_PHASE);
        phases++;
    }
    /* start … untrack_tuples, promote, finalize, 4 resurrection, clear, idle */
    assert_int_equal(phases, 13);
    obj_decref(r->v, h.keep);
    rig_free(r);
}

/* ---- events built in a ring's slots ------------------------------------------
 * The producers build each event in place in the ring's next slot (event.h)
 * or, without a ring, in scratch handed to a callback: the two streams must
 * be the same bytes.  The ring starts filled with 0xa5 and is small, so its
 * slots are reused many times: a byte an emitter leaves unwritten shows. */

enum { TRING = 256 };

typedef struct tring {
    hv_ring r;
    hv_event slot[TRING];
    uint64_t done;          /* events copied out */
    hv_event *ev;           /* what the ring carried, in order */
    size_t n, cap;
} tring;

static void tring_drain(tring *t, uint64_t head)
{
    for (; t->done < head; t->done++) {
        hv_grow(&t->ev, &t->cap, t->n + 1, sizeof *t->ev, 4096);
        t->ev[t->n++] = t->slot[t->done & (TRING - 1)];
    }
}

/* The slow path: the owner reads what was published, then frees the ring. */
static hv_event *tring_slow(hv_ring *r)
{
    tring *t = (tring *)(void *)r;
    uint64_t h = hv_ring_publish(r);
    tring_drain(t, h);
    return hv_ring_open(r, h, h + TRING);
}

static const char ring_program[] =
    "import gc\n"
    "gc.set_threshold(50, 5, 5)\n"
    "class Fin:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "    def __del__(self):\n"
    "        pass\n"
    "keep = []\n"
    "for i in range(300):\n"
    "    a = Fin(i)\n"
    "    a.me = a\n"
    "    t = (i, str(i))\n"
    "    keep.insert(0, t)\n"
    "    d = {}\n"
    "    for j in range(i % 12):\n"
    "        d[j] = [j]\n"
    "    if len(keep) > 40:\n"
    "        keep.pop(3)\n"
    "keep.reverse()\n"
    "print(gc.collect())\n";

static void ring_matches_emit(int collector)
{
    buf out = BUF_INIT;
    rig *r = rig_run(ring_program, sizeof ring_program - 1, collector, 0, &out);

    tring *t = aligned_alloc(alignof(tring), sizeof *t);    /* the ring's head has a line of its own */
    memset(t, 0, sizeof *t);
    memset(t->slot, 0xa5, sizeof t->slot);
    t->r.slot = t->r.next = t->r.end = t->slot;
    t->r.mask = TRING - 1;
    t->r.slow = tring_slow;
    interp_options ropt = {.prof = profile_default(), .ring = &t->r, .write = swallow, .write_ud = &out,
                           .collector = collector};
    interp *in = interp_new(&ropt);
    assert_int_equal(interp_run(in, ring_program, sizeof ring_program - 1, "prog.py"), 0);
    interp_set_sink(in, NULL, NULL, NULL);
    tring_drain(t, atomic_load(&t->r.head));
    interp_delete(in);

    assert_true(t->n > 20 * TRING);
    assert_int_equal(t->n, r->n);
    for (size_t i = 0; i < r->n; i++)
        if (memcmp(&t->ev[i], &r->ev[i], sizeof *t->ev) != 0)
            fail_msg("event %zu (%s) differs in the ring", i, event_name(r->ev[i].kind));
    static const uint8_t kinds[] = {EV_STEP, EV_GC_PHASE, EV_GC_REFS, EV_GC_MOVE, EV_GC_VISIT, EV_GC_CONFIG,
                                    EV_TRACK, EV_SHIFT, EV_OBJ_RESIZE, EV_BLOCK_OWNER, EV_POOL_INIT,
                                    EV_ARENA_NEW, EV_REF, EV_REF_MOVE, EV_OBJ_NEW, EV_OBJ_FREE, EV_FRAME_PUSH,
                                    EV_BLOCK_ALLOC, EV_BLOCK_FREE, EV_GC_COLOR};
    for (size_t k = 0; k < sizeof kinds - (collector != COLLECTOR_MARK_SWEEP); k++) {
        size_t i = 0;
        while (i < r->n && r->ev[i].kind != kinds[k])
            i++;
        if (i == r->n)
            fail_msg("no %s event: the program no longer tests it", event_name(kinds[k]));
    }
    free(t->ev);
    free(t);
    buf_free(&out);
    model_delete(r->m);
    free(r->ev);
    free(r);
}

static void test_ring_matches_emit_generational(void **state_)
{
    (void)state_;
    ring_matches_emit(COLLECTOR_GENERATIONAL);
}

static void test_ring_matches_emit_mark_sweep(void **state_)
{
    (void)state_;
    ring_matches_emit(COLLECTOR_MARK_SWEEP);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generational_phases),
        cmocka_unit_test(test_mark_sweep_phases),
        cmocka_unit_test(test_phase_order),
        cmocka_unit_test(test_unwind_generational),
        cmocka_unit_test(test_unwind_mark_sweep),
        cmocka_unit_test(test_untrack_units_generational),
        cmocka_unit_test(test_untrack_units_mark_sweep),
        cmocka_unit_test(test_same_stream_generational),
        cmocka_unit_test(test_same_stream_mark_sweep),
        cmocka_unit_test(test_collectors_agree),
        cmocka_unit_test(test_phase_steps),
        cmocka_unit_test(test_keyframes_generational),
        cmocka_unit_test(test_keyframes_mark_sweep),
        cmocka_unit_test(test_unsaid_references),
        cmocka_unit_test(test_program_generational),
        cmocka_unit_test(test_saveall_generational),
        cmocka_unit_test(test_saveall_mark_sweep),
        cmocka_unit_test(test_program_mark_sweep),
        cmocka_unit_test(test_roots_mark_sweep),
        cmocka_unit_test(test_start_units_mark_sweep),
        cmocka_unit_test(test_held_units_mark_sweep),
        cmocka_unit_test(test_freelist_units_generational),
        cmocka_unit_test(test_freelist_units_mark_sweep),
        cmocka_unit_test(test_ring_matches_emit_generational),
        cmocka_unit_test(test_ring_matches_emit_mark_sweep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
