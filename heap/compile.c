/*
 * compile.c — the AST to code objects, as CPython 3.11's compiler makes
 * them where it shows in memory.
 *
 *   source ─▶ parse (parse.c) ─▶ symtable (symtable.c) ─▶ codegen (here)
 *                                                          │ constant folding
 *                                                          ▼ emit.c: labels, consts,
 *                                                            exception table, depth
 *
 * Choices copied from 3.11 because they decide which objects exist:
 *  - constants are folded as the AST optimizer folds them (ints up to 128
 *    bits, str/bytes up to 4096, a tuple repeated up to 256 items; a
 *    tuple display of constants of any length; never an operation that
 *    raises), and merged across the whole file;
 *  - [a, b] is BUILD_LIST 2; [1, 2, 3] (3+ constants) BUILD_LIST 0 +
 *    LIST_EXTEND of a constant tuple; likewise sets with a frozenset;
 *  - {k: v, ...} with 2..15 constant keys is BUILD_CONST_KEY_MAP, with 16 or
 *    more pairs BUILD_MAP 0 and one MAP_ADD per pair;
 *  - obj.meth(args) is LOAD_METHOD + CALL (no bound method object);
 *  - comprehensions are functions called with the iterator;
 *  - identifier-like string constants are interned.
 * Constructs outside heapviz's subset get a SyntaxError-style report naming
 * them ("heapviz does not support ...").
 *
 */
#include "compile.h"
#include "traceback.h"

#include "abstract.h"
#include "ast.h"
#include "astwalk.h"
#include "builtins.h"
#include "complex.h"
#include "emit.h"
#include "hv.h"
#include "lex.h"
#include "modfind.h"
#include "number.h"
#include "parse.h"
#include "pegcount.h"
#include "set.h"
#include "symtable.h"
#include "types.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK_USE_GUIDELINE 30

/* The blocks a break, continue or return has to leave (CPython's fblock
 * stack): what leaving each one takes is in unwind_block(). */
enum fb_kind {
    FB_WHILE_LOOP, FB_FOR_LOOP,     /* for: its iterator is on the stack */
    FB_TRY_EXCEPT,                  /* the body of try/except: one handler */
    FB_FINALLY_TRY,                 /* the body of try/finally: the final body runs */
    FB_FINALLY_END,                 /* the final body run for an exception */
    FB_WITH,                        /* a with block: __exit__(None, None, None) */
    FB_HANDLER_CLEANUP,             /* an except body: the exception is popped */
    FB_EXCEPTION_HANDLER,           /* matching the except clauses */
    FB_POP_VALUE,                   /* a return value kept under a final body */
};

#define MAX_BLOCKS 20               /* CPython's CO_MAXBLOCKS */

typedef struct fblock {
    uint8_t kind;               /* enum fb_kind */
    uint32_t cont, brk;         /* loops: labels */
    uint32_t depth;             /* values on the stack outside the block */
    const ast_stmt *stmt;       /* FINALLY_TRY: the try; WITH: the with */
    const ast_ident *name;      /* HANDLER_CLEANUP: the `as` name, or NULL */
    ast_loc loc;                /* the statement or clause that made it */
} fblock;

/* What codegen needs from a scope of the symbol table (filled by
 * scope_info(), the one place that reads symtable.h's structures). */
typedef struct scopeinfo {
    uint32_t nlocalsplus;       /* locals, then cells, then frees */
    const ast_ident **names;    /* [nlocalsplus] */
    uint8_t *kinds;             /* [nlocalsplus]: LP_LOCAL | LP_CELL | LP_FREE */
    uint32_t nlocals;           /* plain locals (parameters first) */
    uint32_t nfree;             /* free variables (the last slots) */
    int generator;              /* contains yield */
    int nested;                 /* inside a function */
    const ast_ident *private_name; /* the class whose __names are mangled, or NULL */
} scopeinfo;

typedef struct cunit {          /* one code object being compiled */
    builder b;
    struct cunit *parent;
    const struct symtable_scope *scope;
    scopeinfo info;
    object *name, *qualname;    /* str (references) */
    fblock blocks[MAX_BLOCKS];
    uint32_t nblocks;
    uint32_t depth;             /* values the exception handlers must keep */
    int is_class, is_function;
    int on_heap;                /* nested units live on the heap: a longjmp out of
                                   their compiling function must not leave them
                                   on a dead stack frame */
    compmem_unit mem;           /* CPython's compiler_unit dicts (a script) */
} cunit;

typedef struct compiler {
    vm *v;
    unit u;
    ast_module *mod;
    const char *source;
    size_t n;
    object *filename;
    buf *err;
    jmp_buf fail;               /* unsupported construct or MemoryError */
    cunit *cu;
    cunit *ended;               /* a nested unit ended but not yet dropped */
    struct pattern_ctx *patterns;   /* the match patterns being compiled, innermost
                                   first: on the heap, so a longjmp's unwind frees them */
    int console;                /* expression statements echo (the >>> console) */
    compile_arena *arena;       /* the parser's and optimizer's objects */
    map node_const;             /* AST node address → its object's index in arena */
    map numbers;                /* (line << 32 | col) of a NUMBER → objects the parser made */
    map warned;                 /* AST node → its SyntaxWarnings whose source line python3
                                   reads from the file when codegen reaches it */
    uint32_t nparsed;           /* identifiers the parser made (the symtable adds more) */
    pegcount_log log;           /* a script's: what the parser added to its arena, in order */
    size_t parsed_end;          /* arena items below: the identifiers (the log has them) */
    map const_at;               /* (line << 32 | col) of a literal → its entry in consts */
    struct arena_const {
        const ast_expr *e;      /* the Constant node */
        size_t item;            /* its object's index in the arena, its copies after it */
        uint32_t made, placed;  /* objects in the arena; of them, put in the list */
    } *consts;
    size_t nconsts, capconsts;
    map joined_at;              /* (line << 32 | col) of an f-string → its JoinedStr */
    map fruns;                  /* the same → its entry in fruns_v */
    struct fstring_run {
        size_t start, n, next;  /* its pieces' arena items: fq[start..start+n) */
    } *fruns_v;
    size_t nfruns, capfruns;
    size_t *fq;                 /* the f-strings' pieces, in the parser's order */
    size_t nfq, capfq;
} compiler;

static void unsupported(compiler *c, const ast_loc *loc, const char *what) HV_NORETURN;
static void compile_error(compiler *c, const ast_loc *loc, const char *msg) HV_NORETURN;
static void symtable_resolve(const symtable_scope *sc, ast_expr *target);

/* ---- objects for constants --------------------------------------------------- */

/* Makes the interpreter's exception (MemoryError) end the compilation. */
static object *check(compiler *c, object *o)
{
    if (!o)
        longjmp(c->fail, 1);
    return o;
}

static object *ident_str(compiler *c, const ast_ident *id)
{
    object *s = check(c, str_from_utf8(c->v, id->name, id->len));
    object *i = str_intern(c->v, s);
    obj_decref(c->v, s);
    return check(c, i);
}

/* _Py_Mangle(u_private, id) as an interned str: "__x" inside class C is
 * "_C__x" (names, attributes, keyword-only defaults' keys, annotations). */
static object *mangled_str(compiler *c, const ast_ident *id)
{
    return ident_str(c, symtable_mangle(c->mod, c->cu->info.private_name, id));
}

/* ---- the AST arena --------------------------------------------------------------
 * CPython's parser makes one object per literal occurrence and its AST
 * optimizer one per folded node; the arena keeps them all until the code
 * has run, while the compiler merges equal constants into the first one
 * and interns identifier-like strings.  So `x = 'a b'; y = 'a b'` leaves a
 * second 'a b' held by the arena only, and an identifier-like literal
 * spelled like a name is a separate object from the interned name. */

static void arena_hold(compiler *c, object *o)
{
    compile_arena *a = c->arena;
    hv_grow(&a->items, &a->cap, a->n + 1, sizeof *a->items, 16);
    a->items[a->n++] = obj_incref(c->v, o);
}

/* node_const's value for a node the optimizer tried and could not fold:
 * the fold pass and codegen both ask, and a failed fold (`1 / 0`) must
 * not make its objects twice. */
#define NOT_FOLDED UINT64_MAX

/* The object made for node e before (a new reference), or NULL. */
static object *node_object(compiler *c, const ast_expr *e)
{
    uint64_t i;
    return map_get(&c->node_const, (uint64_t)(uintptr_t)e, &i) && i != NOT_FOLDED
               ? obj_incref(c->v, c->arena->items[i]) : NULL;
}

/* o (a new reference, or NULL) becomes node e's object, kept by the arena. */
static object *node_keep(compiler *c, const ast_expr *e, object *o)
{
    if (o) {
        map_put(&c->node_const, (uint64_t)(uintptr_t)e, c->arena->n);
        arena_hold(c, o);
    }
    return o;
}

/* The identifiers, interned in order of first appearance before any
 * constant is (the parser interns names as it reads them; constants are
 * interned when their code object is made), each held once per string
 * CPython's parser made for it (pegcount.h; once per name if the replay
 * cannot follow the source). */
static void arena_identifiers(compiler *c)
{
    uint32_t n = ast_ident_count(c->mod);  /* the symtable's too: some are names as well */
    uint32_t *made = hv_calloc(n ? n : 1, sizeof *made);
    pegcount_log *log = c->arena->list ? &c->log : NULL;
    if (pegcount_run_logged(c->source, c->n, c->console, c->mod, made, &c->numbers, log))
        for (uint32_t i = 0; i < n; i++)
            made[i] = i < c->nparsed;
    for (uint32_t i = 0; i < n; i++) {
        if (!made[i])
            continue;
        object *s = ident_str(c, ast_ident_at(c->mod, i));
        for (uint32_t k = 0; k < made[i]; k++)
            arena_hold(c, s);
        obj_decref(c->v, s);
    }
    free(made);
}

/* ---- the tokens' bytes -----------------------------------------------------------
 * CPython's parser keeps each token's text as bytes in the arena
 * (initialize_token): a token without text (NEWLINE, its newline left out;
 * INDENT, DEDENT, ENDMARKER) holds the empty bytes singleton, a
 * one-character token the singleton of that byte; longer ones are bytes
 * objects of their own, which heapviz does not make.  An f-string's fields
 * are parsed by parsers of their own over "(" expression ")", in the same
 * arena (fstring_compile_expr): those tokens, then the one token read
 * past them (no text). */

static void hold_token_text(compiler *c, const char *text, size_t len)
{
    if (len == 0)
        arena_hold(c, c->v->empty_bytes);
    else if (len == 1)
        arena_hold(c, c->v->bytes1[(unsigned char)text[0]]);
}

/* The tokens of one f-string field's parser. */
static void hold_field_tokens(compiler *c, const char *expr, size_t len)
{
    char *src = hv_malloc(len + 2);
    src[0] = '(';
    memcpy(src + 1, expr, len);
    src[len + 1] = ')';
    lex *lx = lex_new(src, len + 2, "<fstring>");
    lex_declare_utf8(lx);
    lex_token t;
    while (lex_next(lx, &t) && t.kind != LEX_NEWLINE && t.kind != LEX_ENDMARKER)
        hold_token_text(c, t.start, t.len);
    lex_free(lx);
    free(src);
    hold_token_text(c, NULL, 0);
}

static void fstring_text(compiler *c, const char *s, size_t n, size_t *i, int in_spec);

/* One field, s[*i] just past its '{', to past its '}': the expression's end
 * as 3.11's fstring_find_expr finds it (a top-level '!', ':', '}' or '='
 * that is not part of !=, ==, <=, >=), then the conversion, then the
 * format spec's own fields. */
static void fstring_field(compiler *c, const char *s, size_t n, size_t *i)
{
    size_t start = *i;
    int depth = 0;
    char quote = 0;
    for (; *i < n; (*i)++) {
        char ch = s[*i], next = *i + 1 < n ? s[*i + 1] : 0;
        if (quote) {
            quote = ch == quote ? 0 : quote;
        } else if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '(' || ch == '[' || ch == '{') {
            depth++;
        } else if (depth && (ch == ')' || ch == ']' || ch == '}')) {
            depth--;
        } else if (!depth && strchr("!=<>", ch) && next == '=') {
            (*i)++;                         /* a comparison */
        } else if (!depth && (ch == '!' || ch == ':' || ch == '}' || ch == '=')) {
            break;
        }
    }
    hold_field_tokens(c, s + start, *i - start);
    while (*i < n && s[*i] != '!' && s[*i] != ':' && s[*i] != '}')
        (*i)++;                             /* '=' and the blanks after it */
    if (*i < n && s[*i] == '!')
        *i += 2;                            /* the conversion: !r, !s, !a */
    if (*i < n && s[*i] == ':') {
        (*i)++;
        fstring_text(c, s, n, i, 1);        /* through the closing '}' */
    } else if (*i < n) {
        (*i)++;                             /* the '}' */
    }
}

/* Literal text from s[*i] with its fields, to n or (in a spec) past the
 * '}' closing it; '{{' and '}}' are text. */
static void fstring_text(compiler *c, const char *s, size_t n, size_t *i, int in_spec)
{
    while (*i < n) {
        char ch = s[(*i)++];
        if (ch == '{' && *i < n && s[*i] == '{' && !in_spec)
            (*i)++;
        else if (ch == '{')
            fstring_field(c, s, n, i);
        else if (ch == '}' && in_spec)
            return;
        else if (ch == '}' && *i < n && s[*i] == '}')
            (*i)++;
    }
}

/* A STRING token's f-string fields, if it is an f-string. */
static void fstring_tokens(compiler *c, const lex_token *t)
{
    size_t pre = 0;
    int f = 0;
    while (pre < t->len && t->start[pre] != '\'' && t->start[pre] != '"') {
        f |= t->start[pre] == 'f' || t->start[pre] == 'F';
        pre++;
    }
    if (!f || pre >= t->len)
        return;
    size_t q = t->len - pre >= 6 && t->start[pre + 1] == t->start[pre] && t->start[pre + 2] == t->start[pre]
                   ? 3 : 1;
    size_t i = 0;
    fstring_text(c, t->start + pre + q, t->len - pre - 2 * q, &i, 0);
}

static void arena_tokens(compiler *c)
{
    lex *lx = lex_new(c->source, c->n, "<arena>");
    lex_token t;
    while (lex_next(lx, &t)) {
        int empty = t.kind == LEX_NEWLINE || t.kind == LEX_INDENT || t.kind == LEX_DEDENT ||
                    t.kind == LEX_ENDMARKER;
        hold_token_text(c, t.start, empty ? 0 : t.len);
        if (t.kind == LEX_STRING)
            fstring_tokens(c, &t);
        if (t.kind == LEX_ENDMARKER)
            break;
    }
    lex_free(lx);
}

void compile_arena_free(vm *v, compile_arena *a)
{
    while (a->n)
        obj_decref(v, a->items[--a->n]);
    free(a->items);
    obj_xdecref(v, a->list);
    *a = (compile_arena){0};
}

/* The parser's object for a literal (not interned). */
static object *literal_object(compiler *c, const ast_expr *e)
{
    vm *v = c->v;
    const ast_constant *k = &e->u.constant;
    switch (k->kind) {
    case AST_CONST_NONE: return obj_incref(v, v->none);
    case AST_CONST_TRUE: return obj_incref(v, v->true_);
    case AST_CONST_FALSE: return obj_incref(v, v->false_);
    case AST_CONST_ELLIPSIS: return obj_incref(v, v->ellipsis);
    case AST_CONST_FLOAT: return check(c, float_new(v, k->value));
    case AST_CONST_BYTES: return check(c, bytes_new(v, k->text, k->len));
    case AST_CONST_IMAG: return check(c, complex_new(v, 0.0, k->value));
    case AST_CONST_STR:
        return check(c, str_from_utf8(v, k->text, k->len));
    case AST_CONST_INT: {
        bigint r;
        bigint_init(&r);
        if (bigint_from_string(&v->bi, &r, k->text, k->len, k->base) != BIGINT_OK) {
            bigint_free(&v->bi, &r);
            vm_raise(v, T_VALUE, "%s", v->bi.msg.data ? v->bi.msg.data : "bad int literal");
            longjmp(c->fail, 1);
        }
        return check(c, int_from_bigint(v, &r, NULL));
    }
    }
    return obj_incref(v, v->none);
}

/* The parser reads some NUMBER tokens more than once (its rules backtrack;
 * pegcount.h), making an object each time, all kept by the arena, which a
 * script's run keeps to its end (pyrun_file frees it after run_mod).  For a
 * small int each is one more reference to the static object, which
 * sys.getrefcount counts; a float's copies are floats of their own, taken
 * from the float free list (`x = 1.5` at module level takes 3 of the 4
 * start-up leaves there); other numbers' copies are not made here (blocks
 * the program never sees). */
static void parser_copies(compiler *c, const ast_expr *e, object *o)
{
    uint64_t hits;
    int small = e->u.constant.kind == AST_CONST_INT && vm_is_static(c->v, o);
    if ((!small && e->u.constant.kind != AST_CONST_FLOAT) ||
        !map_get(&c->numbers, (uint64_t)(uint32_t)e->loc.line << 32 | (uint32_t)e->loc.col, &hits))
        return;
    for (uint64_t k = 1; k < hits; k++) {
        if (small) {
            arena_hold(c, o);
            continue;
        }
        object *copy = check(c, float_new(c->v, FLOAT(o)));
        arena_hold(c, copy);
        obj_decref(c->v, copy);
    }
}

/* Literal e's objects are arena items item.. (a script's list puts them
 * where the parser made them). */
static void const_record(compiler *c, const ast_expr *e, size_t item)
{
    if (!c->arena->list)
        return;
    uint64_t key = (uint64_t)(uint32_t)e->loc.line << 32 | (uint32_t)e->loc.col, k;
    if (map_get(&c->const_at, key, &k))
        return;                             /* an f-string's later piece */
    hv_grow(&c->consts, &c->capconsts, c->nconsts + 1, sizeof *c->consts, 64);
    c->consts[c->nconsts] = (struct arena_const){.e = e, .item = item,
                                                 .made = (uint32_t)(c->arena->n - item)};
    map_put(&c->const_at, key, c->nconsts++);
}

/* A literal's constant: the parser's object (made once per node, kept by
 * the arena), interned if identifier-like, as code objects intern them. */
static object *constant_object(compiler *c, const ast_expr *e)
{
    switch (e->u.constant.kind) {
    case AST_CONST_NONE: case AST_CONST_TRUE: case AST_CONST_FALSE: case AST_CONST_ELLIPSIS:
        return literal_object(c, e);    /* _PyAST_Constant(Py_None...): not in the arena */
    default:
        break;
    }
    object *o = node_object(c, e);
    if (!o) {
        size_t item = c->arena->n;
        o = node_keep(c, e, literal_object(c, e));
        parser_copies(c, e, o);
        const_record(c, e, item);
    }
    if (e->u.constant.kind != AST_CONST_STR || !e->u.constant.ident_like)
        return o;
    object *i = str_intern(c->v, o);
    if (i == o)
        unit_own_str(&c->u, i);             /* CPython interns this very object */
    obj_decref(c->v, o);
    return check(c, i);
}

/* ---- a script's arena list --------------------------------------------------------
 * pyrun_file parses a script into an arena whose a_objects list (made by
 * _PyArena_New before the parse) keeps every object the parser and the AST
 * optimizer make, appended one at a time (list_resize's growth), until
 * run_mod has run the module; then list_dealloc drops them, last first.
 * heapviz makes the objects when the compiler needs them; once the code is
 * made, the list is filled in the parser's order (the replay's log,
 * pegcount.h: each token's bytes, each name's string, each literal's
 * object), then the optimizer's folded objects and any literal the log did
 * not place, in the order they were made.  A NUMBER read n times is n
 * objects: the copies of a big int or a complex are made here. */

/* The arena items of f-string e's constants in the order CPython's parser
 * made them: a field's format spec's, then the literal before that field;
 * the literal after the last field at the end. */
