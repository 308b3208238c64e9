/*
 * set.c — set and frozenset as CPython 3.11 lays them out (Objects/
 * setobject.c).
 *
 *   set object: one 224-byte GC block (16 pre-header + 200)
 *   ┌──────┬────────┬──────┬──────┬──────┬──────┬───────┬──────┬────────┬────────────┬─────────┐
 *   │ gc   │ refcnt │ type │ fill │ used │ mask │ table │ hash │ finger │ smalltable │ weakref │
 *   └──────┴────────┴──────┴──────┴──────┴──────┴───┬───┴──────┴────────┴─ 8 × 16 B ┴─────────┘
 *                                                   └─▶ the inline table, or a PyMem block of
 *                                                       16 × (mask + 1) bytes (32 entries:
 *                                                       512 B pymalloc; 64 and more: raw)
 *
 * The table algorithm is CPython's, step for step, because a set iterates
 * in table order: probe i, then the LINEAR_PROBES = 9 entries after it
 * (while they fit), then i = 5i + 1 + perturb; deleted entries become
 * dummies (key DUMMY, hash −1) that count in fill but not in used.  After
 * an insert into a never-used entry, fill × 5 ≥ mask × 3 resizes the table
 * to the smallest power of two > used × 4 (used × 2 above 50 000).  Bulk
 * updates from a set or a dict presize once to (used + n) × 2.
 *
 * No free list.  Sets are tracked from birth (PyType_GenericAlloc).
 *
 * Invariants (set_check):
 *   1. table == smalltable ⇔ table_addr == 0 ⇒ mask == 7; a PyMem table is
 *      a live block of 16 × (mask + 1) bytes;
 *   2. fill = active + dummy entries, used = active entries, fill ≤ mask
 *      (a probe always ends at a never-used entry);
 *   3. every active entry is reached from its hash by the probe sequence
 *      before any never-used entry;
 *   4. the set is tracked.
 */
#include "set.h"

#include "abstract.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "hv.h"
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tunables (setobject.c) ---------------------------------------------------- */

#define SET_MINSIZE 8           /* PySet_MINSIZE: the inline table */
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define ENTRY_BYTES 16          /* sizeof(setentry): key, hash */
#define BIG_SET 50000           /* above it a resize only doubles */


typedef struct setentry {
    object *key;                /* NULL: never used; DUMMY: deleted */
    int64_t hash;               /* 0 when never used, -1 when deleted */
} setentry;

typedef struct setobj {
    object ob;
    int64_t fill;               /* active + dummy entries */
    int64_t used;               /* active entries: len() */
    int64_t mask;               /* table size − 1 */
    setentry *table;            /* smalltable, or the host copy of a PyMem block */
    uint64_t table_addr;        /* that block's address; 0 while inline */
    int64_t hash;               /* frozenset hash, −1 until computed */
    int64_t finger;             /* where set.pop() starts looking */
    setentry smalltable[SET_MINSIZE];
} setobj;

#define SET(o) ((setobj *)(o))

/* The deleted-entry marker (setobject.c's `dummy`): only its address is
 * used, never its contents. */
static object dummy_struct;
#define DUMMY (&dummy_struct)

static int is_anyset(vm *v, object *o)
{
    return type_is_subtype(o->type, v->types[T_SET]) ||
           type_is_subtype(o->type, v->types[T_FROZENSET]);
}

static int is_frozen(vm *v, object *o)
{
    return type_is_subtype(o->type, v->types[T_FROZENSET]);
}

static int key_hash(vm *v, object *key, int64_t *hash)
{
    if (obj_is(v, key, T_STR)) {
        *hash = str_hash(key);
        return 0;
    }
    return obj_hash(v, key, hash);
}

/* ---- probing ------------------------------------------------------------------------ */

static int same_str(vm *v, object *a, object *b)
{
    return obj_is(v, a, T_STR) && obj_is(v, b, T_STR) && str_eq(a, b);
}

/* set_lookkey: the entry holding key, or the never-used entry ending its
 * probe sequence; NULL when a comparison fails. */
