/*
 * ast.c — the tree's memory (arena, identifier table) and ast_dump().
 *
 * The arena hands out zeroed (calloc'd chunks), 8-aligned pieces of big chunks; a tree is
 * freed by freeing its chunks, never node by node, so nothing in the tree
 * needs a destructor and no walk is needed to free it.
 *
 *   arena ──▶ chunk (newest) ──▶ chunk ──▶ ... ──▶ NULL
 *               [used | free ]     each chunk: header + data
 *
 * Identifiers are interned in an open-addressing hash table keyed by
 * their bytes; ids are dense (0, 1, 2 ...) so other layers can index
 * tables by them.
 *
 * Invariants:
 *   1. in every chunk, used <= size; pieces never straddle chunks;
 *   2. the identifier table has a power-of-two capacity, is at most half
 *      full, and idents[i]->id == i for every i < count.
 */
#include "ast.h"

#include "hv.h"
#include "lex.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_MIN (64 * 1024)
#define CHUNK_MAX (4 * 1024 * 1024)

/* ---- host memory ----------------------------------------------------------- */

/* ---- the arena --------------------------------------------------------------- */

typedef struct chunk {
    struct chunk *next;     /* older chunk */
    size_t size;            /* data bytes */
    size_t used;            /* data bytes handed out */
    _Alignas(8) unsigned char data[];
} chunk;

struct ast_arena {
    chunk *head;            /* the chunk being filled */
    size_t next_size;       /* data size of the next chunk */
    size_t total;           /* bytes malloc'd */
};

ast_arena *ast_arena_new(void)
{
    ast_arena *a = hv_malloc(sizeof *a);
    a->head = NULL;
    a->next_size = CHUNK_MIN;
    a->total = sizeof *a;
    return a;
}

void ast_arena_free(ast_arena *a)
{
    if (!a)
        return;
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

/* A new chunk of at least n data bytes in front of the list. */
static chunk *add_chunk(ast_arena *a, size_t n)
{
    size_t size = n > a->next_size ? n : a->next_size;
    chunk *c = calloc(1, sizeof *c + size);     /* zeroed once: pieces are never reused */
    if (!c)
        hv_oom();
    c->size = size;
    c->used = 0;
    c->next = a->head;
    a->head = c;
    a->total += sizeof *c + size;
    if (a->next_size < CHUNK_MAX)
        a->next_size *= 2;
    return c;
}

void *ast_alloc(ast_arena *a, size_t n)
{
    chunk *c = a->head;
    n = (n + 7) & ~(size_t)7;
    if (!c || c->size - c->used < n)
        c = add_chunk(a, n);
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

size_t ast_arena_size(const ast_arena *a)
{
    return a->total;
}

/* ---- identifiers --------------------------------------------------------------- */

struct ast_names {
    ast_ident **slots;      /* hash table (NULL: empty), capacity mask + 1 */
    size_t mask;
    ast_ident **idents;     /* by id */
    uint32_t count;
    size_t cap;
};

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603u;      /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211u;
    }
    return h;
}

static void names_grow(ast_names *t)
{
    size_t cap = t->slots ? (t->mask + 1) * 2 : 64;
    ast_ident **slots = calloc(cap, sizeof *slots);
    if (!slots)
        hv_oom();
    for (uint32_t i = 0; i < t->count; i++) {
        ast_ident *id = t->idents[i];
        size_t j = hash_bytes(id->name, id->len) & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = id;
    }
    free(t->slots);
    t->slots = slots;
    t->mask = cap - 1;
}

const ast_ident *ast_intern(ast_module *m, const char *s, size_t len)
{
    ast_names *t = m->names;
    if (!t->slots || 2 * ((size_t)t->count + 1) > t->mask + 1)
        names_grow(t);
    size_t j = hash_bytes(s, len) & t->mask;
    for (ast_ident *id; (id = t->slots[j]); j = (j + 1) & t->mask)
        if (id->len == len && !memcmp(id->name, s, len))
            return id;
    ast_ident *id = ast_alloc(m->arena, sizeof *id + len + 1);
    id->id = t->count;
    id->len = (uint32_t)len;
    memcpy(id->name, s, len);
    if (t->count == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->idents = hv_realloc(t->idents, t->cap * sizeof *t->idents);
    }
    t->idents[t->count++] = id;
    t->slots[j] = id;
    return id;
}

