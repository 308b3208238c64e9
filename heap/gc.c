/*
 * gc.c — the cyclic collector as a state machine: CPython 3.11's
 * generational collector (Modules/gcmodule.c, gc_collect_main) and a
 * textbook tri-colour mark & sweep, on the same simulated heap.
 *
 * One phase at a time, one unit of work per step (gc_step), or a whole
 * collection in one call (gc_finish: the same work functions with an
 * unlimited budget, so nothing is buffered and no event is built when the
 * vm has no sink).  Every arrow is a STEP (what = STEP_GC_PHASE) and a
 * GC_PHASE event; the work of a phase emits GC_REFS, GC_MOVE, GC_COLOR,
 * GC_VISIT (the object UNTRACK_* examines) and TRACK events.
 *
 *            gc_begin(gen)
 *   IDLE ──────────────────▶ START  counts: count[g+1] += 1, count[0..g] = 0;
 *    ▲                         │    generational: gens 0..g-1 appended to g;
 *    │                         │    mark & sweep: every object joins, white,
 *    │                         │    gc_refs = refcount (per object)
 *    │          generational ╱   ╲ mark & sweep
 *    │    UPDATE_REFS  gc_refs = refcount (per object)
 *    │    SUBTRACT_REFS  −1 per internal  ╲
 *    │       reference (per reference)     ╲
 *    │    MOVE_UNREACHABLE        MS_ROOTS ◀─────────┐ the vm's roots gray (per
 *    │    walk young in order:       ▼               │ root); 2nd round: held ones
 *    │    gc_refs > 0: reachable,  MS_MARK  pop a gray object, black; its white
 *    │    traverse (gc_refs 0 → 1,   │      referents gray (per object)
 *    │    unreachable ones come      ├──▶ MS_HELD  after the 1st round: −1 per
 *    │    back to the END);          │    reference from the set (per reference);
 *    │    gc_refs 0 → unreachable    │    white with gc_refs > 0: held roots ┘
 *    │                               ▼
 *    │                             MS_SWEEP  white → unreachable list, black
 *    │                               │       leaves (per object)
 *    │              ╲               ╱
 *    │               UNTRACK_TUPLES  (UNTRACK_DICTS: full collections), one
 *    │                       │       survivor examined per step (GC_VISIT)
 *    │                       ▼
 *    │               PROMOTE  survivors to the older generation (generational;
 *    │                       │  mark & sweep's left the collection in its sweep)
 *    │                       ▼
 *    │               FINALIZE  on entry handle_weakrefs (weakrefs to the garbage
 *    │                       │  cleared, reachable ones' callbacks called, in one go);
 *    │                       │  then __del__ once per unreachable object (PEP 442),
 *    │                       │  one per step, named by a GC_VISIT
 *    │                       ▼
 *    │               RESURRECT_UPDATE / _SUBTRACT / _MOVE: the same analysis
 *    │               inside `unreachable`: what finalizers made reachable
 *    │               again is RESURRECTED, the rest COLLECTABLE (`still`)
 *    │                       ▼
 *    │               RESURRECT_PROMOTE  resurrected objects to the older generation
 *    │                       ▼
 *    │               CLEAR  tp_clear in list order (gc.DEBUG_SAVEALL: each object
 *    │                       │  appended to gc.garbage instead); survivors to the
 *    │                       │  older generation
 *    │                       ▼
 *    └────────────── FREELISTS  full collections: the free lists emptied in
 *                               CPython's order (per entry: freelist_at)
 *
 * The result (gc.collect()'s value) is the size of `still` after the
 * resurrection analysis (objects collected + uncollectable) plus the
 * weakrefs handle_weakrefs' callbacks freed.
 *
 * gc.collect(), the automatic trigger and the collection at exit run
 * through gc_collect_with_callback: gc.callbacks before START and after
 * the end, the machine untouched by them.  gc.set_debug's DEBUG_STATS
 * lines are written at START and as CLEAR ends, DEBUG_COLLECTABLE's as
 * FINALIZE begins (gc_collect_main's places), to sys.stderr.
 *
 * Mark & sweep's roots are the vm's (vm_roots, vm.h): __main__'s globals,
 * the built-in modules, the builtins, the frames executing (function,
 * globals, locals, value stack), the exception being raised or handled,
 * static objects; MS_ROOTS grays them one per step, each labelled with its
 * kind (enum gc_root), and MS_MARK marks from them, tracing through the
 * objects outside the set (code objects, static modules, untracked
 * containers) without colouring them.  A collection can start inside any
 * allocation, while the interpreter's C code holds values it is working
 * on that no root references yet (CPython's collector sees them as
 * external references; a textbook VM would keep a shadow stack): after the
 * first marking, objects still white whose refcount exceeds the references
 * they get from the heap (gc_refs: START sets the refcount; MS_HELD, when
 * the first marking is over, subtracts the references from the set one
 * per step, the one use mark & sweep has for them) are grayed in a second
 * round of MS_ROOTS as GCR_HELD and marked from.  Mark & sweep goes through no
 * phase of CPython's analysis before its sweep, and after it the same
 * untracking, finalizers, resurrection check and clear as the generational
 * collector, each a phase stepped one unit at a time (gc_phase_order).  At a statement boundary there are none
 * (tests/31-gcstep).  Mark & sweep collects the whole heap whatever
 * generation is asked for, keeps objects in their generations (the
 * garbage's survivors go to the oldest), and does the count bookkeeping
 * and the untracking of tuples and dicts of the generation asked for
 * (among the generations CPython would examine), so gc.get_count(),
 * gc.is_tracked() and the automatic trigger behave as under the
 * generational collector.
 *
 * Invariants (gc_check checks them):
 *   1. every tracked object is on exactly one list: a generation, the
 *      permanent one (gc.freeze: never part of a collection), or during
 *      a collection `unreachable`, `still` or the finalizer's `todo`;
 *      outside a collection gchead.gen is the index of its generation
 *      (GC_PERMANENT for the permanent one);
 *   2. gchead.list ≠ GCL_NONE exactly on the objects taking part in the
 *      collection under way (none when idle), and COLLECTING is set only
 *      on such objects;
 *   3. the gray worklist holds exactly the objects coloured gray, each once,
 *      and is empty outside MS_ROOTS and MS_MARK;
 *   4. the root bits (GCF_ROOT) are set only on objects grayed in MS_ROOTS,
 *      GCF_LISTED only on objects listed as roots and not grayed yet.
 */
#include "gc.h"

#include "abstract.h"
#include "builtins.h"
#include "code.h"
#include "dict.h"
#include "eval.h"
#include "hv.h"
#include "pymalloc.h"
#include "slice.h"
#include "textio.h"
#include "traceback.h"
#include "tracemalloc.h"
#include "types.h"
#include "weakref.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum {
    GCF_UNREACHABLE = 4,
    GCF_LISTED = 8,         /* MS_ROOTS: on the roots list, not grayed yet */
    GCF_ROOT_SHIFT = 4,     /* bits 4–6: enum gc_root, why it was grayed */
    GCF_ROOT = 7 << GCF_ROOT_SHIFT,
};

static unsigned root_of(const gchead *g)
{
    return (unsigned)(g->flags & GCF_ROOT) >> GCF_ROOT_SHIFT;
}

#define RUN SIZE_MAX        /* the budget of a collection run in one call */

typedef struct gcm {
    vm *v;
    uint8_t phase;          /* enum gc_phase */
    uint8_t collector;      /* of the collection under way */
    uint8_t chosen;         /* for the next collection (gc_set_collector) */
    uint8_t fl_at;          /* FREELISTS: the free list being emptied (freelist_at) */
    uint8_t emit;           /* the vm has an event sink */
    uint8_t fast;           /* generational, run in one call from its start, no
                               events: the first pass runs CPython's loops (run[]) */
    int64_t nreach;         /* survivors of the first pass still tracked */
    int gen, old_gen;       /* collected; where survivors go */
    gchead unreachable, still, todo;
    gchead *lists[NUM_GENERATIONS]; /* the set walked: young, every gen, or unreachable */
    int nlists, li;         /* lists in the set; the list of cur */
    gchead *cur;            /* the next object of the walk */
    gchead *dest;           /* move_unreachable: where unreachable objects go */
    uint8_t lab_set, lab_reach, lab_unreach;   /* enum gc_list of this pass */
    object **refs;          /* stepping SUBTRACT: referents of one object */
    size_t nrefs, irefs, refcap;
    struct root { object *o; uint8_t kind; } *roots;   /* MS_ROOTS' list, in order */
    size_t nroots, iroots, rootcap;
    uint8_t root_kind;      /* of the vm root being listed */
    uint8_t ms_round;       /* MS_ROOTS: 0 before, 1 the vm's roots, 2 the held ones */
    map seen;               /* objects outside the set traced through (host pointers) */
    object **gray;          /* mark & sweep's worklist (LIFO) */
    size_t ngray, graycap;
    object **tuples, **dicts; /* survivors UNTRACK_* examines, in list order */
    size_t ntuples, tuplecap, ndicts, dictcap, iuntrack;
    uint64_t visit;         /* the object UNTRACK_* examined last (GC_VISIT), 0: none */
    uint8_t verdict;        /* enum gc_verdict, for visit */
    int64_t result;
    int64_t wr_freed;       /* weakrefs handle_weakrefs' callbacks freed (counted in result) */
    double t1;              /* DEBUG_STATS: the host's clock at START (seconds) */
    struct untrackable {    /* start-up's objects a collection will untrack (interp_start) */
        int64_t tuples, dicts, nested;
        int8_t gen;         /* where they are (GC_PERMANENT: frozen) */
    } untrackable;
} gcm;

/* ---- lists ----------------------------------------------------------------- */

static void gclist_init(gchead *h)
{
    h->prev = h->next = h;
}

static int gclist_empty(const gchead *h)
{
    return h->next == h;
}

static void gclist_unlink(gchead *g)
{
    g->prev->next = g->next;
    g->next->prev = g->prev;
}

static void gclist_append(gchead *g, gchead *h)
{
    g->prev = h->prev;
    g->next = h;
    h->prev->next = g;
    h->prev = g;
}

/* Appends every element of from to the end of to (gc_list_merge). */
static void gclist_merge(gchead *from, gchead *to)
{
    if (gclist_empty(from))
        return;
    gchead *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    gclist_init(from);
}

static size_t gclist_size(const gchead *h)
{
    size_t n = 0;
    for (const gchead *g = h->next; g != h; g = g->next)
        n++;
    return n;
}

static object *obj_of(gchead *g)
{
    return (object *)(g + 1);
}

/* ---- the machine's state ------------------------------------------------------ */

static gcm *machine(vm *v)
{
    if (!v->gcm) {
        gcm *m = hv_calloc(1, sizeof *m);
        m->v = v;
        gclist_init(&m->unreachable);
        gclist_init(&m->still);
        gclist_init(&m->todo);
        v->gcm = m;
    }
    return v->gcm;
}

/* Walking the set: the lists of lists[0..nlists) one after the other. */
static void walk_fix(gcm *m)
{
    while (m->cur == m->lists[m->li] && m->li + 1 < m->nlists)
        m->cur = m->lists[++m->li]->next;
}

static void walk_start(gcm *m)
{
    m->li = 0;
    m->cur = m->lists[0]->next;
    walk_fix(m);
}

