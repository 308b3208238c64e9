/*
 * 55-view-gc: the collector view on models fed by real programs that call
 * gc.collect(), taken at the end of named phases, under both collectors,
 * against answers worked out by hand; the garbage listed between
 * collections; stepping back through a collection; keys; goldens.
 */
#include "progview.h"

#include "view_gc.h"

/* The program: a cycle no name reaches, a list the globals hold. */
static const char cycle_src[] =
    "import gc\n"
    "a = [1]\n"
    "b = [a]\n"
    "a.append(b)\n"
    "c = [2]\n"
    "del a, b\n"
    "gc.collect()\n"
    "pass\n";

/* Just before the phase after `phase` begins: everything `phase` did is
 * applied.  The phases come as STEP (STEP_GC_PHASE) then GC_PHASE. */
static size_t phase_end(const prog *p, int phase)
{
    for (size_t i = 0; i < p->nlog; i++)
        if (p->log[i].kind == EV_GC_PHASE && p->log[i].u.gc.to == phase) {
            for (size_t k = i + 1; k < p->nlog; k++)
                if (p->log[k].kind == EV_STEP)
                    return k;
            return p->nlog;
        }
    fail_msg("no phase %s in the log", event_gc_phase_name((unsigned)phase));
    return 0;
}

static void run_with(prog *p, const char *src, int collector)
{
    memset(p, 0, sizeof *p);
    p->m = model_new(profile_default());
    p->names = names_new();
    interp_options o = {.prof = profile_default(), .emit = prog_emit, .emit_ud = p, .write = prog_write,
                        .collector = collector};
    p->in = interp_new(&o);
    interp_run(p->in, src, strlen(src), "prog.py");
}

static hv_gcobj state_of(const prog *p, uint64_t addr)
{
    hv_gcobj s;
    model_gc_obj(p->m, addr, &s);
    return s;
}

typedef struct made {
    uint32_t line;
    uint64_t addr;
} made;

static int find_line(void *ud, const model_obj *o)
{
    made *m = ud;
    if (o->site == m->line && o->gen >= 0) {
        m->addr = o->addr;
        return 1;
    }
    return 0;
}

static uint64_t list_of(const prog *p, uint32_t line)
{
    made m = {line, 0};
    model_obj_each(p->m, find_line, &m);
    if (!m.addr)
        fail_msg("no tracked object made on line %u", line);
    return m.addr;
}

/* Generational: a and b hold each other once and nothing else holds
 * them, so subtract_refs leaves them 0 and move_unreachable puts them on
 * the unreachable list; c's gc_refs falls to 0 too (only the globals
 * dict, itself in the collection, holds it) but the globals dict (held
 * by the interpreter) keeps it reachable. */
static void test_generational(void **state)
{
    prog p;
    run_with(&p, cycle_src, COLLECTOR_GENERATIONAL);
    prog_seek(&p, prog_line_pos(&p, 7));                   /* before gc.collect(): idle */
    screen s;
    screen_open(&s, &view_gc_ops, &p, "default", 120, 36);
    view_gc_set_names(s.v, p.names);
    uint64_t a = list_of(&p, 2), b = list_of(&p, 3), c = list_of(&p, 5);
    screen_draw(&s);
    assert_true(screen_has(&s, "GC · idle"));
    assert_true(screen_has(&s, "garbage no root reaches: 2 objects"));
    assert_true(screen_has(&s, "a full collection would free 2 objects"));

    prog_seek(&p, phase_end(&p, GCP_SUBTRACT_REFS));
    screen_draw(&s);
    assert_true(screen_has(&s, "phase 3/14 subtract_refs"));
    assert_int_equal(state_of(&p, a).gc_refs, 0);
    assert_int_equal(state_of(&p, b).gc_refs, 0);
    assert_int_equal(state_of(&p, c).gc_refs, 0);
    assert_int_equal(state_of(&p, a).list, GCL_YOUNG);
    screen_golden(&s, "gc-subtract-120x36");

    prog_seek(&p, phase_end(&p, GCP_MOVE_UNREACHABLE));
    screen_draw(&s);
    assert_int_equal(state_of(&p, a).list, GCL_UNREACHABLE);
    assert_int_equal(state_of(&p, b).list, GCL_UNREACHABLE);
    assert_int_equal(state_of(&p, c).list, GCL_REACHABLE);
    assert_true(screen_has(&s, "✗ unreachable"));
    assert_true(screen_has(&s, "✓ reachable"));
    /* a (getsizeof 120 once b is appended: python3 says so) and b (64) */
    assert_true(screen_has(&s, "will be freed so far: 2 objects, 184 B"));
    screen_golden(&s, "gc-unreachable-120x36");

    prog_seek(&p, prog_line_pos(&p, 7));                   /* back before the collection */
    screen_draw(&s);
    assert_true(screen_has(&s, "GC · idle"));
    prog_seek(&p, prog_line_pos(&p, 8));                   /* after it: the cycle is gone */
    screen_draw(&s);
    assert_true(screen_has(&s, "none: every object is reachable from a root"));
    screen_close(&s);
    prog_free(&p);
}

