/*
 * number.c — the number behaviour of int and float objects, and f-string
 * formatting: the glue between objects (int.c, float.c) and the numeric
 * core (bigint.c, num.c).
 *
 * An int result becomes the object CPython would return: the cached small
 * int, the first operand itself (BIGINT_SAME), or a new int whose block is
 * exactly what longobject.c asked for (bigint_alloc_bytes), so that, e.g.,
 * i + 2**30 lands in a 48-byte block as in CPython.
 */
#include "number.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "complex.h"
#include "eval.h"
#include "hv.h"
#include "num.h"
#include "strformat.h"
#include "types.h"

#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- ints <-> bigints ------------------------------------------------------- */

/* A read-only bigint over o's digits (never bigint_free'd). */
static void view(const object *o, bigint *b)
{
    const intobj *i = (const intobj *)o;
    size_t n = (size_t)(i->size < 0 ? -i->size : i->size);
    memset(b, 0, sizeof *b);
    b->size = i->size;
    if (n <= BIGINT_INLINE) {
        memcpy(b->inl, i->digit, n * sizeof *b->inl);
        b->cap = BIGINT_INLINE;
    } else {
        b->heap = (bigint_digit *)i->digit;
        b->cap = n;
    }
}

static object *raise_status(vm *v, bigint_status st)
{
    const char *msg = v->bi.msg.data ? v->bi.msg.data : "";
    switch (st) {
    case BIGINT_ZERO_DIVISION: return vm_raise(v, T_ZERO_DIVISION, "%s", msg);
    case BIGINT_OVERFLOW: return vm_raise(v, T_OVERFLOW, "%s", msg);
    case BIGINT_VALUE_ERROR: return vm_raise(v, T_VALUE, "%s", msg);
    case BIGINT_COMPLEX:
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support complex numbers");
    case BIGINT_INTERRUPTED: return NULL;       /* the check raised it (vm.c: bigint_sigcheck) */
    default: return vm_no_memory(v);
    }
}

/* The object for result r (consumed) of an operation whose first operand
 * was a. */
object *int_from_bigint(vm *v, bigint *r, object *a)
{
    object *o = NULL;
    int64_t x;
    if (r->origin == BIGINT_SAME && a && a->type != v->types[T_INT]) {
        /* long_long on a subclass: _PyLong_Copy, an exact int of as many
         * digits (_PyLong_New(n): no medium 32-byte request) */
        r->origin = BIGINT_NEW;
        r->medium = 0;
        r->alloc = (size_t)(r->size < 0 ? -r->size : r->size);
    }
    if (r->origin == BIGINT_SAME && a) {
        o = obj_incref(v, a);
    } else if (r->origin == BIGINT_SMALL || (r->origin != BIGINT_NEW && bigint_to_int64(r, &x) &&
                                             x >= SMALL_INT_MIN && x <= SMALL_INT_MAX)) {
        bigint_to_int64(r, &x);
        o = obj_incref(v, int_small(v, x));
    } else {
        size_t n = (size_t)(r->size < 0 ? -r->size : r->size);
        size_t alloc = r->alloc > n ? r->alloc : (n ? n : 1);
        size_t bytes = bigint_alloc_bytes(r);
        if (!bytes)
            bytes = 24 + 4 * alloc;
        o = obj_new_unzeroed(v, v->types[T_INT], bytes, alloc * sizeof(uint32_t));
        if (o) {
            INT(o)->alloc = (uint32_t)alloc;
            INT(o)->size = r->size;
            memcpy(INT(o)->digit, bigint_digits(r), n * sizeof(uint32_t));
            memset(INT(o)->digit + n, 0, (alloc - n) * sizeof(uint32_t));
            obj_announce(v, o);
        }
    }
    bigint_free(&v->bi, r);
    return o;
}

/* An int or a subclass: the exact type tested inline first. */
static int is_int(vm *v, object *o)
{
    return o->type == v->types[T_INT] || type_is_subtype(o->type, v->types[T_INT]);
}

static int is_float(vm *v, object *o)
{
    return o->type == v->types[T_FLOAT] || type_is_subtype(o->type, v->types[T_FLOAT]);
}

/* ---- int slots ------------------------------------------------------------- */

typedef bigint_status (*bigop)(bigint_ctx *, bigint *, const bigint *, const bigint *);

static object *float_binary(vm *v, object *a, object *b, int op);

/* An int object of alloc digits (medium: a 32-byte request) that only
 * lives as a temporary of an operation (bigint_step): its value is never
 * read. */
static object *int_scratch(vm *v, uint32_t alloc, int medium)
{
    uint32_t n = alloc ? alloc : 1;
    object *o = obj_new_unzeroed(v, v->types[T_INT], medium ? 32 : 24 + 4 * (uint64_t)n, n * sizeof(uint32_t));
    if (o) {
        INT(o)->alloc = n;
        INT(o)->size = alloc;
        for (uint32_t i = 0; i < n; i++)
            INT(o)->digit[i] = 1;
        obj_announce(v, o);
    }
    return o;
}

/* The results of an operation (rs[0]; rs[1] too for divmod, or NULL) as
 * objects in out[], made among the temporaries CPython makes and frees
 * around them (v->bi's steps, in order; a result made at no step, a
 * small int, comes last).  0, or -1 with MemoryError (out[] then NULL). */
static HV_NOINLINE int int_with_steps(vm *v, bigint *rs[2], object *a, object *out[2])
{
    const bigint_ctx *c = &v->bi;
    object *tmp[BIGINT_STEP_SLOTS] = {0};
    int failed = 0;
    out[0] = out[1] = NULL;
    for (unsigned i = 0; i < c->nsteps && !failed; i++) {
        const bigint_step *s = bigint_step_at(c, i);
        int which = s->kind == BIGINT_STEP_RESULT ? 0 : s->kind == BIGINT_STEP_RESULT2 ? 1 : -1;
        if (which >= 0 && rs[which] && !out[which]) {
            failed = !(out[which] = int_from_bigint(v, rs[which], a));
            rs[which] = NULL;
        } else if (s->kind == BIGINT_STEP_NEW && s->slot < HV_COUNTOF(tmp)) {
            failed = !(tmp[s->slot] = int_scratch(v, s->alloc, s->medium));
        } else if (s->kind == BIGINT_STEP_PAIR && s->slot < HV_COUNTOF(tmp)) {
            failed = !(tmp[s->slot] = tuple_new(v, 2));    /* its items: the slots' objects */
        } else if (s->kind == BIGINT_STEP_FREE && s->slot < HV_COUNTOF(tmp) && tmp[s->slot]) {
            obj_decref(v, tmp[s->slot]);
            tmp[s->slot] = NULL;
        }
    }
    for (size_t i = 0; i < HV_COUNTOF(tmp); i++)
        obj_xdecref(v, tmp[i]);
    for (int k = 0; k < 2; k++) {
        if (rs[k] && !failed)
            failed = !(out[k] = int_from_bigint(v, rs[k], a));
        else if (rs[k])
            bigint_free(&v->bi, rs[k]);
    }
    if (failed) {
        obj_xdecref(v, out[0]);
        obj_xdecref(v, out[1]);
        out[0] = out[1] = NULL;
        return -1;
    }
    return 0;
}

/* The object for result r (consumed) of an operation whose first operand
 * was a, made among the temporaries the operation recorded, if any. */
static object *int_result(vm *v, bigint *r, object *a)
{
    if (!v->bi.nsteps)
        return int_from_bigint(v, r, a);
    bigint *rs[2] = {r, NULL};
    object *out[2];
    return int_with_steps(v, rs, a, out) ? NULL : out[0];
}

static object *int_op(vm *v, object *a, object *b, bigop fn)
{
    if (!is_int(v, a) || !is_int(v, b))
        return obj_incref(v, v->notimpl);
    bigint x, y, r;
    view(a, &x);
    view(b, &y);
    bigint_init(&r);
    v->bi.nsteps = 0;                           /* //, %, & | ^ record their temporaries */
    bigint_status st = fn(&v->bi, &r, &x, a == b ? &x : &y);   /* one object: k_mul squares */
    if (st != BIGINT_OK) {
        bigint_free(&v->bi, &r);
        return raise_status(v, st);
    }
    return int_result(v, &r, a);
}


/* An int of value x (not a small int; |x| < 2**61) in an object of `alloc` digits (0: the
 * digits x needs, one of them a 32-byte _PyLong_FromMedium request), the
 * digits above x's zero as long_normalize leaves them. */
static object *int_with_digits(vm *v, int64_t x, uint32_t alloc)
{
    uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    uint32_t d[3] = {(uint32_t)(m & BIGINT_MASK), (uint32_t)(m >> BIGINT_SHIFT & BIGINT_MASK),
                     (uint32_t)(m >> 2 * BIGINT_SHIFT)};
    uint32_t n = d[2] ? 3 : d[1] ? 2 : 1;
    uint64_t bytes = alloc ? 24 + 4 * (uint64_t)alloc : n == 1 ? 32 : 24 + 4 * (uint64_t)n;
    if (!alloc)
        alloc = n;
    object *o = obj_new_unzeroed(v, v->types[T_INT], bytes, alloc * sizeof(uint32_t));
    if (o) {
        INT(o)->alloc = alloc;
        INT(o)->size = x < 0 ? -(int64_t)n : (int64_t)n;
        INT(o)->digit[0] = d[0];                    /* alloc <= 3; above n, d is 0 */
        if (alloc > 1)                              /* (no memcpy call for three words) */
            INT(o)->digit[1] = d[1];
        if (alloc > 2)
            INT(o)->digit[2] = d[2];
        obj_announce(v, o);
    }
    return o;
}

