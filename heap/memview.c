/*
 * memview.c — memoryview and _PyManagedBuffer (CPython 3.11's
 * Objects/memoryobject.c) over bytes and bytearray, one dimension, format
 * 'B'.
 *
 *   memoryview (144 + 3×8 + 16: shape, strides, suboffsets; GC, tracked)
 *      │ mbuf
 *      ▼
 *   managedbuffer (112 + 16; GC, tracked) ──master.obj──▶ bytes / bytearray
 *      ▲
 *      │ mbuf (the same one)
 *   m[a:b], m[::2], memoryview(m): a new memoryview registered with it
 *   iter(m): a memory_iterator (48 + 16, tracked) holding the view
 *
 * A view reads its exporter's bytes in place (zero copy): element i is the
 * byte at start + i × step of the exporter's data.  Taking the buffer of a
 * bytearray counts an export (ob_exports), which forbids resizing it until
 * the managed buffer lets go.
 *
 * Invariants:
 *   1. mbuf.exports is the number of memoryviews registered with it and
 *      not released; when it drops to 0 the managed buffer releases the
 *      exporter (untracked, the bytearray's export uncounted, master.obj
 *      dropped), which happens at most once (mbuf.released).
 *   2. While a view is usable (neither it nor its managed buffer released:
 *      mv_gone), 0 <= start + i × step < len(exporter) for 0 <= i < len;
 *      every read or write checks it after any Python code it ran.
 *   3. A view's own exports (memview_hold: a C function holding its buffer
 *      while Python code runs) keep release() from releasing it.
 *   4. Dealloc order is memory_dealloc's: the view untracked, released
 *      (the exporter let go when it was the last view), its managedbuffer
 *      dropped (freed when no other view holds it), then its own block.
 */
#include "memview.h"

#include "abstract.h"
#include "builtins.h"
#include "class.h"
#include "hv.h"
#include "pymalloc.h"
#include "slice.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>

#define PY_BUFFER_FULL 112      /* PyBuffer_ToContiguous's fb: sizeof(Py_buffer_full), 88, + 3 × ndim Py_ssize_t */

/* ---- the managed buffer -------------------------------------------------------- */

/* mbuf_release: untracked, the exporter's buffer released
 * (bytearray_releasebuffer uncounts the export) and master.obj dropped;
 * at most once. */
static void mbuf_release(vm *v, object *o)
{
    mbufobj *mb = MBUF(o);
    if (mb->released)
        return;
    mb->released = 1;
    obj_untrack(v, o);
    object *ex = mb->exporter;
    mb->exporter = NULL;
    if (!ex)
        return;
    if (obj_is_bytearray(v, ex))
        BYTEARRAY(ex)->exports--;
    obj_release(v, ex, o->addr, 0);
}

static void mbuf_dealloc(vm *v, object *o)
{
    mbuf_release(v, o);
    obj_free(v, o);
}

static int mbuf_traverse(object *o, visitproc visit, void *arg)
{
    return MBUF(o)->exporter ? visit(MBUF(o)->exporter, arg) : 0;
}

const type tmpl_managed_buffer = {.dealloc = mbuf_dealloc, .traverse = mbuf_traverse, .clear = mbuf_release,
                                  .host_size = sizeof(mbufobj)};

/* mbuf_alloc, then the exporter's getbuffer (bytes_buffer_getbuffer,
 * bytearray_getbuffer: its export counted) when there is one.  A new
 * reference, or NULL with MemoryError. */
static object *mbuf_new(vm *v, object *exporter)
{
    object *o = obj_new(v, v->types[T_MANAGED_BUFFER], 0);
    if (!o)
        return NULL;
    obj_track(v, o);
    if (exporter) {
        MBUF(o)->exporter = obj_hold(v, exporter, o->addr, 0);
        if (obj_is_bytearray(v, exporter))
            BYTEARRAY(exporter)->exports++;
    }
    return o;
}

/* The exporter's bytes (master.buf). */
static unsigned char *mbuf_data(vm *v, object *mbuf)
{
    object *ex = MBUF(mbuf)->exporter;
    return obj_is_bytes(v, ex) ? BYTES(ex)->data : bytearray_data(ex);
}

/* ---- the view ------------------------------------------------------------------- */

/* BASE_INACCESSIBLE: released, or its managed buffer released (a
 * collection may release it first). */