static setentry *lookkey(vm *v, setobj *so, object *key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        setentry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && !entry->key)
                return entry;
            if (entry->hash == hash) {
                object *start = entry->key;
                if (start == key || same_str(v, start, key))
                    return entry;
                setentry *table = so->table;
                obj_incref(v, start);
                int cmp = obj_richcompare_bool(v, start, key, CMP_EQ);
                obj_decref(v, start);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != start)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = (uint64_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* set_insert_clean: key is known to be absent and the table has no dummies. */
static void insert_clean(setentry *table, uint64_t mask, object *key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        setentry *entry = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!entry->key) {
                entry->key = key;
                entry->hash = hash;
                return;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* The references a set holds are labelled with the element's address. */
static object *hold(vm *v, setobj *so, object *key)
{
    return obj_hold(v, key, so->ob.addr, key->addr);
}

static void release(vm *v, setobj *so, object *key)
{
    obj_release(v, key, so->ob.addr, key->addr);
}

static void table_free(vm *v, setobj *so, setentry *table, uint64_t addr)
{
    obj_block_free(v, &so->ob, OWN_TABLE, addr);
    free(table);
}

/* set_table_resize: a table of the smallest power of two > minused (at
 * least 8: the inline one), refilled in old-table order without dummies. */
static int table_resize(vm *v, setobj *so, int64_t minused)
{
    uint64_t newsize = SET_MINSIZE;
    while (newsize <= (uint64_t)minused)
        newsize <<= 1;
    uint32_t before = obj_event_size(v, &so->ob);
    setentry *oldtable = so->table, *newtable, small_copy[SET_MINSIZE];
    uint64_t oldmask = (uint64_t)so->mask, oldaddr = so->table_addr, newaddr = 0;
    int old_malloced = oldtable != so->smalltable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;                   /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newaddr = pymalloc_malloc(v->pm, ENTRY_BYTES * newsize);
        if (!newaddr) {
            vm_no_memory(v);
            return -1;
        }
        newtable = hv_malloc(newsize * sizeof *newtable);
    }
    memset(newtable, 0, newsize * sizeof *newtable);
    so->mask = (int64_t)newsize - 1;
    so->table = newtable;
    so->table_addr = newaddr;
    int dummies = so->fill != so->used;
    so->fill = so->used;
    for (setentry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key && (!dummies || e->key != DUMMY))
            insert_clean(newtable, (uint64_t)so->mask, e->key, e->hash);
    if (old_malloced)
        table_free(v, so, oldtable, oldaddr);
    obj_block_event(v, newaddr, so->ob.addr, OWN_TABLE, 0, OWN_NONE);   /* the set's after the old one left */
    obj_resize_event(v, &so->ob, before);
    return 0;
}

/* set_add_entry: a dummy met on the way is reused (the last one met);
 * filling a never-used entry may resize. */
static int add_entry(vm *v, setobj *so, object *key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    setentry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && !entry->key)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                object *start = entry->key;
                if (start == key || same_str(v, start, key))
                    return 0;
                setentry *table = so->table;
                obj_incref(v, start);
                int cmp = obj_richcompare_bool(v, start, key, CMP_EQ);
                obj_decref(v, start);
                if (cmp > 0)
                    return 0;
                if (cmp < 0)
                    return -1;
                if (table != so->table || entry->key != start)
                    goto restart;
                mask = (uint64_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = hold(v, so, key);
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = hold(v, so, key);
    entry->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(v, so, so->used > BIG_SET ? so->used * 2 : so->used * 4);
}

static int contains_entry(vm *v, setobj *so, object *key, int64_t hash)
{
    setentry *e = lookkey(v, so, key, hash);
    return e ? e->key != NULL : -1;
}

enum { DISCARD_NOTFOUND, DISCARD_FOUND };

/* set_discard_entry: the entry becomes a dummy. */
static int discard_entry(vm *v, setobj *so, object *key, int64_t hash)
{
    setentry *e = lookkey(v, so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return DISCARD_NOTFOUND;
    object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    release(v, so, old);
    return DISCARD_FOUND;
}

static int add_key(vm *v, setobj *so, object *key)
{
    int64_t hash;
    return key_hash(v, key, &hash) ? -1 : add_entry(v, so, key, hash);
}

static int contains_key(vm *v, setobj *so, object *key)
{
    int64_t hash;
    return key_hash(v, key, &hash) ? -1 : contains_entry(v, so, key, hash);
}

static int discard_key(vm *v, setobj *so, object *key)
{
    int64_t hash;
    return key_hash(v, key, &hash) ? -1 : discard_entry(v, so, key, hash);
}

static void empty_to_minsize(setobj *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->table_addr = 0;
    so->hash = -1;
}

/* set_clear_internal: the set is emptied first, then the old entries are
 * released in table order. */
static void clear_internal(vm *v, object *o)
{
    setobj *so = SET(o);
    uint32_t before = obj_event_size(v, o);
    setentry *table = so->table, small_copy[SET_MINSIZE];
    uint64_t addr = so->table_addr;
    int64_t used = so->used;
    int malloced = table != so->smalltable;
    if (malloced) {
        empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        empty_to_minsize(so);
    }
    for (setentry *e = table; used > 0; e++)
        if (e->key && e->key != DUMMY) {
            used--;
            release(v, so, e->key);
        }
    if (malloced)
        table_free(v, so, table, addr);
    obj_resize_event(v, o, before);
}

/* set_next: the next active entry at or after *pos. */
static setentry *next_entry(setobj *so, size_t *pos)
{
    int64_t i = (int64_t)*pos;
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == DUMMY))
        i++;
    *pos = (size_t)i + 1;
    return i > so->mask ? NULL : &so->table[i];
}

int set_next_entry(object *s, size_t *pos, object **key, int64_t *hash)
{
    setentry *e = next_entry(SET(s), pos);
    if (!e)
        return 0;
    *key = e->key;
    if (hash)
        *hash = e->hash;
    return 1;
}

size_t set_len(const object *s)
{
    return (size_t)SET(s)->used;
}

/* ---- making sets -------------------------------------------------------------------- */

static int update_internal(vm *v, setobj *so, object *other);

