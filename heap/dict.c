/*
 * dict.c — dicts as CPython 3.11 lays them out (Objects/dictobject.c).
 *
 *   dict object: one 64-byte GC block (16 pre-header + 48)
 *   ┌────────┬────────┬──────┬─────────┬──────┬────────┐
 *   │ gchead │ refcnt │ type │ ma_used │ keys │ values │
 *   └────────┴────────┴──────┴─────────┴──┬───┴───┬────┘
 *                                         │       └─▶ split only: PyMem block
 *                                         ▼           [order bytes…|size×8 values]
 *   keys object: PyObject_Malloc(32 + 2^log2_index_bytes + usable × entry)
 *   ┌────────────┬───────────────────────┬──────────────────────────────┐
 *   │ header 32  │ indices: 2^log2 slots │ entries in insertion order   │
 *   │            │ 1/2/4/8 bytes each    │ 16 B (all-str "unicode") or  │
 *   │            │ (log2 <8, <16, <32, ≥)│ 24 B (general: + hash)       │
 *   └────────────┴───────────────────────┴──────────────────────────────┘
 *
 * The index table is kept on the host exactly as CPython keeps it (same
 * probe sequence i = 5i + perturb + 1, same dummies), so entry positions,
 * resizes and even which keys get compared with __eq__ are CPython's.
 *
 * Sizing: usable = 2·2^log2 / 3.  {} shares a static empty keys object
 * (nothing allocated); the first insert allocates log2 = 3.  An insert that
 * finds usable ≤ 0 resizes to calculate_log2_keysize(3 × used); a non-str
 * key entering a unicode table resizes it to a general one at once.
 * Deleting leaves a dummy and does not refund usable.
 *
 * Free lists (LIFO, bypassing the gc counts): 80 dict objects; 80 keys
 * objects, only log2 = 3 unicode tables (128-byte blocks).
 *
 * Invariants (dict_check):
 *   1. keys == EMPTY_KEYS ⇒ used == 0 and values == NULL;
 *   2. combined table: used = live entries among entries[0, nentries);
 *      split table (values != NULL): keys->kind == DK_SPLIT and the values'
 *      order lists exactly the `used` slots holding a value;
 *   3. usable + nentries ≤ usable_fraction(2^log2);
 *   4. every index slot ≥ 0 names an entry with a key, and that entry is
 *      found from its hash by the probe sequence; no two slots name it;
 *   5. a unicode (or split) table holds exact str keys only;
 *   6. the keys (values) block is live and of keys_nbytes (values_nbytes);
 *   7. a split table's keys list exactly the split dicts on them (`users`):
 *      a change of the shared usable size or of the keys' refcount changes
 *      their getsizeof, and each gets an OBJ_RESIZE.
 *
 * Block owners (BLOCK_OWNER events): a combined table's keys are its
 * dict's, a split dict's values are the dict's (an instance's while they
 * are inline), shared keys are the class's, and a dict's once the class
 * is gone and one dict is left on them; parked or freed keys are nobody's.
 */
#include "dict.h"
#include "mappingproxy.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "eval.h"
#include "hv.h"
#include "set.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>

/* ---- tunables (pycore_dict.h, dictobject.c) ---------------------------------- */

#define LOG2_MINSIZE 3          /* PyDict_LOG_MINSIZE: 8 slots */
#define LOG2_SHARED 6           /* NEXT_LOG2_SHARED_KEYS_MAX_SIZE */
#define SHARED_KEYS_MAX 30      /* SHARED_KEYS_MAX_SIZE */
#define LOG2_MAX_PRESIZE 17     /* dict_new_presized's cap */
#define PERTURB_SHIFT 5
#define KEYS_HEADER 32          /* sizeof(PyDictKeysObject) */
#define ENTRY_UNICODE 16        /* PyDictUnicodeEntry: key, value */
#define ENTRY_GENERAL 24        /* PyDictKeyEntry: hash, key, value */

static inline int64_t usable_fraction(int64_t n)
{
    return (n << 1) / 3;
}

_Static_assert((2 << LOG2_SHARED) / 3 >= SHARED_KEYS_MAX, "shared keys hold 30 names");
_Static_assert(SHARED_KEYS_MAX + 2 < 256, "a values prefix is indexed by a byte");

enum { IX_EMPTY = -1, IX_DUMMY = -2, IX_ERROR = -3, IX_CHANGED = -4 };
enum keys_kind { DK_GENERAL, DK_UNICODE, DK_SPLIT };

typedef struct dictentry {
    object *key;                /* NULL: deleted (or not used yet) */
    object *value;              /* NULL: deleted; always NULL in a split table */
    int64_t hash;               /* me_hash (str keys: their cached hash) */
} dictentry;

struct dictkeys {
    int64_t refcnt;             /* dk_refcnt: dicts sharing it (+1 for a class) */
    uint8_t log2_size;          /* dk_log2_size */
    uint8_t log2_index_bytes;   /* dk_log2_index_bytes */
    uint8_t kind;               /* enum keys_kind */
    int64_t usable;             /* dk_usable: entries that may still be added */
    int64_t nentries;           /* dk_nentries: entries used (live or deleted) */
    uint64_t addr;              /* its block; 0 for the static empty keys */
    uint64_t owner;             /* split: the class holding the names (REF holder) */
    uint64_t blk_owner;         /* who owns its block now (BLOCK_OWNER), 0: nobody */
    uint8_t blk_role;           /* enum block_role, with blk_owner */
    uint8_t orphan;             /* split: the class let go of them */
    uint32_t nusers;            /* split: the dicts on them (invariant 7) */
    size_t usercap;
    object **users;
    int64_t *indices;           /* dk_indices: 2^log2_size slots */
    dictentry *entries;         /* usable_fraction(2^log2_size) entries */
};

struct dictvalues {
    uint64_t addr;              /* its block (PyMem); the prefix starts there */
    uint64_t blk_owner;         /* the instance or dict owning the block (BLOCK_OWNER) */
    uint8_t blk_role;           /* OWN_INLINE_VALUES or OWN_VALUES */
    uint32_t size;              /* slots */
    uint32_t norder;            /* slots holding a value */
    uint8_t order[SHARED_KEYS_MAX]; /* their indices, oldest first (the prefix) */
    object *slot[];             /* values[size] */
};

typedef struct dictobj {
    object ob;
    int64_t used;               /* ma_used */
    dictkeys *keys;             /* ma_keys */
    dictvalues *values;         /* ma_values: a split table's values, or NULL */
} dictobj;

#define DICT(o) ((dictobj *)(o))

/* Py_EMPTY_KEYS: shared by every empty dict of every vm; never written (its
 * reference count is not kept: it is never freed). */
static int64_t empty_indices[1] = {IX_EMPTY};
static dictkeys empty_keys = {
    .refcnt = 1, .log2_size = 0, .log2_index_bytes = 0,
    .kind = DK_UNICODE, .indices = empty_indices,
};
#define EMPTY_KEYS (&empty_keys)

/* ---- sizes ------------------------------------------------------------------ */

/* calculate_log2_keysize as compiled on 64-bit Linux: bit_length(((m | 8)
 * − 1) | 7), which gives 16 slots for 1 ≤ m ≤ 7 and 2m for powers of two. */
static uint8_t log2_keysize(uint64_t minsize)
{
    uint64_t m = ((minsize | 8) - 1) | 7;
    return (uint8_t)(64 - __builtin_clzll(m));
}

/* estimate_log2_keysize: room for n entries without a resize. */
static uint8_t estimate_log2_keysize(uint64_t n)
{
    return log2_keysize((n * 3 + 1) / 2);
}

static uint8_t index_log2_bytes(uint8_t log2)
{
    return log2 < 8 ? log2 : log2 < 16 ? log2 + 1 : log2 < 32 ? log2 + 2 : log2 + 3;
}

static uint64_t keys_nbytes(uint8_t log2, int general)
{
    uint64_t entries = (uint64_t)usable_fraction((int64_t)1 << log2);
    return KEYS_HEADER + ((uint64_t)1 << index_log2_bytes(log2)) +
           entries * (general ? ENTRY_GENERAL : ENTRY_UNICODE);
}

/* new_values: a prefix of round_up(size + 2, 8) bytes (the order and the
 * count), then the slots. */
static uint64_t values_nbytes(uint32_t size)
{
    return (((uint64_t)size + 2 + 7) & ~(uint64_t)7) + 8 * (uint64_t)size;
}

static int64_t shared_usable_size(const dictkeys *k)
{
    return k->nentries + k->usable;
}

static uint64_t mask_of(const dictkeys *k)
{
    return ((uint64_t)1 << k->log2_size) - 1;
}

/* The REF holder of a table's keys: the dict, or the class for a shared one. */
static uint64_t keys_holder(const dictobj *d)
{
    return d->values ? d->keys->owner : d->ob.addr;
}

/* ---- keys objects ------------------------------------------------------------- */

static dictkeys *keys_host_alloc(uint8_t log2)
{
    dictkeys *k = hv_calloc(1, sizeof *k);
    k->indices = hv_malloc(((size_t)1 << log2) * sizeof *k->indices);
    k->entries = hv_calloc((size_t)usable_fraction((int64_t)1 << log2), sizeof *k->entries);
    return k;
}

static void keys_host_free(dictkeys *k)
{
    free(k->users);
    free(k->indices);
    free(k->entries);
    free(k);
}

/* A keys object of 2^log2 slots in a new pymalloc block, never one from
 * the free list; its entries and indices for the caller to fill.  NULL
 * with MemoryError. */
static dictkeys *keys_new_block(vm *v, uint8_t log2, int unicode)
{
    uint64_t addr = pymalloc_malloc(v->pm, keys_nbytes(log2, !unicode));
    if (!addr)
        return vm_no_memory(v), NULL;
    dictkeys *k = keys_host_alloc(log2);
    k->addr = addr;
    k->refcnt = 1;
    k->log2_size = log2;
    k->log2_index_bytes = index_log2_bytes(log2);
    k->kind = unicode ? DK_UNICODE : DK_GENERAL;
    return k;
}

/* An empty table of 2^log2 slots in k's block (new_keys_object's fields). */
static dictkeys *keys_init(dictkeys *k, uint8_t log2, int unicode)
{
    k->refcnt = 1;
    k->log2_size = log2;
    k->log2_index_bytes = index_log2_bytes(log2);
    k->kind = unicode ? DK_UNICODE : DK_GENERAL;
    k->usable = usable_fraction((int64_t)1 << log2);
    k->nentries = 0;
    k->owner = 0;
    k->orphan = 0;
    k->nusers = 0;
    memset(k->indices, 0xff, ((size_t)1 << log2) * sizeof *k->indices);     /* IX_EMPTY */
    memset(k->entries, 0, (size_t)k->usable * sizeof *k->entries);
    return k;
}

/* new_keys_object: a log2 = 3 unicode table comes from the free list when
 * it has one.  NULL with MemoryError. */
static dictkeys *keys_new(vm *v, uint8_t log2, int unicode)
{
    dictkeys *k;
    if (log2 == LOG2_MINSIZE && unicode && v->nfl_keys)
        k = v->fl_keys[--v->nfl_keys];
    else if (!(k = keys_new_block(v, log2, unicode)))
        return NULL;
    return keys_init(k, log2, unicode);
}

/* k's block passes to (owner, role) (0, OWN_NONE: to nobody). */
static void keys_own(vm *v, dictkeys *k, uint64_t owner, unsigned role)
{
    if (k == EMPTY_KEYS)
        return;
    obj_block_event(v, k->addr, owner, role, k->blk_owner, k->blk_role);
    k->blk_owner = owner;
    k->blk_role = (uint8_t)(owner ? role : OWN_NONE);
}

static void values_own(vm *v, dictvalues *vals, uint64_t owner, unsigned role)
{
    obj_block_event(v, vals->addr, owner, role, vals->blk_owner, vals->blk_role);
    vals->blk_owner = owner;
    vals->blk_role = (uint8_t)(owner ? role : OWN_NONE);
}

/* ---- the split dicts on shared keys (invariant 7) ------------------------------ */

