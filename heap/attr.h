/*
 * attr.h — attribute access (PyObject_GenericGetAttr and friends) and the
 * static descriptor objects that expose builtin types' C methods.
 */
#ifndef HV_ATTR_H
#define HV_ATTR_H

#include "vm.h"

/* The descriptors of builtin types and what binding them makes, one host
 * struct for all:
 *
 *   method_descriptor    list.append          def, owner          static
 *   wrapper_descriptor   list.__repr__        def, owner (slot)   static
 *   getset_descriptor    int.real             def, owner          static
 *   member_descriptor    complex.real         def, owner          static
 *   builtin_function_or_method  xs.append     def, owner, self    heap (GC)
 *   method-wrapper       xs.__repr__          def, owner, self    heap (GC)
 *
 * A class's own getset and member descriptors (__dict__, __weakref__,
 * __slots__ names) are heap objects without a def: owner (a reference to
 * the class) and name (a reference) say what they are. */
typedef struct descrobj {
    object ob;
    const method_def *def;  /* the C method, slot or getter; NULL: a class's descriptor */
    type *owner;            /* the type it belongs to (d_type) */
    object *self;           /* builtin_function_or_method, method-wrapper: the bound object */
    object *name;           /* a class's getset / member descriptor: d_name, else NULL */
} descrobj;

#define DESCR(o) ((descrobj *)(o))

/* getattr(o, name) for an interned name: a new reference, or NULL with
 * CPython's AttributeError (or attr_missing's refusal). */
object *obj_getattr(vm *v, object *o, object *name);
/* Raises what a failed read of o.name raises (returns NULL): python3's
 * AttributeError, or, when CPython 3.11 has the name on o's built-in type
 * or module and heapviz does not model it, NotImplementedError naming it
 * (cpynames.h). */
object *attr_missing(vm *v, object *o, object *name);
/* The store _PyObject_GenericSetAttrWithDict ends in for an object whose
 * __dict__ is the field *dict (NULL until the first store makes it, held
 * by o under `label`): value set, or deleted (value NULL), a missing name
 * raising attr_missing's error.  0, or -1 with the exception. */
int attr_dict_store(vm *v, object *o, object **dict, uint64_t label, object *name, object *value);
/* attr_missing's refusal alone: -1 with NotImplementedError naming o's
 * type (or module) and name when CPython 3.11 has that name there (on a
 * built-in base of a class: object.__new__), else 0. */
int attr_refuse_theirs(vm *v, object *o, object *name);
/* _PyObject_GenericSetAttrWithDict's AttributeError for an object without
 * a __dict__: "'%.50s' object attribute '%U' is read-only" when the type
 * has the name (read_only), else "'%.100s' object has no attribute '%U'"
 * (a wider type name than getattr's).  NULL. */
object *attr_raise_setattr(vm *v, object *o, object *name, int read_only);
/* PyObject_GenericGetAttr without an instance dict: `name` along o's type
 * (a static descriptor bound to o, anything else as it is), else
 * attr_missing's error.  What a type without a getattr of its own gets, and
 * where a getattr of its own ends once its fields are not it (f.__sizeof__,
 * e.__reduce__).  A new reference, or NULL with the error. */
object *attr_generic(vm *v, object *o, object *name);
/* _PyObject_LookupAttr: 1 with *out the attribute, 0 with *out NULL when o
 * has none (no AttributeError is even made where the type's getattr is
 * the generic one), -1 with the exception. */
int attr_lookup(vm *v, object *o, object *name, object **out);
/* _PyObject_LookupAttr's ending for a lookup that gave found: 1 when it
 * found something, 0 with an AttributeError cleared, -1 with any other. */
int attr_lookup_result(vm *v, const object *found);
/* The slot wrapper `name` of o's type bound to o (a method-wrapper), or
 * the None the type has for it: a new reference; NULL without an error
 * when the type has no such slot.  A getattr of its own calls it before
 * giving up (attr_missing does). */
object *attr_slot(vm *v, object *o, object *name);
/* setattr(o, name, value), or delattr when value is NULL: 0 or -1. */
int obj_setattr(vm *v, object *o, object *name, object *value);
/* LOAD_METHOD: 1 when *out is an unbound method to call with o first
 * (no bound method object is made), 0 when *out is the attribute itself,
 * -1 on error.  *out is a new reference. */
