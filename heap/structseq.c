/*
 * structseq.c — sys's struct sequences, as Objects/structseq.c makes them:
 *
 *   type sys.version_info ──tp_base──▶ tuple        (a static type, no subclasses)
 *     its members: major minor ...  member descriptors reading item i
 *     tp_repr: "sys.version_info(major=3, minor=11, ...)"
 *     tp_new: structseq_new, or none (DISALLOW_INSTANTIATION)
 *   sys.version_info: a tuple of the type's n_fields items, all visible
 *
 * Everything else (len, indexing, slicing, comparison, hash, iteration,
 * count and index) is tuple's, which a struct sequence inherits.  The
 * five types here have no unnamed or invisible fields (structseq.py
 * checks), so n_fields, n_sequence_fields and the tuple's size agree.
 * sys.flags' values follow python3's options and environment: made with
 * an empty environment's, then set by structseq_set_flags before the
 * program runs, as initconfig.c reads them.
 */
#include "structseq.h"

#include "abstract.h"
#include "builtins.h"
#include "dict.h"
#include "hv.h"
#include "namespace.h"
#include "types.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum ss_kind { SSV_INT, SSV_FLOAT, SSV_STR, SSV_BOOL, SSV_VERSION_INFO /* sys.version_info itself */ };

struct ss_field {
    const char *name;       /* the member's name, or sys's attribute's */
    enum ss_kind kind;
    long long i;            /* SSV_INT's and SSV_BOOL's value */
    double f;               /* SSV_FLOAT's */
    const char *s;          /* SSV_STR's */
};

struct ss_def {
    const char *name;       /* sys's attribute; the type is "sys." name */
    int instantiable;       /* tp_new is structseq_new (else the type refuses calls) */
    const struct ss_field *fields;
    size_t n;
};

#include "structseq.inc"

#define SS_NTYPES HV_COUNTOF(ss_defs)
#define SS_MAXFIELDS 18

_Static_assert(HV_COUNTOF(ss_defs) == T_SYS_FLAGS - T_SYS_VERSION_INFO + 1, "one type per row");
_Static_assert(SS_MAXFIELDS >= SS_MOST_FIELDS, "a getter per field (SS_GET)");

/* A member descriptor's getter for item I (PyMemberDef T_OBJECT at
 * offsetof(PyStructSequence, ob_item[I])): a new reference. */
#define SS_GET(I)                                                                                          \
    static object *ss_get##I(vm *v, object *self, object *const *a, size_t n, object *kw)                 \
    {                                                                                                      \
        (void)a, (void)n, (void)kw;                                                                        \
        return obj_incref(v, TUPLE(self)->items[I]);                                                       \
    }
SS_GET(0) SS_GET(1) SS_GET(2) SS_GET(3) SS_GET(4) SS_GET(5) SS_GET(6) SS_GET(7) SS_GET(8) SS_GET(9)
SS_GET(10) SS_GET(11) SS_GET(12) SS_GET(13) SS_GET(14) SS_GET(15) SS_GET(16) SS_GET(17)

static const cfunc ss_getters[SS_MAXFIELDS] = {ss_get0,  ss_get1,  ss_get2,  ss_get3,  ss_get4,  ss_get5,
                                               ss_get6,  ss_get7,  ss_get8,  ss_get9,  ss_get10, ss_get11,
                                               ss_get12, ss_get13, ss_get14, ss_get15, ss_get16, ss_get17};

/* structseq_traverse: the items in order (tuple's go backwards); a
 * static type is not visited. */
