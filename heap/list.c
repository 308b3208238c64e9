/*
 * list.c — lists: a 64-byte GC object (16 pre-header + 40) and a separate
 * item array allocated with PyMem (pymalloc up to 512 bytes, malloc above),
 * resized by CPython's list_resize:
 *
 *   grow or shrink below half:  new = (n + (n >> 3) + 6) & ~3,
 *                               or (n + 3) & ~3 if that is too small,
 *                               0 when n is 0 (PyMem_Realloc(p, 0) then
 *                               takes malloc(0): a raw 1-byte chunk)
 *   otherwise (allocated/2 ≤ n ≤ allocated): nothing moves
 *
 * Free list of 80 list objects (item arrays are freed, not kept), LIFO.
 * Items are released from last to first.
 *
 * A reference held by a list is labelled with its index.  When items move
 * (insert, pop, del, slice assignment) one SHIFT event moves the run of
 * them (event.h); reverse is one SHIFT; sort moves each item out of place
 * through the free slot past the end (list_permuted).  An item leaving the
 * list goes to the interpreter first (REF_MOVE, as CPython's recycle array
 * holds it) so no two references share a slot while the rest move, and is
 * released once the list is sane.
 *
 * Invariant: items_addr == 0 ⇔ allocated == 0 and the host items array
 * has `allocated` slots, the first n of them non-NULL.  The host array
 * comes from the vm's slabs (hostmem.h) with items_bytes(allocated) bytes,
 * or is NULL.
 */
#include "types.h"

#include "abstract.h"
#include "builtins.h"
#include "class.h"
#include "eval.h"
#include "hv.h"
#include "pymalloc.h"
#include "slice.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static uint64_t list_sizeof(vm *v, object *o)
{
    return o->type->basicsize + 8 * LIST(o)->allocated;   /* _PyObject_SIZE(Py_TYPE(self)) */
}

/* Bytes of the host item array of `allocated` slots (one at least). */
static size_t items_bytes(size_t allocated)
{
    return (allocated ? allocated : 1) * sizeof(object *);
}

object *list_new_static(vm *v, size_t allocated)
{
    object *o = vm_static_object(v, T_LIST, 56, 0);
    listobj *l = LIST(o);
    l->items = hostmem_take(&v->host, items_bytes(allocated));
    memset(l->items, 0, items_bytes(allocated));
    l->allocated = allocated;
    l->items_addr = allocated ? vm_static_addr(v, (uint32_t)(8 * allocated)) : 0;
    return o;
}

static void items_free(vm *v, object **items, size_t allocated)
{
    hostmem_give_sized(&v->host, items, items_bytes(allocated));
}

/* Sets the simulated and host item arrays to `allocated` slots. */
static int set_capacity(vm *v, listobj *l, size_t allocated)
{
    uint32_t before = obj_event_size(v, &l->ob);
    uint64_t addr = obj_block_realloc(v, &l->ob, OWN_ITEMS, l->items_addr, 8 * (uint64_t)allocated);
    if (!addr)
        return vm_no_memory(v), -1;
    l->items_addr = addr;
    l->items = hostmem_resize(&v->host, l->items, l->items ? items_bytes(l->allocated) : 0,
                              items_bytes(allocated));
    if (allocated > l->allocated)
        memset(l->items + l->allocated, 0, (allocated - l->allocated) * sizeof *l->items);
    l->allocated = allocated;
    obj_resize_event(v, &l->ob, before);
    return 0;
}

int list_resize(vm *v, listobj *l, size_t n)
{
    if (l->allocated >= n && n >= (l->allocated >> 1)) {
        l->n = n;
        return 0;
    }
    size_t want = (n + (n >> 3) + 6) & ~(size_t)3;
    if ((int64_t)n - (int64_t)l->n > (int64_t)want - (int64_t)n)
        want = (n + 3) & ~(size_t)3;
    if (n == 0)
        want = 0;
    if (set_capacity(v, l, want))
        return -1;
    l->n = n;
    return 0;
}

/* list_new's object from the free list, or fresh (PyType_GenericAlloc)
 * when `fresh` or the list is empty; its n items NULL, in an array of room
 * for cap ≥ n. */
static object *list_make(vm *v, size_t n, size_t cap, int fresh)
{
    object *o;
    if (v->fl_list.n && !fresh) {
        o = v->fl_list.items[--v->fl_list.n];
        o->refcnt = 1;
        obj_life_event(v, EV_OBJ_NEW, o, 1);
    } else if (!(o = obj_new(v, v->types[T_LIST], 0))) {
        return NULL;
    }
    listobj *l = LIST(o);
    l->n = l->allocated = 0;
    l->items_addr = 0;
    if (cap) {                                  /* PyMem_Calloc(cap, 8) */
        uint32_t before = obj_event_size(v, o);
        l->items_addr = obj_block_malloc(v, o, OWN_ITEMS, 8 * (uint64_t)cap);
        if (!l->items_addr) {
            obj_decref(v, o);
            return vm_no_memory(v);
        }
        l->items = hostmem_take(&v->host, items_bytes(cap));
        memset(l->items, 0, cap * sizeof *l->items);
        l->allocated = cap;
        l->n = n;
        obj_resize_event(v, o, before);
    }
    obj_track(v, o);
    return o;
}

object *list_new(vm *v, size_t n)
{
    return list_make(v, n, n, 0);
}

object *list_new_alloc(vm *v, size_t n)
{
    return list_make(v, n, (n + 1) & ~(size_t)1, 1);   /* list_preallocate_exact's rounding */
}

void list_set_fresh(vm *v, object *l, size_t i, object *item)
{
    LIST(l)->items[i] = item;
    obj_give(v, item, l->addr, i);
}

int list_append(vm *v, object *o, object *item)
{
    listobj *l = LIST(o);
    size_t n = l->n;
    /* _PyList_AppendTakeRef: room left is used as it is, never shrunk (a
     * list str.split preallocated for 12 keeps that room) */
    if (l->allocated > n)
        l->n = n + 1;
    else if (list_resize(v, l, n + 1))
        return -1;
    l->items[n] = obj_hold(v, item, o->addr, n);
    return 0;
}

static void list_dealloc(vm *v, object *o)
{
    listobj *l = LIST(o);
    obj_untrack(v, o);
    int trash = obj_trash_begin(v, o, list_dealloc);
    if (trash > 0)
        return;
    for (size_t i = l->n; i-- > 0;)
        if (l->items[i])                    /* Py_XDECREF: a PyList_New(n) dropped before it
                                               was filled (memoryview.tolist's ValueError) */
            obj_release(v, l->items[i], o->addr, i);
    if (l->items_addr)
        obj_block_free(v, o, OWN_ITEMS, l->items_addr);
    items_free(v, l->items, l->allocated);
    l->items = NULL;
    l->items_addr = 0;
    l->n = l->allocated = 0;
    if (o->type == v->types[T_LIST] && v->fl_list.n < FREELIST_LIST) {
        obj_life_event(v, EV_OBJ_FREE, o, 1);
        freelist_push(&v->fl_list, o);
    } else {
        obj_free(v, o);
    }
    obj_trash_end(v, trash);
}

/* Py_VISIT skips the NULL slots of a list still being filled (PyList_New). */
static int list_traverse(object *o, visitproc visit, void *arg)
{
    for (size_t i = LIST(o)->n; i-- > 0;)
        if (LIST(o)->items[i] && visit(LIST(o)->items[i], arg))
            return 1;
    return 0;
}

static int64_t list_length(vm *v, object *o)
{
    return (int64_t)LIST(o)->n;
}

