/*
 * dict.h — dicts, their views and iterators, and the attribute storage of
 * instances of ordinary classes (3.11 "managed dicts"), laid out as CPython
 * 3.11's dictobject.c lays them out (heap/ internal).
 *
 * Ownership follows object.h: results are new references unless a comment
 * says "borrowed"; arguments are borrowed.  Failing functions return NULL
 * or -1 with the exception set (vm.h).
 *
 * Reference events: a dict holds each key and each value with the key
 * object's address as label.  A class's shared keys hold the attribute
 * names (holder: the class); an instance holds its inline values (label:
 * the name's address) until a materialised __dict__ adopts them.
 */
#ifndef HV_DICT_H
#define HV_DICT_H

#include "buf.h"
#include "vm.h"

typedef struct dictkeys dictkeys;       /* PyDictKeysObject: a keys table, maybe shared */
typedef struct dictvalues dictvalues;   /* PyDictValues: the values of a split table */

extern const type tmpl_dict, tmpl_dict_keys, tmpl_dict_values, tmpl_dict_items,
    tmpl_dict_keyiter, tmpl_dict_valueiter, tmpl_dict_itemiter;

/* reversed(o) for a dict (a dict subclass's instance too) or one of its
 * views: a reverse iterator of o's kind, made as reversed_new does
 * (through the bound __reversed__ it finds and drops); NULL without an
 * error when o is none of them. */
object *dict_reversed(vm *v, object *o);

/* ---- creating --------------------------------------------------------------- */

/* PyDict_New: {} sharing the static empty keys (no keys block), the object
 * taken from the free list when it has one.  Untracked. */
object *dict_new(vm *v);
/* dict_new's fields for an object tp_alloc made (a dict subclass's
 * instance): empty, on the static empty keys. */
void dict_init_empty(vm *v, object *o);
/* dict_init (dict_update_common) of o: at most one positional argument, a
 * mapping or pairs (dict_update_arg), then the keywords: the keyword dict
 * the call packed or was handed merged (vm_call_kwdict), else each set.
 * 0, or -1 with the exception. */
int dict_init(vm *v, object *o, object *const *args, size_t nargs, object *kwnames);
/* An empty dict outside the simulated heap (vm_static_object), on the static
 * empty keys like dict_new's; untracked. */
object *dict_new_static(vm *v);
/* A dict outside the simulated heap holding keys[i]: values[i] in order
 * (exact strs), its keys table at a static address too, laid out as n
 * inserts into {} leave it: a builtin type's tp_dict (typedict.c).  It
 * takes the references its entries were made with and adds none; untracked. */
object *dict_new_static_items(vm *v, object *const *keys, object *const *values, size_t n);
/* Frees a dict of dict_new_static_items (or dict_new_static) at the vm's
 * end, its entries' references left as they are. */
void dict_free_static(object *o);
/* _PyDict_NewPresized(n): {} for n <= 5, else an empty general table of
 * estimate_log2_keysize(n) slots (6–10 pairs → getsizeof 352, 11–20 → 632,
 * 21–42 → 1168). */
object *dict_new_presized(vm *v, size_t n);
/* An empty dict on a log2 = 3 unicode table of its own, the table a new
 * pymalloc block, never the free list's (a small class's __dict__, which
 * PyDict_Copy's clone_combined_dict_keys gives a table straight from
 * pymalloc, once its names are gone): freeing the dict parks the table on
 * the keys free list (free_keys_object).  Untracked; NULL with MemoryError. */
object *dict_new_own_minsize(vm *v);
/* _PyDict_FromItems, what BUILD_MAP and BUILD_CONST_KEY_MAP do: presized
 * as above but unicode when every key is an exact str, then the n pairs
 * inserted in order.  keys[i * kstep] and values[i * vstep] are borrowed. */
object *dict_from_items(vm *v, object *const *keys, size_t kstep, object *const *values,
                        size_t vstep, size_t n);
/* PyDict_Copy: a clone of the keys block when d is compact, a split copy
 * for a split table, otherwise an insertion-order merge. */
