/*
 * event.h — the contract between heap/, store/ and ui/.
 *
 * Every observable change of the simulated runtime is one event.  An event
 * carries what is needed to undo it, so a replica of the heap (model.c) can
 * step backwards as cheaply as forwards, and a session stored as events can
 * be replayed without re-running the program.  A STEP event opens a group
 * (a statement, a loop's next round, the return to one, a console line, a GC phase); the
 * events up to the next STEP
 * belong to it.
 *
 *   heap/ ──emit──▶ event sink ──┬──▶ store/  (batches, keyframes)
 *                                └──▶ model.c (apply / unapply) ──▶ ui/
 *
 * Allocator events (pymalloc.c is their only producer):
 *
 *   kind           fields used                           undo
 *   ARENA_NEW      arena: addr, slot, npools              unmap the arena
 *   ARENA_FREE     arena: addr, slot, npools              map it back, pools as they were
 *   POOL_INIT      pool: addr, szidx, old_szidx           the pool's previous carving
 *   POOL_STATE     pool: addr, szidx, from, to            state = from
 *   BLOCK_ALLOC    block: addr, szidx, nbytes, virgin     block back to the free chain
 *   BLOCK_FREE     block: addr, szidx, nbytes             block off the chain head
 *   BLOCK_RESIZE   block: addr, szidx, nbytes, old_*      old size and site
 *   RAW_ALLOC      block: addr, nbytes                    forget the raw block
 *   RAW_FREE       block: addr, nbytes                    the raw block again
 *   RAW_RESIZE     block: addr, nbytes, old_*             old size and site
 *   STEP           step: number, line, what               (a marker)
 *
 * Object events (the object layer, object.c, is their only producer):
 *
 *   OBJ_NEW        obj: addr, type, size, freelist        the object never existed
 *   OBJ_FREE       obj: addr, type, size, freelist        an empty object again (its
 *                                                         references were dropped by
 *                                                         REF events before)
 * A new object starts with one reference, held by the interpreter; it dies
 * after its last REF -1.  `freelist` set: the block comes from (or goes to)
 * a free list rather than pymalloc, so no block event goes with it.
 *   OBJ_RESIZE     obj: addr, type, old_size → size       size = old_size
 *                  (getsizeof changed: a list's item array, a dict's keys
 *                  or values, a set's table was replaced; the object's
 *                  own block stays where it is, the block events of the
 *                  table go before)
 *   REF            ref: target, holder, label, delta      the opposite delta
 *   REF_MOVE       ref: target, holder → to, label        back to holder
 *   SHIFT          shift: holder, from, count, by,        from + by, count, −by,
 *                  reversed, target                      reversed, target
 *                  (the references holder holds in slots from … from +
 *                  count − 1 move to slots from + by …: item i to i + by,
 *                  or, reversed, to 2·from + by + count − 1 − i.  A list's
 *                  insert, pop, del and slice assignment move its tail by
 *                  one event; reverse is one event; sort moves each item
 *                  out of place by a single-item SHIFT through the free
 *                  slot past the end.  No slot moved to may hold a
 *                  reference that does not move.)
 *   TRACK          obj: addr, gen (tracked: gen, else -1) old generation
 *                  (gen GC_PERMANENT: frozen by gc.freeze())
 *   FRAME_PUSH     obj: addr, type = code object          pop it
 *   FRAME_POP      obj: addr, type = code object          push it back (its locals were
 *                                                         released by REF events before)
 *
 * Collector events (gc.c is their only producer).  A collection is a run
 * of STEP events with what = STEP_GC_PHASE, one per phase, each followed by
 * its GC_PHASE; the events of the phase's work follow.  While an object
 * takes part in a collection it has a collector state (gc_refs, the list
 * it is on, its colour: hv_gcobj below); outside, it has none.
 *
 *   kind           fields used                           undo
 *   GC_PHASE       gc: collector, gen, from → to          phase = from
 *                  (enum gc_phase; gen: the generation collected)
 *   GC_REFS        gc: addr, old_refs → refs, to          gc_refs = old_refs
 *                  (old_refs = -1: the object joins the collection on
 *                  list `to`, white; refs = -1 never happens)
 *   GC_MOVE        gc: addr, from → to (enum gc_list),    back to from, with
 *                  refs, colour                          refs and colour
 *                  (to = GCL_NONE: the object leaves the collection;
 *                  refs and colour are what it had, for the undo)
 *   GC_COLOR       gc: addr, from → to (enum gc_colour),  colour = from
 *                  gen                                   (root = none)
 *                  (mark & sweep; → GRAY pushes the object on the gray
 *                  worklist, GRAY → BLACK pops it: the worklist is LIFO;
 *                  gen: enum gc_root, the root it was grayed as in
 *                  MS_ROOTS, GCR_NONE otherwise; a GC_MOVE carries the
 *                  root it had in gen too, for the undo)
 *   GC_VISIT       gc: addr, old_refs; from → to          examined = old_refs,
 *                                                         verdict = from
 *                  (the object the collector examines in UNTRACK_TUPLES
 *                  or UNTRACK_DICTS, one per unit of work, after the
 *                  untracking it caused, and in FINALIZE before its
 *                  finalizer runs; to: what it found, enum gc_verdict;
 *                  old_refs and from: the address examined before (0:
 *                  none) and its verdict.  The first event of the next
 *                  phase is a GC_VISIT with addr 0 and to GCV_KEPT when
 *                  one was examined: nothing is then.)
 * Generation changes of tracked objects (the younger generations merged
 * into the collected one, survivors promoted) are TRACK events.
 *   GC_CONFIG      gc: gen, old_refs → refs               the value = old_refs
 *                  (gc.set_threshold: gen 0–2 is that generation's
 *                  threshold; gc.enable/disable: gen = GC_CONFIG_ENABLED,
 *                  refs 1 or 0; the interpreter's own objects in
 *                  generation g (GC_PERMANENT: frozen): gen =
 *                  GC_CONFIG_INTERP + g, refs their number; gc.set_debug:
 *                  gen = GC_CONFIG_DEBUG, refs the flags.  Emitted only
 *                  when the value changes.)
 *
 * Block owners (the object layer and its containers produce them):
 *
 *   BLOCK_OWNER    own: addr, old_owner → owner,          owner = old_owner,
 *                  old_role → role                        role = old_role
 *                  (a block that is part of an object without being the
 *                  object's own block: a list's item array, a dict's keys
 *                  table or values, a set's table, an instance's inline
 *                  values, a class's shared keys, a str's UTF-8 copy, a
 *                  bytearray's buffer.  It follows the block's
 *                  allocation and goes before its release, with owner 0
 *                  and role OWN_NONE: a block belongs to nobody before it
 *                  is freed or while it is parked on a free list.  An
 *                  object has at most one block per role.)
 *
 * Frames are the roots of the object graph: CPython 3.11 keeps them on a
 * data stack of mmap'd chunks, not in pymalloc, so they have addresses but
 * no blocks.  A REF names who holds the reference: a heap object (a list holding its
 * item, a dict its key or value, an instance its attribute), a frame (a
 * local variable or a value on its stack), or 0 for the interpreter's own
 * references.  Applying every REF gives both the refcounts and the edges of
 * the object graph.  `label` says which slot: an index, or the address of
 * the key or name object (HV_LABEL_NAMES tells them apart).
 * `site` is the script line that caused the event (0 outside any script):
 * every allocation remembers it, as tracemalloc does.
 */
