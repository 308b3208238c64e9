/*
 * func.c — functions, cells, bound methods and code objects, and binding a
 * call's arguments to a function's parameters.
 *
 *   function   GC, 136 + 16 → a 160-byte block, tracked
 *   cell       GC, 24 + 16 → 48, tracked
 *   method     GC, 48 + 16 → 64, tracked (made only when obj.meth is not
 *              called at once: LOAD_METHOD + CALL makes none)
 *   code       made by the compiler, not a GC type; its constants are
 *              ordinary objects on the heap
 *
 * Binding follows CPython's initialize_locals: positional arguments into
 * the first slots, keywords by name, then defaults; the arguments are the
 * caller's references, handed over to the frame (no count changes).
 */
#include "class.h"
#include "func.h"

#include "abstract.h"
#include "attr.h"
#include "dict.h"
#include "hv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- function ------------------------------------------------------------ */

/* The fields, numbered as the heap's reference labels number them. */
enum { F_CODE, F_GLOBALS, F_DEFAULTS, F_KWDEFAULTS, F_CLOSURE, F_NAME, F_QUALNAME, F_MODULE,
       F_DOC, F_DICT, F_BUILTINS, F_ANNOTATIONS, F_NFIELDS };

/* The order CPython 3.11's func_traverse visits them in (what
 * gc.get_referents lists and the collector follows). */
static const uint8_t traverse_order[F_NFIELDS] = {
    F_CODE, F_GLOBALS, F_BUILTINS, F_MODULE, F_DEFAULTS, F_KWDEFAULTS, F_DOC, F_NAME, F_DICT,
    F_CLOSURE, F_ANNOTATIONS, F_QUALNAME,
};

static object **func_field(funcobj *f, int i)
{
    object **fields[F_NFIELDS] = {&f->code, &f->globals, &f->defaults, &f->kwdefaults,
                                  &f->closure, &f->name, &f->qualname, &f->module, &f->doc,
                                  &f->dict, &f->builtins, &f->annotations};
    return fields[i];
}

object *func_new(vm *v, object *code, object *globals, object *module_name)
{
    object *o = obj_new(v, v->types[T_FUNCTION], 0);
    if (!o)
        return NULL;
    funcobj *f = FUNC(o);
    codeobj *c = CODE(code);
    f->code = obj_hold(v, code, o->addr, F_CODE);
    f->globals = obj_hold(v, globals, o->addr, F_GLOBALS);
    f->builtins = obj_hold(v, v->builtins_dict, o->addr, F_BUILTINS);
    f->name = obj_hold(v, c->name, o->addr, F_NAME);
    f->qualname = obj_hold(v, c->qualname, o->addr, F_QUALNAME);
    if (module_name)
        f->module = obj_hold(v, module_name, o->addr, F_MODULE);
    tupleobj *k = TUPLE(c->consts);
    object *doc = k->n && obj_is(v, k->items[0], T_STR) ? k->items[0] : v->none;
    f->doc = obj_hold(v, doc, o->addr, F_DOC);
    obj_track(v, o);
    return o;
}

void func_set(vm *v, object *f, int field, object *value)
{
    object **slot = func_field(FUNC(f), field);
    object *old = *slot;
    *slot = value;
    if (value)
        obj_give(v, value, f->addr, (uint64_t)field);
    if (old)
        obj_release(v, old, f->addr, (uint64_t)field);
}

static void func_clear(vm *v, object *o)
{
    for (int i = 0; i < F_NFIELDS; i++) {
        object **slot = func_field(FUNC(o), i), *x = *slot;
        *slot = NULL;
        if (x)
            obj_release(v, x, o->addr, (uint64_t)i);
    }
}

static void func_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    func_clear(v, o);
    obj_free(v, o);
}

static int func_traverse(object *o, visitproc visit, void *arg)
{
    for (int i = 0; i < F_NFIELDS; i++) {
        object *x = *func_field(FUNC(o), traverse_order[i]);
        if (x && visit(x, arg))
            return 1;
    }
    return 0;
}

static object *func_repr(vm *v, object *o)
{
    char text[256];
    snprintf(text, sizeof text, "<function %s at %#llx>", STR(FUNC(o)->qualname)->data,
             (unsigned long long)o->addr);
    return str_from_cstr(v, text);
}