/* make_new_set: tracked at once (PyType_GenericAlloc), then filled. */
static object *make_new(vm *v, type *t, object *iterable)
{
    object *o = obj_new(v, t, 0);
    if (!o)
        return NULL;
    empty_to_minsize(SET(o));
    SET(o)->finger = 0;
    obj_track(v, o);
    if (iterable && update_internal(v, SET(o), iterable)) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

/* make_new_set_basetype: a result of type set or frozenset, whichever t
 * derives from. */
static object *make_new_basetype(vm *v, type *t, object *iterable)
{
    if (t != v->types[T_SET] && t != v->types[T_FROZENSET])
        t = type_is_subtype(t, v->types[T_SET]) ? v->types[T_SET] : v->types[T_FROZENSET];
    return make_new(v, t, iterable);
}

object *set_new(vm *v)
{
    return make_new(v, v->types[T_SET], NULL);
}

object *set_new_from(vm *v, object *iterable)
{
    return make_new(v, v->types[T_SET], iterable);
}

object *set_new_frozen(vm *v, object *iterable)
{
    if (iterable && obj_is(v, iterable, T_FROZENSET))
        return obj_incref(v, iterable);     /* frozenset(f) is f */
    return make_new(v, v->types[T_FROZENSET], iterable);
}

/* ---- subclasses (class S(set), class F(frozenset)) ----------------------------
 * class.c allocates the instance (the set's fields, then the class's);
 * these are set_new's, frozenset_new's and set_init's parts. */

void set_init_empty(object *o)
{
    empty_to_minsize(SET(o));
    SET(o)->finger = 0;
}

int set_sub_new_args(vm *v, type *cls, int init_is_base, size_t nargs, object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0;
    if (nkw && init_is_base) {                  /* frozenset_new: tp_init is object_init */
        args_no_kwnames(v, "frozenset");
        return -1;
    }
    if (nargs - nkw > 1) {                      /* PyArg_UnpackTuple(args, type->tp_name, 0, 1) */
        vm_raise(v, T_TYPE_ERROR, "%.200s expected at most 1 argument, got %zu", cls->name, nargs - nkw);
        return -1;
    }
    return 0;
}

int set_init(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    if (kwnames && TUPLE(kwnames)->n) {         /* _PyArg_NoKeywords("set", kwds) */
        args_no_kwnames(v, "set");
        return -1;
    }
    if (set_sub_new_args(v, o->type, 0, nargs, NULL))
        return -1;
    if (SET(o)->fill)
        clear_internal(v, o);
    SET(o)->hash = -1;
    return nargs ? update_internal(v, SET(o), args[0]) : 0;
}

static void set_dealloc(vm *v, object *o)
{
    setobj *so = SET(o);
    int64_t used = so->used;
    obj_untrack(v, o);
    int trash = obj_trash_begin(v, o, set_dealloc);
    if (trash > 0)
        return;
    for (setentry *e = so->table; used > 0; e++)
        if (e->key && e->key != DUMMY) {
            used--;
            release(v, so, e->key);
        }
    if (so->table != so->smalltable)
        table_free(v, so, so->table, so->table_addr);
    obj_free(v, o);
    obj_trash_end(v, trash);
}

static int set_traverse(object *o, visitproc visit, void *arg)
{
    size_t pos = 0;
    setentry *e;
    while ((e = next_entry(SET(o), &pos)))
        if (visit(e->key, arg))
            return 1;
    return 0;
}

/* ---- bulk updates ------------------------------------------------------------------- */

/* set_merge: presized once; an empty set copies the other's layout when
 * the sizes match and the other has no dummies. */
static int merge(vm *v, setobj *so, setobj *other)
{
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(v, so, (so->used + other->used) * 2))
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++)
            if (other->table[i].key) {
                so->table[i].key = hold(v, so, other->table[i].key);
                so->table[i].hash = other->table[i].hash;
            }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            setentry *e = &other->table[i];
            if (e->key && e->key != DUMMY)
                insert_clean(so->table, (uint64_t)so->mask, hold(v, so, e->key), e->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        setentry *e = &other->table[i];
        if (e->key && e->key != DUMMY && add_entry(v, so, e->key, e->hash))
            return -1;
    }
    return 0;
}

/* set_update_internal */
static int update_internal(vm *v, setobj *so, object *other)
{
    if (is_anyset(v, other))
        return merge(v, so, SET(other));
    if (obj_is(v, other, T_DICT)) {
        int64_t n = (int64_t)dict_len(other), hash;
        size_t pos = 0;
        object *key;
        if ((so->fill + n) * 5 >= so->mask * 3 && table_resize(v, so, (so->used + n) * 2))
            return -1;
        while (dict_next_hash(other, &pos, &key, NULL, &hash))
            if (add_entry(v, so, key, hash))
                return -1;
        return 0;
    }
    object *it = obj_getiter(v, other), *key;
    if (!it)
        return -1;
    int rc = 0;
    while (!rc && (key = obj_iternext(v, it))) {
        rc = add_key(v, so, key);
        obj_decref(v, key);
    }
    obj_decref(v, it);
    return rc || v->exc ? -1 : 0;
}

int set_update(vm *v, object *s, object *iterable)
{
    return update_internal(v, SET(s), iterable);
}

int set_add(vm *v, object *s, object *key)
{
    return add_key(v, SET(s), key);
}

/* A set used as a key is looked up as the equal frozenset (set_contains,
 * set_remove, set_discard). */
static int with_frozen_key(vm *v, object *key, int (*op)(vm *, setobj *, object *), setobj *so)
{
    int rc = op(v, so, key);
    if (rc >= 0 || !type_is_subtype(key->type, v->types[T_SET]) || !vm_exc_matches(v, T_TYPE_ERROR))
        return rc;
    vm_exc_clear(v);
    object *tmp = make_new(v, v->types[T_FROZENSET], key);
    if (!tmp)
        return -1;
    rc = op(v, so, tmp);
    obj_decref(v, tmp);
    return rc;
}

int set_contains(vm *v, object *s, object *key)
{
    return with_frozen_key(v, key, contains_key, SET(s));
}

int set_discard(vm *v, object *s, object *key)
{
    return with_frozen_key(v, key, discard_key, SET(s));
}

/* ---- the algebra ----------------------------------------------------------------------- */

static object *set_copy(vm *v, object *o)
{
    return make_new_basetype(v, o->type, o);
}

/* set_swap_bodies: a and b exchange their tables (the references move
 * with them).  Frozenset hashes are exchanged only between frozensets. */
