/*
 * builtins.h — the builtin functions, the modules heapviz provides (sys,
 * gc, tracemalloc), and the helpers C methods use to check their arguments.
 */
#ifndef HV_BUILTINS_H
#define HV_BUILTINS_H

#include "vm.h"

/* One of a module's attributes (module_add). */
typedef struct module_entry {
    object *name;           /* interned */
    object *value;          /* a static object */
    bool owned;             /* the module frees value with itself; else its owner does
                               (the vm's small ints, str_static_own's strs, builtins_fini) */
} module_entry;

typedef struct moduleobj {
    object ob;
    const char *name;
    module_entry *entries;  /* its attributes besides module_dunder's */
    uint32_t n;
    size_t cap;             /* room in entries */
    object *name_str;       /* md_dict's __name__ when python3's is not interned (static),
                               else NULL: the interned str of its text */
    object *doc_str;        /* md_dict's __doc__ (static), or NULL: None */
} moduleobj;

#define MODULE(o) ((moduleobj *)(o))

/* Adds the attribute `name` = value to mo (the module frees value with
 * itself when owned).  Before the program; cannot fail. */
void module_add(vm *v, moduleobj *mo, const char *name, object *value, bool owned);

extern const type tmpl_module;

struct codeobj;
struct frame;

void builtins_init(vm *v);
void builtins_fini(vm *v);
/* The builtin called `name` (interned), borrowed, or NULL; NULL with
 * NotImplementedError for a builtin of CPython's heapviz refuses by name
 * (__import__, __build_class__, __debug__). */
object *builtins_lookup(vm *v, object *name);
/* A module's attribute (borrowed), or NULL. */
object *module_lookup(vm *v, object *module, object *name);
/* How _Py_Specialize_Precall sorts a builtin function's def (eval.c's
 * precall_unchecked): BP_LEN for len (PRECALL_NO_KW_LEN), BP_FAST and
 * BP_FAST_KW for the builtins bltinmodule.c declares METH_FASTCALL and
 * METH_FASTCALL | METH_KEYWORDS, BP_OTHER for the rest and for a def that
 * is not the builtins module's. */
enum builtin_precall { BP_OTHER, BP_LEN, BP_FAST, BP_FAST_KW };
enum builtin_precall builtins_precall(const method_def *def);
/* PyFrame_FastToLocalsWithError over the locals lp of code co: the dict
 * *dict (made on first use, held by owner under label) refilled — a bound
 * name set (a cell's contents), an unbound one deleted.  A new reference,
 * or NULL on MemoryError. */
object *builtins_fast_to_locals(vm *v, const struct codeobj *co, object *const *lp, object **dict,
                                uint64_t owner, uint64_t label);
/* locals() in frame f (a struct frame, eval.h), and a running frame's
 * f_locals: a module or class body's namespace, else its f_locals dict,
 * refilled.  A new reference, or NULL. */
object *builtins_frame_locals(vm *v, struct frame *f);
/* `import name`: a new reference to the module, or NULL with python3's
 * ModuleNotFoundError for anything but sys, gc and tracemalloc (the
 * compiler refuses the modules python3 has: modfind.h).  sys is in
 * sys.modules from start-up, so its import asks __spec__._initializing
 * first (spec_initializing_probe); gc and tracemalloc, once loaded, have
 * the attribute (False) and make nothing. */
object *import_module(vm *v, object *name);
/* Whether the len bytes at name are one of the modules heapviz simulates
 * (sys, gc, tracemalloc, _weakref: import_module's). */
int builtins_module_known(const char *name, size_t len);
/* IMPORT_NAME with a fromlist (`from name import ...`): import_module,
 * then the fromlist's look for a package's __path__.  A new reference to
 * the module, or NULL with the exception. */
object *import_module_from(vm *v, object *name);
/* IMPORT_NAME of a relative import (`from . import x`, `from .m import
 * y`) run in frame f: PyImport_ImportModuleLevelObject's resolve_name
 * for __main__, which has no package: the ImportWarning it issues (and
 * the default filters ignore: warn.h), then "attempted relative import
 * with no known parent package".  Always NULL with the exception; a
 * module with a package set is refused by name. */