static int mv_gone(object *o)
{
    return MEMVIEW(o)->released || !MEMVIEW(o)->mbuf || MBUF(MEMVIEW(o)->mbuf)->released;
}

/* CHECK_RELEASED: 0, or -1 with its ValueError. */
static int mv_check(vm *v, object *o)
{
    if (!mv_gone(o))
        return 0;
    vm_raise(v, T_VALUE, "operation forbidden on released memoryview object");
    return -1;
}

/* The byte of element i (0 <= i < len). */
static unsigned char *mv_at(vm *v, object *o, int64_t i)
{
    memview *m = MEMVIEW(o);
    return mbuf_data(v, m->mbuf) + m->start + i * m->step;
}

/* MV_C_CONTIGUOUS(flags), as init_flags sets it for one dimension. */
static int mv_flag_contiguous(object *o)
{
    return MEMVIEW(o)->len == 1 || MEMVIEW(o)->step == 1;
}

/* PyBuffer_IsContiguous(view, 'C'): an empty view is too. */
static int mv_is_contiguous(object *o)
{
    return MEMVIEW(o)->len == 0 || mv_flag_contiguous(o);
}

/* mbuf_add_view: a new memoryview (memory_alloc: tracked) registered with
 * mbuf, viewing what src views (NULL: the whole exporter, read-only unless
 * it is a bytearray).  `fresh`: the caller's new reference to mbuf becomes
 * the view's (mbuf_new's, which the C code drops right after).  A new
 * reference, or NULL with MemoryError. */
static object *mv_add_view(vm *v, object *mbuf, const object *src, int fresh)
{
    object *o = obj_new(v, v->types[T_MEMORYVIEW], 3);
    if (!o) {
        if (fresh)
            obj_decref(v, mbuf);
        return NULL;
    }
    memview *m = MEMVIEW(o);
    object *ex = MBUF(mbuf)->exporter;
    m->hash = -1;
    m->step = 1;
    if (src) {
        m->start = MEMVIEW(src)->start;
        m->len = MEMVIEW(src)->len;
        m->step = MEMVIEW(src)->step;
        m->readonly = MEMVIEW(src)->readonly;
    } else if (ex) {
        m->len = (int64_t)(obj_is_bytes(v, ex) ? BYTES(ex)->n : BYTEARRAY(ex)->n);
        m->readonly = obj_is_bytes(v, ex);
    }
    obj_track(v, o);
    if (fresh)
        obj_give(v, mbuf, o->addr, 0);
    else
        obj_hold(v, mbuf, o->addr, 0);
    m->mbuf = mbuf;
    MBUF(mbuf)->exports++;
    return o;
}

object *memview_from_raw(vm *v, size_t n)
{
    object *mbuf = mbuf_new(v, NULL);
    if (!mbuf)
        return NULL;
    object *o = mv_add_view(v, mbuf, NULL, 1);
    if (o)
        MEMVIEW(o)->len = (int64_t)n;
    return o;
}

void memview_hold(object *o, int delta)
{
    MEMVIEW(o)->exports += (size_t)(int64_t)delta;
}

/* _memory_release: released, and the managed buffer told (it lets the
 * exporter go with its last view); refused with BufferError while the
 * view's own buffer is held (memview_hold).  0, or -1. */
static int mv_release(vm *v, object *o)
{
    memview *m = MEMVIEW(o);
    if (m->released || !m->mbuf)
        return 0;
    if (m->exports) {
        vm_raise(v, T_BUFFER_ERROR, "memoryview has %zu exported buffer%s", m->exports, m->exports == 1 ? "" : "s");
        return -1;
    }
    m->released = 1;
    if (--MBUF(m->mbuf)->exports == 0)
        mbuf_release(v, m->mbuf);
    return 0;
}

/* memory_clear: released, then Py_CLEAR(mbuf). */
static void mv_clear(vm *v, object *o)
{
    (void)mv_release(v, o);                 /* nothing holds the buffer of a view being freed */
    object *mbuf = MEMVIEW(o)->mbuf;
    MEMVIEW(o)->mbuf = NULL;
    if (mbuf)
        obj_release(v, mbuf, o->addr, 0);
}

/* memory_dealloc (invariant 4). */
static void mv_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    mv_clear(v, o);
    obj_free(v, o);
}

static int mv_traverse(object *o, visitproc visit, void *arg)
{
    return MEMVIEW(o)->mbuf ? visit(MEMVIEW(o)->mbuf, arg) : 0;
}

