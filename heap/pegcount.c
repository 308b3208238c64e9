/*
 * pegcount.c — replaying CPython 3.11's PEG parser to count the strings it
 * makes per NAME token (see pegcount.h).
 *
 * Every rule below is the rule of Grammar/python.gram (3.11) of the same
 * name, with its alternatives in the grammar's order and its memoization:
 * `memo` rules remember their result per start token, the left-recursive
 * ones (primary, t_primary, the binary levels, dotted_name) grow their
 * result in a loop as pegen's generated code does — which is why a
 * primary calls atom twice, once to seed the loop and once in the try
 * that ends it.  A rule returns 1 with p->pos past what it read, or 0 with
 * p->pos where it started.  The invalid_* alternatives are left out: they
 * only run in the second pass, after a SyntaxError.  Nothing is built:
 * name() counts, the rest only moves p->pos.
 *
 * An f-string's fields are parsed by a parser of their own, as 3.11's
 * fstring_compile_expr does: the field's text in parentheses, from the
 * rule star_expressions, into the same counts.
 */
#include "pegcount.h"

#include "hv.h"
#include "lex.h"
#include "map.h"

#include <stdlib.h>
#include <string.h>

#define PC_MAXDEPTH 6000    /* CPython's MAXSTACK: a deeper source does not compile */
/* Past this many tokens the replay is not tried: its memo (like CPython's,
 * about ten entries per expression) would cost more than running the
 * program (a 1.5-million-item list literal: 1 GB and a minute). */
#define PC_MAXTOKENS 200000

typedef struct pc {
    lex_token *t;           /* the tokens, ENDMARKER last */
    size_t n, pos;
    uint32_t *hits;         /* per token: strings made for it */
    map memo;               /* (start << 8 | rule) + 1 → end + 1, or 0: failed */
    int depth;
    int gaveup;
    const ast_module *m;
    uint32_t *counts;       /* per identifier (the caller's scratch) */
    map *numbers;           /* (line << 32 | col) of a NUMBER → its objects, or NULL */
    pegcount_log *log;      /* the arena's events, or NULL */
    size_t fill;            /* tokens the parser has read so far (p->fill) */
    size_t run;             /* the STRING+ run being parsed: its first token */
    int pending;            /* f-string literal text not yet made a constant */
    const lex_token *ftok;  /* the STRING token whose fields are being parsed */
} pc;

enum {
    M_SIMPLE_STMT = 1, M_BLOCK, M_EXPRESSION, M_DISJUNCTION, M_CONJUNCTION, M_INVERSION,
    M_FACTOR, M_AWAIT_PRIMARY, M_PRIMARY, M_STRINGS, M_STAR_EXPRESSION, M_ARGUMENTS,
    M_STAR_TARGET, M_TARGET_WITH_STAR_ATOM, M_T_PRIMARY, M_DEL_TARGET, M_BITWISE_OR,
    M_BITWISE_XOR, M_BITWISE_AND, M_SHIFT_EXPR, M_SUM, M_TERM, M_DOTTED_NAME,
};

typedef int (*rule_fn)(pc *p);

static int count_source(const char *src, size_t n, int start, const ast_module *m, uint32_t *counts,
                        map *numbers, pegcount_log *log);

/* ---- machinery ------------------------------------------------------------------ */

static int giveup(pc *p)
{
    p->gaveup = 1;
    return 0;
}

#define BEGIN                                   \
    size_t mark = p->pos;                       \
    if (p->gaveup || ++p->depth > PC_MAXDEPTH)  \
        return giveup(p)
#define ALT(e)                                  \
    do {                                        \
        p->pos = mark;                          \
        if ((e) && !p->gaveup) {                \
            p->depth--;                         \
            return 1;                           \
        }                                       \
        if (p->gaveup)                          \
            return 0;                           \
    } while (0)
#define END                                     \
    do {                                        \
        p->pos = mark;                          \
        p->depth--;                             \
        return 0;                               \
    } while (0)

static void log_add(pc *p, int k, const char *text, size_t len, const lex_token *at)
{
    pegcount_log *log = p->log;
    hv_grow(&log->ev, &log->cap, log->n + 1, sizeof *log->ev, 256);
    hv_grow(&log->text, &log->captext, log->ntext + len + 1, 1, 1024);
    memcpy(log->text + log->ntext, text, len);
    log->ev[log->n++] = (pegcount_event){.kind = (uint8_t)k, .off = log->ntext, .len = (uint32_t)len,
                                         .line = (uint32_t)at->line, .col = (uint32_t)at->col};
    log->ntext += len;
}

/* Event k about token tok (its text, for a token's bytes or a name's
 * string).  A string constant of a run starting u'...' is followed by its
 * `kind`, the identifier 'u' (make_str_node_and_del). */
static void log_event(pc *p, int k, size_t tok)
{
    if (!p->log)
        return;
    const lex_token *t = &p->t[tok];
    int comment = t->kind == LEX_NEWLINE && t->len && t->start[0] == '#';
    int empty = (t->kind == LEX_NEWLINE && !comment) || t->kind == LEX_INDENT ||
                t->kind == LEX_DEDENT || t->kind == LEX_ENDMARKER;
    log_add(p, k, t->start, empty ? 0 : t->len, t);  /* a NEWLINE after a comment: the comment */
    if ((k == PEG_STRINGS || k == PEG_LITERAL) && t->start[0] == 'u')
        log_add(p, PEG_NAME, "u", 1, t);
}

/* The token at p->pos, read from the tokenizer the first time the parser
 * looks at it (_PyPegen_fill_token: its bytes join the arena). */
static int kind(pc *p)
{
    while (p->fill <= p->pos)
        log_event(p, PEG_TOKEN, p->fill++);
    return p->t[p->pos].kind;
}

static int tk(pc *p, int k)
{
    if (kind(p) != k)
        return 0;
    p->pos++;
    return 1;
}

static int is(pc *p, int k)
{
    return kind(p) == k;
}

/* _PyPegen_number_token: a NUMBER read as an atom makes a new object (for a
 * small int, a new reference to the static one). */
static int number(pc *p)
{
    if (!is(p, LEX_NUMBER))
        return 0;
    log_event(p, PEG_NUMBER, p->pos);
    p->hits[p->pos++]++;
    return 1;
}

/* _PyPegen_name_token: a NAME read as a name makes a new string. */
static int name(pc *p)
{
    if (!is(p, LEX_NAME))
        return 0;
    log_event(p, PEG_NAME, p->pos);
    p->hits[p->pos++]++;
    return 1;
}

static int soft_keyword(pc *p, const char *word)
{
    kind(p);
    const lex_token *t = &p->t[p->pos];
    return t->kind == LEX_NAME && t->len == strlen(word) && !memcmp(t->start, word, t->len);
}

