/*
 * model_int.h — the heap model's representation, shared by the files that
 * implement the model: model.c (events: apply, unapply, introspection),
 * model_obj.c and model_gc.c (its object and collector halves) and
 * model_io.c (the whole state at once: keyframes, stats, the checker; the
 * keyframe varints every half's section uses).  Nothing outside
 * heap/model*.c includes this header.
 *
 * The invariants are written once, in model.c's opening comment.
 */
#ifndef HV_MODEL_INT_H
#define HV_MODEL_INT_H

#include "model.h"

#include "hv.h"
#include "map.h"

#define NIL 0xffffu
#define INUSE 0xfffeu

typedef struct mblock {
    uint16_t link;          /* free chain link, NIL, or INUSE */
    uint16_t nbytes;        /* requested size */
    uint32_t site;          /* script line */
} mblock;

typedef struct mpool {
    uint32_t count;         /* blocks in use */
    uint16_t freeblock;     /* head of the free chain */
    uint16_t nextblock;     /* high-water mark */
    uint16_t nblocks;       /* capacity for its class */
    uint16_t cap;           /* entries allocated in blocks[] */
    uint8_t szidx;          /* size class, SZIDX_DUMMY if never carved */
    uint8_t state;          /* enum pool_state */
    mblock *blocks;
} mpool;

typedef struct marena {
    uint64_t addr;          /* base address while mapped; stays set after unmapping */
    uint32_t npools;        /* pools it holds */
    uint8_t mapped;
} marena;

typedef struct history {
    uint8_t is_arena;       /* ARENA_NEW record, else POOL_INIT */
    uint32_t id;            /* arena slot or pool id */
    mpool pool;             /* POOL_INIT: the pool as it was (blocks owned) */
    mpool *pools;           /* ARENA_NEW: the slot's pool headers as they were */
    marena arena;           /* ARENA_NEW: the slot as it was */
    uint32_t highwater;     /* ARENA_NEW: arenas_highwater as it was */
} history;

typedef struct rawinfo {
    uint64_t nbytes;        /* requested size */
    uint32_t site;          /* script line; the free-record link when unused */
} rawinfo;

/* ---- the object half (model_obj.c) ---- */

#define ENIL UINT32_MAX     /* no edge */

/* An object record: model_obj's fields, packed with the head of its
 * incoming list into 48 bytes (a live object's record is read on every
 * reference to it, so its list comes in the same cache miss). */
typedef struct mobj {
    uint64_t addr, type;    /* model_obj's */
    uint64_t serial;
    int64_t refcnt;         /* the sum of its incoming edges' counts; -1: freed, kept
                               while the undo history may revive it */
    uint32_t size, site;
    uint32_t in;            /* the first edge of its incoming list (newest), ENIL if none */
    int8_t gen;
    uint8_t freelist;
    uint8_t owns;           /* bit r - 1: it owns a block in role r (BLOCK_OWNER): freeing
                               it asks no map whether it still holds blocks */
} mobj;

typedef struct medge {
    model_ref r;            /* count > 0 while in use; 0: a free slot */
    uint64_t serial;        /* creation rank among edges (the order refs are listed in) */
    uint32_t hprev, hnext;  /* the holder's list (free slots: hnext links them) */
    uint32_t tprev, tnext;  /* the target's list */
} medge;

typedef struct mpark {
    uint64_t addr;          /* a block parked on a free list */
    uint64_t type;          /* the type it was freed as */
    uint32_t size;          /* its size then (tuples: the length's size) */
} mpark;

/* What an object event destroyed, for its undo (invariant 1 of model_obj.c).
 * The history is a stack of bytes, each record its payload followed by a
 * tag byte (model_obj.c: hist_push), so a record costs what it holds:
 *
 *   OBJ_DEAD    the object's index in objs[]       1–8 bytes  + tag
 *   EDGE_GONE   edge_key(holder, target, label)    8 bytes
 *               and the edge's serial              1–8 bytes  + tag
 *   UNPARKED    the free-list entry: addr, type    8 + 8 bytes
 *               and size                           4 bytes    + tag
 *   TRACKED     the generation before              1 byte     + tag
 *
 *   tag: bits 0–1 the kind (enum ohist_what), bits 2–4 the variable
 *   field's width − 1.  An edge's count is not kept (minus the delta of
 *   the event that removed it), nor its
 *   ends and label: the event being undone names them, and the key
 *   checks they are the ones removed. */
