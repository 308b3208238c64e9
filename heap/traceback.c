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

#include "hv.h"
#include "types.h"

#include <stdio.h>
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

/* take_ownership: the finished frame's data moves into its frame object. */
static void take_ownership(vm *v, frame *f, object *o)
{
    frameobj *fo = FRAMEOBJ(o);
    fo->running = NULL;
    fo->lineno = f->code->lines[f->ip ? f->ip - 1 : 0];
    fo->code = (codeobj *)obj_hold(v, &f->code->ob, o->addr, LABEL_FUNC - 1);
    if (f->func)
        fo->func = obj_hold(v, f->func, o->addr, LABEL_FUNC);
    if (f->locals)
        fo->locals = obj_hold(v, f->locals, o->addr, LABEL_LOCALS);
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
        object *saved = v->exc;             /* f_back may need the heap: keep the exception */
        v->exc = NULL;
        take_ownership(v, f, o);
        vm_exc_clear(v);
        v->exc = saved;
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
    return f ? f->code->lines[f->ip ? f->ip - 1 : 0] : fo->lineno;
}

static const codeobj *frame_code(const frameobj *fo)
{
    return fo->running ? fo->running->code : fo->code;
}

static object *frame_repr(vm *v, object *o)
{
    const codeobj *c = frame_code(FRAMEOBJ(o));
    char text[512];
    snprintf(text, sizeof text, "<frame at %#llx, file '%s', line %u, code %s>",
             (unsigned long long)o->addr, STR(c->filename)->data, frame_lineno(FRAMEOBJ(o)),
             STR(c->name)->data);
    return str_from_cstr(v, text);
}

/* f_lineno, f_back (only once owned: a running frame's caller has no
 * frame object to show before it is asked for). */
static object *frame_getattr(vm *v, object *o, object *name)
{
    frameobj *fo = FRAMEOBJ(o);
    const char *s = STR(name)->data;
    if (!strcmp(s, "f_lineno"))
        return int_from_i64(v, frame_lineno(fo));
    if (!strcmp(s, "f_back")) {
        object *b = fo->running && fo->running->back ? frame_object(v, fo->running->back) : fo->back;
        return b ? obj_incref(v, b) : (v->exc ? NULL : obj_incref(v, v->none));
    }
    if (!strcmp(s, "__class__"))
        return obj_incref(v, &o->type->ob);
    return vm_raise(v, T_ATTRIBUTE, "'frame' object has no attribute '%s'", s);
}

/* ---- traceback objects ------------------------------------------------------------ */

void traceback_here(vm *v, frame *f, uint32_t ip)
{
    object *exc = v->exc;
    v->exc = NULL;
    object *fo = frame_object(v, f);
    object *tb = fo ? obj_new(v, v->types[T_TRACEBACK], 0) : NULL;
    vm_exc_clear(v);                        /* out of memory: no traceback object */
    v->exc = exc;
    if (!tb)
        return;
    tbobj *t = TB(tb);
    excobj *e = EXC(exc);
    t->next = e->traceback;                 /* the exception's reference moves to tb_next */
    if (t->next) {
        obj_take(v, t->next, exc->addr, 2);
        obj_give(v, t->next, tb->addr, 0);
    }
    t->frame = obj_hold(v, fo, tb->addr, 1);
    t->lasti = ip;
    t->lineno = f->code->lines[ip];
    obj_track(v, tb);
    e->traceback = tb;
    obj_give(v, tb, exc->addr, 2);
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
    if (!strcmp(s, "__class__"))
        return obj_incref(v, &o->type->ob);
    return vm_raise(v, T_ATTRIBUTE, "'traceback' object has no attribute '%s'", s);
}

void traceback_init_types(vm *v)
{
    type *ft = v->types[T_FRAME], *tt = v->types[T_TRACEBACK];
    ft->dealloc = frame_dealloc;
    ft->traverse = frame_traverse;
    ft->clear = frame_clear_locals;
    ft->repr = frame_repr;
    ft->getattr = frame_getattr;
    ft->host_size = sizeof(frameobj);
    ft->size_of = frame_size_of;
    tt->dealloc = tb_dealloc;
    tt->traverse = tb_traverse;
    tt->clear = tb_clear;
    tt->getattr = tb_getattr;
    tt->host_size = sizeof(tbobj);
}
