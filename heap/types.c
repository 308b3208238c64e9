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

#include "hv.h"

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
    {T_OBJECT, "object", 16, 0, TPF_BASETYPE, -1},
    {T_TYPE, "type", 904, 40, TPF_GC|TPF_BASETYPE|TPF_TYPE_SUBCLASS, T_OBJECT},
    {T_NONE, "NoneType", 16, 0, 0, T_OBJECT},
    {T_NOTIMPL, "NotImplementedType", 16, 0, 0, T_OBJECT},
    {T_ELLIPSIS, "ellipsis", 16, 0, 0, T_OBJECT},
    {T_BOOL, "bool", 32, 4, TPF_LONG_SUBCLASS, T_INT},
    {T_INT, "int", 24, 4, TPF_BASETYPE|TPF_LONG_SUBCLASS, T_OBJECT},
    {T_FLOAT, "float", 24, 0, TPF_BASETYPE, T_OBJECT},
    {T_STR, "str", 80, 0, TPF_BASETYPE|TPF_STR_SUBCLASS, T_OBJECT},
    {T_BYTES, "bytes", 33, 1, TPF_BASETYPE, T_OBJECT},
    {T_TUPLE, "tuple", 24, 8, TPF_GC|TPF_BASETYPE|TPF_TUPLE_SUBCLASS, T_OBJECT},
    {T_LIST, "list", 40, 0, TPF_GC|TPF_BASETYPE|TPF_LIST_SUBCLASS, T_OBJECT},
    {T_DICT, "dict", 48, 0, TPF_GC|TPF_BASETYPE|TPF_DICT_SUBCLASS, T_OBJECT},
    {T_SET, "set", 200, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    {T_FROZENSET, "frozenset", 200, 0, TPF_GC|TPF_BASETYPE, T_OBJECT},
    {T_RANGE, "range", 48, 0, 0, T_OBJECT},
    {T_SLICE, "slice", 40, 0, TPF_GC, T_OBJECT},
    {T_FUNCTION, "function", 136, 0, TPF_GC, T_OBJECT},
    {T_CODE, "code", 184, 2, 0, T_OBJECT},
    {T_CELL, "cell", 24, 0, TPF_GC, T_OBJECT},
    {T_METHOD, "method", 48, 0, TPF_GC, T_OBJECT},
    {T_BUILTIN, "builtin_function_or_method", 56, 0, TPF_GC, T_OBJECT},
    {T_METHOD_DESCR, "method_descriptor", 56, 0, TPF_GC, T_OBJECT},
    {T_GENERATOR, "generator", 152, 8, TPF_GC, T_OBJECT},
    {T_MODULE, "module", 56, 0, TPF_GC, T_OBJECT},
    {T_LIST_ITER, "list_iterator", 32, 0, TPF_GC, T_OBJECT},
    {T_TUPLE_ITER, "tuple_iterator", 32, 0, TPF_GC, T_OBJECT},
    {T_RANGE_ITER, "range_iterator", 48, 0, 0, T_OBJECT},
    {T_STR_ITER, "str_ascii_iterator", 32, 0, TPF_GC, T_OBJECT},
    {T_BYTES_ITER, "bytes_iterator", 32, 0, TPF_GC, T_OBJECT},
    {T_DICT_KEYITER, "dict_keyiterator", 56, 0, TPF_GC, T_OBJECT},
    {T_DICT_VALUEITER, "dict_valueiterator", 56, 0, TPF_GC, T_OBJECT},
    {T_DICT_ITEMITER, "dict_itemiterator", 56, 0, TPF_GC, T_OBJECT},
    {T_SET_ITER, "set_iterator", 48, 0, TPF_GC, T_OBJECT},
    {T_LIST_REVITER, "list_reverseiterator", 32, 0, TPF_GC, T_OBJECT},
    {T_ENUMERATE, "enumerate", 56, 0, TPF_GC, T_OBJECT},
    {T_ZIP, "zip", 48, 0, TPF_GC, T_OBJECT},
    {T_DICT_KEYS, "dict_keys", 24, 0, TPF_GC, T_OBJECT},
    {T_DICT_VALUES, "dict_values", 24, 0, TPF_GC, T_OBJECT},
    {T_DICT_ITEMS, "dict_items", 24, 0, TPF_GC, T_OBJECT},
    {T_PROPERTY, "property", 64, 0, TPF_GC, T_OBJECT},
    {T_STATICMETHOD, "staticmethod", 32, 0, TPF_GC, T_OBJECT},
    {T_CLASSMETHOD, "classmethod", 32, 0, TPF_GC, T_OBJECT},
    {T_SUPER, "super", 40, 0, TPF_GC, T_OBJECT},
    {T_BASE_EXC, "BaseException", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_OBJECT},
    {T_EXCEPTION, "Exception", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    {T_STOP_ITERATION, "StopIteration", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_GENERATOR_EXIT, "GeneratorExit", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    {T_KEYBOARD_INTERRUPT, "KeyboardInterrupt", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    {T_SYSTEM_EXIT, "SystemExit", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_BASE_EXC},
    {T_ARITHMETIC_ERROR, "ArithmeticError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_ZERO_DIVISION, "ZeroDivisionError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_ARITHMETIC_ERROR},
    {T_OVERFLOW, "OverflowError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_ARITHMETIC_ERROR},
    {T_ASSERTION, "AssertionError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_ATTRIBUTE, "AttributeError", 88, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_LOOKUP, "LookupError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_INDEX, "IndexError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_LOOKUP},
    {T_KEY, "KeyError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_LOOKUP},
    {T_NAME, "NameError", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_UNBOUND_LOCAL, "UnboundLocalError", 80, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_NAME},
    {T_TYPE_ERROR, "TypeError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_VALUE, "ValueError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_UNICODE, "UnicodeError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_VALUE},
    {T_RUNTIME, "RuntimeError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_RECURSION, "RecursionError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_RUNTIME},
    {T_NOT_IMPLEMENTED, "NotImplementedError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_RUNTIME},
    {T_MEMORY, "MemoryError", 72, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_SYNTAX, "SyntaxError", 136, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_IMPORT, "ImportError", 96, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_EXCEPTION},
    {T_MODULE_NOT_FOUND, "ModuleNotFoundError", 96, 0, TPF_GC|TPF_BASETYPE|TPF_EXC_SUBCLASS, T_IMPORT},
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

static object *repr_literal(vm *v, object *o)
{
    const char *s = o == v->none ? "None" : o == v->notimpl ? "NotImplemented"
                  : o == v->ellipsis ? "Ellipsis" : o == v->true_ ? "True" : "False";
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

static const type tmpl_object = {.dealloc = obj_dealloc_plain, .host_size = sizeof(object)};
static const type tmpl_literal = {.dealloc = static_dealloc, .repr = repr_literal,
                                  .host_size = sizeof(object)};
static const type tmpl_none = {.dealloc = static_dealloc, .repr = repr_literal,
                               .truth = none_truth, .host_size = sizeof(object)};
static const type tmpl_gc_default = {.dealloc = obj_dealloc_plain, .host_size = sizeof(object)};

static const type *behaviour(int t)
{
    switch (t) {
    case T_NONE: return &tmpl_none;
    case T_NOTIMPL: case T_ELLIPSIS: return &tmpl_literal;
    case T_BOOL: return &tmpl_bool;
    case T_INT: return &tmpl_int;
    case T_FLOAT: return &tmpl_float;
    case T_STR: return &tmpl_str;
    case T_BYTES: return &tmpl_bytes;
    case T_TUPLE: return &tmpl_tuple;
    case T_LIST: return &tmpl_list;
    default:
        if (t >= T_BASE_EXC)
            return &tmpl_exc;
        return facts[t].flags & TPF_GC ? &tmpl_gc_default : &tmpl_object;
    }
}

const type tmpl_bool = {.dealloc = static_dealloc, .repr = repr_literal, .truth = bool_truth,
                        .host_size = sizeof(intobj) + sizeof(uint32_t)};

uint64_t obj_getsizeof(vm *v, object *o)
{
    uint64_t n = o->type->size_of ? o->type->size_of(v, o) : o->type->basicsize;
    return n + type_preheader(o->type);
}

int type_is_subtype(const type *a, const type *b)
{
    for (; a; a = a->base)
        if (a == b)
            return 1;
    return 0;
}

/* ---- building a vm's types and singletons ------------------------------------ */

static void make_types(vm *v)
{
    for (int i = 0; i < T_NBUILTIN; i++) {
        type *t = hv_malloc(sizeof *t);
        *t = *behaviour(i);
        t->name = facts[i].name;
        t->basicsize = facts[i].basicsize;
        t->itemsize = facts[i].itemsize;
        t->flags |= facts[i].flags;
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
    tuple_make_singletons(v);
    exc_make_singletons(v);
}

static void free_static(object *o)
{
    if (o)
        obj_host_free(o);
}

void types_fini(vm *v)
{
    list_free_freelist(v);
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
    for (int i = 0; i < T_NBUILTIN; i++)
        free(v->types[i]);
}