/* The next object of the walk, which moves past it; NULL at the end. */
static gchead *walk_next(gcm *m)
{
    gchead *g = m->cur;
    if (g == m->lists[m->li])
        return NULL;
    m->cur = g->next;
    walk_fix(m);
    return g;
}

/* The current object of the walk without moving past it (NULL at the
 * end); walk_to() then continues at `next`. */
static gchead *walk_peek(gcm *m)
{
    return m->cur == m->lists[m->li] ? NULL : m->cur;
}

static void walk_to(gcm *m, gchead *next)
{
    m->cur = next;
    walk_fix(m);
}

static void set_walk(gcm *m, gchead *only)
{
    m->lists[0] = only;
    m->nlists = 1;
}

/* Mark & sweep walks every generation: first those a generational
 * collection of gen would merge, in the merged order (gen, then 0 … gen−1),
 * then the older ones. */
static void set_walk_gens(gcm *m)
{
    int n = 0;
    m->lists[n++] = &m->v->gens[m->gen].head;
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (i != m->gen)
            m->lists[n++] = &m->v->gens[i].head;
    m->nlists = n;
}

/* ---- state changes, each with its event ---------------------------------------- */

/* Each event is built in the ring's slot (vm_event_begin, vm.h): fields
 * are read before the slot opens, the rest is stores. */

/* GC_MOVE: g goes from its list to `to`, with what it had for the undo. */
static void emit_move(vm *v, gchead *g, uint8_t to)
{
    obj_say(v, obj_of(g));
    uint64_t addr = obj_of(g)->addr;
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_GC_MOVE, .site = v->line,
                     .u.gc = {.addr = addr, .refs = g->gc_refs, .from = g->list, .to = to,
                              .gen = (uint8_t)root_of(g), .colour = g->colour}};
    vm_event_commit(v, ev, EV_GC_MOVE, addr);
}

static void emit_colour(vm *v, gchead *g, uint8_t to)
{
    obj_say(v, obj_of(g));
    uint64_t addr = obj_of(g)->addr;
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_GC_COLOR, .site = v->line,
                     .u.gc = {.addr = addr, .from = g->colour, .to = to, .gen = (uint8_t)root_of(g)}};
    vm_event_commit(v, ev, EV_GC_COLOR, addr);
}

/* g->gc_refs = refs; an object not in the collection joins it (white, on
 * the pass's set list). */
static void set_refs(gcm *m, gchead *g, int64_t refs)
{
    int joining = g->list == GCL_NONE;
    if (m->emit) {
        vm *v = m->v;
        obj_say(v, obj_of(g));
        uint64_t addr = obj_of(g)->addr;
        int64_t old = joining ? -1 : g->gc_refs;
        uint8_t to = joining ? m->lab_set : g->list;
        hv_event *ev = vm_event_begin(v);
        *ev = (hv_event){.kind = EV_GC_REFS, .site = v->line,
                         .u.gc = {.addr = addr, .refs = refs, .old_refs = old, .to = to}};
        vm_event_commit(v, ev, EV_GC_REFS, addr);
    }
    if (joining) {
        g->list = m->lab_set;
        g->colour = GC_WHITE;
    }
    g->gc_refs = refs;
}

/* g goes to list `to` (GCL_NONE: it leaves the collection). */
static void set_list(gcm *m, gchead *g, uint8_t to)
{
    if (m->emit)
        emit_move(m->v, g, to);
    g->list = to;
    if (to == GCL_NONE) {
        g->colour = GC_WHITE;
        g->flags &= (uint8_t)~(GCF_COLLECTING | GCF_UNREACHABLE | GCF_LISTED | GCF_ROOT);
    }
}

static void set_colour(gcm *m, gchead *g, uint8_t to)
{
    if (m->emit)
        emit_colour(m->v, g, to);
    g->colour = to;
}

/* Tracked object g moves to generation gen's list (its end). */
static void set_gen(gcm *m, gchead *g, int gen)
{
    gclist_unlink(g);
    gclist_append(g, &m->v->gens[gen].head);
    if (g->gen != gen) {
        obj_track_event(m->v, obj_of(g), g->gen, gen);
        g->gen = (int8_t)gen;
    }
}

/* Every object of the list at from joins the end of the one at to, whose
 * generation is gen (gc_list_merge), each with its TRACK event. */
static void merge_gen(vm *v, gchead *from, gchead *to, int gen)
{
    for (gchead *g = from->next; g != from; g = g->next) {
        obj_track_event(v, obj_of(g), g->gen, gen);
        g->gen = (int8_t)gen;
    }
    gclist_merge(from, to);
}

/* The collector examines the object at addr (0: none any more) and finds
 * verdict (or runs its finalizer): a GC_VISIT naming the one examined
 * before. */
static void set_visit(gcm *m, uint64_t addr, uint8_t verdict)
{
    vm *v = m->v;
    if (v->emit) {
        hv_event *ev = vm_event_begin(v);
        *ev = (hv_event){.kind = EV_GC_VISIT, .site = v->line,
                         .u.gc = {.addr = addr, .old_refs = (int64_t)m->visit, .from = m->verdict, .to = verdict}};
        vm_event_commit(v, ev, EV_GC_VISIT, addr);
    }
    m->visit = addr;
    m->verdict = verdict;
}

void gc_forget(vm *v, object *o)
{
    set_list(machine(v), obj_gc(o), GCL_NONE);
}

/* ---- the debug flags' output (gc.set_debug) --------------------------------------
 * gcmodule.c writes them with PySys_WriteStderr / PySys_FormatStderr: the
 * line formatted in C, made a str, handed to sys.stderr's write (a method
 * call, no bound method made), the str dropped; with no sys.stderr any
 * more (late in the shutdown) the C stderr gets it. */
static void debug_write(vm *v, const char *text)
{
    if (!v->textio) {
        vm_write(v, 2, text, strlen(text));
        return;
    }
    vm_err saved = vm_exc_fetch(v);
    object *s = str_from_cstr(v, text);
    object *r = s ? textio_write(v, 2, s) : NULL;
    obj_xdecref(v, r);
    obj_xdecref(v, s);
    vm_exc_clear(v);
    vm_exc_restore(v, saved);
}

static double host_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A generation's objects as gc_list_size counts them: the program's and
 * the interpreter's own (gen GC_PERMANENT: the permanent generation). */
static int64_t gen_size(vm *v, int gen)
{
    gchead *h = gen == GC_PERMANENT ? &v->permanent : &v->gens[gen].head;
    return (int64_t)gclist_size(h) + v->interp_objs[gen];
}

/* DEBUG_STATS at a collection's start: which generation, then
 * show_stats_each_generations; the clock starts. */
static void debug_start(gcm *m)
{
    vm *v = m->v;
    char line[200];
    snprintf(line, sizeof line, "gc: collecting generation %d...\n", m->gen);
    debug_write(v, line);
    int n = snprintf(line, sizeof line, "gc: objects in each generation:");
    for (int g = 0; g < NUM_GENERATIONS; g++)
        n += snprintf(line + n, sizeof line - (size_t)n, " %" PRId64, gen_size(v, g));
    snprintf(line + n, sizeof line - (size_t)n, "\ngc: objects in permanent generation: %" PRId64 "\n",
             gen_size(v, GC_PERMANENT));
    debug_write(v, line);
    m->t1 = host_seconds();
}

/* DEBUG_COLLECTABLE before the finalizers: debug_cycle of each unreachable
 * object, its type's name and address. */
static void debug_collectable(gcm *m)
{
    char line[200];
    for (gchead *g = m->unreachable.next; g != &m->unreachable; g = g->next) {
        object *o = obj_of(g);
        snprintf(line, sizeof line, "gc: collectable <%s 0x%" PRIx64 ">\n", o->type->name, o->addr);
        debug_write(m->v, line);
    }
}

/* DEBUG_STATS once the garbage is cleared: what was unreachable (nothing
 * is ever uncollectable here: no object has a legacy tp_del), and the
 * host time the collection took. */
static void debug_done(gcm *m)
{
    char line[200];
    snprintf(line, sizeof line, "gc: done, %" PRId64 " unreachable, 0 uncollectable, %.4fs elapsed\n", m->result,
             host_seconds() - m->t1);
    debug_write(m->v, line);
}

/* ---- START -------------------------------------------------------------------- */


static void enter_start(gcm *m)
{
    vm *v = m->v;
    v->gc_collecting = 1;
    if (v->gc_debug & GC_DEBUG_STATS)
        debug_start(m);
    m->result = m->wr_freed = 0;
    m->nreach = 0;
    m->ntuples = m->ndicts = 0;
    m->visit = 0;
    m->verdict = GCV_KEPT;
    m->ms_round = 0;
    m->nroots = m->iroots = 0;
    m->emit = v->emit != NULL;
    if (m->gen + 1 < NUM_GENERATIONS)
        v->gens[m->gen + 1].count++;
    for (int i = 0; i <= m->gen; i++)
        v->gens[i].count = 0;
    if (m->collector == COLLECTOR_MARK_SWEEP) {
        m->old_gen = NUM_GENERATIONS - 1;
        set_walk_gens(m);
        walk_start(m);                      /* work_start: one object joins per unit */
        return;
    }
    m->old_gen = m->gen + 1 < NUM_GENERATIONS ? m->gen + 1 : m->gen;
    gchead *young = &v->gens[m->gen].head;
    for (int i = 0; i < m->gen; i++)
        merge_gen(v, &v->gens[i].head, young, m->gen);
    set_walk(m, young);
}

/* ---- UPDATE_REFS, SUBTRACT_REFS ------------------------------------------------- */

static size_t work_update(gcm *m, size_t budget)
{
    size_t done = 0;
    gchead *g;
    while (done < budget && (g = walk_next(m))) {
        set_refs(m, g, obj_of(g)->refcnt);
        g->flags |= GCF_COLLECTING;
        done++;
    }
    return done;
}

static int in_set(object *o)
{
    return obj_is_gc(o) && (obj_gc(o)->flags & GCF_COLLECTING);
}

static int visit_decref(object *o, void *arg)
{
    gcm *m = arg;
    if (in_set(o))
        set_refs(m, obj_gc(o), obj_gc(o)->gc_refs - 1);
    return 0;
}

static int visit_collect(object *o, void *arg)
{
    gcm *m = arg;
    if (in_set(o)) {
        hv_grow(&m->refs, &m->refcap, m->nrefs + 1, sizeof *m->refs, 16);
        m->refs[m->nrefs++] = o;
    }
    return 0;
}

/* Run in one call, each object is traversed with visit_decref; stepped, its
 * referents in the set are listed first, then subtracted one per step. */
static size_t work_subtract(gcm *m, size_t budget)
{
    size_t done = 0;
    while (done < budget) {
        if (m->irefs < m->nrefs) {
            visit_decref(m->refs[m->irefs++], m);
            done++;
            continue;
        }
        gchead *g = walk_next(m);
        if (!g)
            break;
        object *o = obj_of(g);
        if (!o->type->traverse)
            continue;
        if (budget == RUN) {
            o->type->traverse(o, visit_decref, m);
            done++;
        } else {
            m->nrefs = m->irefs = 0;
            o->type->traverse(o, visit_collect, m);
        }
    }
    return done;
}