static int memo(pc *p, int rule, rule_fn raw)
{
    uint64_t key = ((uint64_t)p->pos << 8 | (uint64_t)rule) + 1, v;
    if (map_get(&p->memo, key, &v)) {
        if (!v)
            return 0;
        p->pos = (size_t)v - 1;
        return 1;
    }
    int ok = raw(p);
    if (p->gaveup)
        return 0;
    map_put(&p->memo, key, ok ? (uint64_t)p->pos + 1 : 0);
    return ok;
}

/* A left-recursive rule: seeded with failure, regrown while it gets longer. */
static int leftrec(pc *p, int rule, rule_fn raw)
{
    size_t start = p->pos, resmark = start;
    uint64_t key = ((uint64_t)start << 8 | (uint64_t)rule) + 1, v;
    if (map_get(&p->memo, key, &v)) {
        if (!v)
            return 0;
        p->pos = (size_t)v - 1;
        return 1;
    }
    int res = 0;
    for (;;) {
        map_put(&p->memo, key, res ? (uint64_t)resmark + 1 : 0);
        p->pos = start;
        int ok = raw(p);
        if (p->gaveup)
            return 0;
        if (!ok || p->pos <= resmark)
            break;
        resmark = p->pos;
        res = 1;
    }
    p->pos = resmark;
    return res;
}

/* ','.x+ */
static int gather(pc *p, rule_fn x)
{
    if (!x(p))
        return 0;
    for (;;) {
        size_t m = p->pos;
        if (!(tk(p, LEX_COMMA) && x(p))) {
            p->pos = m;
            return 1;
        }
    }
}

/* x* */
static int many(pc *p, rule_fn x)
{
    while (x(p)) {
    }
    return !p->gaveup;
}

static int opt_comma(pc *p)
{
    tk(p, LEX_COMMA);
    return 1;
}

/* ---- expressions ------------------------------------------------------------- */

static int expression(pc *p);
static int named_expression(pc *p);
static int star_expressions(pc *p);
static int star_named_expression(pc *p);
static int star_named_expressions(pc *p);
static int bitwise_or(pc *p);
static int disjunction(pc *p);
static int primary(pc *p);
static int atom(pc *p);
static int slices(pc *p);
static int arguments(pc *p);
static int genexp(pc *p);
static int for_if_clauses(pc *p);
static int star_targets(pc *p);
static int star_target(pc *p);
static int yield_expr(pc *p);
static int t_primary(pc *p);

static int assignment_expression(pc *p)
{
    BEGIN;
    ALT(name(p) && tk(p, LEX_COLONEQUAL) && expression(p));
    END;
}

static int expression_not_walrus(pc *p)
{
    BEGIN;
    ALT(expression(p) && !is(p, LEX_COLONEQUAL));
    END;
}

static int named_expression(pc *p)
{
    BEGIN;
    ALT(assignment_expression(p));
    ALT(expression_not_walrus(p));
    END;
}

static int star_bitwise_or(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_STAR) && bitwise_or(p));
    END;
}

static int star_named_expression(pc *p)
{
    BEGIN;
    ALT(star_bitwise_or(p));
    ALT(named_expression(p));
    END;
}

static int star_named_expressions(pc *p)
{
    BEGIN;
    ALT(gather(p, star_named_expression) && opt_comma(p));
    END;
}

static int star_expression_raw(pc *p)
{
    BEGIN;
    ALT(star_bitwise_or(p));
    ALT(expression(p));
    END;
}

static int star_expression(pc *p)
{
    return memo(p, M_STAR_EXPRESSION, star_expression_raw);
}

static int comma_star_expression(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_COMMA) && star_expression(p));
    END;
}

static int star_expressions(pc *p)
{
    BEGIN;
    ALT(star_expression(p) && comma_star_expression(p) && many(p, comma_star_expression) &&
        opt_comma(p));
    ALT(star_expression(p) && tk(p, LEX_COMMA));
    ALT(star_expression(p));
    END;
}

static int conjunction(pc *p);
static int inversion(pc *p);

static int lambdef(pc *p);

static int expression_raw(pc *p)
{
    BEGIN;
    ALT(disjunction(p) && tk(p, LEX_KW_IF) && disjunction(p) && tk(p, LEX_KW_ELSE) && expression(p));
    ALT(disjunction(p));
    ALT(lambdef(p));
    END;
}

static int expression(pc *p)
{
    return memo(p, M_EXPRESSION, expression_raw);
}

static int or_conjunction(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_OR) && conjunction(p));
    END;
}

static int disjunction_raw(pc *p)
{
    BEGIN;
    ALT(conjunction(p) && or_conjunction(p) && many(p, or_conjunction));
    ALT(conjunction(p));
    END;
}

static int disjunction(pc *p)
{
    return memo(p, M_DISJUNCTION, disjunction_raw);
}

static int and_inversion(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_AND) && inversion(p));
    END;
}

static int conjunction_raw(pc *p)
{
    BEGIN;
    ALT(inversion(p) && and_inversion(p) && many(p, and_inversion));
    ALT(inversion(p));
    END;
}

static int conjunction(pc *p)
{
    return memo(p, M_CONJUNCTION, conjunction_raw);
}

static int compare_pair(pc *p)
{
    static const int ops[] = {LEX_EQEQUAL, LEX_NOTEQUAL, LEX_LESSEQUAL, LEX_LESS,
                              LEX_GREATEREQUAL, LEX_GREATER};
    BEGIN;
    for (size_t i = 0; i < HV_COUNTOF(ops); i++)
        ALT(tk(p, ops[i]) && bitwise_or(p));
    ALT(tk(p, LEX_KW_NOT) && tk(p, LEX_KW_IN) && bitwise_or(p));
    ALT(tk(p, LEX_KW_IN) && bitwise_or(p));
    ALT(tk(p, LEX_KW_IS) && tk(p, LEX_KW_NOT) && bitwise_or(p));
    ALT(tk(p, LEX_KW_IS) && bitwise_or(p));
    END;
}

static int comparison(pc *p)
{
    BEGIN;
    ALT(bitwise_or(p) && compare_pair(p) && many(p, compare_pair));
    ALT(bitwise_or(p));
    END;
}

static int inversion_raw(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_NOT) && inversion(p));
    ALT(comparison(p));
    END;
}

static int inversion(pc *p)
{
    return memo(p, M_INVERSION, inversion_raw);
}

/* The left-recursive binary levels: self op next | ... | next. */
typedef struct level {
    int rule;
    rule_fn self, next;
    int ops[6];             /* 0-terminated */
} level;

static int bitwise_xor(pc *p);
static int bitwise_and(pc *p);
static int shift_expr(pc *p);
static int sum(pc *p);
static int term(pc *p);
static int factor(pc *p);

