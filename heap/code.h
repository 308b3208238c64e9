/*
 * code.h — compiled code: the instruction set and the code object.
 *
 * The instructions are CPython 3.11's where the difference matters for
 * memory (LOAD_METHOD instead of a bound method, BUILD_LIST + LIST_EXTEND of
 * a constant tuple for [1, 2, 3], BUILD_CONST_KEY_MAP, KW_NAMES + CALL…), so
 * that the objects a program creates, and when it drops them, are CPython's.
 * Encoding: one 32-bit word per instruction:
 *
 *   bits 0..6   opcode
 *   bit  7      STMT: the instruction starts a statement (a step)
 *   bits 8..31  argument (24 bits; jump targets are instruction indexes)
 *
 * Exceptions use a table, as 3.11 does: an instruction in [start, end)
 * that raises jumps to `target` with the value stack cut to `depth` (plus
 * the instruction offset when `lasti`), the exception pushed.
 */
#ifndef HV_CODE_H
#define HV_CODE_H

#include "object.h"

enum opcode {
    OP_NOP,
    OP_POP_TOP,             /* pop */
    OP_PUSH_NULL,           /* push NULL (before a callable that is not a method) */
    OP_COPY,                /* push a new reference to stack[-arg] */
    OP_SWAP,                /* swap TOS and stack[-arg] */
    OP_LOAD_CONST,          /* consts[arg] */
    OP_LOAD_FAST,           /* locals[arg]; UnboundLocalError if unset */
    OP_STORE_FAST,
    OP_DELETE_FAST,
    OP_LOAD_NAME,           /* names[arg] in locals (class body), globals, builtins */
    OP_STORE_NAME,
    OP_DELETE_NAME,
    OP_LOAD_GLOBAL,         /* names[arg >> 1] in globals, builtins; NULL pushed first if arg & 1 */
    OP_STORE_GLOBAL,
    OP_DELETE_GLOBAL,
    OP_LOAD_DEREF,          /* cell localsplus[arg] */
    OP_STORE_DEREF,
    OP_DELETE_DEREF,
    OP_LOAD_CLOSURE,        /* the cell object itself */
    OP_LOAD_CLASSDEREF,     /* class body: locals dict, then the cell */
    OP_MAKE_CELL,           /* localsplus[arg] = cell(localsplus[arg]) */
    OP_COPY_FREE_VARS,      /* the closure's cells into the frame */
    OP_LOAD_ATTR,           /* getattr(TOS, names[arg]) */
    OP_STORE_ATTR,          /* TOS.names[arg] = TOS1 */
    OP_DELETE_ATTR,
    OP_LOAD_METHOD,         /* pushes (method, self) or (NULL, attribute) */
    OP_BINARY_OP,           /* arg: enum binop (+ NB_INPLACE) */
    OP_UNARY_NEGATIVE,
    OP_UNARY_POSITIVE,
    OP_UNARY_INVERT,
    OP_UNARY_NOT,
    OP_COMPARE_OP,          /* arg: CMP_* */
    OP_IS_OP,               /* arg 1: is not */
    OP_CONTAINS_OP,         /* arg 1: not in */
    OP_BINARY_SUBSCR,
    OP_STORE_SUBSCR,        /* TOS1[TOS] = TOS2 */
    OP_DELETE_SUBSCR,
    OP_BUILD_SLICE,         /* arg 2 or 3 */
    OP_BUILD_TUPLE,
    OP_BUILD_LIST,
    OP_BUILD_SET,
    OP_BUILD_MAP,           /* arg pairs */
    OP_BUILD_CONST_KEY_MAP, /* arg values + a tuple of keys */
    OP_BUILD_STRING,        /* concatenate arg strs (f-strings) */
    OP_LIST_APPEND,         /* stack[-arg].append(TOS) (comprehensions) */
    OP_SET_ADD,
    OP_MAP_ADD,
    OP_LIST_EXTEND,
    OP_SET_UPDATE,
    OP_DICT_UPDATE,
    OP_LIST_TO_TUPLE,
    OP_FORMAT_VALUE,        /* arg: conversion (0, 1 str, 2 repr, 3 ascii) | 4 with spec */
    OP_UNPACK_SEQUENCE,
    OP_UNPACK_EX,           /* arg: before | after << 8 */
    OP_JUMP,                /* to arg */
    OP_POP_JUMP_IF_FALSE,
    OP_POP_JUMP_IF_TRUE,
    OP_POP_JUMP_IF_NONE,
    OP_POP_JUMP_IF_NOT_NONE,
    OP_JUMP_IF_FALSE_OR_POP,
    OP_JUMP_IF_TRUE_OR_POP,
    OP_GET_ITER,
    OP_FOR_ITER,            /* push next(TOS), or pop TOS and jump to arg */
    OP_KW_NAMES,            /* consts[arg]: the keyword names of the next CALL */
    OP_CALL,                /* arg positional + keyword arguments */
    OP_MAKE_FUNCTION,       /* arg: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure */
    OP_RETURN_VALUE,
    OP_RAISE_VARARGS,       /* arg 0 (re-raise), 1, or 2 (from) */
    OP_RERAISE,
    OP_PUSH_EXC_INFO,
    OP_POP_EXCEPT,
    OP_CHECK_EXC_MATCH,
    OP_LOAD_ASSERTION_ERROR,
    OP_LOAD_BUILD_CLASS,
    OP_IMPORT_NAME,         /* names[arg] */
    OP_IMPORT_NAME_FROM,    /* names[arg], for a from-import: CPython's IMPORT_NAME with a fromlist */
    OP_IMPORT_FROM,         /* TOS's attribute names[arg] pushed, as a from-import looks it up */
    OP_RETURN_GENERATOR,
    OP_YIELD_VALUE,
    OP_BEFORE_WITH,
    OP_WITH_EXCEPT_START,
    OP_PRINT_EXPR,          /* console: echo a non-None value */
    OP_DICT_MERGE,          /* stack[-arg] merged with TOS, a duplicate key an error (f(**m)) */
    OP_CALL_FUNCTION_EX,    /* [NULL, callable, args tuple, kwargs dict if arg & 1] */
    OP_SETUP_ANNOTATIONS,   /* locals()['__annotations__'] = {} unless it exists */
    OP_GET_YIELD_FROM_ITER, /* yield from: TOS a generator as it is, else iter(TOS) */
    OP_SEND,                /* [receiver, v]: send v; its next value pushed, or its return
                             * value replaces it and the jump to arg is taken */
    OP_JUMP_NO_INTERRUPT,   /* jump to arg, no eval-breaker check (the yield from loop) */
    OP_IMPORT_NAME_REL,     /* names[arg], for a relative from-import (level > 0) */
    OP_GET_LEN,             /* push len(TOS) (TOS stays) */
    OP_MATCH_SEQUENCE,      /* push whether TOS is a sequence for a pattern (TOS stays) */
    OP_MATCH_MAPPING,       /* push whether TOS is a mapping for a pattern (TOS stays) */
    OP_MATCH_KEYS,          /* [subject, keys]: push the values of the keys, or None */
    OP_MATCH_CLASS,         /* [subject, cls, names] -> the attributes (arg positional
                             * ones first), or None */
    OP_IMPORT_STAR,         /* TOS (a module) popped, its public names bound in the globals */
    OP_NOPCODES
};

