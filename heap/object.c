/*
 * object.c — creating and destroying simulated objects, reference-count
 * events, and the collector's tracking (which generation list an object is
 * on).
 *
 * Sizes.  CPython allocates pre-header + basicsize + itemsize × n bytes, the
 * variable part rounded up to 8 (_PyObject_VAR_SIZE); the pre-header is 16
 * bytes for GC types plus 16 for managed-dict types.  gc_alloc counts every
 * new GC object in generation 0, tracked or not; PyObject_GC_Del uncounts
 * it while the count is positive.  Free lists bypass both (free lists are
 * the type modules' business: they never call obj_new/obj_free).
 *
 * Invariant: an object's simulated block starts type_preheader() bytes
 * before its addr and holds exactly the bytes computed here.
 */
#include "object.h"

#include "gc.h"
#include "hv.h"
#include "tracemalloc.h"
#include "types.h"
#include "vm.h"
#include "weakref.h"

#include <stdlib.h>
#include <string.h>

void obj_ref_event(vm *v, object *o, uint64_t holder, uint64_t label, int delta)
{
    if (!holder && !label) {
        obj_unsaid(v, o, delta);
        return;
    }
    if (delta < 0)                          /* a holder's +1 leaves them unsaid (object.h) */
        obj_say(v, o);
    vm_ref_event(v, o->addr, holder, label, delta);
}

void obj_say_now(vm *v, object *o)
{
    int8_t d = o->unsaid;
    o->unsaid = 0;
    vm_ref_event(v, o->addr, 0, 0, d);
}

void obj_move_event(vm *v, object *o, uint64_t from, uint64_t to, uint64_t label)
{
    if (!from && o->unsaid > 0) {           /* one of the unsaid references: the holder's +1 */
        o->unsaid--;
        vm_ref_event(v, o->addr, to, label, +1);
        return;
    }
    obj_say(v, o);
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_REF_MOVE, .site = v->line,
                     .u.ref = {.target = o->addr, .holder = from, .to = to, .label = label}};
    vm_event_commit(v, ev, EV_REF_MOVE, o->addr);
}

void obj_shift_event(vm *v, uint64_t holder, size_t from, size_t count, int64_t by, int reversed,
                     const object *item)
{
    if (!v->emit || !count || (!by && (!reversed || count < 2)))
        return;
    uint64_t target = count == 1 && item ? item->addr : 0;
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_SHIFT, .site = v->line,
                     .u.shift = {.holder = holder, .target = target, .from = (uint32_t)from, .count = (uint32_t)count,
                                 .by = (int32_t)by, .reversed = (uint8_t)(reversed != 0)}};
    vm_event_commit(v, ev, EV_SHIFT, holder);
}

uint32_t obj_event_size(vm *v, object *o)
{
    return (uint32_t)(o->type->size_of ? o->type->size_of(v, o) : o->type->basicsize) +
           type_preheader(o->type);
}

void obj_life_event(vm *v, unsigned kind, object *o, int parked)
{
    if (kind == EV_OBJ_NEW && parked)
        tm_new_reference(v, o);
    if (!v->emit)
        return;
    obj_say(v, o);
    uint32_t size = obj_event_size(v, o);   /* before the slot opens (event.h, invariant 2) */
    uint64_t tp = o->type->ob.addr;
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = (uint8_t)kind, .site = v->line,
                     .u.obj = {.addr = o->addr, .type = tp, .size = size, .freelist = (uint8_t)parked}};
    vm_event_commit(v, ev, kind, kind == EV_OBJ_NEW ? tp : o->addr);
}

void obj_resize_event(vm *v, object *o, uint32_t old_size)
{
    if (!v->emit || vm_is_static(v, o))     /* the model has no static objects (gc.garbage's */
        return;                             /* item array is still told: BLOCK_OWNER) */
    uint32_t size = obj_event_size(v, o);
    if (size == old_size)
        return;
    obj_say(v, o);
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_OBJ_RESIZE, .site = v->line,
                     .u.obj = {.addr = o->addr, .type = o->type->ob.addr, .size = size, .old_size = old_size}};
    vm_event_commit(v, ev, EV_OBJ_RESIZE, o->addr);
}

