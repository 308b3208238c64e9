/*
 * storetest.h — what the store's tests, helper and benchmark share: a
 * "program" that makes realistic event streams by driving the simulated
 * pymalloc and adding the object events an interpreter would emit, and a
 * digest of a heap model through its public introspection API.
 *
 * The program: a loop of statements on lines 3..14 of a script, each a
 * STEP.  Statements make temporaries (allocated, referenced from the
 * frame, freed in the same statement), append objects to a working set
 * held by a list, drop random members of it, grow the list's item array
 * (realloc), and now and then make a big string (a raw block).  The
 * working set can first be built in one statement, as a program that
 * loads its data does.
 */
#ifndef HV_STORETEST_H
#define HV_STORETEST_H

#include "event.h"
#include "hv.h"
#include "model.h"
#include "profile.h"
#include "pymalloc.h"

#include <stdlib.h>
#include <string.h>

enum { PROG_TYPES = 7 };

typedef struct prog_obj {
    uint64_t block;         /* its pymalloc block */
    uint64_t addr;          /* the object (block + preheader) */
    uint32_t size;
    uint8_t type;           /* index in prog_types */
} prog_obj;

typedef struct prog {
    pymalloc *pm;
    hv_emit_fn emit;        /* where the whole stream goes */
    void *ud;
    uint64_t rng;
    uint64_t step;
    uint32_t line;
    uint64_t frame;         /* the module frame (holder of locals) */
    prog_obj list;          /* the list holding the working set */
    uint64_t items;         /* its item array (a block) */
    uint32_t items_cap;
    prog_obj *live;         /* the working set */
    size_t nlive, cap;
    uint64_t events;        /* emitted so far */
} prog;

/* type address, basic size, GC pre-header */
static const struct { uint64_t addr; uint32_t size, pre; const char *name; } prog_types[PROG_TYPES] = {
    {0x55d0c8a4e1a0ULL, 28, 0, "int"},  {0x55d0c8a4f3c0ULL, 24, 0, "float"},
    {0x55d0c8a502e0ULL, 53, 0, "str"},  {0x55d0c8a51100ULL, 56, 16, "tuple"},
    {0x55d0c8a52b40ULL, 56, 16, "list"}, {0x55d0c8a53a20ULL, 64, 16, "dict"},
    {0x55d0c8a54ee0ULL, 48, 32, "Point"},
};

static inline uint64_t prog_rand(prog *p)
{
    uint64_t x = p->rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return p->rng = x;
}

static inline void prog_emit(prog *p, hv_event *ev)
{
    ev->site = p->line;
    p->events++;
    p->emit(p->ud, ev);
}

static inline void prog_from_pymalloc(void *ud, const hv_event *ev)
{
    prog *p = ud;
    p->events++;
    p->emit(p->ud, ev);
}

static inline void prog_ref(prog *p, unsigned kind, uint64_t target, uint64_t holder, uint64_t to,
                            uint64_t label, int delta)
{
    hv_event ev = {.kind = (uint8_t)kind};
    ev.u.ref.target = target;
    ev.u.ref.holder = holder;
    ev.u.ref.to = to;
    ev.u.ref.label = label;
    ev.u.ref.delta = (int8_t)delta;
    prog_emit(p, &ev);
}

static inline void prog_life(prog *p, unsigned kind, const prog_obj *o)
{
    hv_event ev = {.kind = (uint8_t)kind};
    ev.u.obj.addr = o->addr;
    ev.u.obj.type = prog_types[o->type].addr;
    ev.u.obj.size = o->size;
    prog_emit(p, &ev);
    if (prog_types[o->type].pre && kind == EV_OBJ_NEW) {
        hv_event t = {.kind = EV_TRACK};
        t.u.obj.addr = o->addr;
        t.u.obj.type = prog_types[o->type].addr;
        t.u.obj.gen = 0;
        t.u.obj.old_gen = -1;
        prog_emit(p, &t);
    }
}

