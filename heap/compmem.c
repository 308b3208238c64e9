/*
 * compmem.c — the compiler's own GC objects (see compmem.h for the map).
 * The law, read from a CPython 3.11.0 built with a log of every GC
 * allocation, free and free-list push/pop while it compiles a script
 * (pyrun_file → _PyAST_Compile):
 *   1. compiler_init takes c_const_cache (dict) and c_stack (list);
 *      _PySymtable_Build st_stack (list) and st_blocks (dict); ste_new
 *      ste_symbols (dict), ste_varnames and ste_children (lists), one block
 *      after the other in the order the blocks open; a block's first
 *      global/nonlocal statement its ste_directives list, and each name a
 *      global/nonlocal statement declares a 5-tuple record in it (one per
 *      statement and name).  All of them live until compiler_free.
 *   2. symtable_analyze takes its `free` and `global` sets; analyze_block
 *      its `local` set, `scopes` dict, `newglobal`, `newfree` and
 *      `newbound` sets, then `allfree`; analyze_child_block, per child, the
 *      temp_bound, temp_free and temp_global copies around the child's
 *      analyze_block; update_symbols a set iterator over the block's `free`
 *      (made and freed); analyze_block then frees scopes, local, newbound,
 *      newglobal, newfree, allfree; the children's copies go in that
 *      order, symtable_analyze's two last.  A set has no free list: each
 *      one raises the gen-0 count and lowers it when freed, so a long
 *      module's analysis peaks a few objects per nesting level above where
 *      it ends, and an automatic collection can fall inside it (python3,
 *      gdb on the count: 171 functions put it in the first function's
 *      analyze_block).
 *   3. compiler_enter_scope: u_varnames (list2dict), u_cellvars and
 *      u_freevars (dictbytype: a dict, and a PyDict_Keys list freed at
 *      once), u_consts, u_names; compiler_unit_free frees the five once
 *      the unit's code object is made (the innermost unit first).
 *   4. _PyCode_ConstantKey: None, Ellipsis, int, str, code are their own
 *      key; bool, bytes, float, complex a 2-tuple (type, value) (-0.0 and
 *      complex zeros with a negative sign a 3-tuple with None, False or
 *      True); a tuple a tuple of its items' keys, then (keys, tuple); a
 *      frozenset a tuple of its items' keys (iteration order), a frozenset
 *      of that tuple (the tuple freed), then (keys, frozenset).  The keys
 *      are real: a key freed frees the keys it holds.  merge_consts_recursive
 *      on a new non-empty frozenset then merges its items into a tuple and
 *      makes a second frozenset of it (the tuple freed), which replaces the
 *      first in the cached key and is the one co_consts holds
 *      (emit.c refrozen; compmem_rekey).  The first is the optimizer's
 *      (`in {..}`, `for x in {..}`: kept by the AST arena until the code
 *      has run) or a set display's (freed once merged).  _PyCode_New's
 *      intern_string_constants makes each frozenset of co_consts a tuple
 *      (set iterator, tuple), and a third frozenset when one of its strs
 *      was not interned as itself (emit.c reinterned).
 *   5. assemble: consts_dict_keys_inorder's list (freed after makecode),
 *      then optimize_cfg's fold_tuple_on_constants (a constant defaults
 *      tuple made and merged, merge_const_one, appended to co_consts),
 *      then merge_const_one on co_exceptiontable, co_linetable and co_code
 *      (a 2-tuple key each; an empty co_exceptiontable is b'', merged as a
 *      constant, so it is the file's first b'' in the cache), then
 *      makecode's co_names, co_consts and local names tuples, merged in
 *      that order (compmem_const through the
 *      unit's constant merging; merge_const_one makes the tuple's key but
 *      does not merge its items again).
 *   6. compiler_free: _PySymtable_Free (each block's dict and lists, then
 *      st_blocks, st_stack), c_const_cache (its keys, in insertion order,
 *      then the dict), c_stack.
 * A dict, list or tuple freed goes to its free list (their lengths stay
 * far below 80/80/2000 here); the gen-0 count rises only when a free list
 * is empty, which is why the law is not additive per construct.
 */
#include "compmem.h"

#include "complex.h"
#include "abstract.h"
#include "dict.h"
#include "hv.h"
#include "set.h"
#include "types.h"

#include <math.h>
#include <stdlib.h>

enum { MEM_SET = -3, MEM_DICT = -2, MEM_LIST = -1 };   /* else a tuple's length */

/* A new object of a kind (tuples filled with None), or NULL on MemoryError
 * (the exception is dropped: the model never fails a compilation). */
static object *take(compmem *m, int kind)
{
    vm *v = m->v;
    object *o;
    if (kind == MEM_SET) {
        o = set_new(v);
    } else if (kind == MEM_DICT) {
        o = dict_new(v);
    } else if (kind == MEM_LIST) {
        o = list_new(v, 0);
    } else {
        o = tuple_nones(v, (size_t)kind);
    }
    if (!o && v->exc)
        vm_exc_clear(v);
    return o;
}