object *dict_copy(vm *v, object *d);
/* cls.fromkeys(iterable, value) (_PyDict_FromKeys): cls(), then a dict or
 * set source presizes the table once; other iterables are inserted one by
 * one. */
object *dict_fromkeys(vm *v, type *cls, object *iterable, object *value);

/* ---- access ----------------------------------------------------------------- */

/* d[key] as PyDict_GetItemWithError: borrowed, or NULL when absent (no
 * exception) or on error (v->exc set: unhashable key, failing __eq__). */
object *dict_lookup(vm *v, object *d, object *key);
/* d[key]: borrowed, or NULL with KeyError(key). */
object *dict_getitem(vm *v, object *d, object *key);
/* d[key] = value: 0 or -1 (resizes, conversions and tracking as CPython). */
int dict_setitem(vm *v, object *d, object *key, object *value);
/* del d[key]: 0 or -1 with KeyError(key).  The entry becomes a dummy. */
int dict_delitem(vm *v, object *d, object *key);
/* key in d: 1, 0 or -1. */
int dict_contains(vm *v, object *d, object *key);
/* len(d).  Cannot fail. */
size_t dict_len(const object *d);
/* Iteration in insertion order (PyDict_Next): start with *pos = 0; returns
 * 1 with borrowed *key and *value (either may be NULL), 0 at the end.  Do
 * not insert or delete while iterating. */
int dict_next(object *d, size_t *pos, object **key, object **value);
/* The same with each entry's stored hash (_PyDict_Next), for set.c. */
int dict_next_hash(object *d, size_t *pos, object **key, object **value, int64_t *hash);
/* key in d with its hash already known (_PyDict_Contains_KnownHash). */
int dict_contains_hash(vm *v, object *d, object *key, int64_t hash);
/* list(d), list(d.values()), list(d.items()) (PyDict_Keys/Values/Items). */
object *dict_keys_list(vm *v, object *d);
object *dict_values_list(vm *v, object *d);
object *dict_items_list(vm *v, object *d);
/* d.keys(), d.values() or d.items() (t: T_DICT_KEYS, T_DICT_VALUES,
 * T_DICT_ITEMS): a new view; NULL on MemoryError. */
object *dict_view_new(vm *v, object *d, enum builtin_type t);
/* d.pop(key[, dflt]): dflt may be NULL (then KeyError when absent). */
object *dict_pop(vm *v, object *d, object *key, object *dflt);
/* d.popitem(): the last pair as a 2-tuple, KeyError when empty. */
object *dict_popitem(vm *v, object *d);
/* d.setdefault(key, dflt): borrowed (PyDict_SetDefault). */
object *dict_setdefault(vm *v, object *d, object *key, object *dflt);
/* DICT_UPDATE ({**a}): PyDict_Update, with CPython's TypeError "'int'
 * object is not a mapping" when other has no keys().  0 or -1. */
int dict_update(vm *v, object *d, object *other);
/* DICT_MERGE (f(**m)): _PyDict_MergeEx(d, other, 2): KeyError(key) on a key
 * d has already, AttributeError when other is not a mapping.  0 or -1. */
int dict_merge_keys(vm *v, object *d, object *other);
/* d.update(other) for one positional argument: a mapping (has keys()) is
 * merged, anything else iterated as (key, value) pairs.  0 or -1. */
int dict_update_arg(vm *v, object *d, object *other);
/* d.clear(): every entry released in order, back to the empty keys. */
void dict_clear(vm *v, object *d);

/* ---- the collector ------------------------------------------------------------ */

/* _PyDict_MaybeUntrack (full collections): untracks d when no key or value
 * may be tracked. */
void dict_maybe_untrack(vm *v, object *d);
/* Full collections: frees the parked dict objects, then the parked keys
 * tables (_PyDict_ClearFreeList). */
void dict_clear_freelists(vm *v);
/* The same for the newest entries only, until ndicts dict objects and
 * nkeys keys tables are left parked. */