#ifndef HV_EVENT_H
#define HV_EVENT_H

#include "hv.h"

#include <stdalign.h>
#include <stdatomic.h>
#include <stdint.h>

/* A label below this is an index (a list's or tuple's item, a frame's
 * local slot, an object's field); from it up, the address of a key or name
 * object (no simulated address is lower).  A list of more items than this
 * has index labels above it: the views that read labels ask the holder's
 * type first. */
#define HV_LABEL_NAMES (UINT64_C(1) << 16)

/* An instance of a list subclass: its index labels are its items, which a
 * SHIFT moves, so it holds its class at this label and its __slots__
 * member i at HV_LABEL_FIELDS + 1 + i (no list of a 1 GiB heap has 2^31
 * items; its __dict__ stays at dict.h's DICT_INLINE_LABEL, 2^32 − 1). */
#define HV_LABEL_FIELDS (UINT64_C(1) << 31)

enum event_kind {
    EV_NONE,
    EV_STEP,
    EV_ARENA_NEW,
    EV_ARENA_FREE,
    EV_POOL_INIT,
    EV_POOL_STATE,
    EV_BLOCK_ALLOC,
    EV_BLOCK_FREE,
    EV_BLOCK_RESIZE,
    EV_RAW_ALLOC,
    EV_RAW_FREE,
    EV_RAW_RESIZE,
    EV_OBJ_NEW,
    EV_OBJ_FREE,
    EV_REF,
    EV_REF_MOVE,
    EV_TRACK,
    EV_FRAME_PUSH,
    EV_FRAME_POP,
    EV_GC_PHASE,
    EV_GC_REFS,
    EV_GC_MOVE,
    EV_GC_COLOR,
    EV_OBJ_RESIZE,
    EV_GC_CONFIG,
    EV_BLOCK_OWNER,
    EV_GC_VISIT,
    EV_SHIFT,
    EV_NKINDS
};