static void fstring_pieces(compiler *c, const ast_expr *e)
{
    const ast_expr *pending = NULL;
    for (uint32_t i = 0; i <= e->u.joinedstr.values.n; i++) {
        const ast_expr *part = i < e->u.joinedstr.values.n ? e->u.joinedstr.values.v[i] : NULL;
        if (part && part->kind == AST_CONSTANT) {
            pending = part;
            continue;
        }
        if (part && part->kind == AST_FORMATTEDVALUE && part->u.formattedvalue.format_spec)
            fstring_pieces(c, part->u.formattedvalue.format_spec);
        uint64_t item;
        if (pending && map_get(&c->node_const, (uint64_t)(uintptr_t)pending, &item)) {
            hv_grow(&c->fq, &c->capfq, c->nfq + 1, sizeof *c->fq, 64);
            c->fq[c->nfq++] = (size_t)item;
        }
        pending = NULL;
    }
}

/* The next piece of the f-string at key (an arena item), or -1. */
static int64_t fstring_next_piece(compiler *c, uint64_t key)
{
    uint64_t r, e;
    if (!map_get(&c->fruns, key, &r)) {
        if (!map_get(&c->joined_at, key, &e))
            return -1;                      /* never compiled */
        hv_grow(&c->fruns_v, &c->capfruns, c->nfruns + 1, sizeof *c->fruns_v, 16);
        size_t start = c->nfq;
        fstring_pieces(c, (const ast_expr *)(uintptr_t)e);
        c->fruns_v[c->nfruns] = (struct fstring_run){.start = start, .n = c->nfq - start};
        map_put(&c->fruns, key, r = c->nfruns++);
    }
    struct fstring_run *run = &c->fruns_v[r];
    return run->next < run->n ? (int64_t)c->fq[run->start + run->next++] : -1;
}

/* Event ev's object (a new reference), NULL with *err = 0 when it adds
 * none heapviz can name, or NULL with *err = 1 on MemoryError.  Literal
 * objects taken from the arena are marked in placed[]. */
static object *event_object(compiler *c, const pegcount_event *ev, uint8_t *placed, int *err)
{
    vm *v = c->v;
    const char *text = c->log.text + ev->off;
    object *o = NULL;
    uint64_t k;
    if (ev->kind == PEG_TOKEN) {
        o = bytes_new(v, text, ev->len);    /* b'' and one byte: the static singletons */
    } else if (ev->kind == PEG_NAME) {
        object *s = str_from_utf8(v, text, ev->len);
        o = s ? str_intern(v, s) : NULL;    /* _PyPegen_new_identifier */
        obj_xdecref(v, s);
    } else if (ev->kind == PEG_FSTRINGS) {
        return NULL;                        /* a JoinedStr */
    } else if (ev->kind == PEG_LITERAL) {
        int64_t i = fstring_next_piece(c, (uint64_t)ev->line << 32 | ev->col);
        if (i < 0 || placed[i])
            return NULL;
        placed[i] = 1;
        return obj_incref(v, c->arena->items[i]);
    } else if (!map_get(&c->const_at, (uint64_t)ev->line << 32 | ev->col, &k)) {
        return NULL;                        /* never compiled */
    } else {
        struct arena_const *ac = &c->consts[k];
        if (ac->placed < ac->made) {
            placed[ac->item + ac->placed] = 1;
            return obj_incref(v, c->arena->items[ac->item + ac->placed++]);
        }
        if (ev->kind == PEG_STRINGS)
            return NULL;
        o = literal_object(c, ac->e);       /* parsenumber once more */
    }
    *err = !o;
    return o;
}

static int list_add(vm *v, object *list, object *o)
{
    int rc = list_append(v, list, o);
    obj_decref(v, o);
    return rc;
}

/* Moves the arena's items into its list, as above: 0, or -1 on MemoryError. */
static int arena_list_fill(compiler *c)
{
    compile_arena *a = c->arena;
    uint8_t *placed = hv_calloc(a->n ? a->n : 1, 1);
    memset(placed, 1, c->parsed_end);
    int err = 0;
    for (size_t i = 0; i < c->log.n && !err; i++) {
        object *o = event_object(c, &c->log.ev[i], placed, &err);
        err |= o && list_add(c->v, a->list, o);
    }
    for (size_t i = 0; i < a->n && !err; i++)
        if (!placed[i])
            err |= list_append(c->v, a->list, a->items[i]);
    free(placed);
    while (a->n)
        obj_decref(c->v, a->items[--a->n]);
    return err ? -1 : 0;
}

/* ---- constant folding (the AST optimizer's rules) ------------------------------- */

static object *const_value(compiler *c, const ast_expr *e);

static uint64_t int_bits(const object *o)
{
    int64_t n = INT(o)->size < 0 ? -INT(o)->size : INT(o)->size;
    if (n == 0)
        return 0;
    uint32_t top = INT(o)->digit[n - 1];
    uint64_t bits = (uint64_t)(n - 1) * 30;
    while (top) {
        bits++;
        top >>= 1;
    }
    return bits;
}

static int64_t seq_len(vm *v, object *o)
{
    return obj_is(v, o, T_STR) ? (int64_t)STR(o)->len : obj_is(v, o, T_BYTES) ? (int64_t)BYTES(o)->n
         : obj_is(v, o, T_TUPLE) ? (int64_t)TUPLE(o)->n : -1;
}

/* check_complexity: limit less the items of o and of the tuples nested in
 * it, negative once they are past it (a constant tuple holds no frozenset:
 * a set display inside a tuple is not folded). */
static int64_t tuple_complexity(vm *v, object *o, int64_t limit)
{
    if (!obj_is(v, o, T_TUPLE))
        return limit;
    limit -= (int64_t)TUPLE(o)->n;
    for (size_t i = 0; limit >= 0 && i < TUPLE(o)->n; i++)
        limit = tuple_complexity(v, TUPLE(o)->items[i], limit);
    return limit;
}

/* safe_multiply for a str, bytes or tuple seq times the int k: a nonempty
 * sequence is folded only for 0 <= k <= limit / len (k past a C long reads
 * as -1), a tuple's items nested included (AST_OPT_MAX_TOTAL_ITEMS / k). */
static int safe_repeat(vm *v, object *seq, object *k)
{
    int64_t len = seq_len(v, seq), n;
    if (len == 0)
        return 1;
    int tuple = obj_is(v, seq, T_TUPLE);
    int64_t limit = tuple ? AST_OPT_MAX_COLLECTION : AST_OPT_MAX_STR;
    if (!int_as_i64(k, &n) || n < 0 || n > limit / len)
        return 0;
    return !tuple || n == 0 || tuple_complexity(v, seq, AST_OPT_MAX_TOTAL_ITEMS / n) >= 0;
}

/* Whether folding a op b stays within the optimizer's size limits
 * (safe_multiply, safe_power, safe_lshift, safe_mod; `+` has none in 3.11:
 * fold_binop calls PyNumber_Add). */
static int safe(vm *v, object *a, object *b, int op)
{
    int ia = obj_is(v, a, T_INT) || obj_is(v, a, T_BOOL), ib = obj_is(v, b, T_INT) || obj_is(v, b, T_BOOL);
    int64_t n;
    switch (op) {
    case NB_MULTIPLY:
        if (ia && ib)
            return INT(a)->size == 0 || INT(b)->size == 0 || int_bits(a) + int_bits(b) <= AST_OPT_MAX_INT_BITS;
        if (ib && seq_len(v, a) >= 0)
            return safe_repeat(v, a, b);
        if (ia && seq_len(v, b) >= 0)
            return safe_repeat(v, b, a);
        return 1;
    case NB_POWER:      /* a zero base, or an exponent <= 0, is not checked */
        if (ia && ib && INT(a)->size != 0 && INT(b)->size > 0)
            return int_as_i64(b, &n) && (uint64_t)n <= AST_OPT_MAX_INT_BITS &&
                   int_bits(a) * (uint64_t)n <= AST_OPT_MAX_INT_BITS;
        return 1;
    case NB_LSHIFT:     /* a zero operand is not checked; a negative count fails */
        if (ia && ib && INT(a)->size != 0 && INT(b)->size != 0)
            return int_as_i64(b, &n) && n >= 0 && n <= AST_OPT_MAX_INT_BITS &&
                   int_bits(a) + (uint64_t)n <= AST_OPT_MAX_INT_BITS;
        return 1;
    case NB_REMAINDER:
        return !obj_is(v, a, T_STR) && !obj_is(v, a, T_BYTES);
    default:
        return 1;
    }
}

static const int binop_of[] = {
    [AST_ADD] = NB_ADD, [AST_SUB] = NB_SUBTRACT, [AST_MULT] = NB_MULTIPLY,
    [AST_MATMULT] = NB_MATRIX_MULTIPLY, [AST_DIV] = NB_TRUE_DIVIDE, [AST_MOD] = NB_REMAINDER,
    [AST_POW] = NB_POWER, [AST_LSHIFT] = NB_LSHIFT, [AST_RSHIFT] = NB_RSHIFT,
    [AST_BITOR] = NB_OR, [AST_BITXOR] = NB_XOR, [AST_BITAND] = NB_AND,
    [AST_FLOORDIV] = NB_FLOOR_DIVIDE,
};

/* The result of a folded operation, or NULL (the error, if any, dropped).
 * ast_opt.c's make_const clears an error that was never normalized (raw:
 * vm.h), so no exception object (nor its args tuple) is made, only the
 * message. */
static object *folded(vm *v, object *r)
{
    if (!r)
        vm_exc_clear(v);
    return r;
}

static object *fold_binop(compiler *c, const ast_expr *e)
{
    vm *v = c->v;
    object *a = const_value(c, e->u.binop.left);
    if (!a)
        return NULL;
    object *b = const_value(c, e->u.binop.right), *r = NULL;
    int op = binop_of[e->u.binop.op];
    if (b && safe(v, a, b, op)) {
        r = folded(v, obj_binary_op(v, a, b, op));
    }
    obj_decref(v, a);
    obj_xdecref(v, b);
    return r;
}

static object *fold_unary(compiler *c, const ast_expr *e)
{
    vm *v = c->v;
    object *a = const_value(c, e->u.unaryop.operand), *r = NULL;
    if (!a)
        return NULL;
    switch (e->u.unaryop.op) {
    case AST_NOT: {
        int t = obj_truth(v, a);
        r = t < 0 ? folded(v, NULL) : obj_bool(v, !t);
        break;
    }
    case AST_USUB: r = folded(v, obj_unary_op(v, a, UN_NEG)); break;
    case AST_UADD: r = folded(v, obj_unary_op(v, a, UN_POS)); break;
    case AST_INVERT: r = folded(v, obj_unary_op(v, a, UN_INVERT)); break;
    }
    obj_decref(v, a);
    return r;
}

/* A tuple of the elements' constant values, or NULL if one is not constant. */
static object *const_tuple(compiler *c, const ast_expr_seq *elts)
{
    vm *v = c->v;
    for (uint32_t i = 0; i < elts->n; i++)  /* fold_tuple: any length */
        if (elts->v[i]->kind == AST_STARRED)
            return NULL;
    /* the items first: CPython's optimizer makes the tuple only when all
     * of them are constants (no tuple made and freed for `(x, 1)`) */
    object **items = hv_malloc((elts->n ? elts->n : 1) * sizeof *items);
    uint32_t n = 0;
    while (n < elts->n && (items[n] = const_value(c, elts->v[n])))
        n++;
    object *t = n == elts->n ? tuple_new(v, n) : NULL;
    for (uint32_t i = 0; i < n; i++) {
        if (t)
            tuple_set(v, t, i, items[i]);
        else
            obj_decref(v, items[i]);
    }
    free(items);
    return n == elts->n ? check(c, t) : NULL;
}

static int is_debug_name(const ast_ident *id)
{
    return id->len == 9 && !memcmp(id->name, "__debug__", 9);
}

static object *fold_node(compiler *c, const ast_expr *e)
{
    switch (e->kind) {
    case AST_BINOP:
        return fold_binop(c, e);
    case AST_UNARYOP:
        return fold_unary(c, e);
    case AST_TUPLE:
        return e->ctx == AST_LOAD ? const_tuple(c, &e->u.list.elts) : NULL;
    case AST_SUBSCRIPT: {
        if (e->ctx != AST_LOAD || e->u.subscript.slice->kind == AST_SLICE)
            return NULL;
        object *a = const_value(c, e->u.subscript.value);
        object *k = a ? const_value(c, e->u.subscript.slice) : NULL, *r = NULL;
        if (k && (obj_is(c->v, a, T_STR) || obj_is(c->v, a, T_TUPLE) || obj_is(c->v, a, T_BYTES))) {
            r = folded(c->v, obj_getitem(c->v, a, k));
        }
        obj_xdecref(c->v, a);
        obj_xdecref(c->v, k);
        return r;
    }
    case AST_NAME:                      /* ast_opt.c: `__debug__` is the constant True (no -O) */
        return e->ctx == AST_LOAD && is_debug_name(e->u.name.id) ? obj_bool(c->v, 1) : NULL;
    default:
        return NULL;
    }
}

/* e's constant value: a literal's, or what the optimizer folds e into
 * (tried once per node; what it makes is kept by the arena), or NULL. */
static object *const_value(compiler *c, const ast_expr *e)
{
    if (e->kind == AST_CONSTANT)
        return constant_object(c, e);
    uint64_t i;
    if (map_get(&c->node_const, (uint64_t)(uintptr_t)e, &i))   /* tried before: folded or not */
        return i == NOT_FOLDED ? NULL : obj_incref(c->v, c->arena->items[i]);
    object *o = fold_node(c, e);
    if (!o)
        map_put(&c->node_const, (uint64_t)(uintptr_t)e, NOT_FOLDED);
    return node_keep(c, e, o);
}

/* ---- emitting ------------------------------------------------------------------ */

#define B (&c->cu->b)

static void at(compiler *c, const ast_loc *loc)
{
    build_at(B, (uint32_t)loc->line, (uint32_t)loc->col, (uint32_t)loc->end_line, (uint32_t)loc->end_col);
}

/* update_start_location_to_match_attr: an attribute whose name is on a
 * later line than its start is located at the name (obj.attr's own span
 * otherwise). */
static void at_attr(compiler *c, const ast_expr *e)
{
    const ast_loc *l = &e->loc;
    uint32_t len = (uint32_t)e->u.attribute.attr->len;
    if (l->line == l->end_line || (uint32_t)l->end_col < len)
        at(c, l);
    else
        build_at(B, (uint32_t)l->end_line, (uint32_t)l->end_col - len, (uint32_t)l->end_line,
                 (uint32_t)l->end_col);
}

static void op(compiler *c, unsigned opc, uint32_t arg)
{
    build_op(B, opc, arg);
}

static void load_const(compiler *c, object *o)     /* takes o's reference */
{
    build_load_const(B, o);
}

/* The co_names index of id, mangled inside a class as every name operand
 * is (compiler_addop_name, compiler_nameop: _Py_Mangle), so `self.__x` in
 * class C reads "_C__x". */
static uint32_t name_index(compiler *c, const ast_ident *id)
{
    object *s = mangled_str(c, id);
    uint32_t i = build_name(B, unit_const(&c->u, s));
    return i;
}

static void error_text(buf *out, const char *filename, const parse_error *e);

/* Physical line `line` of the source as the compiler's errors quote it
 * (malloc'd), or NULL: PyErr_ProgramTextObject, strict UTF-8. */
static char *line_text(const char *src, size_t n, int32_t line)
{
    lex *lx = lex_new(src, n, "");
    char *t = lex_program_text(lx, line);
    lex_free(lx);
    return t;
}

/* Appends CPython's SyntaxError report "msg" located at loc (columns 0-based). */
static void located_error(buf *err, const char *src, size_t n, const char *filename,
                          const ast_loc *loc, const char *msg)
{
    parse_error e = {.kind = LEX_ERR_SYNTAX, .line = loc->line, .col = loc->col + 1,
                     .end_line = loc->end_line, .end_col = loc->end_col + 1};
    e.msg = hv_malloc(strlen(msg) + 1);
    strcpy(e.msg, msg);
    e.text = line_text(src, n, loc->line);
    error_text(err, filename, &e);
    parse_error_clear(&e);
}

/* Refuses a construct outside heapviz's subset: a SyntaxError naming it,
 * located at loc, as the front end reports the ones it finds. */
static void unsupported(compiler *c, const ast_loc *loc, const char *what)
{
    buf msg = BUF_INIT;
    buf_printf(&msg, "heapviz does not support %s", what);
    located_error(c->err, c->source, c->n, STR(c->filename)->data, loc, buf_str(&msg));
    buf_free(&msg);
    longjmp(c->fail, 2);
}

/* ---- expressions ---------------------------------------------------------------- */

static void expr(compiler *c, const ast_expr *e);
static void warned_here(compiler *c, const void *node, int32_t line);
static void lambda(compiler *c, const ast_expr *e);
static void store(compiler *c, const ast_expr *target);
static void make_closure(compiler *c, cunit *inner, object *code, uint32_t flags);
static object *compile_comprehension(compiler *c, const ast_expr *e);

static void name_op(compiler *c, const ast_expr *e, int ctx)
{
    uint32_t slot = e->u.name.slot;
    switch (e->u.name.access) {
    case AST_ACCESS_FAST:
        op(c, ctx == AST_LOAD ? OP_LOAD_FAST : ctx == AST_STORE ? OP_STORE_FAST : OP_DELETE_FAST, slot);
        return;
    case AST_ACCESS_DEREF:
        op(c, ctx == AST_LOAD ? OP_LOAD_DEREF : ctx == AST_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, slot);
        return;
    case AST_ACCESS_CLASSDEREF:
        op(c, ctx == AST_LOAD ? OP_LOAD_CLASSDEREF : ctx == AST_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, slot);
        return;
    case AST_ACCESS_GLOBAL: {
        uint32_t i = name_index(c, e->u.name.id);
        op(c, ctx == AST_LOAD ? OP_LOAD_GLOBAL : ctx == AST_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
           ctx == AST_LOAD ? i << 1 : i);
        return;
    }
    default: {
        uint32_t i = name_index(c, e->u.name.id);
        op(c, ctx == AST_LOAD ? OP_LOAD_NAME : ctx == AST_STORE ? OP_STORE_NAME : OP_DELETE_NAME, i);
        return;
    }
    }
}

static int all_constant(compiler *c, const ast_expr_seq *elts)
{
    object *t = const_tuple(c, elts);
    if (!t)
        return 0;
    obj_decref(c->v, t);
    return 1;
}

/* starunpack_helper: a list, set or tuple display, or a call's positional
 * arguments (tuple: CALL_FUNCTION_EX's tuple), as 3.11 builds them: 3+
 * constants from a constant tuple (a frozenset for a set); without a star
 * BUILD_x n (BUILD_TUPLE for a tuple); with one, or past the stack
 * guideline, BUILD_x of the items before the first star (0 when big), then
 * x_EXTEND per starred item and x_ADD per other one, and LIST_TO_TUPLE. */
static void starunpack(compiler *c, const ast_expr_seq *elts, unsigned build, unsigned add,
                       unsigned extend, int tuple)
{
    uint32_t n = elts->n;
    if (n > 2 && all_constant(c, elts)) {
        object *t = const_tuple(c, elts);
        if (tuple) {
            load_const(c, t);
            return;
        }
        if (build == OP_BUILD_SET) {
            object *fs = set_new_frozen(c->v, t);
            obj_decref(c->v, t);
            t = check(c, fs);               /* freed once merged (LOAD_CONST_NEW) */
        }
        op(c, build, 0);
        load_const(c, t);
        op(c, extend, 1);
        return;
    }
    int big = n > STACK_USE_GUIDELINE, star = 0;
    for (uint32_t i = 0; i < n; i++)
        star |= elts->v[i]->kind == AST_STARRED;
    if (!star && !big) {
        for (uint32_t i = 0; i < n; i++)
            expr(c, elts->v[i]);
        if (tuple)
            build_tuple(B, n);
        else
            op(c, build, n);
        return;
    }
    int built = big;
    if (big)
        op(c, build, 0);
    for (uint32_t i = 0; i < n; i++) {
        const ast_expr *x = elts->v[i];
        if (x->kind == AST_STARRED) {
            if (!built)
                op(c, build, i);
            built = 1;
            expr(c, x->u.starred.value);
            op(c, extend, 1);
        } else {
            expr(c, x);
            if (built)
                op(c, add, 1);
        }
    }
    if (tuple)
        op(c, OP_LIST_TO_TUPLE, 0);
}