static int list_truth(vm *v, object *o)
{
    return LIST(o)->n != 0;
}


void list_free_freelist(vm *v)
{
    freelist_release(v, &v->fl_list);
}

/* ---- sequence behaviour ---------------------------------------------------- */

/* list_preallocate_exact: an empty list gets room for n rounded up to even. */
static int preallocate_exact(vm *v, listobj *l, size_t n)
{
    return set_capacity(v, l, (n + 1) & ~(size_t)1);
}

static void put_items(vm *v, object *o, size_t at, object *const *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        LIST(o)->items[at + i] = obj_hold(v, src[i], o->addr, at + i);
}

int list_extend(vm *v, object *o, object *iterable)
{
    listobj *l = LIST(o);
    if (obj_is(v, iterable, T_LIST) || obj_is(v, iterable, T_TUPLE)) {
        int is_list = obj_is(v, iterable, T_LIST);
        size_t n = is_list ? LIST(iterable)->n : TUPLE(iterable)->n, m = l->n;
        if (n == 0)
            return 0;
        object **copy = hv_malloc(n * sizeof *copy);    /* iterable may be o itself */
        memcpy(copy, is_list ? LIST(iterable)->items : TUPLE(iterable)->items, n * sizeof *copy);
        int rc = l->items_addr ? list_resize(v, l, m + n) : preallocate_exact(v, l, n);
        if (!rc) {
            l->n = m + n;
            put_items(v, o, m, copy, n);
        }
        free(copy);
        return rc;
    }
    object *it = obj_getiter(v, iterable);
    if (!it)
        return -1;
    int64_t n = obj_length_hint(v, iterable, 8);
    if (n < 0) {
        obj_decref(v, it);
        return -1;
    }
    size_t m = l->n;
    int rc = 0;
    if (!l->items_addr)
        rc = n ? preallocate_exact(v, l, (size_t)n) : 0;
    else if (!(rc = list_resize(v, l, m + (size_t)n)))
        l->n = m;
    object *x;
    while (!rc && (x = obj_iternext(v, it))) {
        if (l->n < l->allocated) {
            l->items[l->n] = x;
            obj_give(v, x, o->addr, l->n);
            l->n++;
        } else {
            rc = list_append(v, o, x);
            obj_decref(v, x);
        }
    }
    obj_decref(v, it);
    if (rc || v->exc)
        return -1;
    return l->n < l->allocated ? list_resize(v, l, l->n) : 0;
}

object *list_as_tuple(vm *v, object *o)
{
    listobj *l = LIST(o);
    object *t = tuple_new(v, l->n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < l->n; i++)
        tuple_set(v, t, i, obj_incref(v, l->items[i]));
    return t;
}

/* A new list of the given items (borrowed): exact size, as list_slice. */
static object *list_of(vm *v, object *const *items, size_t n)
{
    object *r = list_new(v, n);
    if (!r)
        return NULL;
    for (size_t i = 0; i < n; i++)
        list_set_fresh(v, r, i, obj_incref(v, items[i]));
    return r;
}

static object *list_getitem(vm *v, object *o, object *key)
{
    listobj *l = LIST(o);
    if (obj_is(v, key, T_SLICE)) {
        int64_t start, stop, step;
        if (slice_unpack(v, key, &start, &stop, &step))
            return NULL;
        int64_t n = slice_adjust((int64_t)l->n, &start, &stop, step);
        if (step == 1)
            return list_of(v, n ? l->items + start : NULL, (size_t)n);   /* [] has no items */
        object *r = list_new(v, (size_t)n);
        if (!r)
            return NULL;
        for (int64_t i = 0, k = start; i < n; i++, k += step)
            list_set_fresh(v, r, (size_t)i, obj_incref(v, l->items[k]));
        return r;
    }
    int64_t i;
    if (seq_index(v, key, (int64_t)l->n, &i, "list"))
        return NULL;
    if (i < 0 || i >= (int64_t)l->n)
        /* the message is a static string (_Py_STR(list_err)): nothing is allocated */
        return vm_raise_str(v, T_INDEX, str_static(v, "list index out of range"));
    return obj_incref(v, l->items[i]);
}

/* list_ass_slice keeps up to this many removed items in its on-stack
 * recycle array; more take a PyMem block of 8 bytes per item, freed after
 * they are released. */
#define RECYCLE_ON_STACK 8

/* Replaces items [lo, hi) with the n items of src (borrowed), as
 * list_ass_slice: the removed items are released after the list is sane. */
static void list_clear(vm *v, object *o);

static int assign_slice(vm *v, object *o, int64_t lo, int64_t hi, object *const *src, size_t n)
{
    listobj *l = LIST(o);
    size_t d = (size_t)(hi - lo), old_n = l->n;
    if (old_n + n == d) {                       /* nothing left: _list_clear frees the array */
        list_clear(v, o);
        return 0;
    }
    uint64_t recycle = 0;
    if (d > RECYCLE_ON_STACK && !(recycle = pymalloc_malloc(v->pm, 8 * (uint64_t)d))) {
        vm_no_memory(v);
        return -1;
    }
    object **gone = d ? hv_malloc(d * sizeof *gone) : NULL;
    if (d)
        memcpy(gone, l->items + lo, d * sizeof *gone);
    object **tail = NULL;
    size_t ntail = old_n - (size_t)hi;
    if (ntail) {
        tail = hv_malloc(ntail * sizeof *tail);
        memcpy(tail, l->items + hi, ntail * sizeof *tail);
    }
    if (n > d) {
        if (list_resize(v, l, old_n + n - d)) {
            free(gone);
            free(tail);
            if (recycle)
                pymalloc_free(v->pm, recycle);
            return -1;
        }
    }
    for (size_t i = 0; i < d; i++)             /* the recycle array holds them */
        obj_take(v, gone[i], o->addr, (size_t)lo + i);
    for (size_t i = 0; i < ntail; i++)          /* shift the tail (no count changes) */
        l->items[(size_t)lo + n + i] = tail[i];
    obj_shift_event(v, o->addr, (size_t)hi, ntail, (int64_t)n - (int64_t)d, 0, tail ? tail[0] : NULL);
    int rc = n < d ? list_resize(v, l, old_n - (d - n)) : 0;
    if (!rc)
        put_items(v, o, (size_t)lo, src, n);
    for (size_t i = d; i-- > 0;)
        obj_decref(v, gone[i]);
    if (recycle)
        pymalloc_free(v->pm, recycle);
    free(gone);
    free(tail);
    return rc;
}

int list_del_slice(vm *v, object *l, int64_t lo, int64_t hi)
{
    return assign_slice(v, l, lo, hi, NULL, 0);
}

/* list_ass_subscript deleting an extended slice: the n items leave the
 * list first (one list_resize), then are released in index order, so the
 * last one freed is the highest index (a negative step is walked upwards).
 * They wait in a PyMem block (`garbage`, 8 bytes per item) until then. */
static int del_extended(vm *v, object *o, int64_t start, int64_t step, int64_t n)
{
    listobj *l = LIST(o);
    if (n <= 0)
        return 0;
    uint64_t garbage = pymalloc_malloc(v->pm, 8 * (uint64_t)n);
    if (!garbage) {
        vm_no_memory(v);
        return -1;
    }
    if (step < 0) {
        start += step * (n - 1);
        step = -step;
    }
    object **gone = hv_malloc((size_t)n * sizeof *gone);
    size_t w = (size_t)start, k = 0, run = (size_t)start;  /* run: the survivors not yet shifted */
    for (size_t r = (size_t)start; r < l->n; r++) {
        if (k < (size_t)n && r == (size_t)start + k * (size_t)step) {
            obj_shift_event(v, o->addr, run, r - run, -(int64_t)k, 0, l->items[w - (r - run)]);
            obj_take(v, l->items[r], o->addr, r);
            gone[k++] = l->items[r];
            run = r + 1;
        } else {
            l->items[w++] = l->items[r];
        }
    }
    obj_shift_event(v, o->addr, run, l->n - run, -(int64_t)k, 0, l->items[w - (l->n - run)]);
    int rc = list_resize(v, l, w);
    for (size_t i = 0; i < k; i++)
        obj_decref(v, gone[i]);
    pymalloc_free(v->pm, garbage);
    free(gone);
    return rc;
}

