/*
 * range.c — range objects (not GC, 48 bytes), their iterator (not GC,
 * 48 bytes: iterating a range creates no collector work), enumerate (GC,
 * 56 + 16 → 80), zip (GC, 48 + 16 → 64), map and filter (GC, 32 + 16
 * → 48).
 *
 * A range holds its start, stop, step and length as int objects, as
 * CPython's does (range(n) keeps n alive; a length past 256 is an int it
 * made), the length computed as compute_range_length does, with its
 * temporaries.  When they all fit int64 it also keeps their values and
 * computes with them; beyond that (range(10 ** 30)) it computes with int
 * arithmetic (abstract.h), and iterates with a longrange_iterator, as
 * CPython does.  len() of a range longer than int64 raises CPython's
 * OverflowError.  Indexing and slicing work on the int objects as
 * compute_range_item and compute_slice do, with their temporaries.
 */
#include "range.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "eval.h"
#include "hv.h"
#include "slice.h"
#include "types.h"

#include <stdio.h>
#include <string.h>

/* _PY_FASTCALL_SMALL_STACK: mapobj_next's on-stack argument array. */
enum { MAP_SMALL_STACK = 5 };

/* ---- range ------------------------------------------------------------------ */

/* ---- int arithmetic ------------------------------------------------------------ */

static object *binop(vm *v, object *a, object *b, int op)
{
    return a && b ? obj_binary_op(v, a, b, op) : NULL;
}

/* a op b, consuming a (a new reference, or NULL after an error). */
static object *binop_drop(vm *v, object *a, object *b, int op)
{
    object *r = binop(v, a, b, op);
    obj_xdecref(v, a);
    return r;
}

static int sign_of(vm *v, object *x)
{
    object *zero = int_from_i64(v, 0);
    int s = obj_richcompare_bool(v, x, zero, CMP_GT) > 0 ? 1 : obj_richcompare_bool(v, x, zero, CMP_LT) > 0 ? -1 : 0;
    obj_decref(v, zero);
    return s;
}

/* compute_range_length: (hi - lo - 1) // step + 1 over the right way round
 * (a negative step negated), or 0; its temporaries made and freed in
 * CPython's order.  A new reference, or NULL after an error. */
static object *range_length_of(vm *v, object *start, object *stop, object *step)
{
    int up = sign_of(v, step) > 0;
    object *lo = up ? start : stop, *hi = up ? stop : start;
    object *mag = up ? obj_incref(v, step) : obj_unary_op(v, step, UN_NEG);
    if (!mag)
        return NULL;
    int empty = obj_richcompare_bool(v, lo, hi, CMP_GE);
    if (empty) {
        obj_decref(v, mag);
        return empty < 0 ? NULL : int_from_i64(v, 0);
    }
    object *one = int_from_i64(v, 1);
    object *tmp1 = binop(v, hi, lo, NB_SUBTRACT);
    object *diff = binop(v, tmp1, one, NB_SUBTRACT);
    object *tmp2 = binop(v, diff, mag, NB_FLOOR_DIVIDE);
    object *n = binop(v, tmp2, one, NB_ADD);
    obj_xdecref(v, tmp2);
    obj_xdecref(v, diff);
    obj_decref(v, mag);
    obj_xdecref(v, tmp1);
    obj_decref(v, one);
    return n;
}

/* make_range_object: the length first, then the range, which takes the
 * references to start, stop and step (released here on failure). */
static object *range_make_objects(vm *v, object *start, object *stop, object *step)
{
    object *len = range_length_of(v, start, stop, step);
    object *o = len ? obj_new(v, v->types[T_RANGE], 0) : NULL;
    object *parts[4] = {start, stop, step, len};
    if (!o) {
        for (int i = 0; i < 4; i++)
            obj_xdecref(v, parts[i]);
        return NULL;
    }
    rangeobj *r = RANGE(o);
    int64_t *x[4] = {&r->start, &r->stop, &r->step, &r->len};
    r->big = 0;
    for (int i = 0; i < 4; i++) {
        r->lb[i] = parts[i];
        obj_give(v, parts[i], o->addr, (uint64_t)i);
        if (!int_as_i64(parts[i], x[i]))
            r->big = 1;
    }
    return o;
}

/* The range's bound i (start, stop, step, length): a new reference. */
static object *bound(vm *v, const rangeobj *r, int i)
{
    return obj_incref(v, r->lb[i]);
}

static void range_dealloc(vm *v, object *o)
{
    for (int i = 0; i < 4; i++)
        obj_release(v, RANGE(o)->lb[i], o->addr, (uint64_t)i);
    obj_dealloc_plain(v, o);
}

/* PyNumber_Index for range(): an int as is, a bool as the int it equals, an
 * instance through __index__. */
static object *range_index(vm *v, object *o)
{
    if (obj_is(v, o, T_BOOL))
        return int_from_i64(v, o == v->true_);
    return obj_index(v, o);
}

