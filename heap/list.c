/*
 * list.c — lists: a 64-byte GC object (16 pre-header + 40) and a separate
 * item array allocated with PyMem (pymalloc up to 512 bytes, malloc above),
 * resized by CPython's list_resize:
 *
 *   grow or shrink below half:  new = (n + (n >> 3) + 6) & ~3,
 *                               or (n + 3) & ~3 if that is too small,
 *                               0 when n is 0 (PyMem_Realloc(p, 0) then
 *                               takes malloc(0): a raw 1-byte chunk)
 *   otherwise (allocated/2 ≤ n ≤ allocated): nothing moves
 *
 * Free list of 80 list objects (item arrays are freed, not kept), LIFO.
 * Items are released from last to first.
 *
 * Invariant: items_addr == 0 ⇔ allocated == 0 and the host items array
 * has `allocated` slots, the first n of them non-NULL.
 */
#include "types.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

static uint64_t list_sizeof(vm *v, object *o)
{
    return 40 + 8 * LIST(o)->allocated;
}

/* Sets the simulated and host item arrays to `allocated` slots. */
static int set_capacity(vm *v, listobj *l, size_t allocated)
{
    uint64_t addr = pymalloc_realloc(v->pm, l->items_addr, 8 * (uint64_t)allocated);
    if (!addr)
        return vm_no_memory(v), -1;
    l->items_addr = addr;
    l->items = hv_realloc(l->items, (allocated ? allocated : 1) * sizeof *l->items);
    if (allocated > l->allocated)
        memset(l->items + l->allocated, 0, (allocated - l->allocated) * sizeof *l->items);
    l->allocated = allocated;
    return 0;
}

int list_resize(vm *v, listobj *l, size_t n)
{
    if (l->allocated >= n && n >= (l->allocated >> 1)) {
        l->n = n;
        return 0;
    }
    size_t want = (n + (n >> 3) + 6) & ~(size_t)3;
    if ((int64_t)n - (int64_t)l->n > (int64_t)want - (int64_t)n)
        want = (n + 3) & ~(size_t)3;
    if (n == 0)
        want = 0;
    if (set_capacity(v, l, want))
        return -1;
    l->n = n;
    return 0;
}

object *list_new(vm *v, size_t n)
{
    object *o;
    if (v->fl_list.n) {
        o = v->fl_list.items[--v->fl_list.n];
        o->refcnt = 1;
        obj_life_event(v, EV_OBJ_NEW, o, 1);
    } else if (!(o = obj_new(v, v->types[T_LIST], 0))) {
        return NULL;
    }
    listobj *l = LIST(o);
    l->n = l->allocated = 0;
    l->items_addr = 0;
    if (n) {                                    /* PyMem_Calloc(n, 8) */
        l->items_addr = pymalloc_malloc(v->pm, 8 * (uint64_t)n);
        if (!l->items_addr) {
            obj_decref(v, o);
            return vm_no_memory(v);
        }
        l->items = hv_calloc(n, sizeof *l->items);
        l->allocated = l->n = n;
    }
    obj_track(v, o);
    return o;
}

void list_set_fresh(vm *v, object *l, size_t i, object *item)
{
    LIST(l)->items[i] = item;
    obj_give(v, item, l->addr, i);
}

int list_append(vm *v, object *o, object *item)
{
    listobj *l = LIST(o);
    size_t n = l->n;
    if (list_resize(v, l, n + 1))
        return -1;
    l->items[n] = obj_hold(v, item, o->addr, n);
    return 0;
}

static void list_dealloc(vm *v, object *o)
{
    listobj *l = LIST(o);
    obj_untrack(v, o);
    for (size_t i = l->n; i-- > 0;)
        obj_release(v, l->items[i], o->addr, i);
    if (l->items_addr)
        pymalloc_free(v->pm, l->items_addr);
    free(l->items);
    l->items = NULL;
    l->items_addr = 0;
    l->n = l->allocated = 0;
    if (o->type == v->types[T_LIST] && v->fl_list.n < FREELIST_LIST) {
        obj_life_event(v, EV_OBJ_FREE, o, 1);
        freelist_push(&v->fl_list, o);
    } else {
        obj_free(v, o);
    }
}

static int list_traverse(object *o, visitproc visit, void *arg)
{
    for (size_t i = LIST(o)->n; i-- > 0;)
        if (visit(LIST(o)->items[i], arg))
            return 1;
    return 0;
}

static int64_t list_length(vm *v, object *o)
{
    return (int64_t)LIST(o)->n;
}

static int list_truth(vm *v, object *o)
{
    return LIST(o)->n != 0;
}

const type tmpl_list = {
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .length = list_length,
    .truth = list_truth,
    .size_of = list_sizeof,
    .host_size = sizeof(listobj),
};

void list_free_freelist(vm *v)
{
    freelist_release(&v->fl_list);
}