void obj_block_event(vm *v, uint64_t addr, uint64_t owner, unsigned role, uint64_t old_owner, unsigned old_role)
{
    if (!v->emit || !addr || (owner == old_owner && role == old_role))
        return;
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_BLOCK_OWNER, .site = v->line,
                     .u.own = {.addr = addr, .owner = owner, .old_owner = old_owner,
                               .role = (uint8_t)(owner ? role : OWN_NONE),
                               .old_role = (uint8_t)(old_owner ? old_role : OWN_NONE)}};
    vm_event_commit(v, ev, EV_BLOCK_OWNER, addr);
}

uint64_t obj_block_malloc(vm *v, object *o, unsigned role, uint64_t nbytes)
{
    uint64_t addr = pymalloc_malloc(v->pm, nbytes);
    obj_block_event(v, addr, o->addr, role, 0, OWN_NONE);
    return addr;
}

/* A block at a static address is one python3's start-up made (sys.argv's
 * item array: list_new_static): heapviz's heap does not hold it and
 * tracemalloc never traced it, so freeing it changes nothing here and a
 * realloc is a new block. */
static int block_is_static(const vm *v, uint64_t addr)
{
    return addr >= v->static_first && addr < v->static_next;
}

uint64_t obj_block_realloc(vm *v, object *o, unsigned role, uint64_t addr, uint64_t nbytes)
{
    if (block_is_static(v, addr))
        return obj_block_malloc(v, o, role, nbytes);
    obj_block_event(v, addr, 0, OWN_NONE, o->addr, role);
    tm_realloc(v, 0);
    uint64_t to = pymalloc_realloc(v->pm, addr, nbytes);
    tm_realloc(v, 1);
    obj_block_event(v, to ? to : addr, o->addr, role, 0, OWN_NONE);
    return to;
}

void obj_block_free(vm *v, object *o, unsigned role, uint64_t addr)
{
    if (block_is_static(v, addr))
        return;
    obj_block_event(v, addr, 0, OWN_NONE, o->addr, role);
    pymalloc_free(v->pm, addr);
}

/* ---- host memory ------------------------------------------------------------
 * Objects made by obj_new live in the vm's slabs (hostmem.h): objects of one
 * host size lie next to each other in the order they were made, as
 * pymalloc's pools lay CPython's out, and obj_free gives the memory back to
 * its size class.  Static objects (obj_host_alloc) are malloc'd: they are
 * freed one by one with obj_host_free, which has no vm. */

/* n bytes of the vm's host memory, the first `zero` of them zeroed. */
static void *host_take(vm *v, size_t n, size_t zero)
{
    void *p = hostmem_take(&v->host, n);
    memset(p, 0, zero);
    return p;
}

void obj_host_cache_free(vm *v)
{
    hostmem_free(&v->host);
}

static size_t host_pre(const type *t)
{
    return t->flags & TPF_GC ? sizeof(gchead) : 0;
}

/* The object in host memory p, its gchead (if any) initialised. */
static object *host_init(type *t, char *p)
{
    size_t pre = host_pre(t);
    if (pre) {
        gchead *g = (gchead *)p;
        g->gen = -1;
    }
    return (object *)(p + pre);
}

/* Host memory for o's type with host_extra bytes, zeroed up to the extra
 * bytes (all of it when zero_extra). */
static object *host_object(vm *v, type *t, size_t host_extra, int zero_extra)
{
    size_t pre = host_pre(t), head = pre + t->host_size;
    char *p = host_take(v, head + host_extra, zero_extra ? head + host_extra : head);
    return host_init(t, p);
}

void *obj_host_alloc(vm *v, type *t, size_t host_extra)
{
    (void)v;
    return host_init(t, hv_calloc(1, host_pre(t) + t->host_size + host_extra));
}

void obj_host_free(object *o)
{
    free((char *)o - host_pre(o->type));
}

void obj_host_release(vm *v, object *o)
{
    char *piece = (char *)o - host_pre(o->type);
    if (HV_UNLIKELY(o->listed))             /* vm.unsaid points at it until the step ends */
        vm_keep_until_said(v, piece);
    else
        hostmem_give(&v->host, piece);
}

/* ---- free lists ----------------------------------------------------------- */

void freelist_push(freelist *fl, object *o)
{
    if (fl->n == fl->cap) {
        fl->cap = fl->cap ? fl->cap * 2 : 16;
        fl->items = hv_realloc(fl->items, fl->cap * sizeof *fl->items);
    }
    fl->items[fl->n++] = o;
}

