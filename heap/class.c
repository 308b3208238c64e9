/*
 * class.c — class statements and their instances.
 *
 * A class is a heap type: a GC object of CPython's PyHeapTypeObject size
 * (16 + 904, plus 40 per __slots__ member and one more for the sentinel
 * PyType_GenericAlloc adds: a raw block) with its own dict
 * (a copy of the class body's namespace), its bases and mro tuples, and,
 * without __slots__, the shared keys its instances' inline values use
 * (dict.c).  Instances are laid out as 3.11 lays them out:
 *
 *   no __slots__   32-byte pre-header (values, dict, GC) + 16 + weakref slot
 *                  = a 64-byte block, attributes in an inline values block
 *   __slots__      16-byte GC pre-header + 16 + 8 per slot
 *
 *   list / dict    the base's 40 or 48 bytes + 8 per slot + weakref slot,
 *   subclasses     the same pre-headers; on the host, the class's fields
 *                  (instfields) follow the base's struct
 *
 *   float / str /  the same: a managed __dict__, a weakref slot (str's
 *   bytearray      text in a block of its own: not compact; bytearray's
 *   subclasses     buffer its own block, as bytearray's)
 *
 *   set /          the same, but set's own weakreflist is the __weakref__
 *   frozenset      slot (200 bytes + the pre-headers)
 *   subclasses
 *
 *   int / tuple /  16-byte GC pre-header, the base's object sized for
 *   bytes          n + 1 items, the __dict__ pointer at tp_dictoffset -8
 *   subclasses     (after the items), no weakref slot; on the host, the
 *                  class's fields follow the digits, items or bytes
 *
 * Behaviour comes from the class's dunder methods: every slot of a heap
 * type looks its dunder up along the mro and calls it, or falls back to
 * object's behaviour.  A subclass of a builtin type keeps its base's
 * slots but those a class along it defines the dunder for
 * (container_dunders).  A class's __new__ is a staticmethod its tp_new
 * (slot_tp_new) calls before __init__; object's, list's… __new__ are
 * tp_new_wrapper (class_new_wrapper).
 * Exception classes (class E(Exception)) keep the exception layout and
 * behaviour of their base (a __new__ of theirs only on BaseException_new's
 * and BaseException_init's bases: plain_exc).  A class with several bases (class D(B, C)) is
 * laid out as its primary base's (best_base) and looks everything up
 * along its C3 mro.
 *
 * Invariant: a heap type's host struct is a `type` whose name points into
 * its name_obj, which it holds; instances hold their class (object.c).
 */
#include "class.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "descr.h"
#include "dict.h"
#include "dir.h"
#include "eval.h"
#include "func.h"
#include "hv.h"
#include "mappingproxy.h"
#include "pymalloc.h"
#include "set.h"
#include "slotwrap.h"
#include "symtable.h"
#include "traceback.h"
#include "tracemalloc.h"
#include "typedict.h"
#include "types.h"
#include "weakref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The special names a class's slots look up.  D_OP + op, D_ROP + op and
 * D_IOP + op are __add__, __radd__, __iadd__ … for op in enum binop: their
 * names are made from binop_stem at class_init. */
enum dunder { D_INIT, D_REPR, D_STR, D_EQ, D_NE, D_LT, D_LE, D_GT, D_GE, D_HASH, D_BOOL, D_LEN,
              D_CALL, D_DEL, D_ITER, D_NEXT, D_GETITEM, D_CONTAINS, D_SLOTS, D_MODULE,
              D_QUALNAME, D_DICT, D_CLASS, D_NAME, D_ARGS, D_NEG, D_POS, D_INVERT, D_ABS,
              D_INT, D_FLOAT, D_INDEX, D_GETATTR, D_FORMAT, D_SETITEM, D_DELITEM, D_REVERSED, D_GETATTRIBUTE, D_SETATTR, D_DELATTR,
              D_DIVMOD, D_RDIVMOD, D_ROUND, D_NNAMED,
              D_OP = D_NNAMED, D_ROP = D_OP + NB_NBINOPS, D_IOP = D_ROP + NB_NBINOPS,
              D_NDUNDERS = D_IOP + NB_NBINOPS };

_Static_assert(D_NDUNDERS <= HV_COUNTOF(((vm *)0)->dunders), "vm.dunders holds every special name");

static const char *const dunder_names[D_NNAMED] = {
    "__init__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__hash__", "__bool__", "__len__", "__call__", "__del__", "__iter__", "__next__",
    "__getitem__", "__contains__", "__slots__", "__module__", "__qualname__", "__dict__",
    "__class__", "__name__", "args", "__neg__", "__pos__", "__invert__", "__abs__",
    "__int__", "__float__", "__index__", "__getattr__", "__format__", "__setitem__",
    "__delitem__", "__reversed__", "__getattribute__", "__setattr__", "__delattr__",
    "__divmod__", "__rdivmod__", "__round__",
};

/* The stems of the binary operators' method names, in enum binop order. */
static const char *const binop_stem[NB_NBINOPS] = {
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub",
    "truediv", "xor",
};

static object *dunder(vm *v, enum dunder d)
{
    return v->dunders[d];
}

/* The builtin type t's instances are made of: object, list or dict (an
 * exception's class keeps its own ways, exc_sub_*). */
static type *builtin_base(type *t)
{
    while (t->flags & TPF_HEAPTYPE)
        t = t->base;
    return t;
}

/* Whether instances of t are a builtin's object (a list, dict, float, int,
 * tuple or str) with a class's fields after it, keeping the builtin's
 * slots (class Stack(list), class Celsius(float)). */
static int is_container(const type *t)
{
    return (t->flags & TPF_HEAPTYPE) && !(t->flags & TPF_EXC_SUBCLASS) &&
           builtin_base((type *)t)->base != NULL;      /* not object itself */
}

static size_t round8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

size_t class_inst_var_items(const object *o)
{
    uint32_t f = o->type->flags;
    if (!(f & TPF_HEAPTYPE))
        return 0;
    if (f & TPF_LONG_SUBCLASS)
        return round8(INT(o)->alloc * sizeof(uint32_t));
    if (f & TPF_TUPLE_SUBCLASS)
        return TUPLE(o)->n * sizeof(object *);
    if (f & TPF_STR_SUBCLASS)
        return round8(STR(o)->nbytes + 1);
    if (f & TPF_BYTES_SUBCLASS)
        return round8(BYTES(o)->n + 1);
    return 0;
}

/* The dunder method of o's class (borrowed), or NULL.  Along a list's or
 * dict's mro a slot wrapper counts too (list.__lt__ for a class that
 * defines only __eq__: slot_tp_richcompare finds it by name). */
static object *find(vm *v, object *o, enum dunder d)
{
    object *m = type_lookup(v, o->type, dunder(v, d));
    if (!m && !v->exc && is_container(o->type))
        m = type_lookup_slot(v, o->type, dunder(v, d));
    return m;
}

/* Calls o.__d__(args…) through its class; NULL with the exception. */
static object *call_dunder(vm *v, object *o, object *meth, object *const *args, size_t nargs)
{
    object *all[4] = {o};
    for (size_t i = 0; i < nargs && i < 3; i++)
        all[i + 1] = args[i];
    return eval_call(v, meth, all, nargs + 1, NULL);
}

/* ---- instances ---------------------------------------------------------------- */

static int has_slots(const type *t)
{
    return !(t->flags & (TPF_MANAGED_DICT | TPF_VAR_DICT));
}

/* The label o holds its __slots__ member i under: i, or past its class's
 * for a list subclass's instance, whose index labels are its items. */
static uint64_t slot_label(const object *o, uint64_t i)
{
    uint64_t cls = type_class_label(o->type);
    return cls ? cls + 1 + i : i;
}

/* tp_weaklistoffset, fixed when the class was made (type_new or its
 * base's, copied by type_inherit): deleting the __weakref__ descriptor
 * from a class dict changes nothing. */
int class_has_weakref(const type *t)
{
    return t->weaklist_offset != 0;
}

/* The repr of a class's name as object_repr and type_repr make it: the
 * class's __module__ (a str, not "builtins") and its qualname, a heap
 * type's own str or, for a built-in type, one made for the call
 * (type_qualname) and dropped after; PyUnicode_FromFormat's writer makes
 * the text, from with_mod ("%U.%U" first) or plain ("%s": tp_name). */
static object *class_name_repr(vm *v, type *t, const char *with_mod, const char *plain, uint64_t addr)
{
    object *mod = (t->flags & TPF_HEAPTYPE) && t->dict ? dict_lookup(v, t->dict, dunder(v, D_MODULE)) : NULL;
    object *own = (t->flags & TPF_HEAPTYPE) ? (t->qualname ? t->qualname : t->name_obj) : NULL;
    object *name = own ? obj_incref(v, own) : str_from_cstr(v, t->name);
    if (!name)
        return NULL;
    object *r;
    if (mod && obj_is(v, mod, T_STR) && strcmp(STR(mod)->data, "builtins")) {
        object *u[] = {mod, name};
        r = str_from_format_args(v, with_mod, NULL, u, addr);
    } else {
        const char *s[] = {t->name};
        r = str_from_format_args(v, plain, s, NULL, addr);
    }
    obj_decref(v, name);
    return r;
}

object *class_object_repr(vm *v, object *o)
{
    return class_name_repr(v, o->type, "<%U.%U object at %p>", "<%s object at %p>", o->addr);
}

object *class_type_repr(vm *v, object *o)
{
    return class_name_repr(v, (type *)o, "<class '%U.%U'>", "<class '%s'>", 0);
}

static object *call_found(vm *v, object *self, object *m, object *const *args, size_t nargs);
static object *method_found(vm *v, object *self, object *m, int *unbound);
static object *call_found_prepend(vm *v, object *self, object *m, object *const *args, size_t nargs,
                                  object *kwnames);

static const char repr_not_str[] = "__repr__ returned non-string (type %.200s)",
                  str_not_str[] = "__str__ returned non-string (type %.200s)";

/* PyObject_Repr's and PyObject_Str's check of what a slot gave: a str, or
 * TypeError in the words of the slot the caller asked for (fmt: str_not_str
 * when str() of a class with only __repr__ got a non-str through object_str). */