static const level levels[] = {
    {M_BITWISE_OR, bitwise_or, bitwise_xor, {LEX_VBAR}},
    {M_BITWISE_XOR, bitwise_xor, bitwise_and, {LEX_CIRCUMFLEX}},
    {M_BITWISE_AND, bitwise_and, shift_expr, {LEX_AMPER}},
    {M_SHIFT_EXPR, shift_expr, sum, {LEX_LEFTSHIFT, LEX_RIGHTSHIFT}},
    {M_SUM, sum, term, {LEX_PLUS, LEX_MINUS}},
    {M_TERM, term, factor, {LEX_STAR, LEX_SLASH, LEX_DOUBLESLASH, LEX_PERCENT, LEX_AT}},
};

static int level_raw(pc *p, const level *l)
{
    BEGIN;
    for (const int *op = l->ops; *op; op++)
        ALT(l->self(p) && tk(p, *op) && l->next(p));
    ALT(l->next(p));
    END;
}

#define LEVEL(fn, i)                                                   \
    static int fn##_raw(pc *p) { return level_raw(p, &levels[i]); }    \
    static int fn(pc *p) { return leftrec(p, levels[i].rule, fn##_raw); }
LEVEL(bitwise_or, 0)
LEVEL(bitwise_xor, 1)
LEVEL(bitwise_and, 2)
LEVEL(shift_expr, 3)
LEVEL(sum, 4)
LEVEL(term, 5)

static int await_primary_raw(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_AWAIT) && primary(p));
    ALT(primary(p));
    END;
}

static int power(pc *p)
{
    BEGIN;
    ALT(memo(p, M_AWAIT_PRIMARY, await_primary_raw) && tk(p, LEX_DOUBLESTAR) && factor(p));
    ALT(memo(p, M_AWAIT_PRIMARY, await_primary_raw));
    END;
}

static int factor_raw(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_PLUS) && factor(p));
    ALT(tk(p, LEX_MINUS) && factor(p));
    ALT(tk(p, LEX_TILDE) && factor(p));
    ALT(power(p));
    END;
}

static int factor(pc *p)
{
    return memo(p, M_FACTOR, factor_raw);
}

static int primary_raw(pc *p)
{
    BEGIN;
    ALT(primary(p) && tk(p, LEX_DOT) && name(p));
    ALT(primary(p) && genexp(p));
    ALT(primary(p) && tk(p, LEX_LPAR) && (arguments(p) || 1) && tk(p, LEX_RPAR));
    ALT(primary(p) && tk(p, LEX_LSQB) && slices(p) && tk(p, LEX_RSQB));
    ALT(atom(p));
    END;
}

static int primary(pc *p)
{
    return leftrec(p, M_PRIMARY, primary_raw);
}

/* [expression] */
static int opt_expression(pc *p)
{
    expression(p);
    return !p->gaveup;
}

static int colon_opt_expression(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_COLON) && opt_expression(p));
    END;
}

static int slice(pc *p)
{
    BEGIN;
    ALT(opt_expression(p) && tk(p, LEX_COLON) && opt_expression(p) && (colon_opt_expression(p) || 1));
    ALT(named_expression(p));
    END;
}

static int starred_expression(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_STAR) && expression(p));
    END;
}

static int slice_or_starred(pc *p)
{
    BEGIN;
    ALT(slice(p));
    ALT(starred_expression(p));
    END;
}

static int slices(pc *p)
{
    BEGIN;
    ALT(slice(p) && !is(p, LEX_COMMA));
    ALT(gather(p, slice_or_starred) && opt_comma(p));
    END;
}

/* f-string fields (3.11's fstring_find_expr, as far as finding them goes) */

/* Skips a quoted string inside a field starting at s[*i]. */
static void skip_quoted(const char *s, size_t n, size_t *i)
{
    char q = s[*i];
    int triple = *i + 2 < n && s[*i + 1] == q && s[*i + 2] == q;
    *i += triple ? 3 : 1;
    while (*i < n) {
        if (s[*i] == q && (!triple || (*i + 2 < n && s[*i + 1] == q && s[*i + 2] == q))) {
            *i += triple ? 3 : 1;
            return;
        }
        (*i)++;
    }
}

static int fstring_fields(pc *p, const char *s, size_t n, size_t *i, int in_spec);

/* An event of the parser of the field at `brace` in STRING token t, moved
 * from the field's text to the file as CPython places the field's tokens
 * (fstring_find_expr_location; parse.c's field_location). */
static void place_field_event(pegcount_event *e, const lex_token *t, const char *brace)
{
    int newline_after_brace = 1;
    uint32_t lines = 0, cols = 0;
    for (const char *s = brace + 1; *s && *s != '}' && *s != '\n'; s++)
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = 0;
            break;
        }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > t->start && *s != '\n')
            s--;
        cols = (uint32_t)(brace - s) - (*s == '\n');
    }
    for (const char *s = t->start; s < brace; s++)
        lines += *s == '\n';
    if (e->line == 1)
        e->col += lines ? cols : (uint32_t)t->col + cols;
    e->line += (uint32_t)t->line + lines - 1;
}

/* The pending literal text becomes a constant. */
static void flush_literal(pc *p)
{
    if (p->pending)
        log_event(p, PEG_LITERAL, p->run);
    p->pending = 0;
}

/* The field starting after '{' at s[*i]: its expression is parsed in
 * parentheses; then an optional '=', '!x' and a format spec (fields too). */
static int fstring_field(pc *p, const char *s, size_t n, size_t *i)
{
    size_t start = *i;
    int depth = 0;
    while (*i < n) {
        char c = s[*i];
        if (c == '\'' || c == '"') {
            skip_quoted(s, n, i);
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            depth++;
        } else if (c == ']' || c == ')' || (c == '}' && depth > 0)) {
            depth--;
        } else if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
            char next = *i + 1 < n ? s[*i + 1] : 0;
            if (next == '=' && c != ':' && c != '}') {
                *i += 2;
                continue;
            }
            if (c != '<' && c != '>')
                break;
        }
        (*i)++;
    }
    if (*i >= n)
        return -1;
    size_t len = *i - start;
    char *text = hv_malloc(len + 3);
    text[0] = '(';
    memcpy(text + 1, s + start, len);
    text[len + 1] = ')';
    text[len + 2] = 0;
    size_t from = p->log ? p->log->n : 0;
    int rc = count_source(text, len + 2, 2, p->m, p->counts, NULL, p->log);
    for (size_t k = from; p->log && k < p->log->n; k++)
        place_field_event(&p->log->ev[k], p->ftok, s + start - 1);
    free(text);
    if (rc)
        return -1;
    if (s[*i] == '=') {                     /* its text, then blanks, join the literal */
        (*i)++;
        p->pending = 1;
        while (*i < n && (s[*i] == ' ' || (s[*i] >= '\t' && s[*i] <= '\r')))
            (*i)++;                         /* Py_ISSPACE */
    }
    if (*i < n && s[*i] == '!')
        *i += 2;
    if (*i < n && s[*i] == ':') {
        (*i)++;
        int outer = p->pending;             /* the spec is an f-string of its own */
        p->pending = 0;
        if (fstring_fields(p, s, n, i, 1))
            return -1;
        flush_literal(p);
        p->pending = outer;
    }
    if (*i >= n || s[*i] != '}')
        return -1;
    (*i)++;
    return 0;
}