/* range_from_array: each argument through PyNumber_Index in order (start,
 * stop, then step, checked for zero), then make_range_object. */
static object *range_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    (void)t;
    if (kw && TUPLE(kw)->n)
        return args_no_kwnames(v, "range");
    if (nargs == 0)
        return vm_raise(v, T_TYPE_ERROR, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return vm_raise_made(v, T_TYPE_ERROR, str_from_format_ints(v, "range expected at most 3 arguments, got %zd",
                             NULL, NULL, 0, (int64_t[]){(int64_t)nargs}));
    object *ints[3] = {NULL, NULL, NULL};
    size_t n = 0;
    while (n < nargs && (ints[n] = range_index(v, args[n])))
        n++;
    if (n == 3 && sign_of(v, ints[2]) == 0)
        vm_raise(v, T_VALUE, "range() arg 3 must not be zero");
    if (n < nargs || v->exc) {
        for (size_t i = 0; i < n; i++)
            obj_decref(v, ints[i]);
        return NULL;
    }
    if (nargs == 1)
        return range_make_objects(v, int_from_i64(v, 0), ints[0], int_from_i64(v, 1));
    return range_make_objects(v, ints[0], ints[1], nargs == 3 ? ints[2] : int_from_i64(v, 1));
}

/* range_hash: the hash of a tuple made for it and dropped — (len, None,
 * None) when empty, (len, start, None) for one value, else (len, start,
 * step) — so equal ranges hash alike. */
static int range_hash(vm *v, object *o, int64_t *out)
{
    const rangeobj *r = RANGE(o);
    int64_t len = 1;
    int small = int_as_i64(r->lb[3], &len);     /* a length past int64 is neither 0 nor 1 */
    object *t = tuple_new(v, 3);
    if (!t)
        return -1;
    tuple_set(v, t, 0, obj_incref(v, r->lb[3]));
    tuple_set(v, t, 1, obj_incref(v, small && len == 0 ? v->none : r->lb[0]));
    tuple_set(v, t, 2, obj_incref(v, small && len <= 1 ? v->none : r->lb[2]));
    int rc = obj_hash(v, t, out);
    obj_decref(v, t);
    return rc;
}

/* range_equals: the same sequence of values (not the same arguments). */
static object *range_richcompare(vm *v, object *a, object *b, int op)
{
    if (!obj_is(v, a, T_RANGE) || !obj_is(v, b, T_RANGE) || (op != CMP_EQ && op != CMP_NE))
        return obj_incref(v, v->notimpl);
    rangeobj *x = RANGE(a), *y = RANGE(b);
    int eq;
    if (!x->big && !y->big) {
        eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    } else {                                /* the same rule on int objects */
        object *p[6] = {bound(v, x, 3), bound(v, y, 3), bound(v, x, 0), bound(v, y, 0), bound(v, x, 2), bound(v, y, 2)};
        int n = sign_of(v, p[0]);
        object *one = int_from_i64(v, 1);
        eq = obj_richcompare_bool(v, p[0], p[1], CMP_EQ) > 0 &&
             (n == 0 || (obj_richcompare_bool(v, p[2], p[3], CMP_EQ) > 0 &&
                         (obj_richcompare_bool(v, p[0], one, CMP_EQ) > 0 ||
                          obj_richcompare_bool(v, p[4], p[5], CMP_EQ) > 0)));
        obj_decref(v, one);
        for (int i = 0; i < 6; i++)
            obj_decref(v, p[i]);
    }
    return obj_bool(v, op == CMP_EQ ? eq : !eq);
}

/* range_repr: PyUnicode_FromFormat's writer with the %R of each int the
 * range holds (made, written, dropped), the step left out when it is 1
 * (PyNumber_AsSsize_t(step, NULL): a step past ssize_t clamps, and the
 * OverflowError's message is made and dropped on the way). */
static object *range_repr(vm *v, object *o)
{
    rangeobj *r = RANGE(o);
    int64_t step = r->step;
    if (r->big && !int_as_i64(r->lb[2], &step)) {
        object *msg = str_from_cstr(v, "Python int too large to convert to C ssize_t");
        if (!msg)
            return NULL;
        obj_decref(v, msg);
    }
    return str_from_format_ints(v, step == 1 ? "range(%R, %R)" : "range(%R, %R, %R)", NULL, r->lb, 0, NULL);
}

static int64_t range_length(vm *v, object *o)
{
    int64_t n;
    if (RANGE(o)->big && int_as_ssize(v, RANGE(o)->lb[3], &n))
        return -1;
    return RANGE(o)->big ? n : RANGE(o)->len;
}

/* compute_item: start + i * step (start + i when step is 1), the product
 * a temporary.  A new reference, or NULL. */
