/*
 * ast.h — the abstract syntax tree of one Python module, as CPython 3.11's
 * ast module builds it (Python/Python.asdl): the same node kinds, fields
 * and positions, so that ast_dump() prints exactly what ast.dump() prints.
 *
 *   ast_module ── arena: every node, sequence and string of one parse
 *       │          (freed at once by ast_module_free)
 *       ├──── identifiers: interned per module; equal names are one
 *       │     ast_ident (compare pointers, or ids to index tables)
 *       └──── body: ast_stmt* ──▶ ast_expr*, ast_arguments, ...
 *
 * Nodes are tagged unions: `kind` says which member of `u` is valid.  A
 * sequence is a count and an array of pointers.  Optional children are
 * NULL.  Positions are CPython's: lines 1-based, columns 0-based in UTF-8
 * bytes, the end exclusive.
 *
 * The parser (parse.h) builds the tree; the symbol table (symtable.h) then
 * fills the fields marked "symtable" and guarantees a bounded depth.
 */
#ifndef HV_AST_H
#define HV_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct symtable_scope;

/* ---- the arena ---------------------------------------------------------------- */

typedef struct ast_arena ast_arena;

/* A new empty arena.  Never NULL (host OOM is fatal). */
ast_arena *ast_arena_new(void);
/* Frees the arena and everything allocated from it. */
void ast_arena_free(ast_arena *a);
/* n zeroed bytes, 8-aligned, valid until the arena is freed.  Never NULL. */
void *ast_alloc(ast_arena *a, size_t n);
/* Bytes reserved from the host so far (chunks included). */
size_t ast_arena_size(const ast_arena *a);

/* ---- identifiers ----------------------------------------------------------- */

typedef struct ast_ident {
    uint32_t id;            /* 0, 1, 2 ... in order of first appearance in the module */
    uint32_t len;           /* bytes, without the terminator */
    char name[];            /* UTF-8, NUL-terminated */
} ast_ident;

/* ---- positions, sequences, operators ---------------------------------------- */

typedef struct ast_loc {
    int32_t line, col;      /* start: lineno, col_offset */
    int32_t end_line, end_col; /* end: end_lineno, end_col_offset */
} ast_loc;

typedef struct ast_expr ast_expr;
typedef struct ast_stmt ast_stmt;
typedef struct ast_arg ast_arg;
typedef struct ast_keyword ast_keyword;
typedef struct ast_alias ast_alias;
typedef struct ast_withitem ast_withitem;
typedef struct ast_comprehension ast_comprehension;
typedef struct ast_handler ast_handler;
typedef struct ast_pattern ast_pattern;
typedef struct ast_match_case ast_match_case;

typedef struct ast_expr_seq { uint32_t n; ast_expr **v; } ast_expr_seq;
typedef struct ast_stmt_seq { uint32_t n; ast_stmt **v; } ast_stmt_seq;
typedef struct ast_arg_seq { uint32_t n; ast_arg **v; } ast_arg_seq;
typedef struct ast_keyword_seq { uint32_t n; ast_keyword **v; } ast_keyword_seq;
typedef struct ast_alias_seq { uint32_t n; ast_alias **v; } ast_alias_seq;
typedef struct ast_withitem_seq { uint32_t n; ast_withitem **v; } ast_withitem_seq;
typedef struct ast_comprehension_seq { uint32_t n; ast_comprehension **v; } ast_comprehension_seq;
typedef struct ast_handler_seq { uint32_t n; ast_handler **v; } ast_handler_seq;
typedef struct ast_ident_seq { uint32_t n; const ast_ident **v; } ast_ident_seq;
typedef struct ast_pattern_seq { uint32_t n; ast_pattern **v; } ast_pattern_seq;
typedef struct ast_match_case_seq { uint32_t n; ast_match_case **v; } ast_match_case_seq;

enum ast_ctx { AST_LOAD = 1, AST_STORE, AST_DEL };
enum ast_boolop { AST_AND = 1, AST_OR };
enum ast_operator {
    AST_ADD = 1, AST_SUB, AST_MULT, AST_MATMULT, AST_DIV, AST_MOD, AST_POW,
    AST_LSHIFT, AST_RSHIFT, AST_BITOR, AST_BITXOR, AST_BITAND, AST_FLOORDIV
};
enum ast_unaryop { AST_INVERT = 1, AST_NOT, AST_UADD, AST_USUB };
enum ast_cmpop {
    AST_EQ = 1, AST_NOTEQ, AST_LT, AST_LTE, AST_GT, AST_GTE, AST_IS, AST_ISNOT,
    AST_IN, AST_NOTIN
};

/* How a Name is loaded, stored or deleted (CPython's compiler_nameop);
 * set by symtable_build. */