static void display(compiler *c, const ast_expr *e, unsigned build, unsigned add, unsigned extend)
{
    starunpack(c, e->kind == AST_SET ? &e->u.set.elts : &e->u.list.elts, build, add, extend, 0);
}

/* compiler_subdict: pairs [begin, end) of a dict display as one dict. */
static void subdict(compiler *c, const ast_expr *e, uint32_t begin, uint32_t end)
{
    uint32_t n = end - begin;
    int big = 2 * n > STACK_USE_GUIDELINE;
    ast_expr_seq keys = {n, e->u.dict.keys.v + begin};
    if (n > 1 && !big && all_constant(c, &keys)) {
        for (uint32_t i = begin; i < end; i++)
            expr(c, e->u.dict.values.v[i]);
        load_const(c, const_tuple(c, &keys));
        op(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        op(c, OP_BUILD_MAP, 0);
    for (uint32_t i = begin; i < end; i++) {
        expr(c, e->u.dict.keys.v[i]);
        expr(c, e->u.dict.values.v[i]);
        if (big)
            op(c, OP_MAP_ADD, 1);
    }
    if (!big)
        op(c, OP_BUILD_MAP, n);
}

/* A dict just built joins the one under it by `merge` (DICT_UPDATE in a
 * display, DICT_MERGE in a call), unless it is the first (*have). */
static void merge_built(compiler *c, int *have, unsigned merge)
{
    if (*have)
        op(c, merge, 1);
    *have = 1;
}

/* A **mapping: merged into the dict under it, an empty one made first. */
static void merge_mapping(compiler *c, int *have, const ast_expr *mapping, unsigned merge)
{
    if (!*have)
        op(c, OP_BUILD_MAP, 0);
    *have = 1;
    expr(c, mapping);
    op(c, merge, 1);
}

/* compiler_dict: runs of key: value pairs as sub-dicts (a run ends at a
 * **m or past the stack guideline), merged by DICT_UPDATE into the first. */
static void dict_display(compiler *c, const ast_expr *e)
{
    uint32_t n = e->u.dict.keys.n, elements = 0;
    int have = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!e->u.dict.keys.v[i]) {                 /* **value */
            if (elements) {
                subdict(c, e, i - elements, i);
                merge_built(c, &have, OP_DICT_UPDATE);
                elements = 0;
            }
            merge_mapping(c, &have, e->u.dict.values.v[i], OP_DICT_UPDATE);
        } else if (2 * elements > STACK_USE_GUIDELINE) {
            subdict(c, e, i - elements, i + 1);
            merge_built(c, &have, OP_DICT_UPDATE);
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        subdict(c, e, n - elements, n);
        merge_built(c, &have, OP_DICT_UPDATE);
    }
    if (!have)
        op(c, OP_BUILD_MAP, 0);
}

static void compare_op(compiler *c, uint8_t cmp)
{
    switch (cmp) {
    case AST_EQ: op(c, OP_COMPARE_OP, CMP_EQ); break;
    case AST_NOTEQ: op(c, OP_COMPARE_OP, CMP_NE); break;
    case AST_LT: op(c, OP_COMPARE_OP, CMP_LT); break;
    case AST_LTE: op(c, OP_COMPARE_OP, CMP_LE); break;
    case AST_GT: op(c, OP_COMPARE_OP, CMP_GT); break;
    case AST_GTE: op(c, OP_COMPARE_OP, CMP_GE); break;
    case AST_IS: op(c, OP_IS_OP, 0); break;
    case AST_ISNOT: op(c, OP_IS_OP, 1); break;
    case AST_IN: op(c, OP_CONTAINS_OP, 0); break;
    case AST_NOTIN: op(c, OP_CONTAINS_OP, 1); break;
    }
}

/* What a `for` loop or a comprehension iterates, and the last operand of
 * `in`/`not in`, after 3.11's optimizer (fold_iter in Python/ast_opt.c):
 * a list display becomes a tuple (a constant one when every item is a
 * constant), a set display of constants a frozenset; a display with a
 * starred item is left alone. */

/* Whether fold_iter leaves display e alone: not a list or set display, or
 * one with a starred item. */
static int iter_kept(const ast_expr *e)
{
    if (e->kind != AST_LIST && e->kind != AST_SET)
        return 1;
    const ast_expr_seq *elts = e->kind == AST_SET ? &e->u.set.elts : &e->u.list.elts;
    for (uint32_t i = 0; i < elts->n; i++)
        if (elts->v[i]->kind == AST_STARRED)
            return 1;
    return 0;
}

/* fold_iter's constant for the list or set display e (iter_kept false):
 * a tuple, or a frozenset, made once and kept by the arena (a new
 * reference), or NULL when an item is not constant. */
static object *iter_const(compiler *c, const ast_expr *e)
{
    const ast_expr_seq *elts = e->kind == AST_SET ? &e->u.set.elts : &e->u.list.elts;
    object *t = node_object(c, e);
    if (!t && (t = const_tuple(c, elts))) {
        if (e->kind == AST_SET) {
            object *fs = set_new_frozen(c->v, t);   /* fold_iter's, kept by the arena */
            obj_decref(c->v, t);
            t = check(c, fs);
        }
        t = node_keep(c, e, t);     /* make_const: the arena holds it (`[]`: one more ref to ()) */
    }
    return t;
}

static void iter_operand(compiler *c, const ast_expr *e)
{
    if (iter_kept(e)) {
        expr(c, e);
        return;
    }
    const ast_expr_seq *elts = e->kind == AST_SET ? &e->u.set.elts : &e->u.list.elts;
    object *t = iter_const(c, e);
    if (t) {
        load_const(c, t);
    } else if (e->kind == AST_LIST) {
        for (uint32_t i = 0; i < elts->n; i++)
            expr(c, elts->v[i]);
        build_tuple(B, elts->n);
    } else {
        expr(c, e);
    }
}

/* fold_compare: only the last operand of a chain is folded. */
static void comparand(compiler *c, const ast_expr *e, uint8_t cmp, int last)
{
    if (last && (cmp == AST_IN || cmp == AST_NOTIN))
        iter_operand(c, e);
    else
        expr(c, e);
}

/* fold_unaryop (Python/ast_opt.c): `not` of one is/is not/in/not in
 * comparison is the opposite comparison, located where the comparison is;
 * that comparison's operator, else 0 (not folded). */
static uint8_t not_folded(const ast_expr *e)
{
    if (e->kind != AST_UNARYOP || e->u.unaryop.op != AST_NOT)
        return 0;
    const ast_expr *cmp = e->u.unaryop.operand;
    if (cmp->kind != AST_COMPARE || cmp->u.compare.comparators.n != 1)
        return 0;
    switch (cmp->u.compare.ops[0]) {
    case AST_IS: return AST_ISNOT;
    case AST_ISNOT: return AST_IS;
    case AST_IN: return AST_NOTIN;
    case AST_NOTIN: return AST_IN;
    default: return 0;
    }
}

/* The links of a chained comparison after its left operand: each but the
 * last keeps its right operand for the next (SWAP, COPY) and leaves
 * through `jump` to cleanup when false; the last leaves its result. */
static void compare_links(compiler *c, const ast_expr *e, unsigned jump, uint32_t cleanup)
{
    uint32_t n = e->u.compare.comparators.n;
    for (uint32_t i = 0; i + 1 < n; i++) {
        comparand(c, e->u.compare.comparators.v[i], e->u.compare.ops[i], 0);
        op(c, OP_SWAP, 2);
        op(c, OP_COPY, 2);
        compare_op(c, e->u.compare.ops[i]);
        build_jump(B, jump, cleanup);
    }
    comparand(c, e->u.compare.comparators.v[n - 1], e->u.compare.ops[n - 1], 1);
    compare_op(c, e->u.compare.ops[n - 1]);
}

/* e's comparison; a single comparison's operator is `single` when that is
 * not 0 (a `not` folded into it). */
static void compare(compiler *c, const ast_expr *e, uint8_t single)
{
    uint32_t n = e->u.compare.comparators.n;
    expr(c, e->u.compare.left);
    if (n == 1) {
        uint8_t cmp = single ? single : e->u.compare.ops[0];
        comparand(c, e->u.compare.comparators.v[0], cmp, 1);
        compare_op(c, cmp);
        return;
    }
    uint32_t cleanup = build_label(B), end = build_label(B);
    compare_links(c, e, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    build_jump(B, OP_JUMP, end);
    build_place(B, cleanup);
    op(c, OP_SWAP, 2);
    op(c, OP_POP_TOP, 0);
    build_place(B, end);
}

static void boolop(compiler *c, const ast_expr *e)
{
    uint32_t end = build_label(B);
    unsigned jump = e->u.boolop.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (uint32_t i = 0; i < e->u.boolop.values.n; i++) {
        expr(c, e->u.boolop.values.v[i]);
        if (i + 1 < e->u.boolop.values.n)
            build_jump(B, jump, end);
    }
    build_place(B, end);
}

/* compiler_call_helper's test for CALL_FUNCTION_EX: a starred argument,
 * a **mapping, or more values than the stack guideline. */
static int ex_call_needed(const ast_expr *e)
{
    uint32_t n = e->u.call.args.n, nkw = e->u.call.keywords.n;
    if (n + 2 * nkw > STACK_USE_GUIDELINE)
        return 1;
    for (uint32_t i = 0; i < n; i++)
        if (e->u.call.args.v[i]->kind == AST_STARRED)
            return 1;
    for (uint32_t i = 0; i < nkw; i++)
        if (!e->u.call.keywords.v[i]->arg)
            return 1;
    return 0;
}

/* is_import_originated: obj is a name the module's scope binds by an
 * import (`import sys`, `from sys import argv`), looked up there whatever
 * the scope of the call. */
static int import_originated(compiler *c, const ast_expr *obj)
{
    if (obj->kind != AST_NAME)
        return 0;
    const symtable_scope *top = c->cu->scope;
    while (top->parent)
        top = top->parent;
    const symtable_symbol *s = symtable_lookup(top, obj->u.name.id);
    return s && (s->flags & SYMTABLE_DEF_IMPORT);
}

/* maybe_optimize_method_call's test: obj.meth(...) is LOAD_METHOD + CALL
 * unless it takes * or ** arguments or too many values, or obj is an
 * imported name (3.11 leaves that a LOAD_ATTR, for lazy imports: a method
 * of `from sys import argv` is bound first, 72 bytes). */
static int method_call(compiler *c, const ast_expr *e)
{
    const ast_expr *f = e->u.call.func;
    uint32_t n = e->u.call.args.n, nkw = e->u.call.keywords.n;
    if (f->kind != AST_ATTRIBUTE || f->ctx != AST_LOAD || n + nkw + (nkw != 0) >= STACK_USE_GUIDELINE ||
        import_originated(c, f->u.attribute.value))
        return 0;
    for (uint32_t i = 0; i < n; i++)
        if (e->u.call.args.v[i]->kind == AST_STARRED)
            return 0;
    for (uint32_t i = 0; i < nkw; i++)
        if (!e->u.call.keywords.v[i]->arg)
            return 0;
    return 1;
}

/* Named keywords of a call or a class statement: the values, then
 * compiler_call_simple_kw_helper's KW_NAMES (none without keywords). */
static void keyword_values(compiler *c, const ast_keyword_seq *kws)
{
    if (!kws->n)
        return;
    for (uint32_t i = 0; i < kws->n; i++)
        expr(c, kws->v[i]->value);
    object *names = check(c, tuple_new(c->v, kws->n));
    for (uint32_t i = 0; i < kws->n; i++)
        tuple_set(c->v, names, i, ident_str(c, kws->v[i]->arg));
    op(c, OP_KW_NAMES, build_const(B, unit_const(&c->u, names)));
}

/* The arguments of a call and its KW_NAMES; returns the CALL count. */
static uint32_t call_args(compiler *c, const ast_expr *e)
{
    for (uint32_t i = 0; i < e->u.call.args.n; i++)
        expr(c, e->u.call.args.v[i]);
    keyword_values(c, &e->u.call.keywords);
    return e->u.call.args.n + e->u.call.keywords.n;
}

/* compiler_subkwargs: the named keywords [begin, end) as one dict. */
static void subkwargs(compiler *c, const ast_keyword_seq *kws, uint32_t begin, uint32_t end)
{
    uint32_t n = end - begin;
    int big = 2 * n > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {                /* the values, then the keys' tuple */
        for (uint32_t i = begin; i < end; i++)
            expr(c, kws->v[i]->value);
        object *keys = check(c, tuple_new(c->v, n));
        for (uint32_t i = begin; i < end; i++)
            tuple_set(c->v, keys, i - begin, ident_str(c, kws->v[i]->arg));
        load_const(c, keys);
        op(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        op(c, OP_BUILD_MAP, 0);
    for (uint32_t i = begin; i < end; i++) {
        load_const(c, ident_str(c, kws->v[i]->arg));
        expr(c, kws->v[i]->value);
        if (big)
            op(c, OP_MAP_ADD, 1);
    }
    if (!big)
        op(c, OP_BUILD_MAP, n);
}

/* The ex_call part of compiler_call_helper: the positional arguments as
 * one tuple (a lone *x as x itself), the keywords as one dict (runs of
 * named ones as sub-dicts, each **m merged by DICT_MERGE), then
 * CALL_FUNCTION_EX. */
static void ex_call(compiler *c, const ast_expr *e)
{
    const ast_expr_seq *args = &e->u.call.args;
    const ast_keyword_seq *kws = &e->u.call.keywords;
    if (args->n == 1 && args->v[0]->kind == AST_STARRED)
        expr(c, args->v[0]->u.starred.value);
    else
        starunpack(c, args, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 1);
    uint32_t seen = 0;
    int have = 0;
    for (uint32_t i = 0; i < kws->n; i++) {
        if (kws->v[i]->arg) {
            seen++;
            continue;
        }
        if (seen) {
            subkwargs(c, kws, i - seen, i);
            merge_built(c, &have, OP_DICT_MERGE);
            seen = 0;
        }
        merge_mapping(c, &have, kws->v[i]->value, OP_DICT_MERGE);
    }
    if (seen) {
        subkwargs(c, kws, kws->n - seen, kws->n);
        merge_built(c, &have, OP_DICT_MERGE);
    }
    at(c, &e->loc);
    op(c, OP_CALL_FUNCTION_EX, kws->n > 0);
}

static void call(compiler *c, const ast_expr *e)
{
    const ast_expr *f = e->u.call.func;
    if (method_call(c, e)) {                            /* obj.meth(...): LOAD_METHOD */
        expr(c, f->u.attribute.value);
        at_attr(c, f);
        op(c, OP_LOAD_METHOD, name_index(c, f->u.attribute.attr));
    } else if (f->kind == AST_NAME && f->u.name.access == AST_ACCESS_GLOBAL) {
        at(c, &f->loc);                                 /* the name's own position (a NameError's) */
        op(c, OP_LOAD_GLOBAL, name_index(c, f->u.name.id) << 1 | 1);
    } else {
        op(c, OP_PUSH_NULL, 0);
        expr(c, f);
    }
    if (ex_call_needed(e)) {
        ex_call(c, e);
        return;
    }
    uint32_t n = call_args(c, e);
    at(c, &e->loc);
    op(c, OP_CALL, n);
}

static void joined_str(compiler *c, const ast_expr *e);

static void formatted_value(compiler *c, const ast_expr *e)
{
    expr(c, e->u.formattedvalue.value);
    uint32_t flags = e->u.formattedvalue.conversion == 's' ? 1 : e->u.formattedvalue.conversion == 'r' ? 2
                   : e->u.formattedvalue.conversion == 'a' ? 3 : 0;
    if (e->u.formattedvalue.format_spec) {
        joined_str(c, e->u.formattedvalue.format_spec);
        flags |= 4;
    }
    op(c, OP_FORMAT_VALUE, flags);
}

/* compiler_joined_str around n pieces: BUILD_STRING n (none for one), or,
 * past STACK_USE_GUIDELINE pieces, ''.join of a list they are appended to.
 * joined_begin goes before the first piece, joined_piece after each. */
static void joined_begin(compiler *c, uint32_t n)
{
    if (n <= STACK_USE_GUIDELINE)
        return;
    load_const(c, obj_incref(c->v, c->v->empty_str));
    object *join = check(c, str_intern(c->v, str_static_interned(c->v, "join")));
    op(c, OP_LOAD_METHOD, build_name(B, unit_const(&c->u, join)));
    op(c, OP_BUILD_LIST, 0);
}

static void joined_piece(compiler *c, uint32_t n)
{
    if (n > STACK_USE_GUIDELINE)
        op(c, OP_LIST_APPEND, 1);
}

static void joined_end(compiler *c, uint32_t n)
{
    if (n > STACK_USE_GUIDELINE)
        op(c, OP_CALL, 1);
    else if (n != 1)
        op(c, OP_BUILD_STRING, n);
}

static void joined_str(compiler *c, const ast_expr *e)
{
    uint32_t n = e->u.joinedstr.values.n;
    uint64_t key = (uint64_t)(uint32_t)e->loc.line << 32 | (uint32_t)e->loc.col, had;
    if (c->arena->list && !map_get(&c->joined_at, key, &had))
        map_put(&c->joined_at, key, (uint64_t)(uintptr_t)e);   /* the outer one */
    if (n == 1 && e->u.joinedstr.values.v[0]->kind == AST_FORMATTEDVALUE) {
        formatted_value(c, e->u.joinedstr.values.v[0]);
        return;
    }
    joined_begin(c, n);
    for (uint32_t i = 0; i < n; i++) {
        const ast_expr *part = e->u.joinedstr.values.v[i];
        if (part->kind == AST_FORMATTEDVALUE)
            formatted_value(c, part);
        else
            expr(c, part);
        joined_piece(c, n);
    }
    joined_end(c, n);
}

/* ---- %-formatting as an f-string (Python/ast_opt.c, optimize_format) ------------
 * 3.11's optimizer rewrites `'...' % (a, b)`, a constant str and a tuple
 * display (not itself folded into a constant, nothing starred), into the
 * f-string it means when each directive is %s, %r or %a (any flags, z
 * included, which PyUnicode_Format itself refuses) with at most two
 * digits of width and of precision, as many directives as items: the
 * literal runs become constants ('%%' as '%'), each directive a
 * FORMAT_VALUE with its conversion and a spec ('>' and the width unless
 * '-', '.' and the precision; the other flags dropped).  No tuple is made
 * and PyUnicode_Format never runs. */

typedef struct pct_part {
    uint32_t start, end;    /* a literal run of the format, in bytes (item < 0) */
    int32_t item;           /* the directive's item, or -1 */
    int32_t conv;           /* 's', 'r' or 'a' */
    int32_t width, prec;    /* -1: none */
    int ljust;              /* the '-' flag */
} pct_part;

/* The digits from *ch on, read into *num (*ch then the character after
 * them): -1 when the format ends first or a third digit comes
 * (simple_format_arg_parse's MAXDIGITS), else 0. */
static int pct_digits(const char *f, uint32_t n, uint32_t *i, char *ch, int32_t *num)
{
    *num = 0;
    for (int digits = 0; *ch >= '0' && *ch <= '9';) {
        *num = *num * 10 + (*ch - '0');
        if (*i >= n || ++digits >= 3)
            return -1;
        *ch = f[(*i)++];
    }
    return 0;
}

/* simple_format_arg_parse: the directive after a '%', from f[*pos]; 0 when
 * the optimizer gives up on it (the format ends, a number is too long,
 * the type is not s, r or a). */
static int pct_directive(const char *f, uint32_t n, uint32_t *pos, pct_part *p)
{
    uint32_t i = *pos;
    char ch;
    p->ljust = 0;
    p->width = p->prec = -1;
    do {                                            /* the flags */
        if (i >= n)
            return 0;
        ch = f[i++];
        p->ljust |= ch == '-';
    } while (ch && strchr("-+ #0z", ch));
    if (ch >= '0' && ch <= '9' && pct_digits(f, n, &i, &ch, &p->width))
        return 0;
    if (ch == '.') {
        if (i >= n)
            return 0;
        ch = f[i++];
        if (pct_digits(f, n, &i, &ch, &p->prec))
            return 0;
    }
    if (ch != 's' && ch != 'r' && ch != 'a')
        return 0;
    p->conv = ch;
    *pos = i;
    return 1;
}

/* The parts of format f for nitems items (at most 2 * nitems + 1), or -1
 * when the optimizer leaves the expression alone. */
static int64_t pct_parts(const char *f, uint32_t n, uint32_t nitems, pct_part *parts)
{
    uint32_t pos = 0, np = 0;
    int32_t cnt = 0;
    for (;;) {
        uint32_t start = pos;
        while (pos < n && (f[pos] != '%' || (pos + 1 < n && f[pos + 1] == '%')))
            pos += f[pos] == '%' ? 2 : 1;
        if (pos > start)
            parts[np++] = (pct_part){.start = start, .end = pos, .item = -1};
        if (pos >= n)
            break;
        if ((uint32_t)cnt >= nitems)
            return -1;
        pos++;
        if (!pct_directive(f, n, &pos, &parts[np]))
            return -1;
        parts[np++].item = cnt++;
    }
    return (uint32_t)cnt < nitems ? -1 : (int64_t)np;
}

int compile_percent_fstring(const char *fmt, uint32_t nbytes, uint32_t nitems)
{
    pct_part *parts = hv_malloc((2 * (size_t)nitems + 1) * sizeof *parts);
    int64_t np = pct_parts(fmt, nbytes, nitems, parts);
    free(parts);
    return np >= 0;
}

/* A new str constant of the text, kept by the arena, loaded. */
static void load_new_str(compiler *c, const char *text, size_t n)
{
    object *o = check(c, str_from_utf8(c->v, text, n));
    arena_hold(c, o);
    load_const(c, o);
}

/* e (a BinOp) compiled as optimize_format's f-string: 1, or 0 when it is
 * not one. */
static int percent_format(compiler *c, const ast_expr *e)
{
    const ast_expr *t = e->u.binop.right;
    if (e->u.binop.op != AST_MOD || t->kind != AST_TUPLE)
        return 0;
    const ast_expr_seq *items = &t->u.list.elts;
    for (uint32_t i = 0; i < items->n; i++)
        if (items->v[i]->kind == AST_STARRED)
            return 0;
    object *fmt = const_value(c, e->u.binop.left), *folded_tuple = const_value(c, t);
    int64_t np = -1;
    pct_part *parts = NULL;
    if (fmt && !folded_tuple && obj_is(c->v, fmt, T_STR)) {
        parts = hv_malloc((2 * (size_t)items->n + 1) * sizeof *parts);
        np = pct_parts(STR(fmt)->data, (uint32_t)STR(fmt)->nbytes, items->n, parts);
    }
    obj_xdecref(c->v, folded_tuple);
    if (np >= 0)
        joined_begin(c, (uint32_t)np);
    for (int64_t k = 0; k < np; k++) {
        const pct_part *p = &parts[k];
        if (p->item < 0) {
            buf lit = BUF_INIT;
            for (uint32_t i = p->start; i < p->end; i += STR(fmt)->data[i] == '%' ? 2 : 1)
                buf_addc(&lit, STR(fmt)->data[i]);
            load_new_str(c, lit.data, lit.len);
            buf_free(&lit);
            joined_piece(c, (uint32_t)np);
            continue;
        }
        const ast_expr *x = items->v[p->item];
        expr(c, x);
        char spec[16];
        int sn = snprintf(spec, sizeof spec, "%s", !p->ljust && p->width > 0 ? ">" : "");
        if (p->width >= 0)
            sn += snprintf(spec + sn, sizeof spec - (size_t)sn, "%d", (int)p->width);
        if (p->prec >= 0)
            sn += snprintf(spec + sn, sizeof spec - (size_t)sn, ".%d", (int)p->prec);
        if (sn)
            load_new_str(c, spec, (size_t)sn);
        at(c, &x->loc);
        op(c, OP_FORMAT_VALUE, (p->conv == 's' ? 1u : p->conv == 'r' ? 2u : 3u) | (sn ? 4u : 0u));
        joined_piece(c, (uint32_t)np);
    }
    if (np >= 0) {
        at(c, &e->loc);
        joined_end(c, (uint32_t)np);
    }
    obj_xdecref(c->v, fmt);
    free(parts);
    return np >= 0;
}

static void subscript_key(compiler *c, const ast_expr *s)
{
    if (s->kind == AST_SLICE) {
        uint32_t n = 2;
        if (s->u.slice.lower)
            expr(c, s->u.slice.lower);
        else
            load_const(c, obj_incref(c->v, c->v->none));
        if (s->u.slice.upper)
            expr(c, s->u.slice.upper);
        else
            load_const(c, obj_incref(c->v, c->v->none));
        if (s->u.slice.step) {
            expr(c, s->u.slice.step);
            n = 3;
        }
        op(c, OP_BUILD_SLICE, n);
        return;
    }
    expr(c, s);
}

/* An attribute's object, then opc (LOAD_ATTR, STORE_ATTR, DELETE_ATTR) at
 * the attribute's name. */
static void attribute_op(compiler *c, const ast_expr *t, unsigned opc)
{
    expr(c, t->u.attribute.value);
    at_attr(c, t);
    op(c, opc, name_index(c, t->u.attribute.attr));
}

/* A subscript target's object and key, then opc (STORE_SUBSCR or
 * DELETE_SUBSCR; a load's BINARY_SUBSCR is located at the whole
 * subscript first: expr). */
static void subscript_op(compiler *c, const ast_expr *t, unsigned opc)
{
    expr(c, t->u.subscript.value);
    subscript_key(c, t->u.subscript.slice);
    op(c, opc, 0);
}

/* The `JUMP end` closing a branch (CPython's ADDOP_JUMP_NOLINE). */
static void jump_over(compiler *c, uint32_t label)
{
    build_jump(B, OP_JUMP, label);
}

static void jump_if(compiler *c, const ast_expr *e, uint32_t label, int cond);

/* jump_if's chained comparison: each link but the last jumps to a cleanup
 * that pops the operand it kept, and from there to label when cond is 0. */
static void jump_if_chain(compiler *c, const ast_expr *e, uint32_t label, int cond)
{
    warned_here(c, e, e->loc.line);
    uint32_t cleanup = build_label(B), end = build_label(B);
    expr(c, e->u.compare.left);
    compare_links(c, e, OP_POP_JUMP_IF_FALSE, cleanup);
    build_jump(B, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    jump_over(c, end);
    build_place(B, cleanup);
    op(c, OP_POP_TOP, 0);
    if (!cond)
        jump_over(c, label);
    build_place(B, end);
}

/* compiler_jump_if (3.11.2): jumps to label when e's truth is cond.  `not`
 * flips the jump, `and`/`or` jump per operand, a conditional expression
 * jumps from each branch, a chained comparison from each link, all without
 * computing a value; anything else is computed and popped by the jump.  A
 * comparison's position stays set after it (CPython sets it without
 * restoring it), so what follows a test such as an assert's raise is
 * located at the last comparison. */
static void jump_if(compiler *c, const ast_expr *e, uint32_t label, int cond)
{
    switch (e->kind) {
    case AST_UNARYOP:
        if (e->u.unaryop.op != AST_NOT || const_value(c, e))
            break;
        jump_if(c, e->u.unaryop.operand, label, !cond);
        return;
    case AST_BOOLOP: {
        int is_or = e->u.boolop.op == AST_OR;
        uint32_t n = e->u.boolop.values.n, next = is_or != cond ? build_label(B) : label;
        for (uint32_t i = 0; i + 1 < n; i++)
            jump_if(c, e->u.boolop.values.v[i], next, is_or);
        jump_if(c, e->u.boolop.values.v[n - 1], label, cond);
        if (next != label)
            build_place(B, next);
        return;
    }
    case AST_IFEXP: {
        uint32_t end = build_label(B), other = build_label(B);
        jump_if(c, e->u.ifexp.test, other, 0);
        jump_if(c, e->u.ifexp.body, label, cond);
        jump_over(c, end);
        build_place(B, other);
        jump_if(c, e->u.ifexp.orelse, label, cond);
        build_place(B, end);
        return;
    }
    case AST_COMPARE:
        at(c, &e->loc);
        if (e->u.compare.comparators.n > 1) {
            jump_if_chain(c, e, label, cond);
            return;
        }
        break;
    default:
        break;
    }
    expr(c, e);
    build_jump(B, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void ifexp(compiler *c, const ast_expr *e)
{
    uint32_t other = build_label(B), end = build_label(B);
    jump_if(c, e->u.ifexp.test, other, 0);
    expr(c, e->u.ifexp.body);
    jump_over(c, end);
    build_place(B, other);
    expr(c, e->u.ifexp.orelse);
    build_place(B, end);
}

/* yield from X (compiler_add_yield_from): X's iterator, then a SEND loop
 * that yields what it produces and sends back what the generator is sent,
 * until it returns (its value stays on the stack). */
static void yield_from(compiler *c, const ast_expr *e)
{
    uint32_t start = build_label(B), exit = build_label(B);
    expr(c, e->u.yield.value);
    op(c, OP_GET_YIELD_FROM_ITER, 0);
    load_const(c, obj_incref(c->v, c->v->none));
    build_place(B, start);
    build_jump(B, OP_SEND, exit);
    op(c, OP_YIELD_VALUE, 0);
    build_jump(B, OP_JUMP_NO_INTERRUPT, start);
    build_place(B, exit);
}

static void expr_here(compiler *c, const ast_expr *e);

/* compiler_visit_expr: e's code, at e's position; the position before it
 * comes back after it (CPython's SET_LOC and restore), so what follows a
 * sub-expression is located at its enclosing node or statement. */
static void expr(compiler *c, const ast_expr *e)
{
    uint32_t line = B->line;
    uint64_t col = B->col;
    expr_here(c, e);
    B->line = line;
    B->col = col;
}

/* compiler_warn for node: the heap of the source line its warning quotes
 * (written already, see warnings()), once per warning issued there. */
static void warned_here(compiler *c, const void *node, int32_t line)
{
    uint64_t *left;
    if (!c->warned.count || !(left = map_find(&c->warned, (uint64_t)(uintptr_t)node)) || !*left)
        return;
    --*left;
    traceback_source_memory(c->v, STR(c->filename)->data, (uint32_t)line);
}

static void expr_here(compiler *c, const ast_expr *e)
{
    warned_here(c, e, e->loc.line);
    object *k = e->kind == AST_BINOP || e->kind == AST_UNARYOP || e->kind == AST_TUPLE ||
                e->kind == AST_CONSTANT || e->kind == AST_SUBSCRIPT || e->kind == AST_NAME ? const_value(c, e)
                                                                                           : NULL;
    at(c, &e->loc);                         /* SET_LOC: a constant too (co_linetable's key) */
    if (k) {
        load_const(c, k);
        return;
    }
    switch (e->kind) {
    case AST_NAME: name_op(c, e, AST_LOAD); break;
    case AST_BINOP:
        if (percent_format(c, e))
            break;
        expr(c, e->u.binop.left);
        expr(c, e->u.binop.right);
        at(c, &e->loc);
        op(c, OP_BINARY_OP, (uint32_t)binop_of[e->u.binop.op]);
        break;
    case AST_UNARYOP:
        if (not_folded(e)) {
            at(c, &e->u.unaryop.operand->loc);
            compare(c, e->u.unaryop.operand, not_folded(e));
            break;
        }
        expr(c, e->u.unaryop.operand);
        at(c, &e->loc);
        op(c, e->u.unaryop.op == AST_NOT ? OP_UNARY_NOT : e->u.unaryop.op == AST_USUB ? OP_UNARY_NEGATIVE
              : e->u.unaryop.op == AST_UADD ? OP_UNARY_POSITIVE : OP_UNARY_INVERT, 0);
        break;
    case AST_BOOLOP: boolop(c, e); break;
    case AST_COMPARE: compare(c, e, 0); break;
    case AST_IFEXP: ifexp(c, e); break;
    case AST_CALL: call(c, e); break;
    case AST_ATTRIBUTE: attribute_op(c, e, OP_LOAD_ATTR); break;
    case AST_SUBSCRIPT:
        expr(c, e->u.subscript.value);
        subscript_key(c, e->u.subscript.slice);
        at(c, &e->loc);
        op(c, OP_BINARY_SUBSCR, 0);
        break;
    case AST_LIST: display(c, e, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND); break;
    case AST_SET: display(c, e, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE); break;
    case AST_TUPLE: starunpack(c, &e->u.list.elts, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 1); break;
    case AST_DICT: dict_display(c, e); break;
    case AST_JOINEDSTR: joined_str(c, e); break;
    case AST_FORMATTEDVALUE: formatted_value(c, e); break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENERATOREXP: {
        object *code = compile_comprehension(c, e);
        const ast_comprehension *first = e->kind == AST_DICTCOMP ? e->u.dictcomp.generators.v[0]
                                                                 : e->u.comp.generators.v[0];
        (void)code;
        iter_operand(c, first->iter);
        op(c, OP_GET_ITER, 0);
        op(c, OP_CALL, 0);
        break;
    }
    case AST_YIELD:
        if (e->u.yield.value)
            expr(c, e->u.yield.value);
        else
            load_const(c, obj_incref(c->v, c->v->none));
        op(c, OP_YIELD_VALUE, 0);
        break;
    case AST_LAMBDA: lambda(c, e); break;
    case AST_NAMEDEXPR:                     /* the value stays as the expression's */
        expr(c, e->u.namedexpr.value);
        op(c, OP_COPY, 1);
        store(c, e->u.namedexpr.target);
        break;
    case AST_AWAIT: unsupported(c, &e->loc, "'await'");
    case AST_YIELDFROM: yield_from(c, e); break;
    case AST_STARRED: unsupported(c, &e->loc, "star expressions here");
    case AST_SLICE: subscript_key(c, e); break;
    default: unsupported(c, &e->loc, "this expression");
    }
}

/* ---- targets -------------------------------------------------------------------- */

static void store_here(compiler *c, const ast_expr *t);

/* A target, at its position; the position before it comes back after. */
static void store(compiler *c, const ast_expr *t)
{
    uint32_t line = B->line;
    uint64_t col = B->col;
    store_here(c, t);
    B->line = line;
    B->col = col;
}

static void store_here(compiler *c, const ast_expr *t)
{
    at(c, &t->loc);
    switch (t->kind) {
    case AST_NAME: name_op(c, t, AST_STORE); return;
    case AST_ATTRIBUTE: attribute_op(c, t, OP_STORE_ATTR); return;
    case AST_SUBSCRIPT: subscript_op(c, t, OP_STORE_SUBSCR); return;
    case AST_TUPLE: case AST_LIST: {
        const ast_expr_seq *elts = &t->u.list.elts;
        uint32_t star = elts->n;
        for (uint32_t i = 0; i < elts->n; i++) {
            if (elts->v[i]->kind != AST_STARRED)
                continue;
            if (star < elts->n)
                compile_error(c, &t->loc, "multiple starred expressions in assignment");
            if (i >= 1u << 8)
                compile_error(c, &t->loc, "too many expressions in star-unpacking assignment");
            star = i;
        }
        if (star < elts->n) {                   /* a, *b, c = x: UNPACK_EX */
            op(c, OP_UNPACK_EX, star | (elts->n - star - 1) << 8);
            for (uint32_t i = 0; i < elts->n; i++)
                store(c, i == star ? elts->v[i]->u.starred.value : elts->v[i]);
            return;
        }
        size_t swap = build_unpack(B, elts->n);
        for (uint32_t i = 0; i < elts->n; i++)
            store(c, elts->v[i]);
        if (swap != BUILD_NO_SWAP)
            build_static_swap(B, swap);
        return;
    }
    default:
        unsupported(c, &t->loc, "this assignment target");
    }
}

static void delete(compiler *c, const ast_expr *t)
{
    at(c, &t->loc);
    switch (t->kind) {
    case AST_NAME: name_op(c, t, AST_DEL); return;
    case AST_ATTRIBUTE: attribute_op(c, t, OP_DELETE_ATTR); return;
    case AST_SUBSCRIPT: subscript_op(c, t, OP_DELETE_SUBSCR); return;
    case AST_TUPLE: case AST_LIST:
        for (uint32_t i = 0; i < t->u.list.elts.n; i++)
            delete(c, t->u.list.elts.v[i]);
        return;
    default:
        unsupported(c, &t->loc, "this del target");
    }
}

/* compiler_augassign: the target's load and store at the target (an
 * attribute's at its name), the operation at the statement. */
static void augassign(compiler *c, const ast_stmt *s)
{
    const ast_expr *t = s->u.augassign.target;
    uint32_t nb = NB_INPLACE + (uint32_t)binop_of[s->u.augassign.op];
    uint32_t line = B->line;
    uint64_t col = B->col;
    at(c, &t->loc);
    switch (t->kind) {
    case AST_NAME:
        name_op(c, t, AST_LOAD);
        B->line = line, B->col = col;
        expr(c, s->u.augassign.value);
        op(c, OP_BINARY_OP, nb);
        at(c, &t->loc);
        name_op(c, t, AST_STORE);
        return;
    case AST_ATTRIBUTE: {
        uint32_t n = name_index(c, t->u.attribute.attr);
        expr(c, t->u.attribute.value);
        op(c, OP_COPY, 1);
        at_attr(c, t);
        op(c, OP_LOAD_ATTR, n);
        B->line = line, B->col = col;
        expr(c, s->u.augassign.value);
        op(c, OP_BINARY_OP, nb);
        at_attr(c, t);
        op(c, OP_SWAP, 2);
        op(c, OP_STORE_ATTR, n);
        return;
    }
    case AST_SUBSCRIPT:
        expr(c, t->u.subscript.value);
        subscript_key(c, t->u.subscript.slice);
        op(c, OP_COPY, 2);
        op(c, OP_COPY, 2);
        op(c, OP_BINARY_SUBSCR, 0);
        B->line = line, B->col = col;
        expr(c, s->u.augassign.value);
        op(c, OP_BINARY_OP, nb);
        at(c, &t->loc);
        op(c, OP_SWAP, 3);
        op(c, OP_SWAP, 2);
        op(c, OP_STORE_SUBSCR, 0);
        return;
    default:
        unsupported(c, &t->loc, "this augmented assignment target");
    }
}

/* ---- statements ------------------------------------------------------------------ */

static void stmts(compiler *c, const ast_stmt_seq *body);
static void function_def(compiler *c, const ast_stmt *s);
static void class_def(compiler *c, const ast_stmt *s);

static void if_stmt(compiler *c, const ast_stmt *s)
{
    uint32_t other = build_label(B), end = build_label(B);
    jump_if(c, s->u.cond.test, other, 0);
    stmts(c, &s->u.cond.body);
    if (s->u.cond.orelse.n)
        build_jump(B, OP_JUMP, end);
    build_place(B, other);
    stmts(c, &s->u.cond.orelse);
    build_place(B, end);
}

/* A SyntaxError CPython's compiler raises (not a refusal of heapviz's). */
static void compile_error(compiler *c, const ast_loc *loc, const char *msg) HV_NORETURN;
static void compile_error(compiler *c, const ast_loc *loc, const char *msg)
{
    located_error(c->err, c->source, c->n, STR(c->filename)->data, loc, msg);
    longjmp(c->fail, 2);
}

static fblock *push_block(compiler *c, const ast_loc *loc, int kind)
{
    if (c->cu->nblocks == MAX_BLOCKS)
        compile_error(c, loc, "too many statically nested blocks");
    fblock *fb = &c->cu->blocks[c->cu->nblocks++];
    *fb = (fblock){.kind = (uint8_t)kind, .depth = c->cu->depth, .loc = *loc};
    return fb;
}

static void pop_block(compiler *c)
{
    c->cu->nblocks--;
}

/* POP_BLOCK: the innermost exception handler ends here. */
static void pop_handler(compiler *c)
{
    build_pop_handler(B);
}

static void name_store_del_none(compiler *c, const ast_ident *id, const ast_loc *loc);
static void call_exit_with_nones(compiler *c);
static void store_ident(compiler *c, const ast_ident *id, const ast_loc *loc);

/* The code that leaves fb on the way out of a break, continue or return
 * (CPython's compiler_unwind_fblock); preserve_tos keeps the return value
 * on top. */
static void unwind_block(compiler *c, const fblock *fb, int preserve_tos)
{
    switch (fb->kind) {
    case FB_WHILE_LOOP: case FB_EXCEPTION_HANDLER:
        return;
    case FB_FOR_LOOP:
        if (preserve_tos)
            op(c, OP_SWAP, 2);
        op(c, OP_POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        pop_handler(c);
        return;
    case FB_FINALLY_TRY: {
        pop_handler(c);
        uint32_t depth = c->cu->depth;
        c->cu->depth = fb->depth + (uint32_t)preserve_tos;
        if (preserve_tos)
            push_block(c, &fb->loc, FB_POP_VALUE);
        stmts(c, &fb->stmt->u.try_.finalbody);
        if (preserve_tos)
            pop_block(c);
        c->cu->depth = depth;
        return;
    }
    case FB_FINALLY_END:
        if (preserve_tos)
            op(c, OP_SWAP, 2);
        op(c, OP_POP_TOP, 0);                   /* the exception */
        if (preserve_tos)
            op(c, OP_SWAP, 2);
        pop_handler(c);
        op(c, OP_POP_EXCEPT, 0);
        return;
    case FB_WITH:
        at(c, &fb->loc);
        pop_handler(c);
        if (preserve_tos)
            op(c, OP_SWAP, 2);
        call_exit_with_nones(c);
        op(c, OP_POP_TOP, 0);
        return;
    case FB_HANDLER_CLEANUP:
        if (fb->name)
            pop_handler(c);
        if (preserve_tos)
            op(c, OP_SWAP, 2);
        pop_handler(c);
        op(c, OP_POP_EXCEPT, 0);
        if (fb->name)
            name_store_del_none(c, fb->name, &fb->loc);
        return;
    case FB_POP_VALUE:
        if (preserve_tos)
            op(c, OP_SWAP, 2);
        op(c, OP_POP_TOP, 0);
        return;
    }
}

/* Unwinds every block down to the innermost loop (stop_at_loop: returned,
 * not unwound) or all of them.  The code emitted is a side exit: the
 * handler stack and the block stack are as before for what follows. */
static const fblock *unwind_blocks(compiler *c, int preserve_tos, int stop_at_loop)
{
    cunit *cu = c->cu;
    if (!cu->nblocks)
        return NULL;
    fblock top = cu->blocks[cu->nblocks - 1];
    if (stop_at_loop && (top.kind == FB_WHILE_LOOP || top.kind == FB_FOR_LOOP))
        return &cu->blocks[cu->nblocks - 1];
    cu->nblocks--;
    unwind_block(c, &top, preserve_tos);
    const fblock *loop = unwind_blocks(c, preserve_tos, stop_at_loop);
    cu->blocks[cu->nblocks++] = top;
    return loop;
}

/* Saves the builder's active handlers (a side exit pops some of them). */
typedef struct handler_state {  /* kept on the C stack: a longjmp leaks nothing */
    int32_t stack[3 * MAX_BLOCKS];  /* at most two handlers per block, one per with item */
    size_t n;
} handler_state;

static handler_state save_handlers(compiler *c)
{
    handler_state h;
    h.n = B->nh < HV_COUNTOF(h.stack) ? B->nh : HV_COUNTOF(h.stack);
    if (h.n)                                /* hstack may still be NULL */
        memcpy(h.stack, B->hstack, h.n * sizeof *h.stack);
    return h;
}

static void restore_handlers(compiler *c, handler_state *h)
{
    if (h->n)
        memcpy(B->hstack, h->stack, h->n * sizeof *h->stack);
    B->nh = h->n;
}

/* compiler_while: the test before the body and again after it (jumping
 * back into the body while true), as CPython 3.11 lays a loop out; a
 * constant true test is a NOP before the body and a jump back after it
 * (what its optimiser leaves). */
static void while_stmt(compiler *c, const ast_stmt *s)
{
    uint32_t top = build_label(B), body = build_label(B), orelse = build_label(B), end = build_label(B);
    const ast_expr *test = s->u.cond.test;
    object *k = const_value(c, test);
    int forever = k && obj_truth(c->v, k) == 1;
    build_place(B, top);
    if (forever) {
        /* compiler_jump_if loads the constant before the optimiser folds
         * the test away: it stays in co_consts (and the unit's cache) */
        build_const(B, unit_const(&c->u, k));
        at(c, &test->loc);
        op(c, OP_NOP, 0);
    } else {
        obj_xdecref(c->v, k);
        jump_if(c, test, orelse, 0);
    }
    fblock *fb = push_block(c, &s->loc, FB_WHILE_LOOP);
    fb->cont = top;
    fb->brk = end;
    build_place(B, body);
    stmts(c, &s->u.cond.body);
    pop_block(c);
    build_stmt(B, (uint32_t)s->loc.line);
    at(c, &s->loc);                             /* the test again is the whole loop's */
    if (forever) {
        build_jump(B, OP_JUMP, body);
    } else {
        jump_if(c, test, body, 1);
    }
    build_place(B, orelse);
    stmts(c, &s->u.cond.orelse);
    build_place(B, end);
}

static void for_stmt(compiler *c, const ast_stmt *s)
{
    uint32_t top = build_label(B), exhausted = build_label(B), end = build_label(B);
    iter_operand(c, s->u.loop_for.iter);
    op(c, OP_GET_ITER, 0);
    fblock *fb = push_block(c, &s->loc, FB_FOR_LOOP);
    fb->cont = top;
    fb->brk = end;
    c->cu->depth++;
    build_place(B, top);
    at(c, &s->loc);
    build_jump(B, OP_FOR_ITER, exhausted);
    store(c, s->u.loop_for.target);
    stmts(c, &s->u.loop_for.body);
    build_jump(B, OP_JUMP, top);
    build_place(B, exhausted);
    c->cu->depth--;
    pop_block(c);
    stmts(c, &s->u.loop_for.orelse);
    build_place(B, end);
}

static void break_continue(compiler *c, const ast_stmt *s)
{
    int is_break = s->kind == AST_BREAK;
    handler_state saved = save_handlers(c);
    uint32_t depth = c->cu->depth;
    op(c, OP_NOP, 0);
    const fblock *loop = unwind_blocks(c, 0, 1);
    if (!loop) {
        compile_error(c, &s->loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (is_break) {
        unwind_block(c, loop, 0);
        build_jump(B, OP_JUMP, loop->brk);
    } else {
        build_jump(B, OP_JUMP, loop->cont);
    }
    restore_handlers(c, &saved);
    c->cu->depth = depth;
}

/* return [value]: the value is computed first (unless a constant), then
 * every finally body and __exit__ on the way out runs. */
static void return_stmt(compiler *c, const ast_stmt *s)
{
    const ast_expr *value = s->u.ret.value;
    if (!c->cu->is_function)
        compile_error(c, &s->loc, "'return' outside function");
    int preserve_tos = value && value->kind != AST_CONSTANT;
    if (preserve_tos)
        expr(c, value);
    handler_state saved = save_handlers(c);
    unwind_blocks(c, preserve_tos, 0);
    at(c, &s->loc);
    if (!value)
        load_const(c, obj_incref(c->v, c->v->none));
    else if (!preserve_tos)
        expr(c, value);
    op(c, OP_RETURN_VALUE, 0);
    restore_handlers(c, &saved);
}

/* `name = None; del name` after an except body that bound it. */
static void name_store_del_none(compiler *c, const ast_ident *id, const ast_loc *loc)
{
    ast_expr target = {.kind = AST_NAME, .ctx = AST_STORE, .loc = *loc};
    target.u.name.id = id;
    symtable_resolve(c->cu->scope, &target);
    load_const(c, obj_incref(c->v, c->v->none));
    name_op(c, &target, AST_STORE);
    target.ctx = AST_DEL;
    name_op(c, &target, AST_DEL);
}

/* COPY 3; POP_EXCEPT; RERAISE 1: a handler's own cleanup. */
static void pop_except_and_reraise(compiler *c)
{
    op(c, OP_COPY, 3);
    op(c, OP_POP_EXCEPT, 0);
    op(c, OP_RERAISE, 1);
}

/* One `except [T [as name]]:` clause; the exception is on the stack over
 * the one handled before ([prev, exc]), the handler `cleanup` active. */
static void except_clause(compiler *c, const ast_handler *h, uint32_t end, uint32_t outer)
{
    uint32_t next = build_label(B);
    build_stmt(B, (uint32_t)h->loc.line);
    at(c, &h->loc);
    if (h->type) {
        expr(c, h->type);
        op(c, OP_CHECK_EXC_MATCH, 0);
        build_jump(B, OP_POP_JUMP_IF_FALSE, next);
    }
    handler_state saved = save_handlers(c);
    c->cu->depth = outer + 1;                   /* [prev] under the body */
    uint32_t cleanup_end = build_label(B);
    if (h->name) {
        store_ident(c, h->name, &h->loc);
        build_push_handler(B, cleanup_end, outer + 1, 1);
    } else {
        op(c, OP_POP_TOP, 0);
    }
    fblock *fb = push_block(c, &h->loc, FB_HANDLER_CLEANUP);
    fb->name = h->name;
    stmts(c, &h->body);
    pop_block(c);
    if (h->name)
        pop_handler(c);
    pop_handler(c);
    op(c, OP_POP_EXCEPT, 0);
    if (h->name)
        name_store_del_none(c, h->name, &h->loc);
    build_jump(B, OP_JUMP, end);
    restore_handlers(c, &saved);
    if (h->name) {
        build_place(B, cleanup_end);            /* [prev, lasti, exc] */
        name_store_del_none(c, h->name, &h->loc);
        op(c, OP_RERAISE, 1);
    }
    c->cu->depth = outer;
    build_place(B, next);
}

/* try: body / except T as e: ... / else: ... (3.11's compiler_try_except). */
static void try_except(compiler *c, const ast_stmt *s)
{
    uint32_t except = build_label(B), cleanup = build_label(B), end = build_label(B);
    uint32_t depth = c->cu->depth;
    build_push_handler(B, except, depth, 0);
    push_block(c, &s->loc, FB_TRY_EXCEPT);
    stmts(c, &s->u.try_.body);
    pop_block(c);
    pop_handler(c);
    stmts(c, &s->u.try_.orelse);
    build_jump(B, OP_JUMP, end);
    build_place(B, except);                     /* [exc] */
    build_push_handler(B, cleanup, depth + 1, 1);
    op(c, OP_PUSH_EXC_INFO, 0);                 /* [prev, exc] */
    push_block(c, &s->loc, FB_EXCEPTION_HANDLER);
    for (uint32_t i = 0; i < s->u.try_.handlers.n; i++) {
        const ast_handler *h = s->u.try_.handlers.v[i];
        if (!h->type && i + 1 < s->u.try_.handlers.n)
            compile_error(c, &h->loc, "default 'except:' must be last");
        except_clause(c, h, end, depth);
    }
    pop_block(c);
    if (s->u.try_.handlers.n)                   /* at the last handler's failed match */
        at(c, &s->u.try_.handlers.v[s->u.try_.handlers.n - 1]->loc);
    op(c, OP_RERAISE, 0);                       /* nothing matched */
    pop_handler(c);
    build_place(B, cleanup);                    /* [prev, lasti, exc] */
    pop_except_and_reraise(c);
    build_place(B, end);
}

/* try: ... finally: ...  — the final body is emitted twice, for the normal
 * path and for the exceptional one (which re-raises), as CPython does; a
 * return or break inside the try emits it once more on its way out. */
static void try_finally(compiler *c, const ast_stmt *s)
{
    uint32_t end = build_label(B), cleanup = build_label(B), exit = build_label(B);
    uint32_t depth = c->cu->depth;
    build_push_handler(B, end, depth, 0);
    push_block(c, &s->loc, FB_FINALLY_TRY)->stmt = s;
    if (s->u.try_.handlers.n)
        try_except(c, s);
    else
        stmts(c, &s->u.try_.body);
    pop_handler(c);
    pop_block(c);
    stmts(c, &s->u.try_.finalbody);
    build_jump(B, OP_JUMP, exit);
    build_place(B, end);                        /* [exc] */
    build_push_handler(B, cleanup, depth + 1, 1);
    op(c, OP_PUSH_EXC_INFO, 0);
    push_block(c, &s->loc, FB_FINALLY_END);
    c->cu->depth += 2;
    stmts(c, &s->u.try_.finalbody);
    c->cu->depth -= 2;
    pop_block(c);
    op(c, OP_RERAISE, 0);
    pop_handler(c);
    build_place(B, cleanup);
    pop_except_and_reraise(c);
    build_place(B, exit);
}

/* __exit__(None, None, None) for a with block left normally. */
static void call_exit_with_nones(compiler *c)
{
    for (int i = 0; i < 3; i++)
        load_const(c, obj_incref(c->v, c->v->none));
    op(c, OP_CALL, 2);
}

/* with item, ...: body — one nested block per item (3.11's compiler_with). */
static void with_stmt(compiler *c, const ast_stmt *s, uint32_t pos)
{
    const ast_withitem *item = s->u.with.items.v[pos];
    uint32_t final = build_label(B), exit = build_label(B), cleanup = build_label(B);
    uint32_t suppressed = build_label(B);
    uint32_t depth = c->cu->depth;
    expr(c, item->context_expr);
    at(c, &s->loc);
    op(c, OP_BEFORE_WITH, 0);                   /* [__exit__, __enter__()] */
    build_push_handler(B, final, depth + 1, 1);
    push_block(c, &s->loc, FB_WITH)->stmt = s;
    c->cu->depth = depth + 1;
    if (item->optional_vars)
        store(c, item->optional_vars);
    else
        op(c, OP_POP_TOP, 0);
    if (pos + 1 == s->u.with.items.n)
        stmts(c, &s->u.with.body);
    else
        with_stmt(c, s, pos + 1);
    c->cu->depth = depth;
    at(c, &s->loc);
    pop_handler(c);
    pop_block(c);
    call_exit_with_nones(c);
    op(c, OP_POP_TOP, 0);
    build_jump(B, OP_JUMP, exit);
    build_place(B, final);                      /* [__exit__, lasti, exc] */
    build_push_handler(B, cleanup, depth + 3, 1);
    op(c, OP_PUSH_EXC_INFO, 0);
    op(c, OP_WITH_EXCEPT_START, 0);
    build_jump(B, OP_POP_JUMP_IF_TRUE, suppressed);
    op(c, OP_RERAISE, 2);
    build_place(B, suppressed);                 /* __exit__ returned true */
    op(c, OP_POP_TOP, 0);                       /* the exception */
    pop_handler(c);
    op(c, OP_POP_EXCEPT, 0);
    op(c, OP_POP_TOP, 0);                       /* lasti */
    op(c, OP_POP_TOP, 0);                       /* __exit__ */
    build_jump(B, OP_JUMP, exit);
    build_place(B, cleanup);
    pop_except_and_reraise(c);
    build_place(B, exit);
}

static void assert_stmt(compiler *c, const ast_stmt *s)
{
    warned_here(c, s, s->loc.line);
    uint32_t ok = build_label(B);
    jump_if(c, s->u.assert_.test, ok, 1);
    op(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg) {
        expr(c, s->u.assert_.msg);
        op(c, OP_CALL, 0);                      /* [AssertionError, msg]: a method-style call */
    }
    op(c, OP_RAISE_VARARGS, 1);
    build_place(B, ok);
}

/* The level CPython loads before IMPORT_NAME (0 for `import`, the dots
 * of a `from` import), its index in co_consts (build_import). */
static uint32_t import_level(compiler *c, int level)
{
    return build_const(B, unit_const(&c->u, check(c, int_from_i64(c->v, level))));
}

/* Refuses an import of a module heapviz does not simulate that python3
 * has (modfind.h), and a dotted import of one; a module python3 has
 * nowhere compiles, for IMPORT_NAME to raise ModuleNotFoundError. */
static void import_check(compiler *c, const ast_ident *name, const ast_loc *loc)
{
    const char *dot = memchr(name->name, '.', name->len);
    size_t top = dot ? (size_t)(dot - name->name) : name->len;
    int simulated = builtins_module_known(name->name, top);
    if (!simulated && !modfind_exists(name->name, top, STR(c->filename)->data))
        return;
    if (dot)
        unsupported(c, loc, "dotted imports");
    if (!simulated) {
        char what[200];
        /* Lib/weakref.py is not in python3's sys.modules at start-up: its
         * import loads four modules, which heapviz does not simulate */
        int weak = name->len == 7 && !memcmp(name->name, "weakref", 7);
        snprintf(what, sizeof what, weak ? "importing 'weakref' (python3 loads weakref.py, _weakrefset, types "
                                           "and itertools for it; import _weakref for ref, getweakrefcount "
                                           "and getweakrefs)"
                                         : "importing '%.*s' (only sys, gc, tracemalloc and _weakref)",
                 name->len > 64 ? 64 : (int)name->len, name->name);
        unsupported(c, loc, what);
    }
}

/* The store of an imported object to `name` in the current scope. */
static void import_store(compiler *c, const ast_ident *name, ast_loc loc)
{
    ast_expr target = {.kind = AST_NAME, .ctx = AST_STORE, .loc = loc};
    target.u.name.id = name;
    symtable_resolve(c->cu->scope, &target);
    name_op(c, &target, AST_STORE);
}

/* compiler_import_as for a dotted name (`import a.b.c as d`): each part
 * after the first taken with IMPORT_FROM, the one before it swapped out
 * and popped, the last stored, the top-level module popped.  (Only a
 * module python3 has nowhere gets here: its IMPORT_NAME raises.) */
static void import_as_dotted(compiler *c, const ast_alias *a)
{
    const char *p = a->name->name, *end = p + a->name->len;
    const char *dot = memchr(p, '.', a->name->len);
    while (dot) {
        const char *part = dot + 1;
        dot = memchr(part, '.', (size_t)(end - part));
        op(c, OP_IMPORT_FROM, name_index(c, ast_intern(c->mod, part, (size_t)((dot ? dot : end) - part))));
        if (!dot)
            break;
        op(c, OP_SWAP, 2);
        op(c, OP_POP_TOP, 0);
    }
    import_store(c, a->asname, a->loc);
    op(c, OP_POP_TOP, 0);
}

/* compiler_import: per name, the level and fromlist constants, IMPORT_NAME,
 * then the store: of the asname (through the dotted name's parts), or of
 * the first part of the name (the top-level module). */
static void import_stmt(compiler *c, const ast_stmt *s)
{
    for (uint32_t i = 0; i < s->u.import.names.n; i++) {
        const ast_alias *a = s->u.import.names.v[i];
        import_check(c, a->name, &a->loc);
        uint32_t level = import_level(c, 0);
        uint32_t fromlist = build_const(B, unit_const(&c->u, obj_incref(c->v, c->v->none)));
        build_import(B, OP_IMPORT_NAME, name_index(c, a->name), level, fromlist);
        const char *dot = memchr(a->name->name, '.', a->name->len);
        if (dot && a->asname)
            import_as_dotted(c, a);
        else if (dot)
            import_store(c, ast_intern(c->mod, a->name->name, (size_t)(dot - a->name->name)), a->loc);
        else
            import_store(c, a->asname ? a->asname : a->name, a->loc);
    }
}

/* `from M import *` of a module whose public names python3 binds include
 * one heapviz does not model: refused by it. */
static void star_check(compiler *c, const ast_ident *module, const ast_loc *loc)
{
    const char *missing = builtins_star_unmodelled(c->v, module->name, module->len);
    if (!missing)
        return;
    char what[160];
    snprintf(what, sizeof what, "'from %.*s import *' (python3 binds %.*s.%s, which heapviz does not model)",
             (int)module->len, module->name, (int)module->len, module->name, missing);
    unsupported(c, loc, what);
}

/* compiler_from_import: the level and the tuple of the names (the fromlist
 * IMPORT_NAME passes on) as constants, IMPORT_NAME, then IMPORT_FROM and a
 * store per name, then the module popped; for `*` (the symtable allows it
 * at module level only), IMPORT_STAR, which pops it.  A relative import
 * (`from . import x`: the module's name '') compiles to IMPORT_NAME_REL,
 * which raises python3's ImportError. */
static void from_import_stmt(compiler *c, const ast_stmt *s)
{
    const ast_alias_seq *names = &s->u.importfrom.names;
    int level = s->u.importfrom.level;
    const ast_ident *module = s->u.importfrom.module ? s->u.importfrom.module : ast_intern(c->mod, "", 0);
    int star = names->n == 1 && names->v[0]->name->len == 1 && names->v[0]->name->name[0] == '*';
    if (level == 0)
        import_check(c, module, &s->loc);
    if (star && level == 0)
        star_check(c, module, &s->loc);
    uint32_t lv = import_level(c, level);
    object *fromlist = check(c, tuple_new(c->v, names->n));
    for (uint32_t i = 0; i < names->n; i++)
        tuple_set(c->v, fromlist, i, ident_str(c, names->v[i]->name));
    uint32_t at = build_const(B, unit_const(&c->u, fromlist));
    build_import(B, level ? OP_IMPORT_NAME_REL : OP_IMPORT_NAME_FROM, name_index(c, module), lv, at);
    if (star) {
        op(c, OP_IMPORT_STAR, 0);
        return;
    }
    for (uint32_t i = 0; i < names->n; i++) {
        const ast_alias *a = names->v[i];
        op(c, OP_IMPORT_FROM, name_index(c, a->name));
        import_store(c, a->asname ? a->asname : a->name, a->loc);
    }
    op(c, OP_POP_TOP, 0);
}

/* find_ann: an annotated assignment among these statements or in their
 * blocks (not in a def or class): the scope then starts with
 * SETUP_ANNOTATIONS. */
static int find_ann(const ast_stmt_seq *body)
{
    for (uint32_t i = 0; i < body->n; i++) {
        const ast_stmt *s = body->v[i];
        switch (s->kind) {
        case AST_ANNASSIGN:
            return 1;
        case AST_FOR: case AST_ASYNCFOR:
            if (find_ann(&s->u.loop_for.body) || find_ann(&s->u.loop_for.orelse))
                return 1;
            break;
        case AST_WHILE: case AST_IF:
            if (find_ann(&s->u.cond.body) || find_ann(&s->u.cond.orelse))
                return 1;
            break;
        case AST_WITH: case AST_ASYNCWITH:
            if (find_ann(&s->u.with.body))
                return 1;
            break;
        case AST_MATCH:
            for (uint32_t k = 0; k < s->u.match.cases.n; k++)
                if (find_ann(&s->u.match.cases.v[k]->body))
                    return 1;
            break;
        case AST_TRY: case AST_TRYSTAR:
            for (uint32_t h = 0; h < s->u.try_.handlers.n; h++)
                if (find_ann(&s->u.try_.handlers.v[h]->body))
                    return 1;
            if (find_ann(&s->u.try_.body) || find_ann(&s->u.try_.finalbody) ||
                find_ann(&s->u.try_.orelse))
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* The start of a module or class body with annotations: its
 * __annotations__ dict (at the first statement's line). */
static void setup_annotations(compiler *c, const ast_stmt_seq *body)
{
    if (!find_ann(body))
        return;
    if (body->n)
        at(c, &body->v[0]->loc);
    op(c, OP_SETUP_ANNOTATIONS, 0);
}

/* An expression evaluated and dropped (check_ann_expr). */
static void expr_dropped(compiler *c, const ast_expr *e)
{
    expr(c, e);
    op(c, OP_POP_TOP, 0);
}

/* compiler_annassign: the value stored first; in a module or class a plain
 * name's annotation is evaluated into __annotations__[name], another
 * target's is evaluated and dropped (in a function, never evaluated). */
static void annassign(compiler *c, const ast_stmt *s)
{
    const ast_expr *t = s->u.annassign.target, *value = s->u.annassign.value;
    int evaluated = !c->cu->is_function;
    if (value) {
        expr(c, value);
        store(c, t);
    }
    if (t->kind == AST_NAME) {
        if (!s->u.annassign.simple || !evaluated)
            return;
        expr(c, s->u.annassign.annotation);
        op(c, OP_LOAD_NAME, name_index(c, ast_intern(c->mod, "__annotations__", 15)));
        load_const(c, mangled_str(c, t->u.name.id));
        op(c, OP_STORE_SUBSCR, 0);
        return;
    }
    if (t->kind == AST_ATTRIBUTE && !value)
        expr_dropped(c, t->u.attribute.value);
    if (t->kind == AST_SUBSCRIPT && !value) {
        expr_dropped(c, t->u.subscript.value);
        const ast_expr *k = t->u.subscript.slice;
        if (k->kind == AST_SLICE) {             /* check_ann_subscr */
            const ast_expr *parts[] = {k->u.slice.lower, k->u.slice.upper, k->u.slice.step};
            for (size_t i = 0; i < HV_COUNTOF(parts); i++)
                if (parts[i])
                    expr_dropped(c, parts[i]);
        } else if (k->kind == AST_TUPLE) {
            for (uint32_t i = 0; i < k->u.list.elts.n; i++)
                expr_dropped(c, k->u.list.elts.v[i]);
        } else {
            expr_dropped(c, k);
        }
    }
    if (evaluated)
        expr_dropped(c, s->u.annassign.annotation);
}

/* ---- the match statement (compiler_match and its pattern helpers) ---------------- */

/* compiler_match's pattern_context: the names captured so far (their
 * values wait on the stack, under on_top other items), whether an
 * irrefutable pattern is allowed, and the fail_pop labels: fail_pop[n]
 * pops n items before failing. */
typedef struct pattern_ctx {
    const ast_ident **stores;
    uint32_t nstores, capstores;
    int allow_irrefutable;
    uint32_t *fail_pop;
    uint32_t fail_pop_size, fail_pop_cap;
    uint32_t on_top;
    struct pattern_ctx *outer;  /* the one opened before (compiler.patterns) */
} pattern_ctx;

/* A new pattern context, the innermost open (a longjmp out of the pattern
 * leaves it to the compiler's unwind). */
static pattern_ctx *pattern_open(compiler *c, int allow_irrefutable)
{
    pattern_ctx *pc = hv_calloc(1, sizeof *pc);
    pc->allow_irrefutable = allow_irrefutable;
    pc->outer = c->patterns;
    c->patterns = pc;
    return pc;
}

/* Frees pc, the innermost open context. */
static void pattern_close(compiler *c, pattern_ctx *pc)
{
    c->patterns = pc->outer;
    free(pc->stores);
    free(pc->fail_pop);
    free(pc);
}

static void pattern(compiler *c, const ast_pattern *p, pattern_ctx *pc);


static void ensure_fail_pop(compiler *c, pattern_ctx *pc, uint32_t n)
{
    if (n + 1 > pc->fail_pop_cap) {
        pc->fail_pop_cap = 2 * (n + 1);
        pc->fail_pop = hv_realloc(pc->fail_pop, pc->fail_pop_cap * sizeof *pc->fail_pop);
    }
    while (pc->fail_pop_size < n + 1)
        pc->fail_pop[pc->fail_pop_size++] = build_label(B);
}

/* jump_to_fail_pop: jumps (opc) to where the items on top and the
 * captures so far are popped. */
static void jump_to_fail_pop(compiler *c, pattern_ctx *pc, unsigned opc)
{
    uint32_t pops = pc->on_top + pc->nstores;
    ensure_fail_pop(c, pc, pops);
    build_jump(B, opc, pc->fail_pop[pops]);
}

/* emit_and_reset_fail_pop: the POP_TOP chain the failures jump into. */
static void emit_and_reset_fail_pop(compiler *c, pattern_ctx *pc)
{
    if (!pc->fail_pop_size)
        return;
    while (--pc->fail_pop_size) {
        build_place(B, pc->fail_pop[pc->fail_pop_size]);
        op(c, OP_POP_TOP, 0);
    }
    build_place(B, pc->fail_pop[0]);
}

/* pattern_helper_rotate: TOS moved down under count - 1 items. */
static void rotate(compiler *c, uint32_t count)
{
    while (1 < count)
        op(c, OP_SWAP, count--);
}

static void add_store(pattern_ctx *pc, const ast_ident *name)
{
    if (pc->nstores == pc->capstores) {
        pc->capstores = pc->capstores ? 2 * pc->capstores : 8;
        pc->stores = hv_realloc(pc->stores, pc->capstores * sizeof *pc->stores);
    }
    pc->stores[pc->nstores++] = name;
}

/* pattern_helper_store_name: the value on top is kept for name (under the
 * items on top and the earlier captures), or popped for a wildcard (the
 * symbol table checked the names). */
static void store_name(compiler *c, pattern_ctx *pc, const ast_ident *name)
{
    if (!name) {
        op(c, OP_POP_TOP, 0);
        return;
    }
    rotate(c, pc->on_top + pc->nstores + 1);
    add_store(pc, name);
}

/* compiler_pattern_subpattern: irrefutable patterns are fine inside. */
static void subpattern(compiler *c, const ast_pattern *p, pattern_ctx *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

/* pattern_helper_sequence_unpack: every item on the stack, each matched. */
static void sequence_unpack(compiler *c, const ast_pattern_seq *ps, pattern_ctx *pc)
{
    uint32_t n = ps->n, star = UINT32_MAX;
    for (uint32_t i = 0; i < n; i++)
        if (ps->v[i]->kind == AST_MATCHSTAR)
            star = i;
    if (star == UINT32_MAX)
        op(c, OP_UNPACK_SEQUENCE, n);
    else
        op(c, OP_UNPACK_EX, star | (n - star - 1) << 8);
    pc->on_top += n;
    for (uint32_t i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, ps->v[i], pc);
    }
}

/* pattern_helper_sequence_subscr ([a, *_, b]): the items needed by index,
 * counted from the end after the star (len - k: a subject may not take
 * negative indexes). */
static void sequence_subscr(compiler *c, const ast_pattern_seq *ps, uint32_t star, pattern_ctx *pc)
{
    pc->on_top++;
    for (uint32_t i = 0; i < ps->n; i++) {
        if (ast_pattern_is_wildcard(ps->v[i]) || i == star)
            continue;
        op(c, OP_COPY, 1);
        if (i < star) {
            load_const(c, check(c, int_from_i64(c->v, i)));
        } else {
            op(c, OP_GET_LEN, 0);
            load_const(c, check(c, int_from_i64(c->v, ps->n - i)));
            op(c, OP_BINARY_OP, NB_SUBTRACT);
        }
        op(c, OP_BINARY_SUBSCR, 0);
        subpattern(c, ps->v[i], pc);
    }
    pc->on_top--;
    op(c, OP_POP_TOP, 0);
}

/* compiler_pattern_sequence: MATCH_SEQUENCE, a length check (== n, or
 * >= n - 1 with a star among other items), then the items. */
static void sequence_pattern(compiler *c, const ast_pattern *p, pattern_ctx *pc)
{
    const ast_pattern_seq *ps = &p->u.seq.patterns;
    uint32_t star = UINT32_MAX;
    int only_wildcard = 1, star_wild = 0;
    for (uint32_t i = 0; i < ps->n; i++) {
        if (ps->v[i]->kind == AST_MATCHSTAR) {
            star_wild = ast_pattern_is_star_wildcard(ps->v[i]);
            only_wildcard &= star_wild;
            star = i;
        } else {
            only_wildcard &= ast_pattern_is_wildcard(ps->v[i]);
        }
    }
    pc->on_top++;
    op(c, OP_MATCH_SEQUENCE, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star == UINT32_MAX || ps->n > 1) {
        op(c, OP_GET_LEN, 0);
        load_const(c, check(c, int_from_i64(c->v, star == UINT32_MAX ? ps->n : ps->n - 1)));
        compare_op(c, star == UINT32_MAX ? AST_EQ : AST_GTE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard)
        op(c, OP_POP_TOP, 0);
    else if (star_wild)
        sequence_subscr(c, ps, star, pc);
    else
        sequence_unpack(c, ps, pc);
}

/* compiler_pattern_as: a capture (or the wildcard), or `pattern as name`
 * on a copy of the subject. */
static void as_pattern(compiler *c, const ast_pattern *p, pattern_ctx *pc)
{
    if (!p->u.as.pattern) {
        store_name(c, pc, p->u.as.name);
        return;
    }
    pc->on_top++;
    op(c, OP_COPY, 1);
    pattern(c, p->u.as.pattern, pc);
    pc->on_top--;
    store_name(c, pc, p->u.as.name);
}

/* compiler_pattern_class: MATCH_CLASS with the keyword names as a
 * constant tuple, then the attributes it extracted, matched in order. */
static void class_pattern(compiler *c, const ast_pattern *p, pattern_ctx *pc)
{
    const ast_pattern_seq *pos = &p->u.cls.patterns, *kw = &p->u.cls.kwd_patterns;
    uint32_t nargs = pos->n, nattrs = kw->n;
    expr(c, p->u.cls.cls);
    object *names = check(c, tuple_new(c->v, nattrs));
    for (uint32_t i = 0; i < nattrs; i++)
        tuple_set(c->v, names, i, ident_str(c, p->u.cls.kwd_attrs.v[i]));
    load_const(c, names);
    op(c, OP_MATCH_CLASS, nargs);
    op(c, OP_COPY, 1);
    load_const(c, obj_incref(c->v, c->v->none));
    op(c, OP_IS_OP, 1);
    pc->on_top++;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    op(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (uint32_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const ast_pattern *sub = i < nargs ? pos->v[i] : kw->v[i - nargs];
        if (ast_pattern_is_wildcard(sub))
            op(c, OP_POP_TOP, 0);
        else
            subpattern(c, sub, pc);
    }
}

/* The SyntaxError for a constant key seen before in the pattern (key,
 * its reference, and the compiler's `seen` set freed first). */
static void duplicate_key(compiler *c, const ast_loc *loc, object *seen, object *key)
{
    object *r = obj_repr(c->v, key);
    obj_decref(c->v, key);
    obj_decref(c->v, seen);
    check(c, r);
    buf msg = BUF_INIT;
    buf_printf(&msg, "mapping pattern checks duplicate key (%s)", STR(r)->data);
    obj_decref(c->v, r);
    located_error(c->err, c->source, c->n, STR(c->filename)->data, loc, buf_str(&msg));
    buf_free(&msg);
    longjmp(c->fail, 2);
}

/* The keys of a mapping pattern loaded; a constant one (folded: -1,
 * 1+2j) may appear once, as a set of them checks. */
static void mapping_keys(compiler *c, const ast_pattern *p, const ast_loc *loc)
{
    object *seen = check(c, set_new(c->v));
    for (uint32_t i = 0; i < p->u.mapping.keys.n; i++) {
        const ast_expr *key = p->u.mapping.keys.v[i];
        object *k = key->kind == AST_ATTRIBUTE ? NULL : const_value(c, key);
        if (k) {
            int in = set_contains(c->v, seen, k);
            if (in > 0)
                duplicate_key(c, loc, seen, k);
            if (in < 0 || set_add(c->v, seen, k)) {
                obj_decref(c->v, k);
                obj_decref(c->v, seen);
                longjmp(c->fail, 1);
            }
            obj_decref(c->v, k);
        }
        expr(c, key);
    }
    obj_decref(c->v, seen);
}

/* **rest from [subject, keys]: rest = dict(subject), then del rest[key]
 * for each key (the subject and the keys consumed). */
static void rest_copy(compiler *c, uint32_t size)
{
    op(c, OP_BUILD_MAP, 0);                 /* [subject, keys, {}] */
    op(c, OP_SWAP, 3);                      /* [{}, keys, subject] */
    op(c, OP_DICT_UPDATE, 2);               /* [copy, keys] */
    op(c, OP_UNPACK_SEQUENCE, size);        /* [copy, keys...] */
    for (uint32_t n = size; n; n--) {
        op(c, OP_COPY, 1 + n);              /* [copy, keys..., copy] */
        op(c, OP_SWAP, 2);                  /* [copy, keys..., copy, key] */
        op(c, OP_DELETE_SUBSCR, 0);         /* [copy, keys...] */
    }
}

/* compiler_pattern_mapping: MATCH_MAPPING, a length check, MATCH_KEYS
 * with the keys as one tuple, the values matched; **rest is a copy of
 * the subject without the keys. */
static void mapping_pattern(compiler *c, const ast_pattern *p, pattern_ctx *pc)
{
    uint32_t size = p->u.mapping.keys.n;
    const ast_ident *rest = p->u.mapping.rest;
    pc->on_top++;
    op(c, OP_MATCH_MAPPING, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !rest) {
        pc->on_top--;
        op(c, OP_POP_TOP, 0);
        return;
    }
    if (size) {
        op(c, OP_GET_LEN, 0);
        load_const(c, check(c, int_from_i64(c->v, size)));
        compare_op(c, AST_GTE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    mapping_keys(c, p, &p->loc);
    build_tuple(B, size);
    op(c, OP_MATCH_KEYS, 0);
    pc->on_top += 2;
    op(c, OP_COPY, 1);
    load_const(c, obj_incref(c->v, c->v->none));
    op(c, OP_IS_OP, 1);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    op(c, OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (uint32_t i = 0; i < size; i++) {
        pc->on_top--;
        subpattern(c, p->u.mapping.patterns.v[i], pc);
    }
    pc->on_top -= 2;
    if (rest) {
        rest_copy(c, size);
        store_name(c, pc, rest);
    } else {
        op(c, OP_POP_TOP, 0);               /* the keys */
        op(c, OP_POP_TOP, 0);               /* the subject */
    }
}

/* Whether the names of two alternatives are the same set. */
static int same_names(const pattern_ctx *a, const ast_ident *const *control, uint32_t n)
{
    if (a->nstores != n)
        return 0;
    for (uint32_t k = 0; k < n; k++) {
        int found = 0;
        for (uint32_t j = 0; j < n && !found; j++)
            found = a->stores[j] == control[k];
        if (!found)
            return 0;
    }
    return 1;
}

/* The index of name in the stores of pc. */
static uint32_t store_index(const pattern_ctx *pc, const ast_ident *name)
{
    uint32_t i = 0;
    while (pc->stores[i] != name)
        i++;
    return i;
}

/* compiler_pattern_or's reordering: an alternative's captures put in the
 * first alternative's order on the stack, as in its list of names. */
static void reorder_captures(compiler *c, pattern_ctx *alt, const ast_ident *const *control, uint32_t n)
{
    for (uint32_t icontrol = n; icontrol-- > 0;) {
        uint32_t istores = store_index(alt, control[icontrol]);
        if (icontrol == istores)
            continue;
        uint32_t rotations = istores + 1, at = icontrol - istores;
        size_t size = rotations * sizeof *alt->stores;
        const ast_ident **moved = hv_malloc(size);
        memcpy(moved, alt->stores, size);                   /* rotated = stores[:rotations] */
        memmove(alt->stores, alt->stores + rotations, (alt->nstores - rotations) * sizeof *moved);
        memmove(alt->stores + at + rotations, alt->stores + at,     /* stores[at:at] = rotated */
                (alt->nstores - rotations - at) * sizeof *moved);
        memcpy(alt->stores + at, moved, size);
        free(moved);
        while (rotations--)
            rotate(c, icontrol + 1);
    }
}

/* compiler_pattern_or: each alternative on a copy of the subject, with
 * its own fail_pop; on success its captures are rotated into place. */
static void or_pattern(compiler *c, const ast_pattern *p, pattern_ctx *pc)
{
    uint32_t end = build_label(B);
    const ast_pattern_seq *alts = &p->u.seq.patterns;
    pattern_ctx *control = NULL;            /* the first alternative's: its names' order rules */
    for (uint32_t i = 0; i < alts->n; i++) {
        at(c, &alts->v[i]->loc);
        pattern_ctx *alt = pattern_open(c, i + 1 == alts->n && pc->allow_irrefutable);
        op(c, OP_COPY, 1);
        pattern(c, alts->v[i], alt);
        if (i && control->nstores && same_names(alt, control->stores, control->nstores))
            reorder_captures(c, alt, control->stores, control->nstores);
        build_jump(B, OP_JUMP, end);
        emit_and_reset_fail_pop(c, alt);
        if (i)
            pattern_close(c, alt);
        else
            control = alt;                  /* stays open under the later ones */
    }
    op(c, OP_POP_TOP, 0);
    jump_to_fail_pop(c, pc, OP_JUMP);
    build_place(B, end);
    uint32_t ncontrol = control ? control->nstores : 0;
    uint32_t nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (uint32_t i = 0; i < ncontrol; i++) {
        rotate(c, nrots);
        add_store(pc, control->stores[i]);
    }
    if (control)
        pattern_close(c, control);
    op(c, OP_POP_TOP, 0);
}

/* compiler_pattern: at p's position (kept after it, as SET_LOC is). */
static void pattern(compiler *c, const ast_pattern *p, pattern_ctx *pc)
{
    at(c, &p->loc);
    switch (p->kind) {
    case AST_MATCHVALUE:
        expr(c, p->u.value.value);
        compare_op(c, AST_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case AST_MATCHSINGLETON: {
        uint8_t k = p->u.singleton.value;
        load_const(c, obj_incref(c->v, k == AST_CONST_TRUE ? c->v->true_ : k == AST_CONST_FALSE ? c->v->false_
                                                                                            : c->v->none));
        op(c, OP_IS_OP, 0);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    }
    case AST_MATCHSEQUENCE: sequence_pattern(c, p, pc); break;
    case AST_MATCHMAPPING: mapping_pattern(c, p, pc); break;
    case AST_MATCHCLASS: class_pattern(c, p, pc); break;
    case AST_MATCHSTAR: store_name(c, pc, p->u.star.name); break;
    case AST_MATCHAS: as_pattern(c, p, pc); break;
    case AST_MATCHOR: or_pattern(c, p, pc); break;
    }
}

/* One case but a trailing `case _`: the subject copied unless this is the
 * last one tried, the pattern, the captures stored, the guard, the body;
 * a failure pops what it left and goes on to the next case. */
static void match_case(compiler *c, const ast_match_case *m, int last, int is_last_case, uint32_t end)
{
    at(c, &m->pattern->loc);
    if (!last)
        op(c, OP_COPY, 1);
    size_t from = B->ncode;
    pattern_ctx *pc = pattern_open(c, m->guard != NULL || is_last_case);
    pattern(c, m->pattern, pc);
    for (uint32_t n = 0; n < pc->nstores; n++)
        store_ident(c, pc->stores[n], &m->pattern->loc);
    if (m->guard) {
        ensure_fail_pop(c, pc, 0);
        jump_if(c, m->guard, pc->fail_pop[0], 0);
    }
    if (!last)
        op(c, OP_POP_TOP, 0);
    build_swaps(B, from);
    stmts(c, &m->body);
    build_jump(B, OP_JUMP, end);
    at(c, &m->pattern->loc);
    emit_and_reset_fail_pop(c, pc);
    pattern_close(c, pc);
}

/* compiler_match: the subject stays on the stack while cases are tried;
 * a trailing `case _` after others tests nothing. */
static void match_stmt(compiler *c, const ast_stmt *s)
{
    expr(c, s->u.match.subject);
    uint32_t end = build_label(B), n = s->u.match.cases.n;
    const ast_match_case *const *cases = (const ast_match_case *const *)s->u.match.cases.v;
    int has_default = ast_pattern_is_wildcard(cases[n - 1]->pattern) && n > 1;
    for (uint32_t i = 0; i < n - (uint32_t)has_default; i++) {
        build_stmt(B, (uint32_t)cases[i]->pattern->loc.line);
        match_case(c, cases[i], i == n - (uint32_t)has_default - 1, i == n - 1, end);
    }
    if (has_default) {
        const ast_match_case *m = cases[n - 1];
        build_stmt(B, (uint32_t)m->pattern->loc.line);
        at(c, &m->pattern->loc);
        op(c, OP_NOP, 0);                   /* the line's coverage: the subject is gone */
        if (m->guard)
            jump_if(c, m->guard, end, 0);
        stmts(c, &m->body);
    }
    build_place(B, end);
}

static void stmt(compiler *c, const ast_stmt *s)
{
    if (s->kind == AST_GLOBAL || s->kind == AST_NONLOCAL)
        return;     /* no code: no step, no location (an implicit return after it takes the line before) */
    build_stmt(B, (uint32_t)s->loc.line);
    at(c, &s->loc);
    switch (s->kind) {
    case AST_EXPR:
        expr(c, s->u.expr.value);
        op(c, c->console && !c->cu->parent ? OP_PRINT_EXPR : OP_POP_TOP, 0);
        break;
    case AST_ASSIGN:
        expr(c, s->u.assign.value);
        for (uint32_t i = 0; i < s->u.assign.targets.n; i++) {
            if (i + 1 < s->u.assign.targets.n)
                op(c, OP_COPY, 1);
            store(c, s->u.assign.targets.v[i]);
        }
        break;
    case AST_AUGASSIGN: augassign(c, s); break;
    case AST_DELETE:
        for (uint32_t i = 0; i < s->u.del.targets.n; i++)
            delete(c, s->u.del.targets.v[i]);
        break;
    case AST_PASS: op(c, OP_NOP, 0); break;
    case AST_IF: if_stmt(c, s); break;
    case AST_WHILE: while_stmt(c, s); break;
    case AST_FOR: for_stmt(c, s); break;
    case AST_BREAK: case AST_CONTINUE: break_continue(c, s); break;
    case AST_RETURN: return_stmt(c, s); break;
    case AST_RAISE:
        if (s->u.raise.exc)
            expr(c, s->u.raise.exc);
        if (s->u.raise.cause)
            expr(c, s->u.raise.cause);
        op(c, OP_RAISE_VARARGS, s->u.raise.cause ? 2 : s->u.raise.exc ? 1 : 0);
        break;
    case AST_TRY:
        if (s->u.try_.finalbody.n)
            try_finally(c, s);
        else
            try_except(c, s);
        break;
    case AST_ASSERT: assert_stmt(c, s); break;
    case AST_IMPORT: import_stmt(c, s); break;
    case AST_FUNCTIONDEF: function_def(c, s); break;
    case AST_CLASSDEF: class_def(c, s); break;
    case AST_WITH: with_stmt(c, s, 0); break;
    case AST_IMPORTFROM: from_import_stmt(c, s); break;
    case AST_ASYNCFUNCTIONDEF: case AST_ASYNCFOR: case AST_ASYNCWITH:
        unsupported(c, &s->loc, "async code");
    case AST_ANNASSIGN: annassign(c, s); break;
    case AST_TRYSTAR: unsupported(c, &s->loc, "'except*'");
    case AST_MATCH: match_stmt(c, s); break;
    default: unsupported(c, &s->loc, "this statement");
    }
}

static void stmts(compiler *c, const ast_stmt_seq *body)
{
    for (uint32_t i = 0; i < body->n; i++)
        stmt(c, body->v[i]);
}

/* ---- code units: functions, classes, comprehensions, the module ------------------ */

static void scope_info(const struct symtable_scope *sc, scopeinfo *out);
static void scope_info_free(scopeinfo *si);
/* The slot in `outer` of the variable called `id` (a cell or free var). */
static uint32_t scope_slot(const scopeinfo *outer, const ast_ident *id);

static void unit_begin(compiler *c, cunit *cu, const struct symtable_scope *sc, object *name,
                       object *qualname)
{
    memset(cu, 0, sizeof *cu);
    build_init(&cu->b, &c->u);
    cu->parent = c->cu;
    cu->scope = sc;
    cu->name = name;
    cu->qualname = qualname;
    scope_info(sc, &cu->info);
    c->cu = cu;
    if (c->u.mem)
        compmem_unit_begin(c->u.mem, &cu->mem);
}

/* A nested unit (function, class, comprehension) begun on the heap;
 * unit_drop() frees it once its closure is made. */
static cunit *unit_push(compiler *c, const struct symtable_scope *sc, object *name, object *qualname)
{
    cunit *cu = hv_malloc(sizeof *cu);
    unit_begin(c, cu, sc, name, qualname);
    cu->on_heap = 1;
    return cu;
}

static void unit_drop(compiler *c, cunit *cu)
{
    if (c->ended == cu)
        c->ended = NULL;
    free(cu);
}

/* Finishes the current unit into a code object (merged into the unit's
 * constants) and returns to the enclosing one. */
static object *unit_end(compiler *c, uint32_t argcount, uint32_t kwonly, uint32_t flags,
                        uint32_t firstline)
{
    cunit *cu = c->cu;
    vm *v = c->v;
    uint32_t n = cu->info.nlocalsplus;
    object **names = hv_malloc((n ? n : 1) * sizeof *names);
    for (uint32_t i = 0; i < n; i++) {     /* no longjmp while names[] holds references */
        object *str = str_from_utf8(v, cu->info.names[i]->name, cu->info.names[i]->len);
        names[i] = str ? str_intern(v, str) : NULL;
        obj_xdecref(v, str);
        if (!names[i]) {
            while (i)
                obj_decref(v, names[--i]);
            free(names);
            check(c, NULL);
        }
    }
    uint8_t *kinds = hv_malloc(n ? n : 1);
    for (uint32_t i = 0; i < n; i++)
        kinds[i] = cu->info.kinds[i];
    if (cu->info.generator)
        flags |= CO_GENERATOR;
    if (cu->info.nested && (flags & CO_OPTIMIZED))  /* compute_code_flags: functions only */
        flags |= CO_NESTED;
    if (cu->scope->varargs)
        flags |= CO_VARARGS;
    if (cu->scope->varkeywords)
        flags |= CO_VARKEYWORDS;
    code_shape shape = {.name = cu->name, .qualname = cu->qualname, .localsplusnames = names,
                        .nlocalsplus = n, .kinds = kinds, .nlocals = cu->info.nlocals, .argcount = argcount,
                        .kwonlyargcount = kwonly, .flags = flags, .firstlineno = firstline,
                        .module = !cu->parent};
    object *code = build_code(&cu->b, &shape);
    if (code)
        CODE(code)->posonlyargcount = cu->scope->posonlyargcount;
    build_free(&cu->b);
    scope_info_free(&cu->info);
    obj_decref(v, cu->name);
    obj_decref(v, cu->qualname);
    if (c->u.mem)
        compmem_unit_end(c->u.mem, &cu->mem);
    c->cu = cu->parent;
    if (cu->on_heap)
        c->ended = cu;
    return unit_const(&c->u, check(c, code));
}

/* The prologue of a unit with cells or free variables (MAKE_CELL,
 * COPY_FREE_VARS), as 3.11 emits it. */
static void prologue(compiler *c)
{
    scopeinfo *si = &c->cu->info;
    for (uint32_t i = 0; i < si->nlocalsplus; i++)
        if ((si->kinds[i] & LP_CELL) && !(si->kinds[i] & LP_FREE))
            op(c, OP_MAKE_CELL, i);
    if (si->nfree)
        op(c, OP_COPY_FREE_VARS, si->nfree);
}

/* Pushes the function object for `code` (made in unit `inner`): the closure
 * tuple first when it has free variables. */
static void make_closure(compiler *c, cunit *inner_info, object *code, uint32_t flags)
{
    codeobj *co = CODE(code);
    uint32_t nfree = 0;
    for (uint32_t i = 0; i < co->nlocalsplus; i++)
        nfree += (co->localspluskinds[i] & LP_FREE) != 0;
    if (nfree) {
        for (uint32_t i = co->nlocalsplus - nfree; i < co->nlocalsplus; i++) {
            object *nm = TUPLE(co->localsplusnames)->items[i];
            const ast_ident *id = ast_intern(c->mod, STR(nm)->data, STR(nm)->nbytes);
            op(c, OP_LOAD_CLOSURE, scope_slot(&c->cu->info, id));
        }
        build_tuple(B, nfree);
        flags |= 8;
    }
    (void)inner_info;
    op(c, OP_LOAD_CONST, build_const(B, code));
    op(c, OP_MAKE_FUNCTION, flags);
}

/* Whether a body starts with a docstring (a str constant statement). */
static int has_docstring(const ast_stmt_seq *body)
{
    return body->n && body->v[0]->kind == AST_EXPR && body->v[0]->u.expr.value->kind == AST_CONSTANT &&
           body->v[0]->u.expr.value->u.constant.kind == AST_CONST_STR;
}

/* The __qualname__ (a new reference; NULL: no memory) of a unit whose
 * name is the str name, about to open inside the current one, as
 * compiler_set_qualname makes it: name itself at module level or for a
 * def or class (named) that the enclosing scope declares `global`; else
 * the enclosing qualname, ".<locals>" only when that scope is a def or a
 * lambda (a class or a comprehension adds just "."): "f", "C.f",
 * "f.<locals>.g", "<listcomp>.<lambda>". */
static object *qualname_in(compiler *c, object *name, const ast_ident *named)
{
    cunit *p = c->cu;
    int global = !p->parent;
    if (!global && named) {
        const symtable_symbol *sym = symtable_lookup(p->scope, symtable_mangle(c->mod, p->info.private_name, named));
        global = sym && sym->where == SYMTABLE_GLOBAL_EXPLICIT;
    }
    if (global)
        return obj_incref(c->v, name);
    int locals = p->scope->kind == SYMTABLE_FUNCTION || p->scope->kind == SYMTABLE_LAMBDA;
    buf b = BUF_INIT;
    buf_add(&b, STR(p->qualname)->data, STR(p->qualname)->nbytes);
    buf_adds(&b, locals ? ".<locals>." : ".");
    buf_add(&b, STR(name)->data, STR(name)->nbytes);
    object *q = str_from_utf8(c->v, buf_str(&b), b.len);
    buf_free(&b);
    return q;
}

/* The qualname of a def, class or lambda named name (qualname_in). */
static object *qualname_of(compiler *c, const ast_ident *name, int is_lambda)
{
    object *n = ident_str(c, name);
    object *q = qualname_in(c, n, is_lambda ? NULL : name);
    obj_decref(c->v, n);                        /* before check, which may not return */
    return check(c, q);
}

static void store_ident(compiler *c, const ast_ident *id, const ast_loc *loc)
{
    ast_expr target = {.kind = AST_NAME, .ctx = AST_STORE, .loc = *loc};
    target.u.name.id = id;
    symtable_resolve(c->cu->scope, &target);
    name_op(c, &target, AST_STORE);
}

/* compiler_default_arguments: pushes the defaults tuple and the keyword
 * defaults dict a def or lambda has; MAKE_FUNCTION's flags for them. */
static uint32_t function_defaults(compiler *c, const ast_arguments *a)
{
    uint32_t flags = 0;
    if (a->defaults.n) {                /* constant ones folded (build_tuple) */
        for (uint32_t i = 0; i < a->defaults.n; i++)
            expr(c, a->defaults.v[i]);
        build_tuple(B, a->defaults.n);
        flags |= 1;
    }
    uint32_t nkwdef = 0;
    for (uint32_t i = 0; i < a->kw_defaults.n; i++)
        nkwdef += a->kw_defaults.v[i] != NULL;
    if (nkwdef) {                       /* compiler_visit_kwonlydefaults */
        object *keys = NULL;            /* a list of the (mangled) names, grown as the defaults are met */
        for (uint32_t i = 0; i < a->kw_defaults.n; i++) {
            if (!a->kw_defaults.v[i])
                continue;
            object *name = mangled_str(c, a->kwonlyargs.v[i]->arg);
            if (!keys) {
                keys = list_new(c->v, 1);
                if (!keys)
                    obj_decref(c->v, name);
                list_set_fresh(c->v, check(c, keys), 0, name);
            } else {
                int rc = list_append(c->v, keys, name);
                obj_decref(c->v, name);
                if (rc)
                    check(c, NULL);
            }
            expr(c, a->kw_defaults.v[i]);
        }
        object *names = list_as_tuple(c->v, keys);
        obj_decref(c->v, keys);
        load_const(c, check(c, names));
        op(c, OP_BUILD_CONST_KEY_MAP, nkwdef);
        flags |= 2;
    }
    return flags;
}

/* One parameter's (name, annotation) pair, when it has one: the name
 * mangled in a class (compiler_visit_argannotation's _Py_Mangle). */
static uint32_t arg_annotation(compiler *c, const ast_ident *name, const ast_expr *annotation)
{
    if (!annotation)
        return 0;
    load_const(c, mangled_str(c, name));
    if (annotation->kind == AST_STARRED) {      /* *args: *Ts */
        expr(c, annotation->u.starred.value);
        op(c, OP_UNPACK_SEQUENCE, 1);
    } else {
        expr(c, annotation);
    }
    return 2;
}

static uint32_t args_annotations(compiler *c, const ast_arg_seq *args)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < args->n; i++)
        n += arg_annotation(c, args->v[i]->arg, args->v[i]->annotation);
    return n;
}

/* compiler_visit_annotations: (name, annotation, ...) as one tuple, in
 * 3.11's order (args before posonlyargs, then *args, keyword-only,
 * **kwargs, return); MAKE_FUNCTION's flag 4 when there is one. */
static uint32_t function_annotations(compiler *c, const ast_arguments *a, const ast_expr *returns)
{
    uint32_t n = args_annotations(c, &a->args) + args_annotations(c, &a->posonlyargs);
    if (a->vararg)
        n += arg_annotation(c, a->vararg->arg, a->vararg->annotation);
    n += args_annotations(c, &a->kwonlyargs);
    if (a->kwarg)
        n += arg_annotation(c, a->kwarg->arg, a->kwarg->annotation);
    n += arg_annotation(c, ast_intern(c->mod, "return", 6), returns);
    if (!n)
        return 0;
    build_tuple(B, n);
    return 4;
}

/* compiler_decorators: each @expression evaluated, top to bottom, before
 * the def or class. */
static void decorators(compiler *c, const ast_expr_seq *decos)
{
    for (uint32_t i = 0; i < decos->n; i++)
        expr(c, decos->v[i]);
}

/* compiler_apply_decorators: bottom-up, each a CALL 0 at its @expression
 * ([decorator, function] is a method-shaped call of one argument). */
static void apply_decorators(compiler *c, const ast_expr_seq *decos)
{
    for (uint32_t i = decos->n; i-- > 0;) {
        at(c, &decos->v[i]->loc);
        op(c, OP_CALL, 0);
    }
}

/* The code object's first line: the first decorator's, else the def's. */
static uint32_t first_line(const ast_expr_seq *decos, const ast_stmt *s)
{
    return (uint32_t)(decos->n ? decos->v[0]->loc.line : s->loc.line);
}

static void function_def(compiler *c, const ast_stmt *s)
{
    const ast_arguments *a = s->u.funcdef.args;
    decorators(c, &s->u.funcdef.decorator_list);
    uint32_t flags = function_defaults(c, a);
    flags |= function_annotations(c, a, s->u.funcdef.returns);
    object *qual = qualname_of(c, s->u.funcdef.name, 0);
    cunit *cu = unit_push(c, s->u.funcdef.scope, ident_str(c, s->u.funcdef.name), qual);
    cu->is_function = 1;
    const ast_stmt_seq *body = &s->u.funcdef.body;
    uint32_t first = 0;
    if (has_docstring(body)) {
        build_const(B, unit_const(&c->u, constant_object(c, body->v[0]->u.expr.value)));
        first = 1;                              /* the docstring is co_consts[0] */
    } else {
        build_const(B, unit_const(&c->u, obj_incref(c->v, c->v->none)));
    }
    prologue(c);
    for (uint32_t i = first; i < body->n; i++)
        stmt(c, body->v[i]);
    B->tail = B->ncode;
    load_const(c, obj_incref(c->v, c->v->none));
    op(c, OP_RETURN_VALUE, 0);
    uint32_t argc = a->posonlyargs.n + a->args.n;
    object *code = unit_end(c, argc, a->kwonlyargs.n, CO_OPTIMIZED | CO_NEWLOCALS,
                            first_line(&s->u.funcdef.decorator_list, s));
    at(c, &s->loc);
    make_closure(c, cu, code, flags);
    unit_drop(c, cu);
    apply_decorators(c, &s->u.funcdef.decorator_list);
    store_ident(c, s->u.funcdef.name, &s->loc);
}

/* compiler_lambda: a function whose body returns one expression, named
 * "<lambda>", with None for co_consts[0] so it has no docstring. */
static void lambda(compiler *c, const ast_expr *e)
{
    const ast_arguments *a = e->u.lambda.args;
    uint32_t flags = function_defaults(c, a);
    object *qual = qualname_of(c, ast_intern(c->mod, "<lambda>", 8), 1);
    cunit *cu = unit_push(c, e->u.lambda.scope, check(c, str_from_cstr(c->v, "<lambda>")), qual);
    cu->is_function = 1;
    build_const(B, unit_const(&c->u, obj_incref(c->v, c->v->none)));
    prologue(c);
    build_stmt(B, (uint32_t)e->loc.line);
    expr(c, e->u.lambda.body);
    op(c, OP_RETURN_VALUE, 0);
    object *code = unit_end(c, a->posonlyargs.n + a->args.n, a->kwonlyargs.n, CO_OPTIMIZED | CO_NEWLOCALS,
                            (uint32_t)e->loc.line);
    at(c, &e->loc);
    make_closure(c, cu, code, flags);
    unit_drop(c, cu);
}

static void class_def(compiler *c, const ast_stmt *s)
{
    for (uint32_t i = 0; i < s->u.classdef.keywords.n; i++)
        if (!s->u.classdef.keywords.v[i]->arg)
            unsupported(c, &s->loc, "class keywords unpacked with ** (class C(**kw))");
    decorators(c, &s->u.classdef.decorator_list);
    object *qual = qualname_of(c, s->u.classdef.name, 0);
    object *qual_for_body = obj_incref(c->v, qual);
    cunit *cu = unit_push(c, s->u.classdef.scope, ident_str(c, s->u.classdef.name), qual);
    cu->is_class = 1;
    prologue(c);
    build_stmt(B, (uint32_t)s->loc.line);
    op(c, OP_LOAD_NAME, build_name(B, unit_const(&c->u, obj_incref(c->v, c->v->str___name__))));
    op(c, OP_STORE_NAME, build_name(B, unit_const(&c->u, check(c, str_intern(c->v,
                                                                 str_static_interned(c->v, "__module__"))))));
    load_const(c, qual_for_body);
    op(c, OP_STORE_NAME, build_name(B, unit_const(&c->u, check(c, str_intern(c->v,
                                                                 str_static_interned(c->v, "__qualname__"))))));
    const ast_stmt_seq *body = &s->u.classdef.body;
    setup_annotations(c, body);
    uint32_t first = has_docstring(body);
    if (first) {                                /* compiler_body: __doc__ = '...' */
        build_stmt(B, (uint32_t)body->v[0]->loc.line);
        at(c, &body->v[0]->loc);
        load_const(c, constant_object(c, body->v[0]->u.expr.value));
        op(c, OP_STORE_NAME, build_name(B, unit_const(&c->u, check(c, str_intern(c->v,
                                                                     str_static_interned(c->v, "__doc__"))))));
    }
    for (uint32_t i = first; i < body->n; i++)
        stmt(c, body->v[i]);
    B->tail = B->ncode;                         /* "the following code is artificial": no line */
    if (s->u.classdef.scope->needs_class_closure) {     /* super() in a method: __classcell__ */
        op(c, OP_LOAD_CLOSURE, scope_slot(&c->cu->info, ast_intern(c->mod, "__class__", 9)));
        op(c, OP_COPY, 1);
        op(c, OP_STORE_NAME, build_name(B, unit_const(&c->u, check(c, str_intern(c->v,
                                                                     str_static_interned(c->v, "__classcell__"))))));
    } else {
        load_const(c, obj_incref(c->v, c->v->none));
    }
    op(c, OP_RETURN_VALUE, 0);
    object *code = unit_end(c, 0, 0, 0, first_line(&s->u.classdef.decorator_list, s));
    at(c, &s->loc);
    op(c, OP_PUSH_NULL, 0);
    op(c, OP_LOAD_BUILD_CLASS, 0);
    make_closure(c, cu, code, 0);
    unit_drop(c, cu);
    load_const(c, ident_str(c, s->u.classdef.name));
    for (uint32_t i = 0; i < s->u.classdef.bases.n; i++)
        expr(c, s->u.classdef.bases.v[i]);
    keyword_values(c, &s->u.classdef.keywords);  /* metaclass=M and the metaclass's others */
    op(c, OP_CALL, 2 + s->u.classdef.bases.n + s->u.classdef.keywords.n);
    apply_decorators(c, &s->u.classdef.decorator_list);
    store_ident(c, s->u.classdef.name, &s->loc);
}

/* One `for ... in ... if ...` level of a comprehension, and the element at
 * the innermost level. */
static void comp_level(compiler *c, const ast_expr *e, uint32_t level, uint32_t depth)
{
    const ast_comprehension_seq *gens = e->kind == AST_DICTCOMP ? &e->u.dictcomp.generators
                                                                : &e->u.comp.generators;
    const ast_comprehension *g = gens->v[level];
    if (g->is_async)
        unsupported(c, &e->loc, "async comprehensions");
    uint32_t top = build_label(B), end = build_label(B);
    if (level == 0) {
        op(c, OP_LOAD_FAST, 0);                 /* .0: the outermost iterator */
    } else {
        iter_operand(c, g->iter);
        op(c, OP_GET_ITER, 0);
    }
    build_place(B, top);
    build_jump(B, OP_FOR_ITER, end);
    store(c, g->target);
    for (uint32_t i = 0; i < g->ifs.n; i++)
        jump_if(c, g->ifs.v[i], top, 0);
    if (level + 1 < gens->n) {
        comp_level(c, e, level + 1, depth + 1);
    } else {
        switch (e->kind) {
        case AST_LISTCOMP:
            expr(c, e->u.comp.elt);
            op(c, OP_LIST_APPEND, depth + 1);
            break;
        case AST_SETCOMP:
            expr(c, e->u.comp.elt);
            op(c, OP_SET_ADD, depth + 1);
            break;
        case AST_DICTCOMP:
            expr(c, e->u.dictcomp.key);
            expr(c, e->u.dictcomp.value);
            op(c, OP_MAP_ADD, depth + 1);
            break;
        default:                                /* generator expression */
            expr(c, e->u.comp.elt);
            op(c, OP_YIELD_VALUE, 0);
            op(c, OP_POP_TOP, 0);
        }
    }
    build_jump(B, OP_JUMP, top);
    build_place(B, end);
}

/* Emits the comprehension's function (its code compiled as a unit) ready to
 * be called with the outermost iterator. */
static object *compile_comprehension(compiler *c, const ast_expr *e)
{
    static const char *const names[] = {[AST_LISTCOMP] = "<listcomp>", [AST_SETCOMP] = "<setcomp>",
                                        [AST_DICTCOMP] = "<dictcomp>", [AST_GENERATOREXP] = "<genexpr>"};
    const struct symtable_scope *sc = e->kind == AST_DICTCOMP ? e->u.dictcomp.scope : e->u.comp.scope;
    object *nm = check(c, str_from_cstr(c->v, names[e->kind]));
    object *qual = check(c, qualname_in(c, nm, NULL));
    cunit *cu = unit_push(c, sc, nm, qual);
    cu->is_function = 1;
    prologue(c);
    build_stmt(B, (uint32_t)e->loc.line);
    at(c, &e->loc);
    if (e->kind == AST_LISTCOMP)
        op(c, OP_BUILD_LIST, 0);
    else if (e->kind == AST_SETCOMP)
        op(c, OP_BUILD_SET, 0);
    else if (e->kind == AST_DICTCOMP)
        op(c, OP_BUILD_MAP, 0);
    comp_level(c, e, 0, e->kind == AST_GENERATOREXP ? 0 : 1);
    if (e->kind == AST_GENERATOREXP)
        load_const(c, obj_incref(c->v, c->v->none));
    op(c, OP_RETURN_VALUE, 0);
    object *code = unit_end(c, 1, 0, CO_OPTIMIZED | CO_NEWLOCALS, (uint32_t)e->loc.line);
    at(c, &e->loc);
    make_closure(c, cu, code, 0);
    unit_drop(c, cu);
    return code;
}

/* Appends what parse_error_print writes (CPython's SyntaxError report). */
static void error_text(buf *out, const char *filename, const parse_error *e)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        hv_oom();
    parse_error_print(f, filename, e);
    fclose(f);
    buf_add(out, text, len);
    free(text);
}

/* Single mode takes one statement: a second one on a later logical line is
 * CPython's "multiple statements" error, located after the first. */
static int check_single(const ast_module *m, const char *src, size_t n, const char *filename, buf *err)
{
    const ast_stmt_seq *body = &m->body;
    for (uint32_t i = 1; i < body->n; i++) {
        const ast_stmt *prev = body->v[i - 1];
        if (body->v[i]->loc.line == prev->loc.end_line && prev->loc.line == prev->loc.end_line &&
            !ast_stmt_compound(prev->kind))
            continue;                           /* `a = 1; b = 2` is one line */
        ast_loc at = {body->v[0]->loc.end_line, body->v[0]->loc.end_col,
                      body->v[0]->loc.end_line, body->v[0]->loc.end_col};
        located_error(err, src, n, filename, &at,
                      "multiple statements found while compiling a single statement");
        return -1;
    }
    return 0;
}

/* Writes SyntaxWarnings to the program's stderr, as the warnings module
 * shows them: the parser's, then the compiler's.  show_warning quotes the
 * line from the file itself (_Py_DisplaySourceLine, not for "<string>"),
 * which costs heap: at once for the parser's, when codegen reaches the
 * node for the compiler's (counted in `warned`, warned_here). */
static void warnings(vm *v, const parse_warning *w, size_t n, const char *filename, map *warned)
{
    for (size_t i = 0; i < n; i++) {
        if (filename[0] != '<' && w[i].text && *w[i].text) {
            if (!w[i].node || !warned)
                traceback_source_memory(v, filename, (uint32_t)w[i].line);
            else
                ++*map_slot(warned, (uint64_t)(uintptr_t)w[i].node, NULL);
        }
        parse_warning shown = w[i];
        if (v->script_readable >= 0 && v->script && strcmp(filename, v->script) == 0
            && w[i].line > v->script_readable)
            shown.text = NULL;              /* the file's readline failed to decode */
        char *text = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&text, &len);
        if (f) {
            parse_warning_print(f, filename, &shown);
            fclose(f);
            vm_write(v, 2, text, len);
            free(text);
        }
    }
}

/* The AST optimizer's work on e (astwalk.h): what it folds is made now,
 * before the symbol table's objects, as _PyAST_Optimize makes it; codegen
 * finds it made (const_value, iter_const).  Visited expressions that fold
 * into nothing (a name, a call) make nothing. */
static void fold_visit(void *ctx, const ast_expr *e, enum astwalk_site site)
{
    compiler *c = ctx;
    if (site == ASTWALK_ITER) {
        if (!iter_kept(e))
            obj_xdecref(c->v, iter_const(c, e));
        return;
    }
    switch (e->kind) {
    case AST_BINOP: case AST_UNARYOP: case AST_TUPLE: case AST_SUBSCRIPT: case AST_NAME:
        obj_xdecref(c->v, const_value(c, e));
        break;
    default:
        break;
    }
}

/* Codegen for a checked tree: the module's code object, or NULL. */
static object *codegen(compiler *c, const symtable_scope *sc)
{
    vm *v = c->v;
    cunit top;
    object *code = NULL;
    if (!setjmp(c->fail)) {
        arena_identifiers(c);
        c->parsed_end = c->log.n ? c->arena->n : 0;
        if (!c->console && !c->log.n)
            arena_tokens(c);            /* the log has them, in a script */
        astwalk_module(c->mod, fold_visit, c);
        if (c->u.mem)
            compmem_symtable(c->u.mem, sc);
        unit_begin(c, &top, sc, check(c, str_from_cstr(v, "<module>")),
                   check(c, str_from_cstr(v, "<module>")));
        prologue(c);
        setup_annotations(c, &c->mod->body);
        stmts(c, &c->mod->body);
        B->tail = B->ncode;
        load_const(c, obj_incref(v, v->none));
        op(c, OP_RETURN_VALUE, 0);
        code = obj_incref(v, unit_end(c, 0, 0, 0, 1));
    } else {
        while (c->patterns)                     /* the match patterns in progress */
            pattern_close(c, c->patterns);
        while (c->cu) {                         /* unwind the units in progress */
            cunit *cu = c->cu;
            build_free(&cu->b);
            scope_info_free(&cu->info);
            obj_xdecref(v, cu->name);
            obj_xdecref(v, cu->qualname);
            if (c->u.mem)
                compmem_unit_end(c->u.mem, &cu->mem);
            c->cu = cu->parent;
            if (cu->on_heap)
                free(cu);
        }
        free(c->ended);                         /* ended, its closure not made */
        c->ended = NULL;
    }
    return code;
}

object *compile_source(vm *v, const char *source, size_t n, object *filename, int mode, buf *err,
                       compile_arena *arena)
{
    const char *fname = STR(filename)->data;
    if (mode == COMPILE_SCRIPT && !arena->list && !(arena->list = list_new(v, 0)))
        return NULL;                            /* _PyArena_New's PyList_New(0) */
    parse_result pr;
    parse_module(source, n, fname, &pr);
    if (pr.ucn && str_ucn_import(v, 1))        /* the decoder's _PyUnicode_GetNameCAPI */
        vm_exc_clear(v);
    if (!pr.module || pr.unsupported.kind != LEX_ERR_NONE) {
        error_text(err, fname, pr.module ? &pr.unsupported : &pr.err);
        parse_result_free(&pr);
        return NULL;
    }
    if (mode == COMPILE_SINGLE && check_single(pr.module, source, n, fname, err)) {
        parse_result_free(&pr);
        return NULL;
    }
    warnings(v, pr.warnings, pr.nwarnings, fname, NULL);
    uint32_t nparsed = ast_ident_count(pr.module);
    symtable_result sr;
    symtable_build(pr.module, source, n, &sr);
    map warned = MAP_INIT;
    warnings(v, sr.warnings, sr.nwarnings, fname, &warned);
    if (!sr.top) {
        error_text(err, fname, &sr.err);
        map_free(&warned);
        symtable_result_free(&sr);
        parse_result_free(&pr);
        return NULL;
    }
    compiler c = {.v = v, .mod = pr.module, .source = source, .n = n, .filename = filename,
                  .err = err, .console = mode == COMPILE_SINGLE, .arena = arena,
                  .node_const = MAP_INIT, .numbers = MAP_INIT, .warned = warned, .nparsed = nparsed,
                  .const_at = MAP_INIT, .joined_at = MAP_INIT, .fruns = MAP_INIT};
    unit_init(&c.u, v, filename);
    compmem mem;
    if (mode == COMPILE_SCRIPT) {
        compmem_begin(&mem, v);
        c.u.mem = &mem;
    }
    object *code = codegen(&c, sr.top);
    if (c.u.mem)
        compmem_end(&mem);
    if (code && arena->list && arena_list_fill(&c)) {
        obj_decref(v, code);
        code = NULL;
    }
    unit_free(&c.u);
    pegcount_log_free(&c.log);
    map_free(&c.const_at);
    free(c.consts);
    map_free(&c.joined_at);
    map_free(&c.fruns);
    free(c.fruns_v);
    free(c.fq);
    map_free(&c.node_const);
    map_free(&c.numbers);
    map_free(&c.warned);
    symtable_result_free(&sr);
    parse_result_free(&pr);
    return code;
}

object *compile_module(vm *v, const char *source, size_t n, object *filename, buf *err)
{
    compile_arena arena = {0};
    object *code = compile_source(v, source, n, filename, COMPILE_FILE, err, &arena);
    compile_arena_free(v, &arena);
    return code;
}

/* ---- codeop: is a console input finished? ------------------------------------------ */

static int blank_or_comments(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '#') {
            while (i < n && s[i] != '\n')
                i++;
        } else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f') {
            return 0;
        }
    }
    return 1;
}

static int32_t count_lines(const char *s, size_t n)
{
    int32_t lines = 1;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n' && i + 1 < n;
    return lines;
}

/* The line of the error parsing s reports (0: it parses). */
static int32_t error_line(const char *s, size_t n, char **msg)
{
    parse_result pr;
    parse_module(s, n, "<stdin>", &pr);
    int32_t line = pr.module ? 0 : pr.err.line > 0 ? pr.err.line : 1;
    if (msg && !pr.module && pr.err.msg) {
        *msg = hv_malloc(strlen(pr.err.msg) + 1);
        strcpy(*msg, pr.err.msg);
    }
    int compound_open = pr.module && pr.module->body.n &&
                        ast_stmt_compound(pr.module->body.v[pr.module->body.n - 1]->kind);
    parse_result_free(&pr);
    return line ? line : compound_open ? -1 : 0;
}

int compile_incomplete(const char *source, size_t n)
{
    if (blank_or_comments(source, n))
        return 0;
    char *msg = NULL;
    int32_t line = error_line(source, n, &msg);
    if (line == 0)
        return 0;
    if (line < 0)                               /* a compound statement: ends with a newline */
        return n == 0 || source[n - 1] != '\n';
    static const char *const open_end[] = {
        "was never closed", "unterminated triple-quoted string", "unexpected EOF while parsing",
    };
    int incomplete = 0;
    for (size_t i = 0; i < HV_COUNTOF(open_end) && msg && !incomplete; i++)
        incomplete = strstr(msg, open_end[i]) != NULL;
    free(msg);
    if (incomplete)
        return 1;
    /* The parser failed at the end of the text if more text moves the
     * error past it (codeop's "incomplete input": the tokenizer hit EOF). */
    buf probe = BUF_INIT;
    buf_add(&probe, source, n);
    if (n && source[n - 1] != '\n')
        buf_addc(&probe, '\n');
    buf_adds(&probe, "pass\n");
    int32_t probe_line = error_line(buf_str(&probe), probe.len, NULL);
    buf_free(&probe);
    return probe_line > count_lines(source, n);
}

/* ---- the symbol table's scopes, as codegen sees them -------------------------------- */

static int ident_in(const ast_ident *id, const ast_ident *const *v, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (v[i] == id)
            return 1;
    return 0;
}

/* localsplus = varnames, then the cells that are not parameters, then the
 * free variables (CPython 3.11's layout, the symtable's slots). */
static void scope_info(const symtable_scope *sc, scopeinfo *out)
{
    memset(out, 0, sizeof *out);
    uint32_t n = sc->nlocalsplus;
    out->names = hv_calloc(n ? n : 1, sizeof *out->names);
    out->kinds = hv_calloc(n ? n : 1, 1);
    uint32_t k = 0;
    for (uint32_t i = 0; i < sc->nvarnames && k < n; i++, k++) {
        out->names[k] = sc->varnames[i];
        out->kinds[k] = LP_LOCAL | (ident_in(sc->varnames[i], sc->cellvars, sc->ncellvars) ? LP_CELL : 0);
    }
    for (uint32_t i = 0; i < sc->ncellvars && k < n; i++)
        if (!ident_in(sc->cellvars[i], sc->varnames, sc->nvarnames)) {
            out->names[k] = sc->cellvars[i];
            out->kinds[k++] = LP_CELL;
        }
    for (uint32_t i = 0; i < sc->nfreevars && k < n; i++) {
        out->names[k] = sc->freevars[i];
        out->kinds[k++] = LP_FREE;
    }
    out->nlocalsplus = k;
    out->nlocals = sc->nvarnames;
    out->nfree = sc->nfreevars;
    out->generator = sc->generator;
    out->nested = sc->nested;
    out->private_name = sc->private_name;
}

static void scope_info_free(scopeinfo *si)
{
    free(si->names);
    free(si->kinds);
    memset(si, 0, sizeof *si);
}

static uint32_t scope_slot(const scopeinfo *outer, const ast_ident *id)
{
    for (uint32_t i = outer->nlocalsplus; i-- > 0;)    /* cells and frees are last */
        if (outer->names[i] == id && (outer->kinds[i] & (LP_CELL | LP_FREE)))
            return i;
    return 0;
}

static void symtable_resolve(const symtable_scope *sc, ast_expr *target)
{
    uint32_t slot = 0;
    target->u.name.access = (uint8_t)symtable_access(sc, target->u.name.id, target->ctx == AST_LOAD, &slot);
    target->u.name.slot = slot;
}