/* A survivor UNTRACK_TUPLES or UNTRACK_DICTS will examine (they visit them
 * in the order noted, which is the young list's order after the walk). */
static void note_survivor(gcm *m, object *o)
{
    if (o->type == m->v->types[T_TUPLE]) {
        hv_grow(&m->tuples, &m->tuplecap, m->ntuples + 1, sizeof *m->tuples, 64);
        m->tuples[m->ntuples++] = o;
    } else if (o->type == m->v->types[T_DICT] && m->gen == NUM_GENERATIONS - 1) {
        hv_grow(&m->dicts, &m->dictcap, m->ndicts + 1, sizeof *m->dicts, 64);
        m->dicts[m->ndicts++] = o;
    }
}

/* ---- MOVE_UNREACHABLE (and RESURRECT_MOVE) ---------------------------------------- */

static int visit_reachable(object *o, void *arg)
{
    gcm *m = arg;
    if (!in_set(o))
        return 0;
    gchead *g = obj_gc(o);
    if (g->flags & GCF_UNREACHABLE) {       /* reachable after all: back to the end */
        gclist_unlink(g);
        gclist_append(g, m->lists[0]);
        g->flags &= (uint8_t)~GCF_UNREACHABLE;
        set_list(m, g, m->lab_set);
        set_refs(m, g, 1);
    } else if (g->gc_refs == 0) {
        set_refs(m, g, 1);
    }
    return 0;
}

/* The next object is read after the traverse: it may have appended
 * objects (back from `unreachable`) right after this one. */
static size_t work_move(gcm *m, size_t budget)
{
    size_t done = 0;
    gchead *g;
    while (done < budget && (g = walk_peek(m))) {
        object *o = obj_of(g);
        done++;
        if (!g->gc_refs) {
            gchead *next = g->next;
            gclist_unlink(g);
            gclist_append(g, m->dest);
            g->flags |= GCF_UNREACHABLE;
            set_list(m, g, m->lab_unreach);
            walk_to(m, next);
            continue;
        }
        if (o->type->traverse)
            o->type->traverse(o, visit_reachable, m);
        g->flags &= (uint8_t)~GCF_COLLECTING;
        walk_to(m, g->next);
        if (m->lab_reach == GCL_REACHABLE) {
            m->nreach++;
            note_survivor(m, o);
        }
        set_list(m, g, m->lab_reach);
    }
    return done;
}

static void clear_unreachable_flags(gchead *h)
{
    for (gchead *g = h->next; g != h; g = g->next)
        g->flags &= (uint8_t)~GCF_UNREACHABLE;
}

/* ---- mark & sweep: MS_ROOTS, MS_MARK, MS_SWEEP ---------------------------------- */

static void gray(gcm *m, gchead *g)
{
    set_colour(m, g, GC_GRAY);
    hv_grow(&m->gray, &m->graycap, m->ngray + 1, sizeof *m->gray, 64);
    m->gray[m->ngray++] = obj_of(g);
}

static void add_root(gcm *m, object *o, int kind)
{
    gchead *g = obj_gc(o);
    if (g->flags & GCF_LISTED)
        return;
    g->flags |= GCF_LISTED;
    hv_grow(&m->roots, &m->rootcap, m->nroots + 1, sizeof *m->roots, 64);
    m->roots[m->nroots++] = (struct root){o, (uint8_t)kind};
}

/* Objects outside the set (a code object, a static module, an untracked
 * tuple) are traced through, not coloured, each once a collection. */
static void trace_through(gcm *m, object *o, visitproc visit)
{
    if (!o->type->traverse || map_get(&m->seen, (uint64_t)(uintptr_t)o, NULL))
        return;
    map_put(&m->seen, (uint64_t)(uintptr_t)o, 1);
    o->type->traverse(o, visit, m);
}

static int visit_root_ref(object *o, void *arg)
{
    gcm *m = arg;
    if (in_set(o))
        add_root(m, o, m->root_kind);
    else
        trace_through(m, o, visit_root_ref);
    return 0;
}

static void visit_root(void *ud, object *o, int kind)
{
    gcm *m = ud;
    m->root_kind = (uint8_t)kind;
    visit_root_ref(o, m);
}

/* MS_ROOTS' first round: what the vm references (vm_roots). */
static void list_roots(gcm *m)
{
    m->nroots = m->iroots = 0;
    map_free(&m->seen);
    vm_roots(m->v, visit_root, m);
    m->ms_round = 1;
}

/* MS_HELD, after the first marking: gc_refs = refcount − the references
 * from the set, one reference subtracted per unit (work_subtract); when
 * none is left, objects still white with gc_refs > 0 are held by the
 * interpreter's C code (a value on its way through an expression) and
 * listed for a second round of MS_ROOTS, which grays them, and of MS_MARK,
 * which marks from them. */
static size_t work_held(gcm *m, size_t budget)
{
    size_t done = work_subtract(m, budget);
    if (done == budget || m->ms_round != 1)
        return done;
    m->nroots = m->iroots = 0;
    walk_start(m);
    gchead *g;
    while ((g = walk_next(m)))
        if (g->gc_refs > 0 && g->colour == GC_WHITE)
            add_root(m, obj_of(g), GCR_HELD);
    m->ms_round = 2;
    return done;
}

static size_t work_roots(gcm *m, size_t budget)
{
    size_t done = 0;
    while (done < budget && m->iroots < m->nroots) {
        struct root r = m->roots[m->iroots++];
        gchead *g = obj_gc(r.o);
        if (!(g->flags & GCF_LISTED))
            continue;                       /* left the collection meanwhile */
        g->flags = (uint8_t)((g->flags & ~(GCF_LISTED | GCF_ROOT)) | r.kind << GCF_ROOT_SHIFT);
        gray(m, g);
        done++;
    }
    return done;
}

static int visit_mark(object *o, void *arg)
{
    if (!in_set(o))
        trace_through(arg, o, visit_mark);
    else if (obj_gc(o)->colour == GC_WHITE)
        gray(arg, obj_gc(o));
    return 0;
}

static size_t work_mark(gcm *m, size_t budget)
{
    size_t done = 0;
    while (done < budget && m->ngray) {
        object *o = m->gray[--m->ngray];
        set_colour(m, obj_gc(o), GC_BLACK);
        if (o->type->traverse)
            o->type->traverse(o, visit_mark, m);
        done++;
    }
    return done;
}

static size_t work_sweep(gcm *m, size_t budget)
{
    size_t done = 0;
    gchead *g;
    while (done < budget && (g = walk_next(m))) {
        if (g->colour == GC_WHITE) {
            gclist_unlink(g);
            gclist_append(g, &m->unreachable);
            set_list(m, g, GCL_UNREACHABLE);
        } else {
            set_list(m, g, GCL_NONE);
            if (g->gen <= m->gen)
                note_survivor(m, obj_of(g));
        }
        done++;
    }
    return done;
}

/* ---- UNTRACK_*, PROMOTE --------------------------------------------------------- */

/* One survivor examined per unit (untrack_tuples, untrack_dicts): its
 * untracking, if it holds nothing tracked, then its GC_VISIT. */
static size_t work_untrack(gcm *m, size_t budget)
{
    vm *v = m->v;
    int tuples = m->phase == GCP_UNTRACK_TUPLES;
    object **list = tuples ? m->tuples : m->dicts;
    size_t n = tuples ? m->ntuples : m->ndicts, done = 0;
    while (done < budget && m->iuntrack < n) {
        object *o = list[m->iuntrack++];
        if (tuples)
            tuple_maybe_untrack(v, o);
        else
            dict_maybe_untrack(v, o);
        int untracked = obj_gc(o)->gen < 0;
        m->nreach -= untracked;
        if (m->emit)
            set_visit(m, o->addr, untracked ? GCV_UNTRACKED : GCV_KEPT);
        done++;
    }
    return done;
}

/* Survivors (PROMOTE) and resurrected objects (RESURRECT_PROMOTE) leave the
 * collection for the older generation. */
static size_t work_promote(gcm *m, size_t budget)
{
    size_t done = 0;
    gchead *g;
    int stays = m->lists[0] == &m->v->gens[m->old_gen].head;   /* full collections */
    while (done < budget && (g = walk_next(m))) {
        set_list(m, g, GCL_NONE);
        if (!stays)
            set_gen(m, g, m->old_gen);
        done++;
    }
    return done;
}

static void long_lived(gcm *m, int64_t survivors)
{
    vm *v = m->v;
    if (m->gen == NUM_GENERATIONS - 1) {
        v->long_lived_pending = 0;
        v->long_lived_total = survivors;
    } else if (m->gen == NUM_GENERATIONS - 2) {
        v->long_lived_pending += survivors;
    }
}

/* ---- the interpreter's own objects ---------------------------------------------
 * When python3 runs a script, its compiler finds the collector far from
 * empty: startup (site, encodings, io, the import system) allocated
 * thousands of GC objects, and eight generation-0 collections already
 * ran.  heapviz simulates none of those objects as blocks; it keeps their
 * number per generation (vm.interp_objs).  They are always reachable: a
 * collection of generation g moves those of generations 0..g to g+1 as it
 * promotes its survivors, and they count among the survivors in the
 * long-lived rule (long_lived_pending after a gen-1 collection,
 * long_lived_total after a full one) exactly as CPython's own objects do.
 *
 * The free lists are not empty either: startup freed dicts, lists and
 * tuples into them.  Those entries are real blocks in CPython; here they
 * are simulated objects made at session start and released into the free
 * lists (the heap map shows their blocks, the gc view says how many there
 * are).  Then the compiler runs (compmem.c: its dicts, lists and key
 * tuples, taken from and given back to these free lists), then python3's
 * first `import gc` keeps two objects (gc_first_import).
 *
 * The table is the state before the compiler: python3 (3.11.2, in
 * tests/py/regen.sh's environment: PYTHONHASHSEED=0 LC_ALL=C.UTF-8) read
 * with gdb at the script's _PyAST_Compile (the generation counts in
 * _PyRuntime's main interpreter, each free list's numfree), the same for
 * every script since nothing of the script has run.  The count and the
 * free lists must be python3's there, not only at the first statement:
 * a long module's compile reaches the collection threshold, and where
 * its collection falls, and what the objects freed after it take off the
 * count, depends on both (compmem.h).  The first statement's counts and
 * free lists (gc.get_count(), and how many of the first containers made
 * do not raise it, for scripts with 0 to 10 defs, classes, lambdas,
 * comprehensions and constants) check it.
 */