/* _PyLong_FromSTwoDigits(x) and PyLong_FromLong(x): the cached small int,
 * a medium int (one digit, a 32-byte request) or an exactly sized one;
 * |x| < 2**61. */
static object *int_from_medium(vm *v, int64_t x)
{
    if (x >= SMALL_INT_MIN && x <= SMALL_INT_MAX)
        return obj_incref(v, int_small(v, x));
    return int_with_digits(v, x, 0);
}

/* Both operands ints of at most two digits, read into *x and *y, the larger
 * digit count in *n: the fast paths of long_add, long_sub and long_mul
 * (both medium, *n <= 1: _PyLong_FromSTwoDigits, as bigint.c's set_i64 +
 * int_from_bigint would make it) and of x_add with two digits. */
static inline int small_pair(vm *v, object *a, object *b, int64_t *x, int64_t *y, uint32_t *n)
{
    if (!is_int(v, a) || !is_int(v, b))         /* before reading them as ints */
        return 0;
    const intobj *i = INT(a), *j = INT(b);
    if (i->size < -2 || i->size > 2 || j->size < -2 || j->size > 2)
        return 0;
    int64_t na = i->size < 0 ? -i->size : i->size, nb = j->size < 0 ? -j->size : j->size;
    *x = na < 2 ? i->size * (int64_t)i->digit[0] : i->size / 2 * (((int64_t)i->digit[1] << BIGINT_SHIFT) | i->digit[0]);
    *y = nb < 2 ? j->size * (int64_t)j->digit[0] : j->size / 2 * (((int64_t)j->digit[1] << BIGINT_SHIFT) | j->digit[0]);
    *n = (uint32_t)(na > nb ? na : nb);
    return 1;
}

/* long_add and long_sub reach x_add for operands of like signs (+) or
 * unlike signs (-): with at most two digits each the sum fits an int64,
 * and x_add's object has max(na, nb) + 1 digits (bigint.c's table). */
static object *int_add(vm *v, object *a, object *b)
{
    int64_t x, y;
    uint32_t n;
    if (small_pair(v, a, b, &x, &y, &n)) {
        if (n <= 1)
            return int_from_medium(v, x + y);
        if ((x < 0) == (y < 0))
            return int_with_digits(v, x + y, n + 1);
    }
    return int_op(v, a, b, bigint_add);
}

static object *int_sub(vm *v, object *a, object *b)
{
    int64_t x, y;
    uint32_t n;
    if (small_pair(v, a, b, &x, &y, &n)) {
        if (n <= 1)
            return int_from_medium(v, x - y);
        if ((x < 0) != (y < 0))
            return int_with_digits(v, x - y, n + 1);
    }
    return int_op(v, a, b, bigint_sub);
}

static object *int_mul(vm *v, object *a, object *b)
{
    int64_t x, y;
    uint32_t n;
    if (small_pair(v, a, b, &x, &y, &n) && n <= 1)
        return int_from_medium(v, x * y);
    return int_op(v, a, b, bigint_mul);
}

/* fast_floor_div and fast_mod: one digit each (zero is not one digit),
 * the result by PyLong_FromLong. */
static int one_digit_pair(vm *v, object *a, object *b)
{
    if (!is_int(v, a) || !is_int(v, b))         /* before reading them as ints */
        return 0;
    const intobj *i = INT(a), *j = INT(b);
    return (i->size == 1 || i->size == -1) && (j->size == 1 || j->size == -1);
}

static object *int_floordiv(vm *v, object *a, object *b)
{
    if (!one_digit_pair(v, a, b))
        return int_op(v, a, b, bigint_floordiv);
    int64_t left = INT(a)->digit[0], right = INT(b)->digit[0];
    return int_from_medium(v, INT(a)->size == INT(b)->size ? left / right : -1 - (left - 1) / right);
}

static object *int_mod(vm *v, object *a, object *b)
{
    if (!one_digit_pair(v, a, b))
        return int_op(v, a, b, bigint_mod);
    int64_t left = INT(a)->digit[0], right = INT(b)->digit[0];
    int64_t r = INT(a)->size == INT(b)->size ? left % right : right - 1 - (left - 1) % right;
    return int_from_medium(v, r * INT(b)->size);
}
object *int_divmod(vm *v, object *a, object *b)
{
    object *out[2];
    if (one_digit_pair(v, a, b)) {                  /* fast_floor_div, then fast_mod */
        out[0] = int_floordiv(v, a, b);
        out[1] = out[0] ? int_mod(v, a, b) : NULL;
    } else {
        bigint x, y, q, r;
        view(a, &x);
        view(b, &y);
        bigint_init(&q);
        bigint_init(&r);
        bigint_status st = bigint_divmod(&v->bi, &q, &r, &x, &y);
        if (st != BIGINT_OK) {
            bigint_free(&v->bi, &q);
            bigint_free(&v->bi, &r);
            return raise_status(v, st);
        }
        bigint *rs[2] = {&q, &r};
        if (int_with_steps(v, rs, a, out))
            return NULL;
    }
    if (!out[1]) {
        obj_xdecref(v, out[0]);
        return NULL;
    }
    object *t = tuple_new(v, 2);                    /* long_divmod's PyTuple_New(2) */
    if (!t) {
        obj_decref(v, out[0]);
        obj_decref(v, out[1]);
        return NULL;
    }
    tuple_set(v, t, 0, out[0]);
    tuple_set(v, t, 1, out[1]);
    return t;
}

static object *int_lshift(vm *v, object *a, object *b) { return int_op(v, a, b, bigint_lshift); }
static object *int_rshift(vm *v, object *a, object *b) { return int_op(v, a, b, bigint_rshift); }
static object *int_and(vm *v, object *a, object *b) { return int_op(v, a, b, bigint_and); }
static object *int_or(vm *v, object *a, object *b) { return int_op(v, a, b, bigint_or); }
static object *int_xor(vm *v, object *a, object *b) { return int_op(v, a, b, bigint_xor); }

/* bool_and, bool_or, bool_xor: a bool when both operands are, else int's. */
static object *bool_and(vm *v, object *a, object *b)
{
    if (!obj_is(v, a, T_BOOL) || !obj_is(v, b, T_BOOL))
        return int_and(v, a, b);
    return obj_bool(v, a == v->true_ && b == v->true_);
}

static object *bool_or(vm *v, object *a, object *b)
{
    if (!obj_is(v, a, T_BOOL) || !obj_is(v, b, T_BOOL))
        return int_or(v, a, b);
    return obj_bool(v, a == v->true_ || b == v->true_);
}

static object *bool_xor(vm *v, object *a, object *b)
{
    if (!obj_is(v, a, T_BOOL) || !obj_is(v, b, T_BOOL))
        return int_xor(v, a, b);
    return obj_bool(v, (a == v->true_) != (b == v->true_));
}

static object *int_truediv(vm *v, object *a, object *b)
{
    if (!is_int(v, a) || !is_int(v, b))
        return obj_incref(v, v->notimpl);
    bigint x, y;
    double d;
    view(a, &x);
    view(b, &y);
    v->bi.nsteps = 0;
    bigint_status st = bigint_truediv(&v->bi, &x, &y, &d);
    bigint *none[2] = {NULL, NULL};             /* long_true_divide's temporaries first */
    object *out[2];
    if (v->bi.nsteps && int_with_steps(v, none, a, out))
        return NULL;
    return st == BIGINT_OK ? float_new(v, d) : raise_status(v, st);
}

static object *int_pow(vm *v, object *a, object *b)
{
    if (!is_int(v, a) || !is_int(v, b))
        return obj_incref(v, v->notimpl);
    bigint x, y, r;
    view(a, &x);
    view(b, &y);
    bigint_init(&r);
    v->bi.nsteps = 0;
    bigint_status st = bigint_pow(&v->bi, &r, &x, &y, NULL);
    if (st == BIGINT_FLOAT) {                   /* int ** negative int */
        bigint_free(&v->bi, &r);
        return float_binary(v, a, b, NB_POWER);
    }
    if (st != BIGINT_OK) {
        bigint_free(&v->bi, &r);
        return raise_status(v, st);
    }
    return int_result(v, &r, a);
}

typedef bigint_status (*bigun)(bigint_ctx *, bigint *, const bigint *);

static object *int_unop(vm *v, object *a, bigun fn)
{
    bigint x, r;
    view(a, &x);
    bigint_init(&r);
    bigint_status st = fn(&v->bi, &r, &x);
    if (st != BIGINT_OK) {
        bigint_free(&v->bi, &r);
        return raise_status(v, st);
    }
    return int_from_bigint(v, &r, a);
}