static void swap_bodies(vm *v, setobj *a, setobj *b)
{
    size_t pos = 0;
    setentry *e;
    while ((e = next_entry(a, &pos))) {
        obj_take(v, e->key, a->ob.addr, e->key->addr);
        obj_give(v, e->key, b->ob.addr, e->key->addr);
    }
    pos = 0;
    while ((e = next_entry(b, &pos))) {
        obj_take(v, e->key, b->ob.addr, e->key->addr);
        obj_give(v, e->key, a->ob.addr, e->key->addr);
    }
    uint32_t a_before = obj_event_size(v, &a->ob), b_before = obj_event_size(v, &b->ob);
    obj_block_event(v, a->table_addr, 0, OWN_NONE, a->ob.addr, OWN_TABLE);     /* the tables change owners */
    obj_block_event(v, b->table_addr, a->ob.addr, OWN_TABLE, b->ob.addr, OWN_TABLE);
    obj_block_event(v, a->table_addr, b->ob.addr, OWN_TABLE, 0, OWN_NONE);
    setobj t = *a;
    int a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    a->fill = b->fill, a->used = b->used, a->mask = b->mask;
    b->fill = t.fill, b->used = t.used, b->mask = t.mask;
    a->table = b_small ? a->smalltable : b->table;
    a->table_addr = b->table_addr;
    b->table = a_small ? b->smalltable : t.table;
    b->table_addr = t.table_addr;
    memcpy(a->smalltable, b->smalltable, sizeof a->smalltable);
    memcpy(b->smalltable, t.smalltable, sizeof b->smalltable);
    if (is_frozen(v, &a->ob) && is_frozen(v, &b->ob)) {
        a->hash = b->hash;
        b->hash = t.hash;
    } else {
        a->hash = b->hash = -1;
    }
    obj_resize_event(v, &a->ob, a_before);
    obj_resize_event(v, &b->ob, b_before);
}

/* set_intersection: iterates the smaller set (or the iterable). */
object *set_intersection(vm *v, object *s, object *other)
{
    setobj *so = SET(s);
    if (s == other)
        return set_copy(v, s);
    object *result = make_new_basetype(v, s->type, NULL);
    if (!result)
        return NULL;
    if (is_anyset(v, other)) {
        setobj *big = so, *small = SET(other);
        if (small->used > big->used) {
            big = SET(other);
            small = so;
        }
        size_t pos = 0;
        setentry *e;
        while ((e = next_entry(small, &pos))) {
            object *key = obj_incref(v, e->key);
            int64_t hash = e->hash;
            int rv = contains_entry(v, big, key, hash);
            if (rv > 0)
                rv = add_entry(v, SET(result), key, hash) ? -1 : 1;
            obj_decref(v, key);
            if (rv < 0) {
                obj_decref(v, result);
                return NULL;
            }
        }
        return result;
    }
    object *it = obj_getiter(v, other), *key;
    int rc = it ? 0 : -1;
    while (!rc && (key = obj_iternext(v, it))) {
        int64_t hash;
        int rv = key_hash(v, key, &hash) ? -1 : contains_entry(v, so, key, hash);
        if (rv > 0) {
            rv = add_entry(v, SET(result), key, hash) ? -1 : 1;
            if (rv > 0 && SET(result)->used >= so->used) {
                obj_decref(v, key);
                break;
            }
        }
        obj_decref(v, key);
        rc = rv < 0 ? -1 : 0;
    }
    obj_xdecref(v, it);
    if (rc || v->exc) {
        obj_decref(v, result);
        return NULL;
    }
    return result;
}

/* set_difference_update_internal: a much larger other set is first cut
 * down to the intersection; more than 1/4 dummies afterwards are resized
 * away. */
int set_difference_update(vm *v, object *s, object *other)
{
    setobj *so = SET(s);
    if (s == other) {
        clear_internal(v, s);
        return 0;
    }
    if (is_anyset(v, other)) {
        object *o2 = set_len(other) >> 3 > set_len(s) ? set_intersection(v, s, other)
                                                      : obj_incref(v, other);
        if (!o2)
            return -1;
        size_t pos = 0;
        setentry *e;
        int rc = 0;
        while (!rc && (e = next_entry(SET(o2), &pos))) {
            object *key = obj_incref(v, e->key);
            rc = discard_entry(v, so, key, e->hash) < 0 ? -1 : 0;
            obj_decref(v, key);
        }
        obj_decref(v, o2);
        if (rc)
            return -1;
    } else {
        object *it = obj_getiter(v, other), *key;
        if (!it)
            return -1;
        int rc = 0;
        while (!rc && (key = obj_iternext(v, it))) {
            rc = discard_key(v, so, key) < 0 ? -1 : 0;
            obj_decref(v, key);
        }
        obj_decref(v, it);
        if (rc || v->exc)
            return -1;
    }
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4)
        return 0;
    return table_resize(v, so, so->used > BIG_SET ? so->used * 2 : so->used * 4);
}

/* set_difference: a copy then difference_update when so is much larger,
 * else the elements of so missing from other added to a new set. */
static object *set_difference(vm *v, object *s, object *other)
{
    setobj *so = SET(s);
    int64_t other_size;
    if (is_anyset(v, other))
        other_size = (int64_t)set_len(other);
    else if (obj_is(v, other, T_DICT))
        other_size = (int64_t)dict_len(other);
    else
        other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        object *r = set_copy(v, s);
        if (r && set_difference_update(v, r, other)) {
            obj_decref(v, r);
            return NULL;
        }
        return r;
    }
    object *result = make_new_basetype(v, s->type, NULL);
    if (!result)
        return NULL;
    size_t pos = 0;
    setentry *e;
    while ((e = next_entry(so, &pos))) {
        object *key = obj_incref(v, e->key);
        int64_t hash = e->hash;
        int rv = obj_is(v, other, T_DICT) ? dict_contains_hash(v, other, key, hash)
                                         : contains_entry(v, SET(other), key, hash);
        if (rv == 0)
            rv = add_entry(v, SET(result), key, hash);
        obj_decref(v, key);
        if (rv < 0) {
            obj_decref(v, result);
            return NULL;
        }
    }
    return result;
}

