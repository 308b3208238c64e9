/*
 * astwalk.c — the AST optimizer's visiting order (see astwalk.h).
 */
#include "astwalk.h"

typedef struct walk {
    astwalk_fn fn;
    void *ctx;
} walk;

static void expr(walk *w, const ast_expr *e);
static void stmts(walk *w, const ast_stmt_seq *s);

/* A sequence of expressions; NULL entries (a dict's `**`, a keyword-only
 * argument without default) are skipped, as CALL_SEQ skips them. */
static void exprs(walk *w, const ast_expr_seq *s)
{
    for (uint32_t i = 0; i < s->n; i++)
        expr(w, s->v[i]);
}

static void arg(walk *w, const ast_arg *a)
{
    if (a)
        expr(w, a->annotation);
}

/* astfold_arguments: each parameter's annotation, then the defaults. */
static void arguments(walk *w, const ast_arguments *a)
{
    for (uint32_t i = 0; i < a->posonlyargs.n; i++)
        arg(w, a->posonlyargs.v[i]);
    for (uint32_t i = 0; i < a->args.n; i++)
        arg(w, a->args.v[i]);
    arg(w, a->vararg);
    for (uint32_t i = 0; i < a->kwonlyargs.n; i++)
        arg(w, a->kwonlyargs.v[i]);
    exprs(w, &a->kw_defaults);
    arg(w, a->kwarg);
    exprs(w, &a->defaults);
}

/* astfold_comprehension: target, iterable, conditions, then fold_iter. */
static void generators(walk *w, const ast_comprehension_seq *g)
{
    for (uint32_t i = 0; i < g->n; i++) {
        expr(w, g->v[i]->target);
        expr(w, g->v[i]->iter);
        exprs(w, &g->v[i]->ifs);
        w->fn(w->ctx, g->v[i]->iter, ASTWALK_ITER);
    }
}

/* The children of e in astfold_expr's order (its own visit is the
 * caller's). */
static void children(walk *w, const ast_expr *e)
{
    switch (e->kind) {
    case AST_BOOLOP: exprs(w, &e->u.boolop.values); break;
    case AST_NAMEDEXPR: expr(w, e->u.namedexpr.value); break;
    case AST_BINOP: expr(w, e->u.binop.left); expr(w, e->u.binop.right); break;
    case AST_UNARYOP: expr(w, e->u.unaryop.operand); break;
    case AST_LAMBDA: arguments(w, e->u.lambda.args); expr(w, e->u.lambda.body); break;
    case AST_IFEXP:
        expr(w, e->u.ifexp.test);
        expr(w, e->u.ifexp.body);
        expr(w, e->u.ifexp.orelse);
        break;
    case AST_DICT: exprs(w, &e->u.dict.keys); exprs(w, &e->u.dict.values); break;
    case AST_SET: exprs(w, &e->u.set.elts); break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_GENERATOREXP:
        expr(w, e->u.comp.elt);
        generators(w, &e->u.comp.generators);
        break;
    case AST_DICTCOMP:
        expr(w, e->u.dictcomp.key);
        expr(w, e->u.dictcomp.value);
        generators(w, &e->u.dictcomp.generators);
        break;
    case AST_AWAIT: expr(w, e->u.await.value); break;
    case AST_YIELD: case AST_YIELDFROM: expr(w, e->u.yield.value); break;
    case AST_COMPARE: {
        uint32_t n = e->u.compare.comparators.n;
        expr(w, e->u.compare.left);
        exprs(w, &e->u.compare.comparators);
        if (n && (e->u.compare.ops[n - 1] == AST_IN || e->u.compare.ops[n - 1] == AST_NOTIN))
            w->fn(w->ctx, e->u.compare.comparators.v[n - 1], ASTWALK_ITER);  /* fold_compare */
        break;
    }
    case AST_CALL:
        expr(w, e->u.call.func);
        exprs(w, &e->u.call.args);
        for (uint32_t i = 0; i < e->u.call.keywords.n; i++)
            expr(w, e->u.call.keywords.v[i]->value);
        break;
    case AST_FORMATTEDVALUE:
        expr(w, e->u.formattedvalue.value);
        expr(w, e->u.formattedvalue.format_spec);
        break;
    case AST_JOINEDSTR: exprs(w, &e->u.joinedstr.values); break;
    case AST_ATTRIBUTE: expr(w, e->u.attribute.value); break;
    case AST_SUBSCRIPT: expr(w, e->u.subscript.value); expr(w, e->u.subscript.slice); break;
    case AST_STARRED: expr(w, e->u.starred.value); break;
    case AST_SLICE:
        expr(w, e->u.slice.lower);
        expr(w, e->u.slice.upper);
        expr(w, e->u.slice.step);
        break;
    case AST_LIST: case AST_TUPLE: exprs(w, &e->u.list.elts); break;
    default: break;                         /* Constant, Name */
    }
}

static void expr(walk *w, const ast_expr *e)
{
    if (!e)
        return;
    children(w, e);
    w->fn(w->ctx, e, ASTWALK_EXPR);
}

