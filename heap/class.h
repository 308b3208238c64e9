/*
 * class.h — class statements (heap types) and their instances.
 */
#ifndef HV_CLASS_H
#define HV_CLASS_H

#include "vm.h"

struct dictvalues;

/* What a class statement adds to its instances, on the host after the
 * struct of its builtin base (`object`'s header, a listobj, a dictobj):
 * at o->type->inst_offset, the same offset for every class of one base. */
typedef struct instfields {
    struct dictvalues *values;  /* inline attribute values, or NULL */
    object *dict;               /* the materialised __dict__, or NULL */
    object *slots[];            /* __slots__ members */
} instfields;

/* The class's fields of instance o: at inst_offset past the base's struct,
 * and past its items for a var-sized base (int's digits, a tuple's items,
 * a str's or bytes' text: class_inst_var, whose class_inst_var_items
 * measures them for an instance of an int, tuple, str or bytes subclass). */
size_t class_inst_var_items(const object *o);
static inline size_t class_inst_var(const object *o)
{
    const uint32_t var = TPF_LONG_SUBCLASS | TPF_TUPLE_SUBCLASS | TPF_STR_SUBCLASS |
                         TPF_BYTES_SUBCLASS;
    return HV_UNLIKELY(o->type->flags & var) ? class_inst_var_items(o) : 0;  /* most: none */
}
#define INST(o) ((instfields *)((char *)(o) + (o)->type->inst_offset + class_inst_var(o)))

/* The dunder names, __build_class__, and type's own behaviour as a heap
 * type's metatype (vm creation / destruction). */
void class_init(vm *v);
void class_fini(vm *v);

/* type(name, bases, dict, **kw) as type_call's tp_new runs it (type_new):
 * PyArg_ParseTuple's checks ("UO!O!:type.__new__"), type_new_get_bases'
 * refusal of bases that are no types, then the class a class statement
 * would make, its __module__ the caller's globals' __name__ when the
 * dict has none and its __qualname__ its name; kw (a dict or NULL) goes
 * to object.__init_subclass__, which takes none.  A new reference, or
 * NULL with the error. */
object *class_type_new_args(vm *v, object *const *args, object *kw);
/* type_init: type.__init__(cls, name, bases, ns) checks its argument
 * count (1 or 3, keywords only with 3) and does nothing more.  0, or -1
 * with TypeError. */
int class_type_init(vm *v, object *o, object *const *args, size_t nargs, object *kw);
/* Gives `object` its __getattribute__, __setattr__ and __delattr__ (the
 * generic ones a class's hooks call), and `type` its getters (__name__,
 * __qualname__, __class__, __dict__, __base__, __bases__, __mro__): before attr_init
 * builds the descriptors. */
void class_init_object(vm *v);

/* The special methods the runtime calls on an instance of a class
 * statement: __index__, __int__, __float__ (slots: called without a bound
 * method), __format__ (arg: the spec), __reversed__ and __round__ (arg:
 * ndigits or NULL), looked up as
 * special methods: bound first, as CPython's _PyObject_LookupSpecial. */
enum class_conv { CONV_INDEX, CONV_INT, CONV_FLOAT, CONV_FORMAT, CONV_REVERSED, CONV_ROUND };
/* o.__name__(arg) (arg NULL: no argument) through o's class: its result
 * (a new reference), NULL with the exception set, or NULL without one
 * when o is no class instance or its class lacks the method (or sets it
 * to None). */
object *class_convert(vm *v, object *o, enum class_conv c, object *arg);

/* _PyObject_LookupSpecial: name found on o's class and bound to o through
 * its type's __get__ (a function's bound method, a staticmethod's
 * function), a new reference; NULL when the class lacks it (or with the
 * exception). */
object *class_lookup_special(vm *v, object *o, object *name);

/* Whether name is the interned "__class__". */
int class_names_class(vm *v, const object *name);

/* o.__class__ = value (value NULL: del o.__class__), for any object, as
 * object_set_class checks it.  heapviz changes no object's class, so where
 * python3 would switch between two heap types it refuses by name.  Always
 * -1 with an exception set. */
int class_set_class(vm *v, object *o, object *value);

/* Whether a class statement along t's chain of classes (none for a
 * builtin type) defines the special method `name` itself, which replaces
 * the builtin base's slot for it (update_one_slot).  Cannot fail. */
