/*
 * float.c — float objects and their free list: 100 entries, LIFO, bypassing
 * the collector's counts (float is not a GC type anyway).  A float taken
 * from the free list reuses its block: id() of a new float is often the id
 * of the one just freed, exactly as in CPython.
 */
#include "types.h"

#include <stdlib.h>

object *float_new(vm *v, double x)
{
    object *o;
    if (v->fl_float.n) {
        o = v->fl_float.items[--v->fl_float.n];
        o->refcnt = 1;
        obj_life_event(v, EV_OBJ_NEW, o, 1);
    } else if (!(o = obj_new(v, v->types[T_FLOAT], 0))) {
        return NULL;
    }
    FLOAT(o) = x;
    return o;
}

static void float_dealloc(vm *v, object *o)
{
    if (o->type == v->types[T_FLOAT] && v->fl_float.n < FREELIST_FLOAT) {
        obj_life_event(v, EV_OBJ_FREE, o, 1);
        freelist_push(&v->fl_float, o);
    } else {
        obj_free(v, o);
    }
}

void float_free_freelist(vm *v)
{
    freelist_release(v, &v->fl_float);
}

static int float_truth(vm *v, object *o)
{
    return FLOAT(o) != 0.0;
}

const type tmpl_float = {
    .dealloc = float_dealloc,
    .truth = float_truth,
    .host_size = sizeof(floatobj),
};
