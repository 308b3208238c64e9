/*
 * model.h — the heap model: the state the UI draws and the store replays,
 * rebuilt from events alone (never by asking the interpreter).
 *
 * model_apply() moves the model one event forward; model_unapply() moves it
 * one event back and must be given the same events in reverse order.  Live
 * mode and replay use the same code: live mode just keeps appending.
 */
#ifndef HV_MODEL_H
#define HV_MODEL_H

#include "event.h"
#include "profile.h"
#include "pymalloc.h"

typedef struct model model;

/* An empty model of a heap with geometry prof.  Cannot fail. */
model *model_new(const profile *prof);
void model_delete(model *m);

/* Applies ev.  Returns 0, or -1 if ev does not fit the model's state (a
 * corrupt or foreign stream; the model is then unchanged). */
int model_apply(model *m, const hv_event *ev);
/* Undoes ev, the last event applied.  Returns 0, or -1 as above. */
int model_unapply(model *m, const hv_event *ev);

/* A hint: fetches into the cache what applying or undoing ev will look
 * up in m's maps (its object, edge and referrer entries), so that a
 * seeker calling it a few events ahead of the one it applies overlaps
 * those memory waits instead of taking them one after another.  Changes
 * nothing; ev need not fit m. */
void model_prefetch(const model *m, const hv_event *ev);
/* Its second stage: fetches the object and edge records that ev's map
 * entries (which model_prefetch fetched, some events earlier) point to.
 * A seeker calls it about half as far ahead.  Changes nothing. */
void model_prefetch_records(const model *m, const hv_event *ev);

/* 1 if model_apply() handles events of this kind (a replayer skips the
 * others rather than calling them corrupt). */
int model_knows(unsigned kind);

/* The last step applied (0 before the first STEP). */
uint64_t model_step(const model *m);

/* The same questions pymalloc.h answers, with the same structs, so the
 * UI draws from either and tests compare the two. */
int model_block_info(const model *m, uint64_t addr, pymalloc_block *b);
int model_pool_info(const model *m, uint64_t addr, pymalloc_pool *p);
int model_arena_info(const model *m, unsigned slot, pymalloc_arena *a);
unsigned model_arena_slots(const model *m);
size_t model_free_chain(const model *m, uint64_t pool_addr, uint64_t *out, size_t max);
size_t model_raw_blocks(const model *m, pymalloc_block *out, size_t max);

/* ---- the object half: objects, references, frames ----------------------
 *
 * Applied from OBJ_NEW, OBJ_FREE, OBJ_RESIZE, REF, REF_MOVE, TRACK,
 * FRAME_PUSH, FRAME_POP and BLOCK_OWNER (event.h), undone in reverse; saved in keyframes with the rest.
 * Objects are listed in creation order (a stable order for layouts: an
 * object keeps its rank while it lives, stepping back restores it).
 */
typedef struct model_obj {
    uint64_t addr;          /* id() */
    uint64_t type;          /* its type object's address */
    uint32_t size;          /* sys.getsizeof() now (OBJ_NEW, then OBJ_RESIZE) */
    uint32_t site;          /* the script line that created it (0: none) */
    int64_t refcnt;         /* references held, the interpreter's included */
    int8_t gen;             /* generation it is tracked in, -1 untracked */
    uint8_t freelist;       /* its block came from a free list */
    uint64_t serial;        /* creation rank: increases with every OBJ_NEW */
} model_obj;

typedef struct model_ref {
    uint64_t holder;        /* an object, a frame, or 0 (the interpreter) */
    uint64_t target;        /* the object referred to */
    uint64_t label;         /* the slot: an index, or a key or name object's address */
    int64_t count;          /* references through this slot (> 0) */
} model_ref;

typedef struct model_frame {
    uint64_t addr;          /* the frame (a root of the graph) */
    uint64_t code;          /* its code object */
} model_frame;

/* Live objects. */
size_t model_obj_count(const model *m);
/* The live object at addr into *o: 1, or 0 if there is none. */
int model_obj_info(const model *m, uint64_t addr, model_obj *o);
/* Calls fn for every live object in creation order; stops early and
 * returns fn's value when fn returns non-zero, else 0. */