void freelist_clear(vm *v, freelist *fl)
{
    freelist_trim(v, fl, 0);
}

void freelist_trim(vm *v, freelist *fl, uint32_t keep)
{
    while (fl->n > keep)
        obj_free(v, fl->items[--fl->n]);
}

void freelist_release(vm *v, freelist *fl)
{
    for (uint32_t i = 0; i < fl->n; i++)
        obj_host_release(v, fl->items[i]);
    free(fl->items);
    *fl = (freelist){0};
}

/* obj_new_sized with the extra host bytes zeroed or not. */
static object *new_object(vm *v, type *t, uint64_t nbytes, size_t host_extra, int zero_extra, int announce)
{
    uint64_t block = pymalloc_malloc(v->pm, nbytes);
    if (!block)
        return vm_no_memory(v);
    object *o = host_object(v, t, host_extra, zero_extra);
    o->addr = block + type_preheader(t);
    o->refcnt = 1;
    o->type = t;
    if (t->flags & TPF_HEAPTYPE)
        obj_hold(v, &t->ob, o->addr, type_class_label(t));   /* instances keep their class */
    if (announce)
        obj_announce(v, o);
    return o;
}

void obj_announce_now(vm *v, object *o)
{
    if (v->emit)                                    /* not parked: only the event */
        obj_life_event(v, EV_OBJ_NEW, o, 0);
    if (o->type->flags & TPF_GC) {
        v->gens[0].count++;                         /* gc_alloc: tracked or not */
        gc_maybe_collect(v);                        /* o is not tracked: safe */
    }
}

object *obj_new_sized(vm *v, type *t, uint64_t nbytes, size_t host_extra)
{
    return new_object(v, t, nbytes, host_extra, 1, 1);
}

object *obj_new_sized_quiet(vm *v, type *t, uint64_t nbytes, size_t host_extra)
{
    return new_object(v, t, nbytes, host_extra, 1, 0);
}

object *obj_new_unzeroed(vm *v, type *t, uint64_t nbytes, size_t host_extra)
{
    return new_object(v, t, nbytes, host_extra, 0, 0);
}

/* obj_new's block and host struct, announced or not. */
static object *new_items(vm *v, type *t, size_t nitems, int announce)
{
    uint64_t var = ((uint64_t)t->itemsize * nitems + 7) & ~(uint64_t)7;
    size_t host_items = nitems && t->itemsize ? nitems * sizeof(object *) : 0;
    return new_object(v, t, type_preheader(t) + t->basicsize + var, host_items, 1, announce);
}

object *obj_new(vm *v, type *t, size_t nitems)
{
    return new_items(v, t, nitems, 1);
}

object *obj_new_quiet(vm *v, type *t, size_t nitems)
{
    return new_items(v, t, nitems, 0);
}

void obj_free(vm *v, object *o)
{
    type *t = o->type;
    object *late;
    while (HV_UNLIKELY(o->weakly) && (late = weakref_list_head(v, o)))
        weakref_clear_ref(v, late);                 /* made after its dealloc cleared them */
    if (t->flags & TPF_HEAPTYPE)
        obj_take(v, &t->ob, o->addr, type_class_label(t));   /* the class reference outlives o: the interpreter's */
    if (v->emit)
        obj_life_event(v, EV_OBJ_FREE, o, 0);
    if (t->flags & TPF_GC) {
        obj_untrack(v, o);
        if (v->gens[0].count > 0)
            v->gens[0].count--;                     /* PyObject_GC_Del */
    }
    pymalloc_free(v->pm, o->addr - type_preheader(t));
    obj_host_release(v, o);
    if (t->flags & TPF_HEAPTYPE)
        obj_release(v, &t->ob, 0, 0);               /* subtype_dealloc's last act */
}

object *obj_resize_in_place(vm *v, object *o, uint64_t nbytes, size_t host_extra, size_t keep)
{
    type *t = o->type;
    uint64_t block = o->addr - type_preheader(t);
    size_t pre = host_pre(t);
    if ((pre && obj_gc(o)->gen >= 0) || !pymalloc_realloc_stays(v->pm, block, nbytes))
        return NULL;
    obj_say(v, o);                                  /* its count exact before the block changes */
    tm_realloc(v, 0);
    pymalloc_realloc(v->pm, block, nbytes);         /* BLOCK_RESIZE or RAW_RESIZE */
    tm_realloc(v, 1);
    char *p = hostmem_take(&v->host, pre + t->host_size + host_extra);
    memcpy(p, (char *)o - pre, pre + t->host_size + keep);     /* an untracked gchead */
    object *n = (object *)(p + pre);
    n->unsaid = 0;
    n->listed = 0;
    tm_new_reference(v, n);                         /* _Py_NewReference: the trace re-tagged */
    obj_host_release(v, o);
    return n;
}

