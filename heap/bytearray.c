/*
 * bytearray.c — bytearray objects (CPython 3.11's Objects/bytearrayobject.c);
 * their iterator runs as bytes_iterator does, and the methods bytearray
 * shares with bytes (bytes_methods.c, stringlib) are bytes.c's.
 *
 * A bytearray is two blocks: the object, 56 bytes and not a GC type (it
 * holds no references), and its buffer, PyObject_Malloc'd apart (pymalloc
 * up to 512 bytes, the raw allocator past that), which the object owns in
 * the role OWN_BUFFER:
 *
 *   object  [refcnt][type][ob_size][ob_alloc][ob_bytes][ob_start][ob_exports]
 *   buffer  [ … ob_start … | data: ob_size bytes | \0 | spare ]  ob_alloc bytes
 *
 * Invariants (as CPython 3.11; bytearray_check asserts 1 and 2):
 *   1. sys.getsizeof is 56 + ob_alloc (a subclass's instance: its type's
 *      basicsize and pre-header + ob_alloc); ob_alloc == 0 exactly when there is
 *      no buffer (bytearray(), a result of length 0 made by
 *      PyByteArray_FromStringAndSize); a bytearray resized to 0 keeps a
 *      1-byte buffer.
 *   2. start + n + 1 <= alloc whenever there is a buffer: the data and its
 *      trailing NUL fit after the logical start.
 *   3. Every size change goes through ba_resize (PyByteArray_Resize):
 *      within the buffer a shrink to at least half of it only moves the
 *      size; a shrink below half reallocates to size + 1; growth past the
 *      buffer over-allocates by size/8 + 3 (size < 9) or + 6 while the new
 *      size is at most 1.125 × the old allocation, else allocates size + 1.
 *      With a logical start past 0 the new buffer is a new block (malloc,
 *      copy, free), else PyObject_Realloc, which pymalloc may do in place.
 *   4. Deleting from the front (`del b[:k]`, b[0:k] = shorter) moves the
 *      logical start instead of the bytes (bytearray_setslice_linear).
 *   5. Results of slicing, +, *, copy() and the shared bytes methods are
 *      new bytearrays of exactly their size + 1 (no identity shortcuts:
 *      the type is mutable).
 */
#include "types.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "bytesmeth.h"
#include "class.h"
#include "eval.h"
#include "hv.h"
#include "memview.h"
#include "pymalloc.h"
#include "slice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BA_BASICSIZE 56     /* sizeof(PyByteArrayObject) */

/* ---- the buffer ---------------------------------------------------------------- */

static uint64_t ba_sizeof(vm *v, object *o)
{
    (void)v;
    return o->type->basicsize + BYTEARRAY(o)->alloc;    /* a subclass's tp_basicsize */
}

/* The buffer's new allocation for a resize to size (invariant 3), or 0
 * when the bytes only need their size moved. */
static size_t ba_new_alloc(const bytearrayobj *b, size_t size)
{
    size_t alloc = b->alloc;
    if (size + b->start + 1 <= alloc)
        return size < alloc / 2 ? size + 1 : 0;
    if (8 * size <= 9 * alloc)              /* size <= alloc * 1.125 */
        return size + (size >> 3) + (size < 9 ? 3 : 6);
    return size + 1;
}

/* A new block for the buffer while the old one has a logical start: the
 * malloc, the copy of what is kept, the old block's free (in that order).
 * 0, or -1 with MemoryError (nothing changed). */
static int ba_rebase(vm *v, object *o, size_t alloc, size_t keep)
{
    bytearrayobj *b = BYTEARRAY(o);
    uint64_t addr = pymalloc_malloc(v->pm, alloc);
    if (!addr)
        return vm_no_memory(v), -1;
    unsigned char *bytes = hv_calloc(alloc, 1);
    memcpy(bytes, b->bytes + b->start, keep);
    obj_block_free(v, o, OWN_BUFFER, b->buf_addr);
    obj_block_event(v, addr, o->addr, OWN_BUFFER, 0, OWN_NONE);
    free(b->bytes);
    b->bytes = bytes;
    b->buf_addr = addr;
    b->start = 0;
    return 0;
}

/* _canresize: 0, or -1 with the BufferError of a bytearray whose buffer
 * is exported (a memoryview's managed buffer holds it). */