static object *int_neg(vm *v, object *a) { return int_unop(v, a, bigint_neg); }
static object *int_pos(vm *v, object *a) { return int_unop(v, a, bigint_pos); }
static object *int_invert(vm *v, object *a) { return int_unop(v, a, bigint_invert); }
static object *int_abs(vm *v, object *a) { return int_unop(v, a, bigint_abs); }

static object *cmp_result(vm *v, int c, int op)
{
    if (c == NUM_UNORDERED)
        return obj_bool(v, op == CMP_NE);
    int r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
          : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return obj_bool(v, r);
}

static object *int_richcompare(vm *v, object *a, object *b, int op)
{
    if (!is_int(v, a) || !is_int(v, b))
        return obj_incref(v, v->notimpl);
    bigint x, y;
    view(a, &x);
    view(b, &y);
    int c = bigint_cmp(&x, &y);
    return cmp_result(v, c < 0 ? -1 : c > 0, op);
}

/* ---- float slots ------------------------------------------------------------- */

int number_as_double(vm *v, object *o, double *out)
{
    if (is_float(v, o)) {
        *out = FLOAT(o);
        return 1;
    }
    if (!is_int(v, o))
        return 0;
    bigint x;
    view(o, &x);
    bigint_status st = bigint_to_double(&v->bi, &x, out);
    if (st != BIGINT_OK) {
        raise_status(v, st);
        return -1;
    }
    return 1;
}

static object *float_binary(vm *v, object *a, object *b, int op)
{
    double x, y, r = 0;
    int ka = number_as_double(v, a, &x);
    if (ka < 0)
        return NULL;
    int kb = ka ? number_as_double(v, b, &y) : 0;
    if (kb < 0)
        return NULL;
    if (!ka || !kb)
        return obj_incref(v, v->notimpl);
    bigint_status st = BIGINT_OK;
    switch (op) {
    case NB_ADD: r = x + y; break;
    case NB_SUBTRACT: r = x - y; break;
    case NB_MULTIPLY: r = x * y; break;
    case NB_TRUE_DIVIDE: st = num_float_div(&v->bi, x, y, &r); break;
    case NB_FLOOR_DIVIDE: st = num_float_floordiv(&v->bi, x, y, &r); break;
    case NB_REMAINDER: st = num_float_mod(&v->bi, x, y, &r); break;
    case NB_POWER:
        st = num_float_pow(&v->bi, x, y, &r);
        if (st == BIGINT_COMPLEX)               /* float_pow hands over to complex_pow */
            return complex_pow_real(v, x, y);
        if (st == BIGINT_OVERFLOW || st == BIGINT_VALUE_ERROR) {
            /* float_pow: PyErr_SetFromErrno, args (errno, strerror) */
            exc_raise_errno_as(v, st == BIGINT_OVERFLOW ? T_OVERFLOW : T_VALUE,
                               st == BIGINT_OVERFLOW ? ERANGE : EDOM);
            return NULL;
        }
        break;
    default: return obj_incref(v, v->notimpl);
    }
    return st == BIGINT_OK ? float_new(v, r) : raise_status(v, st);
}

static object *f_add(vm *v, object *a, object *b) { return float_binary(v, a, b, NB_ADD); }
static object *f_sub(vm *v, object *a, object *b) { return float_binary(v, a, b, NB_SUBTRACT); }
static object *f_mul(vm *v, object *a, object *b) { return float_binary(v, a, b, NB_MULTIPLY); }
static object *f_div(vm *v, object *a, object *b) { return float_binary(v, a, b, NB_TRUE_DIVIDE); }
static object *f_floordiv(vm *v, object *a, object *b) { return float_binary(v, a, b, NB_FLOOR_DIVIDE); }
static object *f_mod(vm *v, object *a, object *b) { return float_binary(v, a, b, NB_REMAINDER); }
static object *f_pow(vm *v, object *a, object *b) { return float_binary(v, a, b, NB_POWER); }

static object *f_neg(vm *v, object *a) { return float_new(v, -FLOAT(a)); }
static object *f_abs(vm *v, object *a) { return float_new(v, fabs(FLOAT(a))); }

static object *f_pos(vm *v, object *a)
{
    return obj_is(v, a, T_FLOAT) ? obj_incref(v, a) : float_new(v, FLOAT(a));
}

static object *float_richcompare(vm *v, object *a, object *b, int op)
{
    object *f = is_float(v, a) ? a : b, *other = f == a ? b : a;
    double x = FLOAT(f);
    int c;
    if (is_float(v, other)) {
        double y = FLOAT(other);
        c = isnan(x) || isnan(y) ? NUM_UNORDERED : (x > y) - (x < y);
    } else if (is_int(v, other)) {
        bigint i;
        view(other, &i);
        c = num_compare(&i, x);                 /* int vs float, exactly */
        if (c != NUM_UNORDERED)
            c = -c;
    } else {
        return obj_incref(v, v->notimpl);
    }
    if (f != a && c != NUM_UNORDERED)
        c = -c;                                 /* we compared f with other */
    return cmp_result(v, c, op);
}

static int float_hash(vm *v, object *o, int64_t *out)
{
    bool by_identity = false;
    int64_t h = num_float_hash(FLOAT(o), &by_identity);
    *out = by_identity ? hash_pointer(o->addr) : h;
    return 0;
}

/* The size of the PyMem buffer PyOS_double_to_string writes a repr in
 * (format_float_short): sign, point and NUL, every digit shown (the zeros
 * padding included) and 5 for an exponent "e+308"; 5 for inf and nan. */
static uint64_t repr_buffer_size(const char *text, size_t n)
{
    size_t digits = 0, i = 0;
    for (; i < n && text[i] != 'e' && text[i] != 'E'; i++)
        digits += text[i] >= '0' && text[i] <= '9';
    return digits ? 3 + digits + (i < n ? 5 : 0) : 5;
}

/* float_repr: the text is made in a simulated buffer that lives until the
 * str is made from it (tracemalloc's peak counts both). */
static object *float_repr(vm *v, object *o)
{
    char text[NUM_REPR_MAX];
    size_t n = num_float_repr(FLOAT(o), text);
    uint64_t block = pymalloc_malloc(v->pm, repr_buffer_size(text, n));
    if (!block)
        return vm_no_memory(v);
    object *s = str_from_utf8(v, text, n);
    pymalloc_free(v->pm, block);
    return s;
}

static object *float_of_instance(vm *v, object *x);

uint64_t number_dtoa_buffer(const char *text, size_t n)
{
    return repr_buffer_size(text, n);
}

int number_format_text(vm *v, object *o, const double *d, const char *spec, size_t n, bigint_text *out)
{
    bigint_status st;
    if (d) {
        st = num_format_float(&v->bi, *d, spec, n, out);
    } else if (obj_is_str(v, o)) {
        st = num_format_str(&v->bi, STR(o)->data, STR(o)->nbytes, spec, n, out);
    } else {
        bigint b;
        view(o, &b);
        st = num_format_int(&v->bi, &b, o->type->name, spec, n, out);
    }
    if (st == BIGINT_OK)
        return 0;
    bigint_text_free(&v->bi, out);
    raise_status(v, st);
    return -1;
}

int number_spec(vm *v, const char *spec, size_t n, char default_type, char default_align, const char *type_name,
                num_spec *out)
{
    bigint_status st = num_spec_read(&v->bi, spec, n, default_type, default_align, type_name, out);
    if (st == BIGINT_OK)
        return 0;
    raise_status(v, st);
    return -1;
}

int number_float_arg(vm *v, object *x, double *out)
{
    if (is_float(v, x)) {
        *out = FLOAT(x);
        return 0;
    }
    if (is_int(v, x)) {
        bigint b;
        view(x, &b);
        if (bigint_to_double(&v->bi, &b, out) == BIGINT_OK)
            return 0;
    } else if (x->type->flags & TPF_HEAPTYPE) {  /* __float__, else __index__ */
        object *f = float_of_instance(v, x);
        if (f) {
            *out = FLOAT(f);
            obj_decref(v, f);
            return 0;
        }
    }
    vm_exc_clear(v);
    vm_raise_format(v, T_TYPE_ERROR, "float argument required, not %.200s", x->type->name);
    return -1;
}

/* ---- int() and float() ------------------------------------------------------- */

/* PyNumber_Long of anything but a str, int or float: __int__, then
 * __index__ (each must give an int), or CPython's TypeError. */
static object *int_of_instance(vm *v, object *x)
{
    object *r = class_convert(v, x, CONV_INT, NULL);
    if (!r && !v->exc)
        r = obj_index_of_class(v, x);
    else if (r && !obj_is(v, r, T_INT)) {
        if (type_is_subtype(r->type, v->types[T_INT]))   /* python3 warns and goes on */
            vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: __int__ returning a subclass of int (%s)",
                     r->type->name);
        else
            vm_raise_format(v, T_TYPE_ERROR, "__int__ returned non-int (type %.200s)", r->type->name);
        obj_decref(v, r);
        return NULL;
    }
    if (r || v->exc)
        return r;
    if (type_lookup(v, x->type, str_static_interned(v, "__trunc__")))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: int() through __trunc__ is not supported");
    return vm_raise_format(v, T_TYPE_ERROR, "int() argument must be a string, a bytes-like object "
                           "or a real number, not '%.200s'", x->type->name);
}