int obj_getmethod(vm *v, object *o, object *name, object **out);
/* obj_getmethod for a type whose getattr computes only what CPython's
 * generic one finds (PyObject_GenericGetAttr: getsets, members) on
 * instances without a __dict__: a method descriptor or slot wrapper of
 * the type is handed back unbound (len.__sizeof__(1) runs
 * object.__sizeof__ with len first and its errors name it), anything
 * else is the getattr's.  Its type's getmethod. */
int attr_getmethod_plain(vm *v, object *o, object *name, object **out);
/* The attribute `name` of type t found along its mro (borrowed), or NULL;
 * an error the walk raises (a class dict key's __eq__) is cleared, a NULL
 * then, as _PyType_Lookup sets none (one set before stays).
 * The slot wrappers of builtin types are not returned: the class machinery
 * reads a NULL as "the class does not define it" (class.c), and along a
 * class's mro a builtin type with such a wrapper ends the search (its slot
 * comes before the classes after it). */
static inline object *type_lookup(vm *v, type *t, object *name);
/* The slot wrapper (or the None, list.__hash__) `name` of the first builtin
 * type along t's bases that has one (borrowed), or NULL: what a full MRO
 * lookup finds once type_lookup has found nothing. */
object *type_lookup_slot(vm *v, type *t, object *name);
/* The attribute `name` in t's own namespace only (borrowed), or NULL: a
 * class's dict; a builtin type's methods, then its slot wrappers.  What
 * super() reads at each step of an MRO. */
object *type_lookup_own(vm *v, type *t, object *name);
/* type_lookup, then type_lookup_slot: the attribute a Python program reads. */
object *type_lookup_all(vm *v, type *t, object *name);
/* PyType_Modified for every type at once: what type_lookup cached is
 * forgotten (vm.lookup_epoch says when; a dict marked typedict calls it
 * itself on each change). */
static inline void type_lookup_forget(vm *v)
{
    v->lookup_epoch++;
}
/* Marks d as a type's tp_dict (its changes then reset the lookup cache). */
static inline void type_lookup_watch(vm *v, object *d)
{
    d->typedict = 1;
    type_lookup_forget(v);
}

/* ---- type_lookup's cache (attr.c, typeobject.c's method cache) ---- */

/* One entry of vm.lookup_cache: what the walk found for name on t (a
 * borrowed reference, or NULL: nothing), under epoch. */
typedef struct lookup_entry {
    const type *t;
    const object *name;
    object *value;
    uint64_t epoch;
} lookup_entry;

enum { LOOKUP_CACHE_SIZE = 4096 };          /* MCACHE_SIZE_EXP 12 */

/* The entry for (t, name): both host addresses, 16-byte aligned at least. */
static inline lookup_entry *type_lookup_entry(vm *v, const type *t, const object *name)
{
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)t >> 6) ^ ((uintptr_t)t >> 18);
    return &v->lookup_cache[h & (LOOKUP_CACHE_SIZE - 1)];
}

/* type_lookup past its cache: the walk, its answer kept when it may be. */
object *type_lookup_miss(vm *v, type *t, object *name);

/* _PyType_Lookup: an entry made under the current epoch answers (an entry
 * is only made for an interned name, with no exception set); anything
 * else walks.  The cache exists once attr_init has made every builtin
 * type's tables. */
static inline object *type_lookup(vm *v, type *t, object *name)
{
    if (HV_LIKELY(v->lookup_cache != NULL) && !v->exc) {
        const lookup_entry *e = type_lookup_entry(v, t, name);
        if (e->t == t && e->name == name && e->epoch == v->lookup_epoch)
            return e->value;
    }
    return type_lookup_miss(v, t, name);
}

/* The C definition behind x when x is one of the static descriptors of
 * builtin types (a method, slot wrapper, getset or member descriptor),
 * else NULL. */
const method_def *descr_def(vm *v, const object *x);
/* descr_check: 0 when o is an instance of x's owner, else -1 with
 * TypeError ("descriptor 'keys' for 'dict' objects doesn't apply to ..."). */