/* Mark & sweep: roots (gc_refs > 0 after subtract_refs) are grayed, the
 * worklist blackens them one by one; a and b stay white and are swept. */
static void test_mark_sweep(void **state)
{
    prog p;
    run_with(&p, cycle_src, COLLECTOR_MARK_SWEEP);
    uint64_t a, b, c;
    screen s;
    screen_open(&s, &view_gc_ops, &p, "mono", 120, 36);
    view_gc_set_names(s.v, p.names);
    prog_seek(&p, phase_end(&p, GCP_MS_ROOTS));
    a = list_of(&p, 2), b = list_of(&p, 3), c = list_of(&p, 5);
    screen_draw(&s);
    assert_true(screen_has(&s, "mark & sweep"));
    assert_true(screen_has(&s, "gray worklist"));
    assert_true(screen_has(&s, "root: __main__"));     /* the roots grayed, by kind */
    assert_true(screen_has(&s, "held by C)"));
    assert_true(model_gc_gray(p.m, NULL, 0) > 0);
    assert_int_equal(state_of(&p, a).colour, GC_WHITE);
    prog_seek(&p, phase_end(&p, GCP_MS_MARK));
    screen_draw(&s);
    assert_int_equal(model_gc_gray(p.m, NULL, 0), 0);
    assert_int_equal(state_of(&p, a).colour, GC_WHITE);
    assert_int_equal(state_of(&p, b).colour, GC_WHITE);
    assert_int_equal(state_of(&p, c).colour, GC_BLACK);
    assert_true(screen_has(&s, "○ W"));
    assert_true(screen_has(&s, "● B"));
    screen_golden(&s, "gc-marked-mono-120x36");
    screen_close(&s);
    prog_free(&p);
}

static void test_keys_and_small(void **state)
{
    prog p;
    run_with(&p, cycle_src, COLLECTOR_GENERATIONAL);
    prog_seek(&p, phase_end(&p, GCP_MOVE_UNREACHABLE));
    screen s;
    screen_open(&s, &view_gc_ops, &p, "default", 120, 36);
    screen_draw(&s);
    uint64_t first = view_gc_selected(s.v);
    assert_true(first != 0);
    screen_press(&s, "j");
    assert_true(view_gc_selected(s.v) != first);
    screen_press(&s, "k");
    assert_int_equal(view_gc_selected(s.v), first);
    screen_press(&s, "<End><Home>");
    assert_int_equal(view_gc_selected(s.v), first);
    backend_event ev = {.type = BEV_KEY, .key = BKEY_TEXT, .text = "q"};
    assert_int_equal(s.ops->key(s.v, &ev), VIEW_IGNORED);
    screen_close(&s);
    screen_open(&s, &view_gc_ops, &p, "default", 40, 10);
    screen_draw(&s);
    assert_true(screen_has(&s, "terminal too small"));
    screen_close(&s);
    prog_free(&p);
}

/* gc.set_threshold and gc.disable as they were at each step: the view
 * reads them from the model (GC_CONFIG), forwards and back. */
/* The untracking, one survivor per unit: the title names the object just
 * examined and what was found, its row (when it is in the collection)
 * is marked; the next phase examines nothing. */
static const char untrack_src[] =
    "import gc\n"
    "c = [2]\n"
    "t = tuple([1, 2])\n"
    "u = (c, c)\n"
    "gc.collect()\n"
    "pass\n";

/* The position just after the n-th GC_VISIT naming an object (n from 1),
 * 0 when there are fewer. */
static size_t after_visit(const prog *p, int n, uint64_t *addr)
{
    for (size_t i = 0; i < p->nlog; i++)
        if (p->log[i].kind == EV_GC_VISIT && p->log[i].u.gc.addr && --n == 0) {
            *addr = p->log[i].u.gc.addr;
            return i + 1;
        }
    return 0;
}