/* func_get_annotations: a new empty dict on first use when the def had no
 * annotations; the (name, value, ...) tuple MAKE_FUNCTION stored made into
 * a dict (the tuple dropped) when it had some. */
static object *func_annotations(vm *v, object *o)
{
    funcobj *f = FUNC(o);
    object *a = f->annotations;
    if (!a || obj_is(v, a, T_TUPLE)) {
        object *d = dict_new(v);
        if (!d)
            return NULL;
        for (size_t i = 0; a && i + 1 < TUPLE(a)->n; i += 2)
            if (dict_setitem(v, d, TUPLE(a)->items[i], TUPLE(a)->items[i + 1])) {
                obj_decref(v, d);
                return NULL;
            }
        func_set(v, o, F_ANNOTATIONS, d);
        a = d;
    }
    return obj_incref(v, a);
}

/* A function's attributes (its member and getset descriptors): the fields
 * as they are, None for an absent one; __dict__ is made on first use
 * (PyObject_GenericGetDict), held by the function. */
static object *func_getattr(vm *v, object *o, object *name)
{
    static const struct { const char *name; int field; } attrs[] = {
        {"__code__", F_CODE}, {"__globals__", F_GLOBALS}, {"__builtins__", F_BUILTINS},
        {"__defaults__", F_DEFAULTS}, {"__kwdefaults__", F_KWDEFAULTS}, {"__closure__", F_CLOSURE},
        {"__name__", F_NAME}, {"__qualname__", F_QUALNAME}, {"__module__", F_MODULE}, {"__doc__", F_DOC},
        {"__dict__", F_DICT},
    };
    const char *s = STR(name)->data;
    for (size_t i = 0; i < HV_COUNTOF(attrs); i++) {
        if (strcmp(s, attrs[i].name))
            continue;
        object **x = func_field(FUNC(o), attrs[i].field);
        if (!*x && attrs[i].field == F_DICT) {
            object *d = dict_new(v);
            if (!d)
                return NULL;
            *x = d;
            obj_give(v, d, o->addr, F_DICT);
        }
        return obj_incref(v, *x ? *x : v->none);
    }
    if (!strcmp(s, "__annotations__"))
        return func_annotations(v, o);
    if (!strcmp(s, "__class__"))
        return obj_incref(v, &o->type->ob);
    object *x = FUNC(o)->dict ? dict_lookup(v, FUNC(o)->dict, name) : NULL;
    if (x)
        return obj_incref(v, x);
    return v->exc ? NULL : attr_generic(v, o, name);
}

/* A member a function's setattr replaces: its field, and the type a new
 * value must have (T_NONE: anything; -1: not settable here). */
static int func_member(const char *s, int *need)
{
    static const struct { const char *name; int field, need; } members[] = {
        {"__doc__", F_DOC, T_NONE}, {"__module__", F_MODULE, T_NONE},
        {"__name__", F_NAME, T_STR}, {"__qualname__", F_QUALNAME, T_STR},
        {"__defaults__", F_DEFAULTS, T_TUPLE}, {"__kwdefaults__", F_KWDEFAULTS, T_DICT},
        {"__annotations__", F_ANNOTATIONS, T_DICT}, {"__code__", -1, -1}, {"__dict__", -1, -1},
        {"__globals__", -1, -1}, {"__closure__", -1, -1}, {"__builtins__", -1, -1},
    };
    for (size_t i = 0; i < HV_COUNTOF(members); i++)
        if (!strcmp(s, members[i].name)) {
            *need = members[i].need;
            return members[i].field;
        }
    return -2;
}

/* f.name = value (value NULL: del f.name): a member with CPython's checks,
 * anything else in the function's __dict__ (made by the first one). */
