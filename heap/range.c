/*
 * range.c — range objects (not GC, 48 bytes), their iterator (not GC,
 * 48 bytes: iterating a range creates no collector work), enumerate (GC,
 * 56 + 16 → 80) and zip (GC, 48 + 16 → 64).
 *
 * Ranges of small values only (int64 bounds); a range beyond int64 raises
 * OverflowError rather than giving a wrong answer.
 */
#include "range.h"

#include "abstract.h"
#include "builtins.h"
#include "hv.h"
#include "slice.h"
#include "types.h"

#include <stdio.h>
#include <string.h>

/* ---- range ------------------------------------------------------------------ */

static int64_t range_len(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0 && start < stop)
        return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    if (step < 0 && start > stop)
        return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-step) + 1);
    return 0;
}

static int range_arg(vm *v, object *o, int64_t *x)
{
    if (!type_is_subtype(o->type, v->types[T_INT])) {
        vm_raise(v, T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", o->type->name);
        return -1;
    }
    if (!int_as_i64(o, x)) {
        vm_raise(v, T_OVERFLOW, "heapviz: range bounds beyond 64 bits are not supported");
        return -1;
    }
    return 0;
}

static object *range_make(vm *v, int64_t start, int64_t stop, int64_t step)
{
    object *o = obj_new(v, v->types[T_RANGE], 0);
    if (!o)
        return NULL;
    RANGE(o)->start = start;
    RANGE(o)->stop = stop;
    RANGE(o)->step = step;
    RANGE(o)->len = range_len(start, stop, step);
    return o;
}

static object *range_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    int64_t start = 0, stop, step = 1;
    if (kw && TUPLE(kw)->n)
        return vm_raise(v, T_TYPE_ERROR, "range() takes no keyword arguments");
    if (nargs == 0)
        return vm_raise(v, T_TYPE_ERROR, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return vm_raise(v, T_TYPE_ERROR, "range expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) {
        if (range_arg(v, args[0], &stop))
            return NULL;
    } else if (range_arg(v, args[0], &start) || range_arg(v, args[1], &stop) ||
               (nargs == 3 && range_arg(v, args[2], &step))) {
        return NULL;
    }
    if (step == 0)
        return vm_raise(v, T_VALUE, "range() arg 3 must not be zero");
    return range_make(v, start, stop, step);
}

/* range_equals: the same sequence of values (not the same arguments). */
static object *range_richcompare(vm *v, object *a, object *b, int op)
{
    if (!obj_is(v, a, T_RANGE) || !obj_is(v, b, T_RANGE) || (op != CMP_EQ && op != CMP_NE))
        return obj_incref(v, v->notimpl);
    rangeobj *x = RANGE(a), *y = RANGE(b);
    int eq = x->len == y->len && (x->len == 0 || (x->start == y->start &&
                                                  (x->len == 1 || x->step == y->step)));
    return obj_bool(v, op == CMP_EQ ? eq : !eq);
}

static object *range_repr(vm *v, object *o)
{
    char text[96];
    rangeobj *r = RANGE(o);
    if (r->step == 1)
        snprintf(text, sizeof text, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else
        snprintf(text, sizeof text, "range(%lld, %lld, %lld)", (long long)r->start,
                 (long long)r->stop, (long long)r->step);
    return str_from_cstr(v, text);
}

static int64_t range_length(vm *v, object *o)
{
    return RANGE(o)->len;
}

/* r[i:j:k] is a range (compute_slice): the slice's bounds mapped through r. */
static object *range_slice(vm *v, rangeobj *r, object *key)
{
    int64_t start, stop, step;
    if (slice_unpack(v, key, &start, &stop, &step))
        return NULL;
    slice_adjust(r->len, &start, &stop, step);
    return range_make(v, r->start + start * r->step, r->start + stop * r->step, r->step * step);
}

static object *range_getitem(vm *v, object *o, object *key)
{
    int64_t i;
    rangeobj *r = RANGE(o);
    if (obj_is(v, key, T_SLICE))
        return range_slice(v, r, key);
    if (seq_index(v, key, r->len, &i, "range"))
        return NULL;
    if (i < 0 || i >= r->len)
        return vm_raise(v, T_INDEX, "range object index out of range");
    return int_from_i64(v, r->start + i * r->step);
}

static int range_contains(vm *v, object *o, object *x)
{
    int64_t n;
    rangeobj *r = RANGE(o);
    if (!obj_is(v, x, T_INT) && !obj_is(v, x, T_BOOL))
        return 0;
    if (!int_as_i64(x, &n))
        return 0;
    if (r->step > 0 ? (n < r->start || n >= r->stop) : (n > r->start || n <= r->stop))
        return 0;
    return (n - r->start) % r->step == 0;
}

static object *rangeiter_next(vm *v, object *it)
{
    rangeiterobj *r = RANGEITER(it);
    if (r->len <= 0)
        return NULL;
    r->len--;
    int64_t x = r->next;
    r->next += r->step;
    return int_from_i64(v, x);
}

static int64_t rangeiter_hint(vm *v, object *it)
{
    return RANGEITER(it)->len;
}

static object *range_iter_from(vm *v, int64_t next, int64_t step, int64_t len)
{
    object *it = obj_new(v, v->types[T_RANGE_ITER], 0);
    if (!it)
        return NULL;
    RANGEITER(it)->next = next;
    RANGEITER(it)->step = step;
    RANGEITER(it)->len = len;
    return it;
}

static object *range_iter(vm *v, object *o)
{
    return range_iter_from(v, RANGE(o)->start, RANGE(o)->step, RANGE(o)->len);
}

object *range_reversed(vm *v, object *o)
{
    rangeobj *r = RANGE(o);
    return range_iter_from(v, r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static int range_truth(vm *v, object *o)
{
    return RANGE(o)->len != 0;
}

const type tmpl_range = {
    .dealloc = obj_dealloc_plain, .repr = range_repr, .length = range_length,
    .truth = range_truth, .getitem = range_getitem, .contains = range_contains,
    .richcompare = range_richcompare,
    .iter = range_iter, .vnew = range_vnew, .host_size = sizeof(rangeobj),
};

const type tmpl_range_iter = {
    .dealloc = obj_dealloc_plain, .iter = iter_self, .iternext = rangeiter_next,
    .length_hint = rangeiter_hint, .host_size = sizeof(rangeiterobj),
};

/* ---- enumerate and zip ---------------------------------------------------------- */

static object *enumerate_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    object *iterable = npos ? args[0] : NULL, *start = npos > 1 ? args[1] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        const char *name = STR(TUPLE(kw)->items[k])->data;
        if (!strcmp(name, "iterable"))
            iterable = args[npos + k];
        else if (!strcmp(name, "start"))
            start = args[npos + k];
        else
            return vm_raise(v, T_TYPE_ERROR, "enumerate() got an unexpected keyword argument '%s'", name);
    }
    if (!iterable)
        return vm_raise(v, T_TYPE_ERROR, "enumerate() missing required argument 'iterable'");
    if (npos > 2)
        return vm_raise(v, T_TYPE_ERROR, "enumerate() takes at most 2 arguments (%zu given)", npos);
    int64_t first = 0;
    if (start && !type_is_subtype(start->type, v->types[T_INT]))
        return vm_raise(v, T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        start->type->name);
    if (start && !int_as_i64(start, &first))
        return vm_raise(v, T_OVERFLOW, "heapviz: enumerate start beyond 64 bits is not supported");
    object *it = obj_getiter(v, iterable);
    if (!it)
        return NULL;
    object *o = obj_new(v, v->types[T_ENUMERATE], 0);
    if (!o) {
        obj_decref(v, it);
        return NULL;
    }
    ENUMERATE(o)->it = it;
    obj_give(v, it, o->addr, 0);
    ENUMERATE(o)->index = first;
    obj_track(v, o);
    return o;
}

static object *enumerate_next(vm *v, object *o)
{
    object *x = obj_iternext(v, ENUMERATE(o)->it);
    if (!x)
        return NULL;
    object *i = int_from_i64(v, ENUMERATE(o)->index++);
    object *t = i ? tuple_new(v, 2) : NULL;
    if (!t) {
        obj_xdecref(v, i);
        obj_decref(v, x);
        return NULL;
    }
    tuple_set(v, t, 0, i);
    tuple_set(v, t, 1, x);
    return t;
}

static void one_ref_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    object *it = ENUMERATE(o)->it;
    ENUMERATE(o)->it = NULL;
    if (it)
        obj_release(v, it, o->addr, 0);
    obj_free(v, o);
}

static int one_ref_traverse(object *o, visitproc visit, void *arg)
{
    return ENUMERATE(o)->it ? visit(ENUMERATE(o)->it, arg) : 0;
}

const type tmpl_enumerate = {
    .dealloc = one_ref_dealloc, .traverse = one_ref_traverse, .iter = iter_self,
    .iternext = enumerate_next, .vnew = enumerate_vnew, .host_size = sizeof(enumerateobj),
};

static object *zip_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (kw && TUPLE(kw)->n)
        return vm_raise(v, T_TYPE_ERROR, "zip() takes no keyword arguments");
    object *its = tuple_new(v, nargs);
    if (!its)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        object *it = obj_getiter(v, args[i]);
        if (!it) {
            obj_decref(v, its);
            return NULL;
        }
        tuple_set(v, its, i, it);
    }
    object *o = obj_new(v, v->types[T_ZIP], 0);
    if (!o) {
        obj_decref(v, its);
        return NULL;
    }
    ENUMERATE(o)->it = its;
    obj_give(v, its, o->addr, 0);
    ENUMERATE(o)->index = (int64_t)nargs;
    obj_track(v, o);
    return o;
}

static object *zip_next(vm *v, object *o)
{
    object *its = ENUMERATE(o)->it;
    size_t n = TUPLE(its)->n;
    if (n == 0)
        return NULL;
    object *t = tuple_new(v, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        object *x = obj_iternext(v, TUPLE(its)->items[i]);
        if (!x) {
            obj_decref(v, t);
            return NULL;
        }
        tuple_set(v, t, i, x);
    }
    return t;
}

const type tmpl_zip = {
    .dealloc = one_ref_dealloc, .traverse = one_ref_traverse, .iter = iter_self,
    .iternext = zip_next, .vnew = zip_vnew, .host_size = sizeof(enumerateobj),
};