enum ohist_what { OH_OBJ_DEAD, OH_EDGE_GONE, OH_UNPARKED, OH_TRACKED };
typedef struct ohist {      /* a record read back (hist_top) */
    uint8_t what;           /* enum ohist_what */
    uint64_t var;           /* OBJ_DEAD: the index; EDGE_GONE: the serial; TRACKED: the gen (int8_t) */
    uint64_t key;           /* EDGE_GONE: edge_key of the edge removed */
    mpark park;             /* UNPARKED: the entry taken off the free list */
    size_t len;             /* the record's bytes, its tag included */
} ohist;

typedef struct mobjects {
    mobj *objs;             /* creation order; dead ones stay until history is dropped */
    size_t nobjs, objcap, ndead;
    map byaddr;             /* live object address → index in objs */
    uint64_t obj_serial;    /* OBJ_NEW events applied (the last serial given) */
    medge *edges;           /* slots; free ones chained through hnext from edgefree */
    size_t nslots, edgecap, nedges;
    uint32_t edgefree;
    map byedge;             /* edge key (holder, target, label) → slot */
    map outs;               /* holder + 1 → first slot of its list (but the interpreter's) */
    uint32_t interp_out;    /* the first slot of holder 0's list (the interpreter's), ENIL if none */
    map ins;                /* static target → first slot of its list (an object's is in its record) */
    uint64_t edge_serial;   /* the last edge serial given */
    model_frame *frames;    /* outermost first */
    size_t nframes, framecap;
    mpark *parks;           /* free-list entries, unordered */
    size_t nparks, parkcap;
    map parkidx;            /* parked address → index in parks */
    uint8_t *hist;          /* the undo records, a byte stack (ohist above) */
    size_t nhist, histcap;  /* its bytes */
    map owners;             /* block → owner | role << 56 (BLOCK_OWNER; no history: events carry both) */
    map owned;              /* own_key(owner, role) → block */
    uint64_t visits;        /* model_visits(): counted by the queries (through const) */
    size_t tracked[GC_GENERATIONS]; /* live objects per generation (invariant 6) */
    uint32_t *moving;       /* SHIFT's scratch: the edges it relabels */
    size_t movingcap;
} mobjects;

struct model {
    const profile *prof;
    unsigned slots;         /* pool slots per arena */
    marena *arenas;
    size_t narenas;         /* slots known */
    mpool *pools;           /* [narenas × slots] */
    history *hist;
    size_t nhist, histcap;
    map raw;                /* address → index in rawinfo */
    rawinfo *raws;
    size_t nraws, rawcap;
    uint32_t rawfree;       /* unused records, linked through .site */
    uint64_t step;
    uint64_t arenas_total;  /* ARENA_NEW events applied (narenas_total) */
    uint32_t arenas_current;/* slots mapped now */
    uint32_t arenas_highwater; /* most ever mapped at once */
    uint32_t slots_used;    /* slots ever mapped: always the prefix [0, slots_used) */
    mobjects ob;            /* objects, references, frames, free lists */
    struct model_gc *gc;    /* the collector's half (model_gc.c), made on first use */
};

/* Grows arenas[] and pools[] so slot exists (new slots unmapped, their
 * pools never carved).  Cannot fail. */
void model_ensure_slot(model *m, uint32_t slot);

/* The checkers' way out: the violation described in `why` (may be NULL). */
#define FAIL(...)                                                             \
    do {                                                                      \
        if (why)                                                              \
            buf_printf(why, __VA_ARGS__);                                     \
        return -1;                                                            \
    } while (0)