static object *must_be_str(vm *v, object *r, const char *fmt)
{
    if (r && !obj_is(v, r, T_STR)) {
        vm_raise_format(v, T_TYPE_ERROR, fmt, r->type->name);
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

/* slot_tp_repr: the class's __repr__ called, its result not checked (the
 * caller, PyObject_Repr or object_str, does that); without one the nearest
 * built-in base's repr, else object_repr. */
static object *slot_repr_unchecked(vm *v, object *o)
{
    object *m = find(v, o, D_REPR);
    if (m)
        return call_found(v, o, m, NULL, 0);
    type *b = builtin_base(o->type);
    return b->repr && b != v->types[T_OBJECT] ? b->repr(v, o) : class_object_repr(v, o);
}

static object *slot_repr(vm *v, object *o)
{
    return must_be_str(v, slot_repr_unchecked(v, o), repr_not_str);
}

/* slot_tp_str: the class's __str__; without one the built-in base's str,
 * else object_str, which returns what tp_repr gave: PyObject_Str checks it. */
static object *slot_str(vm *v, object *o)
{
    object *m = find(v, o, D_STR);
    if (m)
        return must_be_str(v, call_found(v, o, m, NULL, 0), str_not_str);
    type *b = builtin_base(o->type);
    if (b->str)
        return b->str(v, o);
    return must_be_str(v, slot_repr_unchecked(v, o), str_not_str);
}

/* slot_tp_richcompare: the method of op's name along self's mro, called
 * as lookup_maybe_method and vectorcall_unbound do: a function with
 * (self, other); a slot wrapper (object's __gt__, a builtin base's) with
 * the same two, through its tp_call (descr_call: the 2-tuple, then the
 * 1-tuple cut from it), which runs its type's comparison (object's __ne__
 * inverts self's ==).  A class whose six names are all slot wrappers of
 * one type has that type's comparison itself instead (update_one_slot's
 * specific function): no tuples.  Anything else found is bound through
 * its __get__ first (a staticmethod's function, a classmethod's bound
 * method, a property's value) and the result called with other alone;
 * what has no __get__ (None, a builtin such as len) is called as found. */
static object *slot_richcompare(vm *v, object *a, object *b, int op)
{
    static const enum dunder names[] = {D_LT, D_LE, D_EQ, D_NE, D_GT, D_GE};
    object *self = (a->type->flags & TPF_HEAPTYPE) && a->type->richcompare == slot_richcompare ? a : b;
    object *other = self == a ? b : a;
    static const int swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
    int myop = self == a ? op : swapped[op];
    type *specific = NULL;
    int generic = 0;
    for (size_t i = 0; i < HV_COUNTOF(names) && !generic; i++) {
        object *d = type_lookup_all(v, self->type, dunder(v, names[i]));
        if (!d)
            continue;
        if (!obj_is(v, d, T_WRAPPER_DESCR) || (specific && DESCR(d)->owner != specific))
            generic = 1;
        else
            specific = DESCR(d)->owner;
    }
    if (specific && !generic)
        return slotwrap_richcompare(v, specific, self, other, myop);
    object *m = type_lookup_all(v, self->type, dunder(v, names[myop]));
    if (!m)
        return v->exc ? NULL : obj_incref(v, v->notimpl);
    return call_found(v, self, m, &other, 1);
}

static int slot_hash(vm *v, object *o, int64_t *out)
{
    object *m = find(v, o, D_HASH);
    if (m == v->none || (!m && find(v, o, D_EQ))) {
        vm_raise_format(v, T_TYPE_ERROR, "unhashable type: '%.200s'", o->type->name);
        return -1;
    }
    if (m) {                                    /* lookup_maybe_method: a staticmethod's function too */
        object *r = call_found(v, o, m, NULL, 0);
        if (!r)
            return -1;
        int ok = type_is_subtype(r->type, v->types[T_INT]);
        if (ok && !int_as_i64(r, out))          /* past 64 bits: the int's own hash */
            ok = v->types[T_INT]->hash(v, r, out) == 0;
        obj_decref(v, r);
        if (!ok) {
            vm_raise(v, T_TYPE_ERROR, "__hash__ method should return an integer");
            return -1;
        }
        if (*out == -1)
            *out = -2;
        return 0;
    }
    *out = hash_pointer(o->addr);
    return 0;
}

/* slot_sq_length's call of m, o's __len__: its result must be an int that
 * fits and is >= 0.  The length, or -1 with the exception. */
static int64_t len_found(vm *v, object *o, object *m)
{
    object *r = call_found(v, o, m, NULL, 0);
    if (!r)
        return -1;
    int64_t n;
    int ok = type_is_subtype(r->type, v->types[T_INT]) && int_as_i64(r, &n);
    if (!ok)
        vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer", r->type->name);
    obj_decref(v, r);
    if (!ok)
        return -1;
    if (n < 0) {
        vm_raise(v, T_VALUE, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

/* slot_nb_bool, installed for every class: __bool__ (its result must be a
 * bool); without one the truth of a class with __len__ is its length
 * through slot_sq_length (PyObject_IsTrue), else true. */
static int slot_truth(vm *v, object *o)
{
    object *m = find(v, o, D_BOOL);
    if (!m) {
        if (v->exc)
            return -1;
        if (!(m = find(v, o, D_LEN)))
            return v->exc ? -1 : 1;
        int64_t n = len_found(v, o, m);
        return n < 0 ? -1 : n > 0;
    }
    object *r = call_found(v, o, m, NULL, 0);
    if (!r)
        return -1;
    int t;
    if (!obj_is(v, r, T_BOOL)) {
        vm_raise_format(v, T_TYPE_ERROR, "__bool__ should return bool, returned %s", r->type->name);
        t = -1;
    } else {
        t = obj_truth(v, r);
    }
    obj_decref(v, r);
    return t;
}

static int64_t slot_len(vm *v, object *o)
{
    object *m = find(v, o, D_LEN);
    if (!m) {
        if (!v->exc)
            vm_raise_format(v, T_TYPE_ERROR, "object of type '%.200s' has no len()", o->type->name);
        return -1;
    }
    return len_found(v, o, m);
}

/* slot_tp_call and slot_tp_init call a class's function with self first
 * through _PyObject_Call_Prepend, from the argument tuple and keyword dict
 * their caller packed: self and the positional arguments go into a PyMem
 * array once they outnumber _PY_FASTCALL_SMALL_STACK (5); with keywords,
 * _PyObject_FastCallDict's _PyStack_UnpackDict copies self, the positional
 * arguments and the keyword values into another of 1 + 1 + nargs pointers
 * (nargs counting the keyword values) and the dict's keys into a new
 * kwnames tuple.  Freed after the call in the reverse order. */
static object *call_prepend(vm *v, object *fn, object *self, object *const *args, size_t nargs,
                            object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    uint64_t stack = 0, unpacked = 0;
    object *names = NULL, *r = NULL;
    if (npos + 1 > 5 && !(stack = pymalloc_malloc(v->pm, 8 * (uint64_t)(npos + 1))))
        return vm_no_memory(v);
    if (nkw && !(unpacked = pymalloc_malloc(v->pm, 8 * (uint64_t)(2 + nargs)))) {
        vm_no_memory(v);
    } else if (!nkw || (names = tuple_new(v, nkw))) {
        for (size_t k = 0; k < nkw; k++)
            tuple_set(v, names, k, obj_incref(v, TUPLE(kwnames)->items[k]));
        r = eval_call_self(v, fn, self, args, nargs, names);
    }
    if (unpacked)
        pymalloc_free(v->pm, unpacked);
    obj_xdecref(v, names);
    if (stack)
        pymalloc_free(v->pm, stack);
    return r;
}

static object *slot_call(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    object *m = find(v, o, D_CALL);
    if (!m)
        return v->exc ? NULL : vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not callable", o->type->name);
    return call_found_prepend(v, o, m, args, nargs, kwnames);
}

static object *slot_iter(vm *v, object *o)
{
    object *m = find(v, o, D_ITER);
    if (!m || m == v->none)
        return v->exc ? NULL : vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not iterable", o->type->name);
    object *r = call_found(v, o, m, NULL, 0);
    if (r && !r->type->iternext) {              /* PyObject_GetIter's PyIter_Check */
        vm_raise_format(v, T_TYPE_ERROR, "iter() returned non-iterator of type '%.100s'", r->type->name);
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

static object *slot_next(vm *v, object *o)
{
    object *m = find(v, o, D_NEXT);
    if (!m)
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not an iterator", o->type->name);
    object *r = call_found(v, o, m, NULL, 0);
    if (!r && vm_exc_matches(v, T_STOP_ITERATION))
        vm_exc_clear(v);                        /* exhausted */
    return r;
}

static object *slot_getitem(vm *v, object *o, object *key)
{
    object *m = find(v, o, D_GETITEM);
    if (!m)
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not subscriptable", o->type->name);
    return call_found(v, o, m, &key, 1);
}

/* slot_mp_ass_subscript: o[key] = value through __setitem__, del o[key]
 * through __delitem__ (AttributeError naming the one the class lacks). */
static int slot_setitem(vm *v, object *o, object *key, object *value)
{
    object *name = value ? dunder(v, D_SETITEM) : dunder(v, D_DELITEM);
    object *m = type_lookup(v, o->type, name);
    if (!m) {
        if (!v->exc)
            vm_raise_str(v, T_ATTRIBUTE, name);
        return -1;
    }
    object *args[2] = {key, value};
    object *r = call_found(v, o, m, args, value ? 2 : 1);
    obj_xdecref(v, r);
    return r ? 0 : -1;
}

static int slot_contains(vm *v, object *o, object *x)
{
    object *m = find(v, o, D_CONTAINS);
    if (m == v->none) {
        vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not a container", o->type->name);
        return -1;
    }
    if (!m) {
        if (v->exc)
            return -1;
        object *it = slot_iter(v, o);
        if (!it)
            return -1;
        object *e;
        int found = 0;
        while (!found && (e = obj_iternext(v, it))) {
            found = obj_richcompare_bool(v, e, x, CMP_EQ);
            obj_decref(v, e);
        }
        obj_decref(v, it);
        return v->exc ? -1 : found;
    }
    object *r = call_found(v, o, m, &x, 1);
    if (!r)
        return -1;
    int t = obj_truth(v, r);
    obj_decref(v, r);
    return t;
}

/* __del__ (tp_finalize): run once; its exceptions are printed as CPython's
 * "Exception ignored in" report, named by what lookup_maybe_method gave
 * (the function, a staticmethod's too), and dropped. */
static void slot_del(vm *v, object *o)
{
    object *m = find(v, o, D_DEL);
    if (!m)
        return;
    vm_err saved = vm_exc_fetch(v);
    int unbound;
    object *f = method_found(v, o, m, &unbound);
    object *r = !f ? NULL : unbound ? call_dunder(v, o, f, NULL, 0) : eval_call(v, f, NULL, 0, NULL);
    if (r) {
        obj_decref(v, r);
    } else {
        traceback_write_unraisable(v, f, "<function>");
    }
    obj_xdecref(v, f);
    vm_exc_restore(v, saved);
}

/* ---- attributes ---------------------------------------------------------------- */

/* The slot a member descriptor names: its owner's first slot plus the
 * name's place in the owner's sorted __slots__ (member_get's offset). */
static long member_index(const object *descr)
{
    type *owner = DESCR(descr)->owner;
    for (size_t i = 0; i < TUPLE(owner->slot_names)->n; i++)
        if (str_eq(TUPLE(owner->slot_names)->items[i], DESCR(descr)->name))
            return (long)(owner->slot_base + i);
    return -1;
}

/* The slot of o that attr, what the lookup along o's class found, gives
 * access to: a class's member descriptor is a data descriptor, so it wins
 * over the instance's __dict__, and a subclass's attribute of the same name
 * hides it (PyObject_GenericGetAttr).  Returns the index, -1 when attr is
 * no member descriptor, -2 with TypeError when o is no instance of its
 * owner (descr_check). */
static long slot_of(vm *v, object *o, object *attr)
{
    if (!attr || !obj_is(v, attr, T_MEMBER_DESCR) || DESCR(attr)->def)
        return -1;
    type *owner = DESCR(attr)->owner;
    if (!type_is_subtype(o->type, owner)) {
        vm_raise_format(v, T_TYPE_ERROR, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                        DESCR(attr)->name, owner->name, o->type->name);
        return -2;
    }
    return member_index(attr);
}

static object *bind(vm *v, object *attr, object *o)
{
    if (obj_is(v, attr, T_FUNCTION))
        return method_new(v, attr, o);
    if (descr_def(v, attr))
        return descr_get(v, attr, o);
    if (obj_is(v, attr, T_PROPERTY))
        return property_get(v, attr, o);
    if (obj_is(v, attr, T_GETSET_DESCR) && !DESCR(attr)->def && !strcmp(STR(DESCR(attr)->name)->data, "__weakref__")) {
        object *head = weakref_list_head(v, o);        /* subtype_getweakref: the list's head */
        return obj_incref(v, head ? head : v->none);
    }
    object *w = descr_wrapped_get(v, attr, o->type);    /* staticmethod, classmethod */
    return w || v->exc ? w : obj_incref(v, attr);
}

/* PyObject_GenericGetAttr looks the name up on the type before the
 * instance's __dict__, so that a data descriptor (here only a property)
 * wins.  The lookup walks the MRO, so it comes first only while a property
 * exists (vm.nproperties) or the class has slots (member descriptors);
 * otherwise it can wait until the __dict__ has missed, with the same
 * answer.  Returns whether it looked (*attr: what the
 * type has, or NULL). */
static int early_lookup(vm *v, type *t, object *name, object **attr)
{
    int look = v->nproperties || t->nslots;
    *attr = look ? type_lookup(v, t, name) : NULL;
    return look;
}

/* PyObject_GenericGetAttr on an instance; with `suppress`, a name found
 * nowhere answers NULL without making the AttributeError (CPython's
 * suppress flag: hasattr and getattr with a default). */
static object *inst_lookup(vm *v, object *o, object *name, int suppress)
{
    instfields *in = INST(o);
    object *attr;
    int looked = early_lookup(v, o->type, name, &attr);
    long si = slot_of(v, o, attr);
    if (si != -1) {
        object *x = si >= 0 ? in->slots[si] : NULL;
        if (!x && si >= 0)                          /* member_get: T_OBJECT_EX unset */
            vm_raise_format(v, T_ATTRIBUTE, "'%.200s' object has no attribute '%s'", o->type->name,
                            STR(DESCR(attr)->name)->data);
        return x ? obj_incref(v, x) : NULL;
    }
    if (name == dunder(v, D_CLASS) || name == dunder(v, D_DICT)) {
        object *own = type_lookup(v, o->type, name);   /* a class attribute shadows the getset */
        if (own && !(obj_is(v, own, T_GETSET_DESCR) && !DESCR(own)->def))
            return bind(v, own, o);
        if (v->exc)
            return NULL;
    }
    if (name == dunder(v, D_CLASS))
        return obj_incref(v, &o->type->ob);
    if (attr && descr_is_data(v, attr))             /* a property wins over __dict__ */
        return property_get(v, attr, o);
    if (!has_slots(o->type)) {
        if (name == dunder(v, D_DICT)) {
            object *d = dict_inline_materialize(v, o, &in->values, &in->dict);
            return d ? obj_incref(v, d) : NULL;
        }
        object *x = dict_inline_get(v, o, in->values, in->dict, name);
        if (x)
            return obj_incref(v, x);
    }
    if (!looked)
        attr = type_lookup(v, o->type, name);
    if (!attr && !v->exc)
        attr = type_lookup_slot(v, o->type, name);
    if (attr)
        return bind(v, attr, o);
    if (v->exc || attr_refuse_theirs(v, o, name) || suppress)   /* object.__new__: refused by name */
        return NULL;
    vm_raise_format(v, T_ATTRIBUTE, "'%.50s' object has no attribute '%U'", o->type->name, name);
    exc_normalize(v);           /* _PyObject_GenericGetAttrWithDict: set_attribute_error_context */
    return NULL;
}

static object *inst_getattr(vm *v, object *o, object *name)
{
    return inst_lookup(v, o, name, 0);
}

static object *inst_getattr_hook(vm *v, object *o, object *name);
static int slot_setattr(vm *v, object *o, object *name, object *value);

bool class_getattr_hooked(const type *t)
{
    return t->getattr == inst_getattr_hook;
}

int class_lookup_attr(vm *v, object *o, object *name, object **out)
{
    if (o->type->getattr != inst_getattr)
        return attr_lookup(v, o, name, out);
    *out = inst_lookup(v, o, name, 1);
    return attr_lookup_result(v, *out);
}

static int inst_getmethod(vm *v, object *o, object *name, object **out)
{
    instfields *in = INST(o);
    object *attr;
    int looked = early_lookup(v, o->type, name, &attr);
    if (!(attr && descr_is_data(v, attr)) && !has_slots(o->type) &&
        dict_inline_get(v, o, in->values, in->dict, name)) {
        *out = inst_getattr(v, o, name);
        return *out ? 0 : -1;
    }
    if (!looked)
        attr = type_lookup(v, o->type, name);
    if (!attr && !v->exc)
        attr = type_lookup_slot(v, o->type, name);
    if (v->exc)
        return -1;
    /* _PyObject_GetMethod: a function, or a type whose flags have
     * Py_TPFLAGS_METHOD_DESCRIPTOR (method and wrapper descriptors), comes
     * back unbound; the call then passes o first. */
    if (attr && (obj_is(v, attr, T_FUNCTION) || obj_is(v, attr, T_WRAPPER_DESCR) ||
                 obj_is(v, attr, T_METHOD_DESCR))) {
        *out = obj_incref(v, attr);
        return 1;
    }
    *out = inst_getattr(v, o, name);
    return *out ? 0 : -1;
}

int class_names_class(vm *v, const object *name)
{
    return name == dunder(v, D_CLASS);
}

int class_set_class(vm *v, object *o, object *value)
{
    if (!value)
        vm_raise(v, T_TYPE_ERROR, "can't delete __class__ attribute");
    else if (!obj_is(v, value, T_TYPE) && !type_is_subtype(value->type, v->types[T_TYPE]))
        vm_raise_format(v, T_TYPE_ERROR, "__class__ must be set to a class, not '%s' object", value->type->name);
    else if (!(o->type->flags & TPF_HEAPTYPE) || !(((type *)value)->flags & TPF_HEAPTYPE))
        vm_raise(v, T_TYPE_ERROR, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    else
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support assigning an object's __class__");
    return -1;
}

static int inst_setattr(vm *v, object *o, object *name, object *value)
{
    instfields *in = INST(o);
    object *attr;
    int looked = early_lookup(v, o->type, name, &attr);     /* a property or a slot's member */
    long si = slot_of(v, o, attr);
    if (si != -1) {
        object *old = si >= 0 ? in->slots[si] : NULL;
        if (si >= 0 && !value && !old)              /* PyMember_SetOne: T_OBJECT_EX unset */
            vm_raise(v, T_ATTRIBUTE, "%s", STR(DESCR(attr)->name)->data);
        if (si < 0 || (!value && !old))
            return -1;
        in->slots[si] = value ? obj_hold(v, value, o->addr, slot_label(o, (uint64_t)si)) : NULL;
        if (old)
            obj_release(v, old, o->addr, slot_label(o, (uint64_t)si));
        return 0;
    }
    if (attr && descr_is_data(v, attr))
        return property_set(v, attr, o, value);
    if (name == dunder(v, D_CLASS))
        return class_set_class(v, o, value);
    if (name == dunder(v, D_DICT)) {
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support assigning or deleting an instance's %s",
                 STR(name)->data);
        return -1;
    }
    if (has_slots(o->type)) {                       /* _PyObject_GenericSetAttrWithDict */
        if (!looked)
            attr = type_lookup_all(v, o->type, name);
        else if (!attr && !v->exc)                  /* early_lookup skips the builtin slots' wrappers */
            attr = type_lookup_slot(v, o->type, name);
        if (v->exc)
            return -1;
        attr_raise_setattr(v, o, name, attr != NULL);
        return -1;
    }
    return dict_inline_set(v, o, &in->values, &in->dict, name, value);
}

/* ---- the attribute hooks: __getattribute__, __getattr__, __setattr__,
 * __delattr__ ------------------------------------------------------------------- */

/* lookup_maybe_method: what a slot calls for m, found on self's class.  A
 * function or a method or slot wrapper descriptor (whose types have
 * Py_TPFLAGS_METHOD_DESCRIPTOR) is called as it is with self first
 * (*unbound); anything else through its type's __get__ (a staticmethod's
 * function, a classmethod's bound method, a property's value), or as
 * found when it has none (None, a builtin such as len).  A new reference,
 * or NULL with the exception. */
static object *method_found(vm *v, object *self, object *m, int *unbound)
{
    *unbound = obj_is(v, m, T_FUNCTION) || obj_is(v, m, T_METHOD_DESCR) ||
               obj_is(v, m, T_WRAPPER_DESCR);
    return *unbound ? obj_incref(v, m) : bind(v, m, self);
}

/* vectorcall_method on m, found on self's class (see method_found, which
 * holds a reference to it through the call): with self first
 * (vectorcall_unbound), or the arguments alone. */
static object *call_found(vm *v, object *self, object *m, object *const *args, size_t nargs)
{
    int unbound;
    object *f = method_found(v, self, m, &unbound);
    if (!f)
        return NULL;
    object *r = !unbound ? eval_call(v, f, args, nargs, NULL)
              : !obj_is(v, f, T_METHOD_DESCR) ? call_dunder(v, self, f, args, nargs)
              : descr_check(v, f, self) ? NULL          /* method_vectorcall's check */
              : descr_invoke(v, DESCR(f)->def, self, args, nargs, NULL);
    obj_decref(v, f);
    return r;
}

object *class_sq_item(vm *v, object *o, int64_t i)
{
    object *key = int_from_ssize(v, i);
    if (!key)
        return NULL;
    object *m = type_lookup_all(v, o->type, dunder(v, D_GETITEM));
    object *r = m ? call_found(v, o, m, &key, 1)
              : v->exc ? NULL : vm_raise_format(v, T_ATTRIBUTE, "__getitem__");     /* lookup_method */
    obj_decref(v, key);
    return r;
}

/* call_attribute: m bound to self (a bound method for a function), then
 * called with the arguments. */
static object *call_bound(vm *v, object *self, object *m, object *const *args, size_t nargs)
{
    object *b = bind(v, m, self);
    object *r = b ? eval_call(v, b, args, nargs, NULL) : NULL;
    obj_xdecref(v, b);
    return r;
}

/* slot_tp_call and slot_tp_init: m, found on self's class (see
 * method_found), called through _PyObject_Call_Prepend when unbound, else
 * with the arguments alone (_PyObject_Call). */
static object *call_found_prepend(vm *v, object *self, object *m, object *const *args, size_t nargs,
                                  object *kwnames)
{
    int unbound;
    object *f = method_found(v, self, m, &unbound);
    if (!f)
        return NULL;
    object *r = unbound ? call_prepend(v, f, self, args, nargs, kwnames)
                        : eval_call_unpacked(v, f, args, nargs, kwnames);
    obj_decref(v, f);
    return r;
}

/* The class's own __d__ (borrowed): found along its mro and not object's. */
static object *own_dunder(vm *v, type *t, enum dunder d)
{
    object *m = type_lookup(v, t, dunder(v, d));
    if (m && descr_def(v, m) && DESCR(m)->owner == v->types[T_OBJECT])
        return NULL;
    return m;
}

/* slot_tp_getattr_hook, the getattr of a class with __getattribute__ or
 * __getattr__: __getattribute__ (object's is the normal lookup), then,
 * when it finds nothing or raises AttributeError, __getattr__ with the
 * name.  With __getattr__ both are called bound (call_attribute); a class
 * with only __getattribute__ calls it unbound (slot_tp_getattro). */
static object *inst_getattr_hook(vm *v, object *o, object *name)
{
    object *ga = own_dunder(v, o->type, D_GETATTRIBUTE), *r;
    object *hook = find(v, o, D_GETATTR);
    if (!ga) {                                  /* 3.11 makes the AttributeError it clears */
        int32_t refs;                           /* getattr()'s name may not be interned */
        object *in = str_name_lookup(v, name, &refs);
        r = inst_lookup(v, o, in, 0);
        str_name_done(v, in, refs);
    } else
        r = hook ? call_bound(v, o, ga, &name, 1) : call_found(v, o, ga, &name, 1);
    if (r || !hook || (v->exc && !vm_exc_matches(v, T_ATTRIBUTE)))
        return r;
    vm_exc_clear(v);
    return call_bound(v, o, hook, &name, 1);
}

/* object.__setattr__ and __delattr__ as instances have them without the
 * class's hooks (PyObject_GenericSetAttr). */
static int generic_setattr(vm *v, object *o, object *name, object *value)
{
    if (o->type->setattr == slot_setattr)
        return o->type->flags & TPF_EXC_SUBCLASS ? exc_setattr(v, o, name, value)
                                                  : inst_setattr(v, o, name, value);
    return obj_setattr(v, o, name, value);
}

/* slot_tp_setattro: o.name = value through __setattr__, del o.name
 * through __delattr__ (object's when the class defines only the other). */
static int slot_setattr(vm *v, object *o, object *name, object *value)
{
    object *m = type_lookup(v, o->type, dunder(v, value ? D_SETATTR : D_DELATTR));
    if (!m)
        return v->exc ? -1 : generic_setattr(v, o, name, value);
    object *args[2] = {name, value};
    object *r = call_found(v, o, m, args, value ? 2 : 1);
    obj_xdecref(v, r);
    return r ? 0 : -1;
}

/* The attribute name argument of object's methods, checked: a str
 * (borrowed), or NULL with TypeError. */
static object *name_check(vm *v, const char *meth, object *const *args, size_t nargs, size_t want,
                          object *kwnames)
{
    if (kwnames && TUPLE(kwnames)->n)           /* wrapperdescr_raw_call */
        return vm_raise_format(v, T_TYPE_ERROR, "wrapper %s() takes no keyword arguments", meth);
    if (nargs != want && want == 2)             /* wrap_setattr: PyArg_UnpackTuple(args, "", 2, 2) */
        return args_count_error(v, "", nargs, want, want);
    if (nargs != want) {                        /* wrap_delattr, wrap_binaryfunc: check_num_args */
        const char *s[] = {""};
        int64_t counts[] = {1, (int64_t)nargs};
        return vm_raise_made(v, T_TYPE_ERROR, str_from_format_ints(v, "expected %d argument%s, got %zd", s, NULL, 0,
                                                                   counts));
    }
    if (!obj_is(v, args[0], T_STR))
        return vm_raise_format(v, T_TYPE_ERROR, "attribute name must be string, not '%.200s'",
                               args[0]->type->name);
    return args[0];
}

/* The attribute name argument of object's methods: a str, interned. */
static object *name_arg(vm *v, const char *meth, object *const *args, size_t nargs, size_t want,
                        object *kwnames)
{
    return name_check(v, meth, args, nargs, want, kwnames) ? str_intern(v, args[0]) : NULL;
}

/* object.__getattribute__ (wrap_binaryfunc around PyObject_GenericGetAttr):
 * the name is not interned, only looked up as one. */
static object *object_getattribute(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (!name_check(v, "__getattribute__", args, nargs, 1, kw))
        return NULL;
    int32_t refs;
    object *in = str_name_lookup(v, args[0], &refs);
    object *r = self->type->getattr == inst_getattr_hook ? inst_lookup(v, self, in, 0)
                                                         : obj_getattr(v, self, in);
    str_name_done(v, in, refs);
    return r;
}

static object *object_set_or_del(vm *v, object *self, object *const *args, size_t nargs, object *kw,
                                 int set)
{
    object *name = name_arg(v, set ? "__setattr__" : "__delattr__", args, nargs, set ? 2 : 1, kw);
    if (!name)
        return NULL;
    int rc = generic_setattr(v, self, name, set ? args[1] : NULL);
    obj_decref(v, name);
    return rc ? NULL : obj_incref(v, v->none);
}

static object *object_setattr(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return object_set_or_del(v, self, args, nargs, kw, 1);
}

static object *object_delattr(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return object_set_or_del(v, self, args, nargs, kw, 0);
}

/* object's methods, their rows named for the argument errors that need
 * the row itself (builtins.c finds the call's descriptor or bound method
 * by it); the table puts them at these indices (a row placed over one is
 * -Woverride-init's error). */
enum { M_OBJECT_INIT_SUBCLASS = 0, M_OBJECT_SIZEOF = 5, M_OBJECT_DIR = 7 };
enum { M_TYPE_MRO = 9, M_TYPE_SUBCLASSES = 10 };        /* rows of type_methods */
static const method_def type_methods[];
static const method_def object_methods[];

/* The row of fn the call runs through (the descriptor or bound method
 * v->calling names), else `row`: what its argument errors name. */
static const method_def *calling_row(vm *v, cfunc fn, const method_def *row)
{
    const method_def *def = v->calling ? DESCR(v->calling)->def : NULL;
    return def && def->fn == fn ? def : row;
}

/* The __sizeof__ row the call runs through (the descriptor or bound
 * method v->calling names, when it is one of class_sizeof's), else
 * object's: its argument errors name int.__sizeof__ for int's own. */
static const method_def *sizeof_row(vm *v)
{
    return calling_row(v, class_sizeof, &object_methods[M_OBJECT_SIZEOF]);
}

object *class_sizeof(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    if (args_exact(v, sizeof_row(v), nargs, kw, 0))
        return NULL;
    uint64_t n = obj_getsizeof(v, self);
    if (!obj_is(v, self, T_TYPE) || (((type *)self)->flags & TPF_HEAPTYPE))
        n -= type_preheader(self->type);
    return int_from_i64(v, (int64_t)n);
}

/* object.__format__(spec): str(self) for an empty spec; a TypeError for any
 * other (issue 7994: a conversion to str rejects format specifications). */
static object *object_format(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &(method_def){"__format__", NULL, METH_O, "object.__format__"}, nargs, kw, 1))
        return NULL;
    if (!obj_is(v, args[0], T_STR))
        return args_bad_argument(v, "__format__", "argument", "str", args[0]);
    if (STR(args[0])->len)
        return vm_raise_format(v, T_TYPE_ERROR, "unsupported format string passed to %.200s.__format__",
                               self->type->name);
    return obj_str(v, self);
}

/* object.__dir__(): the names of self's __dict__ and of its class's, unsorted. */
static object *object_dir(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &object_methods[M_OBJECT_DIR], nargs, kw, 0))
        return NULL;
    return dir_object_names(v, self);
}

/* object.__reduce__ and __reduce_ex__ return copyreg's functions, and
 * heapviz has no copyreg: refused by name when called, rather than an
 * AttributeError python3 would never raise. */
static object *object_reduce(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)self, (void)args, (void)nargs, (void)kw;
    return attr_refuse(v, "object", "__reduce__");
}

static object *object_reduce_ex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)self, (void)args, (void)nargs, (void)kw;
    return attr_refuse(v, "object", "__reduce_ex__");
}

/* object.__getstate__ (3.11) reads copyreg's __slotnames__ cache, which
 * heapviz does not keep: refused by name when called. */
static object *object_getstate(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)self, (void)args, (void)nargs, (void)kw;
    return attr_refuse(v, "object", "__getstate__");
}

/* object.__init_subclass__(cls): a class method that does nothing, and
 * takes no argument.  Its errors name the bound method by its
 * __qualname__, "%S.%s" of cls's (meth_get__qualname__, made for the
 * error: args_exact finds the call's bound method). */
static object *object_init_subclass(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)self, (void)args;
    if (args_exact(v, &object_methods[M_OBJECT_INIT_SUBCLASS], nargs, kw, 0))
        return NULL;
    return obj_incref(v, v->none);
}

