/*
 * emit.h — building code objects: the back end of the compiler.
 *
 * The compiler walks the AST and calls these functions; they keep the
 * instructions, labels, constants, names and exception handlers of one code
 * object, then resolve jumps, compute the stack depth and make the codeobj.
 *
 *   unit (one per file) ── const cache: equal constants are one object in
 *     │                    the whole file (CPython's c_const_cache), so
 *     │                    x = 1000; y = 1000; x is y  holds in a script
 *     └── builder (one per code object: module, function, class body,
 *                  comprehension) ── instructions, labels, consts, names
 */
#ifndef HV_EMIT_H
#define HV_EMIT_H

#include "code.h"
#include "compmem.h"
#include "map.h"
#include "vm.h"

typedef struct unit {
    vm *v;
    object *filename;       /* str, a reference */
    object **consts;        /* every distinct constant made so far (references) */
    size_t *chain;          /* next index with the same key hash, or SIZE_MAX */
    size_t nconsts, constcap;
    map bykey;              /* key hash → first index */
    compmem *mem;           /* CPython's compiler objects simulated (a script), or NULL */
    int shallow, mute;      /* private: merge_const_one (no items), its items */
    map own;                /* what intern_string_constants leaves as it is (pointer → 1):
                               strs a literal of this file interned as themselves,
                               frozensets it remade */
} unit;

typedef struct handler {
    uint32_t label;         /* where to go */
    uint32_t depth;         /* stack depth there */
    uint32_t setup;         /* the instruction after its SETUP_* */
    uint8_t lasti;
} handler;

typedef struct builder {
    unit *u;
    uint32_t *code, *lines;
    uint64_t *cols;         /* per instruction: col (see below) */
    int32_t *handler_of;    /* index in handlers[] per instruction, -1: none */
    size_t ncode, cap;
    uint32_t *labels;       /* label → instruction index (UINT32_MAX: not placed) */
    uint8_t *starts;        /* [0..ncode]: 1 where a label is placed (a block starts) */
    size_t startcap;
    size_t nlabels, labelcap;
    handler *handlers;      /* every handler pushed, by index */
    size_t nhandlers, handlercap;
    int32_t *hstack;        /* the active ones (indexes into handlers[]) */
    size_t nh, hcap;
    object **consts;        /* this code object's co_consts (borrowed from the unit) */
    size_t nconsts, constcap;
    map constidx;           /* a const's address → its index + 1 */
    object **names;         /* co_names (interned, borrowed) */
    size_t nnames, namecap;
    map nameidx;            /* the same for names */
    struct fold {           /* a LOAD_CONST whose tuple build_code makes */
        size_t at;          /* its instruction */
        object **items;     /* the tuple's items (borrowed from the unit) */
        size_t n;
    } *folds;
    size_t nfolds, foldcap;
    struct import_use {     /* an IMPORT_NAME(_FROM) and the constants CPython loads before it */
        size_t at;          /* its instruction */
        uint32_t end;       /* 1 + the larger index of its level and fromlist in consts */
    } *imports;
    size_t nimports, importcap;
    uint32_t line;          /* the line of what is being emitted */
    uint64_t col;           /* its columns: start | end << 16 (0xffff: the end is on a
                               later line), and for co_linetable's key the end line
                               minus the line << 32 | the true end column << 48 */
    int stmt;               /* the next instruction starts a statement */
    size_t tail;            /* where the implicit `return None` ending a body starts
                               (CPython's exit block without a line number), 0: none */
} builder;

void unit_init(unit *u, vm *v, object *filename);
void unit_free(unit *u);
/* The unit's object equal to c (same type and value, recursively for
 * tuples and frozensets; 0.0 and -0.0, 1 and True are different), or c
 * itself, now kept by the unit (a new non-empty frozenset: a second one
 * made of its merged items, as merge_consts_recursive does).  Takes over
 * the reference to c; returns a borrowed object. */
object *unit_const(unit *u, object *c);
/* c, a str constant of this file, was interned as itself (CPython's
 * code object interns that very object: no other was interned before). */
void unit_own_str(unit *u, object *c);

