/*
 * compile.h — Python source to code objects, making the choices CPython
 * 3.11's compiler makes where they show in memory: constants folded and
 * merged across the file, [1, 2, 3] as BUILD_LIST 0 + LIST_EXTEND of a
 * constant tuple, small constant-key dicts as BUILD_CONST_KEY_MAP,
 * obj.meth() as LOAD_METHOD + CALL, identifier-like string constants
 * interned.
 */
#ifndef HV_COMPILE_H
#define HV_COMPILE_H

#include "buf.h"
#include "vm.h"

enum compile_mode {
    COMPILE_FILE,           /* a whole file ('exec') */
    COMPILE_SINGLE,         /* one console input ('single'): expression values echo */
    COMPILE_SCRIPT,         /* COMPILE_FILE for python3's __main__ script: the GC
                               objects CPython's compiler makes and frees on the
                               way are simulated too (compmem.h) */
};

/* CPython's AST arena, as far as it holds objects: every constant its
 * parser made (one object per literal occurrence, before the compiler
 * merges equal ones and interns identifier-like strings), every node its
 * AST optimizer folded, the identifiers (one reference per string
 * python3's parser made, pegcount.h) and the tokens' bytes.  It lives
 * until the code has run; each item is one reference.  A script's arena
 * is a real list (compile.c: "a script's arena list"). */
typedef struct compile_arena {
    object **items;
    size_t n, cap;
    object *list;           /* a script's: the arena's a_objects list, a real one
                               (made before the parse, filled in the parser's
                               order once the code is made; items is then empty) */
} compile_arena;

/* The module code object for source compiled in `mode` (its constants made
 * on the heap), or NULL: with an exception set (MemoryError), or with
 * CPython's SyntaxError report (several lines) appended to err.  Single
 * mode refuses a second statement as CPython does.  The arena's objects
 * are appended to *arena (empty or not), also on failure. */
object *compile_source(vm *v, const char *source, size_t n, object *filename, int mode, buf *err,
                       compile_arena *arena);
/* Drops the arena's references, last added first (list_dealloc's order),
 * and its list. */
void compile_arena_free(vm *v, compile_arena *arena);
/* compile_source in COMPILE_FILE mode, the arena dropped at once: the
 * module code object for source (its constants made on the heap), or NULL:
 * with an exception set (MemoryError), or with CPython's SyntaxError report
 * (several lines) appended to err. */
object *compile_module(vm *v, const char *source, size_t n, object *filename, buf *err);
/* 1 if a console input needs more lines, as codeop.compile_command decides
 * it: an open bracket, triple-quoted string or backslash continuation, a
 * block header, a compound statement not yet ended by a newline, or an
 * error only more text could fix; 0 if it is complete or wrong for good. */
int compile_incomplete(const char *source, size_t n);
/* 1 if 3.11's optimizer rewrites `fmt % (a tuple display of nitems items,
 * not all constant, none starred)` into an f-string (optimize_format),
 * fmt being the str's UTF-8 text; else 0. */
int compile_percent_fstring(const char *fmt, uint32_t nbytes, uint32_t nitems);

#endif