/* One dimension: shape, strides and suboffsets, one Py_ssize_t each. */
static uint64_t mv_sizeof(vm *v, object *o)
{
    (void)v;
    return o->type->basicsize + 3 * o->type->itemsize;
}

/* ---- copies ------------------------------------------------------------------- */

/* A PyMem_Malloc'd scratch block of n bytes and its free, as the copies
 * below take them (tracemalloc sees them). */
static uint64_t mv_scratch(vm *v, size_t n)
{
    uint64_t addr = pymalloc_malloc(v->pm, n);
    if (!addr)
        vm_no_memory(v);
    return addr;
}

/* The elements gathered into out (len bytes). */
static void mv_gather(vm *v, object *o, unsigned char *out)
{
    for (int64_t i = 0; i < MEMVIEW(o)->len; i++)
        out[i] = *mv_at(v, o, i);
}

/* buffer_to_contiguous(out, view, 'C'): its strides array, and copy_buffer's
 * item buffer (the last dimension is not contiguous), each a scratch
 * block.  0, or -1 with MemoryError. */
static int mv_to_contiguous(vm *v, object *o, unsigned char *out)
{
    uint64_t strides = mv_scratch(v, 8);
    uint64_t mem = strides ? mv_scratch(v, (size_t)MEMVIEW(o)->len) : 0;
    if (mem)
        mv_gather(v, o, out);
    if (mem)
        pymalloc_free(v->pm, mem);
    if (strides)
        pymalloc_free(v->pm, strides);
    return mem ? 0 : -1;
}

/* PyBuffer_ToContiguous(out, view, len, 'C'): a memcpy for a contiguous
 * view, else buffer_to_contiguous within PyMem_Malloc'd full buffer
 * information. */
int memview_copy_to(vm *v, object *o, unsigned char *out)
{
    if (mv_is_contiguous(o)) {
        if (MEMVIEW(o)->len)
            memcpy(out, mv_at(v, o, 0), (size_t)MEMVIEW(o)->len);
        return 0;
    }
    uint64_t fb = mv_scratch(v, PY_BUFFER_FULL);
    int rc = fb ? mv_to_contiguous(v, o, out) : -1;
    if (fb)
        pymalloc_free(v->pm, fb);
    return rc;
}

int memview_simple(vm *v, object *o, const unsigned char **p, size_t *n)
{
    if (!obj_is(v, o, T_MEMORYVIEW) || mv_gone(o) || !mv_flag_contiguous(o))   /* memory_getbuf */
        return 0;
    *n = (size_t)MEMVIEW(o)->len;
    *p = *n ? mv_at(v, o, 0) : (const unsigned char *)"";
    return 1;
}

int memview_simple_or_raise(vm *v, object *o, const unsigned char **p, size_t *n)
{
    if (mv_check(v, o))
        return -1;
    if (memview_simple(v, o, p, n))
        return 0;
    vm_raise(v, T_BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
    return -1;
}

int memview_buffer_len(vm *v, object *o, size_t *n)
{
    if (mv_check(v, o))
        return -1;
    *n = (size_t)MEMVIEW(o)->len;
    return 0;
}

/* ---- making views ------------------------------------------------------------- */

/* PyMemoryView_FromObject: a view of a memoryview registers with its
 * managed buffer; a bytes or bytearray gets a new one. */
static object *mv_from_object(vm *v, object *x)
{
    if (obj_is(v, x, T_MEMORYVIEW))
        return mv_check(v, x) ? NULL : mv_add_view(v, MEMVIEW(x)->mbuf, x, 0);
    if (obj_is_bytes(v, x) || obj_is_bytearray(v, x)) {
        object *mbuf = mbuf_new(v, x);
        return mbuf ? mv_add_view(v, mbuf, NULL, 1) : NULL;
    }
    return vm_raise_format(v, T_TYPE_ERROR, "memoryview: a bytes-like object is required, not '%.200s'",
                           x->type->name);
}

/* memoryview(object): Argument Clinic's parser, then the view. */
static object *mv_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"object"};
    static const method_def def = {"memoryview", NULL, METH_CLINIC_KW, "memoryview"};
    static const argspec spec = {names, 1, 0, 1, 1, 0};
    (void)t;
    object *a[1];
    if (args_unpack(v, &def, args, nargs, kw, &spec, a))
        return NULL;
    return mv_from_object(v, a[0]);
}

