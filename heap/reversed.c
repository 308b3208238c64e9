/*
 * reversed.c — the reversed type (CPython 3.11's PyReversed_Type,
 * Objects/enumobject.c): its vectorcall, its iterator and its methods.
 *
 *   reversed(seq) ── seq's type has __reversed__? ── yes: call it, return that
 *                            │ no (None: "not reversible")
 *                            ▼
 *                    a sequence (sq_item, no dict)? ── no: "not reversible"
 *                            │ yes: len(seq)
 *                            ▼
 *                    reversed object {seq, index = len - 1}, tracked
 *
 * Invariants:
 *   1. index is the next position to read while seq is held; exhaustion
 *      (an IndexError or StopIteration from seq, or index below 0) sets
 *      index to -1 and drops seq, for good.
 *   2. Every length the object needs is asked of seq when it is needed
 *      (PySequence_Size), so a class's __len__ runs each time, as in
 *      python3: at the call, in each __length_hint__, in __setstate__.
 */
#include "reversed.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "memview.h"
#include "range.h"
#include "tracemalloc.h"
#include "types.h"

/* _PyObject_LookupSpecial(seq, "__reversed__") and its call, for each
 * kind of object heapviz has that defines one.  The iterator it returns,
 * or NULL: with an exception, or without one when seq has no
 * __reversed__ (*none set when a class sets it to None). */
static object *call_dunder_reversed(vm *v, object *seq, int *none)
{
    *none = 0;
    if (seq->type->flags & TPF_HEAPTYPE) {                     /* a class's own, or its base's */
        object *r = class_convert(v, seq, CONV_REVERSED, NULL);
        if (r || v->exc)
            return r;
        *none = type_lookup(v, seq->type, str_static_interned(v, "__reversed__")) == v->none;
        if (*none || v->exc)
            return NULL;
    }
    if (type_is_subtype(seq->type, v->types[T_LIST])) {        /* list.__reversed__, bound */
        static const method_def rev = {"__reversed__", NULL, METH_NOARGS, NULL};
        object *m = builtin_bound_enter(v, &rev, seq);
        object *it = m ? seqiter_new(v, T_LIST_REVITER, seq, (int64_t)LIST(seq)->n - 1) : NULL;
        if (m)
            builtin_bound_done(v, m);
        return it;
    }
    if (obj_is(v, seq, T_RANGE))
        return range_reversed(v, seq);
    if (obj_is(v, seq, T_TM_TRACEBACK) || obj_is(v, seq, T_TM_TRACES))
        return tm_traceback_reversed(v, seq);                  /* Sequence.__reversed__ */
    return dict_reversed(v, seq);
}

/* PySequence_Check: sq_item and no dict.  Of heapviz's built-in types
 * without __reversed__, tuple, str, bytes, bytearray and memoryview; of
 * classes, those with __getitem__. */
static int is_sequence(vm *v, const object *seq)
{
    if (obj_is(v, seq, T_TUPLE) || obj_is(v, seq, T_STR) || obj_is(v, seq, T_BYTES) ||
        obj_is(v, seq, T_BYTEARRAY) || obj_is(v, seq, T_MEMORYVIEW))
        return 1;
    return (seq->type->flags & TPF_HEAPTYPE) && seq->type->getitem &&
           !type_is_subtype(seq->type, v->types[T_DICT]);
}

/* reversed_new_impl: __reversed__ first, then the sequence protocol.  A
 * new reference, or NULL with the TypeError "'T' object is not
 * reversible", len()'s error or MemoryError. */
static object *reversed_of(vm *v, object *seq)
{
    int none;
    object *r = call_dunder_reversed(v, seq, &none);
    if (r || v->exc)
        return r;
    if (none || !is_sequence(v, seq))
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not reversible", seq->type->name);
    int64_t n = obj_length(v, seq);
    return n < 0 ? NULL : seqiter_new(v, T_REVERSED, seq, n - 1);
}

/* reversed_vectorcall: no keywords, exactly one argument, each refused
 * in the type's own words ("reversed expected 1 argument, got 0"). */
static object *reversed_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    (void)t;
    if (!args_keywordless(kwnames))
        return args_no_kwnames(v, "reversed");
    if (nargs != 1)
        return args_count_error(v, "reversed", nargs, 1, 1);
    return reversed_of(v, args[0]);
}

/* PySequence_GetItem(seq, i): a tuple's, str's, bytes', bytearray's and
 * memoryview's sq_item read the item straight (a bytearray may have shrunk since); a
 * class's (slot_sq_item) calls __getitem__ with a new int. */