enum ast_access {
    AST_ACCESS_UNRESOLVED,  /* symtable_build has not run */
    AST_ACCESS_FAST,        /* LOAD_FAST: slot = index in the scope's varnames */
    AST_ACCESS_DEREF,       /* LOAD_DEREF: slot = index in localsplus (a cell or free var) */
    AST_ACCESS_CLASSDEREF,  /* LOAD_CLASSDEREF: a free variable loaded in a class body */
    AST_ACCESS_GLOBAL,      /* LOAD_GLOBAL: declared global, or an implicit global in a function */
    AST_ACCESS_NAME         /* LOAD_NAME: module and class bodies (dict lookup) */
};

/* ---- constants ------------------------------------------------------------ */

enum ast_const_kind {
    AST_CONST_NONE = 1, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT, AST_CONST_FLOAT, AST_CONST_IMAG, AST_CONST_STR, AST_CONST_BYTES
};

typedef struct ast_constant {
    uint8_t kind;           /* enum ast_const_kind */
    uint8_t base;           /* INT: 2, 8, 10 or 16 */
    uint8_t ident_like;     /* STR: only ASCII [A-Za-z0-9_] (CPython's all_name_chars) */
    uint8_t u_prefix;       /* STR: written u"..." (Constant.kind == 'u') */
    uint32_t len;           /* INT: digits; STR, BYTES: bytes */
    const char *text;       /* INT: digits in `base`, no prefix, no underscores;
                               STR: UTF-8 (a lone surrogate as its 3-byte form);
                               BYTES: the bytes.  NUL-terminated, may hold NULs */
    double value;           /* FLOAT, IMAG (the imaginary part) */
} ast_constant;

/* ---- expressions ----------------------------------------------------------- */

enum ast_expr_kind {
    AST_BOOLOP = 1, AST_NAMEDEXPR, AST_BINOP, AST_UNARYOP, AST_LAMBDA, AST_IFEXP,
    AST_DICT, AST_SET, AST_LISTCOMP, AST_SETCOMP, AST_DICTCOMP, AST_GENERATOREXP,
    AST_AWAIT, AST_YIELD, AST_YIELDFROM, AST_COMPARE, AST_CALL, AST_FORMATTEDVALUE,
    AST_JOINEDSTR, AST_CONSTANT, AST_ATTRIBUTE, AST_SUBSCRIPT, AST_STARRED, AST_NAME,
    AST_LIST, AST_TUPLE, AST_SLICE
};

typedef struct ast_arguments ast_arguments;

struct ast_expr {
    uint8_t kind;           /* enum ast_expr_kind */
    uint8_t ctx;            /* enum ast_ctx: Name Attribute Subscript Starred List Tuple */
    uint8_t parens;         /* parenthesized (a Tuple's parentheses are in its loc) */
    ast_loc loc;
    union {
        struct { uint8_t op; ast_expr_seq values; } boolop;
        struct { ast_expr *target, *value; } namedexpr;
        struct { ast_expr *left; uint8_t op; ast_expr *right; } binop;
        struct { uint8_t op; ast_expr *operand; } unaryop;
        struct {
            ast_arguments *args;
            ast_expr *body;
            struct symtable_scope *scope;   /* symtable */
        } lambda;
        struct { ast_expr *test, *body, *orelse; } ifexp;
        struct { ast_expr_seq keys, values; } dict;     /* key NULL: **value */
        struct { ast_expr_seq elts; } set;
        struct {                            /* ListComp SetComp GeneratorExp */
            ast_expr *elt;
            ast_comprehension_seq generators;
            struct symtable_scope *scope;   /* symtable */
        } comp;
        struct {
            ast_expr *key, *value;
            ast_comprehension_seq generators;
            struct symtable_scope *scope;   /* symtable */
        } dictcomp;
        struct { ast_expr *value; } await;
        struct { ast_expr *value; } yield;  /* Yield (value may be NULL), YieldFrom */
        struct { ast_expr *left; uint8_t *ops; ast_expr_seq comparators; } compare;
        struct { ast_expr *func; ast_expr_seq args; ast_keyword_seq keywords; } call;
        struct {
            ast_expr *value;
            int32_t conversion;             /* -1, 's', 'r' or 'a' */
            ast_expr *format_spec;          /* a JoinedStr, or NULL */
        } formattedvalue;
        struct { ast_expr_seq values; } joinedstr;
        ast_constant constant;
        struct { ast_expr *value; const ast_ident *attr; } attribute;
        struct { ast_expr *value, *slice; } subscript;
        struct { ast_expr *value; } starred;
        struct {
            const ast_ident *id;
            uint8_t access;                 /* enum ast_access (symtable) */
            uint32_t slot;                  /* see enum ast_access (symtable) */
        } name;
        struct { ast_expr_seq elts; } list; /* List and Tuple */
        struct { ast_expr *lower, *upper, *step; } slice;
    } u;
};