/* A new object of type t held by the interpreter; 0 when the heap is full. */
static inline int prog_new(prog *p, unsigned t, prog_obj *o)
{
    uint32_t size = prog_types[t].size + prog_types[t].pre + (t == 2 ? (uint32_t)(prog_rand(p) % 40) : 0);
    pymalloc_set_site(p->pm, p->line);
    uint64_t b = pymalloc_malloc(p->pm, size);
    if (!b)
        return 0;
    *o = (prog_obj){b, b + prog_types[t].pre, size, (uint8_t)t};
    prog_life(p, EV_OBJ_NEW, o);
    return 1;
}

static inline void prog_free(prog *p, const prog_obj *o, uint64_t holder, uint64_t label)
{
    prog_ref(p, EV_REF, o->addr, holder, 0, label, -1);
    prog_life(p, EV_OBJ_FREE, o);
    pymalloc_set_site(p->pm, p->line);
    pymalloc_free(p->pm, o->block);
}

static inline void prog_step(prog *p, uint32_t line)
{
    p->line = line;
    hv_event ev = {.kind = EV_STEP};
    ev.u.step.number = ++p->step;
    ev.u.step.what = STEP_STATEMENT;
    prog_emit(p, &ev);
}

/* Appends a new object to the working set. */
static inline void prog_append(prog *p, unsigned t)
{
    prog_obj o;
    if (!prog_new(p, t, &o))
        return;
    if (p->nlive == p->items_cap) {
        uint32_t cap = p->items_cap ? p->items_cap + (p->items_cap >> 3) + 6 : 4;
        pymalloc_set_site(p->pm, p->line);
        uint64_t a = pymalloc_realloc(p->pm, p->items, (uint64_t)cap * 8);
        if (!a) {
            prog_free(p, &o, 0, 0);
            return;
        }
        p->items = a;
        p->items_cap = cap;
    }
    prog_ref(p, EV_REF_MOVE, o.addr, 0, p->list.addr, p->nlive, 0);
    hv_grow(&p->live, &p->cap, p->nlive + 1, sizeof *p->live, 64);
    p->live[p->nlive++] = o;
}

/* Removes working-set member i (the last one takes its place). */
static inline void prog_drop(prog *p, size_t i)
{
    prog_obj o = p->live[i];
    prog_free(p, &o, p->list.addr, i);
    p->live[i] = p->live[--p->nlive];
    if (i != p->nlive) {                        /* the last item moves to slot i */
        prog_ref(p, EV_REF, p->live[i].addr, p->list.addr, 0, i, +1);
        prog_ref(p, EV_REF, p->live[i].addr, p->list.addr, 0, p->nlive, -1);
    }
}

/* One statement of the loop. */
static inline void prog_statement(prog *p, size_t target_live)
{
    uint32_t line = 3 + (uint32_t)(p->step % 12);
    prog_step(p, line);
    uint64_t r = prog_rand(p);
    switch (line) {
    case 3: case 4: case 5: case 6: {           /* temporaries */
        prog_obj t[3];
        unsigned n = 1 + (unsigned)(r % 3), made = 0;
        for (unsigned i = 0; i < n; i++)
            if (prog_new(p, (unsigned)((r >> (8 + 4 * i)) % 4), &t[made])) {
                prog_ref(p, EV_REF_MOVE, t[made].addr, 0, p->frame, made, 0);
                made++;
            }
        while (made--)
            prog_free(p, &t[made], p->frame, made);
        break;
    }
    case 7: case 8: case 9: case 10:            /* grow the working set */
        prog_append(p, (unsigned)((r >> 8) % PROG_TYPES));
        if (p->nlive < target_live)
            prog_append(p, (unsigned)((r >> 16) % PROG_TYPES));
        break;
    case 11: case 12:                           /* drop members */
        if (p->nlive > target_live / 2 && p->nlive)
            prog_drop(p, (size_t)((r >> 8) % p->nlive));
        if (p->nlive > target_live && p->nlive)
            prog_drop(p, (size_t)((r >> 24) % p->nlive));
        break;
    case 13: {                                  /* a big string, now and then */
        if (r % 8)
            break;
        pymalloc_set_site(p->pm, p->line);
        uint64_t b = pymalloc_malloc(p->pm, 600 + (r >> 8) % 5000);
        if (b)
            pymalloc_free(p->pm, b);
        break;
    }
    default:                                    /* a local rebinding */
        if (p->nlive) {
            size_t i = (size_t)((r >> 8) % p->nlive);
            prog_ref(p, EV_REF, p->live[i].addr, p->frame, 0, 1, 1);
            prog_ref(p, EV_REF, p->live[i].addr, p->frame, 0, 1, -1);
        }
        break;
    }
}

