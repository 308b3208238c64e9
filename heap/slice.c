/*
 * slice.c — slice objects (GC, 40 + 16 → a 64-byte block, tracked at birth)
 * and index arithmetic.  CPython 3.11 keeps one freed slice for reuse
 * (interp->slice_cache): the next slice takes its block, and full
 * collections do not empty that cache.
 */
#include "slice.h"

#include "abstract.h"
#include "builtins.h"
#include "types.h"

#include <stdio.h>
#include <string.h>

static int slice_index(vm *v, object *o, int64_t *out);

static object **slice_fields(object *o, int i)
{
    sliceobj *s = SLICE(o);
    object **f[] = {&s->start, &s->stop, &s->step};
    return f[i];
}

object *slice_new(vm *v, object *start, object *stop, object *step)
{
    object *o;
    if (v->slice_cache) {
        o = v->slice_cache;
        v->slice_cache = NULL;
        o->refcnt = 1;
        obj_life_event(v, EV_OBJ_NEW, o, 1);
    } else if (!(o = obj_new(v, v->types[T_SLICE], 0))) {
        return NULL;
    }
    object *vals[3] = {step ? step : v->none, start ? start : v->none, stop ? stop : v->none};
    int order[3] = {2, 0, 1};               /* PySlice_New sets step, start, stop */
    for (int k = 0; k < 3; k++)
        *slice_fields(o, order[k]) = obj_hold(v, vals[k], o->addr, (uint64_t)order[k]);
    obj_track(v, o);
    return o;
}

static void slice_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    for (int i = 0; i < 3; i++) {
        object *x = *slice_fields(o, i);
        *slice_fields(o, i) = NULL;
        obj_release(v, x, o->addr, (uint64_t)i);
    }
    if (!v->slice_cache) {
        obj_life_event(v, EV_OBJ_FREE, o, 1);
        v->slice_cache = o;
    } else {
        obj_free(v, o);
    }
}

static int slice_traverse(object *o, visitproc visit, void *arg)
{
    for (int i = 0; i < 3; i++)
        if (visit(*slice_fields(o, i), arg))
            return 1;
    return 0;
}

/* slice_repr: PyUnicode_FromFormat("slice(%R, %R, %R)"), each field's
 * repr made, written into the writer and dropped. */
static object *slice_repr(vm *v, object *o)
{
    object *fields[] = {*slice_fields(o, 0), *slice_fields(o, 1), *slice_fields(o, 2)};
    return str_from_format_ints(v, "slice(%R, %R, %R)", NULL, fields, 0, NULL);
}

/* slice(stop), slice(start, stop[, step]) (tp_new: its caller packed the
 * arguments into a tuple, types.c). */