static void users_add(dictkeys *k, object *d)
{
    hv_grow(&k->users, &k->usercap, k->nusers + 1, sizeof *k->users, 4);
    k->users[k->nusers++] = d;
}

static void users_del(dictkeys *k, object *d)
{
    for (uint32_t i = 0; i < k->nusers; i++)
        if (k->users[i] == d) {
            k->users[i] = k->users[--k->nusers];
            return;
        }
}

/* The getsizeof of each dict on k, before a change of k that may change
 * them (NULL when nobody listens or no dict is on k). */
static uint32_t *users_before(vm *v, dictkeys *k)
{
    if (!vm_listening(v) || !k->nusers)
        return NULL;
    uint32_t *before = hv_malloc(k->nusers * sizeof *before);
    for (uint32_t i = 0; i < k->nusers; i++)
        before[i] = obj_event_size(v, k->users[i]);
    return before;
}

/* After the change: OBJ_RESIZE for each dict whose size moved; keys the
 * class let go of belong to the one dict left on them, else to nobody. */
static void users_after(vm *v, dictkeys *k, uint32_t *before)
{
    for (uint32_t i = 0; before && i < k->nusers; i++)
        obj_resize_event(v, k->users[i], before[i]);
    free(before);
    if (k->orphan)
        keys_own(v, k, k->refcnt == 1 && k->nusers == 1 ? k->users[0]->addr : 0, OWN_KEYS);
}

/* dk_refcnt += delta on shared keys that stay alive. */
static void keys_share(vm *v, dictkeys *k, int delta)
{
    uint32_t *before = users_before(v, k);
    k->refcnt += delta;
    users_after(v, k, before);
}

/* The end of a keys object whose references are gone: parked when it is a
 * log2 = 3 unicode table and the free list has room, else freed. */
static void keys_dispose(vm *v, dictkeys *k)
{
    keys_own(v, k, 0, OWN_NONE);
    if (k->log2_size == LOG2_MINSIZE && k->kind != DK_GENERAL && v->nfl_keys < FREELIST_KEYS) {
        if (!v->fl_keys)
            v->fl_keys = hv_malloc(FREELIST_KEYS * sizeof *v->fl_keys);
        v->fl_keys[v->nfl_keys++] = k;
        return;
    }
    pymalloc_free(v->pm, k->addr);
    keys_host_free(k);
}

/* free_keys_object: entries first to last, key then value. */
static void keys_free(vm *v, dictkeys *k, uint64_t holder)
{
    for (int64_t i = 0; i < k->nentries; i++) {
        dictentry *e = &k->entries[i];
        object *key = e->key, *value = e->value;
        e->key = e->value = NULL;
        uint64_t label = key ? key->addr : 0;
        if (key)
            obj_release(v, key, holder, label);
        if (value)
            obj_release(v, value, holder, label);
    }
    keys_dispose(v, k);
}

static void keys_decref(vm *v, dictkeys *k, uint64_t holder)
{
    if (k != EMPTY_KEYS && k->kind == DK_SPLIT && k->refcnt > 1)
        keys_share(v, k, -1);
    else if (k != EMPTY_KEYS && --k->refcnt == 0)
        keys_free(v, k, holder);
}

/* ---- values (split tables, inline instance attributes) ------------------------ */

static dictvalues *values_new(vm *v, uint32_t size)
{
    uint64_t addr = pymalloc_malloc(v->pm, values_nbytes(size));
    if (!addr)
        return vm_no_memory(v), NULL;
    size_t host = sizeof(dictvalues) + size * sizeof(object *);
    dictvalues *vals = memset(hostmem_take(&v->host, host), 0, host);    /* the vm's slabs */
    vals->addr = addr;
    vals->size = size;
    return vals;
}

static void values_free(vm *v, dictvalues *vals)
{
    values_own(v, vals, 0, OWN_NONE);
    pymalloc_free(v->pm, vals->addr);
    hostmem_give_sized(&v->host, vals, sizeof *vals + vals->size * sizeof(object *));
}

/* _PyDictValues_AddToInsertionOrder */
static void values_add_order(dictvalues *vals, int64_t ix)
{
    vals->order[vals->norder++] = (uint8_t)ix;
}

/* delete_index_from_values: later entries move up one place. */
static void values_del_order(dictvalues *vals, int64_t ix)
{
    uint32_t i = 0;
    while (vals->order[i] != ix)
        i++;
    memmove(vals->order + i, vals->order + i + 1, vals->norder - i - 1);
    vals->norder--;
}

/* ---- probing ------------------------------------------------------------------ */

static int key_hash(vm *v, object *key, int64_t *hash)
{
    if (obj_is(v, key, T_STR)) {
        *hash = str_hash(key);
        return 0;
    }
    return obj_hash(v, key, hash);
}

/* unicodekeys_lookup_unicode's probe sequence: an exact str in a unicode or
 * split table (identity, or the same hash and the same text). */