/* The literal text and fields of an f-string's body (or of a format spec,
 * which ends at its '}'). */
static int fstring_fields(pc *p, const char *s, size_t n, size_t *i, int in_spec)
{
    while (*i < n) {
        char c = s[*i];
        if (c == '{' && !in_spec && *i + 1 < n && s[*i + 1] == '{') {
            *i += 2;
            p->pending = 1;
        } else if (c == '}' && in_spec) {
            return 0;
        } else if (c == '}') {
            *i += *i + 1 < n && s[*i + 1] == '}' ? 2 : 1;
            p->pending = 1;
        } else if (c == '{') {
            (*i)++;
            if (fstring_field(p, s, n, i))
                return -1;
            flush_literal(p);
        } else {
            (*i)++;
            p->pending = 1;
        }
    }
    return in_spec ? -1 : 0;
}

/* The length of STRING token t's prefix (the letters before its quote);
 * *f: whether they make it an f-string. */
static size_t string_prefix(const lex_token *t, int *f)
{
    size_t pre = 0;
    *f = 0;
    for (; pre < t->len && t->start[pre] != '\'' && t->start[pre] != '"'; pre++)
        *f |= t->start[pre] == 'f' || t->start[pre] == 'F';
    return pre;
}

static int fstring(pc *p, const lex_token *t)
{
    int f;
    size_t pre = string_prefix(t, &f);
    size_t q = t->len - pre >= 6 && t->start[pre + 1] == t->start[pre] &&
               t->start[pre + 2] == t->start[pre] ? 3 : 1;
    if (!f) {
        p->pending |= t->len > pre + 2 * q;  /* its text joins the literal */
        return 0;
    }
    p->ftok = t;
    size_t i = 0;
    return fstring_fields(p, t->start + pre + q, t->len - pre - 2 * q, &i, 0);
}

/* strings (memo): STRING+; the action parses the f-strings' fields. */
static int strings_raw(pc *p)
{
    if (!is(p, LEX_STRING))
        return 0;
    size_t first = p->pos;
    int fmode = 0;
    for (int f; is(p, LEX_STRING); p->pos++) {
        string_prefix(&p->t[p->pos], &f);
        fmode |= f;
    }
    p->run = first;
    p->pending = 0;
    for (size_t k = first; k < p->pos; k++)
        if (fstring(p, &p->t[k]))
            return giveup(p);
    if (fmode)
        flush_literal(p);
    log_event(p, fmode ? PEG_FSTRINGS : PEG_STRINGS, first);
    return 1;
}

static int assignment_or_expression(pc *p)
{
    BEGIN;
    ALT(assignment_expression(p));
    ALT(expression_not_walrus(p));
    END;
}

static int tuple(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LPAR) && star_named_expression(p) && tk(p, LEX_COMMA) &&
        (star_named_expressions(p) || 1) && tk(p, LEX_RPAR));
    ALT(tk(p, LEX_LPAR) && tk(p, LEX_RPAR));
    END;
}

static int group(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LPAR) && yield_expr(p) && tk(p, LEX_RPAR));
    ALT(tk(p, LEX_LPAR) && named_expression(p) && tk(p, LEX_RPAR));
    END;
}

static int genexp(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LPAR) && assignment_or_expression(p) && for_if_clauses(p) && tk(p, LEX_RPAR));
    END;
}

static int list(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LSQB) && (star_named_expressions(p) || 1) && tk(p, LEX_RSQB));
    END;
}

static int listcomp(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LSQB) && named_expression(p) && for_if_clauses(p) && tk(p, LEX_RSQB));
    END;
}

static int kvpair(pc *p)
{
    BEGIN;
    ALT(expression(p) && tk(p, LEX_COLON) && expression(p));
    END;
}

static int double_starred_kvpair(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_DOUBLESTAR) && bitwise_or(p));
    ALT(kvpair(p));
    END;
}

static int dict(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LBRACE) && ((gather(p, double_starred_kvpair) && opt_comma(p)) || 1) &&
        tk(p, LEX_RBRACE));
    END;
}

static int set(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LBRACE) && star_named_expressions(p) && tk(p, LEX_RBRACE));
    END;
}

static int dictcomp(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LBRACE) && kvpair(p) && for_if_clauses(p) && tk(p, LEX_RBRACE));
    END;
}

static int setcomp(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LBRACE) && named_expression(p) && for_if_clauses(p) && tk(p, LEX_RBRACE));
    END;
}

static int atom(pc *p)
{
    BEGIN;
    ALT(name(p));
    ALT(tk(p, LEX_KW_TRUE) || tk(p, LEX_KW_FALSE) || tk(p, LEX_KW_NONE));
    ALT(is(p, LEX_STRING) && memo(p, M_STRINGS, strings_raw));
    ALT(number(p));
    ALT(is(p, LEX_LPAR) && (tuple(p) || group(p) || genexp(p)));
    ALT(is(p, LEX_LSQB) && (list(p) || listcomp(p)));
    ALT(is(p, LEX_LBRACE) && (dict(p) || set(p) || dictcomp(p) || setcomp(p)));
    ALT(tk(p, LEX_ELLIPSIS));
    END;
}

static int if_disjunction(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_IF) && disjunction(p));
    END;
}

static int for_if_clause(pc *p)
{
    BEGIN;
    if (is(p, LEX_KW_ASYNC))
        return giveup(p);
    p->pos = mark;
    if (tk(p, LEX_KW_FOR) && star_targets(p) && tk(p, LEX_KW_IN)) {    /* ~ : no other way */
        if (disjunction(p) && many(p, if_disjunction)) {
            p->depth--;
            return 1;
        }
    }
    END;
}

static int for_if_clauses(pc *p)
{
    BEGIN;
    ALT(for_if_clause(p) && many(p, for_if_clause));
    END;
}

static int yield_expr(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_YIELD) && tk(p, LEX_KW_FROM) && expression(p));
    ALT(tk(p, LEX_KW_YIELD) && (star_expressions(p) || 1));
    END;
}

/* arguments */