static object *item_at(vm *v, const rangeobj *r, object *i)
{
    if (r->lb[2] == v->small_ints[1 - SMALL_INT_MIN])
        return binop(v, r->lb[0], i, NB_ADD);
    object *incr = binop(v, i, r->lb[2], NB_MULTIPLY);
    object *res = binop(v, r->lb[0], incr, NB_ADD);
    obj_xdecref(v, incr);
    return res;
}

/* evaluate_slice_index: PyNumber_Index of a slice's field. */
static object *slice_field(vm *v, object *x)
{
    if (type_is_subtype(x->type, v->types[T_INT]) || (x->type->flags & TPF_HEAPTYPE))
        return range_index(v, x);
    return vm_raise(v, T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
}

/* One bound of _PySlice_GetLongIndices: the field (None: dflt), a
 * negative one counted from the end, clipped to [lower, upper].  A new
 * reference, or NULL. */
static object *slice_bound(vm *v, object *field, object *len, object *lower, object *upper, object *dflt)
{
    if (field == v->none)
        return obj_incref(v, dflt);
    object *x = slice_field(v, field);
    if (!x)
        return NULL;
    object *clip = NULL;
    if (sign_of(v, x) < 0) {
        x = binop_drop(v, x, len, NB_ADD);
        clip = x && obj_richcompare_bool(v, x, lower, CMP_LT) > 0 ? lower : NULL;
    } else {
        clip = obj_richcompare_bool(v, x, upper, CMP_GT) > 0 ? upper : NULL;
    }
    if (x && clip) {
        obj_incref(v, clip);
        obj_decref(v, x);
        x = clip;
    }
    return x;
}

/* r[i:j:k] (compute_slice): _PySlice_GetLongIndices's int objects (the
 * step, -1 and len - 1 for a negative step, the bounds), then the new
 * step, start and stop, each made and its operand dropped in CPython's
 * order, and make_range_object. */
static object *range_slice(vm *v, rangeobj *r, object *key)
{
    sliceobj *sl = SLICE(key);
    object *step = sl->step == v->none ? obj_incref(v, v->small_ints[1 - SMALL_INT_MIN]) : slice_field(v, sl->step);
    if (!step)
        return NULL;
    int neg = sign_of(v, step);
    if (neg == 0) {
        obj_decref(v, step);
        return vm_raise(v, T_VALUE, "slice step cannot be zero");
    }
    neg = neg < 0;
    object *lower = int_from_i64(v, neg ? -1 : 0);
    object *upper = neg ? binop(v, r->lb[3], lower, NB_ADD) : obj_incref(v, r->lb[3]);
    object *start = upper ? slice_bound(v, sl->start, r->lb[3], lower, upper, neg ? upper : lower) : NULL;
    object *stop = start ? slice_bound(v, sl->stop, r->lb[3], lower, upper, neg ? lower : upper) : NULL;
    obj_xdecref(v, upper);
    obj_decref(v, lower);
    object *substep = stop ? binop(v, r->lb[2], step, NB_MULTIPLY) : NULL;
    obj_decref(v, step);
    object *substart = substep ? item_at(v, r, start) : NULL;
    obj_xdecref(v, start);
    object *substop = substart ? item_at(v, r, stop) : NULL;
    obj_xdecref(v, stop);
    if (!substop) {
        obj_xdecref(v, substep);
        obj_xdecref(v, substart);
        return NULL;
    }
    return range_make_objects(v, substart, substop, substep);
}

/* r[i] (range_subscript: PyNumber_Index, then compute_range_item: a
 * negative i counted from the end, checked, compute_item). */
static object *range_item(vm *v, rangeobj *r, object *key)
{
    if (!obj_index_check(v, key))
        return vm_raise_format(v, T_TYPE_ERROR, "range indices must be integers or slices, not %.200s",
                               key->type->name);
    object *arg = range_index(v, key);
    if (!arg)
        return NULL;
    object *i = sign_of(v, arg) < 0 ? binop(v, r->lb[3], arg, NB_ADD) : obj_incref(v, arg);
    object *res = NULL;
    if (i && (sign_of(v, i) < 0 || obj_richcompare_bool(v, i, r->lb[3], CMP_GE) > 0))
        vm_raise(v, T_INDEX, "range object index out of range");
    else if (i)
        res = item_at(v, r, i);
    obj_xdecref(v, i);
    obj_decref(v, arg);
    return res;
}

static object *range_getitem(vm *v, object *o, object *key)
{
    if (obj_is(v, key, T_SLICE))
        return range_slice(v, RANGE(o), key);
    return range_item(v, RANGE(o), key);
}

/* range_contains_long: the bounds compared with x (both comparisons
 * made), then (x - start) % step == 0 on int objects.  1, 0, or -1. */
static int contains_long(vm *v, const rangeobj *r, object *x)
{
    object *zero = v->small_ints[0 - SMALL_INT_MIN];
    int up = obj_richcompare_bool(v, r->lb[2], zero, CMP_GT);
    if (up < 0)
        return -1;
    int c2 = up ? obj_richcompare_bool(v, r->lb[0], x, CMP_LE) : obj_richcompare_bool(v, x, r->lb[0], CMP_LE);
    int c3 = up ? obj_richcompare_bool(v, x, r->lb[1], CMP_LT) : obj_richcompare_bool(v, r->lb[1], x, CMP_LT);
    if (c2 < 0 || c3 < 0)
        return -1;
    if (!c2 || !c3)
        return 0;
    object *tmp1 = binop(v, x, r->lb[0], NB_SUBTRACT);
    object *tmp2 = tmp1 ? binop(v, tmp1, r->lb[2], NB_REMAINDER) : NULL;
    int result = tmp2 ? obj_richcompare_bool(v, tmp2, zero, CMP_EQ) : -1;
    obj_xdecref(v, tmp1);
    obj_xdecref(v, tmp2);
    return result;
}

/* _PySequence_IterSearch over the range's own iterator (abstract.h). */
static int64_t iter_search(vm *v, object *o, object *x, enum obj_search how)
{
    object *it = obj_getiter(v, o);
    return it ? obj_iter_search(v, it, x, how) : -1;
}

static int range_contains(vm *v, object *o, object *x)
{
    if (obj_is(v, x, T_INT) || obj_is(v, x, T_BOOL))
        return contains_long(v, RANGE(o), x);
    return (int)iter_search(v, o, x, SEARCH_CONTAINS);
}

/* range.count(x): an int or bool by range_contains_long, else by search. */
static const method_def range_methods[];

static object *range_count(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_exact(v, &range_methods[0], nargs, kwnames, 1))
        return NULL;
    int64_t n = obj_is(v, args[0], T_INT) || obj_is(v, args[0], T_BOOL) ? contains_long(v, RANGE(self), args[0])
                                                                       : iter_search(v, self, args[0], SEARCH_COUNT);
    return n < 0 ? NULL : int_from_i64(v, n);
}