/* object.__subclasshook__(cls, *args): a class method answering
 * NotImplemented to anything (METH_VARARGS: any positional arguments). */
static object *object_subclasshook(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_no_keywords(v, &(method_def){"__subclasshook__", NULL, METH_CLASS | METH_VARARGS, NULL}, kw))
        return NULL;
    return obj_incref(v, v->notimpl);
}

static int new_is_slot(vm *v, type *t);

/* Whether exception type t's tp_new and tp_init are BaseException_new
 * and BaseException_init (SimpleExtendsException's; the others have an
 * init or new of their own, which heapviz models only for calls of the
 * type, not under a class's __new__). */
static int plain_exc(vm *v, const type *t)
{
    static const enum builtin_type own[] = {T_STOP_ITERATION, T_SYSTEM_EXIT, T_ATTRIBUTE, T_NAME, T_MEMORY,
                                            T_SYNTAX, T_IMPORT, T_UNICODE_DECODE, T_UNICODE_ENCODE, T_OS_ERROR};
    for (size_t i = 0; i < HV_COUNTOF(own); i++)
        if (type_is_subtype(t, v->types[own[i]]))
            return 0;
    return 1;
}

/* The builtin type whose tp_new t inherits, as tp_new_wrapper compares
 * them: an exception's is BaseException_new but OSError's and
 * MemoryError's own. */
static const type *tp_new_owner(vm *v, type *t)
{
    type *b = builtin_base(t);
    if (!(b->flags & TPF_EXC_SUBCLASS))
        return b;
    if (type_is_subtype(b, v->types[T_OS_ERROR]))
        return v->types[T_OS_ERROR];
    return type_is_subtype(b, v->types[T_MEMORY]) ? v->types[T_MEMORY] : v->types[T_BASE_EXC];
}

static object *object_new(vm *v, type *cls, size_t nargs);
static object *meta_new(vm *v, type *meta, object *const *args, size_t nargs, object *kw);
static type *calc_meta(vm *v, type *meta, object *bases);
static object *inst_alloc(vm *v, type *cls);
static int immutable_root(vm *v, const type *root);
static object *immutable_new(vm *v, type *cls, object *const *args, size_t nargs, object *kw);
static int set_root(vm *v, const type *root);
static int heap_defines(vm *v, type *t, enum dunder d);
static object *set_sub_new(vm *v, type *root, type *cls, object *const *args, size_t nargs, object *kw);

/* tp_new_wrapper's sanity check: the first class along sub's tp_base
 * chain not overriding __new__ must inherit t's tp_new (the builtin base
 * it shares with t), else that class's name for python3's "is not safe"
 * TypeError. */
static const char *new_unsafe(vm *v, type *t, type *sub)
{
    type *staticbase = sub;
    while (staticbase && new_is_slot(v, staticbase))
        staticbase = staticbase->base;
    return staticbase && tp_new_owner(v, staticbase) != tp_new_owner(v, t) ? staticbase->name : NULL;
}

object *class_new_wrapper(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    type *t = (type *)self;
    size_t nkw = kw ? TUPLE(kw)->n : 0;
    if (nargs - nkw < 1)
        return vm_raise_format(v, T_TYPE_ERROR, "%s.__new__(): not enough arguments", t->name);
    if (!type_is_subtype(args[0]->type, v->types[T_TYPE]))
        return vm_raise_format(v, T_TYPE_ERROR, "%s.__new__(X): X is not a type object (%s)", t->name,
                               args[0]->type->name);
    type *sub = (type *)args[0];
    if (!type_is_subtype(sub, t))
        return vm_raise_format(v, T_TYPE_ERROR, "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name,
                               sub->name, t->name);
    const char *unsafe = new_unsafe(v, t, sub);
    if (unsafe || v->exc)
        return v->exc ? NULL : vm_raise_format(v, T_TYPE_ERROR, "%s.__new__(%s) is not safe, use %s.__new__()",
                                               t->name, sub->name, unsafe);
    object *rest = tuple_new(v, nargs - nkw - 1);          /* PyTuple_GetSlice */
    if (!rest)
        return NULL;
    for (size_t i = 1; i < nargs - nkw; i++)
        tuple_set(v, rest, i - 1, obj_incref(v, args[i]));
    object *r = t == v->types[T_OBJECT] ? object_new(v, sub, nargs - 1)
              : t->flags & TPF_EXC_SUBCLASS ? exc_new_packed(v, sub, rest)   /* BaseException_new */
              : set_root(v, t) ? set_sub_new(v, t, sub, args + 1, nargs - 1, kw)
              : t == v->types[T_TYPE] ? meta_new(v, sub, args + 1, nargs - 1, kw)
              : sub == v->types[T_BYTEARRAY] ? bytearray_new(v, NULL, 0)   /* not a GC type */
              : !immutable_root(v, t) ? inst_alloc(v, sub)
              : sub == t ? t->vnew(v, t, args + 1, nargs - 1, kw)
              : immutable_new(v, sub, args + 1, nargs - 1, kw);
    obj_decref(v, rest);
    return r;
}

static const method_def object_methods[] = {
    [M_OBJECT_INIT_SUBCLASS] = {"__init_subclass__", object_init_subclass, METH_CLASS | METH_NOARGS,
                                "object.__init_subclass__"},
    {"__subclasshook__", object_subclasshook, METH_CLASS | METH_VARARGS, "object.__subclasshook__"},
    {"__getstate__", object_getstate, 0, "object.__getstate__"},
    {"__reduce__", object_reduce, 0, "object.__reduce__"},
    {"__reduce_ex__", object_reduce_ex, 0, "object.__reduce_ex__"},
    [M_OBJECT_SIZEOF] = {"__sizeof__", class_sizeof, METH_NOARGS, "object.__sizeof__"},
    {"__format__", object_format, METH_O, "object.__format__"},
    [M_OBJECT_DIR] = {"__dir__", object_dir, METH_NOARGS, "object.__dir__"},
    {"__getattribute__", object_getattribute, METH_SLOT, NULL},
    {"__setattr__", object_setattr, METH_SLOT, NULL},
    {"__delattr__", object_delattr, METH_SLOT, NULL},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "object.__new__"},
    {NULL, NULL, 0, NULL},
};

/* subtype_traverse, subtype_clear and subtype_dealloc walk the classes
 * from o's own to its first builtin base, each class's slots in its sorted
 * name order (traverse_slots, clear_slots): the slot indices of class c are
 * c->slot_base up to c->nslots. */
static int inst_traverse(object *o, visitproc visit, void *arg)
{
    instfields *in = INST(o);
    for (type *c = o->type; c->flags & TPF_HEAPTYPE; c = c->base)
        for (uint32_t i = c->slot_base; i < c->nslots; i++)
            if (in->slots[i] && visit(in->slots[i], arg))
                return 1;
    if (in->values && dict_inline_traverse(o, in->values, visit, arg))
        return 1;
    if (in->dict && visit(in->dict, arg))
        return 1;
    return visit(&o->type->ob, arg);
}

/* clear_slots for o's class and each heap base, the most derived first. */
static void inst_clear_slots(vm *v, object *o)
{
    instfields *in = INST(o);
    for (type *c = o->type; c->flags & TPF_HEAPTYPE; c = c->base)
        for (uint32_t i = c->slot_base; i < c->nslots; i++) {
            object *x = in->slots[i];
            in->slots[i] = NULL;
            if (x)
                obj_release(v, x, o->addr, slot_label(o, i));
        }
}

static void inst_clear(vm *v, object *o)
{
    instfields *in = INST(o);
    inst_clear_slots(v, o);
    if (in->values)
        dict_inline_clear(v, o, in->values);
    if (in->dict) {
        object *d = in->dict;
        in->dict = NULL;
        obj_release(v, d, o->addr, UINT32_MAX);
    }
}

/* subtype_dealloc's finalizer, once (PEP 442): 1 when __del__ brought o
 * back (the dealloc stops), else 0 with o untracked again. */
static int inst_finalize(vm *v, object *o)
{
    gchead *g = obj_gc(o);
    if (!o->type->finalize || (g->flags & GCF_FINALIZED) || v->no_finalizers)
        return 0;
    obj_track(v, o);                            /* tracked while __del__ runs, as CPython */
    o->refcnt = 1;                              /* resurrect for the call */
    o->type->finalize(v, o);
    g->flags |= GCF_FINALIZED;                  /* after: PyObject_CallFinalizer (the
                                                   collector's FINALIZE sets it before) */
    if (--o->refcnt > 0)
        return 1;                               /* resurrected */
    obj_untrack(v, o);
    return 0;
}

/* subtype_dealloc's middle: the slots, then the attributes in index order
 * (or the materialised __dict__). */
static void inst_free_fields(vm *v, object *o)
{
    instfields *in = INST(o);
    inst_clear_slots(v, o);
    if (in->values) {
        dictvalues *vals = in->values;
        in->values = NULL;
        dict_inline_free(v, o, vals);
    } else if (in->dict) {
        object *d = in->dict;
        in->dict = NULL;
        obj_release(v, d, o->addr, UINT32_MAX);
    }
}

/* subtype_dealloc: the finalizer once (it may resurrect), then the
 * weakrefs with their callbacks (one made by __del__ included; no legacy
 * tp_del here can make one after them), the slots, the attributes in index
 * order, then the block and the reference to the class (obj_free).  A
 * list or dict subclass's instance is tracked again and handed to
 * list_dealloc or dict_dealloc for that last part (which untrack it; their
 * own trashcan is not counted: o's dealloc is this one), which free the
 * block without the free list (no exact list or dict).  An exception
 * subclass's attributes are the base's (BaseException's dict): it goes
 * straight to BaseException_dealloc, tracked again for it. */
static void inst_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    int trash = obj_trash_begin(v, o, inst_dealloc);
    if (trash > 0)
        return;                                 /* deferred: runs again later */
    if (!inst_finalize(v, o)) {
        weakref_clear_referent(v, o);
        if (!(o->type->flags & TPF_EXC_SUBCLASS))
            inst_free_fields(v, o);
        type *base = builtin_base(o->type);
        if (base == v->types[T_OBJECT])
            obj_free(v, o);
        else {
            if (base->flags & TPF_GC)
                obj_track(v, o);                /* _PyType_IS_GC(base) */
            base->dealloc(v, o);
        }
    }
    obj_trash_end(v, trash);
}

/* ---- instances of list and dict subclasses ----------------------------------
 * The object is the base's (a PyListObject or PyDictObject, its item array
 * or table separate blocks) with the class's fields after it: the managed
 * __dict__ pointers in the pre-header, __slots__ and the __weakref__ slot
 * past the base's 40 or 48 bytes.  Each slot below does the class's part
 * (subtype_*) and then calls the base's own, as CPython's do (subtype_dealloc
 * is inst_dealloc, for both kinds of instance). */

/* subtype_traverse: the class's references (inst_traverse: slots,
 * attributes, dict, the class), then list_traverse or dict_traverse. */
static int container_traverse(object *o, visitproc visit, void *arg)
{
    int (*base)(object *, visitproc, void *) = builtin_base(o->type)->traverse;
    return inst_traverse(o, visit, arg) || (base && base(o, visit, arg));
}

/* subtype_clear: the class's references, then list_clear or dict_tp_clear. */
static void container_clear(vm *v, object *o)
{
    inst_clear(v, o);
    if (builtin_base(o->type)->clear)
        builtin_base(o->type)->clear(v, o);
}

/* slot_tp_init past its lookup: init, the __init__ found on self's class,
 * called with self first; anything but None returned is a TypeError. */
static int init_found(vm *v, object *self, object *init, object *const *args, size_t nargs, object *kw)
{
    object *r = call_found_prepend(v, self, init, args, nargs, kw);
    if (!r)
        return -1;
    if (r != v->none) {
        vm_raise_format(v, T_TYPE_ERROR, "__init__() should return None, not '%.200s'", r->type->name);
        obj_decref(v, r);
        return -1;
    }
    obj_decref(v, r);
    return 0;
}

/* Calls cls.__init__(self, args…) when the class has one (without one,
 * its tp_init is object_init, and inst_vnew refused any arguments). */
static int run_init(vm *v, type *cls, object *self, object *const *args, size_t nargs, object *kw)
{
    object *init = type_lookup(v, cls, dunder(v, D_INIT));
    if (!init)
        return v->exc ? -1 : 0;
    return init_found(v, self, init, args, nargs, kw);
}

/* Whether t's tp_new is slot_tp_new (TPF_NEW_SLOT).  A builtin type's is
 * its own. */
static int new_is_slot(vm *v, type *t)
{
    (void)v;
    return (t->flags & (TPF_HEAPTYPE | TPF_NEW_SLOT)) == (TPF_HEAPTYPE | TPF_NEW_SLOT);
}

/* What TPF_NEW_SLOT says, found: the __new__ t's mro finds first is a
 * class's (a staticmethod, or anything else put there), not
 * tp_new_wrapper's builtin, for which update_one_slot keeps the tp_new t
 * inherited. */
static int new_found_in_class(vm *v, type *t)
{
    object *m = type_lookup(v, t, str_static_interned(v, "__new__"));
    return m && !(obj_is(v, m, T_BUILTIN) && (DESCR(m)->def->flags & METH_NEW));
}

/* tp_alloc and what object_new, PyType_GenericNew and dict_new do past
 * their checks: the instance (its pre-header and the class's fields
 * zeroed), a dict's empty table, object_new's inline values for a class
 * whose instances have a managed __dict__ (a list's or dict's get a dict
 * only when first set), tracked. */
static object *inst_alloc(vm *v, type *cls)
{
    object *o = obj_new_sized(v, cls, type_preheader(cls) + cls->basicsize, cls->nslots * sizeof(object *));
    if (!o)
        return NULL;
    type *root = builtin_base(cls);
    if (root == v->types[T_DICT])
        dict_init_empty(v, o);
    else if (set_root(v, root))
        set_init_empty(o);
    else if (root == v->types[T_OBJECT] && !has_slots(cls) && !(INST(o)->values = dict_inline_new(v, o))) {
        obj_decref(v, o);
        return NULL;
    }
    obj_track(v, o);
    return o;
}

/* Whether root, a builtin type, is set or frozenset. */
static int set_root(vm *v, const type *root)
{
    return root == v->types[T_SET] || root == v->types[T_FROZENSET];
}

/* set_new and frozenset_new of cls, root's subclass or root itself
 * (set_new ignores its arguments: set_init takes them; a frozenset
 * decides its items here, as the exact type's vectorcall, which keeps
 * frozenset(f) is f): a class's instance from tp_alloc, empty, tracked,
 * then a frozenset's items added. */