/* PyNumber_Float of an instance of a class: __float__ (a float), then
 * __index__; NULL without an exception when it has neither. */
static object *float_of_instance(vm *v, object *x)
{
    object *r = class_convert(v, x, CONV_FLOAT, NULL);
    if (r && !obj_is(v, r, T_FLOAT)) {
        if (type_is_subtype(r->type, v->types[T_FLOAT]))
            vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: __float__ returning a subclass of float (%s)",
                     r->type->name);
        else
            vm_raise_format(v, T_TYPE_ERROR, "%.50s.__float__ returned non-float (type %.50s)", x->type->name,
                            r->type->name);
        obj_decref(v, r);
        return NULL;
    }
    if (r || v->exc)
        return r;
    object *i = obj_index_of_class(v, x);
    if (!i)
        return NULL;
    double d;
    int k = number_as_double(v, i, &d);
    obj_decref(v, i);
    return k < 0 ? NULL : float_new(v, d);
}

/* st is PyLong_FromString's "invalid literal" error (a bad digit, sign or
 * underscore), not one raised before it reads (the digits limit). */
static bool is_bad_int_literal(vm *v, bigint_status st)
{
    static const char bad[] = "invalid literal for int()";
    const char *msg = v->bi.msg.data ? v->bi.msg.data : "";
    return st == BIGINT_VALUE_ERROR && !strncmp(msg, bad, sizeof bad - 1);
}

/* An error of PyLong_FromString other than a bad literal: the digits
 * limit's through PyErr_Format's writer (_MAX_STR_DIGITS_ERROR_FMT_TO_INT),
 * others as the big-int layer words them. */
static object *int_parse_error(vm *v, bigint_status st)
{
    static const char limit[] = "Exceeds the limit (";
    if (st != BIGINT_VALUE_ERROR || !v->bi.msg.data || strncmp(v->bi.msg.data, limit, sizeof limit - 1))
        return raise_status(v, st);
    return vm_raise_format(v, T_VALUE, "Exceeds the limit (%d digits) for integer string conversion: value has "
                           "%zd digits; use sys.set_int_max_str_digits() to increase the limit",
                           v->bi.max_str_digits, v->bi.limit_ndigits);
}

/* _PyUnicode_TransformDecimalAndSpaceToASCII as int() and float() call it:
 * an ASCII str is used itself; any other is copied by PyUnicode_New(len,
 * 127), each Unicode space made ' ' and each decimal digit its ASCII digit,
 * until a character that is neither: it is written as '?' and ends the text
 * there, the block staying at the full length.  Here the copy holds the
 * whole transform ('?' for each such character) and *cut is the length
 * CPython's text keeps (PyUnicode_AsUTF8AndSize's size; strlen stops
 * there too, or at an embedded NUL).  A new reference, or NULL. */
object *number_ascii_digits(vm *v, object *s, size_t *cut)
{
    const char *p = STR(s)->data;
    size_t n = STR(s)->nbytes;
    if (STR(s)->ascii) {
        *cut = n;
        return obj_incref(v, s);
    }
    size_t len;
    char *a = bigint_to_ascii(&v->bi, p, n, &len);
    *cut = len;
    for (size_t i = 0, k = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c & 0xc0) == 0x80)             /* a continuation byte */
            continue;
        if (c >= 0x7f && (a[k] == '?' || a[k] == 0x7f)) {     /* DEL too: not below 127 */
            *cut = k + 1;
            break;
        }
        k++;
    }
    object *r = str_fresh_ascii(v, a, len);
    bigint_mem(&v->bi, a, 0);
    return r;
}

/* The base PyLong_FromString's error names for base 0, deduced from the
 * text past its leading spaces and sign: 16, 8 or 2 after "0x", "0o",
 * "0b" (either case), 10 without a leading 0; a C-style "0..." literal is
 * read in base 10 and the base reset to 0 once its digits are read, so
 * only an underscore error in them ("__", a trailing '_') reports 10. */
static int int_deduced_base(const char *p)
{
    while (bigint_is_space(*p))
        p++;
    if (*p == '+' || *p == '-')
        p++;
    if (p[0] != '0')
        return 10;
    char c = (char)tolower((unsigned char)p[1]);
    if (c == 'x' || c == 'o' || c == 'b')
        return c == 'x' ? 16 : c == 'o' ? 8 : 2;
    char prev = 0;
    for (; isdigit((unsigned char)*p) || *p == '_'; prev = *p++)
        if (*p == '_' && prev == '_')
            return 10;
    return prev == '_' ? 10 : 0;
}

/* PyLong_FromString's own report of a bad literal (its onError): the text
 * it read, up to its NUL and at most 200 bytes, decoded by
 * PyUnicode_FromStringAndSize (strict UTF-8: int(bytes) with a byte past
 * ASCII raises UnicodeDecodeError there instead), quoted with %.200R, the
 * str dropped.  The caller's PyErr_Format replaces it: the exception is
 * cleared, and the result says whether to go on (false: MemoryError). */
static bool int_literal_reported(vm *v, const char *text, size_t n, int base)
{
    size_t shown = strnlen(text, n);
    if (base == 0)                          /* deduced by then: its message names it */
        base = int_deduced_base(text);
    object *s = bytes_decode_utf8(v, text, shown < 200 ? shown : 200, NULL);
    if (s)
        vm_raise_format(v, T_VALUE, "invalid literal for int() with base %d: %.200R", base, s);
    obj_xdecref(v, s);
    if (vm_exc_matches(v, T_MEMORY))
        return false;
    vm_exc_clear(v);
    return true;
}

/* PyLong_FromUnicodeObject: PyLong_FromString reads the ASCII copy
 * (number_ascii_digits), released once it is done.  A bad literal is reported
 * twice, as there: PyLong_FromString's own error quotes the text it read,
 * up to its NUL and at most 200 bytes (a str made and dropped), then, the
 * copy released, PyErr_Format clears it and quotes the argument. */
static object *int_from_str(vm *v, object *x, int base)
{
    size_t cut;
    object *digits = number_ascii_digits(v, x, &cut);
    if (!digits)
        return NULL;
    bigint r;
    bigint_init(&r);
    bigint_status st = bigint_from_string(&v->bi, &r, STR(x)->data, STR(x)->nbytes, base);
    if (st == BIGINT_OK) {
        object *o = int_result(v, &r, NULL);    /* after the object a small int's digits filled */
        obj_decref(v, digits);
        return o;
    }
    bigint_free(&v->bi, &r);
    bigint *none[2] = {NULL, NULL};
    object *out[2];
    if (int_with_steps(v, none, NULL, out)) {   /* a bad literal's, freed before the error */
        obj_decref(v, digits);
        return NULL;
    }
    if (!is_bad_int_literal(v, st)) {       /* raised inside PyLong_FromString, the copy still held */
        int_parse_error(v, st);
        obj_decref(v, digits);
        return NULL;
    }
    bool go_on = int_literal_reported(v, STR(digits)->data, cut, base);
    obj_decref(v, digits);
    return go_on ? vm_raise_format(v, T_VALUE, "invalid literal for int() with base %d: %.200R", base, x)
                 : NULL;
}

/* _PyLong_FromBytes: PyLong_FromString over the bytes (of a bytes or a
 * bytearray) as they are, so a
 * byte past ASCII never reads as a digit (a str's Unicode digits do); a
 * bad literal, once PyLong_FromString has reported it (int_literal_reported),
 * is reported again with the first 200 bytes as a bytes object (made, its
 * repr quoted to 200 characters, freed). */
static object *int_from_bytes_literal(vm *v, object *x, int base)
{
    const unsigned char *p;
    size_t n;
    bytes_view(v, x, &p, &n);
    char *text = hv_malloc(n ? n : 1);
    for (size_t i = 0; i < n; i++)
        text[i] = p[i] < 0x80 ? (char)p[i] : '\x01';
    bigint r;
    bigint_init(&r);
    bigint_status st = bigint_from_string(&v->bi, &r, text, n, base);
    free(text);
    if (st == BIGINT_OK)
        return int_result(v, &r, NULL);
    bigint_free(&v->bi, &r);
    if (!is_bad_int_literal(v, st))
        return int_parse_error(v, st);
    bigint *none[2] = {NULL, NULL};
    object *out[2];
    if (int_with_steps(v, none, NULL, out) ||   /* PyLong_FromString's z, freed */
        !int_literal_reported(v, (const char *)p, n, base))
        return NULL;
    object *shown = bytes_new(v, p, n < 200 ? n : 200);
    object *rep = shown ? obj_repr(v, shown) : NULL;
    if (rep) {
        size_t len = STR(rep)->len < 200 ? STR(rep)->len : 200;    /* %.200R: ASCII */
        vm_raise(v, T_VALUE, "invalid literal for int() with base %d: %.*s", base, (int)len,
                 STR(rep)->data);
    }
    obj_xdecref(v, rep);
    obj_xdecref(v, shown);
    return NULL;
}