static int positional_arg(pc *p)
{
    BEGIN;
    ALT(starred_expression(p));
    ALT(assignment_or_expression(p) && !is(p, LEX_EQUAL));
    END;
}

static int kwarg_or_starred(pc *p)
{
    BEGIN;
    ALT(name(p) && tk(p, LEX_EQUAL) && expression(p));
    ALT(starred_expression(p));
    END;
}

static int kwarg_or_double_starred(pc *p)
{
    BEGIN;
    ALT(name(p) && tk(p, LEX_EQUAL) && expression(p));
    ALT(tk(p, LEX_DOUBLESTAR) && expression(p));
    END;
}

static int kwargs(pc *p)
{
    BEGIN;
    ALT(gather(p, kwarg_or_starred) && tk(p, LEX_COMMA) && gather(p, kwarg_or_double_starred));
    ALT(gather(p, kwarg_or_starred));
    ALT(gather(p, kwarg_or_double_starred));
    END;
}

static int comma_kwargs(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_COMMA) && kwargs(p));
    END;
}

static int args(pc *p)
{
    BEGIN;
    ALT(gather(p, positional_arg) && (comma_kwargs(p) || 1));
    ALT(kwargs(p));
    END;
}

static int arguments_raw(pc *p)
{
    BEGIN;
    ALT(args(p) && opt_comma(p) && is(p, LEX_RPAR));
    END;
}

static int arguments(pc *p)
{
    return memo(p, M_ARGUMENTS, arguments_raw);
}

/* ---- targets ------------------------------------------------------------------ */

static int t_lookahead(pc *p)
{
    return is(p, LEX_LPAR) || is(p, LEX_LSQB) || is(p, LEX_DOT);
}

static int t_primary_raw(pc *p)
{
    BEGIN;
    ALT(t_primary(p) && tk(p, LEX_DOT) && name(p) && t_lookahead(p));
    ALT(t_primary(p) && tk(p, LEX_LSQB) && slices(p) && tk(p, LEX_RSQB) && t_lookahead(p));
    ALT(t_primary(p) && genexp(p) && t_lookahead(p));
    ALT(t_primary(p) && tk(p, LEX_LPAR) && (arguments(p) || 1) && tk(p, LEX_RPAR) && t_lookahead(p));
    ALT(atom(p) && t_lookahead(p));
    END;
}

static int t_primary(pc *p)
{
    return leftrec(p, M_T_PRIMARY, t_primary_raw);
}

/* t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
static int subscript_attribute_target(pc *p)
{
    BEGIN;
    ALT(t_primary(p) && tk(p, LEX_DOT) && name(p) && !t_lookahead(p));
    ALT(t_primary(p) && tk(p, LEX_LSQB) && slices(p) && tk(p, LEX_RSQB) && !t_lookahead(p));
    END;
}

static int target_with_star_atom(pc *p);

static int comma_star_target(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_COMMA) && star_target(p));
    END;
}

static int star_targets_tuple_seq(pc *p)
{
    BEGIN;
    ALT(star_target(p) && comma_star_target(p) && many(p, comma_star_target) && opt_comma(p));
    ALT(star_target(p) && tk(p, LEX_COMMA));
    END;
}

static int star_atom(pc *p)
{
    BEGIN;
    ALT(name(p));
    ALT(tk(p, LEX_LPAR) && target_with_star_atom(p) && tk(p, LEX_RPAR));
    ALT(tk(p, LEX_LPAR) && (star_targets_tuple_seq(p) || 1) && tk(p, LEX_RPAR));
    ALT(tk(p, LEX_LSQB) && ((gather(p, star_target) && opt_comma(p)) || 1) && tk(p, LEX_RSQB));
    END;
}

static int target_with_star_atom_raw(pc *p)
{
    BEGIN;
    ALT(subscript_attribute_target(p));
    ALT(star_atom(p));
    END;
}

static int target_with_star_atom(pc *p)
{
    return memo(p, M_TARGET_WITH_STAR_ATOM, target_with_star_atom_raw);
}

static int star_target_raw(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_STAR) && !is(p, LEX_STAR) && star_target(p));
    ALT(target_with_star_atom(p));
    END;
}

static int star_target(pc *p)
{
    return memo(p, M_STAR_TARGET, star_target_raw);
}

static int star_targets(pc *p)
{
    BEGIN;
    ALT(star_target(p) && !is(p, LEX_COMMA));
    ALT(star_target(p) && many(p, comma_star_target) && opt_comma(p));
    END;
}

static int single_target(pc *p)
{
    BEGIN;
    ALT(subscript_attribute_target(p));
    ALT(name(p));
    ALT(tk(p, LEX_LPAR) && single_target(p) && tk(p, LEX_RPAR));
    END;
}

static int del_target(pc *p);

static int del_targets(pc *p)
{
    BEGIN;
    ALT(gather(p, del_target) && opt_comma(p));
    END;
}

static int del_t_atom(pc *p)
{
    BEGIN;
    ALT(name(p));
    ALT(tk(p, LEX_LPAR) && del_target(p) && tk(p, LEX_RPAR));
    ALT(tk(p, LEX_LPAR) && (del_targets(p) || 1) && tk(p, LEX_RPAR));
    ALT(tk(p, LEX_LSQB) && (del_targets(p) || 1) && tk(p, LEX_RSQB));
    END;
}

static int del_target_raw(pc *p)
{
    BEGIN;
    ALT(subscript_attribute_target(p));
    ALT(del_t_atom(p));
    END;
}

static int del_target(pc *p)
{
    return memo(p, M_DEL_TARGET, del_target_raw);
}

/* ---- statements ------------------------------------------------------------------ */

static int block(pc *p);
static int statements(pc *p);

static int annotated_rhs(pc *p)
{
    BEGIN;
    ALT(yield_expr(p));
    ALT(star_expressions(p));
    END;
}

static int eq_annotated_rhs(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_EQUAL) && annotated_rhs(p));
    END;
}

static int paren_single_target(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LPAR) && single_target(p) && tk(p, LEX_RPAR));
    END;
}

static int star_targets_eq(pc *p)
{
    BEGIN;
    ALT(star_targets(p) && tk(p, LEX_EQUAL));
    END;
}

static int augassign(pc *p)
{
    static const int ops[] = {LEX_PLUSEQUAL, LEX_MINEQUAL, LEX_STAREQUAL, LEX_ATEQUAL,
                              LEX_SLASHEQUAL, LEX_PERCENTEQUAL, LEX_AMPEREQUAL, LEX_VBAREQUAL,
                              LEX_CIRCUMFLEXEQUAL, LEX_LEFTSHIFTEQUAL, LEX_RIGHTSHIFTEQUAL,
                              LEX_DOUBLESTAREQUAL, LEX_DOUBLESLASHEQUAL};
    for (size_t i = 0; i < HV_COUNTOF(ops); i++)
        if (tk(p, ops[i]))
            return 1;
    return 0;
}