/* Pool states, as obmalloc.c describes them.  UNCARVED: the pool's address
 * range exists in a live arena but was never handed out. */
enum pool_state { POOL_UNCARVED, POOL_USED, POOL_FULL, POOL_EMPTY };

#define SZIDX_DUMMY 0xff    /* a pool never given a class (CPython's DUMMY_SIZE_IDX) */

/* What a STEP stands for.  STEP_RETURN: a call whose body ran statements
 * of its own returned (or a generator yielded) and the caller's statement
 * goes on at its line (the step's site): what the caller does with the
 * result (a binding, a class built from its body) is its own step, not
 * the callee's last.  STEP_END (site 0): the script's last statement is
 * over, and what python3 does before it exits or starts the console
 * follows: the module's frame and code released, the output flushed, an
 * uncaught exception reported, __file__ deleted.  Each added last, so
 * recorded numbers keep their meaning. */
enum step_what { STEP_STATEMENT, STEP_CONSOLE, STEP_GC_PHASE, STEP_USER, STEP_RETURN, STEP_END };

/* The collector's phases (gc.c draws the machine), in the order a
 * collection goes through them (but GCP_MS_HELD, added last so recorded
 * numbers keep their meaning, comes after the first GCP_MS_MARK: see
 * gc_phase_order); GCP_NPHASES is not a phase. */
enum gc_phase {
    GCP_IDLE,               /* no collection running */
    GCP_START,              /* counts updated, younger generations merged */
    GCP_UPDATE_REFS,        /* gc_refs = refcount, one object at a time */
    GCP_SUBTRACT_REFS,      /* gc_refs -= 1 per reference from inside the set */
    GCP_MOVE_UNREACHABLE,   /* generational: the list walk of move_unreachable */
    GCP_MS_ROOTS,           /* mark & sweep: objects with gc_refs > 0 are roots: gray */
    GCP_MS_MARK,            /* mark & sweep: one gray object blackened at a time */
    GCP_MS_SWEEP,           /* mark & sweep: white objects to the unreachable list */
    GCP_UNTRACK_TUPLES,     /* survivors: tuples of untracked things untracked */
    GCP_UNTRACK_DICTS,      /* full collections: dicts likewise */
    GCP_PROMOTE,            /* survivors to the older generation */
    GCP_FINALIZE,           /* __del__, once per object (PEP 442) */
    GCP_RESURRECT_UPDATE,   /* the same analysis again, inside the unreachable set */
    GCP_RESURRECT_SUBTRACT,
    GCP_RESURRECT_MOVE,
    GCP_RESURRECT_PROMOTE,  /* resurrected objects to the older generation */
    GCP_CLEAR,              /* tp_clear in list order: the garbage is freed */
    GCP_FREELISTS,          /* full collections: the free lists emptied, one entry at a time */
    GCP_MS_HELD,            /* mark & sweep, after the first marking: gc_refs -= 1 per
                               reference from the heap, to find what only C holds */
    GCP_NPHASES
};

/* The lists an object is on while it takes part in a collection. */
enum gc_list {
    GCL_NONE,               /* not in the collection (its generation, or untracked) */
    GCL_YOUNG,              /* the set being collected, not decided yet */
    GCL_REACHABLE,          /* still in the young list, found reachable */
    GCL_UNREACHABLE,        /* tentatively unreachable */
    GCL_RESURRECTED,        /* unreachable, but referenced again after the finalizers */
    GCL_COLLECTABLE,        /* garbage, to be cleared */
    GCL_NLISTS
};

