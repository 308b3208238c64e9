/*
 * traceback.c — traceback objects and frame objects.
 *
 * An exception leaving or entering a frame gets a traceback object (40 +
 * 16 bytes, GC) naming that frame's frame object, which is made then if
 * the frame has none: 120 + 8 × (locals + stack depth) + 16 bytes, GC
 * counted but not tracked while its frame runs.  The chain hangs off the
 * exception (__traceback__), newest first:
 *
 *   exc ──▶ tb (module) ──tb_next──▶ tb (f) ──tb_next──▶ tb (g)
 *             │                        │                   │
 *             ▼                        ▼                   ▼
 *          frame obj ◀────f_back──── frame obj ◀─f_back─ frame obj
 *
 * Life of a frame object:
 *   made (belongs to the frame, which holds one reference)
 *     ├─ the frame finishes, nobody else refers to it ──▶ freed first,
 *     │                                                    then the locals
 *     └─ the frame finishes, a traceback refers to it ──▶ owns the locals,
 *          function, code and f_back (its caller's frame object, made now);
 *          tracked: a local holding the exception makes a cycle
 *          (exc → tb → frame → locals → exc), which is why `except E as e`
 *          deletes e.
 *
 * Invariants: 1. a frame object is tracked iff it owns its data (running
 * == NULL); 2. a running frame's frame_obj holds one reference to it.
 */
#include "traceback.h"

#include "abstract.h"
#include "attr.h"
#include "dir.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "hv.h"
#include "map.h"
#include "parse.h"
#include "pymalloc.h"
#include "slice.h"
#include "textio.h"
#include "tracemalloc.h"
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LABEL_FUNC = 1u << 20, LABEL_LOCALS, LABEL_BACK };    /* beside the lp[] indexes */

/* ---- frame objects ---------------------------------------------------------- */

/* _PyFrame_GetFrameObject: f's frame object (borrowed), made on first use;
 * NULL when the simulated heap is full. */
static object *frame_object(vm *v, frame *f)
{
    if (f->frame_obj)
        return f->frame_obj;
    codeobj *c = f->code;
    uint32_t nlp = c->nlocalsplus;
    object *o = obj_new_sized(v, v->types[T_FRAME], 16 + 120 + 8 * (uint64_t)(nlp + c->stacksize),
                              nlp * sizeof(object *));
    if (!o)
        return NULL;
    frameobj *fo = FRAMEOBJ(o);
    fo->running = f;
    fo->nlp = nlp;
    fo->nslots = nlp + c->stacksize;
    return f->frame_obj = o;
}

object *traceback_frame_object(vm *v, frame *f)
{
    return frame_object(v, f);
}

object *traceback_sim_frame(vm *v, uint32_t nlp, uint32_t nslots)
{
    object *o = obj_new_sized(v, v->types[T_FRAME], 16 + 120 + 8 * (uint64_t)nslots, nlp * sizeof(object *));
    if (o) {
        FRAMEOBJ(o)->nlp = nlp;
        FRAMEOBJ(o)->nslots = nslots;
    }
    return o;
}

void traceback_sim_frame_name(object *fo, const char *file, const char *func, uint32_t line)
{
    FRAMEOBJ(fo)->sim_file = file;
    FRAMEOBJ(fo)->sim_func = func;
    FRAMEOBJ(fo)->lineno = line;
}

void traceback_sim_frame_code(vm *v, object *fo, object *code)
{
    FRAMEOBJ(fo)->code = (codeobj *)obj_hold(v, code, fo->addr, LABEL_FUNC - 1);
}

void traceback_sim_frame_own(vm *v, object *o, object **locals, object *back)
{
    frameobj *fo = FRAMEOBJ(o);
    for (uint32_t i = 0; i < fo->nlp; i++)
        if ((fo->lp[i] = locals[i]) != NULL)
            obj_give(v, locals[i], o->addr, i);
    if (back)
        fo->back = obj_hold(v, back, o->addr, LABEL_BACK);
    obj_track(v, o);
}

/* take_ownership: the finished frame's data moves into its frame object. */
static void take_ownership(vm *v, frame *f, object *o)
{
    frameobj *fo = FRAMEOBJ(o);
    fo->running = NULL;
    fo->lineno = frame_incomplete(f) ? f->code->firstlineno : f->code->lines[f->ip - 1];
    fo->code = (codeobj *)obj_hold(v, &f->code->ob, o->addr, LABEL_FUNC - 1);
    if (f->func)
        fo->func = obj_hold(v, f->func, o->addr, LABEL_FUNC);
    if (f->locals)
        fo->locals = obj_hold(v, f->locals, o->addr, LABEL_LOCALS);
    if (f->fast_locals) {                   /* a function's f_locals moves with the frame */
        fo->locals = f->fast_locals;
        f->fast_locals = NULL;
        obj_take(v, fo->locals, f->addr, FRAME_LABEL_F_LOCALS);
        obj_give(v, fo->locals, o->addr, LABEL_LOCALS);
    }
    while (f->sp)
        obj_xdecref(v, f->stack[--f->sp]);
    for (uint32_t i = 0; i < fo->nlp; i++) {
        object *x = f->lp[i];
        f->lp[i] = NULL;
        if (x) {
            obj_take(v, x, f->addr, i);
            obj_give(v, x, o->addr, i);
        }
        fo->lp[i] = x;
    }
    /* a generator's frame is cleared after it forgot its resumer (f_back None) */
    object *back = f->back && !f->gen ? frame_object(v, f->back) : NULL;
    if (back)
        fo->back = obj_hold(v, back, o->addr, LABEL_BACK);
    obj_track(v, o);
}

void traceback_frame_exit(vm *v, frame *f)
{
    object *o = f->frame_obj;
    if (!o)
        return;
    f->frame_obj = NULL;
    if (o->refcnt > 1) {
        vm_err saved = vm_exc_fetch(v);     /* f_back may need the heap: keep the exception */
        take_ownership(v, f, o);
        vm_exc_restore(v, saved);
    }
    obj_decref(v, o);
}

/* frame_tp_clear: the locals (the collector breaking a cycle). */
static void frame_clear_locals(vm *v, object *o)
{
    frameobj *fo = FRAMEOBJ(o);
    if (fo->running)
        return;
    for (uint32_t i = 0; i < fo->nlp; i++) {
        object *x = fo->lp[i];
        fo->lp[i] = NULL;
        if (x)
            obj_release(v, x, o->addr, i);
    }
}

static void release_field(vm *v, object *o, object **field, uint64_t label)
{
    object *x = *field;
    *field = NULL;
    if (x)
        obj_release(v, x, o->addr, label);
}

/* frame_dealloc: function, locals dict, locals, f_back, the code, the
 * block. */
static void frame_dealloc(vm *v, object *o)
{
    frameobj *fo = FRAMEOBJ(o);
    if (!fo->running)
        obj_untrack(v, o);
    int trash = obj_trash_begin(v, o, frame_dealloc);
    if (trash > 0)
        return;
    object *code = fo->code ? &fo->code->ob : NULL;
    release_field(v, o, &fo->func, LABEL_FUNC);
    release_field(v, o, &fo->locals, LABEL_LOCALS);
    frame_clear_locals(v, o);
    release_field(v, o, &fo->back, LABEL_BACK);
    fo->code = NULL;
    if (code)                               /* CPython drops it after the block: the model */
        obj_release(v, code, o->addr, LABEL_FUNC - 1);  /* wants a freed object to hold nothing */
    obj_free(v, o);
    obj_trash_end(v, trash);
}

