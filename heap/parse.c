/*
 * parse.c — tokens (lex.h) to CPython 3.11's AST (ast.h), failing as
 * CPython fails.
 *
 * Structure: one recursive-descent function per grammar rule of
 * Grammar/python.gram that matters, top-down in this file:
 *
 *   file ─▶ statement ─▶ compound (if while for try with def class)
 *                     ├▶ match (soft keyword) ─▶ case ─▶ patterns ─▶ or ─▶ closed
 *                     └▶ simple_stmts ─▶ assignment / expression / return ...
 *   expression ─▶ lambda, a if b else c       (one loop, explicit stack)
 *     disjunction ─▶ conjunction ─▶ inversion (not: a loop)
 *       comparison ─▶ binary (| ^ & << >> + - * / // % @: precedence loops)
 *         factor (unary + - ~, await, **: one loop, explicit stack)
 *           primary (. () []: a loop) ─▶ atom (names, literals, displays)
 *
 * Errors.  CPython parses twice: a fast pass, and when it fails a second
 * pass with its "invalid_*" rules, which explain the failure.  This parser
 * makes one pass and, where it fails, asks the same questions the
 * invalid rules would (see "the second pass" below).  A generic failure is
 * reported at the furthest token read when the failure was found (CPython's
 * last token of the first pass): failing() pins it before any look ahead.
 * Errors of "actions" (decoding literals, f-strings) are raised even while
 * looking ahead, as CPython's actions run in both passes.  After any
 * parser error the rest of the file is still tokenized: an error the
 * tokenizer raises there replaces it, as in CPython (finish_errors).
 *
 * Depth.  Chains of any length are loops over explicit stacks (`frames`);
 * the only C recursion is through brackets (at most 200 deep, the
 * tokenizer's limit), blocks (100, the indentation limit), lambda defaults,
 * f-strings and patterns, all through gate(), which stops at MAX_DEPTH.  `level`
 * follows the depth CPython's PEG parser would reach, to raise its
 * MemoryError (6000 rule calls) where it does.
 *
 * Invariants:
 *   1. pos < count once parsing started: toks[pos] is the current token,
 *      tokens past it were read ahead; tokens before it are kept while a
 *      speculation is open (saves > 0);
 *   2. once `failed`, every parse function returns NULL without reading
 *      tokens (except finish_errors, which only tokenizes);
 *   3. sp and fp return to their value at a function's entry when it
 *      returns (sequences and frames are built LIFO).
 */
#include "parse.h"

#include "hv.h"
#include "ucn.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- tunables ------------------------------------------------------------ */

#define PEG_MAXSTACK 6000   /* CPython's MAXSTACK: MemoryError past it */
/* CPython's rule calls from one place to the next, measured with chains of
 * unary minus (`x = --...-1` parses up to 5967 of them at module level): */
#define PEG_STMT 31         /* file to an expression statement's first operand */
#define PEG_VALUE 2         /* ... and 2 more for the value after '=' or 'op=' */
#define PEG_RETURN 1        /* ... 1 more for return's value */
#define PEG_TEST (-1)       /* an if/while test: 1 fewer */
#define PEG_BLOCK 6         /* a block (7 for def and class) */
#define PEG_GROUP 10        /* into parentheses */
#define PEG_DISPLAY 11      /* into a list, set or dict display */
#define PEG_CALL 5          /* into call arguments */
#define PEG_SUBSCRIPT 6     /* into a subscript */
#define PEG_LAMBDA_DEFAULT 6 /* into a lambda parameter's default (and 2 for the lambda) */
#define PEG_ELIF 4          /* an elif chain: 4, then 1 per elif */
#define MAX_DEPTH 1000      /* C recursion through gate() */
#define MAX_INT_DIGITS 4300 /* sys.get_int_max_str_digits() */
#define ERRORTOKEN LEX_NKINDS

_Static_assert(MAX_DEPTH * 2 < PEG_MAXSTACK, "gate() must not fire before the PEG limit in brackets");

/* ---- the parser ------------------------------------------------------------ */

enum frame_kind { F_LAMBDA, F_IFEXP, F_UNARY, F_NOT, F_POW, F_AWAIT };

/* A wrapper waiting for its innermost operand (see parse_expression and
 * parse_factor). */
typedef struct frame {
    uint8_t kind;           /* enum frame_kind */
    uint8_t op;             /* F_UNARY: enum ast_unaryop */
    ast_loc start;          /* where the wrapper starts */
    ast_expr *a, *b;        /* F_IFEXP: body, test; F_POW: left operand */
    uint32_t pos;           /* F_POW: where the '**' is (to drop it in a look ahead) */
    ast_arguments *args;    /* F_LAMBDA */
} frame;

typedef struct parser {
    ast_module *m;
    lex *lx;
    const char *filename;
    /* the token window (invariant 1) */
    lex_token *toks;        /* tokens read; toks[pos] is the current one */
    uint32_t pos, count, cap;
    uint32_t saves;         /* open speculations: keep consumed tokens */
    lex_token prev;         /* the last token consumed */
    bool lexdone;           /* the lexer returned ENDMARKER or failed */
    /* an f-string replacement field is parsed by a parser of its own */
    struct parser *outer;   /* the file's parser, or NULL for it */
    int32_t line_shift;     /* added to the lines of its tokens */
    int32_t col_shift;      /* added to the columns on its first line */
    /* temporary storage, LIFO (invariant 3) */
    void **stack;
    size_t sp, scap;
    frame *frames;
    size_t fp, fcap;
    /* depth */
    int level;              /* CPython's parser stack depth, emulated */
    int depth;              /* C recursion through gate() */
    /* errors */
    bool failed;            /* err holds an error */
    bool final;             /* ... that nothing can replace (tokenizer, MemoryError) */
    ast_expr *ld;           /* the last disjunction an expression ended with */
    bool ld_softkw;         /* ... and it started with match, case or _ */
    ast_expr *tail;         /* the last expression of the current simple statement */
    bool quiet;             /* speculative parsing: failures are not errors */
    bool in_action;         /* decoding a literal: errors are raised even when quiet */
    bool loud;              /* an error was raised while quiet */
    lex_token fail_tok;     /* furthest token when the failure was found */
    bool fail_tok_set;
    parse_error err;
    parse_error unsupported; /* the first construct heapviz refuses */
    bool refuse_now;        /* unsupported: an error even without syntax errors */
    parse_warning *warnings;
    size_t nwarnings, warncap;
    bool ucn;               /* a \N escape was decoded (the file's parser) */
} parser;

/* ---- positions --------------------------------------------------------------- */

static ast_loc tok_loc(const lex_token *t)
{
    ast_loc l = {t->line, t->col, t->end_line, t->end_col};
    return l;
}

/* From the start of a to the end of b. */
static ast_loc span(ast_loc a, ast_loc b)
{
    ast_loc l = {a.line, a.col, b.end_line, b.end_col};
    return l;
}

/* ---- the token window ---------------------------------------------------- */

static void tokenizer_failed(parser *p);

/* Reads one more token into the window. */
static void fetch(parser *p)
{
    lex_token t;
    if (p->saves == 0 && p->pos >= 64 && 2 * p->pos >= p->count) {
        memmove(p->toks, p->toks + p->pos, (p->count - p->pos) * sizeof *p->toks);
        p->count -= p->pos;
        p->pos = 0;
    }
    if (p->count == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 16;
        p->toks = hv_realloc(p->toks, p->cap * sizeof *p->toks);
    }
    if (p->lexdone) {
        t = p->toks[p->count - 1];
    } else if (!lex_next(p->lx, &t)) {
        p->lexdone = true;
        tokenizer_failed(p);
        memset(&t, 0, sizeof t);
        t.kind = ERRORTOKEN;
        t.line = t.end_line = p->prev.end_line;
        t.start = "";
    } else {
        if (p->outer) {                     /* an f-string field: place it */
            if (t.end_line == 1) {
                t.col += p->col_shift;
                t.end_col += p->col_shift;
            }
            t.line += p->line_shift;
            t.end_line += p->line_shift;
        }
        p->lexdone = t.kind == LEX_ENDMARKER;
    }
    p->toks[p->count++] = t;
}

/* The k-th token ahead (0: the current one). */
static const lex_token *peek(parser *p, uint32_t k)
{
    while (p->count <= p->pos + k)
        fetch(p);
    return &p->toks[p->pos + k];
}

static int kind(parser *p)
{
    return p->failed ? ERRORTOKEN : peek(p, 0)->kind;
}

/* The furthest token read so far (CPython's p->tokens[p->fill - 1]). */
static const lex_token *furthest(parser *p)
{
    peek(p, 0);
    return &p->toks[p->count - 1];
}

/* Consumes the current token and returns it. */
static lex_token advance(parser *p)
{
    p->prev = *peek(p, 0);
    p->pos++;
    return p->prev;
}

/* From start to the end of the last token consumed: CPython's EXTRA, so
 * that a node whose last part is parenthesized ends at the ')'. */
static ast_loc upto(parser *p, ast_loc start)
{
    return span(start, tok_loc(&p->prev));
}

/* Where the next token starts. */
static ast_loc here(parser *p)
{
    return tok_loc(peek(p, 0));
}

static bool accept(parser *p, int k)
{
    if (kind(p) != k)
        return false;
    advance(p);
    return true;
}

/* The current token is the NAME `word` (a soft keyword). */
static bool at_name(parser *p, const char *word)
{
    const lex_token *t = peek(p, 0);
    return kind(p) == LEX_NAME && t->len == strlen(word) && !memcmp(t->start, word, t->len);
}

static const ast_ident *ident_of(parser *p, const lex_token *t)
{
    return ast_intern(p->m, t->start, t->len);
}

/* Speculative parsing (the second pass's look at what follows a
 * failure): failures stay silent and everything is put back. */
typedef struct spec {
    uint32_t pos;
    lex_token prev;
    size_t sp, fp;
    int level, depth;
    bool quiet;
} spec;

static spec spec_begin_mode(parser *p, bool quiet)
{
    spec s = {p->pos, p->prev, p->sp, p->fp, p->level, p->depth, p->quiet};
    p->saves++;
    p->quiet = p->quiet || quiet;
    return s;
}

/* A quiet look ahead: a failure there is forgotten. */
static spec spec_begin(parser *p)
{
    return spec_begin_mode(p, true);
}

/* Ends a speculation: true when it parsed (false: it failed quietly, or
 * an error ended the parse for good). */
static bool spec_end(parser *p, const spec *s, bool rewind)
{
    bool ok = !p->failed;
    if (p->failed && p->quiet && !p->final && !p->loud)
        p->failed = false;
    p->quiet = s->quiet;
    p->saves--;
    p->sp = s->sp;
    p->fp = s->fp;
    p->level = s->level;
    p->depth = s->depth;
    if (rewind) {
        p->pos = s->pos;
        p->prev = s->prev;
    }
    return ok && !p->failed;
}

/* In a look ahead, a part that fails after an operator is dropped, as PEG
 * alternatives do ("a + )" reads as "a"): back to `pos`, true.  Outside a
 * look ahead a failure stands (false). */
static bool backtrack(parser *p, uint32_t pos, lex_token prev)
{
    if (!p->quiet || !p->failed || p->final || p->loud)
        return false;
    p->failed = false;
    p->pos = pos;
    p->prev = prev;
    return true;
}

/* ---- errors ------------------------------------------------------------------ */

/* Records an error in CPython's convention (1-based columns in bytes of
 * the line; see lex_locate), with CPython's line text. */
static void set_error(parser *p, enum lex_error_kind kind, int32_t line, int32_t col,
                      int32_t end_line, int32_t end_col, const char *msg)
{
    if (p->failed)
        return;
    p->failed = true;
    lex_error_clear(&p->err);
    p->err.kind = kind;
    p->err.line = line;
    p->err.end_line = end_line;
    if (p->outer) {                         /* an f-string field */
        p->err.col = col - p->col_shift;
        p->err.end_col = end_col - p->col_shift;
        p->err.text = lex_file_line(p->lx, line - p->line_shift);
        size_t n = strlen(msg);
        char *m = hv_malloc(n + 11);
        memcpy(m, "f-string: ", 10);
        memcpy(m + 10, msg, n + 1);
        p->err.msg = m;
        return;
    }
    p->err.col = col;
    p->err.end_col = end_col;
    p->err.msg = hv_strdup(msg);
    lex_locate(p->lx, &p->err);
}

static void set_errorf(parser *p, enum lex_error_kind kind, int32_t line, int32_t col,
                       int32_t end_line, int32_t end_col, const char *fmt, va_list ap)
{
    char *msg = hv_vasprintf(fmt, ap);
    set_error(p, kind, line, col, end_line, end_col, msg);
    free(msg);
}

/* A failure found at the current position: remembers the furthest token
 * for a generic error (CPython's last token of the first pass).  Returns
 * false when the failure must stay silent (speculative parsing). */
static bool failing(parser *p)
{
    if (p->failed)
        return false;
    if (p->quiet && !p->in_action) {
        p->failed = true;                   /* unwinds; nothing recorded */
        return false;
    }
    if (!p->fail_tok_set) {
        p->fail_tok = *furthest(p);
        p->fail_tok_set = true;
    }
    p->loud = p->quiet;                     /* an action's error ends the look ahead */
    return true;
}

/* RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
static void *error_range(parser *p, ast_loc a, ast_loc b, const char *fmt, ...) HV_PRINTF(4, 5);
static void *error_range(parser *p, ast_loc a, ast_loc b, const char *fmt, ...)
{
    if (!failing(p))
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    set_errorf(p, LEX_ERR_SYNTAX, a.line, a.col + 1, b.end_line, b.end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): the node or token's range. */
static void *error_at(parser *p, ast_loc a, const char *fmt, ...) HV_PRINTF(3, 4);
static void *error_at(parser *p, ast_loc a, const char *fmt, ...)
{
    if (!failing(p))
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    set_errorf(p, LEX_ERR_SYNTAX, a.line, a.col + 1, a.end_line, a.end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): to the tokenizer's position. */
static void *error_from(parser *p, ast_loc a, const char *msg)
{
    if (!failing(p))
        return NULL;
    int32_t line, col;
    lex_position(p->lx, &line, &col);
    set_error(p, LEX_ERR_SYNTAX, a.line, a.col + 1, line + (p->outer ? p->line_shift : 0),
              col, msg);
    return NULL;
}

/* RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the furthest token. */
static void *error_last(parser *p, enum lex_error_kind kind, const char *fmt, ...) HV_PRINTF(3, 4);
static void *error_last(parser *p, enum lex_error_kind kind, const char *fmt, ...)
{
    if (!failing(p))
        return NULL;
    const lex_token *t = furthest(p);
    int32_t col = t->nopos ? t->col : t->col + 1;
    int32_t end_col = t->nopos ? -1 : t->end_col + 1;
    va_list ap;
    va_start(ap, fmt);
    set_errorf(p, kind, t->line, col, t->end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

/* The generic failure: "invalid syntax" at the furthest token read when
 * the failure was found, or "unexpected indent" when that is an INDENT. */
static void *error_generic(parser *p)
{
    if (!failing(p))
        return NULL;
    const lex_token *t = &p->fail_tok;
    if (t->kind == LEX_INDENT || t->kind == LEX_DEDENT) {
        set_error(p, LEX_ERR_INDENTATION, t->line, t->col, t->end_line, -1,
                  t->kind == LEX_INDENT ? "unexpected indent" : "unexpected unindent");
        p->final = true;                    /* CPython does not look further then */
        return NULL;
    }
    int32_t col = t->nopos ? 0 : t->col + 1;
    int32_t end_col = t->nopos ? 0 : t->end_col + 1;
    set_error(p, LEX_ERR_SYNTAX, t->line, col, t->end_line, end_col, "invalid syntax");
    return NULL;
}

/* "expected 'x'" at the current token (CPython's forced tokens &&'x'). */
static void *error_expected(parser *p, const char *what)
{
    if (!failing(p))
        return NULL;
    const lex_token *t = peek(p, 0);
    char msg[64];
    snprintf(msg, sizeof msg, "expected '%s'", what);
    int32_t col = t->nopos ? 0 : t->col + 1;
    int32_t end_col = t->nopos ? 0 : t->end_col + 1;
    set_error(p, LEX_ERR_SYNTAX, t->line, col, t->end_line, end_col, msg);
    return NULL;
}

/* CPython's parser ran out of its stack: a bare MemoryError. */
static void *error_memory(parser *p)
{
    if (!p->failed || p->quiet) {
        lex_error_clear(&p->err);
        p->err.kind = LEX_ERR_MEMORY;
        p->err.msg = hv_strdup("");
        p->failed = p->final = true;
        p->quiet = false;
    }
    return NULL;
}

static void tokenizer_failed(parser *p)
{
    if (p->failed && p->final)
        return;
    lex_error_clear(&p->err);
    lex_take_error(p->lx, &p->err);
    if (p->outer && p->err.line > 0) {      /* an f-string field: its real line */
        p->err.line += p->line_shift;
        p->err.end_line += p->line_shift;
    }
    if (p->outer && !lex_raised(p->lx)) {   /* raised through the field's parser (E_DECODE):
                                               _PyPegen_raise_error_known_location's
                                               prefix and starting_col_offset */
        char *m = hv_malloc(strlen(p->err.msg) + 11);
        memcpy(m, "f-string: ", 10);
        strcpy(m + 10, p->err.msg);
        free(p->err.msg);
        p->err.msg = m;
        p->err.col -= p->col_shift;
        p->err.end_col -= p->col_shift;
    }
    p->failed = p->final = true;
    p->quiet = false;
}

/* A construct outside heapviz's subset at loc: remembered, reported by the
 * caller if the file has no syntax error. */
static void unsupported(parser *p, ast_loc loc, const char *what)
{
    if (p->outer) {
        unsupported(p->outer, loc, what);
        return;
    }
    if (p->unsupported.kind != LEX_ERR_NONE || p->quiet)
        return;
    p->unsupported.kind = LEX_ERR_UNSUPPORTED;
    p->unsupported.line = loc.line;
    p->unsupported.col = loc.col + 1;
    p->unsupported.end_line = loc.end_line;
    p->unsupported.end_col = loc.end_col + 1;
    size_t n = strlen(what) + 40;
    p->unsupported.msg = hv_malloc(n);
    snprintf(p->unsupported.msg, n, "heapviz does not support %s", what);
    lex_locate(p->lx, &p->unsupported);
}

/* ---- depth --------------------------------------------------------------- */

/* Enters `cost` of CPython's rule calls; false (MemoryError) past its limit. */
static bool deeper(parser *p, int cost)
{
    p->level += cost;
    if (p->level > PEG_MAXSTACK) {
        error_memory(p);
        return false;
    }
    return true;
}

/* A C recursion that costs `cost` PEG levels; undo with ungate(). */
static bool gate(parser *p, int cost)
{
    p->depth++;
    if (p->depth > MAX_DEPTH) {
        p->level += cost;
        error_memory(p);
        return false;
    }
    return deeper(p, cost);
}

static void ungate(parser *p, int cost)
{
    p->depth--;
    p->level -= cost;
}

/* ---- sequences, built on a LIFO stack ------------------------------------ */

static void push(parser *p, void *x)
{
    if (p->sp == p->scap) {
        p->scap = p->scap ? 2 * p->scap : 256;
        p->stack = hv_realloc(p->stack, p->scap * sizeof *p->stack);
    }
    p->stack[p->sp++] = x;
}

/* Pops the items pushed since `mark` into an arena array of `type`. */
#define DEFINE_POP(name, seqtype, elemtype)                                   \
    static seqtype name(parser *p, size_t mark)                               \
    {                                                                         \
        seqtype s;                                                            \
        s.n = (uint32_t)(p->sp - mark);                                       \
        s.v = ast_alloc(p->m->arena, (s.n ? s.n : 1) * sizeof *s.v);          \
        for (uint32_t i = 0; i < s.n; i++)                                    \
            s.v[i] = (elemtype *)p->stack[mark + i];                          \
        p->sp = mark;                                                         \
        return s;                                                             \
    }
DEFINE_POP(pop_exprs, ast_expr_seq, ast_expr)
DEFINE_POP(pop_stmts, ast_stmt_seq, ast_stmt)
DEFINE_POP(pop_args, ast_arg_seq, ast_arg)
DEFINE_POP(pop_keywords, ast_keyword_seq, ast_keyword)
DEFINE_POP(pop_aliases, ast_alias_seq, ast_alias)
DEFINE_POP(pop_withitems, ast_withitem_seq, ast_withitem)
DEFINE_POP(pop_comps, ast_comprehension_seq, ast_comprehension)
DEFINE_POP(pop_handlers, ast_handler_seq, ast_handler)
DEFINE_POP(pop_idents, ast_ident_seq, const ast_ident)

static frame *push_frame(parser *p, int kind, ast_loc start)
{
    if (p->fp == p->fcap) {
        p->fcap = p->fcap ? 2 * p->fcap : 64;
        p->frames = hv_realloc(p->frames, p->fcap * sizeof *p->frames);
    }
    frame *f = &p->frames[p->fp++];
    memset(f, 0, sizeof *f);
    f->kind = (uint8_t)kind;
    f->start = start;
    return f;
}

static ast_expr *new_expr(parser *p, int kind, ast_loc loc)
{
    return ast_expr_new(p->m, kind, loc);
}

static ast_stmt *new_stmt(parser *p, int kind, ast_loc loc)
{
    return ast_stmt_new(p->m, kind, loc);
}

static ast_expr *new_name(parser *p, const lex_token *t, int ctx)
{
    ast_expr *e = new_expr(p, AST_NAME, tok_loc(t));
    e->ctx = (uint8_t)ctx;
    e->u.name.id = ident_of(p, t);
    return e;
}

static ast_expr *new_const(parser *p, int ckind, ast_loc loc)
{
    ast_expr *e = new_expr(p, AST_CONSTANT, loc);
    e->u.constant.kind = (uint8_t)ckind;
    return e;
}

static char *arena_strndup(parser *p, const char *s, size_t n)
{
    char *d = ast_alloc(p->m->arena, n + 1);
    memcpy(d, s, n);
    return d;
}

/* ---- numbers ------------------------------------------------------------------ */

/* A NUMBER token: int (digits kept in their base), float or imaginary. */
static ast_expr *parse_number(parser *p)
{
    lex_token t = advance(p);
    ast_loc loc = tok_loc(&t);
    char *s = hv_malloc(t.len + 1);
    size_t n = 0;
    for (uint32_t i = 0; i < t.len; i++)
        if (t.start[i] != '_')
            s[n++] = t.start[i];
    s[n] = '\0';
    ast_expr *e;
    char last = s[n - 1];
    bool radix = n > 1 && s[0] == '0' && strchr("xXoObB", s[1]);
    if (last == 'j' || last == 'J') {
        e = new_const(p, AST_CONST_IMAG, loc);
        s[n - 1] = '\0';
        e->u.constant.value = strtod(s, NULL);
    } else if (!radix && strpbrk(s, ".eE")) {
        e = new_const(p, AST_CONST_FLOAT, loc);
        e->u.constant.value = strtod(s, NULL);
    } else {
        int base = !radix ? 10 : (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        const char *digits = radix ? s + 2 : s;
        size_t nd = strlen(digits);
        if (base == 10 && nd > MAX_INT_DIGITS) {
            char msg[320];
            snprintf(msg, sizeof msg, "Exceeds the limit (%d digits) for integer string "
                     "conversion: value has %zu digits; use sys.set_int_max_str_digits() "
                     "to increase the limit - Consider hexadecimal for huge integer "
                     "literals to avoid decimal conversion limits.", MAX_INT_DIGITS, nd);
            free(s);
            bool in_action = p->in_action;
            p->in_action = true;
            if (failing(p))
                set_error(p, LEX_ERR_SYNTAX, t.line, 0, t.end_line, 0, msg);
            p->in_action = in_action;
            return NULL;
        }
        while (nd > 1 && *digits == '0') {     /* 00 is 0: keep the value's digits */
            digits++;
            nd--;
        }
        e = new_const(p, AST_CONST_INT, loc);
        e->u.constant.base = (uint8_t)base;
        e->u.constant.len = (uint32_t)nd;
        e->u.constant.text = arena_strndup(p, digits, nd);
    }
    free(s);
    return e;
}

/* ---- strings: escapes ---------------------------------------------------- */

typedef struct strbuf {
    char *s;                /* host memory */
    size_t len, cap;
} strbuf;

static void sb_add(strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = 2 * (b->len + n + 1);
        b->s = hv_realloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

/* Appends code point c as UTF-8 (a surrogate as its 3-byte form). */
static void sb_add_cp(strbuf *b, uint32_t c)
{
    char u[4];
    sb_add(b, u, hv_utf8_put(u, c));
}

/* Length of the UTF-8 sequence led by byte c (the text is valid). */
static int seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

/* Where byte offset i of s lies in the ASCII form CPython decodes: every
 * non-ASCII character there is "\UXXXXXXXX" (10 bytes), and a backslash
 * before one becomes "\u005c" (6). */
static size_t escaped_pos(const char *s, size_t i)
{
    size_t pos = 0;
    for (size_t k = 0; k < i;) {
        unsigned char c = (unsigned char)s[k];
        if (c == '\\' && ((unsigned char)s[k + 1] & 0x80)) {
            pos += 6;
            k++;
        } else if (c & 0x80) {
            pos += 10;
            k += (size_t)seq_len(c);
        } else {
            pos++;
            k++;
        }
    }
    return pos;
}

/* The unicodeescape codec's error for the escape s[start..stop). */
static bool escape_error(parser *p, const char *s, size_t start, size_t stop, const char *why)
{
    size_t a = escaped_pos(s, start), b = escaped_pos(s, stop);
    if (failing(p)) {
        char msg[200];
        snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position %zu-%zu: %s", a, b - 1, why);
        error_last(p, LEX_ERR_SYNTAX, "%s", msg);
    }
    return false;
}

/* \x \u \U escapes: `count` hex digits at s[i..); the code point in *cp. */
static bool hex_escape(parser *p, const char *s, size_t n, size_t *i, int count,
                       size_t start, uint32_t *cp)
{
    static const char *const why[] = {
        [2] = "truncated \\xXX escape", [4] = "truncated \\uXXXX escape",
        [8] = "truncated \\UXXXXXXXX escape",
    };
    uint32_t c = 0;
    for (int k = 0; k < count; k++, (*i)++) {
        int h = *i < n ? hv_hexval((unsigned char)s[*i]) : -1;
        if (h < 0)
            return escape_error(p, s, start, *i, why[count]);
        c = (c << 4) | (uint32_t)h;
    }
    if (c > 0x10FFFF)
        return escape_error(p, s, start, *i, "illegal Unicode character");
    *cp = c;
    return true;
}

/* _PyUnicode_GetNameCAPI at a \N escape, before its braces are read:
 * python3 imports unicodedata then, once; the file's parser notes it. */
static void ucn_loaded(parser *p)
{
    while (p->outer)
        p = p->outer;
    p->ucn = true;
}

/* \N{name}: the character the name (any ASCII case) or an alias gives
 * (heap/ucn.c), in *cp.  The error's end is past the '}' for an unknown
 * name, at the end of the text without one. */
static bool name_escape(parser *p, const char *s, size_t n, size_t *i, size_t start,
                        uint32_t *cp)
{
    ucn_loaded(p);
    if (*i < n && s[*i] == '{') {
        size_t k = *i + 1;
        while (k < n && s[k] != '}')
            k++;
        if (k < n && k > *i + 1) {
            *i = k + 1;
            if (ucn_lookup(s + start + 3, k - start - 3, cp))
                return true;
            return escape_error(p, s, start, *i, "unknown Unicode character name");
        }
        if (k < n)
            *i = k;
        else
            *i = n;
    }
    return escape_error(p, s, start, *i, "malformed \\N character escape");
}

/* Decodes the escapes of a str literal's text s[0..n) into out (CPython's
 * decode_unicode_with_escapes).  False after reporting an error. */
static bool decode_str(parser *p, const char *s, size_t n, strbuf *out, const lex_token *t)
{
    for (size_t i = 0; i < n;) {
        size_t start = i;
        if (s[i] != '\\') {
            size_t k = i;
            while (k < n && s[k] != '\\')
                k++;
            sb_add(out, s + i, k - i);
            i = k;
            continue;
        }
        i++;
        if (i >= n) {
            sb_add(out, "\\", 1);
            break;
        }
        char c = s[i++];
        uint32_t cp = 0;
        switch (c) {
        case '\n': break;
        case '\\': case '\'': case '"': sb_add(out, &c, 1); break;
        case 'a': sb_add(out, "\a", 1); break;
        case 'b': sb_add(out, "\b", 1); break;
        case 'f': sb_add(out, "\f", 1); break;
        case 'n': sb_add(out, "\n", 1); break;
        case 'r': sb_add(out, "\r", 1); break;
        case 't': sb_add(out, "\t", 1); break;
        case 'v': sb_add(out, "\v", 1); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                cp = (cp << 3) + (uint32_t)(s[i++] - '0');
            sb_add_cp(out, cp);
            break;
        case 'x': case 'u': case 'U':
            if (!hex_escape(p, s, n, &i, c == 'x' ? 2 : c == 'u' ? 4 : 8, start, &cp))
                return false;
            sb_add_cp(out, cp);
            break;
        case 'N':
            if (!name_escape(p, s, n, &i, start, &cp))
                return false;
            sb_add_cp(out, cp);
            break;
        default:                            /* invalid escape: kept */
            sb_add(out, s + start, 2);
            break;
        }
    }
    return true;
}

/* Decodes a bytes literal's escapes (CPython's _PyBytes_DecodeEscape). */
static bool decode_bytes(parser *p, const char *s, size_t n, strbuf *out)
{
    for (size_t i = 0; i < n;) {
        if (s[i] != '\\') {
            sb_add(out, s + i, 1);
            i++;
            continue;
        }
        size_t start = i++;
        if (i >= n) {
            sb_add(out, "\\", 1);
            break;
        }
        char c = s[i++], b;
        switch (c) {
        case '\n': continue;
        case '\\': case '\'': case '"': b = c; break;
        case 'a': b = '\a'; break;
        case 'b': b = '\b'; break;
        case 'f': b = '\f'; break;
        case 'n': b = '\n'; break;
        case 'r': b = '\r'; break;
        case 't': b = '\t'; break;
        case 'v': b = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = (v << 3) + (unsigned)(s[i++] - '0');
            b = (char)(v & 0xFF);
            break;
        }
        case 'x': {
            int h1 = i < n ? hv_hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hv_hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (failing(p))
                    error_last(p, LEX_ERR_SYNTAX, "(value error) invalid \\x escape at position %zu",
                               start);
                return false;
            }
            b = (char)(h1 * 16 + h2);
            i += 2;
            break;
        }
        default:
            sb_add(out, s + start, 2);
            continue;
        }
        sb_add(out, &b, 1);
    }
    return true;
}

/* ---- strings: one token ------------------------------------------------------- */

typedef struct strparts {
    bool bytes, raw, fmode;
    const char *body;       /* between the quotes */
    size_t len;
} strparts;

/* Splits a STRING token into prefix flags and body. */
static strparts split_string(const lex_token *t)
{
    strparts s = {0};
    const char *q = t->start;
    for (;; q++) {
        char c = (char)(*q | 0x20);
        if (c == 'b')
            s.bytes = true;
        else if (c == 'r')
            s.raw = true;
        else if (c == 'f')
            s.fmode = true;
        else if (c != 'u')
            break;
    }
    size_t quotes = (t->start + t->len - q >= 6 && q[1] == q[0] && q[2] == q[0]) ? 3 : 1;
    s.body = q + quotes;
    s.len = (size_t)(t->start + t->len - q) - 2 * quotes;
    return s;
}

/* ---- f-strings (3.11: the whole f-string is one token) ----------------- */

/* The pieces of a string being built (CPython's FstringParser). */
typedef struct fstate {
    strbuf last;            /* literal text not yet made a Constant ("" = none) */
    bool fmode;             /* an f-string was seen: the result is a JoinedStr */
    size_t mark;            /* p->stack mark: the JoinedStr's values so far */
} fstate;

static ast_expr *parse_star_expressions(parser *p);

/* A str Constant of text s[0..n) spanning the tokens first..last; kind
 * 'u' when the first token is written u"...". */
static ast_expr *str_constant(parser *p, const char *s, size_t n, const lex_token *first,
                              const lex_token *last)
{
    ast_expr *e = new_const(p, AST_CONST_STR, span(tok_loc(first), tok_loc(last)));
    ast_constant *c = &e->u.constant;
    c->text = arena_strndup(p, s ? s : "", n);
    c->len = (uint32_t)n;
    c->u_prefix = first->start[0] == 'u';
    c->ident_like = 1;
    for (size_t i = 0; i < n; i++)
        if (!(isalnum((unsigned char)s[i]) || s[i] == '_') || (unsigned char)s[i] >= 0x80)
            c->ident_like = 0;
    return e;
}

/* Turns the pending literal into a Constant among the values. */
static void fs_flush(parser *p, fstate *st, const lex_token *first, const lex_token *last)
{
    if (!st->last.len)
        return;
    push(p, str_constant(p, st->last.s, st->last.len, first, last));
    st->last.len = 0;
}

/* Where the sub-parser of the field at `brace` puts its tokens: lines
 * after the token's first, columns after its start (CPython's
 * fstring_find_expr_location, with its quirk for fields after a newline). */
static void field_location(const lex_token *t, const char *brace, int32_t *lines, int32_t *cols)
{
    bool newline_after_brace = true;
    *lines = *cols = 0;
    for (const char *s = brace + 1; *s && *s != '}' && *s != '\n'; s++)
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = false;
            break;
        }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > t->start && *s != '\n')
            s--;
        *cols += (int32_t)(brace - s);
        if (*s == '\n')
            *cols -= 1;
    }
    for (const char *s = t->start; s < brace; s++)
        if (*s == '\n')
            (*lines)++;
}

/* Moves the error of a finished sub-parser into p. */
static void adopt_error(parser *p, parser *sub)
{
    if (p->failed)
        return;
    p->loud = p->quiet;                     /* a field's error is an action's */
    lex_error_clear(&p->err);
    p->err = sub->err;
    memset(&sub->err, 0, sizeof sub->err);
    p->failed = true;
    p->final = p->err.kind == LEX_ERR_MEMORY;
    if (!p->fail_tok_set) {
        p->fail_tok = *furthest(p);
        p->fail_tok_set = true;
    }
}

static void finish_errors(parser *p);

static void parser_release(parser *p)
{
    free(p->toks);
    free(p->stack);
    free(p->frames);
    lex_free(p->lx);
    lex_error_clear(&p->err);
    lex_error_clear(&p->unsupported);
}

/* Parses the text "(expr)\n" of a replacement field with a parser of its
 * own, as CPython does (its start rule: star_expressions). */
static ast_expr *parse_field(parser *p, const char *text, size_t len, int32_t line_shift,
                             int32_t col_shift)
{
    parser sub;
    memset(&sub, 0, sizeof sub);
    sub.m = p->m;
    sub.filename = p->filename;
    sub.lx = lex_new(text, len, p->filename);
    lex_declare_utf8(sub.lx);
    sub.outer = p;
    sub.line_shift = line_shift;
    sub.col_shift = col_shift;
    sub.depth = p->depth;
    ast_expr *e = NULL;
    if (gate(&sub, 1))
        e = parse_star_expressions(&sub);
    if (sub.failed) {
        if (!sub.final && !sub.quiet)
            finish_errors(&sub);
        adopt_error(p, &sub);
        e = NULL;
    }
    parser_release(&sub);
    return e;
}

/* The expression text of a field, between '{' and expr_end (CPython's
 * fstring_compile_expr). */
static ast_expr *fs_compile_expr(parser *p, const char *start, const char *end,
                                 const lex_token *t)
{
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            return error_last(p, LEX_ERR_SYNTAX, "f-string: expression required before '%c'", *end);
        return error_last(p, LEX_ERR_SYNTAX, "f-string: empty expression not allowed");
    }
    int32_t lines, cols;
    field_location(t, start - 1, &lines, &cols);
    size_t n = (size_t)(end - start);
    char *text = hv_malloc(n + 3);
    text[0] = '(';
    memcpy(text + 1, start, n);
    text[n + 1] = ')';
    text[n + 2] = '\n';
    ast_expr *e = parse_field(p, text, n + 3, t->line + lines - 1, lines ? cols : t->col + cols);
    free(text);
    return e;
}

/* Scans a field's expression to its end: '!', ':', '=', '}' at bracket
 * depth 0 (CPython's fstring_find_expr, first half).  *str ends there. */
static bool fs_scan_expr(parser *p, const char **str, const char *end)
{
    char quote = 0, stack[200];
    int qsize = 0, depth = 0;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return error_last(p, LEX_ERR_SYNTAX, "f-string expression part cannot include a backslash"), false;
        if (quote) {
            if (ch == quote) {
                if (qsize == 3 && *str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                    *str += 2;
                    quote = 0;
                } else if (qsize == 1) {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            qsize = (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) ? 3 : 1;
            if (qsize == 3)
                *str += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200)
                return error_last(p, LEX_ERR_SYNTAX, "f-string: too many nested parenthesis"), false;
            stack[depth++] = ch;
        } else if (ch == '#') {
            return error_last(p, LEX_ERR_SYNTAX, "f-string expression part cannot include '#'"), false;
        } else if (depth == 0 && strchr("!:}=<>", ch)) {
            char next = *str + 1 < end ? (*str)[1] : 0;
            if (next == '=' && ch != ':' && ch != '}') {
                (*str)++;                   /* != == <= >= */
                continue;
            }
            if (ch == '<' || ch == '>')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth)
                return error_last(p, LEX_ERR_SYNTAX, "f-string: unmatched '%c'", ch), false;
            char open = stack[--depth];
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}'))
                return error_last(p, LEX_ERR_SYNTAX, "f-string: closing parenthesis '%c' does not "
                                  "match opening parenthesis '%c'", ch, open), false;
        }
    }
    if (quote)
        return error_last(p, LEX_ERR_SYNTAX, "f-string: unterminated string"), false;
    if (depth)
        return error_last(p, LEX_ERR_SYNTAX, "f-string: unmatched '%c'", stack[depth - 1]), false;
    if (*str >= end)
        return error_last(p, LEX_ERR_SYNTAX, "f-string: expecting '}'"), false;
    return true;
}

static ast_expr *fs_parse_spec(parser *p, const char **str, const char *end, bool raw, int lvl,
                               const lex_token *first, const lex_token *t, const lex_token *last);

/* A replacement field "{expr=!c:spec}" at *str (CPython's
 * fstring_find_expr, second half): the FormattedValue in *value, the text
 * of a self-documenting "expr=" in *text. */
static bool fs_field(parser *p, const char **str, const char *end, bool raw, int lvl,
                     strbuf *text, ast_expr **value, const lex_token *first,
                     const lex_token *t, const lex_token *last)
{
    if (lvl >= 2)
        return error_last(p, LEX_ERR_SYNTAX, "f-string: expressions nested too deeply"), false;
    const char *start = ++*str;
    if (!fs_scan_expr(p, str, end))
        return false;
    ast_expr *expr = fs_compile_expr(p, start, *str, t);
    if (!expr)
        return false;
    int conversion = -1;
    ast_expr *fspec = NULL;
    bool equals = **str == '=';
    if (equals) {
        ++*str;
        while (*str < end && isspace((unsigned char)**str))
            ++*str;
        if (*str >= end)
            goto expecting;
        sb_add(text, start, (size_t)(*str - start));
    }
    if (**str == '!') {
        if (++*str >= end)
            goto expecting;
        conversion = (unsigned char)*(*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return error_last(p, LEX_ERR_SYNTAX, "f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a'"), false;
    }
    if (*str < end && **str == ':') {
        if (++*str >= end)
            goto expecting;
        if (!(fspec = fs_parse_spec(p, str, end, raw, lvl + 1, first, t, last)))
            return false;
    }
    if (*str >= end || **str != '}')
        goto expecting;
    ++*str;
    if (equals && !fspec && conversion == -1)
        conversion = 'r';
    ast_expr *v = new_expr(p, AST_FORMATTEDVALUE, span(tok_loc(first), tok_loc(last)));
    v->u.formattedvalue.value = expr;
    v->u.formattedvalue.conversion = conversion;
    v->u.formattedvalue.format_spec = fspec;
    *value = v;
    return true;
expecting:
    error_last(p, LEX_ERR_SYNTAX, "f-string: expecting '}'");
    return false;
}

/* PyUnicode_DecodeUTF8 of a str literal's bytes s[0..n): they can be
 * other than UTF-8 only after a utf-8 cookie or a BOM (lex.c).  False
 * after reporting "(unicode error) ..." at the last token read, the
 * position counted from s (_Pypegen_raise_decode_error). */
static bool str_utf8(parser *p, const char *s, size_t n)
{
    char *msg = lex_utf8_error(s, n);
    if (msg)
        error_last(p, LEX_ERR_SYNTAX, "%s", msg);
    free(msg);
    return msg == NULL;
}

/* The UTF-8 decodes a str literal's text goes through: all of it when it
 * has no escapes to decode (PyUnicode_DecodeUTF8Stateful), else each run
 * of non-ASCII bytes on its own (decode_unicode_with_escapes' decode_utf8),
 * before any escape is looked at.  False after reporting an error. */
static bool str_decodes(parser *p, const char *s, size_t n, bool plain)
{
    if (plain)
        return str_utf8(p, s, n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && ((unsigned char)s[j] & 0x80))
            j++;
        if (j > i && !str_utf8(p, s + i, j - i))
            return false;
        i = j > i ? j : i + 1;
    }
    return true;
}

/* Literal text up to a '{' or (in a format spec) '}' (CPython's
 * fstring_find_literal): decoded into lit.  Returns -1 on error, 1 after a
 * doubled brace (the literal holds one), else 0. */