char *number_underscore_text(vm *v, const char *s, size_t *n, const char *what, object *obj, uint64_t *dup)
{
    char *text = hv_malloc(*n + 1);
    *dup = 0;
    if (!memchr(s, '_', strnlen(s, *n))) {
        memcpy(text, s, *n);
        text[*n] = 0;
        return text;
    }
    if (!(*dup = pymalloc_malloc(v->pm, *n + 1))) {
        free(text);
        vm_no_memory(v);
        return NULL;
    }
    if (bigint_drop_underscores(s, *n, text, n))
        return text;
    free(text);
    pymalloc_free(v->pm, *dup);             /* before its error */
    *dup = 0;
    vm_raise_format(v, T_VALUE, "could not convert string to %s: %R", what, obj);
    return NULL;
}

/* Whether _PyOS_ascii_strtod reads anything at p, so that
 * PyOS_string_to_double's fail_pos is past it: a sign, then a digit, '.'
 * and a digit, or "inf" or "nan" in any case (_Py_parse_inf_or_nan). */
static bool float_prefix_reads(const char *p)
{
    if (*p == '+' || *p == '-')
        p++;
    if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1])))
        return true;
    return !strncasecmp(p, "inf", 3) || !strncasecmp(p, "nan", 3);
}

bool number_strtod_reads(vm *v, const char *p)
{
    if (float_prefix_reads(p))
        return true;
    vm_raise_format(v, T_VALUE, "could not convert string to float: '%.200s'", p);
    if (vm_exc_matches(v, T_VALUE))
        vm_exc_clear(v);
    return false;
}

/* The ValueError of float(x) for a text it cannot read: a stripped text p
 * that PyOS_string_to_double reads nothing of is reported by it first
 * ('%.200s'), then by float_from_string_inner, which clears that one.  NULL. */
static object *float_bad_text(vm *v, object *x, const char *p)
{
    if (*p && !number_strtod_reads(v, p) && v->exc)
        return NULL;                        /* MemoryError */
    return vm_raise_format(v, T_VALUE, "could not convert string to float: %R", x);
}

/* PyFloat_FromString's reading of s[0:n], the text of x (a str's
 * _PyUnicode_TransformDecimalAndSpaceToASCII, a bytes' own bytes): with an
 * underscore in it _Py_string_to_number_with_underscores copies it to a
 * PyMem block of its length + 1 without them (a misplaced one: the error
 * at once, the block freed first); float_from_string_inner strips the
 * spaces and reports a text PyOS_string_to_double reads nothing of twice:
 * its own "'%.200s'" of the stripped text, then, cleared, the argument's
 * repr, as any other bad text.  The float is made before the block goes. */
static object *float_from_chars(vm *v, object *x, const char *s, size_t n)
{
    uint64_t dup;
    char *text = number_underscore_text(v, s, &n, "float", x, &dup);
    if (!text)
        return NULL;
    double d;
    bigint_status st = num_float_from_ascii(&v->bi, text, n, &d);
    const char *p = text;
    while (*p && bigint_is_space(*p))
        p++;
    object *r = st == BIGINT_OK ? float_new(v, d) : st != BIGINT_VALUE_ERROR ? raise_status(v, st)
                                                                           : float_bad_text(v, x, p);
    free(text);
    pymalloc_free(v->pm, dup);
    return r;
}

/* PyFloat_FromString of a str (its ASCII copy, number_ascii_digits, kept to
 * the end) or a bytes object (read as it is). */
static object *float_from_text(vm *v, object *x)
{
    if (obj_is_bytes(v, x))
        return float_from_chars(v, x, (const char *)BYTES(x)->data, BYTES(x)->n);
    size_t cut;                             /* PyUnicode_AsUTF8AndSize's size */
    object *digits = number_ascii_digits(v, x, &cut);
    if (!digits)
        return NULL;
    object *r = float_from_chars(v, x, STR(digits)->data, cut);
    obj_decref(v, digits);
    return r;
}

/* PyNumber_Long's and PyFloat_FromString's other buffers (a memoryview):
 * PyBUF_SIMPLE, then the bytes copied into a new bytes object read as
 * int()'s or float()'s literal (as_int), freed after; a view that gives
 * no simple buffer is their TypeError. */
static object *number_from_buffer_copy(vm *v, object *x, int as_int)
{
    const unsigned char *p;
    size_t n;
    if (!bytes_like(v, x, &p, &n))
        return as_int ? int_of_instance(v, x)
                      : vm_raise_format(v, T_TYPE_ERROR, "float() argument must be a string or a real number, "
                                        "not '%.200s'", x->type->name);
    object *copy = bytes_new(v, p, n);
    object *r = !copy ? NULL : as_int ? int_from_bytes_literal(v, copy, 10)
                                      : float_from_chars(v, x, (const char *)BYTES(copy)->data, n);
    obj_xdecref(v, copy);
    return r;
}

static object *int_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"", "base"};
    static const method_def def = {"int", NULL, METH_CLINIC_KW, "int"};
    static const argspec spec = {names, 2, 1, 0, 2, 0};
    object *arg[2];
    if (args_unpack(v, &def, args, nargs, kw, &spec, arg))     /* long_new's clinic parser */
        return NULL;
    object *x = arg[0], *base = arg[1];
    if (!x)
        return base ? vm_raise(v, T_TYPE_ERROR, "int() missing string argument")
                    : obj_incref(v, int_small(v, 0));
    int64_t b = 10;
    if (base && (base->type->flags & TPF_HEAPTYPE)) {        /* __index__ */
        object *ix = obj_index(v, base), *pair[2] = {x, ix};
        object *r = ix ? int_vnew(v, t, pair, 2, NULL) : NULL;
        obj_xdecref(v, ix);
        return r;
    }
    if (base && !is_int(v, base))
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer",
                               base->type->name);
    if (base && !int_as_i64(base, &b))      /* PyNumber_AsSsize_t(obase, NULL) clips */
        b = ((const intobj *)base)->size < 0 ? INT64_MIN : INT64_MAX;
    /* long_new_impl checks the base before it looks at x's type */
    if (base && ((b != 0 && b < 2) || b > 36))
        return vm_raise(v, T_VALUE, "int() base must be >= 2 and <= 36, or 0");
    bigint r;
    bigint_init(&r);
    bigint_status st;
    if (obj_is_str(v, x)) {
        return int_from_str(v, x, (int)b);
    } else if (obj_is_bytes(v, x) || obj_is_bytearray(v, x)) {
        return int_from_bytes_literal(v, x, (int)b);
    } else if (base) {
        return vm_raise(v, T_TYPE_ERROR, "int() can't convert non-string with explicit base");
    } else if (obj_is(v, x, T_MEMORYVIEW)) {
        return number_from_buffer_copy(v, x, 1);
    } else if (is_int(v, x)) {
        if (obj_is(v, x, T_INT))
            return obj_incref(v, x);
        bigint view_x;
        view(x, &view_x);
        st = bigint_pos(&v->bi, &r, &view_x);
    } else if (is_float(v, x)) {
        st = bigint_from_double(&v->bi, &r, FLOAT(x));
    } else {
        return int_of_instance(v, x);
    }
    if (st != BIGINT_OK) {
        bigint_free(&v->bi, &r);
        return raise_status(v, st);
    }
    return int_from_bigint(v, &r, NULL);
}

static object *float_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (kw && TUPLE(kw)->n)
        return args_no_kwnames(v, "float");
    if (nargs > 1)
        return args_count_error(v, "float", nargs, 0, 1);
    if (!nargs)
        return float_new(v, 0.0);
    object *x = args[0];
    if (obj_is_str(v, x) || obj_is_bytes(v, x))
        return float_from_text(v, x);
    if (obj_is_bytearray(v, x))            /* PyFloat_FromString reads it in place */
        return float_from_chars(v, x, (const char *)bytearray_data(x), BYTEARRAY(x)->n);
    if (obj_is(v, x, T_MEMORYVIEW))
        return number_from_buffer_copy(v, x, 0);
    return number_float(v, x);
}

object *number_float(vm *v, object *x)
{
    if (obj_is(v, x, T_FLOAT))
        return obj_incref(v, x);
    int own = (x->type->flags & TPF_HEAPTYPE) &&      /* else a subclass's nb_float is its base's */
              class_defines(v, x->type, "__float__");   /* (a builtin type defines none) */
    if (is_float(v, x) && !own)
        return float_new(v, FLOAT(x));          /* float_float of a subclass's instance */
    if ((x->type->flags & TPF_HEAPTYPE) && (own || !is_int(v, x))) {
        object *r = float_of_instance(v, x);
        if (r || v->exc)
            return r;
    }
    double d;
    int k = number_as_double(v, x, &d);
    if (k < 0)
        return NULL;
    if (!k)
        return vm_raise_format(v, T_TYPE_ERROR, "float() argument must be a string or a real number, not '%.200s'",
                               x->type->name);
    return float_new(v, d);
}