/* range.index(x): (x - start) // step for an int or bool in the range
 * (x - start itself when step is 1), else by search. */
static object *range_index_of(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_exact(v, &range_methods[1], nargs, kwnames, 1))
        return NULL;
    rangeobj *r = RANGE(self);
    object *x = args[0];
    if (!obj_is(v, x, T_INT) && !obj_is(v, x, T_BOOL)) {
        int64_t n = iter_search(v, self, x, SEARCH_INDEX);
        return n < 0 ? NULL : int_from_i64(v, n);
    }
    int in = contains_long(v, r, x);
    if (in < 0)
        return NULL;
    if (!in)                                    /* the repr made, written and dropped */
        return vm_raise_format(v, T_VALUE, "%R is not in range", x);
    object *idx = binop(v, x, r->lb[0], NB_SUBTRACT);
    if (!idx || r->lb[2] == v->small_ints[1 - SMALL_INT_MIN])
        return idx;
    return binop_drop(v, idx, r->lb[2], NB_FLOOR_DIVIDE);
}

/* start, stop and step: member descriptors (T_OBJECT_EX, READONLY) over
 * the int objects the range holds, so each read is that very object. */
static object *range_start(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_incref(v, RANGE(self)->lb[0]);
}

static object *range_stop(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_incref(v, RANGE(self)->lb[1]);
}

static object *range_step(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_incref(v, RANGE(self)->lb[2]);
}

static const method_def range_methods[] = {
    {"count", range_count, METH_O, "range.count"},
    {"index", range_index_of, METH_O, "range.index"},
    {"start", range_start, METH_GETTER | METH_MEMBER, NULL},
    {"stop", range_stop, METH_GETTER | METH_MEMBER, NULL},
    {"step", range_step, METH_GETTER | METH_MEMBER, NULL},
    {NULL, NULL, 0, NULL},
};

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

/* A longrange_iterator from start by step, len values (new references taken). */
static object *longrange_iter(vm *v, object *start, object *step, object *len)
{
    object *it = obj_new(v, v->types[T_LONGRANGE_ITER], 0);
    if (!it)
        return NULL;
    longrangeiterobj *r = (longrangeiterobj *)it;
    r->start = obj_hold(v, start, it->addr, 0);
    r->step = obj_hold(v, step, it->addr, 1);
    r->len = obj_hold(v, len, it->addr, 2);
    return it;
}

static object *longrangeiter_next(vm *v, object *it)
{
    longrangeiterobj *r = (longrangeiterobj *)it;
    if (sign_of(v, r->len) <= 0)
        return NULL;
    object *one = int_from_i64(v, 1);
    object *next = binop(v, r->start, r->step, NB_ADD), *left = binop(v, r->len, one, NB_SUBTRACT);
    obj_decref(v, one);
    if (!next || !left) {
        obj_xdecref(v, next);
        obj_xdecref(v, left);
        return NULL;
    }
    object *result = r->start;              /* the iterator's reference goes to the caller */
    obj_take(v, result, it->addr, 0);
    r->start = next;
    obj_give(v, next, it->addr, 0);
    obj_release(v, r->len, it->addr, 2);
    r->len = left;
    obj_give(v, left, it->addr, 2);
    return result;
}