/* A pattern's expressions in astfold_pattern's order. */
static void pattern(walk *w, const ast_pattern *pt)
{
    const ast_pattern_seq *seqs[2] = {NULL, NULL};
    switch (pt->kind) {
    case AST_MATCHVALUE: expr(w, pt->u.value.value); return;
    case AST_MATCHSEQUENCE: case AST_MATCHOR: seqs[0] = &pt->u.seq.patterns; break;
    case AST_MATCHMAPPING:
        exprs(w, &pt->u.mapping.keys);
        seqs[0] = &pt->u.mapping.patterns;
        break;
    case AST_MATCHCLASS:
        expr(w, pt->u.cls.cls);
        seqs[0] = &pt->u.cls.patterns;
        seqs[1] = &pt->u.cls.kwd_patterns;
        break;
    case AST_MATCHAS:
        if (pt->u.as.pattern)
            pattern(w, pt->u.as.pattern);
        return;
    default: return;                        /* MatchSingleton, MatchStar */
    }
    for (int k = 0; k < 2 && seqs[k]; k++)
        for (uint32_t i = 0; i < seqs[k]->n; i++)
            pattern(w, seqs[k]->v[i]);
}

/* A statement's fields in astfold_stmt's order. */
static void stmt(walk *w, const ast_stmt *s)
{
    switch (s->kind) {
    case AST_FUNCTIONDEF: case AST_ASYNCFUNCTIONDEF:
        arguments(w, s->u.funcdef.args);
        stmts(w, &s->u.funcdef.body);
        exprs(w, &s->u.funcdef.decorator_list);
        expr(w, s->u.funcdef.returns);
        break;
    case AST_CLASSDEF:
        exprs(w, &s->u.classdef.bases);
        for (uint32_t i = 0; i < s->u.classdef.keywords.n; i++)
            expr(w, s->u.classdef.keywords.v[i]->value);
        stmts(w, &s->u.classdef.body);
        exprs(w, &s->u.classdef.decorator_list);
        break;
    case AST_RETURN: expr(w, s->u.ret.value); break;
    case AST_DELETE: exprs(w, &s->u.del.targets); break;
    case AST_ASSIGN: exprs(w, &s->u.assign.targets); expr(w, s->u.assign.value); break;
    case AST_AUGASSIGN: expr(w, s->u.augassign.target); expr(w, s->u.augassign.value); break;
    case AST_ANNASSIGN:
        expr(w, s->u.annassign.target);
        expr(w, s->u.annassign.annotation);
        expr(w, s->u.annassign.value);
        break;
    case AST_FOR: case AST_ASYNCFOR:
        expr(w, s->u.loop_for.target);
        expr(w, s->u.loop_for.iter);
        stmts(w, &s->u.loop_for.body);
        stmts(w, &s->u.loop_for.orelse);
        w->fn(w->ctx, s->u.loop_for.iter, ASTWALK_ITER);
        break;
    case AST_WHILE: case AST_IF:
        expr(w, s->u.cond.test);
        stmts(w, &s->u.cond.body);
        stmts(w, &s->u.cond.orelse);
        break;
    case AST_WITH: case AST_ASYNCWITH:
        for (uint32_t i = 0; i < s->u.with.items.n; i++) {
            expr(w, s->u.with.items.v[i]->context_expr);
            expr(w, s->u.with.items.v[i]->optional_vars);
        }
        stmts(w, &s->u.with.body);
        break;
    case AST_RAISE: expr(w, s->u.raise.exc); expr(w, s->u.raise.cause); break;
    case AST_TRY: case AST_TRYSTAR:
        stmts(w, &s->u.try_.body);
        for (uint32_t i = 0; i < s->u.try_.handlers.n; i++) {
            expr(w, s->u.try_.handlers.v[i]->type);
            stmts(w, &s->u.try_.handlers.v[i]->body);
        }
        stmts(w, &s->u.try_.orelse);
        stmts(w, &s->u.try_.finalbody);
        break;
    case AST_ASSERT: expr(w, s->u.assert_.test); expr(w, s->u.assert_.msg); break;
    case AST_EXPR: expr(w, s->u.expr.value); break;
    case AST_MATCH:
        expr(w, s->u.match.subject);
        for (uint32_t i = 0; i < s->u.match.cases.n; i++) {
            const ast_match_case *mc = s->u.match.cases.v[i];
            pattern(w, mc->pattern);
            expr(w, mc->guard);
            stmts(w, &mc->body);
        }
        break;
    default: break;                         /* import, global, pass, break, ... */
    }
}

static void stmts(walk *w, const ast_stmt_seq *s)
{
    for (uint32_t i = 0; i < s->n; i++)
        stmt(w, s->v[i]);
}

void astwalk_module(const ast_module *m, astwalk_fn fn, void *ctx)
{
    walk w = {.fn = fn, .ctx = ctx};
    stmts(&w, &m->body);
}
