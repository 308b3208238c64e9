/*
 * tuple.c — tuples: one GC block of 16 + 24 + 8n bytes, tracked at birth,
 * items released from last to first.
 *
 * Free lists, one per length 1..20, 2000 each, LIFO.  CPython's quirk is
 * kept: maybe_freelist_push accepts lengths 1..20 but maybe_freelist_pop
 * serves only 1..19, so length-20 tuples are parked and never reused until
 * a full collection empties the lists.
 */
#include "types.h"

#include <stdarg.h>

static uint64_t tuple_sizeof(vm *v, object *o)
{
    return 24 + 8 * TUPLE(o)->n;
}

object *tuple_new(vm *v, size_t n)
{
    if (n == 0)
        return obj_incref(v, v->empty_tuple);
    object *o;
    freelist *fl = n < TUPLE_FREELISTS ? &v->fl_tuple[n] : NULL;
    if (fl && fl->n) {
        o = fl->items[--fl->n];
        o->refcnt = 1;
        obj_life_event(v, EV_OBJ_NEW, o, 1);
    } else if (!(o = obj_new(v, v->types[T_TUPLE], n))) {
        return NULL;
    }
    TUPLE(o)->n = n;
    for (size_t i = 0; i < n; i++)
        TUPLE(o)->items[i] = NULL;
    obj_track(v, o);
    return o;
}

void tuple_set(vm *v, object *t, size_t i, object *item)
{
    TUPLE(t)->items[i] = item;
    obj_give(v, item, t->addr, i);
}

object *tuple_pack(vm *v, size_t n, ...)
{
    object *t = tuple_new(v, n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        tuple_set(v, t, i, obj_incref(v, va_arg(ap, object *)));
    va_end(ap);
    return t;
}

static void tuple_dealloc(vm *v, object *o)
{
    tupleobj *t = TUPLE(o);
    obj_untrack(v, o);
    for (size_t i = t->n; i-- > 0;)
        if (t->items[i])
            obj_release(v, t->items[i], o->addr, i);
    if (o->type == v->types[T_TUPLE] && t->n <= TUPLE_FREELISTS &&
        v->fl_tuple[t->n].n < FREELIST_TUPLE) {
        obj_life_event(v, EV_OBJ_FREE, o, 1);
        freelist_push(&v->fl_tuple[t->n], o);
    } else {
        obj_free(v, o);
    }
}

static int tuple_traverse(object *o, visitproc visit, void *arg)
{
    for (size_t i = TUPLE(o)->n; i-- > 0;)
        if (TUPLE(o)->items[i] && visit(TUPLE(o)->items[i], arg))
            return 1;
    return 0;
}

/* _PyTuple_MaybeUntrack: untracked when no item may be tracked (a non-GC
 * object, or an untracked tuple; a dict blocks it even when untracked). */
void tuple_maybe_untrack(vm *v, object *t)
{
    for (size_t i = 0; i < TUPLE(t)->n; i++) {
        object *e = TUPLE(t)->items[i];
        if (!e || (obj_is_gc(e) && (!obj_is(v, e, T_TUPLE) || obj_is_tracked(e))))
            return;
    }
    obj_untrack(v, t);
}

static int64_t tuple_length(vm *v, object *o)
{
    return (int64_t)TUPLE(o)->n;
}

static int tuple_truth(vm *v, object *o)
{
    return TUPLE(o)->n != 0;
}

const type tmpl_tuple = {
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .length = tuple_length,
    .truth = tuple_truth,
    .size_of = tuple_sizeof,
    .host_size = sizeof(tupleobj),
};

void tuple_make_singletons(vm *v)
{
    v->empty_tuple = vm_static_object(v, T_TUPLE, 40, 0);   /* never tracked */
}

/* Full collections empty the tuple free lists (clear_freelists). */
void tuple_clear_freelists(vm *v)
{
    for (int n = 1; n <= TUPLE_FREELISTS; n++)
        freelist_clear(v, &v->fl_tuple[n]);
}

void tuple_free_freelists(vm *v)
{
    for (int n = 0; n <= TUPLE_FREELISTS; n++)
        freelist_release(&v->fl_tuple[n]);
}