int set_symmetric_difference_update(vm *v, object *s, object *other)
{
    setobj *so = SET(s);
    if (s == other) {
        clear_internal(v, s);
        return 0;
    }
    size_t pos = 0;
    object *key;
    int64_t hash;
    if (obj_is(v, other, T_DICT)) {
        while (dict_next_hash(other, &pos, &key, NULL, &hash)) {
            obj_incref(v, key);
            int rv = discard_entry(v, so, key, hash);
            if (rv == DISCARD_NOTFOUND)
                rv = add_entry(v, so, key, hash);
            obj_decref(v, key);
            if (rv < 0)
                return -1;
        }
        return 0;
    }
    object *os = is_anyset(v, other) ? obj_incref(v, other) : make_new_basetype(v, s->type, other);
    if (!os)
        return -1;
    setentry *e;
    int rc = 0;
    while (!rc && (e = next_entry(SET(os), &pos))) {
        key = obj_incref(v, e->key);
        hash = e->hash;
        int rv = discard_entry(v, so, key, hash);
        if (rv == DISCARD_NOTFOUND)
            rv = add_entry(v, so, key, hash);
        obj_decref(v, key);
        rc = rv < 0 ? -1 : 0;
    }
    obj_decref(v, os);
    return rc;
}

static object *set_symmetric_difference(vm *v, object *s, object *other)
{
    object *os = make_new_basetype(v, s->type, other);
    if (os && set_symmetric_difference_update(v, os, s)) {
        obj_decref(v, os);
        return NULL;
    }
    return os;
}