void dict_trim_freelists(vm *v, uint32_t ndicts, uint32_t nkeys);
/* What a small str-keyed dict copied and dropped leaves behind
 * (PyDict_Copy's clone_combined_dict_keys takes its table straight from
 * pymalloc; free_keys_object parks a log2 = 3 unicode table): one new
 * keys block on the keys free list, or freed again when the list is
 * full.  python3's `import gc` ends with one more such table parked.
 * 0, or -1 with MemoryError. */
int dict_park_new_minsize_keys(vm *v);
/* Host memory of the parked entries, when the vm goes away. */
void dict_free_freelists(vm *v);
/* Checks d's invariants (dict.c); 0, or -1 with the first violation in
 * *why (why may be NULL). */
int dict_check(vm *v, object *d, buf *why);

/* ---- instances of ordinary classes ------------------------------------------
 *
 *   class C ──cached_keys──▶ shared keys: log2 6, unicode, 768 B (raw block)
 *                            dk_usable starts at 30 and shrinks by one per
 *                            new instance while > 1; each new name takes one
 *   instance ──values──▶ [prefix: order bytes][size × 8 B]   PyMem block
 *                        size = nentries + usable when the instance is made
 *            ──dict────▶ a real dict adopting those values (split table),
 *                        made only on demand (materialised)
 *
 * The instance module stores `dictvalues *values` and `object *dict` (the
 * two pointers of CPython's pre-header) and calls these.  All take the
 * instance; its class is inst->type.  The instance holds its dict under
 * the REF label DICT_INLINE_LABEL. */

#define DICT_INLINE_LABEL UINT32_MAX    /* past any __slots__ index */

/* _PyDict_NewKeysForClass: cls->cached_keys.  0, or -1 with MemoryError. */
int dict_class_init(vm *v, type *cls);
/* Drops the class's reference to its shared keys (the class dies). */
void dict_class_fini(vm *v, type *cls);
/* The table an insert into a full dict of general keys with `used` live
 * entries resizes it to (insertion_resize): its log2 size, its bytes
 * (*nbytes) and how many entries it holds (*usable).  Cannot fail. */
uint8_t dict_general_grow(uint64_t used, uint64_t *nbytes, int64_t *usable);
/* _PyDict_KeysSize: what a keys table adds to its owner's __sizeof__ (a
 * class's shared keys: 768 bytes). */
uint64_t dict_keys_sizeof(const dictkeys *k);
/* init_inline_values: a values block for a new instance, all slots empty.
 * NULL with MemoryError. */
dictvalues *dict_inline_new(vm *v, object *inst);
/* inst.name through the values (when vals) or the dict: borrowed, or NULL
 * when absent (no exception).  name: an exact str. */
object *dict_inline_get(vm *v, object *inst, dictvalues *vals, object *dict, object *name);
/* inst.name = value (value NULL: del inst.name), as
 * _PyObject_StoreInstanceAttribute: a name the shared keys have or can
 * still take stays inline; otherwise the dict is materialised (*vals set to
 * NULL, *dictp set) and takes the item.  0, or -1 with AttributeError
 * "'C' object has no attribute 'x'" (deleting a missing name) or another
 * error. */
int dict_inline_set(vm *v, object *inst, dictvalues **vals, object **dictp, object *name,
                    object *value);
/* inst.__dict__ (PyObject_GenericGetDict): makes the dict when there is
 * none (adopting *vals, which becomes NULL).  Borrowed (the instance holds
 * it), or NULL with MemoryError. */
object *dict_inline_materialize(vm *v, object *inst, dictvalues **vals, object **dictp);
/* _PyObject_FreeInstanceAttributes: values released in index order, then
 * the block freed (subtype_dealloc). */
void dict_inline_free(vm *v, object *inst, dictvalues *vals);
/* _PyObject_ClearInstanceAttributes (tp_clear): every value released in
 * index order; the block stays (with an empty insertion order, where
 * CPython leaves stale order bytes nobody reads). */
void dict_inline_clear(vm *v, object *inst, dictvalues *vals);
/* _PyObject_VisitInstanceAttributes (tp_traverse). */
int dict_inline_traverse(object *inst, dictvalues *vals, visitproc visit, void *arg);
/* The values block's simulated address (for the UI and tests). */
uint64_t dict_inline_addr(const dictvalues *vals);

#endif
