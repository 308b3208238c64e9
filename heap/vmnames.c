/*
 * vmnames.c — walking a vm for the names vmnames.h describes: the builtin
 * type table, the interned-string table, and the collector's generation
 * lists (heap types, functions, generators; code objects hang off them).
 */
#include "vmnames.h"

#include "eval.h"
#include "func.h"
#include "types.h"

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

static void tracked_names(vm *v, gchead *head, vmnames_fn fn, void *ud)
{
    for (gchead *g = head->next; g && g != head; g = g->next) {
        object *o = (object *)(g + 1);
        if (o->type == v->types[T_TYPE] || type_is_subtype(o->type, v->types[T_TYPE]))
            fn(ud, o->addr, VMNAMES_SELF, ((type *)o)->name);
        else if (obj_is(v, o, T_FUNCTION))
            code_names(v, FUNC(o)->code, fn, ud, 0);
        else if (obj_is(v, o, T_GENERATOR) && GEN(o)->f)
            code_names(v, &GEN(o)->f->code->ob, fn, ud, 0);
    }
}

void vmnames_each(vm *v, vmnames_fn fn, void *ud)
{
    for (int t = 0; t < T_NBUILTIN; t++)
        if (v->types[t])
            fn(ud, v->types[t]->ob.addr, VMNAMES_SELF, v->types[t]->name);
    size_t pos = 0;
    uint64_t key, head;
    while (map_next(&v->interned, &pos, &key, &head))
        for (object *o = (object *)(uintptr_t)head; o; o = STR(o)->next_interned)
            fn(ud, o->addr, VMNAMES_SELF, STR(o)->data);
    for (int g = 0; g < NUM_GENERATIONS; g++)
        tracked_names(v, &v->gens[g].head, fn, ud);
    tracked_names(v, &v->permanent, fn, ud);
}
