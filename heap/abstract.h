/*
 * abstract.h — operations on any object, dispatched through its type
 * (CPython's Objects/abstract.c and object.c): hashing, comparison, truth,
 * length, repr and str.  Error convention as everywhere: NULL or -1 with
 * the exception set.
 */
#ifndef HV_ABSTRACT_H
#define HV_ABSTRACT_H

#include "vm.h"

/* hash(o): 0 and *out, or -1 with TypeError "unhashable type: 'list'". */
int obj_hash(vm *v, object *o, int64_t *out);
/* The result of a op b (CMP_*), with the reflected operation tried when
 * the first answers NotImplemented, and CPython's TypeError for orderings
 * neither supports ("'<' not supported between instances of 'int' and
 * 'str'"); == and != fall back to identity. */
object *obj_richcompare(vm *v, object *a, object *b, int op);
/* The same as a truth value: 1, 0, or -1 on error.  Identity implies
 * equality for CMP_EQ (and not CMP_NE), as PyObject_RichCompareBool. */
int obj_richcompare_bool(vm *v, object *a, object *b, int op);
/* bool(o): 1, 0 or -1. */
int obj_truth(vm *v, object *o);
/* repr(o) and str(o) as str objects. */
object *obj_repr(vm *v, object *o);
object *obj_str(vm *v, object *o);
/* len(o), or -1 with TypeError "object of type 'int' has no len()". */
int64_t obj_length(vm *v, object *o);
/* PyObject_LengthHint(o, dflt): len(o) when o has a length, else what its
 * __length_hint__ says (binding it makes a builtin method object and the
 * call an int, both freed at once), else dflt; -1 with the exception set. */
int64_t obj_length_hint(vm *v, object *o, int64_t dflt);

/* isinstance(o, cls) for a class cls (object_isinstance): o's type, else
 * the class o.__class__ names when that is another class (a property may
 * run; an AttributeError it raises means no): 1, 0, or -1 with the
 * exception set. */
int obj_isinstance(vm *v, object *o, type *cls);

/* a op b for op in enum binop (op ≥ NB_INPLACE: the augmented form),
 * with CPython's dispatch and its "unsupported operand type(s)" TypeError. */
object *obj_binary_op(vm *v, object *a, object *b, int op);
/* binop_type_error: "unsupported operand type(s) for OP_NAME: 'A' and
 * 'B'" as PyErr_Format makes it (names cut at 100 bytes).  NULL. */
object *abstract_binop_type_error(vm *v, object *a, object *b, const char *op_name);
object *obj_unary_op(vm *v, object *a, int op);
/* x in container: 1, 0 or -1. */
int obj_contains(vm *v, object *container, object *x);
/* _PySequence_IterSearch: each item of the iterator it (stolen) compared
 * with x (==, identity first) and dropped: how many are equal, the index
 * of the first, or 1/0 whether one is; -1 with an error (ValueError
 * "sequence.index(x): x not in sequence" for an index not found). */
enum obj_search { SEARCH_COUNT, SEARCH_INDEX, SEARCH_CONTAINS };
int64_t obj_iter_search(vm *v, object *it, object *x, enum obj_search how);
object *obj_getitem(vm *v, object *o, object *key);
int obj_setitem(vm *v, object *o, object *key, object *value);   /* value NULL: del */
object *obj_getiter(vm *v, object *o);
/* PySequence_Fast(o, msg): an exact list or tuple as it is, anything else
 * iterated into a new list (PySequence_List: its iterator made first, then
 * an empty list extended; on failure the list freed before the iterator);
 * a TypeError of iter() is replaced by msg, one raised while iterating is
 * not.  A new reference, or NULL with the error. */
object *seq_fast(vm *v, object *o, const char *msg);
/* PySequence_List(o): an empty list extended by o's items; a new
 * reference, or NULL with the error (the list freed). */
object *seq_list(vm *v, object *o);
/* next(it): a new reference, NULL at the end without an exception, or
 * NULL with one.  Counts a step against the step limit (vm_tick). */
object *obj_iternext(vm *v, object *it);

/* _PyIndex_Check: o is an int, or an instance of a class with __index__. */
int obj_index_check(vm *v, object *o);
/* PyNumber_Index: o itself for an int (a new reference), o.__index__()
 * for an instance of a class that has it (an int), else NULL with
 * "'A' object cannot be interpreted as an integer". */
object *obj_index(vm *v, object *o);
/* PyNumber_Index, then the int as a C integer of type ctype within lo..hi
 * (_PyLong_AsInt: "int", PyLong_AsSsize_t: "ssize_t"): 0 with *x, or -1
 * with the TypeError, or "Python int too large to convert to C ctype". */
int obj_index_c(vm *v, object *o, int64_t *x, int64_t lo, int64_t hi, const char *ctype);
/* The same for an instance of a class statement only: NULL without an
 * exception for anything else, an int subclass's instance included (it
 * is an int already: callers keep their own message or read it). */
object *obj_index_of_class(vm *v, object *o);

/* For a C function fn whose argument k is an integer: when args[k] is an
 * instance of a class with __index__, calls fn again with the int it
 * gives instead and answers 1 with fn's result in *out (NULL with the
 * exception); 0 when args[k] needs nothing (call on as usual). */
int obj_index_retry(vm *v, cfunc fn, object *self, object *const *args, size_t nargs, object *kwnames,
                    size_t k, object **out);

/* The builtins hash, getattr, hasattr, setattr, delattr, format and ascii
 * (method_def functions; builtins.c lists them). */
object *abstract_hash(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);
object *abstract_getattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);
/* PyObject_GetAttr with any str as the name, interned or not (getattr()'s
 * and str.format's "{0.name}"): the lookup uses the interned equal str, as
 * heapviz's tables find names by pointer.  A new reference, or NULL. */
object *abstract_getattr_str(vm *v, object *o, object *name);
object *abstract_hasattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);
object *abstract_setattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);
object *abstract_delattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);
object *abstract_format(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);
object *abstract_ascii(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);

/* Py_ReprEnter/Py_ReprLeave: repr of a container that contains itself
 * prints "[...]".  repr_enter returns 1 if o is already being repr'd (print
 * the placeholder), 0 after recording it; repr_leave forgets it. */
int repr_enter(vm *v, object *o);
void repr_leave(vm *v, object *o);
/* Frees the thread state's dict that the first repr_enter made (CPython
 * keeps it for good): vm_delete, and tests that drain the heap. */
void repr_state_free(vm *v);

/* CPython's pointer hash (object.__hash__): the address rotated by 4. */
int64_t hash_pointer(uint64_t addr);

#endif