static const struct interp_start {
    int64_t count[NUM_GENERATIONS];     /* added to the counts heapviz reaches itself */
    int64_t objects[NUM_GENERATIONS];   /* interpreter objects per generation */
    uint32_t dicts, lists, floats;      /* free-list entries */
    uint32_t tuples[TUPLE_FREELISTS + 1];   /* free-list entries by tuple length */
    int slice_cache;                    /* interp->slice_cache holds a slice */
    gc_gen_stats stats[NUM_GENERATIONS];    /* gc.get_stats() */
    struct untrackable untrackable;     /* of the objects, those collections untrack */
} interp_start = {
    /* gc.get_count() at _PyAST_Compile: (7, 8, 0), of which heapviz makes
     * 2 itself before the table applies (__main__'s dict and its
     * __annotations__; the arena's list comes off the list free list, as
     * _PyArena_New's does).  The first statement of `import gc` /
     * print(gc.get_count()) then finds (37, 8, 0): the compiler's objects
     * the free lists below could not serve, the module code's function
     * (gc_start_main_function) and the import's 20 (gc_import_walk). */
    .count = {5, 8, 0},
    /* len(gc.get_objects(g)): 47, 4762, 0; heapviz tracks 4 of gen 0's 47
     * itself (__main__'s dict, its __annotations__, the arena's list, the
     * module code's objects) and adds 21 after the compiler as the count does (the
     * function, the import's).  python3's __main__ dict is one of gen 1's in fact: a script's moves
     * there (main_dict_to_gen1), one of gen 1's then counted in gen 0
     * instead. */
    .objects = {22, 4762, 0},
    /* numfree at _PyAST_Compile, the arena's list still in the list
     * free list (4 where python3, past _PyArena_New, has 3). */
    .dicts = 6, .lists = 4,
    .tuples = {0, 5, 3, 3, 2, 3, 0, 1, 0, 2, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 1},
    /* sys._debugmallocstats() as a script's first statement: 4 floats and
     * one 20-tuple.  A 20-tuple is parked but never taken back
     * (maybe_freelist_pop stops below PyTuple_MAXSAVESIZE), so python3's one
     * stays for good: that list fills at 1999 of the program's tuples, the
     * 2000th is freed (PyObject_GC_Del: its block, generation 0's count).
     * The floats feed the compiler's float constants first. */
    .floats = 4,
    /* the first slice a script makes (`x[:3]` as its first statement)
     * does not raise gc.get_count()[0]: startup left one in the cache. */
    .slice_cache = 1,
    /* gc.get_stats() at a script's first statement when its compile ran
     * no collection: start-up's eight generation-0 collections (gc.c's
     * own ones during the compile then add theirs: 9 collections after
     * 200 two-line defs, 13 and one of generation 1 after 800, all
     * collecting nothing, as python3 says). */
    .stats = {{.collections = 8, .collected = 24}},
    /* Of generation 1's objects, those the first collection to examine
     * them untracks (gc.get_freeze_count() before and after, python3's
     * gc.is_tracked() of each): 15 tuples of atoms (stat's file-mode
     * table, importlib's constants), then, a full collection, 4 dicts
     * (an empty pair, the moduledef cache, _thread's dummy class dict);
     * the file-mode table's outer tuple holds 10 of those tuples but comes
     * before them in the list: the next collection untracks it. */
    .untrackable = {.tuples = 15, .dicts = 4, .nested = 1, .gen = 1},
};

/* One object of a free list's kind (len: a tuple's length, 0: a dict, −1:
 * a list, −2: a float), NULL on MemoryError. */
enum { LEFTOVER_LIST = -1, LEFTOVER_FLOAT = -2 };

static object *leftover(vm *v, int len)
{
    if (len == LEFTOVER_FLOAT)
        return float_new(v, 0.0);
    if (len == LEFTOVER_LIST)
        return list_new(v, 0);
    return len ? tuple_nones(v, (size_t)len) : dict_new(v);
}

/* n objects of one kind made, then released into their free list (the
 * last made is the first reused). */
static void fill_freelist(vm *v, int len, uint32_t n)
{
    object **made = hv_malloc((n ? n : 1) * sizeof *made);
    uint32_t i = 0;
    while (i < n && (made[i] = leftover(v, len)))
        i++;
    while (i)
        obj_decref(v, made[--i]);
    free(made);
    if (v->exc)
        vm_exc_clear(v);
}

/* A GC_CONFIG event: the setting `what` went from old to value. */
static void emit_config(vm *v, unsigned what, int64_t old, int64_t value)
{
    if (!v->emit)
        return;
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_GC_CONFIG, .site = v->line,
                     .u.gc = {.refs = value, .old_refs = old, .gen = (uint8_t)what}};
    vm_event_commit(v, ev, EV_GC_CONFIG, 0);
}

/* vm.interp_objs[gen] = n, with its GC_CONFIG event. */
static void set_interp(vm *v, int gen, int64_t n)
{
    int64_t old = v->interp_objs[gen];
    if (old == n)
        return;
    v->interp_objs[gen] = n;
    emit_config(v, GC_CONFIG_INTERP + (unsigned)gen, old, n);
}

int gc_count_interp(vm *v, int64_t *born)
{
    v->gens[0].count++;
    if (v->gens[0].count <= v->gens[0].threshold || !v->gc_enabled)
        return 0;
    gc_interp_add(v, *born);
    *born = 0;
    return 1;
}

void gc_interp_born(vm *v, int64_t *born)
{
    ++*born;
    if (gc_count_interp(v, born))
        gc_maybe_collect(v);
}

void gc_interp_add(vm *v, int64_t n)
{
    if (n >= 0) {
        set_interp(v, 0, v->interp_objs[0] + n);
        return;
    }
    for (int g = 0; g < NUM_GENERATIONS && n < 0; g++) {
        int64_t take = v->interp_objs[g] < -n ? v->interp_objs[g] : -n;
        set_interp(v, g, v->interp_objs[g] - take);
        n += take;
    }
}

/* gcmodule.c's method table (3.11): PyModule_AddFunctions makes one
 * builtin_function_or_method per entry, in this order. */
static const char *const gc_module_methods[] = {
    "enable", "disable", "isenabled", "set_debug", "get_debug", "get_count", "set_threshold",
    "get_threshold", "collect", "get_objects", "get_stats", "is_tracked", "is_finalized",
    "get_referrers", "get_referents", "freeze", "unfreeze", "get_freeze_count",
};

/* gcmodule_exec's names: garbage, callbacks, then the DEBUG_* ints. */
static const char *const gc_module_consts[] = {
    "garbage", "callbacks", "DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL",
    "DEBUG_LEAK",
};

/* A block of nbytes no simulated object owns, kept in keep->blocks. */
static int keep_block(vm *v, gc_import_keep *keep, uint64_t nbytes)
{
    uint64_t addr = pymalloc_malloc(v->pm, nbytes);
    if (!addr) {
        vm_no_memory(v);
        return -1;
    }
    keep->blocks[keep->nblocks++] = addr;
    return 0;
}

static int keep_str(vm *v, gc_import_keep *keep, const char *s)
{
    object *o = str_from_cstr(v, s);
    keep->objs[keep->nobjs++] = o;
    return o ? 0 : -1;
}

/* Whether code o (or a code object among its constants) names `name`:
 * compiling the script interned it then (its names, locals and
 * identifier-like str constants). */
static int code_has_name(vm *v, object *o, const char *name, int depth)
{
    codeobj *c = CODE(o);
    object *tuples[] = {c->names, c->localsplusnames, c->consts};
    for (size_t t = 0; t < HV_COUNTOF(tuples); t++) {
        if (!tuples[t])
            continue;
        for (size_t i = 0; i < TUPLE(tuples[t])->n; i++) {
            object *x = TUPLE(tuples[t])->items[i];
            if (obj_is(v, x, T_STR) && !strcmp(STR(x)->data, name))
                return 1;
            if (obj_is(v, x, T_CODE) && depth < 64 && code_has_name(v, x, name, depth + 1))
                return 1;
        }
    }
    return 0;
}

/* PyUnicode_InternFromString(name) for an attribute the module dict
 * keeps: a new str, kept interned, unless the script's code names it (its
 * compilation interned the name first: the new str is freed).  heapviz's
 * built-in modules intern their method names at start, which python3 has
 * not, so only the script's code says what python3 has interned. */
static int keep_name(vm *v, gc_import_keep *keep, const char *name)
{
    object *k = str_from_cstr(v, name);
    if (!k)
        return -1;
    if (v->nframes && code_has_name(v, &v->frames[0]->code->ob, name, 0)) {
        obj_decref(v, k);
        return 0;
    }
    obj_decref(v, str_intern(v, k));
    keep->objs[keep->nobjs++] = k;
    return 0;
}

/* The module dict's table as entry n (0-based) goes in: insertdict's
 * resizes of a str-keyed table (GROWTH_RATE used × 3), 8 → 16 → 32 → 64
 * slots, each old table freed but the first (to the keys free list). */
static int module_dict_entry(vm *v, gc_import_keep *keep, unsigned n)
{
    static const struct { unsigned at; uint64_t bytes; } grow[] = {{5, 208}, {10, 400}, {21, 768}};
    for (size_t i = 0; i < HV_COUNTOF(grow); i++) {
        if (n != grow[i].at)
            continue;
        uint64_t table = pymalloc_malloc(v->pm, grow[i].bytes);
        if (!table) {
            vm_no_memory(v);
            return -1;
        }
        if (keep->table)                    /* not the first (the free list's, not kept) */
            pymalloc_free(v->pm, keep->table);
        keep->table = table;
    }
    return 0;
}

/* What gc_first_import keeps at most: the spec's str and list, two
 * "name"s, the dict and one interned name per method and constant; the
 * blocks: _blocking_on's table, the spec and its values, the module, one
 * per method, the doc string and the module state. */
_Static_assert(HV_COUNTOF(((gc_import_keep *)0)->objs) >= 5 + HV_COUNTOF(gc_module_methods) +
                                                              HV_COUNTOF(gc_module_consts),
               "gc_import_keep.objs");
_Static_assert(HV_COUNTOF(((gc_import_keep *)0)->blocks) >= 6 + HV_COUNTOF(gc_module_methods),
               "gc_import_keep.blocks");

/* What the import system and gcmodule.c allocate for python3's first
 * `import gc`, in their order (measured with tracemalloc's tracebacks,
 * python3 -X tracemalloc=30):
 *   _distutils_hack's find_spec  'spec_for_{fullname}'.format(**locals()):
 *                      the str stays in the type attribute cache (60 B);
 *                      the locals dict's new keys table is parked (120 B)
 *   spec_from_loader   the ModuleSpec (56 B) and its inline values (96 B);
 *                      its _uninitialized_submodules list
 *   _imp.create_builtin  two "name" strs spec.name was looked up with (the
 *                      attribute cache keeps them, 53 B each), the module
 *                      (72 B), its dict with __name__, __doc__, __package__,
 *                      __loader__, __spec__, then PyModule_AddFunctions: per
 *                      method a builtin_function_or_method (72 B) and its
 *                      interned name, the dict growing 8 → 16 → 32 → 64
 *                      slots (its last table 768 B); PyModule_SetDocString's
 *                      str (1224 B)
 *   _imp.exec_builtin  the module state (PyMem_Malloc(0): a raw block of 0
 *                      bytes), then gcmodule_exec's seven names.
 * All are the interpreter's objects, which the collector counts
 * (vm.interp_objs, interp_start's table) but does not list: the module,
 * ModuleSpec, functions and the dict's tables are plain blocks (the
 * module's attributes are heapviz's built-in gc module, builtins.c), the
 * dict object (one of the free list's) stays empty and untracked, so a
 * collection never meets them; the names are strs, the interpreter's roots
 * (vm_roots).  The collector is held off while they are made; the count
 * then follows gc_import_walk. */
