/*
 * builtins.h — the builtin functions, the modules heapviz provides (sys,
 * gc, tracemalloc), and the helpers C methods use to check their arguments.
 */
#ifndef HV_BUILTINS_H
#define HV_BUILTINS_H

#include "vm.h"

typedef struct moduleobj {
    object ob;
    const char *name;
    object **names;         /* interned attribute names */
    object **values;        /* their values (static objects) */
    uint32_t n;
} moduleobj;

#define MODULE(o) ((moduleobj *)(o))

extern const type tmpl_module;

void builtins_init(vm *v);
void builtins_fini(vm *v);
/* The builtin called `name` (interned), borrowed, or NULL. */
object *builtins_lookup(vm *v, object *name);
/* A module's attribute (borrowed), or NULL. */
object *module_lookup(vm *v, object *module, object *name);
/* `import name`: a new reference to the module, or NULL with
 * ModuleNotFoundError for anything but sys, gc and tracemalloc. */
object *import_module(vm *v, object *name);
/* The console's echo of an expression statement (sys.displayhook). */
int print_expr(vm *v, object *x);
/* Writes text to the program's stdout (fd 1) or stderr (fd 2). */
void vm_write(vm *v, int fd, const char *p, size_t n);

/* Argument checks with CPython's messages; each returns 0 or -1 (TypeError
 * set).  `def` names the function as its messages do. */
int args_exact(vm *v, const method_def *def, size_t nargs, object *kwnames, size_t n);
int args_range(vm *v, const method_def *def, size_t nargs, object *kwnames, size_t min, size_t max);
int args_no_keywords(vm *v, const method_def *def, object *kwnames);

#endif