static object *slice_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (kw && TUPLE(kw)->n)
        return args_no_kwargs(v, "slice");                /* _PyArg_NoKeywords */
    if (nargs < 1 || nargs > 3)                             /* PyArg_UnpackTuple */
        return args_count_error(v, "slice", nargs, 1, 3);
    if (nargs == 1)
        return slice_new(v, NULL, args[0], NULL);
    return slice_new(v, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static object *field_get(vm *v, object *self, int i)
{
    return obj_incref(v, *slice_fields(self, i));
}

static object *m_start(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return field_get(v, self, 0);
}

static object *m_stop(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return field_get(v, self, 1);
}

static object *m_step(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return field_get(v, self, 2);
}

/* s.indices(length): (start, stop, step) clipped to a sequence of that
 * length, a new 3-tuple. */
static object *m_indices(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const method_def row = {"indices", NULL, METH_O, "slice.indices"};
    if (args_exact(v, &row, nargs, kw, 1))      /* method_vectorcall_O's checks */
        return NULL;
    int64_t len, start, stop, step;
    if (slice_index(v, args[0], &len))
        return NULL;
    if (len < 0)
        return vm_raise(v, T_VALUE, "length should not be negative");
    if (slice_unpack(v, self, &start, &stop, &step))
        return NULL;
    slice_adjust(len, &start, &stop, step);
    object *t = tuple_new(v, 3);
    int64_t vals[3] = {start, stop, step};
    for (size_t i = 0; t && i < 3; i++) {
        object *x = int_from_i64(v, vals[i]);
        if (!x) {
            obj_decref(v, t);
            return NULL;
        }
        tuple_set(v, t, i, x);
    }
    return t;
}

static const method_def slice_methods[] = {
    {"start", m_start, METH_GETTER, NULL},
    {"stop", m_stop, METH_GETTER, NULL},
    {"step", m_step, METH_GETTER, NULL},
    {"indices", m_indices, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const type tmpl_slice = {
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .vnew = slice_vnew,
    .methods = slice_methods,
    .host_size = sizeof(sliceobj),
};

void slice_free_cache(vm *v)
{
    if (v->slice_cache)
        obj_host_release(v, v->slice_cache);
    v->slice_cache = NULL;
}

/* An index value (int or bool; __index__) clamped to int64 as
 * _PyEval_SliceIndex does for slices. */
static int slice_index(vm *v, object *o, int64_t *out)
{
    object *ix = obj_index_of_class(v, o);
    if (ix || v->exc) {                         /* an instance with __index__ */
        int rc = ix ? slice_index(v, ix, out) : -1;
        obj_xdecref(v, ix);
        return rc;
    }
    if (!type_is_subtype(o->type, v->types[T_INT])) {
        vm_raise(v, T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (!int_as_i64(o, out))
        *out = INT(o)->size < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

int slice_eval_index(vm *v, object *o, int64_t *out)
{
    return o == v->none ? 0 : slice_index(v, o, out);
}

void slice_search_adjust(int64_t len, int64_t *start, int64_t *end)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

int slice_search_bounds(vm *v, object *const *bounds, size_t nb, int64_t len, int64_t *start, int64_t *end)
{
    *start = 0;
    *end = INT64_MAX;
    if ((nb > 0 && slice_eval_index(v, bounds[0], start)) || (nb > 1 && slice_eval_index(v, bounds[1], end)))
        return -1;
    slice_search_adjust(len, start, end);
    return 0;
}

int slice_unpack(vm *v, object *o, int64_t *start, int64_t *stop, int64_t *step)
{
    sliceobj *s = SLICE(o);
    *step = 1;
    if (s->step != v->none && slice_index(v, s->step, step))
        return -1;
    if (*step == 0) {
        vm_raise(v, T_VALUE, "slice step cannot be zero");
        return -1;
    }
    if (*step < -INT64_MAX)
        *step = -INT64_MAX;
    if (s->start == v->none)
        *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_index(v, s->start, start))
        return -1;
    if (s->stop == v->none)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_index(v, s->stop, stop))
        return -1;
    return 0;
}

int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0)
        return *stop < *start ? (*start - *stop - 1) / -step + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

int seq_index(vm *v, object *key, int64_t len, int64_t *out, const char *what)
{
    int64_t i;
    object *ix = obj_index_of_class(v, key);
    if (ix || v->exc) {                         /* an instance with __index__ */
        int rc = ix ? seq_index(v, ix, len, out, what) : -1;
        obj_xdecref(v, ix);
        return rc;
    }
    if (!type_is_subtype(key->type, v->types[T_INT])) {
        char fmt[80];                               /* list_subscript's, tuplesubscript's... */
        if (!strcmp(what, "string"))                /* unicode_subscript's own wording */
            snprintf(fmt, sizeof fmt, "string indices must be integers, not '%%.200s'");
        else
            snprintf(fmt, sizeof fmt, "%s indices must be integers or slices, not %%.200s", what);
        vm_raise_format(v, T_TYPE_ERROR, fmt, key->type->name);
        return -1;
    }
    if (!int_as_i64(key, &i)) {
        vm_raise(v, T_INDEX, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = i < 0 ? i + len : i;
    return 0;
}