/* The import system's frames (innermost first) above the script's while
 * each part runs, which python3's tracebacks name: _find_and_load (1175:
 * the module lock; 1178: _find_and_load_unlocked), _find_spec (1140, 1080)
 * asking the finders (_distutils_hack's find_spec; BuiltinImporter's
 * spec_from_loader, ModuleSpec.__init__), _load_unlocked (676:
 * module_from_spec, create_builtin; 690: exec_builtin), each called through
 * _call_with_frames_removed (241). */
#define BS(line) TM_FRAME(TM_BOOTSTRAP, line)
static const uint32_t import_lock_frames[] = {BS(107), BS(171), BS(1175)};
static const uint32_t import_hack_frames[] = {TM_FRAME(TM_DISTUTILS_HACK, 95), BS(1080), BS(1140), BS(1178)};
static const uint32_t import_spec_frames[] = {BS(448), BS(753), BS(1080), BS(1140), BS(1178)};
static const uint32_t import_spec_init_frames[] = {BS(364), BS(448), BS(753), BS(1080), BS(1140), BS(1178)};
static const uint32_t import_create_frames[] = {BS(241), BS(778), BS(573), BS(676), BS(1149), BS(1178)};
static const uint32_t import_exec_frames[] = {BS(241), BS(783), BS(690), BS(1149), BS(1178)};
static const uint32_t import_create_call_frames[] = {BS(778), BS(573), BS(676), BS(1149), BS(1178)};
static const uint32_t import_exec_call_frames[] = {BS(783), BS(690), BS(1149), BS(1178)};
#define OUTER(v, frames) tm_set_outer_frames(v, frames, HV_COUNTOF(frames))

/*
 * The module lock python3 holds around the import (_find_and_load: `with
 * _ModuleLockManager(name):`), all freed once the import is done, measured
 * with tracemalloc (3.11.2, after `import tracemalloc`: the classes' shared
 * keys are as small as they get):
 *   _ModuleLockManager(name)   the instance (56 B) and its values (32 B)
 *   BEFORE_WITH                bound __enter__ and __exit__ (64 B each; the
 *                              __exit__ one is held until the end)
 *   _get_module_lock           _ModuleLock (56 + 72 B) with two
 *                              _thread.allocate_lock()s (56 B and a 32 B
 *                              sem_t each), `def cb(ref, name=name)` (its
 *                              defaults tuple, 152 B) and _weakref.ref(lock,
 *                              cb) (80 B, from a 2-tuple of arguments)
 *   _ModuleLock.acquire        tid (32 B: self.owner keeps it), then `with
 *                              self.lock:`'s bound builtin methods (72 B each)
 * and at the end __exit__(*args, **kwargs) → release(): a second tid and
 * `with self.lock:` again, python3's peak (the objects above, everything the
 * import keeps, these three), then all of it freed. */
enum { LK_MANAGER, LK_MANAGER_VALUES, LK_EXIT, LK_LOCK, LK_LOCK_VALUES, LK_LOCK1, LK_SEM1, LK_LOCK2,
       LK_SEM2, LK_CB, LK_REF, LK_TID, LK_N };
static const uint16_t import_lock_sizes[LK_N] = {56, 32, 64, 56, 72, 56, 32, 56, 32, 152, 80, 32};

typedef struct import_lock {
    uint64_t blocks[LK_N];  /* 0: not had (the heap was full) */
    object *defaults;       /* cb's defaults tuple, freed with cb */
} import_lock;

/* A block of nbytes for a moment (0 when the heap is full, which raises
 * nothing: the import then fails later, on what it keeps). */
static uint64_t lock_block(vm *v, uint64_t nbytes)
{
    return pymalloc_malloc(v->pm, nbytes);
}

/* A free-list tuple of n Nones or dict taken and dropped around a call. */
static object *lock_args(vm *v, size_t n)
{
    object *t = n ? tuple_nones(v, n) : dict_new(v);
    if (!t)
        vm_exc_clear(v);
    return t;
}

/* `with self.lock:`: the lock's bound __enter__ and __exit__, the first
 * freed after its call; *owner (release's self.owner = None) inside. */
static void lock_with(vm *v, uint64_t *owner)
{
    uint64_t enter = lock_block(v, 72), exit_ = lock_block(v, 72);
    pymalloc_free(v->pm, enter);
    if (owner) {
        pymalloc_free(v->pm, *owner);
        *owner = 0;
    }
    pymalloc_free(v->pm, exit_);
}

/* The manager made and entered (the 160 B table kept between acquire's tid
 * and its `with`, when tracemalloc was imported: gc_first_import). */
static int lock_acquire(vm *v, gc_import_keep *keep, import_lock *lk)
{
    uint64_t *b = lk->blocks;
    b[LK_MANAGER] = lock_block(v, import_lock_sizes[LK_MANAGER]);
    b[LK_MANAGER_VALUES] = lock_block(v, import_lock_sizes[LK_MANAGER_VALUES]);
    uint64_t enter = lock_block(v, 64);     /* BEFORE_WITH: __enter__, then __exit__ */
    b[LK_EXIT] = lock_block(v, import_lock_sizes[LK_EXIT]);
    for (int i = LK_LOCK; i <= LK_SEM2; i++)
        b[i] = lock_block(v, import_lock_sizes[i]);
    lk->defaults = lock_args(v, 1);
    b[LK_CB] = lock_block(v, import_lock_sizes[LK_CB]);
    object *ref_args = lock_args(v, 2);
    b[LK_REF] = lock_block(v, import_lock_sizes[LK_REF]);
    obj_xdecref(v, ref_args);
    b[LK_TID] = lock_block(v, import_lock_sizes[LK_TID]);
    int rc = v->tm && tm_imported(v) && keep_block(v, keep, 160);
    lock_with(v, NULL);
    pymalloc_free(v->pm, enter);
    return rc;
}

/* The manager's __exit__ (release()), then the bound __exit__ dropped
 * frees the manager: clearing its values frees the lock, whose weakref's
 * callback runs first (the weakref, then cb, go), then its thread locks
 * (each sem_t, then the object), its values and itself; the manager's
 * values and the manager last. */
static void lock_release(vm *v, import_lock *lk)
{
    uint64_t *b = lk->blocks;
    object *args = lock_args(v, 3), *kwargs = lock_args(v, 0);
    uint64_t tid = lock_block(v, 32);
    lock_with(v, &b[LK_TID]);
    pymalloc_free(v->pm, tid);
    obj_xdecref(v, kwargs);
    obj_xdecref(v, args);
    static const int order[] = {LK_EXIT, LK_REF, LK_CB, LK_SEM1, LK_LOCK1, LK_SEM2, LK_LOCK2,
                                LK_LOCK_VALUES, LK_LOCK, LK_MANAGER_VALUES, LK_MANAGER};
    for (size_t i = 0; i < HV_COUNTOF(order); i++) {
        pymalloc_free(v->pm, b[order[i]]);
        if (order[i] == LK_CB)
            obj_xdecref(v, lk->defaults);
    }
}

/* What python3's first `import gc` does to generation 0's count, in runs:
 * +n, n gc_alloc (importlib's frames' objects and temporaries, the spec,
 * the module, its functions); -n, n PyObject_GC_Del.  In all 44 and 24
 * (tracemalloc.c's measure); read here as the count shows them: from
 * `x = [set() for i in range(K)]` then `import gc; print(gc.get_count())`,
 * which for K = 641..671 puts the collection at each step of the import
 * in turn.  The count a step leaves is the walk's end minus its lowest
 * point after that step (decrements stop at 0 after the collection), so
 * these runs give the same count for every K as python3's 68 steps, the
 * import's peak 29 above where it starts and its end 20. */
static const int8_t gc_import_walk[] = {+1, -1, +6, -2, +6, -3, +5, -4, +21, -9};

/* gc_import_walk on the count, each object made a new interpreter object
 * of generation 0 (a collection may start), each one freed given back. */
static void import_count(vm *v)
{
    int64_t born = 0;
    for (size_t i = 0; i < HV_COUNTOF(gc_import_walk); i++) {
        for (int n = gc_import_walk[i]; n > 0; n--)
            gc_interp_born(v, &born);
        for (int n = gc_import_walk[i]; n < 0; n++) {
            born--;
            if (v->gens[0].count > 0)
                v->gens[0].count--;         /* PyObject_GC_Del */
        }
    }
    gc_interp_add(v, born);
}

/* _call_with_frames_removed(f, arg): its *args (a 1-tuple) and **kwds (an
 * empty dict), made by the call, and the dict its `f(*args, **kwds)` makes
 * (BUILD_MAP 0, then DICT_MERGE of kwds into it), held while f runs. */
typedef struct frames_removed {
    object *args, *kwds, *merged;
} frames_removed;

static frames_removed frames_removed_call(vm *v)
{
    frames_removed c;
    c.args = lock_args(v, 1);
    c.kwds = lock_args(v, 0);
    c.merged = lock_args(v, 0);
    return c;
}

/* f returned: CALL_FUNCTION_EX drops the merged dict, then the frame's
 * end its *args and **kwds. */
static void frames_removed_return(vm *v, frames_removed *c)
{
    obj_xdecref(v, c->merged);
    obj_xdecref(v, c->args);
    obj_xdecref(v, c->kwds);
}

void gc_first_import(vm *v, gc_import_keep *keep)
{
    int collecting = v->gc_collecting;
    int64_t count = v->gens[0].count;
    v->gc_collecting = 1;
    object *d = NULL;
    /* _ModuleLock.acquire's `_blocking_on[tid] = self` after tracemalloc's
     * import: that dict's 8-slot table has no usable entry left (every
     * import's lock put one in and deleted it), so dictresize gives it a new
     * int-keyed table (160 B); the old one was startup's, not simulated. */
    import_lock lk = {{0}, NULL};
    OUTER(v, import_lock_frames);
    int rc = lock_acquire(v, keep, &lk);
    OUTER(v, import_hack_frames);
    rc = rc || keep_str(v, keep, "spec_for_gc") || dict_park_new_minsize_keys(v);
    OUTER(v, import_spec_frames);
    rc = rc || keep_block(v, keep, 56) || keep_block(v, keep, 96);
    frames_removed call = {NULL, NULL, NULL};
    if (!rc) {
        OUTER(v, import_spec_init_frames);
        object *l = keep->objs[keep->nobjs++] = list_new(v, 0);
        OUTER(v, import_create_call_frames);
        call = frames_removed_call(v);      /* create_module's, around create_builtin */
        OUTER(v, import_create_frames);
        rc = !l || keep_str(v, keep, "name") || keep_str(v, keep, "name") || keep_block(v, keep, 72);
    }
    unsigned entries = 0;
    if (!rc) {
        /* PyModule_NewObject: the dict (a free-list one), __name__, __doc__,
         * __package__, __loader__, __spec__ in a new 8-slot table, which
         * comes from the keys free list when it has one (and goes back to it
         * at the first resize) */
        d = keep->objs[keep->nobjs++] = dict_new(v);
        rc = !d || (!v->nfl_keys && dict_park_new_minsize_keys(v));
        entries = 5;
    }
    for (size_t i = 0; !rc && i < HV_COUNTOF(gc_module_methods); i++)
        rc = keep_block(v, keep, 72) || keep_name(v, keep, gc_module_methods[i]) ||
             module_dict_entry(v, keep, entries++);
    rc = rc || keep_block(v, keep, 1224);
    frames_removed_return(v, &call);
    if (!rc) {
        OUTER(v, import_exec_call_frames);
        call = frames_removed_call(v);      /* exec_module's, around exec_builtin */
    }
    OUTER(v, import_exec_frames);
    rc = rc || keep_block(v, keep, 0);
    for (size_t i = 0; !rc && i < HV_COUNTOF(gc_module_consts); i++)
        rc = keep_name(v, keep, gc_module_consts[i]) || module_dict_entry(v, keep, entries++);
    frames_removed_return(v, &call);
    OUTER(v, import_lock_frames);
    lock_release(v, &lk);
    tm_set_outer_frames(v, NULL, 0);
    v->gc_collecting = collecting;
    if (v->gens[0].count < count)           /* the walk below was read with every */
        v->gens[0].count = count;           /* object made here off its free list: */
    if (v->exc)                             /* one made new counts on top of it */
        vm_exc_clear(v);
    import_count(v);
}

