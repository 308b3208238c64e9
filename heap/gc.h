/*
 * gc.h — the cyclic garbage collector, steppable (see gc.c for the machine).
 *
 * A collection either runs to completion in one call (gc_collect: what
 * gc.collect() and the automatic trigger do), or is driven one step at a
 * time (gc_begin, then gc_step until it returns GCP_IDLE) by a test or a
 * UI.  Both do the same work in the same order and emit the same events
 * (nothing when the vm has no event sink).  While a collection is under
 * way, gc_phase/gc_obj/gc_gray answer the questions model_gc_*() answer
 * from the events (model.h), with the same structs.
 */
#ifndef HV_GC_H
#define HV_GC_H

#include "buf.h"
#include "vm.h"

/* Collects generation gen (0, 1 or 2) as gc.collect(gen) does; returns the
 * number of objects found unreachable (collected + uncollectable).  Under
 * mark & sweep the whole heap is marked and swept whatever gen is, and the
 * result is the number of objects swept.  A collection being stepped is
 * finished first. */
int64_t gc_collect(vm *v, int gen);
/* The automatic trigger of _PyObject_GC_Link: called after each GC
 * allocation is counted; collects the oldest generation over its
 * threshold (with the 25 % rule for full collections). */
void gc_maybe_collect(vm *v);

/* gc.collect() and the automatic trigger as gcmodule.c's
 * gc_collect_with_callback runs them: gc.callbacks called with ("start",
 * info) before and ("stop", info) after the collection (an error in one is
 * reported as unraisable), the DEBUG_STATS and DEBUG_COLLECTABLE lines on
 * stderr, gc_collecting set throughout (a callback's gc.collect() returns
 * 0).  Returns what gc_collect returns. */
int64_t gc_collect_with_callback(vm *v, int gen);

/* Py_BuildValue("{s?s?...}") of n str keys and int values, as do_mkdict
 * makes it: the dict, then per entry a new key str and int, set, both
 * dropped.  Bit i of longs: value i is an 'i' (PyLong_FromLong), else an
 * 'n' (PyLong_FromSsize_t).  NULL with the error set. */
object *gc_mkdict(vm *v, const char *const *keys, const int64_t *values, size_t n, unsigned longs);

/* gc.set_threshold (what: a generation 0–2), gc.enable/disable (what:
 * GC_CONFIG_ENABLED, value 1 or 0) and gc.set_debug (GC_CONFIG_DEBUG, the
 * flags): sets the value, emitting GC_CONFIG when it changes. */
void gc_configure(vm *v, unsigned what, int64_t value);

/* Puts the collector in the state python3's is in when its compiler
 * starts on a script (counts, free lists, the interpreter's own objects
 * per generation: gc.c's interp_start table).  Called once, before the
 * script is compiled (compile_source's COMPILE_SCRIPT then simulates what
 * the compiler allocates and frees); a vm that never calls it starts
 * empty (unit tests). */
void gc_start_interpreter(vm *v);
/* PyEval_EvalCode's function object for the script's module code, made
 * once the compiler is done (_PyFunction_FromConstructor): one more
 * interpreter object in generation 0, count[0] + 1 and the collection
 * that may start.  Called once, after gc_start_interpreter's script
 * compiled. */
void gc_start_main_function(vm *v);
/* What python3's first `import gc` (importlib running for it, then
 * gcmodule.c's module creation) keeps alive that heapviz's built-in module
 * does not: the module dict with its functions and names, the spec and
 * module blocks, a keys table left on the keys free list (gc.c says which).
 * Called by the session's first `import gc` (builtins.c's import_module);
 * gc_import_release drops them when the session ends. */
void gc_first_import(vm *v, gc_import_keep *keep);
void gc_import_release(vm *v, gc_import_keep *keep);
/* The interpreter made n more GC objects of its own (n < 0: freed them):
 * generation 0 takes the new ones, the youngest generations holding some
 * give up the freed ones (never below 0), with their GC_CONFIG events.
 * tracemalloc.c's import replay calls it before each collection it
 * triggers and at its end. */
void gc_interp_add(vm *v, int64_t n);
/* gc_alloc of one of the interpreter's own objects, *born of them (this
 * one included) made since they were last handed over: count[0] + 1.
 * When that passes the threshold (the collector enabled) they become the
 * interpreter's (gc_interp_add: the collection promotes them), *born is
 * 0, and 1 is returned: the caller then runs the collection
 * (gc_maybe_collect).  Else 0. */
int gc_count_interp(vm *v, int64_t *born);
/* One more of the interpreter's own objects made: *born + 1, counted
 * (gc_count_interp), and the collection when that passes the threshold. */
void gc_interp_born(vm *v, int64_t *born);

/* gc.freeze(): every tracked object, and the interpreter's own, moves to
 * the permanent generation (TRACK events to GC_PERMANENT, GC_CONFIG for
 * the interpreter's), which no collection examines; every count becomes
 * 0.  gc.unfreeze(): they all move to the end of generation 2.
 * gc_freeze_count: how many are there (gc.get_freeze_count()).  None can
 * fail. */
void gc_freeze(vm *v);
void gc_unfreeze(vm *v);
int64_t gc_freeze_count(vm *v);

/* Which collector gc_collect() and the trigger run (enum gc_collector). */
void gc_set_collector(vm *v, int collector);
int gc_collector(vm *v);

/* Starts a collection of generation gen (a stepped one finished first):
 * the phase becomes GCP_START, no work is done yet. */
void gc_begin(vm *v, int gen);
/* One step: one unit of the current phase's work (one object's gc_refs
 * set, one reference subtracted, one object visited or moved, one root
 * grayed, one gray object blackened, one finalizer, one object cleared,
 * one free-list entry released),
 * or, when the phase has none left, the transition to the next phase.
 * Returns the phase after the step; GCP_IDLE when the collection is over
 * (and when none was running). */
int gc_step(vm *v);
/* The phases a full collection by `collector` (enum gc_collector) goes
 * through, in order, from GCP_START (mark & sweep's second round of
 * MS_ROOTS and MS_MARK after MS_HELD, when there is one, not repeated):
 * copies up to max
 * into out, returns how many there are.  What the collector view lists. */
size_t gc_phase_order(int collector, uint8_t *out, size_t max);
/* Steps until the phase is `phase` or the collection is over; returns the
 * phase reached. */
int gc_step_to(vm *v, int phase);
/* Runs the collection under way to its end; returns its result (as
 * gc_collect), 0 if none was running. */
int64_t gc_finish(vm *v);

/* The current phase; *gen (may be NULL) gets the generation collected. */
int gc_phase(vm *v, int *gen);
/* o's collector state into *out: 1 if o takes part in the collection,
 * else 0 (out gets gc_refs -1, GCL_NONE, white). */
int gc_obj(vm *v, object *o, hv_gcobj *out);
/* The gray worklist of mark & sweep, bottom first (the next object to be
 * blackened is the last): copies up to max addresses, returns how many. */
size_t gc_gray(vm *v, uint64_t *out, size_t max);

/* Called by obj_untrack for an object taking part in a collection (it was
 * freed or untracked): it leaves the collection. */
void gc_forget(vm *v, object *o);
/* Checks the collector's invariants (gc.c).  0, or -1 with the first
 * violation in *why (may be NULL).  Costs O(tracked objects). */
int gc_check(vm *v, buf *why);
/* Frees the collector's state (vm_delete); a collection under way is
 * finished first. */
void gc_free(vm *v);

#endif