/* set_issubset: 1, 0 or -1; other need not be a set. */
static int issubset(vm *v, object *s, object *other)
{
    if (!is_anyset(v, other)) {
        object *tmp = make_new(v, v->types[T_SET], other);
        if (!tmp)
            return -1;
        int r = issubset(v, s, tmp);
        obj_decref(v, tmp);
        return r;
    }
    if (set_len(s) > set_len(other))
        return 0;
    size_t pos = 0;
    setentry *e;
    while ((e = next_entry(SET(s), &pos))) {
        object *key = obj_incref(v, e->key);
        int rv = contains_entry(v, SET(other), key, e->hash);
        obj_decref(v, key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int issuperset(vm *v, object *s, object *other)
{
    if (is_anyset(v, other))
        return issubset(v, other, s);
    object *it = obj_getiter(v, other), *key;
    if (!it)
        return -1;
    int rv = 1;
    while (rv > 0 && (key = obj_iternext(v, it))) {
        rv = contains_key(v, SET(s), key);
        obj_decref(v, key);
    }
    obj_decref(v, it);
    return v->exc ? -1 : rv;
}

static int isdisjoint(vm *v, object *s, object *other)
{
    if (s == other)
        return set_len(s) == 0;
    if (obj_is(v, other, T_SET) || obj_is(v, other, T_FROZENSET)) {
        object *big = s, *small = other;
        if (set_len(other) > set_len(s)) {
            big = other;
            small = s;
        }
        size_t pos = 0;
        setentry *e;
        while ((e = next_entry(SET(small), &pos))) {
            object *key = obj_incref(v, e->key);
            int rv = contains_entry(v, SET(big), key, e->hash);
            obj_decref(v, key);
            if (rv)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    object *it = obj_getiter(v, other), *key;
    if (!it)
        return -1;
    int rv = 0;
    while (!rv && (key = obj_iternext(v, it))) {
        rv = contains_key(v, SET(s), key);
        obj_decref(v, key);
    }
    obj_decref(v, it);
    return rv < 0 || v->exc ? -1 : !rv;
}

/* ---- the type's slots ----------------------------------------------------------------- */

static object *bool_or_null(vm *v, int r)
{
    return r < 0 ? NULL : obj_bool(v, r);
}

static object *set_richcompare(vm *v, object *a, object *b, int op)
{
    if (!is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (set_len(a) != set_len(b))
            return obj_bool(v, op == CMP_NE);
        if (SET(a)->hash != -1 && SET(b)->hash != -1 && SET(a)->hash != SET(b)->hash)
            return obj_bool(v, op == CMP_NE);
        {
            int r = issubset(v, a, b);
            return r < 0 ? NULL : obj_bool(v, op == CMP_EQ ? r : !r);
        }
    case CMP_LE:
        return bool_or_null(v, issubset(v, a, b));
    case CMP_GE:
        return bool_or_null(v, issuperset(v, a, b));
    case CMP_LT:
        return set_len(a) >= set_len(b) ? obj_bool(v, 0) : bool_or_null(v, issubset(v, a, b));
    default:
        return set_len(a) <= set_len(b) ? obj_bool(v, 0) : bool_or_null(v, issuperset(v, a, b));
    }
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* frozenset_hash: xor of every entry's shuffled hash (never-used and
 * dummy entries included, then taken out again), mixed with the size. */
static int frozenset_hash(vm *v, object *o, int64_t *out)
{
    setobj *so = SET(o);
    if (so->hash != -1) {
        *out = so->hash;
        return 0;
    }
    uint64_t h = 0;
    for (int64_t i = 0; i <= so->mask; i++)
        h ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        h ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        h ^= shuffle_bits(UINT64_MAX);
    h ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == UINT64_MAX)
        h = 590923713ULL;
    *out = so->hash = (int64_t)h;
    return 0;
}

/* set_repr: "{1, 2}", "set()", "frozenset({1})", "set(...)" inside
 * itself, each made by PyUnicode_FromFormat (its writer); the items are
 * repr(list(self))[1:-1] (the list, its repr and the substring made and
 * dropped in that order). */
static object *set_repr(vm *v, object *o)
{
    if (repr_enter(v, o))
        return str_from_format(v, "%s(...)", o->type->name, NULL);
    if (SET(o)->used == 0) {
        repr_leave(v, o);
        return str_from_format(v, "%s()", o->type->name, NULL);
    }
    object *keys = list_new(v, 0), *r = NULL, *lr = NULL, *inner = NULL;
    if (keys && !list_extend(v, keys, o))
        lr = obj_repr(v, keys);
    obj_xdecref(v, keys);
    if (lr) {
        inner = str_sub(v, lr, 1, STR(lr)->len - 1);       /* PyUnicode_Substring */
        obj_decref(v, lr);
    }
    if (inner) {
        r = obj_is(v, o, T_SET) ? str_from_format(v, "{%U}", NULL, inner)
                                : str_from_format(v, "%s({%U})", o->type->name, inner);
        obj_decref(v, inner);
    }
    repr_leave(v, o);
    return r;
}

static int64_t set_length(vm *v, object *o)
{
    return SET(o)->used;
}

static int set_sq_contains(vm *v, object *o, object *key)
{
    return set_contains(v, o, key);
}

static uint64_t set_sizeof(vm *v, object *o)
{
    setobj *so = SET(o);
    uint64_t n = o->type->basicsize;
    if (so->table && so->table != so->smalltable)
        n += ENTRY_BYTES * (uint64_t)(so->mask + 1);
    return n;
}

static object *set_or(vm *v, object *a, object *b)
{
    if (!is_anyset(v, a) || !is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    object *r = set_copy(v, a);
    if (r && a != b && update_internal(v, SET(r), b)) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

static object *set_and(vm *v, object *a, object *b)
{
    if (!is_anyset(v, a) || !is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    return set_intersection(v, a, b);
}

static object *set_sub(vm *v, object *a, object *b)
{
    if (!is_anyset(v, a) || !is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    return set_difference(v, a, b);
}

static object *set_xor(vm *v, object *a, object *b)
{
    if (!is_anyset(v, a) || !is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    return set_symmetric_difference(v, a, b);
}

static object *set_ior(vm *v, object *a, object *b)
{
    if (!is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    return update_internal(v, SET(a), b) ? NULL : obj_incref(v, a);
}

/* set_intersection_update: the intersection's body is swapped in. */
static int intersection_update(vm *v, object *s, object *other)
{
    object *tmp = set_intersection(v, s, other);
    if (!tmp)
        return -1;
    swap_bodies(v, SET(s), SET(tmp));
    obj_decref(v, tmp);
    return 0;
}

static object *set_iand(vm *v, object *a, object *b)
{
    if (!is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    return intersection_update(v, a, b) ? NULL : obj_incref(v, a);
}

static object *set_isub(vm *v, object *a, object *b)
{
    if (!is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    return set_difference_update(v, a, b) ? NULL : obj_incref(v, a);
}

static object *set_ixor(vm *v, object *a, object *b)
{
    if (!is_anyset(v, b))
        return obj_incref(v, v->notimpl);
    return set_symmetric_difference_update(v, a, b) ? NULL : obj_incref(v, a);
}

/* ---- methods -------------------------------------------------------------------------------- */

static const method_def set_methods[], frozenset_methods[];

/* The method-table checks, worded by the row of the method's own type
 * (args_range): "set.add() takes exactly one argument (0 given)",
 * "frozenset.union() takes no keyword arguments". */
static int check_args(vm *v, object *self, const char *name, size_t nargs, object *kw)
{
    const method_def *d = is_frozen(v, self) ? frozenset_methods : set_methods;
    while (strcmp(d->name, name) != 0)
        d++;
    if (d->flags & METH_VARARGS)
        return args_no_keywords(v, d, kw);
    return args_exact(v, d, nargs, kw, d->flags & METH_O ? 1 : 0);
}

static object *none_or_null(vm *v, int rc)
{
    return rc ? NULL : obj_incref(v, v->none);
}

static object *m_add(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "add", nargs, kw))
        return NULL;
    return none_or_null(v, set_add(v, self, args[0]));
}

static object *m_clear(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "clear", nargs, kw))
        return NULL;
    clear_internal(v, self);
    return obj_incref(v, v->none);
}

static object *m_copy(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "copy", nargs, kw))
        return NULL;
    if (obj_is(v, self, T_FROZENSET))
        return obj_incref(v, self);
    return set_copy(v, self);
}

static object *m_discard(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "discard", nargs, kw))
        return NULL;
    return none_or_null(v, set_discard(v, self, args[0]) < 0);
}

static object *m_remove(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "remove", nargs, kw))
        return NULL;
    int rv = set_discard(v, self, args[0]);
    if (rv == DISCARD_NOTFOUND)
        return vm_raise_key_error(v, args[0]);
    return none_or_null(v, rv < 0);
}

static object *m_pop(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "pop", nargs, kw))
        return NULL;
    setobj *so = SET(self);
    if (so->used == 0)
        return vm_raise(v, T_KEY, "pop from an empty set");
    setentry *e = &so->table[so->finger & so->mask], *limit = &so->table[so->mask];
    while (!e->key || e->key == DUMMY)
        if (++e > limit)
            e = so->table;
    object *key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = e - so->table + 1;
    obj_take(v, key, self->addr, key->addr);
    return key;
}