int descr_check(vm *v, object *x, object *o);
/* x's binding to o as PyObject_GenericGetAttr does for a static descriptor
 * (descr_def(v, x) is not NULL): a getter's value, a method-wrapper for a
 * slot wrapper, a builtin method (bound to o's type for a class method).
 * A new reference, or NULL with the error. */
object *descr_get(vm *v, object *x, object *o);
/* Assigning value to o through x, a static getset or member descriptor
 * (METH_GETTER; value NULL: deleting), as its setter does: 0, or -1 with
 * the error (o not of x's owner type, no setter, the setter's refusal). */
int descr_set(vm *v, object *x, object *o, object *value);
/* classmethod_get: the class method descriptor bound to class cls (a new
 * builtin method), or NULL with its TypeError when cls is no type or no
 * subtype of the descriptor's owner. */
object *descr_class_bind(vm *v, object *descr, object *cls);
/* A getset or member descriptor a class statement puts in its class dict
 * (kind T_GETSET_DESCR or T_MEMBER_DESCR): a tracked GC object holding
 * owner and name.  NULL on MemoryError. */
object *descr_class_getset(vm *v, enum builtin_type kind, type *owner, object *name);

/* A builtin_function_or_method bound to self (a new 80-byte object, as
 * looking up a classmethod of a builtin type makes one); NULL on
 * MemoryError. */
object *builtin_bound(vm *v, const method_def *def, object *self);

/* What reversed() does with a built-in __reversed__ (reversed_new_impl):
 * _PyObject_LookupSpecial binds it (builtin_bound), and calling it
 * checks the recursion depth (cfunction_vectorcall_NOARGS).  The bound
 * method with that level taken, or NULL with MemoryError or
 * RecursionError (the method made and freed); builtin_bound_done gives
 * both back once the iterator is made. */
object *builtin_bound_enter(vm *v, const method_def *def, object *self);
void builtin_bound_done(vm *v, object *m);

/* Builds the method descriptors of every builtin type (vm creation). */
void attr_init(vm *v);
void attr_fini(vm *v);
/* A static descriptor of owner for def, of the kind def's flags give (a
 * method, class method, slot wrapper, getset or member descriptor, or for
 * METH_STATIC a staticmethod holding builtin_static_of's function), as
 * attr_init makes each builtin type's.  A def without fn (typedict.c: a C
 * function heapviz does not model) refuses to run with NotImplementedError
 * naming it. */
object *descr_new_static(vm *v, const method_def *def, type *owner);
/* A static builtin_function_or_method of def bound to type t, whose
 * qualname is t's ("str.maketrans", tp_new_wrapper's "int.__new__"). */
object *builtin_static_of(vm *v, const method_def *def, type *t);
/* NotImplementedError "heapviz does not support OWNER.NAME (outside its
 * Python subset)": a name CPython has and heapviz does not model.  NULL. */
object *attr_refuse(vm *v, const char *owner, const char *name);
/* PyObject_GetAttr's AttributeError for a name o lacks, in the words of
 * o's getattr: a module's, a type object's or an instance's.  NULL. */
object *attr_no_attribute(vm *v, object *o, object *name);
/* A static builtin function (len, sys.getsizeof…) for def, bound to self
 * (a module) or NULL. */
object *builtin_static(vm *v, const method_def *def, object *self);

/* A method descriptor bound to self (obj.append without a call): a new
 * builtin_function_or_method on the heap. */
object *descr_bind(vm *v, object *descr, object *self);

/* Calls a C method as CPython's calling conventions do: for METH_VARARGS
 * the argument tuple (and keyword dict) are made before fn runs and dropped
 * after it.  Returns fn's result; NULL with an exception set. */
object *descr_invoke(vm *v, const method_def *def, object *self, object *const *args, size_t nargs,
                     object *kwnames);
/* What a method descriptor found on o's type binds to: o, or o's type for
 * a class method (dict.fromkeys through an instance). */
object *descr_self(object *descr, object *o);

extern const type tmpl_descr, tmpl_builtin, tmpl_getset, tmpl_method_wrapper, tmpl_classmethod_descr;

#endif