/* A program on a heap of geometry prof sending its stream to emit(ud). */
static inline void prog_init(prog *p, const profile *prof, uint64_t seed, hv_emit_fn emit, void *ud)
{
    memset(p, 0, sizeof *p);
    p->emit = emit;
    p->ud = ud;
    p->rng = seed | 1;
    p->pm = pymalloc_new(prof, 0, prog_from_pymalloc, p);
    p->frame = 0x7ffd3a000010ULL;
    p->line = 1;
    hv_event f = {.kind = EV_FRAME_PUSH};
    f.u.obj.addr = p->frame;
    f.u.obj.type = 0x55d0c8a60000ULL;
    prog_emit(p, &f);
    prog_new(p, 4, &p->list);
    prog_ref(p, EV_REF_MOVE, p->list.addr, 0, p->frame, 0, 0);
}

/* One statement (line 2) that builds a working set of n objects. */
static inline void prog_build(prog *p, size_t n)
{
    prog_step(p, 2);
    for (size_t i = 0; i < n; i++)
        prog_append(p, (unsigned)(prog_rand(p) % PROG_TYPES));
}

static inline void prog_free_all(prog *p)
{
    pymalloc_delete(p->pm);
    free(p->live);
}

/* ---- a model's visible state, through the public API -------------------- */

static inline uint64_t st_mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ULL + (v >> 7);
}

static inline int st_digest_ref(void *ud, const model_ref *r)
{
    uint64_t *d = ud;
    *d = st_mix(st_mix(st_mix(st_mix(*d, r->holder), r->target), r->label), (uint64_t)r->count);
    return 0;
}

/* The object half through its public queries: objects in creation order
 * with their outgoing references, then the frames and their references. */
static inline int st_digest_obj(void *ud, const model_obj *o)
{
    uint64_t *d = ud;
    *d = st_mix(st_mix(st_mix(st_mix(*d, o->addr), o->type), o->size), o->site);
    *d = st_mix(st_mix(st_mix(st_mix(*d, (uint64_t)o->refcnt), (uint64_t)(o->gen + 1)), o->freelist), o->serial);
    return model_refs_from((const model *)(uintptr_t)((uint64_t *)ud)[1], o->addr, st_digest_ref, ud);
}

static inline uint64_t model_objects_digest(const model *m)
{
    uint64_t d[2] = {1469598103934665603ULL, (uint64_t)(uintptr_t)m};
    model_obj_each(m, st_digest_obj, d);
    model_refs_from(m, 0, st_digest_ref, d);
    size_t nf = model_frames(m, NULL, 0);
    model_frame *f = calloc(nf + 1, sizeof *f);
    model_frames(m, f, nf);
    for (size_t i = 0; i < nf; i++) {
        d[0] = st_mix(st_mix(d[0], f[i].addr), f[i].code);
        model_refs_from(m, f[i].addr, st_digest_ref, d);
    }
    free(f);
    return st_mix(d[0], model_obj_count(m));
}