/* ---- the object's slots -------------------------------------------------------- */

static object *mv_repr(vm *v, object *o)
{
    return str_from_format_args(v, MEMVIEW(o)->released ? "<released memory at %p>" : "<memory at %p>", NULL,
                                NULL, o->addr);
}

static int64_t mv_length(vm *v, object *o)
{
    return mv_check(v, o) ? -1 : MEMVIEW(o)->len;
}


/* PyNumber_AsSsize_t(key, PyExc_IndexError), then lookup_dimension: the
 * element's index, or -1 with the error.  A key's __index__ may release
 * the view: it is checked again after (memory_item's CHECK_RELEASED). */
static int mv_lookup(vm *v, object *o, object *key, int64_t *i)
{
    object *ix = obj_index(v, key);
    if (!ix)
        return -1;
    if (mv_check(v, o)) {
        obj_decref(v, ix);
        return -1;
    }
    int ok = int_as_i64(ix, i);
    obj_decref(v, ix);
    if (!ok) {
        vm_raise_format(v, T_INDEX, "cannot fit '%.200s' into an index-sized integer", key->type->name);
        return -1;
    }
    if (*i < 0)
        *i += MEMVIEW(o)->len;
    if (*i < 0 || *i >= MEMVIEW(o)->len) {
        vm_raise(v, T_INDEX, "index out of bounds on dimension 1");
        return -1;
    }
    return 0;
}

object *memview_item(vm *v, object *o, int64_t i)
{
    if (mv_check(v, o))
        return NULL;
    if (i < 0)
        i += MEMVIEW(o)->len;
    if (i < 0 || i >= MEMVIEW(o)->len)
        return vm_raise(v, T_INDEX, "index out of bounds on dimension 1");
    return obj_incref(v, int_small(v, *mv_at(v, o, i)));
}

/* A tuple key of one dimension (is_multiindex, ptr_from_tuple): its one
 * index's element, or -1 with the error. */
static int mv_tuple_key(vm *v, object *o, object *key, int64_t *i)
{
    size_t n = TUPLE(key)->n;
    if (n == 0) {
        vm_raise(v, T_NOT_IMPLEMENTED, "sub-views are not implemented");
        return -1;
    }
    if (n > 1) {
        vm_raise(v, T_TYPE_ERROR, "cannot index 1-dimension view with %zu-element tuple", n);
        return -1;
    }
    return mv_lookup(v, o, TUPLE(key)->items[0], i);
}

/* What kind of key memory_subscript and memory_ass_sub see. */
enum mv_key { KEY_INDEX, KEY_SLICE, KEY_MULTIINDEX, KEY_MULTISLICE, KEY_BAD };

static enum mv_key mv_key_kind(vm *v, object *key)
{
    if (obj_index_check(v, key))
        return KEY_INDEX;
    if (obj_is(v, key, T_SLICE))
        return KEY_SLICE;
    if (!obj_is(v, key, T_TUPLE))
        return KEY_BAD;
    int all_index = 1, all_slice = TUPLE(key)->n > 0;
    for (size_t i = 0; i < TUPLE(key)->n; i++) {
        all_index &= obj_index_check(v, TUPLE(key)->items[i]);
        all_slice &= obj_is(v, TUPLE(key)->items[i], T_SLICE);
    }
    return all_index ? KEY_MULTIINDEX : all_slice ? KEY_MULTISLICE : KEY_BAD;
}

/* init_slice over dimension 0 of the view o: 0, or -1 with the error of
 * the slice's indices. */
static int mv_slice(vm *v, object *o, object *key)
{
    memview *m = MEMVIEW(o);
    int64_t start, stop, step;
    if (slice_unpack(v, key, &start, &stop, &step))
        return -1;
    int64_t n = slice_adjust(m->len, &start, &stop, step);
    m->start += m->step * start;
    m->len = n;
    m->step *= step;
    return 0;
}

/* memory_subscript: an element (an int), or a slice: a new view on the
 * same managed buffer, made before the slice's indices are read. */
