/*
 * symtable.h — scopes and names of a parsed module, resolved as CPython
 * 3.11 resolves them (Python/symtable.c), plus the checks CPython's
 * compiler makes before it emits code (Python/compile.c).
 *
 *   module scope ── function, class, lambda, comprehension scopes (a tree;
 *                   each also reachable from its AST node's `scope`)
 *        each scope: its symbols (flags + resolved scope), co_varnames,
 *                    co_cellvars, co_freevars, the localsplus layout
 *   every Name node: how to load/store/delete it (ast_access) and its slot
 *
 * After symtable_build succeeds:
 *   1. every FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp,
 *      SetComp, DictComp and GeneratorExp node has its scope, every Name
 *      its access and slot;
 *   2. no path from the root has more than SYMTABLE_MAX_DEPTH statement
 *      and expression nodes (CPython's limit), so a recursive walk of the
 *      tree is safe;
 *   3. the program raises none of the SyntaxErrors CPython's symtable and
 *      compiler raise ('return' outside function, no binding for nonlocal,
 *      keyword argument repeated, ...).
 * All of it lives in the module's arena: ast_module_free frees it.
 */
#ifndef HV_SYMTABLE_H
#define HV_SYMTABLE_H

#include "ast.h"
#include "lex.h"

/* CPython's compiler recursion limit: 1000 (sys.getrecursionlimit()) times
 * COMPILER_STACK_FRAME_SCALE, at the start of a script. */
#define SYMTABLE_MAX_DEPTH 3000

enum symtable_kind {
    SYMTABLE_MODULE, SYMTABLE_FUNCTION, SYMTABLE_CLASS, SYMTABLE_LAMBDA,
    SYMTABLE_LISTCOMP, SYMTABLE_SETCOMP, SYMTABLE_DICTCOMP, SYMTABLE_GENEXPR
};

/* Where a name lives (CPython's LOCAL, GLOBAL_EXPLICIT, ... scopes). */
enum symtable_where {
    SYMTABLE_LOCAL = 1,     /* a local of this scope */
    SYMTABLE_GLOBAL_EXPLICIT, /* declared `global` */
    SYMTABLE_GLOBAL_IMPLICIT, /* not bound in any enclosing function */
    SYMTABLE_FREE,          /* bound in an enclosing function (a closure variable) */
    SYMTABLE_CELL           /* a local that nested scopes use */
};

/* How a name is used in its scope (CPython's DEF_* flags). */
#define SYMTABLE_DEF_GLOBAL 0x001   /* global statement */
#define SYMTABLE_DEF_LOCAL 0x002    /* assigned */
#define SYMTABLE_DEF_PARAM 0x004    /* a parameter */
#define SYMTABLE_DEF_NONLOCAL 0x008 /* nonlocal statement */
#define SYMTABLE_USE 0x010          /* loaded */
#define SYMTABLE_DEF_FREE 0x020     /* free in a nested scope (pass-through) */
#define SYMTABLE_DEF_FREE_CLASS 0x040 /* bound in a class and free in a method */
#define SYMTABLE_DEF_IMPORT 0x080   /* bound by an import */
#define SYMTABLE_DEF_ANNOT 0x100    /* annotated */
#define SYMTABLE_DEF_COMP_ITER 0x200 /* a comprehension's iteration variable */

typedef struct symtable_symbol {
    const ast_ident *name;  /* as the scope stores it: private names mangled */
    uint16_t flags;         /* SYMTABLE_DEF_*, SYMTABLE_USE */
    uint8_t where;          /* enum symtable_where */
    int32_t slot;           /* LOCAL in a function: index in varnames (-1: never
                               compiled); CELL, FREE: index in localsplus; else -1 */
    ast_loc directive;      /* its global/nonlocal statement, if any */
} symtable_symbol;

typedef struct symtable_scope symtable_scope;

struct symtable_scope {
    uint8_t kind;           /* enum symtable_kind */
    uint8_t nested;         /* a function scope inside a function scope */
    uint8_t generator;      /* contains yield (a generator function) */
    uint8_t coroutine;      /* async def, or an asynchronous comprehension */
    uint8_t varargs;        /* has *args */
    uint8_t varkeywords;    /* has **kwargs */
    uint8_t child_free;     /* a nested scope has free variables */
    uint8_t needs_class_closure; /* a class whose methods use __class__ (or super) */
    const ast_ident *name;  /* co_name: "<module>", the def or class name,
                               "<lambda>", "<listcomp>", "<setcomp>",
                               "<dictcomp>", "<genexpr>" */
    const ast_ident *private_name; /* the class whose __names are mangled here, or NULL */
    ast_loc loc;            /* the node that opens the scope */
    symtable_scope *parent; /* NULL for the module */
    symtable_scope **children; /* in the order CPython's symtable creates them */
    uint32_t nchildren;
    symtable_symbol *symbols; /* every name used in the scope */
    uint32_t nsymbols;
    uint32_t ndirectives;   /* names its global/nonlocal statements declare, each
                               time (symtable_record_directive's records) */
    const ast_ident **varnames; /* co_varnames: parameters (positional,
                               keyword-only, *args, **kwargs), then the fast
                               locals in the order the compiler first meets them */
    uint32_t nvarnames;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    const ast_ident **cellvars; /* co_cellvars, sorted */
    uint32_t ncellvars;
    const ast_ident **freevars; /* co_freevars, sorted */
    uint32_t nfreevars;
    uint32_t nlocalsplus;   /* varnames + cells that are not parameters + frees */
    const ast_module *module; /* private: the module (for mangled lookups) */
    uint32_t *index;        /* private: the symbol lookup table */
    uint32_t index_mask;    /* private */
};

typedef struct symtable_result {
    symtable_scope *top;    /* the module's scope, or NULL after an error */
    lex_error err;          /* SyntaxError or RecursionError, like CPython's */
    lex_warning *warnings;  /* the compiler's SyntaxWarnings, in order */
    size_t nwarnings;
} symtable_result;

/* Resolves the scopes of m, a module returned by parse_module(), and makes
 * CPython's compile-time checks in CPython's order.  src[0..len) is the
 * file it was parsed from: error and warning messages quote its lines.
 * Fills *r (release with symtable_result_free); warnings found before an
 * error are kept, as python3 prints them before the error. */
void symtable_build(ast_module *m, const char *src, size_t len, symtable_result *r);

/* Frees the error and warnings of *r (the scopes belong to the module). */
void symtable_result_free(symtable_result *r);

/* The symbol `name` (not mangled yet) of scope s, or NULL. */
const symtable_symbol *symtable_lookup(const symtable_scope *s, const ast_ident *name);

/* How the compiled code of scope s loads (load) or stores/deletes a name
 * (not mangled yet), with its slot in *slot (see ast_access).  For names a
 * scope binds without a Name node: def and class names, import names,
 * except ... as names. */
enum ast_access symtable_access(const symtable_scope *s, const ast_ident *name, bool load,
                                uint32_t *slot);

/* CPython's _Py_Mangle on text: the private name s (n bytes) of class cls
 * ("__x" in "_C") mangled ("_C__x", *len bytes, malloc'd), or NULL when it
 * is not private: "__x__", a dotted name, or a class named only "_"s.
 * class.c mangles __slots__ with it at run time. */
char *symtable_mangle_text(const char *cls, const char *s, size_t n, size_t *len);
/* _Py_Mangle for the compiler: "__x" inside class "C" is "_C__x".  Returns
 * name itself when it is not private (or class_name is NULL). */
const ast_ident *symtable_mangle(ast_module *m, const ast_ident *class_name,
                                 const ast_ident *name);

#endif