int model_obj_each(const model *m, int (*fn)(void *ud, const model_obj *o), void *ud);
/* Calls fn for every reference held by holder (outgoing edges, in the
 * order they were first made) / held on target (incoming edges: who keeps
 * it alive).  Same stopping rule as model_obj_each(). */
int model_refs_from(const model *m, uint64_t holder, int (*fn)(void *ud, const model_ref *r), void *ud);
int model_refs_to(const model *m, uint64_t target, int (*fn)(void *ud, const model_ref *r), void *ud);
/* Bounded walks for views of heaps too big to list whole (view_graph's
 * window): up to max of the references held by holder / held on target,
 * the most recently made first (no sorting), copied into out; returns how
 * many were copied, and *more (may be NULL) says whether some were left
 * out.  Costs O(max), whatever the holder's size. */
size_t model_refs_from_newest(const model *m, uint64_t holder, model_ref *out, size_t max, int *more);
size_t model_refs_to_newest(const model *m, uint64_t target, model_ref *out, size_t max, int *more);
/* The live object after (dir > 0) or before (dir < 0) the one at addr in
 * creation order into *o: 1, or 0 if there is none (or addr is not a live
 * object).  addr 0 starts from the oldest (dir > 0) or the newest. */
int model_obj_next(const model *m, uint64_t addr, int dir, model_obj *o);
/* Live objects tracked in each generation (model_obj.gen 0, 1, 2, and
 * GC_PERMANENT: frozen) into out[0..3], kept as TRACK, OBJ_NEW and
 * OBJ_FREE apply: O(1). */
void model_tracked(const model *m, size_t out[GC_GENERATIONS]);
/* Objects and references the query functions above have visited since the
 * model was made (each object or reference handed out or stepped over):
 * the debug counter tests use to check that a view's work per key does not
 * grow with the heap. */
uint64_t model_visits(const model *m);
/* Carries from's counter over to m, the model that takes its place (a
 * seek that loads a keyframe), so the count goes on across models. */
void model_carry_visits(model *m, const model *from);
/* The frame stack, outermost first: copies up to max into out and
 * returns how many there are. */
size_t model_frames(const model *m, model_frame *out, size_t max);
/* Calls fn for every reference in the model, in the order they were first
 * made (the holders include frames of generators and other addresses that
 * are neither objects nor on the frame stack).  Same stopping rule. */
int model_refs_each(const model *m, int (*fn)(void *ud, const model_ref *r), void *ud);

/* A block parked on one of the object layer's free lists (an OBJ_FREE with
 * `freelist` set, not yet reused by an OBJ_NEW or released). */
typedef struct model_parked {
    uint64_t addr;          /* where the object was */
    uint64_t type;          /* the type it was freed as */
    uint32_t size;          /* its size then (a tuple's tells its length) */
} model_parked;
/* The parked blocks in address order: copies up to max into out and
 * returns how many there are. */
size_t model_parked_blocks(const model *m, model_parked *out, size_t max);

/* ---- block owners ---------------------------------------------------------
 *
 * Applied from BLOCK_OWNER (event.h): the blocks that are parts of objects
 * (a list's item array, a dict's keys and values, a set's table…), so the
 * heap map can say whose a block is and the graph which blocks an object
 * occupies.  An object's own block is not listed: it starts at
 * addr − preheader and is found from the object.
 */
typedef struct model_owner {
    uint64_t block;         /* the block's address */
    uint64_t owner;         /* the object it belongs to */
    uint8_t role;           /* enum block_role */
} model_owner;
/* The owner of the block at addr into *o: 1, or 0 if it has none. */
int model_block_owner(const model *m, uint64_t addr, model_owner *o);
/* The blocks object addr owns, by role: copies up to max into out and
 * returns how many there are (at most OWN_NROLES - 1). */
size_t model_obj_blocks(const model *m, uint64_t addr, model_owner *out, size_t max);
/* The block the object at addr occupies itself (it starts at addr, or the
 * 16 or 32 bytes of a GC or managed-dict pre-header before it) into *b:
 * 0, or -1 when it has none (a free list's block, or a static object). */
int model_obj_block(const model *m, uint64_t addr, pymalloc_block *b);
/* Every block of the object at addr, its own first, then those it owns
 * by role: copies up to max addresses into out, returns how many. */