#define INSTR_STMT 0x80u
#define INSTR_OP(w) ((w) & 0x7fu)
#define INSTR_ARG(w) ((w) >> 8)
#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_MAX_ARG 0xffffffu

_Static_assert(OP_NOPCODES <= 0x80, "opcodes fit 7 bits");

typedef struct exc_entry {
    uint32_t start, end;    /* instructions covered */
    uint32_t target;        /* the handler */
    uint32_t depth;         /* value-stack depth at the handler */
    uint8_t lasti;          /* push the raising instruction's index too */
} exc_entry;

/* Code flags (CPython's CO_*). */
enum {
    CO_OPTIMIZED = 1, CO_NEWLOCALS = 2, CO_VARARGS = 4, CO_VARKEYWORDS = 8,
    CO_NESTED = 16, CO_GENERATOR = 32,
};

/* Kinds of the localsplus slots. */
enum { LP_LOCAL = 1, LP_CELL = 2, LP_FREE = 4 };

/* sys.getsizeof of a code object whose co_code has `units` code units:
 * PyCodeObject's 184 bytes and 2 per unit, rounded as _PyObject_VAR_SIZE. */
static inline uint64_t code_size(uint32_t units)
{
    return (184 + 2 * (uint64_t)units + 7) & ~(uint64_t)7;
}