static int frame_traverse(object *o, visitproc visit, void *arg)
{
    frameobj *fo = FRAMEOBJ(o);
    object *refs[] = {fo->back, fo->func, fo->locals};
    for (size_t i = 0; i < HV_COUNTOF(refs); i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    for (uint32_t i = 0; i < fo->nlp; i++)
        if (fo->lp[i] && visit(fo->lp[i], arg))
            return 1;
    return 0;
}

static uint64_t frame_size_of(vm *v, object *o)
{
    (void)v;
    return 120 + 8 * (uint64_t)FRAMEOBJ(o)->nslots;
}

static uint32_t frame_lineno(const frameobj *fo)
{
    const frame *f = fo->running;
    if (f && frame_incomplete(f))           /* a generator not started: at its def line */
        return f->code->firstlineno;
    return f ? f->code->lines[f->ip - 1] : fo->lineno;
}

static const codeobj *frame_code(const frameobj *fo)
{
    return fo->running ? fo->running->code : fo->code;
}

static object *frame_repr(vm *v, object *o)
{
    const frameobj *fo = FRAMEOBJ(o);
    const codeobj *c = frame_code(fo);
    char text[512];
    snprintf(text, sizeof text, "<frame at %#llx, file '%s', line %u, code %s>",
             (unsigned long long)o->addr, c ? STR(c->filename)->data : fo->sim_file ? fo->sim_file : "?",
             frame_lineno(fo),
             c ? STR(c->name)->data : fo->sim_func ? fo->sim_func : "?");
    return str_from_cstr(v, text);
}

/* f_lineno, f_code, f_locals, f_back (only once owned: a running frame's caller has no
 * frame object to show before it is asked for). */
static object *frame_getattr(vm *v, object *o, object *name)
{
    frameobj *fo = FRAMEOBJ(o);
    const char *s = STR(name)->data;
    if (!strcmp(s, "f_lineno"))
        return int_from_i64(v, frame_lineno(fo));
    if (!frame_code(fo) && (!strcmp(s, "f_code") || !strcmp(s, "f_locals")))   /* traceback_sim_frame's */
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: %s of the frame of %s() in %s (heapviz runs it "
                        "in C: it has no code object)", s, fo->sim_func ? fo->sim_func : "?",
                        fo->sim_file ? fo->sim_file : "?");
    if (!strcmp(s, "f_code"))
        return obj_incref(v, (object *)&frame_code(fo)->ob);
    if (!strcmp(s, "f_locals"))             /* owned: a function's made and refilled here */
        return fo->running ? builtins_frame_locals(v, fo->running)
               : fo->locals && !fo->func ? obj_incref(v, fo->locals)
               : builtins_fast_to_locals(v, fo->code, fo->lp, &fo->locals, o->addr, LABEL_LOCALS);
    if (!strcmp(s, "f_lasti"))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: f_lasti (CPython's bytecode offsets "
                        "are not simulated)");
    if (!strcmp(s, "f_back")) {
        object *b = fo->running && fo->running->back ? frame_object(v, fo->running->back) : fo->back;
        return b ? obj_incref(v, b) : (v->exc ? NULL : obj_incref(v, v->none));
    }
    return attr_generic(v, o, name);        /* f_code, f_locals…: refused as outside the subset */
}

/* ---- traceback objects ------------------------------------------------------------ */

/* The new traceback object tb (naming fo) becomes the head of the current
 * exception's chain, the old head its tb_next. */
static void tb_push(vm *v, object *tb, object *fo, uint32_t ip, uint32_t lineno)
{
    tbobj *t = TB(tb);
    object *exc = v->exc_raw ? NULL : v->exc;   /* raw: the thread state holds the chain */
    object **head = exc ? &EXC(exc)->traceback : &v->exc_tb;
    t->next = *head;                        /* the old head's reference moves to tb_next */
    if (t->next) {
        if (exc)
            obj_take(v, t->next, exc->addr, 2);
        obj_give(v, t->next, tb->addr, 0);
    }
    t->frame = obj_hold(v, fo, tb->addr, 1);
    t->lasti = ip;
    t->lineno = lineno;
    obj_track(v, tb);
    *head = tb;
    if (exc)
        obj_give(v, tb, exc->addr, 2);
}

void traceback_here(vm *v, frame *f, uint32_t ip)
{
    vm_err saved = vm_exc_fetch(v);
    object *fo = frame_object(v, f);
    object *tb = fo ? obj_new(v, v->types[T_TRACEBACK], 0) : NULL;
    vm_exc_restore(v, saved);               /* out of memory: no traceback object */
    if (tb)
        tb_push(v, tb, fo, ip, ip == TB_BEFORE_START ? f->code->firstlineno : f->code->lines[ip]);
}

void traceback_add(vm *v, frame *f, uint32_t ip)
{
    const codeobj *c = f->code;
    exc_add_traceback(v, NULL, c->filename, c->name, c->lines[ip], c->cols[ip]);
    traceback_here(v, f, ip);
}

int traceback_sim_here(vm *v, object *fo, uint32_t line)
{
    vm_err saved = vm_exc_fetch(v);
    object *tb = obj_new(v, v->types[T_TRACEBACK], 0);
    vm_exc_restore(v, saved);
    if (!tb)
        return -1;
    tb_push(v, tb, fo, TB_BEFORE_START, line);
    return 0;
}

static void tb_dealloc(vm *v, object *o)
{
    tbobj *t = TB(o);
    obj_untrack(v, o);
    int trash = obj_trash_begin(v, o, tb_dealloc);
    if (trash > 0)
        return;
    release_field(v, o, &t->next, 0);
    release_field(v, o, &t->frame, 1);
    obj_free(v, o);
    obj_trash_end(v, trash);
}

static int tb_traverse(object *o, visitproc visit, void *arg)
{
    tbobj *t = TB(o);
    return (t->next && visit(t->next, arg)) || (t->frame && visit(t->frame, arg));
}

static void tb_clear(vm *v, object *o)
{
    release_field(v, o, &TB(o)->next, 0);
    release_field(v, o, &TB(o)->frame, 1);
}

static object *tb_getattr(vm *v, object *o, object *name)
{
    tbobj *t = TB(o);
    const char *s = STR(name)->data;
    if (!strcmp(s, "tb_next"))
        return obj_incref(v, t->next ? t->next : v->none);
    if (!strcmp(s, "tb_frame"))
        return obj_incref(v, t->frame);
    if (!strcmp(s, "tb_lineno"))
        return int_from_i64(v, t->lineno);
    if (!strcmp(s, "tb_lasti"))             /* our instructions are not CPython's bytes */
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: tb_lasti (CPython's bytecode offsets "
                        "are not simulated)");
    return attr_generic(v, o, name);
}

static const method_def frame_methods[] = {
    {"__sizeof__", class_sizeof, METH_NOARGS, "frame.__sizeof__"},
    {NULL, NULL, 0, NULL},
};

void traceback_init_types(vm *v)
{
    type *ft = v->types[T_FRAME], *tt = v->types[T_TRACEBACK];
    ft->dealloc = frame_dealloc;
    ft->traverse = frame_traverse;
    ft->clear = frame_clear_locals;
    ft->repr = frame_repr;
    ft->getattr = frame_getattr;
    ft->getmethod = attr_getmethod_plain;
    ft->host_size = sizeof(frameobj);
    ft->size_of = frame_size_of;
    ft->methods = frame_methods;
    tt->dealloc = tb_dealloc;
    tt->traverse = tb_traverse;
    tt->clear = tb_clear;
    tt->getattr = tb_getattr;
    tt->host_size = sizeof(tbobj);
}


/* ---- printing a traceback ---------------------------------------------------------- */

/*
 * What CPython 3.11's PyErr_Display writes (Python/traceback.c and
 * pythonrun.c), one frame:
 *
 *     File "prog.py", line 3, in f          the entry
 *       return a[i] + 1                      its line, indentation removed
 *              ~^^^                          the failing instruction's span
 *
 * The carets: `^` under the span; when the span's text parses alone as a
 * binary operation or a subscript, `~` under it and `^` under the operator
 * (resp. the brackets and index) only.  No caret line when plain `^` would
 * cover the whole line (after its indentation, trailing blanks included).
 * A span that goes on to later lines is underlined to the line's last
 * non-blank character.  Columns are UTF-8 byte offsets; carets count
 * characters.  The same frame (file, line, function) more than 3 times in
 * a row prints as 3 and "[Previous line repeated N more times]".
 */

enum { TB_RECURSIVE_CUTOFF = 3 };

static int tb_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* Characters (not continuation bytes) in s[0..n). */
static size_t utf8_chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xc0) != 0x80;
    return k;
}