static int ba_can_resize(vm *v, object *o)
{
    if (!BYTEARRAY(o)->exports)
        return 0;
    vm_raise(v, T_BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
    return -1;
}

/* PyByteArray_Resize(o, size) (invariant 3): 0, or -1 with MemoryError
 * or _canresize's BufferError (o unchanged). */
static int ba_resize(vm *v, object *o, size_t size);

int bytearray_resize(vm *v, object *o, size_t n)
{
    return ba_resize(v, o, n);
}

static int ba_resize(vm *v, object *o, size_t size)
{
    bytearrayobj *b = BYTEARRAY(o);
    if (size == b->n)
        return 0;
    if (ba_can_resize(v, o))
        return -1;
    size_t alloc = ba_new_alloc(b, size);
    if (!alloc) {                           /* a minor downsize */
        b->n = size;
        b->bytes[b->start + size] = 0;
        return 0;
    }
    uint32_t before = obj_event_size(v, o);
    if (b->start) {
        if (ba_rebase(v, o, alloc, size < b->n ? size : b->n))
            return -1;
    } else {
        uint64_t addr = obj_block_realloc(v, o, OWN_BUFFER, b->buf_addr, alloc);
        if (!addr)
            return vm_no_memory(v), -1;
        b->buf_addr = addr;
        b->bytes = hv_realloc(b->bytes, alloc);
        if (alloc > b->alloc)
            memset(b->bytes + b->alloc, 0, alloc - b->alloc);
    }
    b->alloc = alloc;
    b->n = size;
    b->bytes[size] = 0;
    obj_resize_event(v, o, before);
    return 0;
}

int bytearray_check(vm *v, object *o, buf *why)
{
    const bytearrayobj *b = BYTEARRAY(o);
    pymalloc_block blk;
    if ((b->alloc == 0) != (b->buf_addr == 0) || (b->alloc == 0) != (b->bytes == NULL)) {
        buf_printf(why, "bytearray %#llx: ob_alloc %zu with a buffer at %#llx (invariant 1)",
                   (unsigned long long)o->addr, b->alloc, (unsigned long long)b->buf_addr);
        return -1;
    }
    if (b->alloc && b->start + b->n + 1 > b->alloc) {
        buf_printf(why, "bytearray %#llx: start %zu + size %zu + NUL past ob_alloc %zu (invariant 2)",
                   (unsigned long long)o->addr, b->start, b->n, b->alloc);
        return -1;
    }
    if (b->alloc && (pymalloc_block_info(v->pm, b->buf_addr, &blk) != 0 || blk.nbytes != b->alloc ||
                     (blk.state != BLOCK_USED && blk.state != BLOCK_RAW) || b->bytes[b->start + b->n])) {
        buf_printf(why, "bytearray %#llx: its buffer %#llx is no live block of %zu bytes ending in NUL",
                   (unsigned long long)o->addr, (unsigned long long)b->buf_addr, b->alloc);
        return -1;
    }
    if (obj_event_size(v, o) != o->type->basicsize + type_preheader(o->type) + b->alloc) {   /* a subclass's 64 + 32 */
        buf_printf(why, "bytearray %#llx: getsizeof is not 56 + ob_alloc (invariant 1)", (unsigned long long)o->addr);
        return -1;
    }
    return 0;
}

/* ---- making bytearrays ------------------------------------------------------------ */

object *bytearray_new(vm *v, const void *p, size_t n)
{
    object *o = obj_new_unzeroed(v, v->types[T_BYTEARRAY], BA_BASICSIZE, 0);
    if (!o)
        return NULL;
    bytearrayobj *b = BYTEARRAY(o);
    b->n = b->alloc = b->start = 0;
    b->buf_addr = 0;
    b->bytes = NULL;
    b->exports = 0;
    if (n) {                                /* PyObject_Malloc(n + 1), after the object */
        b->buf_addr = pymalloc_malloc(v->pm, n + 1);
        if (!b->buf_addr) {
            obj_announce(v, o);
            obj_decref(v, o);
            return vm_no_memory(v);
        }
        b->bytes = hv_calloc(n + 1, 1);
        if (p)
            memcpy(b->bytes, p, n);
        b->alloc = n + 1;
        b->n = n;
    }
    obj_announce(v, o);                     /* getsizeof counts the buffer */
    obj_block_event(v, b->buf_addr, o->addr, OWN_BUFFER, 0, OWN_NONE);
    return o;
}

static void ba_dealloc(vm *v, object *o)
{
    bytearrayobj *b = BYTEARRAY(o);
    if (b->buf_addr)                        /* the buffer goes first */
        obj_block_free(v, o, OWN_BUFFER, b->buf_addr);
    free(b->bytes);
    b->bytes = NULL;
    obj_free(v, o);
}

/* _getbytevalue: the byte an int stands for, or -1 with CPython's error. */
static int ba_byte(vm *v, object *x)
{
    return bytes_byte_value(v, x, "byte must be in range(0, 256)");
}

/* Appends one byte as bytearray_init's iterator loop does: within the
 * buffer while there is room past the NUL, else through a resize. */
static int ba_push(vm *v, object *o, int c)
{
    bytearrayobj *b = BYTEARRAY(o);
    if (b->n + 1 < b->alloc)
        b->n++;
    else if (ba_resize(v, o, b->n + 1))
        return -1;
    bytearray_data(o)[b->n - 1] = (unsigned char)c;
    return 0;
}

/* PyObject_GetIter(src), a TypeError of it replaced by the caller's
 * (fmt names src's type), as bytearray_init and extend word it. */
static object *ba_getiter(vm *v, object *src, const char *fmt)
{
    object *it = obj_getiter(v, src);
    if (!it && vm_exc_matches(v, T_TYPE_ERROR)) {
        vm_exc_clear(v);
        vm_raise_format(v, T_TYPE_ERROR, fmt, src->type->name);
    }
    return it;
}

/* bytearray_init's iterator path: each item's byte appended. */
static int ba_fill_iter(vm *v, object *o, object *src)
{
    object *it = ba_getiter(v, src, "cannot convert '%.200s' object to bytearray");
    if (!it)
        return -1;
    object *x;
    while ((x = obj_iternext(v, it))) {
        int c = ba_byte(v, x);
        obj_decref(v, x);
        if (c < 0 || ba_push(v, o, c))
            break;
    }
    obj_decref(v, it);
    return v->exc ? -1 : 0;
}

/* bytearray_init's fast path for an exact list or tuple: resized to its
 * length, then filled; an item that is no exact int sends it back to 0
 * and through the iterator.  0, 1 (take the iterator path), or -1. */
static int ba_fill_seq(vm *v, object *o, object *src)
{
    int is_list = obj_is(v, src, T_LIST);
    size_t n = is_list ? LIST(src)->n : TUPLE(src)->n;
    object *const *items = is_list ? LIST(src)->items : TUPLE(src)->items;
    if (ba_resize(v, o, n))
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!obj_is(v, items[i], T_INT))
            return ba_resize(v, o, 0) ? -1 : 1;
        int c = ba_byte(v, items[i]);
        if (c < 0)
            return -1;
        bytearray_data(o)[i] = (unsigned char)c;
    }
    return 0;
}

