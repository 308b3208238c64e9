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

/* 1 if model_apply() handles events of this kind (object events are not
 * modelled yet: a replayer skips them rather than calling them corrupt). */
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

/* ---- the whole state at once (model_io.c) --------------------------------- */

struct buf;
/* The numbers behind sys._debugmallocstats(), as pymalloc_get_stats() gives
 * them for the heap the events came from. */
void model_get_stats(const model *m, pymalloc_stats *st);
/* Appends the model's state to out: a keyframe, in sections (model_io.c
 * documents the format).  Cannot fail. */
void model_save(const model *m, struct buf *out);
/* A model with geometry prof and the state saved in p[0..n), or NULL with
 * the reason in *why (a truncated, corrupt or foreign keyframe: every field
 * is checked, nothing is trusted).  Its history is empty. */
model *model_load(const profile *prof, const void *p, size_t n, struct buf *why);
/* Forgets the undo history: the model can no longer be unapplied past this
 * point (a recorder that only goes forwards keeps its memory flat). */
void model_drop_history(model *m);
/* Checks invariants 2 and 3 of model.c.  Returns 0, or -1 with the first
 * violation described in *why (why may be NULL).  Costs O(heap). */
int model_check(const model *m, struct buf *why);

#endif
