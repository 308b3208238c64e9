/*
 * symtable.c — scopes, names and compile-time checks (see symtable.h).
 *
 * Three passes, as CPython makes them:
 *
 *   1. visit    (CPython's symtable_visit_*): scopes and symbol flags, in
 *               CPython's visiting order; errors about global and nonlocal
 *               statements, duplicate parameters, `import *` in a function,
 *               yield in a comprehension; the depth limit.
 *   2. analyze  (CPython's analyze_block): each symbol's scope — local,
 *               global, free or cell — from the scopes around it; errors
 *               about nonlocal.
 *   3. compile  (in compile.c's order): the compiler's errors ('return'
 *               outside function, break outside loop, starred misuse,
 *               repeated keywords, bare except not last, __debug__, the
 *               match statement's but a duplicate constant key) and
 *               SyntaxWarnings; co_varnames in the order the compiler
 *               first meets each fast local; every Name's access and slot.
 *
 *   module ──children──▶ function ──▶ lambda ...   (symtable_scope tree)
 *     pass 2 walks it top-down with `bound` and `global` name sets made of
 *     layers (one per scope, with names added and names removed), so a
 *     deep tree costs no copies.
 *
 * Invariants:
 *   1. a scope's index maps each symbol's name id to its position + 1
 *      and holds every symbol (open addressing, at most half full);
 *   2. after pass 2 every symbol has `where`; after pass 3 every Name has
 *      its access, and every CELL and FREE symbol its localsplus slot;
 *   3. pass 1's depth counts the statements and expressions being visited,
 *      never above SYMTABLE_MAX_DEPTH (deeper trees are refused).
 */
#include "symtable.h"

#include "compile.h"
#include "hv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the builder ------------------------------------------------------------ */

typedef struct builder {
    ast_module *m;
    symtable_result *r;
    const char *src;        /* the file, for the lines quoted in messages */
    size_t len;
    bool failed;
    symtable_scope *cur;    /* pass 1: the scope being visited */
    const ast_ident *private_name; /* pass 1: the class mangling names */
    int depth;              /* pass 1: statements and expressions entered */
    bool comp_iter_target;  /* pass 1: visiting a comprehension's target */
    int comp_iter_expr;     /* pass 1: visiting a comprehension's iterable (CPython keeps
                               it per scope, a new scope starting from its parent's) */
    uint8_t comp_kind;      /* pass 1: the comprehension being visited */
    const ast_ident *class_id, *super_id, *dot0_id, *debug_id;
} builder;

/* A SyntaxError at loc, as CPython's PyErr_RangedSyntaxLocationObject and
 * compiler_error report it (columns: bytes + 1; the line re-read from the
 * file).  Returns false, for `return error(...)`. */
static bool error(builder *b, ast_loc loc, const char *fmt, ...) HV_PRINTF(3, 4);
static bool error(builder *b, ast_loc loc, const char *fmt, ...)
{
    if (b->failed)
        return false;
    b->failed = true;
    lex_error *e = &b->r->err;
    va_list ap;
    va_start(ap, fmt);
    e->msg = hv_vasprintf(fmt, ap);
    va_end(ap);
    e->kind = LEX_ERR_SYNTAX;
    e->line = loc.line;
    e->col = loc.col + 1;
    e->end_line = loc.end_line;
    e->end_col = loc.end_col + 1;
    lex *lx = lex_new(b->src, b->len, "");
    e->text = lex_program_text(lx, loc.line);    /* NULL: the report shows no line */
    lex_free(lx);
    return false;
}

static bool recursion_error(builder *b)
{
    if (!b->failed) {
        b->failed = true;
        b->r->err.kind = LEX_ERR_RECURSION;
        size_t n = sizeof "maximum recursion depth exceeded during compilation";
        b->r->err.msg = memcpy(hv_malloc(n), "maximum recursion depth exceeded during compilation", n);
    }
    return false;
}

/* A SyntaxWarning at `line`, shown with that line of the file; the
 * compiler issues it when its codegen reaches `node`. */
static void warning(builder *b, const void *node, int32_t line, const char *fmt, ...) HV_PRINTF(4, 5);
static void warning(builder *b, const void *node, int32_t line, const char *fmt, ...)
{
    symtable_result *r = b->r;
    if (b->failed)
        return;
    r->warnings = hv_realloc(r->warnings, (r->nwarnings + 1) * sizeof *r->warnings);
    lex_warning *w = &r->warnings[r->nwarnings++];
    va_list ap;
    va_start(ap, fmt);
    w->msg = hv_vasprintf(fmt, ap);
    va_end(ap);
    w->line = line;
    w->node = node;
    lex *lx = lex_new(b->src, b->len, "");
    w->text = lex_source_line(lx, line);
    lex_free(lx);
}

/* ---- names -------------------------------------------------------------------- */

char *symtable_mangle_text(const char *cls, const char *s, size_t n, size_t *len)
{
    while (*cls == '_')
        cls++;
    if (n < 2 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') ||
        memchr(s, '.', n) || !*cls)
        return NULL;
    size_t cn = strlen(cls);
    char *text = hv_malloc(1 + cn + n);
    text[0] = '_';
    memcpy(text + 1, cls, cn);
    memcpy(text + 1 + cn, s, n);
    *len = 1 + cn + n;
    return text;
}

const ast_ident *symtable_mangle(ast_module *m, const ast_ident *class_name,
                                 const ast_ident *name)
{
    size_t len;
    char *text = class_name ? symtable_mangle_text(class_name->name, name->name, name->len, &len) : NULL;
    if (!text)
        return name;
    const ast_ident *id = ast_intern(m, text, len);
    free(text);
    return id;
}

/* ---- scopes and symbols --------------------------------------------------- */

/* Room for one more item in an arena array holding n items: arrays grow
 * by doubling from 8, so their capacity follows from n. */
static void *room_for_one(ast_module *m, void *a, uint32_t n, size_t size)
{
    if (n && (n < 8 || (n & (n - 1))))
        return a;
    void *b = ast_alloc(m->arena, (n ? 2 * n : 8) * size);
    if (n)
        memcpy(b, a, n * size);
    return b;
}

static symtable_symbol *find_symbol(const symtable_scope *s, const ast_ident *name)
{
    if (!s->index)
        return NULL;
    for (uint32_t j = name->id & s->index_mask;; j = (j + 1) & s->index_mask) {
        uint32_t k = s->index[j];
        if (!k)
            return NULL;
        if (s->symbols[k - 1].name == name)
            return &s->symbols[k - 1];
    }
}

static void index_put(symtable_scope *s, uint32_t k)
{
    uint32_t j = s->symbols[k].name->id & s->index_mask;
    while (s->index[j])
        j = (j + 1) & s->index_mask;
    s->index[j] = k + 1;
}

/* The symbol `name` (already mangled) of s, made with no flags if new. */
static symtable_symbol *get_symbol(ast_module *m, symtable_scope *s, const ast_ident *name)
{
    symtable_symbol *y = find_symbol(s, name);
    if (y)
        return y;
    s->symbols = room_for_one(m, s->symbols, s->nsymbols, sizeof *s->symbols);
    if (!s->index || 2 * (s->nsymbols + 1) > s->index_mask + 1) {
        uint32_t size = s->index ? 2 * (s->index_mask + 1) : 16;
        s->index = ast_alloc(m->arena, size * sizeof *s->index);
        s->index_mask = size - 1;
        for (uint32_t k = 0; k < s->nsymbols; k++)
            index_put(s, k);
    }
    y = &s->symbols[s->nsymbols];
    memset(y, 0, sizeof *y);
    y->name = name;
    y->slot = -1;
    index_put(s, s->nsymbols++);
    return y;
}

/* name as scope s stores it, if that spelling exists (lookups only). */
static const ast_ident *stored_name(const symtable_scope *s, const ast_ident *name)
{
    const char *n = name->name, *c = s->private_name ? s->private_name->name : NULL;
    if (!c || name->len < 2 || n[0] != '_' || n[1] != '_'
        || (n[name->len - 1] == '_' && n[name->len - 2] == '_') || memchr(n, '.', name->len))
        return name;
    while (*c == '_')
        c++;
    size_t cn = strlen(c);
    if (!cn)
        return name;
    char *mangled = hv_malloc(1 + cn + name->len);
    mangled[0] = '_';
    memcpy(mangled + 1, c, cn);
    memcpy(mangled + 1 + cn, n, name->len);
    const ast_ident *id = ast_lookup(s->module, mangled, 1 + cn + name->len);
    free(mangled);
    return id;
}

const symtable_symbol *symtable_lookup(const symtable_scope *s, const ast_ident *name)
{
    const ast_ident *id = stored_name(s, name);
    return id ? find_symbol(s, id) : NULL;
}

static bool is_function_kind(int kind)
{
    return kind != SYMTABLE_MODULE && kind != SYMTABLE_CLASS;
}

static bool is_comprehension(int kind)
{
    return kind >= SYMTABLE_LISTCOMP;
}

/* How code of scope s reaches symbol y (CPython's compiler_nameop). */
static enum ast_access access_of(const symtable_scope *s, const symtable_symbol *y, bool load)
{
    bool function = is_function_kind(s->kind);
    switch (y->where) {
    case SYMTABLE_FREE:
        return s->kind == SYMTABLE_CLASS && load ? AST_ACCESS_CLASSDEREF : AST_ACCESS_DEREF;
    case SYMTABLE_CELL:
        return AST_ACCESS_DEREF;
    case SYMTABLE_LOCAL:
        return function ? AST_ACCESS_FAST : AST_ACCESS_NAME;
    case SYMTABLE_GLOBAL_IMPLICIT:
        return function ? AST_ACCESS_GLOBAL : AST_ACCESS_NAME;
    case SYMTABLE_GLOBAL_EXPLICIT:
        return AST_ACCESS_GLOBAL;
    default:
        return AST_ACCESS_NAME;
    }
}

enum ast_access symtable_access(const symtable_scope *s, const ast_ident *name, bool load,
                                uint32_t *slot)
{
    const symtable_symbol *y = symtable_lookup(s, name);
    *slot = 0;
    if (!y)
        return is_function_kind(s->kind) ? AST_ACCESS_GLOBAL : AST_ACCESS_NAME;
    enum ast_access a = access_of(s, y, load);
    if (a == AST_ACCESS_FAST || a == AST_ACCESS_DEREF || a == AST_ACCESS_CLASSDEREF)
        *slot = y->slot < 0 ? 0 : (uint32_t)y->slot;
    return a;
}

/* ---- pass 1: visit ------------------------------------------------------------ */

static const char *const comp_names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};

/* Opens a new scope inside b->cur (CPython's symtable_enter_block). */
static symtable_scope *enter_scope(builder *b, int kind, const ast_ident *name, ast_loc loc)
{
    symtable_scope *s = ast_alloc(b->m->arena, sizeof *s), *up = b->cur;
    s->kind = (uint8_t)kind;
    s->name = name;
    s->loc = loc;
    s->parent = up;
    s->module = b->m;
    s->private_name = b->private_name;
    if (up) {
        s->nested = up->nested || is_function_kind(up->kind);
        up->children = room_for_one(b->m, up->children, up->nchildren, sizeof *up->children);
        up->children[up->nchildren++] = s;
    }
    b->cur = s;
    return s;
}

/* CPython's symtable_add_def: adds `flag` to name's symbol in b->cur. */
static bool add_def(builder *b, const ast_ident *name, int flag, ast_loc loc)
{
    symtable_scope *s = b->cur;
    const ast_ident *mangled = symtable_mangle(b->m, b->private_name, name);
    symtable_symbol *y = find_symbol(s, mangled);
    if (y && (flag & SYMTABLE_DEF_PARAM) && (y->flags & SYMTABLE_DEF_PARAM))
        return error(b, loc, "duplicate argument '%s' in function definition", name->name);
    if (!y)
        y = get_symbol(b->m, s, mangled);
    y->flags |= (uint16_t)flag;
    if (b->comp_iter_target) {
        if (y->flags & (SYMTABLE_DEF_GLOBAL | SYMTABLE_DEF_NONLOCAL))
            return error(b, loc, "comprehension inner loop cannot rebind assignment expression "
                         "target '%s'", name->name);
        y->flags |= SYMTABLE_DEF_COMP_ITER;
    }
    if (flag & SYMTABLE_DEF_PARAM) {
        s->varnames = room_for_one(b->m, (void *)s->varnames, s->nvarnames, sizeof *s->varnames);
        s->varnames[s->nvarnames++] = mangled;
    }
    return true;
}

static bool visit_expr(builder *b, ast_expr *e);
static bool visit_stmts(builder *b, const ast_stmt_seq *body);