static int assignment(pc *p)
{
    BEGIN;
    ALT(name(p) && tk(p, LEX_COLON) && expression(p) && (eq_annotated_rhs(p) || 1));
    ALT((paren_single_target(p) || subscript_attribute_target(p)) && tk(p, LEX_COLON) &&
        expression(p) && (eq_annotated_rhs(p) || 1));
    ALT(star_targets_eq(p) && many(p, star_targets_eq) && annotated_rhs(p) && !is(p, LEX_EQUAL));
    p->pos = mark;
    if (single_target(p) && augassign(p)) {         /* ~ : no other way */
        if (annotated_rhs(p)) {
            p->depth--;
            return 1;
        }
    }
    END;
}

static int dotted_name(pc *p);

static int dotted_name_raw(pc *p)
{
    BEGIN;
    ALT(dotted_name(p) && tk(p, LEX_DOT) && name(p));
    ALT(name(p));
    END;
}

static int dotted_name(pc *p)
{
    return leftrec(p, M_DOTTED_NAME, dotted_name_raw);
}

static int as_name(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_AS) && name(p));
    END;
}

static int dotted_as_name(pc *p)
{
    BEGIN;
    ALT(dotted_name(p) && (as_name(p) || 1));
    END;
}

static int import_from_as_name(pc *p)
{
    BEGIN;
    ALT(name(p) && (as_name(p) || 1));
    END;
}

static int import_from_targets(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LPAR) && gather(p, import_from_as_name) && opt_comma(p) && tk(p, LEX_RPAR));
    ALT(gather(p, import_from_as_name) && !is(p, LEX_COMMA));
    ALT(tk(p, LEX_STAR));
    END;
}

static int dots(pc *p)
{
    return tk(p, LEX_DOT) || tk(p, LEX_ELLIPSIS);
}

static int import_stmt(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_IMPORT) && gather(p, dotted_as_name));
    ALT(tk(p, LEX_KW_FROM) && many(p, dots) && dotted_name(p) && tk(p, LEX_KW_IMPORT) &&
        import_from_targets(p));
    ALT(tk(p, LEX_KW_FROM) && dots(p) && many(p, dots) && tk(p, LEX_KW_IMPORT) &&
        import_from_targets(p));
    END;
}

static int comma_expression(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_COMMA) && expression(p));
    END;
}

static int from_expression(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_FROM) && expression(p));
    END;
}

static int simple_stmt_raw(pc *p)
{
    BEGIN;
    ALT(assignment(p));
    ALT(star_expressions(p));
    ALT(tk(p, LEX_KW_RETURN) && (star_expressions(p) || 1));
    ALT((is(p, LEX_KW_IMPORT) || is(p, LEX_KW_FROM)) && import_stmt(p));
    ALT(tk(p, LEX_KW_RAISE) && expression(p) && (from_expression(p) || 1));
    ALT(tk(p, LEX_KW_RAISE));
    ALT(tk(p, LEX_KW_PASS));
    ALT(tk(p, LEX_KW_DEL) && del_targets(p) && (is(p, LEX_SEMI) || is(p, LEX_NEWLINE)));
    ALT(is(p, LEX_KW_YIELD) && yield_expr(p));
    ALT(tk(p, LEX_KW_ASSERT) && expression(p) && (comma_expression(p) || 1));
    ALT(tk(p, LEX_KW_BREAK) || tk(p, LEX_KW_CONTINUE));
    ALT((tk(p, LEX_KW_GLOBAL) || tk(p, LEX_KW_NONLOCAL)) && gather(p, name));
    END;
}

static int simple_stmt(pc *p)
{
    return memo(p, M_SIMPLE_STMT, simple_stmt_raw);
}

static int semi_simple_stmt(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_SEMI) && simple_stmt(p));
    END;
}

static int simple_stmts(pc *p)
{
    BEGIN;
    ALT(simple_stmt(p) && !is(p, LEX_SEMI) && tk(p, LEX_NEWLINE));
    ALT(simple_stmt(p) && many(p, semi_simple_stmt) && (tk(p, LEX_SEMI) || 1) && tk(p, LEX_NEWLINE));
    END;
}

static int block_raw(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_NEWLINE) && tk(p, LEX_INDENT) && statements(p) && tk(p, LEX_DEDENT));
    ALT(simple_stmts(p));
    END;
}

static int block(pc *p)
{
    return memo(p, M_BLOCK, block_raw);
}

static int decorator(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_AT) && named_expression(p) && tk(p, LEX_NEWLINE));
    END;
}

static int decorators(pc *p)
{
    BEGIN;
    ALT(decorator(p) && many(p, decorator));
    END;
}

/* parameters */

static int annotation(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_COLON) && expression(p));
    END;
}

static int param(pc *p)
{
    BEGIN;
    ALT(name(p) && (annotation(p) || 1));
    END;
}

static int param_star_annotation(pc *p)
{
    BEGIN;
    ALT(name(p) && tk(p, LEX_COLON) && star_expression(p));
    END;
}

static int default_(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_EQUAL) && expression(p));
    END;
}

/* x ',' | x &')' for x one of the param forms. */
static int param_end(pc *p, rule_fn x)
{
    BEGIN;
    ALT(x(p) && tk(p, LEX_COMMA));
    ALT(x(p) && is(p, LEX_RPAR));
    END;
}

static int param_default(pc *p)
{
    BEGIN;
    ALT(param(p) && default_(p));
    END;
}

static int param_opt_default(pc *p)
{
    BEGIN;
    ALT(param(p) && (default_(p) || 1));
    END;
}

static int param_no_default(pc *p)
{
    return param_end(p, param);
}

static int param_no_default_star_annotation(pc *p)
{
    return param_end(p, param_star_annotation);
}

static int param_with_default(pc *p)
{
    return param_end(p, param_default);
}

static int param_maybe_default(pc *p)
{
    return param_end(p, param_opt_default);
}

static int kwds(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_DOUBLESTAR) && param_no_default(p));
    END;
}

static int star_etc(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_STAR) && param_no_default(p) && many(p, param_maybe_default) && (kwds(p) || 1));
    ALT(tk(p, LEX_STAR) && param_no_default_star_annotation(p) && many(p, param_maybe_default) &&
        (kwds(p) || 1));
    ALT(tk(p, LEX_STAR) && tk(p, LEX_COMMA) && param_maybe_default(p) && many(p, param_maybe_default) &&
        (kwds(p) || 1));
    ALT(kwds(p));
    END;
}