const ast_ident *ast_lookup(const ast_module *m, const char *s, size_t len)
{
    const ast_names *t = m->names;
    if (!t->slots)
        return NULL;
    size_t j = hash_bytes(s, len) & t->mask;
    for (ast_ident *id; (id = t->slots[j]); j = (j + 1) & t->mask)
        if (id->len == len && !memcmp(id->name, s, len))
            return id;
    return NULL;
}

uint32_t ast_ident_count(const ast_module *m)
{
    return m->names->count;
}

const ast_ident *ast_ident_at(const ast_module *m, uint32_t id)
{
    return id < m->names->count ? m->names->idents[id] : NULL;
}

/* ---- the module ------------------------------------------------------------ */

ast_module *ast_module_new(void)
{
    ast_arena *a = ast_arena_new();
    ast_module *m = ast_alloc(a, sizeof *m);
    m->arena = a;
    m->names = hv_malloc(sizeof *m->names);
    memset(m->names, 0, sizeof *m->names);
    return m;
}

void ast_module_free(ast_module *m)
{
    if (!m)
        return;
    free(m->names->slots);
    free(m->names->idents);
    free(m->names);
    ast_arena_free(m->arena);           /* m itself lives in the arena */
}

ast_expr *ast_expr_new(ast_module *m, int kind, ast_loc loc)
{
    ast_expr *e = ast_alloc(m->arena, sizeof *e);
    e->kind = (uint8_t)kind;
    e->loc = loc;
    return e;
}

ast_stmt *ast_stmt_new(ast_module *m, int kind, ast_loc loc)
{
    ast_stmt *s = ast_alloc(m->arena, sizeof *s);
    s->kind = (uint8_t)kind;
    s->loc = loc;
    return s;
}

ast_pattern *ast_pattern_new(ast_module *m, int kind, ast_loc loc)
{
    ast_pattern *p = ast_alloc(m->arena, sizeof *p);
    p->kind = (uint8_t)kind;
    p->loc = loc;
    return p;
}

bool ast_stmt_compound(int kind)
{
    switch (kind) {
    case AST_FUNCTIONDEF: case AST_ASYNCFUNCTIONDEF: case AST_CLASSDEF: case AST_FOR:
    case AST_ASYNCFOR: case AST_WHILE: case AST_IF: case AST_WITH: case AST_ASYNCWITH:
    case AST_TRY: case AST_TRYSTAR: case AST_MATCH:
        return true;
    default:
        return false;
    }
}

/* ---- names of node kinds ------------------------------------------------------- */

static const char *const expr_names[] = {
    NULL, "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
    "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
    "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute",
    "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
};

static const char *const stmt_names[] = {
    NULL, "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
    "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith",
    "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal",
    "Expr", "Pass", "Break", "Continue", "Match",
};

static const char *const pattern_names[] = {
    NULL, "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
    "MatchStar", "MatchAs", "MatchOr",
};