static object *seq_item(vm *v, object *seq, int64_t i)
{
    if (obj_is(v, seq, T_TUPLE))
        return obj_incref(v, TUPLE(seq)->items[i]);
    if (obj_is(v, seq, T_STR))
        return str_item(v, seq, i);
    if (obj_is(v, seq, T_BYTES))
        return i < (int64_t)BYTES(seq)->n ? int_from_i64(v, BYTES(seq)->data[i])
                                          : vm_raise(v, T_INDEX, "index out of range");
    if (obj_is(v, seq, T_BYTEARRAY))
        return i < (int64_t)BYTEARRAY(seq)->n ? int_from_i64(v, bytearray_data(seq)[i])
                                              : vm_raise(v, T_INDEX, "bytearray index out of range");
    if (obj_is(v, seq, T_MEMORYVIEW))
        return memview_item(v, seq, i);
    if (seq->type->flags & TPF_HEAPTYPE)
        return class_sq_item(v, seq, i);
    object *key = int_from_ssize(v, i);
    object *item = key ? obj_getitem(v, seq, key) : NULL;
    obj_xdecref(v, key);
    return item;
}

/* reversed_next: seq[index], then one down; an IndexError or
 * StopIteration from seq ends it quietly, any other error ends it too
 * and stays (invariant 1). */
static object *reversed_next(vm *v, object *it)
{
    seqiterobj *r = SEQITER(it);
    if (r->index >= 0) {
        object *item = seq_item(v, r->seq, r->index);
        if (item) {
            r->index--;
            return item;
        }
        if (vm_exc_matches(v, T_INDEX) || vm_exc_matches(v, T_STOP_ITERATION))
            vm_exc_clear(v);
    }
    r->index = -1;
    seqiter_drop(v, it);
    return NULL;
}

static const method_def reversed_methods[];
enum { M_REV_LENGTH_HINT, M_REV_REDUCE, M_REV_SETSTATE };

/* reversed_len's number: 0 once exhausted, else index + 1, or 0 when seq
 * has shrunk below it.  -1 with len()'s error. */
static int64_t reversed_hint(vm *v, object *it)
{
    seqiterobj *r = SEQITER(it);
    if (!r->seq)
        return 0;
    int64_t n = obj_length(v, r->seq);
    if (n < 0)
        return -1;
    return n < r->index + 1 ? 0 : r->index + 1;
}

/* __length_hint__: reversed_hint as an int (0 once exhausted: the small
 * int either way). */
static object *m_length_hint(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &reversed_methods[M_REV_LENGTH_HINT], nargs, kw, 0))
        return NULL;
    int64_t n = reversed_hint(v, self);
    return n < 0 ? NULL : int_from_ssize(v, n);
}

/* __reduce__: Py_BuildValue("O(O)n", type, seq, index), or "O(())" once
 * exhausted: the outer tuple first, then each item in order. */
static object *m_reduce(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &reversed_methods[M_REV_REDUCE], nargs, kw, 0))
        return NULL;
    object *seq = SEQITER(self)->seq;
    object *r = tuple_new(v, seq ? 3 : 2);
    object *inner = r ? tuple_new(v, 1) : NULL;
    if (!inner) {
        obj_xdecref(v, r);
        return NULL;
    }
    tuple_set(v, r, 0, obj_incref(v, &self->type->ob));
    tuple_set(v, inner, 0, seq ? obj_incref(v, seq) : tuple_new(v, 0));  /* (): no allocation */
    tuple_set(v, r, 1, inner);
    if (!seq)
        return r;
    object *index = int_from_ssize(v, SEQITER(self)->index);
    if (!index) {
        obj_decref(v, r);
        return NULL;
    }
    tuple_set(v, r, 2, index);
    return r;
}

/* __setstate__(index): PyLong_AsSsize_t of an int, then, while seq is
 * held, index clamped to [-1, len(seq) - 1]; an exhausted one ignores it. */
static object *m_setstate(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    int64_t index;
    if (args_exact(v, &reversed_methods[M_REV_SETSTATE], nargs, kw, 1))
        return NULL;
    if (int_as_ssize(v, args[0], &index))
        return NULL;
    seqiterobj *r = SEQITER(self);
    if (r->seq) {
        int64_t n = obj_length(v, r->seq);
        if (n < 0)
            return NULL;
        r->index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
    }
    return obj_incref(v, v->none);
}

static const method_def reversed_methods[] = {
    [M_REV_LENGTH_HINT] = {"__length_hint__", m_length_hint, METH_NOARGS, "reversed.__length_hint__"},
    [M_REV_REDUCE] = {"__reduce__", m_reduce, METH_NOARGS, "reversed.__reduce__"},
    [M_REV_SETSTATE] = {"__setstate__", m_setstate, METH_O, "reversed.__setstate__"},
    {NULL, NULL, 0, NULL},
};

const type tmpl_reversed = {
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .iter = iter_self,
    .iternext = reversed_next, .length_hint = reversed_hint, .methods = reversed_methods,
    .vnew = reversed_vnew, .host_size = sizeof(seqiterobj),
};