/* list_ass_subscript assigning the n items of src to an extended slice:
 * every item is put in first, the old ones kept in a PyMem block
 * (`garbage`, 8 bytes per item), then those are released in slice order. */
static int assign_extended(vm *v, object *o, int64_t start, int64_t step, object *const *src, size_t n)
{
    listobj *l = LIST(o);
    if (!n)
        return 0;
    uint64_t garbage = pymalloc_malloc(v->pm, 8 * (uint64_t)n);
    if (!garbage) {
        vm_no_memory(v);
        return -1;
    }
    object **gone = hv_malloc(n * sizeof *gone);
    for (size_t i = 0; i < n; i++) {
        size_t k = (size_t)(start + (int64_t)i * step);
        gone[i] = l->items[k];
        obj_take(v, gone[i], o->addr, k);
        l->items[k] = obj_hold(v, src[i], o->addr, k);
    }
    for (size_t i = 0; i < n; i++)
        obj_decref(v, gone[i]);
    pymalloc_free(v->pm, garbage);
    free(gone);
    return 0;
}

static int list_setitem(vm *v, object *o, object *key, object *value)
{
    listobj *l = LIST(o);
    if (obj_is(v, key, T_SLICE)) {
        int64_t start, stop, step;
        if (slice_unpack(v, key, &start, &stop, &step))
            return -1;
        int64_t n = slice_adjust((int64_t)l->n, &start, &stop, step);
        object *seq = NULL;
        object *const *src = NULL;
        size_t nsrc = 0;
        if (value) {
            if (value == o) {                   /* a[i:j] = a: list_slice, a copy */
                if (!(seq = list_of(v, l->items, l->n)))
                    return -1;
                value = seq;
            } else if (!(obj_is(v, value, T_LIST) || obj_is(v, value, T_TUPLE))) {
                seq = seq_fast(v, value, step == 1 ? "can only assign an iterable"
                                                   : "must assign iterable to extended slice");
                if (!seq)
                    return -1;
                value = seq;
            }
            src = obj_is(v, value, T_LIST) ? LIST(value)->items : TUPLE(value)->items;
            nsrc = obj_is(v, value, T_LIST) ? LIST(value)->n : TUPLE(value)->n;
        }
        int rc;
        if (step == 1) {
            if (stop < start)
                stop = start;
            rc = assign_slice(v, o, start, stop, src, nsrc);
        } else if (!value) {
            rc = del_extended(v, o, start, step, n);
        } else if ((int64_t)nsrc != n) {
            vm_raise_format(v, T_VALUE, "attempt to assign sequence of size %zd to extended slice of size %zd",
                            nsrc, (size_t)n);
            rc = -1;
        } else {
            rc = assign_extended(v, o, start, step, src, (size_t)n);
        }
        obj_xdecref(v, seq);
        return rc;
    }
    int64_t i;
    if (seq_index(v, key, (int64_t)l->n, &i, "list"))
        return -1;
    if (i < 0 || i >= (int64_t)l->n) {
        vm_raise(v, T_INDEX, "list assignment index out of range");
        return -1;
    }
    if (!value)
        return assign_slice(v, o, i, i + 1, NULL, 0);
    object *old = l->items[i];
    l->items[i] = obj_hold(v, value, o->addr, (uint64_t)i);
    obj_release(v, old, o->addr, (uint64_t)i);
    return 0;
}

/* list_repr: the items' reprs written into a _PyUnicodeWriter (min_length
 * that of "[1, 2, ...]" with one-character items), the closing bracket
 * without overallocation. */
static object *list_repr(vm *v, object *o)
{
    listobj *l = LIST(o);
    if (l->n == 0)
        return str_from_cstr(v, "[]");
    if (repr_enter(v, o))
        return str_from_cstr(v, "[...]");
    str_writer w;
    str_writer_init(&w, 1 + 1 + 3 * (l->n - 1) + 1);
    int rc = str_writer_write_char(v, &w, '[');
    for (size_t i = 0; i < l->n && !rc; i++) {      /* l->n again each time: a repr may change it */
        if (i)
            rc = str_writer_write_ascii(v, &w, ", ", 2);
        object *e = rc ? NULL : obj_incref(v, l->items[i]);
        object *r = e ? obj_repr(v, e) : NULL;
        obj_xdecref(v, e);
        rc = r ? str_writer_write_str(v, &w, r) : -1;
        obj_xdecref(v, r);
    }
    w.overallocate = 0;
    if (!rc)
        rc = str_writer_write_char(v, &w, ']');
    repr_leave(v, o);
    if (rc) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

/* Compares two item vectors as list_richcompare / tuplerichcompare do. */
object *seq_richcompare(vm *v, object *const *a, size_t na, object *const *b, size_t nb, int op)
{
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = obj_richcompare_bool(v, a[i], b[i], CMP_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb) {
        int c = na < nb ? -1 : na > nb;
        int r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
              : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
        return obj_bool(v, r);
    }
    if (op == CMP_EQ)
        return obj_bool(v, 0);
    if (op == CMP_NE)
        return obj_bool(v, 1);
    return obj_richcompare(v, a[i], b[i], op);
}

static object *list_richcompare(vm *v, object *a, object *b, int op)
{
    if (!type_is_subtype(a->type, v->types[T_LIST]) || !type_is_subtype(b->type, v->types[T_LIST]))
        return obj_incref(v, v->notimpl);
    return seq_richcompare(v, LIST(a)->items, LIST(a)->n, LIST(b)->items, LIST(b)->n, op);
}

static int list_contains(vm *v, object *o, object *x)
{
    for (size_t i = 0; i < LIST(o)->n; i++) {
        object *e = obj_incref(v, LIST(o)->items[i]);
        int r = obj_richcompare_bool(v, e, x, CMP_EQ);
        obj_decref(v, e);
        if (r)
            return r;
    }
    return 0;
}

static object *list_concat(vm *v, object *a, object *b)
{
    if (!type_is_subtype(a->type, v->types[T_LIST]))         /* PyList_Check */
        return obj_incref(v, v->notimpl);
    if (!type_is_subtype(b->type, v->types[T_LIST]))
        return vm_raise_format(v, T_TYPE_ERROR, "can only concatenate list (not \"%.200s\") to list",
                               b->type->name);
    size_t na = LIST(a)->n, nb = LIST(b)->n;
    object *r = list_new(v, na + nb);
    if (!r)
        return NULL;
    for (size_t i = 0; i < na; i++)
        list_set_fresh(v, r, i, obj_incref(v, LIST(a)->items[i]));
    for (size_t i = 0; i < nb; i++)
        list_set_fresh(v, r, na + i, obj_incref(v, LIST(b)->items[i]));
    return r;
}

/* The repeat count of seq * n or n * seq, or NotImplemented/error. */
static int repeat_count(vm *v, object *a, object *b, enum builtin_type seq, object **self, int64_t *n)
{
    object *other;
    if (type_is_subtype(a->type, v->types[seq]))    /* a list subclass's instance too */
        *self = a, other = b;
    else
        *self = b, other = a;
    if (!type_is_subtype(other->type, v->types[T_INT])) {
        if (other->type->binary[NB_MULTIPLY])
            return 1;                       /* let the other operand try */
        vm_raise_format(v, T_TYPE_ERROR, "can't multiply sequence by non-int of type '%.200s'", other->type->name);
        return -1;
    }
    if (!int_as_i64(other, n)) {
        vm_raise(v, T_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (*n < 0)
        *n = 0;
    return 0;
}

static object *list_repeat(vm *v, object *a, object *b)
{
    object *self;
    int64_t n;
    int rc = repeat_count(v, a, b, T_LIST, &self, &n);
    if (rc)
        return rc > 0 ? obj_incref(v, v->notimpl) : NULL;
    size_t len = LIST(self)->n;
    if (len && (uint64_t)n > ((uint64_t)1 << 40) / len)
        return vm_no_memory(v);
    object *r = list_new(v, len * (size_t)n);
    if (!r)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        for (size_t i = 0; i < len; i++)
            list_set_fresh(v, r, (size_t)k * len + i, obj_incref(v, LIST(self)->items[i]));
    return r;
}

static object *list_inplace_concat(vm *v, object *a, object *b)
{
    if (list_extend(v, a, b))
        return NULL;
    return obj_incref(v, a);
}

static object *list_inplace_repeat(vm *v, object *a, object *b)
{
    int64_t n;
    if (!type_is_subtype(b->type, v->types[T_INT]))
        return vm_raise_format(v, T_TYPE_ERROR, "can't multiply sequence by non-int of type '%.200s'",
                               b->type->name);
    if (!int_as_i64(b, &n))
        return vm_no_memory(v);
    listobj *l = LIST(a);
    size_t len = l->n;
    if (n <= 0 || len == 0) {
        if (assign_slice(v, a, 0, (int64_t)len, NULL, 0))
            return NULL;
        return obj_incref(v, a);
    }
    if (list_resize(v, l, len * (size_t)n))
        return NULL;
    for (int64_t k = 1; k < n; k++)
        put_items(v, a, (size_t)k * len, l->items, len);
    return obj_incref(v, a);
}

/* ---- methods --------------------------------------------------------------- */

static const method_def list_methods[];

static object *m_append(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &list_methods[0], nargs, kw, 1))
        return NULL;
    return list_append(v, self, args[0]) ? NULL : obj_incref(v, v->none);
}

static object *m_extend(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &list_methods[1], nargs, kw, 1))
        return NULL;
    return list_extend(v, self, args[0]) ? NULL : obj_incref(v, v->none);
}