/* bytearray_init past its argument checks: a str's encoding, a count of
 * zeros, a bytes-like object's bytes, then an iterable's ints. */
static int ba_init_from(vm *v, object *o, object *src, object *encoding, object *errors)
{
    const unsigned char *p;
    size_t n;
    if (obj_is(v, src, T_STR)) {
        if (!encoding) {
            vm_raise(v, T_TYPE_ERROR, "string argument without an encoding");
            return -1;
        }
        object *enc = str_encode(v, src, encoding, errors);
        int rc = !enc || ba_resize(v, o, BYTES(enc)->n) ? -1 : 0;     /* bytearray_iconcat */
        if (!rc)
            memcpy(bytearray_data(o), BYTES(enc)->data, BYTES(enc)->n);
        obj_xdecref(v, enc);
        return rc;
    }
    if (encoding || errors) {
        vm_raise(v, T_TYPE_ERROR, encoding ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    object *ix = obj_index_of_class(v, src);   /* a class's __index__ gives the count */
    if (ix || v->exc) {
        int rc = ix ? ba_init_from(v, o, ix, NULL, NULL) : -1;
        obj_xdecref(v, ix);
        return rc;
    }
    if (type_is_subtype(src->type, v->types[T_INT])) {
        int64_t count;
        if (!int_as_i64(src, &count)) {
            vm_raise(v, T_OVERFLOW, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        if (count < 0) {
            vm_raise(v, T_VALUE, "negative count");
            return -1;
        }
        return ba_resize(v, o, (size_t)count);          /* zeros: the buffer is zeroed */
    }
    if (bytes_view(v, src, &p, &n)) {
        if (ba_resize(v, o, n))
            return -1;
        memcpy(bytearray_data(o), p, n);
        return 0;
    }
    if (obj_is(v, src, T_MEMORYVIEW)) {     /* PyBUF_FULL_RO, the resize, PyBuffer_ToContiguous */
        if (memview_buffer_len(v, src, &n) || ba_resize(v, o, n))
            return -1;
        return memview_copy_to(v, src, bytearray_data(o));
    }
    if (obj_is(v, src, T_LIST) || obj_is(v, src, T_TUPLE)) {
        int rc = ba_fill_seq(v, o, src);
        if (rc <= 0)
            return rc;
    }
    return ba_fill_iter(v, o, src);
}

int bytearray_init(vm *v, object *o, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    static const method_def def = {"bytearray", NULL, METH_CLINIC_KW, "bytearray"};
    static const argspec spec = {names, 3, 0, 0, 3, 0};
    object *a[3];
    if (args_unpack(v, &def, args, nargs, kw, &spec, a) || str_cstring_args(v, "bytearray", names, a, 1, 3))
        return -1;
    if (BYTEARRAY(o)->n && ba_resize(v, o, 0))  /* __init__ again: emptied first */
        return -1;
    if (!a[0]) {
        if (a[1] || a[2]) {
            vm_raise(v, T_TYPE_ERROR, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    return ba_init_from(v, o, a[0], a[1], a[2]);
}

/* bytearray(source=, encoding=, errors=): PyType_GenericAlloc's empty
 * bytearray (tp_new takes no arguments), then bytearray_init. */
static object *ba_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    (void)t;
    object *o = bytearray_new(v, NULL, 0);
    if (o && bytearray_init(v, o, args, nargs, kw)) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

/* ---- the object's slots ---------------------------------------------------------- */

/* bytearray_repr: "bytearray(b'…')" written into a PyObject_Malloc'd
 * buffer of 6 + len("bytearray") + 4 × size bytes, decoded into the str,
 * then freed. */
static object *ba_repr(vm *v, object *o)
{
    bytearrayobj *b = BYTEARRAY(o);
    uint64_t tmp = pymalloc_malloc(v->pm, 6 + strlen(o->type->name) + 4 * (uint64_t)b->n);
    if (!tmp)
        return vm_no_memory(v);
    buf text = BUF_INIT;
    buf_printf(&text, "%s(", o->type->name);
    bytes_repr_data(bytearray_data(o), b->n, 1, &text);
    buf_addc(&text, ')');
    object *r = str_from_utf8(v, buf_str(&text), text.len);
    buf_free(&text);
    pymalloc_free(v->pm, tmp);
    return r;
}

static int64_t ba_length(vm *v, object *o)
{
    (void)v;
    return (int64_t)BYTEARRAY(o)->n;
}

static int ba_truth(vm *v, object *o)
{
    (void)v;
    return BYTEARRAY(o)->n != 0;
}

/* bytearray_richcompare: any two bytes-like objects (PyBUF_SIMPLE: a
 * view that is not contiguous answers NotImplemented), by memcmp then
 * length (lengths that differ answer == and != at once). */
static object *ba_richcompare(vm *v, object *a, object *b, int op)
{
    const unsigned char *pa, *pb;
    size_t na, nb;
    if (!bytes_like(v, a, &pa, &na) || !bytes_like(v, b, &pb, &nb))
        return obj_incref(v, v->notimpl);
    if (na != nb && (op == CMP_EQ || op == CMP_NE))
        return obj_bool(v, op == CMP_NE);
    int c = memcmp(pa, pb, na < nb ? na : nb);
    if (c == 0)
        c = (na > nb) - (na < nb);
    return obj_bool(v, cmp_holds(c, op));
}

static int ba_contains(vm *v, object *o, object *x)
{
    return bytes_contains_in(v, o, x);
}

/* bytearray_subscript: an int (IndexError past the ends), or a slice: a
 * new bytearray of its bytes. */
static object *ba_getitem(vm *v, object *o, object *key)
{
    bytearrayobj *b = BYTEARRAY(o);
    if (obj_is(v, key, T_SLICE)) {
        int64_t start, stop, step;
        if (slice_unpack(v, key, &start, &stop, &step))
            return NULL;
        int64_t n = slice_adjust((int64_t)b->n, &start, &stop, step);
        if (n <= 0)
            return bytearray_new(v, NULL, 0);
        if (step == 1)
            return bytearray_new(v, bytearray_data(o) + start, (size_t)n);
        object *r = bytearray_new(v, NULL, (size_t)n);
        for (int64_t i = 0, k = start; r && i < n; i++, k += step)
            bytearray_data(r)[i] = bytearray_data(o)[k];
        return r;
    }
    int64_t i;
    if (seq_index(v, key, (int64_t)b->n, &i, "bytearray"))
        return NULL;
    if (i < 0 || i >= (int64_t)b->n)
        return vm_raise(v, T_INDEX, "bytearray index out of range");
    return obj_incref(v, int_small(v, bytearray_data(o)[i]));
}

/* bytearray_setslice_linear: [lo, hi) replaced by n bytes from p (p may
 * point into o's own buffer only through a copy).  Shrinking from the
 * front moves the logical start (invariant 4). */
static int ba_setslice_linear(vm *v, object *o, size_t lo, size_t hi, const unsigned char *p, size_t n)
{
    bytearrayobj *b = BYTEARRAY(o);
    size_t size = b->n;
    if (n < hi - lo) {
        size_t cut = hi - lo - n;
        if (ba_can_resize(v, o))            /* before anything moves */
            return -1;
        if (lo == 0)
            b->start += cut;
        else
            memmove(bytearray_data(o) + lo + n, bytearray_data(o) + hi, size - hi);
        if (ba_resize(v, o, size - cut)) {
            if (lo == 0)
                b->start -= cut;
            else
                b->n = size - cut;
            return -1;
        }
    } else if (n > hi - lo) {
        if (ba_resize(v, o, size + n - (hi - lo)))
            return -1;
        memmove(bytearray_data(o) + lo + n, bytearray_data(o) + hi, size - hi);
    }
    if (n)
        memcpy(bytearray_data(o) + lo, p, n);
    return 0;
}

/* An extended slice's deletion: the kept bytes closed up, then one resize. */
static int ba_del_extended(vm *v, object *o, int64_t start, int64_t step, int64_t count)
{
    if (ba_can_resize(v, o))                /* first, an empty slice too (_canresize) */
        return -1;
    if (count <= 0)
        return 0;
    if (step < 0) {                         /* the same bytes, walked forwards */
        start += step * (count - 1);
        step = -step;
    }
    unsigned char *d = bytearray_data(o);
    size_t n = BYTEARRAY(o)->n, to = (size_t)start;
    for (size_t from = (size_t)start, k = 0; from < n; from++) {
        if (k < (size_t)count && from == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        d[to++] = d[from];
    }
    return ba_resize(v, o, n - (size_t)count);
}

/* The bytes a slice assignment takes from value: a bytearray's own (self
 * through a copy), anything else made a bytearray first
 * (PyByteArray_FromObject), whose reference *tmp then holds.  0, or -1. */
static int ba_assigned(vm *v, object *o, object *value, object **tmp)
{
    *tmp = NULL;
    if (value != o && obj_is_bytearray(v, value))
        return 0;
    if (type_is_subtype(value->type, v->types[T_INT]) || obj_is(v, value, T_FLOAT) ||
        obj_is(v, value, T_COMPLEX) || obj_is(v, value, T_STR) || class_is_number(v, value)) {
        vm_raise(v, T_TYPE_ERROR, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    object *args[1] = {value};
    *tmp = eval_call(v, &v->types[T_BYTEARRAY]->ob, args, 1, NULL);  /* PyByteArray_FromObject */
    return *tmp ? 0 : -1;
}

/* The slice key's bounds over o as it is now (PySlice_Unpack, then
 * PySlice_AdjustIndices): 0 with the count, or -1. */
static int ba_slice_of(vm *v, object *o, object *key, int64_t *start, int64_t *stop, int64_t *step, int64_t *count)
{
    if (slice_unpack(v, key, start, stop, step))
        return -1;
    *count = slice_adjust((int64_t)BYTEARRAY(o)->n, start, stop, *step);
    return 0;
}

/* bytearray_ass_subscript over a slice (value NULL: deletion): the bounds
 * read, then a value that is no bytearray copied into one and the bounds
 * read again (its recursion: the copy may have run code that resized o). */
static int ba_setslice(vm *v, object *o, object *key, object *value)
{
    int64_t start, stop, step, count;
    object *tmp = NULL;
    if (ba_slice_of(v, o, key, &start, &stop, &step, &count))
        return -1;
    if (value && ba_assigned(v, o, value, &tmp))
        return -1;
    if (tmp && ba_slice_of(v, o, key, &start, &stop, &step, &count)) {
        obj_decref(v, tmp);
        return -1;
    }
    object *src = tmp ? tmp : value;
    const unsigned char *p = src ? bytearray_data(src) : NULL;
    size_t n = src ? BYTEARRAY(src)->n : 0;
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    int rc = 0;
    if (step == 1)
        rc = ba_setslice_linear(v, o, (size_t)start, (size_t)stop, p, n);
    else if (n == 0)
        rc = ba_del_extended(v, o, start, step, count);
    else if ((int64_t)n != count)
        vm_raise_format(v, T_VALUE, "attempt to assign bytes of size %zd to extended slice of size %zd", n,
                        (size_t)count), rc = -1;
    else
        for (int64_t i = 0, k = start; i < count; i++, k += step)
            bytearray_data(o)[k] = p[i];
    obj_xdecref(v, tmp);
    return rc;
}

static int ba_setitem(vm *v, object *o, object *key, object *value)
{
    if (obj_is(v, key, T_SLICE))
        return ba_setslice(v, o, key, value);
    int64_t i;
    if (seq_index(v, key, (int64_t)BYTEARRAY(o)->n, &i, "bytearray"))
        return -1;
    int c = value ? ba_byte(v, value) : 0;  /* the value first (GH-91153) */
    if (c < 0)
        return -1;
    if (i < 0 || i >= (int64_t)BYTEARRAY(o)->n) {
        vm_raise(v, T_INDEX, "bytearray index out of range");
        return -1;
    }
    if (!value)
        return ba_setslice_linear(v, o, (size_t)i, (size_t)i + 1, NULL, 0);
    bytearray_data(o)[i] = (unsigned char)c;
    return 0;
}

/* PyByteArray_Concat (bytearray + x): a new bytearray of both; a non
 * bytes-like x is "can't concat". */
static object *ba_concat(vm *v, object *a, object *b)
{
    const unsigned char *pa, *pb;
    size_t na, nb;
    if (!obj_is_bytearray(v, a))
        return obj_incref(v, v->notimpl);
    if (!bytes_like(v, b, &pb, &nb))
        return vm_raise_format(v, T_TYPE_ERROR, "can't concat %.100s to %.100s", b->type->name, a->type->name);
    bytes_view(v, a, &pa, &na);
    object *r = bytearray_new(v, NULL, na + nb);
    if (r && na + nb) {
        memcpy(bytearray_data(r), pa, na);
        memcpy(bytearray_data(r) + na, pb, nb);
    }
    return r;
}

/* bytearray_iconcat (+=): b's buffer taken (a bytearray's an export for
 * the while: b += b cannot resize), a resized in place, then the bytes
 * copied. */
static object *ba_iconcat(vm *v, object *a, object *b)
{
    const unsigned char *pb;
    size_t nb, n = BYTEARRAY(a)->n;
    if (!bytes_like(v, b, &pb, &nb))
        return vm_raise_format(v, T_TYPE_ERROR, "can't concat %.100s to %.100s", b->type->name, a->type->name);
    int exported = obj_is_bytearray(v, b);
    if (exported)
        BYTEARRAY(b)->exports++;
    int rc = ba_resize(v, a, n + nb);
    if (exported)
        BYTEARRAY(b)->exports--;
    if (rc)
        return NULL;
    memcpy(bytearray_data(a) + n, pb, nb);  /* b's bytes did not move: a resize of b was refused */
    return obj_incref(v, a);
}

/* The repeat count of a bytearray * n (either side): bytes_repeat_count,
 * then PyObject_Malloc's limit.  0, 1 (NotImplemented), or -1. */
static int ba_count_of(vm *v, object *self, object *other, int64_t *n)
{
    int rc = bytes_repeat_count(v, self, other, n);
    if (rc == 0 && *n > 0 && BYTEARRAY(self)->n > ((uint64_t)1 << 32) / (uint64_t)*n) {
        vm_no_memory(v);                    /* PyObject_Malloc refuses */
        return -1;
    }
    return rc;
}

/* bytearray_repeat: a new bytearray of n copies. */
static object *ba_repeat(vm *v, object *a, object *b)
{
    object *self = obj_is_bytearray(v, a) ? a : b, *other = self == a ? b : a;
    int64_t n;
    int rc = ba_count_of(v, self, other, &n);
    if (rc)
        return rc > 0 ? obj_incref(v, v->notimpl) : NULL;
    size_t len = BYTEARRAY(self)->n;
    object *r = bytearray_new(v, NULL, len * (size_t)n);
    for (int64_t k = 0; r && k < n; k++)
        memcpy(bytearray_data(r) + (size_t)k * len, bytearray_data(self), len);
    return r;
}

/* bytearray_irepeat (*=): itself for 1, else resized in place and filled. */
static object *ba_irepeat(vm *v, object *a, object *b)
{
    int64_t n;
    if (!obj_is_bytearray(v, a))
        return obj_incref(v, v->notimpl);
    int rc = ba_count_of(v, a, b, &n);
    if (rc)
        return rc > 0 ? obj_incref(v, v->notimpl) : NULL;
    size_t len = BYTEARRAY(a)->n;
    if (n != 1 && ba_resize(v, a, len * (size_t)n))
        return NULL;
    for (int64_t k = 1; k < n; k++)
        memcpy(bytearray_data(a) + (size_t)k * len, bytearray_data(a), len);
    return obj_incref(v, a);
}

/* ---- iterator: bytearray_iterator, GC, 32 + 16 → 48 ------------------------------
 * bytes_iterator's behaviour (bytes.c reads either through a view): the
 * bytes as they are at each next(), appended ones included. */

static object *ba_iter(vm *v, object *o)
{
    return seqiter_new(v, T_BYTEARRAY_ITER, o, 0);
}

/* ---- methods -------------------------------------------------------------------- */

static const method_def ba_methods[];

enum {
    BA_APPEND, BA_EXTEND, BA_INSERT, BA_POP, BA_REMOVE, BA_REVERSE, BA_CLEAR, BA_COPY, BA_ALLOC, BA_TRANSLATE,
    BA_SIZEOF, BA_NEW, BA_SHARED,      /* its own rows above, then bytesmeth.h's from BA_SHARED */
};

static object *ba_none_or_null(vm *v, int rc)
{
    return rc ? NULL : obj_incref(v, v->none);
}

/* append(item): one more byte through a resize. */
static object *m_append(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &ba_methods[BA_APPEND], nargs, kw, 1))
        return NULL;
    int c = ba_byte(v, args[0]);
    size_t n = BYTEARRAY(self)->n;
    if (c < 0 || ba_resize(v, self, n + 1))
        return NULL;
    bytearray_data(self)[n] = (unsigned char)c;
    return obj_incref(v, v->none);
}

/* extend's iterator path: the ints gathered into a scratch bytearray sized
 * by the length hint (32 without one), grown by half plus one as it fills,
 * cut to its length, then appended as a slice. */
static int ba_extend_iter(vm *v, object *self, object *src)
{
    object *it = ba_getiter(v, src, "can't extend bytearray with %.100s");
    if (!it)
        return -1;
    int64_t hint = obj_length_hint(v, src, 32);
    object *tmp = hint < 0 ? NULL : bytearray_new(v, NULL, (size_t)hint);
    size_t len = 0, size = hint < 0 ? 0 : (size_t)hint;
    object *x;
    while (tmp && (x = obj_iternext(v, it))) {
        int c = ba_byte(v, x);
        obj_decref(v, x);
        if (c < 0)
            break;
        bytearray_data(tmp)[len++] = (unsigned char)c;
        if (len >= size && ba_resize(v, tmp, size = len + (len >> 1) + 1))
            break;
    }
    obj_decref(v, it);
    int rc = !tmp || v->exc || ba_resize(v, tmp, len) ? -1 : 0;
    if (!rc)
        rc = ba_setslice_linear(v, self, BYTEARRAY(self)->n, BYTEARRAY(self)->n, bytearray_data(tmp), len);
    obj_xdecref(v, tmp);
    return rc;
}

/* extend(iterable_of_ints): a bytes-like object as a slice assignment at
 * the end, anything else through ba_extend_iter. */
static object *m_extend(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &ba_methods[BA_EXTEND], nargs, kw, 1))
        return NULL;
    size_t n = BYTEARRAY(self)->n;
    const unsigned char *p;
    size_t np;
    if (args[0] == self) {                  /* bytearray_setslice: itself through a copy */
        object *copy = bytearray_new(v, bytearray_data(self), n);
        int rc = copy ? ba_setslice_linear(v, self, n, n, bytearray_data(copy), n) : -1;
        obj_xdecref(v, copy);
        return ba_none_or_null(v, rc);
    }
    if (bytes_like(v, args[0], &p, &np))   /* bytearray_setslice's PyBUF_SIMPLE view */
        return ba_none_or_null(v, ba_setslice_linear(v, self, n, n, p, np));
    if (obj_is(v, args[0], T_MEMORYVIEW))   /* a buffer, but not a simple one */
        return vm_raise_format(v, T_TYPE_ERROR, "can't set bytearray slice from %.100s", args[0]->type->name);
    return ba_none_or_null(v, ba_extend_iter(v, self, args[0]));
}

/* insert(index, item): resized first, then the tail moved up one. */
static object *m_insert(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &ba_methods[BA_INSERT], nargs, kw, 2, 2))
        return NULL;
    int64_t at;
    if (obj_index_c(v, args[0], &at, INT64_MIN, INT64_MAX, "ssize_t"))
        return NULL;
    int c = ba_byte(v, args[1]);
    int64_t n = (int64_t)BYTEARRAY(self)->n;
    if (c < 0 || ba_resize(v, self, (size_t)n + 1))
        return NULL;
    if (at < 0 && (at += n) < 0)
        at = 0;
    if (at > n)
        at = n;
    unsigned char *d = bytearray_data(self);
    memmove(d + at + 1, d + at, (size_t)(n - at));
    d[at] = (unsigned char)c;
    return obj_incref(v, v->none);
}

/* pop(index=-1): the byte read and the tail moved down, then the resize. */
static object *m_pop(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &ba_methods[BA_POP], nargs, kw, 0, 1))
        return NULL;
    int64_t at = -1;
    if (nargs && obj_index_c(v, args[0], &at, INT64_MIN, INT64_MAX, "ssize_t"))
        return NULL;
    int64_t n = (int64_t)BYTEARRAY(self)->n;    /* after the index's __index__, which may resize it */
    if (n == 0)
        return vm_raise(v, T_INDEX, "pop from empty bytearray");
    if (at < 0)
        at += n;
    if (at < 0 || at >= n)
        return vm_raise(v, T_INDEX, "pop index out of range");
    if (ba_can_resize(v, self))
        return NULL;
    unsigned char *d = bytearray_data(self), c = d[at];
    memmove(d + at, d + at + 1, (size_t)(n - at - 1));
    if (ba_resize(v, self, (size_t)n - 1))
        return NULL;
    return obj_incref(v, int_small(v, c));
}

/* remove(value): the first byte equal to value taken out. */
static object *m_remove(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &ba_methods[BA_REMOVE], nargs, kw, 1))
        return NULL;
    int c = ba_byte(v, args[0]);
    if (c < 0)
        return NULL;
    size_t n = BYTEARRAY(self)->n;
    unsigned char *d = bytearray_data(self), *hit = memchr(d, c, n);
    if (!hit)
        return vm_raise(v, T_VALUE, "value not found in bytearray");
    if (ba_can_resize(v, self))
        return NULL;
    memmove(hit, hit + 1, n - (size_t)(hit - d) - 1);
    return ba_none_or_null(v, ba_resize(v, self, n - 1));
}