static object *set_sub_new(vm *v, type *root, type *cls, object *const *args, size_t nargs, object *kw)
{
    if (root == v->types[T_SET])
        return cls == root ? root->vnew(v, root, NULL, 0, NULL) : inst_alloc(v, cls);
    if (cls == root)
        return root->vnew(v, root, args, nargs, kw);
    int init_is_base = !heap_defines(v, cls, D_INIT);          /* tp_init is object_init */
    if (v->exc || set_sub_new_args(v, cls, init_is_base, nargs, kw))
        return NULL;
    object *o = inst_alloc(v, cls);
    if (o && nargs - (kw ? TUPLE(kw)->n : 0) && set_update(v, o, args[0])) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

/* Whether the builtin root's instances are immutable values a subtype's
 * tp_new copies from an exact one (float_subtype_new, long_subtype_new,
 * tuple_subtype_new, unicode_subtype_new, bytes_subtype_new). */
static int immutable_root(vm *v, const type *root)
{
    return root == v->types[T_FLOAT] || root == v->types[T_INT] || root == v->types[T_TUPLE] ||
           root == v->types[T_STR] || root == v->types[T_BYTES];
}

/* type->tp_alloc(type, n) of a var-sized base: PyType_GenericAlloc's
 * _PyObject_VAR_SIZE(type, n + 1) (the sentinel item), 8-aligned, past
 * the pre-header; the host keeps var bytes before the class's fields. */
static object *var_alloc(vm *v, type *cls, uint64_t n, size_t var)
{
    uint64_t bytes = round8(cls->basicsize + cls->itemsize * (n + 1));
    return obj_new_sized_quiet(v, cls, type_preheader(cls) + bytes, var + cls->nslots * sizeof(object *));
}

/* A float subclass's instance of tmp's value (float_subtype_new). */
static object *float_sub_from(vm *v, type *cls, object *tmp)
{
    object *o = obj_new_sized(v, cls, type_preheader(cls) + cls->basicsize, cls->nslots * sizeof(object *));
    if (o)
        FLOAT(o) = FLOAT(tmp);
    return o;
}

/* An int subclass's instance of tmp's digits, at least one
 * (long_subtype_new: zero keeps a digit), its sign kept. */
static object *int_sub_from(vm *v, type *cls, object *tmp)
{
    int64_t size = INT(tmp)->size;
    uint64_t n = (uint64_t)(size < 0 ? -size : size);
    uint32_t alloc = n ? (uint32_t)n : 1;
    object *o = var_alloc(v, cls, alloc, round8(alloc * sizeof(uint32_t)));
    if (!o)
        return NULL;
    INT(o)->size = size;
    INT(o)->alloc = alloc;
    memcpy(INT(o)->digit, INT(tmp)->digit, n * sizeof(uint32_t));
    obj_announce(v, o);
    return o;
}

/* A tuple subclass's instance holding tmp's items (tuple_subtype_new:
 * each taken a reference to; tracked by PyType_GenericAlloc). */
static object *tuple_sub_from(vm *v, type *cls, object *tmp)
{
    size_t n = TUPLE(tmp)->n;
    object *o = var_alloc(v, cls, n, n * sizeof(object *));
    if (!o)
        return NULL;
    TUPLE(o)->n = n;
    obj_announce(v, o);
    for (size_t i = 0; i < n; i++)
        tuple_set(v, o, i, obj_incref(v, TUPLE(tmp)->items[i]));
    return o;
}

/* A str subclass's instance of tmp's text (unicode_subtype_new): the
 * object, then its data in a block of its own ((len + 1) * kind bytes;
 * an ASCII one doubles as its UTF-8), the hash copied. */
static object *str_sub_from(vm *v, type *cls, object *tmp)
{
    const strobj *t = STR(tmp);
    object *o = obj_new_sized_quiet(v, cls, type_preheader(cls) + cls->basicsize,
                                    round8(t->nbytes + 1) + cls->nslots * sizeof(object *));
    if (!o)
        return NULL;
    strobj *s = STR(o);
    memcpy(s->data, t->data, t->nbytes + 1);
    s->len = t->len;
    s->nbytes = t->nbytes;
    s->kind = t->kind;
    s->ascii = t->ascii;
    s->hash = t->hash;
    s->text = 1;                                /* sys.getsizeof's non-compact form */
    obj_announce(v, o);
    if (!(s->text = obj_block_malloc(v, o, OWN_BUFFER, (t->len + 1) * t->kind))) {
        obj_decref(v, o);
        return vm_no_memory(v);
    }
    return o;
}

/* A bytes subclass's instance of tmp's bytes and their NUL, its hash
 * copied (bytes_subtype_new). */
static object *bytes_sub_from(vm *v, type *cls, object *tmp)
{
    size_t n = BYTES(tmp)->n;
    object *o = var_alloc(v, cls, n, round8(n + 1));
    if (!o)
        return NULL;
    BYTES(o)->n = n;
    BYTES(o)->hash = BYTES(tmp)->hash;
    memcpy(BYTES(o)->data, BYTES(tmp)->data, n + 1);
    obj_announce(v, o);
    return o;
}

/* The instance of cls, a subclass of float, int, tuple, str or bytes, of tmp's
 * value, tracked (every class's type is GC); NULL with MemoryError. */
static object *immutable_from(vm *v, type *cls, object *tmp)
{
    type *root = builtin_base(cls);
    object *o = root == v->types[T_FLOAT] ? float_sub_from(v, cls, tmp)
              : root == v->types[T_INT] ? int_sub_from(v, cls, tmp)
              : root == v->types[T_TUPLE] ? tuple_sub_from(v, cls, tmp)
              : root == v->types[T_BYTES] ? bytes_sub_from(v, cls, tmp)
              : str_sub_from(v, cls, tmp);
    if (o)
        obj_track(v, o);
    return o;
}

/* The subtype_new of float, int, tuple and str: the exact object made
 * from the arguments by the builtin's own tp_new (its errors, caches
 * and free lists), its value copied into a new instance of cls, the
 * exact one dropped. */
static object *immutable_new(vm *v, type *cls, object *const *args, size_t nargs, object *kw)
{
    type *root = builtin_base(cls);
    object *tmp = root->vnew(v, root, args, nargs, kw);
    if (!tmp)
        return NULL;
    object *o = immutable_from(v, cls, tmp);
    obj_decref(v, tmp);
    return o;
}

/* object_new for a class: arguments (excess_args: nargs counts keyword
 * values too) are an error when cls overrides __new__, or when it
 * overrides neither __new__ nor __init__ (named by tp_name), both before
 * anything is allocated. */
static object *object_new(vm *v, type *cls, size_t nargs)
{
    if (nargs && new_is_slot(v, cls))
        return vm_raise(v, T_TYPE_ERROR, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (nargs && !type_lookup(v, cls, dunder(v, D_INIT)))
        return v->exc ? NULL : vm_raise_format(v, T_TYPE_ERROR, "%.200s() takes no arguments", cls->name);
    if (v->exc)
        return NULL;
    return cls->flags & TPF_HEAPTYPE ? inst_alloc(v, cls) : cls->vnew(v, cls, NULL, 0, NULL);  /* object */
}

/* slot_tp_new: PyObject_GetAttr(cls, "__new__") (a staticmethod gives its
 * function), called with cls first through _PyObject_Call_Prepend. */
static object *slot_new(vm *v, type *cls, object *const *args, size_t nargs, object *kw)
{
    object *f = obj_getattr(v, &cls->ob, str_static_interned(v, "__new__"));
    if (!f)
        return NULL;
    object *r = call_prepend(v, f, &cls->ob, args, nargs, kw);
    obj_decref(v, f);
    return r;
}

/* cls's tp_new: slot_tp_new, or the builtin base's (object_new, which
 * checks its arguments; list's and dict's take any). */
static object *class_tp_new(vm *v, type *cls, object *const *args, size_t nargs, object *kw)
{
    if (new_is_slot(v, cls))
        return slot_new(v, cls, args, nargs, kw);
    if (v->exc)
        return NULL;
    type *root = builtin_base(cls);                 /* whose tp_new cls inherits */
    if (immutable_root(v, root))
        return immutable_new(v, cls, args, nargs, kw);
    if (set_root(v, root))
        return set_sub_new(v, root, cls, args, nargs, kw);
    if (root == v->types[T_TYPE])
        return meta_new(v, cls, args, nargs, kw);
    return root == v->types[T_OBJECT] ? object_new(v, cls, nargs) : inst_alloc(v, cls);
}

/* o's tp_init, o of a class along whose mro type_call found it: slot_tp_init
 * when a class defines __init__, else the builtin base's: list___init__
 * or dict_init with the arguments, object_init (arguments refused only
 * when o's class overrides neither __new__ nor __init__, as tp_name's
 * "__init__() takes exactly one argument"). */
static int class_tp_init(vm *v, object *o, object *const *args, size_t nargs, object *kw)
{
    type *t = o->type, *root = builtin_base(t);
    object *init = type_lookup(v, t, dunder(v, D_INIT));
    if (init)
        return init_found(v, o, init, args, nargs, kw);
    if (v->exc)
        return -1;
    if (root == v->types[T_LIST])
        return list_init(v, o, args, nargs, kw);
    if (root == v->types[T_DICT])
        return dict_init(v, o, args, nargs, kw);
    if (root == v->types[T_SET])
        return set_init(v, o, args, nargs, kw);
    if (root == v->types[T_BYTEARRAY])
        return bytearray_init(v, o, args, nargs, kw);
    if (root == v->types[T_TYPE])
        return class_type_init(v, o, args, nargs, kw);
    if (nargs && root == v->types[T_OBJECT] && !new_is_slot(v, t)) {
        vm_raise_format(v, T_TYPE_ERROR, "%.200s.__init__() takes exactly one argument (the instance to "
                        "initialize)", t->name);
        return -1;
    }
    return v->exc ? -1 : 0;
}

/* type_call of a class whose instances are an object's or a list's,
 * dict's, float's, int's, tuple's or str's: tp_new; then, when it gave an instance of cls (a subclass's
 * too), the tp_init of that instance's own type (an object of another
 * type is returned as it is, uninitialised). */
static object *inst_vnew(vm *v, type *cls, object *const *args, size_t nargs, object *kw)
{
    object *o = class_tp_new(v, cls, args, nargs, kw);
    if (!o || !type_is_subtype(o->type, cls))
        return o;
    if (class_tp_init(v, o, args, nargs, kw)) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

/* Whether class t (an exception's) runs an __init__ of a class's (not
 * BaseException's slot wrapper). */
static int exc_own_init(vm *v, type *t)
{
    object *init = type_lookup(v, t, dunder(v, D_INIT));
    return init && !obj_is(v, init, T_WRAPPER_DESCR);
}

/* type_call's tail for an exception class's __new__ (slot_new): an
 * instance of cls (a subclass's too) gets the tp_init of its own type,
 * a class's __init__ or BaseException_init, which refuses keywords and
 * makes the packed tuple its args; anything else is returned as it is. */
static object *exc_slot_new(vm *v, type *cls, object *const *args, size_t nargs, object *kw, object *tuple)
{
    object *o = slot_new(v, cls, args, nargs, kw);
    if (!o || !type_is_subtype(o->type, cls))
        return o;
    int rc = exc_own_init(v, o->type) ? run_init(v, o->type, o, args, nargs, kw)
                                      : exc_init_packed(v, o, tuple, kw ? TUPLE(kw)->n : 0);
    if (rc) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

/* Exception subclasses, called as type_call calls a class: the arguments
 * packed (_PyObject_MakeTpCall; or the tuple CALL_FUNCTION_EX handed
 * over), BaseException_new keeping that very tuple as args, then __init__
 * if defined; a class's __new__ instead of BaseException_new
 * (exc_slot_new). */
static object *exc_sub_vnew(vm *v, type *cls, object *const *args, size_t nargs, object *kw)
{
    int own_init = exc_own_init(v, cls);
    size_t nkw = kw ? TUPLE(kw)->n : 0;
    object *tuple = vm_handed_tuple(v, args), *kwdict = NULL, *o = NULL;  /* CALL_FUNCTION_EX's own */
    int packed = tuple != NULL;
    if (packed)
        obj_incref(v, tuple);
    if (packed || !type_call_pack(v, args, nargs, kw, 0, &tuple, &kwdict)) {
        if (new_is_slot(v, cls) && !plain_exc(v, cls))   /* inherited or set later */
            vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support classes that define __new__ (outside "
                     "its Python subset)");
        else if (new_is_slot(v, cls))
            o = exc_slot_new(v, cls, args, nargs, kw, tuple);
        else if ((o = exc_new_packed(v, cls, tuple)) &&
                 ((nkw && !own_init && !args_no_kwargs(v, cls->name)) ||   /* BaseException_init's check */
                  (own_init && run_init(v, cls, o, args, nargs, kw)))) {
            obj_decref(v, o);
            o = NULL;
        }
    }
    obj_xdecref(v, kwdict);
    obj_xdecref(v, tuple);
    return o;
}

static object *exc_sub_getattr(vm *v, object *o, object *name)
{
    object *x = exc_field(v, o, name);          /* members and getsets: before the dict */
    if (x || v->exc)
        return x;
    x = EXC(o)->dict ? dict_lookup(v, EXC(o)->dict, name) : NULL;
    if (x)
        return obj_incref(v, x);
    object *attr = type_lookup(v, o->type, name);
    if (attr)
        return bind(v, attr, o);
    return v->exc ? NULL : attr_generic(v, o, name);   /* e.__repr__: BaseException's slot wrapper */
}



/* ---- numbers: CPython's slot_nb_* --------------------------------------------
 * Every class statement's type gets the same binary slot per operator
 * (SLOT1BINFULL), so for two instances of classes binary_op1 calls it once
 * and it tries both sides itself:
 *
 *   a op b, self = a:  [b's class a subclass of a's overriding __rop__: b.__rop__(a)]
 *                      a.__op__(b)      (NotImplemented and the same class: done)
 *                      b.__rop__(a)     (b an instance of another class)
 *
 * A method found on the class is called with the instance first, without
 * a bound method (vectorcall_unbound); a missing one answers
 * NotImplemented.  In-place slots try __iop__ and answer NotImplemented
 * without it, so abstract.c falls back to the binary operator. */

/* vectorcall_maybe: self.__d__(other), or NotImplemented without it. */
static object *call_maybe(vm *v, object *self, enum dunder d, object *other)
{
    object *m = find(v, self, d);
    if (!m)
        return v->exc ? NULL : obj_incref(v, v->notimpl);
    return call_found(v, self, m, &other, 1);
}

static int is_class_instance(const object *o)
{
    return (o->type->flags & TPF_HEAPTYPE) != 0;
}

/* method_is_overloaded: b's class has a __d__ that is not a's. */
static int overloaded(vm *v, type *a, type *b, enum dunder d)
{
    object *mb = type_lookup(v, b, dunder(v, d));
    return mb && type_lookup(v, a, dunder(v, d)) != mb;
}

/* SLOT1BINFULL for the methods d and its reflection rd. */
static object *binary_full(vm *v, object *self, object *other, enum dunder d, enum dunder rd)
{
    int do_other = self->type != other->type && is_class_instance(other);
    if (is_class_instance(self)) {
        if (do_other && type_is_subtype(other->type, self->type) && overloaded(v, self->type, other->type, rd)) {
            object *r = call_maybe(v, other, rd, self);
            if (r != v->notimpl)
                return r;
            obj_decref(v, r);
            do_other = 0;
        }
        object *r = call_maybe(v, self, d, other);
        if (r != v->notimpl || other->type == self->type)
            return r;
        obj_decref(v, r);
    }
    if (do_other)
        return call_maybe(v, other, rd, self);
    return obj_incref(v, v->notimpl);
}

static object *slot_binary(vm *v, object *self, object *other, int op)
{
    return binary_full(v, self, other, D_OP + op, D_ROP + op);
}

static int heap_defines(vm *v, type *t, enum dunder d);

/* Whether o's class answers the operator (d, rd) itself: a plain class's
 * instance always (its slot looks the methods up), a builtin subclass's
 * only when a class defines one (else its base's slot: int's divmod). */
static int answers(vm *v, object *o, enum dunder d, enum dunder rd)
{
    return is_class_instance(o) && (!is_container(o->type) || heap_defines(v, o->type, d) ||
                                    heap_defines(v, o->type, rd));
}

object *class_divmod(vm *v, object *a, object *b)
{
    if (!answers(v, a, D_DIVMOD, D_RDIVMOD) && !answers(v, b, D_DIVMOD, D_RDIVMOD))
        return NULL;
    return binary_full(v, a, b, D_DIVMOD, D_RDIVMOD);
}

object *class_pow3(vm *v, object *a, object *b, object *m)
{
    if (!answers(v, a, D_OP + NB_POWER, D_ROP + NB_POWER))
        return NULL;
    object *f = find(v, a, D_OP + NB_POWER);    /* slot_nb_power: __pow__ only, never __rpow__ */
    if (!f && !v->exc && !find(v, a, D_ROP + NB_POWER))
        return v->exc ? NULL : obj_incref(v, v->notimpl);   /* no power slot at all */
    if (!f)
        return v->exc ? NULL : vm_raise_str(v, T_ATTRIBUTE, dunder(v, D_OP + NB_POWER));
    object *args[2] = {b, m};
    return call_found(v, a, f, args, 2);
}

static object *slot_inplace(vm *v, object *self, object *other, int op)
{
    object *m = find(v, self, D_IOP + op);
    if (!m)
        return v->exc ? NULL : obj_incref(v, v->notimpl);
    return call_found(v, self, m, &other, 1);
}

/* A unary slot: self.__d__(), or CPython's TypeError naming the operation
 * (type_error's format, the type's name cut at 200 bytes). */
static object *slot_unary(vm *v, object *self, enum dunder d, const char *format)
{
    object *m = find(v, self, d);
    if (!m)
        return v->exc ? NULL : vm_raise_format(v, T_TYPE_ERROR, format, self->type->name);
    return call_found(v, self, m, NULL, 0);
}

#define NUMBER_SLOTS(OP)                                                                  \
    static object *slot_binary_##OP(vm *v, object *a, object *b)                          \
    {                                                                                     \
        return slot_binary(v, a, b, OP);                                                  \
    }                                                                                     \
    static object *slot_inplace_##OP(vm *v, object *a, object *b)                         \
    {                                                                                     \
        return slot_inplace(v, a, b, OP);                                                 \
    }
NUMBER_SLOTS(NB_ADD)
NUMBER_SLOTS(NB_AND)
NUMBER_SLOTS(NB_FLOOR_DIVIDE)
NUMBER_SLOTS(NB_LSHIFT)
NUMBER_SLOTS(NB_MATRIX_MULTIPLY)
NUMBER_SLOTS(NB_MULTIPLY)
NUMBER_SLOTS(NB_REMAINDER)
NUMBER_SLOTS(NB_OR)
NUMBER_SLOTS(NB_POWER)
NUMBER_SLOTS(NB_RSHIFT)
NUMBER_SLOTS(NB_SUBTRACT)
NUMBER_SLOTS(NB_TRUE_DIVIDE)
NUMBER_SLOTS(NB_XOR)
#undef NUMBER_SLOTS

typedef object *(*binary_slot)(vm *, object *, object *);
#define SLOT_PAIR(OP) [OP] = {slot_binary_##OP, slot_inplace_##OP}
static const binary_slot number_slots[NB_NBINOPS][2] = {
    SLOT_PAIR(NB_ADD), SLOT_PAIR(NB_AND), SLOT_PAIR(NB_FLOOR_DIVIDE), SLOT_PAIR(NB_LSHIFT),
    SLOT_PAIR(NB_MATRIX_MULTIPLY), SLOT_PAIR(NB_MULTIPLY), SLOT_PAIR(NB_REMAINDER), SLOT_PAIR(NB_OR),
    SLOT_PAIR(NB_POWER), SLOT_PAIR(NB_RSHIFT), SLOT_PAIR(NB_SUBTRACT), SLOT_PAIR(NB_TRUE_DIVIDE),
    SLOT_PAIR(NB_XOR),
};
#undef SLOT_PAIR

static object *slot_neg(vm *v, object *o)
{
    return slot_unary(v, o, D_NEG, "bad operand type for unary -: '%.200s'");
}

static object *slot_pos(vm *v, object *o)
{
    return slot_unary(v, o, D_POS, "bad operand type for unary +: '%.200s'");
}

static object *slot_invert(vm *v, object *o)
{
    return slot_unary(v, o, D_INVERT, "bad operand type for unary ~: '%.200s'");
}

static object *slot_abs(vm *v, object *o)
{
    return slot_unary(v, o, D_ABS, "bad operand type for abs(): '%.200s'");
}

static void set_number_slots(type *t)
{
    for (int op = 0; op < NB_NBINOPS; op++) {
        t->binary[op] = number_slots[op][0];
        t->inplace[op] = number_slots[op][1];
    }
    t->unary[UN_NEG] = slot_neg;
    t->unary[UN_POS] = slot_pos;
    t->unary[UN_INVERT] = slot_invert;
    t->abs = slot_abs;
}

int class_is_number(vm *v, object *o)
{
    return is_class_instance(o) && (find(v, o, D_INDEX) || find(v, o, D_INT) || find(v, o, D_FLOAT));
}

int class_has_index(vm *v, object *o)
{
    return is_class_instance(o) && find(v, o, D_INDEX);
}

int class_is_real(vm *v, object *o)
{
    return is_class_instance(o) && (find(v, o, D_INDEX) || find(v, o, D_FLOAT));
}

object *class_convert(vm *v, object *o, enum class_conv c, object *arg)
{
    static const enum dunder names[] = {[CONV_INDEX] = D_INDEX, [CONV_INT] = D_INT,
                                        [CONV_FLOAT] = D_FLOAT, [CONV_FORMAT] = D_FORMAT,
                                        [CONV_REVERSED] = D_REVERSED, [CONV_ROUND] = D_ROUND};
    if (!is_class_instance(o))
        return NULL;
    object *m = find(v, o, names[c]);
    if (!m || m == v->none || c < CONV_FORMAT)
        return m && m != v->none ? call_found(v, o, m, &arg, arg ? 1 : 0) : NULL;
    object *b = bind(v, m, o);                  /* _PyObject_LookupSpecial binds */
    object *r = b ? eval_call(v, b, &arg, arg ? 1 : 0, NULL) : NULL;
    obj_xdecref(v, b);
    return r;
}

object *class_lookup_special(vm *v, object *o, object *name)
{
    object *m = type_lookup(v, o->type, name);
    return m ? bind(v, m, o) : NULL;
}

/* ---- heap types --------------------------------------------------------------- */

/* The descriptors type_new puts in a class dict (descr_class_getset):
 * getset descriptors for its instances' __dict__ and __weakref__
 * (subtype_getsets), one member descriptor per __slots__ name
 * (add_members).  Both are 48 + 16 bytes, GC objects that refer back to
 * the class, so a class is always part of a cycle. */

/* Adds the descriptors to t's dict as PyType_Ready does: a member
 * descriptor per slot name (in ht_slots' sorted order), then __dict__ when
 * instances get a dict their base lacks (dict) and __weakref__ when the
 * base has no weak references (weak: object, BaseException, a class with
 * __slots__ all along), asked for by __slots__ or not (subtype_getsets). */
static int add_descriptors(vm *v, type *t, int dict, int weak)
{
    for (size_t i = 0; t->slot_names && i < TUPLE(t->slot_names)->n; i++) {
        object *name = str_intern(v, TUPLE(t->slot_names)->items[i]);
        object *d = name ? descr_class_getset(v, T_MEMBER_DESCR, t, name) : NULL;
        int rc = !d || dict_setitem(v, t->dict, name, d);
        obj_xdecref(v, d);
        obj_xdecref(v, name);
        if (rc)
            return -1;
    }
    const char *names[] = {dict ? "__dict__" : NULL, weak ? "__weakref__" : NULL};
    for (size_t i = 0; i < HV_COUNTOF(names); i++) {
        if (!names[i])
            continue;
        object *name = str_static_interned(v, names[i]);
        object *d = descr_class_getset(v, T_GETSET_DESCR, t, name);
        int rc = !d || !dict_setdefault(v, t->dict, name, d);   /* a class attribute stays */
        obj_xdecref(v, d);
        if (rc)
            return -1;
    }
    return 0;
}

/* ---- the subclass registry ------------------------------------------------------ */

/* Every class is registered with its base (add_subclass): the base's
 * tp_subclasses dict maps id(class), a new int, to a weak reference to the
 * class (64 + 16 bytes, GC).  A builtin base's dict exists before the
 * program starts (CPython's is large), so only the entry is modelled: the
 * class keeps the keys and the reference (sub_keys[], sub_ref).  A class used
 * as a base gets a real dict on its first subclass.  The entry goes when
 * the subclass is freed (remove_subclass), and an emptied dict with it. */
#define LABEL_QUALNAME 4    /* a class's references: 0 dict, 1 mro, 2 bases, 3 slots, 6 name */
#define LABEL_SUBCLASSES 5

/* list's and dict's tables.  Of a builtin base's tp_subclasses dict
 * heapviz keeps, for list and dict (the builtin bases whose table a
 * program's classes soon grow), the keys table's size and fill (the dict
 * object, when the program makes it, holds no simulated entry): an entry
 * added to a full table resizes it as insertdict does (GROWTH_RATE), a
 * new keys block owned by the type (traced at the class statement), the
 * one heapviz made before freed (start-up's lies outside the simulated
 * heap); a class's death leaves a deleted entry.  Measured in CPython
 * 3.11.2 (through ctypes): at start-up dict's table holds 1 entry of 5
 * (OrderedDict) and list has none; tracemalloc's imports add 4 to dict's
 * (collections' Counter and defaultdict, enum's _EnumDict, one that dies)
 * and make list's, with 1 (functools' _HashedSeq).  Likewise float's, int's,
 * str's and tuple's: at start-up int's holds 1 of 5 (bool), tuple's 19 of
 * 21 (the struct sequences), float and str have none; the import adds 3
 * to int's (IntEnum, IntFlag, re's _NamedIntConstant), 2 to tuple's
 * (functools' CacheInfo, tokenize's TokenInfo) and makes str's (StrEnum).
 * set's, frozenset's, bytes' and bytearray's are made by the first
 * subclass (none at start-up nor after the import). */
static int has_subtable(vm *v, const type *base)
{
    return base == v->types[T_LIST] || base == v->types[T_DICT] || immutable_root(v, base) || set_root(v, base) ||
           base == v->types[T_BYTEARRAY] || base == v->types[T_TYPE] ||
           (!(base->flags & TPF_HEAPTYPE) && (base->flags & TPF_EXC_SUBCLASS));
}

/* The builtin exceptions' tables at start-up, measured in CPython 3.11.2
 * (through ctypes, python3 running a script): the entries its keys table
 * holds and those taken, all live.  The other exception types have none
 * (their first subclass makes the dict, as list's).  BaseException's is
 * full: its next subclass resizes it. */
static const struct { enum builtin_type t; int64_t usable; uint32_t nentries; } exc_subtables[] = {
    {T_BASE_EXC, 5, 5},         {T_EXCEPTION, 42, 22},  {T_OS_ERROR, 21, 13},
    {T_CONNECTION_ERROR, 5, 4}, {T_ARITHMETIC_ERROR, 5, 3}, {T_LOOKUP, 5, 3},
    {T_RUNTIME, 5, 3},          {T_UNICODE, 5, 3},      {T_IMPORT, 5, 2},
    {T_VALUE, 5, 2},            {T_NAME, 5, 1},         {T_SYNTAX, 5, 1},
};

/* The classes `import tracemalloc` defines under Exception (measured as
 * above: its table holds 28 entries after the import). */
#define TM_EXCEPTION_SUBCLASSES 6

/* An entry added to base's table.  0, or -1 with MemoryError.  A table
 * that does not exist yet is made as add_subclass makes it: PyDict_New
 * (held by the type, tracked by the insert of a weak reference:
 * MAINTAIN_TRACKING), then its first keys block. */
static int subtable_insert(vm *v, type *base)
{
    struct subtable *st = &base->subtab;
    if (!st->usable) {
        object *d = dict_new(v);
        if (!d)
            return -1;
        base->subclasses = d;
        obj_give(v, d, base->ob.addr, LABEL_SUBCLASSES);
        obj_track(v, d);
    }
    if (!st->usable || st->nentries >= st->usable) {
        uint64_t nbytes;
        int64_t usable;
        dict_general_grow(st->used, &nbytes, &usable);
        uint64_t old = st->keys_addr, addr;     /* dictresize: the old keys freed after */
        if (old)                                /* the type owns one keys block at a time */
            obj_block_event(v, old, 0, OWN_NONE, base->ob.addr, OWN_KEYS);
        if (!(addr = obj_block_malloc(v, &base->ob, OWN_KEYS, nbytes))) {
            if (old)
                obj_block_event(v, old, base->ob.addr, OWN_KEYS, 0, OWN_NONE);
            vm_no_memory(v);
            return -1;
        }
        if (old)
            pymalloc_free(v->pm, old);
        *st = (struct subtable){addr, usable, st->used, st->used};
    }
    st->nentries++;
    st->used++;
    return 0;
}

void class_subtables_drop(vm *v)
{
    for (int i = 0; i < T_NBUILTIN; i++) {
        type *t = v->types[i];
        object *d = has_subtable(v, t) ? t->subclasses : NULL;
        t->subclasses = NULL;
        if (d)
            obj_release(v, d, t->ob.addr, LABEL_SUBCLASSES);
    }
}

/* The last entry of a table the program made gone (remove_subclass's
 * PyDict_Size of 0): Py_CLEAR of the dict, whose dealloc frees the keys
 * block first; a start-up table always keeps an entry. */
static void subtable_emptied(vm *v, type *base)
{
    struct subtable *st = &base->subtab;
    object *d = base->subclasses;
    if (st->used || !d)
        return;
    base->subclasses = NULL;
    if (st->keys_addr)
        obj_block_free(v, &base->ob, OWN_KEYS, st->keys_addr);
    *st = (struct subtable){0, 0, 0, 0};
    obj_release(v, d, base->ob.addr, LABEL_SUBCLASSES);
}

/* A table the import makes with its one entry (list's, str's): one more
 * entry when the program made it first, else start-up's to heapviz. */
static int subtable_imported_first(vm *v, type *base)
{
    if (base->subtab.usable)
        return subtable_insert(v, base);
    base->subtab = (struct subtable){0, 5, 1, 1};
    return 0;
}

int class_subtables_imported(vm *v)
{
    type *d = v->types[T_DICT], *l = v->types[T_LIST];
    for (int i = 0; i < 4; i++)
        if (subtable_insert(v, d))
            return -1;
    d->subtab.used--;
    for (int i = 0; i < TM_EXCEPTION_SUBCLASSES; i++)
        if (subtable_insert(v, v->types[T_EXCEPTION]))
            return -1;
    for (int i = 0; i < 3; i++)
        if (subtable_insert(v, v->types[T_INT]))
            return -1;
    for (int i = 0; i < 2; i++)
        if (subtable_insert(v, v->types[T_TUPLE]))
            return -1;
    return subtable_imported_first(v, v->types[T_STR]) || subtable_imported_first(v, l);
}

/* add_subclass for t's base number i: a new int key and the class's weak
 * reference (PyWeakref_NewRef makes it for the first base and hands it
 * back, with a new reference, to the next: the entries hold it). */
static int add_subclass(vm *v, type *base, type *t, size_t i)
{
    object *key = int_from_u64(v, t->ob.addr);
    object *r = key ? weakref_new(v, &t->ob, NULL) : NULL;
    int rc = !r;
    if (!rc && !(base->flags & TPF_HEAPTYPE)) {
        t->sub_keys[i] = obj_incref(v, key);
        t->sub_ref = obj_incref(v, r);          /* one reference per builtin base's entry */
        if ((rc = has_subtable(v, base) && subtable_insert(v, base))) {
            t->sub_keys[i] = NULL;              /* no entry (MemoryError): remove_subclass */
            obj_decref(v, key);                 /* counts none out; an empty table made */
            obj_decref(v, r);                   /* goes with the class's last one */
        }
    } else if (!rc) {
        if (!base->subclasses && (base->subclasses = dict_new(v)))
            obj_give(v, base->subclasses, base->ob.addr, LABEL_SUBCLASSES);
        rc = !base->subclasses || dict_setitem(v, base->subclasses, key, r);
    }
    obj_xdecref(v, key);
    obj_xdecref(v, r);
    return rc ? -1 : 0;
}

/* type_ready_add_subclasses: t registered with each of its bases, in
 * order.  0, or -1 with the exception. */
static int add_subclasses(vm *v, type *t)
{
    size_t n = TUPLE(t->bases)->n;
    t->sub_keys = hv_calloc(n, sizeof *t->sub_keys);
    for (size_t i = 0; i < n; i++)
        if (add_subclass(v, (type *)TUPLE(t->bases)->items[i], t, i))
            return -1;
    return 0;
}

/* remove_subclass of t from base number i: a new int for the key, the
 * entry deleted (an emptied dict of a class with it). */
static void remove_subclass(vm *v, type *t, size_t i)
{
    type *base = (type *)TUPLE(t->bases)->items[i];
    object *key = int_from_u64(v, t->ob.addr);
    if (t->sub_keys && t->sub_keys[i]) {
        object *k = t->sub_keys[i];
        t->sub_keys[i] = NULL;
        if (has_subtable(v, base))
            base->subtab.used--;                /* a deleted entry */
        obj_decref(v, k);
        obj_decref(v, t->sub_ref);
    } else if (key && (base->flags & TPF_HEAPTYPE) && base->subclasses) {
        dict_delitem(v, base->subclasses, key);
        if (!dict_len(base->subclasses)) {
            object *d = base->subclasses;
            base->subclasses = NULL;
            obj_release(v, d, base->ob.addr, LABEL_SUBCLASSES);
        }
    }
    obj_xdecref(v, key);
    if (has_subtable(v, base))
        subtable_emptied(v, base);
}

/* remove_all_subclasses, from the class's dealloc: t leaves each base's
 * registry in the order of its bases; any exception being raised is
 * kept. */
static void remove_subclasses(vm *v, type *t)
{
    vm_err saved = vm_exc_fetch(v);
    for (size_t i = 0; t->bases && i < TUPLE(t->bases)->n; i++) {
        remove_subclass(v, t, i);
        vm_exc_clear(v);                        /* an entry never added: PyErr_Clear */
    }
    free(t->sub_keys);
    t->sub_keys = NULL;
    t->sub_ref = NULL;
    vm_exc_restore(v, saved);
}

/* type.__subclasses__(): a new list of the classes in a class's registry,
 * in the order they were registered (PyList_New(0), then an append per
 * live one).  A builtin type's entries heapviz does not keep: refused. */
static object *type_subclasses_method(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    type *t = (type *)self;
    if (args_exact(v, calling_row(v, type_subclasses_method, &type_methods[M_TYPE_SUBCLASSES]), nargs, kw, 0))
        return NULL;
    if (!(t->flags & TPF_HEAPTYPE))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s.__subclasses__ (outside its "
                        "Python subset)", t->name);
    object *l = list_new(v, 0);
    size_t pos = 0;
    object *key, *ref;
    while (l && t->subclasses && dict_next(t->subclasses, &pos, &key, &ref))
        if (weakref_referent(ref) && list_append(v, l, weakref_referent(ref))) {   /* cleared: dying */
            obj_decref(v, l);
            l = NULL;
        }
    return l;
}

/* CPython 3.11's type_traverse, for heap types only (a static type is not
 * a GC object to the collector): tp_dict, tp_cache (always NULL), tp_mro,
 * tp_bases, tp_base (`object` for a plain class) and ht_module (NULL for a
 * class statement's class).  The names and __slots__ are strs and a tuple
 * of strs, which cannot be in a cycle: not visited, as in CPython. */
static int type_traverse(object *o, visitproc visit, void *arg)
{
    type *t = (type *)o;
    if (!(t->flags & TPF_HEAPTYPE))
        return 0;
    object *refs[] = {o->type->flags & TPF_HEAPTYPE ? &o->type->ob : NULL,  /* subtype_traverse */
                      t->dict, t->mro, t->bases, t->base ? &t->base->ob : NULL};
    for (size_t i = 0; i < HV_COUNTOF(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static void type_clear(vm *v, object *o)
{
    type *t = (type *)o;
    object **refs[] = {&t->dict, &t->mro};
    type_lookup_forget(v);
    for (size_t i = 0; i < HV_COUNTOF(refs); i++)
        if (*refs[i]) {
            object *x = *refs[i];
            *refs[i] = NULL;
            obj_release(v, x, o->addr, i);
        }
}

static void class_type_dealloc(vm *v, object *o)
{
    type *t = (type *)o;
    if (!(t->flags & TPF_HEAPTYPE)) {
        fprintf(stderr, "heapviz: refcount of builtin type %s fell to zero\n", t->name);
        abort();
    }
    obj_untrack(v, o);
    remove_subclasses(v, t);
    weakref_clear_referent(v, o);
    type_clear(v, o);
    if (t->cached_keys)
        dict_class_fini(v, t);
    object *refs[] = {t->bases, t->subclasses, t->name_obj, t->qualname, t->slot_names};
    uint64_t labels[] = {2, LABEL_SUBCLASSES, 6, LABEL_QUALNAME, 3};
    t->bases = t->subclasses = t->name_obj = t->qualname = t->slot_names = NULL;
    type *base = t->base;
    for (size_t i = 0; i < HV_COUNTOF(refs); i++)
        if (refs[i])
            obj_release(v, refs[i], o->addr, labels[i]);
    if (t->doc_addr)
        pymalloc_free(v->pm, t->doc_addr);
    type_lookup_forget(v);                      /* its address may come back as another type */
    obj_free(v, o);                             /* and a metaclass's reference */
    if (base)
        obj_release(v, &base->ob, 0, 0);
}

/* __base__, __bases__ and __mro__: the class's own tuples, a builtin
 * type's static ones (types.c); a type whose bases heapviz lacks has none:
 * refused by name rather than answered wrongly. */
static object *type_lineage(vm *v, type *t, const char *attr)
{
    if (!strcmp(attr, "__base__"))
        return obj_incref(v, t->base ? &t->base->ob : v->none);
    object *tup = !strcmp(attr, "__mro__") ? t->mro : t->bases;
    if (!tup && types_lineage_known(v, t))
        return types_lineage(v, t, !strcmp(attr, "__mro__"));
    if (!tup)
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s of class '%s' (outside its "
                        "Python subset)", attr, t->name);
    return obj_incref(v, tup);
}

/* type_set_name and type_set_qualname: a class's name or qualified name
 * replaced by a str (no allocation: the str is held as is); a builtin
 * type never gets here (type_setattr refuses every name first). */
static object *type_rename(vm *v, type *t, object *value, const char *attr)
{
    int qual = !strcmp(attr, "__qualname__");
    if (!value)
        return vm_raise_format(v, T_TYPE_ERROR, "cannot delete '%s' attribute of immutable type '%s'", attr,
                               t->name);         /* check_set_special_type_attr */
    if (!type_is_subtype(value->type, v->types[T_STR]))
        return vm_raise_format(v, T_TYPE_ERROR, qual ? "can only assign string to %s.__qualname__, not '%s'"
                                                     : "can only assign string to %s.__name__, not '%s'",
                               t->name, value->type->name);
    if (!qual && str_fill_utf8(v, value))         /* tp_name: PyUnicode_AsUTF8AndSize */
        return NULL;
    if (!qual && strlen(STR(value)->data) != STR(value)->nbytes)
        return vm_raise(v, T_VALUE, "type name must not contain null characters");
    object **slot = qual ? &t->qualname : &t->name_obj;
    object *old = *slot;
    *slot = obj_hold(v, value, t->ob.addr, qual ? LABEL_QUALNAME : 6);
    if (!qual)
        t->name = STR(value)->data;
    if (old)
        obj_release(v, old, t->ob.addr, qual ? LABEL_QUALNAME : 6);
    return obj_incref(v, v->none);
}

/* type's own getsets and members (type_getsets, type_members) and
 * object's __class__, as getters of the metatype: data descriptors, so
 * they win over a class attribute of the same name (type_getattr). */
/* type_name: t's __name__, a new reference: its ht_name (a class's, or
 * one of tracemalloc.py's), else a new str each time (a static type's,
 * PyUnicode_FromString). */
static object *type_name_obj(vm *v, const type *t)
{
    return t->name_obj ? obj_incref(v, t->name_obj) : str_from_cstr(v, type_short_name(t));
}

static object *type_get_name(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    type *t = (type *)self;
    if (nargs)
        return type_rename(v, t, args[0], "__name__");
    return type_name_obj(v, t);
}

const char *type_short_name(const type *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static object *type_get_qualname(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    type *t = (type *)self;
    if (nargs)
        return type_rename(v, t, args[0], "__qualname__");
    return t->qualname ? obj_incref(v, t->qualname) : type_get_name(v, self, NULL, 0, NULL);
}

/* A new proxy per access; a builtin type has no dict here (refused). */
static object *type_get_dict(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    type *t = (type *)self;
    object *d = t->dict ? t->dict : typedict_get(v, t);   /* a builtin type's is static */
    return d ? mappingproxy_new(v, d) : attr_missing(v, self, dunder(v, D_DICT));
}

static object *type_get_class(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_incref(v, &self->type->ob);
}

static object *type_get_base(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return type_lineage(v, (type *)self, "__base__");
}

static object *type_get_bases(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return type_lineage(v, (type *)self, "__bases__");
}

static object *type_get_mro(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return type_lineage(v, (type *)self, "__mro__");
}

/* type_get_annotations and type_set_annotations: a class's own
 * __annotations__ entry (a descriptor there bound to the class), or a new
 * empty dict stored there by the first read; a builtin type has none.
 * Setting writes the entry, deleting a missing one raises
 * AttributeError('__annotations__'). */
static object *type_get_annotations(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    type *t = (type *)self;
    object *name = str_static_interned(v, "__annotations__");
    if (nargs) {
        if (args[0])
            return dict_setitem(v, t->dict, name, args[0]) ? NULL : obj_incref(v, v->none);
        if (!dict_delitem(v, t->dict, name))
            return obj_incref(v, v->none);
        if (vm_exc_matches(v, T_KEY)) {
            vm_exc_clear(v);
            vm_raise(v, T_ATTRIBUTE, "__annotations__");
        }
        return NULL;
    }
    if (!(t->flags & TPF_HEAPTYPE))
        return vm_raise_format(v, T_ATTRIBUTE, "type object '%s' has no attribute '__annotations__'", t->name);
    object *x = dict_lookup(v, t->dict, name);
    if (x) {
        object *w = descr_wrapped_get(v, x, t);
        return w || v->exc ? w : obj_incref(v, x);
    }
    if (v->exc || !(x = dict_new(v)))
        return NULL;
    if (dict_setitem(v, t->dict, name, x)) {
        obj_decref(v, x);
        return NULL;
    }
    return x;
}

static object *type_mro_method(vm *v, object *self, object *const *args, size_t nargs, object *kw);
static object *type_subclasses_method(vm *v, object *self, object *const *args, size_t nargs, object *kw);

static const method_def type_methods[] = {
    {"__name__", type_get_name, METH_GETTER | METH_SETTER, NULL},
    {"__qualname__", type_get_qualname, METH_GETTER | METH_SETTER, NULL},
    {"__class__", type_get_class, METH_GETTER, NULL},
    {"__dict__", type_get_dict, METH_GETTER, NULL},
    {"__base__", type_get_base, METH_GETTER | METH_MEMBER, NULL},
    {"__bases__", type_get_bases, METH_GETTER, NULL},
    {"__mro__", type_get_mro, METH_GETTER | METH_MEMBER, NULL},
    {"__annotations__", type_get_annotations, METH_GETTER | METH_SETTER, NULL},
    {"__sizeof__", class_sizeof, METH_NOARGS, "type.__sizeof__"},
    {"mro", type_mro_method, METH_NOARGS, "type.mro"},
    {"__subclasses__", type_subclasses_method, METH_NOARGS, "type.__subclasses__"},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "type.__new__"},
    {NULL, NULL, 0, NULL},
};

void class_init_object(vm *v)
{
    v->types[T_OBJECT]->methods = object_methods;
    v->types[T_TYPE]->methods = type_methods;
}

/* type_module of a built-in type: tp_name's text before its last dot, made
 * and interned ("_io"), else the static 'builtins'.  tracemalloc's types
 * are Python classes in CPython, with a __module__ of their own: refused. */
static object *static_type_module(vm *v, object *o, object *name)
{
    type *t = (type *)o;
    if (tm_is_class(v, t))
        return attr_refuse_theirs(v, o, name) ? NULL : attr_missing(v, o, name);
    const char *dot = strrchr(t->name, '.');
    if (!dot)
        return obj_incref(v, str_static_interned(v, "builtins"));
    object *made = str_from_utf8(v, t->name, (size_t)(dot - t->name));
    object *mod = made ? str_intern(v, made) : NULL;
    obj_xdecref(v, made);
    return mod;
}

/* type_getattro: a data descriptor of the metatype (type_methods) first,
 * then the class's own mro (functions come back unbound, class methods
 * bound to the class), then the metatype's other attributes, bound to the
 * class (type.__call__ as a method-wrapper). */
static object *type_getattr(vm *v, object *o, object *name)
{
    type *t = (type *)o;
    /* type.__doc__ is a data descriptor of the metatype: a built-in type's
     * is a new str of its tp_doc text each time (type_get_doc:
     * _PyType_GetDocFromInternalDoc), None for an empty one, never what its
     * own dict holds under that name (property's member for its
     * instances); refused where heapviz lacks the text. */
    if (!(t->flags & TPF_HEAPTYPE) && !strcmp(STR(name)->data, "__doc__")) {    /* getattr()'s may not be interned */
        const char *doc;
        if (typedict_doc(v, t, &doc))
            return doc && *doc ? str_from_utf8(v, doc, strlen(doc)) : obj_incref(v, v->none);
        object *d = typedict_get(v, t);             /* no tp_doc: the dict's descriptor, unbound */
        object *x = d ? dict_lookup(v, d, name) : NULL;
        if (x && (obj_is(v, x, T_GETSET_DESCR) || obj_is(v, x, T_MEMBER_DESCR)))
            return obj_incref(v, x);
        return attr_refuse_theirs(v, o, name) ? NULL : attr_missing(v, o, name);
    }
    if (!(t->flags & TPF_HEAPTYPE) && !strcmp(STR(name)->data, "__module__"))
        return static_type_module(v, o, name);
    object *meta = type_lookup_all(v, o->type, name);
    const method_def *def = meta ? descr_def(v, meta) : NULL;
    if (meta && obj_is(v, meta, T_BUILTIN) && (DESCR(meta)->def->flags & METH_NEW))
        meta = NULL;                            /* type.__new__: every mro ends in object's */
    if (def && (def->flags & METH_GETTER))
        return descr_get(v, meta, o);
    if (meta && obj_is(v, meta, T_PROPERTY))    /* a metaclass's property: a data descriptor */
        return property_get(v, meta, o);
    object *x = v->exc ? NULL : type_lookup_all(v, t, name);
    if (x && obj_is(v, x, T_CLASSMETHOD_DESCR))
        return descr_bind(v, x, o);             /* dict.fromkeys: bound to the class */
    object *w = x ? descr_wrapped_get(v, x, t) : NULL;  /* staticmethod, classmethod */
    if (w || v->exc)
        return w;
    if (x)
        return obj_incref(v, x);
    if (meta)                                   /* meta_get: a metaclass's function binds */
        return def ? descr_get(v, meta, o) : bind(v, meta, o);
    return attr_missing(v, o, name);
}

static void find_dunders(vm *v, type *t, int exc);

/* update_slot: a special method set or deleted on t changes the slots of
 * t and of every class below it (update_subclasses: through each
 * tp_subclasses registry, a class with several bases reached from each). */
static void update_slots(vm *v, type *t)
{
    find_dunders(v, t, (t->flags & TPF_EXC_SUBCLASS) != 0);
    size_t pos = 0;
    object *key, *ref;
    while (t->subclasses && dict_next(t->subclasses, &pos, &key, &ref))
        if (weakref_referent(ref))                  /* cleared: a class the collector is freeing */
            update_slots(v, (type *)weakref_referent(ref));
}

/* The special methods a class body may not define (refuse_unsupported:
 * heapviz never calls them; __new__ only where refused), and those a
 * metaclass may not (meta_refuse: hooks heapviz's class objects do not
 * consult). */
static const char *const unsupported_names[] = {
    "__new__", "__init_subclass__", "__set_name__", "__get__", "__set__", "__delete__",
    "__class_getitem__", "__sizeof__", "__length_hint__",
};

static const char *const meta_hooks[] = {
    "__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__instancecheck__",
    "__subclasscheck__", "__dir__",
};

/* A special method set on a class after it was made that a class body
 * could not define either (refuse_unsupported, meta_refuse; __new__ is
 * update_slots' business): refused by name, as python3 would use it. */
static int refuse_set_dunder(vm *v, const type *t, object *name)
{
    const char *which = NULL;
    for (size_t i = 1; !which && i < HV_COUNTOF(unsupported_names); i++)
        if (str_is(name, unsupported_names[i]))
            which = "classes";
    int meta = builtin_base((type *)t) == v->types[T_TYPE];
    for (size_t i = 0; meta && !which && i < HV_COUNTOF(meta_hooks); i++)
        if (str_is(name, meta_hooks[i]))
            which = "metaclasses";
    if (!which)
        return 0;
    vm_raise_format(v, T_NOT_IMPLEMENTED, "heapviz does not support %s that define %U "
                    "(outside its Python subset)", which, name);
    return -1;
}

static int type_setattr(vm *v, object *o, object *name, object *value)
{
    type *t = (type *)o;
    if (!(t->flags & TPF_HEAPTYPE)) {
        vm_raise_format(v, T_TYPE_ERROR, "cannot set %R attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (name == dunder(v, D_CLASS))
        return class_set_class(v, o, value);
    object *meta = type_lookup(v, o->type, name);      /* type_getattr's data descriptors */
    const method_def *def = meta ? descr_def(v, meta) : NULL;
    if (meta && obj_is(v, meta, T_PROPERTY))    /* a metaclass's property: its setter or deleter */
        return property_set(v, meta, o, value);
    if (def && (def->flags & METH_GETTER)) {
        if (def->fn != type_get_bases)
            return descr_set(v, meta, o, value);
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support assigning %s.__bases__ (outside its "
                 "Python subset)", t->name);
        return -1;
    }
    if (value && refuse_set_dunder(v, t, name))
        return -1;
    int rc = value ? dict_setitem(v, t->dict, name, value) : dict_delitem(v, t->dict, name);
    if (rc && !value) {
        vm_exc_clear(v);
        vm_raise_format(v, T_ATTRIBUTE, "type object '%.50s' has no attribute '%U'", t->name, name);
    }
    if (!rc && !strncmp(STR(name)->data, "__", 2))      /* update_slot */
        update_slots(v, t);
    return rc;
}

/* __slots__ as a tuple of names: PyTuple_Pack of a str, PySequence_Tuple
 * of anything else (a generator, a dict's keys, a set: type_new takes any
 * iterable; a non-iterable raises its own "is not iterable"). */
static object *slot_tuple(vm *v, object *slots)
{
    if (obj_is(v, slots, T_STR))
        return tuple_pack(v, 1, slots);
    return tuple_from_iterable(v, slots);
}

/* _Py_Mangle at run time: "__x" in class "_C" is "_C__x", a new str; a
 * name that is not private comes back itself.  NULL on MemoryError. */
static object *mangle_name(vm *v, object *cls, object *x)
{
    size_t len;
    char *text = symtable_mangle_text(STR(cls)->data, STR(x)->data, STR(x)->nbytes, &len);
    if (!text)
        return obj_incref(v, x);
    object *r = str_from_utf8(v, text, len);
    free(text);
    return r;
}

/* What a class statement adds to its base's instances: a __dict__ and a
 * __weakref__ slot (type_new_ctx's add_dict and add_weak, each only when
 * the base lacks it: may_add_dict, may_add_weak). */
struct adds {
    int may_dict, may_weak;
    int dict, weak;
};

/* type_new_visit_slots: "__dict__" and "__weakref__" in __slots__ ask
 * for the two special slots, each once and only where the base lacks it.
 * 0, or -1 with TypeError. */
static int visit_slots(vm *v, object *names, struct adds *a)
{
    for (size_t i = 0; i < TUPLE(names)->n; i++) {
        object *x = TUPLE(names)->items[i];
        if (!obj_is(v, x, T_STR)) {
            vm_raise_format(v, T_TYPE_ERROR, "__slots__ items must be strings, not '%.200s'", x->type->name);
            return -1;
        }
        if (!strcmp(STR(x)->data, "__dict__")) {
            if (!a->may_dict || a->dict++) {
                vm_raise(v, T_TYPE_ERROR, "__dict__ slot disallowed: we already got one");
                return -1;
            }
        } else if (!strcmp(STR(x)->data, "__weakref__") && (!a->may_weak || a->weak++)) {
            vm_raise(v, T_TYPE_ERROR, "__weakref__ slot disallowed: either we already got one, "
                     "or __itemsize__ != 0");
            return -1;
        }
    }
    return 0;
}

/* ht_slots as type_new_copy_slots makes it: the names but __dict__ and
 * __weakref__, mangled for class cls, copied into a new list, sorted, and
 * made a tuple (the list goes to the list free list).  A name that is also
 * a class attribute is refused. */
static object *sorted_slots(vm *v, object *cls, object *slots, object *dict, struct adds *a, const type *base)
{
    object *names = slot_tuple(v, slots);
    if (!names)
        return NULL;
    size_t n = TUPLE(names)->n;
    if (n && base->itemsize) {                  /* type_new_slots_impl, before visiting them */
        obj_decref(v, names);
        return vm_raise_format(v, T_TYPE_ERROR, "nonempty __slots__ not supported for subtype of '%s'",
                               base->name);
    }
    object *l = NULL, *r = NULL;
    if (!visit_slots(v, names, a))
        l = list_new(v, n - (size_t)a->dict - (size_t)a->weak);
    for (size_t i = 0, j = 0; l && i < n && !v->exc; i++) {
        object *x = TUPLE(names)->items[i];
        if ((a->dict && !strcmp(STR(x)->data, "__dict__")) ||
            (a->weak && !strcmp(STR(x)->data, "__weakref__")))
            continue;
        x = mangle_name(v, cls, x);
        if (!x)
            break;
        list_set_fresh(v, l, j++, x);
        if (dict_lookup(v, dict, x) && !v->exc)
            vm_raise(v, T_VALUE, "'%s' in __slots__ conflicts with class variable", STR(x)->data);
    }
    if (l && !v->exc && !list_sort(v, l, NULL, 0))
        r = list_as_tuple(v, l);
    obj_xdecref(v, l);
    obj_decref(v, names);
    return r;
}

/* type_new_set_module: a dict without __module__ (type() called with
 * three arguments; a class body always sets it) gets the caller's
 * globals' __name__, the very object. */
static int set_module(vm *v, type *t)
{
    object *mod = dunder(v, D_MODULE);
    if (dict_lookup(v, t->dict, mod) || v->exc || !v->nframes)
        return v->exc ? -1 : 0;
    object *name = dict_lookup(v, v->frames[v->nframes - 1]->globals, str_static_interned(v, "__name__"));
    return name ? dict_setitem(v, t->dict, mod, name) : v->exc ? -1 : 0;
}

/* type_new_set_ht_name: __qualname__ leaves the class dict for the class. */
static int take_qualname(vm *v, type *t)
{
    object *q = dict_lookup(v, t->dict, dunder(v, D_QUALNAME));
    if (!q && !v->exc)                          /* type(name, bases, dict): ht_name again */
        t->qualname = obj_hold(v, t->name_obj, t->ob.addr, LABEL_QUALNAME);
    if (!q)
        return v->exc ? -1 : 0;
    if (!obj_is_str(v, q)) {                 /* PyUnicode_Check: a subclass's instance too */
        vm_raise_format(v, T_TYPE_ERROR, "type __qualname__ must be a str, not %s", q->type->name);
        return -1;
    }
    t->qualname = obj_hold(v, q, t->ob.addr, LABEL_QUALNAME);
    return dict_delitem(v, t->dict, dunder(v, D_QUALNAME));
}

/* type_new_set_doc: a str __doc__ is copied into a block of its own
 * (tp_doc, its UTF-8 and a NUL). */
static int copy_doc(vm *v, type *t)
{
    object *doc = dict_lookup(v, t->dict, str_static_interned(v, "__doc__"));
    if (!doc || !obj_is(v, doc, T_STR))
        return v->exc ? -1 : 0;
    t->doc_addr = pymalloc_malloc(v->pm, STR(doc)->nbytes + 1);
    if (!t->doc_addr) {
        vm_no_memory(v);
        return -1;
    }
    return 0;
}

/* type_new_staticmethod: a plain function the body names __new__ becomes
 * a staticmethod in the class dict (PyStaticMethod_New: tracked, no
 * __dict__, functools' attributes not copied), which holds the function
 * alone. */
static int new_static(vm *v, type *t)
{
    object *name = str_static_interned(v, "__new__");
    object *fn = dict_lookup(v, t->dict, name);
    if (!fn || !obj_is(v, fn, T_FUNCTION))
        return v->exc ? -1 : 0;
    object *sm = obj_new(v, v->types[T_STATICMETHOD], 0);
    if (!sm)
        return -1;
    obj_track(v, sm);
    WRAP(sm)->callable = obj_hold(v, fn, sm->addr, 0);
    int rc = dict_setitem(v, t->dict, name, sm);
    obj_decref(v, sm);
    return rc;
}

/* type_new_set_classcell: a class whose methods call super() hands its
 * __class__ cell over in __classcell__; the cell now holds the class and
 * the name leaves the class dict. */
static int set_classcell(vm *v, type *t)
{
    object *name = str_static_interned(v, "__classcell__");
    object *cell = dict_lookup(v, t->dict, name);
    if (!cell)
        return v->exc ? -1 : 0;
    if (!obj_is(v, cell, T_CELL)) {
        vm_raise_format(v, T_TYPE_ERROR, "__classcell__ must be a nonlocal cell, not %.200R", &cell->type->ob);
        return -1;
    }
    cell_set(v, cell, obj_incref(v, &t->ob));
    return dict_delitem(v, t->dict, name);
}

/* type_dict_set_doc: __doc__ is None unless the body set it. */
static int set_doc(vm *v, type *t)
{
    object *doc = str_static_interned(v, "__doc__");
    if (dict_lookup(v, t->dict, doc) || v->exc)
        return v->exc ? -1 : 0;
    return dict_setitem(v, t->dict, doc, v->none);
}

/* type_ready_set_hash: a class whose body defines __eq__ and not __hash__
 * gets __hash__ = None in its dict, which makes its instances unhashable. */
static int set_hash_none(vm *v, type *t)
{
    object *hash = dunder(v, D_HASH);
    if (!dict_lookup(v, t->dict, dunder(v, D_EQ)) || dict_lookup(v, t->dict, hash))
        return v->exc ? -1 : 0;
    t->hash = slot_hash;                        /* a builtin base's hash no longer: str's, int's */
    return dict_setitem(v, t->dict, hash, v->none);
}

/* What follows PyType_Ready in type_new: the __set_name__ pass over a copy
 * of the class dict (the copy then parks on the dict free lists), and
 * __init_subclass__ looked up through a super object, which makes a bound
 * method: both short-lived, but real allocations (and GC counts). */
static int after_ready(vm *v, type *t, object *kw)
{
    object *names_to_set = dict_copy(v, t->dict);
    if (!names_to_set)
        return -1;
    size_t pos = 0;
    object *key, *value;
    while (dict_next(names_to_set, &pos, &key, &value))
        if (descr_set_name(v, value, &t->ob, key)) {
            obj_decref(v, names_to_set);
            return -1;
        }
    obj_decref(v, names_to_set);
    object *super = obj_new(v, v->types[T_SUPER], 0);
    if (!super)
        return -1;
    obj_track(v, super);
    static const method_def init_subclass = {"__init_subclass__", NULL, METH_CLASS, NULL};
    object *func = builtin_bound(v, &init_subclass, &t->ob);
    obj_untrack(v, super);
    obj_decref(v, super);                       /* super's plain dealloc frees it */
    if (func && kw && dict_len(kw))           /* object.__init_subclass__ is METH_NOARGS */
        vm_raise_format(v, T_TYPE_ERROR, "%U.__init_subclass__() takes no keyword arguments",
                        t->qualname ? t->qualname : t->name_obj);
    obj_xdecref(v, func);
    return func && !v->exc ? 0 : -1;
}

/* The slots of a class: its instances' layout and behaviour. */
static void set_behaviour(vm *v, type *t, int exc, int weak)
{
    type *base = t->base;
    uint32_t nslots = t->nslots - t->slot_base;
    if (builtin_base(t) == v->types[T_TYPE]) {     /* a metaclass: its instances are classes */
        t->basicsize = base->basicsize;         /* type's dict and weakref slots serve */
        t->vnew = inst_vnew;                    /* type's other slots stay: container_dunders */
        return;
    }
    if (is_container(t)) {                      /* the base's slots stay: container_dunders */
        t->basicsize = base->basicsize + 8 * nslots + (weak ? 8 : 0) +
                       ((t->flags & TPF_VAR_DICT) && !(base->flags & TPF_VAR_DICT) ? 8 : 0);
        t->inst_offset = base->flags & TPF_HEAPTYPE ? base->inst_offset : base->host_size;
        t->host_size = t->inst_offset + sizeof(instfields);
        t->dealloc = inst_dealloc;
        t->traverse = container_traverse;
        t->clear = container_clear;
        t->getattr = inst_getattr;
        t->getmethod = inst_getmethod;
        t->setattr = inst_setattr;
        t->vnew = inst_vnew;
        return;
    }
    if (!exc) {
        t->basicsize = (base->flags & TPF_HEAPTYPE ? base->basicsize : 16) + 8 * nslots +
                       (weak ? 8 : 0);
        t->inst_offset = sizeof(object);
        t->host_size = sizeof(object) + sizeof(instfields);
        t->dealloc = inst_dealloc;
        t->traverse = inst_traverse;
        t->clear = inst_clear;
        t->getattr = inst_getattr;
        t->getmethod = inst_getmethod;
        t->setattr = inst_setattr;
        t->vnew = inst_vnew;
    } else {                                    /* BaseException's dict, not its weakref */
        t->basicsize = base->basicsize + (weak ? 8 : 0);
        t->dealloc = inst_dealloc;
        t->getattr = exc_sub_getattr;
        t->setattr = exc_setattr;
        t->vnew = exc_sub_vnew;
    }
    set_number_slots(t);
    t->repr = slot_repr;
    t->str = slot_str;
    t->richcompare = slot_richcompare;
    t->hash = slot_hash;
    t->truth = slot_truth;
    t->length = NULL;
    t->call = NULL;
    t->iter = NULL;
    t->iternext = NULL;
    t->getitem = NULL;
    t->contains = NULL;
    t->finalize = NULL;
}

/* class_defines for an interned name: along t's mro, a class's dict
 * entry before any builtin type that has the name (update_one_slot: the
 * first found decides, and a builtin's slot wrapper keeps its slot: in
 * class C(list, Mixin) list's __len__ hides the mixin's). */
static int defines_name(vm *v, type *t, object *name)
{
    if (!t->mro) {
        for (; t->flags & TPF_HEAPTYPE; t = t->base)
            if (dict_lookup(v, t->dict, name))
                return 1;
        return 0;
    }
    for (size_t i = 0; i < TUPLE(t->mro)->n; i++) {
        type *u = (type *)TUPLE(t->mro)->items[i];
        int heap = (u->flags & TPF_HEAPTYPE) != 0;
        if (heap ? dict_lookup(v, u->dict, name) != NULL : type_lookup_own(v, u, name) != NULL)
            return heap;
    }
    return 0;
}

int class_defines(vm *v, type *t, const char *name)
{
    return defines_name(v, t, str_static_interned(v, name));
}

/* Whether a class statement along t's heap chain defines __d__ (a list
 * or dict subclass's slot is then slot_*, else its base's: update_one_slot). */
static int heap_defines(vm *v, type *t, enum dunder d)
{
    return defines_name(v, t, dunder(v, d));
}

/* The slots of a list or dict subclass: list's or dict's own, but where a
 * class defines the special method (looked up along the mro when called:
 * find, which sees the base's slot wrappers too). */
static void container_dunders(vm *v, type *t)
{
    const type *r = builtin_base(t);
    int cmp = 0;
    for (enum dunder d = D_EQ; d <= D_GE; d++)
        cmp |= heap_defines(v, t, d);
    t->repr = heap_defines(v, t, D_REPR) ? slot_repr : r->repr;
    t->str = heap_defines(v, t, D_STR) ? slot_str : r->str;
    t->richcompare = cmp ? slot_richcompare : r->richcompare;
    t->hash = heap_defines(v, t, D_HASH) ? slot_hash : r->hash;
    t->length = heap_defines(v, t, D_LEN) ? slot_len : r->length;
    t->truth = heap_defines(v, t, D_BOOL) || heap_defines(v, t, D_LEN) ? slot_truth : r->truth;
    t->call = heap_defines(v, t, D_CALL) ? slot_call : r->call;
    t->iter = heap_defines(v, t, D_ITER) ? slot_iter : r->iter;
    t->iternext = heap_defines(v, t, D_NEXT) ? slot_next : r->iternext;
    t->getitem = heap_defines(v, t, D_GETITEM) ? slot_getitem : r->getitem;
    t->contains = heap_defines(v, t, D_CONTAINS) ? slot_contains : r->contains;
    t->setitem = heap_defines(v, t, D_SETITEM) || heap_defines(v, t, D_DELITEM) ? slot_setitem : r->setitem;
    t->finalize = heap_defines(v, t, D_DEL) ? slot_del : NULL;
    for (int op = 0; op < NB_NBINOPS; op++) {
        int bin = heap_defines(v, t, D_OP + op) || heap_defines(v, t, D_ROP + op);
        t->binary[op] = bin ? number_slots[op][0] : r->binary[op];
        t->inplace[op] = heap_defines(v, t, D_IOP + op) ? number_slots[op][1] : r->inplace[op];
    }
    static const enum dunder unary[UN_NUNOPS] = {[UN_NEG] = D_NEG, [UN_POS] = D_POS, [UN_INVERT] = D_INVERT};
    object *(*const unary_slot[UN_NUNOPS])(vm *, object *) = {[UN_NEG] = slot_neg, [UN_POS] = slot_pos,
                                                              [UN_INVERT] = slot_invert};
    for (int u = 0; u < UN_NUNOPS; u++)
        t->unary[u] = heap_defines(v, t, unary[u]) ? unary_slot[u] : r->unary[u];
    t->abs = heap_defines(v, t, D_ABS) ? slot_abs : r->abs;
}

/* The slots a plain class's dunder methods fill (looked up along the mro
 * when called; without one, object's behaviour or none). */
static void plain_dunders(vm *v, type *t, int exc)
{
    t->length = type_lookup(v, t, dunder(v, D_LEN)) ? slot_len : NULL;
    t->call = type_lookup(v, t, dunder(v, D_CALL)) ? slot_call : NULL;
    t->iter = type_lookup(v, t, dunder(v, D_ITER)) ? slot_iter : NULL;
    t->iternext = type_lookup(v, t, dunder(v, D_NEXT)) ? slot_next : NULL;
    t->getitem = type_lookup(v, t, dunder(v, D_GETITEM)) ? slot_getitem : NULL;
    t->contains = type_lookup(v, t, dunder(v, D_CONTAINS)) ? slot_contains : NULL;
    t->setitem = type_lookup(v, t, dunder(v, D_SETITEM)) || type_lookup(v, t, dunder(v, D_DELITEM))
               ? slot_setitem : NULL;
    t->finalize = type_lookup(v, t, dunder(v, D_DEL)) ? slot_del : NULL;
}

/* The slots its dunder methods fill, and its attribute hooks. */
static void find_dunders(vm *v, type *t, int exc)
{
    t->flags = new_found_in_class(v, t) ? t->flags | TPF_NEW_SLOT : t->flags & ~(uint32_t)TPF_NEW_SLOT;
    if (is_container(t))
        container_dunders(v, t);
    else
        plain_dunders(v, t, exc);
    if (builtin_base(t) == v->types[T_TYPE]) {    /* a metaclass: type_getattro, type_setattro */
        const type *root = v->types[T_TYPE];    /* (meta_refuse refused the hooks) */
        t->getattr = root->getattr;
        t->getmethod = root->getmethod;
        t->setattr = root->setattr;
        return;
    }
    if (!exc) {                                 /* LOAD_METHOD goes through the hook too */
        int hook = own_dunder(v, t, D_GETATTR) || own_dunder(v, t, D_GETATTRIBUTE);
        t->getattr = hook ? inst_getattr_hook : inst_getattr;
        t->getmethod = hook ? NULL : inst_getmethod;
    }
    if (own_dunder(v, t, D_SETATTR) || own_dunder(v, t, D_DELATTR))
        t->setattr = slot_setattr;
    else
        t->setattr = exc ? exc_setattr : inst_setattr;
}

/* ---- bases and the mro ------------------------------------------------------------
 * A class's tp_base is best_base's pick among its bases: the one whose
 * "solid" base (the nearest type along its tp_base chain whose instances
 * carry fields of their own) derives from every other's; its instances are
 * laid out as that base's.  Its mro is the C3 merge of its bases' mros and
 * the bases themselves (mro_implementation), each type once. */

/* extra_ivars: whether t's instances hold fields past base's (a weakref
 * slot a class added last does not count). */
static int extra_ivars(const type *t, const type *base)
{
    uint32_t size = t->basicsize;
    if (t->itemsize || base->itemsize)
        return size != base->basicsize || t->itemsize != base->itemsize;
    if (t->weaklist_offset && !base->weaklist_offset && t->weaklist_offset + 8 == size &&
        (t->flags & TPF_HEAPTYPE))
        size -= 8;
    return size != base->basicsize;
}

/* solid_base: the type along t's tp_base chain (t included) whose layout
 * its instances end with. */
static type *solid_base(vm *v, type *t)
{
    type *base = t->base ? solid_base(v, t->base) : v->types[T_OBJECT];
    return extra_ivars(t, base) ? t : base;
}

/* best_base: the base whose solid base is a subtype of every other base's
 * (the first such), or NULL with python3's TypeError: a base that cannot
 * be subclassed, or two layouts neither of which extends the other. */
static type *best_base(vm *v, object *bases)
{
    type *winner = NULL, *base = NULL;
    for (size_t i = 0; i < TUPLE(bases)->n; i++) {
        type *b = (type *)TUPLE(bases)->items[i];
        if (!(b->flags & TPF_BASETYPE))
            return (type *)vm_raise_format(v, T_TYPE_ERROR, "type '%.100s' is not an acceptable base type",
                                           b->name);
        type *candidate = solid_base(v, b);
        if (!winner || (type_is_subtype(candidate, winner) && candidate != winner)) {
            winner = candidate;
            base = b;
        } else if (!type_is_subtype(winner, candidate))
            return (type *)vm_raise(v, T_TYPE_ERROR, "multiple bases have instance lay-out conflict");
    }
    return base;
}

/* The types of b's mro in order, a new host array (*n of them): a class's
 * tuple, a builtin type's tp_base chain. */
static type **mro_line(type *b, size_t *n)
{
    size_t k = 0;
    if (b->flags & TPF_HEAPTYPE)
        k = TUPLE(b->mro)->n;
    else
        for (type *u = b; u; u = u->base)
            k++;
    type **line = hv_malloc(k * sizeof *line);
    if (b->flags & TPF_HEAPTYPE)
        for (size_t i = 0; i < k; i++)
            line[i] = (type *)TUPLE(b->mro)->items[i];
    else
        for (size_t i = 0; b; b = b->base)
            line[i++] = b;
    *n = k;
    return line;
}

/* check_duplicates: -1 with TypeError when a type appears twice in bases. */
static int mro_check_duplicates(vm *v, type *const *bases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (bases[j] == bases[i]) {
                object *name = type_name_obj(v, bases[i]);
                if (name)
                    vm_raise_format(v, T_TYPE_ERROR, "duplicate base class %U", name);
                obj_xdecref(v, name);
                return -1;
            }
    return 0;
}

/* The lists C3 merges (host arrays): each base's mro, then the bases. */
struct merge {
    size_t n;                   /* lists: the bases and one */
    type ***line;
    size_t *len;
    size_t *remain;             /* pmerge's: the next index not yet merged */
};

/* set_mro_error: the heads left unmerged, each once (a dict keyed by
 * them, made and dropped as CPython's), named in python3's message. */
static void mro_error(vm *v, struct merge *m)
{
    object *set = dict_new(v);
    for (size_t i = 0; set && i < m->n; i++)
        if (m->remain[i] < m->len[i] && dict_setitem(v, set, &m->line[i][m->remain[i]]->ob, v->none)) {
            obj_decref(v, set);
            return;
        }
    if (!set)
        return;
    char text[1000];
    size_t off = (size_t)snprintf(text, sizeof text, "Cannot create a consistent method resolution\n"
                                  "order (MRO) for bases");
    size_t pos = 0, left = dict_len(set);
    object *k, *val;
    while (off < sizeof text && dict_next(set, &pos, &k, &val)) {
        object *name = type_name_obj(v, (type *)k);
        off += (size_t)snprintf(text + off, sizeof text - off, " %s", name ? STR(name)->data : "?");
        obj_xdecref(v, name);
        if (--left && off + 1 < sizeof text) {
            text[off++] = ',';
            text[off] = '\0';
        }
    }
    vm_raise(v, T_TYPE_ERROR, "%s", text);
    obj_decref(v, set);
}

/* Whether o is in list i past its index `from` (tail_contains). */
static int mro_tail_contains(const struct merge *m, size_t i, size_t from, const type *o)
{
    for (size_t k = from + 1; k < m->len[i]; k++)
        if (m->line[i][k] == o)
            return 1;
    return 0;
}

/* The head of the first list that is in no list's tail (C3's next type),
 * or NULL when none is; *empty counts the lists used up. */
static type *mro_pick(struct merge *m, size_t *empty)
{
    *empty = 0;
    for (size_t i = 0; i < m->n; i++) {
        if (m->remain[i] >= m->len[i]) {
            ++*empty;
            continue;
        }
        type *c = m->line[i][m->remain[i]];
        int in_tail = 0;
        for (size_t j = 0; j < m->n && !in_tail; j++)
            in_tail = mro_tail_contains(m, j, m->remain[j], c);
        if (!in_tail)
            return c;
    }
    return NULL;
}

/* pmerge: acc (the class first) gets the merged types, appended one by
 * one; its PyMem `remain` array of ints is a block for the merge's time.
 * 0, or -1 with the exception. */
static int mro_pmerge(vm *v, object *acc, struct merge *m)
{
    uint64_t remain = pymalloc_malloc(v->pm, 4 * (uint64_t)m->n);
    if (!remain) {
        vm_no_memory(v);
        return -1;
    }
    size_t empty;
    type *c;
    int rc = 0;
    while (!rc && (c = mro_pick(m, &empty))) {
        rc = list_append(v, acc, &c->ob);
        for (size_t j = 0; j < m->n; j++)
            if (m->remain[j] < m->len[j] && m->line[j][m->remain[j]] == c)
                m->remain[j]++;
    }
    if (!rc && empty != m->n) {
        mro_error(v, m);
        rc = -1;
    }
    pymalloc_free(v->pm, remain);
    return rc;
}

/* The lists of bases b[0..n) for the merge. */
static struct merge *merge_new(type *const *b, size_t n)
{
    struct merge *m = hv_calloc(1, sizeof *m);
    m->n = n + 1;
    m->line = hv_calloc(m->n, sizeof *m->line);
    m->len = hv_calloc(m->n, sizeof *m->len);
    m->remain = hv_calloc(m->n, sizeof *m->remain);
    for (size_t i = 0; i < n; i++)
        m->line[i] = mro_line(b[i], &m->len[i]);
    m->line[n] = hv_malloc(n * sizeof *m->line[n]);
    memcpy(m->line[n], b, n * sizeof *b);
    m->len[n] = n;
    return m;
}

static void merge_free(struct merge *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->line[i]);
    free(m->line);
    free(m->len);
    free(m->remain);
    free(m);
}

/* mro_implementation for t with bases b[0..n): one base, a new tuple of t
 * and the base's mro; else (none: object's; two or more) the bases checked
 * for duplicates, a PyMem array of the n + 1 lists, and a new list of t
 * grown by the merge.  NULL with the exception. */
static object *mro_implementation(vm *v, type *t, type *const *b, size_t n)
{
    if (n == 1) {
        size_t k;
        type **line = mro_line(b[0], &k);
        object *mro = tuple_new(v, k + 1);
        for (size_t i = 0; mro && i <= k; i++)
            tuple_set(v, mro, i, obj_incref(v, i ? &line[i - 1]->ob : &t->ob));
        free(line);
        return mro;
    }
    if (mro_check_duplicates(v, b, n))
        return NULL;
    struct merge *m = merge_new(b, n);
    uint64_t to_merge = pymalloc_malloc(v->pm, 8 * (uint64_t)m->n);
    object *acc = to_merge ? list_new(v, 1) : NULL;
    if (acc) {
        list_set_fresh(v, acc, 0, obj_incref(v, &t->ob));
        if (mro_pmerge(v, acc, m)) {
            obj_decref(v, acc);
            acc = NULL;
        }
    } else if (!to_merge)
        vm_no_memory(v);
    if (to_merge)
        pymalloc_free(v->pm, to_merge);
    merge_free(m);
    return acc;
}

/* mro_implementation of t over its bases: a class's tuple, a builtin
 * type's tp_base (none for object).  A new tuple or list, or NULL. */
static object *mro_of(vm *v, type *t)
{
    size_t n = t->flags & TPF_HEAPTYPE ? TUPLE(t->bases)->n : t->base ? 1 : 0;
    type **b = hv_malloc(n * sizeof *b);
    for (size_t i = 0; i < n; i++)
        b[i] = t->flags & TPF_HEAPTYPE ? (type *)TUPLE(t->bases)->items[i] : t->base;
    object *r = mro_implementation(v, t, b, n);
    free(b);
    return r;
}

/* mro_internal's tp_mro for a new class: mro_implementation's result,
 * made a tuple when it is a list (PySequence_Tuple, the list dropped). */
static object *mro_make(vm *v, type *t)
{
    object *r = mro_of(v, t);
    if (!r || obj_is(v, r, T_TUPLE))
        return r;
    object *tup = list_as_tuple(v, r);
    obj_decref(v, r);
    return tup;
}

/* type.mro(): mro_implementation again, a new list (a tuple's items
 * copied into one: PySequence_List). */
static object *type_mro_method(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    type *t = (type *)self;
    if (args_exact(v, calling_row(v, type_mro_method, &type_methods[M_TYPE_MRO]), nargs, kw, 0))
        return NULL;
    if (!(t->flags & TPF_HEAPTYPE) && !types_lineage_known(v, t))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s.mro() (outside its Python "
                        "subset)", t->name);
    object *r = mro_of(v, t);
    if (!r || obj_is(v, r, T_LIST))
        return r;
    object *l = seq_list(v, r);
    obj_decref(v, r);
    return l;
}

/* type(name, bases, ns) for a class statement, in type_new's order (which
 * decides what the free lists give back): the (object,) bases tuple, the
 * copy of the namespace, ht_slots, the type, __qualname__ taken out, the
 * mro, the descriptors, __doc__, the subclass registry, the instances'
 * shared keys, then after_ready. */
/* A class body defining a special method heapviz never calls would run
 * differently from python3: refused by name, and so is __new__ where
 * refuse_new (an exception class whose builtin base has a tp_new or
 * tp_init of its own: plain_exc). */
static int refuse_unsupported(vm *v, object *ns, int refuse_new)
{
    const char *const *names = unsupported_names;
    for (size_t i = !refuse_new; i < HV_COUNTOF(unsupported_names); i++)   /* __new__: OSError's… */
        if (dict_lookup(v, ns, str_static_interned(v, names[i])) && !v->exc) {
            vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support classes that define %s "
                     "(outside its Python subset)", names[i]);
            return -1;
        }
    return v->exc ? -1 : 0;
}

/* The builtin type instances of b are made of, if heapviz models it as a
 * base (object, list, dict, the exceptions); else NULL with a refusal. */
static type *supported_root(vm *v, type *b)
{
    type *root = builtin_base(b);
    if (root == v->types[T_OBJECT] || root == v->types[T_LIST] || root == v->types[T_DICT] ||
        (root->flags & TPF_EXC_SUBCLASS) || immutable_root(v, root) || set_root(v, root) ||
        root == v->types[T_BYTEARRAY] || root == v->types[T_TYPE])
        return root;
    return (type *)vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support subclassing '%s' (outside "
                            "its Python subset)", root->name);
}

/* Whether instances of the builtin or class b have a __dict__
 * (tp_dictoffset != 0): a managed one, one past a var-sized base's
 * items, or an exception's. */
static int has_dict(const type *b)
{
    return (b->flags & (TPF_MANAGED_DICT | TPF_VAR_DICT | TPF_EXC_SUBCLASS)) != 0;
}

/* type_new_slot_bases: with __slots__ and more than one base, a base
 * other than the primary one that has a __dict__ or a __weakref__ slot
 * gives the class one where the primary base lacks it. */
static void slot_bases(vm *v, object *bases, const type *primary, struct adds *a)
{
    for (size_t i = 0; i < TUPLE(bases)->n; i++) {
        type *b = (type *)TUPLE(bases)->items[i];
        if (b == primary)
            continue;
        if (a->may_dict && !a->dict && has_dict(b))
            a->dict++;
        if (a->may_weak && !a->weak && class_has_weakref(b))
            a->weak++;
        if ((!a->may_dict || a->dict) && (!a->may_weak || a->weak))
            break;
    }
}

/* A metaclass (a class deriving from type) whose instances are classes:
 * type_new's nonempty-__slots__ TypeError (type's itemsize), and by name
 * the hooks type_getattro, type_setattro and isinstance() would have to
 * consult on the metaclass, which heapviz's class objects do not. */
static int meta_refuse(vm *v, object *ns)
{
    const char *const *hooks = meta_hooks;
    object *slots = dict_lookup(v, ns, dunder(v, D_SLOTS));
    if (slots && (!obj_is(v, slots, T_TUPLE) || TUPLE(slots)->n)) {
        vm_raise(v, T_TYPE_ERROR, "nonempty __slots__ not supported for subtype of 'type'");
        return -1;
    }
    for (size_t i = 0; i < HV_COUNTOF(meta_hooks); i++)
        if (dict_lookup(v, ns, str_static_interned(v, hooks[i])) && !v->exc) {
            vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support metaclasses that define %s "
                     "(outside its Python subset)", hooks[i]);
            return -1;
        }
    return v->exc ? -1 : 0;
}

static object *type_new(vm *v, type *meta, object *name, object *bases, object *ns, object *kw)
{
    type *base = TUPLE(bases)->n ? best_base(v, bases) : v->types[T_OBJECT];
    if (!base)
        return NULL;
    for (size_t i = 0; i < TUPLE(bases)->n; i++)
        if (!supported_root(v, (type *)TUPLE(bases)->items[i]))
            return NULL;
    int exc = (base->flags & TPF_EXC_SUBCLASS) != 0;
    if (refuse_unsupported(v, ns, exc && !plain_exc(v, base)))
        return NULL;
    if (builtin_base(base) == v->types[T_TYPE] && meta_refuse(v, ns))
        return NULL;
    type *root = builtin_base(base);
    int container = root != v->types[T_OBJECT] && !exc;
    object *b = TUPLE(bases)->n ? obj_incref(v, bases)
              : tuple_pack(v, 1, &base->ob);   /* type_new: () becomes (object,) */
    object *dict = b ? dict_copy(v, ns) : NULL;
    object *slots = dict ? dict_lookup(v, dict, dunder(v, D_SLOTS)) : NULL;
    struct adds adds = {
        .may_dict = base->flags & TPF_HEAPTYPE ? !has_dict(base)
                                               : base == v->types[T_OBJECT] || container,
        .may_weak = !class_has_weakref(base) && !base->itemsize,
    };
    if (builtin_base(base) == v->types[T_TYPE])   /* type has tp_dictoffset and a weakref slot */
        adds.may_dict = adds.may_weak = 0;
    object *slot_names = slots && !exc ? sorted_slots(v, name, slots, dict, &adds, base) : NULL;
    if (!slot_names) {                          /* no __slots__: both where the base lacks them */
        adds.dict = adds.may_dict;
        adds.weak = adds.may_weak;
    } else
        slot_bases(v, b, base, &adds);
    uint32_t nslots = slot_names ? (uint32_t)TUPLE(slot_names)->n : 0;
    object *o = NULL;
    /* type_new_set_name's tp_name (PyUnicode_AsUTF8AndSize), made before
     * the type rather than after: the type is no pymalloc block; a name
     * with a NUL (type() only) is its ValueError. */
    if (dict && !v->exc && !str_fill_utf8(v, name) && strlen(STR(name)->data) != STR(name)->nbytes)
        vm_raise(v, T_VALUE, "type name must not contain null characters");
    else if (dict && !v->exc)
        o = obj_new_unzeroed(v, meta, 16 + 904 + 40 * ((uint64_t)nslots + 1), 0);
    if (!o) {
        obj_xdecref(v, slot_names);
        obj_xdecref(v, dict);
        obj_xdecref(v, b);
        return NULL;
    }
    /* A managed __dict__ (inherited or new, itemsize 0 bases only here),
     * and a __weakref__ slot unless a base already has one. */
    int managed = (adds.dict || (base->flags & TPF_MANAGED_DICT)) && !exc && !base->itemsize;
    int var_dict = (adds.dict || (base->flags & TPF_VAR_DICT)) && base->itemsize;  /* tp_dictoffset -8 */
    int weak = adds.weak;
    type *t = (type *)o;
    uint64_t addr = o->addr;
    type_inherit(t, base);
    t->ob.refcnt = 1;
    t->ob.type = meta;                          /* obj_new_unzeroed holds a metaclass */
    t->flags = (base->flags & ~(uint32_t)TPF_MANAGED_DICT) | TPF_HEAPTYPE | TPF_GC | TPF_BASETYPE |
               TPF_CLEARS_WEAKREFS;             /* inst_dealloc clears them */
    if (managed)
        t->flags |= TPF_MANAGED_DICT;
    if (var_dict)
        t->flags |= TPF_VAR_DICT;
    t->base = base;
    t->methods = NULL;
    t->descrs = NULL;
    t->descr_names = NULL;
    t->ndescrs = 0;
    t->cached_keys = NULL;
    t->qualname = t->subclasses = t->sub_ref = t->mro = NULL;
    t->sub_keys = NULL;
    t->doc_addr = 0;
    obj_announce(v, o);                         /* now a heap type: its __sizeof__ knows */
    t->name_obj = obj_hold(v, name, addr, 6);
    t->name = STR(name)->data;
    t->dict = dict;
    type_lookup_watch(v, dict);
    obj_give(v, dict, addr, 0);
    t->bases = b;
    obj_give(v, b, addr, 2);
    t->slot_names = slot_names;
    if (slot_names)
        obj_give(v, slot_names, addr, 3);
    obj_hold(v, &base->ob, 0, 0);              /* tp_base, a static type's too */
    obj_track(v, o);                            /* PyType_GenericAlloc tracks at once */
    t->slot_base = base->flags & TPF_HEAPTYPE ? base->nslots : 0;
    t->nslots = t->slot_base + nslots;
    set_behaviour(v, t, exc, weak);
    if (weak)                                   /* the slot after all others */
        t->weaklist_offset = t->basicsize - 8;
    object *mro = set_module(v, t) || take_qualname(v, t) || copy_doc(v, t) || new_static(v, t) ? NULL : mro_make(v, t);
    if (!mro) {
        obj_decref(v, o);
        return NULL;
    }
    t->mro = mro;
    type_lookup_forget(v);                      /* lookups on t now walk it */
    obj_give(v, mro, addr, 1);
    find_dunders(v, t, exc);
    if (add_descriptors(v, t, adds.dict, adds.weak) || set_classcell(v, t) || set_doc(v, t) || set_hash_none(v, t) ||
        add_subclasses(v, t) ||
        (managed && dict_class_init(v, t)) || after_ready(v, t, kw)) {  /* MANAGED_DICT only: cached keys */
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

/* ---- super ----------------------------------------------------------------------
 * super() finds its class in the caller's __class__ cell (which the class
 * statement fills: type_new_set_classcell) and its instance in the
 * caller's first argument; super(T, obj) names both.  An attribute is
 * looked up along obj's mro after T and bound to obj (super_getattro).
 * object.__init__ reached this way binds as a method-wrapper. */

typedef struct superobj {
    object ob;
    object *type;           /* the class super() was called in (su->type) */
    object *obj;            /* the instance or subclass, or NULL: unbound */
    object *obj_type;       /* the type whose mro is searched */
} superobj;

#define SUPER(o) ((superobj *)(o))

static void super_dealloc(vm *v, object *o)
{
    if (obj_is_tracked(o))
        obj_untrack(v, o);
    superobj *su = SUPER(o);
    object **f[] = {&su->type, &su->obj, &su->obj_type};   /* super_dealloc: obj, type, obj_type */
    static const int order[] = {1, 0, 2};
    for (size_t k = 0; k < HV_COUNTOF(order); k++) {
        object *x = *f[order[k]];
        *f[order[k]] = NULL;
        if (x)
            obj_release(v, x, o->addr, (uint64_t)order[k]);
    }
    obj_free(v, o);
}

static int super_traverse(object *o, visitproc visit, void *arg)
{
    superobj *su = SUPER(o);
    return (su->obj && visit(su->obj, arg)) || (su->type && visit(su->type, arg)) ||
           (su->obj_type && visit(su->obj_type, arg));
}

static int is_type_object(vm *v, object *o)
{
    return type_is_subtype(o->type, v->types[T_TYPE]);
}

/* supercheck: the type whose mro super searches, or NULL with TypeError. */
static object *super_check(vm *v, object *t, object *obj)
{
    if (is_type_object(v, obj) && type_is_subtype((type *)obj, (type *)t))
        return obj_incref(v, obj);
    if (type_is_subtype(obj->type, (type *)t))
        return obj_incref(v, &obj->type->ob);
    return vm_raise(v, T_TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type");
}

/* super_init_without_args: the caller's first argument and __class__. */
static int super_from_frame(vm *v, object **t, object **obj)
{
    frame *f = v->nframes ? v->frames[v->nframes - 1] : NULL;
    if (!f || !f->func) {
        vm_raise(v, T_RUNTIME, "super(): no arguments");
        return -1;
    }
    codeobj *co = f->code;
    if (co->argcount == 0) {
        vm_raise(v, T_RUNTIME, "super(): no arguments");
        return -1;
    }
    *obj = f->lp[0];
    if (*obj && (co->localspluskinds[0] & LP_CELL) && obj_is(v, *obj, T_CELL))
        *obj = CELL(*obj)->ref;
    if (!*obj) {
        vm_raise(v, T_RUNTIME, "super(): arg[0] deleted");
        return -1;
    }
    for (uint32_t i = co->nlocalsplus; i-- > 0;) {
        object *nm = TUPLE(co->localsplusnames)->items[i];
        if (!(co->localspluskinds[i] & LP_FREE) || strcmp(STR(nm)->data, "__class__"))
            continue;
        object *cell = f->lp[i];
        *t = cell && obj_is(v, cell, T_CELL) ? CELL(cell)->ref : NULL;
        if (!*t) {
            vm_raise(v, T_RUNTIME, "super(): empty __class__ cell");
            return -1;
        }
        if (!is_type_object(v, *t)) {
            vm_raise_format(v, T_RUNTIME, "super(): __class__ is not a type (%s)", (*t)->type->name);
            return -1;
        }
        return 0;
    }
    vm_raise(v, T_RUNTIME, "super(): __class__ cell not found");
    return -1;
}

/* super(), super(T), super(T, obj): PyType_GenericAlloc (tracked), then
 * super_init. */
static object *super_vnew(vm *v, type *cls, object *const *args, size_t nargs, object *kw)
{
    if (kw && TUPLE(kw)->n)
        return args_no_kwnames(v, "super");
    if (nargs > 2)                  /* super_vectorcall names it "super()" */
        return args_count_error(v, "super()", nargs, 0, 2);
    object *t = nargs ? args[0] : NULL, *obj = nargs > 1 ? args[1] : NULL;
    if (nargs == 0 && super_from_frame(v, &t, &obj))
        return NULL;
    if (!is_type_object(v, t))
        return vm_raise_format(v, T_TYPE_ERROR, "super() argument 1 must be a type, not %.200s", t->type->name);
    if (obj == v->none)
        obj = NULL;
    object *o = obj_new(v, cls, 0);
    if (!o)
        return NULL;
    obj_track(v, o);
    object *obj_type = obj ? super_check(v, t, obj) : NULL;
    if (obj && !obj_type) {
        obj_decref(v, o);
        return NULL;
    }
    SUPER(o)->type = obj_hold(v, t, o->addr, 0);       /* labels: __thisclass__, __self__, __self_class__ */
    SUPER(o)->obj = obj ? obj_hold(v, obj, o->addr, 1) : NULL;
    if (obj_type) {
        SUPER(o)->obj_type = obj_type;
        obj_give(v, obj_type, o->addr, 2);
    }
    return o;
}

/* super_getattro: along obj_type's mro after su->type. */
static object *super_getattr(vm *v, object *o, object *name)
{
    superobj *su = SUPER(o);
    type *start = su->obj_type ? (type *)su->obj_type : NULL;
    if (start && name != dunder(v, D_CLASS)) {
        object *mro = start->mro;
        size_t n = mro ? TUPLE(mro)->n : 0, i = 0;
        while (i + 1 < n && TUPLE(mro)->items[i] != su->type)
            i++;
        for (i++; i < n; i++) {
            object *x = type_lookup_own(v, (type *)TUPLE(mro)->items[i], name);
            if (v->exc)
                return NULL;
            if (x && su->obj != &start->ob)
                return bind(v, x, su->obj);
            if (x) {                            /* tp_descr_get(x, NULL, starttype) */
                object *w = descr_wrapped_get(v, x, start);
                return w || v->exc ? w : obj_incref(v, x);
            }
        }
    }
    if (name == dunder(v, D_CLASS))
        return obj_incref(v, &o->type->ob);
    return vm_raise_format(v, T_ATTRIBUTE, "'%.50s' object has no attribute '%U'", o->type->name,
                           name);       /* PyObject_GenericGetAttr */
}

static object *super_repr(vm *v, object *o)
{
    superobj *su = SUPER(o);
    char text[256];
    if (su->obj_type)
        snprintf(text, sizeof text, "<super: <class '%s'>, <%s object>>", ((type *)su->type)->name,
                 ((type *)su->obj_type)->name);
    else
        snprintf(text, sizeof text, "<super: <class '%s'>, NULL>", su->type ? ((type *)su->type)->name : "NULL");
    return str_from_cstr(v, text);
}

const type tmpl_super = {
    .dealloc = super_dealloc, .traverse = super_traverse, .getattr = super_getattr, .repr = super_repr,
    .vnew = super_vnew, .host_size = sizeof(superobj),
};

/* The class statement's keywords other than metaclass= (kept in order,
 * for __prepare__, the metaclass and __init_subclass__): their values
 * after the positional arguments in vec, their names in *kwnames (NULL
 * for none).  *meta: the metaclass= value, or NULL. */
static int split_keywords(vm *v, object *const *kwv, object *kw, object **vec, size_t at, object **kwnames,
                          object **meta)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, k = 0;
    object *metaname = str_static_interned(v, "metaclass");
    *meta = NULL;
    *kwnames = NULL;
    for (size_t i = 0; i < nkw; i++)
        if (str_eq(TUPLE(kw)->items[i], metaname))
            *meta = kwv[i];
    size_t n = nkw - (*meta != NULL);
    if (!n)
        return 0;
    if (!(*kwnames = tuple_new(v, n)))
        return -1;
    for (size_t i = 0; i < nkw; i++)
        if (!str_eq(TUPLE(kw)->items[i], metaname)) {
            vec[at + k] = kwv[i];
            tuple_set(v, *kwnames, k++, obj_incref(v, TUPLE(kw)->items[i]));
        }
    return 0;
}

/* builtin___build_class__'s mkw (_PyStack_AsDict, then metaclass
 * deleted from it): a dict of the keywords that lives through the class
 * statement; here it is made and dropped as python3's is (a dict and its
 * keys off and back onto their free lists), while the calls get the
 * keywords as a vector (split_keywords). */
static object *keyword_dict(vm *v, object *const *kwv, object *kw)
{
    object *d = dict_new_presized(v, TUPLE(kw)->n), *metaname = str_static_interned(v, "metaclass");
    for (size_t i = 0; d && i < TUPLE(kw)->n; i++)
        if (dict_setitem(v, d, TUPLE(kw)->items[i], kwv[i])) {
            obj_decref(v, d);
            return NULL;
        }
    if (d && dict_lookup(v, d, metaname) && dict_delitem(v, d, metaname)) {
        obj_decref(v, d);
        return NULL;
    }
    return d;
}

/* The namespace the body runs in: type.__prepare__'s new dict (looking
 * it up binds the classmethod), or what a metaclass's __prepare__
 * returns for (name, bases, **kw), which must be a dict here. */
static object *prepare_ns(vm *v, object *meta, object *name, object *bases, object *const *kwv, object *kwnames)
{
    object *pname = str_static_interned(v, "__prepare__");
    object *found = obj_is_type(meta) ? type_lookup(v, (type *)meta, pname) : NULL;
    if (obj_is_type(meta) && !found && !v->exc) {  /* type.__prepare__, a classmethod: bound, */
        static const method_def prepare = {"__prepare__", NULL, METH_CLASS, NULL};
        object *prep = builtin_bound(v, &prepare, meta);
        object *ns = prep ? dict_new(v) : NULL;     /* then type___prepare__'s new dict */
        obj_xdecref(v, prep);
        return ns;
    }
    object *prep = NULL;
    int r = v->exc ? -1 : attr_lookup(v, meta, pname, &prep);   /* _PyObject_LookupAttr */
    if (r <= 0)
        return r ? NULL : dict_new(v);
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0;
    object *vec[2 + 64];
    if (nkw > 64) {
        obj_decref(v, prep);
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support more than 64 class keywords");
    }
    vec[0] = name;
    vec[1] = bases;
    memcpy(vec + 2, kwv, nkw * sizeof *vec);
    object *ns = eval_call(v, prep, vec, 2 + nkw, kwnames);
    obj_decref(v, prep);
    if (ns && !obj_is(v, ns, T_DICT)) {
        if (ns->type->getitem || ns->type->flags & TPF_HEAPTYPE)
            vm_raise_format(v, T_NOT_IMPLEMENTED, "heapviz does not support a __prepare__ that returns a "
                            "'%.200s' (outside its Python subset)", ns->type->name);
        else
            vm_raise_format(v, T_TYPE_ERROR, "%.200s.__prepare__() must return a mapping, not %.200s",
                            obj_is_type(meta) ? ((type *)meta)->name : "<metaclass>", ns->type->name);
        obj_decref(v, ns);
        return NULL;
    }
    return ns;
}

/* __build_class__(func, name, *bases, metaclass=M, **kw): the metaclass
 * (M, else the first base's type, then the most derived of it and the
 * bases' types when it is a class), its __prepare__'s namespace, the body
 * run in it, then M(name, bases, ns, **kw). */
static object *build_class(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    if (npos < 2 || !obj_is(v, args[0], T_FUNCTION) || !obj_is(v, args[1], T_STR))
        return vm_raise(v, T_TYPE_ERROR, "__build_class__: func and name required");
    object *func = args[0], *name = args[1];
    object *bases = tuple_new(v, npos - 2);
    if (!bases)
        return NULL;
    for (size_t i = 2; i < npos; i++) {
        object *b = args[i];
        if (!type_is_subtype(b->type, v->types[T_TYPE])) {
            obj_decref(v, bases);
            return vm_raise(v, T_TYPE_ERROR, "bases must be types");
        }
        tuple_set(v, bases, i - 2, obj_incref(v, b));
    }
    object *vec[3 + 64], *kwnames = NULL, *meta = NULL;
    if (nkw > 64) {
        obj_decref(v, bases);
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support more than 64 class keywords");
    }
    object *mkw = nkw ? keyword_dict(v, args + npos, kw) : NULL;
    if ((nkw && !mkw) || split_keywords(v, args + npos, kw, vec, 3, &kwnames, &meta)) {
        obj_xdecref(v, mkw);
        obj_decref(v, bases);
        return NULL;
    }
    if (!meta)
        meta = TUPLE(bases)->n ? &TUPLE(bases)->items[0]->type->ob : &v->types[T_TYPE]->ob;
    if (obj_is_type(meta))
        meta = (object *)calc_meta(v, (type *)meta, bases);
    object *ns = meta ? prepare_ns(v, meta, name, bases, vec + 3, kwnames) : NULL;
    if (!ns) {
        obj_xdecref(v, mkw);
        obj_xdecref(v, kwnames);
        obj_decref(v, bases);
        return NULL;
    }
    frame *f = frame_new(v, CODE(FUNC(func)->code), obj_incref(v, func), FUNC(func)->globals, ns);
    object *r = NULL;
    if (f) {
        f->entry = 1;
        r = eval_frame(v, f);
    }
    object *cls = NULL;
    if (r && meta == &v->types[T_TYPE]->ob && !kwnames) {
        /* type_vectorcall → _PyObject_MakeTpCall: an argument tuple */
        object *call = tuple_pack(v, 3, name, bases, ns);
        cls = call ? type_new(v, v->types[T_TYPE], name, bases, ns, NULL) : NULL;
        obj_xdecref(v, call);
    } else if (r) {
        vec[0] = name;
        vec[1] = bases;
        vec[2] = ns;
        cls = eval_call(v, meta, vec, 3 + (kwnames ? TUPLE(kwnames)->n : 0), kwnames);
    }
    if (r) {
        if (cls && obj_is_type(cls) && obj_is(v, r, T_CELL) && CELL(r)->ref != cls) {  /* the body returned __classcell__ */
            vm_raise_format(v, T_RUNTIME, "__class__ not set defining %.200R as %.200R. Was __classcell__ "
                            "propagated to type.__new__?", name, cls);
            obj_decref(v, cls);
            cls = NULL;
        }
        obj_decref(v, r);
    }
    obj_xdecref(v, kwnames);
    obj_decref(v, ns);
    obj_xdecref(v, mkw);
    obj_decref(v, bases);
    return cls;
}

/* type_new_get_bases: a base that is no type has its __mro_entries__
 * looked up (refused); calc_meta then finds it a conflict. */
static int check_bases(vm *v, object *bases)
{
    for (size_t i = 0; i < TUPLE(bases)->n; i++) {
        object *b = TUPLE(bases)->items[i], *entries = NULL;
        if (type_is_subtype(b->type, v->types[T_TYPE]))
            continue;
        int r = attr_lookup(v, b, str_static_interned(v, "__mro_entries__"), &entries);
        obj_xdecref(v, entries);
        if (r < 0)
            return -1;
        if (r > 0) {
            vm_raise(v, T_TYPE_ERROR, "type() doesn't support MRO entry resolution; use types.new_class()");
            return -1;
        }
    }
    return 0;
}

/* _PyType_CalculateMetaclass: the most derived of meta and the types of
 * the bases, or NULL with "metaclass conflict" when two are unrelated (a
 * base that is no type among them). */
static type *calc_meta(vm *v, type *meta, object *bases)
{
    type *winner = meta;
    for (size_t i = 0; i < TUPLE(bases)->n; i++) {
        type *bt = TUPLE(bases)->items[i]->type;
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return (type *)vm_raise(v, T_TYPE_ERROR, "metaclass conflict: the metaclass of a derived class must be a "
                                "(non-strict) subclass of the metaclasses of all its bases");
    }
    return winner;
}

/* A keyword dict as a call's vector: its values after vec's first *n
 * (64 at most), their names a new tuple in *kwnames. */
static int keyword_vector(vm *v, object *kw, object **vec, size_t *n, object **kwnames)
{
    size_t pos = 0, k = 0;
    object *key, *value;
    if (dict_len(kw) > 64) {
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support more than 64 keywords to a metaclass");
        return -1;
    }
    if (!(*kwnames = tuple_new(v, (size_t)dict_len(kw))))
        return -1;
    while (dict_next(kw, &pos, &key, &value)) {
        tuple_set(v, *kwnames, k++, obj_incref(v, key));
        vec[(*n)++] = value;
    }
    return 0;
}

/* PyArg_ParseTuple's "UO!O!:type.__new__" types of (name, bases, dict):
 * -1 with python3's TypeError (None named as "None", _PyArg_BadArgument). */
static int type_new_arg_types(vm *v, object *const *args)
{
    static const enum builtin_type want[] = {T_STR, T_TUPLE, T_DICT};
    for (int i = 0; i < 3; i++)
        if (!type_is_subtype(args[i]->type, v->types[want[i]])) {
            vm_raise_format(v, T_TYPE_ERROR, "type.__new__() argument %d must be %s, not %.50s", i + 1,
                            v->types[want[i]]->name,
                            args[i]->type == v->types[T_NONE] ? "None" : args[i]->type->name);
            return -1;
        }
    return 0;
}

object *class_type_new_args(vm *v, object *const *args, object *kw)
{
    if (type_new_arg_types(v, args))
        return NULL;
    type *meta = check_bases(v, args[1]) ? NULL : calc_meta(v, v->types[T_TYPE], args[1]);
    if (!meta)
        return NULL;
    /* type_new hands the call to the winner's own __new__, and type_call
     * then runs the __init__ of a metaclass's class */
    object *vec[3 + 64], *kwnames = NULL;
    size_t n = 3;
    memcpy(vec, args, 3 * sizeof *vec);
    if (kw && dict_len(kw) && new_is_slot(v, meta) && keyword_vector(v, kw, vec, &n, &kwnames))
        return NULL;
    object *o = new_is_slot(v, meta) ? slot_new(v, meta, vec, n, kwnames)
              : type_new(v, meta, args[0], args[1], args[2], kw);
    if (o && type_is_subtype(o->type, v->types[T_TYPE]) && (o->type->flags & TPF_HEAPTYPE) &&
        class_tp_init(v, o, vec, n, kwnames)) {
        obj_decref(v, o);
        o = NULL;
    }
    obj_xdecref(v, kwnames);
    return o;
}

/* type_new reached through a metaclass (its tp_new, or type.__new__(M,
 * name, bases, ns)): PyArg_ParseTuple's "UO!O!:type.__new__" count, then
 * the checks type() makes; the most derived metaclass of M and the
 * bases' makes the class.  Keywords go to __init_subclass__ as a dict. */
static object *meta_new(vm *v, type *meta, object *const *args, size_t nargs, object *kw)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    if (npos != 3)
        return vm_raise_format(v, T_TYPE_ERROR, "type.__new__() takes exactly 3 arguments (%d given)", (int)npos);
    if (type_new_arg_types(v, args))
        return NULL;
    object *tuple = NULL, *kwdict = NULL, *r = NULL;
    if (nkw && type_call_pack(v, args, nargs, kw, npos, &tuple, &kwdict))
        return NULL;
    type *winner = check_bases(v, args[1]) ? NULL : calc_meta(v, meta, args[1]);
    if (winner)
        r = type_new(v, winner, args[0], args[1], args[2], kwdict);
    obj_xdecref(v, kwdict);
    obj_xdecref(v, tuple);
    return r;
}

int class_type_init(vm *v, object *o, object *const *args, size_t nargs, object *kw)
{
    (void)o;
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    if (npos == 1 && nkw) {
        vm_raise(v, T_TYPE_ERROR, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (npos != 1 && npos != 3) {
        vm_raise(v, T_TYPE_ERROR, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static const method_def build_class_def = {"__build_class__", build_class, 0, NULL};

void class_init(vm *v)
{
    for (int d = 0; d < D_NNAMED; d++)
        v->dunders[d] = str_static_interned(v, dunder_names[d]);
    for (int op = 0; op < NB_NBINOPS; op++) {
        static const char *const forms[] = {"__%s__", "__r%s__", "__i%s__"};
        for (int k = 0; k < 3; k++) {
            char name[24];
            snprintf(name, sizeof name, forms[k], binop_stem[op]);
            v->dunders[D_OP + k * NB_NBINOPS + op] = str_static_interned(v, name);
        }
    }
    v->build_class = builtin_static(v, &build_class_def, NULL);
    type *t = v->types[T_TYPE];
    t->dealloc = class_type_dealloc;
    t->flags |= TPF_CLEARS_WEAKREFS;
    t->traverse = type_traverse;
    t->clear = type_clear;
    v->types[T_DICT]->subtab = (struct subtable){0, 5, 1, 1};    /* start-up's: OrderedDict */
    v->types[T_INT]->subtab = (struct subtable){0, 5, 1, 1};     /* bool */
    v->types[T_TYPE]->subtab = (struct subtable){0, 5, 1, 1};    /* abc.ABCMeta: a metaclass's entry */
    v->types[T_TUPLE]->subtab = (struct subtable){0, 21, 19, 19}; /* the struct sequences */
    v->types[T_SET]->weaklist_offset = 192;     /* set's and frozenset's weakreflist: a */
    v->types[T_FROZENSET]->weaklist_offset = 192;   /* subclass adds no __weakref__ slot */
    for (size_t i = 0; i < HV_COUNTOF(exc_subtables); i++) {
        uint32_t n = exc_subtables[i].nentries;
        v->types[exc_subtables[i].t]->subtab = (struct subtable){0, exc_subtables[i].usable, n, n};
    }
    t->getattr = type_getattr;
    t->setattr = type_setattr;
}

void class_fini(vm *v)
{
    obj_host_free(v->build_class);
}
