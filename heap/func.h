/*
 * func.h — functions, cells, bound methods, code objects, and argument
 * binding (heap/ internal).
 */
#ifndef HV_FUNC_H
#define HV_FUNC_H

#include "code.h"
#include "dict.h"
#include "types.h"

typedef struct funcobj {
    object ob;
    object *code;           /* codeobj */
    object *globals;        /* dict */
    object *builtins;       /* the builtins' dict (vm.builtins_dict, a static object) */
    object *defaults;       /* tuple, or NULL */
    object *kwdefaults;     /* dict, or NULL */
    object *closure;        /* tuple of cells, or NULL */
    object *name, *qualname;
    object *module;         /* __module__: globals' __name__ */
    object *doc;            /* __doc__: co_consts[0] if a str (the docstring), else None */
    object *dict;           /* __dict__, or NULL */
    object *annotations;    /* a dict, the (name, value, ...) tuple of the def, or NULL */
} funcobj;

typedef struct cellobj {
    object ob;
    object *ref;            /* the variable's value, or NULL if unbound */
} cellobj;

typedef struct methodobj {
    object ob;
    object *func;           /* __func__ */
    object *self;           /* __self__ */
} methodobj;

#define FUNC(o) ((funcobj *)(o))
#define CELL(o) ((cellobj *)(o))
#define METHOD(o) ((methodobj *)(o))

/* Field numbers for func_set (MAKE_FUNCTION's optional parts). */
enum { FUNC_DEFAULTS = 2, FUNC_KWDEFAULTS = 3, FUNC_CLOSURE = 4, FUNC_ANNOTATIONS = 11 };

extern const type tmpl_function, tmpl_cell, tmpl_method, tmpl_code;

/* PyFunction_New: a tracked function of `code` in `globals`. */
object *func_new(vm *v, object *code, object *globals, object *module_name);
/* Sets an optional field, taking over the interpreter's reference to value. */
void func_set(vm *v, object *f, int field, object *value);
object *cell_new(vm *v, object *content);      /* steals content (may be NULL) */
void cell_set(vm *v, object *cell, object *value); /* steals value (may be NULL) */
object *method_new(vm *v, object *func, object *self);

/* Binds a call's arguments (the interpreter's references, all handed
 * over, also on failure) into locals[0..] of a frame at address `frame`.
 * kwnames: the keyword names (a tuple) of the last arguments, or NULL.
 * Returns 0, or -1 with CPython's TypeError. */
int func_bind(vm *v, object *f, object **locals, uint64_t frame, object *const *args,
              size_t nargs, object *kwnames);
/* too_many_positional's TypeError for the function whose __qualname__ is
 * the str qual, which takes min to max positional arguments, given `given`
 * and kwonly_given keyword-only ones ("f() takes from 1 to 2 positional
 * arguments but 3 were given"): its strs made as CPython makes them (the
 * signature's, the keyword-only part's, then the message with
 * PyUnicode_FromFormat's buffer and the %s words).  Returns -1. */
int func_raise_too_many(vm *v, object *qual, size_t min, size_t max, size_t given, size_t kwonly_given);


#endif
