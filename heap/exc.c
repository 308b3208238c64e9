/*
 * exc.c — exception instances: BaseException's fields (args, traceback,
 * context, cause, __dict__, notes) in a GC object of the type's basicsize,
 * tracked at birth as PyType_GenericAlloc does.  Sixteen MemoryError
 * instances are made up front (CPython preallocates them), so raising
 * MemoryError never needs the heap that just ran out.
 */
#include "types.h"

#include "hv.h"

static void exc_release_fields(vm *v, object *o)
{
    excobj *e = EXC(o);
    object **f[] = {&e->args, &e->notes, &e->traceback, &e->context, &e->cause, &e->dict};
    for (size_t i = 0; i < HV_COUNTOF(f); i++)
        if (*f[i]) {
            object *x = *f[i];
            *f[i] = NULL;
            obj_release(v, x, o->addr, i);
        }
}

static void exc_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    exc_release_fields(v, o);
    obj_free(v, o);
}

static int exc_traverse(object *o, visitproc visit, void *arg)
{
    excobj *e = EXC(o);
    object *f[] = {e->args, e->notes, e->traceback, e->context, e->cause, e->dict};
    for (size_t i = 0; i < HV_COUNTOF(f); i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

const type tmpl_exc = {
    .dealloc = exc_dealloc,
    .traverse = exc_traverse,
    .clear = exc_release_fields,
    .host_size = sizeof(excobj),
};

object *exc_new1(vm *v, type *t, object *msg)
{
    object *args = msg ? tuple_pack(v, 1, msg) : obj_incref(v, v->empty_tuple);
    if (!args)
        return NULL;
    object *o = obj_new(v, t, 0);
    if (!o) {
        obj_decref(v, args);
        return NULL;
    }
    obj_track(v, o);
    EXC(o)->args = args;
    obj_give(v, args, o->addr, 0);
    return o;
}

object *exc_memory_error(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++)
        if (v->memory_errors[i]->refcnt == 1)
            return obj_incref(v, v->memory_errors[i]);
    return obj_incref(v, v->memory_errors[0]);
}

void exc_make_singletons(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++) {
        object *o = vm_static_object(v, T_MEMORY, 72 + 16, 0);
        obj_gc(o)->gen = -1;
        EXC(o)->args = v->empty_tuple;
        v->empty_tuple->refcnt++;
        v->memory_errors[i] = o;
    }
}

void exc_free_singletons(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++)
        obj_host_free(v->memory_errors[i]);
}
