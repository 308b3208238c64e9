/*
 * predict.c — prediction mode's answer key (predict.h).
 *
 * One pass over the step's events tallies, per object: created, freed, and
 * the net of its REF deltas (a REF_MOVE changes a holder, not a count).
 * The refcounts before come from the object graph at the start of the
 * step: store/objgraph.h for a recording (which stands in for the model's
 * object half), or the app's own model (predict_answer_model).
 */
#include "predict.h"

#include "hv.h"
#include "map.h"
#include "objgraph.h"
#include "stream.h"

#include <stdlib.h>
#include <string.h>

typedef struct tally_ctx {
    predict_answer *a;
    map index;              /* address → 1 + index in a->objs */
    objgraph g;             /* at the start of the step (a recording) */
    const model *m;         /* …or the model there (the app); NULL: use g */
} tally_ctx;

/* The type and refcount of addr at the start of the step: 1, or 0 if it
 * was not alive then. */
static int before_step(const tally_ctx *t, uint64_t addr, uint64_t *type, int64_t *refcnt)
{
    if (t->m) {
        model_obj o;
        if (!model_obj_info(t->m, addr, &o))
            return 0;
        *type = o.type, *refcnt = o.refcnt;
        return 1;
    }
    const og_object *g = objgraph_find(&t->g, addr);
    if (!g)
        return 0;
    *type = g->type, *refcnt = g->refcnt;
    return 1;
}

/* A new entry for addr, with its refcount before the step if it was alive
 * then. */
static predict_obj *new_entry(tally_ctx *t, uint64_t addr)
{
    predict_answer *a = t->a;
    hv_grow(&a->objs, &a->cap, a->n + 1, sizeof *a->objs, 16);
    predict_obj *o = &a->objs[a->n++];
    memset(o, 0, sizeof *o);
    o->addr = addr;
    before_step(t, addr, &o->type, &o->before);
    map_put(&t->index, addr, a->n);
    return o;
}

/* The entry of addr: the latest object at that address. */
static predict_obj *entry(tally_ctx *t, uint64_t addr)
{
    uint64_t i;
    return map_get(&t->index, addr, &i) ? &t->a->objs[i - 1] : new_entry(t, addr);
}

static void tally(void *ud, const hv_event *ev)
{
    tally_ctx *t = ud;
    predict_obj *o;
    switch (ev->kind) {
    case EV_OBJ_NEW:        /* an address freed earlier in the step is a new object */
        o = new_entry(t, ev->u.obj.addr);
        o->created = 1, o->type = ev->u.obj.type, o->before = 0;
        break;
    case EV_OBJ_FREE:
        entry(t, ev->u.obj.addr)->freed = 1;
        break;
    case EV_REF:
        entry(t, ev->u.ref.target)->delta += ev->u.ref.delta;
        break;
    default:
        break;
    }
}

int predict_answer_step(replay *r, uint64_t step, predict_answer *a, buf *err)
{
    memset(a, 0, sizeof *a);
    a->step = step;
    uint64_t from, to;
    if (step == 0 || step > replay_last_step(r)) {
        buf_printf(err, "step %llu: prediction needs a step from 1 to %llu", (unsigned long long)step,
                   (unsigned long long)replay_last_step(r));
        return -1;
    }
    tally_ctx t = {a, MAP_INIT, {0}, NULL};
    objgraph_init(&t.g);
    int rc = replay_step_end(r, step - 1, &from, err) || replay_step_end(r, step, &to, err) ||
                     objgraph_build(&t.g, r, from, err) || replay_scan(r, from, to, tally, &t, err)
                 ? -1
                 : 0;
    objgraph_free(&t.g);
    map_free(&t.index);
    if (rc)
        predict_answer_free(a);
    return rc;
}

/* Where the statement whose STEP event is at pos ends: the next STEP at
 * its frame depth or an outer one (the steps of the functions it calls,
 * a __del__ say, are part of it, and so are the return steps back to it
 * from them). */
static uint64_t statement_end(stream *s, uint64_t pos)
{
    uint64_t i = pos + 1, n = stream_events(s);
    for (long depth = 0; i < n; i++) {
        hv_event ev = stream_event(s, i);
        if (ev.kind == EV_FRAME_PUSH)
            depth++;
        else if (ev.kind == EV_FRAME_POP)
            depth--;
        else if (ev.kind == EV_STEP && depth <= 0 && ev.u.step.what != STEP_RETURN)
            break;
    }
    return i;
}

int predict_answer_model(stream *s, predict_answer *a, buf *err)
{
    memset(a, 0, sizeof *a);
    uint64_t pos = stream_position(s), step = stream_step_of(s, pos);
    if (pos != stream_step_end(s, step) || step >= stream_steps(s)) {
        buf_adds(err, step >= stream_steps(s) ? "no step after this one" : "not at the end of a step");
        return -1;
    }
    a->step = step + 1;
    a->end = statement_end(s, pos);
    tally_ctx t = {a, MAP_INIT, {0}, stream_model(s)};
    for (uint64_t i = pos; i < a->end; i++) {
        hv_event ev = stream_event(s, i);
        tally(&t, &ev);
    }
    map_free(&t.index);
    return 0;
}

void predict_answer_free(predict_answer *a)
{
    free(a->objs);
    memset(a, 0, sizeof *a);
}

static int listed(const uint64_t *set, size_t n, uint64_t addr)
{
    for (size_t i = 0; i < n; i++)
        if (set[i] == addr)
            return 1;
    return 0;
}

/* The answer to one question about a pre-existing object. */
static int is_so(const predict_obj *o, int freed_question)
{
    return freed_question ? o->freed : !o->freed && o->delta != 0;
}

/* Right and missed from the answer's side; wrong from the guess's. */
static void score_one(const predict_answer *a, const uint64_t *said, size_t nsaid, int freed_question,
                      predict_tally *t)
{
    memset(t, 0, sizeof *t);
    for (size_t i = 0; i < a->n; i++) {
        const predict_obj *o = &a->objs[i];
        if (o->created || !is_so(o, freed_question))
            continue;
        if (listed(said, nsaid, o->addr))
            t->right++;
        else
            t->missed++;
    }
    for (size_t i = 0; i < nsaid; i++) {
        size_t k = 0;
        while (k < a->n && a->objs[k].addr != said[i])
            k++;
        if (k == a->n || a->objs[k].created || !is_so(&a->objs[k], freed_question))
            t->wrong++;
    }
}

void predict_score(const predict_answer *a, const predict_guess *g, predict_result *out)
{
    score_one(a, g->freed, g->nfreed, 1, &out->freed);
    score_one(a, g->changed, g->nchanged, 0, &out->changed);
}

void predict_describe(const predict_result *res, buf *out)
{
    buf_printf(out, "freed: %zu right, %zu missed, %zu wrong; refcounts: %zu right, %zu missed, %zu wrong",
               res->freed.right, res->freed.missed, res->freed.wrong, res->changed.right, res->changed.missed,
               res->changed.wrong);
}