static int ss_traverse(object *o, visitproc visit, void *arg)
{
    for (size_t i = 0; i < TUPLE(o)->n; i++)
        if (TUPLE(o)->items[i]) {
            int r = visit(TUPLE(o)->items[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* The row of struct sequence type t. */
static const struct ss_def *ss_def_of(vm *v, const type *t)
{
    for (size_t i = 0; i < SS_NTYPES; i++)
        if (v->types[T_SYS_VERSION_INFO + i] == t)
            return &ss_defs[i];
    return NULL;
}

/* structseq_repr: "name(f=repr, ...)" through a _PyUnicodeWriter (min
 * length the name's + 1 + 5 per item + 1), the type's name and each
 * field's name decoded into a str of its own first, each value's repr
 * made and dropped in turn. */
static object *ss_repr(vm *v, object *o)
{
    const struct ss_def *d = ss_def_of(v, o->type);
    size_t n = TUPLE(o)->n;
    object *tname = str_from_utf8(v, o->type->name, strlen(o->type->name));
    if (!tname)
        return NULL;
    str_writer w;
    str_writer_init(&w, STR(tname)->len + 1 + n * 5 + 1);
    int rc = str_writer_write_str(v, &w, tname);
    obj_decref(v, tname);
    rc = rc ? rc : str_writer_write_char(v, &w, '(');
    for (size_t i = 0; i < n && !rc; i++) {
        if (i)
            rc = str_writer_write_ascii(v, &w, ", ", 2);
        object *name = rc ? NULL : str_from_utf8(v, d->fields[i].name, strlen(d->fields[i].name));
        rc = name ? str_writer_write_str(v, &w, name) : -1;
        obj_xdecref(v, name);
        rc = rc ? rc : str_writer_write_char(v, &w, '=');
        object *r = rc ? NULL : obj_repr(v, TUPLE(o)->items[i]);
        rc = r ? str_writer_write_str(v, &w, r) : -1;
        obj_xdecref(v, r);
    }
    rc = rc ? rc : str_writer_write_char(v, &w, ')');
    if (rc) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

/* structseq_new_impl after its argument parsing: the sequence as
 * PySequence_Fast has it, the dict argument (if given) checked to be a
 * dict, its length checked against the type's, a new instance holding its
 * items, the sequence dropped, the instance tracked last.  The dict only
 * fills hidden fields, which none of these types has: it is not read. */
static object *ss_new_from(vm *v, type *t, const struct ss_def *d, object *arg, object *dict)
{
    object *seq = seq_fast(v, arg, "constructor requires a sequence"), *o = NULL;
    if (!seq)
        return NULL;
    if (dict && !type_is_subtype(dict->type, v->types[T_DICT])) {
        obj_decref(v, seq);
        return vm_raise_format(v, T_TYPE_ERROR, "%.500s() takes a dict as second arg, if any", t->name);
    }
    size_t len = obj_is(v, seq, T_TUPLE) ? TUPLE(seq)->n : LIST(seq)->n;
    object *const *items = obj_is(v, seq, T_TUPLE) ? TUPLE(seq)->items : LIST(seq)->items;
    if (len != d->n)
        vm_raise_format(v, T_TYPE_ERROR, "%.500s() takes a %zd-sequence (%zd-sequence given)", t->name,
                        (int64_t)d->n, (int64_t)len);
    else if ((o = obj_new_quiet(v, t, len))) {
        TUPLE(o)->n = len;
        obj_announce(v, o);
        for (size_t i = 0; i < len; i++)
            tuple_set(v, o, i, obj_incref(v, items[i]));
    }
    obj_decref(v, seq);
    if (o)
        obj_track(v, o);
    return o;
}

/* Calling a struct sequence type: type_call through _PyObject_MakeTpCall
 * (the arguments packed), then structseq_new's Argument Clinic parsing
 * ("structseq", sequence and dict, positional here), or, for a type
 * without tp_new, type_call's "cannot create" TypeError. */
static object *ss_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    const struct ss_def *d = ss_def_of(v, t);
    if (!d->instantiable)
        return vm_raise_format(v, T_TYPE_ERROR, "cannot create '%s' instances", t->name);
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    if (nkw)
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support keyword arguments to sys.%s()",
                        d->name);
    object *tuple = NULL, *kwdict = NULL, *r = NULL;
    if (!vm_handed_tuple(v, args) && type_call_pack(v, args, nargs, kw, 0, &tuple, &kwdict))
        return NULL;
    if (npos == 0)
        vm_raise(v, T_TYPE_ERROR, "structseq() missing required argument 'sequence' (pos 1)");
    else if (npos > 2)
        vm_raise_format(v, T_TYPE_ERROR, "structseq() takes at most 2 arguments (%zd given)", (int64_t)npos);
    else
        r = ss_new_from(v, t, d, args[0], npos > 1 ? args[1] : NULL);
    obj_xdecref(v, kwdict);
    obj_xdecref(v, tuple);
    return r;
}

/* structseq_reduce: (type, (tuple of the fields, {})) by Py_BuildValue
 * ("(O(OO))": the outer tuple made before the inner one), after the
 * fields' tuple and the empty dict of unnamed fields (none here). */
static object *ss_reduce(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    const struct ss_def *d = ss_def_of(v, self->type);
    if (args_exact(v, &v->structseq_members[d - ss_defs][d->n], nargs, kw, 0))
        return NULL;
    object *tup = tuple_new(v, TUPLE(self)->n);
    for (size_t i = 0; tup && i < TUPLE(self)->n; i++)
        tuple_set(v, tup, i, obj_incref(v, TUPLE(self)->items[i]));
    object *dict = tup ? dict_new(v) : NULL;
    object *outer = dict ? tuple_new(v, 2) : NULL;
    object *inner = outer ? tuple_new(v, 2) : NULL;
    if (inner) {
        tuple_set(v, outer, 0, obj_incref(v, &self->type->ob));
        tuple_set(v, inner, 0, obj_incref(v, tup));
        tuple_set(v, inner, 1, obj_incref(v, dict));
        tuple_set(v, outer, 1, inner);
    } else if (outer) {
        obj_decref(v, outer);
        outer = NULL;
    }
    obj_xdecref(v, tup);
    obj_xdecref(v, dict);
    return outer;
}

/* An int of value i as python3 made it at start-up: a small int, or a
 * static int of heapviz's. */
static object *ss_int(vm *v, long long i)
{
    return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX ? int_small(v, i) : int_new_static(v, i);
}

/* True or False with the reference a start-up object's field holds
 * (before the program: no event). */
static object *ss_bool(vm *v, int b)
{
    object *o = b ? v->true_ : v->false_;
    o->refcnt++;
    return o;
}

/* A field's value as python3 made it at start-up: a small int, a bool, or
 * a static int, float or str of heapviz's. */
static object *ss_value(vm *v, const struct ss_field *f)
{
    if (f->kind == SSV_BOOL)
        return ss_bool(v, f->i != 0);
    if (f->kind == SSV_INT)
        return ss_int(v, f->i);
    if (f->kind == SSV_STR)
        return str_static_own(v, f->s);
    object *o = vm_static_object(v, T_FLOAT, 24, 0);
    FLOAT(o) = f->f;
    return o;
}

/* Each type's __reduce__ as its argument errors name it (its qualname). */
static const char *const ss_reduce_names[] = {
    "version_info.__reduce__", "float_info.__reduce__", "int_info.__reduce__", "hash_info.__reduce__",
    "thread_info.__reduce__", "flags.__reduce__",
};

_Static_assert(HV_COUNTOF(ss_reduce_names) == HV_COUNTOF(ss_defs), "one per type");

void structseq_init_types(vm *v)
{
    for (size_t i = 0; i < SS_NTYPES; i++) {
        const struct ss_def *d = &ss_defs[i];
        type *t = v->types[T_SYS_VERSION_INFO + i];
        method_def *members = hv_calloc(d->n + 2, sizeof *members);
        for (size_t k = 0; k < d->n; k++)
            members[k] = (method_def){d->fields[k].name, ss_getters[k], METH_GETTER | METH_MEMBER, NULL};
        members[d->n] = (method_def){"__reduce__", ss_reduce, METH_NOARGS, ss_reduce_names[i]};
        v->structseq_members[i] = members;
        t->methods = members;
        t->repr = ss_repr;
        t->vnew = ss_vnew;
        t->traverse = ss_traverse;
    }
}

/* Type i's instance, made with its values. */
static object *ss_make(vm *v, size_t i)
{
    const struct ss_def *d = &ss_defs[i];
    object *o = vm_static_object(v, T_SYS_VERSION_INFO + i, (uint32_t)(16 + 24 + 8 * d->n),
                                 d->n * sizeof(object *));
    TUPLE(o)->n = d->n;
    for (size_t k = 0; k < d->n; k++)
        TUPLE(o)->items[k] = ss_value(v, &d->fields[k]);
    return o;
}

/* Whether field f's value (ss_value) is its holder's to free: a float or
 * an int outside the small ints (a small int is the vm's, a str
 * str_static_own's). */
static bool ss_value_owned(const struct ss_field *f)
{
    return f->kind == SSV_FLOAT || (f->kind == SSV_INT && (f->i < SMALL_INT_MIN || f->i > SMALL_INT_MAX));
}

/* Whether item o of an instance ss_make or structseq_set_flags made is
 * the instance's to free: a float, or an int that is no small int. */
static bool ss_item_owned(vm *v, object *o)
{
    int64_t x;
    return obj_is(v, o, T_FLOAT) ||
           (obj_is(v, o, T_INT) && int_as_i64(o, &x) && (x < SMALL_INT_MIN || x > SMALL_INT_MAX));
}

/* sys.implementation as make_impl_info makes it: a SimpleNamespace whose
 * dict holds new strs, a new int and sys.version_info itself (one more
 * reference to it), under interned keys. */
static object *ss_implementation_make(vm *v)
{
    enum { N = HV_COUNTOF(ss_implementation) };
    object *keys[N], *values[N];
    for (size_t i = 0; i < N; i++) {
        const struct ss_field *f = &ss_implementation[i];
        keys[i] = str_static_interned(v, f->name);
        values[i] = f->kind == SSV_VERSION_INFO ? v->sys_structseq[0] : ss_value(v, f);
        if (f->kind == SSV_VERSION_INFO)
            values[i]->refcnt++;
    }
    return namespace_static(v, keys, values, N);
}

void structseq_init(vm *v, moduleobj *sys)
{
    for (size_t i = 0; i < SS_NTYPES; i++)
        module_add(v, sys, ss_defs[i].name, v->sys_structseq[i] = ss_make(v, i), false);
    for (size_t i = 0; i < HV_COUNTOF(ss_values); i++)
        module_add(v, sys, ss_values[i].name, ss_value(v, &ss_values[i]), ss_value_owned(&ss_values[i]));
    module_add(v, sys, "implementation", v->sys_implementation = ss_implementation_make(v), false);
}

/* _Py_get_env_flag: a variable set to a number n >= 0 raises the flag
 * to n, set to anything else to 1; unset or empty, it stays. */
static long long env_flag(const char *(*env)(const char *), const char *name)
{
    const char *s = env ? env(name) : NULL;
    if (!s || !*s)
        return 0;
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    return *end || errno || n < 0 || n > INT32_MAX ? 1 : n;
}

/* Whether a variable config_get_env reads is set (and not empty). */
static int env_set(const char *(*env)(const char *), const char *name)
{
    const char *s = env ? env(name) : NULL;
    return s && *s;
}

/* config_init_hash_seed's choice as sys.flags shows it (use_hash_seed
 * == 0 || hash_seed != 0): PYTHONHASHSEED unset, empty or "random"
 * randomizes; a number (strtoul's) seeds, and only the seed 0 turns it
 * off (python3 refuses to start with anything else). */
static int hash_randomization(const char *(*env)(const char *))
{
    const char *s = env ? env("PYTHONHASHSEED") : NULL;
    if (!s || !*s || !strcmp(s, "random"))
        return 1;
    char *end;
    errno = 0;
    unsigned long seed = strtoul(s, &end, 10);
    return *end || errno || seed != 0;
}

/* PYTHONINTMAXSTRDIGITS: a number, 0 or at least 640 (python3 refuses to
 * start with any other); -1 when unset. */
static long long int_max_str_digits(const char *(*env)(const char *))
{
    const char *s = env ? env("PYTHONINTMAXSTRDIGITS") : NULL;
    char *end;
    long n = s && *s ? strtol(s, &end, 10) : -1;
    return s && *s && (*end || n < 0 || (n > 0 && n < 640) || n > INT32_MAX) ? -1 : n;
}

void structseq_set_flags(vm *v, const char *(*env)(const char *), int utf8_mode, int inspect)
{
    const long long values[] = {
        env_flag(env, "PYTHONDEBUG"), inspect ? inspect : env_flag(env, "PYTHONINSPECT"), inspect,
        env_flag(env, "PYTHONOPTIMIZE"), env_flag(env, "PYTHONDONTWRITEBYTECODE") != 0,
        env_flag(env, "PYTHONNOUSERSITE") != 0, 0, 0, env_flag(env, "PYTHONVERBOSE"), 0, 0,
        hash_randomization(env), 0, env_set(env, "PYTHONDEVMODE"), utf8_mode != 0,
        env_set(env, "PYTHONWARNDEFAULTENCODING"), env_set(env, "PYTHONSAFEPATH"), int_max_str_digits(env),
    };
    size_t row = T_SYS_FLAGS - T_SYS_VERSION_INFO;
    const struct ss_def *d = &ss_defs[row];
    object *o = v->sys_structseq[row];
    _Static_assert(HV_COUNTOF(values) == HV_COUNTOF(ss_fields_flags), "a value per field");
    for (size_t k = 0; k < d->n; k++) {
        object *old = TUPLE(o)->items[k];
        TUPLE(o)->items[k] = d->fields[k].kind == SSV_BOOL ? ss_bool(v, values[k] != 0) : ss_int(v, values[k]);
        if (d->fields[k].kind == SSV_BOOL)
            old->refcnt--;
        else if (ss_item_owned(v, old))
            obj_host_free(old);
    }
}

void structseq_fini(vm *v)
{
    object *impl = v->sys_implementation;
    for (size_t i = 0; impl && i < HV_COUNTOF(ss_implementation); i++) {
        object *x = dict_lookup(v, namespace_dict(impl), str_static_interned(v, ss_implementation[i].name));
        if (x && ss_item_owned(v, x))
            obj_host_free(x);
    }
    if (impl)
        namespace_static_free(impl);
    v->sys_implementation = NULL;
    for (size_t i = 0; i < SS_NTYPES; i++) {
        object *o = v->sys_structseq[i];
        for (size_t k = 0; o && k < TUPLE(o)->n; k++)
            if (ss_item_owned(v, TUPLE(o)->items[k]))
                obj_host_free(TUPLE(o)->items[k]);
        if (o)
            obj_host_free(o);
    }
}

void structseq_fini_types(vm *v)
{
    for (size_t i = 0; i < SS_NTYPES; i++) {
        free(v->structseq_members[i]);
        v->structseq_members[i] = NULL;
        v->types[T_SYS_VERSION_INFO + i]->methods = NULL;
    }
}