static void untrack_shown(int collector)
{
    prog p;
    run_with(&p, untrack_src, collector);
    screen s;
    screen_open(&s, &view_gc_ops, &p, "mono", 160, 36);
    view_gc_set_names(s.v, p.names);
    prog_seek(&p, prog_line_pos(&p, 5));                   /* before gc.collect() */
    uint64_t t = list_of(&p, 3), u = list_of(&p, 4), seen = 0;
    int untracked = 0, kept = 0;
    size_t at;
    for (int n = 1; (at = after_visit(&p, n, &seen)) != 0; n++) {
        if (seen != t && seen != u)
            continue;                               /* the runtime's own survivors */
        prog_seek(&p, at);
        screen_draw(&s);
        char want[96];
        snprintf(want, sizeof want, "examined tuple %llx: %s", (unsigned long long)seen,
                 seen == t ? "untracked (holds nothing tracked)" : "stays tracked");
        assert_true(screen_has(&s, want));
        assert_true(screen_has(&s, "untrack_tuples"));
        untracked += seen == t;
        kept += seen == u;
        if (collector == COLLECTOR_GENERATIONAL && seen == u)
            assert_true(screen_has(&s, "◀ examined"));     /* u's row: still in the collection */
    }
    assert_int_equal(untracked, 1);
    assert_int_equal(kept, 1);
    prog_seek(&p, phase_end(&p, GCP_FINALIZE));
    screen_draw(&s);
    assert_false(screen_has(&s, "examined"));
    screen_close(&s);
    prog_free(&p);
}

static void test_untrack_generational(void **state)
{
    untrack_shown(COLLECTOR_GENERATIONAL);
}

static void test_untrack_mark_sweep(void **state)
{
    untrack_shown(COLLECTOR_MARK_SWEEP);
}

/* FINALIZE: one finalizer per unit, the object named before its __del__
 * runs (its output follows the event). */
static const char finalize_src[] =
    "import gc\n"
    "class A:\n"
    "    def __del__(self):\n"
    "        print('del')\n"
    "a = A()\n"
    "a.me = a\n"
    "del a\n"
    "gc.collect()\n"
    "pass\n";

static void finalize_shown(int collector)
{
    prog p;
    run_with(&p, finalize_src, collector);
    prog_seek(&p, prog_line_pos(&p, 7));                   /* before del a */
    uint64_t a = list_of(&p, 5), seen = 0;
    size_t at = 0, n;
    for (int k = 1; (n = after_visit(&p, k, &seen)) != 0; k++)
        if (seen == a)
            at = n;
    assert_int_not_equal(at, 0);
    assert_int_equal(p.log[at - 1].u.gc.to, GCV_FINALIZED);
    screen s;
    screen_open(&s, &view_gc_ops, &p, "mono", 160, 36);
    view_gc_set_names(s.v, p.names);
    prog_seek(&p, at);
    screen_draw(&s);
    char want[96];
    snprintf(want, sizeof want, "finalizing A %llx: its __del__ runs", (unsigned long long)a);
    assert_true(screen_has(&s, want));
    assert_true(screen_has(&s, "◀ finalizing"));           /* a is on the unreachable list */
    screen_close(&s);
    prog_free(&p);
}

static void test_finalize_generational(void **state)
{
    finalize_shown(COLLECTOR_GENERATIONAL);
}

static void test_finalize_mark_sweep(void **state)
{
    finalize_shown(COLLECTOR_MARK_SWEEP);
}

/* The position just after the first GC_PHASE entering phase. */
static size_t phase_start(const prog *p, int phase)
{
    for (size_t i = 0; i < p->nlog; i++)
        if (p->log[i].kind == EV_GC_PHASE && p->log[i].u.gc.to == phase)
            return i + 1;
    fail_msg("no phase %s in the log", event_gc_phase_name((unsigned)phase));
    return 0;
}

/* Mark & sweep's START counts objects in one per unit; MS_HELD subtracts
 * one reference per unit (a and b hold each other: 1 each, then 0). */