static object *m_reverse(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &ba_methods[BA_REVERSE], nargs, kw, 0))
        return NULL;
    unsigned char *d = bytearray_data(self);
    for (size_t i = 0, j = BYTEARRAY(self)->n; i + 1 < j; i++, j--) {
        unsigned char c = d[i];
        d[i] = d[j - 1];
        d[j - 1] = c;
    }
    return obj_incref(v, v->none);
}

/* clear(): a resize to 0, which keeps a 1-byte buffer (invariant 1). */
static object *m_clear(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &ba_methods[BA_CLEAR], nargs, kw, 0))
        return NULL;
    return ba_none_or_null(v, ba_resize(v, self, 0));
}

static object *m_copy(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &ba_methods[BA_COPY], nargs, kw, 0))
        return NULL;
    return bytearray_new(v, bytearray_data(self), BYTEARRAY(self)->n);
}

/* translate(table, /, delete=b'') (bytearray_translate_impl): a new
 * bytearray of self's length, filled; with deletions (or no table) it is
 * then resized to what is left, by PyByteArray_Resize's rule. */
static object *m_translate(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"", "delete"};
    static const argspec spec = {names, 2, 1, 1, 2, 0};
    object *a[2];
    if (args_unpack(v, &ba_methods[BA_TRANSLATE], args, nargs, kw, &spec, a))
        return NULL;
    const unsigned char *table = NULL, *del = NULL;
    size_t ntable = 256, ndel = 0;
    if (a[0] != v->none && bytes_buffer_arg(v, a[0], &table, &ntable))
        return NULL;
    if (ntable != 256)
        return vm_raise(v, T_VALUE, "translation table must be 256 characters long");
    if (a[1] && bytes_buffer_arg(v, a[1], &del, &ndel))
        return NULL;
    size_t n = BYTEARRAY(self)->n, kept = 0;
    object *r = bytearray_new(v, NULL, n);
    if (!r)
        return NULL;
    int to[256];
    bytes_trans_table(to, table, del, ndel);
    const unsigned char *in = bytearray_data(self);
    for (size_t i = 0; i < n; i++)
        if (to[in[i]] >= 0)
            bytearray_data(r)[kept++] = (unsigned char)to[in[i]];
    if ((ndel || !table) && n && ba_resize(v, r, kept)) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

