/*
 * astwalk.h — every expression of a module in the order CPython 3.11's AST
 * optimizer (Python/ast_opt.c, _PyAST_Optimize) visits and folds them.
 *
 * The optimizer runs between the parser and the symbol table: what it
 * folds (a tuple display of constants, an operation on constants, a
 * subscript of a constant, fold_iter's tuples and frozensets) is made
 * before any of the symbol table's or the compiler's objects, so a
 * script's GC allocations come in that order (compile.c's fold pass).
 *
 * Order: statements in sequence, each one's fields in Python.asdl's order
 * (a def's arguments, body, decorators, then its return annotation; a
 * class's bases, keywords, body, decorators); an expression's children
 * before the expression itself (post-order), so a nested display is
 * folded before the one holding it.  fold_iter's sites come after what
 * ast_opt visits before it: a `for`'s iterable after its body and else
 * clause, a comprehension's after its conditions, the last operand of an
 * `in`/`not in` comparison after every operand.
 */
#ifndef HV_ASTWALK_H
#define HV_ASTWALK_H

#include "ast.h"

enum astwalk_site {
    ASTWALK_EXPR,           /* every expression, after its children */
    ASTWALK_ITER,           /* fold_iter's operand (after the ASTWALK_EXPR visit) */
};

typedef void (*astwalk_fn)(void *ctx, const ast_expr *e, enum astwalk_site site);

/* Calls fn(ctx, e, site) for every expression of m in the optimizer's
 * order (above).  Cannot fail; fn may longjmp out. */
void astwalk_module(const ast_module *m, astwalk_fn fn, void *ctx);

#endif