enum gc_colour { GC_WHITE, GC_GRAY, GC_BLACK };
/* What examining an object (GC_VISIT) found: it stays tracked, or it holds
 * nothing that could be in a cycle and was untracked (UNTRACK_*); or its
 * finalizer is about to run (FINALIZE). */
enum gc_verdict { GCV_KEPT, GCV_UNTRACKED, GCV_FINALIZED, GCV_NVERDICTS };
/* Why mark & sweep grayed an object in MS_ROOTS: which of the vm's roots
 * references it (vm_roots, vm.h), or GCR_HELD: only the interpreter's C
 * code does (a value it holds while it works, found by reference count). */
enum gc_root {
    GCR_NONE,               /* not a root */
    GCR_MAIN,               /* __main__'s globals dict */
    GCR_MODULES,            /* the built-in modules: sys, gc, tracemalloc */
    GCR_BUILTINS,           /* the builtins namespace (and builtins._) */
    GCR_FRAME,              /* a frame executing: function, globals, locals, value stack */
    GCR_EXC,                /* the exception being raised, the one being handled */
    GCR_STATIC,             /* static objects: gc.garbage, the preallocated MemoryErrors */
    GCR_HELD,               /* held by the interpreter's C code only */
    GCR_NKINDS
};
#define GC_CONFIG_ENABLED 3     /* GC_CONFIG's gen for gc.enable/disable */
/* GC_CONFIG's gen for the interpreter's own objects in generation g
 * (GC_CONFIG_INTERP + g, gc.c: gc_start_interpreter): their number. */
#define GC_CONFIG_INTERP 4
/* TRACK's gen of an object gc.freeze() moved to the permanent generation
 * (never collected; gc.unfreeze() moves it to generation 2), and
 * GC_CONFIG_INTERP + GC_PERMANENT counts the interpreter's objects there. */
#define GC_PERMANENT 3
#define GC_GENERATIONS 4      /* the three generations and the permanent one */
/* GC_CONFIG's gen for gc.set_debug: the flags, enum gc_debug. */
#define GC_CONFIG_DEBUG (GC_CONFIG_INTERP + GC_GENERATIONS)
/* gc.set_debug's flags (gcmodule.c's DEBUG_*). */
enum gc_debug {
    GC_DEBUG_STATS = 1,         /* each collection's counts and time on stderr */
    GC_DEBUG_COLLECTABLE = 2,   /* each unreachable object found, on stderr */
    GC_DEBUG_UNCOLLECTABLE = 4, /* each uncollectable one (never any: no tp_del) */
    GC_DEBUG_SAVEALL = 32,      /* CLEAR appends the garbage to gc.garbage, clears nothing */
    GC_DEBUG_LEAK = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};
/* gc.get_threshold() of a fresh CPython 3.11, for generations 0, 1, 2. */
#define GC_DEFAULT_THRESHOLDS {700, 10, 10}
enum gc_collector { COLLECTOR_GENERATIONAL, COLLECTOR_MARK_SWEEP };

/* What a block is to the object that owns it (BLOCK_OWNER). */
enum block_role {
    OWN_NONE,               /* nobody's */
    OWN_ITEMS,              /* a list's item array (ob_item) */
    OWN_KEYS,               /* a dict's keys table (combined) */
    OWN_VALUES,             /* a split dict's values */
    OWN_TABLE,              /* a set's hash table (past the 8 inline entries) */
    OWN_SHARED_KEYS,        /* a class's shared keys (ht_cached_keys) */
    OWN_INLINE_VALUES,      /* an instance's inline attribute values */
    OWN_UTF8,               /* a non-ASCII str's UTF-8 copy (PyUnicode_AsUTF8's cache) */
    OWN_BUFFER,             /* a bytearray's bytes (ob_bytes), a str subclass
                             * instance's text (unicode_subtype_new's data) */
    OWN_NROLES
};

/* An object's collector state, as gc_obj() (live) and model_gc_obj() (the
 * model) report it. */