static void longrangeiter_dealloc(vm *v, object *o)
{
    longrangeiterobj *r = (longrangeiterobj *)o;
    object *held[3] = {r->start, r->step, r->len};
    for (int i = 0; i < 3; i++)
        if (held[i])                        /* NULL: range_reverse failed making it */
            obj_release(v, held[i], o->addr, (uint64_t)i);
    obj_dealloc_plain(v, o);
}

/* CPython's fast iterator takes ranges whose last value cannot pass int64. */
static int fits_fast(const rangeobj *r)
{
    if (r->big)
        return 0;
    return r->len == 0 || (r->step > 0 ? r->stop <= INT64_MAX - (r->step - 1) : r->stop >= INT64_MIN + (-1 - r->step));
}

/* range_iter and range_reverse read start, stop and step with
 * PyLong_AsLong: the first past a C long raises OverflowError (its message
 * a new str), which they clear and take the long path. */
static void long_bounds_probe(vm *v, const rangeobj *r)
{
    int64_t x;
    for (int i = 0; i < 3; i++) {
        if (!int_as_i64(r->lb[i], &x)) {
            object *msg = str_from_cstr(v, "Python int too large to convert to C long");
            obj_xdecref(v, msg);
            return;
        }
    }
}

static object *range_iter(vm *v, object *o)
{
    rangeobj *r = RANGE(o);
    if (fits_fast(r))
        return range_iter_from(v, r->start, r->step, r->len);
    long_bounds_probe(v, r);
    object *p[3] = {bound(v, r, 0), bound(v, r, 2), bound(v, r, 3)};
    object *it = longrange_iter(v, p[0], p[1], p[2]);
    for (int i = 0; i < 3; i++)
        obj_decref(v, p[i]);
    return it;
}

/* range_reverse: range_iter's fast iterator over the values backwards,
 * else a longrange_iterator made first, then its len, start + (len - 1)
 * * step (diff and product temporaries) and -step. */
static object *range_reverse(vm *v, rangeobj *r)
{
    if (fits_fast(r))
        return range_iter_from(v, r->start + (r->len - 1) * r->step, -r->step, r->len);
    long_bounds_probe(v, r);
    object *it = obj_new(v, v->types[T_LONGRANGE_ITER], 0);
    if (!it)
        return NULL;
    longrangeiterobj *li = (longrangeiterobj *)it;
    li->start = li->step = NULL;
    li->len = obj_hold(v, r->lb[3], it->addr, 2);
    object *diff = binop(v, r->lb[3], v->small_ints[1 - SMALL_INT_MIN], NB_SUBTRACT);
    object *product = binop_drop(v, diff, r->lb[2], NB_MULTIPLY);
    object *sum = binop(v, r->lb[0], product, NB_ADD);
    obj_xdecref(v, product);
    object *back = sum ? obj_unary_op(v, r->lb[2], UN_NEG) : NULL;
    if (sum)
        li->start = obj_hold(v, sum, it->addr, 0);
    if (back)
        li->step = obj_hold(v, back, it->addr, 1);
    obj_xdecref(v, sum);
    obj_xdecref(v, back);
    if (!back) {
        obj_decref(v, it);
        return NULL;
    }
    return it;
}

object *range_reversed(vm *v, object *o)
{
    static const method_def rev = {"__reversed__", NULL, METH_NOARGS, NULL};
    object *m = builtin_bound_enter(v, &rev, o);    /* reversed_new: _PyObject_LookupSpecial */
    object *it = m ? range_reverse(v, RANGE(o)) : NULL;
    if (m)
        builtin_bound_done(v, m);
    return it;
}

static int range_truth(vm *v, object *o)
{
    return RANGE(o)->big ? sign_of(v, RANGE(o)->lb[3]) != 0 : RANGE(o)->len != 0;
}

const type tmpl_range = {
    .dealloc = range_dealloc, .repr = range_repr, .length = range_length,
    .truth = range_truth, .getitem = range_getitem, .contains = range_contains,
    .richcompare = range_richcompare, .hash = range_hash, .methods = range_methods,
    .iter = range_iter, .vnew = range_vnew, .host_size = sizeof(rangeobj),
};

const type tmpl_longrange_iter = {
    .dealloc = longrangeiter_dealloc, .iter = iter_self, .iternext = longrangeiter_next,
    .host_size = sizeof(longrangeiterobj),
};

const type tmpl_range_iter = {
    .dealloc = obj_dealloc_plain, .iter = iter_self, .iternext = rangeiter_next,
    .length_hint = rangeiter_hint, .host_size = sizeof(rangeiterobj),
};

