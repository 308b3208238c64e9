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

#include "class.h"

#include "abstract.h"
#include "builtins.h"
#include "slice.h"
#include "tracemalloc.h"

#include <stdarg.h>

static uint64_t tuple_sizeof(vm *v, object *o)
{
    return o->type->basicsize + 8 * TUPLE(o)->n;    /* a subclass's tp_basicsize */
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
    } else if ((o = obj_new_quiet(v, v->types[T_TUPLE], n))) {
        TUPLE(o)->n = n;                        /* its size, before OBJ_NEW carries it */
        obj_announce(v, o);
    } else {
        return NULL;
    }
    TUPLE(o)->n = n;
    for (size_t i = 0; i < n; i++)
        TUPLE(o)->items[i] = NULL;
    obj_track(v, o);
    return o;
}

object *tuple_nones(vm *v, size_t n)
{
    object *t = tuple_new(v, n);
    for (size_t i = 0; t && i < n; i++)
        tuple_set(v, t, i, obj_incref(v, v->none));
    return t;
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

/* The realloc of _PyTuple_Resize that moves t: pymalloc's malloc of the new
 * block, the items' references handed over, the old block freed; one
 * realloc for tracemalloc, and neither gc_alloc nor PyObject_GC_Del for
 * the collector's count. */
static object *tuple_moved(vm *v, object *t, size_t n)
{
    int64_t count = v->gens[0].count;
    tm_realloc(v, 0);
    object *r = obj_new_quiet(v, t->type, n);
    if (r) {
        TUPLE(r)->n = n;
        obj_life_event(v, EV_OBJ_NEW, r, 0);
        for (size_t i = 0; i < n && i < TUPLE(t)->n; i++) {
            object *x = TUPLE(t)->items[i];
            TUPLE(t)->items[i] = NULL;
            TUPLE(r)->items[i] = x;
            if (x) {
                obj_take(v, x, t->addr, i);
                obj_give(v, x, r->addr, i);
            }
        }
        if (vm_listening(v))
            obj_unsaid(v, t, -1);           /* the caller's reference is r's now */
        t->refcnt = 0;
        obj_free(v, t);
        v->gens[0].count = count;
    }
    tm_realloc(v, 1);
    return r;
}

object *tuple_resize(vm *v, object *t, size_t n)
{
    size_t old = TUPLE(t)->n;
    if (old == n)
        return t;
    if (n == 0 || old == 0) {
        obj_decref(v, t);
        return n ? tuple_new(v, n) : obj_incref(v, v->empty_tuple);
    }
    obj_untrack(v, t);
    for (size_t i = n; i < old; i++)
        if (TUPLE(t)->items[i]) {
            object *x = TUPLE(t)->items[i];
            TUPLE(t)->items[i] = NULL;
            obj_release(v, x, t->addr, i);
        }
    uint64_t nbytes = type_preheader(t->type) + t->type->basicsize + 8 * (uint64_t)n;
    size_t keep = (n < old ? n : old) * sizeof(object *);
    uint32_t before = obj_event_size(v, t);
    object *r = obj_resize_in_place(v, t, nbytes, n * sizeof(object *), keep);
    if (r) {
        TUPLE(r)->n = n;
        for (size_t i = old; i < n; i++)
            TUPLE(r)->items[i] = NULL;
        obj_resize_event(v, r, before);
    } else if (!(r = tuple_moved(v, t, n))) {
        obj_decref(v, t);
        return NULL;
    }
    obj_track(v, r);
    return r;
}

static void tuple_dealloc(vm *v, object *o)
{
    tupleobj *t = TUPLE(o);
    obj_untrack(v, o);
    int trash = obj_trash_begin(v, o, tuple_dealloc);
    if (trash > 0)
        return;
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
    obj_trash_end(v, trash);
}

static int tuple_traverse(object *o, visitproc visit, void *arg)
{
    for (size_t i = TUPLE(o)->n; i-- > 0;)
        if (TUPLE(o)->items[i] && visit(TUPLE(o)->items[i], arg))
            return 1;
    return 0;
}

/* _PyTuple_MaybeUntrack: untracked when no item may be tracked (a non-GC
 * object, a static type, or an untracked tuple; a dict blocks it even when
 * untracked). */
void tuple_maybe_untrack(vm *v, object *t)
{
    for (size_t i = 0; i < TUPLE(t)->n; i++) {
        object *e = TUPLE(t)->items[i];
        if (!e || obj_may_be_tracked(v, e))
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
        freelist_release(v, &v->fl_tuple[n]);
}

/* ---- sequence behaviour ---------------------------------------------------- */

static object *tuple_getitem(vm *v, object *o, object *key)
{
    tupleobj *t = TUPLE(o);
    if (obj_is(v, key, T_SLICE)) {
        int64_t start, stop, step;
        if (slice_unpack(v, key, &start, &stop, &step))
            return NULL;
        int64_t n = slice_adjust((int64_t)t->n, &start, &stop, step);
        if (n <= 0)
            return obj_incref(v, v->empty_tuple);
        if (start == 0 && step == 1 && (size_t)n == t->n && obj_is(v, o, T_TUPLE))
            return obj_incref(v, o);
        object *r = tuple_new(v, (size_t)n);
        if (!r)
            return NULL;
        for (int64_t i = 0, k = start; i < n; i++, k += step)
            tuple_set(v, r, (size_t)i, obj_incref(v, t->items[k]));
        return r;
    }
    int64_t i;
    if (seq_index(v, key, (int64_t)t->n, &i, "tuple"))
        return NULL;
    if (i < 0 || i >= (int64_t)t->n)
        return vm_raise(v, T_INDEX, "tuple index out of range");
    return obj_incref(v, t->items[i]);
}

/* tuple_repr: the items' reprs written into a _PyUnicodeWriter (min_length
 * that of "(1, 2, ...)" with one-character items, 4 for "(1,)"), the
 * closing written without overallocation. */
static object *tuple_repr(vm *v, object *o)
{
    tupleobj *t = TUPLE(o);
    if (t->n == 0)
        return str_from_cstr(v, "()");
    if (repr_enter(v, o))
        return str_from_cstr(v, "(...)");
    str_writer w;
    str_writer_init(&w, t->n > 1 ? 1 + 1 + 3 * (t->n - 1) + 1 : 4);
    int rc = str_writer_write_char(v, &w, '(');
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (i)
            rc = str_writer_write_ascii(v, &w, ", ", 2);
        object *r = rc ? NULL : obj_repr(v, t->items[i]);
        rc = r ? str_writer_write_str(v, &w, r) : -1;
        obj_xdecref(v, r);
    }
    w.overallocate = 0;
    if (!rc)
        rc = t->n > 1 ? str_writer_write_char(v, &w, ')') : str_writer_write_ascii(v, &w, ",)", 2);
    repr_leave(v, o);
    if (rc) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

/* tuplehash: xxHash's lane mixing over the items' hashes (3.8+).  It
 * recurses into nested tuples with no recursion check (python3 dies of a
 * deep enough nesting): the C stack guard only. */
static int tuple_hash(vm *v, object *o, int64_t *out)
{
    const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                   p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    if (vm_stack_guard(v, " while hashing a tuple"))
        return -1;
    for (size_t i = 0; i < TUPLE(o)->n; i++) {
        int64_t h;
        if (obj_hash(v, TUPLE(o)->items[i], &h))
            return -1;
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += TUPLE(o)->n ^ (p5 ^ 3527539UL);
    *out = acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
    return 0;
}

static object *tuple_richcompare(vm *v, object *a, object *b, int op)
{
    if (!type_is_subtype(a->type, v->types[T_TUPLE]) || !type_is_subtype(b->type, v->types[T_TUPLE]))
        return obj_incref(v, v->notimpl);
    return seq_richcompare(v, TUPLE(a)->items, TUPLE(a)->n, TUPLE(b)->items, TUPLE(b)->n, op);
}

static int tuple_contains(vm *v, object *o, object *x)
{
    for (size_t i = 0; i < TUPLE(o)->n; i++) {
        int r = obj_richcompare_bool(v, TUPLE(o)->items[i], x, CMP_EQ);
        if (r)
            return r;
    }
    return 0;
}

/* tupleconcat, a's sq_concat (a struct sequence's too): either operand
 * is the result when the other is empty and it is an exact tuple. */
static object *tuple_concat(vm *v, object *a, object *b)
{
    if (!obj_is_tuple(v, a))
        return obj_incref(v, v->notimpl);
    if (!type_is_subtype(b->type, v->types[T_TUPLE]))
        return vm_raise_format(v, T_TYPE_ERROR, "can only concatenate tuple (not \"%.200s\") to tuple",
                               b->type->name);
    size_t na = TUPLE(a)->n, nb = TUPLE(b)->n;
    if (nb == 0 && obj_is(v, a, T_TUPLE))      /* a subclass's instance: a new tuple */
        return obj_incref(v, a);
    if (na == 0 && obj_is(v, b, T_TUPLE))
        return obj_incref(v, b);
    object *r = tuple_new(v, na + nb);
    if (!r)
        return NULL;
    for (size_t i = 0; i < na; i++)
        tuple_set(v, r, i, obj_incref(v, TUPLE(a)->items[i]));
    for (size_t i = 0; i < nb; i++)
        tuple_set(v, r, na + i, obj_incref(v, TUPLE(b)->items[i]));
    return r;
}

static object *tuple_repeat(vm *v, object *a, object *b)
{
    object *self = obj_is_tuple(v, a) ? a : b, *other = self == a ? b : a;
    int64_t n;
    if (!type_is_subtype(other->type, v->types[T_INT])) {
        if (other->type->binary[NB_MULTIPLY])
            return obj_incref(v, v->notimpl);
        return vm_raise_format(v, T_TYPE_ERROR, "can't multiply sequence by non-int of type '%.200s'",
                               other->type->name);
    }
    if (!int_as_i64(other, &n))
        return vm_raise(v, T_OVERFLOW, "cannot fit 'int' into an index-sized integer");
    size_t len = TUPLE(self)->n;
    if ((len == 0 || n == 1) && obj_is(v, self, T_TUPLE))
        return obj_incref(v, self);
    if (len == 0 || n <= 0)
        return obj_incref(v, v->empty_tuple);
    if ((uint64_t)n > ((uint64_t)1 << 40) / len)
        return vm_no_memory(v);
    object *r = tuple_new(v, len * (size_t)n);
    if (!r)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        for (size_t i = 0; i < len; i++)
            tuple_set(v, r, (size_t)k * len + i, obj_incref(v, TUPLE(self)->items[i]));
    return r;
}

static const method_def tuple_methods[];

static object *m_count(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tuple_methods[0], nargs, kw, 1))
        return NULL;
    int64_t n = 0;
    for (size_t i = 0; i < TUPLE(self)->n; i++) {
        int r = obj_richcompare_bool(v, TUPLE(self)->items[i], args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        n += r;
    }
    return int_from_ssize(v, n);
}

static object *m_index(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &tuple_methods[1], nargs, kw, 1, 3))
        return NULL;
    int64_t start = 0, stop = (int64_t)TUPLE(self)->n;
    if (index_bounds(v, args, nargs, &start, &stop))
        return NULL;
    for (size_t i = (size_t)start; (int64_t)i < stop && i < TUPLE(self)->n; i++) {
        int r = obj_richcompare_bool(v, TUPLE(self)->items[i], args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        if (r)
            return int_from_ssize(v, (int64_t)i);
    }
    return vm_raise(v, T_VALUE, "tuple.index(x): x not in tuple");
}

static const method_def tuple_methods[] = {
    {"count", m_count, METH_O, "tuple.count"},
    {"index", m_index, METH_CLINIC, "tuple.index"},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "tuple.__new__"},
    {NULL, NULL, 0, NULL},
};

static object *tupleiter_next(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    if (!seq)
        return NULL;
    if (SEQITER(it)->index < (int64_t)TUPLE(seq)->n)
        return obj_incref(v, TUPLE(seq)->items[SEQITER(it)->index++]);
    seqiter_drop(v, it);
    return NULL;
}

static int64_t tupleiter_hint(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    return seqiter_left(it, seq ? TUPLE(seq)->n : 0);
}

const type tmpl_tuple_iter = {
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .iter = iter_self,
    .iternext = tupleiter_next, .length_hint = tupleiter_hint, .host_size = sizeof(seqiterobj),
};

static object *tuple_iter(vm *v, object *o)
{
    return seqiter_new(v, T_TUPLE_ITER, o, 0);
}

const type tmpl_tuple = {
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .binary = {[NB_ADD] = tuple_concat, [NB_MULTIPLY] = tuple_repeat},
    .length = tuple_length,
    .truth = tuple_truth,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .size_of = tuple_sizeof,
    .methods = tuple_methods,
    .host_size = sizeof(tupleobj),
};
