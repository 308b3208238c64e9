/*
 * model_int.h — the heap model's representation, shared by the two files
 * that implement the model: model.c (events: apply, unapply, introspection)
 * and model_io.c (the whole state at once: keyframes, stats, the checker).
 * Nothing outside heap/model*.c includes this header.
 *
 * The invariants are written once, in model.c's opening comment.
 */
#ifndef HV_MODEL_INT_H
#define HV_MODEL_INT_H

#include "model.h"

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
    struct model_gc *gc;    /* the collector's half (model_gc.c), made on first use */
};

/* Grows arenas[] and pools[] so slot exists (new slots unmapped, their
 * pools never carved).  Cannot fail. */
void model_ensure_slot(model *m, uint32_t slot);

/* The collector's half (model_gc.c): applies (undo 0) or unapplies a
 * GC_* event as model_apply does; frees its state (NULL: nothing). */
int model_gc_event(model *m, const hv_event *ev, int undo);
void model_gc_free(struct model_gc *g);

#endif