object *import_relative(vm *v, struct frame *f);
/* The name under which module holds value (the first), or NULL. */
const char *module_attr_name(vm *v, object *module, const object *value);
/* The first public name python3's `from NAME import *` binds (the module
 * NAME of len bytes: modstar.inc) that heapviz's module lacks, or NULL
 * when it has them all or python3 has no such module among those
 * heapviz simulates: the compiler refuses the statement by it. */
const char *builtins_star_unmodelled(vm *v, const char *name, size_t len);
/* IMPORT_STAR at module level (import_all_from): the module's __all__
 * looked up (its AttributeError made and cleared), the keys of its
 * __dict__ as a new list, then each that does not start with '_' bound
 * in globals to the module's attribute, in the dict's order.  0, or -1
 * with the exception. */
int import_star(vm *v, object *module, object *globals);
/* IMPORT_FROM: module's attribute name (a new reference), or NULL with
 * the exception: python3's ImportError ("cannot import name ...", its
 * name and path) for a name the module lacks. */
object *import_from(vm *v, object *module, object *name);
/* import_ensure_initialized for sys, and what sys.displayhook does first,
 * whatever it echoes (its PyImport_GetModule("builtins")): both read a
 * start-up module's __spec__._initializing, which that ModuleSpec lacks and
 * 3.11's _PyModuleSpec_IsInitializing asks with PyObject_GetAttr, so an
 * AttributeError (message, instance, its args 1-tuple) is made and
 * cleared.  After a full collection has emptied the tuple free list, the
 * 1-tuple is a new GC object that ends on the free list: one count more
 * in generation 0 and one 48-byte block kept (python3 -i and `import sys`;
 * measured with gc.get_count() and sys._debugmallocstats()). */
void spec_initializing_probe(vm *v);
/* What module_getattro does before its own AttributeError for a name
 * module lacks: PyObject_GenericGetAttr's AttributeError ('module' object
 * has no attribute), made whole (set_attribute_error_context) and
 * cleared; then _PyModuleSpec_IsInitializing reads __spec__._initializing,
 * which sys's spec lacks (spec_initializing_probe's error).  gc's and
 * tracemalloc's specs have it, and every spec has
 * _uninitialized_submodules: nothing more is made. */
void module_missing_probes(vm *v, object *module, object *name);
/* The console's echo of an expression statement (sys.displayhook). */
int print_expr(vm *v, object *x);
/* Writes text to the program's stdout (fd 1) or stderr (fd 2): 0, or -1
 * with the OSError the host's write failed with (stdout only: a closed
 * pipe raises BrokenPipeError). */
int vm_write(vm *v, int fd, const char *p, size_t n);
/* file.flush() after the simulated stream's own flush: the host's stdout
 * written out now (interp.h's sync); 0, or -1 with the OSError of a
 * failed write (BrokenPipeError), as vm_write. */
int vm_sync(vm *v, int fd);

/* Argument checks with CPython's messages; each returns 0 or -1 (TypeError
 * set).  `def` names the function as its messages do, and its calling
 * convention (METH_O, METH_NOARGS, METH_CLINIC, METH_PARSE: object.h) picks
 * the words of a count error; without one, a builtin function's: "f() takes
 * no arguments (1 given)" for none, "f() takes exactly one argument (0
 * given)" for one, "f expected at least 2 arguments, got 1" otherwise.
 * Keywords are refused as "DISPLAY() takes no keyword arguments". */
int args_exact(vm *v, const method_def *def, size_t nargs, object *kwnames, size_t n);
int args_range(vm *v, const method_def *def, size_t nargs, object *kwnames, size_t min, size_t max);
int args_no_keywords(vm *v, const method_def *def, object *kwnames);
/* _PyArg_CheckPositional's count error for a function or type named fn:
 * "fn expected at most 1 argument, got 2" (PyErr_Format's writer).
 * Returns NULL. */
object *args_count_error(vm *v, const char *fn, size_t nargs, size_t min, size_t max);
/* _PyArg_NoKwnames' error, a vectorcall's: "fn() takes no keyword
 * arguments" (PyErr_Format's writer, the format "%s() ...").  Returns
 * NULL. */
object *args_no_kwnames(vm *v, const char *fn);
/* _PyArg_NoKeywords' error, a tp_new's or tp_init's (a kwargs dict): the
 * same words from the format "%.200s() ...", 4 characters longer, so its
 * writer's buffer is 4 bytes bigger.  Returns NULL. */