static bool visit_exprs(builder *b, const ast_expr_seq *s)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->v[i] && !visit_expr(b, s->v[i]))
            return false;
    return true;
}

static bool visit_params(builder *b, const ast_arg_seq *args)
{
    for (uint32_t i = 0; i < args->n; i++)
        if (!add_def(b, args->v[i]->arg, SYMTABLE_DEF_PARAM, args->v[i]->loc))
            return false;
    return true;
}

/* The parameters of the scope just entered: posonly, args, keyword-only,
 * *args, **kwargs — co_varnames' order. */
static bool visit_arguments(builder *b, const ast_arguments *a)
{
    symtable_scope *s = b->cur;
    if (!visit_params(b, &a->posonlyargs) || !visit_params(b, &a->args)
        || !visit_params(b, &a->kwonlyargs))
        return false;
    if (a->vararg && !add_def(b, a->vararg->arg, SYMTABLE_DEF_PARAM, a->vararg->loc))
        return false;
    if (a->kwarg && !add_def(b, a->kwarg->arg, SYMTABLE_DEF_PARAM, a->kwarg->loc))
        return false;
    s->varargs = a->vararg != NULL;
    s->varkeywords = a->kwarg != NULL;
    s->posonlyargcount = a->posonlyargs.n;
    s->argcount = a->posonlyargs.n + a->args.n;
    s->kwonlyargcount = a->kwonlyargs.n;
    return true;
}

/* Annotations are evaluated in the enclosing scope. */
static bool visit_annotations(builder *b, const ast_arguments *a, ast_expr *returns)
{
    const ast_arg_seq *seqs[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (size_t k = 0; k < 3; k++)
        for (uint32_t i = 0; i < seqs[k]->n; i++)
            if (seqs[k]->v[i]->annotation && !visit_expr(b, seqs[k]->v[i]->annotation))
                return false;
    if (a->vararg && a->vararg->annotation && !visit_expr(b, a->vararg->annotation))
        return false;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(b, a->kwarg->annotation))
        return false;
    return !returns || visit_expr(b, returns);
}

static bool visit_function(builder *b, ast_stmt *s)
{
    ast_arguments *a = s->u.funcdef.args;
    if (!add_def(b, s->u.funcdef.name, SYMTABLE_DEF_LOCAL, s->loc)
        || !visit_exprs(b, &a->defaults) || !visit_exprs(b, &a->kw_defaults)
        || !visit_annotations(b, a, s->u.funcdef.returns)
        || !visit_exprs(b, &s->u.funcdef.decorator_list))
        return false;
    symtable_scope *up = b->cur;
    symtable_scope *f = enter_scope(b, SYMTABLE_FUNCTION, s->u.funcdef.name, s->loc);
    f->coroutine = s->kind == AST_ASYNCFUNCTIONDEF;
    s->u.funcdef.scope = f;
    bool ok = visit_arguments(b, a) && visit_stmts(b, &s->u.funcdef.body);
    b->cur = up;
    return ok;
}

static bool visit_class(builder *b, ast_stmt *s)
{
    if (!add_def(b, s->u.classdef.name, SYMTABLE_DEF_LOCAL, s->loc)
        || !visit_exprs(b, &s->u.classdef.bases))
        return false;
    for (uint32_t i = 0; i < s->u.classdef.keywords.n; i++)
        if (!visit_expr(b, s->u.classdef.keywords.v[i]->value))
            return false;
    if (!visit_exprs(b, &s->u.classdef.decorator_list))
        return false;
    symtable_scope *up = b->cur;
    const ast_ident *private_name = b->private_name;
    symtable_scope *c = enter_scope(b, SYMTABLE_CLASS, s->u.classdef.name, s->loc);
    s->u.classdef.scope = c;
    b->private_name = c->private_name = s->u.classdef.name;
    bool ok = visit_stmts(b, &s->u.classdef.body);
    b->private_name = private_name;
    b->cur = up;
    return ok;
}

/* name declared global or nonlocal (flag) in the current scope, as a
 * statement or an assignment expression in a comprehension does: the
 * definition added (mangled), its symbol's first directive location
 * recorded, the scope's directives counted.  false on an error. */
static bool declare(builder *b, const ast_ident *name, int flag, ast_loc loc)
{
    if (!add_def(b, name, flag, loc))
        return false;
    symtable_symbol *y = find_symbol(b->cur, symtable_mangle(b->m, b->private_name, name));
    if (!y->directive.line)
        y->directive = loc;
    b->cur->ndirectives++;
    return true;
}

/* global and nonlocal statements (CPython's checks and messages). */
static bool visit_directive(builder *b, ast_stmt *s)
{
    bool global = s->kind == AST_GLOBAL;
    const char *what = global ? "global" : "nonlocal";
    for (uint32_t i = 0; i < s->u.names.names.n; i++) {
        const ast_ident *name = s->u.names.names.v[i];
        const ast_ident *mangled = symtable_mangle(b->m, b->private_name, name);
        symtable_symbol *y = find_symbol(b->cur, mangled);
        int cur = y ? y->flags : 0;
        if (cur & (SYMTABLE_DEF_PARAM | SYMTABLE_DEF_LOCAL | SYMTABLE_USE | SYMTABLE_DEF_ANNOT)) {
            if (cur & SYMTABLE_DEF_PARAM)
                return error(b, s->loc, "name '%s' is parameter and %s", name->name, what);
            if (cur & SYMTABLE_USE)
                return error(b, s->loc, "name '%s' is used prior to %s declaration", name->name, what);
            if (cur & SYMTABLE_DEF_ANNOT)
                return error(b, s->loc, "annotated name '%s' can't be %s", name->name, what);
            return error(b, s->loc, "name '%s' is assigned to before %s declaration", name->name, what);
        }
        if (!declare(b, name, global ? SYMTABLE_DEF_GLOBAL : SYMTABLE_DEF_NONLOCAL, s->loc))
            return false;
    }
    return true;
}

/* The name an import binds: its asname, or its first component. */
static bool visit_alias(builder *b, const ast_alias *a)
{
    const ast_ident *name = a->asname ? a->asname : a->name;
    if (name->len == 1 && name->name[0] == '*') {
        if (b->cur->kind != SYMTABLE_MODULE)
            return error(b, a->loc, "import * only allowed at module level");
        return true;
    }
    const char *dot = memchr(name->name, '.', name->len);
    if (dot)
        name = ast_intern(b->m, name->name, (size_t)(dot - name->name));
    return add_def(b, name, SYMTABLE_DEF_IMPORT, a->loc);
}

static bool visit_handlers(builder *b, const ast_handler_seq *hs)
{
    for (uint32_t i = 0; i < hs->n; i++) {
        ast_handler *h = hs->v[i];
        if (h->type && !visit_expr(b, h->type))
            return false;
        if (h->name && !add_def(b, h->name, SYMTABLE_DEF_LOCAL, h->loc))
            return false;
        if (!visit_stmts(b, &h->body))
            return false;
    }
    return true;
}

static bool visit_pattern(builder *b, const ast_pattern *pt);

static bool visit_patterns(builder *b, const ast_pattern_seq *ps)
{
    for (uint32_t i = 0; i < ps->n; i++)
        if (!visit_pattern(b, ps->v[i]))
            return false;
    return true;
}

/* symtable_visit_pattern: captures are locals, values and classes loads. */
static bool visit_pattern_inner(builder *b, const ast_pattern *pt)
{
    switch (pt->kind) {
    case AST_MATCHVALUE:
        return visit_expr(b, pt->u.value.value);
    case AST_MATCHSEQUENCE:
    case AST_MATCHOR:
        return visit_patterns(b, &pt->u.seq.patterns);
    case AST_MATCHSTAR:
        return !pt->u.star.name || add_def(b, pt->u.star.name, SYMTABLE_DEF_LOCAL, pt->loc);
    case AST_MATCHMAPPING:
        return visit_exprs(b, &pt->u.mapping.keys) && visit_patterns(b, &pt->u.mapping.patterns)
               && (!pt->u.mapping.rest || add_def(b, pt->u.mapping.rest, SYMTABLE_DEF_LOCAL, pt->loc));
    case AST_MATCHCLASS:
        return visit_expr(b, pt->u.cls.cls) && visit_patterns(b, &pt->u.cls.patterns)
               && visit_patterns(b, &pt->u.cls.kwd_patterns);
    case AST_MATCHAS:
        return (!pt->u.as.pattern || visit_pattern(b, pt->u.as.pattern))
               && (!pt->u.as.name || add_def(b, pt->u.as.name, SYMTABLE_DEF_LOCAL, pt->loc));
    default:                                /* MatchSingleton */
        return true;
    }
}

/* Patterns count against the depth limit as statements do. */
static bool visit_pattern(builder *b, const ast_pattern *pt)
{
    if (++b->depth > SYMTABLE_MAX_DEPTH)
        return recursion_error(b);
    bool ok = visit_pattern_inner(b, pt);
    b->depth--;
    return ok;
}

static bool visit_match(builder *b, const ast_stmt *s)
{
    if (!visit_expr(b, s->u.match.subject))
        return false;
    for (uint32_t i = 0; i < s->u.match.cases.n; i++) {
        const ast_match_case *mc = s->u.match.cases.v[i];
        if (!visit_pattern(b, mc->pattern) || (mc->guard && !visit_expr(b, mc->guard))
            || !visit_stmts(b, &mc->body))
            return false;
    }
    return true;
}

