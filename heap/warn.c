/*
 * warn.c — an ignored warning, as CPython 3.11's _warnings.c handles it:
 *
 *   PyErr_WarnEx ── message str
 *     setup_context ── frame object, registry = globals['__warningregistry__']
 *     warn_explicit ── category(message), lineno int, key (text, category, lineno)
 *       already_warned ── registry['version'] = filters_version (0) when absent
 *       get_filter ── "ignore": nothing made, nothing stored
 *     everything but the registry dropped
 *
 * heapviz models no Warning classes: the warning instance, made and
 * dropped inside the call and never seen by the program, is an instance
 * of Exception, whose layout and size every Warning subclass shares.
 */
#include "warn.h"

#include "abstract.h"
#include "dict.h"
#include "traceback.h"
#include "types.h"

/* setup_context's registry: globals' __warningregistry__ whatever it is
 * (warn_explicit checks it), a new dict set there when absent (a new
 * reference), or NULL with the error. */
static object *warn_registry(vm *v, object *globals)
{
    object *key = str_static_interned(v, "__warningregistry__");
    object *reg = dict_lookup(v, globals, key);
    if (reg || v->exc)
        return reg ? obj_incref(v, reg) : NULL;
    reg = dict_new(v);
    if (reg && dict_setitem(v, globals, key, reg)) {
        obj_decref(v, reg);
        return NULL;
    }
    return reg;
}

/* already_warned(registry, key, 0): the registry's 'version' checked
 * against the filters' version (0: no program changes the filters here)
 * as PyLong_AsLong reads an exact int (OverflowError past a C long); the
 * registry cleared and given it when it is absent, no exact int or
 * another number; else key looked up (hashing it) and its value's truth
 * returned.  0 or 1, or -1 with the error. */
static int warn_already(vm *v, object *reg, object *key)
{
    object *version = str_static_interned(v, "version");
    object *have = dict_lookup(v, reg, version);
    int exact = have && obj_is(v, have, T_INT);
    int64_t n = -1;
    if (exact && !int_as_i64(have, &n))
        vm_raise(v, T_OVERFLOW, "Python int too large to convert to C long");
    if (v->exc)
        return -1;
    if (exact && n == 0) {
        object *hit = dict_lookup(v, reg, key);
        return hit ? obj_truth(v, hit) : v->exc ? -1 : 0;
    }
    dict_clear(v, reg);
    object *zero = int_from_i64(v, 0);
    int r = zero ? dict_setitem(v, reg, version, zero) : -1;
    obj_xdecref(v, zero);
    return r ? -1 : 0;
}

/* warn_explicit with an "ignore" action: a registry that is neither a dict
 * nor None refused first (TypeError); the instance, lineno and key made,
 * the registry consulted (unless None), all dropped in cleanup's order. */
static int warn_explicit_ignored(vm *v, object *text, uint32_t line, object *reg)
{
    if (reg != v->none && !type_is_subtype(reg->type, v->types[T_DICT])) {
        vm_raise(v, T_TYPE_ERROR, "'registry' must be a dict or None");
        return -1;
    }
    object *message = exc_new1(v, v->types[T_EXCEPTION], text);
    object *lineno = message ? int_from_i64(v, line) : NULL;
    object *key = lineno ? tuple_pack(v, 3, text, &v->types[T_EXCEPTION]->ob, lineno) : NULL;
    int r = !key ? -1 : reg == v->none ? 0 : warn_already(v, reg, key);
    obj_xdecref(v, key);
    obj_xdecref(v, lineno);
    obj_xdecref(v, message);
    return r < 0 ? -1 : 0;
}

int warn_ignored(vm *v, frame *f, const char *text)
{
    object *message = str_from_cstr(v, text);
    if (!message)
        return -1;
    int r = -1;
    object *reg = traceback_frame_object(v, f) ? warn_registry(v, f->globals) : NULL;
    if (reg)
        r = warn_explicit_ignored(v, message, f->code->lines[f->ip - 1], reg);
    obj_xdecref(v, reg);
    obj_decref(v, message);
    return r;
}