/* ---- the other nodes ------------------------------------------------------- */

struct ast_arg {
    const ast_ident *arg;
    ast_expr *annotation;   /* or NULL */
    ast_loc loc;
};

struct ast_arguments {
    ast_arg_seq posonlyargs, args;
    ast_arg *vararg;        /* *args, or NULL */
    ast_arg_seq kwonlyargs;
    ast_expr_seq kw_defaults; /* one per kwonlyarg; NULL: no default */
    ast_arg *kwarg;         /* **kwargs, or NULL */
    ast_expr_seq defaults;  /* for the last positional parameters */
};

struct ast_keyword {
    const ast_ident *arg;   /* NULL for **value */
    ast_expr *value;
    ast_loc loc;
};

struct ast_alias {
    const ast_ident *name;  /* dotted: "a.b.c" is one identifier */
    const ast_ident *asname; /* or NULL */
    ast_loc loc;
};

struct ast_withitem {
    ast_expr *context_expr;
    ast_expr *optional_vars; /* or NULL */
};

struct ast_comprehension {
    ast_expr *target, *iter;
    ast_expr_seq ifs;
    uint8_t is_async;
};

struct ast_handler {        /* ExceptHandler */
    ast_expr *type;         /* or NULL */
    const ast_ident *name;  /* or NULL */
    ast_stmt_seq body;
    ast_loc loc;
};

/* ---- patterns (the match statement) ------------------------------------------- */

enum ast_pattern_kind {
    AST_MATCHVALUE = 1, AST_MATCHSINGLETON, AST_MATCHSEQUENCE, AST_MATCHMAPPING,
    AST_MATCHCLASS, AST_MATCHSTAR, AST_MATCHAS, AST_MATCHOR
};

struct ast_pattern {
    uint8_t kind;           /* enum ast_pattern_kind */
    ast_loc loc;
    union {
        struct { ast_expr *value; } value;          /* MatchValue: a literal or a dotted name */
        struct { uint8_t value; } singleton;        /* MatchSingleton: AST_CONST_NONE, _TRUE, _FALSE */
        struct { ast_pattern_seq patterns; } seq;   /* MatchSequence, MatchOr */
        struct {
            ast_expr_seq keys;
            ast_pattern_seq patterns;
            const ast_ident *rest;                  /* **rest, or NULL */
        } mapping;
        struct {
            ast_expr *cls;
            ast_pattern_seq patterns;
            ast_ident_seq kwd_attrs;
            ast_pattern_seq kwd_patterns;
        } cls;
        struct { const ast_ident *name; } star;     /* MatchStar: NULL for *_ */
        struct {
            ast_pattern *pattern;                   /* NULL: a capture or the wildcard */
            const ast_ident *name;                  /* NULL: the wildcard _ */
        } as;
    } u;
};

/* CPython's WILDCARD_CHECK and WILDCARD_STAR_CHECK: `_` and `*_`, the
 * patterns that bind and test nothing (the symtable and compile agree). */
static inline bool ast_pattern_is_wildcard(const ast_pattern *p)
{
    return p->kind == AST_MATCHAS && !p->u.as.name;
}

static inline bool ast_pattern_is_star_wildcard(const ast_pattern *p)
{
    return p->kind == AST_MATCHSTAR && !p->u.star.name;
}

struct ast_match_case {
    ast_pattern *pattern;
    ast_expr *guard;        /* or NULL */
    ast_stmt_seq body;
};

/* ---- statements ------------------------------------------------------------- */

enum ast_stmt_kind {
    AST_FUNCTIONDEF = 1, AST_ASYNCFUNCTIONDEF, AST_CLASSDEF, AST_RETURN, AST_DELETE,
    AST_ASSIGN, AST_AUGASSIGN, AST_ANNASSIGN, AST_FOR, AST_ASYNCFOR, AST_WHILE,
    AST_IF, AST_WITH, AST_ASYNCWITH, AST_RAISE, AST_TRY, AST_TRYSTAR, AST_ASSERT,
    AST_IMPORT, AST_IMPORTFROM, AST_GLOBAL, AST_NONLOCAL, AST_EXPR, AST_PASS,
    AST_BREAK, AST_CONTINUE, AST_MATCH
};