static object *mv_getitem(vm *v, object *o, object *key)
{
    int64_t i;
    if (mv_check(v, o))
        return NULL;
    switch (mv_key_kind(v, key)) {
    case KEY_INDEX:
        return mv_lookup(v, o, key, &i) ? NULL : obj_incref(v, int_small(v, *mv_at(v, o, i)));
    case KEY_MULTIINDEX:
        return mv_tuple_key(v, o, key, &i) ? NULL : obj_incref(v, int_small(v, *mv_at(v, o, i)));
    case KEY_SLICE: {
        object *r = mv_add_view(v, MEMVIEW(o)->mbuf, o, 0);
        if (r && mv_slice(v, r, key)) {
            obj_decref(v, r);
            return NULL;
        }
        return r;
    }
    case KEY_MULTISLICE:
        return vm_raise(v, T_NOT_IMPLEMENTED, "multi-dimensional slicing is not implemented");
    default:
        return vm_raise(v, T_TYPE_ERROR, "memoryview: invalid slice key");
    }
}

/* pack_single for format 'B' into element i: PyNumber_Index, then
 * 0..255 (its TypeError becomes "invalid type", an out-of-range value
 * "invalid value"), then the view checked again (gh-92888: __index__ may
 * have released it) before the byte is written. */
static int mv_pack(vm *v, object *o, int64_t i, object *value)
{
    object *ix = obj_index(v, value);
    if (!ix) {
        if (!vm_exc_matches(v, T_TYPE_ERROR))
            return -1;
        vm_exc_clear(v);
        vm_raise(v, T_TYPE_ERROR, "memoryview: invalid type for format 'B'");
        return -1;
    }
    int64_t c;
    int ok = int_as_i64(ix, &c);
    obj_decref(v, ix);
    if (!ok || c < 0 || c > 255) {
        vm_raise(v, T_VALUE, "memoryview: invalid value for format 'B'");
        return -1;
    }
    if (mv_check(v, o))
        return -1;
    *mv_at(v, o, i) = (unsigned char)c;
    return 0;
}

/* PyObject_GetBuffer(value, PyBUF_FULL_RO) of an rvalue: its bytes copied
 * into *out (a copy: the lvalue may overlap it), scratch blocks as the
 * exporter's copy takes them.  0, or -1 with the error. */
static int mv_rvalue(vm *v, object *value, unsigned char **out, size_t *n, int *strided)
{
    const unsigned char *p;
    *strided = 0;
    if (obj_is(v, value, T_MEMORYVIEW)) {
        if (mv_check(v, value))
            return -1;
        *strided = MEMVIEW(value)->step != 1;
        *n = (size_t)MEMVIEW(value)->len;
        *out = hv_malloc(*n ? *n : 1);
        mv_gather(v, value, *out);
        return 0;
    }
    if (bytes_buffer_arg(v, value, &p, n))      /* a bytes or bytearray here */
        return -1;
    *out = hv_malloc(*n ? *n : 1);
    memcpy(*out, p, *n);
    return 0;
}

/* copy_single over the sliced lvalue dest: the view checked again, equal
 * shapes (equiv_structure), then the items, through a scratch block of
 * them when either side's stride is not 1.  0, or -1 with the error. */