object *number_pow3(vm *v, object *a, object *b, object *m)
{
    /* ternary_op: the operands' power slots in turn; int's declines
     * unless all three are ints, float's refuses any modulus, complex's
     * refuses it as "complex modulo". */
    object *c = class_pow3(v, a, b, m);
    if (c != v->notimpl && (c || v->exc))
        return c;
    if (c || (b->type->flags & TPF_HEAPTYPE) || (m->type->flags & TPF_HEAPTYPE)) {
        obj_xdecref(v, c);
        return vm_raise_format(v, T_TYPE_ERROR, "unsupported operand type(s) for %.100s: '%.100s', '%.100s', "
                               "'%.100s'", "** or pow()", a->type->name, b->type->name, m->type->name);
    }
    object *ops[] = {a, b, m};
    for (int i = 0; i < 3; i++) {
        if (is_float(v, ops[i]))
            break;
        if (obj_is(v, ops[i], T_COMPLEX))
            return vm_raise(v, T_VALUE, "complex modulo");
    }
    if (!is_int(v, a) || !is_int(v, b) || !is_int(v, m))
        return vm_raise(v, T_TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers");
    bigint x, y, z, r;
    view(a, &x);
    view(b, &y);
    view(m, &z);
    bigint_init(&r);
    v->bi.nsteps = 0;
    bigint_status st = bigint_pow(&v->bi, &r, &x, &y, &z);
    if (st != BIGINT_OK) {
        bigint_free(&v->bi, &r);
        bigint *none[2] = {NULL, NULL};
        object *out[2];
        if (v->bi.nsteps && int_with_steps(v, none, NULL, out))     /* long_invmod's Euclid */
            return NULL;
        return raise_status(v, st);
    }
    return int_result(v, &r, NULL);
}

/* double_round: the digits _Py_dg_dtoa gives are copied with a sign, a
 * leading 0 and an exponent into a 100-byte stack buffer, or into a
 * PyMem block of digits + 8 when they do not fit; the block is freed after
 * the result float is made. */
enum { ROUND_SHORTBUF = 100 };

static object *float_round_to(vm *v, double x, int64_t ndigits)
{
    size_t len;
    double d;
    bigint_status st = num_float_round_digits(&v->bi, x, ndigits, &d, &len);
    uint64_t block = 0;
    if (len + 8 > ROUND_SHORTBUF && !(block = pymalloc_malloc(v->pm, len + 8)))
        return vm_no_memory(v);
    object *r = st == BIGINT_OK ? float_new(v, d) : raise_status(v, st);
    pymalloc_free(v->pm, block);
    return r;
}

/* round(x[, ndigits]) for ints and floats. */
object *number_round(vm *v, object *x, object *ndigits)
{
    if (ndigits && (ndigits->type->flags & TPF_HEAPTYPE) && !(x->type->flags & TPF_HEAPTYPE)) {
        object *ix = obj_index(v, ndigits);     /* __index__ */
        object *r = ix ? number_round(v, x, ix) : NULL;
        obj_xdecref(v, ix);
        return r;
    }
    if (is_float(v, x)) {
        if (!ndigits || ndigits == v->none) {
            bigint r;
            bigint_init(&r);
            bigint_status st = num_float_round(&v->bi, FLOAT(x), &r);
            if (st != BIGINT_OK) {
                bigint_free(&v->bi, &r);
                return raise_status(v, st);
            }
            return int_from_bigint(v, &r, NULL);
        }
        int64_t n;
        if (!is_int(v, ndigits) || !int_as_i64(ndigits, &n))
            return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer",
                                   ndigits->type->name);
        return float_round_to(v, FLOAT(x), n);
    }
    if (is_int(v, x)) {
        int64_t n;
        if (!ndigits || ndigits == v->none || (int_as_i64(ndigits, &n) && n >= 0))
            return obj_is(v, x, T_INT) ? obj_incref(v, x) : int_vnew(v, NULL, &x, 1, NULL);
        if (!is_int(v, ndigits))
            return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer",
                                   ndigits->type->name);
        bigint a, d, r;                         /* long_round: half to even */
        view(x, &a);
        view(ndigits, &d);
        bigint_init(&r);
        v->bi.nsteps = 0;
        bigint_status st = bigint_round(&v->bi, &r, &a, &d);
        if (st != BIGINT_OK) {
            bigint_free(&v->bi, &r);
            return raise_status(v, st);
        }
        return int_result(v, &r, NULL);
    }
    object *r = class_convert(v, x, CONV_ROUND, ndigits == v->none ? NULL : ndigits);
    if (r || v->exc)
        return r;
    return vm_raise_format(v, T_TYPE_ERROR, "type %.100s doesn't define __round__ method", x->type->name);
}

/* ---- formatting ------------------------------------------------------------------ */

/* PyObject_ASCII: repr(x) itself when it is ASCII; else
 * _PyUnicode_AsASCIIString(repr, "backslashreplace"), unicode_encode_ucs1's
 * bytes writer (str_encode: the stack buffer, a bytes object past its 512
 * bytes, overallocated by a quarter while a replacement is not the last
 * write), the repr dropped, then PyUnicode_DecodeASCII of the bytes, the
 * bytes dropped. */
object *format_ascii(vm *v, object *x)
{
    object *r = obj_repr(v, x);
    if (!r || STR(r)->ascii)
        return r;
    object *ascii = str_encode(v, r, str_static_interned(v, "ascii"), str_static_interned(v, "backslashreplace"));
    obj_decref(v, r);
    r = ascii ? str_from_utf8(v, (const char *)BYTES(ascii)->data, BYTES(ascii)->n) : NULL;
    obj_xdecref(v, ascii);
    return r;
}

/* o.__format__(spec) for the builtin types: str, int, bool and float
 * through their writer (strformat.c); object.__format__ for the rest
 * (str(o), TypeError for a non-empty spec). */
static object *format_spec(vm *v, object *o, const char *s, size_t n)
{
    if (obj_is_str(v, o) || is_int(v, o) || is_float(v, o))
        return strformat_dunder(v, o, s, n);
    if (obj_is(v, o, T_COMPLEX))
        return strformat_complex(v, o, COMPLEX(o)->real, COMPLEX(o)->imag, s, n);
    if (n == 0)
        return obj_str(v, o);
    return vm_raise_format(v, T_TYPE_ERROR, "unsupported format string passed to %.200s.__format__",
                           o->type->name);
}

object *format_method(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    const char *display = obj_is_str(v, self) ? "str.__format__"
                          : obj_is(v, self, T_COMPLEX) ? "complex.__format__"
                          : is_float(v, self) ? "float.__format__" : "int.__format__";
    if (args_exact(v, &(method_def){"__format__", NULL, METH_O, display}, nargs, kw, 1))
        return NULL;
    if (!obj_is_str(v, args[0]))
        return args_bad_argument(v, "__format__", "argument", "str", args[0]);
    return format_spec(v, self, STR(args[0])->data, STR(args[0])->nbytes);
}

/* PyObject_Format for an instance of a class statement: its __format__
 * (looked up as a special method: bound, then called with the spec), or
 * object.__format__ (str(o), TypeError for a non-empty spec). */
static object *format_instance(vm *v, object *o, object *spec)
{
    object *r = class_convert(v, o, CONV_FORMAT, spec ? spec : v->empty_str);
    if (r && !obj_is_str(v, r)) {
        vm_raise_format(v, T_TYPE_ERROR, "__format__ must return a str, not %.200s", r->type->name);
        obj_decref(v, r);
        return NULL;
    }
    if (r || v->exc)
        return r;
    if (spec && STR(spec)->nbytes)
        return vm_raise_format(v, T_TYPE_ERROR, "unsupported format string passed to %.200s.__format__",
                               o->type->name);
    return obj_str(v, o);
}

object *format_value(vm *v, object *x, int conversion, object *spec)
{
    object *conv = NULL;
    if (conversion == 1)
        conv = obj_str(v, x);
    else if (conversion == 2)
        conv = obj_repr(v, x);
    else if (conversion == 3)
        conv = format_ascii(v, x);
    if (conversion && !conv)
        return NULL;
    object *o = conv ? conv : x;
    if (o->type->flags & TPF_HEAPTYPE)
        return format_instance(v, o, spec);
    const char *s = spec ? STR(spec)->data : "";
    size_t n = spec ? STR(spec)->nbytes : 0;
    if (n == 0 && obj_is(v, o, T_STR))
        return conv ? conv : obj_incref(v, o);
    if (n == 0 && obj_is(v, o, T_INT))          /* PyObject_Format's shortcut: str(o) */
        return obj_str(v, o);
    /* PyObject_Format looks __format__ up (a bound builtin method, freed
     * after the call) and calls it: a METH_O call, which checks the
     * recursion depth before the method runs. */
    static const method_def format_def = {"__format__", NULL, 0, NULL};
    object *meth = NULL, *r = NULL;
    if ((meth = builtin_bound(v, &format_def, o)) &&
        !vm_enter_recursive(v, " while calling a Python object")) {
        r = format_spec(v, o, s, n);
        vm_leave_recursive(v);
    }
    obj_xdecref(v, meth);
    obj_xdecref(v, conv);
    return r;
}

