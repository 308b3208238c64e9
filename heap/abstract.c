/*
 * abstract.c — type-dispatched operations on any object.
 */
#include "abstract.h"

#include "hv.h"
#include "types.h"

#include <stdio.h>

static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

int64_t hash_pointer(uint64_t addr)
{
    uint64_t y = (addr >> 4) | (addr << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

int obj_hash(vm *v, object *o, int64_t *out)
{
    if (o->type->hash)
        return o->type->hash(v, o, out);
    if (o->type->richcompare) {             /* __eq__ without __hash__ */
        vm_raise(v, T_TYPE_ERROR, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    *out = hash_pointer(o->addr);
    return 0;
}

object *obj_richcompare(vm *v, object *a, object *b, int op)
{
    object *r;
    int swapped_first = b->type != a->type && type_is_subtype(b->type, a->type) &&
                        b->type->richcompare;
    if (swapped_first) {
        r = b->type->richcompare(v, b, a, cmp_swapped[op]);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    if (a->type->richcompare) {
        r = a->type->richcompare(v, a, b, op);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    if (!swapped_first && b->type->richcompare) {
        r = b->type->richcompare(v, b, a, cmp_swapped[op]);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    if (op == CMP_EQ)
        return obj_bool(v, a == b);
    if (op == CMP_NE)
        return obj_bool(v, a != b);
    return vm_raise(v, T_TYPE_ERROR, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbol[op], a->type->name, b->type->name);
}

int obj_richcompare_bool(vm *v, object *a, object *b, int op)
{
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return op == CMP_EQ;
    object *r = obj_richcompare(v, a, b, op);
    if (!r)
        return -1;
    int t = r == v->true_ ? 1 : r == v->false_ ? 0 : obj_truth(v, r);
    obj_decref(v, r);
    return t;
}

int obj_truth(vm *v, object *o)
{
    if (o == v->true_)
        return 1;
    if (o == v->false_ || o == v->none)
        return 0;
    if (o->type->truth)
        return o->type->truth(v, o);
    if (o->type->length) {
        int64_t n = o->type->length(v, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

object *obj_repr(vm *v, object *o)
{
    if (o->type->repr)
        return o->type->repr(v, o);
    char text[128];
    snprintf(text, sizeof text, "<%s object at %#llx>", o->type->name, (unsigned long long)o->addr);
    return str_from_cstr(v, text);
}

object *obj_str(vm *v, object *o)
{
    if (o->type->str)
        return o->type->str(v, o);
    return obj_repr(v, o);
}

int64_t obj_length(vm *v, object *o)
{
    if (o->type->length)
        return o->type->length(v, o);
    vm_raise(v, T_TYPE_ERROR, "object of type '%s' has no len()", o->type->name);
    return -1;
}

int repr_enter(vm *v, object *o)
{
    for (size_t i = 0; i < v->nrepr; i++)
        if (v->repr_stack[i] == o)
            return 1;
    hv_grow(&v->repr_stack, &v->repr_cap, v->nrepr + 1, sizeof *v->repr_stack, 8);
    v->repr_stack[v->nrepr++] = o;
    return 0;
}

void repr_leave(vm *v, object *o)
{
    for (size_t i = v->nrepr; i-- > 0;)
        if (v->repr_stack[i] == o) {
            v->repr_stack[i] = v->repr_stack[--v->nrepr];
            return;
        }
}