void gc_import_release(vm *v, gc_import_keep *keep)
{
    while (keep->nobjs)
        obj_xdecref(v, keep->objs[--keep->nobjs]);
    while (keep->nblocks)
        pymalloc_free(v->pm, keep->blocks[--keep->nblocks]);
    if (keep->table)
        pymalloc_free(v->pm, keep->table);
    keep->table = 0;
}

/* __main__'s dict is in generation 1 when a script starts (startup's
 * collections moved it there, with sys.modules and the module before it),
 * so at exit the full collection merges generation 0 in front of it: the
 * script's objects it alone holds are scanned first, found unreachable for
 * the moment, and moved back behind it in the dict's order when it is
 * reached (move_unreachable), the order their __del__ runs in once
 * __main__ is released (interp.c's finalize). */
static int main_dict_to_gen1(vm *v)
{
    object *d = v->main_dict;
    if (!d || !obj_is_tracked(d) || obj_gc(d)->gen != 0)
        return 0;
    gchead *g = obj_gc(d);
    gclist_unlink(g);
    gclist_append(g, &v->gens[1].head);
    g->gen = 1;
    obj_track_event(v, d, 0, 1);
    return 1;
}

void gc_start_interpreter(vm *v)
{
    int moved = main_dict_to_gen1(v);
    int64_t count0 = v->gens[0].count;
    fill_freelist(v, 0, interp_start.dicts);
    fill_freelist(v, LEFTOVER_LIST, interp_start.lists);
    fill_freelist(v, LEFTOVER_FLOAT, interp_start.floats);
    for (int len = 1; len < (int)HV_COUNTOF(interp_start.tuples); len++)
        fill_freelist(v, len, interp_start.tuples[len]);
    if (interp_start.slice_cache && !v->slice_cache) {
        object *s = slice_new(v, NULL, NULL, NULL);
        if (s)
            obj_decref(v, s);               /* slice_dealloc parks it in the cache */
        else
            vm_exc_clear(v);
    }
    v->gens[0].count = count0;              /* their allocations are part of the table's count */
    machine(v)->untrackable = interp_start.untrackable;
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        v->gc_stats[g].collections += interp_start.stats[g].collections;
        v->gc_stats[g].collected += interp_start.stats[g].collected;
        v->gens[g].count += interp_start.count[g];
        set_interp(v, g, v->interp_objs[g] + interp_start.objects[g] + (moved ? (g == 0) - (g == 1) : 0));
    }
}

/* ---- the permanent generation ----------------------------------------------------
 * gc.freeze() moves every tracked object, the interpreter's own included,
 * to a list no collection looks at (gcstate->permanent_generation): they
 * are never collected, and references from them keep what they hold alive
 * (external references to any collection, roots to mark & sweep's
 * held-object round).  A collection a test or the UI is stepping is
 * finished first, as gc_begin does; from a finalizer (FINALIZE or later)
 * the generations hold nothing of the collection any more, its survivors
 * promoted, so the lists move as CPython's do. */
_Static_assert(GC_PERMANENT == NUM_GENERATIONS, "the permanent generation follows the three");

static void finish_early_collection(vm *v)
{
    gcm *m = machine(v);
    int early = m->phase != GCP_IDLE && (m->phase < GCP_FINALIZE || m->phase == GCP_MS_HELD);
    if (early)
        gc_finish(v);
}

void gc_freeze(vm *v)
{
    finish_early_collection(v);
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        merge_gen(v, &v->gens[g].head, &v->permanent, GC_PERMANENT);
        v->gens[g].count = 0;
        if (v->interp_objs[g]) {
            int64_t n = v->interp_objs[g];
            set_interp(v, g, 0);
            set_interp(v, GC_PERMANENT, v->interp_objs[GC_PERMANENT] + n);
        }
    }
    machine(v)->untrackable.gen = GC_PERMANENT;
}

void gc_unfreeze(vm *v)
{
    int old = NUM_GENERATIONS - 1;
    finish_early_collection(v);
    merge_gen(v, &v->permanent, &v->gens[old].head, old);
    int64_t n = v->interp_objs[GC_PERMANENT];
    set_interp(v, GC_PERMANENT, 0);
    set_interp(v, old, v->interp_objs[old] + n);
    if (machine(v)->untrackable.gen == GC_PERMANENT)
        machine(v)->untrackable.gen = (int8_t)old;
}

int64_t gc_freeze_count(vm *v)
{
    return gen_size(v, GC_PERMANENT);
}

void gc_start_main_function(vm *v)
{
    int64_t born = 0;
    gc_interp_born(v, &born);
    gc_interp_add(v, born);
}

/* n of the interpreter's objects of generation gen are untracked. */
static void interp_untracked(vm *v, int gen, int64_t n)
{
    set_interp(v, gen, v->interp_objs[gen] > n ? v->interp_objs[gen] - n : 0);
}

/* UNTRACK_TUPLES (dicts: UNTRACK_DICTS) of a collection examining
 * start-up's untrackable objects (interp_start.untrackable): the tuples go
 * (the nested one only once the others went in an earlier collection),
 * the dicts in a full collection. */
static void untrack_startup(gcm *m, int dicts)
{
    struct untrackable *u = &m->untrackable;
    if (u->gen > m->gen || !(u->tuples || u->dicts || u->nested))
        return;
    int64_t n = dicts ? u->dicts : u->tuples ? u->tuples : u->nested;
    if (dicts)
        u->dicts = 0;
    else if (u->tuples)
        u->tuples = 0;
    else
        u->nested = 0;
    interp_untracked(m->v, u->gen, n);
}

/* PROMOTE of a generational collection: the interpreter's objects of the
 * collected generations join the older one; returns how many survive in
 * it (counted with the survivors for the long-lived rule). */
static int64_t promote_interp(gcm *m)
{
    vm *v = m->v;
    int64_t n = 0;
    for (int g = 0; g <= m->gen; g++)
        n += v->interp_objs[g];
    for (int g = 0; g <= m->gen; g++)
        if (g != m->old_gen)
            set_interp(v, g, 0);
    set_interp(v, m->old_gen, m->gen == m->old_gen ? n : n + v->interp_objs[m->old_gen]);
    if (m->untrackable.gen <= m->gen)
        m->untrackable.gen = (int8_t)m->old_gen;
    return n;
}

/* ---- FINALIZE, CLEAR, FREELISTS --------------------------------------------------- */

/* handle_weakrefs' second pass: callback(wr) for each weakref the first
 * pass kept (an error reported as unraisable), its extra reference
 * dropped; one that lives on goes to the end of the older generation,
 * one that dies counts toward the result. */
static void call_weakref_callbacks(gcm *m, object **calls, size_t n)
{
    vm *v = m->v;
    for (size_t i = 0; i < n; i++) {
        object *wr = calls[i];
        weakref_handle_callback(v, wr, weakref_callback(wr));
        if (wr->refcnt == 1)
            m->wr_freed++;                  /* the decref below frees it */
        else if (obj_gc(wr)->gen >= 0)
            set_gen(m, obj_gc(wr), m->old_gen);
        obj_decref(v, wr);
    }
}

/* handle_weakrefs, before the finalizers (both collectors): a weakref in
 * the unreachable set is cleared; so is every weakref to an unreachable
 * object, and those with a callback that are themselves reachable have
 * it called, in the order found, once all are cleared.  The weakrefs'
 * own lists are not the collector's business: a weak reference is no
 * reference, so none of this moved the analysis. */
static void handle_weakrefs(gcm *m)
{
    vm *v = m->v;
    object **calls = NULL;
    size_t n = 0, cap = 0;
    for (gchead *g = m->unreachable.next; g != &m->unreachable; g = g->next) {
        object *op = obj_of(g), *wr;
        if (op->type == v->types[T_WEAKREF])
            weakref_clear_ref(v, op);
        while (op->weakly && (wr = weakref_list_head(v, op))) {
            weakref_clear_ref(v, wr);
            if (!weakref_callback(wr) || obj_gc(wr)->list == GCL_UNREACHABLE)
                continue;                   /* no callback, or trash itself */
            hv_grow(&calls, &cap, n + 1, sizeof *calls, 8);
            calls[n++] = obj_incref(v, wr);
        }
    }
    vm_err saved = vm_exc_fetch(v);
    call_weakref_callbacks(m, calls, n);
    vm_exc_restore(v, saved);
    free(calls);
}

/* One finalizer per unit: objects without one (or finalized before) pass
 * from `todo` back to `unreachable` in the same unit. */
static size_t work_finalize(gcm *m, size_t budget)
{
    vm *v = m->v;
    size_t done = 0;
    while (done < budget && !gclist_empty(&m->todo)) {
        gchead *g = m->todo.next;
        gclist_unlink(g);
        gclist_append(g, &m->unreachable);
        object *o = obj_of(g);
        if (!o->type->finalize || (g->flags & GCF_FINALIZED) || v->no_finalizers)
            continue;
        g->flags |= GCF_FINALIZED;
        if (m->emit)
            set_visit(m, o->addr, GCV_FINALIZED);
        obj_incref(v, o);
        o->type->finalize(v, o);
        if (v->exc)
            vm_exc_clear(v);                /* __del__'s errors are "ignored" */
        obj_decref(v, o);
        done++;
    }
    return done;
}

/* delete_garbage: tp_clear of each object in list order, or under
 * DEBUG_SAVEALL its append to gc.garbage instead (a MemoryError there is
 * dropped), which keeps it alive: it goes to the older generation. */
static size_t work_clear(gcm *m, size_t budget)
{
    vm *v = m->v;
    size_t done = 0;
    while (done < budget && !gclist_empty(&m->still)) {
        gchead *g = m->still.next;
        object *o = obj_of(g);
        if (v->gc_debug & GC_DEBUG_SAVEALL) {
            if (list_append(v, v->gc_garbage, o))
                vm_exc_clear(v);
        } else if (o->type->clear) {
            obj_incref(v, o);
            o->type->clear(v, o);
            if (v->exc)
                vm_exc_clear(v);
            obj_decref(v, o);               /* may free o, unlinking it */
        }
        if (m->still.next == g) {           /* still alive: it may die later */
            set_list(m, g, GCL_NONE);
            set_gen(m, g, m->old_gen);
        }
        done++;
    }
    return done;
}