/* Line `line` (1-based) of text[0..n), without its line ending; NULL when
 * the text is shorter. */
static const char *text_line(const char *text, size_t n, uint32_t line, size_t *len)
{
    const char *p = text, *end = text + n;
    for (uint32_t l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p == end && line > 1)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    if (*len && p[*len - 1] == '\r')
        (*len)--;
    return p;
}

/* extract_anchors_from_line: when seg[0..n) alone is one expression
 * statement, a binary operation or a subscript, the byte range [*l, *r) of
 * seg that gets the `^` (its operator; its brackets and index); 0 when
 * it is something else or does not parse. */
static int tb_anchors(const char *seg, size_t n, size_t *l, size_t *r)
{
    parse_result pr;
    parse_module(seg, n, "<string>", &pr);
    int found = 0;
    const ast_module *m = pr.module;
    if (m && m->body.n == 1 && m->body.v[0]->kind == AST_EXPR) {
        const ast_expr *e = m->body.v[0]->u.expr.value;
        if (e->kind == AST_BINOP) {
            size_t i = (size_t)e->u.binop.left->loc.end_col, stop = (size_t)e->u.binop.right->loc.col;
            while (i < stop && i < n && tb_blank(seg[i]))
                i++;
            if (i < stop && i < n) {
                *l = i;
                *r = i + 1 + (i + 1 < stop && !tb_blank(seg[i + 1]));
                found = 1;
            }
        } else if (e->kind == AST_SUBSCRIPT) {
            *l = (size_t)e->u.subscript.value->loc.end_col;
            *r = (size_t)e->u.subscript.slice->loc.end_col + 1;
            found = 1;
        }
    }
    parse_result_free(&pr);
    return found;
}

/* The caret line of a frame whose line is text[0..len) (indentation
 * `lead` bytes) and whose instruction spans bytes [start, end) (end
 * TB_COL_MULTILINE: to a later line). */
static void tb_carets(buf *b, const char *text, size_t len, size_t lead, size_t start, size_t end)
{
    size_t left = 0, right = 0;
    int anchored = 0;
    if (end == TB_COL_MULTILINE) {
        end = len;
        while (end > 0 && tb_blank(text[end - 1]))
            end--;
    } else {
        if (end > len || start > end)
            return;
        anchored = tb_anchors(text + start, end - start, &left, &right);
    }
    if (start < lead || start > end)
        return;
    if (!anchored && start == lead && end == len)
        return;
    size_t c0 = utf8_chars(text, lead), cs = utf8_chars(text, start), ce = utf8_chars(text, end);
    size_t cl = anchored ? utf8_chars(text, start + left) : 0;
    size_t cr = anchored ? utf8_chars(text, start + right) : 0;
    buf_adds(b, "    ");
    for (size_t c = c0; c < cs; c++)
        buf_addc(b, ' ');
    for (size_t c = cs; c < ce; c++)
        buf_addc(b, anchored && (c < cl || c >= cr) ? '~' : '^');
    buf_addc(b, '\n');
}

/* The source line and its carets: for the script's own file (CPython
 * cannot re-read "<stdin>" either) and the lines of tracemalloc.py that
 * heapviz's traceback entries name (tm_source_line), and not once
 * finalization released __main__ (interp.c: finalize_modules emptied
 * sys.modules, so _Py_DisplaySourceLine cannot import io: a __del__'s report
 * at exit names the line without quoting it). */
static void tb_print_source(vm *v, buf *b, const tb_entry *e, int hook)
{
    const char *file = STR(e->filename)->data, *text = NULL;
    size_t len;
    if (!v->main_dict)
        return;
    if (v->script && v->script_text && strcmp(file, v->script) == 0 && strcmp(v->script, "<stdin>") != 0)
        text = traceback_script_line(v, e->line, &len);
    else
        text = tm_source_line(file, e->line, &len);
    if (!text)
        return;
    if (hook)
        traceback_source_memory(v, file, e->line);
    size_t lead = 0;
    while (lead < len && tb_blank(text[lead]))
        lead++;
    buf_adds(b, "    ");
    buf_add(b, text + lead, len - lead);
    buf_addc(b, '\n');
    size_t start = e->col & 0xffff, end = e->col >> 16;
    if (end > start)
        tb_carets(b, text, len, lead, start, end);
}

static void tb_print_repeated(buf *b, size_t count)
{
    size_t more = count - TB_RECURSIVE_CUTOFF;
    buf_printf(b, "  [Previous line repeated %zu more time%s]\n", more, more > 1 ? "s" : "");
}

const char *traceback_script_line(vm *v, uint32_t line, size_t *len)
{
    if (v->script_readable >= 0 && line > (uint32_t)v->script_readable)
        return NULL;                        /* readline's decode error: nothing shown */
    return text_line(v->script_text, v->script_len, line, len);
}

/* tb_printinternal: the frames exc passed, outermost first, their source
 * lines quoted when quote; hook: for the default unraisable hook, whose
 * source lines cost heap (see below). */