/* The deallocs of functions, sets, generators, bound methods and the
 * other builtin referents untrack o, then PyObject_ClearWeakRefs, before
 * anything else: done here for them; subtype_dealloc and type_dealloc
 * (TPF_CLEARS_WEAKREFS) do it at their own moment. */
void obj_dealloc(vm *v, object *o)
{
    if (HV_UNLIKELY(o->weakly) && !(o->type->flags & TPF_CLEARS_WEAKREFS)) {
        if (obj_is_gc(o))
            obj_untrack(v, o);
        weakref_clear_referent(v, o);
    }
    o->type->dealloc(v, o);
}

/* ---- tracking ------------------------------------------------------------ */

void obj_track_event(vm *v, object *o, int old_gen, int gen)
{
    if (!v->emit)
        return;
    obj_say(v, o);
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_TRACK, .site = v->line,
                     .u.obj = {.addr = o->addr, .type = o->type->ob.addr, .gen = (int8_t)gen, .old_gen = (int8_t)old_gen}};
    vm_event_commit(v, ev, EV_TRACK, o->addr);
}

void obj_track(vm *v, object *o)
{
    gchead *g = obj_gc(o), *head = &v->gens[0].head;
    if (g->gen >= 0)
        return;
    g->prev = head->prev;
    g->next = head;
    head->prev->next = g;
    head->prev = g;
    g->gen = 0;
    obj_track_event(v, o, -1, 0);
}

void obj_untrack(vm *v, object *o)
{
    gchead *g = obj_gc(o);
    if (g->gen < 0)
        return;
    if (g->list)
        gc_forget(v, o);                            /* it leaves a running collection */
    int old = g->gen;
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->prev = g->next = NULL;
    g->gen = -1;
    obj_track_event(v, o, old, -1);
}

int obj_is_tracked(object *o)
{
    return obj_is_gc(o) && obj_gc(o)->gen >= 0;
}

int obj_may_be_tracked(vm *v, object *o)
{
    if (!obj_is_gc(o))
        return 0;
    if (obj_is(v, o, T_TUPLE))
        return obj_is_tracked(o);
    if (type_is_subtype(o->type, v->types[T_TYPE]))
        return (((type *)o)->flags & TPF_HEAPTYPE) != 0;
    return 1;
}

/* ---- the trashcan ------------------------------------------------------------
 * Deferred objects are chained through gchead.prev (they are untracked, so
 * the field is free), newest first, as _PyTrash_thread_deposit_object does. */

int obj_trash_begin(vm *v, object *o, void (*dealloc)(vm *, object *))
{
    if (o->type->dealloc != dealloc)
        return -1;
    if (v->trash_nesting >= TRASH_UNWIND_LEVEL) {
        obj_gc(o)->prev = (gchead *)(void *)v->trash_later;
        v->trash_later = o;
        return 1;
    }
    v->trash_nesting++;
    return 0;
}

/* _PyTrash_thread_destroy_chain: the deferred deallocs, newest first. */
static void trash_destroy_chain(vm *v)
{
    v->trash_nesting++;
    while (v->trash_later) {
        object *o = v->trash_later;
        v->trash_later = (object *)(void *)obj_gc(o)->prev;
        obj_gc(o)->prev = NULL;
        o->type->dealloc(v, o);
    }
    v->trash_nesting--;
}

void obj_trash_end(vm *v, int began)
{
    if (began != 0)
        return;
    v->trash_nesting--;
    if (v->trash_later && v->trash_nesting == 0)
        trash_destroy_chain(v);
}

void obj_release_pair(vm *v, object *o, object **first, object **second)
{
    object *a = *first, *b = *second;
    *first = *second = NULL;
    if (a)
        obj_release(v, a, o->addr, 0);
    if (b)
        obj_release(v, b, o->addr, 1);
}

int obj_visit_pair(object *a, object *b, visitproc visit, void *arg)
{
    int err = a ? visit(a, arg) : 0;
    return !err && b ? visit(b, arg) : err;
}