/* ---- the object half, model_obj.c ---- */

/* Applies (undo 0) or undoes (undo 1) an object event.  0, or -1 with the
 * model unchanged. */
int model_obj_event(model *m, const hv_event *ev, int undo);
void model_obj_init(mobjects *ob);
void model_obj_free_all(mobjects *ob);
/* Forgets the object half's undo history; compacts freed objects away. */
void model_obj_drop_history(mobjects *ob);
/* 1 if addr is where CPython's statically allocated objects live (below
 * both heaps): a reference may name it without an OBJ_NEW. */
int model_is_static(const model *m, uint64_t addr);
/* A new object record / edge / frame / free-list entry, as loading a
 * keyframe makes them (no history).  -1 if it clashes with what exists. */
int model_obj_add(model *m, const model_obj *o);
int model_edge_add(model *m, const model_ref *r, uint64_t serial);
/* Makes room for that many more objects and edges (a loader that knows
 * its counts: no regrowth, no rehash). */
void model_obj_reserve(model *m, size_t objects, size_t edges);
/* model_obj_add / model_edge_add for n at once (the edges' serials in
 * serial[]), the hash slots each needs fetched ahead of it so a big
 * keyframe loads at memory bandwidth rather than one cache miss at a
 * time: 0, or -1 with the index of the first refused in *bad (those
 * before it added). */
int model_obj_add_all(model *m, const model_obj *o, size_t n, size_t *bad);
int model_edge_add_all(model *m, const model_ref *r, const uint64_t *serial, size_t n, size_t *bad);
void model_frame_push(model *m, const model_frame *f);
int model_park_add(model *m, const mpark *p);
/* 1 if a block at addr belongs to an object (BLOCK_OWNER): it must be
 * given up before it is freed. */
int model_block_owned(const model *m, uint64_t addr);
/* A block owner record, as loading a keyframe makes it: -1 if the block
 * or the (owner, role) pair has one already, or a field is out of range. */
int model_owner_add(model *m, const model_owner *o);
/* The object half's invariants (model_obj.c, 4–7): 0 or -1 with why. */
int model_obj_check(const model *m, struct buf *why);

/* The collector's half (model_gc.c): applies (undo 0) or unapplies a
 * GC_* event as model_apply does; frees its state (NULL: nothing). */
int model_gc_event(model *m, const hv_event *ev, int undo);
void model_gc_free(struct model_gc *g);
/* The GC keyframe section (model_gc.c documents it): whether there is one
 * to save, saving it, loading it (0, or -1 with the reason in *why). */
int model_gc_saved(const model *m);
void model_gc_save(const model *m, struct buf *b);
int model_gc_load(model *m, const uint8_t *p, size_t n, struct buf *why);

/* Appends v as a keyframe varint (LEB128, as model_read_u reads it). */
void model_write_u(struct buf *b, uint64_t v);

/* A bounded reader of keyframe bytes: after the first error (the reason
 * in *why unless why is NULL) every read returns 0. */
typedef struct model_reader {
    const uint8_t *p, *end;
    struct buf *why;
    int bad;
} model_reader;

/* Marks r bad, the reason (printf-style) in r->why if it is the first. */
void model_reader_fail(model_reader *r, const char *fmt, ...) HV_PRINTF(2, 3);

/* The next LEB128 varint (at most 10 bytes), or 0 once r is bad. */
static inline uint64_t model_read_u(model_reader *r)
{
    uint64_t v = 0;
    for (unsigned shift = 0; !r->bad; shift += 7) {
        if (r->p >= r->end || shift > 63) {
            model_reader_fail(r, "keyframe: %s", r->p >= r->end ? "truncated" : "varint too long");
            break;
        }
        uint8_t c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    return 0;
}

/* The next byte, or 0 once r is bad. */
static inline uint8_t model_read_byte(model_reader *r)
{
    if (r->bad || r->p >= r->end) {
        model_reader_fail(r, "keyframe: truncated");
        return 0;
    }
    return *r->p++;
}

#endif