struct ast_stmt {
    uint8_t kind;           /* enum ast_stmt_kind */
    ast_loc loc;
    union {
        struct {                            /* FunctionDef, AsyncFunctionDef */
            const ast_ident *name;
            ast_arguments *args;
            ast_stmt_seq body;
            ast_expr_seq decorator_list;
            ast_expr *returns;              /* or NULL */
            struct symtable_scope *scope;   /* symtable */
        } funcdef;
        struct {
            const ast_ident *name;
            ast_expr_seq bases;
            ast_keyword_seq keywords;
            ast_stmt_seq body;
            ast_expr_seq decorator_list;
            struct symtable_scope *scope;   /* symtable */
        } classdef;
        struct { ast_expr *value; } ret;    /* Return (value may be NULL) */
        struct { ast_expr_seq targets; } del;
        struct { ast_expr_seq targets; ast_expr *value; } assign;
        struct { ast_expr *target; uint8_t op; ast_expr *value; } augassign;
        struct {
            ast_expr *target, *annotation;
            ast_expr *value;                /* or NULL */
            uint8_t simple;                 /* a plain name, not in parentheses */
        } annassign;
        struct { ast_expr *target, *iter; ast_stmt_seq body, orelse; } loop_for; /* For, AsyncFor */
        struct { ast_expr *test; ast_stmt_seq body, orelse; } cond; /* While, If */
        struct { ast_withitem_seq items; ast_stmt_seq body; } with; /* With, AsyncWith */
        struct { ast_expr *exc, *cause; } raise;  /* both may be NULL */
        struct {                            /* Try, TryStar */
            ast_stmt_seq body;
            ast_handler_seq handlers;
            ast_stmt_seq orelse, finalbody;
        } try_;
        struct { ast_expr *test, *msg; } assert_; /* msg may be NULL */
        struct { ast_alias_seq names; } import;
        struct {
            const ast_ident *module;        /* or NULL (from . import x) */
            ast_alias_seq names;
            int32_t level;                  /* leading dots */
        } importfrom;
        struct { ast_ident_seq names; } names; /* Global, Nonlocal */
        struct { ast_expr *value; } expr;
        struct { ast_expr *subject; ast_match_case_seq cases; } match;
    } u;
};

/* ---- the module -------------------------------------------------------------- */

typedef struct ast_names ast_names;

typedef struct ast_module {
    ast_stmt_seq body;
    ast_arena *arena;       /* owns every node */
    ast_names *names;       /* the identifier table */
    struct symtable_scope *scope; /* the module's scope (symtable) */
} ast_module;

/* An empty module with its arena and identifier table.  Never NULL. */
ast_module *ast_module_new(void);
/* Frees the module, its arena, and every node and identifier. */
void ast_module_free(ast_module *m);

/* The unique identifier of module m spelled s[0..len) (need not be
 * NUL-terminated).  Never NULL. */
const ast_ident *ast_intern(ast_module *m, const char *s, size_t len);
/* The identifier spelled s[0..len) if m has one, else NULL. */
const ast_ident *ast_lookup(const ast_module *m, const char *s, size_t len);
/* Identifiers made so far; ast_ident_at(m, id)->id == id. */
uint32_t ast_ident_count(const ast_module *m);
const ast_ident *ast_ident_at(const ast_module *m, uint32_t id);

/* Node constructors: zeroed nodes of `kind` at `loc` from m's arena. */
ast_expr *ast_expr_new(ast_module *m, int kind, ast_loc loc);
ast_stmt *ast_stmt_new(ast_module *m, int kind, ast_loc loc);
ast_pattern *ast_pattern_new(ast_module *m, int kind, ast_loc loc);
/* True for the statements that own a block (if, while, for, try, with,
 * def, class, match and the async forms): CPython's compound_stmt. */
bool ast_stmt_compound(int kind);

/* ---- printing ---------------------------------------------------------------- */

/* Deepest tree ast_dump prints (the symbol table refuses deeper ones). */
#define AST_DUMP_MAX_DEPTH 10000

/* ast.dump(tree) of Python 3.11 with default arguments, or with
 * include_attributes=True when `attributes` (positions added).  Returns a
 * malloc'd NUL-terminated string, or NULL when the tree is deeper than
 * AST_DUMP_MAX_DEPTH. */
char *ast_dump(const ast_module *m, bool attributes);

/* The AST optimizer's limits (Python/ast_opt.c): what the compiler folds
 * into a constant, and what the symbol table's warnings take as folded. */
#define AST_OPT_MAX_INT_BITS 128        /* MAX_INT_SIZE: safe_multiply, safe_power, safe_lshift */
#define AST_OPT_MAX_STR 4096            /* MAX_STR_SIZE: a str or bytes repeated */
#define AST_OPT_MAX_COLLECTION 256      /* MAX_COLLECTION_SIZE: a tuple repeated */
#define AST_OPT_MAX_TOTAL_ITEMS 1024    /* MAX_TOTAL_ITEMS: check_complexity, nested tuples included */

/* The class names ast uses: "BinOp", "If", "Add", ... */
const char *ast_expr_name(int kind);
const char *ast_stmt_name(int kind);
const char *ast_pattern_name(int kind);

#endif