static int mv_copy_single(vm *v, object *o, const memview *dest, const unsigned char *src, size_t n, int strided)
{
    if (mv_check(v, o))
        return -1;
    if ((int64_t)n != dest->len) {
        vm_raise(v, T_VALUE, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    uint64_t mem = 0;
    if ((strided || dest->step != 1) && !(mem = mv_scratch(v, n)))
        return -1;
    unsigned char *base = mbuf_data(v, dest->mbuf) + dest->start;
    for (int64_t i = 0; i < dest->len; i++)
        base[i * dest->step] = src[i];
    if (mem)
        pymalloc_free(v->pm, mem);
    return 0;
}

/* memory_ass_sub's one-dimensional slice: the rvalue's buffer, then the
 * sliced lvalue, then copy_single. */
static int mv_setslice(vm *v, object *o, object *key, object *value)
{
    unsigned char *src;
    size_t n;
    int strided;
    if (mv_rvalue(v, value, &src, &n, &strided))
        return -1;
    memview dest = *MEMVIEW(o);
    int rc = mv_slice(v, (object *)&dest, key);
    if (rc == 0)
        rc = mv_copy_single(v, o, &dest, src, n, strided);
    free(src);
    return rc;
}

/* memory_ass_sub: read-only and deletion refused first, then an element
 * (pack_single) or a slice. */
static int mv_setitem(vm *v, object *o, object *key, object *value)
{
    int64_t i;
    if (mv_check(v, o))
        return -1;
    if (MEMVIEW(o)->readonly) {
        vm_raise(v, T_TYPE_ERROR, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        vm_raise(v, T_TYPE_ERROR, "cannot delete memory");
        return -1;
    }
    switch (mv_key_kind(v, key)) {
    case KEY_INDEX:
        return mv_lookup(v, o, key, &i) ? -1 : mv_pack(v, o, i, value);
    case KEY_SLICE:
        return mv_setslice(v, o, key, value);
    case KEY_MULTIINDEX:
        return mv_tuple_key(v, o, key, &i) ? -1 : mv_pack(v, o, i, value);
    case KEY_MULTISLICE:
        vm_raise(v, T_NOT_IMPLEMENTED, "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    default:
        vm_raise(v, T_TYPE_ERROR, "memoryview: invalid slice key");
        return -1;
    }
}

/* The elements of w compared with o's (memory_richcompare's cmp_base for
 * format 'B'): 1 equal, 0 not, -1 when w exports nothing
 * (NotImplemented). */
static int mv_equal(vm *v, object *o, object *w)
{
    const unsigned char *p;
    size_t n;
    if (obj_is(v, w, T_MEMORYVIEW)) {
        if (MEMVIEW(w)->len != MEMVIEW(o)->len)
            return 0;
        for (int64_t i = 0; i < MEMVIEW(o)->len; i++)
            if (*mv_at(v, o, i) != *mv_at(v, w, i))
                return 0;
        return 1;
    }
    if (!bytes_view(v, w, &p, &n))
        return -1;
    if ((int64_t)n != MEMVIEW(o)->len)
        return 0;
    for (int64_t i = 0; i < MEMVIEW(o)->len; i++)
        if (*mv_at(v, o, i) != p[i])
            return 0;
    return 1;
}

/* memory_richcompare: == and != only; a released view equals only
 * itself; anything that exports no buffer answers NotImplemented. */
static object *mv_richcompare(vm *v, object *a, object *b, int op)
{
    object *o = obj_is(v, a, T_MEMORYVIEW) ? a : b, *w = o == a ? b : a;
    if (op != CMP_EQ && op != CMP_NE)
        return obj_incref(v, v->notimpl);
    int eq = mv_gone(o) || (obj_is(v, w, T_MEMORYVIEW) && mv_gone(w)) ? o == w : mv_equal(v, o, w);
    if (eq < 0)
        return obj_incref(v, v->notimpl);
    return obj_bool(v, eq == (op == CMP_EQ));
}

/* memory_hash: once; a writable view refused; the exporter's hash first
 * (bytes caches its own); a non-contiguous view hashed from a copy. */
static int mv_hash(vm *v, object *o, int64_t *out)
{
    memview *m = MEMVIEW(o);
    if (m->hash != -1) {
        *out = m->hash;
        return 0;
    }
    if (mv_check(v, o))
        return -1;
    if (!m->readonly) {
        vm_raise(v, T_VALUE, "cannot hash writable memoryview object");
        return -1;
    }
    int64_t h;
    if (MBUF(m->mbuf)->exporter && obj_hash(v, MBUF(m->mbuf)->exporter, &h))
        return -1;
    size_t n = (size_t)m->len;
    unsigned char *copy = hv_malloc(n ? n : 1);
    int rc = 0;
    if (mv_flag_contiguous(o)) {
        mv_gather(v, o, copy);
    } else {
        uint64_t mem = mv_scratch(v, n);
        rc = mem ? mv_to_contiguous(v, o, copy) : -1;
        if (mem)
            pymalloc_free(v->pm, mem);
    }
    if (rc == 0)
        *out = m->hash = hash_bytes(copy, (size_t)m->len);
    free(copy);
    return rc;
}

/* ---- memory_iterator: GC, 48 + 16 → 64 ---------------------------------------
 * seqiterobj's index and view, and the length the view had when the
 * iterator was made (it_length); no __length_hint__. */

typedef struct memiterobj {
    seqiterobj it;
    int64_t length;         /* it_length */
} memiterobj;

/* memory_iter: the iterator (tracked).  Of a released view python3's
 * returns an iterator with memory_length's ValueError set (a SystemError
 * where the caller checks), which heapviz refuses. */
static object *mv_iter(vm *v, object *o)
{
    if (mv_gone(o))
        return vm_raise(v, T_NOT_IMPLEMENTED,
                        "heapviz does not support iterating a released memoryview (outside its Python subset)");
    object *it = seqiter_new(v, T_MEMORY_ITER, o, 0);
    if (it)
        ((memiterobj *)it)->length = MEMVIEW(o)->len;
    return it;
}

/* memoryiter_next: the element at the index while it is below it_length
 * (the view refused once released), else the view dropped. */
static object *memiter_next(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    if (!seq)
        return NULL;
    if (SEQITER(it)->index < ((memiterobj *)it)->length) {
        if (mv_check(v, seq))
            return NULL;
        return obj_incref(v, int_small(v, *mv_at(v, seq, SEQITER(it)->index++)));
    }
    seqiter_drop(v, it);
    return NULL;
}

const type tmpl_memory_iter = {
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .iter = iter_self,
    .iternext = memiter_next, .host_size = sizeof(memiterobj),
};

/* ---- methods ------------------------------------------------------------------- */

static const method_def mv_methods[];

enum { MV_RELEASE, MV_TOBYTES, MV_HEX, MV_TOLIST, MV_TOREADONLY, MV_ENTER, MV_EXIT };

/* release(): the view released (the exporter let go with the last view). */
static object *m_release(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    if (args_exact(v, &mv_methods[MV_RELEASE], nargs, kw, 0) || mv_release(v, self))
        return NULL;
    return obj_incref(v, v->none);
}

/* tobytes(order='C'): PyBytes_FromStringAndSize(NULL, len) (b'' for 0, a
 * new bytes even for one byte), filled by PyBuffer_ToContiguous. */
static object *m_tobytes(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"order"};
    static const argspec spec = {names, 1, 0, 0, 1, 0};
    object *a[1];
    if (args_unpack(v, &mv_methods[MV_TOBYTES], args, nargs, kw, &spec, a))
        return NULL;
    if (a[0] && a[0] != v->none && !obj_is(v, a[0], T_STR))
        return vm_raise_format(v, T_TYPE_ERROR, "tobytes() argument 'order' must be str or None, not %.50s",
                               a[0]->type->name);
    if (mv_check(v, self))
        return NULL;
    const char *order = a[0] && a[0] != v->none ? STR(a[0])->data : "C";
    if (strcmp(order, "C") && strcmp(order, "F") && strcmp(order, "A"))
        return vm_raise(v, T_VALUE, "order must be 'C', 'F' or 'A'");
    object *r = bytes_new_zeroed(v, (size_t)MEMVIEW(self)->len);
    if (r && MEMVIEW(self)->len && memview_copy_to(v, self, BYTES(r)->data)) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

/* hex(sep=, bytes_per_sep=1): _Py_strhex_with_sep over the view's bytes,
 * through a bytes copy (made, then dropped) when it is not contiguous. */
static object *m_hex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, &mv_methods[MV_HEX], args, nargs, kw, &spec, a))
        return NULL;
    int64_t group = 1;
    if (a[1] && obj_index_c(v, a[1], &group, INT32_MIN, INT32_MAX, "int"))
        return NULL;
    if (mv_check(v, self))
        return NULL;
    const unsigned char *p;
    size_t n;
    if (memview_simple(v, self, &p, &n))
        return bytes_hex_of(v, p, n, a[0], group);
    object *copy = m_tobytes(v, self, NULL, 0, NULL);
    object *r = copy ? bytes_hex_of(v, BYTES(copy)->data, BYTES(copy)->n, a[0], group) : NULL;
    obj_xdecref(v, copy);
    return r;
}

/* tolist(): PyList_New(len), each element an int. */
static object *m_tolist(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    if (args_exact(v, &mv_methods[MV_TOLIST], nargs, kw, 0) || mv_check(v, self))
        return NULL;
    object *l = list_new(v, (size_t)MEMVIEW(self)->len);
    if (l && mv_check(v, self)) {               /* a __del__ the list's allocation ran released */
        obj_decref(v, l);                       /* the view: unpack_single's CHECK_RELEASED_AGAIN */
        return NULL;
    }
    for (int64_t i = 0; l && i < MEMVIEW(self)->len; i++)
        list_set_fresh(v, l, (size_t)i, obj_incref(v, int_small(v, *mv_at(v, self, i))));
    return l;
}

/* toreadonly(): a new read-only view registered with the same managed
 * buffer (a new one even of a read-only view, for release()'s sake). */
static object *m_toreadonly(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    if (args_exact(v, &mv_methods[MV_TOREADONLY], nargs, kw, 0) || mv_check(v, self))
        return NULL;
    object *r = mv_add_view(v, MEMVIEW(self)->mbuf, self, 0);
    if (r)
        MEMVIEW(r)->readonly = 1;
    return r;
}

/* __enter__(): itself, unless released. */
static object *m_enter(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    if (args_exact(v, &mv_methods[MV_ENTER], nargs, kw, 0) || mv_check(v, self))
        return NULL;
    return obj_incref(v, self);
}

/* __exit__(*args): release(). */
static object *m_exit(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mv_release(v, self) ? NULL : obj_incref(v, v->none);
}

/* ---- getters (each refused on a released view) ---------------------------------- */

static object *g_obj(vm *v, object *self, object *const *a, size_t n, object *kw)
{
    (void)a, (void)n, (void)kw;
    if (mv_check(v, self))
        return NULL;
    object *ex = MBUF(MEMVIEW(self)->mbuf)->exporter;
    return obj_incref(v, ex ? ex : v->none);
}

/* A getter answering an int of the view. */
static object *g_int(vm *v, object *self, int64_t x)
{
    return mv_check(v, self) ? NULL : int_from_ssize(v, x);
}

/* _IntTupleFromSsizet(1, &x). */
static object *g_tuple1(vm *v, object *self, int64_t x)
{
    if (mv_check(v, self))
        return NULL;
    object *t = tuple_new(v, 1), *i = t ? int_from_ssize(v, x) : NULL;
    if (t && !i) {
        obj_decref(v, t);
        return NULL;
    }
    if (t)
        tuple_set(v, t, 0, i);
    return t;
}

static object *g_bool(vm *v, object *self, int b)
{
    return mv_check(v, self) ? NULL : obj_incref(v, obj_bool(v, b));
}

#define GETTER(name, body) \
    static object *g_##name(vm *v, object *self, object *const *a, size_t n, object *kw) \
    { \
        (void)a, (void)n, (void)kw; \
        return body; \
    }
GETTER(nbytes, g_int(v, self, MEMVIEW(self)->len))
GETTER(readonly, g_bool(v, self, MEMVIEW(self)->readonly))
GETTER(itemsize, g_int(v, self, 1))
GETTER(format, mv_check(v, self) ? NULL : str_from_utf8(v, "B", 1))
GETTER(ndim, g_int(v, self, 1))
GETTER(shape, g_tuple1(v, self, MEMVIEW(self)->len))
GETTER(strides, g_tuple1(v, self, MEMVIEW(self)->step))
GETTER(suboffsets, mv_check(v, self) ? NULL : tuple_new(v, 0))
GETTER(contiguous, g_bool(v, self, mv_flag_contiguous(self)))
#undef GETTER

static const method_def mv_methods[] = {
    {"release", m_release, METH_NOARGS, "memoryview.release"},
    {"tobytes", m_tobytes, METH_CLINIC_KW, "memoryview.tobytes"},
    {"hex", m_hex, METH_CLINIC_KW, "memoryview.hex"},
    {"tolist", m_tolist, METH_NOARGS, "memoryview.tolist"},
    {"toreadonly", m_toreadonly, METH_NOARGS, "memoryview.toreadonly"},
    {"__enter__", m_enter, METH_NOARGS, "memoryview.__enter__"},
    {"__exit__", m_exit, METH_VARARGS, "memoryview.__exit__"},
    {"obj", g_obj, METH_GETTER, NULL},
    {"nbytes", g_nbytes, METH_GETTER, NULL},
    {"readonly", g_readonly, METH_GETTER, NULL},
    {"itemsize", g_itemsize, METH_GETTER, NULL},
    {"format", g_format, METH_GETTER, NULL},
    {"ndim", g_ndim, METH_GETTER, NULL},
    {"shape", g_shape, METH_GETTER, NULL},
    {"strides", g_strides, METH_GETTER, NULL},
    {"suboffsets", g_suboffsets, METH_GETTER, NULL},
    {"c_contiguous", g_contiguous, METH_GETTER, NULL},
    {"f_contiguous", g_contiguous, METH_GETTER, NULL},
    {"contiguous", g_contiguous, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

const type tmpl_memoryview = {
    .dealloc = mv_dealloc,
    .traverse = mv_traverse,
    .clear = mv_clear,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .length = mv_length,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .iter = mv_iter,
    .vnew = mv_vnew,
    .size_of = mv_sizeof,
    .methods = mv_methods,
    .host_size = sizeof(memview),
};