/* ---- enumerate and zip ---------------------------------------------------------- */

/* Both keep the last tuple they returned (en_result, zip's result, made
 * of Nones at creation): when the next step finds only themselves
 * holding it, they refill it in place instead of allocating, so
 * `for i, x in enumerate(s)` allocates no tuple after the first, and
 * re-track it (the collector may have untracked it). */

/* The result tuple to fill, or NULL when a fresh one must be made. */
static object *result_reusable(vm *v, object *o)
{
    object *r = ENUMERATE(o)->result;
    return r && r->refcnt == 1 ? obj_incref(v, r) : NULL;
}

/* Replaces slot i of the reused result with item (stolen). */
static void result_refill(vm *v, object *r, size_t i, object *item)
{
    object *old = TUPLE(r)->items[i];
    tuple_set(v, r, i, item);
    obj_release(v, old, r->addr, i);
}

static void result_retrack(vm *v, object *r)
{
    if (!obj_is_tracked(r))
        obj_track(v, r);
}

/* Whether keyword k of kw is `name` (enum_vectorcall's check_keyword):
 * 0, or -1 with its TypeError. */
static int enumerate_keyword(vm *v, object *kw, size_t k, const char *name)
{
    object *got = TUPLE(kw)->items[k];
    if (str_is(got, name))
        return 0;
    vm_raise_format(v, T_TYPE_ERROR, "'%S' is an invalid keyword argument for enumerate()", got);
    return -1;
}

/* enum_vectorcall's own parse of enumerate(iterable, start=0), by the
 * number of arguments given first.  0, or -1 with its TypeError. */
static int enumerate_args(vm *v, object *const *args, size_t nargs, object *kw, object **iterable,
                          object **start)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    *iterable = args[0];
    *start = nargs == 2 ? args[1] : NULL;
    if (nargs == 2 && nkw == 2 && !strcmp(STR(TUPLE(kw)->items[0])->data, "start")) {
        *iterable = args[1];
        *start = args[0];
        return enumerate_keyword(v, kw, 1, "iterable");
    }
    if (nargs == 2 && nkw == 1)
        return enumerate_keyword(v, kw, 0, "start");
    if (nargs == 2)
        return nkw && (enumerate_keyword(v, kw, 0, "iterable") || enumerate_keyword(v, kw, 1, "start")) ? -1 : 0;
    if (nargs == 1)
        return nkw ? enumerate_keyword(v, kw, 0, "iterable") : 0;
    if (npos == 0)
        vm_raise(v, T_TYPE_ERROR, "enumerate() missing required argument 'iterable'");
    else
        vm_raise(v, T_TYPE_ERROR, "enumerate() takes at most 2 arguments (%zu given)", nargs);
    return -1;
}

static object *enumerate_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    object *iterable, *start;
    if (enumerate_args(v, args, nargs, kw, &iterable, &start))
        return NULL;
    int64_t first = 0;
    if (start && (start->type->flags & TPF_HEAPTYPE)) {      /* __index__ (abstract.c) */
        object *ix = obj_index(v, start), *pair[2] = {iterable, ix}, *r;
        r = ix ? enumerate_vnew(v, t, pair, 2, NULL) : NULL;
        obj_xdecref(v, ix);
        return r;
    }
    if (start && !type_is_subtype(start->type, v->types[T_INT]))
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer",
                               start->type->name);
    if (start && !int_as_i64(start, &first))
        return vm_raise(v, T_OVERFLOW, "heapviz: enumerate start beyond 64 bits is not supported");
    /* enum_new_impl: the object (tracked by tp_alloc), the iterator, en_result */
    object *o = obj_new(v, v->types[T_ENUMERATE], 0);
    if (!o)
        return NULL;
    ENUMERATE(o)->index = first;
    obj_track(v, o);
    object *it = obj_getiter(v, iterable);
    if (!it) {
        obj_decref(v, o);
        return NULL;
    }
    ENUMERATE(o)->it = it;
    obj_give(v, it, o->addr, 0);
    object *r = tuple_nones(v, 2);
    if (!r) {
        obj_decref(v, o);
        return NULL;
    }
    ENUMERATE(o)->result = r;
    obj_give(v, r, o->addr, 1);
    return o;
}

static object *enumerate_next(vm *v, object *o)
{
    object *x = obj_iternext(v, ENUMERATE(o)->it);
    if (!x)
        return NULL;
    object *i = int_from_ssize(v, ENUMERATE(o)->index++);
    if (!i) {
        obj_decref(v, x);
        return NULL;
    }
    object *t = result_reusable(v, o);
    if (t) {                            /* enum_next_result: set both, then drop the old pair */
        object *old0 = TUPLE(t)->items[0], *old1 = TUPLE(t)->items[1];
        tuple_set(v, t, 0, i);
        tuple_set(v, t, 1, x);
        obj_release(v, old0, t->addr, 0);
        obj_release(v, old1, t->addr, 1);
        result_retrack(v, t);
        return t;
    }
    t = tuple_new(v, 2);
    if (!t) {
        obj_decref(v, i);
        obj_decref(v, x);
        return NULL;
    }
    tuple_set(v, t, 0, i);
    tuple_set(v, t, 1, x);
    return t;
}