typedef struct hv_gcobj {
    int64_t gc_refs;        /* -1 outside a collection */
    uint8_t list;           /* enum gc_list */
    uint8_t colour;         /* enum gc_colour (mark & sweep) */
    uint8_t root;           /* enum gc_root: grayed as a root (mark & sweep) */
} hv_gcobj;

typedef struct hv_event {
    uint8_t kind;           /* enum event_kind */
    uint8_t pad_[3];
    uint32_t site;          /* script line that caused it; 0 = none */
    union {
        struct {
            uint64_t addr;      /* arena base address */
            uint32_t slot;      /* arena object index (CPython's arenas[] vector) */
            uint32_t npools;    /* pools it holds (ntotalpools) */
        } arena;
        struct {
            uint64_t addr;      /* pool base address */
            uint8_t szidx;      /* size class after the event */
            uint8_t old_szidx;  /* POOL_INIT: class before (SZIDX_DUMMY if uncarved) */
            uint8_t from, to;   /* POOL_STATE: enum pool_state */
        } pool;
        struct {
            uint64_t addr;      /* block address */
            uint32_t nbytes;    /* requested size (after the event) */
            uint32_t old_nbytes;/* RESIZE: requested size before */
            uint32_t old_site;  /* RESIZE: site before */
            uint8_t szidx;      /* size class (pool blocks only) */
            uint8_t virgin;     /* BLOCK_ALLOC: carved past the pool's high-water mark */
        } block;
        struct {
            uint64_t addr;      /* the object (id()) */
            uint64_t type;      /* address of its type object */
            uint32_t size;      /* sys.getsizeof() at creation (RESIZE: after) */
            uint32_t old_size;  /* RESIZE: sys.getsizeof() before */
            int8_t gen;         /* TRACK: generation after (-1: untracked) */
            int8_t old_gen;     /* TRACK: generation before */
            uint8_t freelist;   /* NEW/FREE: taken from or parked on a free list */
        } obj;
        struct {
            uint64_t target;    /* the object referred to */
            uint64_t holder;    /* who holds the reference (0: the interpreter) */
            uint64_t to;        /* REF_MOVE: the new holder */
            uint64_t label;     /* slot: an index, or the key or name object's address */
            int8_t delta;       /* REF: +1 or -1; holder and label 0 (the interpreter): its
                                   net change since it was last said, any nonzero int8 (object.h) */
        } ref;
        struct {
            uint64_t addr;      /* the object (GC_PHASE: 0) */
            int64_t refs;       /* REFS: gc_refs after; MOVE: gc_refs it had */
            int64_t old_refs;   /* REFS: gc_refs before (-1: it joins) */
            uint8_t from, to;   /* PHASE: gc_phase; MOVE, REFS: gc_list; COLOR: gc_colour */
            uint8_t gen;        /* PHASE: the generation collected; CONFIG: what */
            uint8_t collector;  /* PHASE: enum gc_collector */
            uint8_t colour;     /* MOVE: the colour it had */
        } gc;
        struct {
            uint64_t addr;      /* the block */
            uint64_t owner;     /* the object it belongs to now (0: none) */
            uint64_t old_owner; /* the object it belonged to before (0: none) */
            uint8_t role;       /* enum block_role, with owner */
            uint8_t old_role;   /* with old_owner */
        } own;
        struct {
            uint64_t holder;    /* the list whose items move */
            uint64_t target;    /* count 1: the item that moves, or 0 (unsaid) */
            uint32_t from;      /* the first index moved */
            uint32_t count;     /* how many items move (≥ 1) */
            int32_t by;         /* where to: from → from + by */
            uint8_t reversed;   /* and their order reversed */
        } shift;
        struct {
            uint64_t number;    /* step number, from 1 */
            uint32_t what;      /* enum step_what */
        } step;
    } u;
} hv_event;

/* Where events go.  The producer calls emit(ud, &ev) for every event; the
 * sink must copy what it keeps (the pointer is valid only during the call). */
typedef void (*hv_emit_fn)(void *ud, const hv_event *ev);