size_t model_obj_all_blocks(const model *m, uint64_t addr, uint64_t *out, size_t max);
/* How many blocks have an owner. */
size_t model_owned_count(const model *m);
/* Calls fn for every owned block (in no particular order); same stopping
 * rule as model_obj_each(). */
int model_owners_each(const model *m, int (*fn)(void *ud, const model_owner *o), void *ud);

/* ---- the collector: the collection under way (model_gc.c) ----------------
 *
 * Applied from GC_PHASE, GC_REFS, GC_MOVE, GC_COLOR, GC_VISIT and GC_CONFIG (event.h); the same
 * questions gc.h answers for the live vm, with the same structs.  The
 * generation an object is tracked in comes from TRACK (model_obj.gen).
 */
/* The phase (enum gc_phase; GCP_IDLE between collections); *gen and
 * *collector (either may be NULL) get the collection's generation and
 * collector. */
int model_gc_phase(const model *m, int *gen, int *collector);
/* The collector state of the object at addr into *out: 1 if it takes part
 * in the collection, else 0 (gc_refs -1, GCL_NONE, white). */
int model_gc_obj(const model *m, uint64_t addr, hv_gcobj *out);
/* The collector's settings as GC_CONFIG left them: gc.get_threshold()
 * into threshold[0..2]; returns gc.isenabled() (1 or 0). */
int model_gc_config(const model *m, int64_t threshold[3]);
/* gc.get_debug() as GC_CONFIG left it (enum gc_debug, event.h: DEBUG_SAVEALL
 * makes a collection's CLEAR keep the garbage in gc.garbage). */
int64_t model_gc_debug(const model *m);
/* The interpreter's own objects in each generation (GC_CONFIG_INTERP:
 * python3's startup objects, no blocks, gc.c), 0 before any. */
void model_gc_interp(const model *m, int64_t objects[GC_GENERATIONS]);
/* Mark & sweep's gray worklist, bottom first (the top is blackened next):
 * copies up to max addresses into out, returns how many there are. */
size_t model_gc_gray(const model *m, uint64_t *out, size_t max);
/* The object the collector is examining (GC_VISIT: UNTRACK_TUPLES,
 * UNTRACK_DICTS; FINALIZE: the one whose finalizer runs), 0 when none;
 * *verdict (may be NULL) gets what it found (enum gc_verdict). */
uint64_t model_gc_visit(const model *m, int *verdict);
/* The objects taking part in the collection, in no order: copies up to
 * max addresses into out, returns how many there are (O(that many)). */
size_t model_gc_members(const model *m, uint64_t *out, size_t max);
/* How many objects are on `list` (GCL_NONE: in the collection at all). */
size_t model_gc_count(const model *m, unsigned list);
/* Checks model_gc.c's invariants: 0, or -1 with the violation in *why. */
struct buf;
int model_gc_check(const model *m, struct buf *why);

/* ---- the whole state at once (model_io.c) --------------------------------- */

struct buf;
/* The numbers behind sys._debugmallocstats(), as pymalloc_get_stats() gives
 * them for the heap the events came from. */
void model_get_stats(const model *m, pymalloc_stats *st);
/* Appends the model's state to out: a keyframe, in sections (model_io.c
 * documents the format).  Cannot fail. */
void model_save(const model *m, struct buf *out);
/* 1 if model_save() captures the whole state now: no collection is under
 * way (the collector's half is not part of a keyframe). */
int model_can_save(const model *m);
/* A model with geometry prof and the state saved in p[0..n), or NULL with
 * the reason in *why (a truncated, corrupt or foreign keyframe: every field
 * is checked, nothing is trusted).  Its history is empty. */
model *model_load(const profile *prof, const void *p, size_t n, struct buf *why);
/* The same for bytes this process saved (model_save) from a model that
 * passed every check: parsed as carefully, without model_check's O(heap)
 * pass (replay.c's memory keyframes). */
model *model_load_own(const profile *prof, const void *p, size_t n, struct buf *why);
/* Forgets the undo history: the model can no longer be unapplied past this
 * point (a recorder that only goes forwards keeps its memory flat). */
void model_drop_history(model *m);
/* Checks invariants 2 and 3 of model.c and 2–5 of model_obj.c.  Returns 0, or -1 with the first
 * violation described in *why (why may be NULL).  Costs O(heap). */
int model_check(const model *m, struct buf *why);

#endif