void compmem_drop(compmem *m, object *o)
{
    if (o)
        obj_decref(m->v, o);
}

static void keep(compmem *m, object *o)
{
    if (!o)
        return;
    hv_grow(&m->live, &m->livecap, m->nlive + 1, sizeof *m->live, 32);
    m->live[m->nlive++] = o;
}

/* ste_new for s and, after it, the blocks it opens (law 1). */
static void symtable_entries(compmem *m, const symtable_scope *s)
{
    keep(m, take(m, MEM_DICT));             /* ste_symbols */
    keep(m, take(m, MEM_LIST));             /* ste_varnames */
    keep(m, take(m, MEM_LIST));             /* ste_children */
    if (s->ndirectives)
        keep(m, take(m, MEM_LIST));         /* ste_directives */
    for (uint32_t i = 0; i < s->ndirectives; i++)   /* its records: (name, lineno, */
        keep(m, take(m, 5));                /* col_offset, end_lineno, end_col_offset) */
    for (uint32_t i = 0; i < s->nchildren; i++)
        symtable_entries(m, s->children[i]);
}

/* update_symbols' iterator over the free set, made and freed (law 2). */
static void free_iterator(compmem *m, object *free)
{
    if (!free)
        return;
    object *it = obj_getiter(m->v, free);
    if (!it && m->v->exc)
        vm_exc_clear(m->v);
    compmem_drop(m, it);
}

/* analyze_block for s, whose enclosing block passed it the set free;
 * each child analyzed between analyze_child_block's copies (law 2).  The
 * sets stay empty: their tables are not simulated. */
static void analyze(compmem *m, const symtable_scope *s, object *free)
{
    enum { LOCAL, SCOPES, NEWGLOBAL, NEWFREE, NEWBOUND, ALLFREE, NOBJ };
    object *o[NOBJ];
    for (int i = 0; i < NOBJ; i++)
        o[i] = take(m, i == SCOPES ? MEM_DICT : MEM_SET);
    for (uint32_t i = 0; i < s->nchildren; i++) {
        object *temp[3];                    /* temp_bound, temp_free, temp_global */
        for (int k = 0; k < 3; k++)
            temp[k] = take(m, MEM_SET);
        analyze(m, s->children[i], temp[1]);
        for (int k = 0; k < 3; k++)
            compmem_drop(m, temp[k]);
    }
    free_iterator(m, free);
    static const int order[NOBJ] = {SCOPES, LOCAL, NEWBOUND, NEWGLOBAL, NEWFREE, ALLFREE};
    for (int i = 0; i < NOBJ; i++)
        compmem_drop(m, o[order[i]]);
}

/* symtable_analyze: its free and global sets around the module's block. */
static void analyze_module(compmem *m, const symtable_scope *top)
{
    object *free = take(m, MEM_SET), *global = take(m, MEM_SET);
    analyze(m, top, free);
    compmem_drop(m, free);
    compmem_drop(m, global);
}

void compmem_begin(compmem *m, vm *v)
{
    *m = (compmem){.v = v};
    m->cache = take(m, MEM_DICT);
    m->stack = take(m, MEM_LIST);
}

void compmem_symtable(compmem *m, const symtable_scope *top)
{
    object *st_stack = take(m, MEM_LIST);
    object *st_blocks = take(m, MEM_DICT);
    symtable_entries(m, top);
    keep(m, st_blocks);                     /* freed after the blocks' own objects */
    keep(m, st_stack);
    analyze_module(m, top);
}

/* dictbytype: its dict, and the sorted keys list it frees at once. */
static object *dict_by_type(compmem *m)
{
    object *d = take(m, MEM_DICT);
    compmem_drop(m, take(m, MEM_LIST));
    return d;
}

void compmem_unit_begin(compmem *m, compmem_unit *u)
{
    u->dicts[0] = take(m, MEM_DICT);        /* u_varnames */
    u->dicts[1] = dict_by_type(m);          /* u_cellvars */
    u->dicts[2] = dict_by_type(m);          /* u_freevars */
    u->dicts[3] = take(m, MEM_DICT);        /* u_consts */
    u->dicts[4] = take(m, MEM_DICT);        /* u_names */
}

void compmem_unit_end(compmem *m, compmem_unit *u)
{
    static const int order[5] = {3, 4, 0, 2, 1};   /* Py_CLEAR's: consts, names, varnames, free, cell */
    for (int i = 0; i < 5; i++) {
        compmem_drop(m, u->dicts[order[i]]);
        u->dicts[order[i]] = NULL;
    }
}

/* A tuple of the given items (new references taken), or NULL on
 * MemoryError (the items are released). */
static object *pack(compmem *m, size_t n, object **items)
{
    vm *v = m->v;
    object *t = tuple_new(v, n);
    for (size_t i = 0; i < n; i++) {
        if (t && items[i])
            tuple_set(v, t, i, items[i]);
        else
            compmem_drop(m, items[i]);
    }
    if (!t && v->exc)
        vm_exc_clear(v);
    return t;
}