static object *m_union(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "union", nargs, kw))
        return NULL;
    object *r = set_copy(v, self);
    for (size_t i = 0; r && i < nargs; i++)
        if (args[i] != self && update_internal(v, SET(r), args[i])) {
            obj_decref(v, r);
            r = NULL;
        }
    return r;
}

static object *m_update(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "update", nargs, kw))
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(v, SET(self), args[i]))
            return NULL;
    return obj_incref(v, v->none);
}

/* set_intersection_multi */
static object *intersection_multi(vm *v, object *self, object *const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(v, self);
    object *result = obj_incref(v, self);
    for (size_t i = 0; i < nargs; i++) {
        object *next = set_intersection(v, result, args[i]);
        obj_decref(v, result);
        if (!next)
            return NULL;
        result = next;
    }
    return result;
}

static object *m_intersection(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "intersection", nargs, kw))
        return NULL;
    return intersection_multi(v, self, args, nargs);
}

static object *m_intersection_update(vm *v, object *self, object *const *args, size_t nargs,
                                     object *kw)
{
    if (check_args(v, self, "intersection_update", nargs, kw))
        return NULL;
    object *tmp = intersection_multi(v, self, args, nargs);
    if (!tmp)
        return NULL;
    swap_bodies(v, SET(self), SET(tmp));
    obj_decref(v, tmp);
    return obj_incref(v, v->none);
}

static object *m_difference(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "difference", nargs, kw))
        return NULL;
    if (nargs == 0)
        return set_copy(v, self);
    object *r = set_difference(v, self, args[0]);
    for (size_t i = 1; r && i < nargs; i++)
        if (set_difference_update(v, r, args[i])) {
            obj_decref(v, r);
            r = NULL;
        }
    return r;
}

static object *m_difference_update(vm *v, object *self, object *const *args, size_t nargs,
                                   object *kw)
{
    if (check_args(v, self, "difference_update", nargs, kw))
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update(v, self, args[i]))
            return NULL;
    return obj_incref(v, v->none);
}

static object *m_symmetric_difference(vm *v, object *self, object *const *args, size_t nargs,
                                      object *kw)
{
    if (check_args(v, self, "symmetric_difference", nargs, kw))
        return NULL;
    return set_symmetric_difference(v, self, args[0]);
}

static object *m_symmetric_difference_update(vm *v, object *self, object *const *args,
                                             size_t nargs, object *kw)
{
    if (check_args(v, self, "symmetric_difference_update", nargs, kw))
        return NULL;
    return none_or_null(v, set_symmetric_difference_update(v, self, args[0]));
}

static object *m_issubset(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "issubset", nargs, kw))
        return NULL;
    return bool_or_null(v, issubset(v, self, args[0]));
}

static object *m_issuperset(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "issuperset", nargs, kw))
        return NULL;
    return bool_or_null(v, issuperset(v, self, args[0]));
}

static object *m_isdisjoint(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (check_args(v, self, "isdisjoint", nargs, kw))
        return NULL;
    return bool_or_null(v, isdisjoint(v, self, args[0]));
}

static const method_def set_methods[] = {
    {"add", m_add, METH_O, "set.add"},
    {"clear", m_clear, METH_NOARGS, "set.clear"},
    {"copy", m_copy, METH_NOARGS, "set.copy"},
    {"discard", m_discard, METH_O, "set.discard"},
    {"difference", m_difference, METH_VARARGS, "set.difference"},
    {"difference_update", m_difference_update, METH_VARARGS, "set.difference_update"},
    {"intersection", m_intersection, METH_VARARGS, "set.intersection"},
    {"intersection_update", m_intersection_update, METH_VARARGS, "set.intersection_update"},
    {"isdisjoint", m_isdisjoint, METH_O, "set.isdisjoint"},
    {"issubset", m_issubset, METH_O, "set.issubset"},
    {"issuperset", m_issuperset, METH_O, "set.issuperset"},
    {"pop", m_pop, METH_NOARGS, "set.pop"},
    {"remove", m_remove, METH_O, "set.remove"},
    {"symmetric_difference", m_symmetric_difference, METH_O, "set.symmetric_difference"},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_O, "set.symmetric_difference_update"},
    {"union", m_union, METH_VARARGS, "set.union"},
    {"update", m_update, METH_VARARGS, "set.update"},
    {"__sizeof__", class_sizeof, METH_NOARGS, "set.__sizeof__"},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "set.__new__"},
    {NULL, NULL, 0, NULL},
};

static const method_def frozenset_methods[] = {
    {"copy", m_copy, METH_NOARGS, "frozenset.copy"},
    {"difference", m_difference, METH_VARARGS, "frozenset.difference"},
    {"intersection", m_intersection, METH_VARARGS, "frozenset.intersection"},
    {"isdisjoint", m_isdisjoint, METH_O, "frozenset.isdisjoint"},
    {"issubset", m_issubset, METH_O, "frozenset.issubset"},
    {"issuperset", m_issuperset, METH_O, "frozenset.issuperset"},
    {"symmetric_difference", m_symmetric_difference, METH_O, "frozenset.symmetric_difference"},
    {"union", m_union, METH_VARARGS, "frozenset.union"},
    {"__sizeof__", class_sizeof, METH_NOARGS, "frozenset.__sizeof__"},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "frozenset.__new__"},
    {NULL, NULL, 0, NULL},
};

/* The arguments of set(iterable) / frozenset(iterable) (set_vectorcall,
 * frozenset_vectorcall): 0 or -1. */
static int vnew_args(vm *v, const char *name, size_t nargs, object *kwnames)
{
    if (kwnames && TUPLE(kwnames)->n)
        args_no_kwnames(v, name);
    else if (nargs > 1)
        args_count_error(v, name, nargs, 0, 1);
    else
        return 0;
    return -1;
}