/* ---- a ring of slots the producer fills in place ----------------------------
 *
 * The other kind of sink (a recorder's: store/session.c owns one): instead
 * of building an event on its stack and handing a pointer to a call, the
 * producer asks for the next slot, fills it, and commits it.  heap/ sees
 * only this struct; who reads the slots, and how it makes room, is the
 * owner's business, behind `slow`.
 *
 *   producer:  ev = hv_ring_reserve(r)   next while next < end, else
 *                                         r->slow(r) (it may wait)
 *              fill *ev (every byte: assign a whole hv_event)
 *              hv_ring_commit(r, ev)      next = ev + 1; a STEP publishes
 *                                         (head = the count, a release
 *                                         store: the consumer may read
 *                                         every slot before it); then
 *                                         r->observe(r->observe_ud, ev) if
 *                                         ev's kind is in `watch` and it is
 *                                         an OBJ_NEW whose type is not in
 *                                         type_seen, a REF or REF_MOVE to a
 *                                         target in [ref_lo, ref_lo +
 *                                         ref_span) not in ref_seen, or of
 *                                         any other kind
 *
 * The producer's count of events is hv_ring_count: base, the count at
 * slot[0] in its lap, plus next's index.  It publishes the count only at
 * a STEP, in the slow path and when the owner asks (hv_ring_publish: a
 * flush, a note, the end): one store per step rather than per event, and
 * a step is what a reader waits for anyway.
 *
 * Invariants:
 *   1. only the producer's thread writes next, end, base, head and the
 *      slots: an owner publishes or reads the count on that thread;
 *   2. between reserve and commit the producer reserves nothing else and
 *      does not call the owner (one slot is open at a time): an open slot
 *      is not counted;
 *   3. slow is called when next == end, every slot before it committed;
 *      it publishes, and returns the slot at the count with next and end
 *      set (hv_ring_open) over slots the consumer is done with, after
 *      `observe(ud, NULL)` if set (the observer's last chance to read
 *      slots about to be reused);
 *   4. end never passes the last slot of the array: the lap turns in the
 *      slow path. */
typedef struct hv_ring hv_ring;
enum { HV_RING_SEEN = 256, HV_RING_TYPES = 64 };
struct hv_ring {
    hv_event *next;         /* producer: the slot the next event goes in */
    hv_event *end;          /* producer: the fast path runs while next < end */
    hv_event *(*slow)(hv_ring *r);  /* next == end (see 3.) */
    hv_event *slot;         /* mask + 1 slots (a power of two) */
    uint64_t mask;
    uint64_t base;          /* producer: the count at slot[0] in this lap */
    _Atomic uint32_t watch; /* kinds (1 << enum event_kind) the observer sees … (atomic:
                               its owner may set a bit from a signal handler) */
    uint64_t ref_lo, ref_span; /* … of REF and REF_MOVE, those whose target
                               lies in [ref_lo, ref_lo + ref_span) (span 0: none) */
    void (*observe)(void *ud, const hv_event *ev);  /* may be NULL with watch 0 */
    void *observe_ud;
    uint64_t ref_seen[HV_RING_SEEN];    /* REF targets the observer needs no more: a hint
                                           it fills (hv_ring_seen_slot), a match skips the call */
    uint64_t type_seen[HV_RING_TYPES];  /* the same for OBJ_NEW's types (hv_ring_type_slot;
                                           0 is no type) */
    alignas(64) _Atomic uint64_t head;  /* events published: the consumer reads up to here
                                           (a line of its own: the consumer's reads do not
                                           take the producer's next and end away) */
};

static inline unsigned hv_ring_seen_slot(uint64_t target) { return (unsigned)(target >> 4) & (HV_RING_SEEN - 1); }
static inline unsigned hv_ring_type_slot(uint64_t type) { return (unsigned)(type >> 4) & (HV_RING_TYPES - 1); }

/* Whether the observer sees an event of kind whose key is key: a REF's or
 * REF_MOVE's target, an OBJ_NEW's type (other kinds: unused).  kind is a
 * constant at most calls: the test folds to the watch bit and one compare. */
static inline int hv_ring_watched(const hv_ring *r, unsigned kind, uint64_t key)
{
    if (!(atomic_load_explicit(&r->watch, memory_order_relaxed) >> kind & 1))
        return 0;
    if (kind == EV_OBJ_NEW)
        return r->type_seen[hv_ring_type_slot(key)] != key;
    if (kind == EV_REF || kind == EV_REF_MOVE)
        return key - r->ref_lo < r->ref_span && r->ref_seen[hv_ring_seen_slot(key)] != key;
    return 1;
}