void build_init(builder *b, unit *u);
void build_free(builder *b);
/* Marks the next instruction as the start of a statement at `line`. */
void build_stmt(builder *b, uint32_t line);
/* Sets the source position of what follows. */
void build_at(builder *b, uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col);
void build_op(builder *b, unsigned op, uint32_t arg);
/* UNPACK_SEQUENCE n, unless the instruction before it is BUILD_TUPLE n in
 * the same block: then CPython 3.11's optimize_basic_block makes no tuple,
 * and neither does this: nothing is left of the pair for n = 1, SWAP n for
 * n = 2 or 3 (a, b = b, a).  Returns that SWAP's index, else BUILD_NO_SWAP. */
#define BUILD_NO_SWAP SIZE_MAX
size_t build_unpack(builder *b, uint32_t n);
/* apply_static_swaps, called once the stores after the SWAP at `swap` are
 * emitted: when the n instructions after it are STORE_FAST or POP_TOP on
 * one line, the first and the nth trade places and the SWAP goes, so a
 * function's  a, b = b, a  stores b first. */
void build_static_swap(builder *b, size_t swap);
/* optimize_basic_block's SWAP handling for the instructions from `from`
 * on (a match statement's captures): each run of SWAPs reduced by
 * swaptimize, then applied statically where stores or pops follow on one
 * line (apply_static_swaps); the SWAPs that go become NOPs. */
void build_swaps(builder *b, size_t from);
uint32_t build_label(builder *b);
void build_place(builder *b, uint32_t label);
/* A jump instruction to a label (resolved by build_code). */
void build_jump(builder *b, unsigned op, uint32_t label);
/* The index of c in this code's constants (c as unit_const returned it). */
uint32_t build_const(builder *b, object *c);
/* unit_const + build_const + LOAD_CONST. */
void build_load_const(builder *b, object *c);
/* LOAD_CONST of the tuple of these n constants (unit_const's, borrowed):
 * CPython emits LOAD_CONSTs and BUILD_TUPLE (see build_tuple) and its
 * optimizer folds them when the code is assembled
 * (fold_tuple_on_constants): the tuple is made and merged then, and
 * appended to co_consts. */
void build_load_folded(builder *b, object **items, size_t n);
/* BUILD_TUPLE n, or what CPython 3.11's optimize_basic_block makes of it
 * behind n LOAD_CONSTs in its block (fold_tuple_on_constants, wherever the
 * compiler emits one: a call's positional tuple beside **kwargs,
 * annotations, defaults): the loads NOPs, the tuple one constant
 * (build_load_folded). */
void build_tuple(builder *b, uint32_t n);
/* IMPORT_NAME or IMPORT_NAME_FROM of co_names[name], after the level (0)
 * and the fromlist (None, or the tuple of the names) CPython loads by
 * LOAD_CONST before it: heapviz's op takes neither, so level and fromlist
 * are their build_const indexes, kept in co_consts as long as the op is
 * (trim_unused_consts). */
void build_import(builder *b, unsigned op, uint32_t name, uint32_t level, uint32_t fromlist);
uint32_t build_name(builder *b, object *interned);
/* Instructions emitted between push and pop that raise go to label with
 * the stack cut to depth (and the raising offset pushed when lasti). */
void build_push_handler(builder *b, uint32_t label, uint32_t depth, int lasti);
void build_pop_handler(builder *b);

typedef struct code_shape {
    object *name, *qualname;        /* borrowed */
    object **localsplusnames;       /* its nlocalsplus str (the references are
                                       taken over): the tuple is made after
                                       co_consts, as makecode makes it */
    uint32_t nlocalsplus;
    uint8_t *kinds;                 /* LP_* per slot (ownership taken) */
    uint32_t nlocals, argcount, kwonlyargcount, flags, firstlineno;
    int module;                     /* the module's own code (its RESUME has line 0) */
} code_shape;

/* Resolves jumps, computes the stack depth, builds the exception table and
 * makes the code object (on the simulated heap).  NULL with MemoryError. */
object *build_code(builder *b, const code_shape *shape);

/* The stack effect of an instruction; `jump` selects the branch taken. */
int op_stack_effect(unsigned op, uint32_t arg, int jump);

#endif