object *format_field(vm *v, object *x, int conversion, object *spec)
{
    if (conversion) {
        object *c = conversion == 1 ? obj_str(v, x) : conversion == 2 ? obj_repr(v, x) : format_ascii(v, x);
        obj_decref(v, x);                       /* before the value is formatted */
        if (!c) {
            obj_xdecref(v, spec);
            return NULL;
        }
        x = c;
    }
    if (!spec && obj_is(v, x, T_STR))
        return x;
    object *r = format_value(v, x, 0, spec);
    obj_decref(v, x);
    obj_xdecref(v, spec);
    return r;
}

/* ---- the slot tables ------------------------------------------------------------- */

/* ---- int and float methods and data attributes ---------------------------------
 * real, imag, numerator and denominator are getset descriptors (METH_GETTER):
 * what reading them returns is what CPython's getters return, so `x.real` of
 * an int is x itself (a bool's is a new reference to the small int). */

/* A method of no arguments: 0, or -1 with CPython's TypeError. */
static int no_args(vm *v, const char *display, size_t nargs, object *kw)
{
    const method_def d = {display, NULL, 0, display};
    return args_exact(v, &d, nargs, kw, 0);
}

object *number_exact_int(vm *v, object *x)
{
    return obj_is(v, x, T_INT) ? obj_incref(v, x) : int_vnew(v, NULL, &x, 1, NULL);
}

static object *int_get_self(vm *v, object *self, object *const *a, size_t n, object *kw)
{
    return number_exact_int(v, self);
}

static object *int_get0(vm *v, object *self, object *const *a, size_t n, object *kw)
{
    return obj_incref(v, int_small(v, 0));
}

static object *int_get1(vm *v, object *self, object *const *a, size_t n, object *kw)
{
    return obj_incref(v, int_small(v, 1));
}

static object *int_conjugate(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return no_args(v, "int.conjugate", nargs, kw) ? NULL : number_exact_int(v, self);
}

static object *int_bit_length(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (no_args(v, "int.bit_length", nargs, kw))
        return NULL;
    bigint x;
    view(self, &x);
    return int_from_u64(v, bigint_bit_length(&x));
}

static object *int_bit_count(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (no_args(v, "int.bit_count", nargs, kw))
        return NULL;
    const intobj *i = INT(self);
    uint64_t bits = 0;
    for (int64_t k = 0; k < (i->size < 0 ? -i->size : i->size); k++)
        bits += (uint64_t)__builtin_popcount(i->digit[k]);
    return int_from_u64(v, bits);
}

/* (int(self), 1): PyTuple_Pack of long_long(self) and the small int 1. */
static object *int_as_ratio(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (no_args(v, "int.as_integer_ratio", nargs, kw))
        return NULL;
    object *num = number_exact_int(v, self);
    if (!num)
        return NULL;
    object *r = tuple_pack(v, 2, num, int_small(v, 1));
    obj_decref(v, num);
    return r;
}

/* The byteorder argument of to_bytes and from_bytes, a str after the
 * clinic's check: 1 for 'little', 0 for 'big' or none, -1 with
 * ValueError. */