static int func_setattr(vm *v, object *o, object *name, object *value)
{
    if (class_names_class(v, name))             /* object.__class__'s setter */
        return class_set_class(v, o, value);
    const char *s = STR(name)->data;
    int need, field = func_member(s, &need);
    if (field == -1) {
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support assigning or deleting a "
                 "function's %s", s);
        return -1;
    }
    if (field >= 0) {
        int is_name = need == T_STR;
        if ((is_name && (!value || !obj_is(v, value, T_STR))) ||
            (value && need != T_NONE && !is_name && value != v->none && !obj_is(v, value, need))) {
            vm_raise(v, T_TYPE_ERROR, is_name ? "%s must be set to a string object"
                     : "%s must be set to a %s object", s, need == T_TUPLE ? "tuple" : "dict");
            return -1;
        }
        if (value && need != T_NONE && value == v->none)
            value = NULL;
        func_set(v, o, field, value ? obj_incref(v, value) : (need == T_NONE ? obj_incref(v, v->none) : NULL));
        return 0;
    }
    return attr_dict_store(v, o, &FUNC(o)->dict, F_DICT, name, value);
}

const type tmpl_function = {
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .getattr = func_getattr,
    .setattr = func_setattr,
    .host_size = sizeof(funcobj),
};

/* ---- cell ----------------------------------------------------------------- */

object *cell_new(vm *v, object *content)
{
    object *o = obj_new(v, v->types[T_CELL], 0);
    if (!o)
        return NULL;
    CELL(o)->ref = content;
    if (content)
        obj_give(v, content, o->addr, 0);
    obj_track(v, o);
    return o;
}

void cell_set(vm *v, object *cell, object *value)
{
    object *old = CELL(cell)->ref;
    CELL(cell)->ref = value;
    if (value)
        obj_give(v, value, cell->addr, 0);
    if (old)
        obj_release(v, old, cell->addr, 0);
}

static void cell_clear(vm *v, object *o)
{
    cell_set(v, o, NULL);
}

static void cell_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    cell_clear(v, o);
    obj_free(v, o);
}

static int cell_traverse(object *o, visitproc visit, void *arg)
{
    return CELL(o)->ref ? visit(CELL(o)->ref, arg) : 0;
}

static object *cell_getattr(vm *v, object *o, object *name)
{
    if (!strcmp(STR(name)->data, "cell_contents"))
        return CELL(o)->ref ? obj_incref(v, CELL(o)->ref) : vm_raise(v, T_VALUE, "Cell is empty");
    if (!strcmp(STR(name)->data, "__class__"))
        return obj_incref(v, &o->type->ob);
    return attr_generic(v, o, name);
}

const type tmpl_cell = {
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getattr = cell_getattr,
    .host_size = sizeof(cellobj),
};

/* ---- bound method ----------------------------------------------------------- */

object *method_new(vm *v, object *func, object *self)
{
    object *o = obj_new(v, v->types[T_METHOD], 0);
    if (!o)
        return NULL;
    METHOD(o)->func = obj_hold(v, func, o->addr, 0);
    METHOD(o)->self = obj_hold(v, self, o->addr, 1);
    obj_track(v, o);
    return o;
}

static void method_clear(vm *v, object *o)
{
    obj_release_pair(v, o, &METHOD(o)->func, &METHOD(o)->self);
}

static void method_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    method_clear(v, o);
    obj_free(v, o);
}

static int method_traverse(object *o, visitproc visit, void *arg)
{
    return obj_visit_pair(METHOD(o)->func, METHOD(o)->self, visit, arg);
}

/* method_repr: "<bound method C.m of " + repr(self) + ">", the function's
 * __qualname__ (else __name__, else "?"); repr(self) may run Python code. */
static object *method_repr(vm *v, object *o)
{
    object *func = METHOD(o)->func, *fname = NULL;
    static const char *const names[] = {"__qualname__", "__name__"};
    for (size_t i = 0; i < HV_COUNTOF(names) && !fname; i++)
        if (class_lookup_attr(v, func, str_static_interned(v, names[i]), &fname) < 0)
            return NULL;
    object *self = obj_repr(v, METHOD(o)->self);
    object *r = NULL;
    if (self) {
        const char *fn = fname && obj_is(v, fname, T_STR) ? STR(fname)->data : "?";
        size_t n = strlen(fn) + strlen(STR(self)->data) + 32;
        char *text = hv_malloc(n);
        snprintf(text, n, "<bound method %s of %s>", fn, STR(self)->data);
        r = str_from_cstr(v, text);
        free(text);
        obj_decref(v, self);
    }
    obj_xdecref(v, fname);
    return r;
}