/* An event's key for hv_ring_watched. */
static inline uint64_t hv_event_key(const hv_event *ev)
{
    return ev->kind == EV_OBJ_NEW ? ev->u.obj.type : ev->u.ref.target;
}

/* The events the producer has committed (invariant 1: on its thread). */
static inline uint64_t hv_ring_count(const hv_ring *r)
{
    return r->base + (uint64_t)(r->next - r->slot);
}

/* Publishes every committed event; returns their count.  On the
 * producer's thread, no slot open (invariants 1, 2). */
static inline uint64_t hv_ring_publish(hv_ring *r)
{
    uint64_t n = hv_ring_count(r);
    atomic_store_explicit(&r->head, n, memory_order_release);
    return n;
}

/* For an owner: lets the producer fill the slots from count h up to limit
 * (> h), or to the end of the array if that comes first (invariant 4);
 * returns the slot at h. */
static inline hv_event *hv_ring_open(hv_ring *r, uint64_t h, uint64_t limit)
{
    uint64_t i = h & r->mask, room = r->mask + 1 - i;
    r->base = h - i;
    r->next = r->slot + i;
    r->end = r->next + (limit - h < room ? limit - h : room);
    return r->next;
}

/* The slot for the next event (see above).  Cannot fail. */
static inline hv_event *hv_ring_reserve(hv_ring *r)
{
    hv_event *e = r->next;
    return HV_LIKELY(e != r->end) ? e : r->slow(r);
}

/* Commits the slot ev, holding an event of kind whose key (hv_event_key)
 * is key: kind and key are constants or registers at most calls. */
static inline void hv_ring_commit_as(hv_ring *r, hv_event *ev, unsigned kind, uint64_t key)
{
    r->next = ev + 1;
    if (kind == EV_STEP)
        hv_ring_publish(r);
    if (HV_UNLIKELY(hv_ring_watched(r, kind, key)))
        r->observe(r->observe_ud, ev);
}

/* Commits the slot hv_ring_reserve gave (ev), reading its kind and key. */
static inline void hv_ring_commit(hv_ring *r, hv_event *ev)
{
    hv_ring_commit_as(r, ev, ev->kind, hv_event_key(ev));
}

/* A producer's two halves around one event built in place, whatever the
 * producer (the vm, pymalloc): hv_event_begin gives the ring's next slot
 * if it is free now, else scratch; hv_event_commit commits the slot, or
 * hands scratch to emit(ud) (a ring's hv_ring_emit then copies it, waiting
 * for room if it must: the slow path stays out of the producers' code).
 * r may be NULL: then every event goes through emit. */
static inline hv_event *hv_event_begin(hv_ring *r, hv_event *scratch)
{
    if (HV_LIKELY(r != NULL) && HV_LIKELY(r->next != r->end))
        return r->next;
    return scratch;
}

static inline void hv_event_commit(hv_ring *r, hv_event *ev, unsigned kind, uint64_t key, hv_emit_fn emit,
                                   void *ud)
{
    if (HV_LIKELY(r != NULL) && HV_LIKELY(ev == r->next))
        hv_ring_commit_as(r, ev, kind, key);
    else
        emit(ud, ev);
}

/* hv_emit_fn for a ring (ud): copies *ev into the next slot.  What a
 * producer that builds its events on the stack uses. */
void hv_ring_emit(void *ud, const hv_event *ev);

/* Short name of an event kind ("block-alloc"), "?" if unknown. */
const char *event_name(unsigned kind);
/* Name of a pool state ("used"). */
const char *event_pool_state_name(unsigned state);
/* Names of a collector phase ("subtract_refs"), list ("unreachable"),
 * colour ("gray"); "?" if unknown. */
const char *event_gc_phase_name(unsigned phase);
const char *event_gc_root_name(unsigned root);
/* The collector (enum gc_collector) a session or --collector names:
 * "mark-sweep", else (NULL, "generational") the generational one. */
int event_gc_collector_named(const char *name);
const char *event_gc_list_name(unsigned list);
const char *event_gc_colour_name(unsigned colour);
/* What a block is to its owner ("item array"), "?" if unknown. */
const char *event_block_role_name(unsigned role);

#endif
