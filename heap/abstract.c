/*
 * abstract.c — type-dispatched operations on any object.
 */
#include "abstract.h"

#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "hv.h"
#include "number.h"
#include "tracemalloc.h"
#include "types.h"

#include <stdio.h>
#include <string.h>

static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

int64_t hash_pointer(uint64_t addr)
{
    uint64_t y = (addr >> 4) | (addr << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

int obj_hash(vm *v, object *o, int64_t *out)
{
    if (o->type->hash)
        return o->type->hash(v, o, out);
    if (o->type->richcompare) {             /* __eq__ without __hash__ */
        vm_raise_format(v, T_TYPE_ERROR, "unhashable type: '%.200s'", o->type->name);
        return -1;
    }
    *out = hash_pointer(o->addr);
    return 0;
}

static object *do_richcompare(vm *v, object *a, object *b, int op);

/* do_richcompare's PyErr_Format: the message made by PyUnicode_FromFormat's
 * writer (a buffer of the format's length + 100 characters, cut to size
 * at the end) while both operands are still alive.  Returns NULL. */
static object *unsupported_compare(vm *v, object *a, object *b, int op)
{
    const char *names[] = {cmp_symbol[op], a->type->name, b->type->name};
    return vm_raise_made(v, T_TYPE_ERROR,
                         str_from_format_s(v, "'%s' not supported between instances of '%.100s' and '%.100s'",
                                           names, NULL));
}

object *obj_richcompare(vm *v, object *a, object *b, int op)
{
    if (vm_enter_recursive(v, " in comparison"))
        return NULL;
    object *r = do_richcompare(v, a, b, op);
    vm_leave_recursive(v);
    return r;
}

static object *do_richcompare(vm *v, object *a, object *b, int op)
{
    object *r;
    int swapped_first = b->type != a->type && type_is_subtype(b->type, a->type) &&
                        b->type->richcompare;
    if (swapped_first) {
        r = b->type->richcompare(v, b, a, cmp_swapped[op]);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    if (a->type->richcompare) {
        r = a->type->richcompare(v, a, b, op);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    if (!swapped_first && b->type->richcompare) {
        r = b->type->richcompare(v, b, a, cmp_swapped[op]);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    if (op == CMP_EQ)
        return obj_bool(v, a == b);
    if (op == CMP_NE)
        return obj_bool(v, a != b);
    return unsupported_compare(v, a, b, op);
}

int obj_richcompare_bool(vm *v, object *a, object *b, int op)
{
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return op == CMP_EQ;
    object *r = obj_richcompare(v, a, b, op);
    if (!r)
        return -1;
    int t = r == v->true_ ? 1 : r == v->false_ ? 0 : obj_truth(v, r);
    obj_decref(v, r);
    return t;
}

int obj_truth(vm *v, object *o)
{
    if (o == v->true_)
        return 1;
    if (o == v->false_ || o == v->none)
        return 0;
    if (o->type->truth)
        return o->type->truth(v, o);
    if (o->type->length) {
        int64_t n = o->type->length(v, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

object *obj_repr(vm *v, object *o)
{
    if (o->type->repr) {
        if (vm_enter_recursive(v, " while getting the repr of an object"))
            return NULL;
        object *r = o->type->repr(v, o);
        vm_leave_recursive(v);
        return r;
    }
    return class_object_repr(v, o);
}

/* PyObject_Str: one recursion check whatever the type; a type without a
 * str slot inherits object_str, which calls the repr slot itself, not
 * PyObject_Repr (no second check). */
object *obj_str(vm *v, object *o)
{
    if (o->type == v->types[T_STR])
        return obj_incref(v, o);
    if (vm_enter_recursive(v, " while getting the str of an object"))
        return NULL;
    object *r = o->type->str ? o->type->str(v, o)
                : o->type->repr ? o->type->repr(v, o) : class_object_repr(v, o);
    vm_leave_recursive(v);
    return r;
}

int64_t obj_length(vm *v, object *o)
{
    if (o->type->length)
        return o->type->length(v, o);
    vm_raise_format(v, T_TYPE_ERROR, "object of type '%.200s' has no len()", o->type->name);
    return -1;
}

/* The iterators' __length_hint__ as a method (a METH_NOARGS descriptor in
 * CPython): what binding it makes. */
static object *length_hint_method(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args, (void)nargs, (void)kw;
    int64_t n = self->type->length_hint(v, self);
    return n < 0 ? NULL : int_from_i64(v, n);
}

static const method_def length_hint_def = {"__length_hint__", length_hint_method, 0, NULL};

int64_t obj_length_hint(vm *v, object *o, int64_t dflt)
{
    if (o->type->length && !obj_is(v, o, T_GENERATOR)) {
        int64_t n = o->type->length(v, o);
        if (n >= 0)
            return n;
        if (!vm_exc_matches(v, T_TYPE_ERROR))
            return -1;
        vm_exc_clear(v);
    }
    if (!o->type->length_hint)
        return dflt;
    /* _PyObject_LookupSpecial binds the method (a builtin method object, GC:
     * its allocation counts and may collect); the call's int result outlives
     * it by a moment.  The hint asks once (reversed's runs a class's
     * __len__), and a TypeError it raises means the default. */
    object *bound = builtin_bound(v, &length_hint_def, o);
    int64_t n = bound ? o->type->length_hint(v, o) : -1;
    object *r = n >= 0 ? int_from_i64(v, n) : NULL;
    obj_xdecref(v, bound);
    if (r) {
        obj_decref(v, r);
        return n;
    }
    if (!vm_exc_matches(v, T_TYPE_ERROR))
        return -1;
    vm_exc_clear(v);
    return dflt;
}

int obj_isinstance(vm *v, object *o, type *cls)
{
    if (type_is_subtype(o->type, cls))
        return 1;
    object *icls;                           /* object_isinstance: o.__class__ may say otherwise */
    int r = attr_lookup(v, o, str_static_interned(v, "__class__"), &icls);
    if (r <= 0)
        return r;
    r = icls != &o->type->ob && type_is_subtype(icls->type, v->types[T_TYPE]) &&
        type_is_subtype((type *)icls, cls);
    obj_decref(v, icls);
    return r;
}

/* Py_ReprEnter's first call makes the thread state's dict and its
 * "Py_Repr" list (kept for good: two GC allocations gc.get_count() sees,
 * tests/py/305); the stack itself is kept on the host. */
static int repr_state(vm *v)
{
    if (v->repr_dict)
        return 0;
    object *d = dict_new(v), *l = d ? list_new(v, 0) : NULL;
    int rc = !l || dict_setitem(v, d, str_static_interned(v, "Py_Repr"), l);
    obj_xdecref(v, l);
    if (rc) {
        obj_xdecref(v, d);
        return -1;
    }
    v->repr_dict = d;
    return 0;
}

void repr_state_free(vm *v)
{
    object *d = v->repr_dict;
    v->repr_dict = NULL;
    obj_xdecref(v, d);
}

/* The Py_Repr list (borrowed), or NULL: a str key's lookup in a dict
 * cannot raise (an exception being raised stays as it is). */
static object *repr_list(vm *v)
{
    return v->repr_dict ? dict_lookup(v, v->repr_dict, str_static_interned(v, "Py_Repr")) : NULL;
}

/* Py_ReprEnter: o appended to the Py_Repr list (PyList_Append: a reference
 * and the list's items array, which lives in raw memory once a leave has
 * emptied it, as PyMem_Realloc to 0 bytes leaves it); the host stack
 * answers the lookups. */
int repr_enter(vm *v, object *o)
{
    if (repr_state(v))
        vm_exc_clear(v);                    /* out of memory: CPython goes on without */
    for (size_t i = 0; i < v->nrepr; i++)
        if (v->repr_stack[i] == o)
            return 1;
    hv_grow(&v->repr_stack, &v->repr_cap, v->nrepr + 1, sizeof *v->repr_stack, 8);
    v->repr_stack[v->nrepr++] = o;
    object *l = repr_list(v);
    if (l && list_append(v, l, o))
        vm_exc_clear(v);
    return 0;
}

/* Py_ReprLeave: o taken out of the Py_Repr list (PyList_SetSlice: the
 * items array shrinks first, then o's reference is dropped; the last item
 * goes as _list_clear takes it: the reference, then the array freed). */
void repr_leave(vm *v, object *o)
{
    for (size_t i = v->nrepr; i-- > 0;)
        if (v->repr_stack[i] == o) {
            v->repr_stack[i] = v->repr_stack[--v->nrepr];
            break;
        }
    object *l = repr_list(v);
    listobj *ll = l ? LIST(l) : NULL;
    for (size_t i = ll ? ll->n : 0; i-- > 0;) {
        if (ll->items[i] != o)
            continue;
        if (ll->n == 1) {
            l->type->clear(v, l);
            break;
        }
        size_t tail = ll->n - 1 - i;
        obj_take(v, o, l->addr, (uint64_t)i);
        memmove(ll->items + i, ll->items + i + 1, tail * sizeof *ll->items);
        obj_shift_event(v, l->addr, i + 1, tail, -1, 0, ll->items[i]);
        list_resize(v, ll, ll->n - 1);      /* shrinking: only host memory can fail, fatally */
        obj_decref(v, o);
        break;
    }
}

/* ---- numbers ----------------------------------------------------------- */

static const char *const binop_symbol[NB_NBINOPS] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^",
};

static object *try_binary(vm *v, object *a, object *b, int op)
{
    object *(*sa)(vm *, object *, object *) = a->type->binary[op];
    object *(*sb)(vm *, object *, object *) = b->type != a->type ? b->type->binary[op] : NULL;
    if (sa == sb)
        sb = NULL;
    if (sb && type_is_subtype(b->type, a->type)) {      /* the subclass goes first */
        object *r = sb(v, a, b);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
        sb = NULL;
    }
    if (sa) {
        object *r = sa(v, a, b);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    if (sb)
        return sb(v, a, b);
    return obj_incref(v, v->notimpl);
}

/* The builtin types with sq_repeat (str, bytes, bytearray, list, tuple and subclasses:
 * not a class defining __mul__ or __rmul__, whose sq_repeat
 * update_one_slot cleared). */
static int is_sequence(vm *v, object *o)
{
    static const enum builtin_type seqs[] = {T_STR, T_BYTES, T_BYTEARRAY, T_LIST, T_TUPLE};
    if (class_defines(v, o->type, "__mul__") || class_defines(v, o->type, "__rmul__"))
        return 0;
    for (size_t i = 0; i < HV_COUNTOF(seqs); i++)
        if (type_is_subtype(o->type, v->types[seqs[i]]))
            return 1;
    return 0;
}

object *obj_binary_op(vm *v, object *a, object *b, int op)
{
    int inplace = op >= NB_INPLACE, base = inplace ? op - NB_INPLACE : op;
    object *r;
    if (inplace && a->type->inplace[base]) {
        r = a->type->inplace[base](v, a, b);
        if (r != v->notimpl)
            return r;
        obj_decref(v, r);
    }
    r = try_binary(v, a, b, base);
    if (r != v->notimpl)
        return r;
    obj_decref(v, r);
    if (base == NB_MULTIPLY) {              /* sequence_repeat: the sequence explains */
        object *other = is_sequence(v, a) ? b : is_sequence(v, b) ? a : NULL;
        object *n = other ? obj_index_of_class(v, other) : NULL;
        if (n) {                            /* a class instance with __index__ */
            r = other == b ? obj_binary_op(v, a, n, op) : obj_binary_op(v, n, b, op);
            obj_decref(v, n);
            return r;
        }
        if (other && !v->exc)
            return vm_raise_format(v, T_TYPE_ERROR, "can't multiply sequence by non-int of type '%.200s'",
                                   other->type->name);
        if (v->exc)
            return NULL;
    }
    char name[8];                           /* the op_name CPython's callers pass: "+=" */
    snprintf(name, sizeof name, "%s=", base == NB_POWER ? "**" : binop_symbol[base]);
    return abstract_binop_type_error(v, a, b, inplace ? name : binop_symbol[base]);
}

object *abstract_binop_type_error(vm *v, object *a, object *b, const char *op_name)
{
    return vm_raise_format(v, T_TYPE_ERROR, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                           op_name, a->type->name, b->type->name);
}

object *obj_unary_op(vm *v, object *a, int op)
{
    static const char *const formats[UN_NUNOPS] = {       /* type_error's messages */
        "bad operand type for unary -: '%.200s'", "bad operand type for unary +: '%.200s'",
        "bad operand type for unary ~: '%.200s'"};
    if (a->type->unary[op])
        return a->type->unary[op](v, a);
    return vm_raise_format(v, T_TYPE_ERROR, formats[op], a->type->name);
}

/* ---- containers ---------------------------------------------------------- */

int obj_contains(vm *v, object *container, object *x)
{
    if (container->type->contains)
        return container->type->contains(v, container, x);
    object *it = obj_getiter(v, container);
    if (!it) {
        vm_exc_clear(v);
        vm_raise_format(v, T_TYPE_ERROR, "argument of type '%.200s' is not iterable", container->type->name);
        return -1;
    }
    return (int)obj_iter_search(v, it, x, SEARCH_CONTAINS);
}

int64_t obj_iter_search(vm *v, object *it, object *x, enum obj_search how)
{
    object *item;
    int64_t n = 0, count = 0;
    while ((item = obj_iternext(v, it))) {
        int eq = obj_richcompare_bool(v, item, x, CMP_EQ);
        obj_decref(v, item);
        if (eq < 0 || (eq && how != SEARCH_COUNT))
            break;
        count += eq;
        n++;
    }
    obj_decref(v, it);
    if (v->exc)
        return -1;
    if (item)
        return how == SEARCH_INDEX ? n : 1;
    if (how == SEARCH_INDEX) {
        vm_raise(v, T_VALUE, "sequence.index(x): x not in sequence");
        return -1;
    }
    return how == SEARCH_COUNT ? count : 0;
}

object *obj_getitem(vm *v, object *o, object *key)
{
    if (o->type->getitem)
        return o->type->getitem(v, o, key);
    return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not subscriptable",
                           o->type->name);  /* PyObject_GetItem's type_error */
}

/* Whether o's type has sequence methods (tp_as_sequence): every class
 * statement's type has them, and of the builtins without item assignment
 * str, bytes, tuple, range, the sets, the dict views, mappingproxy and
 * tracemalloc's classes (Python classes in CPython). */
static int has_sequence_methods(vm *v, object *o)
{
    static const enum builtin_type seqs[] = {T_STR, T_BYTES, T_TUPLE, T_RANGE, T_SET, T_FROZENSET,
                                             T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, T_MAPPINGPROXY};
    if (o->type->flags & TPF_HEAPTYPE)
        return 1;
    if (tm_is_class(v, o->type))
        return 1;
    for (size_t i = 0; i < HV_COUNTOF(seqs); i++)
        if (type_is_subtype(o->type, v->types[seqs[i]]))
            return 1;
    return 0;
}

/* PyObject_SetItem/DelItem on a type without item assignment: a type with
 * sequence methods takes an index key as PySequence_SetItem/DelItem do
 * (PyNumber_AsSsize_t first: IndexError past ssize_t), and
 * PySequence_DelItem words its TypeError "doesn't" where the others say
 * "does not". */
static int setitem_unsupported(vm *v, object *o, object *key, object *value)
{
    int seq_del = 0;
    if (has_sequence_methods(v, o)) {
        object *i = type_is_subtype(key->type, v->types[T_INT]) ? obj_incref(v, key)
                                                                 : obj_index_of_class(v, key);
        if (!i && v->exc)
            return -1;
        if (i) {
            int64_t n;
            int fits = int_as_i64(i, &n);
            obj_decref(v, i);
            if (!fits) {
                vm_raise(v, T_INDEX, "cannot fit 'int' into an index-sized integer");
                return -1;
            }
            seq_del = !value;
        }
    }
    vm_raise_format(v, T_TYPE_ERROR, value ? "'%.200s' object does not support item assignment"
                                     : seq_del ? "'%.200s' object doesn't support item deletion"
                                               : "'%.200s' object does not support item deletion", o->type->name);
    return -1;
}

int obj_setitem(vm *v, object *o, object *key, object *value)
{
    if (o->type->setitem)
        return o->type->setitem(v, o, key, value);
    return setitem_unsupported(v, o, key, value);
}

object *obj_getiter(vm *v, object *o)
{
    if (o->type->iter)
        return o->type->iter(v, o);
    if ((o->type->flags & TPF_HEAPTYPE) && o->type->getitem)   /* PySequence_Check: PySeqIter */
        return seqiter_new(v, T_SEQ_ITER, o, 0);
    return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not iterable", o->type->name);
}

object *seq_fast(vm *v, object *o, const char *msg)
{
    if (obj_is(v, o, T_LIST) || obj_is(v, o, T_TUPLE))
        return obj_incref(v, o);
    object *it = obj_getiter(v, o);
    if (!it) {
        if (vm_exc_matches(v, T_TYPE_ERROR)) {
            vm_exc_clear(v);
            vm_raise(v, T_TYPE_ERROR, msg);
        }
        return NULL;
    }
    object *l = seq_list(v, it);
    obj_decref(v, it);
    return l;
}

object *seq_list(vm *v, object *o)
{
    object *l = list_new(v, 0);
    if (l && list_extend(v, l, o)) {
        obj_decref(v, l);
        return NULL;
    }
    return l;
}

object *obj_iternext(vm *v, object *it)
{
    if (HV_UNLIKELY(v->step_limit) && vm_tick(v))
        return NULL;                /* every iterator step counts, in builtins too */
    if (it->type->iternext)
        return it->type->iternext(v, it);
    return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not an iterator", it->type->name);
}

/* ---- numbers from objects: PyNumber_Index ----------------------------------- */

static object *index_result(vm *v, object *r);

int obj_index_check(vm *v, object *o)
{
    return type_is_subtype(o->type, v->types[T_INT]) || class_has_index(v, o);
}

object *obj_index(vm *v, object *o)
{
    if (type_is_subtype(o->type, v->types[T_INT]))
        return obj_incref(v, o);
    object *r = class_convert(v, o, CONV_INDEX, NULL);
    if (!r)
        return v->exc ? NULL : vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted "
                                               "as an integer", o->type->name);
    return index_result(v, r);
}

int obj_index_c(vm *v, object *o, int64_t *x, int64_t lo, int64_t hi, const char *ctype)
{
    object *i = obj_index(v, o);
    if (!i)
        return -1;
    int ok = int_as_i64(i, x) && *x >= lo && *x <= hi;
    obj_decref(v, i);
    if (!ok)
        vm_raise(v, T_OVERFLOW, "Python int too large to convert to C %s", ctype);
    return ok ? 0 : -1;
}

/* What __index__ returned (r, consumed): an int, or NULL with CPython's
 * TypeError. */
static object *index_result(vm *v, object *r)
{
    if (obj_is(v, r, T_INT))
        return r;
    if (!type_is_subtype(r->type, v->types[T_INT]))
        vm_raise_format(v, T_TYPE_ERROR, "__index__ returned non-int (type %.200s)", r->type->name);
    else                                    /* python3 warns (DeprecationWarning) and goes on */
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: __index__ returning a subclass of int (%s)", r->type->name);
    obj_decref(v, r);
    return NULL;
}

object *obj_index_of_class(vm *v, object *o)
{
    if (type_is_subtype(o->type, v->types[T_INT]))      /* PyNumber_Index: PyLong_Check first, */
        return NULL;                                    /* int's subclass answers as an int */
    object *r = class_convert(v, o, CONV_INDEX, NULL);
    return r ? index_result(v, r) : NULL;
}

/* ---- the reflective builtins ------------------------------------------------ */

static const method_def def_hash = {"hash", NULL, 0, NULL}, def_getattr = {"getattr", NULL, 0, NULL},
                        def_setattr = {"setattr", NULL, 0, NULL}, def_hasattr = {"hasattr", NULL, 0, NULL},
                        def_delattr = {"delattr", NULL, 0, NULL}, def_format = {"format", NULL, 0, NULL},
                        def_ascii = {"ascii", NULL, 0, NULL};

object *abstract_hash(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    int64_t h;
    if (args_exact(v, &def_hash, nargs, kwnames, 1) || obj_hash(v, args[0], &h))
        return NULL;
    return int_from_ssize(v, h);
}

/* An attribute name argument as an interned str (a new reference), or NULL
 * with CPython's TypeError. */
static object *attr_name(vm *v, object *name)
{
    if (!obj_is(v, name, T_STR))
        return vm_raise_format(v, T_TYPE_ERROR, "attribute name must be string, not '%.200s'",
                               name->type->name);
    return str_intern(v, name);
}

/* getattr's and hasattr's name, interned for the lookup only (see
 * str_name_lookup), or NULL with CPython's TypeError. */
/* getattr's and hasattr's name, as the lookup on o takes it: interned
 * (an equal interned str, or itself for the lookup only), or the very
 * object for a class's own __getattr__/__getattribute__ to receive
 * (*refs -1: nothing to undo). */
static object *lookup_name(vm *v, object *o, object *name, int32_t *refs)
{
    if (!obj_is(v, name, T_STR))
        return vm_raise_format(v, T_TYPE_ERROR, "attribute name must be string, not '%.200s'",
                               name->type->name);
    if (class_getattr_hooked(o->type)) {
        *refs = -1;
        return obj_incref(v, name);
    }
    return str_name_lookup(v, name, refs);
}

object *abstract_getattr_str(vm *v, object *o, object *name)
{
    int32_t refs;
    object *n = lookup_name(v, o, name, &refs);
    if (!n)
        return NULL;
    object *r = obj_getattr(v, o, n);
    str_name_done(v, n, refs);
    return r;
}

object *abstract_getattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_range(v, &def_getattr, nargs, kwnames, 2, 3))
        return NULL;
    int32_t refs;
    object *name = lookup_name(v, args[0], args[1], &refs), *r = NULL;
    if (!name)
        return NULL;
    if (nargs == 2)
        r = obj_getattr(v, args[0], name);
    else if (!class_lookup_attr(v, args[0], name, &r))
        r = obj_incref(v, args[2]);
    str_name_done(v, name, refs);
    return r;
}

object *abstract_hasattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_exact(v, &def_hasattr, nargs, kwnames, 2))
        return NULL;
    int32_t refs;
    object *name = lookup_name(v, args[0], args[1], &refs), *r = NULL;
    if (!name)
        return NULL;
    int found = class_lookup_attr(v, args[0], name, &r);
    obj_xdecref(v, r);
    str_name_done(v, name, refs);
    return found < 0 ? NULL : obj_bool(v, found);
}

/* setattr(o, name, value) and delattr(o, name). */
static object *set_or_del(vm *v, const method_def *def, object *const *args, size_t nargs,
                          object *kwnames, object *value)
{
    if (args_exact(v, def, nargs, kwnames, value ? 3 : 2))
        return NULL;
    object *name = attr_name(v, args[1]);
    if (!name)
        return NULL;
    int rc = obj_setattr(v, args[0], name, value);
    obj_decref(v, name);
    return rc ? NULL : obj_incref(v, v->none);
}

object *abstract_setattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return set_or_del(v, &def_setattr, args, nargs, kwnames, nargs == 3 ? args[2] : v->none);
}

object *abstract_delattr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return set_or_del(v, &def_delattr, args, nargs, kwnames, NULL);
}

object *abstract_format(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_range(v, &def_format, nargs, kwnames, 1, 2))
        return NULL;
    if (nargs == 2 && !obj_is(v, args[1], T_STR))
        return args_bad_argument(v, "format", "argument 2", "str", args[1]);
    return format_value(v, args[0], 0, nargs == 2 ? args[1] : NULL);
}

object *abstract_ascii(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_exact(v, &def_ascii, nargs, kwnames, 1))
        return NULL;
    return format_ascii(v, args[0]);
}

int obj_index_retry(vm *v, cfunc fn, object *self, object *const *args, size_t nargs, object *kwnames,
                    size_t k, object **out)
{
    object *all[8];
    if (k >= nargs || nargs > HV_COUNTOF(all))
        return 0;
    object *ix = obj_index_of_class(v, args[k]);
    if (!ix && !v->exc)
        return 0;
    *out = NULL;
    if (ix) {
        memcpy(all, args, nargs * sizeof *args);
        all[k] = ix;
        *out = fn(v, self, all, nargs, kwnames);
        obj_decref(v, ix);
    }
    return 1;
}