/* (type(c), c) with an optional third item. */
static object *typed_key(compmem *m, object *c, object *third)
{
    object *items[3] = {obj_incref(m->v, &c->type->ob), obj_incref(m->v, c), third};
    return pack(m, third ? 3 : 2, items);
}

static object *const_key(compmem *m, object *c);

static void set_key(compmem *m, object *keys, size_t i, object *key)
{
    if (key)                                /* else left NULL: MemoryError dropped */
        tuple_set(m->v, keys, i, key);
}

/* The items' keys of a tuple, or of a frozenset in its iteration order. */
static object *item_keys(compmem *m, object *c)
{
    vm *v = m->v;
    if (obj_is(v, c, T_TUPLE)) {
        size_t n = TUPLE(c)->n;
        object *keys = tuple_new(v, n);
        for (size_t i = 0; keys && i < n; i++)
            set_key(m, keys, i, const_key(m, TUPLE(c)->items[i]));
        return keys;
    }
    object *keys = tuple_new(v, set_len(c)), *item;
    size_t pos = 0, i = 0;
    while (keys && set_next_entry(c, &pos, &item, NULL))
        set_key(m, keys, i++, const_key(m, item));
    return keys;
}

/* _PyCode_ConstantKey(c) (law 4): a new reference, the object itself for
 * those that are their own key; NULL on MemoryError. */
static object *const_key(compmem *m, object *c)
{
    vm *v = m->v;
    object *key = NULL;
    if (obj_is(v, c, T_BOOL) || obj_is(v, c, T_BYTES)) {
        key = typed_key(m, c, NULL);
    } else if (obj_is(v, c, T_FLOAT)) {
        double d = FLOAT(c);
        key = typed_key(m, c, d == 0.0 && signbit(d) ? obj_incref(v, v->none) : NULL);
    } else if (obj_is(v, c, T_COMPLEX)) {
        double re = COMPLEX(c)->real, im = COMPLEX(c)->imag;
        int rneg = re == 0.0 && signbit(re), ineg = im == 0.0 && signbit(im);
        object *third = rneg && ineg ? v->true_ : ineg ? v->false_ : rneg ? v->none : NULL;
        key = typed_key(m, c, third ? obj_incref(v, third) : NULL);
    } else if (obj_is(v, c, T_TUPLE)) {
        object *items[2] = {item_keys(m, c), obj_incref(v, c)};
        key = items[0] ? pack(m, 2, items) : (compmem_drop(m, items[1]), NULL);
    } else if (obj_is(v, c, T_FROZENSET)) {
        object *keys = item_keys(m, c);     /* freed once the frozenset of keys is made */
        object *items[2] = {keys ? set_new_frozen(v, keys) : NULL, obj_incref(v, c)};
        compmem_drop(m, keys);
        key = items[0] ? pack(m, 2, items) : (compmem_drop(m, items[1]), NULL);
    } else {
        return obj_incref(v, c);            /* None, Ellipsis, int, str, code */
    }
    if (!key && v->exc)
        vm_exc_clear(v);
    return key;
}

object *compmem_const(compmem *m, object *c, int fresh)
{
    object *key = const_key(m, c);
    if (!key || key == c) {                 /* its own key: nothing simulated */
        compmem_drop(m, key);
        return NULL;
    }
    if (!fresh) {
        compmem_drop(m, key);
        return NULL;
    }
    keep(m, key);
    return key;
}

void compmem_rekey(compmem *m, object *key, object *c)
{
    vm *v = m->v;
    if (!key)
        return;
    object *old = TUPLE(key)->items[1];
    TUPLE(key)->items[1] = obj_hold(v, c, key->addr, 1);
    obj_release(v, old, key->addr, 1);
}

static int seen(compmem *m, uint64_t h)
{
    for (size_t i = 0; i < m->nseen; i++)
        if (m->seen[i] == h)
            return 1;
    hv_grow(&m->seen, &m->seencap, m->nseen + 1, sizeof *m->seen, 16);
    m->seen[m->nseen++] = h;
    return 0;
}

object *compmem_assemble(compmem *m)
{
    return take(m, MEM_LIST);
}

void compmem_assemble_bytes(compmem *m, const uint64_t bytes_hash[3], int empty_exctab)
{
    for (int i = empty_exctab; i < 3; i++) {   /* b'' is merged as the constant it is */
        object *key = take(m, 2);
        if (seen(m, bytes_hash[i] + (uint64_t)i))
            compmem_drop(m, key);
        else
            keep(m, key);
    }
}

void compmem_end(compmem *m)
{
    for (size_t i = 0; i < m->nlive; i++)   /* the symbol table's, then the cache's keys */
        compmem_drop(m, m->live[i]);
    compmem_drop(m, m->cache);
    compmem_drop(m, m->stack);
    free(m->live);
    free(m->seen);
    *m = (compmem){0};
}
