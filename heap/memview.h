/*
 * memview.h — memoryview and its managed buffer (CPython 3.11's
 * Objects/memoryobject.c), over the two exporters heapviz models: bytes and
 * bytearray (memview.c's header draws the objects).
 */
#ifndef HV_MEMVIEW_H
#define HV_MEMVIEW_H

#include "vm.h"

/* _PyManagedBufferObject: the exporter's buffer, taken once and shared by
 * every view sliced from the first. */
typedef struct mbufobj {
    object ob;
    object *exporter;       /* master.obj: a bytes or a bytearray; NULL once released or for a
                               raw buffer (PyMemoryView_FromBuffer) */
    size_t exports;         /* the memoryviews registered with it */
    int released;           /* _Py_MANAGED_BUFFER_RELEASED */
} mbufobj;

/* PyMemoryViewObject of one dimension, format 'B' (itemsize 1). */
typedef struct memview {
    object ob;
    object *mbuf;           /* its managedbuffer (NULL once a collection cleared it) */
    int64_t start;          /* view.buf - master.buf: where element 0 is */
    int64_t len;            /* shape[0] (view.len: itemsize 1) */
    int64_t step;           /* strides[0] */
    int64_t hash;           /* -1 until hash() computed it */
    size_t exports;         /* its own buffers taken and not released (memory_getbuf):
                               release() refuses while a C function holds one */
    int readonly;           /* view.readonly */
    int released;           /* _Py_MEMORYVIEW_RELEASED */
} memview;

#define MBUF(o) ((mbufobj *)(o))
#define MEMVIEW(o) ((memview *)(o))

extern const type tmpl_memoryview, tmpl_managed_buffer, tmpl_memory_iter;

/* PyMemoryView_FromBuffer over a raw buffer of n bytes (no exporter): a
 * tracked managedbuffer, then the tracked memoryview holding it.  NULL
 * with MemoryError. */
object *memview_from_raw(vm *v, size_t n);

/* memory_getbuf (delta 1) and memory_releasebuf (-1) around what a C
 * function does while it holds the view's buffer and may run Python code
 * (bytes.replace's count): release() then raises BufferError. */
void memview_hold(object *o, int delta);
/* memory_item (sq_item): element i (negative counts from the end), or
 * NULL with the released view's ValueError or the IndexError. */
object *memview_item(vm *v, object *o, int64_t i);
/* PyObject_GetBuffer(o, PyBUF_SIMPLE) of a memoryview: 1 with its bytes
 * when it is C-contiguous and not released, else 0 (no exception). */
int memview_simple(vm *v, object *o, const unsigned char **p, size_t *n);
/* The same raising what memory_getbuf raises: 0, or -1 with the ValueError
 * of a released view or the BufferError of a non-contiguous one. */
int memview_simple_or_raise(vm *v, object *o, const unsigned char **p, size_t *n);
/* PyObject_GetBuffer(o, PyBUF_FULL_RO) of a memoryview: 0 with its length
 * in *n, or -1 with the ValueError of a released view. */
int memview_buffer_len(vm *v, object *o, size_t *n);
/* PyBuffer_ToContiguous(dst, view of o, len, 'C') after memview_buffer_len:
 * the elements copied, the scratch blocks a non-contiguous view's copy
 * takes made and freed.  0, or -1 with MemoryError. */
int memview_copy_to(vm *v, object *o, unsigned char *dst);

#endif
