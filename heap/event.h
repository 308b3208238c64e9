/*
 * event.h — the contract between heap/, store/ and ui/.
 *
 * Every observable change of the simulated runtime is one event.  An event
 * carries what is needed to undo it, so a replica of the heap (model.c) can
 * step backwards as cheaply as forwards, and a session stored as events can
 * be replayed without re-running the program.  A STEP event opens a group
 * (a statement, a console line, a GC phase); the events up to the next STEP
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
 *   REF            ref: target, holder, label, delta      the opposite delta
 *   REF_MOVE       ref: target, holder → to, label        back to holder
 *   TRACK          obj: addr, gen (tracked: gen, else -1) old generation
 *   FRAME_PUSH     obj: addr, type = code object          pop it
 *   FRAME_POP      obj: addr, type = code object          push it back (its locals were
 *                                                         released by REF events before)
 *
 * Frames are the roots of the object graph: CPython 3.11 keeps them on a
 * data stack of mmap'd chunks, not in pymalloc, so they have addresses but
 * no blocks.  A REF names who holds the reference: a heap object (a list holding its
 * item, a dict its key or value, an instance its attribute), a frame (a
 * local variable or a value on its stack), or 0 for the interpreter's own
 * references.  Applying every REF gives both the refcounts and the edges of
 * the object graph.  `label` says which slot: an index, or the address of
 * the key or name object.
 * `site` is the script line that caused the event (0 outside any script):
 * every allocation remembers it, as tracemalloc does.
 */
#ifndef HV_EVENT_H
#define HV_EVENT_H

#include <stdint.h>

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
    EV_NKINDS
};

/* Pool states, as obmalloc.c describes them.  UNCARVED: the pool's address
 * range exists in a live arena but was never handed out. */
enum pool_state { POOL_UNCARVED, POOL_USED, POOL_FULL, POOL_EMPTY };

#define SZIDX_DUMMY 0xff    /* a pool never given a class (CPython's DUMMY_SIZE_IDX) */

/* What a STEP stands for. */
enum step_what { STEP_STATEMENT, STEP_CONSOLE, STEP_GC_PHASE, STEP_USER };

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
            uint32_t size;      /* sys.getsizeof() at creation */
            int8_t gen;         /* TRACK: generation after (-1: untracked) */
            int8_t old_gen;     /* TRACK: generation before */
            uint8_t freelist;   /* NEW/FREE: taken from or parked on a free list */
        } obj;
        struct {
            uint64_t target;    /* the object referred to */
            uint64_t holder;    /* who holds the reference (0: the interpreter) */
            uint64_t to;        /* REF_MOVE: the new holder */
            uint64_t label;     /* slot: an index, or the key or name object's address */
            int8_t delta;       /* REF: +1 or -1 */
        } ref;
        struct {
            uint64_t number;    /* step number, from 1 */
            uint32_t what;      /* enum step_what */
        } step;
    } u;
} hv_event;

/* Where events go.  The producer calls emit(ud, &ev) for every event; the
 * sink must copy what it keeps (the pointer is valid only during the call). */
typedef void (*hv_emit_fn)(void *ud, const hv_event *ev);

/* Short name of an event kind ("block-alloc"), "?" if unknown. */
const char *event_name(unsigned kind);
/* Name of a pool state ("used"). */
const char *event_pool_state_name(unsigned state);

#endif