static object *set_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    if (vnew_args(v, "set", nargs, kwnames))
        return NULL;
    return make_new(v, t, nargs ? args[0] : NULL);
}

static object *frozenset_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    if (vnew_args(v, "frozenset", nargs, kwnames))
        return NULL;
    if (t == v->types[T_FROZENSET] && nargs && obj_is(v, args[0], T_FROZENSET))
        return obj_incref(v, args[0]);
    return make_new(v, t, nargs ? args[0] : NULL);
}

/* ---- the iterator -----------------------------------------------------------------------------
 * set_iterator: GC, 48 + 16 → a 64-byte block, tracked; releases the set
 * when exhausted. */

typedef struct setiterobj {
    object ob;
    object *set;                /* si_set: NULL once exhausted */
    int64_t used;               /* si_used: len when made; -1 after a size change */
    int64_t pos;                /* si_pos */
    int64_t len;                /* items left */
} setiterobj;

#define SETITER(o) ((setiterobj *)(o))

static object *set_iter(vm *v, object *o)
{
    object *it = obj_new(v, v->types[T_SET_ITER], 0);
    if (!it)
        return NULL;
    SETITER(it)->set = obj_hold(v, o, it->addr, 0);
    SETITER(it)->used = SETITER(it)->len = SET(o)->used;
    SETITER(it)->pos = 0;
    obj_track(v, it);
    return it;
}

static void setiter_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    if (SETITER(o)->set)
        obj_release(v, SETITER(o)->set, o->addr, 0);
    obj_free(v, o);
}

static int setiter_traverse(object *o, visitproc visit, void *arg)
{
    return SETITER(o)->set ? visit(SETITER(o)->set, arg) : 0;
}

static object *setiter_next(vm *v, object *o)
{
    setiterobj *si = SETITER(o);
    object *s = si->set;
    if (!s)
        return NULL;
    if (si->used != SET(s)->used) {
        si->used = -1;
        return vm_raise(v, T_RUNTIME, "Set changed size during iteration");
    }
    size_t pos = (size_t)si->pos;
    setentry *e = next_entry(SET(s), &pos);
    si->pos = (int64_t)pos;
    if (!e) {
        si->set = NULL;
        obj_release(v, s, o->addr, 0);
        return NULL;
    }
    si->len--;
    return obj_incref(v, e->key);
}

static int64_t setiter_len(vm *v, object *o)
{
    setiterobj *si = SETITER(o);
    return si->set && si->used == SET(si->set)->used ? si->len : 0;
}

const type tmpl_set_iter = {
    .dealloc = setiter_dealloc, .traverse = setiter_traverse, .iter = iter_self,
    .iternext = setiter_next, .length_hint = setiter_len, .host_size = sizeof(setiterobj),
};

#define SET_COMMON                                                                            \
    .dealloc = set_dealloc, .traverse = set_traverse, .repr = set_repr,                       \
    .richcompare = set_richcompare, .length = set_length, .contains = set_sq_contains,        \
    .iter = set_iter, .size_of = set_sizeof, .host_size = sizeof(setobj),                     \
    .binary = {[NB_SUBTRACT] = set_sub, [NB_AND] = set_and, [NB_OR] = set_or,                 \
               [NB_XOR] = set_xor}

const type tmpl_set = {
    SET_COMMON,
    .clear = clear_internal,
    .inplace = {[NB_SUBTRACT] = set_isub, [NB_AND] = set_iand, [NB_OR] = set_ior,
                [NB_XOR] = set_ixor},
    .methods = set_methods,
    .vnew = set_vnew,
};

const type tmpl_frozenset = {
    SET_COMMON,
    .clear = clear_internal,
    .hash = frozenset_hash,
    .methods = frozenset_methods,
    .vnew = frozenset_vnew,
};

/* ---- the checker ----------------------------------------------------------------- */

static int fail(buf *why, const char *what, uint64_t addr, int64_t n)
{
    if (why)
        buf_printf(why, "set %#llx: %s (%lld)", (unsigned long long)addr, what, (long long)n);
    return -1;
}

/* Invariant 3: e is reached from its hash before a never-used entry. */
static int reachable(const setobj *so, const setentry *target)
{
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)target->hash;
    uint64_t i = perturb & mask;
    for (;;) {
        const setentry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e == target)
                return 1;
            if (!e->key)
                return 0;
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int set_check(vm *v, object *s, buf *why)
{
    setobj *so = SET(s);
    int inline_table = so->table == so->smalltable;
    if (inline_table != (so->table_addr == 0) || (inline_table && so->mask != SET_MINSIZE - 1))
        return fail(why, "table and its address disagree", s->addr, so->mask);
    if (!inline_table) {
        pymalloc_block b;
        uint64_t nbytes = ENTRY_BYTES * (uint64_t)(so->mask + 1);
        if (pymalloc_block_info(v->pm, so->table_addr, &b) || b.nbytes != nbytes)
            return fail(why, "table block is not live or not of its size", s->addr, so->mask);
    }
    int64_t fill = 0, used = 0;
    for (int64_t i = 0; i <= so->mask; i++) {
        const setentry *e = &so->table[i];
        fill += e->key != NULL;
        used += e->key && e->key != DUMMY;
        if (e->key && e->key != DUMMY && !reachable(so, e))
            return fail(why, "entry not reachable from its hash", s->addr, i);
    }
    if (fill != so->fill || used != so->used || so->fill > so->mask)
        return fail(why, "fill or used is wrong", s->addr, fill);
    return obj_is_tracked(s) ? 0 : fail(why, "not tracked", s->addr, 0);
}
