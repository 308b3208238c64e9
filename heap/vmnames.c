/*
 * vmnames.c — walking a vm for the names vmnames.h describes: the builtin
 * type table, the interned-string table, and the collector's generation
 * lists (heap types, functions, generators; code objects hang off them);
 * then the vm's table of static objects for their values.
 */
#include "vmnames.h"

#include "eval.h"
#include "func.h"
#include "gc.h"
#include "types.h"

#include <stdio.h>

static void code_names(vm *v, object *code, vmnames_fn fn, void *ud, int depth)
{
    if (!code || !obj_is(v, code, T_CODE) || depth > 32)
        return;
    codeobj *c = CODE(code);
    if (c->name && obj_is(v, c->name, T_STR))
        fn(ud, code->addr, VMNAMES_SELF, STR(c->name)->data);
    if (c->localsplusnames)
        for (size_t i = 0; i < TUPLE(c->localsplusnames)->n; i++) {
            object *s = TUPLE(c->localsplusnames)->items[i];
            if (s && obj_is(v, s, T_STR))
                fn(ud, code->addr, (uint32_t)i, STR(s)->data);
        }
    if (c->consts)                          /* nested functions' code */
        for (size_t i = 0; i < TUPLE(c->consts)->n; i++)
            code_names(v, TUPLE(c->consts)->items[i], fn, ud, depth + 1);
}

/* The names of the objects on a generation list; with since set, only
 * those no walk reported before (GCF_NAMED), which it marks: a tracked
 * object's names are fixed when it is made (a class's name, a function's
 * or generator's code), so a recorder asking after every statement walks
 * each of them once, not once per statement. */
static void tracked_names(vm *v, gchead *head, int since, vmnames_fn fn, void *ud)
{
    for (gchead *g = head->next; g && g != head; g = g->next) {
        if (since) {
            if (g->flags & GCF_NAMED)
                continue;
            g->flags |= GCF_NAMED;
        }
        object *o = (object *)(g + 1);
        if (o->type == v->types[T_TYPE] || type_is_subtype(o->type, v->types[T_TYPE]))
            fn(ud, o->addr, VMNAMES_SELF, ((type *)o)->name);
        else if (obj_is(v, o, T_FUNCTION))
            code_names(v, FUNC(o)->code, fn, ud, 0);
        else if (obj_is(v, o, T_GENERATOR) && GEN(o)->f)
            code_names(v, &GEN(o)->f->code->ob, fn, ud, 0);
    }
}

/* ---- static objects' values -------------------------------------------------- */

static void value(vmnames_fn fn, void *ud, const object *o, const char *text)
{
    if (o)
        fn(ud, o->addr, VMNAMES_VALUE, text);
}

/* A static str's or bytes' repr, as the object's own repr writes it. */
static void text_value(vmnames_fn fn, void *ud, const object *o, buf *scratch, void (*repr)(const object *, buf *))
{
    if (!o)
        return;
    buf_clear(scratch);
    repr(o, scratch);
    value(fn, ud, o, buf_str(scratch));
}

/* The builtins' table (interned name → object): the functions by name. */
static void builtin_values(vm *v, vmnames_fn fn, void *ud, buf *scratch)
{
    size_t pos = 0;
    uint64_t name, o;
    while (map_next(&v->builtins, &pos, &name, &o)) {
        const object *f = (const object *)(uintptr_t)o;
        if (!obj_is(v, f, T_BUILTIN))
            continue;
        buf_clear(scratch);
        buf_printf(scratch, "<built-in function %s>", STR((const object *)(uintptr_t)name)->data);
        value(fn, ud, f, buf_str(scratch));
    }
}

void vmnames_values(vm *v, vmnames_fn fn, void *ud)
{
    buf scratch = BUF_INIT;
    value(fn, ud, v->none, "None");
    value(fn, ud, v->true_, "True");
    value(fn, ud, v->false_, "False");
    value(fn, ud, v->notimpl, "NotImplemented");
    value(fn, ud, v->ellipsis, "Ellipsis");
    value(fn, ud, v->empty_tuple, "()");
    for (int x = SMALL_INT_MIN; x <= SMALL_INT_MAX; x++) {
        char text[8];
        snprintf(text, sizeof text, "%d", x);
        value(fn, ud, v->small_ints[x - SMALL_INT_MIN], text);
    }
    text_value(fn, ud, v->empty_str, &scratch, str_repr_to);
    text_value(fn, ud, v->empty_bytes, &scratch, bytes_repr_to);
    for (int c = 0; c < 256; c++) {
        text_value(fn, ud, v->latin1[c], &scratch, str_repr_to);
        text_value(fn, ud, v->bytes1[c], &scratch, bytes_repr_to);
    }
    for (size_t i = 0; i < v->nstatic_strs; i++)
        text_value(fn, ud, v->static_strs[i], &scratch, str_repr_to);
    for (int t = 0; t < T_NBUILTIN; t++)
        if (v->types[t]) {
            buf_clear(&scratch);
            buf_printf(&scratch, "<class '%s'>", v->types[t]->name);
            value(fn, ud, &v->types[t]->ob, buf_str(&scratch));
        }
    builtin_values(v, fn, ud, &scratch);
    buf_free(&scratch);
}

/* vmnames_each (walker 0: reads only) and vmnames_each_since (walker 1:
 * the one caller that marks what it was told, and remembers when). */
static void each(vm *v, uint64_t *seen, int walker, vmnames_fn fn, void *ud)
{
    for (int t = 0; t < T_NBUILTIN && *seen == VMNAMES_ALL; t++)   /* static, never renamed */
        if (v->types[t])
            fn(ud, v->types[t]->ob.addr, VMNAMES_SELF, v->types[t]->name);
    size_t pos = 0;
    uint64_t key, head;
    if (*seen != v->interned_changes)
        while (map_next(&v->interned, &pos, &key, &head))
            for (object *o = (object *)(uintptr_t)head; o; o = STR(o)->next_interned)
                fn(ud, o->addr, VMNAMES_SELF, STR(o)->data);
    int since = walker && *seen != VMNAMES_ALL, young = 0;
    *seen = v->interned_changes;
    if (walker) {
        /* Objects tracked since the last walk are in generation 0 unless
         * a collection ran meanwhile (only collections move objects on,
         * and while one runs some sit on its own lists): then every list. */
        int idle = gc_phase(v, NULL) == GCP_IDLE;
        young = since && idle && v->names_gc == v->gc_begun + 1;
        v->names_gc = idle ? v->gc_begun + 1 : 0;
    }
    for (int g = 0; g < (young ? 1 : NUM_GENERATIONS); g++)
        tracked_names(v, &v->gens[g].head, since, fn, ud);
    if (!young)
        tracked_names(v, &v->permanent, since, fn, ud);
}

void vmnames_each(vm *v, vmnames_fn fn, void *ud)
{
    uint64_t all = VMNAMES_ALL;
    each(v, &all, 0, fn, ud);
}

void vmnames_each_since(vm *v, uint64_t *seen, vmnames_fn fn, void *ud)
{
    each(v, seen, 1, fn, ud);
}