static void test_mark_sweep_units(void **state)
{
    prog p;
    run_with(&p, cycle_src, COLLECTOR_MARK_SWEEP);
    prog_seek(&p, prog_line_pos(&p, 7));
    uint64_t a = list_of(&p, 2), b = list_of(&p, 3);
    screen s;
    screen_open(&s, &view_gc_ops, &p, "mono", 160, 36);
    view_gc_set_names(s.v, p.names);
    size_t at = phase_start(&p, GCP_START), joined = 0;
    for (; p.log[at].kind != EV_STEP; at++) {
        if (p.log[at].kind != EV_GC_REFS)
            continue;
        prog_seek(&p, at + 1);
        screen_draw(&s);
        size_t t[GC_GENERATIONS];
        model_tracked(p.m, t);
        char want[96];
        snprintf(want, sizeof want, "counting: %zu of %zu white", ++joined, t[0] + t[1] + t[2]);
        assert_true(screen_has(&s, want));
    }
    assert_true(joined >= 4);               /* a, b, c, __main__'s globals */
    prog_seek(&p, phase_start(&p, GCP_MS_HELD));
    screen_draw(&s);
    assert_true(screen_has(&s, "phase 4/14 find_held"));
    assert_true(screen_has(&s, "held by C? gc_refs −1 per reference from the heap"));
    assert_int_equal(state_of(&p, a).gc_refs, 1);
    assert_int_equal(state_of(&p, b).colour, GC_WHITE);
    prog_seek(&p, phase_end(&p, GCP_MS_HELD));
    screen_draw(&s);
    assert_int_equal(state_of(&p, a).gc_refs, 0);
    assert_int_equal(state_of(&p, b).gc_refs, 0);
    screen_close(&s);
    prog_free(&p);
}

/* FREELISTS: one entry per unit, the list being emptied named with what
 * it has left (three floats parked by `del f`). */
static const char floats_src[] =
    "import gc\n"
    "gc.collect()\n"
    "f = [i / 2 for i in range(3)]\n"
    "del f\n"
    "gc.collect()\n"
    "pass\n";

static void test_freelists_shown(void **state)
{
    prog p;
    run_with(&p, floats_src, COLLECTOR_GENERATIONAL);
    screen s;
    screen_open(&s, &view_gc_ops, &p, "mono", 160, 36);
    view_gc_set_names(s.v, p.names);
    size_t at = prog_line_pos(&p, 5);       /* the second collection's FREELISTS */
    while (at < p.nlog && !(p.log[at].kind == EV_GC_PHASE && p.log[at].u.gc.to == GCP_FREELISTS))
        at++;
    assert_true(at < p.nlog);
    int seen = 3;                           /* the next count looked for */
    for (; at < p.nlog && p.log[at].kind != EV_STEP; at++) {
        if (p.log[at].kind != EV_OBJ_FREE && p.log[at].kind != EV_GC_PHASE)
            continue;
        prog_seek(&p, at + (p.log[at].kind == EV_GC_PHASE));
        screen_draw(&s);
        char want[64];
        snprintf(want, sizeof want, "emptying the float free list: %d left", seen);
        if (seen > 0 && screen_has(&s, want))
            seen--;
    }
    assert_int_equal(seen, 0);              /* 3, 2, then 1 left, in that order */
    screen_close(&s);
    prog_free(&p);
}

static void test_settings(void **state)
{
    prog p;
    screen s;
    prog_run(&p, "import gc\n"
                 "gc.set_threshold(100, 5)\n"
                 "gc.disable()\n"
                 "a = [1]\n"
                 "gc.enable()\n"
                 "pass\n");
    screen_open(&s, &view_gc_ops, &p, "default", 120, 36);
    prog_seek(&p, prog_line_pos(&p, 3));                   /* after set_threshold */
    screen_draw(&s);
    assert_true(screen_has(&s, "threshold 100 (set_threshold)"));
    assert_true(screen_has(&s, "threshold 5 (set_threshold)"));
    assert_false(screen_has(&s, "automatic collection off"));
    prog_seek(&p, prog_line_pos(&p, 5));                   /* after gc.disable and a = [1] */
    screen_draw(&s);
    assert_true(screen_has(&s, "automatic collection off (gc.disable)"));
    prog_seek(&p, prog_line_pos(&p, 6));                   /* enabled again */
    screen_draw(&s);
    assert_false(screen_has(&s, "automatic collection off"));
    prog_seek(&p, prog_line_pos(&p, 2));                   /* back before set_threshold */
    screen_draw(&s);
    assert_true(screen_has(&s, "threshold 700 (default)"));
    assert_false(screen_has(&s, "set_threshold"));
    screen_close(&s);
    prog_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generational),
        cmocka_unit_test(test_mark_sweep),
        cmocka_unit_test(test_keys_and_small),
        cmocka_unit_test(test_settings),
        cmocka_unit_test(test_untrack_generational),
        cmocka_unit_test(test_untrack_mark_sweep),
        cmocka_unit_test(test_finalize_generational),
        cmocka_unit_test(test_finalize_mark_sweep),
        cmocka_unit_test(test_mark_sweep_units),
        cmocka_unit_test(test_freelists_shown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