static void tb_print_entries(vm *v, buf *b, const excobj *e, int hook, int quote)
{
    if (!e->ntb)
        return;
    buf_adds(b, "Traceback (most recent call last):\n");
    const tb_entry *last = NULL;
    size_t count = 0;
    for (size_t i = e->ntb; i-- > 0;) {
        const tb_entry *t = &e->tb[i];
        if (!last || t->line != last->line || !str_eq(t->filename, last->filename) ||
            !str_eq(t->name, last->name)) {
            if (count > TB_RECURSIVE_CUTOFF)
                tb_print_repeated(b, count);
            last = t;
            count = 0;
        }
        if (++count > TB_RECURSIVE_CUTOFF)
            continue;
        buf_printf(b, "  File \"%s\", line %u, in %s\n", STR(t->filename)->data, t->line,
                   STR(t->name)->data);
        if (quote)
            tb_print_source(v, b, t, hook);
    }
    if (count > TB_RECURSIVE_CUTOFF)
        tb_print_repeated(b, count);
}

/* The exception's class as the report names it: its __qualname__, after
 * its __module__ and a dot unless that is builtins or __main__ (a builtin
 * class: its name).  Read from the class itself, no attribute lookup: the
 * report must not raise. */
static void tb_print_type(vm *v, buf *b, type *t)
{
    if (!(t->flags & TPF_HEAPTYPE) || !t->dict) {
        buf_adds(b, t->name);
        return;
    }
    object *mod = dict_lookup(v, t->dict, str_static_interned(v, "__module__"));
    vm_exc_clear(v);
    if (mod && obj_is(v, mod, T_STR) && strcmp(STR(mod)->data, "builtins") != 0 &&
        strcmp(STR(mod)->data, "__main__") != 0)
        buf_printf(b, "%s.", STR(mod)->data);
    buf_adds(b, t->qualname ? STR(t->qualname)->data : t->name);
}

/* ---- suggestions: ". Did you mean: 'print'?" (Python/suggestions.c) ------------ */

enum { SUGGEST_MAX_ITEMS = 750, SUGGEST_MAX_STRING = 40, MOVE_COST = 2, CASE_COST = 1 };

/* The cost of turning b into a: nothing, a case flip, or a move. */
static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* levenshtein_distance: the edit distance of two UTF-8 strings with those
 * costs, after their common prefix and suffix; past max_cost it is some
 * number above it. */
