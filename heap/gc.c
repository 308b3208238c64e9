/*
 * gc.c — CPython 3.11's generational cyclic collector (Modules/gcmodule.c),
 * on the simulated heap.
 *
 * Collecting generation g:
 *
 *   counts: count[g+1] += 1, count[0..g] = 0
 *   merge:  young = gen g, then gens 0..g-1 appended in order
 *   update_refs:      gc_refs = refcount, COLLECTING set          (every object of young)
 *   subtract_refs:    gc_refs -= 1 per reference from inside young
 *   move_unreachable: walk young in order; gc_refs > 0 → reachable, traverse
 *                     it (referents with gc_refs 0 get 1; those already moved
 *                     to `unreachable` come back to the END of young);
 *                     gc_refs == 0 → tentatively unreachable
 *   untrack_tuples(young); survivors go to gen g+1 (g = 2: untrack_dicts,
 *                     long_lived_total = survivors, pending = 0)
 *   finalize:         __del__ once per unreachable object (PEP 442)
 *   resurrection:     refcounts analysed again inside `unreachable`;
 *                     resurrected objects go to the older generation
 *   delete_garbage:   tp_clear in list order; survivors go to the older generation
 *   g = 2:            the free lists are emptied
 *   result:           objects cleared + uncollectable
 *
 * Invariants:
 *   1. every tracked object is on exactly one generation list (gchead.gen);
 *   2. during a collection, COLLECTING is set exactly on the objects of
 *      young ∪ unreachable whose fate is not decided yet.
 */
#include "gc.h"

#include "abstract.h"
#include "dict.h"
#include "eval.h"
#include "types.h"

#include <stdlib.h>

enum { GCF_UNREACHABLE = 4 };

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

static void set_gen(gchead *h, int gen)
{
    for (gchead *g = h->next; g != h; g = g->next)
        g->gen = (int8_t)gen;
}

/* ---- reachability --------------------------------------------------------- */

static void update_refs(gchead *young)
{
    for (gchead *g = young->next; g != young; g = g->next) {
        g->gc_refs = obj_of(g)->refcnt;
        g->flags |= GCF_COLLECTING;
    }
}

static int visit_decref(object *o, void *arg)
{
    if (obj_is_gc(o) && (obj_gc(o)->flags & GCF_COLLECTING))
        obj_gc(o)->gc_refs--;
    return 0;
}

static void subtract_refs(gchead *young)
{
    for (gchead *g = young->next; g != young; g = g->next) {
        object *o = obj_of(g);
        if (o->type->traverse)
            o->type->traverse(o, visit_decref, NULL);
    }
}

static int visit_reachable(object *o, void *arg)
{
    gchead *young = arg;
    if (!obj_is_gc(o))
        return 0;
    gchead *g = obj_gc(o);
    if (!(g->flags & GCF_COLLECTING))
        return 0;
    if (g->flags & GCF_UNREACHABLE) {       /* reachable after all: back to the end */
        gclist_unlink(g);
        gclist_append(g, young);
        g->flags &= (uint8_t)~GCF_UNREACHABLE;
        g->gc_refs = 1;
    } else if (g->gc_refs == 0) {
        g->gc_refs = 1;
    }
    return 0;
}

static void move_unreachable(gchead *young, gchead *unreachable)
{
    gchead *g = young->next;
    while (g != young) {
        object *o = obj_of(g);
        if (g->gc_refs) {
            if (o->type->traverse)
                o->type->traverse(o, visit_reachable, young);
            g->flags &= (uint8_t)~GCF_COLLECTING;
            g = g->next;
        } else {
            gchead *next = g->next;
            gclist_unlink(g);
            gclist_append(g, unreachable);
            g->flags |= GCF_UNREACHABLE;
            g = next;
        }
    }
    for (g = unreachable->next; g != unreachable; g = g->next)
        g->flags &= (uint8_t)~GCF_UNREACHABLE;
}

static void untrack_tuples(vm *v, gchead *young)
{
    gchead *g = young->next;
    while (g != young) {
        gchead *next = g->next;
        object *o = obj_of(g);
        if (obj_is(v, o, T_TUPLE))
            tuple_maybe_untrack(v, o);
        g = next;
    }
}