static int slash_no_default(pc *p)
{
    BEGIN;
    ALT(param_no_default(p) && many(p, param_no_default) && tk(p, LEX_SLASH) && tk(p, LEX_COMMA));
    ALT(param_no_default(p) && many(p, param_no_default) && tk(p, LEX_SLASH) && is(p, LEX_RPAR));
    END;
}

static int slash_with_default(pc *p)
{
    BEGIN;
    ALT(many(p, param_no_default) && param_with_default(p) && many(p, param_with_default) &&
        tk(p, LEX_SLASH) && tk(p, LEX_COMMA));
    ALT(many(p, param_no_default) && param_with_default(p) && many(p, param_with_default) &&
        tk(p, LEX_SLASH) && is(p, LEX_RPAR));
    END;
}

static int opt_star_etc(pc *p)
{
    star_etc(p);
    return !p->gaveup;
}

static int parameters(pc *p)
{
    BEGIN;
    ALT(slash_no_default(p) && many(p, param_no_default) && many(p, param_with_default) &&
        opt_star_etc(p));
    ALT(slash_with_default(p) && many(p, param_with_default) && opt_star_etc(p));
    ALT(param_no_default(p) && many(p, param_no_default) && many(p, param_with_default) &&
        opt_star_etc(p));
    ALT(param_with_default(p) && many(p, param_with_default) && opt_star_etc(p));
    ALT(star_etc(p));
    END;
}

/* lambda parameters: the def forms with a bare NAME for a parameter and
 * &':' where a def has &')' */

static int lambda_param(pc *p)
{
    BEGIN;
    ALT(name(p));
    END;
}

static int lambda_param_end(pc *p, rule_fn x)
{
    BEGIN;
    ALT(x(p) && tk(p, LEX_COMMA));
    ALT(x(p) && is(p, LEX_COLON));
    END;
}

static int lambda_param_default(pc *p)
{
    BEGIN;
    ALT(lambda_param(p) && default_(p));
    END;
}

static int lambda_param_opt_default(pc *p)
{
    BEGIN;
    ALT(lambda_param(p) && (default_(p) || 1));
    END;
}

static int lambda_param_no_default(pc *p)
{
    return lambda_param_end(p, lambda_param);
}

static int lambda_param_with_default(pc *p)
{
    return lambda_param_end(p, lambda_param_default);
}

static int lambda_param_maybe_default(pc *p)
{
    return lambda_param_end(p, lambda_param_opt_default);
}

static int lambda_kwds(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_DOUBLESTAR) && lambda_param_no_default(p));
    END;
}

static int lambda_star_etc(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_STAR) && lambda_param_no_default(p) && many(p, lambda_param_maybe_default) &&
        (lambda_kwds(p) || 1));
    ALT(tk(p, LEX_STAR) && tk(p, LEX_COMMA) && lambda_param_maybe_default(p) &&
        many(p, lambda_param_maybe_default) && (lambda_kwds(p) || 1));
    ALT(lambda_kwds(p));
    END;
}

static int lambda_slash_no_default(pc *p)
{
    BEGIN;
    ALT(lambda_param_no_default(p) && many(p, lambda_param_no_default) && tk(p, LEX_SLASH) &&
        tk(p, LEX_COMMA));
    ALT(lambda_param_no_default(p) && many(p, lambda_param_no_default) && tk(p, LEX_SLASH) &&
        is(p, LEX_COLON));
    END;
}

static int lambda_slash_with_default(pc *p)
{
    BEGIN;
    ALT(many(p, lambda_param_no_default) && lambda_param_with_default(p) &&
        many(p, lambda_param_with_default) && tk(p, LEX_SLASH) && tk(p, LEX_COMMA));
    ALT(many(p, lambda_param_no_default) && lambda_param_with_default(p) &&
        many(p, lambda_param_with_default) && tk(p, LEX_SLASH) && is(p, LEX_COLON));
    END;
}

static int lambda_opt_star_etc(pc *p)
{
    lambda_star_etc(p);
    return !p->gaveup;
}

static int lambda_parameters(pc *p)
{
    BEGIN;
    ALT(lambda_slash_no_default(p) && many(p, lambda_param_no_default) &&
        many(p, lambda_param_with_default) && lambda_opt_star_etc(p));
    ALT(lambda_slash_with_default(p) && many(p, lambda_param_with_default) && lambda_opt_star_etc(p));
    ALT(lambda_param_no_default(p) && many(p, lambda_param_no_default) &&
        many(p, lambda_param_with_default) && lambda_opt_star_etc(p));
    ALT(lambda_param_with_default(p) && many(p, lambda_param_with_default) && lambda_opt_star_etc(p));
    ALT(lambda_star_etc(p));
    END;
}

static int lambdef(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_LAMBDA) && (lambda_parameters(p) || 1) && tk(p, LEX_COLON) && expression(p));
    END;
}

static int arrow(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_RARROW) && expression(p));
    END;
}

static int function_def_raw(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_DEF) && name(p) && tk(p, LEX_LPAR) && (parameters(p) || 1) && tk(p, LEX_RPAR) &&
        (arrow(p) || 1) && tk(p, LEX_COLON) && block(p));
    ALT(is(p, LEX_KW_ASYNC) && giveup(p));
    END;
}

static int class_arguments(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_LPAR) && (arguments(p) || 1) && tk(p, LEX_RPAR));
    END;
}

static int class_def_raw(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_CLASS) && name(p) && (class_arguments(p) || 1) && tk(p, LEX_COLON) && block(p));
    END;
}

static int else_block(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_ELSE) && tk(p, LEX_COLON) && block(p));
    END;
}

static int opt_else(pc *p)
{
    else_block(p);
    return !p->gaveup;
}

static int elif_stmt(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_ELIF) && named_expression(p) && tk(p, LEX_COLON) && block(p) && elif_stmt(p));
    ALT(tk(p, LEX_KW_ELIF) && named_expression(p) && tk(p, LEX_COLON) && block(p) && opt_else(p));
    END;
}

static int if_stmt(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_IF) && named_expression(p) && tk(p, LEX_COLON) && block(p) && elif_stmt(p));
    ALT(tk(p, LEX_KW_IF) && named_expression(p) && tk(p, LEX_COLON) && block(p) && opt_else(p));
    END;
}

static int while_stmt(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_WHILE) && named_expression(p) && tk(p, LEX_COLON) && block(p) && opt_else(p));
    END;
}

static int for_stmt(pc *p)
{
    BEGIN;
    p->pos = mark;
    if (tk(p, LEX_KW_FOR) && star_targets(p) && tk(p, LEX_KW_IN)) {    /* ~ */
        if (star_expressions(p) && tk(p, LEX_COLON) && block(p) && opt_else(p)) {
            p->depth--;
            return 1;
        }
        END;
    }
    ALT(is(p, LEX_KW_ASYNC) && giveup(p));
    END;
}