static HV_NOINLINE int64_t probe_unicode(const dictkeys *k, object *key, int64_t hash)
{
    uint64_t mask = mask_of(k), perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = k->indices[i];
        if (ix >= 0) {
            const dictentry *e = &k->entries[ix];
            if (e->key == key || (e->hash == hash && str_eq(e->key, key)))
                return ix;
        } else if (ix == IX_EMPTY) {
            return IX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The same, with the common case inline: the first probe finds the very
 * key object (names are interned). */
static inline int64_t lookup_unicode(const dictkeys *k, object *key, int64_t hash)
{
    int64_t ix = k->indices[(uint64_t)hash & mask_of(k)];
    return ix >= 0 && k->entries[ix].key == key ? ix : probe_unicode(k, key, hash);
}

/* dictkeys_generic_lookup (and unicodekeys_lookup_generic): identity, then
 * equal hash and __eq__.  IX_CHANGED when the comparison mutated the dict. */
static HV_NOINLINE int64_t lookup_generic(vm *v, dictobj *d, dictkeys *k, object *key, int64_t hash)
{
    uint64_t mask = mask_of(k), perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = k->indices[i];
        if (ix >= 0) {
            object *start = k->entries[ix].key;
            if (start == key)
                return ix;
            if (k->entries[ix].hash == hash) {
                obj_incref(v, start);
                int cmp = obj_richcompare_bool(v, start, key, CMP_EQ);
                obj_decref(v, start);
                if (cmp < 0)
                    return IX_ERROR;
                if (d->keys != k || k->entries[ix].key != start)
                    return IX_CHANGED;
                if (cmp > 0)
                    return ix;
            }
        } else if (ix == IX_EMPTY) {
            return IX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* lookup's other cases: the generic probe sequence, and a retry when a
 * comparison changed the dict. */
static HV_NOINLINE int64_t lookup_slow(vm *v, dictobj *d, object *key, int64_t hash, object **value)
{
    for (;;) {
        dictkeys *k = d->keys;
        int64_t ix;
        if (k->kind != DK_GENERAL && obj_is(v, key, T_STR))
            ix = lookup_unicode(k, key, hash);
        else
            ix = lookup_generic(v, d, k, key, hash);
        if (ix == IX_CHANGED)
            continue;
        *value = ix < 0 ? NULL : d->values ? d->values->slot[ix] : k->entries[ix].value;
        return ix;
    }
}

/* _Py_dict_lookup: the entry index (IX_EMPTY if absent, IX_ERROR) and the
 * value in *value (NULL if absent; NULL with an index in a split table
 * whose instance lacks that name).  Inline, a str key in a str table: its
 * first probe finds the very key object (names are interned) or an empty
 * slot, else probe_unicode (a leaf) probes on; lookup_slow does the rest. */
static inline int64_t lookup(vm *v, dictobj *d, object *key, int64_t hash, object **value)
{
    const dictkeys *k = d->keys;
    if (HV_LIKELY(k->kind != DK_GENERAL && obj_is(v, key, T_STR))) {
        int64_t ix = k->indices[(uint64_t)hash & mask_of(k)];
        if (ix == IX_EMPTY) {
            *value = NULL;
            return ix;
        }
        if (ix < 0 || k->entries[ix].key != key)
            ix = probe_unicode(k, key, hash);   /* no user code: the table stays */
        *value = ix < 0 ? NULL : d->values ? d->values->slot[ix] : k->entries[ix].value;
        return ix;
    }
    return lookup_slow(v, d, key, hash, value);
}

/* find_empty_slot: the first empty or dummy slot of hash's probe sequence. */
static uint64_t find_empty_slot(const dictkeys *k, int64_t hash)
{
    uint64_t mask = mask_of(k), perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (k->indices[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* lookdict_index: the slot holding entry index ix, or IX_EMPTY. */
static int64_t slot_of(const dictkeys *k, int64_t hash, int64_t ix)
{
    uint64_t mask = mask_of(k), perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t x = k->indices[i];
        if (x == ix)
            return (int64_t)i;
        if (x == IX_EMPTY)
            return IX_EMPTY;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* build_indices_*: entries[0, n) into a fresh index table. */
static void build_indices(dictkeys *k, int64_t n)
{
    uint64_t mask = mask_of(k);
    for (int64_t ix = 0; ix < n; ix++) {
        uint64_t perturb = (uint64_t)k->entries[ix].hash, i = perturb & mask;
        while (k->indices[i] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        k->indices[i] = ix;
    }
}

/* ---- tracking ----------------------------------------------------------------- */

/* MAINTAIN_TRACKING */
static void maintain_tracking(vm *v, dictobj *d, object *key, object *value)
{
    if (!obj_is_tracked(&d->ob) && (obj_may_be_tracked(v, key) || obj_may_be_tracked(v, value)))
        obj_track(v, &d->ob);
}

void dict_maybe_untrack(vm *v, object *o)
{
    dictobj *d = DICT(o);
    if (!obj_is(v, o, T_DICT) || !obj_is_tracked(o))
        return;
    for (int64_t i = 0; i < d->keys->nentries; i++) {
        const dictentry *e = &d->keys->entries[i];
        object *value = d->values ? d->values->slot[i] : e->value;
        if (!value)
            continue;
        if (obj_may_be_tracked(v, value) || (d->keys->kind == DK_GENERAL && obj_may_be_tracked(v, e->key)))
            return;
    }
    obj_untrack(v, o);
}

/* ---- dict objects --------------------------------------------------------------- */

static void dict_set_fields(dictobj *d, dictkeys *k, dictvalues *vals, int64_t used)
{
    if (d->values)
        users_del(d->keys, &d->ob);
    d->keys = k;
    d->values = vals;
    d->used = used;
    if (vals)
        users_add(k, &d->ob);
}

/* The dict's tables are its blocks: a combined table's keys, a split
 * table's values. */
static void dict_own(vm *v, dictobj *d)
{
    if (d->values)
        values_own(v, d->values, d->ob.addr, OWN_VALUES);
    else if (d->keys)
        keys_own(v, d->keys, d->ob.addr, OWN_KEYS);
}

/* What a failed dict_alloc does with what it was given: k is released
 * (its entries with it), vals kept; or vals freed too; or, for a cloned
 * table whose entries the dict was to take only after (clone_hold), k
 * disposed of without releasing them, as new_dict's dictkeys_decref
 * undoes clone_combined_dict_keys' increfs. */
enum { ALLOC_KEEP_VALS, ALLOC_FREE_VALS, ALLOC_CLONE };

/* new_dict: takes over the caller's reference to k; the object comes from
 * the free list when it has one.  On failure k and vals go as `fail` says. */
static object *dict_alloc(vm *v, dictkeys *k, dictvalues *vals, int64_t used, int fail)
{
    object *o;
    if (v->fl_dict.n) {
        o = v->fl_dict.items[--v->fl_dict.n];
        o->refcnt = 1;
        dict_set_fields(DICT(o), k, vals, used);
        obj_life_event(v, EV_OBJ_NEW, o, 1);
        dict_own(v, DICT(o));
        return o;
    }
    o = obj_new(v, v->types[T_DICT], 0);
    if (!o) {
        if (fail == ALLOC_CLONE)
            keys_dispose(v, k);
        else
            keys_decref(v, k, k->owner);
        if (fail == ALLOC_FREE_VALS)
            values_free(v, vals);
        return NULL;
    }
    uint32_t before = obj_event_size(v, o);
    dict_set_fields(DICT(o), k, vals, used);
    obj_resize_event(v, o, before);
    dict_own(v, DICT(o));
    return o;
}

object *dict_new(vm *v)
{
    return dict_alloc(v, EMPTY_KEYS, NULL, 0, ALLOC_KEEP_VALS);
}

object *dict_new_static(vm *v)
{
    object *d = vm_static_object(v, T_DICT, 48, 0);        /* sizeof(PyDictObject) */
    DICT(d)->keys = EMPTY_KEYS;
    return d;
}

/* The log2 size of the table n str keys inserted one by one into {} end
 * on: the first insert's minimum, then insertion_resize at each full table
 * (GROWTH_RATE = used × 3). */
static uint8_t grown_log2(size_t n)
{
    uint8_t log2 = LOG2_MINSIZE;
    int64_t usable = usable_fraction((int64_t)1 << log2);
    for (size_t used = 0; used < n; used++, usable--)
        if (usable <= 0) {
            log2 = log2_keysize((uint64_t)used * 3);
            usable = usable_fraction((int64_t)1 << log2) - (int64_t)used;
        }
    return log2;
}

object *dict_new_static_items(vm *v, object *const *keys, object *const *values, size_t n)
{
    object *o = dict_new_static(v);
    if (!n)
        return o;
    uint8_t log2 = grown_log2(n);
    dictkeys *k = keys_init(keys_host_alloc(log2), log2, 1);
    k->addr = vm_static_addr(v, (uint32_t)keys_nbytes(log2, 0));
    for (size_t i = 0; i < n; i++) {
        k->entries[i].hash = str_hash(keys[i]);       /* a str's hash cannot fail */
        k->entries[i].key = keys[i];
        k->entries[i].value = values[i];
    }
    build_indices(k, (int64_t)n);
    k->usable -= (int64_t)n;
    k->nentries = (int64_t)n;
    DICT(o)->keys = k;
    DICT(o)->used = (int64_t)n;
    return o;
}

void dict_free_static(object *o)
{
    if (DICT(o)->keys != EMPTY_KEYS)
        keys_host_free(DICT(o)->keys);
    obj_host_free(o);
}

static object *new_presized(vm *v, size_t n, int unicode)
{
    if ((int64_t)n <= usable_fraction(1 << LOG2_MINSIZE))
        return dict_new(v);
    uint8_t log2 = (int64_t)n > usable_fraction((int64_t)1 << LOG2_MAX_PRESIZE)
                 ? LOG2_MAX_PRESIZE : estimate_log2_keysize(n);
    dictkeys *k = keys_new(v, log2, unicode);
    return k ? dict_alloc(v, k, NULL, 0, ALLOC_KEEP_VALS) : NULL;
}

object *dict_new_presized(vm *v, size_t n)
{
    return new_presized(v, n, 0);
}

object *dict_new_own_minsize(vm *v)
{
    dictkeys *k = keys_new_block(v, LOG2_MINSIZE, 1);
    return k ? dict_alloc(v, keys_init(k, LOG2_MINSIZE, 1), NULL, 0, ALLOC_KEEP_VALS) : NULL;
}

object *dict_from_items(vm *v, object *const *keys, size_t kstep, object *const *values,
                        size_t vstep, size_t n)
{
    int unicode = 1;
    for (size_t i = 0; i < n && unicode; i++)
        unicode = obj_is(v, keys[i * kstep], T_STR);
    object *d = new_presized(v, n, unicode);
    if (!d)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (dict_setitem(v, d, keys[i * kstep], values[i * vstep])) {
            obj_decref(v, d);
            return NULL;
        }
    return d;
}

/* new_dict_with_shared_keys: a split dict with empty values of the shared
 * keys' current usable size. */
static object *dict_new_split(vm *v, dictkeys *k)
{
    keys_share(v, k, +1);
    dictvalues *vals = values_new(v, (uint32_t)shared_usable_size(k));
    if (!vals) {
        keys_decref(v, k, k->owner);
        return NULL;
    }
    return dict_alloc(v, k, vals, 0, ALLOC_FREE_VALS);
}

/* A type's dict is about to change (before anything it held is released:
 * a __del__ then run must not find it in the lookup cache). */
static inline void changing(vm *v, dictobj *d)
{
    if (HV_UNLIKELY(d->ob.typedict))
        type_lookup_forget(v);
}

static void dict_dealloc(vm *v, object *o)
{
    dictobj *d = DICT(o);
    dictkeys *k = d->keys;
    dictvalues *vals = d->values;
    obj_untrack(v, o);
    int trash = obj_trash_begin(v, o, dict_dealloc);
    if (trash > 0)
        return;
    changing(v, d);
    o->typedict = 0;                            /* the free list's next dict is no type's */
    dict_set_fields(d, EMPTY_KEYS, NULL, 0);    /* off the shared keys' users first */
    if (vals) {
        for (int64_t i = 0; i < k->nentries; i++) {
            object *x = vals->slot[i];
            vals->slot[i] = NULL;
            if (x)
                obj_release(v, x, o->addr, k->entries[i].key->addr);
        }
        values_free(v, vals);
        keys_decref(v, k, k->owner);
    } else if (k) {
        keys_decref(v, k, o->addr);
    }
    if (o->type == v->types[T_DICT] && v->fl_dict.n < FREELIST_DICT) {
        obj_life_event(v, EV_OBJ_FREE, o, 1);
        freelist_push(&v->fl_dict, o);
    } else {
        obj_free(v, o);
    }
    obj_trash_end(v, trash);
}

void dict_clear_freelists(vm *v)
{
    dict_trim_freelists(v, 0, 0);
}

void dict_trim_freelists(vm *v, uint32_t ndicts, uint32_t nkeys)
{
    freelist_trim(v, &v->fl_dict, ndicts);
    while (v->nfl_keys > nkeys) {
        dictkeys *k = v->fl_keys[--v->nfl_keys];
        pymalloc_free(v->pm, k->addr);
        keys_host_free(k);
    }
}

void dict_free_freelists(vm *v)
{
    freelist_release(v, &v->fl_dict);
    while (v->nfl_keys)
        keys_host_free(v->fl_keys[--v->nfl_keys]);
    free(v->fl_keys);
    v->fl_keys = NULL;
}

int dict_park_new_minsize_keys(vm *v)
{
    dictkeys *k = keys_new_block(v, LOG2_MINSIZE, 1);
    if (!k)
        return -1;
    keys_dispose(v, k);
    return 0;
}

/* ---- resizing --------------------------------------------------------------------- */

/* dictresize: a fresh table of 2^log2 slots holding the live entries in
 * order (a split table becomes combined: its keys are now the dict's).
 * The old table is parked or freed without touching references. */
static int dict_resize(vm *v, dictobj *d, uint8_t log2, int unicode)
{
    uint32_t before = obj_event_size(v, &d->ob);
    dictkeys *old = d->keys;
    dictvalues *oldvals = d->values;
    if (log2 >= 64) {
        vm_no_memory(v);
        return -1;
    }
    if (old->kind == DK_GENERAL)
        unicode = 0;
    dictkeys *k = keys_new(v, log2, unicode);
    if (!k)
        return -1;
    int64_t n = d->used;
    if (oldvals)
        users_del(old, &d->ob);
    d->keys = k;
    d->values = NULL;
    if (oldvals) {
        for (int64_t i = 0; i < n; i++) {
            const dictentry *e = &old->entries[oldvals->order[i]];
            k->entries[i] = (dictentry){e->key, oldvals->slot[oldvals->order[i]], e->hash};
            obj_hold(v, e->key, d->ob.addr, e->key->addr);
        }
        build_indices(k, n);
        keys_decref(v, old, old->owner);
        values_free(v, oldvals);
    } else {
        const dictentry *e = old->entries;
        for (int64_t i = 0; i < n; i++, e++) {
            while (!e->value)
                e++;
            k->entries[i] = *e;
        }
        build_indices(k, n);
        if (old != EMPTY_KEYS)
            keys_dispose(v, old);
    }
    k->usable -= n;
    k->nentries = n;
    obj_resize_event(v, &d->ob, before);
    dict_own(v, d);
    return 0;
}

/* insertion_resize: GROWTH_RATE = used × 3. */
static int grow(vm *v, dictobj *d, int unicode)
{
    return dict_resize(v, d, log2_keysize((uint64_t)d->used * 3), unicode);
}

/* ---- inserting and deleting ---------------------------------------------------------- */

/* Stores key (new) and value at entry nentries, found from slot `pos`. */
static void put_new_entry(vm *v, dictobj *d, object *key, int64_t hash, object *value)
{
    changing(v, d);
    dictkeys *k = d->keys;
    int64_t n = k->nentries;
    k->indices[find_empty_slot(k, hash)] = n;
    k->entries[n].key = obj_hold(v, key, keys_holder(d), key->addr);
    k->entries[n].hash = hash;
    if (d->values) {
        values_add_order(d->values, n);
        d->values->slot[n] = obj_hold(v, value, d->ob.addr, key->addr);
    } else {
        k->entries[n].value = obj_hold(v, value, d->ob.addr, key->addr);
    }
    d->used++;
    k->usable--;
    k->nentries++;
}

/* insert_to_emptydict: the first key of a dict sharing the empty keys. */
static int insert_to_empty(vm *v, dictobj *d, object *key, int64_t hash, object *value)
{
    uint32_t before = obj_event_size(v, &d->ob);
    dictkeys *k = keys_new(v, LOG2_MINSIZE, obj_is(v, key, T_STR));
    if (!k)
        return -1;
    d->keys = k;
    d->values = NULL;
    obj_resize_event(v, &d->ob, before);
    dict_own(v, d);
    maintain_tracking(v, d, key, value);
    put_new_entry(v, d, key, hash, value);
    return 0;
}

/* Replaces the value of entry ix (old may be NULL in a split table). */
static void replace_value(vm *v, dictobj *d, int64_t ix, object *old, object *value)
{
    if (old == value)
        return;
    changing(v, d);
    uint64_t label = d->keys->entries[ix].key->addr;
    obj_hold(v, value, d->ob.addr, label);
    if (d->values) {
        d->values->slot[ix] = value;
        if (!old) {
            values_add_order(d->values, ix);
            d->used++;
        }
    } else {
        d->keys->entries[ix].value = value;
    }
    if (old)
        obj_release(v, old, d->ob.addr, label);
}

/* insertdict */
static int insert(vm *v, dictobj *d, object *key, int64_t hash, object *value)
{
    object *old;
    if (d->keys->kind != DK_GENERAL && !obj_is(v, key, T_STR) && grow(v, d, 0))
        return -1;
    int64_t ix = lookup(v, d, key, hash, &old);
    if (ix == IX_ERROR)
        return -1;
    maintain_tracking(v, d, key, value);
    if (ix == IX_EMPTY) {
        if (d->keys->usable <= 0 && grow(v, d, 1))
            return -1;
        put_new_entry(v, d, key, hash, value);
        return 0;
    }
    replace_value(v, d, ix, old, value);
    return 0;
}

int dict_setitem(vm *v, object *o, object *key, object *value)
{
    int64_t hash;
    if (key_hash(v, key, &hash))
        return -1;
    if (DICT(o)->keys == EMPTY_KEYS)
        return insert_to_empty(v, DICT(o), key, hash, value);
    return insert(v, DICT(o), key, hash, value);
}

/* delitem_common: a combined table leaves a dummy slot and an empty entry
 * (key released first, then value); a split table only loses the value. */
static void delete_entry(vm *v, dictobj *d, int64_t hash, int64_t ix, object *old)
{
    changing(v, d);
    dictkeys *k = d->keys;
    int64_t pos = slot_of(k, hash, ix);
    uint64_t label = k->entries[ix].key->addr;
    d->used--;
    if (d->values) {
        d->values->slot[ix] = NULL;
        values_del_order(d->values, ix);
    } else {
        object *key = k->entries[ix].key;
        k->indices[pos] = IX_DUMMY;
        k->entries[ix] = (dictentry){NULL, NULL, 0};
        obj_release(v, key, d->ob.addr, label);
    }
    obj_release(v, old, d->ob.addr, label);
}

static object *key_error(vm *v, object *key)
{
    return vm_raise_key_error(v, key);
}

int dict_delitem(vm *v, object *o, object *key)
{
    int64_t hash;
    object *old;
    if (key_hash(v, key, &hash))
        return -1;
    int64_t ix = lookup(v, DICT(o), key, hash, &old);
    if (ix == IX_ERROR)
        return -1;
    if (ix == IX_EMPTY || !old) {
        key_error(v, key);
        return -1;
    }
    delete_entry(v, DICT(o), hash, ix, old);
    return 0;
}

/* ---- reading -------------------------------------------------------------------------- */

object *dict_lookup(vm *v, object *o, object *key)
{
    int64_t hash;
    object *value;
    if (key_hash(v, key, &hash))
        return NULL;
    lookup(v, DICT(o), key, hash, &value);
    return value;
}

object *dict_getitem(vm *v, object *o, object *key)
{
    object *value = dict_lookup(v, o, key);
    if (!value && !v->exc)
        key_error(v, key);
    return value;
}

int dict_contains(vm *v, object *o, object *key)
{
    object *value = dict_lookup(v, o, key);
    return value ? 1 : v->exc ? -1 : 0;
}

int dict_contains_hash(vm *v, object *o, object *key, int64_t hash)
{
    object *value;
    int64_t ix = lookup(v, DICT(o), key, hash, &value);
    return ix == IX_ERROR ? -1 : value != NULL;
}

size_t dict_len(const object *o)
{
    return (size_t)DICT(o)->used;
}

int dict_next_hash(object *o, size_t *pos, object **key, object **value, int64_t *hash)
{
    dictobj *d = DICT(o);
    dictkeys *k = d->keys;
    size_t i = *pos;
    int64_t ix;
    if (d->values) {
        if (i >= (size_t)d->used)
            return 0;
        ix = d->values->order[i];
    } else {
        while (i < (size_t)k->nentries && !k->entries[i].value)
            i++;
        if (i >= (size_t)k->nentries)
            return 0;
        ix = (int64_t)i;
    }
    *pos = i + 1;
    if (key)
        *key = k->entries[ix].key;
    if (value)
        *value = d->values ? d->values->slot[ix] : k->entries[ix].value;
    if (hash)
        *hash = k->entries[ix].hash;
    return 1;
}

int dict_next(object *o, size_t *pos, object **key, object **value)
{
    return dict_next_hash(o, pos, key, value, NULL);
}

/* PyDict_Keys/Values/Items: a list of exactly len(d) items (the items'
 * tuples made before any is filled). */
static object *dict_list(vm *v, object *o, int what)
{
    size_t n = dict_len(o);
    object *l = list_new(v, n);
    if (!l)
        return NULL;
    if (what == 2) {
        for (size_t i = 0; i < n; i++) {
            object *t = tuple_new(v, 2);
            if (!t) {
                obj_decref(v, l);
                return NULL;
            }
            list_set_fresh(v, l, i, t);
        }
    }
    size_t pos = 0, j = 0;
    object *key, *value;
    while (dict_next(o, &pos, &key, &value)) {
        if (what == 2) {
            object *t = LIST(l)->items[j++];
            tuple_set(v, t, 0, obj_incref(v, key));
            tuple_set(v, t, 1, obj_incref(v, value));
        } else {
            list_set_fresh(v, l, j++, obj_incref(v, what ? value : key));
        }
    }
    return l;
}

object *dict_keys_list(vm *v, object *o)
{
    return dict_list(v, o, 0);
}

object *dict_values_list(vm *v, object *o)
{
    return dict_list(v, o, 1);
}

object *dict_items_list(vm *v, object *o)
{
    return dict_list(v, o, 2);
}

/* ---- pop, popitem, setdefault, clear ------------------------------------------------------ */

object *dict_pop(vm *v, object *o, object *key, object *dflt)
{
    dictobj *d = DICT(o);
    int64_t hash;
    object *old;
    if (d->used == 0)
        return dflt ? obj_incref(v, dflt) : key_error(v, key);
    if (key_hash(v, key, &hash))
        return NULL;
    int64_t ix = lookup(v, d, key, hash, &old);
    if (ix == IX_ERROR)
        return NULL;
    if (ix == IX_EMPTY || !old)
        return dflt ? obj_incref(v, dflt) : key_error(v, key);
    obj_incref(v, old);
    delete_entry(v, d, hash, ix, old);
    return old;
}

object *dict_popitem(vm *v, object *o)
{
    dictobj *d = DICT(o);
    object *res = tuple_new(v, 2);          /* allocated first, as CPython does */
    if (!res)
        return NULL;
    if (d->used == 0) {
        obj_decref(v, res);
        return vm_raise(v, T_KEY, "popitem(): dictionary is empty");
    }
    if (d->keys->kind == DK_SPLIT && dict_resize(v, d, d->keys->log2_size, 1)) {
        obj_decref(v, res);
        return NULL;
    }
    changing(v, d);
    dictkeys *k = d->keys;
    int64_t i = k->nentries - 1;
    while (i >= 0 && !k->entries[i].value)
        i--;
    dictentry e = k->entries[i];
    k->entries[i] = (dictentry){NULL, NULL, -1};
    k->indices[slot_of(k, e.hash, i)] = IX_DUMMY;
    uint64_t label = e.key->addr;
    obj_take(v, e.key, o->addr, label);     /* the dict's references go to the tuple */
    tuple_set(v, res, 0, e.key);
    obj_take(v, e.value, o->addr, label);
    tuple_set(v, res, 1, e.value);
    k->nentries = i;                        /* usable is not refunded: a dummy stays */
    d->used--;
    return res;
}

object *dict_setdefault(vm *v, object *o, object *key, object *dflt)
{
    dictobj *d = DICT(o);
    int64_t hash;
    object *value;
    if (key_hash(v, key, &hash))
        return NULL;
    if (d->keys == EMPTY_KEYS)
        return insert_to_empty(v, d, key, hash, dflt) ? NULL : dflt;
    if (!obj_is(v, key, T_STR) && d->keys->kind != DK_GENERAL && grow(v, d, 0))
        return NULL;
    int64_t ix = lookup(v, d, key, hash, &value);
    if (ix == IX_ERROR)
        return NULL;
    if (ix == IX_EMPTY) {
        if (d->keys->usable <= 0 && grow(v, d, 1))
            return NULL;
        maintain_tracking(v, d, key, dflt);
        put_new_entry(v, d, key, hash, dflt);
        return dflt;
    }
    if (!value) {                           /* a split table without this name */
        maintain_tracking(v, d, key, dflt);
        replace_value(v, d, ix, NULL, dflt);
        return dflt;
    }
    return value;
}

/* PyDict_Clear: the dict is emptied first, then the old table's entries
 * released (values in index order for a split table). */
void dict_clear(vm *v, object *o)
{
    dictobj *d = DICT(o);
    dictkeys *old = d->keys;
    dictvalues *oldvals = d->values;
    if (old == EMPTY_KEYS)
        return;
    changing(v, d);
    uint32_t before = obj_event_size(v, o);
    dict_set_fields(d, EMPTY_KEYS, NULL, 0);
    if (oldvals) {
        int64_t n = old->nentries;
        for (int64_t i = 0; i < n; i++) {
            object *x = oldvals->slot[i];
            oldvals->slot[i] = NULL;
            if (x)
                obj_release(v, x, o->addr, old->entries[i].key->addr);
        }
        values_free(v, oldvals);
        keys_decref(v, old, old->owner);
    } else {
        keys_decref(v, old, o->addr);
    }
    obj_resize_event(v, o, before);
}

/* ---- copying and merging ------------------------------------------------------------------- */

/* clone_combined_dict_keys: a byte copy of d's compact table in a new block
 * (never the free list).  The references are taken by clone_hold. */
static dictkeys *clone_keys(vm *v, dictobj *d)
{
    dictkeys *src = d->keys;
    dictkeys *k = keys_new_block(v, src->log2_size, src->kind != DK_GENERAL);
    if (!k)
        return NULL;
    k->kind = src->kind;
    k->usable = src->usable;
    k->nentries = src->nentries;
    memcpy(k->indices, src->indices, ((size_t)1 << k->log2_size) * sizeof *k->indices);
    memcpy(k->entries, src->entries, (size_t)usable_fraction((int64_t)1 << k->log2_size) *
           sizeof *k->entries);
    return k;
}

/* The new owner of a cloned table takes a reference to each live value and
 * key (in that order, as clone_combined_dict_keys increfs them). */
static void clone_hold(vm *v, dictkeys *k, uint64_t holder)
{
    for (int64_t i = 0; i < k->nentries; i++)
        if (k->entries[i].value) {
            uint64_t label = k->entries[i].key->addr;
            obj_hold(v, k->entries[i].value, holder, label);
            obj_hold(v, k->entries[i].key, holder, label);
        }
}

static int is_plain_dict(vm *v, object *o)
{
    return type_is_subtype(o->type, v->types[T_DICT]) && o->type->iter == v->types[T_DICT]->iter;
}

/* A merge from another dict (dict_merge's fast path). */
static int merge_dict(vm *v, dictobj *mp, dictobj *other, int override)
{
    if (other == mp || other->used == 0)
        return 0;
    if (mp->used == 0) {
        override = 1;
        dictkeys *ok = other->keys;
        int64_t half = usable_fraction(((int64_t)1 << ok->log2_size) / 2);
        if (!other->values && other->used == ok->nentries &&
            (ok->log2_size == LOG2_MINSIZE || half < other->used)) {
            dictkeys *k = clone_keys(v, other);
            if (!k)
                return -1;
            changing(v, mp);
            clone_hold(v, k, mp->ob.addr);
            dictkeys *old = mp->keys;
            dictvalues *oldvals = mp->values;
            uint32_t before = obj_event_size(v, &mp->ob);
            dict_set_fields(mp, k, NULL, other->used);
            keys_decref(v, old, oldvals ? old->owner : mp->ob.addr);
            if (oldvals)
                values_free(v, oldvals);
            obj_resize_event(v, &mp->ob, before);
            dict_own(v, mp);
            if (obj_is_tracked(&other->ob))
                obj_track(v, &mp->ob);
            return 0;
        }
    }
    if (usable_fraction((int64_t)1 << mp->keys->log2_size) < other->used &&
        dict_resize(v, mp, estimate_log2_keysize((uint64_t)(mp->used + other->used)),
                    other->keys->kind != DK_GENERAL))
        return -1;
    int64_t orig = other->keys->nentries;
    size_t pos = 0;
    object *key, *value;
    int64_t hash;
    while (dict_next_hash(&other->ob, &pos, &key, &value, &hash)) {
        int err = 0;
        obj_incref(v, key);
        obj_incref(v, value);
        if (override == 1) {
            err = mp->keys == EMPTY_KEYS ? insert_to_empty(v, mp, key, hash, value)
                                         : insert(v, mp, key, hash, value);
        } else {
            err = dict_contains_hash(v, &mp->ob, key, hash);
            if (err == 0)
                err = mp->keys == EMPTY_KEYS ? insert_to_empty(v, mp, key, hash, value)
                                             : insert(v, mp, key, hash, value);
            else if (err > 0 && override != 0) {
                key_error(v, key);
                err = -1;
            } else if (err > 0) {
                err = 0;
            }
        }
        obj_decref(v, value);
        obj_decref(v, key);
        if (err)
            return -1;
        if (orig != other->keys->nentries) {
            vm_raise(v, T_RUNTIME, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* PyMapping_Keys for a non-dict (method_output_as_list): m.keys() called
 * as PyObject_CallMethodNoArgs calls it (a C method or a function is not
 * bound first), a list kept as it is, anything else iterated into a new
 * list: the iterator made and the result dropped before the list is. */
static object *mapping_keys(vm *v, object *m)
{
    object *fn;
    int unbound = obj_getmethod(v, m, str_static_interned(v, "keys"), &fn);
    if (unbound < 0)
        return NULL;
    object *r = unbound ? eval_call(v, fn, &m, 1, NULL) : eval_call(v, fn, NULL, 0, NULL);
    obj_decref(v, fn);
    if (!r || obj_is(v, r, T_LIST))
        return r;
    object *it = obj_getiter(v, r);
    if (!it && vm_exc_matches(v, T_TYPE_ERROR)) {
        vm_exc_clear(v);
        vm_raise_format(v, T_TYPE_ERROR, "%.200s.keys() returned a non-iterable (type %.200s)", m->type->name,
                        r->type->name);
    }
    obj_decref(v, r);
    if (!it)
        return NULL;
    object *l = list_new(v, 0);                 /* PySequence_List(it) */
    if (l && list_extend(v, l, it)) {
        obj_decref(v, l);
        l = NULL;
    }
    obj_decref(v, it);
    return l;
}

/* dict_merge(a, b, override): override 1 replaces, 0 keeps existing
 * items, 2 raises KeyError on a duplicate. */
static int merge(vm *v, object *a, object *b, int override)
{
    if (is_plain_dict(v, b))
        return merge_dict(v, DICT(a), DICT(b), override);
    object *keys = mapping_keys(v, b);
    if (!keys)
        return -1;
    object *it = obj_getiter(v, keys);
    obj_decref(v, keys);
    if (!it)
        return -1;
    object *key;
    int rc = 0;
    while (!rc && (key = obj_iternext(v, it))) {
        if (override != 1) {
            int has = dict_contains(v, a, key);
            if (has > 0 && override == 0) {
                obj_decref(v, key);
                continue;
            }
            if (has != 0) {
                if (has > 0)
                    key_error(v, key);
                obj_decref(v, key);
                rc = -1;
                break;
            }
        }
        object *value = obj_getitem(v, b, key);
        rc = value ? dict_setitem(v, a, key, value) : -1;
        obj_decref(v, key);
        obj_xdecref(v, value);
    }
    obj_decref(v, it);
    return rc || v->exc ? -1 : 0;
}

int dict_merge_keys(vm *v, object *d, object *other)
{
    return merge(v, d, other, 2);
}

int dict_update(vm *v, object *d, object *other)
{
    if (merge(v, d, other, 1) == 0)
        return 0;
    if (vm_exc_matches(v, T_ATTRIBUTE)) {
        vm_exc_clear(v);
        vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not a mapping", other->type->name);
    }
    return -1;
}

/* PySequence_Fast(item, "") for one of dict.update's pairs: a list or
 * tuple as is, anything iterable as a new list (made before the iterator,
 * unlike seq_fast's). */
static object *pair_fast(vm *v, object *item)
{
    if (obj_is(v, item, T_LIST) || obj_is(v, item, T_TUPLE))
        return obj_incref(v, item);
    object *l = list_new(v, 0);
    if (l && list_extend(v, l, item)) {
        obj_decref(v, l);
        return NULL;
    }
    return l;
}

/* PyDict_MergeFromSeq2: (key, value) pairs from any iterable. */
static int merge_seq2(vm *v, object *d, object *seq, int override)
{
    object *it = obj_getiter(v, seq);
    if (!it)
        return -1;
    int rc = 0;
    object *item;
    for (size_t i = 0; !rc && (item = obj_iternext(v, it)); i++) {
        object *fast = pair_fast(v, item);
        if (!fast) {
            if (vm_exc_matches(v, T_TYPE_ERROR)) {
                vm_exc_clear(v);
                vm_raise_format(v, T_TYPE_ERROR,
                                "cannot convert dictionary update sequence element #%zd to a sequence", i);
            }
            obj_decref(v, item);
            rc = -1;
            continue;
        }
        int is_list = obj_is(v, fast, T_LIST);
        size_t n = is_list ? LIST(fast)->n : TUPLE(fast)->n;
        object *const *xs = is_list ? LIST(fast)->items : TUPLE(fast)->items;
        if (n != 2) {                           /* made while both live; Fail: item, then fast */
            vm_raise_format(v, T_VALUE, "dictionary update sequence element #%zd has length %zd; "
                            "2 is required", i, n);
            obj_decref(v, item);
            obj_decref(v, fast);
            rc = -1;
            continue;
        }
        object *key = obj_incref(v, xs[0]), *value = obj_incref(v, xs[1]);
        rc = override ? dict_setitem(v, d, key, value) : !dict_setdefault(v, d, key, value);
        obj_decref(v, key);
        obj_decref(v, value);
        obj_decref(v, fast);
        obj_decref(v, item);
    }
    obj_decref(v, it);
    return rc || v->exc ? -1 : 0;
}

/* Whether o has a keys attribute (_PyObject_LookupAttr without making the
 * AttributeError for builtin types): 1, 0 or -1. */
static int has_keys(vm *v, object *o)
{
    object *name = str_static_interned(v, "keys");
    if (!o->type->getattr)
        return type_lookup(v, o->type, name) ? 1 : v->exc ? -1 : 0;
    object *f = obj_getattr(v, o, name);
    if (f) {
        obj_decref(v, f);
        return 1;
    }
    if (!vm_exc_matches(v, T_ATTRIBUTE))
        return -1;
    vm_exc_clear(v);
    return 0;
}

int dict_update_arg(vm *v, object *d, object *other)
{
    if (obj_is(v, other, T_DICT))
        return merge(v, d, other, 1);
    int has = has_keys(v, other);
    if (has < 0)
        return -1;
    return has ? merge(v, d, other, 1) : merge_seq2(v, d, other, 1);
}

object *dict_copy(vm *v, object *o)
{
    dictobj *d = DICT(o);
    if (d->used == 0)
        return dict_new(v);
    if (d->values) {                        /* split: a copy of the values, same keys */
        int64_t size = shared_usable_size(d->keys);
        dictvalues *vals = values_new(v, (uint32_t)size);
        if (!vals)
            return NULL;
        object *c = obj_new(v, v->types[T_DICT], 0);
        if (!c) {
            values_free(v, vals);
            return NULL;
        }
        vals->norder = d->values->norder;
        memcpy(vals->order, d->values->order, sizeof vals->order);
        keys_share(v, d->keys, +1);
        uint32_t before = obj_event_size(v, c);
        dict_set_fields(DICT(c), d->keys, vals, d->used);
        obj_resize_event(v, c, before);
        dict_own(v, DICT(c));
        for (int64_t i = 0; i < size; i++) {
            object *x = d->values->slot[i];
            if (x)
                vals->slot[i] = obj_hold(v, x, c->addr, d->keys->entries[i].key->addr);
        }
        if (obj_is_tracked(o))
            obj_track(v, c);
        return c;
    }
    if (o->type->iter == v->types[T_DICT]->iter && d->used >= d->keys->nentries * 2 / 3) {
        dictkeys *k = clone_keys(v, d);
        if (!k)
            return NULL;
        object *c = dict_alloc(v, k, NULL, d->used, ALLOC_CLONE);
        if (!c)
            return NULL;
        clone_hold(v, k, c->addr);
        if (obj_is_tracked(o))
            obj_track(v, c);
        return c;
    }
    object *c = dict_new(v);
    if (c && merge(v, c, o, 1)) {
        obj_decref(v, c);
        return NULL;
    }
    return c;
}

/* ---- the type's slots ----------------------------------------------------------------- */

static int dict_traverse(object *o, visitproc visit, void *arg)
{
    dictobj *d = DICT(o);
    dictkeys *k = d->keys;
    for (int64_t i = 0; i < k->nentries; i++) {
        object *value = d->values ? d->values->slot[i] : k->entries[i].value;
        if (!value)
            continue;
        if (visit(value, arg))
            return 1;
        if (k->kind == DK_GENERAL && visit(k->entries[i].key, arg))
            return 1;
    }
    return 0;
}

static uint64_t dict_sizeof(vm *v, object *o)
{
    dictobj *d = DICT(o);
    uint64_t n = o->type->basicsize;
    if (!d->keys)
        return n;
    if (d->values)
        n += 8 * (uint64_t)shared_usable_size(d->keys);
    if (d->keys != EMPTY_KEYS && d->keys->refcnt == 1)
        n += keys_nbytes(d->keys->log2_size, d->keys->kind == DK_GENERAL);
    return n;
}

static int64_t dict_length(vm *v, object *o)
{
    return DICT(o)->used;
}

/* dict_subscript: a key missing from a dict subclass's instance asks its
 * class's __missing__ (bound, _PyObject_LookupSpecial) before the KeyError. */
static object *dict_subscript(vm *v, object *o, object *key)
{
    if (obj_is(v, o, T_DICT)) {
        object *value = dict_getitem(v, o, key);
        return value ? obj_incref(v, value) : NULL;
    }
    object *value = dict_lookup(v, o, key);
    if (value || v->exc)
        return value ? obj_incref(v, value) : NULL;
    object *missing = class_lookup_special(v, o, str_static_interned(v, "__missing__"));
    if (missing) {
        object *r = eval_call(v, missing, &key, 1, NULL);
        obj_decref(v, missing);
        return r;
    }
    if (!v->exc)
        key_error(v, key);
    return NULL;
}

static int dict_ass_sub(vm *v, object *o, object *key, object *value)
{
    return value ? dict_setitem(v, o, key, value) : dict_delitem(v, o, key);
}

static int dict_sq_contains(vm *v, object *o, object *key)
{
    return dict_contains(v, o, key);
}

/* repr(x) written whole into w (the repr dropped after). */
static int repr_write(vm *v, str_writer *w, object *x)
{
    object *s = obj_repr(v, x);
    int rc = s ? str_writer_write_str(v, w, s) : -1;
    obj_xdecref(v, s);
    return rc;
}

/* dict_repr: Py_ReprEnter first (an empty dict too), then each key's and
 * value's repr written into a _PyUnicodeWriter (min_length that of
 * "{1: 2, 3: 4...}"), the closing brace without overallocation. */
static object *dict_repr(vm *v, object *o)
{
    if (repr_enter(v, o))
        return str_from_cstr(v, "{...}");
    if (DICT(o)->used == 0) {
        repr_leave(v, o);
        return str_from_cstr(v, "{}");
    }
    str_writer w;
    str_writer_init(&w, 1 + 4 + 6 * (DICT(o)->used - 1) + 1);
    int rc = str_writer_write_char(v, &w, '{');
    size_t pos = 0;
    object *key, *value;
    int first = 1;
    while (!rc && dict_next(o, &pos, &key, &value)) {
        obj_incref(v, key);
        obj_incref(v, value);
        if (!first)
            rc = str_writer_write_ascii(v, &w, ", ", 2);
        first = 0;
        if (!rc)
            rc = repr_write(v, &w, key);
        if (!rc)
            rc = str_writer_write_ascii(v, &w, ": ", 2);
        if (!rc)
            rc = repr_write(v, &w, value);
        obj_decref(v, key);
        obj_decref(v, value);
    }
    w.overallocate = 0;
    if (!rc)
        rc = str_writer_write_char(v, &w, '}');
    repr_leave(v, o);
    if (rc) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

/* dict_equal */
static int dict_equal(vm *v, dictobj *a, dictobj *b)
{
    if (a->used != b->used)
        return 0;
    for (int64_t i = 0; i < a->keys->nentries; i++) {
        dictentry *e = &a->keys->entries[i];
        object *key = e->key, *aval = a->values ? a->values->slot[i] : e->value, *bval;
        if (!key || !aval)
            continue;
        int64_t hash = e->hash;
        obj_incref(v, aval);
        obj_incref(v, key);
        int64_t ix = lookup(v, b, key, hash, &bval);
        if (!bval) {
            obj_decref(v, key);
            obj_decref(v, aval);
            return ix == IX_ERROR ? -1 : 0;
        }
        obj_incref(v, bval);
        int cmp = obj_richcompare_bool(v, aval, bval, CMP_EQ);
        obj_decref(v, key);
        obj_decref(v, aval);
        obj_decref(v, bval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static object *dict_richcompare(vm *v, object *a, object *b, int op)
{
    type *dt = v->types[T_DICT];
    if (!type_is_subtype(a->type, dt) || !type_is_subtype(b->type, dt) ||
        (op != CMP_EQ && op != CMP_NE))
        return obj_incref(v, v->notimpl);
    int cmp = dict_equal(v, DICT(a), DICT(b));
    if (cmp < 0)
        return NULL;
    return obj_bool(v, cmp == (op == CMP_EQ));
}

static object *dict_or(vm *v, object *a, object *b)
{
    if (!type_is_subtype(a->type, v->types[T_DICT]) || !type_is_subtype(b->type, v->types[T_DICT]))
        return obj_incref(v, v->notimpl);
    object *r = dict_copy(v, a);
    if (r && dict_update_arg(v, r, b)) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

static object *dict_ior(vm *v, object *a, object *b)
{
    return dict_update_arg(v, a, b) ? NULL : obj_incref(v, a);
}

static object *dictiter_new(vm *v, object *d, enum builtin_type t);

static object *dict_iter(vm *v, object *o)
{
    return dictiter_new(v, o, T_DICT_KEYITER);
}

static int update_common(vm *v, object *o, object *const *args, size_t nargs, object *kwnames,
                         object *kwdict);

/* dict(), dict(mapping or pairs), dict(**kw) (dict_vectorcall): a fresh
 * object (tp_alloc, never the free list), untracked for dict itself. */
static object *dict_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    if (npos > 1)
        return args_count_error(v, "dict", npos, 0, 1);        /* _PyArg_CheckPositional */
    object *o = obj_new(v, t, 0);
    if (!o)
        return NULL;
    dict_init_empty(v, o);
    if (t != v->types[T_DICT])
        obj_track(v, o);
    if (update_common(v, o, args, nargs, kwnames, NULL)) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

void dict_init_empty(vm *v, object *o)
{
    dict_set_fields(DICT(o), EMPTY_KEYS, NULL, 0);
}

/* The positional argument (a mapping or pairs), then the keywords: the
 * dict tp_init was given merged (dict_update_common), or without one each
 * set in turn (dict_vectorcall).  0, or -1 with the exception. */
static int update_common(vm *v, object *o, object *const *args, size_t nargs, object *kwnames, object *kwdict)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    if (npos > 1) {
        args_count_error(v, "dict", npos, 0, 1);
        return -1;
    }
    int rc = npos ? dict_update_arg(v, o, args[0]) : 0;
    if (kwdict)
        return rc || merge(v, o, kwdict, 1) ? -1 : 0;
    for (size_t i = 0; i < nkw && !rc; i++)
        rc = dict_setitem(v, o, TUPLE(kwnames)->items[i], args[npos + i]);
    return rc;
}

int dict_init(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    object *kwdict = kwnames && TUPLE(kwnames)->n ? vm_call_kwdict(v, args) : NULL;
    return update_common(v, o, args, nargs, kwnames, kwdict);
}

/* ---- methods ----------------------------------------------------------------------------- */

static const method_def dict_methods[];

static object *m_get(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &dict_methods[0], nargs, kw, 1, 2))
        return NULL;
    object *value = dict_lookup(v, self, args[0]);
    if (!value && v->exc)
        return NULL;
    return obj_incref(v, value ? value : nargs > 1 ? args[1] : v->none);
}

static object *m_setdefault(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &dict_methods[1], nargs, kw, 1, 2))
        return NULL;
    object *r = dict_setdefault(v, self, args[0], nargs > 1 ? args[1] : v->none);
    return r ? obj_incref(v, r) : NULL;
}

static object *m_pop(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &dict_methods[2], nargs, kw, 1, 2))
        return NULL;
    return dict_pop(v, self, args[0], nargs > 1 ? args[1] : NULL);
}

static object *m_popitem(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &dict_methods[3], nargs, kw, 0))
        return NULL;
    return dict_popitem(v, self);
}


static object *m_keys(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return args_exact(v, &dict_methods[4], nargs, kw, 0) ? NULL : dict_view_new(v, self, T_DICT_KEYS);
}

static object *m_items(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return args_exact(v, &dict_methods[5], nargs, kw, 0) ? NULL : dict_view_new(v, self, T_DICT_ITEMS);
}

static object *m_values(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return args_exact(v, &dict_methods[6], nargs, kw, 0) ? NULL : dict_view_new(v, self, T_DICT_VALUES);
}

/* dict.update([other], **kw) */
static object *m_update(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw;
    if (npos > 1)
        return args_count_error(v, "update", npos, 0, 1);      /* PyArg_UnpackTuple */
    if (npos && dict_update_arg(v, self, args[0]))
        return NULL;
    if (nkw && merge(v, self, v->varargs.kw, 1))   /* dict_update_common: PyDict_Merge(kwds) */
        return NULL;
    return obj_incref(v, v->none);
}

object *dict_fromkeys(vm *v, type *cls, object *iterable, object *value)
{
    object *o = cls == v->types[T_DICT] ? dict_vnew(v, cls, NULL, 0, NULL)
                                        : eval_call(v, &cls->ob, NULL, 0, NULL);
    if (!o)
        return NULL;
    int exact = obj_is(v, o, T_DICT) && DICT(o)->used == 0;
    int rc = 0;
    size_t pos = 0;
    object *key;
    int64_t hash;
    if (exact && obj_is(v, iterable, T_DICT)) {
        rc = dict_resize(v, DICT(o), estimate_log2_keysize(dict_len(iterable)),
                         DICT(iterable)->keys->kind != DK_GENERAL);
        while (!rc && dict_next_hash(iterable, &pos, &key, NULL, &hash))
            rc = insert(v, DICT(o), key, hash, value);
    } else if (exact && (obj_is(v, iterable, T_SET) || obj_is(v, iterable, T_FROZENSET))) {
        rc = dict_resize(v, DICT(o), estimate_log2_keysize(set_len(iterable)), 0);
        while (!rc && set_next_entry(iterable, &pos, &key, &hash))
            rc = insert(v, DICT(o), key, hash, value);
    } else {
        object *it = obj_getiter(v, iterable);
        rc = it ? 0 : -1;
        while (!rc && (key = obj_iternext(v, it))) {
            rc = obj_setitem(v, o, key, value);
            obj_decref(v, key);
        }
        obj_xdecref(v, it);
        rc = rc || v->exc ? -1 : 0;
    }
    if (rc) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

static object *m_fromkeys(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &dict_methods[8], nargs, kw, 1, 2))
        return NULL;
    return dict_fromkeys(v, (type *)self, args[0], nargs > 1 ? args[1] : v->none);
}

static object *m_clear(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &dict_methods[9], nargs, kw, 0))
        return NULL;
    dict_clear(v, self);
    return obj_incref(v, v->none);
}

static object *m_copy(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return args_exact(v, &dict_methods[10], nargs, kw, 0) ? NULL : dict_copy(v, self);
}

static const method_def dict_methods[] = {
    {"get", m_get, METH_CLINIC, "dict.get"},
    {"setdefault", m_setdefault, METH_CLINIC, "dict.setdefault"},
    {"pop", m_pop, METH_CLINIC, "dict.pop"},
    {"popitem", m_popitem, METH_NOARGS, "dict.popitem"},
    {"keys", m_keys, METH_NOARGS, "dict.keys"},
    {"items", m_items, METH_NOARGS, "dict.items"},
    {"values", m_values, METH_NOARGS, "dict.values"},
    {"update", m_update, METH_VARARGS | METH_KEYWORDS, "dict.update"},
    {"fromkeys", m_fromkeys, METH_CLASS | METH_CLINIC, "dict.fromkeys"},
    {"clear", m_clear, METH_NOARGS, "dict.clear"},
    {"copy", m_copy, METH_NOARGS, "dict.copy"},
    {"__sizeof__", class_sizeof, METH_NOARGS, "dict.__sizeof__"},   /* last: the rows above are indexed */
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "dict.__new__"},
    {NULL, NULL, 0, NULL},
};

const type tmpl_dict = {
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .binary = {[NB_OR] = dict_or},
    .inplace = {[NB_OR] = dict_ior},
    .length = dict_length,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_sq_contains,
    .iter = dict_iter,
    .vnew = dict_vnew,
    .size_of = dict_sizeof,
    .methods = dict_methods,
    .host_size = sizeof(dictobj),
};

/* ---- iterators ------------------------------------------------------------------------------
 * dict_keyiterator, dict_valueiterator, dict_itemiterator: GC, 56 + 16 → an
 * 80-byte block, tracked.  The item iterator keeps a result tuple and
 * refills it in place while nobody else holds it (refcount 1). */

typedef struct dictiterobj {
    object ob;
    object *dict;               /* di_dict: NULL once exhausted */
    int64_t used;               /* di_used: len(d) when made; -1 after a size change */
    int64_t pos;                /* di_pos */
    object *result;             /* di_result: the item iterator's tuple */
    int64_t len;                /* items left */
    int reverse;                /* dict_reverse*iterator: di_pos walks down from the last entry */
} dictiterobj;

#define DICTITER(o) ((dictiterobj *)(o))

static object *dictiter_new(vm *v, object *d, enum builtin_type t)
{
    object *o = obj_new(v, v->types[t], 0);
    if (!o)
        return NULL;
    dictiterobj *di = DICTITER(o);
    di->dict = obj_hold(v, d, o->addr, 0);
    di->used = di->len = DICT(d)->used;
    di->reverse = t == T_DICT_REVKEYITER || t == T_DICT_REVVALUEITER || t == T_DICT_REVITEMITER;
    di->pos = !di->reverse ? 0 : DICT(d)->values ? DICT(d)->used - 1 : DICT(d)->keys->nentries - 1;
    if (t == T_DICT_ITEMITER || t == T_DICT_REVITEMITER) {
        di->result = tuple_pack(v, 2, v->none, v->none);
        if (!di->result) {
            obj_decref(v, o);
            return NULL;
        }
        obj_give(v, di->result, o->addr, 1);
    }
    obj_track(v, o);
    return o;
}

static void dictiter_dealloc(vm *v, object *o)
{
    dictiterobj *di = DICTITER(o);
    obj_untrack(v, o);
    if (di->dict)
        obj_release(v, di->dict, o->addr, 0);
    if (di->result)
        obj_release(v, di->result, o->addr, 1);
    obj_free(v, o);
}

static int dictiter_traverse(object *o, visitproc visit, void *arg)
{
    dictiterobj *di = DICTITER(o);
    return (di->dict && visit(di->dict, arg)) || (di->result && visit(di->result, arg));
}

static int64_t dictiter_len(vm *v, object *o)
{
    dictiterobj *di = DICTITER(o);
    return di->dict && di->used == DICT(di->dict)->used ? di->len : 0;
}

/* The next entry's index for di, or -1 at the end (the dict is then
 * released) or -2 with RuntimeError. */
static int64_t dictiter_step(vm *v, dictiterobj *di)
{
    dictobj *d = DICT(di->dict);
    if (!d)
        return -1;
    if (di->used != d->used) {
        vm_raise(v, T_RUNTIME, "dictionary changed size during iteration");
        di->used = -1;
        return -2;
    }
    int64_t i = di->pos, ix = -1;
    if (di->reverse) {                      /* dictreviter_iternext: no "keys changed" check */
        if (i >= 0 && d->values) {
            ix = d->values->order[i];
        } else {
            while (i >= 0 && !d->keys->entries[i].value)
                i--;
            ix = i;
        }
    } else if (d->values) {
        if (i < d->used)
            ix = d->values->order[i];
    } else {
        while (i < d->keys->nentries && !d->keys->entries[i].value)
            i++;
        if (i < d->keys->nentries)
            ix = i;
    }
    if (ix >= 0 && di->len == 0 && !di->reverse) {
        vm_raise(v, T_RUNTIME, "dictionary keys changed during iteration");
        ix = -2;
    }
    if (ix < 0) {
        di->dict = NULL;
        obj_release(v, &d->ob, di->ob.addr, 0);
        return ix;
    }
    di->pos = di->reverse ? i - 1 : i + 1;
    di->len--;
    return ix;
}

static object *entry_value(dictobj *d, int64_t ix)
{
    return d->values ? d->values->slot[ix] : d->keys->entries[ix].value;
}

static object *dictiter_nextkey(vm *v, object *o)
{
    dictobj *d = DICT(DICTITER(o)->dict);
    int64_t ix = dictiter_step(v, DICTITER(o));
    return ix < 0 ? NULL : obj_incref(v, d->keys->entries[ix].key);
}

static object *dictiter_nextvalue(vm *v, object *o)
{
    dictobj *d = DICT(DICTITER(o)->dict);
    int64_t ix = dictiter_step(v, DICTITER(o));
    return ix < 0 ? NULL : obj_incref(v, entry_value(d, ix));
}

static object *dictiter_nextitem(vm *v, object *o)
{
    dictiterobj *di = DICTITER(o);
    dictobj *d = DICT(di->dict);
    int64_t ix = dictiter_step(v, di);
    if (ix < 0)
        return NULL;
    object *key = d->keys->entries[ix].key, *value = entry_value(d, ix), *r = di->result;
    if (r->refcnt == 1) {                   /* only we hold it: refill it in place */
        object *oldkey = TUPLE(r)->items[0], *oldvalue = TUPLE(r)->items[1];
        TUPLE(r)->items[0] = obj_hold(v, key, r->addr, 0);
        TUPLE(r)->items[1] = obj_hold(v, value, r->addr, 1);
        obj_incref(v, r);
        obj_release(v, oldkey, r->addr, 0);
        obj_release(v, oldvalue, r->addr, 1);
        if (!obj_is_tracked(r))
            obj_track(v, r);
        return r;
    }
    obj_incref(v, key);
    obj_incref(v, value);
    r = tuple_new(v, 2);
    if (!r) {
        obj_decref(v, key);
        obj_decref(v, value);
        return NULL;
    }
    tuple_set(v, r, 0, key);
    tuple_set(v, r, 1, value);
    return r;
}

#define DICTITER_TYPE(next)                                                                   \
    {.dealloc = dictiter_dealloc, .traverse = dictiter_traverse, .iter = iter_self,           \
     .iternext = next, .length_hint = dictiter_len, .host_size = sizeof(dictiterobj)}

const type tmpl_dict_keyiter = DICTITER_TYPE(dictiter_nextkey);
const type tmpl_dict_valueiter = DICTITER_TYPE(dictiter_nextvalue);
const type tmpl_dict_itemiter = DICTITER_TYPE(dictiter_nextitem);

/* ---- views ----------------------------------------------------------------------------------
 * dict_keys, dict_values, dict_items: GC, 24 + 16 → a 48-byte block,
 * tracked, holding the dict.  Keys and items views are set-like. */

typedef struct viewobj {
    object ob;
    object *dict;               /* dv_dict */
} viewobj;

#define VIEW(o) ((viewobj *)(o))

object *dict_view_new(vm *v, object *d, enum builtin_type t)
{
    object *o = obj_new(v, v->types[t], 0);
    if (!o)
        return NULL;
    VIEW(o)->dict = obj_hold(v, d, o->addr, 0);
    obj_track(v, o);
    return o;
}

static void view_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    if (VIEW(o)->dict)
        obj_release(v, VIEW(o)->dict, o->addr, 0);
    obj_free(v, o);
}

static int view_traverse(object *o, visitproc visit, void *arg)
{
    return VIEW(o)->dict ? visit(VIEW(o)->dict, arg) : 0;
}

static int64_t view_length(vm *v, object *o)
{
    return VIEW(o)->dict ? DICT(VIEW(o)->dict)->used : 0;
}

static object *keys_iter(vm *v, object *o)
{
    return dictiter_new(v, VIEW(o)->dict, T_DICT_KEYITER);
}

static object *values_iter(vm *v, object *o)
{
    return dictiter_new(v, VIEW(o)->dict, T_DICT_VALUEITER);
}

static object *items_iter(vm *v, object *o)
{
    return dictiter_new(v, VIEW(o)->dict, T_DICT_ITEMITER);
}

/* reversed_new on a dict or a view: _PyObject_LookupSpecial binds its
 * __reversed__ (dict___reversed__, dictkeys_reversed, …), which is called
 * and dropped. */
object *dict_reversed(vm *v, object *o)
{
    static const method_def rev = {"__reversed__", NULL, METH_NOARGS, NULL};
    static const struct { enum builtin_type of, iter; } kinds[] = {
        {T_DICT, T_DICT_REVKEYITER}, {T_DICT_KEYS, T_DICT_REVKEYITER},
        {T_DICT_VALUES, T_DICT_REVVALUEITER}, {T_DICT_ITEMS, T_DICT_REVITEMITER},
    };
    for (size_t i = 0; i < HV_COUNTOF(kinds); i++) {
        if (kinds[i].of == T_DICT ? !type_is_subtype(o->type, v->types[T_DICT]) : !obj_is(v, o, kinds[i].of))
            continue;                           /* a dict subclass's instance is reversed as a dict */
        object *d = kinds[i].of == T_DICT ? o : VIEW(o)->dict;
        object *m = builtin_bound_enter(v, &rev, o);   /* _PyObject_LookupSpecial's binding */
        object *it = m ? dictiter_new(v, d, kinds[i].iter) : NULL;
        if (m)
            builtin_bound_done(v, m);
        return it;
    }
    return NULL;
}

static int keys_contains(vm *v, object *o, object *x)
{
    return dict_contains(v, VIEW(o)->dict, x);
}

/* dictitems_contains: a 2-tuple whose value equals the dict's. */
static int items_contains(vm *v, object *o, object *x)
{
    if (!obj_is(v, x, T_TUPLE) || TUPLE(x)->n != 2)
        return 0;
    object *found = dict_lookup(v, VIEW(o)->dict, TUPLE(x)->items[0]);
    if (!found)
        return v->exc ? -1 : 0;
    obj_incref(v, found);
    int r = obj_richcompare_bool(v, found, TUPLE(x)->items[1], CMP_EQ);
    obj_decref(v, found);
    return r;
}

/* dictview_repr: "dict_keys([1, 2])", "..." inside itself.  The list
 * (PySequence_List) goes through PyUnicode_FromFormat("%s(%R)"): its
 * writer and the list's repr str live at once, which tracemalloc's peak
 * sees. */
static object *view_repr(vm *v, object *o)
{
    if (repr_enter(v, o))
        return str_from_cstr(v, "...");
    object *l = list_new(v, 0), *r = NULL;
    if (l && !list_extend(v, l, o)) {
        const char *name[] = {o->type->name};
        r = str_from_format_ints(v, "%s(%R)", name, &l, 0, NULL);
    }
    obj_xdecref(v, l);
    repr_leave(v, o);
    return r;
}

static int is_setlike_view(vm *v, object *o)
{
    return obj_is(v, o, T_DICT_KEYS) || obj_is(v, o, T_DICT_ITEMS);
}

static int is_anyset(vm *v, object *o)
{
    return type_is_subtype(o->type, v->types[T_SET]) ||
           type_is_subtype(o->type, v->types[T_FROZENSET]);
}

/* all_contained_in: every item of a is in b (1, 0, -1). */
static int all_contained_in(vm *v, object *a, object *b)
{
    object *it = obj_getiter(v, a), *x;
    if (!it)
        return -1;
    int ok = 1;
    while (ok > 0 && (x = obj_iternext(v, it))) {
        ok = obj_contains(v, b, x);
        obj_decref(v, x);
    }
    obj_decref(v, it);
    return v->exc ? -1 : ok;
}

static object *view_richcompare(vm *v, object *a, object *b, int op)
{
    if (!is_anyset(v, b) && !is_setlike_view(v, b))
        return obj_incref(v, v->notimpl);
    int64_t la = obj_length(v, a), lb = obj_length(v, b);
    if (la < 0 || lb < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        if (la == lb)
            ok = all_contained_in(v, a, b);
        if (op == CMP_NE && ok >= 0)
            ok = !ok;
        break;
    case CMP_LT: ok = la < lb ? all_contained_in(v, a, b) : 0; break;
    case CMP_LE: ok = la <= lb ? all_contained_in(v, a, b) : 0; break;
    case CMP_GT: ok = la > lb ? all_contained_in(v, b, a) : 0; break;
    default: ok = la >= lb ? all_contained_in(v, b, a) : 0; break;
    }
    return ok < 0 ? NULL : obj_bool(v, ok);
}

/* dictviews_to_set: set(d) for a keys view of a dict, set(view) otherwise. */
static object *view_to_set(vm *v, object *o)
{
    object *src = obj_is(v, o, T_DICT_KEYS) && obj_is(v, VIEW(o)->dict, T_DICT) ? VIEW(o)->dict : o;
    return set_new_from(v, src);
}

/* The set operators of keys and items views: set(left), then updated with
 * right by the set method of the operator (the left operand may be any
 * iterable: [1] | d.keys()). */
static object *views_op(vm *v, object *a, object *b, int (*update)(vm *, object *, object *))
{
    object *r = view_to_set(v, a);
    if (r && update(v, r, b)) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

static object *views_sub(vm *v, object *a, object *b)
{
    return views_op(v, a, b, set_difference_update);
}

static object *views_or(vm *v, object *a, object *b)
{
    return views_op(v, a, b, set_update);
}

static object *views_xor(vm *v, object *a, object *b)
{
    return views_op(v, a, b, set_symmetric_difference_update);
}

/* _PyDictView_Intersect */
static object *views_and(vm *v, object *self, object *other)
{
    if (!is_setlike_view(v, self)) {
        object *t = other;
        other = self;
        self = t;
    }
    int64_t len_self = view_length(v, self);
    if (obj_is(v, other, T_SET) && len_self <= (int64_t)set_len(other))
        return set_intersection(v, other, self);
    if (is_setlike_view(v, other) && view_length(v, other) > len_self) {
        object *t = other;
        other = self;
        self = t;
    }
    object *r = set_new(v);
    if (!r)
        return NULL;
    object *it = obj_getiter(v, other), *key;
    int rc = it ? 0 : -1;
    while (!rc && (key = obj_iternext(v, it))) {
        int has = obj_is(v, self, T_DICT_KEYS) ? keys_contains(v, self, key)
                                               : items_contains(v, self, key);
        rc = has < 0 ? -1 : has ? set_add(v, r, key) : 0;
        obj_decref(v, key);
    }
    obj_xdecref(v, it);
    if (rc || v->exc) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

static const method_def keys_view_methods[];

/* isdisjoint: iterates the shorter of a view and a set-like other.  A
 * METH_O method: its argument errors name it by the descriptor of the
 * view's own type, or the bound method (args_exact). */
static object *m_isdisjoint(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if ((nargs != 1 || !args_keywordless(kw)) && args_exact(v, &keys_view_methods[0], nargs, kw, 1))
        return NULL;
    object *other = args[0];
    if (self == other)
        return obj_bool(v, view_length(v, self) == 0);
    if (is_anyset(v, other) || is_setlike_view(v, other)) {
        int64_t lo = obj_length(v, other);
        if (lo < 0)
            return NULL;
        if (lo > view_length(v, self)) {
            object *t = other;
            other = self;
            self = t;
        }
    }
    object *it = obj_getiter(v, other), *x;
    if (!it)
        return NULL;
    int found = 0;
    while (!found && (x = obj_iternext(v, it))) {
        found = obj_contains(v, self, x);
        obj_decref(v, x);
    }
    obj_decref(v, it);
    if (found < 0 || v->exc)
        return NULL;
    return obj_bool(v, !found);
}

/* dictview_mapping: a new read-only proxy of the view's dict at each
 * access (PyDictProxy_New). */
static object *view_mapping(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args, (void)nargs, (void)kw;
    return mappingproxy_new(v, VIEW(self)->dict);
}

static const method_def keys_view_methods[] = {
    {"isdisjoint", m_isdisjoint, METH_O, "isdisjoint"},
    {"mapping", view_mapping, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

static const method_def values_view_methods[] = {
    {"mapping", view_mapping, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

#define VIEW_COMMON                                                                           \
    .dealloc = view_dealloc, .traverse = view_traverse, .repr = view_repr,                    \
    .length = view_length, .host_size = sizeof(viewobj)

#define VIEW_SETLIKE                                                                          \
    .richcompare = view_richcompare, .methods = keys_view_methods,                            \
    .binary = {[NB_SUBTRACT] = views_sub, [NB_AND] = views_and, [NB_OR] = views_or,           \
               [NB_XOR] = views_xor}

const type tmpl_dict_keys = {
    VIEW_COMMON, VIEW_SETLIKE, .iter = keys_iter, .contains = keys_contains,
};
const type tmpl_dict_items = {
    VIEW_COMMON, VIEW_SETLIKE, .iter = items_iter, .contains = items_contains,
};
const type tmpl_dict_values = {VIEW_COMMON, .iter = values_iter, .methods = values_view_methods};

/* ---- instances of ordinary classes ---------------------------------------------- */

int dict_class_init(vm *v, type *cls)
{
    dictkeys *k = keys_new(v, LOG2_SHARED, 1);
    if (!k)
        return -1;
    k->usable = SHARED_KEYS_MAX;            /* 30: one less for each instance made */
    k->kind = DK_SPLIT;
    k->owner = cls->ob.addr;
    keys_own(v, k, cls->ob.addr, OWN_SHARED_KEYS);
    uint32_t before = obj_event_size(v, &cls->ob);
    cls->cached_keys = k;
    obj_resize_event(v, &cls->ob, before);  /* type.__sizeof__ counts them */
    return 0;
}

uint8_t dict_general_grow(uint64_t used, uint64_t *nbytes, int64_t *usable)
{
    uint8_t log2 = log2_keysize(used * 3);      /* insertion_resize: GROWTH_RATE */
    *nbytes = keys_nbytes(log2, 1);
    *usable = usable_fraction((int64_t)1 << log2);
    return log2;
}

uint64_t dict_keys_sizeof(const dictkeys *k)
{
    return keys_nbytes(k->log2_size, k->kind == DK_GENERAL);
}

void dict_class_fini(vm *v, type *cls)
{
    dictkeys *k = cls->cached_keys;
    cls->cached_keys = NULL;
    if (k) {
        k->orphan = 1;
        if (k->refcnt > 1) {                /* dicts outlive the class: the names become the interpreter's */
            for (int64_t i = 0; vm_listening(v) && i < k->nentries; i++)
                if (k->entries[i].key)
                    obj_move_event(v, k->entries[i].key, k->owner, 0, k->entries[i].key->addr);
            k->owner = 0;
        }
        keys_decref(v, k, k->owner);
    }
}

dictvalues *dict_inline_new(vm *v, object *inst)
{
    dictkeys *k = inst->type->cached_keys;
    if (k->usable > 1) {                    /* every split dict on k shrinks by one slot */
        uint32_t *before = users_before(v, k);
        k->usable--;
        users_after(v, k, before);
    }
    dictvalues *vals = values_new(v, (uint32_t)shared_usable_size(k));
    if (vals)
        values_own(v, vals, inst->addr, OWN_INLINE_VALUES);
    return vals;
}

/* insert_into_dictkeys: name's index in the shared keys, added while the
 * keys can take one more; IX_EMPTY when they cannot. */
static int64_t shared_insert(vm *v, dictkeys *k, object *name)
{
    int64_t hash = str_hash(name);
    int64_t ix = lookup_unicode(k, name, hash);
    if (ix != IX_EMPTY || k->usable <= 0)
        return ix;
    ix = k->nentries;
    k->indices[find_empty_slot(k, hash)] = ix;
    k->entries[ix] = (dictentry){obj_hold(v, name, k->owner, name->addr), NULL, hash};
    k->usable--;
    k->nentries++;
    return ix;
}

/* make_dict_from_instance_attributes: a split dict adopting vals (the
 * values' references move from the instance to the dict), tracked when a
 * value may be.  The new reference is the instance's. */
static object *adopt_values(vm *v, object *inst, dictvalues *vals, object **dictp)
{
    dictkeys *k = inst->type->cached_keys;
    int64_t used = 0, track = 0;
    keys_share(v, k, +1);
    for (int64_t i = 0; i < shared_usable_size(k); i++)
        if (vals->slot[i]) {
            used++;
            track += obj_may_be_tracked(v, vals->slot[i]);
        }
    object *d = dict_alloc(v, k, vals, used, ALLOC_KEEP_VALS);
    if (!d)
        return NULL;
    for (int64_t i = 0; i < k->nentries; i++)
        if (vals->slot[i]) {
            obj_take(v, vals->slot[i], inst->addr, k->entries[i].key->addr);
            obj_give(v, vals->slot[i], d->addr, k->entries[i].key->addr);
        }
    if (track)
        obj_track(v, d);
    obj_give(v, d, inst->addr, DICT_INLINE_LABEL);
    *dictp = d;
    return d;
}

object *dict_inline_get(vm *v, object *inst, dictvalues *vals, object *dict, object *name)
{
    if (vals) {
        dictkeys *k = inst->type->cached_keys;
        if (!obj_is(v, name, T_STR))
            return NULL;
        int64_t ix = lookup_unicode(k, name, str_hash(name));
        return ix >= 0 ? vals->slot[ix] : NULL;
    }
    return dict ? dict_lookup(v, dict, name) : NULL;
}

static int no_attribute(vm *v, object *inst, object *name)
{
    if (obj_is(v, name, T_STR))             /* _PyObject_GenericSetAttrWithDict's KeyError turned */
        attr_raise_setattr(v, inst, name, 0);
    else
        vm_raise(v, T_ATTRIBUTE, "'%.100s' object has no attribute '?'", inst->type->name);
    return -1;
}

/* The __dict__ path of a store: the dict made when missing (split on the
 * class's keys), KeyError on delete reported as AttributeError. */
static int store_in_dict(vm *v, object *inst, object **dictp, object *name, object *value)
{
    if (!*dictp) {
        dictkeys *k = inst->type->cached_keys;
        object *d = k ? dict_new_split(v, k) : dict_new(v);
        if (!d)
            return -1;
        obj_give(v, d, inst->addr, DICT_INLINE_LABEL);
        *dictp = d;
    }
    int rc = value ? dict_setitem(v, *dictp, name, value) : dict_delitem(v, *dictp, name);
    if (rc && vm_exc_matches(v, T_KEY)) {
        vm_exc_clear(v);
        no_attribute(v, inst, name);
    }
    return rc;
}

int dict_inline_set(vm *v, object *inst, dictvalues **valsp, object **dictp, object *name,
                    object *value)
{
    dictvalues *vals = *valsp;
    if (!vals)
        return store_in_dict(v, inst, dictp, name, value);
    dictkeys *k = inst->type->cached_keys;
    int64_t ix = obj_is(v, name, T_STR) ? shared_insert(v, k, name) : IX_EMPTY;
    if (ix == IX_EMPTY) {                   /* materialise, then store in the dict */
        if (!adopt_values(v, inst, vals, dictp))
            return -1;
        *valsp = NULL;
        return store_in_dict(v, inst, dictp, name, value);
    }
    object *old = vals->slot[ix];
    uint64_t label = k->entries[ix].key->addr;
    vals->slot[ix] = value ? obj_hold(v, value, inst->addr, label) : NULL;
    if (!old) {
        if (!value)
            return no_attribute(v, inst, name);
        values_add_order(vals, ix);
        return 0;
    }
    if (!value)
        values_del_order(vals, ix);
    obj_release(v, old, inst->addr, label);
    return 0;
}

object *dict_inline_materialize(vm *v, object *inst, dictvalues **valsp, object **dictp)
{
    if (*valsp) {
        if (!adopt_values(v, inst, *valsp, dictp))
            return NULL;
        *valsp = NULL;
    } else if (!*dictp) {
        object *d = dict_new(v);
        if (!d)
            return NULL;
        obj_give(v, d, inst->addr, DICT_INLINE_LABEL);
        *dictp = d;
    }
    return *dictp;
}

void dict_inline_clear(vm *v, object *inst, dictvalues *vals)
{
    dictkeys *k = inst->type->cached_keys;
    for (int64_t i = 0; i < k->nentries; i++) {
        object *x = vals->slot[i];
        vals->slot[i] = NULL;
        if (x)
            obj_release(v, x, inst->addr, k->entries[i].key->addr);
    }
    vals->norder = 0;
}

void dict_inline_free(vm *v, object *inst, dictvalues *vals)
{
    dict_inline_clear(v, inst, vals);
    values_free(v, vals);
}

int dict_inline_traverse(object *inst, dictvalues *vals, visitproc visit, void *arg)
{
    dictkeys *k = inst->type->cached_keys;
    for (int64_t i = 0; i < k->nentries; i++)
        if (vals->slot[i] && visit(vals->slot[i], arg))
            return 1;
    return 0;
}

uint64_t dict_inline_addr(const dictvalues *vals)
{
    return vals->addr;
}

/* ---- the checker ----------------------------------------------------------------- */

static int fail(buf *why, const char *fmt, uint64_t a, int64_t b)
{
    if (why)
        buf_printf(why, fmt, (unsigned long long)a, (long long)b);
    return -1;
}

static int check_block(vm *v, uint64_t addr, uint64_t nbytes, buf *why)
{
    pymalloc_block b;
    if (pymalloc_block_info(v->pm, addr, &b) || (b.state != BLOCK_USED && b.state != BLOCK_RAW))
        return fail(why, "dict block %#llx is not live (%lld)", addr, 0);
    if (b.nbytes != nbytes)
        return fail(why, "dict block %#llx has the wrong size %lld", addr, (int64_t)b.nbytes);
    return 0;
}

/* Invariants 4 and 5: the index table against the entries. */
static int check_indices(vm *v, const dictkeys *k, buf *why)
{
    int64_t named = 0, keyed = 0, size = (int64_t)1 << k->log2_size;
    for (int64_t i = 0; i < size; i++) {
        int64_t ix = k->indices[i];
        if (ix < IX_DUMMY || ix >= k->nentries || (ix >= 0 && !k->entries[ix].key))
            return fail(why, "keys %#llx: slot %lld names no entry", k->addr, i);
        named += ix >= 0;
    }
    for (int64_t ix = 0; ix < k->nentries; ix++) {
        const dictentry *e = &k->entries[ix];
        if (!e->key)
            continue;
        keyed++;
        if (slot_of(k, e->hash, ix) < 0)
            return fail(why, "keys %#llx: entry %lld is not found from its hash", k->addr, ix);
        if (k->kind != DK_GENERAL && !obj_is(v, e->key, T_STR))
            return fail(why, "keys %#llx: entry %lld is not a str in a unicode table", k->addr, ix);
    }
    if (named != keyed)
        return fail(why, "keys %#llx: %lld slots name entries", k->addr, named);
    return 0;
}

int dict_check(vm *v, object *o, buf *why)
{
    dictobj *d = DICT(o);
    dictkeys *k = d->keys;
    if (k == EMPTY_KEYS)
        return d->used == 0 && !d->values
             ? 0 : fail(why, "dict %#llx: empty keys, used %lld", o->addr, d->used);
    if (k->usable < 0 || k->usable + k->nentries > usable_fraction((int64_t)1 << k->log2_size))
        return fail(why, "dict %#llx: usable %lld too large", o->addr, k->usable);
    if (check_block(v, k->addr, keys_nbytes(k->log2_size, k->kind == DK_GENERAL), why) ||
        check_indices(v, k, why))
        return -1;
    int64_t live = 0;
    if (d->values) {
        if (k->kind != DK_SPLIT || d->values->norder != (uint32_t)d->used)
            return fail(why, "dict %#llx: split table order of %lld", o->addr, d->values->norder);
        for (uint32_t i = 0; i < d->values->size; i++)
            live += d->values->slot[i] != NULL;
        for (uint32_t i = 0; i < d->values->norder; i++)
            if (!d->values->slot[d->values->order[i]])
                return fail(why, "dict %#llx: order names empty slot %lld", o->addr,
                            d->values->order[i]);
        if (check_block(v, d->values->addr, values_nbytes(d->values->size), why))
            return -1;
    } else {
        for (int64_t i = 0; i < k->nentries; i++)
            live += k->entries[i].value != NULL;
    }
    return live == d->used ? 0 : fail(why, "dict %#llx: %lld live entries", o->addr, live);
}