/* method_getattro: __func__ and __self__, what the method type has (its
 * __sizeof__ and slot wrappers bound to the method), the rest from the
 * function. */
static object *method_getattr(vm *v, object *o, object *name)
{
    const char *s = STR(name)->data;
    if (!strcmp(s, "__func__"))
        return obj_incref(v, METHOD(o)->func);
    if (!strcmp(s, "__self__"))
        return obj_incref(v, METHOD(o)->self);
    if (!strcmp(s, "__class__"))
        return obj_incref(v, &o->type->ob);
    object *x = type_lookup_all(v, o->type, name);
    if (x || v->exc)
        return x ? attr_generic(v, o, name) : NULL;
    return obj_getattr(v, METHOD(o)->func, name);
}

/* method_richcompare: == when the functions are equal and bound to the
 * same object (identity, not equality, of __self__). */
static object *method_richcompare(vm *v, object *a, object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !obj_is(v, a, T_METHOD) || !obj_is(v, b, T_METHOD))
        return obj_incref(v, v->notimpl);
    int eq = obj_richcompare_bool(v, METHOD(a)->func, METHOD(b)->func, CMP_EQ);
    if (eq < 0)
        return NULL;
    eq = eq && METHOD(a)->self == METHOD(b)->self;
    return obj_bool(v, eq == (op == CMP_EQ));
}

/* method_hash: __self__'s pointer hash mixed with the function's hash. */
static int method_hash(vm *v, object *o, int64_t *out)
{
    int64_t y;
    if (obj_hash(v, METHOD(o)->func, &y))
        return -1;
    int64_t x = hash_pointer(METHOD(o)->self->addr) ^ y;
    *out = x == -1 ? -2 : x;
    return 0;
}

const type tmpl_method = {
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .getattr = method_getattr,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .host_size = sizeof(methodobj),
};

/* ---- code ------------------------------------------------------------------ */

static void code_dealloc(vm *v, object *o)
{
    codeobj *c = CODE(o);
    object *refs[] = {c->consts, c->names, c->localsplusnames, c->name, c->qualname, c->filename,
                      c->exctable};
    for (size_t i = 0; i < HV_COUNTOF(refs); i++)
        if (refs[i])
            obj_release(v, refs[i], o->addr, i);
    if (!c->nlocalsplus)            /* b'' as co_localspluskinds (emit.c) */
        obj_decref(v, v->empty_bytes);
    free(c->code);
    free(c->lines);
    free(c->cols);
    free(c->exctab);
    free(c->adapt);
    free(c->localspluskinds);
    obj_free(v, o);
}

/* Code objects are not GC objects (CPython's have no tp_traverse either):
 * only mark & sweep, which traces from roots through every object, uses
 * this to reach the constants and names. */