/* Releases the two references an iterator object holds (labels 0 and 1)
 * and frees it: enumerate's and zip's iterator and result tuple, map's
 * and filter's function and iterators. */
static void two_refs_dealloc(vm *v, object *o, object **first, object **second)
{
    obj_untrack(v, o);
    obj_release_pair(v, o, first, second);
    obj_free(v, o);
}

static void one_ref_dealloc(vm *v, object *o)
{
    two_refs_dealloc(v, o, &ENUMERATE(o)->it, &ENUMERATE(o)->result);
}

static int one_ref_traverse(object *o, visitproc visit, void *arg)
{
    return obj_visit_pair(ENUMERATE(o)->it, ENUMERATE(o)->result, visit, arg);
}

const type tmpl_enumerate = {
    .dealloc = one_ref_dealloc, .traverse = one_ref_traverse, .iter = iter_self,
    .iternext = enumerate_next, .vnew = enumerate_vnew, .host_size = sizeof(enumerateobj),
};

/* zip_new, reached through tp_call (its caller packed the arguments into
 * a tuple, types.c): strict= parsed as PyArg_ParseTupleAndKeywords does
 * (its name looked up as a str made for it, the value's truth), then the
 * iterator tuple, the iterators, the result holder of Nones, the object
 * (its `index` holds strict). */
static object *zip_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    static const char *const kwlist[] = {"strict"};
    size_t npos = nargs - (kw ? TUPLE(kw)->n : 0);
    object *flag = NULL;
    int strict = 0;
    if (kw && TUPLE(kw)->n && args_kwonly(v, "zip", kwlist, 1, args + npos, kw, &flag))
        return NULL;
    if (flag && (strict = obj_truth(v, flag)) < 0)
        return NULL;
    nargs = npos;
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
    object *r = tuple_nones(v, nargs);
    object *o = r ? obj_new(v, v->types[T_ZIP], 0) : NULL;
    if (!o) {
        obj_xdecref(v, r);
        obj_decref(v, its);
        return NULL;
    }
    ENUMERATE(o)->it = its;
    obj_give(v, its, o->addr, 0);
    ENUMERATE(o)->result = r;
    obj_give(v, r, o->addr, 1);
    ENUMERATE(o)->index = strict;
    obj_track(v, o);
    return o;
}

/* Whether an iterator's NULL was its end: an error other than
 * StopIteration stays (0), StopIteration is cleared. */
static int iter_ended(vm *v)
{
    if (!v->exc)
        return 1;
    if (!vm_exc_matches(v, T_STOP_ITERATION))
        return 0;
    vm_exc_clear(v);
    return 1;
}

/* zip_next's PyErr_Format(PyExc_ValueError, "zip() argument %d is
 * <which> than argument%s%d", i + 1, plural, i): the message made by
 * PyUnicode_FromFormatV's writer (str_from_format_ints), whose buffer and
 * the temporary str of the plural are what a peak sees.  NULL. */
static object *zip_strict_error(vm *v, const char *fmt, size_t i)
{
    const char *plural[] = {i == 1 ? " " : "s 1-"};
    int64_t ints[] = {(int64_t)i + 1, (int64_t)i};
    return vm_raise_made(v, T_VALUE, str_from_format_ints(v, fmt, plural, NULL, 0, ints));
}

/* zip_next's check: under strict, iterator i ran out; the others must
 * too.  NULL, with a ValueError naming the shorter or longer one. */
static object *zip_strict_end(vm *v, object *its, size_t i)
{
    if (!iter_ended(v))
        return NULL;
    if (i)
        return zip_strict_error(v, "zip() argument %d is shorter than argument%s%d", i);
    for (i = 1; i < TUPLE(its)->n; i++) {
        object *x = obj_iternext(v, TUPLE(its)->items[i]);
        if (x) {
            obj_decref(v, x);
            return zip_strict_error(v, "zip() argument %d is longer than argument%s%d", i);
        }
        if (!iter_ended(v))
            return NULL;
    }
    return NULL;
}