typedef struct codeobj {
    object ob;
    uint32_t *code;         /* instructions */
    uint32_t *lines;        /* source line of each instruction */
    uint32_t *cols;         /* column span of each instruction: start | end << 16 */
    uint32_t ncode;
    uint32_t units;         /* CPython's co_code length in code units (its size; emit.c) */
    exc_entry *exctab;
    uint32_t nexc;
    object *exctable;       /* co_exceptiontable when CPython's is empty: the b'' the file's
                               constant cache held first (emit.c), a reference; else NULL */
    object *consts;         /* tuple */
    object *names;          /* tuple of interned str: globals, attributes */
    object *localsplusnames;/* tuple of str: locals, then cells, then frees */
    uint8_t *localspluskinds;
    uint32_t nlocals, nlocalsplus;
    uint32_t argcount, kwonlyargcount;
    uint32_t posonlyargcount; /* the first parameters that no keyword can name */
    uint32_t flags;         /* CO_* */
    uint32_t stacksize;
    uint32_t firstlineno;
    object *name, *qualname, *filename;
    uint32_t warm;          /* RESUMEs and JUMP_BACKWARDs run so far (code_warm) */
    struct adaptive *adapt; /* per instruction, once quickened (eval.c), or NULL */
} codeobj;

/* Where one BINARY_OP +, - or * (or one COMPARE_OP) stands in CPython 3.11's specializing
 * life (Python/specialize.c, ceval.c), from quickening on: ADAPTIVE waits
 * `counter` executions, then specializes on what it sees; a specialized
 * form runs while its guard holds, and after `counter` misses (53 at
 * first) turns ADAPTIVE again with a wait of 31.  A failed specialization
 * doubles the wait (2^backoff - 1, backoff at most 12).  The forms whose
 * difference python3 shows: INPLACE_ADD_UNICODE (str_append_in_place), and
 * the int and float ones, which drop their right operand first (eval.c). */
enum adaptive_kind {
    AD_ADAPTIVE, AD_ADD_UNICODE, AD_INPLACE_ADD_UNICODE, AD_INT, AD_FLOAT,
    AD_UNPACK_TUPLE, AD_UNPACK_LIST,        /* UNPACK_SEQUENCE's (TWO_TUPLE is TUPLE's twin) */
    AD_CMP_INT, AD_CMP_FLOAT, AD_CMP_STR,   /* COMPARE_OP_*_JUMP (eval.c's compare_form) */
    AD_CMP_PLAIN                            /* COMPARE_OP before no conditional jump: for good */
};

typedef struct adaptive {
    uint8_t kind;           /* enum adaptive_kind */
    uint8_t backoff;        /* the exponent of the last wait */
    uint16_t counter;       /* ADAPTIVE: executions left to wait; else misses left */
} adaptive;

/* CPython 3.11 quickens a code object when its warm-up count reaches 8
 * (_PyCode_Warmup: one per RESUME, at a call or a generator's resumption,
 * and one per JUMP_BACKWARD, a loop's back edge); from then on each
 * adaptive instruction specializes the first time it runs.  The
 * specializations heapviz's heap can tell apart: PRECALL_NO_KW_STR_1,
 * str(x) without the argument tuple _PyObject_MakeTpCall packs,
 * BINARY_OP_INPLACE_ADD_UNICODE, `s += t` growing s where it lies, and
 * UNPACK_SEQUENCE_TUPLE/_LIST, `a, b = t` without the iterator the
 * generic form makes (struct adaptive above). */
#define CODE_WARMUP 8

static inline void code_warm(codeobj *c)
{
    if (c->warm < CODE_WARMUP)
        c->warm++;
}

static inline int code_quickened(const codeobj *c)
{
    return c->warm >= CODE_WARMUP;
}

#define CODE(o) ((codeobj *)(o))

#endif