static int byteorder_little(vm *v, object *order)
{
    if (!order)
        return 0;
    if (!strcmp(STR(order)->data, "little") || !strcmp(STR(order)->data, "big"))
        return STR(order)->data[0] == 'l';
    vm_raise(v, T_VALUE, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* The keyword-only `signed` flag (PyObject_IsTrue): 0 or 1, -1 on error. */
static int signed_flag(vm *v, object *flag)
{
    return flag ? obj_truth(v, flag) : 0;
}

/* to_bytes' and from_bytes' byteorder (a[1]) and signed (a[2]), in the
 * clinic's order: 0 with *little and *is_signed, or -1 with the error. */
static int order_args(vm *v, const char *fname, object *const *a, int *little, int *is_signed)
{
    if (a[1] && !type_is_subtype(a[1]->type, v->types[T_STR]))
        return args_bad_argument(v, fname, "argument 'byteorder'", "str", a[1]), -1;
    *is_signed = signed_flag(v, a[2]);
    *little = *is_signed < 0 ? -1 : byteorder_little(v, a[1]);
    return *little < 0 ? -1 : 0;
}

/* A class method's result for cls: r itself from the base type, else
 * cls called with it (int.from_bytes, float.fromhex on a subclass). */
static object *for_subclass(vm *v, object *cls, enum builtin_type base, object *r)
{
    if (!r || cls == &v->types[base]->ob)
        return r;
    object *sub = eval_call(v, cls, &r, 1, NULL);
    obj_decref(v, r);
    return sub;
}

static const method_def int_methods[];
enum { M_TO_BYTES, M_FROM_BYTES };

/* int.to_bytes(length=1, byteorder='big', *, signed=False)
 * (int_to_bytes_impl): the clinic's conversions in order (length by
 * __index__ as a Py_ssize_t, byteorder a str, signed by truth), then
 * byteorder's value and length's sign checked; the bytes made at its
 * length first (b"" for 0) and freed when the value does not fit. */
static object *int_to_bytes(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    static const argspec spec = {names, 3, 0, 0, 2, 0};
    object *a[3];
    int64_t length = 1;
    if (args_unpack(v, &int_methods[M_TO_BYTES], args, nargs, kw, &spec, a) ||
        (a[0] && obj_index_c(v, a[0], &length, INT64_MIN, INT64_MAX, "ssize_t")))
        return NULL;
    int little, is_signed;
    if (order_args(v, "to_bytes", a, &little, &is_signed))
        return NULL;
    if (length < 0)
        return vm_raise(v, T_VALUE, "length argument must be non-negative");
    object *r = bytes_new_zeroed(v, (size_t)length);
    if (r && int_as_byte_array(v, self, BYTES(r)->data, (size_t)length, little, is_signed)) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a class method
 * (int_from_bytes_impl): byteorder checked before the bytes are taken
 * (PyObject_Bytes: a copy unless an exact bytes), which are dropped once
 * the int is made; a subclass is called with the int. */
static object *int_from_bytes(vm *v, object *cls, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    static const argspec spec = {names, 3, 0, 1, 2, 0};
    object *a[3];
    if (args_unpack(v, &int_methods[M_FROM_BYTES], args, nargs, kw, &spec, a))
        return NULL;
    int little, is_signed;
    object *b = order_args(v, "from_bytes", a, &little, &is_signed) ? NULL : bytes_from_object(v, a[0]);
    if (!b)
        return NULL;
    object *r = int_from_byte_array(v, BYTES(b)->data, BYTES(b)->n, little, is_signed);
    obj_decref(v, b);
    return for_subclass(v, cls, T_INT, r);
}

static const method_def int_methods[] = {
    [M_TO_BYTES] = {"to_bytes", int_to_bytes, METH_CLINIC_KW, "int.to_bytes"},
    [M_FROM_BYTES] = {"from_bytes", int_from_bytes, METH_CLASS | METH_CLINIC_KW, "int.from_bytes"},
    {"conjugate", int_conjugate, METH_NOARGS, "int.conjugate"},
    {"__format__", format_method, METH_O, "int.__format__"},
    {"bit_length", int_bit_length, METH_NOARGS, "int.bit_length"},
    {"bit_count", int_bit_count, METH_NOARGS, "int.bit_count"},
    {"as_integer_ratio", int_as_ratio, METH_NOARGS, "int.as_integer_ratio"},
    {"__sizeof__", class_sizeof, METH_NOARGS, "int.__sizeof__"},
    {"real", int_get_self, METH_GETTER, NULL},
    {"imag", int_get0, METH_GETTER, NULL},
    {"numerator", int_get_self, METH_GETTER, NULL},
    {"denominator", int_get1, METH_GETTER, NULL},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "int.__new__"},
    {NULL, NULL, 0, NULL},
};

/* float_float: x itself for an exact float, a new float for a subclass. */
static object *exact_float(vm *v, object *x)
{
    return obj_is(v, x, T_FLOAT) ? obj_incref(v, x) : float_new(v, FLOAT(x));
}

static object *float_get_self(vm *v, object *self, object *const *a, size_t n, object *kw)
{
    return exact_float(v, self);
}

static object *float_get_imag(vm *v, object *self, object *const *a, size_t n, object *kw)
{
    return float_new(v, 0.0);
}

static object *float_conjugate(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return no_args(v, "float.conjugate", nargs, kw) ? NULL : exact_float(v, self);
}

static object *float_is_integer(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (no_args(v, "float.is_integer", nargs, kw))
        return NULL;
    double x = FLOAT(self);
    return obj_bool(v, isfinite(x) && floor(x) == x);
}

/* float.as_integer_ratio as floatobject.c computes it: the mantissa doubled
 * until integral, PyLong_FromDouble of it, 1, the exponent as an int, one
 * of the first two shifted left by it (the other freed), then the pair. */
static object *float_as_ratio(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (no_args(v, "float.as_integer_ratio", nargs, kw))
        return NULL;
    double x = FLOAT(self);
    if (isinf(x))
        return vm_raise(v, T_OVERFLOW, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return vm_raise(v, T_VALUE, "cannot convert NaN to integer ratio");
    int e;
    double part = frexp(x, &e);
    for (int i = 0; i < 300 && part != floor(part); i++) {
        part *= 2.0;
        e--;
    }
    bigint r;
    bigint_init(&r);
    bigint_status st = bigint_from_double(&v->bi, &r, part);
    if (st != BIGINT_OK) {
        bigint_free(&v->bi, &r);
        return raise_status(v, st);
    }
    object *num = int_from_bigint(v, &r, NULL), *den = num ? int_from_i64(v, 1) : NULL;
    object *shift = den ? int_from_i64(v, e < 0 ? -e : e) : NULL, *res = NULL;
    if (shift) {
        object **side = e > 0 ? &num : &den, *moved = int_lshift(v, *side, shift);
        obj_decref(v, *side);
        *side = moved;
        res = moved ? tuple_pack(v, 2, num, den) : NULL;
    }
    obj_xdecref(v, shift);
    obj_xdecref(v, den);
    obj_xdecref(v, num);
    return res;
}

/* float.hex() (float_hex_impl): nan and inf as repr gives them, a zero
 * as a literal str, else 0x, the leading digit (1, or 0 for a subnormal),
 * thirteen hex digits and the binary exponent through
 * PyUnicode_FromFormat("0x%sp%c%d") (its %c as a one-character %s: the
 * cached str, nothing made). */
static object *float_hex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (no_args(v, "float.hex", nargs, kw))
        return NULL;
    double x = FLOAT(self);
    if (isnan(x) || isinf(x))
        return obj_repr(v, self);
    if (x == 0.0)
        return str_from_cstr(v, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[16];
    size_t n = 0;
    digits[n++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    digits[n++] = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        digits[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    digits[n] = '\0';
    const char *s[] = {digits, e < 0 ? "-" : "+"};
    int64_t exponent = e < 0 ? -e : e;
    return str_from_format_ints(v, x < 0 ? "-0x%sp%s%d" : "0x%sp%s%d", s, NULL, 0, &exponent);
}

/* _Py_parse_inf_or_nan at p: the length of [sign] inf, infinity or nan
 * (any case) there, 0 if none; *x its value. */
static size_t parse_inf_or_nan(const char *p, double *x)
{
    size_t i = *p == '-' || *p == '+';
    double sign = *p == '-' ? -1.0 : 1.0;
    if (!strncasecmp(p + i, "infinity", 8)) {
        *x = sign * INFINITY;
        return i + 8;
    }
    if (!strncasecmp(p + i, "inf", 3) || !strncasecmp(p + i, "nan", 3)) {
        *x = tolower((unsigned char)p[i]) == 'i' ? sign * INFINITY : copysign(NAN, sign);
        return i + 3;
    }
    return 0;
}

/* The value of the hex float text p[0..n) (float_fromhex's grammar:
 * [ws] [sign] (inf | nan | [0x] digits [. digits] [p [sign] decimal]) [ws]),
 * rounded half to even as CPython does (strtod of the canonical form).
 * 0 with *x, or -1 with CPython's ValueError or OverflowError. */
static int parse_hex_float(vm *v, const char *p, size_t n, double *x)
{
    const char *s = p, *end = p + n;
    while (s < end && bigint_is_space(*s))
        s++;
    size_t special = parse_inf_or_nan(s, x);
    int finite = special == 0;
    buf canon = BUF_INIT;
    if (finite) {
        if (*s == '-' || *s == '+')
            buf_addc(&canon, *s++);
        buf_adds(&canon, "0x");
        if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            s += 2;
        size_t ndigits = 0;
        for (; hv_hexval((unsigned char)*s) >= 0; s++, ndigits++)
            buf_addc(&canon, *s);
        if (*s == '.') {
            buf_addc(&canon, *s++);
            for (; hv_hexval((unsigned char)*s) >= 0; s++, ndigits++)
                buf_addc(&canon, *s);
        }
        if (ndigits && (*s == 'p' || *s == 'P')) {
            buf_addc(&canon, *s++);
            if (*s == '-' || *s == '+')
                buf_addc(&canon, *s++);
            if (*s < '0' || *s > '9')
                ndigits = 0;                    /* p without a decimal exponent */
            for (; *s >= '0' && *s <= '9'; s++)
                buf_addc(&canon, *s);
        }
        if (!ndigits)
            s = end + 1;                        /* parse_error */
    } else {
        s += special;
    }
    while (s < end && bigint_is_space(*s))
        s++;
    if (s != end) {
        buf_free(&canon);
        vm_raise(v, T_VALUE, "invalid hexadecimal floating-point string");
        return -1;
    }
    if (finite)
        *x = strtod(buf_str(&canon), NULL);
    buf_free(&canon);
    if (finite && isinf(*x)) {
        vm_raise(v, T_OVERFLOW, "hexadecimal value too large to represent as a float");
        return -1;
    }
    return 0;
}

/* float.fromhex(string), a class method (float_fromhex): the str's UTF-8
 * (PyUnicode_AsUTF8AndSize: the cache a non-ASCII str keeps) parsed, a
 * new float, a subclass called with it. */
static const method_def float_methods[];
enum { M_FLOAT_FROMHEX = 5 };              /* its row, where float's dict has it */

static object *float_fromhex(vm *v, object *cls, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &float_methods[M_FLOAT_FROMHEX], nargs, kw, 1))
        return NULL;
    object *text = args[0];
    if (!type_is_subtype(text->type, v->types[T_STR]))
        return vm_raise(v, T_TYPE_ERROR, "bad argument type for built-in operation");
    double x;
    if (str_fill_utf8(v, text) || parse_hex_float(v, STR(text)->data, STR(text)->nbytes, &x))
        return NULL;
    return for_subclass(v, cls, T_FLOAT, float_new(v, x));
}

static const method_def float_methods[] = {
    {"conjugate", float_conjugate, METH_NOARGS, "float.conjugate"},
    {"__format__", format_method, METH_O, "float.__format__"},
    {"is_integer", float_is_integer, METH_NOARGS, "float.is_integer"},
    {"as_integer_ratio", float_as_ratio, METH_NOARGS, "float.as_integer_ratio"},
    {"hex", float_hex, METH_NOARGS, "float.hex"},
    [M_FLOAT_FROMHEX] = {"fromhex", float_fromhex, METH_CLASS | METH_O, "float.fromhex"},
    {"real", float_get_self, METH_GETTER, NULL},
    {"imag", float_get_imag, METH_GETTER, NULL},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "float.__new__"},
    {NULL, NULL, 0, NULL},
};

void number_init_types(vm *v)
{
    type *ti = v->types[T_INT], *tf = v->types[T_FLOAT];
    ti->binary[NB_ADD] = int_add;
    ti->binary[NB_SUBTRACT] = int_sub;
    ti->binary[NB_MULTIPLY] = int_mul;
    ti->binary[NB_FLOOR_DIVIDE] = int_floordiv;
    ti->binary[NB_REMAINDER] = int_mod;
    ti->binary[NB_TRUE_DIVIDE] = int_truediv;
    ti->binary[NB_POWER] = int_pow;
    ti->binary[NB_LSHIFT] = int_lshift;
    ti->binary[NB_RSHIFT] = int_rshift;
    ti->binary[NB_AND] = int_and;
    ti->binary[NB_OR] = int_or;
    ti->binary[NB_XOR] = int_xor;
    ti->unary[UN_NEG] = int_neg;
    ti->unary[UN_POS] = int_pos;
    ti->unary[UN_INVERT] = int_invert;
    ti->abs = int_abs;
    ti->richcompare = int_richcompare;
    ti->vnew = int_vnew;
    tf->binary[NB_ADD] = f_add;
    tf->binary[NB_SUBTRACT] = f_sub;
    tf->binary[NB_MULTIPLY] = f_mul;
    tf->binary[NB_TRUE_DIVIDE] = f_div;
    tf->binary[NB_FLOOR_DIVIDE] = f_floordiv;
    tf->binary[NB_REMAINDER] = f_mod;
    tf->binary[NB_POWER] = f_pow;
    tf->unary[UN_NEG] = f_neg;
    tf->unary[UN_POS] = f_pos;
    tf->abs = f_abs;
    tf->richcompare = float_richcompare;
    tf->hash = float_hash;
    tf->repr = float_repr;
    tf->vnew = float_vnew;
    ti->methods = int_methods;                  /* bool finds them through its base */
    tf->methods = float_methods;
    type *tb = v->types[T_BOOL];                 /* bool inherits int's numbers */
    memcpy(tb->binary, ti->binary, sizeof tb->binary);
    memcpy(tb->unary, ti->unary, sizeof tb->unary);
    tb->binary[NB_AND] = bool_and;              /* but its own &, |, ^ */
    tb->binary[NB_OR] = bool_or;
    tb->binary[NB_XOR] = bool_xor;
    tb->abs = ti->abs;
    tb->richcompare = ti->richcompare;
    tb->hash = ti->hash;
}