static int fs_literal(parser *p, const char **str, const char *end, bool raw, int lvl,
                      strbuf *lit, const lex_token *t)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}')
                        ;
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto decode;
                }
                if (ch == '}') {
                    *str = s - 1;
                    error_last(p, LEX_ERR_SYNTAX, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
decode:
    if (s == start)
        return result;
    if (!str_decodes(p, start, (size_t)(s - start), raw))   /* escapes or not: decode_utf8's runs */
        return -1;
    if (raw)
        sb_add(lit, start, (size_t)(s - start));
    else if (!decode_str(p, start, (size_t)(s - start), lit, t))
        return -1;
    return result;
}

/* Adds the f-string text [*str, end) to st (CPython's
 * _PyPegen_FstringParser_ConcatFstring). */
static bool fs_concat(parser *p, fstate *st, const char **str, const char *end, bool raw,
                      int lvl, const lex_token *first, const lex_token *t, const lex_token *last)
{
    st->fmode = true;
    for (;;) {
        strbuf lit = {0};
        ast_expr *value = NULL;
        int r = fs_literal(p, str, end, raw, lvl, &lit, t);
        if (r == 0 && *str < end && **str != '}'
            && !fs_field(p, str, end, raw, lvl, &lit, &value, first, t, last))
            r = -1;
        if (r >= 0 && lit.len)
            sb_add(&st->last, lit.s, lit.len);
        free(lit.s);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (!value)
            break;
        fs_flush(p, st, first, last);
        push(p, value);
    }
    if (lvl != 0 && (*str >= end || **str != '}'))
        return error_last(p, LEX_ERR_SYNTAX, "f-string: expecting '}'"), false;
    return true;
}

/* The result of st: a str Constant, or a JoinedStr of its values
 * (CPython's _PyPegen_FstringParser_Finish), spanning first..last. */
static ast_expr *fs_finish(parser *p, fstate *st, const lex_token *first, const lex_token *last)
{
    ast_expr *e;
    if (!st->fmode) {
        e = str_constant(p, st->last.s, st->last.len, first, last);
    } else {
        fs_flush(p, st, first, last);
        e = new_expr(p, AST_JOINEDSTR, span(tok_loc(first), tok_loc(last)));
        e->u.joinedstr.values = pop_exprs(p, st->mark);
    }
    free(st->last.s);
    st->last.s = NULL;
    return e;
}

/* A format spec after ':' (CPython's fstring_parse at level lvl). */
static ast_expr *fs_parse_spec(parser *p, const char **str, const char *end, bool raw, int lvl,
                               const lex_token *first, const lex_token *t, const lex_token *last)
{
    fstate st = {.mark = p->sp};
    if (!fs_concat(p, &st, str, end, raw, lvl, first, t, last)) {
        free(st.last.s);
        p->sp = st.mark;
        return NULL;
    }
    return fs_finish(p, &st, t, t);
}

/* ---- strings: concatenation ---------------------------------------------- */

/* One string token into st (or into *bytes).  False after an error. */
static bool add_string(parser *p, fstate *st, strbuf *bytes, const lex_token *t,
                       const lex_token *first, const lex_token *last)
{
    strparts s = split_string(t);
    if (s.fmode) {
        const char *str = s.body;
        return fs_concat(p, st, &str, s.body + s.len, s.raw, 0, first, t, last);
    }
    bool plain = s.raw || !memchr(s.body, '\\', s.len);
    if (s.bytes) {
        for (size_t i = 0; i < s.len; i++)
            if ((unsigned char)s.body[i] >= 0x80)
                return error_last(p, LEX_ERR_SYNTAX, "bytes can only contain ASCII literal characters"),
                       false;
        if (plain) {
            sb_add(bytes, s.body, s.len);
            return true;
        }
        return decode_bytes(p, s.body, s.len, bytes);
    }
    if (!str_decodes(p, s.body, s.len, plain))
        return false;
    if (plain) {
        sb_add(&st->last, s.body, s.len);
        return true;
    }
    return decode_str(p, s.body, s.len, &st->last, t);
}

/* STRING+: adjacent literals concatenated (CPython's
 * _PyPegen_concatenate_strings).  Like CPython it reads the token after
 * the last string before decoding, so errors point there. */
static ast_expr *parse_strings(parser *p)
{
    lex_token *toks = NULL;
    size_t n = 0, cap = 0;
    while (kind(p) == LEX_STRING) {
        if (n == cap) {
            cap = cap ? 2 * cap : 8;
            toks = hv_realloc(toks, cap * sizeof *toks);
        }
        toks[n++] = advance(p);
    }
    kind(p);
    fstate st = {.mark = p->sp};
    strbuf bytes = {0};
    bool bytesmode = false, ok = true, in_action = p->in_action;
    p->in_action = true;
    for (size_t i = 0; i < n && ok; i++) {
        bool b = split_string(&toks[i]).bytes;
        if (i && b != bytesmode) {
            error_last(p, LEX_ERR_SYNTAX, "cannot mix bytes and nonbytes literals");
            ok = false;
            break;
        }
        bytesmode = b;
        ok = add_string(p, &st, &bytes, &toks[i], &toks[0], &toks[n - 1]);
    }
    ast_expr *e = NULL;
    if (ok && bytesmode) {
        e = new_const(p, AST_CONST_BYTES, span(tok_loc(&toks[0]), tok_loc(&toks[n - 1])));
        e->u.constant.text = arena_strndup(p, bytes.s ? bytes.s : "", bytes.len);
        e->u.constant.len = (uint32_t)bytes.len;
    } else if (ok) {
        e = fs_finish(p, &st, &toks[0], &toks[n - 1]);
    }
    if (!ok)
        p->sp = st.mark;
    p->in_action = in_action;
    free(st.last.s);
    free(bytes.s);
    free(toks);
    return e;
}

/* ---- expressions: helpers ------------------------------------------------ */

static ast_expr *parse_expression(parser *p);
static ast_expr *parse_named_expression(parser *p);
static ast_expr *parse_star_named_expression(parser *p);
static ast_expr *parse_disjunction(parser *p);
static ast_expr *parse_bitwise_or(parser *p);
static ast_expr *parse_yield_expr(parser *p);
static ast_arguments *parse_params(parser *p, bool lambda);
static ast_comprehension_seq parse_comp_clauses(parser *p, bool *ok);
static void *bad_follow(parser *p, ast_expr *e, bool named);
static bool comma_rule(parser *p, ast_expr *e);

/* Tokens an expression can start with. */
static bool starts_expression(int k)
{
    switch (k) {
    case LEX_NAME: case LEX_NUMBER: case LEX_STRING: case LEX_LPAR: case LEX_LSQB:
    case LEX_LBRACE: case LEX_MINUS: case LEX_PLUS: case LEX_TILDE: case LEX_KW_NOT:
    case LEX_KW_LAMBDA: case LEX_KW_AWAIT: case LEX_KW_TRUE: case LEX_KW_FALSE:
    case LEX_KW_NONE: case LEX_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* The noun CPython's messages use for an expression (_PyPegen_get_expr_name). */
static const char *expr_noun(const ast_expr *e)
{
    switch (e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOLOP: case AST_BINOP: case AST_UNARYOP: return "expression";
    case AST_GENERATOREXP: return "generator expression";
    case AST_YIELD: case AST_YIELDFROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINEDSTR: case AST_FORMATTEDVALUE: return "f-string expression";
    case AST_CONSTANT:
        switch (e->u.constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

/* ---- atoms ----------------------------------------------------------------- */

/* A tuple's items after its first, pushed at mark (star_named_expressions
 * and the like): one more after each comma while more(p) says one
 * follows it (a trailing comma ends them); false, the stack cut back to
 * mark, when an item fails. */
static bool push_more_items(parser *p, size_t mark, ast_expr *(*item)(parser *),
                            bool (*more)(parser *))
{
    while (accept(p, LEX_COMMA) && more(p)) {
        ast_expr *e = item(p);
        if (!e) {
            p->sp = mark;
            return false;
        }
        push(p, e);
    }
    return true;
}

/* The Tuple (Load) of the items pushed from mark, at loc. */
static ast_expr *load_tuple(parser *p, ast_loc loc, size_t mark)
{
    ast_expr *t = new_expr(p, AST_TUPLE, loc);
    t->ctx = AST_LOAD;
    t->u.list.elts = pop_exprs(p, mark);
    return t;
}

static bool not_rpar(parser *p)
{
    return kind(p) != LEX_RPAR;
}

static bool not_colon(parser *p)
{
    return kind(p) != LEX_COLON;
}

static bool starts_star_item(parser *p)
{
    return kind(p) == LEX_STAR || starts_expression(kind(p));
}

static ast_expr *parse_star_named_expression(parser *p);

/* The rest of a parenthesized tuple after its first element. */
static ast_expr *paren_tuple(parser *p, const lex_token *open, ast_expr *first)
{
    size_t mark = p->sp;
    push(p, first);
    if (!push_more_items(p, mark, parse_star_named_expression, not_rpar))
        return NULL;
    if (kind(p) != LEX_RPAR) {
        bad_follow(p, (ast_expr *)p->stack[p->sp - 1], true);
        p->sp = mark;
        return NULL;
    }
    lex_token close = advance(p);
    ast_expr *t = load_tuple(p, span(tok_loc(open), tok_loc(&close)), mark);
    t->parens = 1;
    return t;
}

/* A comprehension's element may not be starred (invalid_comprehension). */
static bool comp_element_ok(parser *p, ast_expr *elt)
{
    if (elt->kind == AST_STARRED && !elt->parens) {
        error_at(p, elt->loc, "iterable unpacking cannot be used in comprehension");
        return false;
    }
    return true;
}

static bool at_comp_for(parser *p)
{
    return kind(p) == LEX_KW_FOR || (kind(p) == LEX_KW_ASYNC && peek(p, 1)->kind == LEX_KW_FOR);
}

/* The rest of a comprehension whose element (a dict's key and value) was
 * just read: its clauses and the closing bracket `close`; a node of kind
 * AST_GENERATOREXP, AST_LISTCOMP, AST_SETCOMP or AST_DICTCOMP spanning
 * from open. */
static ast_expr *comp_rest(parser *p, const lex_token *open, int close, enum ast_expr_kind what,
                           ast_expr *elt, ast_expr *value)
{
    if (!value && !comp_element_ok(p, elt))
        return NULL;
    bool ok;
    ast_comprehension_seq gens = parse_comp_clauses(p, &ok);
    if (!ok)
        return NULL;
    if (kind(p) != close)
        return error_generic(p);
    lex_token end = advance(p);
    ast_expr *c = new_expr(p, what, span(tok_loc(open), tok_loc(&end)));
    if (value) {
        c->u.dictcomp.key = elt;
        c->u.dictcomp.value = value;
        c->u.dictcomp.generators = gens;
    } else {
        c->u.comp.elt = elt;
        c->u.comp.generators = gens;
    }
    return c;
}

/* '(' ... ')': empty tuple, group, tuple or generator expression. */
static ast_expr *paren_body(parser *p, const lex_token *open)
{
    if (kind(p) == LEX_RPAR) {
        lex_token close = advance(p);
        ast_expr *t = new_expr(p, AST_TUPLE, span(tok_loc(open), tok_loc(&close)));
        t->ctx = AST_LOAD;
        t->parens = 1;
        return t;
    }
    if (kind(p) == LEX_DOUBLESTAR) {        /* invalid_group */
        if (!failing(p))
            return NULL;
        lex_token dstar = advance(p);
        if (!parse_expression(p) || kind(p) != LEX_RPAR)
            return p->failed ? NULL : error_generic(p);
        return error_at(p, tok_loc(&dstar), "cannot use double starred expression here");
    }
    ast_expr *first = kind(p) == LEX_KW_YIELD ? parse_yield_expr(p)
                                               : parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (first->kind != AST_YIELD && first->kind != AST_YIELDFROM && at_comp_for(p))
        return comp_rest(p, open, LEX_RPAR, AST_GENERATOREXP, first, NULL);
    if (kind(p) == LEX_COMMA && first->kind != AST_YIELD && first->kind != AST_YIELDFROM)
        return paren_tuple(p, open, first);
    if (kind(p) != LEX_RPAR)
        return bad_follow(p, first, true);
    advance(p);
    if (first->kind == AST_STARRED)
        return error_at(p, first->loc, "cannot use starred expression here");
    first->parens = 1;
    return first;
}

/* '[' ... ']': list display or list comprehension. */
static ast_expr *list_body(parser *p, const lex_token *open)
{
    size_t mark = p->sp;
    while (kind(p) != LEX_RSQB) {
        ast_expr *e = parse_star_named_expression(p);
        if (!e)
            goto fail;
        if (p->sp == mark && at_comp_for(p))           /* nothing pushed yet */
            return comp_rest(p, open, LEX_RSQB, AST_LISTCOMP, e, NULL);
        push(p, e);
        if (!accept(p, LEX_COMMA)) {
            if (kind(p) != LEX_RSQB) {
                bad_follow(p, e, true);
                goto fail;
            }
        }
    }
    lex_token close = advance(p);
    ast_expr *l = new_expr(p, AST_LIST, span(tok_loc(open), tok_loc(&close)));
    l->ctx = AST_LOAD;
    l->u.list.elts = pop_exprs(p, mark);
    return l;
fail:
    p->sp = mark;
    return NULL;
}

/* One key: value (or **mapping) of a dict display; pushes key (NULL for
 * **) and value. */
static bool dict_item(parser *p, ast_expr *key, bool first)
{
    if (!key) {
        if (kind(p) == LEX_DOUBLESTAR) {
            advance(p);
            ast_expr *v = parse_bitwise_or(p);
            if (!v)
                return false;
            push(p, NULL);
            push(p, v);
            return true;
        }
        if (!(key = parse_expression(p)))
            return false;
    }
    if (kind(p) != LEX_COLON) {             /* invalid_kvpair */
        if (!comma_rule(p, key) && failing(p))
            set_error(p, LEX_ERR_SYNTAX, key->loc.line, key->loc.end_col, key->loc.end_line, 0,
                      "':' expected after dictionary key");
        return false;
    }
    lex_token colon = advance(p);
    if (kind(p) == LEX_RBRACE || kind(p) == LEX_COMMA)
        return error_at(p, tok_loc(&colon), "expression expected after dictionary key and ':'"), false;
    if (kind(p) == LEX_STAR || (!first && kind(p) == LEX_DOUBLESTAR)) {  /* invalid_kvpair */
        if (!failing(p))
            return false;
        lex_token star = advance(p);
        if (!parse_bitwise_or(p))
            return false;
        return error_from(p, tok_loc(&star), star.kind == LEX_STAR
                          ? "cannot use a starred expression in a dictionary value"
                          : "cannot use dict unpacking in a dictionary value"), false;
    }
    ast_expr *v = parse_expression(p);
    if (!v)
        return false;
    push(p, key);
    push(p, v);
    return true;
}

/* The rest of a dict display: pairs on the stack from `mark`. */
static ast_expr *dict_rest(parser *p, const lex_token *open, size_t mark)
{
    while (accept(p, LEX_COMMA)) {
        if (kind(p) == LEX_RBRACE)
            break;
        if (!dict_item(p, NULL, false))
            goto fail;
    }
    if (kind(p) != LEX_RBRACE) {
        bad_follow(p, (ast_expr *)p->stack[p->sp - 1], false);
        goto fail;
    }
    lex_token close = advance(p);
    ast_expr *d = new_expr(p, AST_DICT, span(tok_loc(open), tok_loc(&close)));
    size_t n = (p->sp - mark) / 2;
    size_t kmark = p->sp;
    for (size_t i = 0; i < n; i++)
        push(p, p->stack[mark + 2 * i]);
    ast_expr_seq keys = pop_exprs(p, kmark);
    for (size_t i = 0; i < n; i++)
        push(p, p->stack[mark + 2 * i + 1]);
    ast_expr_seq values = pop_exprs(p, kmark);
    p->sp = mark;
    d->u.dict.keys = keys;
    d->u.dict.values = values;
    return d;
fail:
    p->sp = mark;
    return NULL;
}

/* The rest of a set display after its first element. */
static ast_expr *set_rest(parser *p, const lex_token *open, ast_expr *first)
{
    size_t mark = p->sp;
    push(p, first);
    while (accept(p, LEX_COMMA)) {
        if (kind(p) == LEX_RBRACE)
            break;
        ast_expr *e = parse_star_named_expression(p);
        if (!e)
            goto fail;
        push(p, e);
    }
    if (kind(p) != LEX_RBRACE) {
        bad_follow(p, (ast_expr *)p->stack[p->sp - 1], true);
        goto fail;
    }
    lex_token close = advance(p);
    ast_expr *s = new_expr(p, AST_SET, span(tok_loc(open), tok_loc(&close)));
    s->u.set.elts = pop_exprs(p, mark);
    return s;
fail:
    p->sp = mark;
    return NULL;
}

/* A comprehension inside braces: '{' elt for ... '}' or '{' k: v for ... '}'. */
static ast_expr *brace_comp(parser *p, const lex_token *open, ast_expr *key, ast_expr *value)
{
    return comp_rest(p, open, LEX_RBRACE, value ? AST_DICTCOMP : AST_SETCOMP, key, value);
}

/* '{' ... '}': dict, set, or their comprehensions. */
static ast_expr *brace_body(parser *p, const lex_token *open)
{
    size_t mark = p->sp;
    if (kind(p) == LEX_RBRACE) {
        lex_token close = advance(p);
        return new_expr(p, AST_DICT, span(tok_loc(open), tok_loc(&close)));
    }
    if (kind(p) == LEX_DOUBLESTAR) {
        lex_token star = *peek(p, 0);
        if (!dict_item(p, NULL, true))
            return NULL;
        if (at_comp_for(p)) {
            p->sp = mark;
            return error_at(p, tok_loc(&star), "dict unpacking cannot be used in dict comprehension");
        }
        return dict_rest(p, open, mark);
    }
    ast_expr *first = parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (kind(p) == LEX_COLON && first->kind != AST_STARRED && (first->kind != AST_NAMEDEXPR || first->parens)) {
        if (!dict_item(p, first, true))
            return NULL;
        if (at_comp_for(p)) {
            ast_expr *v = (ast_expr *)p->stack[p->sp - 1];
            p->sp = mark;
            return brace_comp(p, open, first, v);
        }
        return dict_rest(p, open, mark);
    }
    if (at_comp_for(p))
        return brace_comp(p, open, first, NULL);
    return set_rest(p, open, first);
}

/* Brackets recurse; the tokenizer bounds them (200). */
static ast_expr *parse_bracketed(parser *p)
{
    lex_token open = advance(p);
    int cost = open.kind == LEX_LPAR ? PEG_GROUP : PEG_DISPLAY;
    if (!gate(p, cost))
        return NULL;
    ast_expr *e = open.kind == LEX_LPAR ? paren_body(p, &open)
                  : open.kind == LEX_LSQB ? list_body(p, &open)
                  : brace_body(p, &open);
    ungate(p, cost);
    return e;
}

static ast_expr *parse_atom(parser *p)
{
    lex_token t;
    switch (kind(p)) {
    case LEX_NAME:
        t = advance(p);
        return new_name(p, &t, AST_LOAD);
    case LEX_KW_TRUE:
    case LEX_KW_FALSE:
    case LEX_KW_NONE:
    case LEX_ELLIPSIS:
        t = advance(p);
        return new_const(p, t.kind == LEX_KW_TRUE ? AST_CONST_TRUE : t.kind == LEX_KW_FALSE
                            ? AST_CONST_FALSE : t.kind == LEX_KW_NONE ? AST_CONST_NONE
                            : AST_CONST_ELLIPSIS, tok_loc(&t));
    case LEX_NUMBER:
        return parse_number(p);
    case LEX_STRING:
        return parse_strings(p);
    case LEX_LPAR:
    case LEX_LSQB:
    case LEX_LBRACE:
        return parse_bracketed(p);
    default:
        return error_generic(p);
    }
}

/* ---- primaries: atom followed by .name (args) [slices] ------------------- */

/* The last expression of a comprehension: its last `if`, else its iter. */
static ast_expr *last_comp_item(ast_comprehension_seq gens)
{
    ast_comprehension *c = gens.v[gens.n - 1];
    return c->ifs.n ? c->ifs.v[c->ifs.n - 1] : c->iter;
}

static ast_keyword *new_keyword(parser *p, const ast_ident *arg, ast_expr *value, ast_loc loc)
{
    ast_keyword *k = ast_alloc(p->m->arena, sizeof *k);
    k->arg = arg;
    k->value = value;
    k->loc = loc;
    return k;
}

typedef struct callargs {
    size_t mark;            /* stack: (tag, item) pairs; tag NULL: positional */
    bool class_args;        /* the bases of a class: no generator expression */
    ast_loc first, last;    /* the first argument's start, the last one's end */
    bool seen_keyword;      /* a keyword or **mapping was seen */
    bool seen_dstar;        /* a **mapping was seen */
    uint32_t npositional;
} callargs;

/* A keyword argument NAME '=' expression (or the errors CPython gives for
 * other things before '='). */
static bool call_keyword(parser *p, callargs *ca)
{
    lex_token name = advance(p);
    lex_token eq = advance(p);
    if (name.kind != LEX_NAME)               /* True= False= None= */
        return error_range(p, tok_loc(&name), tok_loc(&eq), "cannot assign to %s",
                           lex_kind_text(name.kind)), false;
    ast_expr *v = parse_expression(p);
    if (!v)
        return false;
    if (at_comp_for(p))
        return error_range(p, tok_loc(&name), tok_loc(&eq),
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"), false;
    push(p, (void *)1);
    push(p, new_keyword(p, ident_of(p, &name), v, upto(p, tok_loc(&name))));
    ca->seen_keyword = true;
    return true;
}

/* A positional argument, possibly a generator expression. */
static bool call_positional(parser *p, callargs *ca, const lex_token *open, ast_expr **genexp)
{
    /* args: assignment_expression | expression !':=' (no invalid_named_expression:
     * `f(x[0] := 1)` is plain invalid syntax) */
    bool walrus = kind(p) == LEX_NAME && peek(p, 1)->kind == LEX_COLONEQUAL;
    /* after a keyword the first pass reads an item only as a kwarg (NAME
     * '=', True/False/None '=' is the second pass's): its last token */
    lex_token first_pass = *peek(p, kind(p) == LEX_NAME);
    ast_expr *e = walrus ? parse_named_expression(p) : parse_expression(p);
    if (!e)
        return false;
    if (ca->seen_keyword && !walrus && kind(p) == LEX_COLONEQUAL) {
        /* no `args` after the keyword (expression !':='): no
         * invalid_arguments either, python3's generic error there */
        if (!p->fail_tok_set && failing(p)) {
            p->fail_tok = first_pass;
            p->fail_tok_set = true;
        }
        return error_generic(p), false;
    }
    if (kind(p) == LEX_EQUAL) {
        lex_token eq = *peek(p, 0);
        return error_range(p, e->loc, tok_loc(&eq),
                           "expression cannot contain assignment, perhaps you meant \"==\"?"), false;
    }
    if (at_comp_for(p) && ca->class_args) {  /* bases: no generator expression */
        bool ok;
        if (failing(p))
            parse_comp_clauses(p, &ok);
        return error_generic(p), false;
    }
    if (at_comp_for(p)) {
        bool ok;
        ast_comprehension_seq gens = parse_comp_clauses(p, &ok);
        if (!ok)
            return false;
        if (ca->npositional || ca->seen_keyword || kind(p) == LEX_COMMA)
            return error_range(p, e->loc, last_comp_item(gens)->loc,
                               "Generator expression must be parenthesized"), false;
        if (kind(p) != LEX_RPAR)
            return bad_follow(p, last_comp_item(gens), false), false;
        lex_token close = *peek(p, 0);
        ast_expr *g = new_expr(p, AST_GENERATOREXP, span(tok_loc(open), tok_loc(&close)));
        g->u.comp.elt = e;
        g->u.comp.generators = gens;
        *genexp = g;
        return true;
    }
    if (ca->seen_keyword) {
        error_last(p, LEX_ERR_SYNTAX, ca->seen_dstar
                   ? "positional argument follows keyword argument unpacking"
                   : "positional argument follows keyword argument");
        return false;
    }
    push(p, NULL);
    push(p, e);
    ca->npositional++;
    return true;
}

/* One argument of a call. */
static bool call_arg(parser *p, callargs *ca, const lex_token *open, ast_expr **genexp)
{
    int k = kind(p);
    if (k == LEX_STAR || k == LEX_DOUBLESTAR) {
        lex_token star = advance(p);
        if (k == LEX_STAR && p->sp > ca->mark && !starts_expression(kind(p)))
            return error_range(p, ca->first, ca->last,
                               "iterable argument unpacking follows keyword argument unpacking"), false;
        ast_expr *v = parse_expression(p);
        if (!v)
            return false;
        ast_loc loc = upto(p, tok_loc(&star));
        if (k == LEX_DOUBLESTAR) {
            push(p, (void *)1);
            push(p, new_keyword(p, NULL, v, loc));
            ca->seen_keyword = ca->seen_dstar = true;
            return true;
        }
        if (ca->seen_dstar)
            return error_range(p, ca->first, ca->last,
                               "iterable argument unpacking follows keyword argument unpacking"), false;
        ast_expr *s = new_expr(p, AST_STARRED, loc);
        s->ctx = AST_LOAD;
        s->u.starred.value = v;
        push(p, NULL);
        push(p, s);
        return true;
    }
    if ((k == LEX_NAME || k == LEX_KW_TRUE || k == LEX_KW_FALSE || k == LEX_KW_NONE)
        && peek(p, 1)->kind == LEX_EQUAL)
        return call_keyword(p, ca);
    return call_positional(p, ca, open, genexp);
}

/* func '(' arguments ')' (`class_args`: a class's bases). */
static ast_expr *call_body(parser *p, ast_expr *func, ast_loc start, const lex_token *open,
                           bool class_args)
{
    callargs ca = {.mark = p->sp, .class_args = class_args};
    ast_expr *genexp = NULL;
    while (kind(p) != LEX_RPAR && !genexp) {
        lex_token arg_start = *peek(p, 0);
        if (!call_arg(p, &ca, open, &genexp))
            goto fail;
        if (p->sp == ca.mark + 2)
            ca.first = tok_loc(&arg_start);
        ca.last = p->prev.kind ? tok_loc(&p->prev) : ca.last;
        if (!genexp && !accept(p, LEX_COMMA)) {
            if (kind(p) != LEX_RPAR) {
                bad_follow(p, (ast_expr *)(p->stack[p->sp - 2] ? ((ast_keyword *)p->stack[p->sp - 1])->value
                                                              : p->stack[p->sp - 1]), false);
                goto fail;
            }
        }
    }
    lex_token close = advance(p);
    ast_expr *c = new_expr(p, AST_CALL, span(start, tok_loc(&close)));
    c->u.call.func = func;
    size_t n = (p->sp - ca.mark) / 2, m = p->sp;
    for (size_t i = 0; i < n; i++)
        if (!p->stack[ca.mark + 2 * i])
            push(p, p->stack[ca.mark + 2 * i + 1]);
    if (genexp)
        push(p, genexp);
    c->u.call.args = pop_exprs(p, m);
    for (size_t i = 0; i < n; i++)
        if (p->stack[ca.mark + 2 * i])
            push(p, p->stack[ca.mark + 2 * i + 1]);
    c->u.call.keywords = pop_keywords(p, m);
    p->sp = ca.mark;
    return c;
fail:
    p->sp = ca.mark;
    return NULL;
}

/* One slice, or an expression, inside [...]. */
static ast_expr *parse_slice(parser *p)
{
    lex_token first = *peek(p, 0);
    if (kind(p) == LEX_STAR) {
        lex_token star = advance(p);
        ast_expr *v = parse_expression(p);
        if (!v)
            return NULL;
        ast_expr *s = new_expr(p, AST_STARRED, upto(p, tok_loc(&star)));
        s->ctx = AST_LOAD;
        s->u.starred.value = v;
        return s;
    }
    ast_expr *lower = NULL;
    if (kind(p) != LEX_COLON) {
        lower = parse_named_expression(p);
        if (!lower || kind(p) != LEX_COLON)
            return lower;
        if (lower->kind == AST_NAMEDEXPR && !lower->parens)    /* slice: [expression] ':' ... */
            return error_generic(p);
    }
    advance(p);
    ast_expr *upper = NULL, *step = NULL;
    if (starts_expression(kind(p)) && !(upper = parse_expression(p)))
        return NULL;
    if (accept(p, LEX_COLON) && starts_expression(kind(p)) && !(step = parse_expression(p)))
        return NULL;
    ast_expr *s = new_expr(p, AST_SLICE, span(tok_loc(&first), tok_loc(&p->prev)));
    s->u.slice.lower = lower;
    s->u.slice.upper = upper;
    s->u.slice.step = step;
    return s;
}

/* value '[' slices ']'. */
static ast_expr *subscript_body(parser *p, ast_expr *value, ast_loc start)
{
    size_t mark = p->sp;
    lex_token first = *peek(p, 0);
    bool tuple = false;
    for (;;) {
        ast_expr *e = parse_slice(p);
        if (!e)
            goto fail;
        push(p, e);
        tuple |= e->kind == AST_STARRED;
        if (!accept(p, LEX_COMMA))
            break;
        tuple = true;
        if (kind(p) == LEX_RSQB)
            break;
    }
    ast_loc inner = span(tok_loc(&first), tok_loc(&p->prev));
    if (kind(p) != LEX_RSQB) {
        bad_follow(p, (ast_expr *)p->stack[p->sp - 1], true);
        goto fail;
    }
    lex_token close = advance(p);
    ast_expr *slice;
    if (tuple) {
        slice = new_expr(p, AST_TUPLE, inner);
        slice->ctx = AST_LOAD;
        slice->u.list.elts = pop_exprs(p, mark);
    } else {
        slice = (ast_expr *)p->stack[mark];
        p->sp = mark;
    }
    ast_expr *s = new_expr(p, AST_SUBSCRIPT, span(start, tok_loc(&close)));
    s->ctx = AST_LOAD;
    s->u.subscript.value = value;
    s->u.subscript.slice = slice;
    return s;
fail:
    p->sp = mark;
    return NULL;
}

static ast_expr *parse_primary(parser *p)
{
    ast_loc start = here(p);
    ast_expr *e = parse_atom(p);
    while (e) {
        int k = kind(p);
        uint32_t pos = p->pos;
        lex_token prev = p->prev;
        if (k == LEX_DOT) {
            advance(p);
            if (kind(p) != LEX_NAME) {
                error_generic(p);
                return backtrack(p, pos, prev) ? e : NULL;
            }
            lex_token name = advance(p);
            ast_expr *a = new_expr(p, AST_ATTRIBUTE, span(start, tok_loc(&name)));
            a->ctx = AST_LOAD;
            a->u.attribute.value = e;
            a->u.attribute.attr = ident_of(p, &name);
            e = a;
        } else if (k == LEX_LPAR || k == LEX_LSQB) {
            lex_token open = advance(p);
            int cost = k == LEX_LPAR ? PEG_CALL : PEG_SUBSCRIPT;
            if (!gate(p, cost))
                return NULL;
            ast_expr *c = k == LEX_LPAR ? call_body(p, e, start, &open, false) : subscript_body(p, e, start);
            ungate(p, cost);
            if (!c)
                return backtrack(p, pos, prev) ? e : NULL;
            e = c;
        } else {
            break;
        }
    }
    return e;
}

/* ---- operators --------------------------------------------------------------- */

/* In a look ahead, an operand failing after '**' leaves the left side
 * alone (PEG's power: await_primary '**' factor | await_primary): the
 * frames of the failed part go, e is the left operand.  False when it
 * cannot be dropped. */
static bool drop_power(parser *p, size_t base, ast_expr **e)
{
    size_t k = p->fp;
    while (k > base && p->frames[k - 1].kind != F_POW)
        k--;
    if (k == base || !p->quiet || !p->failed || p->final || p->loud)
        return false;
    frame *f = &p->frames[k - 1];
    p->failed = false;
    p->pos = f->pos;
    p->prev = p->toks[f->pos - 1];
    *e = f->a;
    p->fp = k - 1;
    return true;
}

/* The node frame f makes of its operand e, the innermost part it waited
 * for. */
static ast_expr *frame_wrap(parser *p, const frame *f, ast_expr *e)
{
    ast_expr *w;
    switch (f->kind) {
    case F_LAMBDA:
        w = new_expr(p, AST_LAMBDA, upto(p, f->start));
        w->u.lambda.args = f->args;
        w->u.lambda.body = e;
        break;
    case F_IFEXP:
        w = new_expr(p, AST_IFEXP, upto(p, f->start));
        w->u.ifexp.test = f->b;
        w->u.ifexp.body = f->a;
        w->u.ifexp.orelse = e;
        break;
    case F_UNARY:
    case F_NOT:
        w = new_expr(p, AST_UNARYOP, upto(p, f->start));
        w->u.unaryop.op = f->kind == F_NOT ? AST_NOT : f->op;
        w->u.unaryop.operand = e;
        break;
    case F_POW:
        w = new_expr(p, AST_BINOP, upto(p, f->start));
        w->u.binop.left = f->a;
        w->u.binop.op = AST_POW;
        w->u.binop.right = e;
        break;
    default:                                /* F_AWAIT */
        w = new_expr(p, AST_AWAIT, upto(p, f->start));
        w->u.await.value = e;
        unsupported(p, w->loc, "'await'");
        break;
    }
    return w;
}

/* The end of a loop over frames: those above base popped, innermost first,
 * each wrapping e (frame_wrap), and the nesting level back to level0.  The
 * whole expression, or NULL when e is (the frames dropped). */
static ast_expr *frames_unwind(parser *p, size_t base, int level0, ast_expr *e)
{
    while (e && p->fp > base)
        e = frame_wrap(p, &p->frames[--p->fp], e);
    p->fp = base;
    p->level = level0;
    return e;
}

/* Unary + - ~, await, and ** (right-associative, binding tighter than a
 * unary operator on its left): one loop over a stack of frames, so that
 * `- - - ... x` and `a ** b ** ...` of any length cost no C stack. */
static ast_expr *parse_factor(parser *p)
{
    size_t base = p->fp;
    int level0 = p->level;
    ast_expr *e;
    for (;;) {
        int k = kind(p);
        if (k == LEX_MINUS || k == LEX_PLUS || k == LEX_TILDE) {
            lex_token t = advance(p);
            if (!deeper(p, 1))
                goto fail;
            frame *f = push_frame(p, F_UNARY, tok_loc(&t));
            f->op = k == LEX_MINUS ? AST_USUB : k == LEX_PLUS ? AST_UADD : AST_INVERT;
            continue;
        }
        ast_loc start = here(p);
        if (k == LEX_KW_AWAIT) {
            lex_token t = advance(p);
            push_frame(p, F_AWAIT, tok_loc(&t));
        }
        if (!(e = parse_primary(p))) {
            if (drop_power(p, base, &e))
                break;
            goto fail;
        }
        if (p->fp > base && p->frames[p->fp - 1].kind == F_AWAIT)
            e = frame_wrap(p, &p->frames[--p->fp], e);
        if (kind(p) != LEX_DOUBLESTAR)
            break;
        uint32_t pos = p->pos;
        advance(p);
        if (!deeper(p, 2))
            goto fail;
        frame *f = push_frame(p, F_POW, start);
        f->a = e;
        f->pos = pos;
    }
    return frames_unwind(p, base, level0, e);
fail:
    return frames_unwind(p, base, level0, NULL);
}

/* The binary operator of token kind k and its precedence (| lowest, then
 * ^ & << >> + - * / // % @), or 0. */
static int binop_of(int k, int *prec)
{
    switch (k) {
    case LEX_VBAR: *prec = 0; return AST_BITOR;
    case LEX_CIRCUMFLEX: *prec = 1; return AST_BITXOR;
    case LEX_AMPER: *prec = 2; return AST_BITAND;
    case LEX_LEFTSHIFT: *prec = 3; return AST_LSHIFT;
    case LEX_RIGHTSHIFT: *prec = 3; return AST_RSHIFT;
    case LEX_PLUS: *prec = 4; return AST_ADD;
    case LEX_MINUS: *prec = 4; return AST_SUB;
    case LEX_STAR: *prec = 5; return AST_MULT;
    case LEX_SLASH: *prec = 5; return AST_DIV;
    case LEX_DOUBLESLASH: *prec = 5; return AST_FLOORDIV;
    case LEX_PERCENT: *prec = 5; return AST_MOD;
    case LEX_AT: *prec = 5; return AST_MATMULT;
    default: return 0;
    }
}

/* bitwise_or ... term by precedence climbing: left-associative chains
 * are loops, and the recursion is at most one level per precedence. */
static ast_expr *parse_binary(parser *p, int min_prec)
{
    ast_loc start = here(p);
    ast_expr *e = parse_factor(p);
    int op, prec;
    while (e && (op = binop_of(kind(p), &prec)) && prec >= min_prec) {
        uint32_t pos = p->pos;
        lex_token prev = p->prev;
        advance(p);
        ast_expr *r = parse_binary(p, prec + 1);
        if (!r)
            return backtrack(p, pos, prev) ? e : NULL;
        ast_expr *b = new_expr(p, AST_BINOP, upto(p, start));
        b->u.binop.left = e;
        b->u.binop.op = (uint8_t)op;
        b->u.binop.right = r;
        e = b;
    }
    return e;
}

static ast_expr *parse_bitwise_or(parser *p)
{
    return parse_binary(p, 0);
}

/* The comparison operator at the current token (consumed), or 0. */
static int comparison_op(parser *p)
{
    const lex_token *t = peek(p, 0);
    int op = 0, n = 1;
    switch (kind(p)) {
    case LEX_EQEQUAL: op = AST_EQ; break;
    case LEX_NOTEQUAL: op = t->start[0] == '!' ? AST_NOTEQ : 0; break;
    case LEX_LESS: op = AST_LT; break;
    case LEX_LESSEQUAL: op = AST_LTE; break;
    case LEX_GREATER: op = AST_GT; break;
    case LEX_GREATEREQUAL: op = AST_GTE; break;
    case LEX_KW_IN: op = AST_IN; break;
    case LEX_KW_IS:
        op = AST_IS;
        if (peek(p, 1)->kind == LEX_KW_NOT) {
            op = AST_ISNOT;
            n = 2;
        }
        break;
    case LEX_KW_NOT:
        if (peek(p, 1)->kind == LEX_KW_IN) {
            op = AST_NOTIN;
            n = 2;
        }
        break;
    }
    for (int i = 0; op && i < n; i++)
        advance(p);
    return op;
}

static ast_expr *parse_comparison(parser *p)
{
    ast_loc start = here(p);
    ast_expr *left = parse_bitwise_or(p);
    if (!left)
        return NULL;
    size_t mark = p->sp;
    int op;
    for (;;) {
        uint32_t pos = p->pos;
        lex_token prev = p->prev;
        if (!(op = comparison_op(p)))
            break;
        ast_expr *r = parse_bitwise_or(p);
        if (!r) {
            if (backtrack(p, pos, prev))
                break;
            p->sp = mark;
            return NULL;
        }
        push(p, (void *)(uintptr_t)op);
        push(p, r);
    }
    if (p->sp == mark)
        return left;
    size_t n = (p->sp - mark) / 2;
    ast_expr *c = new_expr(p, AST_COMPARE, upto(p, start));
    c->u.compare.left = left;
    c->u.compare.ops = ast_alloc(p->m->arena, n);
    for (size_t i = 0; i < n; i++)
        c->u.compare.ops[i] = (uint8_t)(uintptr_t)p->stack[mark + 2 * i];
    size_t m = p->sp;
    for (size_t i = 0; i < n; i++)
        push(p, p->stack[mark + 2 * i + 1]);
    c->u.compare.comparators = pop_exprs(p, m);
    p->sp = mark;
    return c;
}

/* 'not'* comparison, as a loop. */
static ast_expr *parse_inversion(parser *p)
{
    size_t base = p->fp;
    int level0 = p->level;
    while (kind(p) == LEX_KW_NOT) {
        lex_token t = advance(p);
        if (!deeper(p, 1))
            return frames_unwind(p, base, level0, NULL);
        push_frame(p, F_NOT, tok_loc(&t));
    }
    return frames_unwind(p, base, level0, parse_comparison(p));
}

/* operand ('and' operand)+ or ('or' ...)+ as one BoolOp. */
static ast_expr *parse_boolop(parser *p, int op)
{
    int word = op == AST_AND ? LEX_KW_AND : LEX_KW_OR;
    ast_loc start = here(p);
    ast_expr *first = op == AST_AND ? parse_inversion(p) : parse_boolop(p, AST_AND);
    if (!first || kind(p) != word)
        return first;
    size_t mark = p->sp;
    push(p, first);
    for (;;) {
        uint32_t pos = p->pos;
        lex_token prev = p->prev;
        if (!accept(p, word))
            break;
        ast_expr *e = op == AST_AND ? parse_inversion(p) : parse_boolop(p, AST_AND);
        if (!e) {
            if (backtrack(p, pos, prev))
                break;
            p->sp = mark;
            return NULL;
        }
        push(p, e);
    }
    if (p->sp == mark + 1) {
        p->sp = mark;
        return first;
    }
    ast_expr *b = new_expr(p, AST_BOOLOP, upto(p, start));
    b->u.boolop.op = (uint8_t)op;
    b->u.boolop.values = pop_exprs(p, mark);
    return b;
}

static ast_expr *parse_disjunction(parser *p)
{
    return parse_boolop(p, AST_OR);
}

/* ---- expression: lambdas and conditionals -------------------------------- */

static bool is_soft_keyword(const lex_token *t)
{
    return t->kind == LEX_NAME && ((t->len == 5 && !memcmp(t->start, "match", 5))
                                   || (t->len == 4 && !memcmp(t->start, "case", 4))
                                   || (t->len == 1 && t->start[0] == '_'));
}

/* `a if b` without `else` (invalid_expression's second alternative). */
static void *missing_else(parser *p, ast_expr *body, ast_expr *test)
{
    if (kind(p) == LEX_COLON)
        return error_generic(p);
    return error_range(p, body->loc, test->loc, "expected 'else' after 'if' expression");
}

/* expression: (lambda params ':' | disjunction 'if' disjunction 'else')*
 * disjunction — the wrappers on a stack, folded around the last
 * disjunction, so nesting costs no C stack. */
static ast_expr *parse_expression(parser *p)
{
    size_t base = p->fp;
    int level0 = p->level;
    ast_expr *e = NULL;
    for (;;) {
        if (kind(p) == LEX_KW_LAMBDA) {
            lex_token lam = advance(p);
            if (!deeper(p, 2))
                goto fail;
            ast_arguments *args = parse_params(p, true);
            if (!args)
                goto fail;
            if (!accept(p, LEX_COLON)) {
                error_generic(p);
                goto fail;
            }
            push_frame(p, F_LAMBDA, tok_loc(&lam))->args = args;
            continue;
        }
        bool softkw = is_soft_keyword(peek(p, 0));
        ast_loc start = here(p);
        ast_expr *d = parse_disjunction(p);
        if (!d)
            goto fail;
        if (kind(p) != LEX_KW_IF) {
            e = d;
            p->ld = d;                      /* for the comma rule (bad_follow) */
            p->ld_softkw = softkw;
            break;
        }
        uint32_t at_if = p->pos;
        lex_token before_if = p->prev;
        advance(p);
        ast_expr *t = parse_disjunction(p);
        if (!t)
            goto fail;
        if (!accept(p, LEX_KW_ELSE)) {
            if (p->quiet && p->saves) {     /* PEG falls back to the disjunction alone */
                p->pos = at_if;
                p->prev = before_if;
                e = d;
                p->ld = d;
                p->ld_softkw = softkw;
                break;
            }
            missing_else(p, d, t);
            goto fail;
        }
        if (!deeper(p, 1))
            goto fail;
        frame *f = push_frame(p, F_IFEXP, start);
        f->a = d;
        f->b = t;
    }
    return frames_unwind(p, base, level0, e);
fail:
    return frames_unwind(p, base, level0, NULL);
}

/* `e := ...` where e is not a name (invalid_named_expression): an error
 * when an expression follows, else the generic one. */
static void *walrus_target(parser *p, ast_expr *e)
{
    if (!failing(p))
        return NULL;
    if (!e->parens && (e->kind == AST_YIELD || e->kind == AST_YIELDFROM || e->kind == AST_STARRED
                       || e->kind == AST_NAMEDEXPR || e->kind == AST_SLICE))
        return error_generic(p);                /* no `expression` invalid_named_expression reads */
    spec s = spec_begin(p);
    advance(p);
    bool ok = parse_expression(p) != NULL;
    spec_end(p, &s, true);
    if (!ok)
        return p->failed ? NULL : error_generic(p);
    return error_at(p, e->loc, "cannot use assignment expressions with %s", expr_noun(e));
}

/* NAME ':=' expression | expression. */
static ast_expr *parse_named_expression(parser *p)
{
    if (kind(p) == LEX_NAME && peek(p, 1)->kind == LEX_COLONEQUAL) {
        lex_token name = advance(p);
        advance(p);
        ast_expr *v = parse_expression(p);
        if (!v)
            return NULL;
        ast_expr *e = new_expr(p, AST_NAMEDEXPR, upto(p, tok_loc(&name)));
        e->u.namedexpr.target = new_name(p, &name, AST_STORE);
        e->u.namedexpr.value = v;
        return e;
    }
    ast_expr *e = parse_expression(p);
    if (e && kind(p) == LEX_COLONEQUAL)
        return walrus_target(p, e);
    return e;
}

/* '*' bitwise_or: a Starred in Load context (targets fix the context). */
static ast_expr *starred(parser *p)
{
    lex_token star = advance(p);
    ast_expr *v = parse_bitwise_or(p);
    if (!v)
        return NULL;
    ast_expr *s = new_expr(p, AST_STARRED, upto(p, tok_loc(&star)));
    s->ctx = AST_LOAD;
    s->u.starred.value = v;
    return s;
}

/* '*' bitwise_or | named_expression. */
static ast_expr *parse_star_named_expression(parser *p)
{
    return kind(p) == LEX_STAR ? starred(p) : parse_named_expression(p);
}

/* '*' bitwise_or | expression. */
static ast_expr *parse_star_expression(parser *p)
{
    return kind(p) == LEX_STAR ? starred(p) : parse_expression(p);
}

/* star_expression (',' star_expression)* [','] — a Tuple when there is a
 * comma. */
static ast_expr *parse_star_expressions(parser *p)
{
    ast_loc start = here(p);
    ast_expr *first = parse_star_expression(p);
    if (!first || kind(p) != LEX_COMMA)
        return first;
    size_t mark = p->sp;
    push(p, first);
    if (!push_more_items(p, mark, parse_star_expression, starts_star_item))
        return NULL;
    return load_tuple(p, upto(p, start), mark);
}

/* 'yield' 'from' expression | 'yield' [star_expressions]. */
static ast_expr *parse_yield_expr(parser *p)
{
    lex_token y = advance(p);
    if (accept(p, LEX_KW_FROM)) {
        ast_expr *v = parse_expression(p);
        if (!v)
            return NULL;
        ast_expr *e = new_expr(p, AST_YIELDFROM, upto(p, tok_loc(&y)));
        e->u.yield.value = v;
        return e;
    }
    ast_expr *v = NULL;
    if ((kind(p) == LEX_STAR || starts_expression(kind(p))) && !(v = parse_star_expressions(p)))
        return NULL;
    ast_expr *e = new_expr(p, AST_YIELD, upto(p, tok_loc(&y)));
    e->u.yield.value = v;
    return e;
}

/* ---- targets ----------------------------------------------------------------- */

enum targets { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };

/* The part of e that cannot be a target (CPython's
 * _PyPegen_get_invalid_target), or NULL. */
static ast_expr *invalid_target(ast_expr *e, int type)
{
    switch (e->kind) {
    case AST_LIST:
    case AST_TUPLE:
        for (uint32_t i = 0; i < e->u.list.elts.n; i++) {
            ast_expr *bad = invalid_target(e->u.list.elts.v[i], type);
            if (bad)
                return bad;
        }
        return NULL;
    case AST_STARRED:
        return type == DEL_TARGETS ? e : invalid_target(e->u.starred.value, type);
    case AST_COMPARE:
        if (type == FOR_TARGETS && e->u.compare.ops[0] == AST_IN)
            return invalid_target(e->u.compare.left, type);
        return type == FOR_TARGETS ? NULL : e;
    case AST_NAME:
    case AST_SUBSCRIPT:
    case AST_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

/* Sets the context of a (valid) target and of its elements. */
static void set_ctx(ast_expr *e, int ctx)
{
    e->ctx = (uint8_t)ctx;
    if (e->kind == AST_LIST || e->kind == AST_TUPLE)
        for (uint32_t i = 0; i < e->u.list.elts.n; i++)
            set_ctx(e->u.list.elts.v[i], ctx);
    else if (e->kind == AST_STARRED)
        set_ctx(e->u.starred.value, ctx);
}

/* Makes e a target of `type`, or reports "cannot assign to ..." /
 * "cannot delete ..." as CPython's RAISE_SYNTAX_ERROR_INVALID_TARGET. */
static bool make_target(parser *p, ast_expr *e, int type)
{
    ast_expr *bad = invalid_target(e, type);
    if (bad) {
        error_at(p, bad->loc, type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                 expr_noun(bad));
        return false;
    }
    set_ctx(e, type == DEL_TARGETS ? AST_DEL : AST_STORE);
    return true;
}

/* star_targets of `for` and comprehensions: elements parsed as bitwise_or
 * (so that `in` ends them), a Tuple when there is a comma. */
static ast_expr *parse_for_targets(parser *p)
{
    size_t mark = p->sp;
    lex_token first = *peek(p, 0);
    bool comma = false;
    for (;;) {
        ast_expr *e = kind(p) == LEX_STAR ? starred(p) : parse_bitwise_or(p);
        if (!e) {
            p->sp = mark;
            return NULL;
        }
        push(p, e);
        if (!accept(p, LEX_COMMA))
            break;
        comma = true;
        if (kind(p) != LEX_STAR && !starts_expression(kind(p)))
            break;
    }
    ast_expr *t;
    if (comma) {
        t = new_expr(p, AST_TUPLE, span(tok_loc(&first), tok_loc(&p->prev)));
        t->u.list.elts = pop_exprs(p, mark);
    } else {
        t = (ast_expr *)p->stack[mark];
        p->sp = mark;
    }
    return make_target(p, t, FOR_TARGETS) ? t : NULL;
}

/* The target of a `for` (statement or comprehension) and its 'in'.  When
 * 'in' is missing, CPython's invalid_for_target reads star_expressions
 * from the target with the second pass's rules: so does this. */
static ast_expr *parse_for_head(parser *p)
{
    uint32_t at = p->pos;
    lex_token prev = p->prev;
    p->saves++;
    ast_expr *target = parse_for_targets(p);
    if (target && !accept(p, LEX_KW_IN)) {
        if (failing(p)) {
            p->pos = at;
            p->prev = prev;
            ast_expr *e = parse_star_expressions(p), *bad;
            if (e && (bad = invalid_target(e, FOR_TARGETS)))
                error_at(p, bad->loc, "cannot assign to %s", expr_noun(bad));
            else if (e && kind(p) != LEX_KW_IN)
                bad_follow(p, e, false);
            else
                error_generic(p);
        }
        target = NULL;
    }
    p->saves--;
    return target;
}

/* ---- comprehensions ---------------------------------------------------------- */

/* for_if_clause+. */
static ast_comprehension_seq parse_comp_clauses(parser *p, bool *ok)
{
    size_t mark = p->sp;
    ast_comprehension_seq none = {0, NULL};
    *ok = false;
    while (at_comp_for(p)) {
        ast_comprehension *c = ast_alloc(p->m->arena, sizeof *c);
        if (kind(p) == LEX_KW_ASYNC) {
            lex_token a = advance(p);
            c->is_async = 1;
            unsupported(p, tok_loc(&a), "asynchronous comprehensions");
        }
        advance(p);
        if (!(c->target = parse_for_head(p)))
            goto fail;
        if (!(c->iter = parse_disjunction(p)))
            goto fail;
        size_t imark = p->sp;
        while (accept(p, LEX_KW_IF)) {
            ast_expr *cond = parse_disjunction(p);
            if (!cond) {
                p->sp = imark;
                goto fail;
            }
            push(p, cond);
        }
        c->ifs = pop_exprs(p, imark);
        push(p, c);
    }
    *ok = true;
    return pop_comps(p, mark);
fail:
    p->sp = mark;
    return none;
}

/* ---- the second pass: why an expression cannot go on ---------------------- */

/* An expression a bitwise_or can be: no comparison, boolean operator,
 * `not`, conditional, lambda, walrus, star, yield or bare tuple. */
static bool is_bitwise_level(const ast_expr *e)
{
    if (e->parens)
        return true;
    switch (e->kind) {
    case AST_BOOLOP: case AST_COMPARE: case AST_IFEXP: case AST_LAMBDA: case AST_NAMEDEXPR:
    case AST_STARRED: case AST_YIELD: case AST_YIELDFROM:
        return false;
    case AST_UNARYOP:
        return e->u.unaryop.op != AST_NOT;
    case AST_TUPLE:
        return false;                       /* (a parenthesized one has parens set) */
    default:
        return true;
    }
}

/* The leftmost sub-expression sharing e's first token. */
static const ast_expr *leftmost(const ast_expr *e)
{
    for (;;) {
        if (e->parens)
            return e;
        switch (e->kind) {
        case AST_BINOP: e = e->u.binop.left; break;
        case AST_ATTRIBUTE: e = e->u.attribute.value; break;
        case AST_SUBSCRIPT: e = e->u.subscript.value; break;
        case AST_CALL: e = e->u.call.func; break;
        case AST_COMPARE: e = e->u.compare.left; break;
        case AST_BOOLOP: e = e->u.boolop.values.v[0]; break;
        case AST_IFEXP: e = e->u.ifexp.body; break;
        default: return e;
        }
    }
}

/* invalid_named_expression's !(list|tuple|genexp|True|None|False): e starts
 * with a list display, a parenthesized tuple, a generator expression or
 * one of those constants. */
static bool excluded_start(const ast_expr *e)
{
    const ast_expr *l = leftmost(e);
    if (l->kind == AST_LIST || l->kind == AST_GENERATOREXP)
        return true;
    if (l->kind == AST_TUPLE && l->parens)
        return true;
    return l->kind == AST_CONSTANT && (l->u.constant.kind == AST_CONST_TRUE
                                       || l->u.constant.kind == AST_CONST_FALSE
                                       || l->u.constant.kind == AST_CONST_NONE);
}

/* The bitwise_or a parse of e would start with, or NULL. */
static ast_expr *bitwise_prefix(ast_expr *e)
{
    for (;;) {
        if (is_bitwise_level(e))
            return e;
        switch (e->kind) {
        case AST_TUPLE: e = e->u.list.elts.v[0]; break;
        case AST_COMPARE: e = e->u.compare.left; break;
        case AST_BOOLOP: e = e->u.boolop.values.v[0]; break;
        case AST_IFEXP: e = e->u.ifexp.body; break;
        default: return NULL;
        }
    }
}

/* invalid_named_expression for `a = b` (b: the bitwise_or after '=', not
 * followed by '=' or ':='): CPython's hints.  True when one was raised. */
static bool assign_hint(parser *p, ast_expr *a, ast_expr *b)
{
    if (a->kind == AST_NAME && !a->parens) {
        error_range(p, a->loc, b->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    if (is_bitwise_level(a) && !excluded_start(a)) {
        error_at(p, a->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                 expr_noun(a));
        return true;
    }
    return false;
}

/* `e =` where only a named expression may stand: looks at what follows. */
static bool named_equal_rule(parser *p, ast_expr *e)
{
    spec s = spec_begin(p);
    advance(p);
    ast_expr *b = parse_bitwise_or(p);
    bool ok = b && kind(p) != LEX_EQUAL && kind(p) != LEX_COLONEQUAL;
    if (!spec_end(p, &s, true) || !ok)
        return false;
    return assign_hint(p, e, b);
}

/* invalid_expression: `a b` inside brackets is a missing comma. */
static bool comma_rule(parser *p, ast_expr *e)
{
    ast_expr *a = p->ld;
    if (!a || p->failed || a->loc.end_line != e->loc.end_line || a->loc.end_col != e->loc.end_col
        || p->ld_softkw || (a->kind == AST_NAME && !a->parens && kind(p) == LEX_STRING)
        || !starts_expression(kind(p)))
        return false;
    spec s = spec_begin(p);
    ast_expr *b = parse_expression(p);
    int level = p->prev.level;
    if (!spec_end(p, &s, true) || level == 0)
        return false;
    error_range(p, a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* invalid_legacy_expression: `print x` and `exec x`. */
/* invalid_legacy_expression: `print x` and `exec x`.  What follows any
 * name is read (CPython memoized it while trying the comma rule: its
 * invalid rules stay silent, its literals' errors do not). */
static bool legacy_rule(parser *p, ast_expr *e)
{
    if (e->kind != AST_NAME || e->parens || kind(p) == LEX_LPAR || p->failed
        || (kind(p) != LEX_STAR && !starts_expression(kind(p))))
        return false;
    spec s = spec_begin(p);
    ast_expr *b = parse_star_expressions(p);
    if (!spec_end(p, &s, true))
        return p->failed;
    const char *name = e->u.name.id->name;
    if (strcmp(name, "print") != 0 && strcmp(name, "exec") != 0)
        return false;
    error_range(p, e->loc, b->loc, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                name, name);
    return true;
}

/* Expression e is followed by a token nothing allows there: the error
 * CPython's second pass would find (`named`: e stood where a named
 * expression may, so `e = ...` gets a hint). */
static void *bad_follow(parser *p, ast_expr *e, bool named)
{
    if (!failing(p))
        return NULL;
    if (named && kind(p) == LEX_COLONEQUAL)
        return walrus_target(p, e);
    if (e->kind == AST_STARRED && !e->parens) {     /* '*' expression, as invalid_comprehension reads it */
        p->ld = e->u.starred.value;
        p->ld_softkw = false;
    }
    if (named && kind(p) == LEX_EQUAL && named_equal_rule(p, e))
        return NULL;
    if (comma_rule(p, e) || legacy_rule(p, e))
        return NULL;
    return error_generic(p);
}

/* ---- parameters (def and lambda) --------------------------------------------- */

enum param_tag { P_POS = 1, P_DEFAULT, P_KWONLY, P_KWDEFAULT, P_VARARG, P_KWARG };

typedef struct params {
    size_t mark;            /* stack: (tag, item) pairs */
    bool lambda;
    int close;              /* ')' or ':' */
    int npos;               /* positional parameters so far */
    int slash;              /* positional parameters before '/', or -1 */
    bool star;              /* '*' or '*args' seen */
    bool kwarg;             /* '**kwargs' seen */
    bool defaults;          /* a positional parameter had a default */
} params;

static void push_tagged(parser *p, int tag, void *item)
{
    push(p, (void *)(uintptr_t)tag);
    push(p, item);
}

/* NAME [':' annotation]. */
static ast_arg *parse_param(parser *p, bool lambda)
{
    if (kind(p) != LEX_NAME)
        return error_generic(p);
    lex_token name = advance(p);
    ast_arg *a = ast_alloc(p->m->arena, sizeof *a);
    a->arg = ident_of(p, &name);
    a->loc = tok_loc(&name);
    if (!lambda && kind(p) == LEX_COLON) {
        advance(p);
        if (!(a->annotation = parse_expression(p)))
            return NULL;
        a->loc = upto(p, a->loc);
    }
    return a;
}

/* ['=' expression]: NULL with *ok when absent.  A default recurses into
 * an expression (lambda defaults nest without brackets): gated. */
static ast_expr *parse_default(parser *p, bool *ok)
{
    *ok = true;
    if (kind(p) != LEX_EQUAL)
        return NULL;
    lex_token eq = advance(p);
    if (kind(p) == LEX_COMMA || kind(p) == LEX_RPAR || kind(p) == LEX_COLON) {
        *ok = false;
        return error_at(p, tok_loc(&eq), "expected default value expression");
    }
    ast_expr *d = NULL;
    if (gate(p, PEG_LAMBDA_DEFAULT)) {
        d = parse_expression(p);
        ungate(p, PEG_LAMBDA_DEFAULT);
    }
    *ok = d != NULL;
    return d;
}

/* '*' [param] or '**' param. */
static bool star_param(parser *p, params *ps)
{
    lex_token star = advance(p);
    bool dstar = star.kind == LEX_DOUBLESTAR;
    if (!dstar && ps->star)
        return error_at(p, tok_loc(&star), "* argument may appear only once"), false;
    if (!dstar && (kind(p) == LEX_COMMA || kind(p) == ps->close)) {
        if (kind(p) == ps->close || peek(p, 1)->kind == ps->close || peek(p, 1)->kind == LEX_DOUBLESTAR)
            return error_at(p, tok_loc(&star), "named arguments must follow bare *"), false;
        ps->star = true;
        return true;
    }
    ast_arg *a = parse_param(p, ps->lambda);
    if (!a)
        return false;
    if (kind(p) == LEX_EQUAL) {
        lex_token eq = *peek(p, 0);
        return error_at(p, tok_loc(&eq), dstar ? "var-keyword argument cannot have default value"
                                                : "var-positional argument cannot have default value"),
               false;
    }
    push_tagged(p, dstar ? P_KWARG : P_VARARG, a);
    if (dstar)
        ps->kwarg = true;
    else
        ps->star = true;
    return true;
}

/* '/' marks the parameters before it positional-only. */
static bool slash_param(parser *p, params *ps)
{
    const lex_token slash = *peek(p, 0);
    if (ps->star || ps->slash >= 0 || ps->npos == 0) {
        if (!failing(p))
            return false;
        if (ps->star)
            return error_at(p, tok_loc(&slash), "/ must be ahead of *"), false;
        if (ps->slash >= 0)
            return error_at(p, tok_loc(&slash), "/ may appear only once"), false;
        if (peek(p, 1)->kind != LEX_COMMA)
            return error_generic(p), false;
        return error_at(p, tok_loc(&slash), "at least one argument must precede /"), false;
    }
    advance(p);
    ps->slash = ps->npos;
    return true;
}

/* invalid_parameters: "(a, b)" where a parameter should be. */
static bool parenthesized_params(parser *p, params *ps)
{
    if (!failing(p))
        return false;
    lex_token open = *peek(p, 0);
    spec s = spec_begin(p);
    advance(p);
    bool ok = false;
    while (kind(p) == LEX_NAME) {
        advance(p);
        if (!accept(p, LEX_COMMA))
            break;
    }
    ok = p->prev.kind != LEX_LPAR && kind(p) == LEX_RPAR && !ps->defaults && !ps->star;
    lex_token close = *peek(p, 0);
    spec_end(p, &s, true);
    if (!ok)
        return error_generic(p), false;
    return error_range(p, tok_loc(&open), tok_loc(&close), ps->lambda
                       ? "Lambda expression parameters cannot be parenthesized"
                       : "Function parameters cannot be parenthesized"), false;
}

/* One parameter of any kind. */
static bool one_param(parser *p, params *ps)
{
    int k = kind(p);
    if (k == LEX_LPAR)
        return parenthesized_params(p, ps);
    if (ps->kwarg && (k == LEX_NAME || k == LEX_STAR || k == LEX_DOUBLESTAR || k == LEX_SLASH))
        return error_at(p, tok_loc(peek(p, 0)), "arguments cannot follow var-keyword argument"), false;
    if (k == LEX_SLASH)
        return slash_param(p, ps);
    if (k == LEX_STAR || k == LEX_DOUBLESTAR)
        return star_param(p, ps);
    ast_arg *a = parse_param(p, ps->lambda);
    bool ok;
    if (!a)
        return false;
    ast_expr *d = parse_default(p, &ok);
    if (!ok)
        return false;
    if (ps->star) {
        push_tagged(p, P_KWONLY, a);
        push_tagged(p, P_KWDEFAULT, d);
        return true;
    }
    if (!d && ps->defaults) {
        if (kind(p) != LEX_COMMA && kind(p) != ps->close)
            return error_generic(p), false;
        return error_at(p, a->loc, "non-default argument follows default argument"), false;
    }
    push_tagged(p, P_POS, a);
    ps->npos++;
    if (d) {
        push_tagged(p, P_DEFAULT, d);
        ps->defaults = true;
    }
    return true;
}

/* The items tagged `tag` (from index `from` of that tag's run) as a seq. */
static void collect(parser *p, const params *ps, size_t end, int tag, int from, int to)
{
    int i = 0;
    for (size_t k = ps->mark; k < end; k += 2)
        if ((uintptr_t)p->stack[k] == (uintptr_t)tag) {
            if (i >= from && (to < 0 || i < to))
                push(p, p->stack[k + 1]);
            i++;
        }
}

static ast_arguments *build_arguments(parser *p, const params *ps)
{
    ast_arguments *a = ast_alloc(p->m->arena, sizeof *a);
    size_t end = p->sp;
    int slash = ps->slash < 0 ? 0 : ps->slash;
    collect(p, ps, end, P_POS, 0, slash);
    a->posonlyargs = pop_args(p, end);
    collect(p, ps, end, P_POS, slash, -1);
    a->args = pop_args(p, end);
    collect(p, ps, end, P_KWONLY, 0, -1);
    a->kwonlyargs = pop_args(p, end);
    collect(p, ps, end, P_KWDEFAULT, 0, -1);
    a->kw_defaults = pop_exprs(p, end);
    collect(p, ps, end, P_DEFAULT, 0, -1);
    a->defaults = pop_exprs(p, end);
    for (size_t k = ps->mark; k < end; k += 2) {
        if ((uintptr_t)p->stack[k] == P_VARARG)
            a->vararg = (ast_arg *)p->stack[k + 1];
        if ((uintptr_t)p->stack[k] == P_KWARG)
            a->kwarg = (ast_arg *)p->stack[k + 1];
    }
    p->sp = ps->mark;
    return a;
}

/* Parameters up to ')' (def) or ':' (lambda), not consumed. */
static ast_arguments *parse_params(parser *p, bool lambda)
{
    params ps = {.mark = p->sp, .lambda = lambda, .slash = -1};
    ps.close = lambda ? LEX_COLON : LEX_RPAR;
    while (kind(p) != ps.close) {
        if (!one_param(p, &ps))
            goto fail;
        if (!accept(p, LEX_COMMA))
            break;
    }
    if (kind(p) != ps.close) {
        error_generic(p);
        goto fail;
    }
    return build_arguments(p, &ps);
fail:
    p->sp = ps.mark;
    return NULL;
}

/* ---- simple statements --------------------------------------------------------- */

static bool parse_statement(parser *p);

/* Whether e can be assigned to (a yield cannot either). */
static bool valid_target(ast_expr *e)
{
    return e->kind != AST_YIELD && e->kind != AST_YIELDFROM && !invalid_target(e, STAR_TARGETS);
}

/* `T1 = ... = Ti = ...` where Ti (targets[i]) cannot be assigned to:
 * CPython's invalid_assignment.  The hint of invalid_named_expression
 * about T1 comes first; it needs the bitwise_or after the first '=' (read
 * here when i is 0, else taken from targets[1]). */
static void *bad_assignment(parser *p, ast_expr **targets, uint32_t i)
{
    if (!failing(p))
        return NULL;
    ast_expr *b = NULL;
    if (i == 0) {
        spec s = spec_begin(p);
        advance(p);
        b = parse_bitwise_or(p);
        if (b && (kind(p) == LEX_EQUAL || kind(p) == LEX_COLONEQUAL))
            b = NULL;
        if (!spec_end(p, &s, true) && p->failed)
            return NULL;
    } else {
        b = bitwise_prefix(targets[1]);
        if (b == targets[1])
            b = NULL;                       /* followed by '=' */
    }
    if (b && assign_hint(p, targets[0], b))
        return NULL;
    ast_expr *t = targets[i];
    if (t->kind == AST_YIELD || t->kind == AST_YIELDFROM)
        return error_at(p, t->loc, "assignment to yield expression not possible");
    ast_expr *bad = invalid_target(t, STAR_TARGETS);
    return error_at(p, bad->loc, "cannot assign to %s", expr_noun(bad));
}

/* first '=' ... '=' value: each target is checked when its '=' is seen,
 * as CPython's second pass would explain it before reading further. */
static ast_stmt *parse_assign(parser *p, ast_expr *first, ast_loc start)
{
    size_t mark = p->sp;
    ast_expr *value;
    push(p, first);
    for (;;) {
        ast_expr **targets = (ast_expr **)&p->stack[mark];
        uint32_t n = (uint32_t)(p->sp - mark);
        if (!valid_target(targets[n - 1])) {
            bad_assignment(p, targets, n - 1);
            p->sp = mark;
            return NULL;
        }
        advance(p);                         /* '=' */
        p->level += PEG_VALUE;
        value = kind(p) == LEX_KW_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
        p->level -= PEG_VALUE;
        if (!value) {
            p->sp = mark;
            return NULL;
        }
        if (kind(p) != LEX_EQUAL)
            break;
        push(p, value);
    }
    for (size_t i = mark; i < p->sp; i++)
        set_ctx((ast_expr *)p->stack[i], AST_STORE);
    ast_stmt *s = new_stmt(p, AST_ASSIGN, upto(p, start));
    s->u.assign.targets = pop_exprs(p, mark);
    s->u.assign.value = value;
    p->tail = value;
    return s;
}

static int augassign_op(int k)
{
    switch (k) {
    case LEX_PLUSEQUAL: return AST_ADD;
    case LEX_MINEQUAL: return AST_SUB;
    case LEX_STAREQUAL: return AST_MULT;
    case LEX_ATEQUAL: return AST_MATMULT;
    case LEX_SLASHEQUAL: return AST_DIV;
    case LEX_PERCENTEQUAL: return AST_MOD;
    case LEX_AMPEREQUAL: return AST_BITAND;
    case LEX_VBAREQUAL: return AST_BITOR;
    case LEX_CIRCUMFLEXEQUAL: return AST_BITXOR;
    case LEX_LEFTSHIFTEQUAL: return AST_LSHIFT;
    case LEX_RIGHTSHIFTEQUAL: return AST_RSHIFT;
    case LEX_DOUBLESTAREQUAL: return AST_POW;
    case LEX_DOUBLESLASHEQUAL: return AST_FLOORDIV;
    default: return 0;
    }
}

/* target op= value. */
static ast_stmt *parse_augassign(parser *p, ast_expr *target, int op, ast_loc start)
{
    bool bad = target->kind != AST_NAME && target->kind != AST_ATTRIBUTE
               && target->kind != AST_SUBSCRIPT;
    if (bad && !failing(p))                 /* the first pass fails at the operator */
        return NULL;
    advance(p);
    p->level += PEG_VALUE;
    ast_expr *value = kind(p) == LEX_KW_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
    p->level -= PEG_VALUE;
    if (!value)
        return NULL;
    if (bad)
        return error_at(p, target->loc, "'%s' is an illegal expression for augmented assignment",
                        expr_noun(target));
    set_ctx(target, AST_STORE);
    ast_stmt *s = new_stmt(p, AST_AUGASSIGN, upto(p, start));
    s->u.augassign.target = target;
    s->u.augassign.op = (uint8_t)op;
    s->u.augassign.value = value;
    p->tail = value;
    return s;
}

/* target ':' annotation ['=' value] (annotations are outside heapviz's
 * subset, but parsed). */
static ast_stmt *parse_annassign(parser *p, ast_expr *target, ast_loc start)
{
    bool ok = (target->kind == AST_NAME || target->kind == AST_ATTRIBUTE
               || target->kind == AST_SUBSCRIPT);
    if (!ok && !failing(p))                 /* the first pass fails at the ':' */
        return NULL;
    advance(p);
    ast_expr *ann = parse_expression(p), *value = NULL;
    if (!ann)
        return NULL;
    if (target->kind == AST_TUPLE && !target->parens)
        return error_at(p, target->u.list.elts.v[0]->loc,
                        "only single target (not tuple) can be annotated");
    if (target->kind == AST_LIST || target->kind == AST_TUPLE)
        return error_at(p, target->loc, "only single target (not %s) can be annotated",
                        expr_noun(target));
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE && target->kind != AST_SUBSCRIPT)
        return error_at(p, target->loc, "illegal target for annotation");
    if (accept(p, LEX_EQUAL)) {
        value = kind(p) == LEX_KW_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
        if (!value)
            return NULL;
    }
    set_ctx(target, AST_STORE);
    ast_stmt *s = new_stmt(p, AST_ANNASSIGN, upto(p, start));
    s->u.annassign.target = target;
    s->u.annassign.annotation = ann;
    s->u.annassign.value = value;
    s->u.annassign.simple = target->kind == AST_NAME && !target->parens;
    p->tail = value ? value : ann;
    return s;
}

/* Expression statement, assignment, augmented or annotated assignment. */
static ast_stmt *parse_expr_stmt(parser *p)
{
    ast_loc start = here(p);
    ast_expr *e = kind(p) == LEX_KW_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
    if (!e)
        return NULL;
    int k = kind(p), op;
    if (k == LEX_EQUAL)
        return parse_assign(p, e, start);
    if ((op = augassign_op(k)))
        return parse_augassign(p, e, op, start);
    if (k == LEX_COLON)
        return parse_annassign(p, e, start);
    if (k == LEX_COLONEQUAL) {  /* invalid_assignment reads star_named_expressions: `x.a := 1` */
        ast_expr *last = e->kind == AST_TUPLE && !e->parens ? e->u.list.elts.v[e->u.list.elts.n - 1] : e;
        if (last->kind != AST_NAME || last->parens)
            return walrus_target(p, last);
    }
    ast_stmt *s = new_stmt(p, AST_EXPR, upto(p, start));
    s->u.expr.value = e;
    p->tail = e;
    return s;
}

/* A keyword alone: pass, break, continue. */
static ast_stmt *keyword_stmt(parser *p, int stmt_kind)
{
    lex_token t = advance(p);
    return new_stmt(p, stmt_kind, tok_loc(&t));
}

static ast_stmt *parse_return(parser *p)
{
    lex_token t = advance(p);
    ast_expr *v = NULL;
    p->level += PEG_RETURN;
    if ((kind(p) == LEX_STAR || starts_expression(kind(p))) && !(v = parse_star_expressions(p))) {
        p->level -= PEG_RETURN;
        return NULL;
    }
    p->level -= PEG_RETURN;
    ast_stmt *s = new_stmt(p, AST_RETURN, upto(p, tok_loc(&t)));
    s->u.ret.value = v;
    p->tail = v;
    return s;
}

/* raise [expression ['from' expression]]. */
static ast_stmt *parse_raise(parser *p)
{
    lex_token t = advance(p);
    ast_expr *exc = NULL, *cause = NULL;
    if (starts_expression(kind(p))) {
        if (!(exc = parse_expression(p)))
            return NULL;
        if (accept(p, LEX_KW_FROM) && !(cause = parse_expression(p)))
            return NULL;
    }
    ast_expr *last = cause ? cause : exc;
    ast_stmt *s = new_stmt(p, AST_RAISE, upto(p, tok_loc(&t)));
    s->u.raise.exc = exc;
    s->u.raise.cause = cause;
    p->tail = last;
    return s;
}

static ast_stmt *parse_assert(parser *p)
{
    lex_token t = advance(p);
    ast_expr *test = parse_expression(p), *msg = NULL;
    if (!test)
        return NULL;
    if (accept(p, LEX_COMMA) && !(msg = parse_expression(p)))
        return NULL;
    ast_stmt *s = new_stmt(p, AST_ASSERT, upto(p, tok_loc(&t)));
    s->u.assert_.test = test;
    s->u.assert_.msg = msg;
    p->tail = msg ? msg : test;
    return s;
}

/* The elements of `del` (primaries, read as bitwise_or like `for`
 * targets), pushed; false when something else follows them. */
static bool del_elements(parser *p, size_t mark)
{
    do {
        if (kind(p) == LEX_SEMI || kind(p) == LEX_NEWLINE)
            break;
        ast_expr *e = kind(p) == LEX_STAR ? starred(p) : parse_bitwise_or(p);
        if (!e)
            return false;
        push(p, e);
    } while (accept(p, LEX_COMMA));
    return p->sp > mark && (kind(p) == LEX_SEMI || kind(p) == LEX_NEWLINE);
}

/* del del_targets (&(';' | NEWLINE)), else CPython's invalid_del_stmt:
 * star_expressions read again from the start, "cannot delete ...". */
static ast_stmt *parse_del(parser *p)
{
    lex_token t = advance(p);
    size_t mark = p->sp;
    uint32_t at = p->pos;
    p->saves++;
    bool ok = del_elements(p, mark);
    if (!ok && failing(p)) {
        p->sp = mark;
        p->pos = at;
        p->prev = t;
        ast_expr *e = parse_star_expressions(p), *bad;
        if (e && (bad = invalid_target(e, DEL_TARGETS)))
            error_at(p, bad->loc, "cannot delete %s", expr_noun(bad));
        else
            error_generic(p);
    }
    p->saves--;
    for (size_t i = mark; ok && i < p->sp; i++)
        ok = make_target(p, (ast_expr *)p->stack[i], DEL_TARGETS);
    if (!ok) {
        p->sp = mark;
        return NULL;
    }
    ast_stmt *s = new_stmt(p, AST_DELETE, upto(p, tok_loc(&t)));
    s->u.del.targets = pop_exprs(p, mark);
    return s;
}

/* global / nonlocal NAME (',' NAME)*. */
static ast_stmt *parse_names_stmt(parser *p, int stmt_kind)
{
    lex_token t = advance(p);
    size_t mark = p->sp;
    do {
        if (kind(p) != LEX_NAME) {
            p->sp = mark;
            return error_generic(p);
        }
        lex_token n = advance(p);
        push(p, (void *)ident_of(p, &n));
    } while (accept(p, LEX_COMMA));
    ast_stmt *s = new_stmt(p, stmt_kind, span(tok_loc(&t), tok_loc(&p->prev)));
    s->u.names.names = pop_idents(p, mark);
    return s;
}

/* NAME ('.' NAME)* as one identifier "a.b.c", spanning its tokens. */
static const ast_ident *dotted_name(parser *p, ast_loc *loc)
{
    if (kind(p) != LEX_NAME)
        return error_generic(p);
    lex_token first = advance(p);
    strbuf b = {0};
    sb_add(&b, first.start, first.len);
    while (kind(p) == LEX_DOT) {
        advance(p);
        if (kind(p) != LEX_NAME) {
            free(b.s);
            return error_generic(p);
        }
        lex_token n = advance(p);
        sb_add(&b, ".", 1);
        sb_add(&b, n.start, n.len);
    }
    *loc = span(tok_loc(&first), tok_loc(&p->prev));
    const ast_ident *id = ast_intern(p->m, b.s, b.len);
    free(b.s);
    return id;
}

static ast_alias *new_alias(parser *p, const ast_ident *name, ast_loc loc)
{
    ast_alias *a = ast_alloc(p->m->arena, sizeof *a);
    a->name = name;
    a->loc = loc;
    return a;
}

/* ['as' NAME] after an import name. */
static bool alias_as(parser *p, ast_alias *a)
{
    if (!accept(p, LEX_KW_AS))
        return true;
    if (kind(p) != LEX_NAME)
        return error_generic(p), false;
    lex_token n = advance(p);
    a->asname = ident_of(p, &n);
    a->loc = span(a->loc, tok_loc(&n));
    return true;
}

/* import dotted_name ['as' NAME] (',' ...)*. */
static ast_stmt *parse_import(parser *p)
{
    lex_token t = advance(p);
    size_t mark = p->sp;
    do {
        ast_loc loc;
        const ast_ident *name = dotted_name(p, &loc);
        if (!name)
            goto fail;
        ast_alias *a = new_alias(p, name, loc);
        if (!alias_as(p, a))
            goto fail;
        push(p, a);
    } while (accept(p, LEX_COMMA));
    ast_stmt *s = new_stmt(p, AST_IMPORT, span(tok_loc(&t), tok_loc(&p->prev)));
    s->u.import.names = pop_aliases(p, mark);
    return s;
fail:
    p->sp = mark;
    return NULL;
}

/* The names after `from x import`: '*', NAME [as NAME], ... or ( ... ). */
static bool import_from_names(parser *p, size_t mark)
{
    if (kind(p) == LEX_STAR) {
        lex_token star = advance(p);
        push(p, new_alias(p, ast_intern(p->m, "*", 1), tok_loc(&star)));
        return true;
    }
    bool parens = accept(p, LEX_LPAR);
    do {
        if (parens && kind(p) == LEX_RPAR && p->sp > mark)
            break;
        if (!parens && kind(p) == LEX_NEWLINE && p->sp > mark)
            return error_last(p, LEX_ERR_SYNTAX, "trailing comma not allowed without surrounding "
                              "parentheses"), false;
        if (kind(p) != LEX_NAME)
            return error_generic(p), false;
        lex_token n = advance(p);
        ast_alias *a = new_alias(p, ident_of(p, &n), tok_loc(&n));
        if (!alias_as(p, a))
            return false;
        push(p, a);
    } while (accept(p, LEX_COMMA));
    if (parens && !accept(p, LEX_RPAR))
        return error_generic(p), false;
    return true;
}

/* from ('.' | '...')* dotted_name import ... */
static ast_stmt *parse_from_import(parser *p)
{
    lex_token t = advance(p);
    int level = 0;
    while (kind(p) == LEX_DOT || kind(p) == LEX_ELLIPSIS)
        level += advance(p).kind == LEX_DOT ? 1 : 3;
    const ast_ident *module = NULL;
    ast_loc loc;
    if ((kind(p) != LEX_KW_IMPORT || level == 0) && !(module = dotted_name(p, &loc)))
        return NULL;
    if (!accept(p, LEX_KW_IMPORT))
        return error_generic(p);
    size_t mark = p->sp;
    if (!import_from_names(p, mark)) {
        p->sp = mark;
        return NULL;
    }
    ast_stmt *s = new_stmt(p, AST_IMPORTFROM, span(tok_loc(&t), tok_loc(&p->prev)));
    s->u.importfrom.module = module;
    s->u.importfrom.names = pop_aliases(p, mark);
    s->u.importfrom.level = level;
    return s;
}

static ast_stmt *parse_simple_stmt(parser *p)
{
    p->tail = NULL;
    switch (kind(p)) {
    case LEX_KW_RETURN: return parse_return(p);
    case LEX_KW_IMPORT: return parse_import(p);
    case LEX_KW_FROM: return parse_from_import(p);
    case LEX_KW_RAISE: return parse_raise(p);
    case LEX_KW_PASS: return keyword_stmt(p, AST_PASS);
    case LEX_KW_BREAK: return keyword_stmt(p, AST_BREAK);
    case LEX_KW_CONTINUE: return keyword_stmt(p, AST_CONTINUE);
    case LEX_KW_DEL: return parse_del(p);
    case LEX_KW_ASSERT: return parse_assert(p);
    case LEX_KW_GLOBAL: return parse_names_stmt(p, AST_GLOBAL);
    case LEX_KW_NONLOCAL: return parse_names_stmt(p, AST_NONLOCAL);
    default: return parse_expr_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE, pushed on the stack. */
static bool parse_simple_stmts(parser *p)
{
    for (;;) {
        ast_stmt *s = parse_simple_stmt(p);
        if (!s)
            return false;
        push(p, s);
        if (!accept(p, LEX_SEMI) || kind(p) == LEX_NEWLINE)
            break;
    }
    if (accept(p, LEX_NEWLINE))
        return true;
    if (p->tail)
        bad_follow(p, p->tail, false);
    else
        error_generic(p);
    return false;
}

/* ---- blocks -------------------------------------------------------------------- */

/* ':' after a compound statement's header.  `forced`: CPython's &&':'
 * ("expected ':'" whatever stands there); else "expected ':'" only before
 * a NEWLINE (its invalid_*_stmt rules), and `last` explains the rest. */
static bool expect_colon(parser *p, bool forced, ast_expr *last, bool named)
{
    if (accept(p, LEX_COLON))
        return true;
    if (forced)
        error_expected(p, ":");
    else if (kind(p) == LEX_NEWLINE)
        error_last(p, LEX_ERR_SYNTAX, "expected ':'");
    else if (last)
        bad_follow(p, last, named);
    else
        error_generic(p);
    return false;
}

/* The block after ':' of a statement described by `what` (for CPython's
 * "expected an indented block after ..."), started on line `line`. */
static bool parse_block(parser *p, const char *what, int32_t line, ast_stmt_seq *out)
{
    int cost = PEG_BLOCK + (what[0] == 'f' || what[0] == 'c');    /* function, class: 7 */
    size_t mark = p->sp;
    if (!accept(p, LEX_NEWLINE)) {
        if (!parse_simple_stmts(p))
            goto fail;
        *out = pop_stmts(p, mark);
        return true;
    }
    if (kind(p) != LEX_INDENT) {
        error_last(p, LEX_ERR_INDENTATION, "expected an indented block after %s on line %d", what, line);
        return false;
    }
    advance(p);
    int level0 = p->level;
    p->level -= PEG_STMT + PEG_TEST;        /* back to the statement's own level */
    if (!gate(p, cost)) {
        p->level = level0;
        return false;
    }
    while (kind(p) != LEX_DEDENT && !p->failed)
        if (!parse_statement(p))
            break;
    ungate(p, cost);
    p->level = level0;
    if (p->failed)
        goto fail;
    advance(p);                             /* DEDENT */
    *out = pop_stmts(p, mark);
    return true;
fail:
    p->sp = mark;
    return false;
}

/* The end of a statement whose last block is `body`. */
static ast_loc block_end(ast_loc start, const ast_stmt_seq *body)
{
    return span(start, body->v[body->n - 1]->loc);
}

/* 'else' ':' block, when present (else_block: 'else' &&':' block). */
static bool parse_else(parser *p, ast_stmt_seq *orelse)
{
    orelse->n = 0;
    orelse->v = NULL;
    if (kind(p) != LEX_KW_ELSE)
        return true;
    lex_token t = advance(p);
    if (!expect_colon(p, true, NULL, false))
        return false;
    return parse_block(p, "'else' statement", t.line, orelse);
}

/* ---- compound statements ------------------------------------------------------ */

typedef struct clause {     /* one if/elif clause, while the chain is read */
    ast_loc start;
    ast_expr *test;
    ast_stmt_seq body;
} clause;

/* if ... elif ... else: the elif chain is read in a loop and nested from
 * its end (each elif is an If in the orelse of the one before). */
static ast_stmt *parse_if(parser *p)
{
    clause *cl = NULL;
    size_t n = 0, cap = 0;
    ast_stmt_seq orelse = {0, NULL};
    ast_stmt *s = NULL;
    int level0 = p->level;
    do {
        lex_token t = advance(p);
        const char *what = t.kind == LEX_KW_IF ? "'if' statement" : "'elif' statement";
        if (n == cap) {
            cap = cap ? 2 * cap : 4;
            cl = hv_realloc(cl, cap * sizeof *cl);
        }
        cl[n].start = tok_loc(&t);
        int cost = n == 0 ? 0 : n == 1 ? PEG_ELIF + 1 : 1;  /* each elif nests in CPython's rule */
        if (!deeper(p, cost) || !(cl[n].test = parse_named_expression(p))
            || !expect_colon(p, false, cl[n].test, true)
            || !parse_block(p, what, t.line, &cl[n].body))
            goto done;
        n++;
    } while (kind(p) == LEX_KW_ELIF);
    if (!parse_else(p, &orelse))
        goto done;
    for (size_t i = n; i-- > 0;) {
        const ast_stmt_seq *last = orelse.n ? &orelse : &cl[i].body;
        s = new_stmt(p, AST_IF, block_end(cl[i].start, last));
        s->u.cond.test = cl[i].test;
        s->u.cond.body = cl[i].body;
        s->u.cond.orelse = orelse;
        orelse.n = 1;
        orelse.v = ast_alloc(p->m->arena, sizeof *orelse.v);
        orelse.v[0] = s;
    }
done:
    p->level = level0;
    free(cl);
    return p->failed ? NULL : s;
}

static ast_stmt *parse_while(parser *p)
{
    lex_token t = advance(p);
    ast_stmt *s = new_stmt(p, AST_WHILE, tok_loc(&t));
    if (!(s->u.cond.test = parse_named_expression(p))
        || !expect_colon(p, false, s->u.cond.test, true)
        || !parse_block(p, "'while' statement", t.line, &s->u.cond.body)
        || !parse_else(p, &s->u.cond.orelse))
        return NULL;
    s->loc = block_end(s->loc, s->u.cond.orelse.n ? &s->u.cond.orelse : &s->u.cond.body);
    return s;
}

/* for target in iter: block [else: block] (`start`: 'async' if any). */
static ast_stmt *parse_for(parser *p, const lex_token *async)
{
    lex_token t = advance(p);
    ast_stmt *s = new_stmt(p, async ? AST_ASYNCFOR : AST_FOR, tok_loc(async ? async : &t));
    if (!(s->u.loop_for.target = parse_for_head(p)))
        return NULL;
    if (!(s->u.loop_for.iter = parse_star_expressions(p))
        || !expect_colon(p, false, s->u.loop_for.iter, false)
        || !parse_block(p, "'for' statement", t.line, &s->u.loop_for.body)
        || !parse_else(p, &s->u.loop_for.orelse))
        return NULL;
    s->loc = block_end(s->loc, s->u.loop_for.orelse.n ? &s->u.loop_for.orelse : &s->u.loop_for.body);
    return s;
}

/* expression ['as' star_target], pushed as a withitem. */
static bool with_item(parser *p)
{
    ast_withitem *w = ast_alloc(p->m->arena, sizeof *w);
    if (!(w->context_expr = parse_expression(p)))
        return false;
    if (accept(p, LEX_KW_AS)) {
        if (!(w->optional_vars = parse_expression(p)))
            return false;
        int k = kind(p);
        if (k != LEX_COMMA && k != LEX_RPAR && k != LEX_COLON)
            return bad_follow(p, w->optional_vars, false), false;
        if (!make_target(p, w->optional_vars, STAR_TARGETS))
            return false;
    }
    push(p, w);
    return true;
}

/* '(' with_item (',' with_item)* [','] ')' ':' — tried first, as CPython
 * does; false (nothing consumed) when it is not that form. */
static bool paren_with_items(parser *p, size_t mark)
{
    spec s = spec_begin(p);
    advance(p);
    bool ok = true;
    do {
        if (kind(p) == LEX_RPAR && p->sp > mark)
            break;
        ok = with_item(p);
    } while (ok && accept(p, LEX_COMMA));
    ok = ok && accept(p, LEX_RPAR) && kind(p) == LEX_COLON;
    if (!ok) {
        spec_end(p, &s, true);
        return false;
    }
    size_t n = p->sp - mark;
    void **items = hv_malloc(n * sizeof *items);
    memcpy(items, &p->stack[mark], n * sizeof *items);
    spec_end(p, &s, false);                 /* keep the position, not the stack */
    for (size_t i = 0; i < n; i++)
        push(p, items[i]);
    free(items);
    return true;
}

static ast_stmt *parse_with(parser *p, const lex_token *async)
{
    lex_token t = advance(p);
    ast_stmt *s = new_stmt(p, async ? AST_ASYNCWITH : AST_WITH, tok_loc(async ? async : &t));
    size_t mark = p->sp;
    if (!(kind(p) == LEX_LPAR && paren_with_items(p, mark))) {
        if (p->failed)
            return NULL;
        do {
            if (!with_item(p))
                goto fail;
        } while (accept(p, LEX_COMMA));
    }
    ast_withitem *last = (ast_withitem *)p->stack[p->sp - 1];
    if (!expect_colon(p, false, last->optional_vars ? last->optional_vars : last->context_expr, false))
        goto fail;
    s->u.with.items = pop_withitems(p, mark);
    if (!parse_block(p, "'with' statement", t.line, &s->u.with.body))
        return NULL;
    s->loc = block_end(s->loc, &s->u.with.body);
    return s;
fail:
    p->sp = mark;
    return NULL;
}

/* `except E, F:` (invalid_except_stmt): when the rest reads
 * ", expressions ['as' NAME] ':'". */
static void *multiple_types(parser *p, ast_expr *type)
{
    if (!failing(p))
        return NULL;
    spec s = spec_begin(p);
    advance(p);
    bool ok = parse_star_expressions(p) != NULL;
    if (ok && accept(p, LEX_KW_AS))
        ok = accept(p, LEX_NAME);
    ok = ok && accept(p, LEX_COLON);
    spec_end(p, &s, !ok);
    if (!ok)
        return error_generic(p);
    return error_from(p, type->loc, "multiple exception types must be parenthesized");
}

/* except [expression ['as' NAME]] ':' block. */
static ast_handler *parse_handler(parser *p, bool *star)
{
    lex_token t = advance(p);
    ast_handler *h = ast_alloc(p->m->arena, sizeof *h);
    *star = accept(p, LEX_STAR);
    if (*star)
        unsupported(p, tok_loc(&t), "'except*'");
    if (kind(p) != LEX_COLON) {
        if (kind(p) == LEX_NEWLINE)
            return error_last(p, LEX_ERR_SYNTAX, "expected ':'");
        if (!(h->type = parse_expression(p)))
            return NULL;
        if (kind(p) == LEX_COMMA)
            return multiple_types(p, h->type);
        if (accept(p, LEX_KW_AS)) {
            if (kind(p) != LEX_NAME)
                return error_generic(p);
            lex_token n = advance(p);
            h->name = ident_of(p, &n);
        }
        if (!expect_colon(p, false, h->name ? NULL : h->type, false))
            return NULL;
    } else {
        advance(p);
    }
    if (!parse_block(p, *star ? "'except*' statement" : "'except' statement", t.line, &h->body))
        return NULL;
    h->loc = block_end(tok_loc(&t), &h->body);
    return h;
}

static ast_stmt *parse_try(parser *p)
{
    lex_token t = advance(p);
    ast_stmt *s = new_stmt(p, AST_TRY, tok_loc(&t));
    if (!expect_colon(p, true, NULL, false)
        || !parse_block(p, "'try' statement", t.line, &s->u.try_.body))
        return NULL;
    size_t mark = p->sp;
    bool star = false, plain = false;
    while (kind(p) == LEX_KW_EXCEPT) {
        bool this_star;
        ast_handler *h = parse_handler(p, &this_star);
        if (!h) {
            p->sp = mark;
            return NULL;
        }
        if ((this_star && plain) || (!this_star && star)) {
            p->sp = mark;
            return error_at(p, h->loc, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star |= this_star;
        plain |= !this_star;
        push(p, h);
    }
    s->u.try_.handlers = pop_handlers(p, mark);
    if (star)
        s->kind = AST_TRYSTAR;
    if (s->u.try_.handlers.n && !parse_else(p, &s->u.try_.orelse))
        return NULL;
    if (kind(p) == LEX_KW_FINALLY) {
        lex_token f = advance(p);
        if (!expect_colon(p, true, NULL, false)
            || !parse_block(p, "'finally' statement", f.line, &s->u.try_.finalbody))
            return NULL;
    } else if (!s->u.try_.handlers.n) {
        return error_last(p, LEX_ERR_SYNTAX, "expected 'except' or 'finally' block");
    }
    const ast_stmt_seq *last = s->u.try_.finalbody.n ? &s->u.try_.finalbody
                               : s->u.try_.orelse.n ? &s->u.try_.orelse : NULL;
    if (!last)
        s->loc = span(s->loc, s->u.try_.handlers.v[s->u.try_.handlers.n - 1]->loc);
    else
        s->loc = block_end(s->loc, last);
    return s;
}

/* def NAME '(' params ')' ['->' expression] ':' block. */
static ast_stmt *parse_def(parser *p, const lex_token *async, ast_expr_seq decorators)
{
    lex_token t = advance(p);
    ast_stmt *s = new_stmt(p, async ? AST_ASYNCFUNCTIONDEF : AST_FUNCTIONDEF,
                           tok_loc(async ? async : &t));
    s->u.funcdef.decorator_list = decorators;
    if (kind(p) != LEX_NAME)
        return error_generic(p);
    lex_token name = advance(p);
    s->u.funcdef.name = ident_of(p, &name);
    if (kind(p) != LEX_LPAR)
        return error_expected(p, "(");
    advance(p);
    if (!(s->u.funcdef.args = parse_params(p, false)))
        return NULL;
    advance(p);                             /* ')' */
    if (accept(p, LEX_RARROW)) {
        if (!(s->u.funcdef.returns = parse_expression(p)))
            return NULL;
    }
    if (!expect_colon(p, true, NULL, false)
        || !parse_block(p, "function definition", t.line, &s->u.funcdef.body))
        return NULL;
    s->loc = block_end(s->loc, &s->u.funcdef.body);
    return s;
}

/* class NAME ['(' arguments ')'] ':' block. */
static ast_stmt *parse_class(parser *p, ast_expr_seq decorators)
{
    lex_token t = advance(p);
    ast_stmt *s = new_stmt(p, AST_CLASSDEF, tok_loc(&t));
    s->u.classdef.decorator_list = decorators;
    if (kind(p) != LEX_NAME)
        return error_generic(p);
    lex_token name = advance(p);
    s->u.classdef.name = ident_of(p, &name);
    if (kind(p) == LEX_LPAR) {
        lex_token open = advance(p);
        ast_expr *fake = new_expr(p, AST_NAME, tok_loc(&name));
        if (!gate(p, PEG_CALL))
            return NULL;
        ast_expr *call = call_body(p, fake, tok_loc(&name), &open, true);
        ungate(p, PEG_CALL);
        if (!call)
            return NULL;
        s->u.classdef.bases = call->u.call.args;
        s->u.classdef.keywords = call->u.call.keywords;
    }
    if (!expect_colon(p, false, NULL, false)
        || !parse_block(p, "class definition", t.line, &s->u.classdef.body))
        return NULL;
    s->loc = block_end(s->loc, &s->u.classdef.body);
    return s;
}

/* ('@' named_expression NEWLINE)+ then def, async def or class. */
static ast_stmt *parse_decorated(parser *p)
{
    size_t mark = p->sp;
    while (accept(p, LEX_AT)) {
        ast_expr *d = parse_named_expression(p);
        if (!d)
            goto fail;
        if (kind(p) != LEX_NEWLINE) {
            bad_follow(p, d, true);
            goto fail;
        }
        advance(p);
        push(p, d);
    }
    ast_expr_seq decorators = pop_exprs(p, mark);
    if (kind(p) == LEX_KW_DEF)
        return parse_def(p, NULL, decorators);
    if (kind(p) == LEX_KW_CLASS)
        return parse_class(p, decorators);
    if (kind(p) == LEX_KW_ASYNC && peek(p, 1)->kind == LEX_KW_DEF) {
        lex_token a = advance(p);
        unsupported(p, tok_loc(&a), "'async def'");
        return parse_def(p, &a, decorators);
    }
    return error_generic(p);
fail:
    p->sp = mark;
    return NULL;
}

/* async def / async for / async with. */
static ast_stmt *parse_async(parser *p)
{
    lex_token a = advance(p);
    switch (kind(p)) {
    case LEX_KW_DEF: {
        ast_expr_seq none = {0, NULL};
        unsupported(p, tok_loc(&a), "'async def'");
        return parse_def(p, &a, none);
    }
    case LEX_KW_FOR:
        unsupported(p, tok_loc(&a), "'async for'");
        return parse_for(p, &a);
    case LEX_KW_WITH:
        unsupported(p, tok_loc(&a), "'async with'");
        return parse_with(p, &a);
    default:
        return error_generic(p);
    }
}

/* ---- the match statement -------------------------------------------------------- */

static ast_pattern *parse_pattern(parser *p);

static ast_pattern *new_pattern(parser *p, int kind, ast_loc loc)
{
    return ast_pattern_new(p->m, kind, loc);
}

/* The current token is NAME `word` and the next one is not `a` or `b`
 * or `c` (lookaheads of the pattern grammar). */
static bool name_not_before(parser *p, int a, int b, int c)
{
    int k = peek(p, 1)->kind;
    return kind(p) == LEX_NAME && k != a && k != b && k != c;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '='). */
static bool at_capture_target(parser *p)
{
    return !at_name(p, "_") && name_not_before(p, LEX_DOT, LEX_LPAR, LEX_EQUAL);
}

/* signed_number !('+' | '-') | complex_number, with the checks of
 * _PyPegen_ensure_real and _PyPegen_ensure_imaginary. */
static ast_expr *literal_number(parser *p)
{
    ast_loc start = here(p);
    bool neg = kind(p) == LEX_MINUS;
    if (neg && (advance(p), kind(p) != LEX_NUMBER))
        return error_generic(p);
    ast_expr *num = parse_number(p);
    if (!num)
        return NULL;
    ast_expr *e = num;
    if (neg) {
        e = new_expr(p, AST_UNARYOP, upto(p, start));
        e->u.unaryop.op = AST_USUB;
        e->u.unaryop.operand = num;
    }
    if (kind(p) != LEX_PLUS && kind(p) != LEX_MINUS)
        return e;
    if (num->u.constant.kind == AST_CONST_IMAG)
        return error_at(p, num->loc, "real number required in complex literal");
    int op = kind(p) == LEX_PLUS ? AST_ADD : AST_SUB;
    advance(p);
    if (kind(p) != LEX_NUMBER)
        return error_generic(p);
    ast_expr *imag = parse_number(p);
    if (!imag)
        return NULL;
    if (imag->u.constant.kind != AST_CONST_IMAG)
        return error_at(p, imag->loc, "imaginary number required in complex literal");
    ast_expr *b = new_expr(p, AST_BINOP, upto(p, start));
    b->u.binop.left = e;
    b->u.binop.op = (uint8_t)op;
    b->u.binop.right = imag;
    return b;
}

/* name_or_attr: NAME ('.' NAME)*, as nested Attribute nodes. */
static ast_expr *name_or_attr(parser *p)
{
    lex_token first = advance(p);
    ast_expr *e = new_name(p, &first, AST_LOAD);
    while (kind(p) == LEX_DOT) {
        advance(p);
        if (kind(p) != LEX_NAME)
            return error_generic(p);
        lex_token n = advance(p);
        ast_expr *a = new_expr(p, AST_ATTRIBUTE, upto(p, tok_loc(&first)));
        a->ctx = AST_LOAD;
        a->u.attribute.value = e;
        a->u.attribute.attr = ident_of(p, &n);
        e = a;
    }
    return e;
}

/* maybe_star_pattern: '*' (capture target | '_') | pattern. */
static ast_pattern *maybe_star_pattern(parser *p)
{
    if (kind(p) != LEX_STAR)
        return parse_pattern(p);
    lex_token star = advance(p);
    const ast_ident *name = NULL;
    if (at_capture_target(p)) {
        lex_token t = advance(p);
        name = ident_of(p, &t);
    } else if (at_name(p, "_")) {
        advance(p);
    } else {
        return error_generic(p);
    }
    ast_pattern *s = new_pattern(p, AST_MATCHSTAR, upto(p, tok_loc(&star)));
    s->u.star.name = name;
    return s;
}

/* ','.maybe_star_pattern+ ','? up to the `close` token (not consumed);
 * the patterns pushed.  `first`: one already read, or NULL. */
static bool sequence_items(parser *p, ast_pattern *first, int close)
{
    if (first) {
        push(p, first);
        if (!accept(p, LEX_COMMA))
            return kind(p) == close || (error_generic(p), false);
    }
    while (kind(p) != close) {
        ast_pattern *e = maybe_star_pattern(p);
        if (!e)
            return false;
        push(p, e);
        if (!accept(p, LEX_COMMA))
            break;
    }
    return kind(p) == close || (error_generic(p), false);
}

DEFINE_POP(pop_patterns, ast_pattern_seq, ast_pattern)
DEFINE_POP(pop_cases, ast_match_case_seq, ast_match_case)

/* A bracketed sequence pattern from `open` (its first item read when
 * `first` is not NULL) through the `close` token. */
static ast_pattern *sequence_rest(parser *p, const lex_token *open, ast_pattern *first, int close)
{
    size_t mark = p->sp;
    if (!sequence_items(p, first, close)) {
        p->sp = mark;
        return NULL;
    }
    advance(p);
    ast_pattern *s = new_pattern(p, AST_MATCHSEQUENCE, upto(p, tok_loc(open)));
    s->u.seq.patterns = pop_patterns(p, mark);
    return s;
}

/* '(' ... ')': a group_pattern (the pattern itself) or a sequence. */
static ast_pattern *paren_pattern(parser *p)
{
    lex_token open = advance(p);
    ast_pattern *first = NULL;
    if (kind(p) != LEX_RPAR) {
        if (!(first = maybe_star_pattern(p)))
            return NULL;
        if (kind(p) == LEX_RPAR && first->kind != AST_MATCHSTAR) {
            advance(p);
            return first;
        }
        if (kind(p) != LEX_COMMA)
            return error_generic(p);
    }
    return sequence_rest(p, &open, first, LEX_RPAR);
}

static ast_pattern *list_pattern(parser *p)
{
    lex_token open = advance(p);
    return sequence_rest(p, &open, NULL, LEX_RSQB);
}

/* A mapping key: literal_expr | attr (a dotted name with a dot). */
static ast_expr *mapping_key(parser *p)
{
    lex_token t;
    switch (kind(p)) {
    case LEX_NUMBER: case LEX_MINUS:
        return literal_number(p);
    case LEX_STRING:
        return parse_strings(p);
    case LEX_KW_NONE: case LEX_KW_TRUE: case LEX_KW_FALSE:
        t = advance(p);
        return new_const(p, t.kind == LEX_KW_TRUE ? AST_CONST_TRUE : t.kind == LEX_KW_FALSE
                            ? AST_CONST_FALSE : AST_CONST_NONE, tok_loc(&t));
    case LEX_NAME:
        if (peek(p, 1)->kind == LEX_DOT)
            return name_or_attr(p);
        /* fall through */
    default:
        return error_generic(p);
    }
}

/* '**' capture target: its name. */
static const ast_ident *double_star_target(parser *p)
{
    advance(p);
    if (!at_capture_target(p))
        return error_generic(p);
    lex_token t = advance(p);
    return ident_of(p, &t);
}

/* mapping_pattern: '{' [key ':' pattern (',' ...)*] [',' '**' target] [','] '}'. */
static ast_pattern *mapping_pattern(parser *p)
{
    lex_token open = advance(p);
    size_t mark = p->sp;
    const ast_ident *rest = NULL;
    while (kind(p) != LEX_RBRACE) {
        if (kind(p) == LEX_DOUBLESTAR) {
            if (!(rest = double_star_target(p)))
                goto fail;
            accept(p, LEX_COMMA);
            break;
        }
        ast_expr *key = mapping_key(p);
        if (!key)
            goto fail;
        if (!accept(p, LEX_COLON)) {
            error_generic(p);
            goto fail;
        }
        ast_pattern *v = parse_pattern(p);
        if (!v)
            goto fail;
        push(p, key);
        push(p, v);
        if (!accept(p, LEX_COMMA))
            break;
    }
    if (kind(p) != LEX_RBRACE) {
        error_generic(p);
        goto fail;
    }
    advance(p);
    ast_pattern *m = new_pattern(p, AST_MATCHMAPPING, upto(p, tok_loc(&open)));
    uint32_t n = (uint32_t)(p->sp - mark) / 2;
    m->u.mapping.keys.n = m->u.mapping.patterns.n = n;
    m->u.mapping.keys.v = ast_alloc(p->m->arena, (n ? n : 1) * sizeof(ast_expr *));
    m->u.mapping.patterns.v = ast_alloc(p->m->arena, (n ? n : 1) * sizeof(ast_pattern *));
    for (uint32_t i = 0; i < n; i++) {
        m->u.mapping.keys.v[i] = p->stack[mark + 2 * i];
        m->u.mapping.patterns.v[i] = p->stack[mark + 2 * i + 1];
    }
    p->sp = mark;
    m->u.mapping.rest = rest;
    return m;
fail:
    p->sp = mark;
    return NULL;
}

/* The arguments of a class pattern after '(' up to ')': positional
 * patterns pushed, keyword ones at `kmark` as (name, pattern)
 * ones in *kw and their names in *kwn (invalid_class_pattern: a
 * positional pattern after a keyword one is an error). */
static bool class_arguments(parser *p, ast_pattern ***kw, const ast_ident ***kwn,
                            uint32_t *nkw)
{
    uint32_t cap = 0;
    ast_pattern *late_first = NULL, *late_last = NULL;
    while (kind(p) != LEX_RPAR) {
        if (kind(p) == LEX_NAME && peek(p, 1)->kind == LEX_EQUAL) {
            if (late_first)
                break;
            lex_token name = advance(p);
            advance(p);
            ast_pattern *v = parse_pattern(p);
            if (!v)
                return false;
            if (*nkw == cap) {
                cap = cap ? 2 * cap : 4;
                *kw = hv_realloc(*kw, cap * sizeof **kw);
                *kwn = hv_realloc(*kwn, cap * sizeof **kwn);
            }
            (*kw)[*nkw] = v;
            (*kwn)[(*nkw)++] = ident_of(p, &name);
        } else {
            ast_pattern *v = parse_pattern(p);
            if (!v)
                return false;
            if (*nkw) {
                late_first = late_first ? late_first : v;
                late_last = v;
            } else {
                push(p, v);
            }
        }
        if (!accept(p, LEX_COMMA))
            break;
    }
    if (late_first)
        return error_range(p, late_first->loc, late_last->loc,
                           "positional patterns follow keyword patterns"), false;
    return kind(p) == LEX_RPAR || (error_generic(p), false);
}

/* class_pattern: name_or_attr '(' [arguments] ')', the class read. */
static ast_pattern *class_pattern(parser *p, ast_expr *cls)
{
    advance(p);
    size_t mark = p->sp;
    ast_pattern **kw = NULL;
    const ast_ident **kwn = NULL;
    uint32_t nkw = 0;
    ast_pattern *c = NULL;
    if (class_arguments(p, &kw, &kwn, &nkw)) {
        advance(p);
        c = new_pattern(p, AST_MATCHCLASS, upto(p, cls->loc));
        c->u.cls.cls = cls;
        c->u.cls.patterns = pop_patterns(p, mark);
        c->u.cls.kwd_attrs.n = c->u.cls.kwd_patterns.n = nkw;
        c->u.cls.kwd_attrs.v = ast_alloc(p->m->arena, (nkw ? nkw : 1) * sizeof *kwn);
        c->u.cls.kwd_patterns.v = ast_alloc(p->m->arena, (nkw ? nkw : 1) * sizeof *kw);
        for (uint32_t i = 0; i < nkw; i++) {
            c->u.cls.kwd_attrs.v[i] = kwn[i];
            c->u.cls.kwd_patterns.v[i] = kw[i];
        }
    }
    p->sp = mark;
    free(kw);
    free(kwn);
    return c;
}

/* A pattern starting with a NAME: the wildcard, a capture, a value
 * (dotted name) or a class pattern. */
static ast_pattern *name_pattern(parser *p)
{
    lex_token t = *peek(p, 0);
    if (at_name(p, "_")) {
        advance(p);
        return new_pattern(p, AST_MATCHAS, tok_loc(&t));
    }
    if (at_capture_target(p)) {
        advance(p);
        ast_pattern *c = new_pattern(p, AST_MATCHAS, tok_loc(&t));
        c->u.as.name = ident_of(p, &t);
        return c;
    }
    ast_expr *e = name_or_attr(p);
    if (!e)
        return NULL;
    if (kind(p) == LEX_LPAR)
        return class_pattern(p, e);
    if (e->kind != AST_ATTRIBUTE || kind(p) == LEX_EQUAL)
        return error_generic(p);
    ast_pattern *v = new_pattern(p, AST_MATCHVALUE, e->loc);
    v->u.value.value = e;
    return v;
}

/* closed_pattern. */
static ast_pattern *closed_pattern(parser *p)
{
    if (!gate(p, 1))
        return NULL;
    ast_pattern *r = NULL;
    lex_token t = *peek(p, 0);
    switch (kind(p)) {
    case LEX_NUMBER: case LEX_MINUS: case LEX_STRING: {
        ast_expr *e = t.kind == LEX_STRING ? parse_strings(p) : literal_number(p);
        if (e) {
            r = new_pattern(p, AST_MATCHVALUE, e->loc);
            r->u.value.value = e;
        }
        break;
    }
    case LEX_KW_NONE: case LEX_KW_TRUE: case LEX_KW_FALSE:
        advance(p);
        r = new_pattern(p, AST_MATCHSINGLETON, tok_loc(&t));
        r->u.singleton.value = t.kind == LEX_KW_TRUE ? AST_CONST_TRUE : t.kind == LEX_KW_FALSE
                               ? AST_CONST_FALSE : AST_CONST_NONE;
        break;
    case LEX_NAME: r = name_pattern(p); break;
    case LEX_LPAR: r = paren_pattern(p); break;
    case LEX_LSQB: r = list_pattern(p); break;
    case LEX_LBRACE: r = mapping_pattern(p); break;
    default: error_generic(p); break;
    }
    ungate(p, 1);
    return r;
}

/* or_pattern ['as' target] (invalid_as_pattern's errors). */
static ast_pattern *parse_pattern(parser *p)
{
    ast_loc start = here(p);
    size_t mark = p->sp;
    ast_pattern *first = closed_pattern(p);
    if (!first)
        return NULL;
    ast_pattern *r = first;
    if (kind(p) == LEX_VBAR) {
        push(p, first);
        while (accept(p, LEX_VBAR)) {
            ast_pattern *alt = closed_pattern(p);
            if (!alt) {
                p->sp = mark;
                return NULL;
            }
            push(p, alt);
        }
        r = new_pattern(p, AST_MATCHOR, upto(p, start));
        r->u.seq.patterns = pop_patterns(p, mark);
    }
    if (kind(p) != LEX_KW_AS)
        return r;
    advance(p);
    if (at_name(p, "_"))
        return error_at(p, here(p), "cannot use '_' as a target");
    if (kind(p) != LEX_NAME) {
        spec s = spec_begin(p);
        ast_expr *e = parse_expression(p);
        bool ok = spec_end(p, &s, true) && e;
        return ok ? error_at(p, e->loc, "invalid pattern target") : error_generic(p);
    }
    if (!at_capture_target(p))
        return error_generic(p);
    lex_token t = advance(p);
    ast_pattern *as = new_pattern(p, AST_MATCHAS, upto(p, start));
    as->u.as.pattern = r;
    as->u.as.name = ident_of(p, &t);
    return as;
}

/* patterns: open_sequence_pattern (a MatchSequence without brackets) | pattern. */
static ast_pattern *top_patterns(parser *p)
{
    ast_loc start = here(p);
    ast_pattern *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (kind(p) != LEX_COMMA)
        return first->kind == AST_MATCHSTAR ? error_generic(p) : first;
    size_t mark = p->sp;
    push(p, first);
    while (accept(p, LEX_COMMA)) {
        if (kind(p) == LEX_COLON || kind(p) == LEX_KW_IF)
            break;
        ast_pattern *e = maybe_star_pattern(p);
        if (!e) {
            p->sp = mark;
            return NULL;
        }
        push(p, e);
    }
    ast_pattern *s = new_pattern(p, AST_MATCHSEQUENCE, upto(p, start));
    s->u.seq.patterns = pop_patterns(p, mark);
    return s;
}

/* case_block: "case" patterns [guard] ':' block (invalid_case_block's errors). */
static ast_match_case *parse_case(parser *p)
{
    lex_token t = advance(p);
    ast_match_case *mc = ast_alloc(p->m->arena, sizeof *mc);
    if (!(mc->pattern = top_patterns(p)))
        return NULL;
    if (accept(p, LEX_KW_IF) && !(mc->guard = parse_named_expression(p)))
        return NULL;
    if (kind(p) == LEX_NEWLINE)
        return error_last(p, LEX_ERR_SYNTAX, "expected ':'");
    if (!accept(p, LEX_COLON))
        return error_generic(p);
    if (!parse_block(p, "'case' statement", t.line, &mc->body))
        return NULL;
    return mc;
}

/* subject_expr: star_named_expression ',' [star_named_expressions] (a
 * Tuple) | named_expression. */
static ast_expr *match_subject(parser *p)
{
    ast_loc start = here(p);
    ast_expr *subject = parse_star_named_expression(p);
    if (subject && subject->kind == AST_STARRED && kind(p) != LEX_COMMA)
        return error_generic(p);            /* '*' only in a tuple: star_named_expression ',' */
    if (!subject || kind(p) != LEX_COMMA)
        return subject;
    size_t mark = p->sp;
    push(p, subject);
    if (!push_more_items(p, mark, parse_star_named_expression, not_colon))
        return NULL;
    return load_tuple(p, upto(p, start), mark);
}

/* Whether the line parses as simple statements (a look ahead). */
static bool simple_parses(parser *p)
{
    spec s = spec_begin(p);
    bool ok = parse_simple_stmts(p);
    return spec_end(p, &s, true) && ok;
}

/* case_block+ DEDENT, after the match statement's INDENT. */
static bool parse_cases(parser *p, ast_match_case_seq *out)
{
    if (!at_name(p, "case"))
        return error_generic(p), false;
    size_t mark = p->sp;
    int level0 = p->level;
    p->level += PEG_STMT + PEG_TEST;
    while (at_name(p, "case") && !p->failed) {
        ast_match_case *mc = parse_case(p);
        if (!mc)
            break;
        push(p, mc);
    }
    p->level = level0;
    if (p->failed || kind(p) != LEX_DEDENT) {
        if (!p->failed)
            error_generic(p);
        p->sp = mark;
        return false;
    }
    advance(p);
    *out = pop_cases(p, mark);
    return true;
}

/* A line that is neither a match statement nor simple statements, its
 * subject failing or followed by no ':': the subject read again, loudly
 * (and what follows it, as a named expression's), so an invalid rule's
 * error of its own stands ("match x.y := 1:" is the walrus's, not the
 * simple statement's invalid syntax), as CPython's second pass meets
 * match_stmt's invalid rules before simple_stmts'; a generic failure is
 * forgotten (the simple statement's error is python3's then).  Nothing
 * consumed. */
static void subject_error(parser *p)
{
    spec s = spec_begin_mode(p, false);
    advance(p);
    ast_expr *subject = match_subject(p);
    if (subject && subject->kind == AST_TUPLE && !subject->parens)    /* its last item's */
        subject = p->prev.kind == LEX_COMMA ? NULL : subject->u.list.elts.v[subject->u.list.elts.n - 1];
    if (subject)                            /* "match 1 = 2": invalid_named_expression's hint */
        bad_follow(p, subject, true);
    spec_end(p, &s, true);
    if (p->failed && !p->final && p->err.kind == LEX_ERR_SYNTAX && !strcmp(p->err.msg, "invalid syntax"))
        p->failed = false;
}

/* match_stmt: "match" subject ':' NEWLINE INDENT case_block+ DEDENT, when
 * the line reads as one (false, nothing consumed, otherwise: match is a
 * soft keyword); the statement pushed.  "match" subject NEWLINE that is
 * no simple statement either is invalid_match_stmt's "expected ':'". */
static bool parse_match(parser *p)
{
    lex_token m = *peek(p, 0);
    spec s = spec_begin(p);
    advance(p);
    bool read = match_subject(p), colon = read && accept(p, LEX_COLON);
    bool bare = read && !colon && kind(p) == LEX_NEWLINE;
    bool ok = colon && accept(p, LEX_NEWLINE);
    if (!spec_end(p, &s, true) || !ok) {
        if (bare && !simple_parses(p))
            error_last(p, LEX_ERR_SYNTAX, "expected ':'");
        else if (!colon && !bare && !simple_parses(p))
            subject_error(p);
        return false;
    }
    advance(p);
    ast_expr *subject = match_subject(p);
    if (!subject || !accept(p, LEX_COLON) || !accept(p, LEX_NEWLINE))
        return subject ? (error_generic(p), false) : false;
    if (kind(p) != LEX_INDENT) {
        error_last(p, LEX_ERR_INDENTATION, "expected an indented block after 'match' statement on line %d",
                   m.line);
        return false;
    }
    advance(p);
    ast_match_case_seq cases;
    if (!parse_cases(p, &cases))
        return false;
    ast_stmt *st = new_stmt(p, AST_MATCH, block_end(tok_loc(&m), &cases.v[cases.n - 1]->body));
    st->u.match.subject = subject;
    st->u.match.cases = cases;
    push(p, st);
    return true;
}

static ast_stmt *parse_compound(parser *p, int k)
{
    ast_expr_seq none = {0, NULL};
    switch (k) {
    case LEX_KW_IF: return parse_if(p);
    case LEX_KW_WHILE: return parse_while(p);
    case LEX_KW_FOR: return parse_for(p, NULL);
    case LEX_KW_WITH: return parse_with(p, NULL);
    case LEX_KW_TRY: return parse_try(p);
    case LEX_KW_DEF: return parse_def(p, NULL, none);
    case LEX_KW_CLASS: return parse_class(p, none);
    case LEX_AT: return parse_decorated(p);
    default: return parse_async(p);
    }
}

/* One statement line (compound, or simple statements): pushed on the
 * stack.  False on error. */
static bool parse_statement(parser *p)
{
    int k = kind(p);
    if (k == LEX_KW_IF || k == LEX_KW_WHILE || k == LEX_KW_FOR || k == LEX_KW_WITH
        || k == LEX_KW_TRY || k == LEX_KW_DEF || k == LEX_KW_CLASS || k == LEX_AT
        || k == LEX_KW_ASYNC) {
        int level0 = p->level;
        p->level += PEG_STMT + PEG_TEST;    /* where a header's expressions start */
        ast_stmt *s = parse_compound(p, k);
        p->level = level0;
        if (s)
            push(p, s);
        return s != NULL;
    }
    if (at_name(p, "match") && parse_match(p))
        return true;
    if (p->failed)
        return false;
    int level0 = p->level;
    p->level += PEG_STMT;
    bool ok = parse_simple_stmts(p);
    p->level = level0;
    return ok;
}

/* ---- after an error ------------------------------------------------------------ */

/* CPython tokenizes the rest of the file after a parser error: a tokenizer
 * error there replaces it, and so does an unclosed bracket at the end of
 * the file if it opened before the line of the furthest token read
 * (_PyPegen_tokenize_full_source_to_check_for_errors). */
static void finish_errors(parser *p)
{
    if (!p->failed || p->final || p->lexdone)
        return;
    int32_t err_line = furthest(p)->line;
    if (p->final)       /* reading that token hit the tokenizer's error: taken */
        return;
    lex_token t;
    while (lex_next(p->lx, &t))
        if (t.kind == LEX_ENDMARKER)
            return;
    lex_brackets b;
    lex_open_brackets(p->lx, &b);
    if (lex_unclosed(p->lx) ? !(err_line - (p->outer ? p->line_shift : 0) > b.line)
                            : !lex_raised(p->lx))
        return;
    lex_error_clear(&p->err);
    lex_take_error(p->lx, &p->err);
    p->final = true;
}

/* ---- the module -------------------------------------------------------------- */

static void collect_warnings(parser *p, parse_result *r)
{
    size_t n = lex_warning_count(p->lx);
    if (!n)
        return;
    r->warnings = hv_malloc(n * sizeof *r->warnings);
    for (size_t i = 0; i < n; i++) {
        const lex_warning *w = lex_warning_at(p->lx, i);
        r->warnings[i].line = w->line;
        r->warnings[i].msg = hv_strdup(w->msg);
        r->warnings[i].text = hv_strdup(w->text);
        r->warnings[i].node = NULL;
    }
    r->nwarnings = n;
}

void parse_module(const char *src, size_t len, const char *filename, parse_result *r)
{
    parser p;
    memset(&p, 0, sizeof p);
    memset(r, 0, sizeof *r);
    p.m = ast_module_new();
    p.lx = lex_new(src, len, filename);
    p.filename = filename;
    while (kind(&p) != LEX_ENDMARKER && !p.failed)
        parse_statement(&p);
    if (!p.failed)
        p.m->body = pop_stmts(&p, 0);
    finish_errors(&p);
    collect_warnings(&p, r);
    r->ucn = p.ucn;
    if (p.failed) {
        r->err = p.err;
        memset(&p.err, 0, sizeof p.err);
        ast_module_free(p.m);
    } else if (p.refuse_now) {
        r->err = p.unsupported;
        memset(&p.unsupported, 0, sizeof p.unsupported);
        ast_module_free(p.m);
    } else {
        r->module = p.m;
        r->unsupported = p.unsupported;
        memset(&p.unsupported, 0, sizeof p.unsupported);
    }
    parser_release(&p);
}

void parse_result_free(parse_result *r)
{
    ast_module_free(r->module);
    lex_error_clear(&r->err);
    lex_error_clear(&r->unsupported);
    lex_warnings_free(r->warnings, r->nwarnings);
    memset(r, 0, sizeof *r);
}

void parse_error_clear(parse_error *e)
{
    lex_error_clear(e);
}

/* ---- printing ----------------------------------------------------------------- */

/* The source line and the carets under it, as CPython 3.11's
 * print_error_text does (offsets are 1-based byte columns of `text`). */
static void print_error_text(FILE *f, const parse_error *e)
{
    const char *text = e->text;
    long line_size = (long)strlen(text);
    long offset = e->col, end_offset = e->end_col;
    if (e->end_line > e->line)
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    offset--;
    end_offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
        end_offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (const char *nl; (nl = strchr(text, '\n'));) {
        long inl = nl - text;
        if (inl >= offset)
            break;
        inl++;
        text += inl;
        len -= inl;
        offset -= inl;
        end_offset -= inl;
    }
    fprintf(f, "    %s", text);
    if (text[len] != '\n')
        fputc('\n', f);
    if (offset < 0)
        return;
    fputs("    ", f);
    for (long i = 0; i < offset; i++)
        fputc(' ', f);
    long carets = end_offset > offset ? end_offset - offset : 1;
    if (e->kind == LEX_ERR_INDENTATION || e->kind == LEX_ERR_TAB)
        carets = 1;                         /* IndentationError: one caret */
    for (long i = 0; i < carets; i++)
        fputc('^', f);
    fputc('\n', f);
}

void parse_error_print(FILE *f, const char *filename, const parse_error *e)
{
    if (e->kind == LEX_ERR_MEMORY) {
        fputs("MemoryError\n", f);
        return;
    }
    if (e->kind == LEX_ERR_RECURSION) {
        fprintf(f, "RecursionError: %s\n", e->msg);
        return;
    }
    if (e->line > 0) {
        fprintf(f, "  File \"%s\", line %d\n", filename, e->line);
        if (e->text)
            print_error_text(f, e);
    }
    fprintf(f, "%s: %s\n", lex_error_type(e), e->msg ? e->msg : "");
}

void parse_warning_print(FILE *f, const char *filename, const parse_warning *w)
{
    fprintf(f, "%s:%d: SyntaxWarning: %s\n", filename, w->line, w->msg);
    if (w->text && *w->text)
        fprintf(f, "  %s\n", w->text);
}