static inline uint64_t model_digest(const model *m, const profile *p)
{
    uint64_t d = 1469598103934665603ULL, *chain = malloc(70000 * sizeof *chain);
    for (unsigned s = 0; s < model_arena_slots(m); s++) {
        pymalloc_arena a = {0};
        model_arena_info(m, s, &a);
        if (!a.addr)
            continue;
        d = st_mix(st_mix(st_mix(st_mix(d, s), a.addr), a.nfreepools), a.ncarved);
        for (unsigned k = 0; k < a.npools; k++) {
            pymalloc_pool pi;
            uint64_t pa = a.first_pool + (uint64_t)k * profile_pool_size(p);
            if (model_pool_info(m, pa, &pi))
                return 0;
            d = st_mix(st_mix(st_mix(st_mix(d, pi.state), pi.szidx), pi.count), pi.nextblock);
            if (pi.state == POOL_UNCARVED)
                continue;
            size_t nc = model_free_chain(m, pa, chain, 70000);
            for (size_t i = 0; i < nc; i++)
                d = st_mix(d, chain[i]);
            for (unsigned i = 0; i < pi.nextblock; i++) {
                pymalloc_block b;
                if (model_block_info(m, pa + p->pool_overhead + (uint64_t)i * profile_class_size(p, pi.szidx), &b))
                    return 0;
                d = st_mix(st_mix(st_mix(d, b.state), b.nbytes), b.site);
            }
        }
    }
    free(chain);
    size_t nraw = model_raw_blocks(m, NULL, 0);
    pymalloc_block *raw = calloc(nraw + 1, sizeof *raw);
    model_raw_blocks(m, raw, nraw);
    for (size_t i = 0; i < nraw; i++)
        d = st_mix(st_mix(st_mix(st_mix(d, raw[i].addr), raw[i].nbytes), raw[i].site), raw[i].size);
    free(raw);
    pymalloc_stats st;
    model_get_stats(m, &st);
    d = st_mix(st_mix(st_mix(d, st.arenas_allocated_total), st.arenas_highwater), st.map_bot_nodes);
    return st_mix(st_mix(d, model_step(m)), model_objects_digest(m));
}

/* ---- real interpreter streams ------------------------------------------ */

#include "interp.h"

/* A small program that makes every kind of object event: instances and a
 * cycle, a list and a dict comprehension, a generator, free-list reuse
 * (floats, tuples, lists), del of names and slices. */
static const char st_program[] =
    "class Node:\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "        self.next = None\n"
    "a = Node(1)\n"
    "b = Node(2)\n"
    "a.next = b\n"
    "b.next = a\n"
    "items = [Node(i) for i in range(20)]\n"
    "d = {str(i): i * 1.5 for i in range(30)}\n"
    "t = tuple(items[:5])\n"
    "del items[3:9]\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield (i, i * 2.0)\n"
    "total = sum(x for x, y in gen(50))\n"
    "del a, b\n"
    "s = 'abc' * 100\n"
    "f = [1.5, 2.5, (1, 2), (3, 4, 5)]\n"
    "del f\n"
    "print(len(d), total, len(s))\n";

typedef struct st_stream {
    hv_event *ev;
    size_t n, cap;
} st_stream;

static inline void st_collect(void *ud, const hv_event *ev)
{
    st_stream *s = ud;
    hv_grow(&s->ev, &s->cap, s->n + 1, sizeof *s->ev, 4096);
    s->ev[s->n++] = *ev;
}

static inline void st_quiet(void *ud, int fd, const char *p, size_t n)
{
    (void)ud, (void)fd, (void)p, (void)n;
}

/* Every event of running src (interpreter start and shutdown included)
 * appended to s; returns the program's status. */
static inline int st_run_program(const char *src, const profile *prof, st_stream *s)
{
    interp_options opt = {.prof = prof, .emit = st_collect, .emit_ud = s, .write = st_quiet};
    interp *in = interp_new(&opt);
    int rc = interp_run(in, src, strlen(src), "prog.py");
    interp_delete(in);
    return rc;
}

/* Records source (run as `filename`) into a new database at path as a
 * complete session named name, as `heapviz run` would.  0, or -1. */
#include "session.h"
#include "store.h"

static inline void st_discard(void *ud, int fd, const char *p, size_t n)
{
    (void)ud, (void)fd, (void)p, (void)n;
}

static inline int st_record_program(const char *path, const char *name, const char *source,
                                    const char *filename)
{
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session_meta meta = {name, "cpython-3.11", "generational", source};
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    int rc = -1;
    if (s) {
        interp_options opt = {.prof = profile_default(), .emit = session_emit, .emit_ud = s,
                              .write = st_discard};
        interp *in = interp_new(&opt);
        rc = interp_run(in, source, strlen(source), filename);
        interp_delete(in);
        if (session_end(s, SESSION_COMPLETE, &err))
            rc = -1;
    }
    if (st)
        store_close(st);
    buf_free(&err);
    return rc ? -1 : 0;
}

#endif