static object *m_insert(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    int64_t i;
    if (args_exact(v, &list_methods[2], nargs, kw, 2))
        return NULL;
    object *r;
    if (obj_index_retry(v, m_insert, self, args, nargs, kw, 0, &r))     /* abstract.c: __index__ */
        return r;
    if (!type_is_subtype(args[0]->type, v->types[T_INT]))
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer",
                               args[0]->type->name);
    if (!int_as_i64(args[0], &i))
        i = INT(args[0])->size < 0 ? INT64_MIN : INT64_MAX;
    int64_t n = (int64_t)LIST(self)->n;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    object *x = args[1];
    return assign_slice(v, self, i, i, &x, 1) ? NULL : obj_incref(v, v->none);
}

static object *m_pop(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    listobj *l = LIST(self);
    int64_t i = -1;
    if (args_range(v, &list_methods[3], nargs, kw, 0, 1))
        return NULL;
    object *r;
    if (obj_index_retry(v, m_pop, self, args, nargs, kw, 0, &r))        /* abstract.c: __index__ */
        return r;
    if (nargs && !type_is_subtype(args[0]->type, v->types[T_INT]))
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer",
                               args[0]->type->name);
    if (nargs && !int_as_i64(args[0], &i))
        return vm_raise(v, T_INDEX, "pop index out of range");
    if (l->n == 0)
        return vm_raise(v, T_INDEX, "pop from empty list");
    if (i < 0)
        i += (int64_t)l->n;
    if (i < 0 || i >= (int64_t)l->n)
        return vm_raise(v, T_INDEX, "pop index out of range");
    object *x = l->items[i];
    size_t tail = l->n - 1 - (size_t)i;
    obj_take(v, x, self->addr, (uint64_t)i);   /* the item's reference goes to the caller */
    memmove(l->items + i, l->items + i + 1, tail * sizeof *l->items);
    obj_shift_event(v, self->addr, (size_t)i + 1, tail, -1, 0, l->items[i]);
    if (list_resize(v, l, l->n - 1)) {
        obj_decref(v, x);
        return NULL;
    }
    return x;
}

/* The first index of x in l[lo:hi], -1 if absent, -2 on error. */
/* The first index in [from, to) whose item equals x; -1 if none, -2 on
 * a comparison error. */
static int64_t find_in(vm *v, listobj *l, object *x, size_t from, size_t to)
{
    for (size_t i = from; i < to && i < l->n; i++) {
        object *e = obj_incref(v, l->items[i]);
        int r = obj_richcompare_bool(v, e, x, CMP_EQ);
        obj_decref(v, e);
        if (r < 0)
            return -2;
        if (r)
            return (int64_t)i;
    }
    return -1;
}

static int64_t find(vm *v, listobj *l, object *x)
{
    return find_in(v, l, x, 0, l->n);
}

static object *m_remove(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &list_methods[4], nargs, kw, 1))
        return NULL;
    int64_t i = find(v, LIST(self), args[0]);
    if (i == -2)
        return NULL;
    if (i < 0)
        return vm_raise(v, T_VALUE, "list.remove(x): x not in list");
    return assign_slice(v, self, i, i + 1, NULL, 0) ? NULL : obj_incref(v, v->none);
}

int index_bounds(vm *v, object *const *args, size_t nargs, int64_t *start, int64_t *stop)
{
    int64_t len = *stop;
    for (size_t k = 1; k < nargs; k++) {
        int64_t *bound = k == 1 ? start : stop;
        if (!type_is_subtype(args[k]->type, v->types[T_INT])) {
            vm_raise(v, T_TYPE_ERROR, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (!int_as_i64(args[k], bound))
            *bound = obj_truth(v, args[k]) && INT(args[k])->size > 0 ? len : 0;
        if (*bound < 0 && (*bound += len) < 0)
            *bound = 0;
    }
    return 0;
}

static object *m_index(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &list_methods[5], nargs, kw, 1, 3))
        return NULL;
    int64_t start = 0, stop = (int64_t)LIST(self)->n;
    if (index_bounds(v, args, nargs, &start, &stop))
        return NULL;
    int64_t i = start < stop ? find_in(v, LIST(self), args[0], (size_t)start, (size_t)stop) : -1;
    if (i == -2)
        return NULL;
    if (i < 0)                                  /* the repr made, written and dropped */
        return vm_raise_format(v, T_VALUE, "%R is not in list", args[0]);
    return int_from_ssize(v, i);
}

static object *m_count(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &list_methods[6], nargs, kw, 1))
        return NULL;
    int64_t n = 0;
    for (size_t i = 0; i < LIST(self)->n; i++) {
        object *e = obj_incref(v, LIST(self)->items[i]);
        int r = obj_richcompare_bool(v, e, args[0], CMP_EQ);
        obj_decref(v, e);
        if (r < 0)
            return NULL;
        n += r;
    }
    return int_from_ssize(v, n);
}

