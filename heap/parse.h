/*
 * parse.h — the parser: Python 3.11 source text to an AST (ast.h).
 *
 * A recursive-descent parser over the tokens of lex.h that builds exactly
 * the tree CPython's PEG parser builds, and fails as CPython fails: the
 * same message, location and line text for a bad program, so that
 * parse_error_print() writes what `python3 prog.py` writes to stderr.
 *
 * Depth: chains (unary operators, `not`, `**`, conditional expressions,
 * lambdas, binary operators, postfix calls/subscripts) are parsed with
 * explicit stacks, so no input can overflow the C stack; CPython's own
 * limits are reproduced (MemoryError past its parser stack of 6000 rules,
 * "too many nested parentheses" past 200 brackets, "too many levels of
 * indentation" past 100).
 *
 * Constructs outside heapviz's subset that CPython accepts are parsed into
 * the tree all the same (async/await, annotations, the walrus, except*,
 * imaginary literals); the first one is reported through `unsupported` so
 * the caller can refuse it after the symbol table found no error.  A
 * `match` statement is never built: it is skipped and always refused.
 */
#ifndef HV_PARSE_H
#define HV_PARSE_H

#include "ast.h"
#include "lex.h"

#include <stdbool.h>
#include <stdio.h>

/* The error record of the front end (see lex.h): SyntaxError,
 * IndentationError, TabError, MemoryError, or UNSUPPORTED. */
typedef lex_error parse_error;

/* A SyntaxWarning CPython prints while compiling (see lex.h). */
typedef lex_warning parse_warning;

typedef struct parse_result {
    ast_module *module;     /* the tree, or NULL when err.kind != LEX_ERR_NONE */
    parse_error err;        /* why there is no tree */
    parse_error unsupported; /* the first construct heapviz refuses (kind
                                LEX_ERR_UNSUPPORTED), or kind LEX_ERR_NONE */
    parse_warning *warnings;
    size_t nwarnings;
    bool ucn;               /* a str literal has a \N escape: python3 loaded
                               unicodedata's name capsule to decode it */
} parse_result;

/* Parses the file `filename` whose bytes are src[0..len) (as read from
 * disk: BOM, coding cookie, CRLF and the rest are handled as python3
 * does).  Fills *r; release it with parse_result_free().  A refused
 * `match` statement is reported in r->err (after the whole file parsed
 * without a syntax error). */
void parse_module(const char *src, size_t len, const char *filename, parse_result *r);

/* Frees the tree (if any), the errors and the warnings of *r. */
void parse_result_free(parse_result *r);

/* Releases the strings of *e (same as lex_error_clear). */
void parse_error_clear(parse_error *e);

/* Writes to f what CPython 3.11 writes to stderr when a script fails to
 * compile with this error, e.g.
 *
 *     File "prog.py", line 2
 *       x = (1 +
 *           ^
 *   SyntaxError: '(' was never closed
 *
 * MemoryError and RecursionError print their one line. */
void parse_error_print(FILE *f, const char *filename, const parse_error *err);

/* Writes a warning as the warnings module shows it:
 * "prog.py:1: SyntaxWarning: msg\n  line\n". */
void parse_warning_print(FILE *f, const char *filename, const parse_warning *w);

#endif