/* The free lists a full collection empties, in CPython 3.11's order
 * (clear_freelists in Modules/gcmodule.c): the tuple lists by length 1–20,
 * then float, list, dict, and the dict keys tables (_PyDict_ClearFreeList
 * empties that after the dicts).  Each list is emptied newest first. */
enum { FL_FLOAT = TUPLE_FREELISTS, FL_LIST, FL_DICT, FL_KEYS };

static freelist *freelist_at(vm *v, unsigned at)
{
    return at < FL_FLOAT ? &v->fl_tuple[at + 1] : at == FL_FLOAT ? &v->fl_float
                                                : at == FL_LIST  ? &v->fl_list
                                                                 : &v->fl_dict;
}

/* One entry released per unit: an object really freed (OBJ_FREE, its
 * block freed), or a keys table's block freed. */
static size_t work_freelists(gcm *m, size_t budget)
{
    vm *v = m->v;
    size_t done = 0;
    while (done < budget && m->fl_at <= FL_KEYS) {
        if (m->fl_at == FL_KEYS && v->nfl_keys) {
            dict_trim_freelists(v, v->fl_dict.n, v->nfl_keys - 1);
        } else if (m->fl_at < FL_KEYS && freelist_at(v, m->fl_at)->n) {
            freelist *fl = freelist_at(v, m->fl_at);
            freelist_trim(v, fl, fl->n - 1);
        } else {
            m->fl_at++;
            continue;
        }
        done++;
    }
    return done;
}

/* Mark & sweep's START: one object joins per unit, white, with gc_refs =
 * refcount (the generational collector's START has no work). */
static size_t work_start(gcm *m, size_t budget)
{
    return m->collector == COLLECTOR_MARK_SWEEP ? work_update(m, budget) : 0;
}

static size_t work_none(gcm *m, size_t budget)
{
    (void)m;
    (void)budget;
    return 0;
}

/* ---- the one-call path ------------------------------------------------------------
 * A generational collection run in one call with no event sink: nobody
 * sees its intermediate states, so the first pass runs as CPython's loops
 * do, one tight loop per phase over the young list, keeping no list labels
 * on survivors (they never join: COLLECTING alone marks the set, and is
 * cleared as move_unreachable passes them) and no per-object event work.
 * The lists, counts, flags and result it leaves are those of the stepped
 * machine (tests/31-gcstep compares them). */

static void run_update(gcm *m)
{
    gchead *h = m->lists[0];
    for (gchead *g = h->next; g != h; g = g->next) {
        g->gc_refs = (int32_t)obj_of(g)->refcnt;
        g->flags |= GCF_COLLECTING;
    }
    m->cur = h;
}

static int visit_decref_run(object *o, void *arg)
{
    (void)arg;
    if (obj_is_gc(o) && (obj_gc(o)->flags & GCF_COLLECTING))
        obj_gc(o)->gc_refs--;
    return 0;
}

static void run_subtract(gcm *m)
{
    gchead *h = m->lists[0];
    for (gchead *g = h->next; g != h; g = g->next) {
        object *o = obj_of(g);
        if (o->type->traverse)
            o->type->traverse(o, visit_decref_run, NULL);
    }
    m->cur = h;
}

/* Most referents are already known reachable (gc_refs > 0): that is
 * tested first.  A tentatively unreachable one has gc_refs 0. */
static int visit_reachable_run(object *o, void *young)
{
    if (!obj_is_gc(o))
        return 0;
    gchead *g = obj_gc(o);
    if (g->gc_refs || !(g->flags & GCF_COLLECTING))
        return 0;
    if (g->flags & GCF_UNREACHABLE) {       /* reachable after all: back to the end */
        gclist_unlink(g);
        gclist_append(g, young);
        g->flags &= (uint8_t)~GCF_UNREACHABLE;
        g->list = GCL_NONE;
    }
    g->gc_refs = 1;
    return 0;
}

/* move_unreachable; the unreachable keep their label (finalizers may free
 * them: obj_untrack must see them in the collection).  Only tuples (and
 * dicts on full collections) are noted for UNTRACK_*: the types are
 * compared here, not per call. */
static void run_move(gcm *m)
{
    gchead *young = m->lists[0];
    const type *tuple = m->v->types[T_TUPLE];
    const type *dict = m->gen == NUM_GENERATIONS - 1 ? m->v->types[T_DICT] : tuple;
    int64_t reached = 0;
    for (gchead *g = young->next; g != young;) {
        object *o = obj_of(g);
        if (!g->gc_refs) {
            gchead *next = g->next;
            gclist_unlink(g);
            gclist_append(g, &m->unreachable);
            g->flags |= GCF_UNREACHABLE;
            g->list = GCL_UNREACHABLE;
            g = next;
            continue;
        }
        if (o->type->traverse)
            o->type->traverse(o, visit_reachable_run, young);
        g->flags &= (uint8_t)~GCF_COLLECTING;
        reached++;
        if (o->type == tuple || o->type == dict)
            note_survivor(m, o);
        g = g->next;
    }
    m->nreach += reached;
    m->cur = young;
}

/* Survivors are already out of the collection: the young list joins the
 * older generation in one splice (gc_list_merge). */
static void run_promote(gcm *m)
{
    gchead *young = m->lists[0], *old = &m->v->gens[m->old_gen].head;
    if (young == old)
        return;
    for (gchead *g = young->next; g != young; g = g->next)
        g->gen = (int8_t)m->old_gen;
    gclist_merge(young, old);
    m->cur = young;
}

static void (*const run[GCP_NPHASES])(gcm *) = {
    [GCP_UPDATE_REFS] = run_update,
    [GCP_SUBTRACT_REFS] = run_subtract,
    [GCP_MOVE_UNREACHABLE] = run_move,
    [GCP_PROMOTE] = run_promote,
};

/* ---- transitions ------------------------------------------------------------------ */

static int full(const gcm *m)
{
    return m->gen == NUM_GENERATIONS - 1;
}

/* The phase after m->phase. */
static uint8_t next_phase(const gcm *m)
{
    int ms = m->collector == COLLECTOR_MARK_SWEEP;
    switch (m->phase) {
    case GCP_START: return ms ? GCP_MS_ROOTS : GCP_UPDATE_REFS;
    case GCP_UPDATE_REFS: return GCP_SUBTRACT_REFS;
    case GCP_SUBTRACT_REFS: return GCP_MOVE_UNREACHABLE;
    case GCP_MS_ROOTS: return GCP_MS_MARK;
    case GCP_MS_MARK: return m->ms_round == 1 ? GCP_MS_HELD : GCP_MS_SWEEP;
    case GCP_MS_HELD: return m->iroots < m->nroots ? GCP_MS_ROOTS : GCP_MS_SWEEP;
    case GCP_MS_SWEEP: case GCP_MOVE_UNREACHABLE: return GCP_UNTRACK_TUPLES;
    case GCP_UNTRACK_TUPLES: return full(m) ? GCP_UNTRACK_DICTS : ms ? GCP_FINALIZE : GCP_PROMOTE;
    case GCP_UNTRACK_DICTS: return ms ? GCP_FINALIZE : GCP_PROMOTE;
    case GCP_PROMOTE: return GCP_FINALIZE;
    case GCP_FINALIZE: return GCP_RESURRECT_UPDATE;
    case GCP_RESURRECT_UPDATE: return GCP_RESURRECT_SUBTRACT;
    case GCP_RESURRECT_SUBTRACT: return GCP_RESURRECT_MOVE;
    case GCP_RESURRECT_MOVE: return GCP_RESURRECT_PROMOTE;
    case GCP_RESURRECT_PROMOTE: return GCP_CLEAR;
    case GCP_CLEAR: return full(m) ? GCP_FREELISTS : GCP_IDLE;
    default: return GCP_IDLE;
    }
}

static void pass_labels(gcm *m, uint8_t set, uint8_t reach, uint8_t unreach, gchead *dest)
{
    m->lab_set = set;
    m->lab_reach = reach;
    m->lab_unreach = unreach;
    m->dest = dest;
}

/* What a phase does on entry (before its first unit of work). */
static void enter(gcm *m)
{
    vm *v = m->v;
    switch (m->phase) {
    case GCP_START:
        pass_labels(m, GCL_YOUNG, GCL_REACHABLE, GCL_UNREACHABLE, &m->unreachable);
        enter_start(m);
        break;
    case GCP_MS_ROOTS:
        if (!m->ms_round)
            list_roots(m);
        break;
    case GCP_UPDATE_REFS: case GCP_SUBTRACT_REFS: case GCP_MOVE_UNREACHABLE: case GCP_MS_HELD: case GCP_MS_SWEEP:
    case GCP_RESURRECT_SUBTRACT: case GCP_RESURRECT_MOVE:
        m->nrefs = m->irefs = 0;
        walk_start(m);
        break;
    case GCP_UNTRACK_TUPLES:
        clear_unreachable_flags(&m->unreachable);
        m->iuntrack = 0;
        untrack_startup(m, 0);
        break;
    case GCP_UNTRACK_DICTS:
        m->iuntrack = 0;
        untrack_startup(m, 1);
        break;
    case GCP_PROMOTE:
        long_lived(m, m->nreach + (m->collector == COLLECTOR_GENERATIONAL ? promote_interp(m) : 0));
        walk_start(m);
        break;
    case GCP_FINALIZE:
        if (m->collector == COLLECTOR_MARK_SWEEP) {
            int64_t n = 0;
            for (int i = 0; i <= m->gen; i++)
                n += gen_size(v, i);
            long_lived(m, n);
        }
        if (v->gc_debug & GC_DEBUG_COLLECTABLE)
            debug_collectable(m);
        handle_weakrefs(m);
        gclist_merge(&m->unreachable, &m->todo);
        break;
    default:
        break;
    }
}

/* gc_collect_main's last bookkeeping: the collection counts in
 * gc.get_stats(), with what it collected (gc.collect()'s value).  Nothing
 * is ever uncollectable here: that takes a legacy tp_del finalizer, which
 * no object heapviz makes has. */
static void count_collection(gcm *m)
{
    gc_gen_stats *st = &m->v->gc_stats[m->gen];
    st->collections++;
    st->collected += m->result;
}

/* Entry actions of the second pass and of the end (kept apart: enter()
 * stays a flat list of the first pass). */
static void enter_late(gcm *m)
{
    switch (m->phase) {
    case GCP_RESURRECT_UPDATE:
        set_walk(m, &m->unreachable);
        pass_labels(m, GCL_UNREACHABLE, GCL_RESURRECTED, GCL_COLLECTABLE, &m->still);
        walk_start(m);
        break;
    case GCP_RESURRECT_PROMOTE:
        clear_unreachable_flags(&m->still);
        m->result = (int64_t)gclist_size(&m->still) + m->wr_freed;
        walk_start(m);
        break;
    case GCP_FREELISTS:
        m->fl_at = 0;
        break;
    case GCP_IDLE:
        count_collection(m);
        m->v->gc_collecting = 0;
        break;
    default:
        break;
    }
}