/* list.clear and the end of list.sort's work: items released from last to
 * first, the item array freed (_list_clear). */
static void list_clear(vm *v, object *o)
{
    listobj *l = LIST(o);
    size_t n = l->n;
    object **items = l->items;
    uint64_t addr = l->items_addr;
    size_t allocated = l->allocated;
    uint32_t before = obj_event_size(v, o);
    l->items = NULL;
    l->items_addr = 0;
    l->n = l->allocated = 0;
    for (size_t i = n; i-- > 0;)
        obj_release(v, items[i], o->addr, i);
    if (addr)
        obj_block_free(v, o, OWN_ITEMS, addr);
    items_free(v, items, allocated);
    obj_resize_event(v, o, before);
}

int list_init(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    if (kwnames && TUPLE(kwnames)->n) {         /* _PyArg_NoKeywords */
        vm_raise(v, T_TYPE_ERROR, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {                            /* _PyArg_CheckPositional */
        args_count_error(v, "list", nargs, 0, 1);
        return -1;
    }
    if (LIST(o)->items_addr)                    /* empty previous contents */
        list_clear(v, o);
    if (!nargs)
        return 0;
    object *it = args[0];
    if (it->type->length) {                     /* _PyObject_HasLen */
        int64_t n = obj_length(v, it);
        if (n < 0 && !vm_exc_matches(v, T_TYPE_ERROR))
            return -1;
        if (n < 0)
            vm_exc_clear(v);
        if (n > 0 && !LIST(o)->items_addr && preallocate_exact(v, LIST(o), (size_t)n))
            return -1;
    }
    return list_extend(v, o, it);
}

static object *m_clear(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &list_methods[7], nargs, kw, 0))
        return NULL;
    list_clear(v, self);
    return obj_incref(v, v->none);
}

static object *m_copy(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &list_methods[8], nargs, kw, 0))
        return NULL;
    return list_of(v, LIST(self)->items, LIST(self)->n);
}

static object *m_reverse(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &list_methods[9], nargs, kw, 0))
        return NULL;
    list_reverse(v, self);
    return obj_incref(v, v->none);
}

