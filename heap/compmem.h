/*
 * compmem.h — the GC objects CPython 3.11's compiler allocates and frees
 * while it compiles a script (Python/compile.c, Python/symtable.c), made
 * as simulated objects through the vm's own allocator, free lists and
 * gen-0 count, so the script's first statement finds the collector as
 * python3's does.
 *
 *   compiler_init      c_const_cache dict, c_stack list        ┐ until the
 *   _PySymtable_Build  st_stack list, st_blocks dict,          │ compiler
 *                      per block: ste_symbols dict,            │ ends
 *                      ste_varnames, ste_children (+ directives) lists
 *   symtable_analyze   free and global sets; per block (nested as the
 *                      blocks are) a `scopes` dict, five sets and a set
 *                      iterator, and per child three copied sets
 *   compiler_enter_scope  u_varnames, u_cellvars, u_freevars, u_consts,
 *                      u_names dicts (+ a sorted-keys list twice) ── until
 *                      the unit's code object is made
 *   merge_consts_recursive / merge_const_one: _PyCode_ConstantKey tuples
 *                      (and a frozenset's frozenset of keys), kept in
 *                      c_const_cache when the constant is new, freed at
 *                      once when it is already there
 *   assemble           the consts list, the keys of co_exceptiontable,
 *                      co_linetable and co_code (bytes, merged as constants)
 * The analysis's sets have no free list and are freed before it ends:
 * they change neither the count the compiler leaves nor any free list,
 * but they raise its peak, so they decide where an automatic collection
 * inside a long module's compile falls.
 *
 * Every object here is a real simulated object (dict_new, list_new,
 * tuple_new of Nones, the constants' real keys, obj_decref): its events are
 * in the session like any other, a few per code unit and per distinct
 * non-int, non-str constant.
 */
#ifndef HV_COMPMEM_H
#define HV_COMPMEM_H

#include "symtable.h"
#include "vm.h"

typedef struct compmem {
    vm *v;
    object **live;          /* held until compmem_end: symtable, const cache keys */
    size_t nlive, livecap;
    object *cache, *stack;  /* c_const_cache, c_stack */
    uint64_t *seen;         /* hashes of the bytes already merged (code, lines, exceptions) */
    size_t nseen, seencap;
} compmem;

/* A code unit's own dicts (u_varnames, u_cellvars, u_freevars, u_consts,
 * u_names), held from compmem_unit_begin to compmem_unit_end. */
typedef struct compmem_unit {
    object *dicts[5];
} compmem_unit;

/* compiler_init: the compiler's constant cache and stack made, before
 * the AST optimizer runs (compile.c's fold pass).  Cannot fail (a
 * MemoryError leaves an object out). */
void compmem_begin(compmem *m, vm *v);

/* _PySymtable_Build and symtable_analyze for the module scope `top`: the
 * symbol table's objects made, the analysis's made and freed.  Called
 * once, after the optimizer's folds and before the first code unit. */
void compmem_symtable(compmem *m, const symtable_scope *top);
/* compiler_enter_scope's objects for one unit. */
void compmem_unit_begin(compmem *m, compmem_unit *u);
/* compiler_unit_free: the unit's dicts freed. */
void compmem_unit_end(compmem *m, compmem_unit *u);
/* merge_consts_recursive / merge_const_one on constant c: its key made
 * (_PyCode_ConstantKey: nothing for None, Ellipsis, int, str and code
 * objects, which are their own key); kept in the cache when `fresh` (c is
 * new to the file) and returned (borrowed), else freed at once (NULL). */
object *compmem_const(compmem *m, object *c, int fresh);
/* merge_consts_recursive on a frozenset: the cached key's constant (its
 * second item) becomes c, the frozenset made for co_consts. */
void compmem_rekey(compmem *m, object *key, object *c);
/* assemble: the consts list (returned, free it with compmem_drop once the
 * code object is made). */
object *compmem_assemble(compmem *m);
/* Then the keys of the three byte strings, given their contents' hashes
 * (equal hashes: the same bytes, already merged); an empty exception table
 * is left out: b'' is merged as a constant (compmem_const) before. */
void compmem_assemble_bytes(compmem *m, const uint64_t bytes_hash[3], int empty_exctab);
/* Frees one object made here (NULL is ignored). */
void compmem_drop(compmem *m, object *o);
/* compiler_free: the symbol table, then c_const_cache (with its keys),
 * then c_stack, freed in CPython's order. */
void compmem_end(compmem *m);

#endif