static size_t (*const work[GCP_NPHASES])(gcm *, size_t) = {
    [GCP_IDLE] = work_none,
    [GCP_START] = work_start,
    [GCP_UPDATE_REFS] = work_update,
    [GCP_SUBTRACT_REFS] = work_subtract,
    [GCP_MOVE_UNREACHABLE] = work_move,
    [GCP_MS_ROOTS] = work_roots,
    [GCP_MS_MARK] = work_mark,
    [GCP_MS_HELD] = work_held,
    [GCP_MS_SWEEP] = work_sweep,
    [GCP_UNTRACK_TUPLES] = work_untrack,
    [GCP_UNTRACK_DICTS] = work_untrack,
    [GCP_PROMOTE] = work_promote,
    [GCP_FINALIZE] = work_finalize,
    [GCP_RESURRECT_UPDATE] = work_update,
    [GCP_RESURRECT_SUBTRACT] = work_subtract,
    [GCP_RESURRECT_MOVE] = work_move,
    [GCP_RESURRECT_PROMOTE] = work_promote,
    [GCP_CLEAR] = work_clear,
    [GCP_FREELISTS] = work_freelists,
};

/* Moves to `to`: a STEP and a GC_PHASE event, then its entry actions. */
static void transition(gcm *m, uint8_t to)
{
    vm *v = m->v;
    uint8_t from = m->phase;
    v->step++;
    vm_step_event(v, STEP_GC_PHASE);
    if (v->emit) {
        hv_event *ev = vm_event_begin(v);
        *ev = (hv_event){.kind = EV_GC_PHASE, .site = v->line,
                         .u.gc = {.from = from, .to = to, .gen = (uint8_t)m->gen, .collector = m->collector}};
        vm_event_commit(v, ev, EV_GC_PHASE, 0);
        if (m->visit)                       /* nothing is examined any more */
            set_visit(m, 0, GCV_KEPT);
    }
    m->phase = to;
    if (from == GCP_CLEAR && (v->gc_debug & GC_DEBUG_STATS))
        debug_done(m);
    enter(m);
    enter_late(m);
}

/* ---- the interface ------------------------------------------------------------------ */

void gc_begin(vm *v, int gen)
{
    gcm *m = machine(v);
    if (m->phase != GCP_IDLE)
        gc_finish(v);
    m->gen = gen;
    m->collector = m->chosen;
    m->fast = 0;
    v->gc_begun++;
    transition(m, GCP_START);
}

int gc_step(vm *v)
{
    gcm *m = v->gcm;
    if (!m || m->phase == GCP_IDLE)
        return GCP_IDLE;
    if (!work[m->phase](m, 1))
        transition(m, next_phase(m));
    return m->phase;
}

size_t gc_phase_order(int collector, uint8_t *out, size_t max)
{
    gcm m = {.collector = (uint8_t)collector, .gen = NUM_GENERATIONS - 1, .phase = GCP_START, .ms_round = 1};
    size_t n = 0;
    for (; m.phase != GCP_IDLE; m.phase = next_phase(&m), n++)
        if (n < max)
            out[n] = m.phase;
    return n;
}

int gc_step_to(vm *v, int phase)
{
    int p = gc_phase(v, NULL);
    while (p != phase && p != GCP_IDLE)
        p = gc_step(v);
    return p;
}

int64_t gc_finish(vm *v)
{
    gcm *m = v->gcm;
    if (!m || m->phase == GCP_IDLE)
        return 0;
    while (m->phase != GCP_IDLE) {
        if (m->fast && run[m->phase])
            run[m->phase](m);
        else
            while (work[m->phase](m, RUN))
                ;
        transition(m, next_phase(m));
    }
    return m->result;
}

int64_t gc_collect(vm *v, int gen)
{
    gc_begin(v, gen);
    gcm *m = v->gcm;
    m->fast = !m->emit && m->collector == COLLECTOR_GENERATIONAL;
    return gc_finish(v);
}

object *gc_mkdict(vm *v, const char *const *keys, const int64_t *values, size_t n, unsigned longs)
{
    object *d = dict_new(v);
    for (size_t i = 0; d && i < n; i++) {
        object *k = str_from_cstr(v, keys[i]);
        object *x = !k ? NULL : longs >> i & 1 ? int_from_i64(v, values[i]) : int_from_ssize(v, values[i]);
        if (!x || dict_setitem(v, d, k, x)) {
            obj_xdecref(v, k);
            obj_xdecref(v, x);
            obj_decref(v, d);
            return NULL;
        }
        obj_decref(v, k);
        obj_decref(v, x);
    }
    return d;
}

/* invoke_gc_callback: with callbacks listed, the info dict
 * (Py_BuildValue("{sisnsn}")), then for each callback (the list's length
 * read again each time: one may change it) PyObject_CallFunction(cb, "sO",
 * phase, info): a new str of the phase on the C stack beside a new
 * reference to info (no tuple), both dropped after the call, then the
 * result; an error is reported as unraisable, naming the callback. */
static void invoke_callbacks(vm *v, const char *phase, int gen, int64_t collected)
{
    static const char *const keys[] = {"generation", "collected", "uncollectable"};
    object *cbs = v->gc_callbacks;
    if (!cbs || !LIST(cbs)->n)
        return;
    vm_err saved = vm_exc_fetch(v);         /* PyGC_Collect at exit: the program's error kept */
    const int64_t values[] = {gen, collected, 0};
    object *info = gc_mkdict(v, keys, values, HV_COUNTOF(keys), 1);
    if (!info) {
        traceback_write_unraisable(v, NULL, "<NULL>");
        vm_exc_restore(v, saved);
        return;
    }
    for (size_t i = 0; i < LIST(cbs)->n; i++) {
        object *cb = obj_incref(v, LIST(cbs)->items[i]);
        object *args[2] = {str_from_cstr(v, phase), obj_incref(v, info)};  /* _Py_VaBuildStack's "O" */
        object *r = args[0] ? eval_call(v, cb, args, 2, NULL) : NULL;
        obj_xdecref(v, args[0]);
        obj_decref(v, args[1]);
        if (r)
            obj_decref(v, r);
        else
            traceback_write_unraisable(v, cb, "<function>");
        obj_decref(v, cb);
    }
    obj_decref(v, info);
    vm_exc_restore(v, saved);
}

int64_t gc_collect_with_callback(vm *v, int gen)
{
    int collecting = v->gc_collecting;
    v->gc_collecting = 1;
    invoke_callbacks(v, "start", gen, 0);
    int64_t n = gc_collect(v, gen);
    v->gc_collecting = 1;                   /* gc_collect's end cleared it */
    invoke_callbacks(v, "stop", gen, n);
    v->gc_collecting = collecting;
    return n;
}

void gc_configure(vm *v, unsigned what, int64_t value)
{
    int *flag = what == GC_CONFIG_ENABLED ? &v->gc_enabled : what == GC_CONFIG_DEBUG ? &v->gc_debug : NULL;
    int64_t old = flag ? *flag : v->gens[what].threshold;
    if (what == GC_CONFIG_ENABLED)
        value = value != 0;
    if (flag)
        *flag = (int)value;
    else
        v->gens[what].threshold = value;
    if (old == value)
        return;
    emit_config(v, what, old, value);
}

void gc_maybe_collect(vm *v)
{
    if (v->gens[0].count <= v->gens[0].threshold || !v->gc_enabled || !v->gens[0].threshold ||
        v->gc_collecting || v->exc)
        return;
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (v->gens[i].count <= v->gens[i].threshold)
            continue;
        if (i == NUM_GENERATIONS - 1 && v->long_lived_pending < v->long_lived_total / 4)
            continue;
        gc_collect_with_callback(v, i);
        break;
    }
}

void gc_set_collector(vm *v, int collector)
{
    machine(v)->chosen = (uint8_t)collector;
}

int gc_collector(vm *v)
{
    return machine(v)->chosen;
}

int gc_phase(vm *v, int *gen)
{
    gcm *m = machine(v);
    if (gen)
        *gen = m->gen;
    return m->phase;
}

int gc_obj(vm *v, object *o, hv_gcobj *out)
{
    (void)v;
    if (!obj_is_gc(o) || obj_gc(o)->list == GCL_NONE) {
        *out = (hv_gcobj){-1, GCL_NONE, GC_WHITE, GCR_NONE};
        return 0;
    }
    gchead *g = obj_gc(o);
    *out = (hv_gcobj){g->gc_refs, g->list, g->colour, (uint8_t)root_of(g)};
    return 1;
}

size_t gc_gray(vm *v, uint64_t *out, size_t max)
{
    gcm *m = machine(v);
    for (size_t i = 0; i < m->ngray && i < max; i++)
        out[i] = m->gray[i]->addr;
    return m->ngray;
}

void gc_free(vm *v)
{
    gcm *m = v->gcm;
    if (!m)
        return;
    gc_finish(v);
    free(m->refs);
    free(m->gray);
    free(m->roots);
    map_free(&m->seen);
    free(m->tuples);
    free(m->dicts);
    free(m);
    v->gcm = NULL;
}

/* ---- the checker ------------------------------------------------------------------- */

static int fail(buf *why, const char *what, const object *o)
{
    if (why)
        buf_printf(why, "gc: %s (object 0x%llx)", what, (unsigned long long)(o ? o->addr : 0));
    return -1;
}

static int check_list(gcm *m, gchead *h, int gen, size_t *members, buf *why)
{
    int idle = m->phase == GCP_IDLE;
    for (gchead *g = h->next; g != h; g = g->next) {
        object *o = obj_of(g);
        if (g->next->prev != g || g->prev->next != g)
            return fail(why, "broken list links", o);
        if (idle && gen >= 0 && g->gen != gen)
            return fail(why, "generation field differs from its list (invariant 1)", o);
        if (g->list == GCL_NONE && (g->flags & (GCF_COLLECTING | GCF_UNREACHABLE)))
            return fail(why, "collector flags on an object outside the collection (invariant 2)", o);
        if (idle && g->list != GCL_NONE)
            return fail(why, "collector state outside a collection (invariant 2)", o);
        if ((g->flags & GCF_ROOT) && g->colour == GC_WHITE)
            return fail(why, "a white object marked as a root (invariant 4)", o);
        if ((g->flags & GCF_LISTED) && (m->phase != GCP_MS_ROOTS && m->phase != GCP_MS_MARK))
            return fail(why, "a root listed outside MS_ROOTS (invariant 4)", o);
        if (g->colour == GC_GRAY)
            (*members)++;
    }
    return 0;
}

int gc_check(vm *v, buf *why)
{
    gcm *m = machine(v);
    size_t grays = 0;
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (check_list(m, &v->gens[i].head, i, &grays, why))
            return -1;
    if (check_list(m, &v->permanent, GC_PERMANENT, &grays, why))
        return -1;
    gchead *extra[] = {&m->unreachable, &m->still, &m->todo};
    for (size_t i = 0; i < HV_COUNTOF(extra); i++)
        if (check_list(m, extra[i], -1, &grays, why))
            return -1;
    if (m->phase == GCP_IDLE && (!gclist_empty(&m->unreachable) || !gclist_empty(&m->still) ||
                                 !gclist_empty(&m->todo)))
        return fail(why, "collection lists not empty when idle (invariant 1)", NULL);
    if (grays != m->ngray)
        return fail(why, "gray objects and the gray worklist differ (invariant 3)", NULL);
    for (size_t i = 0; i < m->ngray; i++)
        if (obj_gc(m->gray[i])->colour != GC_GRAY)
            return fail(why, "a non-gray object on the gray worklist (invariant 3)", m->gray[i]);
    return 0;
}