object *args_no_kwargs(vm *v, const char *fn);
/* _PyArg_BadArgument: "fname() displayname must be expected, not T" (T
 * the short name of arg's type, or None), PyErr_Format's writer.  Returns
 * NULL. */
object *args_bad_argument(vm *v, const char *fname, const char *displayname, const char *expected,
                          const object *arg);
/* _PyObject_FunctionStr(fn): "module.qualname()", "qualname()" when the
 * module is builtins or None (a builtin's: args_no_keywords' naming; a
 * bound method's qualname made now), or str(fn) when fn has no
 * __qualname__.  A new reference, or NULL with the exception. */
object *args_function_str(vm *v, object *fn);
/* Drops the method descriptors' d_qualname strs argument errors made and
 * kept (at the vm's end; tests that want an empty heap). */
void args_qualnames_free(vm *v);
/* Whether a call passed no keywords (kwnames NULL or empty): the cheap
 * test a method makes before it looks up the row that words an error. */
int args_keywordless(const object *kwnames);

/* The parameters of an Argument Clinic function that takes keywords:
 * names[nnames] (the first `posonly` are positional-only, their names
 * unused), of which the first minpos are required and at most maxpos may be
 * given by position; the minkw after maxpos are required keyword-only. */
typedef struct argspec {
    const char *const *names;
    uint8_t nnames, posonly, minpos, maxpos, minkw;
} argspec;

/* Binds a call's arguments (the vector convention: positional, then the
 * values of kwnames) to sp's parameters, out[i] NULL when not given, with
 * _PyArg_UnpackKeywords' messages naming def->name: "f() takes at most 2
 * arguments (5 given)", "'zz' is an invalid keyword argument for f()",
 * "f() missing required argument 'x' (pos 1)".  0, or -1 with a TypeError. */
/* parser_init, on an Argument Clinic function's first call that misses
 * the fast path (a keyword, or a positional count out of range): the
 * parser's keyword tuple, kept for good, each name made as a str
 * (PyUnicode_FromString) and interned: CPython's own name or one the
 * program interned already replaces it (the new str freed), else it is
 * the name from then on.  CPython 3.11's start-up initializes none of the
 * parsers heapviz has (measured: the name's refcount rises by one at the
 * first such call); `import tracemalloc` does list.sort's.  Once per
 * function (def: its own row); 0, or -1 with MemoryError. */
int args_parser_init(vm *v, const method_def *def, const argspec *sp);
/* vgetargskeywords (PyArg_ParseTupleAndKeywords) for a kwlist of len
 * names, the first min required, none positional-only: out[i] the
 * argument (args[0..npos) positional, then the keywords' values) or NULL.
 * Its count error first; then, while keywords are left, each name past
 * the positional ones looked up as a str made for it
 * (_PyDict_GetItemStringWithError); the first missing required one; then
 * each positional one's name looked up the same way (given by name and
 * position); then the first keyword it did not match.  0, or -1 with
 * CPython's TypeError. */
int args_keywords(vm *v, const char *fn, const char *const *kwlist, size_t len, size_t min,
                  object *const *args, size_t npos, object *kwnames, object **out);
/* args_keywords of a function whose nlist keywords are all keyword-only
 * ("|$O...": min, max, zip), with no positional argument to parse. */
int args_kwonly(vm *v, const char *fn, const char *const *kwlist, size_t nlist, object *const *kwvals,
                object *kwnames, object **out);
int args_unpack(vm *v, const method_def *def, object *const *args, size_t nargs, object *kwnames,
                const argspec *sp, object **out);

/* How _PyArg_BadArgument names an argument's type: "None" for None, else
 * the type's name ("must be str, not None", "... not int"). */
const char *arg_type_name(vm *v, const object *o);

/* The module whose function def is (__self__: want_self) or its __name__
 * (the function's m_module, its __module__), borrowed; NULL without an
 * error when def is no module's function (a type's method), and with
 * NotImplementedError for tracemalloc's (functions of _tracemalloc, a
 * module heapviz does not have). */
object *builtins_function_module(vm *v, const method_def *def, int want_self);

#endif