static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    size_t row[SUGGEST_MAX_STRING];
    while (na && nb && a[0] == b[0])
        a++, na--, b++, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_STRING || nb > SUGGEST_MAX_STRING)
        return max_cost + 1;
    if (nb < na) {                          /* the shorter one is the row */
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t distance = result = j * MOVE_COST, minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + substitution_cost(b[j], a[i]);
            distance = row[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* calculate_suggestions, one candidate at a time: the closest name so far
 * (the first of equals), no more than a third of the characters changed. */
typedef struct suggestion {
    const char *name;       /* what was asked for */
    size_t len;
    const char *best;       /* NULL: none yet */
    size_t best_len, distance;
} suggestion;

static void suggest_consider(suggestion *s, const char *item, size_t len)
{
    if (len == s->len && !memcmp(item, s->name, len))
        return;
    size_t max = (s->len + len + 3) * MOVE_COST / 6;
    if (s->best && s->distance - 1 < max)
        max = s->distance - 1;
    size_t d = levenshtein(s->name, s->len, item, len, max);
    if (d > max || (s->best && d >= s->distance))
        return;
    s->best = item, s->best_len = len, s->distance = d;
}

/* The names of n strs (dir()'s list, a dict's keys, co_varnames): 1 when
 * one is close enough, 0 when none is (or there are SUGGEST_MAX_ITEMS or
 * more: none is looked at), -1 at a name that is no str (CPython's
 * PyUnicode_AsUTF8AndSize fails: no suggestion at all). */
static int suggest_from(vm *v, suggestion *s, object *const *names, size_t n)
{
    for (size_t i = 0; n < SUGGEST_MAX_ITEMS && i < n; i++) {
        if (!obj_is(v, names[i], T_STR))
            return -1;
        suggest_consider(s, STR(names[i])->data, STR(names[i])->nbytes);
    }
    return s->best != NULL;
}

/* builtins.__dict__'s keys in python3's order (a script's: site's names last). */
static const char builtin_order[] =
    "__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin "
    "breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex "
    "id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round "
    "setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes "
    "classmethod complex dict enumerate filter float frozenset property int list map object range "
    "reversed set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup "
    "Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError "
    "BufferError EOFError ImportError LookupError MemoryError NameError OSError ReferenceError "
    "RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning "
    "FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning "
    "FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning "
    "UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError FileExistsError "
    "FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError "
    "ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError "
    "NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError "
    "ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError "
    "UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit "
    "copyright credits license help";

/* offer_suggestions_for_name_error: the innermost frame's co_varnames,
 * then its globals' keys, then the builtins', the first that has one. */
static int suggest_name(vm *v, suggestion *s, object *exc)
{
    object *tb = EXC(exc)->traceback;
    if (!tb)
        return 0;
    while (TB(tb)->next)
        tb = TB(tb)->next;
    const codeobj *c = frame_code(FRAMEOBJ(TB(tb)->frame));
    if (!c)                                 /* a simulated frame's */
        return 0;
    object *names[SUGGEST_MAX_ITEMS];
    size_t n = 0;
    for (uint32_t i = 0; i < c->nlocalsplus && n < SUGGEST_MAX_ITEMS; i++)
        if (c->localspluskinds[i] & LP_LOCAL)
            names[n++] = TUPLE(c->localsplusnames)->items[i];
    int rc = suggest_from(v, s, names, n);
    if (rc || !v->main_dict)
        return rc > 0;
    object *keys = dict_keys_list(v, v->main_dict);     /* PySequence_List(f_globals) */
    if (!keys) {
        vm_exc_clear(v);
        return 0;
    }
    rc = suggest_from(v, s, LIST(keys)->items, LIST(keys)->n);
    obj_decref(v, keys);
    if (rc)
        return rc > 0;
    for (const char *p = builtin_order; *p;) {
        size_t len = strcspn(p, " ");
        suggest_consider(s, p, len);
        p += len + (p[len] == ' ');
    }
    return s->best != NULL;
}

/* _Py_Offer_Suggestions for the report's last line: a NameError's (exactly
 * that type) or an AttributeError's (likewise) closest name, or nothing. */
static void tb_print_suggestion(vm *v, buf *b, object *exc)
{
    excobj *e = EXC(exc);
    if (!e->name || !obj_is(v, e->name, T_STR))
        return;
    suggestion s = {STR(e->name)->data, STR(e->name)->nbytes, NULL, 0, 0};
    int found = 0;
    if (exc->type == v->types[T_ATTRIBUTE] && e->obj) {
        object *dir = dir_of(v, e->obj);   /* PyObject_Dir */
        if (dir) {
            found = suggest_from(v, &s, LIST(dir)->items, LIST(dir)->n) > 0;
            obj_decref(v, dir);
        }
        vm_exc_clear(v);
    } else if (exc->type == v->types[T_NAME]) {
        found = suggest_name(v, &s, exc);
    }
    if (found)
        buf_printf(b, ". Did you mean: '%.*s'?", (int)s.best_len, s.best);
}

/* "Type: str(exc)" (or "Type" when str(exc) is empty), a suggestion if
 * asked for, and a newline; colon_always: ": " even then (the unraisable
 * report, which makes no suggestion). */
static void tb_print_last_line(vm *v, buf *b, object *exc, int colon_always, int suggest)
{
    tb_print_type(v, b, exc->type);
    object *s = obj_str(v, exc);
    if (!s) {
        vm_exc_clear(v);
        buf_adds(b, ": <exception str() failed>");
    } else {
        if (STR(s)->nbytes || colon_always) {
            buf_adds(b, ": ");
            buf_add(b, STR(s)->data, STR(s)->nbytes);
        }
        obj_decref(v, s);
    }
    if (suggest)
        tb_print_suggestion(v, b, exc);
    buf_addc(b, '\n');
}

/* How deep past the report's own recursion level (vm.recursion_depth,
 * counted as _Py_EnterRecursiveCall counts) quoting a source line goes
 * (display_source_line_with_margin: io.open, the encoding's lookup, the
 * reader's readline); a written line goes textio_line_depth deep.
 * Measured on python3 3.11.2: one level less and the deepest exception's
 * source lines are left out (that error is ignored), or its report lost. */
enum { TB_SOURCE_DEPTH = 4 };

/* One exception: its traceback (its source lines quoted when quote) and
 * its last line. */
static void tb_print_one(vm *v, buf *b, object *exc, int quote)
{
    tb_print_entries(v, b, EXC(exc), 0, quote);
    tb_print_last_line(v, b, exc, 0, 1);
}

/* The exception exc is chained to in a report: its __cause__, or its
 * __context__ unless suppressed; NULL for none. */
static object *tb_chained(const object *exc)
{
    const excobj *e = EXC(exc);
    return e->cause ? e->cause : e->suppress_context ? NULL : e->context;
}

/* _PyObject_Dump of the exception, then "lost sys.stderr": what
 * _PyErr_Display writes (to the C stderr) when print_exception_recursive
 * failed.  The refcount counts sys.last_value too (PyErr_PrintEx sets it
 * before calling sys.excepthook); the addresses are the simulated ones. */
static void tb_print_lost(vm *v, buf *b, object *exc)
{
    buf_printf(b, "object address  : 0x%llx\n", (unsigned long long)exc->addr);
    buf_printf(b, "object refcount : %ld\n", (long)exc->refcnt + 1);
    buf_printf(b, "object type     : 0x%llx\n", (unsigned long long)exc->type->ob.addr);
    buf_printf(b, "object type name: %s\n", exc->type->name);
    buf_adds(b, "object repr     : ");
    object *r = obj_repr(v, exc);           /* PyObject_Print: nothing when repr() fails */
    if (r) {
        buf_add(b, STR(r)->data, STR(r)->nbytes);
        obj_decref(v, r);
    }
    vm_exc_clear(v);
    buf_adds(b, "\nlost sys.stderr\n");
}

/* The deepest exception's first line in a report lost at the raw write
 * of that line, which stays in sys.stderr's buffer and comes out at the
 * final flush, after the dump: the traceback's header, else the last line
 * (written in pieces, the newline flushing them). */
static void tb_print_first_line(vm *v, buf *b, object *exc)
{
    if (EXC(exc)->ntb)
        buf_adds(b, "Traceback (most recent call last):\n");
    else
        tb_print_last_line(v, b, exc, 0, 1);
}

/* print_exception_recursive: the exceptions exc was chained to first,
 * each once (the seen set), then exc.  python3 recurses once per link
 * (print_chained, through _Py_EnterRecursiveCall) inside sys.excepthook's
 * call, so the n-th link is printed n levels deeper: a chain too long for
 * the recursion limit prints nothing but tb_print_lost.  heapviz walks the
 * chain in a loop and counts the levels instead (no C recursion). */
void traceback_print(vm *v, buf *b, object *exc)
{
    object **chain = NULL;
    size_t n = 0, cap = 0;
    map seen = MAP_INIT;
    for (object *x = exc; x; x = tb_chained(x)) {
        int added;
        map_slot(&seen, (uint64_t)(uintptr_t)x, &added);
        if (!added)
            break;
        hv_grow(&chain, &cap, n + 1, sizeof *chain, 16);
        chain[n++] = x;
    }
    map_free(&seen);
    unsigned saved = v->recursion_depth, base = saved + 1;     /* sys.excepthook's call */
    uint64_t bottom = (uint64_t)base + (n - 1);
    if (bottom + textio_line_depth(v, 2) > v->recursion_limit) {
        v->recursion_depth = base;
        tb_print_lost(v, b, exc);
        if (bottom + 2 == v->recursion_limit) {        /* the raw write failed: kept buffered */
            v->recursion_depth = (unsigned)bottom;
            tb_print_first_line(v, b, chain[n - 1]);
        }
        n = 0;
    }
    for (size_t i = n; i-- > 0;) {
        static const char *const joints[] = {
            "\nThe above exception was the direct cause of the following exception:\n\n",
            "\nDuring handling of the above exception, another exception occurred:\n\n",
        };
        v->recursion_depth = base + (unsigned)i;
        tb_print_one(v, b, chain[i], v->recursion_depth + TB_SOURCE_DEPTH <= v->recursion_limit);
        if (i)
            buf_adds(b, joints[EXC(chain[i - 1])->cause == NULL]);
    }
    v->recursion_depth = saved;
    free(chain);
}

/* ---- the default unraisable hook's heap (Python/errors.c, traceback.c) ------- */

/*
 * What python3's default sys.unraisablehook allocates besides the text it
 * writes, measured with allocator hooks and emptied free lists around one
 * report (CPython 3.11.2):
 *
 *   make_unraisable_hook_args    UnraisableHookArgs: 64 + 16 B, GC, to the end
 *   write_unraisable_exc_file    repr(obj) after "Exception ignored in: ",
 *                                freed once written
 *   per traceback entry whose source line is shown
 *   (display_source_line_with_margin):
 *     PyImport_ImportModule("io")  an empty from_list, freed
 *     io.open(filename, "rb")    its args ("Os": a 2-tuple and "rb"); FileIO
 *                                (48 + 16 B, GC) from a 4-tuple, with a
 *                                __dict__ for `name` (dict + keys table);
 *                                BufferedReader (152 + 16 B, GC) from a
 *                                2-tuple, with a buffer of the file's
 *                                st_blksize and a lock (a 32 B sem_t, raw
 *                                domain: a plain block here)
 *     _PyTokenizer_FindEncodingFilename   tok_state (2848 B) and tok->buf
 *                                (BUFSIZ, 8192 B), freed: the report's peak
 *                                while the script is under about 5 KB
 *     io.TextIOWrapper           the wrapper, its encoding and errors names,
 *                                the decoder (a Python object); the decoder
 *                                is looked up by a fresh str
 *                                "incrementaldecoder" (_PyCodecInfo_Get-
 *                                IncrementalDecoder) that _PyType_Lookup's
 *                                method cache keeps (67 B a report, until
 *                                another name takes its entry: not modelled)
 *                                and made by a call with a 1-tuple
 *                                ("strict",)
 *     readline up to the line    each chunk read (an 8192 + 33 B bytes cut
 *                                to what is left) and decoded (a str of
 *                                it, copied when the newline decoder's
 *                                memchr finds a '\r' byte in a wide
 *                                character), each line with and without its
 *                                newline: the peak for a script over about
 *                                5 KB; past the first chunk, the snapshot
 *                                keeps the last chunk's bytes while the
 *                                next is read and decoded (hook_read_chunk)
 *     the carets' parse          among much freed at once: a list and a
 *                                slice (BufferedIncrementalDecoder.decode's
 *                                data[consumed:])
 *     close                      the buffer, the reader, the FileIO and its
 *                                dict freed
 *
 * Only what python3 keeps, what goes to a free list (the gen-0 count and
 * id() reuse see it) and what is live at the peaks is modelled; the other
 * transient blocks (bound `write` methods, the text's bytes, the memoryview
 * of a read, the parser's arena) are not.  The objects without a free list
 * are plain blocks of their size here: a report whose own allocations cross
 * the collection threshold collects in python3 and not here.
 */

/* A block of n bytes for the hook's use (0 when the heap is full: python3
 * clears such errors and goes on). */
static uint64_t hook_block(vm *v, uint64_t n)
{
    return pymalloc_malloc(v->pm, n);
}

static void hook_block_free(vm *v, uint64_t addr)
{
    if (addr)
        pymalloc_free(v->pm, addr);
}

/* A tuple of n Nones, as a call's arguments are built, or NULL. */
static object *hook_args(vm *v, size_t n)
{
    object *t = tuple_nones(v, n);
    if (!t)
        vm_exc_clear(v);
    return t;
}

/* The reader's buffer when the host did not give the file's st_blksize
 * (no vm.source_stat: a live or demo session): what ext4, tmpfs and
 * overlayfs report for a file. */
#define HOOK_FILE_BLKSIZE 4096

size_t traceback_reader_blksize(vm *v)
{
    const srcstat *s = &v->source_stat;
    return s->known && s->blksize > 1 ? (size_t)s->blksize : HOOK_FILE_BLKSIZE;
}

void traceback_reader_open(vm *v, traceback_reader *r)
{
    memset(r, 0, sizeof *r);
    object *open_args = hook_args(v, 2);
    object *rb = str_from_cstr(v, "rb");
    r->block[TB_READER_FILEIO] = hook_block(v, 48 + 16);
    object *raw_args = hook_args(v, 4);
    r->dict = dict_new(v);
    if (r->dict && dict_setitem(v, r->dict, str_static_interned(v, "name"), v->none))
        vm_exc_clear(v);
    obj_xdecref(v, raw_args);
    r->block[TB_READER_READER] = hook_block(v, 152 + 16);
    r->block[TB_READER_BUFFER] = hook_block(v, traceback_reader_blksize(v));
    r->block[TB_READER_LOCK] = hook_block(v, 32);  /* PyThread_allocate_lock: a sem_t (PyMem_RawMalloc) */
    object *buf_args = hook_args(v, 2);
    obj_xdecref(v, buf_args);
    obj_xdecref(v, open_args);
    obj_xdecref(v, rb);
    if (!r->dict || !rb)
        vm_exc_clear(v);
}

/* The method cache's reference to a name made for one lookup. */
static void hook_keep_name(vm *v, const char *name)
{
    object *s = str_from_cstr(v, name);
    if (!s) {
        vm_exc_clear(v);
        return;
    }
    vm_keep_cache_name(v, s);
}

/* A str of text[0..n) for the reading's own use, or NULL. */
static object *hook_str(vm *v, const char *text, size_t n)
{
    object *s = str_from_utf8(v, text, n);
    if (!s)
        vm_exc_clear(v);
    return s;
}

size_t traceback_whole_chars(const char *text, size_t n)
{
    size_t k = n;
    while (k > 0 && n - k < 4 && ((unsigned char)text[k - 1] & 0xC0) == 0x80)
        k--;
    if (k > 0 && (unsigned char)text[k - 1] >= 0xC0) {
        unsigned char c = (unsigned char)text[k - 1];
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        return n - (k - 1) >= need ? n : k - 1;
    }
    return n;
}

object *traceback_decode_chunk(vm *v, const char *text, size_t n)
{
    size_t ascii = 0;
    while (ascii < n && (unsigned char)text[ascii] < 0x80)
        ascii++;
    if (ascii == n)
        return hook_str(v, text, n);
    size_t whole = traceback_whole_chars(text, n);
    str_writer w;
    if (str_writer_init_ascii(v, &w, text, n, ascii)) {
        vm_exc_clear(v);
        return NULL;
    }
    int rc = 0;
    for (size_t i = ascii; !rc && i < whole;)
        rc = str_writer_write_char(v, &w, str_decode_at(text, &i));
    object *s = rc ? NULL : str_writer_finish(v, &w);
    if (rc)
        str_writer_dealloc(v, &w);
    if (!s)
        vm_exc_clear(v);
    return s;
}

/* Whether the kind-wide storage of str s holds the byte '\r': a CR, or a
 * wider character with 0x0D in one of its bytes (U+0D00-U+0DFF, U+010D,
 * U+1F40D). */
static int hook_has_cr_byte(const strobj *s)
{
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t c = str_decode_at(s->data, &i);
        for (unsigned k = 0; k < s->kind; k++, c >>= 8)
            if ((c & 0xFF) == '\r')
                return 1;
    }
    return 0;
}

/* The newline kinds a translating pass records (a CR followed by LF is
 * one CRLF). */
static int hook_seen_newlines(const strobj *s)
{
    int seen = 0;
    for (size_t i = 0; i < s->nbytes; i++) {
        if (s->data[i] == '\n')
            seen |= NL_SEEN_LF;
        else if (s->data[i] == '\r' && s->data[i + 1] == '\n') {
            seen |= NL_SEEN_CRLF;
            i++;
        } else if (s->data[i] == '\r')
            seen |= NL_SEEN_CR;
    }
    return seen;
}

object *traceback_newline_decode(vm *v, int *seennl, object *decoded, const char *text, size_t n)
{
    if (!decoded || !STR(decoded)->len)
        return decoded;
    const strobj *s = STR(decoded);
    int only_lf = (*seennl == 0 || *seennl == NL_SEEN_LF) && !hook_has_cr_byte(s);
    *seennl |= only_lf ? (memchr(s->data, '\n', s->nbytes) ? NL_SEEN_LF : 0) : hook_seen_newlines(s);
    if (only_lf)
        return decoded;
    uint64_t translated = hook_block(v, (uint64_t)s->kind * s->len);
    obj_decref(v, decoded);
    object *copy = hook_str(v, text, n);
    hook_block_free(v, translated);
    return copy;
}

/* What display_source_line's TextIOWrapper holds between two readline
 * calls, as byte offsets into the script's text: decoded_chars is
 * text[dbeg, dend) (NULL once consumed), of which text[dbeg, used) is
 * read; the decoder's buffer keeps the bytes of a character a chunk cut
 * (a bytes object, 0 when b''); the wrapper is `telling` (readline through
 * PyFile_GetLine, not iteration), so its snapshot keeps the bytes of the
 * last read (with the decoder's buffer before it). */
typedef struct hook_text {
    const char *text;
    size_t len, pos;            /* the script; the bytes read from it */
    object *decoded;
    size_t dbeg, dend, used;
    uint64_t pending;           /* the decoder's buffer: 33 + npending bytes (0 for b''
                                 * and one byte: PyBytes_FromStringAndSize's static
                                 * characters) */
    size_t npending;
    uint64_t snapshot;          /* the snapshot's bytes: 0 for none or b'' */
    int seennl;                 /* the newline decoder's (traceback_newline_decode) */
} hook_text;

/* textiowrapper_read_chunk: the snapshot point taken (the decoder's
 * buffer, getstate), buffer.read1(_CHUNK_SIZE) as one raw read into a
 * bytes of _CHUNK_SIZE (FileIO.readinto of a memoryview of it) cut to what
 * came (_io__Buffered_read1_impl; b'' at EOF), decoded by
 * BufferedIncrementalDecoder.decode (data = buffer + input, a new bytes
 * only when both have bytes; utf_8_decode's (str, consumed) unpacked, the
 * int held to the return; the cut character's bytes kept as
 * data[consumed:]) into decoded_chars, then the snapshot's bytes replaced
 * by buffer + input (PyBytes_Concat: the input itself after b'', a new
 * bytes after a shared one-byte buffer, else the buffer resized in place;
 * the input then dropped).  0 at EOF. */
static int hook_read_chunk(vm *v, hook_text *h)
{
    size_t left = h->len - h->pos;
    size_t n = left < TEXTIO_CHUNK_SIZE ? left : TEXTIO_CHUNK_SIZE;
    object *size = int_from_u64(v, TEXTIO_CHUNK_SIZE);
    uint64_t input = hook_block(v, 33 + TEXTIO_CHUNK_SIZE);     /* PyBytes_FromStringAndSize(NULL, n) */
    if (input && textio_raw_io(v, n))                           /* _bufferedreader_raw_read */
        vm_exc_clear(v);
    if (input && n < TEXTIO_CHUNK_SIZE) {                       /* _PyBytes_Resize */
        uint64_t cut = n ? pymalloc_realloc(v->pm, input, 33 + n) : 0;
        if (!n)
            hook_block_free(v, input);
        input = n && !cut ? input : cut;
    }
    obj_xdecref(v, size);
    size_t k = h->npending, dn = k + n;
    const char *d = h->text + h->pos - k;
    uint64_t data = k && n ? hook_block(v, 33 + dn) : 0;
    object *decoded = traceback_decode_chunk(v, d, dn);
    size_t whole = traceback_whole_chars(d, dn);
    object *consumed = int_from_i64(v, (int64_t)whole);         /* codec_tuple: "Nn", PyLong_FromLong */
    object *result = hook_args(v, 2);
    obj_xdecref(v, result);
    if (!consumed)
        vm_exc_clear(v);
    uint64_t buffer = h->pending;                               /* getstate's dec_buffer */
    h->pending = dn - whole > 1 ? hook_block(v, 33 + dn - whole) : 0;
    h->npending = dn - whole;
    hook_block_free(v, data);
    obj_xdecref(v, consumed);
    decoded = traceback_newline_decode(v, &h->seennl, decoded, d, whole);
    obj_xdecref(v, h->decoded);
    h->decoded = decoded;
    h->dbeg = h->used = h->pos - k;
    h->dend = h->dbeg + whole;
    uint64_t next = input;
    if (k == 1)                                 /* a shared one-byte bytes: bytes_concat */
        next = n ? hook_block(v, 33 + dn) : 0;
    else if (buffer) {                          /* the only reference: resized */
        next = n ? pymalloc_realloc(v->pm, buffer, 33 + dn) : buffer;
        if (!next)
            hook_block_free(v, buffer);
    }
    hook_block_free(v, h->snapshot);
    h->snapshot = next;
    if (next != input)
        hook_block_free(v, input);
    h->pos += n;
    return n > 0 || whole > 0;
}

/* _textiowrapper_readline, translating newlines (newline=None): from the
 * decoded chunk past what is read, reading chunks while no newline comes
 * (what a chunk had put aside in a list, PyUnicode_Join'ed with the rest);
 * the line a substring, or the chunk itself when it is all of it.  "" at
 * EOF; NULL when the heap refused a part. */
static object *hook_readline(vm *v, hook_text *h)
{
    object *line = NULL, *chunks = NULL;
    size_t start = 0, endpos = 0, first = 0;
    for (;;) {
        int res = 1;
        while (res && (!h->decoded || h->dend == h->dbeg))
            res = hook_read_chunk(v, h);
        if (!res) {                                 /* end of file */
            obj_xdecref(v, h->decoded);
            h->decoded = NULL;
            hook_block_free(v, h->snapshot);
            h->snapshot = 0;
            endpos = h->len - h->npending;
            break;
        }
        if (!h->decoded)
            break;
        line = obj_incref(v, h->decoded);
        start = h->used;
        const char *nl = memchr(h->text + start, '\n', h->dend - start);
        if (nl) {
            endpos = (size_t)(nl + 1 - h->text);
            break;
        }
        endpos = h->dend;
        if (endpos > start) {                       /* put aside */
            if (!chunks) {
                chunks = list_new(v, 0);
                first = start;
            }
            object *s = hook_str(v, h->text + start, endpos - start);
            if (chunks && s && list_append(v, chunks, s))
                vm_exc_clear(v);
            obj_xdecref(v, s);
        }
        obj_decref(v, line);
        line = NULL;
        obj_decref(v, h->decoded);
        h->decoded = NULL;
    }
    if (line) {
        h->used = endpos;
        if (start > h->dbeg || endpos < h->dend) {
            object *s = hook_str(v, h->text + start, endpos - start);
            obj_decref(v, line);
            line = s;
        }
    }
    if (chunks) {
        if (line && list_append(v, chunks, line))
            vm_exc_clear(v);
        obj_xdecref(v, line);
        line = LIST(chunks)->n == 1 ? obj_incref(v, LIST(chunks)->items[0])
                                    : hook_str(v, h->text + first, endpos - first);
        obj_decref(v, chunks);
    }
    return line ? line : hook_str(v, "", 0);
}

/* display_source_line_with_margin's reading: PyFile_GetLine(fob, -1) up
 * to `line`, the previous line dropped first, each read by readline and
 * cut before its newline (the one with it dropped); then the wrapper's
 * dealloc drops decoded_chars and the snapshot, and the line goes last. */
static void hook_read_lines(vm *v, const char *text, size_t n, uint32_t line)
{
    hook_text h = {.text = text, .len = n};
    object *kept = NULL;
    for (uint32_t l = 0; l < line; l++) {
        obj_xdecref(v, kept);
        kept = hook_readline(v, &h);
        size_t len = kept ? STR(kept)->nbytes : 0;
        if (!len) {                                 /* EOFError, cleared: no line */
            obj_xdecref(v, kept);
            kept = NULL;
            break;
        }
        if (STR(kept)->data[len - 1] == '\n') {
            object *cut = hook_str(v, STR(kept)->data, len - 1);
            obj_decref(v, kept);
            kept = cut;
        }
    }
    obj_xdecref(v, h.decoded);
    hook_block_free(v, h.snapshot);
    hook_block_free(v, h.pending);
    obj_xdecref(v, kept);
}

/* The utf_8.IncrementalDecoders python3 has made when the program starts:
 * sys.stdin's, and one per .pth file site.py reads (TextIOWrapper of
 * io.open_code, encoding "locale"): three on the reference system. */
#define STARTUP_UTF8_DECODERS 4

/* The inline values block (new_values: a prefix of size + 2 bytes rounded
 * to a pointer, then size slots) of the next utf_8.IncrementalDecoder.  Its
 * class's shared keys start with 30 usable entries (SHARED_KEYS_MAX_SIZE)
 * and init_inline_values takes one from them per instance while more than
 * one is left; size is the keys' entries plus what is usable.  The first
 * instance adds the two keys its __init__ sets (errors, buffer): the k-th
 * gets 30 - k slots, down to 3. */
static uint64_t decoder_values_size(vm *v)
{
    uint64_t k = STARTUP_UTF8_DECODERS + ++v->utf8_decoders;
    uint64_t size = k < 27 ? 30 - k : 3;
    return (size + 2 + 7) / 8 * 8 + 8 * size;
}

void traceback_reader_wrap(vm *v, traceback_reader *r)
{
    object *asked = hook_str(v, "utf-8", 5);
    r->block[TB_READER_WRAPPER] = hook_block(v, 192 + 16);
    r->encoding = hook_str(v, "utf-8", 5);
    hook_keep_name(v, "incrementaldecoder");
    r->errors = hook_str(v, "strict", 6);
    /* codec_makeincrementalcodec calls the class with "s": a class has no
     * vectorcall, so _PyObject_MakeTpCall packs ("strict",) */
    object *one = hook_args(v, 1);
    r->block[TB_READER_DECODER] = hook_block(v, 40 + 16);
    r->block[TB_READER_VALUES] = hook_block(v, decoder_values_size(v));
    obj_xdecref(v, one);
    r->block[TB_READER_NEWLINES] = hook_block(v, 40);
    obj_xdecref(v, asked);
}

void traceback_reader_unwrap(vm *v, traceback_reader *r)
{
    hook_block_free(v, r->block[TB_READER_NEWLINES]);
    hook_block_free(v, r->block[TB_READER_VALUES]);
    hook_block_free(v, r->block[TB_READER_DECODER]);
    obj_xdecref(v, r->errors);
    obj_xdecref(v, r->encoding);
    hook_block_free(v, r->block[TB_READER_WRAPPER]);
    r->errors = r->encoding = NULL;
    for (int i = TB_READER_WRAPPER; i <= TB_READER_NEWLINES; i++)
        r->block[i] = 0;
}

void traceback_reader_close(vm *v, traceback_reader *r)
{
    traceback_reader_unwrap(v, r);
    hook_block_free(v, r->block[TB_READER_BUFFER]);   /* buffered_dealloc */
    hook_block_free(v, r->block[TB_READER_LOCK]);
    hook_block_free(v, r->block[TB_READER_READER]);
    obj_xdecref(v, r->dict);                         /* fileio_dealloc */
    hook_block_free(v, r->block[TB_READER_FILEIO]);
    memset(r, 0, sizeof *r);
}

/* display_source_line_with_margin's PyImport_ImportModule("io")
 * (PyImport_Import, io already in sys.modules): its from_list, an empty
 * list made first and dropped last (builtins.__import__ is called through
 * vectorcall: no argument tuple; measured with the 5-tuple free list
 * empty).  Without a running frame (the compiler's warnings)
 * PyImport_Import imports "builtins" and makes fake globals too: not
 * modelled. */
static void hook_import_io(vm *v)
{
    object *from_list = list_new(v, 0);
    if (!from_list)
        vm_exc_clear(v);
    obj_xdecref(v, from_list);
}

void traceback_source_memory(vm *v, const char *file, uint32_t line)
{
    hook_import_io(v);
    traceback_reader r;
    traceback_reader_open(v, &r);
    uint64_t tok = hook_block(v, 2848), tokbuf = hook_block(v, 8192);
    hook_block_free(v, tokbuf);
    hook_block_free(v, tok);
    int script = v->script && v->script_text && strcmp(file, v->script) == 0;
    traceback_reader_wrap(v, &r);
    if (script)
        hook_read_lines(v, v->script_text, v->script_len, line);
    traceback_reader_unwrap(v, &r);
    object *chunks = list_new(v, 0);
    object *cut = slice_new(v, v->none, v->none, v->none);
    if (!chunks || !cut)
        vm_exc_clear(v);
    obj_xdecref(v, cut);
    obj_xdecref(v, chunks);
    traceback_reader_close(v, &r);
}

/* PyThreadState_GetFrame: the running frame, past those still in their
 * prologue (_PyFrame_IsIncomplete) and one being cleared (unlinked first:
 * its locals' finalizers see its caller), or NULL after the program. */
static frame *tb_running_frame(vm *v)
{
    for (size_t i = v->nframes; i-- > 0;) {
        frame *f = v->frames[i];
        if (!f->unlinked && !frame_incomplete(f))
            return f;
    }
    return NULL;
}

/* _PyErr_WriteUnraisableMsg: an exception C code raised with no traceback
 * (gen_close's "generator ignored GeneratorExit" from _PyGen_Finalize) is
 * given one by _PyTraceBack_FromFrame for the running frame alone, at the
 * instruction that led to the finalizer (a del, a store, a call): one
 * entry, not the frames below it, and a frame object that stays with it. */
static void tb_from_running_frame(vm *v)
{
    int has_tb = v->exc_raw ? v->exc_tb || v->ntb : EXC(v->exc)->traceback || EXC(v->exc)->ntb;
    frame *f = has_tb ? NULL : tb_running_frame(v);
    if (f)
        traceback_add(v, f, f->ip - 1);
}

void traceback_write_unraisable(vm *v, object *obj, const char *fallback)
{
    tb_from_running_frame(v);
    if (!exc_normalize(v))                  /* PyErr_Fetch, PyErr_NormalizeException */
        return traceback_write_unraisable(v, obj, fallback);
    object *exc = v->exc;
    v->exc = NULL;
    if (!v->textio) {                       /* finalization cleared sys: stderr is None */
        obj_decref(v, exc);
        return;
    }
    uint64_t hook_args_block = hook_block(v, 64 + 16);
    object *where = obj ? obj_repr(v, obj) : NULL;
    if (obj && !where)
        vm_exc_clear(v);
    buf b = BUF_INIT;
    buf_printf(&b, "Exception ignored in: %s\n",
               where ? STR(where)->data : obj ? "<object repr() failed>" : fallback);
    obj_xdecref(v, where);
    tb_print_entries(v, &b, EXC(exc), 1, 1);
    tb_print_last_line(v, &b, exc, 1, 0);
    vm_write(v, 2, buf_str(&b), b.len);
    buf_free(&b);
    hook_block_free(v, hook_args_block);   /* Py_DECREF(hook_args), then the exception */
    obj_decref(v, exc);
    vm_exc_clear(v);
}