static int with_item(pc *p)
{
    BEGIN;
    ALT(expression(p) && tk(p, LEX_KW_AS) && star_target(p) &&
        (is(p, LEX_COMMA) || is(p, LEX_RPAR) || is(p, LEX_COLON)));
    ALT(expression(p));
    END;
}

static int with_stmt(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_WITH) && tk(p, LEX_LPAR) && gather(p, with_item) && opt_comma(p) &&
        tk(p, LEX_RPAR) && tk(p, LEX_COLON) && block(p));
    ALT(tk(p, LEX_KW_WITH) && gather(p, with_item) && tk(p, LEX_COLON) && block(p));
    ALT(is(p, LEX_KW_ASYNC) && giveup(p));
    END;
}

static int except_block(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_EXCEPT) && expression(p) && (as_name(p) || 1) && tk(p, LEX_COLON) && block(p));
    ALT(tk(p, LEX_KW_EXCEPT) && tk(p, LEX_COLON) && block(p));
    END;
}

static int except_star_block(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_EXCEPT) && tk(p, LEX_STAR) && giveup(p));
    END;
}

static int finally_block(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_FINALLY) && tk(p, LEX_COLON) && block(p));
    END;
}

static int try_stmt(pc *p)
{
    BEGIN;
    ALT(tk(p, LEX_KW_TRY) && tk(p, LEX_COLON) && block(p) && finally_block(p));
    ALT(tk(p, LEX_KW_TRY) && tk(p, LEX_COLON) && block(p) && except_block(p) &&
        many(p, except_block) && opt_else(p) && (finally_block(p) || 1));
    ALT(tk(p, LEX_KW_TRY) && tk(p, LEX_COLON) && block(p) && except_star_block(p));
    END;
}

static int subject_expr(pc *p)
{
    BEGIN;
    ALT(star_named_expression(p) && tk(p, LEX_COMMA) && (star_named_expressions(p) || 1));
    ALT(named_expression(p));
    END;
}

static int compound_stmt(pc *p)
{
    BEGIN;
    if (is(p, LEX_KW_DEF) || is(p, LEX_AT) || is(p, LEX_KW_ASYNC))
        ALT((decorators(p) && function_def_raw(p)) || function_def_raw(p));
    if (is(p, LEX_KW_IF))
        ALT(if_stmt(p));
    if (is(p, LEX_KW_CLASS) || is(p, LEX_AT))
        ALT((decorators(p) && class_def_raw(p)) || class_def_raw(p));
    if (is(p, LEX_KW_WITH) || is(p, LEX_KW_ASYNC))
        ALT(with_stmt(p));
    if (is(p, LEX_KW_FOR) || is(p, LEX_KW_ASYNC))
        ALT(for_stmt(p));
    if (is(p, LEX_KW_TRY))
        ALT(try_stmt(p));
    if (is(p, LEX_KW_WHILE))
        ALT(while_stmt(p));
    if (soft_keyword(p, "match")) {
        /* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
        p->pos++;
        if (subject_expr(p) && tk(p, LEX_COLON) && tk(p, LEX_NEWLINE))
            return giveup(p);                       /* match is refused anyway */
    }
    END;
}

static int statement(pc *p)
{
    BEGIN;
    ALT(compound_stmt(p));
    ALT(simple_stmts(p));
    END;
}

static int statements(pc *p)
{
    BEGIN;
    ALT(statement(p) && many(p, statement));
    END;
}

/* ---- the start rules --------------------------------------------------------------- */

enum { START_FILE, START_SINGLE, START_FSTRING };

static int start(pc *p, int rule)
{
    switch (rule) {
    case START_FILE:        /* file: [statements] ENDMARKER */
        statements(p);
        return tk(p, LEX_ENDMARKER);
    case START_SINGLE:      /* statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE */
        if (compound_stmt(p) && tk(p, LEX_NEWLINE))
            return 1;
        return simple_stmts(p) || tk(p, LEX_NEWLINE) || tk(p, LEX_ENDMARKER);
    default:                /* fstring: star_expressions */
        return star_expressions(p);
    }
}

/* Replays the parse of src from start rule `rule`, adding to counts. */
static int count_source(const char *src, size_t n, int rule, const ast_module *m, uint32_t *counts,
                        map *numbers, pegcount_log *log)
{
    lex *lx = lex_new(src, n, "<pegcount>");
    pc p = {.memo = MAP_INIT, .m = m, .counts = counts, .log = log};
    size_t cap = 0;
    lex_token t;
    int ok = 1;
    do {
        if (!lex_next(lx, &t)) {
            ok = 0;
            break;
        }
        hv_grow(&p.t, &cap, p.n + 1, sizeof *p.t, 256);
        p.t[p.n++] = t;
        if (p.n > PC_MAXTOKENS) {
            ok = 0;
            break;
        }
    } while (t.kind != LEX_ENDMARKER);
    if (ok) {
        p.hits = hv_calloc(p.n, sizeof *p.hits);
        ok = start(&p, rule) && !p.gaveup;
    }
    for (size_t i = 0; ok && i < p.n; i++) {
        if (!p.hits[i])
            continue;
        if (p.t[i].kind == LEX_NUMBER) {
            if (numbers)
                map_put(numbers, (uint64_t)(uint32_t)p.t[i].line << 32 | (uint32_t)p.t[i].col, p.hits[i]);
            continue;
        }
        const ast_ident *id = ast_lookup(m, p.t[i].start, p.t[i].len);
        if (id)
            counts[id->id] += p.hits[i];
    }
    free(p.hits);
    free(p.t);
    map_free(&p.memo);
    lex_free(lx);
    return ok ? 0 : -1;
}

int pegcount_run(const char *source, size_t n, int single, const ast_module *m, uint32_t *counts,
                 map *numbers)
{
    return pegcount_run_logged(source, n, single, m, counts, numbers, NULL);
}

void pegcount_log_free(pegcount_log *log)
{
    free(log->ev);
    free(log->text);
    *log = (pegcount_log){0};
}

int pegcount_run_logged(const char *source, size_t n, int single, const ast_module *m,
                        uint32_t *counts, map *numbers, pegcount_log *log)
{
    uint32_t nid = ast_ident_count(m);
    uint32_t *scratch = hv_calloc(nid ? nid : 1, sizeof *scratch);
    size_t from = log ? log->n : 0;
    int rc = count_source(source, n, single ? START_SINGLE : START_FILE, m, scratch, numbers, log);
    if (rc && log)
        log->n = from;          /* (its texts stay, unused) */
    for (uint32_t i = 0; rc == 0 && i < nid; i++)
        counts[i] += scratch[i];
    free(scratch);
    return rc;
}