static int code_traverse(object *o, visitproc visit, void *arg)
{
    codeobj *c = CODE(o);
    object *refs[] = {c->consts, c->names, c->localsplusnames, c->name, c->qualname, c->filename,
                      c->exctable};
    for (size_t i = 0; i < HV_COUNTOF(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static uint64_t code_sizeof(vm *v, object *o)
{
    return code_size(CODE(o)->units);
}

/* get_localsplus_names: the names of the kind's slots, in a new tuple on
 * every read (the empty tuple when there are none). */
static object *code_names_of(vm *v, const codeobj *c, int kind)
{
    size_t n = 0, k = 0;
    for (uint32_t i = 0; i < c->nlocalsplus; i++)
        n += (c->localspluskinds[i] & kind) != 0;
    object *t = tuple_new(v, n);
    for (uint32_t i = 0; t && i < c->nlocalsplus; i++)
        if (c->localspluskinds[i] & kind)
            tuple_set(v, t, k++, obj_incref(v, TUPLE(c->localsplusnames)->items[i]));
    return t;
}

/* The members and getsets of a code object a program reads to see what a
 * function or frame runs (code_memberlist, code_getsetlist); the others
 * (co_code, co_consts…) are refused as outside the subset. */
static object *code_getattr(vm *v, object *o, object *name)
{
    const codeobj *c = CODE(o);
    const char *s = STR(name)->data;
    static const struct { const char *name; int kind; } names[] = {
        {"co_varnames", LP_LOCAL}, {"co_cellvars", LP_CELL}, {"co_freevars", LP_FREE},
    };
    for (size_t i = 0; i < HV_COUNTOF(names); i++)
        if (!strcmp(s, names[i].name))
            return code_names_of(v, c, names[i].kind);
    const struct { const char *name; object *x; uint32_t n; } fields[] = {
        {"co_name", c->name, 0}, {"co_qualname", c->qualname, 0}, {"co_filename", c->filename, 0},
        {"co_firstlineno", NULL, c->firstlineno}, {"co_argcount", NULL, c->argcount},
        {"co_posonlyargcount", NULL, c->posonlyargcount}, {"co_kwonlyargcount", NULL, c->kwonlyargcount},
        {"co_nlocals", NULL, c->nlocals}, {"co_flags", NULL, c->flags},
    };
    for (size_t i = 0; i < HV_COUNTOF(fields); i++)
        if (!strcmp(s, fields[i].name))
            return fields[i].x ? obj_incref(v, fields[i].x) : int_from_i64(v, fields[i].n);
    return attr_generic(v, o, name);
}

static const method_def code_methods[] = {
    {"__sizeof__", class_sizeof, METH_NOARGS, "code.__sizeof__"},
    {NULL, NULL, 0, NULL},
};

const type tmpl_code = {
    .dealloc = code_dealloc,
    .traverse = code_traverse,
    .size_of = code_sizeof,
    .getattr = code_getattr,
    .getmethod = attr_getmethod_plain,
    .methods = code_methods,
    .host_size = sizeof(codeobj),
};

/* ---- argument binding ------------------------------------------------------ */

/* PyUnicode_Join(", ", items) as the argument errors call it: the comma
 * made, the join (the only item itself, else a new str), the comma
 * dropped.  A new reference, or NULL. */
static object *join_comma(vm *v, object *const *items, size_t n)
{
    object *comma = str_from_utf8(v, ", ", 2);
    object *joined = comma ? str_join_items(v, comma, items, n) : NULL;
    obj_xdecref(v, comma);
    return joined;
}

/* format_missing's list of names (the reprs in `names`, at least one): the
 * only one itself, two as "%U and %U", more as ", ".join of all but the
 * last two (cut from the list first) + ", %U, and %U".  A new reference,
 * or NULL. */
static object *missing_names_str(vm *v, object *names)
{
    size_t n = LIST(names)->n;
    object *last2[2] = {LIST(names)->items[n - 1 - (n > 1)], LIST(names)->items[n - 1]};
    if (n == 1)
        return obj_incref(v, last2[0]);
    if (n == 2)
        return str_from_format_ints(v, "%U and %U", NULL, last2, 0, NULL);
    object *tail = str_from_format_ints(v, ", %U, and %U", NULL, last2, 0, NULL);
    if (!tail || list_del_slice(v, names, (int64_t)n - 2, (int64_t)n)) {
        obj_xdecref(v, tail);
        return NULL;
    }
    object *head = join_comma(v, LIST(names)->items, n - 2);
    object *both[2] = {head, tail};
    object *r = head ? str_join_stack(v, both, 2) : NULL;   /* PyUnicode_Concat */
    obj_xdecref(v, head);
    obj_decref(v, tail);
    return r;
}

/* missing_arguments: the reprs of the parameters in [from, to) without a
 * value, in a list of exactly that many, then format_missing's message
 * made as _PyErr_Format makes it. */
static int missing(vm *v, funcobj *f, object **locals, size_t from, size_t to, int kwonly)
{
    codeobj *c = CODE(f->code);
    size_t n = 0, k = 0;
    for (size_t i = from; i < to; i++)
        n += !locals[i];
    object *names = list_new(v, n);
    for (size_t i = from; names && i < to; i++) {
        if (locals[i])
            continue;
        object *r = obj_repr(v, TUPLE(c->localsplusnames)->items[i]);
        if (!r) {
            obj_decref(v, names);
            return -1;
        }
        list_set_fresh(v, names, k++, r);
    }
    object *text = names ? missing_names_str(v, names) : NULL;
    if (text) {
        vm_raise_format(v, T_TYPE_ERROR, "%U() missing %i required %s argument%s: %U", f->qualname, (int)n,
                        kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", text);
        obj_decref(v, text);
    }
    obj_xdecref(v, names);
    return -1;
}

int func_raise_too_many(vm *v, object *qual, size_t min, size_t max, size_t given, size_t kwonly_given)
{
    int64_t counts[2] = {(int64_t)min, (int64_t)max};
    object *sig = str_from_format_ints(v, min < max ? "from %zd to %zd" : "%zd", NULL, NULL, 0,
                                       min < max ? counts : counts + 1);
    if (!sig)
        return -1;
    const char *plurals[2] = {given != 1 ? "s" : "", kwonly_given != 1 ? "s" : ""};
    int64_t nkw = (int64_t)kwonly_given;
    object *kwonly_sig = kwonly_given ? str_from_format_ints(v, " positional argument%s (and %zd keyword-only "
                                                             "argument%s)", plurals, NULL, 0, &nkw)
                                      : obj_incref(v, v->empty_str);
    if (kwonly_sig)
        vm_raise_format(v, T_TYPE_ERROR, "%U() takes %U positional argument%s but %zd%U %s given", qual, sig,
                        min < max || max != 1 ? "s" : "", given, kwonly_sig,
                        given == 1 && !kwonly_given ? "was" : "were");
    obj_decref(v, sig);
    obj_xdecref(v, kwonly_sig);
    return -1;
}

static int too_many(vm *v, funcobj *f, size_t given, size_t kwonly_given)
{
    size_t ndef = f->defaults ? TUPLE(f->defaults)->n : 0, max = CODE(f->code)->argcount;
    return func_raise_too_many(v, f->qualname, max - ndef, max, given, kwonly_given);
}

/* The parameter index a keyword names (positional-only ones excluded, as
 * CPython matches from co_posonlyargcount), or -1. */
static long param_index(codeobj *c, object *name)
{
    size_t n = c->argcount + c->kwonlyargcount;
    for (size_t i = c->posonlyargcount; i < n; i++)
        if (str_eq(TUPLE(c->localsplusnames)->items[i], name))
            return (long)i;
    return -1;
}

/* Releases the arguments not yet handed over (error paths). */
static void drop_args(vm *v, object *const *args, size_t from, size_t n)
{
    for (size_t i = from; i < n; i++)
        obj_decref(v, args[i]);
}

/* positional_only_passed_as_keyword, asked about an unknown keyword of a
 * function with positional-only parameters and no **kwargs: the keywords
 * naming one gathered in a list (made and freed even when none does), then
 * the TypeError naming them.  -1 with it (or MemoryError), 0 when none
 * does (or the function has no positional-only parameter). */
static int posonly_as_keyword(vm *v, funcobj *f, object *kwnames)
{
    codeobj *c = CODE(f->code);
    if (!c->posonlyargcount)
        return 0;
    object *names = list_new(v, 0);
    if (!names)
        return -1;
    for (size_t i = 0; i < c->posonlyargcount; i++)
        for (size_t k = 0; k < TUPLE(kwnames)->n; k++)
            if (str_eq(TUPLE(c->localsplusnames)->items[i], TUPLE(kwnames)->items[k]) &&
                list_append(v, names, TUPLE(kwnames)->items[k])) {
                obj_decref(v, names);
                return -1;
            }
    size_t n = LIST(names)->n;
    if (n) {                                    /* "'a, b'": ", ".join(names) quoted once */
        object *joined = join_comma(v, LIST(names)->items, n);
        if (joined)
            vm_raise_format(v, T_TYPE_ERROR, "%U() got some positional-only arguments passed as keyword "
                            "arguments: '%U'", f->qualname, joined);
        obj_xdecref(v, joined);
    }
    obj_decref(v, names);
    return n ? -1 : 0;
}

/* The keyword arguments, after the positional ones: into their parameter,
 * or into the **kwargs dict (its reference to the value is the dict's own;
 * the interpreter's is dropped).  -1 with the error; the values not yet
 * placed are released. */
static int bind_keywords(vm *v, funcobj *f, object **locals, uint64_t frame, object *const *kwvals,
                         object *kwnames, object *kwdict)
{
    codeobj *c = CODE(f->code);
    size_t nkw = TUPLE(kwnames)->n;
    for (size_t k = 0; k < nkw; k++) {
        object *name = TUPLE(kwnames)->items[k], *value = kwvals[k];
        long p = param_index(c, name);
        if (p < 0 && kwdict) {
            int bad = dict_setitem(v, kwdict, name, value);
            obj_decref(v, value);
            if (bad) {
                drop_args(v, kwvals, k + 1, nkw);
                return -1;
            }
            continue;
        }
        if (p < 0 || locals[p]) {
            if (p >= 0 || !posonly_as_keyword(v, f, kwnames))
                vm_raise_format(v, T_TYPE_ERROR, p < 0 ? "%U() got an unexpected keyword argument '%S'"
                                                       : "%U() got multiple values for argument '%S'",
                                f->qualname, name);
            drop_args(v, kwvals, k, nkw);
            return -1;
        }
        locals[p] = value;
        obj_give(v, value, frame, (uint64_t)p);
    }
    return 0;
}

/* The defaults of the positional and keyword-only parameters not given,
 * then the check that every parameter has a value. */
static int bind_defaults(vm *v, funcobj *f, object **locals, uint64_t frame, size_t npos)
{
    codeobj *c = CODE(f->code);
    size_t nparams = c->argcount + c->kwonlyargcount;
    size_t ndef = f->defaults ? TUPLE(f->defaults)->n : 0, first_def = c->argcount - ndef;
    for (size_t i = npos; i < c->argcount; i++)
        if (!locals[i] && i >= first_def)
            locals[i] = obj_hold(v, TUPLE(f->defaults)->items[i - first_def], frame, i);
    for (size_t i = 0; i < c->argcount; i++)
        if (!locals[i])
            return missing(v, f, locals, 0, c->argcount, 0);
    for (size_t i = c->argcount; i < nparams; i++) {
        if (locals[i] || !f->kwdefaults)
            continue;
        object *d = dict_lookup(v, f->kwdefaults, TUPLE(c->localsplusnames)->items[i]);
        if (d)
            locals[i] = obj_hold(v, d, frame, i);
    }
    for (size_t i = c->argcount; i < nparams; i++)
        if (!locals[i])
            return missing(v, f, locals, c->argcount, nparams, 1);
    return 0;
}

/* CPython's initialize_locals, step for step: the **kwargs dict first, the
 * positional arguments, the *args tuple (the shared empty tuple when there
 * are no extra ones), the keywords, then the count checks and defaults. */
int func_bind(vm *v, object *fo, object **locals, uint64_t frame, object *const *args,
              size_t nargs, object *kwnames)
{
    funcobj *f = FUNC(fo);
    codeobj *c = CODE(f->code);
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    size_t nparams = c->argcount + c->kwonlyargcount;
    object *kwdict = NULL;
    if (c->flags & CO_VARKEYWORDS) {
        size_t slot = nparams + ((c->flags & CO_VARARGS) != 0);
        if (!(kwdict = dict_new(v))) {
            drop_args(v, args, 0, nargs);
            return -1;
        }
        locals[slot] = kwdict;
        obj_give(v, kwdict, frame, slot);
    }
    size_t take = npos < c->argcount ? npos : c->argcount;
    for (size_t i = 0; i < take; i++) {
        locals[i] = args[i];
        obj_give(v, args[i], frame, i);
    }
    if (c->flags & CO_VARARGS) {
        object *rest = tuple_new(v, npos - take);
        if (!rest) {
            drop_args(v, args, take, nargs);
            return -1;
        }
        for (size_t i = take; i < npos; i++)
            tuple_set(v, rest, i - take, args[i]);
        locals[nparams] = rest;
        obj_give(v, rest, frame, nparams);
    } else {
        drop_args(v, args, take, npos);     /* too many: reported below */
    }
    if (nkw && bind_keywords(v, f, locals, frame, args + npos, kwnames, kwdict))
        return -1;
    if (npos > c->argcount && !(c->flags & CO_VARARGS)) {
        size_t kwonly_given = 0;
        for (size_t i = c->argcount; i < nparams; i++)
            kwonly_given += locals[i] != NULL;
        return too_many(v, f, npos, kwonly_given);
    }
    return bind_defaults(v, f, locals, frame, npos);
}