/* __alloc__(): ob_alloc, the buffer's size (0 without one). */
static object *m_alloc(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &ba_methods[BA_ALLOC], nargs, kw, 0))
        return NULL;
    return int_from_ssize(v, (int64_t)BYTEARRAY(self)->alloc);
}

/* Its own methods first (in BA_* order), then those bytes shares. */
#define BA_ROW(name, flags) BYTES_SHARED_ROW("bytearray", name, flags)
static const method_def ba_methods[] = {
    {"append", m_append, METH_O, "bytearray.append"},
    {"extend", m_extend, METH_O, "bytearray.extend"},
    {"insert", m_insert, METH_CLINIC, "bytearray.insert"},
    {"pop", m_pop, METH_CLINIC, "bytearray.pop"},
    {"remove", m_remove, METH_O, "bytearray.remove"},
    {"reverse", m_reverse, METH_NOARGS, "bytearray.reverse"},
    {"clear", m_clear, METH_NOARGS, "bytearray.clear"},
    {"copy", m_copy, METH_NOARGS, "bytearray.copy"},
    {"__alloc__", m_alloc, METH_NOARGS, "bytearray.__alloc__"},
    {"translate", m_translate, METH_CLINIC_KW, "bytearray.translate"},
    {"__sizeof__", class_sizeof, METH_NOARGS, "bytearray.__sizeof__"},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "bytearray.__new__"},
    BYTES_SHARED_METHODS(BA_ROW)
    {NULL, NULL, 0, NULL},
};
#undef BA_ROW

const method_def *const bytearray_shared_rows = &ba_methods[BA_SHARED];

const type tmpl_bytearray = {
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .str = ba_repr,             /* bytearray_str: the base repr even where a subclass overrides __repr__ */
    .richcompare = ba_richcompare,
    .binary = {[NB_ADD] = ba_concat, [NB_MULTIPLY] = ba_repeat, [NB_REMAINDER] = bytes_percent},
    .inplace = {[NB_ADD] = ba_iconcat, [NB_MULTIPLY] = ba_irepeat},
    .truth = ba_truth,
    .length = ba_length,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .iter = ba_iter,
    .vnew = ba_vnew,
    .size_of = ba_sizeof,
    .methods = ba_methods,
    .host_size = sizeof(bytearrayobj),
};