static void untrack_dicts(vm *v, gchead *young)
{
    gchead *g = young->next;
    while (g != young) {
        gchead *next = g->next;
        object *o = obj_of(g);
        if (obj_is(v, o, T_DICT))
            dict_maybe_untrack(v, o);
        g = next;
    }
}

/* ---- finalizers, resurrection, clearing -------------------------------------- */

static void finalize_garbage(vm *v, gchead *unreachable)
{
    gchead seen;
    gclist_init(&seen);
    while (!gclist_empty(unreachable)) {
        gchead *g = unreachable->next;
        gclist_unlink(g);
        gclist_append(g, &seen);
        object *o = obj_of(g);
        if (o->type->finalize && !(g->flags & GCF_FINALIZED)) {
            g->flags |= GCF_FINALIZED;
            obj_incref(v, o);
            o->type->finalize(v, o);
            if (v->exc)
                vm_exc_clear(v);            /* __del__'s errors are "ignored" */
            obj_decref(v, o);
        }
    }
    gclist_merge(&seen, unreachable);
}

/* Objects of `unreachable` still referenced from outside it after the
 * finalizers ran are resurrected: moved to `old`. */
static void handle_resurrected(gchead *unreachable, gchead *still, gchead *old, int old_gen)
{
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, still);
    for (gchead *g = unreachable->next; g != unreachable; g = g->next)
        g->gen = (int8_t)old_gen;
    gclist_merge(unreachable, old);
}

static void delete_garbage(vm *v, gchead *collectable, gchead *old, int old_gen)
{
    while (!gclist_empty(collectable)) {
        gchead *g = collectable->next;
        object *o = obj_of(g);
        if (o->type->clear) {
            obj_incref(v, o);
            o->type->clear(v, o);
            if (v->exc)
                vm_exc_clear(v);
            obj_decref(v, o);               /* may free o, unlinking it */
        }
        if (collectable->next == g) {       /* still alive: it may die later */
            g->flags &= (uint8_t)~GCF_COLLECTING;
            gclist_unlink(g);
            gclist_append(g, old);
            g->gen = (int8_t)old_gen;
        }
    }
}

static void clear_freelists(vm *v)
{
    tuple_clear_freelists(v);
    freelist_clear(v, &v->fl_float);
    freelist_clear(v, &v->fl_list);
    dict_clear_freelists(v);
}

/* ---- a collection ------------------------------------------------------------ */

int64_t gc_collect(vm *v, int gen)
{
    gchead unreachable, still;
    v->gc_collecting = 1;
    if (gen + 1 < NUM_GENERATIONS)
        v->gens[gen + 1].count++;
    for (int i = 0; i <= gen; i++)
        v->gens[i].count = 0;
    gchead *young = &v->gens[gen].head;
    for (int i = 0; i < gen; i++)
        gclist_merge(&v->gens[i].head, young);
    set_gen(young, gen);
    int old_gen = gen + 1 < NUM_GENERATIONS ? gen + 1 : gen;
    gchead *old = &v->gens[old_gen].head;
    gclist_init(&unreachable);
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, &unreachable);
    untrack_tuples(v, young);
    if (young != old) {
        if (gen == NUM_GENERATIONS - 2)
            v->long_lived_pending += (int64_t)gclist_size(young);
        set_gen(young, old_gen);
        gclist_merge(young, old);
    } else {
        untrack_dicts(v, young);
        v->long_lived_pending = 0;
        v->long_lived_total = (int64_t)gclist_size(young);
    }
    finalize_garbage(v, &unreachable);
    gclist_init(&still);
    handle_resurrected(&unreachable, &still, old, old_gen);
    int64_t n = (int64_t)gclist_size(&still);
    delete_garbage(v, &still, old, old_gen);
    if (gen == NUM_GENERATIONS - 1)
        clear_freelists(v);
    v->gc_collecting = 0;
    return n;
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
        gc_collect(v, i);
        break;
    }
}