int class_defines(vm *v, type *t, const char *name);

/* Drops the dicts a program's first subclasses made the subclass tables
 * of builtin types (list's, KeyError's…: vm_delete, before the last
 * events). */
void class_subtables_drop(vm *v);
/* What `import tracemalloc` adds to list's and dict's subclass tables
 * (class.c): tracemalloc.c calls it once, from the import.  0, or -1 with
 * MemoryError. */
int class_subtables_imported(vm *v);

/* PyNumber_Check for an instance of a class: it has __index__, __int__
 * or __float__. */
int class_is_number(vm *v, object *o);

/* Whether an instance of a class fills nb_float or nb_index (it has
 * __float__ or __index__): what complex() accepts as a real number. */
int class_is_real(vm *v, object *o);
/* _PyIndex_Check for an instance of a class: does its class define
 * __index__ (its nb_index slot)? */
int class_has_index(vm *v, object *o);

/* divmod(a, b) when a or b is an instance of a class: __divmod__ /
 * __rdivmod__ as a binary operator (NotImplemented when neither answers);
 * NULL without an exception for other operands. */
object *class_divmod(vm *v, object *a, object *b);
/* pow(a, b, m) for an instance a of a class: a.__pow__(b, m)
 * (AttributeError when the class has only __rpow__, NotImplemented when
 * it has neither); NULL without an exception when a is no instance. */
object *class_pow3(vm *v, object *a, object *b, object *m);

/* _PyObject_LookupAttr: 1 and *out (a new reference) when o has the
 * attribute, 0 when it has not (an instance of a plain class makes no
 * AttributeError for it, as CPython's generic lookup), -1 on another
 * error. */
int class_lookup_attr(vm *v, object *o, object *name, object **out);

/* Whether instances of t look attributes up through a class's own
 * __getattribute__ or __getattr__ (slot_tp_getattr_hook), which are
 * called with the very name object the caller gave.  Cannot fail. */
bool class_getattr_hooked(const type *t);

/* tp_new_wrapper, the __new__ in the dict of object, list, dict, float,
 * int, str and tuple (a METH_NEW row of their tables, bound to the type
 * as self): T.__new__(S, *args, **kw) for S a subtype of T whose nearest
 * class not overriding __new__ has T's tp_new, else python3's TypeError;
 * object_new (which checks the arguments left), PyType_GenericNew,
 * dict_new or the immutable type's own (its subtype_new for a class)
 * makes the instance of S.  A new reference, or NULL with the exception. */
object *class_new_wrapper(vm *v, object *self, object *const *args, size_t nargs, object *kw);

/* slot_sq_item (PySequence_GetItem of a class's instance: reversed()):
 * the __getitem__ o's class finds along its mro, called with a new int
 * for i as vectorcall_method calls it (a class's function, list's method
 * descriptor, or the slot wrapper of tuple, str, bytes or bytearray,
 * whose call _PyObject_MakeTpCall packs).  A new reference, or NULL
 * with the exception. */
object *class_sq_item(vm *v, object *o, int64_t i);

/* super and the method-wrapper object.__init__ binds to through it. */
extern const type tmpl_super;

/* object.__repr__(o): "<__main__.A object at 0x…>", the module named
 * unless it is builtins. */
object *class_object_repr(vm *v, object *o);
/* type_repr: "<class 'module.qualname'>" or "<class 'name'>" for a
 * built-in type, made with the allocations CPython makes (a built-in
 * type's qualname str, PyUnicode_FromFormat's writer).  NULL on error. */
object *class_type_repr(vm *v, object *o);
/* __sizeof__ of object and of the builtin types that define their own in
 * CPython 3.11 (int, str, list, dict, set, frozenset, type, code, frame,
 * generator: each table's row "T.__sizeof__" names this function): the
 * object's size without the pre-header sys.getsizeof adds (none for a
 * static type object), a new int; NULL with a TypeError for any argument,
 * naming the row the call runs through (int.__sizeof__ for int's, the
 * bound method's type for a bound one). */
object *class_sizeof(vm *v, object *self, object *const *args, size_t nargs, object *kw);
/* Instances of class t have a __weakref__ slot (tp_weaklistoffset != 0):
 * some class statement along its bases had no __slots__, or named
 * __weakref__ in them, and no base was var-sized; 0 for a builtin type. */
int class_has_weakref(const type *t);

#endif