static bool visit_stmt_inner(builder *b, ast_stmt *s)
{
    switch (s->kind) {
    case AST_FUNCTIONDEF:
    case AST_ASYNCFUNCTIONDEF:
        return visit_function(b, s);
    case AST_CLASSDEF:
        return visit_class(b, s);
    case AST_RETURN:
        return !s->u.ret.value || visit_expr(b, s->u.ret.value);
    case AST_DELETE:
        return visit_exprs(b, &s->u.del.targets);
    case AST_ASSIGN:
        return visit_exprs(b, &s->u.assign.targets) && visit_expr(b, s->u.assign.value);
    case AST_AUGASSIGN:
        return visit_expr(b, s->u.augassign.target) && visit_expr(b, s->u.augassign.value);
    case AST_ANNASSIGN:
        if (s->u.annassign.target->kind == AST_NAME) {
            const ast_ident *n = s->u.annassign.target->u.name.id;
            symtable_symbol *y = find_symbol(b->cur, symtable_mangle(b->m, b->private_name, n));
            if (y && (y->flags & (SYMTABLE_DEF_GLOBAL | SYMTABLE_DEF_NONLOCAL))
                && b->cur->kind != SYMTABLE_MODULE && s->u.annassign.simple)
                return error(b, s->loc, "annotated name '%s' can't be %s", n->name,
                             (y->flags & SYMTABLE_DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->u.annassign.simple && !add_def(b, n, SYMTABLE_DEF_ANNOT | SYMTABLE_DEF_LOCAL,
                                                  s->u.annassign.target->loc))
                return false;
            if (s->u.annassign.value && !add_def(b, n, SYMTABLE_DEF_LOCAL, s->u.annassign.target->loc))
                return false;
        } else if (!visit_expr(b, s->u.annassign.target)) {
            return false;
        }
        return visit_expr(b, s->u.annassign.annotation)
               && (!s->u.annassign.value || visit_expr(b, s->u.annassign.value));
    case AST_FOR:
    case AST_ASYNCFOR:
        return visit_expr(b, s->u.loop_for.target) && visit_expr(b, s->u.loop_for.iter)
               && visit_stmts(b, &s->u.loop_for.body) && visit_stmts(b, &s->u.loop_for.orelse);
    case AST_WHILE:
    case AST_IF:
        return visit_expr(b, s->u.cond.test) && visit_stmts(b, &s->u.cond.body)
               && visit_stmts(b, &s->u.cond.orelse);
    case AST_RAISE:
        return !s->u.raise.exc || (visit_expr(b, s->u.raise.exc)
                                   && (!s->u.raise.cause || visit_expr(b, s->u.raise.cause)));
    case AST_TRY:
    case AST_TRYSTAR:
        return visit_stmts(b, &s->u.try_.body) && visit_stmts(b, &s->u.try_.orelse)
               && visit_handlers(b, &s->u.try_.handlers) && visit_stmts(b, &s->u.try_.finalbody);
    case AST_ASSERT:
        return visit_expr(b, s->u.assert_.test) && (!s->u.assert_.msg || visit_expr(b, s->u.assert_.msg));
    case AST_IMPORT:
    case AST_IMPORTFROM: {
        const ast_alias_seq *names = s->kind == AST_IMPORT ? &s->u.import.names : &s->u.importfrom.names;
        for (uint32_t i = 0; i < names->n; i++)
            if (!visit_alias(b, names->v[i]))
                return false;
        return true;
    }
    case AST_GLOBAL:
    case AST_NONLOCAL:
        return visit_directive(b, s);
    case AST_EXPR:
        return visit_expr(b, s->u.expr.value);
    case AST_MATCH:
        return visit_match(b, s);
    case AST_WITH:
    case AST_ASYNCWITH:
        for (uint32_t i = 0; i < s->u.with.items.n; i++) {
            ast_withitem *w = s->u.with.items.v[i];
            if (!visit_expr(b, w->context_expr) || (w->optional_vars && !visit_expr(b, w->optional_vars)))
                return false;
        }
        return visit_stmts(b, &s->u.with.body);
    default:                                /* pass, break, continue */
        return true;
    }
}

/* Every statement and expression visited counts against CPython's limit. */
static bool visit_stmt(builder *b, ast_stmt *s)
{
    if (++b->depth > SYMTABLE_MAX_DEPTH)
        return recursion_error(b);
    bool ok = visit_stmt_inner(b, s);
    b->depth--;
    return ok;
}

static bool visit_stmts(builder *b, const ast_stmt_seq *body)
{
    for (uint32_t i = 0; i < body->n; i++)
        if (!visit_stmt(b, body->v[i]))
            return false;
    return true;
}

/* yield in a comprehension is an error (CPython's
 * symtable_raise_if_comprehension_block). */
static bool visit_yield(builder *b, ast_expr *e)
{
    if (e->u.yield.value && !visit_expr(b, e->u.yield.value))
        return false;
    b->cur->generator = 1;
    if (is_comprehension(b->cur->kind)) {
        static const char *const msg[] = {
            "'yield' inside list comprehension", "'yield' inside set comprehension",
            "'yield' inside dict comprehension", "'yield' inside generator expression",
        };
        return error(b, e->loc, "%s", msg[b->cur->kind - SYMTABLE_LISTCOMP]);
    }
    return true;
}

/* A comprehension's iterable, where an assignment expression is an error
 * (CPython's ste_comp_iter_expr, counted in the scope visiting it and
 * inherited by each scope opened inside: a lambda's or comprehension's). */
static bool visit_iterable(builder *b, ast_expr *e)
{
    b->comp_iter_expr++;
    bool ok = visit_expr(b, e);
    b->comp_iter_expr--;
    return ok;
}

/* One `for ... in ... if ...` of a comprehension after the first. */
static bool visit_comprehension(builder *b, ast_comprehension *c)
{
    b->comp_iter_target = true;
    bool ok = visit_expr(b, c->target);
    b->comp_iter_target = false;
    if (c->is_async)
        b->cur->coroutine = 1;
    return ok && visit_iterable(b, c->iter) && visit_exprs(b, &c->ifs);
}

/* A comprehension: its first iterable in the current scope, the rest in
 * a new function scope whose parameter ".0" is that iterable. */
static bool visit_comp(builder *b, ast_expr *e, int kind)
{
    ast_comprehension_seq gens = kind == SYMTABLE_DICTCOMP ? e->u.dictcomp.generators
                                                           : e->u.comp.generators;
    ast_comprehension *first = gens.v[0];
    if (!visit_iterable(b, first->iter))
        return false;
    symtable_scope *up = b->cur;
    symtable_scope *s = enter_scope(b, kind, ast_intern(b->m, comp_names[kind - SYMTABLE_LISTCOMP],
                                                        strlen(comp_names[kind - SYMTABLE_LISTCOMP])),
                                    e->loc);
    if (kind == SYMTABLE_DICTCOMP)
        e->u.dictcomp.scope = s;
    else
        e->u.comp.scope = s;
    if (first->is_async)
        s->coroutine = 1;
    bool ok = add_def(b, b->dot0_id, SYMTABLE_DEF_PARAM, e->loc);
    s->argcount = 1;
    b->comp_iter_target = true;
    ok = ok && visit_expr(b, first->target);
    b->comp_iter_target = false;
    ok = ok && visit_exprs(b, &first->ifs);
    for (uint32_t i = 1; ok && i < gens.n; i++)
        ok = visit_comprehension(b, gens.v[i]);
    if (kind == SYMTABLE_DICTCOMP)
        ok = ok && visit_expr(b, e->u.dictcomp.value) && visit_expr(b, e->u.dictcomp.key);
    else
        ok = ok && visit_expr(b, e->u.comp.elt);
    s->generator = kind == SYMTABLE_GENEXPR;
    bool async = s->coroutine && kind != SYMTABLE_GENEXPR;
    b->cur = up;
    if (async)
        up->coroutine = 1;
    return ok;
}

static bool visit_lambda(builder *b, ast_expr *e)
{
    ast_arguments *a = e->u.lambda.args;
    if (!visit_exprs(b, &a->defaults) || !visit_exprs(b, &a->kw_defaults))
        return false;
    symtable_scope *up = b->cur;
    e->u.lambda.scope = enter_scope(b, SYMTABLE_LAMBDA, ast_intern(b->m, "<lambda>", 8), e->loc);
    bool ok = visit_arguments(b, a) && visit_expr(b, e->u.lambda.body);
    b->cur = up;
    return ok;
}

static bool visit_name(builder *b, ast_expr *e)
{
    bool load = e->ctx == AST_LOAD;
    if (!add_def(b, e->u.name.id, load ? SYMTABLE_USE : SYMTABLE_DEF_LOCAL, e->loc))
        return false;
    /* super() needs the __class__ cell (in any FunctionBlock: lambdas and
     * comprehensions too) */
    if (load && b->cur->kind != SYMTABLE_MODULE && b->cur->kind != SYMTABLE_CLASS && e->u.name.id == b->super_id)
        return add_def(b, b->class_id, SYMTABLE_USE, e->loc);
    return true;
}

/* The target of an assignment expression in a comprehension binds in the
 * nearest scope around that is not one (CPython's
 * symtable_extend_namedexpr_scope): a function's local (or its global, if
 * declared so), the module's global; the comprehensions between pass it
 * through as a free variable, the innermost declares it as a `nonlocal`
 * or `global` statement would, directive record included. */
static bool extend_namedexpr_scope(builder *b, ast_expr *target)
{
    const ast_ident *name = target->u.name.id;
    for (symtable_scope *s = b->cur; s; s = s->parent) {
        if (is_comprehension(s->kind)) {         /* looked up as written (_PyST_GetSymbol), */
            const symtable_symbol *y = find_symbol(s, name);      /* added mangled (add_def) */
            if (y && (y->flags & SYMTABLE_DEF_COMP_ITER))
                return error(b, target->loc, "assignment expression cannot rebind comprehension "
                             "iteration variable '%s'", name->name);
            continue;
        }
        if (s->kind == SYMTABLE_CLASS)
            return error(b, target->loc, "assignment expression within a comprehension cannot be "
                         "used in a class body");
        const symtable_symbol *y = find_symbol(s, name);
        bool global = s->kind == SYMTABLE_MODULE || (y && (y->flags & SYMTABLE_DEF_GLOBAL));
        if (!declare(b, name, global ? SYMTABLE_DEF_GLOBAL : SYMTABLE_DEF_NONLOCAL, target->loc))
            return false;
        symtable_scope *cur = b->cur;
        b->cur = s;
        bool ok = add_def(b, name, s->kind == SYMTABLE_MODULE ? SYMTABLE_DEF_GLOBAL : SYMTABLE_DEF_LOCAL,
                          target->loc);
        b->cur = cur;
        return ok;
    }
    return true;
}

static bool visit_namedexpr(builder *b, ast_expr *e)
{
    if (b->comp_iter_expr > 0)
        return error(b, e->loc, "assignment expression cannot be used in a comprehension iterable "
                     "expression");
    if (is_comprehension(b->cur->kind) && !extend_namedexpr_scope(b, e->u.namedexpr.target))
        return false;
    return visit_expr(b, e->u.namedexpr.value) && visit_expr(b, e->u.namedexpr.target);
}

static bool visit_expr_inner(builder *b, ast_expr *e)
{
    switch (e->kind) {
    case AST_NAMEDEXPR:
        return visit_namedexpr(b, e);
    case AST_BOOLOP:
        return visit_exprs(b, &e->u.boolop.values);
    case AST_BINOP:
        return visit_expr(b, e->u.binop.left) && visit_expr(b, e->u.binop.right);
    case AST_UNARYOP:
        return visit_expr(b, e->u.unaryop.operand);
    case AST_LAMBDA:
        return visit_lambda(b, e);
    case AST_IFEXP:
        return visit_expr(b, e->u.ifexp.test) && visit_expr(b, e->u.ifexp.body)
               && visit_expr(b, e->u.ifexp.orelse);
    case AST_DICT:
        return visit_exprs(b, &e->u.dict.keys) && visit_exprs(b, &e->u.dict.values);
    case AST_SET:
        return visit_exprs(b, &e->u.set.elts);
    case AST_GENERATOREXP: return visit_comp(b, e, SYMTABLE_GENEXPR);
    case AST_LISTCOMP: return visit_comp(b, e, SYMTABLE_LISTCOMP);
    case AST_SETCOMP: return visit_comp(b, e, SYMTABLE_SETCOMP);
    case AST_DICTCOMP: return visit_comp(b, e, SYMTABLE_DICTCOMP);
    case AST_YIELD:
    case AST_YIELDFROM:
        return visit_yield(b, e);
    case AST_AWAIT:
        b->cur->coroutine = 1;
        return visit_expr(b, e->u.await.value);
    case AST_COMPARE:
        return visit_expr(b, e->u.compare.left) && visit_exprs(b, &e->u.compare.comparators);
    case AST_CALL:
        if (!visit_expr(b, e->u.call.func) || !visit_exprs(b, &e->u.call.args))
            return false;
        for (uint32_t i = 0; i < e->u.call.keywords.n; i++)
            if (!visit_expr(b, e->u.call.keywords.v[i]->value))
                return false;
        return true;
    case AST_FORMATTEDVALUE:
        return visit_expr(b, e->u.formattedvalue.value)
               && (!e->u.formattedvalue.format_spec || visit_expr(b, e->u.formattedvalue.format_spec));
    case AST_JOINEDSTR:
        return visit_exprs(b, &e->u.joinedstr.values);
    case AST_ATTRIBUTE:
        return visit_expr(b, e->u.attribute.value);
    case AST_SUBSCRIPT:
        return visit_expr(b, e->u.subscript.value) && visit_expr(b, e->u.subscript.slice);
    case AST_STARRED:
        return visit_expr(b, e->u.starred.value);
    case AST_SLICE:
        return (!e->u.slice.lower || visit_expr(b, e->u.slice.lower))
               && (!e->u.slice.upper || visit_expr(b, e->u.slice.upper))
               && (!e->u.slice.step || visit_expr(b, e->u.slice.step));
    case AST_NAME:
        return visit_name(b, e);
    case AST_LIST:
    case AST_TUPLE:
        return visit_exprs(b, &e->u.list.elts);
    default:                                /* Constant */
        return true;
    }
}

static bool visit_expr(builder *b, ast_expr *e)
{
    if (++b->depth > SYMTABLE_MAX_DEPTH)
        return recursion_error(b);
    bool ok = visit_expr_inner(b, e);
    b->depth--;
    return ok;
}

/* ---- pass 2: analyze ------------------------------------------------------------ */

/* A set of identifier ids (host memory).  Slots hold id + 1; GONE marks a
 * removed one. */
typedef struct nameset {
    uint32_t *slot;
    uint32_t mask, used;
} nameset;

#define GONE UINT32_MAX

static uint32_t *ns_find(const nameset *s, uint32_t id)
{
    if (!s->slot)
        return NULL;
    for (uint32_t j = (id * 2654435761u) & s->mask;; j = (j + 1) & s->mask) {
        if (!s->slot[j])
            return NULL;
        if (s->slot[j] == id + 1)
            return &s->slot[j];
    }
}

static bool ns_has(const nameset *s, uint32_t id)
{
    return ns_find(s, id) != NULL;
}

static void ns_add(nameset *s, uint32_t id)
{
    if (ns_has(s, id))
        return;
    if (!s->slot || 2 * (s->used + 1) > s->mask + 1) {
        nameset old = *s;
        uint32_t size = s->slot ? 2 * (s->mask + 1) : 16;
        s->slot = calloc(size, sizeof *s->slot);
        if (!s->slot)
            hv_oom();
        s->mask = size - 1;
        s->used = 0;
        for (uint32_t j = 0; old.slot && j <= old.mask; j++)
            if (old.slot[j] && old.slot[j] != GONE)
                ns_add(s, old.slot[j] - 1);
        free(old.slot);
    }
    uint32_t j = (id * 2654435761u) & s->mask;
    while (s->slot[j] && s->slot[j] != GONE)
        j = (j + 1) & s->mask;
    if (!s->slot[j])
        s->used++;
    s->slot[j] = id + 1;
}

static bool ns_del(nameset *s, uint32_t id)
{
    uint32_t *p = ns_find(s, id);
    if (p)
        *p = GONE;
    return p != NULL;
}

static void ns_free(nameset *s)
{
    free(s->slot);
    s->slot = NULL;
}

/* A set seen through layers: each scope adds and removes names on top of
 * what its parent passed down (CPython copies whole sets instead). */
typedef struct layer {
    const struct layer *up;
    nameset add, del;
} layer;

static bool layer_has(const layer *l, uint32_t id)
{
    for (; l; l = l->up) {
        if (ns_has(&l->del, id))
            return false;
        if (ns_has(&l->add, id))
            return true;
    }
    return false;
}

/* What analyze_scope passes to a scope. */
typedef struct view {
    const layer *bound;     /* names bound in enclosing functions */
    bool module;            /* `bound` is CPython's NULL: the module itself */
    const layer *global;    /* names declared global around */
} view;

#define DEF_BOUND (SYMTABLE_DEF_LOCAL | SYMTABLE_DEF_PARAM | SYMTABLE_DEF_IMPORT)

/* One symbol's scope (CPython's analyze_name); adds to the layers `here`
 * passes down (children) and to `free`. */
static bool analyze_name(builder *b, symtable_symbol *y, const view *v,
                         layer *bound_out, layer *global_out, nameset *local, nameset *free)
{
    uint32_t id = y->name->id;
    if (y->flags & SYMTABLE_DEF_GLOBAL) {
        if (y->flags & SYMTABLE_DEF_NONLOCAL)
            return error(b, y->directive, "name '%s' is nonlocal and global", y->name->name);
        y->where = SYMTABLE_GLOBAL_EXPLICIT;
        ns_add(&global_out->add, id);
        ns_add(&bound_out->del, id);
        return true;
    }
    if (y->flags & SYMTABLE_DEF_NONLOCAL) {
        if (v->module)
            return error(b, y->directive, "nonlocal declaration not allowed at module level");
        if (!layer_has(v->bound, id))
            return error(b, y->directive, "no binding for nonlocal '%s' found", y->name->name);
        y->where = SYMTABLE_FREE;
        ns_add(free, id);
        return true;
    }
    if (y->flags & DEF_BOUND) {
        y->where = SYMTABLE_LOCAL;
        ns_add(local, id);
        ns_add(&global_out->del, id);
        return true;
    }
    if (!v->module && layer_has(v->bound, id)) {
        y->where = SYMTABLE_FREE;
        ns_add(free, id);
        return true;
    }
    y->where = SYMTABLE_GLOBAL_IMPLICIT;
    return true;
}

static bool analyze_scope(builder *b, symtable_scope *s, const view *v, nameset *free_out);

/* The children of s, each with the names s passes down; their free
 * variables are gathered in newfree. */
static bool analyze_children(builder *b, symtable_scope *s, const view *down, nameset *newfree)
{
    for (uint32_t i = 0; i < s->nchildren; i++) {
        nameset child_free = {0};
        bool ok = analyze_scope(b, s->children[i], down, &child_free);
        bool any = child_free.used > 0;
        for (uint32_t j = 0; ok && child_free.slot && j <= child_free.mask; j++)
            if (child_free.slot[j] && child_free.slot[j] != GONE)
                ns_add(newfree, child_free.slot[j] - 1);
        ns_free(&child_free);
        if (!ok)
            return false;
        if (any || s->children[i]->child_free)
            s->child_free = 1;
    }
    return true;
}

/* Records the free variables the children pass through s (CPython's
 * update_symbols) and turns locals the children use into cells. */
static void settle(builder *b, symtable_scope *s, const view *v, nameset *newfree)
{
    uint32_t n = s->nsymbols;
    for (uint32_t k = 0; k < n; k++) {
        symtable_symbol *y = &s->symbols[k];
        if (s->kind != SYMTABLE_CLASS && is_function_kind(s->kind) && y->where == SYMTABLE_LOCAL
            && ns_del(newfree, y->name->id))
            y->where = SYMTABLE_CELL;
    }
    if (s->kind == SYMTABLE_CLASS && ns_del(newfree, b->class_id->id))
        s->needs_class_closure = 1;
    for (uint32_t j = 0; newfree->slot && j <= newfree->mask; j++) {
        uint32_t id1 = newfree->slot[j];
        if (!id1 || id1 == GONE)
            continue;
        const ast_ident *name = ast_ident_at(b->m, id1 - 1);
        symtable_symbol *y = find_symbol(s, name);
        if (y) {
            if (s->kind == SYMTABLE_CLASS && (y->flags & (DEF_BOUND | SYMTABLE_DEF_GLOBAL)))
                y->flags |= SYMTABLE_DEF_FREE_CLASS;
            continue;
        }
        if (!v->module && !layer_has(v->bound, id1 - 1))
            continue;                       /* a global */
        y = get_symbol(b->m, s, name);
        y->flags |= SYMTABLE_DEF_FREE;
        y->where = SYMTABLE_FREE;
    }
}

/* CPython's analyze_block for scope s, seeing `v`; its free variables go
 * to free_out. */
static bool analyze_scope(builder *b, symtable_scope *s, const view *v, nameset *free_out)
{
    layer bound = {.up = v->bound}, global = {.up = v->global};
    nameset local = {0};
    bool ok = true;
    for (uint32_t k = 0; ok && k < s->nsymbols; k++)
        ok = analyze_name(b, &s->symbols[k], v, &bound, &global, &local, free_out);
    view down;
    layer class_bound = {.up = v->bound};
    if (s->kind == SYMTABLE_CLASS) {
        ns_add(&class_bound.add, b->class_id->id);
        down.bound = &class_bound;          /* the class's own bindings stay invisible */
        down.global = v->global;
    } else {
        if (is_function_kind(s->kind))
            for (uint32_t j = 0; local.slot && j <= local.mask; j++)
                if (local.slot[j] && local.slot[j] != GONE)
                    ns_add(&bound.add, local.slot[j] - 1);
        down.bound = &bound;
        down.global = &global;
    }
    down.module = false;
    nameset newfree = {0};
    ok = ok && analyze_children(b, s, &down, &newfree);
    if (ok) {
        settle(b, s, v, &newfree);
        for (uint32_t j = 0; newfree.slot && j <= newfree.mask; j++)
            if (newfree.slot[j] && newfree.slot[j] != GONE)
                ns_add(free_out, newfree.slot[j] - 1);
    }
    ns_free(&newfree);
    ns_free(&local);
    ns_free(&bound.add);
    ns_free(&bound.del);
    ns_free(&global.add);
    ns_free(&global.del);
    ns_free(&class_bound.add);
    return ok;
}

/* ---- pass 3: compile order ------------------------------------------------------ */

/* One code object being "compiled". */
typedef struct unit {
    symtable_scope *s;
    int loops;              /* loops around the statement (break, continue) */
    ast_expr **derefs;      /* Names whose slot waits for the localsplus layout */
    uint32_t nderefs, derefcap;
} unit;

static bool c_expr(builder *b, unit *u, ast_expr *e);
static bool c_stmts(builder *b, unit *u, const ast_stmt_seq *body);

/* The fast local `y` of u's scope gets the next co_varnames slot the
 * first time the compiler meets it. */
static void fast_slot(builder *b, unit *u, symtable_symbol *y)
{
    symtable_scope *s = u->s;
    if (y->slot >= 0)
        return;
    s->varnames = room_for_one(b->m, (void *)s->varnames, s->nvarnames, sizeof *s->varnames);
    s->varnames[s->nvarnames] = y->name;
    y->slot = (int32_t)s->nvarnames++;
}

/* CPython's forbidden_name: __debug__ cannot be bound. */
static bool check_debug(builder *b, const ast_ident *name, bool del, ast_loc loc)
{
    if (name != b->debug_id)
        return true;
    return error(b, loc, del ? "cannot delete __debug__" : "cannot assign to __debug__");
}

/* A name bound, loaded or deleted by the compiled code (compiler_nameop):
 * its access, and its slot once known.  e: the Name node, or NULL. */
static bool c_nameop(builder *b, unit *u, const ast_ident *name, int ctx, ast_expr *e, ast_loc loc)
{
    if (ctx != AST_LOAD && !check_debug(b, name, ctx == AST_DEL, loc))
        return false;
    symtable_scope *s = u->s;
    symtable_symbol *y = find_symbol(s, symtable_mangle(b->m, s->private_name, name));
    if (!y)
        return true;
    enum ast_access a = access_of(s, y, ctx == AST_LOAD);
    if (a == AST_ACCESS_FAST)
        fast_slot(b, u, y);
    if (!e)
        return true;
    e->u.name.access = (uint8_t)a;
    e->u.name.slot = a == AST_ACCESS_FAST ? (uint32_t)y->slot : 0;
    if (a == AST_ACCESS_DEREF || a == AST_ACCESS_CLASSDEREF) {
        if (u->nderefs == u->derefcap) {
            u->derefcap = u->derefcap ? 2 * u->derefcap : 16;
            u->derefs = hv_realloc(u->derefs, u->derefcap * sizeof *u->derefs);
        }
        u->derefs[u->nderefs++] = e;
    }
    return true;
}

static int cmp_ident(const void *a, const void *b)
{
    const ast_ident *x = *(const ast_ident *const *)a, *y = *(const ast_ident *const *)b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->name, y->name, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* co_cellvars and co_freevars, sorted, and the localsplus slots: cells
 * that are parameters keep the parameter's slot, the other cells follow
 * the fast locals, the free variables come last. */
static void layout(builder *b, unit *u)
{
    symtable_scope *s = u->s;
    uint32_t ncell = 0, nfree = 0;
    for (uint32_t k = 0; k < s->nsymbols; k++) {
        symtable_symbol *y = &s->symbols[k];
        ncell += y->where == SYMTABLE_CELL;
        nfree += y->where == SYMTABLE_FREE || (y->flags & SYMTABLE_DEF_FREE_CLASS);
    }
    ncell += s->needs_class_closure;
    s->cellvars = ast_alloc(b->m->arena, (ncell + 1) * sizeof *s->cellvars);
    s->freevars = ast_alloc(b->m->arena, (nfree + 1) * sizeof *s->freevars);
    for (uint32_t k = 0; k < s->nsymbols; k++) {
        symtable_symbol *y = &s->symbols[k];
        if (y->where == SYMTABLE_CELL)
            s->cellvars[s->ncellvars++] = y->name;
        if (y->where == SYMTABLE_FREE || (y->flags & SYMTABLE_DEF_FREE_CLASS))
            s->freevars[s->nfreevars++] = y->name;
    }
    if (s->needs_class_closure)
        s->cellvars[s->ncellvars++] = b->class_id;
    qsort(s->cellvars, s->ncellvars, sizeof *s->cellvars, cmp_ident);
    qsort(s->freevars, s->nfreevars, sizeof *s->freevars, cmp_ident);
    uint32_t next = s->nvarnames;
    for (uint32_t i = 0; i < s->ncellvars; i++) {
        symtable_symbol *y = find_symbol(s, s->cellvars[i]);
        if (!y) {
            next++;                         /* the class's __class__ cell */
            continue;
        }
        if (!(y->flags & SYMTABLE_DEF_PARAM) || y->slot < 0)
            y->slot = (int32_t)next++;
    }
    for (uint32_t i = 0; i < s->nfreevars; i++) {
        symtable_symbol *y = find_symbol(s, s->freevars[i]);
        if (y->where == SYMTABLE_FREE || y->where == SYMTABLE_CELL)
            y->slot = (int32_t)next;
        next++;
    }
    s->nlocalsplus = next;
    for (uint32_t i = 0; i < u->nderefs; i++) {
        ast_expr *e = u->derefs[i];
        const symtable_symbol *y = find_symbol(s, symtable_mangle(b->m, s->private_name, e->u.name.id));
        e->u.name.slot = (uint32_t)y->slot;
    }
    free(u->derefs);
}

/* Compiles the body of scope s as its own unit: parameters take the first
 * slots, the body is walked by `walk`. */
static bool c_scope(builder *b, symtable_scope *s, bool (*walk)(builder *, unit *, void *), void *arg)
{
    unit v = {.s = s};
    for (uint32_t i = 0; i < s->nvarnames; i++)
        find_symbol(s, s->varnames[i])->slot = (int32_t)i;
    bool ok = walk(b, &v, arg);
    layout(b, &v);
    return ok;
}

/* ---- pass 3: the compiler's warnings ---------------------------------------- */

enum ctype { CT_NONE, CT_INT, CT_BOOL, CT_FLOAT, CT_COMPLEX, CT_STR, CT_BYTES, CT_TUPLE,
             CT_NONETYPE, CT_ELLIPSIS };

static const char *const ctype_names[] = {
    NULL, "int", "bool", "float", "complex", "str", "bytes", "tuple", "NoneType", "ellipsis",
};

/* What a constant expression becomes once CPython's AST optimizer folded
 * it (Python/ast_opt.c: literals, unary and binary operators, tuples of
 * constants, a constant subscripted by a constant), as far as the checks
 * below need it: its type, and what a subscript needs to fold — an int's
 * value, a str's (code points), bytes' or tuple's length.  An int also
 * carries its magnitude while it is below 2**128, since the optimizer's
 * limits on `*`, `**` and `<<` (safe_multiply, safe_power, safe_lshift:
 * MAX_INT_SIZE, 128 bits) decide whether such an expression is folded. */
typedef unsigned __int128 u128;

enum width { W_UNKNOWN, W_EXACT, W_BIG };

typedef struct cval {
    enum ctype t;               /* CT_NONE: not folded */
    bool known;                 /* n is known (an int too large for it is not) */
    int64_t n;                  /* CT_INT, CT_BOOL: the value; CT_STR, CT_BYTES, CT_TUPLE: the length */
    uint8_t width;              /* ints: enum width (W_EXACT: mag, neg; W_BIG: |value| >= 2**128) */
    bool neg;                   /* W_EXACT: the value is negative */
    u128 mag;                   /* W_EXACT: |value| */
    int64_t items;              /* CT_TUPLE: its items and those of the tuples nested in it */
} cval;

#define FOLD_BIG ((int64_t)1 << 62)

static cval fold(const ast_expr *e, int depth);

static cval cv(enum ctype t, bool known, int64_t n)
{
    bool exact = known && (t == CT_INT || t == CT_BOOL);
    u128 mag = n < 0 ? (u128)0 - (u128)n : (u128)n;
    return (cval){t, known, n, exact ? W_EXACT : W_UNKNOWN, exact && n < 0, exact ? mag : 0,
                  t == CT_TUPLE ? n : 0};
}

/* The int neg ? -mag : mag (known too when within FOLD_BIG). */
static cval int_exact(bool neg, u128 mag)
{
    bool known = mag < (u128)FOLD_BIG;
    int64_t n = known ? (neg ? -(int64_t)mag : (int64_t)mag) : 0;
    return (cval){CT_INT, known, n, W_EXACT, neg && mag != 0, mag, 0};
}

static cval int_big(void)
{
    return (cval){CT_INT, false, 0, W_BIG, false, 0, 0};
}

/* _PyLong_NumBits of an int: exact below 2**128, 129 (more than any limit
 * needs) for W_BIG, -1 when not known. */
static int int_bits(cval x)
{
    if (x.width == W_BIG)
        return AST_OPT_MAX_INT_BITS + 1;
    if (x.width != W_EXACT)
        return -1;
    int bits = 0;
    for (u128 m = x.mag; m; m >>= 1)
        bits++;
    return bits;
}

/* An int literal: exact below 2**128, W_BIG above. */
static cval int_literal(const ast_constant *c)
{
    u128 m = 0, top = ~(u128)0;
    for (uint32_t i = 0; i < c->len; i++) {
        char ch = c->text[i];
        unsigned d = ch >= '0' && ch <= '9' ? (unsigned)(ch - '0') : (unsigned)((ch | 0x20) - 'a' + 10);
        if (m > (top - d) / c->base)
            return int_big();
        m = m * c->base + d;
    }
    return int_exact(false, m);
}

static int64_t utf8_chars(const char *s, uint32_t n)
{
    int64_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static cval fold_constant(const ast_constant *c)
{
    switch (c->kind) {
    case AST_CONST_NONE: return cv(CT_NONETYPE, false, 0);
    case AST_CONST_TRUE: return cv(CT_BOOL, true, 1);
    case AST_CONST_FALSE: return cv(CT_BOOL, true, 0);
    case AST_CONST_ELLIPSIS: return cv(CT_ELLIPSIS, false, 0);
    case AST_CONST_INT:
        return int_literal(c);
    case AST_CONST_FLOAT: return cv(CT_FLOAT, false, 0);
    case AST_CONST_IMAG: return cv(CT_COMPLEX, false, 0);
    case AST_CONST_STR: return cv(CT_STR, true, utf8_chars(c->text, c->len));
    default: return cv(CT_BYTES, true, c->len);
    }
}

static bool is_intlike(enum ctype t)
{
    return t == CT_INT || t == CT_BOOL;
}

static bool is_seq(enum ctype t)
{
    return t == CT_STR || t == CT_BYTES || t == CT_TUPLE;
}

static cval fold_unary(const ast_expr *e, int depth)
{
    cval x = fold(e->u.unaryop.operand, depth + 1);
    int op = e->u.unaryop.op;
    if (op == AST_NOT)
        return x.t ? cv(CT_BOOL, x.known, x.known ? !x.n : 0) : cv(CT_NONE, false, 0);
    if (!(is_intlike(x.t) || x.t == CT_FLOAT || (x.t == CT_COMPLEX && op != AST_INVERT)))
        return cv(CT_NONE, false, 0);
    enum ctype t = x.t == CT_BOOL ? CT_INT : x.t;
    if (t == CT_INT && !x.known && op != AST_INVERT)
        return x.width == W_EXACT ? int_exact(op == AST_USUB ? !x.neg : x.neg, x.mag) : x;
    int64_t n = op == AST_USUB ? -x.n : op == AST_INVERT ? ~x.n : x.n;
    return cv(t, t == CT_INT && x.known, t == CT_INT && x.known ? n : 0);
}

static cval int_unknown(void)
{
    return cv(CT_INT, false, 0);
}

static bool int_zero(cval x)
{
    return x.width == W_EXACT && x.mag == 0;
}

/* l + r, or l - r, exactly while below 2**128. */
static cval int_add(cval l, cval r, bool sub)
{
    if (l.width != W_EXACT || r.width != W_EXACT)
        return int_unknown();
    bool rneg = sub ? !r.neg : r.neg;
    if (l.neg == rneg)
        return l.mag + r.mag < l.mag ? int_big() : int_exact(l.neg, l.mag + r.mag);
    return l.mag >= r.mag ? int_exact(l.neg, l.mag - r.mag) : int_exact(rneg, r.mag - l.mag);
}

/* safe_multiply: two nonzero ints are folded only when their bit lengths
 * add up to MAX_INT_SIZE at most. */
static cval int_mul(cval l, cval r)
{
    if (int_zero(l) || int_zero(r))
        return int_exact(false, 0);
    int lb = int_bits(l), rb = int_bits(r);
    if (lb < 0 || rb < 0)
        return int_unknown();
    if (lb + rb > AST_OPT_MAX_INT_BITS)
        return cv(CT_NONE, false, 0);
    return int_exact(l.neg != r.neg, l.mag * r.mag);
}

/* safe_power: a nonzero base to a positive exponent w is folded only when
 * its bit length is at most MAX_INT_SIZE / w (w past a size_t: an
 * OverflowError, not folded).  A negative exponent makes a float (and
 * 0 ** -n raises: not folded). */
static cval int_pow(cval l, cval r)
{
    if (r.width == W_UNKNOWN)
        return int_unknown();
    if (r.neg)
        return int_zero(l) ? cv(CT_NONE, false, 0) : cv(CT_FLOAT, false, 0);
    if (int_zero(r))
        return int_exact(false, 1);
    if (int_zero(l) || l.width == W_UNKNOWN)
        return int_zero(l) ? l : int_unknown();
    if (r.width == W_BIG || (u128)int_bits(l) > AST_OPT_MAX_INT_BITS / r.mag)
        return cv(CT_NONE, false, 0);
    u128 m = 1;
    for (u128 i = 0; i < r.mag; i++)
        m *= l.mag;
    return int_exact(l.neg && (r.mag & 1), m);
}

/* safe_lshift: a nonzero int shifted by a nonzero count is folded only
 * when the result stays within MAX_INT_SIZE bits; a negative count raises
 * (not folded). */
static cval int_lshift(cval l, cval r)
{
    if (r.width == W_UNKNOWN)
        return int_unknown();
    if (r.neg)
        return cv(CT_NONE, false, 0);
    if (int_zero(r) || int_zero(l) || l.width == W_UNKNOWN)
        return int_zero(r) || int_zero(l) ? l : int_unknown();
    if (r.width == W_BIG || r.mag > AST_OPT_MAX_INT_BITS || int_bits(l) > AST_OPT_MAX_INT_BITS - (int)r.mag)
        return cv(CT_NONE, false, 0);
    return int_exact(l.neg, l.mag << r.mag);
}

/* l >> r has no limit (a negative count raises: not folded); floor
 * division by 2**r for a negative l. */
static cval int_rshift(cval l, cval r)
{
    if (r.width == W_UNKNOWN)
        return int_unknown();
    if (r.neg)
        return cv(CT_NONE, false, 0);
    if (l.width != W_EXACT)
        return int_unknown();
    bool all = r.width == W_BIG || r.mag >= 128;
    if (!l.neg)
        return int_exact(false, all ? 0 : l.mag >> r.mag);
    return int_exact(true, (all ? 0 : (l.mag - 1) >> r.mag) + 1);
}

/* An int operation on known values (none: a division by zero, or a
 * result past FOLD_BIG, then unknown). */
static cval int_binop(int op, cval l, cval r, enum ctype t)
{
    int64_t x = l.n, y = r.n, z;
    bool ok = l.known && r.known;
    switch (op) {
    case AST_ADD: return int_add(l, r, false);
    case AST_SUB: return int_add(l, r, true);
    case AST_MULT: return int_mul(l, r);
    case AST_POW: return int_pow(l, r);
    case AST_LSHIFT: return int_lshift(l, r);
    case AST_RSHIFT: return int_rshift(l, r);
    case AST_FLOORDIV: case AST_MOD:
        if (ok && y == 0)
            return cv(CT_NONE, false, 0);       /* ZeroDivisionError: not folded */
        z = ok ? x / y - ((x % y != 0) && ((x < 0) != (y < 0))) : 0;
        if (op == AST_MOD)
            z = x - z * y;
        break;
    case AST_BITAND: z = x & y; break;
    case AST_BITOR: z = x | y; break;
    case AST_BITXOR: z = x ^ y; break;
    default: ok = false; break;
    }
    ok = ok && z > -FOLD_BIG && z < FOLD_BIG;
    return cv(t, ok, ok ? z : 0);
}

static cval fold_numeric(const ast_expr *e, cval l, cval r)
{
    int op = e->u.binop.op;
    const ast_expr *rhs = e->u.binop.right;
    if (op == AST_MATMULT)
        return cv(CT_NONE, false, 0);
    if ((op == AST_DIV || op == AST_FLOORDIV || op == AST_MOD) &&
        ((rhs->kind == AST_CONSTANT && rhs->u.constant.kind == AST_CONST_INT && rhs->u.constant.len == 1
          && rhs->u.constant.text[0] == '0') || (is_intlike(r.t) && r.known && r.n == 0)))
        return cv(CT_NONE, false, 0);           /* division by zero is not folded */
    if (l.t == CT_FLOAT || r.t == CT_FLOAT || op == AST_DIV)
        return cv(CT_FLOAT, false, 0);
    if (l.t == CT_BOOL && r.t == CT_BOOL && (op == AST_BITAND || op == AST_BITOR || op == AST_BITXOR))
        return int_binop(op, l, r, CT_BOOL);    /* bool_and, bool_or, bool_xor */
    return int_binop(op, l, r, CT_INT);
}

/* A tuple of n items, `items` of them counting the nested tuples' too. */
static cval tuple_cv(bool known, int64_t n, int64_t items)
{
    cval t = cv(CT_TUPLE, known, n);
    t.items = items;
    return t;
}

/* seq + seq (no size limit) and seq * n (safe_multiply's limits, a
 * tuple's nested items included: check_complexity). */
static cval fold_sequence(const ast_expr *e, cval l, cval r)
{
    int op = e->u.binop.op;
    if (op == AST_ADD && l.t == CT_TUPLE && r.t == CT_TUPLE)
        return tuple_cv(l.known && r.known, l.n + r.n, l.items + r.items);
    if (op == AST_ADD && is_seq(l.t) && l.t == r.t)
        return cv(l.t, l.known && r.known, l.n + r.n);
    if (op != AST_MULT)
        return cv(CT_NONE, false, 0);
    cval seq = is_seq(l.t) ? l : r, n = is_seq(l.t) ? r : l;
    if (!is_seq(seq.t) || !is_intlike(n.t) || !seq.known)
        return cv(CT_NONE, false, 0);
    int64_t limit = seq.t == CT_TUPLE ? AST_OPT_MAX_COLLECTION : AST_OPT_MAX_STR;
    if (seq.n && (!n.known || n.n < 0 || n.n > limit / seq.n))
        return cv(CT_NONE, false, 0);
    if (seq.t == CT_TUPLE && seq.n && n.n > 0 && seq.items > AST_OPT_MAX_TOTAL_ITEMS / n.n)
        return cv(CT_NONE, false, 0);
    if (seq.t == CT_TUPLE)
        return tuple_cv(true, seq.n * n.n, seq.items * (n.n > 0 ? n.n : 0));
    return cv(seq.t, n.known, n.known ? seq.n * n.n : 0);
}

static cval fold_binop(const ast_expr *e, int depth)
{
    cval l = fold(e->u.binop.left, depth + 1), r = fold(e->u.binop.right, depth + 1);
    bool numeric = (is_intlike(l.t) || l.t == CT_FLOAT) && (is_intlike(r.t) || r.t == CT_FLOAT);
    return numeric ? fold_numeric(e, l, r) : fold_sequence(e, l, r);
}

/* The index a constant subscript folds with, within 0..len-1 of the
 * folded sequence it subscripts, or -1 (not folded: an error). */
static int64_t fold_index(const ast_expr *e, cval seq, int depth)
{
    if (e->ctx != AST_LOAD || e->u.subscript.slice->kind == AST_SLICE || !is_seq(seq.t) || !seq.known)
        return -1;
    cval k = fold(e->u.subscript.slice, depth + 1);
    if (!is_intlike(k.t) || !k.known)
        return -1;
    int64_t i = k.n < 0 ? k.n + seq.n : k.n;
    return i >= 0 && i < seq.n ? i : -1;
}

/* The expression that is item i of the tuple e folds into, or NULL. */
static const ast_expr *tuple_item(const ast_expr *e, int64_t i, int depth)
{
    if (depth > 100)
        return NULL;
    switch (e->kind) {
    case AST_TUPLE:
        return i < e->u.list.elts.n ? e->u.list.elts.v[i] : NULL;
    case AST_BINOP: {
        const ast_expr *l = e->u.binop.left, *r = e->u.binop.right;
        cval lv = fold(l, depth + 1);
        if (e->u.binop.op == AST_ADD)
            return i < lv.n ? tuple_item(l, i, depth + 1) : tuple_item(r, i - lv.n, depth + 1);
        const ast_expr *seq = lv.t == CT_TUPLE ? l : r;
        cval sv = fold(seq, depth + 1);
        return sv.n > 0 ? tuple_item(seq, i % sv.n, depth + 1) : NULL;
    }
    case AST_SUBSCRIPT: {
        const ast_expr *v = e->u.subscript.value;
        int64_t k = fold_index(e, fold(v, depth + 1), depth);
        const ast_expr *inner = k >= 0 ? tuple_item(v, k, depth + 1) : NULL;
        return inner ? tuple_item(inner, i, depth + 1) : NULL;
    }
    default:
        return NULL;
    }
}

/* fold_subscr: a constant str, bytes or tuple subscripted by an int in
 * range (anything else raises, and is not folded). */
static cval fold_subscript(const ast_expr *e, int depth)
{
    cval seq = fold(e->u.subscript.value, depth + 1);
    int64_t i = fold_index(e, seq, depth);
    if (i < 0)
        return cv(CT_NONE, false, 0);
    if (seq.t == CT_STR)
        return cv(CT_STR, true, 1);
    if (seq.t == CT_BYTES)
        return cv(CT_INT, false, 0);
    const ast_expr *item = tuple_item(e->u.subscript.value, i, depth + 1);
    return item ? fold(item, depth + 1) : cv(CT_NONE, false, 0);
}

static cval fold(const ast_expr *e, int depth)
{
    if (depth > 100)
        return cv(CT_NONE, false, 0);
    switch (e->kind) {
    case AST_CONSTANT:
        return fold_constant(&e->u.constant);
    case AST_UNARYOP:
        return fold_unary(e, depth);
    case AST_BINOP:
        return fold_binop(e, depth);
    case AST_TUPLE:
        if (e->ctx != AST_LOAD)
            return cv(CT_NONE, false, 0);
    {
        int64_t items = e->u.list.elts.n;
        for (uint32_t i = 0; i < e->u.list.elts.n; i++) {
            cval x = fold(e->u.list.elts.v[i], depth + 1);
            if (!x.t)
                return cv(CT_NONE, false, 0);
            items += x.items;
        }
        return tuple_cv(true, e->u.list.elts.n, items);
    }
    case AST_SUBSCRIPT:
        return fold_subscript(e, depth);
    default:
        return cv(CT_NONE, false, 0);
    }
}

/* The type the constant e becomes once folded, or CT_NONE. */
static enum ctype folded(const ast_expr *e, int depth)
{
    return fold(e, depth).t;
}

/* `'...' % (x, y)` that the optimizer makes an f-string (a JoinedStr by
 * the time the compiler checks it), its format a str literal. */
static bool percent_fstring(const ast_expr *e)
{
    if (e->kind != AST_BINOP || e->u.binop.op != AST_MOD)
        return false;
    const ast_expr *l = e->u.binop.left, *t = e->u.binop.right;
    if (l->kind != AST_CONSTANT || l->u.constant.kind != AST_CONST_STR || t->kind != AST_TUPLE
        || t->ctx != AST_LOAD || folded(t, 0))
        return false;
    for (uint32_t i = 0; i < t->u.list.elts.n; i++)
        if (t->u.list.elts.v[i]->kind == AST_STARRED)
            return false;
    return compile_percent_fstring(l->u.constant.text, l->u.constant.len, t->u.list.elts.n);
}

/* CPython's infer_type: the type name of a display or constant, or NULL. */
static const char *infer_type(const ast_expr *e)
{
    if (percent_fstring(e))
        return "str";
    switch (e->kind) {
    case AST_TUPLE: return "tuple";
    case AST_LIST: case AST_LISTCOMP: return "list";
    case AST_DICT: case AST_DICTCOMP: return "dict";
    case AST_SET: case AST_SETCOMP: return "set";
    case AST_GENERATOREXP: return "generator";
    case AST_LAMBDA: return "function";
    case AST_JOINEDSTR: case AST_FORMATTEDVALUE: return "str";
    case AST_SLICE: return "slice";
    default: {
        enum ctype t = folded(e, 0);
        return t ? ctype_names[t] : NULL;
    }
    }
}

/* check_is_arg: e is no constant once folded, or a singleton one (None,
 * Ellipsis, or a bool: True, False, `not` of a constant, bool & bool...). */
static bool is_arg_ok(const ast_expr *e)
{
    enum ctype t = folded(e, 0);
    return !t || t == CT_NONETYPE || t == CT_ELLIPSIS || t == CT_BOOL;
}

/* "is" and "is not" with a literal (check_compare). */
static void check_compare(builder *b, const ast_expr *e)
{
    bool left = is_arg_ok(e->u.compare.left);
    for (uint32_t i = 0; i < e->u.compare.comparators.n; i++) {
        bool right = is_arg_ok(e->u.compare.comparators.v[i]);
        int op = e->u.compare.ops[i];
        if ((op == AST_IS || op == AST_ISNOT) && (!left || !right)) {
            warning(b, e, e->loc.line, op == AST_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                 : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

/* Calling a literal (check_caller), or an operation the optimizer folds
 * into a Constant first (1 << 100, 2 ** -1, a tuple repeated). */
static void check_caller(builder *b, const ast_expr *call)
{
    const ast_expr *f = call->u.call.func;
    switch (f->kind) {
    case AST_CONSTANT: case AST_TUPLE: case AST_LIST: case AST_LISTCOMP: case AST_DICT:
    case AST_DICTCOMP: case AST_SET: case AST_SETCOMP: case AST_GENERATOREXP: case AST_JOINEDSTR:
    case AST_FORMATTEDVALUE:
        break;
    default:
        if (!folded(f, 0) && !percent_fstring(f))
            return;
        break;
    }
    warning(b, call, call->loc.line, "'%s' object is not callable; perhaps you missed a comma?",
            infer_type(f));
}

/* Subscripting a literal (check_subscripter and check_index). */
static void check_subscript(builder *b, const ast_expr *e)
{
    const ast_expr *v = e->u.subscript.value, *s = e->u.subscript.slice;
    enum ctype t = folded(v, 0);
    bool bad = v->kind == AST_SET || v->kind == AST_SETCOMP || v->kind == AST_GENERATOREXP
               || v->kind == AST_LAMBDA
               || t == CT_NONETYPE || t == CT_ELLIPSIS || t == CT_INT || t == CT_BOOL
               || t == CT_FLOAT || t == CT_COMPLEX;
    if (bad) {
        warning(b, e, e->loc.line, "'%s' object is not subscriptable; perhaps you missed a comma?",
                infer_type(v));
        return;
    }
    const char *index = infer_type(s);
    enum ctype it = folded(s, 0);
    if (!index || it == CT_INT || it == CT_BOOL || s->kind == AST_SLICE)
        return;
    bool seq = t == CT_STR || t == CT_BYTES || t == CT_TUPLE || v->kind == AST_TUPLE
               || v->kind == AST_LIST || v->kind == AST_LISTCOMP || v->kind == AST_JOINEDSTR
               || v->kind == AST_FORMATTEDVALUE || percent_fstring(v);
    if (seq)
        warning(b, e, e->loc.line, "%s indices must be integers or slices, not %s; perhaps you "
                "missed a comma?", infer_type(v), index);
}

/* ---- pass 3: expressions ------------------------------------------------------ */

static bool c_exprs(builder *b, unit *u, const ast_expr_seq *s)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->v[i] && !c_expr(b, u, s->v[i]))
            return false;
    return true;
}

/* Elements of a display or call arguments: starred ones are allowed. */
static bool c_elements(builder *b, unit *u, const ast_expr_seq *s)
{
    for (uint32_t i = 0; i < s->n; i++) {
        ast_expr *e = s->v[i];
        if (!c_expr(b, u, e->kind == AST_STARRED && e->ctx == AST_LOAD ? e->u.starred.value : e))
            return false;
    }
    return true;
}

/* compile.c's validate_keywords: the first keyword (in order) that has a
 * later twin is reported at its first twin (found with a map from name to
 * first position, so that long calls stay linear). */
static bool c_keywords(builder *b, const ast_keyword_seq *ks)
{
    uint32_t size = 16;
    while (size < 2 * ks->n)
        size *= 2;
    uint32_t *first = calloc(size, 2 * sizeof *first);   /* (id + 1, index) pairs */
    if (!first)
        hv_oom();
    uint32_t best_i = UINT32_MAX, best_j = 0;
    bool ok = true;
    for (uint32_t j = 0; j < ks->n && ok; j++) {
        const ast_keyword *k = ks->v[j];
        if (!k->arg)
            continue;
        ok = check_debug(b, k->arg, false, k->loc);
        uint32_t h = (k->arg->id * 2654435761u) & (size - 1);
        while (first[2 * h] && first[2 * h] != k->arg->id + 1)
            h = (h + 1) & (size - 1);
        if (!first[2 * h]) {
            first[2 * h] = k->arg->id + 1;
            first[2 * h + 1] = j;
        } else if (first[2 * h + 1] < best_i) {
            best_i = first[2 * h + 1];
            best_j = j;
        }
    }
    free(first);
    if (ok && best_i != UINT32_MAX)
        return error(b, ks->v[best_j]->loc, "keyword argument repeated: %s", ks->v[best_i]->arg->name);
    return ok;
}

static bool c_call(builder *b, unit *u, ast_expr *e)
{
    check_caller(b, e);
    if (!c_expr(b, u, e->u.call.func) || !c_keywords(b, &e->u.call.keywords)
        || !c_elements(b, u, &e->u.call.args))
        return false;
    for (uint32_t i = 0; i < e->u.call.keywords.n; i++)
        if (!c_expr(b, u, e->u.call.keywords.v[i]->value))
            return false;
    return true;
}

/* A comprehension's own code: the first iterable is its parameter ".0". */
typedef struct comp_arg {
    ast_expr *e;
    ast_comprehension_seq gens;
    ast_expr *elt, *value;
} comp_arg;

static bool c_store(builder *b, unit *u, ast_expr *t);

static bool walk_comp(builder *b, unit *u, void *arg)
{
    comp_arg *c = arg;
    for (uint32_t i = 0; i < c->gens.n; i++) {
        ast_comprehension *g = c->gens.v[i];
        if (i > 0 && !c_expr(b, u, g->iter))
            return false;
        if (!c_store(b, u, g->target) || !c_exprs(b, u, &g->ifs))
            return false;
    }
    return c_expr(b, u, c->elt) && (!c->value || c_expr(b, u, c->value));
}

/* The body first, then the first iterable in the enclosing code — the
 * order CPython's compiler_comprehension uses. */
static bool c_comp(builder *b, unit *u, ast_expr *e)
{
    comp_arg c = {.e = e};
    symtable_scope *s;
    if (e->kind == AST_DICTCOMP) {
        c.gens = e->u.dictcomp.generators;
        c.elt = e->u.dictcomp.key;
        c.value = e->u.dictcomp.value;
        s = e->u.dictcomp.scope;
    } else {
        c.gens = e->u.comp.generators;
        c.elt = e->u.comp.elt;
        s = e->u.comp.scope;
    }
    return c_scope(b, s, walk_comp, &c) && c_expr(b, u, c.gens.v[0]->iter);
}

static bool walk_lambda(builder *b, unit *u, void *arg)
{
    return c_expr(b, u, ((ast_expr *)arg)->u.lambda.body);
}

static bool c_arguments_defaults(builder *b, unit *u, const ast_arguments *a)
{
    return c_exprs(b, u, &a->defaults) && c_exprs(b, u, &a->kw_defaults);
}

/* yield and await must be in a function (compile.c's checks). */
static bool c_yield(builder *b, unit *u, ast_expr *e)
{
    if (!is_function_kind(u->s->kind))
        return error(b, e->loc, "'yield' outside function");
    return !e->u.yield.value || c_expr(b, u, e->u.yield.value);
}

static bool c_expr_inner(builder *b, unit *u, ast_expr *e)
{
    switch (e->kind) {
    case AST_BOOLOP:
        return c_exprs(b, u, &e->u.boolop.values);
    case AST_NAMEDEXPR:
        return c_expr(b, u, e->u.namedexpr.value) && c_store(b, u, e->u.namedexpr.target);
    case AST_BINOP:
        return c_expr(b, u, e->u.binop.left) && c_expr(b, u, e->u.binop.right);
    case AST_UNARYOP:
        return c_expr(b, u, e->u.unaryop.operand);
    case AST_LAMBDA:
        return c_arguments_defaults(b, u, e->u.lambda.args)
               && c_scope(b, e->u.lambda.scope, walk_lambda, e);
    case AST_IFEXP:
        return c_expr(b, u, e->u.ifexp.test) && c_expr(b, u, e->u.ifexp.body)
               && c_expr(b, u, e->u.ifexp.orelse);
    case AST_DICT:
        for (uint32_t i = 0; i < e->u.dict.values.n; i++)
            if ((e->u.dict.keys.v[i] && !c_expr(b, u, e->u.dict.keys.v[i]))
                || !c_expr(b, u, e->u.dict.values.v[i]))
                return false;
        return true;
    case AST_SET:
        return c_elements(b, u, &e->u.set.elts);
    case AST_LIST:
    case AST_TUPLE:
        return c_elements(b, u, &e->u.list.elts);
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENERATOREXP:
        return c_comp(b, u, e);
    case AST_AWAIT:
        if (!is_function_kind(u->s->kind))
            return error(b, e->loc, "'await' outside function");
        return c_expr(b, u, e->u.await.value);
    case AST_YIELD:
    case AST_YIELDFROM:
        return c_yield(b, u, e);
    case AST_COMPARE:
        check_compare(b, e);
        return c_expr(b, u, e->u.compare.left) && c_exprs(b, u, &e->u.compare.comparators);
    case AST_CALL:
        return c_call(b, u, e);
    case AST_FORMATTEDVALUE:
        return c_expr(b, u, e->u.formattedvalue.value)
               && (!e->u.formattedvalue.format_spec || c_expr(b, u, e->u.formattedvalue.format_spec));
    case AST_JOINEDSTR:
        return c_exprs(b, u, &e->u.joinedstr.values);
    case AST_ATTRIBUTE:
        return c_expr(b, u, e->u.attribute.value);
    case AST_SUBSCRIPT:
        check_subscript(b, e);
        return c_expr(b, u, e->u.subscript.value) && c_expr(b, u, e->u.subscript.slice);
    case AST_STARRED:
        return error(b, e->loc, "can't use starred expression here");
    case AST_SLICE:
        return (!e->u.slice.lower || c_expr(b, u, e->u.slice.lower))
               && (!e->u.slice.upper || c_expr(b, u, e->u.slice.upper))
               && (!e->u.slice.step || c_expr(b, u, e->u.slice.step));
    case AST_NAME:
        return c_nameop(b, u, e->u.name.id, e->ctx, e, e->loc);
    default:
        return true;
    }
}

static bool c_expr(builder *b, unit *u, ast_expr *e)
{
    if (e->ctx == AST_STORE || e->ctx == AST_DEL)
        return c_store(b, u, e);
    return c_expr_inner(b, u, e);
}

/* A target (Store or Del context), in the compiler's order: unpacking
 * checks, then each part. */
static bool c_store(builder *b, unit *u, ast_expr *t)
{
    switch (t->kind) {
    case AST_NAME:
        return c_nameop(b, u, t->u.name.id, t->ctx, t, t->loc);
    case AST_ATTRIBUTE:
        if (!c_expr_inner(b, u, t->u.attribute.value))
            return false;
        return check_debug(b, t->u.attribute.attr, t->ctx == AST_DEL, t->loc);
    case AST_SUBSCRIPT:
        return c_expr_inner(b, u, t->u.subscript.value) && c_expr_inner(b, u, t->u.subscript.slice);
    case AST_STARRED:
        return error(b, t->loc, "starred assignment target must be in a list or tuple");
    case AST_LIST:
    case AST_TUPLE: {
        bool seen = false;
        uint32_t n = t->u.list.elts.n;
        for (uint32_t i = 0; i < n && t->ctx == AST_STORE; i++) {
            ast_expr *x = t->u.list.elts.v[i];
            if (x->kind != AST_STARRED)
                continue;
            if (seen)
                return error(b, t->loc, "multiple starred expressions in assignment");
            if (i >= 256 || n - i - 1 >= (1u << 24))
                return error(b, t->loc, "too many expressions in star-unpacking assignment");
            seen = true;
        }
        for (uint32_t i = 0; i < n; i++) {
            ast_expr *x = t->u.list.elts.v[i];
            if (!c_store(b, u, x->kind == AST_STARRED ? x->u.starred.value : x))
                return false;
        }
        return true;
    }
    default:
        return c_expr_inner(b, u, t);
    }
}

/* ---- pass 3: statements ----------------------------------------------------- */

static bool walk_function(builder *b, unit *u, void *arg)
{
    return c_stmts(b, u, &((ast_stmt *)arg)->u.funcdef.body);
}

/* def: decorators, defaults, annotations, the body, then the name. */
static bool c_function(builder *b, unit *u, ast_stmt *s)
{
    ast_arguments *a = s->u.funcdef.args;
    const ast_arg_seq *seqs[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (size_t k = 0; k < 3; k++)
        for (uint32_t i = 0; i < seqs[k]->n; i++)
            if (!check_debug(b, seqs[k]->v[i]->arg, false, seqs[k]->v[i]->loc))
                return false;
    if (!c_exprs(b, u, &s->u.funcdef.decorator_list) || !c_arguments_defaults(b, u, a))
        return false;
    for (size_t k = 0; k < 3; k++)
        for (uint32_t i = 0; i < seqs[k]->n; i++)
            if (seqs[k]->v[i]->annotation && !c_expr(b, u, seqs[k]->v[i]->annotation))
                return false;
    if (s->u.funcdef.returns && !c_expr(b, u, s->u.funcdef.returns))
        return false;
    return c_scope(b, s->u.funcdef.scope, walk_function, s)
           && c_nameop(b, u, s->u.funcdef.name, AST_STORE, NULL, s->loc);
}

static bool walk_class(builder *b, unit *u, void *arg)
{
    return c_stmts(b, u, &((ast_stmt *)arg)->u.classdef.body);
}

/* class: decorators, the body, the bases and keywords, then the name. */
static bool c_class(builder *b, unit *u, ast_stmt *s)
{
    if (!c_exprs(b, u, &s->u.classdef.decorator_list)
        || !c_scope(b, s->u.classdef.scope, walk_class, s)
        || !c_keywords(b, &s->u.classdef.keywords) || !c_elements(b, u, &s->u.classdef.bases))
        return false;
    for (uint32_t i = 0; i < s->u.classdef.keywords.n; i++)
        if (!c_expr(b, u, s->u.classdef.keywords.v[i]->value))
            return false;
    return c_nameop(b, u, s->u.classdef.name, AST_STORE, NULL, s->loc);
}

/* A loop body: break and continue are allowed there (not in the else). */
static bool c_loop_body(builder *b, unit *u, const ast_stmt_seq *body)
{
    u->loops++;
    bool ok = c_stmts(b, u, body);
    u->loops--;
    return ok;
}

/* try: body, else, handlers (a bare except must be last), finally. */
static bool c_try(builder *b, unit *u, ast_stmt *s)
{
    if (!c_stmts(b, u, &s->u.try_.body) || !c_stmts(b, u, &s->u.try_.orelse))
        return false;
    uint32_t n = s->u.try_.handlers.n;
    for (uint32_t i = 0; i < n; i++) {
        ast_handler *h = s->u.try_.handlers.v[i];
        if (!h->type && i < n - 1)
            return error(b, h->loc, "default 'except:' must be last");
        if (h->type && !c_expr(b, u, h->type))
            return false;
        if (h->name && !c_nameop(b, u, h->name, AST_STORE, NULL, h->loc))
            return false;
        if (!c_stmts(b, u, &h->body))
            return false;
    }
    size_t before = b->r->nwarnings;
    if (!c_stmts(b, u, &s->u.try_.finalbody))
        return false;
    /* the finally block is compiled twice (normal and exceptional paths),
     * and so are its warnings */
    size_t after = b->r->nwarnings;
    for (size_t i = before; i < after; i++) {
        lex_warning w = b->r->warnings[i];
        warning(b, w.node, w.line, "%s", w.msg);
    }
    return true;
}

/* compiler_match's pattern_context, as pass 3 needs it: the names the
 * pattern stores, in the order the compiler stores them, whether an
 * irrefutable pattern is allowed here, and the location an error is
 * reported at (compiler_pattern's SET_LOC, never restored on the way out). */
typedef struct pctx {
    const ast_ident **stores;
    uint32_t n, cap;
    bool allow_irrefutable;
    ast_loc loc;
} pctx;

static bool c_pattern(builder *b, unit *u, const ast_pattern *pt, pctx *pc);


/* pattern_helper_store_name's checks: __debug__, a name bound twice. */
static bool c_capture(builder *b, const ast_ident *name, pctx *pc)
{
    if (!name)
        return true;
    if (!check_debug(b, name, false, pc->loc))
        return false;
    for (uint32_t i = 0; i < pc->n; i++)
        if (pc->stores[i] == name)
            return error(b, pc->loc, "multiple assignments to name '%s' in pattern", name->name);
    if (pc->n == pc->cap) {
        pc->cap = pc->cap ? 2 * pc->cap : 8;
        pc->stores = hv_realloc(pc->stores, pc->cap * sizeof *pc->stores);
    }
    pc->stores[pc->n++] = name;
    return true;
}

/* compiler_pattern_subpattern: any sub-pattern may be irrefutable. */
static bool c_subpattern(builder *b, unit *u, const ast_pattern *pt, pctx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    bool ok = c_pattern(b, u, pt, pc);
    pc->allow_irrefutable = allow;
    return ok;
}

/* A value pattern's or a mapping key's expression: a literal (folded
 * from -1 or 1+2j by the optimizer) or a dotted name (MATCH_VALUE_EXPR). */
static bool match_value_expr(const ast_expr *e)
{
    return e->kind == AST_CONSTANT || e->kind == AST_ATTRIBUTE || e->kind == AST_UNARYOP
           || e->kind == AST_BINOP;
}

/* compiler_pattern_sequence: the sub-patterns it compiles, in order. */
static bool c_sequence(builder *b, unit *u, const ast_pattern *pt, pctx *pc)
{
    const ast_pattern_seq *ps = &pt->u.seq.patterns;
    int64_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (uint32_t i = 0; i < ps->n; i++) {
        if (ps->v[i]->kind == AST_MATCHSTAR) {
            if (star >= 0)
                return error(b, pc->loc, "multiple starred names in sequence pattern");
            star_wildcard = ast_pattern_is_star_wildcard(ps->v[i]);
            only_wildcard &= star_wildcard;
            star = i;
        } else {
            only_wildcard &= ast_pattern_is_wildcard(ps->v[i]);
        }
    }
    if (only_wildcard)
        return true;
    for (uint32_t i = 0; i < ps->n; i++) {
        if (star_wildcard && (ast_pattern_is_wildcard(ps->v[i]) || i == star))
            continue;                       /* pattern_helper_sequence_subscr skips them */
        if (!c_subpattern(b, u, ps->v[i], pc))
            return false;
    }
    return true;
}

/* compiler_pattern_mapping (a duplicate constant key is compile.c's). */
static bool c_mapping(builder *b, unit *u, const ast_pattern *pt, pctx *pc)
{
    for (uint32_t i = 0; i < pt->u.mapping.keys.n; i++) {
        ast_expr *key = pt->u.mapping.keys.v[i];
        if (!match_value_expr(key))
            return error(b, pc->loc, "mapping pattern keys may only match literals and attribute lookups");
        if (!c_expr(b, u, key))
            return false;
    }
    for (uint32_t i = 0; i < pt->u.mapping.patterns.n; i++)
        if (!c_subpattern(b, u, pt->u.mapping.patterns.v[i], pc))
            return false;
    return c_capture(b, pt->u.mapping.rest, pc);
}

/* compiler_pattern_class, validate_kwd_attrs first. */
static bool c_class_pattern(builder *b, unit *u, const ast_pattern *pt, pctx *pc)
{
    const ast_ident_seq *attrs = &pt->u.cls.kwd_attrs;
    const ast_pattern_seq *kwp = &pt->u.cls.kwd_patterns;
    for (uint32_t i = 0; i < attrs->n; i++) {
        pc->loc = kwp->v[i]->loc;
        if (!check_debug(b, attrs->v[i], false, pc->loc))
            return false;
        for (uint32_t j = i + 1; j < attrs->n; j++)
            if (attrs->v[j] == attrs->v[i])
                return error(b, kwp->v[j]->loc, "attribute name repeated in class pattern: %s",
                             attrs->v[i]->name);
    }
    pc->loc = pt->loc;
    if (!c_expr(b, u, pt->u.cls.cls))
        return false;
    const ast_pattern_seq *seqs[] = {&pt->u.cls.patterns, kwp};
    for (int k = 0; k < 2; k++)
        for (uint32_t i = 0; i < seqs[k]->n; i++)
            if (!ast_pattern_is_wildcard(seqs[k]->v[i]) && !c_subpattern(b, u, seqs[k]->v[i], pc))
                return false;
    return true;
}

/* compiler_pattern_or: every alternative binds the first one's names;
 * they are stored in its order. */
static bool c_or_pattern(builder *b, unit *u, const ast_pattern *pt, pctx *pc)
{
    const ast_pattern_seq *alts = &pt->u.seq.patterns;
    pctx control = {0};
    bool ok = true;
    for (uint32_t i = 0; i < alts->n && ok; i++) {
        pctx alt = {.allow_irrefutable = i + 1 == alts->n && pc->allow_irrefutable,
                    .loc = alts->v[i]->loc};
        ok = c_pattern(b, u, alts->v[i], &alt);
        pc->loc = alt.loc;
        bool same = alt.n == control.n;
        for (uint32_t k = 0; i && ok && same && k < control.n; k++) {
            same = false;
            for (uint32_t j = 0; j < alt.n; j++)
                same |= alt.stores[j] == control.stores[k];
        }
        if (ok && i && !same)
            ok = error(b, pc->loc, "alternative patterns bind different names");
        if (i)
            free(alt.stores);
        else
            control = alt;
    }
    for (uint32_t k = 0; ok && k < control.n; k++)
        ok = c_capture(b, control.stores[k], pc);
    free(control.stores);
    return ok;
}

/* compiler_pattern: the compiler's errors, and its loads in its order. */
static bool c_pattern(builder *b, unit *u, const ast_pattern *pt, pctx *pc)
{
    pc->loc = pt->loc;
    switch (pt->kind) {
    case AST_MATCHVALUE:
        if (!match_value_expr(pt->u.value.value))
            return error(b, pc->loc, "patterns may only match literals and attribute lookups");
        return c_expr(b, u, pt->u.value.value);
    case AST_MATCHSEQUENCE:
        return c_sequence(b, u, pt, pc);
    case AST_MATCHMAPPING:
        return c_mapping(b, u, pt, pc);
    case AST_MATCHCLASS:
        return c_class_pattern(b, u, pt, pc);
    case AST_MATCHSTAR:
        return c_capture(b, pt->u.star.name, pc);
    case AST_MATCHAS:
        if (pt->u.as.pattern)
            return c_pattern(b, u, pt->u.as.pattern, pc) && c_capture(b, pt->u.as.name, pc);
        if (!pc->allow_irrefutable)
            return pt->u.as.name ? error(b, pc->loc, "name capture '%s' makes remaining patterns unreachable",
                                         pt->u.as.name->name)
                                 : error(b, pc->loc, "wildcard makes remaining patterns unreachable");
        return c_capture(b, pt->u.as.name, pc);
    case AST_MATCHOR:
        return c_or_pattern(b, u, pt, pc);
    default:                                /* MatchSingleton */
        return true;
    }
}

/* compiler_match: each case's pattern, its names stored, its guard, its
 * body; a trailing `case _` (after another case) compiles no pattern. */
static bool c_match(builder *b, unit *u, ast_stmt *s)
{
    if (!c_expr(b, u, s->u.match.subject))
        return false;
    uint32_t n = s->u.match.cases.n;
    bool has_default = n > 1 && ast_pattern_is_wildcard(s->u.match.cases.v[n - 1]->pattern);
    for (uint32_t i = 0; i < n; i++) {
        ast_match_case *mc = s->u.match.cases.v[i];
        if (!has_default || i + 1 < n) {
            pctx pc = {.allow_irrefutable = mc->guard || i + 1 == n, .loc = mc->pattern->loc};
            bool ok = c_pattern(b, u, mc->pattern, &pc);
            for (uint32_t k = 0; ok && k < pc.n; k++)
                ok = c_nameop(b, u, pc.stores[k], AST_STORE, NULL, pc.loc);
            free(pc.stores);
            if (!ok)
                return false;
        }
        if ((mc->guard && !c_expr(b, u, mc->guard)) || !c_stmts(b, u, &mc->body))
            return false;
    }
    return true;
}

static bool c_with(builder *b, unit *u, ast_stmt *s)
{
    for (uint32_t i = 0; i < s->u.with.items.n; i++) {
        ast_withitem *w = s->u.with.items.v[i];
        if (!c_expr(b, u, w->context_expr) || (w->optional_vars && !c_store(b, u, w->optional_vars)))
            return false;
    }
    return c_stmts(b, u, &s->u.with.body);
}

/* The names an import binds. */
static bool c_import(builder *b, unit *u, ast_stmt *s)
{
    const ast_alias_seq *names = s->kind == AST_IMPORT ? &s->u.import.names : &s->u.importfrom.names;
    for (uint32_t i = 0; i < names->n; i++) {
        const ast_alias *a = names->v[i];
        const ast_ident *name = a->asname ? a->asname : a->name;
        if (name->len == 1 && name->name[0] == '*')
            continue;
        const char *dot = a->asname ? NULL : memchr(name->name, '.', name->len);
        if (dot)
            name = ast_intern(b->m, name->name, (size_t)(dot - name->name));
        if (!c_nameop(b, u, name, AST_STORE, NULL, a->loc))
            return false;
    }
    return true;
}

static bool c_stmt(builder *b, unit *u, ast_stmt *s)
{
    switch (s->kind) {
    case AST_FUNCTIONDEF:
    case AST_ASYNCFUNCTIONDEF:
        return c_function(b, u, s);
    case AST_CLASSDEF:
        return c_class(b, u, s);
    case AST_RETURN:
        if (!is_function_kind(u->s->kind))
            return error(b, s->loc, "'return' outside function");
        return !s->u.ret.value || c_expr(b, u, s->u.ret.value);
    case AST_DELETE:
        return c_exprs(b, u, &s->u.del.targets);
    case AST_ASSIGN:
        if (!c_expr(b, u, s->u.assign.value))
            return false;
        for (uint32_t i = 0; i < s->u.assign.targets.n; i++)
            if (!c_store(b, u, s->u.assign.targets.v[i]))
                return false;
        return true;
    case AST_AUGASSIGN:
        return c_store(b, u, s->u.augassign.target) && c_expr(b, u, s->u.augassign.value);
    case AST_ANNASSIGN:
        return (!s->u.annassign.value || c_expr(b, u, s->u.annassign.value))
               && c_store(b, u, s->u.annassign.target);
    case AST_FOR:
    case AST_ASYNCFOR:
        return c_expr(b, u, s->u.loop_for.iter) && c_store(b, u, s->u.loop_for.target)
               && c_loop_body(b, u, &s->u.loop_for.body) && c_stmts(b, u, &s->u.loop_for.orelse);
    case AST_WHILE:
        return c_expr(b, u, s->u.cond.test) && c_loop_body(b, u, &s->u.cond.body)
               && c_stmts(b, u, &s->u.cond.orelse);
    case AST_IF:
        return c_expr(b, u, s->u.cond.test) && c_stmts(b, u, &s->u.cond.body)
               && c_stmts(b, u, &s->u.cond.orelse);
    case AST_WITH:
    case AST_ASYNCWITH:
        return c_with(b, u, s);
    case AST_MATCH:
        return c_match(b, u, s);
    case AST_RAISE:
        return (!s->u.raise.exc || c_expr(b, u, s->u.raise.exc))
               && (!s->u.raise.cause || c_expr(b, u, s->u.raise.cause));
    case AST_TRY:
    case AST_TRYSTAR:
        return c_try(b, u, s);
    case AST_ASSERT:
        if (s->u.assert_.test->kind == AST_TUPLE && s->u.assert_.test->u.list.elts.n > 0)
            warning(b, s, s->loc.line, "assertion is always true, perhaps remove parentheses?");
        return c_expr(b, u, s->u.assert_.test) && (!s->u.assert_.msg || c_expr(b, u, s->u.assert_.msg));
    case AST_IMPORT:
    case AST_IMPORTFROM:
        return c_import(b, u, s);
    case AST_EXPR:
        if (s->u.expr.value->kind == AST_CONSTANT)
            return true;                    /* dropped by the compiler */
        return c_expr(b, u, s->u.expr.value);
    case AST_BREAK:
        return u->loops ? true : error(b, s->loc, "'break' outside loop");
    case AST_CONTINUE:
        return u->loops ? true : error(b, s->loc, "'continue' not properly in loop");
    default:                                /* pass, global, nonlocal */
        return true;
    }
}

static bool c_stmts(builder *b, unit *u, const ast_stmt_seq *body)
{
    for (uint32_t i = 0; i < body->n; i++)
        if (!c_stmt(b, u, body->v[i]))
            return false;
    return true;
}

static bool walk_module(builder *b, unit *u, void *arg)
{
    return c_stmts(b, u, &((ast_module *)arg)->body);
}

/* ---- the entry point ------------------------------------------------------------ */

void symtable_build(ast_module *m, const char *src, size_t len, symtable_result *r)
{
    builder b = {.m = m, .r = r, .src = src, .len = len};
    memset(r, 0, sizeof *r);
    b.class_id = ast_intern(m, "__class__", 9);
    b.super_id = ast_intern(m, "super", 5);
    b.dot0_id = ast_intern(m, ".0", 2);
    b.debug_id = ast_intern(m, "__debug__", 9);
    symtable_scope *top = enter_scope(&b, SYMTABLE_MODULE, ast_intern(m, "<module>", 8), (ast_loc){0});
    m->scope = top;
    nameset free = {0};
    view v = {.module = true};
    bool ok = visit_stmts(&b, &m->body) && analyze_scope(&b, top, &v, &free)
              && c_scope(&b, top, walk_module, m);
    ns_free(&free);
    r->top = ok ? top : NULL;
}

void symtable_result_free(symtable_result *r)
{
    lex_error_clear(&r->err);
    lex_warnings_free(r->warnings, r->nwarnings);
    memset(r, 0, sizeof *r);
}