void list_reverse(vm *v, object *o)
{
    listobj *l = LIST(o);
    for (size_t i = 0, j = l->n; i + 1 < j; i++, j--) {
        object *t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    obj_shift_event(v, o->addr, 0, l->n, 0, 1, NULL);
}

typedef struct sortpos {
    uintptr_t item;
    size_t at;
} sortpos;

static int sortpos_cmp(const void *a, const void *b)
{
    const sortpos *x = a, *y = b;
    if (x->item != y->item)
        return x->item < y->item ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Where each of the n items of `before` went in `after` (the same items,
 * permuted): *inv[j] = the index in before of the item now at j.  Equal
 * items are matched in index order. */
static void sort_inverse(object *const *before, object *const *after, size_t n, size_t *inv)
{
    sortpos *a = hv_malloc(2 * n * sizeof *a), *b = a + n;
    for (size_t i = 0; i < n; i++) {
        a[i] = (sortpos){(uintptr_t)before[i], i};
        b[i] = (sortpos){(uintptr_t)after[i], i};
    }
    qsort(a, n, sizeof *a, sortpos_cmp);
    qsort(b, n, sizeof *b, sortpos_cmp);
    for (size_t k = 0; k < n; k++)
        inv[b[k].at] = a[k].at;
    free(a);
}

/* The SHIFT events of a permutation of o's n items (before: their order
 * then, the list's items now): each cycle of it moves its first item to
 * the free slot n, fills the hole from the item that goes there, and so
 * on, then puts the first item in the last hole — one event per item out
 * of place and one per cycle, and no slot ever holds two items. */
static void list_permuted(vm *v, object *o, object *const *before, size_t n)
{
    if (!vm_listening(v) || n < 2)
        return;
    size_t *inv = hv_malloc(n * sizeof *inv);
    unsigned char *done = hv_calloc(n, 1);
    sort_inverse(before, LIST(o)->items, n, inv);
    for (size_t i = 0; i < n; i++) {
        if (done[i] || inv[i] == i)
            continue;
        obj_shift_event(v, o->addr, i, 1, (int64_t)(n - i), 0, before[i]);
        size_t hole = i;
        while (inv[hole] != i) {
            size_t from = inv[hole];
            obj_shift_event(v, o->addr, from, 1, (int64_t)hole - (int64_t)from, 0, before[from]);
            done[hole] = 1;
            hole = from;
        }
        obj_shift_event(v, o->addr, n, 1, (int64_t)hole - (int64_t)n, 0, before[i]);
        done[hole] = 1;
    }
    free(done);
    free(inv);
}

void list_sort_c(vm *v, object *o, int (*cmp)(const void *, const void *))
{
    listobj *l = LIST(o);
    object **before = NULL;
    if (vm_listening(v) && l->n > 1) {
        before = hv_malloc(l->n * sizeof *before);
        memcpy(before, l->items, l->n * sizeof *before);
    }
    if (l->n > 1)                           /* an empty list has no item array */
        qsort(l->items, l->n, sizeof *l->items, cmp);
    if (before)
        list_permuted(v, o, before, l->n);
    free(before);
}

/* ---- sorting: CPython's timsort (Objects/listsort.txt) ---------------------------
 *
 * list.sort is observable beyond its result: a key class's __lt__ sees every
 * comparison, an exception leaves the list in the permutation reached so
 * far, and merges of long runs borrow PyMem blocks that tracemalloc counts.
 * So the sort follows listsort_impl step by step:
 *
 *   runs:   count_run finds the next ascending (or strictly descending,
 *           then reversed) run; a run shorter than minrun is extended by
 *           binary insertion (binarysort)
 *   stack:  found_new_run merges while the run below has a greater
 *           powersort power (powerloop); merge_force_collapse at the end
 *   merge:  merge_at trims both runs by galloping, then merge_lo or
 *           merge_hi copies the shorter run to the merge state's temp
 *           array and merges back, switching to galloping after
 *           min_gallop wins in a row
 *
 * The temp array is the merge state's on-stack temparray (256 slots, or
 * min((n + 1) / 2, 128) with a key function, whose values take the other
 * half) until a merge needs more: merge_getmem then frees the previous
 * block and takes a PyMem block of need (twice need with values) slots,
 * freed when the sort ends.  Only comparisons can fail; a failed merge
 * still puts every item back (nothing is lost or duplicated). */
#define SORT_MIN_GALLOP 7
#define SORT_TEMP_SIZE 256                  /* MERGESTATE_TEMP_SIZE */
#define SORT_MAX_PENDING 64                 /* MAX_MERGE_PENDING: bits in a size_t */

typedef struct sortslice {
    object **keys;
    object **vals;                          /* NULL without a key function */
} sortslice;

typedef struct sortrun {
    sortslice base;
    int64_t len;
    int power;                              /* its node level in powersort */
} sortrun;

typedef struct mergestate {
    vm *v;
    int64_t min_gallop;
    int64_t listlen;
    object **basekeys;
    sortslice a;                            /* host temp array, room for n / 2 + 1 */
    int64_t alloced;                        /* slots the simulated temp array has */
    uint64_t a_addr;                        /* its PyMem block, 0 while on the stack */
    int n;
    sortrun pending[SORT_MAX_PENDING];
    type *same;             /* the keys' one type (not tuple), compared by its slot; or NULL */
} mergestate;

static void ss_copy(sortslice *d, int64_t i, const sortslice *s, int64_t j)
{
    d->keys[i] = s->keys[j];
    if (d->vals)
        d->vals[i] = s->vals[j];
}

static void ss_copy_incr(sortslice *d, sortslice *s)
{
    *d->keys++ = *s->keys++;
    if (d->vals)
        *d->vals++ = *s->vals++;
}

static void ss_copy_decr(sortslice *d, sortslice *s)
{
    *d->keys-- = *s->keys--;
    if (d->vals)
        *d->vals-- = *s->vals--;
}

static void ss_move(sortslice *d, int64_t i, const sortslice *s, int64_t j, int64_t n)
{
    memmove(&d->keys[i], &s->keys[j], (size_t)n * sizeof *d->keys);
    if (d->vals)
        memmove(&d->vals[i], &s->vals[j], (size_t)n * sizeof *d->vals);
}

static void ss_advance(sortslice *s, int64_t n)
{
    s->keys += n;
    if (s->vals)
        s->vals += n;
}

static void ss_reverse(object **a, int64_t n)
{
    for (int64_t i = 0; i < n / 2; i++) {
        object *t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

/* x < y through the comparison protocol: 1, 0, or -1 with an exception.
 * Keys all of one type (list_sort_impl's pre-scan) are compared by that
 * type's slot straight (unsafe_object_compare, and the int, float and str
 * forms that compare the same way), without PyObject_RichCompare's
 * recursion check; tuples and mixed types go through it
 * (safe_object_compare; unsafe_tuple_compare's parts are left as they
 * were). */
static int sort_lt(mergestate *ms, object *x, object *y)
{
    if (!ms->same)
        return obj_richcompare_bool(ms->v, x, y, CMP_LT);
    object *r = ms->same->richcompare(ms->v, x, y, CMP_LT);
    if (r == ms->v->notimpl) {
        obj_decref(ms->v, r);
        return obj_richcompare_bool(ms->v, x, y, CMP_LT);
    }
    if (!r)
        return -1;
    int t = r == ms->v->true_ ? 1 : r == ms->v->false_ ? 0 : obj_truth(ms->v, r);
    obj_decref(ms->v, r);
    return t;
}

/* The keys' one type when unsafe_object_compare (or a faster form of it)
 * would compare them, else NULL. */
static type *sort_same_type(vm *v, object *const *keys, size_t n)
{
    type *t = keys[0]->type;
    for (size_t i = 1; i < n; i++)
        if (keys[i]->type != t)
            return NULL;
    return t != v->types[T_TUPLE] && t->richcompare ? t : NULL;
}

/* binarysort: sorts lo[0..hi) by binary insertion, lo[0..start) being
 * sorted already; the items stay a permutation if a comparison fails. */
static int binarysort(mergestate *ms, sortslice lo, int64_t hi, int64_t start)
{
    if (start == 0)
        start++;
    for (; start < hi; start++) {
        int64_t l = 0, r = start;
        object *pivot = lo.keys[r];
        do {
            int64_t p = l + ((r - l) >> 1);
            int k = sort_lt(ms, pivot, lo.keys[p]);
            if (k < 0)
                return -1;
            if (k)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        memmove(&lo.keys[l + 1], &lo.keys[l], (size_t)(start - l) * sizeof *lo.keys);
        lo.keys[l] = pivot;
        if (lo.vals) {
            object *pv = lo.vals[start];
            memmove(&lo.vals[l + 1], &lo.vals[l], (size_t)(start - l) * sizeof *lo.vals);
            lo.vals[l] = pv;
        }
    }
    return 0;
}

/* count_run: the length of the run at a[0..n), n > 0: non-descending, or
 * strictly descending (*descending set); -1 on error. */
static int64_t count_run(mergestate *ms, object **a, int64_t n, int *descending)
{
    *descending = 0;
    if (n == 1)
        return 1;
    int k = sort_lt(ms, a[1], a[0]);
    if (k < 0)
        return -1;
    int64_t len = 2;
    *descending = k;
    for (; len < n; len++) {
        k = sort_lt(ms, a[len], a[len - 1]);
        if (k < 0)
            return -1;
        if (k != *descending)
            break;
    }
    return len;
}

/* gallop_left: where key goes in the sorted a[0..n) before any equal
 * item, searched from a[hint] outwards by doubling steps then bisected;
 * -1 on error.  With `right`, gallop_right: after any equal item. */
static int64_t gallop(mergestate *ms, object *key, object **a, int64_t n, int64_t hint, bool right)
{
    int64_t lastofs = 0, ofs = 1;
    /* right: key < a[hint] goes left; left: a[hint] < key goes right */
    int k = right ? sort_lt(ms, key, a[hint]) : sort_lt(ms, a[hint], key);
    if (k < 0)
        return -1;
    bool go_right = right ? !k : k;
    if (go_right) {                     /* until a[hint + lastofs] < key <= a[hint + ofs] */
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = right ? sort_lt(ms, key, a[hint + ofs]) : sort_lt(ms, a[hint + ofs], key);
            if (k < 0)
                return -1;
            if (right ? k : !k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {                            /* until a[hint - ofs] < key <= a[hint - lastofs] */
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = right ? sort_lt(ms, key, a[hint - ofs]) : sort_lt(ms, a[hint - ofs], key);
            if (k < 0)
                return -1;
            if (right ? !k : k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    for (lastofs++; lastofs < ofs;) {   /* a[lastofs - 1] < key <= a[ofs] */
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        k = right ? sort_lt(ms, key, a[m]) : sort_lt(ms, a[m], key);
        if (k < 0)
            return -1;
        if (right ? k : !k)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

/* merge_getmem: room for need slots in the temp array; the old block is
 * freed before the new one is taken (its contents do not matter). */
static int merge_getmem(mergestate *ms, int64_t need)
{
    if (need <= ms->alloced)
        return 0;
    if (ms->a_addr)
        pymalloc_free(ms->v->pm, ms->a_addr);
    ms->a_addr = pymalloc_malloc(ms->v->pm, 8 * (uint64_t)need * (ms->a.vals ? 2 : 1));
    if (!ms->a_addr) {
        vm_no_memory(ms->v);
        return -1;
    }
    ms->alloced = need;
    return 0;
}

/* merge_lo: merges the na items at ssa with the nb at ssb = ssa + na,
 * na <= nb, a copied to the temp array and merged forwards. */
static int merge_lo(mergestate *ms, sortslice ssa, int64_t na, sortslice ssb, int64_t nb)
{
    if (merge_getmem(ms, na))
        return -1;
    ss_move(&ms->a, 0, &ssa, 0, na);
    sortslice dest = ssa;
    ssa = ms->a;
    int rc = -1;
    ss_copy_incr(&dest, &ssb);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    int64_t min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0; /* times A or B won in a row */
        for (;;) {
            int k = sort_lt(ms, ssb.keys[0], ssa.keys[0]);
            if (k < 0)
                goto fail;
            if (k) {
                ss_copy_incr(&dest, &ssb);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                ss_copy_incr(&dest, &ssa);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {                            /* galloping */
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            int64_t k = gallop(ms, ssb.keys[0], ssa.keys, na, 0, true);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                ss_move(&dest, 0, &ssa, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssa, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                if (na == 0)
                    goto succeed;
            }
            ss_copy_incr(&dest, &ssb);
            if (--nb == 0)
                goto succeed;
            k = gallop(ms, ssa.keys[0], ssb.keys, nb, 0, false);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                ss_move(&dest, 0, &ssb, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            ss_copy_incr(&dest, &ssa);
            if (--na == 1)
                goto copy_b;
        } while (acount >= SORT_MIN_GALLOP || bcount >= SORT_MIN_GALLOP);
        ms->min_gallop = ++min_gallop;  /* penalised for leaving galloping */
    }
succeed:
    rc = 0;
fail:
    if (na)
        ss_move(&dest, 0, &ssa, 0, na);
    return rc;
copy_b:                                 /* a's last item goes after all of b */
    ss_move(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* merge_hi: as merge_lo for na > nb: b copied to the temp array and the
 * runs merged backwards from their ends. */
static int merge_hi(mergestate *ms, sortslice ssa, int64_t na, sortslice ssb, int64_t nb)
{
    if (merge_getmem(ms, nb))
        return -1;
    sortslice dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_move(&ms->a, 0, &ssb, 0, nb);
    sortslice basea = ssa, baseb = ms->a;
    ssb = ms->a;
    ss_advance(&ssb, nb - 1);
    ss_advance(&ssa, na - 1);
    int rc = -1;
    ss_copy_decr(&dest, &ssa);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    int64_t min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            int k = sort_lt(ms, ssb.keys[0], ssa.keys[0]);
            if (k < 0)
                goto fail;
            if (k) {
                ss_copy_decr(&dest, &ssa);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                ss_copy_decr(&dest, &ssb);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            int64_t k = gallop(ms, ssb.keys[0], basea.keys, na, na - 1, true);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssa, -k);
                ss_move(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            ss_copy_decr(&dest, &ssb);
            if (--nb == 1)
                goto copy_a;
            k = gallop(ms, ssa.keys[0], baseb.keys, nb, nb - 1, false);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssb, -k);
                ss_move(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0)
                    goto succeed;
            }
            ss_copy_decr(&dest, &ssa);
            if (--na == 0)
                goto succeed;
        } while (acount >= SORT_MIN_GALLOP || bcount >= SORT_MIN_GALLOP);
        ms->min_gallop = ++min_gallop;
    }
succeed:
    rc = 0;
fail:
    if (nb)
        ss_move(&dest, -(nb - 1), &baseb, 0, nb);
    return rc;
copy_a:                                 /* b's first item goes before all of a */
    ss_move(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* merge_at: merges pending runs i and i + 1 (i is n - 2 or n - 3). */
static int merge_at(mergestate *ms, int i)
{
    sortslice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    ms->n--;
    int64_t k = gallop(ms, ssb.keys[0], ssa.keys, na, 0, true);   /* b's start in a */
    if (k < 0)
        return -1;
    ss_advance(&ssa, k);
    if ((na -= k) == 0)
        return 0;
    nb = gallop(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1, false); /* a's end in b */
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* powerloop: the powersort level of the node between the run of n1 at s1
 * and the next run of n2, in a list of n. */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n)
{
    int result = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2;   /* twice the runs' midpoints */
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static int found_new_run(mergestate *ms, int64_t n2)
{
    if (!ms->n)
        return 0;
    sortrun *p = ms->pending;
    int64_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
    int power = powerloop(s1, p[ms->n - 1].len, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power)
        if (merge_at(ms, ms->n - 2))
            return -1;
    p[ms->n - 1].power = power;
    return 0;
}

static int merge_force_collapse(mergestate *ms)
{
    sortrun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            n--;
        if (merge_at(ms, n))
            return -1;
    }
    return 0;
}

static int64_t merge_compute_minrun(int64_t n)
{
    int64_t r = 0;
    for (; n >= 64; n >>= 1)
        r |= n & 1;
    return n + r;
}

/* The run loop of listsort_impl over lo (n ≥ 2 items); -1 on a failed
 * comparison, the items then some permutation of themselves. */
static int timsort(mergestate *ms, sortslice lo, int64_t n)
{
    int64_t remaining = n, minrun = merge_compute_minrun(n);
    do {
        int descending;
        int64_t run = count_run(ms, lo.keys, remaining, &descending);
        if (run < 0)
            return -1;
        if (descending) {
            ss_reverse(lo.keys, run);
            if (lo.vals)
                ss_reverse(lo.vals, run);
        }
        if (run < minrun) {
            int64_t force = remaining <= minrun ? remaining : minrun;
            if (binarysort(ms, lo, force, run))
                return -1;
            run = force;
        }
        if (found_new_run(ms, run))
            return -1;
        ms->pending[ms->n++] = (sortrun){lo, run, 0};
        ss_advance(&lo, run);
        remaining -= run;
    } while (remaining);
    return merge_force_collapse(ms);
}

/* list_sort_impl keeps the keys of fewer items than this in its merge
 * state's on-stack array (MERGESTATE_TEMP_SIZE / 2), else in a PyMem block
 * of 8 bytes per item, alive from before the first key call until the keys
 * are released. */
#define SORT_STACK_KEYS 128

/* The keys' references go: first to last after a sort, last to first
 * when a key function failed. */
static void drop_keys(vm *v, object **keys, size_t n, int failed)
{
    for (size_t i = 0; i < n; i++)
        obj_decref(v, keys[failed ? n - 1 - i : i]);
}

/* list.sort(*, key=None, reverse=False).  CPython empties the list while it
 * sorts (so the list looks empty to key functions), then puts it back.
 * With reverse, the items (and keys) are reversed before a stable sort
 * and the items alone reversed after it, a failed sort included; the keys
 * are released in the order the sort left them. */
int list_sort(vm *v, object *self, object *key, int reverse)
{
    listobj *l = LIST(self);
    size_t n = l->n;
    object **vals = l->items;
    uint64_t addr = l->items_addr;
    size_t allocated = l->allocated;
    l->items = NULL;
    l->items_addr = 0;
    l->n = l->allocated = 0;
    object **before = NULL;
    if (vm_listening(v) && n > 1) {
        before = hv_malloc(n * sizeof *before);
        memcpy(before, vals, n * sizeof *before);
    }
    object **keys = vals;
    int rc = 0;
    size_t made = 0;
    uint64_t keys_addr = 0;
    if (key) {
        keys = hv_malloc((n ? n : 1) * sizeof *keys);
        if (n >= SORT_STACK_KEYS && !(keys_addr = pymalloc_malloc(v->pm, 8 * (uint64_t)n))) {
            vm_no_memory(v);
            rc = -1;
        }
        for (; made < n && !rc; made++) {
            keys[made] = eval_call(v, key, &vals[made], 1, NULL);
            rc = keys[made] ? 0 : -1;
        }
        if (rc && made)
            made--;
    }
    if (!rc) {                              /* no key function failed */
        mergestate ms = {.v = v, .min_gallop = SORT_MIN_GALLOP, .listlen = (int64_t)n, .basekeys = keys};
        ms.alloced = key ? ((int64_t)n + 1) / 2 : SORT_TEMP_SIZE;
        if (key && ms.alloced > SORT_TEMP_SIZE / 2)
            ms.alloced = SORT_TEMP_SIZE / 2;
        ms.a.keys = hv_malloc((n / 2 + 1) * sizeof *ms.a.keys);
        ms.a.vals = key ? hv_malloc((n / 2 + 1) * sizeof *ms.a.vals) : NULL;
        if (n > 1) {
            if (reverse) {
                if (key)
                    ss_reverse(keys, (int64_t)n);
                ss_reverse(vals, (int64_t)n);
            }
            ms.same = sort_same_type(v, keys, n);
            rc = timsort(&ms, (sortslice){keys, key ? vals : NULL}, (int64_t)n);
        }
        if (key) {
            drop_keys(v, keys, n, 0);
            if (keys_addr)
                pymalloc_free(v->pm, keys_addr);
        }
        if (reverse && n > 1)
            ss_reverse(vals, (int64_t)n);
        if (ms.a_addr)                      /* merge_freemem */
            pymalloc_free(v->pm, ms.a_addr);
        free(ms.a.keys);
        free(ms.a.vals);
    } else if (key) {
        drop_keys(v, keys, made, 1);
        if (keys_addr)
            pymalloc_free(v->pm, keys_addr);
    }
    if (key)
        free(keys);
    if (l->items_addr) {                    /* the key function modified the list */
        list_clear(v, self);
        if (!rc)
            vm_raise(v, T_VALUE, "list modified during sort");
        rc = -1;
    }
    l->items = vals;
    l->items_addr = addr;
    l->n = n;
    l->allocated = allocated;
    if (before)
        list_permuted(v, self, before, n);
    free(before);
    return rc;
}

/* The list that split() fills: PyList_New(min(maxsplit + 1, 12)) whose
 * extra slots stay allocated (FIX_PREALLOC_SIZE only sets the size). */
object *list_split_new(vm *v, int64_t maxsplit)
{
    int64_t pre = maxsplit >= 12 ? 12 : maxsplit + 1;
    object *l = list_new(v, (size_t)pre);
    if (l)
        LIST(l)->n = 0;
    return l;
}

/* SPLIT_ADD: a preallocated slot while there is one, then PyList_Append.
 * Steals item; -1 on error (item released). */
int list_split_push(vm *v, object *l, object *item)
{
    if (!item)
        return -1;
    listobj *lo = LIST(l);
    if (lo->n < lo->allocated) {
        obj_give(v, item, l->addr, lo->n);
        lo->items[lo->n++] = item;
        return 0;
    }
    int rc = list_append(v, l, item);
    obj_decref(v, item);
    return rc;
}

static const char *const sort_names[] = {"key", "reverse"};
static const argspec sort_spec = {sort_names, 2, 0, 0, 0, 0};

int list_sort_parser_init(vm *v)
{
    return args_parser_init(v, &list_methods[10], &sort_spec);
}

static object *m_sort(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    object *a[2];
    if (args_unpack(v, &list_methods[10], args, nargs, kw, &sort_spec, a))
        return NULL;
    object *key = a[0] == v->none ? NULL : a[0];
    int64_t reverse = 0;
    /* reverse= as Argument Clinic converts it (bool(accept={int})): _PyLong_AsInt,
     * an int or an object with __index__, not any object's truth */
    if (a[1] && obj_index_c(v, a[1], &reverse, INT_MIN, INT_MAX, "int"))
        return NULL;
    return list_sort(v, self, key, reverse != 0) ? NULL : obj_incref(v, v->none);
}

static const method_def list_methods[] = {
    {"append", m_append, METH_O, "list.append"},
    {"extend", m_extend, METH_O, "list.extend"},
    {"insert", m_insert, METH_CLINIC, "list.insert"},
    {"pop", m_pop, METH_CLINIC, "list.pop"},
    {"remove", m_remove, METH_O, "list.remove"},
    {"index", m_index, METH_CLINIC, "list.index"},
    {"count", m_count, METH_O, "list.count"},
    {"clear", m_clear, METH_NOARGS, "list.clear"},
    {"copy", m_copy, METH_NOARGS, "list.copy"},
    {"reverse", m_reverse, METH_NOARGS, "list.reverse"},
    {"sort", m_sort, METH_CLINIC_KW, "list.sort"},
    {"__sizeof__", class_sizeof, METH_NOARGS, "list.__sizeof__"},   /* last: the rows above are indexed */
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "list.__new__"},
    {NULL, NULL, 0, NULL},
};

/* ---- iterators ----------------------------------------------------------------
 * list_iterator, tuple_iterator and list_reverseiterator: GC, 32 + 16 → a
 * 48-byte block, tracked; the sequence is released when the iterator is
 * exhausted (so refcounts show it), as CPython's iterators do. */

/* PySeqIter (an "iterator"): seq[0], seq[1], … until IndexError or
 * StopIteration, for an object with __getitem__ and no __iter__. */
static object *seqiter_next(vm *v, object *it)
{
    seqiterobj *r = SEQITER(it);
    object *seq = r->seq;
    if (!seq)
        return NULL;
    object *key = int_from_i64(v, r->index);
    object *item = key ? obj_getitem(v, seq, key) : NULL;
    obj_xdecref(v, key);
    if (item) {
        r->index++;
        return item;
    }
    if (!vm_exc_matches(v, T_INDEX) && !vm_exc_matches(v, T_STOP_ITERATION))
        return NULL;
    vm_exc_clear(v);
    r->seq = NULL;
    obj_release(v, seq, it->addr, 0);
    return NULL;
}

const type tmpl_seqiter = {
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .iter = iter_self,
    .iternext = seqiter_next, .host_size = sizeof(seqiterobj),
};

object *seqiter_new(vm *v, enum builtin_type t, object *seq, int64_t start)
{
    object *o = obj_new(v, v->types[t], 0);
    if (!o)
        return NULL;
    SEQITER(o)->index = start;
    SEQITER(o)->seq = obj_hold(v, seq, o->addr, 0);
    obj_track(v, o);
    return o;
}

void seqiter_drop(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    SEQITER(it)->seq = NULL;
    if (seq)
        obj_release(v, seq, it->addr, 0);
}

void seqiter_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    seqiter_drop(v, o);
    obj_free(v, o);
}

int seqiter_traverse(object *o, visitproc visit, void *arg)
{
    return SEQITER(o)->seq ? visit(SEQITER(o)->seq, arg) : 0;
}

static object *listiter_next(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    if (!seq)
        return NULL;
    if (SEQITER(it)->index < (int64_t)LIST(seq)->n)
        return obj_incref(v, LIST(seq)->items[SEQITER(it)->index++]);
    seqiter_drop(v, it);
    return NULL;
}

static object *listreviter_next(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    if (!seq)
        return NULL;
    int64_t i = SEQITER(it)->index;
    if (i >= 0 && i < (int64_t)LIST(seq)->n) {
        SEQITER(it)->index--;
        return obj_incref(v, LIST(seq)->items[i]);
    }
    SEQITER(it)->index = -1;
    seqiter_drop(v, it);
    return NULL;
}

object *iter_self(vm *v, object *o)
{
    return obj_incref(v, o);
}

int64_t seqiter_left(const object *it, size_t n)
{
    int64_t left = SEQITER(it)->seq ? (int64_t)n - SEQITER(it)->index : 0;
    return left > 0 ? left : 0;
}

static int64_t listiter_hint(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    return seqiter_left(it, seq ? LIST(seq)->n : 0);
}

const type tmpl_list_iter = {
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .iter = iter_self,
    .iternext = listiter_next, .length_hint = listiter_hint, .host_size = sizeof(seqiterobj),
};

/* listreviter_len: index + 1, or 0 once the list shrank below it. */
static int64_t listreviter_hint(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    int64_t n = SEQITER(it)->index + 1;
    return seq && (int64_t)LIST(seq)->n >= n ? n : 0;
}

const type tmpl_list_reviter = {
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .iter = iter_self,
    .iternext = listreviter_next, .length_hint = listreviter_hint, .host_size = sizeof(seqiterobj),
};

static object *list_iter(vm *v, object *o)
{
    return seqiter_new(v, T_LIST_ITER, o, 0);
}

const type tmpl_list = {
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .binary = {[NB_ADD] = list_concat, [NB_MULTIPLY] = list_repeat},
    .inplace = {[NB_ADD] = list_inplace_concat, [NB_MULTIPLY] = list_inplace_repeat},
    .length = list_length,
    .truth = list_truth,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .size_of = list_sizeof,
    .methods = list_methods,
    .host_size = sizeof(listobj),
};