static object *zip_next(vm *v, object *o)
{
    object *its = ENUMERATE(o)->it;
    size_t n = TUPLE(its)->n;
    if (n == 0)
        return NULL;
    object *t = result_reusable(v, o);
    if (!t && !(t = tuple_new(v, n)))
        return NULL;
    for (size_t i = 0; i < n; i++) {
        object *x = obj_iternext(v, TUPLE(its)->items[i]);
        if (!x) {
            obj_decref(v, t);
            return ENUMERATE(o)->index ? zip_strict_end(v, its, i) : NULL;
        }
        if (t == ENUMERATE(o)->result)
            result_refill(v, t, i, x);
        else
            tuple_set(v, t, i, x);
    }
    if (t == ENUMERATE(o)->result)
        result_retrack(v, t);
    return t;
}

const type tmpl_zip = {
    .dealloc = one_ref_dealloc, .traverse = one_ref_traverse, .iter = iter_self,
    .iternext = zip_next, .vnew = zip_vnew, .host_size = sizeof(enumerateobj),
};

/* ---- map and filter ------------------------------------------------------------- */

/* map_vectorcall: the tuple of iterators, then the object (tracked by
 * tp_alloc) holding it and the function. */
static object *mapobj_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (kw && TUPLE(kw)->n)
        return args_no_kwnames(v, "map");
    if (nargs < 2)
        return vm_raise(v, T_TYPE_ERROR, "map() must have at least two arguments.");
    if (nargs - 1 > MAP_SMALL_STACK)    /* mapobj_next would PyMem_Malloc its argument array */
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support map() over more than %d "
                        "iterables (outside its Python subset)", MAP_SMALL_STACK);
    object *its = tuple_new(v, nargs - 1);
    if (!its)
        return NULL;
    for (size_t i = 1; i < nargs; i++) {
        object *it = obj_getiter(v, args[i]);
        if (!it) {
            obj_decref(v, its);
            return NULL;
        }
        tuple_set(v, its, i - 1, it);
    }
    object *o = obj_new(v, t, 0);
    if (!o) {
        obj_decref(v, its);
        return NULL;
    }
    obj_track(v, o);
    PAIR(o)->first = its;
    obj_give(v, its, o->addr, 0);
    PAIR(o)->second = obj_hold(v, args[0], o->addr, 1);
    return o;
}

/* mapobj_next: one value from each iterator on a small stack, then the call;
 * the values are dropped after it (or as soon as an iterator ends). */
static object *mapobj_next(vm *v, object *o)
{
    object *its = PAIR(o)->first, *stack[MAP_SMALL_STACK];
    size_t n = TUPLE(its)->n, got = 0;
    object *r = NULL;
    for (; got < n; got++) {
        stack[got] = obj_iternext(v, TUPLE(its)->items[got]);
        if (!stack[got])
            break;
    }
    if (got == n)
        r = eval_call(v, PAIR(o)->second, stack, n, NULL);
    for (size_t i = 0; i < got; i++)
        obj_decref(v, stack[i]);
    return r;
}

/* filter_vectorcall: the iterator, then the object. */
static object *filter_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (kw && TUPLE(kw)->n)
        return args_no_kwnames(v, "filter");
    if (nargs != 2)
        return args_count_error(v, "filter", nargs, 2, 2);
    object *it = obj_getiter(v, args[1]);
    if (!it)
        return NULL;
    object *o = obj_new(v, t, 0);
    if (!o) {
        obj_decref(v, it);
        return NULL;
    }
    obj_track(v, o);
    PAIR(o)->first = obj_hold(v, args[0], o->addr, 0);
    PAIR(o)->second = it;
    obj_give(v, it, o->addr, 1);
    return o;
}

/* filter_next: None and bool test the items themselves (no call). */
static object *filter_next(vm *v, object *o)
{
    object *func = PAIR(o)->first;
    int checktrue = func == v->none || func == &v->types[T_BOOL]->ob;
    for (;;) {
        object *x = obj_iternext(v, PAIR(o)->second);
        if (!x)
            return NULL;
        int ok;
        if (checktrue) {
            ok = obj_truth(v, x);
        } else {
            object *good = eval_call(v, func, &x, 1, NULL);
            if (!good) {
                obj_decref(v, x);
                return NULL;
            }
            ok = obj_truth(v, good);
            obj_decref(v, good);
        }
        if (ok > 0)
            return x;
        obj_decref(v, x);
        if (ok < 0)
            return NULL;
    }
}

static void pair_dealloc(vm *v, object *o)
{
    two_refs_dealloc(v, o, &PAIR(o)->first, &PAIR(o)->second);
}

static int pair_traverse(object *o, visitproc visit, void *arg)
{
    return obj_visit_pair(PAIR(o)->first, PAIR(o)->second, visit, arg);
}

const type tmpl_map = {
    .dealloc = pair_dealloc, .traverse = pair_traverse, .iter = iter_self,
    .iternext = mapobj_next, .vnew = mapobj_vnew, .host_size = sizeof(pairobj),
};

const type tmpl_filter = {
    .dealloc = pair_dealloc, .traverse = pair_traverse, .iter = iter_self,
    .iternext = filter_next, .vnew = filter_vnew, .host_size = sizeof(pairobj),
};