static const char *const ctx_names[] = {NULL, "Load", "Store", "Del"};
static const char *const boolop_names[] = {NULL, "And", "Or"};
static const char *const operator_names[] = {
    NULL, "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
    "BitOr", "BitXor", "BitAnd", "FloorDiv",
};
static const char *const unaryop_names[] = {NULL, "Invert", "Not", "UAdd", "USub"};
static const char *const cmpop_names[] = {
    NULL, "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};

const char *ast_expr_name(int kind)
{
    return kind > 0 && kind < (int)HV_COUNTOF(expr_names) ? expr_names[kind] : "?";
}

const char *ast_stmt_name(int kind)
{
    return kind > 0 && kind < (int)HV_COUNTOF(stmt_names) ? stmt_names[kind] : "?";
}

const char *ast_pattern_name(int kind)
{
    return kind > 0 && kind < (int)HV_COUNTOF(pattern_names) ? pattern_names[kind] : "?";
}

/* ---- ast_dump: output --------------------------------------------------------- */

typedef struct dump {
    char *s;                /* output so far */
    size_t len, cap;
    bool attributes;        /* include_attributes=True */
    bool first;             /* no field printed yet in the current node */
    int depth;              /* nesting, for AST_DUMP_MAX_DEPTH */
    bool too_deep;
} dump;

static void put(dump *d, const char *s, size_t n)
{
    if (d->len + n + 1 > d->cap) {
        d->cap = (d->len + n + 1) * 2;
        d->s = hv_realloc(d->s, d->cap);
    }
    memcpy(d->s + d->len, s, n);
    d->len += n;
    d->s[d->len] = '\0';
}

static void puts_(dump *d, const char *s)
{
    put(d, s, strlen(s));
}

static void printf_(dump *d, const char *fmt, ...) HV_PRINTF(2, 3);
static void printf_(dump *d, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if ((size_t)n < sizeof tmp) {
        put(d, tmp, (size_t)n);
        return;
    }
    char *big = hv_malloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    put(d, big, (size_t)n);
    free(big);
}

/* "Name(" — fields follow with field(). */
static void open_node(dump *d, const char *name)
{
    puts_(d, name);
    puts_(d, "(");
    d->first = true;
}

/* ", name=" before a field's value. */
static void field(dump *d, const char *name)
{
    if (!d->first)
        puts_(d, ", ");
    d->first = false;
    puts_(d, name);
    puts_(d, "=");
}

/* The positions (include_attributes) and ")". */
static void close_node(dump *d, const ast_loc *loc)
{
    if (d->attributes && loc) {
        if (!d->first)
            puts_(d, ", ");
        printf_(d, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                loc->line, loc->col, loc->end_line, loc->end_col);
    }
    puts_(d, ")");
    d->first = false;
}

/* An operator or context singleton: "Add()". */
static void singleton(dump *d, const char *name)
{
    puts_(d, name);
    puts_(d, "()");
}

/* ---- ast_dump: Python reprs ----------------------------------------------- */

/* Decodes one code point of (WTF-8) text at *s, lenient. */
static uint32_t next_cp(const unsigned char **s, const unsigned char *end)
{
    const unsigned char *u = *s;
    uint32_t c = u[0];
    int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (u + n > end)
        n = 1;
    if (n > 1) {
        c &= 0x7F >> n;
        for (int i = 1; i < n; i++)
            c = (c << 6) | (u[i] & 0x3F);
    }
    *s = u + n;
    return c;
}

/* The quote repr() chooses: ' unless the text has ' and no ". */
static char repr_quote(const char *s, size_t n)
{
    return memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
}

/* repr(str) of UTF-8 text. */
static void repr_str(dump *d, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s, *end = u + n;
    char q = repr_quote(s, n);
    put(d, &q, 1);
    while (u < end) {
        const unsigned char *at = u;
        uint32_t c = next_cp(&u, end);
        if (c == (uint32_t)q || c == '\\')
            printf_(d, "\\%c", (char)c);
        else if (c == '\t')
            puts_(d, "\\t");
        else if (c == '\n')
            puts_(d, "\\n");
        else if (c == '\r')
            puts_(d, "\\r");
        else if (lex_printable(c) && !(c >= 0xD800 && c <= 0xDFFF))
            put(d, (const char *)at, (size_t)(u - at));
        else if (c < 0x100)
            printf_(d, "\\x%02x", c);
        else if (c < 0x10000)
            printf_(d, "\\u%04x", c);
        else
            printf_(d, "\\U%08x", c);
    }
    put(d, &q, 1);
}

/* repr(bytes). */
static void repr_bytes(dump *d, const char *s, size_t n)
{
    char q = repr_quote(s, n);
    puts_(d, "b");
    put(d, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\')
            printf_(d, "\\%c", c);
        else if (c == '\t')
            puts_(d, "\\t");
        else if (c == '\n')
            puts_(d, "\\n");
        else if (c == '\r')
            puts_(d, "\\r");
        else if (c < 0x20 || c >= 0x7F)
            printf_(d, "\\x%02x", c);
        else
            put(d, (const char *)&c, 1);
    }
    put(d, &q, 1);
}

/* repr(int) of digits in base 2, 8, 10 or 16 (schoolbook conversion to
 * base 10^9 limbs). */
static void repr_int(dump *d, const char *digits, size_t n, int base)
{
    if (base == 10) {
        put(d, digits, n);
        return;
    }
    uint32_t *limb = hv_malloc((n / 2 + 2) * sizeof *limb);   /* little-endian, 10^9 */
    size_t nl = 1;
    limb[0] = 0;
    for (size_t i = 0; i < n; i++) {
        char c = digits[i];
        uint64_t carry = (uint64_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        for (size_t j = 0; j < nl; j++) {
            uint64_t v = (uint64_t)limb[j] * (uint64_t)base + carry;
            limb[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limb[nl++] = (uint32_t)carry;
    }
    printf_(d, "%u", limb[nl - 1]);
    for (size_t j = nl - 1; j-- > 0;)
        printf_(d, "%09u", limb[j]);
    free(limb);
}

/* The shortest digits that read back as x: digits into buf, returns the
 * decimal exponent (x = 0.d1d2... × 10^exp). */
static int shortest_digits(double x, char *buf)
{
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x || prec == 17)
            break;
    }
    char *e = strchr(tmp, 'e');
    int exp = atoi(e + 1) + 1;
    size_t k = 0;
    for (char *p = tmp; p < e; p++)
        if (*p >= '0' && *p <= '9')
            buf[k++] = *p;
    while (k > 1 && buf[k - 1] == '0')
        k--;
    buf[k] = '\0';
    return exp;
}

/* repr(float): fixed notation for 1e-4 <= |x| < 1e16, else exponent. */
static void repr_float(dump *d, double x)
{
    char digits[24];
    if (isinf(x)) {
        puts_(d, x > 0 ? "inf" : "-inf");
        return;
    }
    if (x == 0) {
        puts_(d, signbit(x) ? "-0.0" : "0.0");
        return;
    }
    if (x < 0) {
        puts_(d, "-");
        x = -x;
    }
    int decpt = shortest_digits(x, digits);
    int nd = (int)strlen(digits);
    if (decpt <= -4 || decpt > 16) {
        put(d, digits, 1);
        if (nd > 1) {
            puts_(d, ".");
            put(d, digits + 1, (size_t)nd - 1);
        }
        printf_(d, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        puts_(d, "0.");
        for (int i = 0; i < -decpt; i++)
            puts_(d, "0");
        put(d, digits, (size_t)nd);
    } else if (decpt < nd) {
        put(d, digits, (size_t)decpt);
        puts_(d, ".");
        put(d, digits + decpt, (size_t)(nd - decpt));
    } else {
        put(d, digits, (size_t)nd);
        for (int i = nd; i < decpt; i++)
            puts_(d, "0");
        puts_(d, ".0");
    }
}

/* repr(complex) of an imaginary literal: "1j", "1.5j", "1e+20j". */
static void repr_imag(dump *d, double x)
{
    dump t = {0};
    repr_float(&t, x);
    size_t n = t.len;
    if (n >= 2 && !strcmp(t.s + n - 2, ".0"))
        n -= 2;
    put(d, t.s, n);
    puts_(d, "j");
    free(t.s);
}

static void repr_constant(dump *d, const ast_constant *c)
{
    switch (c->kind) {
    case AST_CONST_NONE: puts_(d, "None"); break;
    case AST_CONST_TRUE: puts_(d, "True"); break;
    case AST_CONST_FALSE: puts_(d, "False"); break;
    case AST_CONST_ELLIPSIS: puts_(d, "Ellipsis"); break;
    case AST_CONST_INT: repr_int(d, c->text, c->len, c->base); break;
    case AST_CONST_FLOAT: repr_float(d, c->value); break;
    case AST_CONST_IMAG: repr_imag(d, c->value); break;
    case AST_CONST_STR: repr_str(d, c->text, c->len); break;
    case AST_CONST_BYTES: repr_bytes(d, c->text, c->len); break;
    }
}

static void repr_ident(dump *d, const ast_ident *id)
{
    repr_str(d, id->name, id->len);
}

/* ---- ast_dump: nodes ----------------------------------------------------------- */

/* One level deeper for a node: false, with too_deep set, past
 * AST_DUMP_MAX_DEPTH (the caller then writes nothing); else the caller
 * leaves it with d->depth--. */
static bool enter(dump *d)
{
    if (d->depth >= AST_DUMP_MAX_DEPTH) {
        d->too_deep = true;
        return false;
    }
    d->depth++;
    return true;
}

static void dump_expr(dump *d, const ast_expr *e);
static void dump_stmts(dump *d, const ast_stmt_seq *s);

/* Writes item i of the sequence seq (an ast_*_seq, or an array). */
typedef void item_fn(dump *d, const void *seq, uint32_t i);

/* A Python list of n items: "[a, b]". */
static void dump_list(dump *d, const void *seq, uint32_t n, item_fn *item)
{
    puts_(d, "[");
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            puts_(d, ", ");
        item(d, seq, i);
    }
    puts_(d, "]");
}

static void expr_item(dump *d, const void *seq, uint32_t i)
{
    const ast_expr *e = ((const ast_expr_seq *)seq)->v[i];
    if (e)
        dump_expr(d, e);
    else
        puts_(d, "None");
}

static void dump_exprs(dump *d, const ast_expr_seq *s)
{
    dump_list(d, s, s->n, expr_item);
}

static void expr_field(dump *d, const char *name, const ast_expr *e)
{
    if (!e)
        return;                             /* None: omitted */
    field(d, name);
    dump_expr(d, e);
}

static void exprs_field(dump *d, const char *name, const ast_expr_seq *s)
{
    field(d, name);
    dump_exprs(d, s);
}

static void ident_field(dump *d, const char *name, const ast_ident *id)
{
    if (!id)
        return;
    field(d, name);
    repr_ident(d, id);
}

static void ctx_field(dump *d, int ctx)
{
    field(d, "ctx");
    singleton(d, ctx_names[ctx]);
}

static void dump_arg(dump *d, const ast_arg *a)
{
    open_node(d, "arg");
    ident_field(d, "arg", a->arg);
    expr_field(d, "annotation", a->annotation);
    close_node(d, &a->loc);
}

static void arg_item(dump *d, const void *seq, uint32_t i)
{
    dump_arg(d, ((const ast_arg_seq *)seq)->v[i]);
}

static void args_field(dump *d, const char *name, const ast_arg_seq *s)
{
    field(d, name);
    dump_list(d, s, s->n, arg_item);
}

static void dump_arguments(dump *d, const ast_arguments *a)
{
    open_node(d, "arguments");
    args_field(d, "posonlyargs", &a->posonlyargs);
    args_field(d, "args", &a->args);
    if (a->vararg) {
        field(d, "vararg");
        dump_arg(d, a->vararg);
    }
    args_field(d, "kwonlyargs", &a->kwonlyargs);
    exprs_field(d, "kw_defaults", &a->kw_defaults);
    if (a->kwarg) {
        field(d, "kwarg");
        dump_arg(d, a->kwarg);
    }
    exprs_field(d, "defaults", &a->defaults);
    close_node(d, NULL);
}

static void keyword_item(dump *d, const void *seq, uint32_t i)
{
    const ast_keyword *k = ((const ast_keyword_seq *)seq)->v[i];
    open_node(d, "keyword");
    ident_field(d, "arg", k->arg);
    expr_field(d, "value", k->value);
    close_node(d, &k->loc);
}

static void keywords_field(dump *d, const ast_keyword_seq *s)
{
    field(d, "keywords");
    dump_list(d, s, s->n, keyword_item);
}

static void comprehension_item(dump *d, const void *seq, uint32_t i)
{
    const ast_comprehension *c = ((const ast_comprehension_seq *)seq)->v[i];
    open_node(d, "comprehension");
    expr_field(d, "target", c->target);
    expr_field(d, "iter", c->iter);
    exprs_field(d, "ifs", &c->ifs);
    field(d, "is_async");
    printf_(d, "%d", c->is_async);
    close_node(d, NULL);
}

static void generators_field(dump *d, const ast_comprehension_seq *s)
{
    field(d, "generators");
    dump_list(d, s, s->n, comprehension_item);
}

/* An item of a Compare's ops (an array of enum ast_cmpop). */
static void cmpop_item(dump *d, const void *seq, uint32_t i)
{
    singleton(d, cmpop_names[((const uint8_t *)seq)[i]]);
}

/* The fields of one expression (after "Kind("). */
static void expr_fields(dump *d, const ast_expr *e)
{
    switch (e->kind) {
    case AST_BOOLOP:
        field(d, "op");
        singleton(d, boolop_names[e->u.boolop.op]);
        exprs_field(d, "values", &e->u.boolop.values);
        break;
    case AST_NAMEDEXPR:
        expr_field(d, "target", e->u.namedexpr.target);
        expr_field(d, "value", e->u.namedexpr.value);
        break;
    case AST_BINOP:
        expr_field(d, "left", e->u.binop.left);
        field(d, "op");
        singleton(d, operator_names[e->u.binop.op]);
        expr_field(d, "right", e->u.binop.right);
        break;
    case AST_UNARYOP:
        field(d, "op");
        singleton(d, unaryop_names[e->u.unaryop.op]);
        expr_field(d, "operand", e->u.unaryop.operand);
        break;
    case AST_LAMBDA:
        field(d, "args");
        dump_arguments(d, e->u.lambda.args);
        expr_field(d, "body", e->u.lambda.body);
        break;
    case AST_IFEXP:
        expr_field(d, "test", e->u.ifexp.test);
        expr_field(d, "body", e->u.ifexp.body);
        expr_field(d, "orelse", e->u.ifexp.orelse);
        break;
    case AST_DICT:
        exprs_field(d, "keys", &e->u.dict.keys);
        exprs_field(d, "values", &e->u.dict.values);
        break;
    case AST_SET:
        exprs_field(d, "elts", &e->u.set.elts);
        break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_GENERATOREXP:
        expr_field(d, "elt", e->u.comp.elt);
        generators_field(d, &e->u.comp.generators);
        break;
    case AST_DICTCOMP:
        expr_field(d, "key", e->u.dictcomp.key);
        expr_field(d, "value", e->u.dictcomp.value);
        generators_field(d, &e->u.dictcomp.generators);
        break;
    case AST_AWAIT:
        expr_field(d, "value", e->u.await.value);
        break;
    case AST_YIELD:
    case AST_YIELDFROM:
        expr_field(d, "value", e->u.yield.value);
        break;
    case AST_COMPARE:
        expr_field(d, "left", e->u.compare.left);
        field(d, "ops");
        dump_list(d, e->u.compare.ops, e->u.compare.comparators.n, cmpop_item);
        exprs_field(d, "comparators", &e->u.compare.comparators);
        break;
    case AST_CALL:
        expr_field(d, "func", e->u.call.func);
        exprs_field(d, "args", &e->u.call.args);
        keywords_field(d, &e->u.call.keywords);
        break;
    case AST_FORMATTEDVALUE:
        expr_field(d, "value", e->u.formattedvalue.value);
        field(d, "conversion");
        printf_(d, "%d", e->u.formattedvalue.conversion);
        expr_field(d, "format_spec", e->u.formattedvalue.format_spec);
        break;
    case AST_JOINEDSTR:
        exprs_field(d, "values", &e->u.joinedstr.values);
        break;
    case AST_CONSTANT:
        field(d, "value");
        repr_constant(d, &e->u.constant);
        if (e->u.constant.u_prefix) {
            field(d, "kind");
            puts_(d, "'u'");
        }
        break;
    case AST_ATTRIBUTE:
        expr_field(d, "value", e->u.attribute.value);
        ident_field(d, "attr", e->u.attribute.attr);
        ctx_field(d, e->ctx);
        break;
    case AST_SUBSCRIPT:
        expr_field(d, "value", e->u.subscript.value);
        expr_field(d, "slice", e->u.subscript.slice);
        ctx_field(d, e->ctx);
        break;
    case AST_STARRED:
        expr_field(d, "value", e->u.starred.value);
        ctx_field(d, e->ctx);
        break;
    case AST_NAME:
        ident_field(d, "id", e->u.name.id);
        ctx_field(d, e->ctx);
        break;
    case AST_LIST:
    case AST_TUPLE:
        exprs_field(d, "elts", &e->u.list.elts);
        ctx_field(d, e->ctx);
        break;
    case AST_SLICE:
        expr_field(d, "lower", e->u.slice.lower);
        expr_field(d, "upper", e->u.slice.upper);
        expr_field(d, "step", e->u.slice.step);
        break;
    }
}

static void dump_expr(dump *d, const ast_expr *e)
{
    if (!enter(d))
        return;
    open_node(d, ast_expr_name(e->kind));
    expr_fields(d, e);
    close_node(d, &e->loc);
    d->depth--;
}

static void alias_item(dump *d, const void *seq, uint32_t i)
{
    const ast_alias *a = ((const ast_alias_seq *)seq)->v[i];
    open_node(d, "alias");
    ident_field(d, "name", a->name);
    ident_field(d, "asname", a->asname);
    close_node(d, &a->loc);
}

static void dump_aliases(dump *d, const ast_alias_seq *s)
{
    field(d, "names");
    dump_list(d, s, s->n, alias_item);
}

static void withitem_item(dump *d, const void *seq, uint32_t i)
{
    const ast_withitem *w = ((const ast_withitem_seq *)seq)->v[i];
    open_node(d, "withitem");
    expr_field(d, "context_expr", w->context_expr);
    expr_field(d, "optional_vars", w->optional_vars);
    close_node(d, NULL);
}

static void dump_withitems(dump *d, const ast_withitem_seq *s)
{
    field(d, "items");
    dump_list(d, s, s->n, withitem_item);
}

static void handler_item(dump *d, const void *seq, uint32_t i)
{
    const ast_handler *h = ((const ast_handler_seq *)seq)->v[i];
    open_node(d, "ExceptHandler");
    expr_field(d, "type", h->type);
    ident_field(d, "name", h->name);
    field(d, "body");
    dump_stmts(d, &h->body);
    close_node(d, &h->loc);
}

static void dump_handlers(dump *d, const ast_handler_seq *s)
{
    field(d, "handlers");
    dump_list(d, s, s->n, handler_item);
}

static void body_field(dump *d, const char *name, const ast_stmt_seq *s)
{
    field(d, name);
    dump_stmts(d, s);
}

static void ident_item(dump *d, const void *seq, uint32_t i)
{
    repr_ident(d, ((const ast_ident_seq *)seq)->v[i]);
}

static void dump_names(dump *d, const ast_ident_seq *s)
{
    field(d, "names");
    dump_list(d, s, s->n, ident_item);
}

static void dump_pattern(dump *d, const ast_pattern *p);

static void pattern_item(dump *d, const void *seq, uint32_t i)
{
    dump_pattern(d, ((const ast_pattern_seq *)seq)->v[i]);
}

static void patterns_field(dump *d, const char *name, const ast_pattern_seq *s)
{
    field(d, name);
    dump_list(d, s, s->n, pattern_item);
}

/* The fields of one pattern (after "Kind("), in Python.asdl's order. */
static void pattern_fields(dump *d, const ast_pattern *p)
{
    switch (p->kind) {
    case AST_MATCHVALUE:
        expr_field(d, "value", p->u.value.value);
        break;
    case AST_MATCHSINGLETON:
        field(d, "value");
        puts_(d, p->u.singleton.value == AST_CONST_TRUE ? "True"
                 : p->u.singleton.value == AST_CONST_FALSE ? "False" : "None");
        break;
    case AST_MATCHSEQUENCE:
    case AST_MATCHOR:
        patterns_field(d, "patterns", &p->u.seq.patterns);
        break;
    case AST_MATCHMAPPING:
        exprs_field(d, "keys", &p->u.mapping.keys);
        patterns_field(d, "patterns", &p->u.mapping.patterns);
        ident_field(d, "rest", p->u.mapping.rest);
        break;
    case AST_MATCHCLASS:
        expr_field(d, "cls", p->u.cls.cls);
        patterns_field(d, "patterns", &p->u.cls.patterns);
        field(d, "kwd_attrs");
        dump_list(d, &p->u.cls.kwd_attrs, p->u.cls.kwd_attrs.n, ident_item);
        patterns_field(d, "kwd_patterns", &p->u.cls.kwd_patterns);
        break;
    case AST_MATCHSTAR:
        ident_field(d, "name", p->u.star.name);
        break;
    case AST_MATCHAS:
        if (p->u.as.pattern) {
            field(d, "pattern");
            dump_pattern(d, p->u.as.pattern);
        }
        ident_field(d, "name", p->u.as.name);
        break;
    }
}

static void dump_pattern(dump *d, const ast_pattern *p)
{
    if (!enter(d))
        return;
    open_node(d, ast_pattern_name(p->kind));
    pattern_fields(d, p);
    close_node(d, &p->loc);
    d->depth--;
}

static void match_case_item(dump *d, const void *seq, uint32_t i)
{
    const ast_match_case *mc = ((const ast_match_case_seq *)seq)->v[i];
    open_node(d, "match_case");
    field(d, "pattern");
    dump_pattern(d, mc->pattern);
    expr_field(d, "guard", mc->guard);
    body_field(d, "body", &mc->body);
    close_node(d, NULL);
}

/* The fields of one statement (after "Kind("). */
static void stmt_fields(dump *d, const ast_stmt *s)
{
    switch (s->kind) {
    case AST_FUNCTIONDEF:
    case AST_ASYNCFUNCTIONDEF:
        ident_field(d, "name", s->u.funcdef.name);
        field(d, "args");
        dump_arguments(d, s->u.funcdef.args);
        body_field(d, "body", &s->u.funcdef.body);
        exprs_field(d, "decorator_list", &s->u.funcdef.decorator_list);
        expr_field(d, "returns", s->u.funcdef.returns);
        break;
    case AST_CLASSDEF:
        ident_field(d, "name", s->u.classdef.name);
        exprs_field(d, "bases", &s->u.classdef.bases);
        keywords_field(d, &s->u.classdef.keywords);
        body_field(d, "body", &s->u.classdef.body);
        exprs_field(d, "decorator_list", &s->u.classdef.decorator_list);
        break;
    case AST_RETURN:
        expr_field(d, "value", s->u.ret.value);
        break;
    case AST_DELETE:
        exprs_field(d, "targets", &s->u.del.targets);
        break;
    case AST_ASSIGN:
        exprs_field(d, "targets", &s->u.assign.targets);
        expr_field(d, "value", s->u.assign.value);
        break;
    case AST_AUGASSIGN:
        expr_field(d, "target", s->u.augassign.target);
        field(d, "op");
        singleton(d, operator_names[s->u.augassign.op]);
        expr_field(d, "value", s->u.augassign.value);
        break;
    case AST_ANNASSIGN:
        expr_field(d, "target", s->u.annassign.target);
        expr_field(d, "annotation", s->u.annassign.annotation);
        expr_field(d, "value", s->u.annassign.value);
        field(d, "simple");
        printf_(d, "%d", s->u.annassign.simple);
        break;
    case AST_FOR:
    case AST_ASYNCFOR:
        expr_field(d, "target", s->u.loop_for.target);
        expr_field(d, "iter", s->u.loop_for.iter);
        body_field(d, "body", &s->u.loop_for.body);
        body_field(d, "orelse", &s->u.loop_for.orelse);
        break;
    case AST_WHILE:
    case AST_IF:
        expr_field(d, "test", s->u.cond.test);
        body_field(d, "body", &s->u.cond.body);
        body_field(d, "orelse", &s->u.cond.orelse);
        break;
    case AST_WITH:
    case AST_ASYNCWITH:
        dump_withitems(d, &s->u.with.items);
        body_field(d, "body", &s->u.with.body);
        break;
    case AST_RAISE:
        expr_field(d, "exc", s->u.raise.exc);
        expr_field(d, "cause", s->u.raise.cause);
        break;
    case AST_TRY:
    case AST_TRYSTAR:
        body_field(d, "body", &s->u.try_.body);
        dump_handlers(d, &s->u.try_.handlers);
        body_field(d, "orelse", &s->u.try_.orelse);
        body_field(d, "finalbody", &s->u.try_.finalbody);
        break;
    case AST_ASSERT:
        expr_field(d, "test", s->u.assert_.test);
        expr_field(d, "msg", s->u.assert_.msg);
        break;
    case AST_IMPORT:
        dump_aliases(d, &s->u.import.names);
        break;
    case AST_IMPORTFROM:
        ident_field(d, "module", s->u.importfrom.module);
        dump_aliases(d, &s->u.importfrom.names);
        field(d, "level");
        printf_(d, "%d", s->u.importfrom.level);
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        dump_names(d, &s->u.names.names);
        break;
    case AST_EXPR:
        expr_field(d, "value", s->u.expr.value);
        break;
    case AST_MATCH:
        expr_field(d, "subject", s->u.match.subject);
        field(d, "cases");
        dump_list(d, &s->u.match.cases, s->u.match.cases.n, match_case_item);
        break;
    }
}

static void dump_stmt(dump *d, const ast_stmt *s)
{
    if (!enter(d))
        return;
    open_node(d, ast_stmt_name(s->kind));
    stmt_fields(d, s);
    close_node(d, &s->loc);
    d->depth--;
}

static void stmt_item(dump *d, const void *seq, uint32_t i)
{
    dump_stmt(d, ((const ast_stmt_seq *)seq)->v[i]);
}

static void dump_stmts(dump *d, const ast_stmt_seq *s)
{
    dump_list(d, s, s->n, stmt_item);
}

char *ast_dump(const ast_module *m, bool attributes)
{
    dump d = {0};
    d.attributes = attributes;
    open_node(&d, "Module");
    body_field(&d, "body", &m->body);
    field(&d, "type_ignores");
    puts_(&d, "[]");
    close_node(&d, NULL);
    if (d.too_deep) {
        free(d.s);
        return NULL;
    }
    return d.s;
}
