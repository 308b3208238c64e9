/*
 * vm.h — the simulated interpreter's state, shared by the object layer and
 * the evaluator (heap/ internal; ui/ and store/ use interp.h).
 *
 * One vm = one simulated CPython process: its pymalloc heap, its builtin
 * types and singletons (each vm has its own copies, so their reference
 * counts are per heap and several heaps can run side by side), its free
 * lists, the collector's generations, and the exception being raised.
 *
 * Errors follow CPython: a function that fails sets the current exception
 * (vm_raise*) and returns NULL or -1; the caller passes the failure up.
 */
#ifndef HV_VM_H
#define HV_VM_H

#include "bigint.h"
#include <locale.h>
#include <signal.h>
#include "buf.h"
#include "hostmem.h"
#include "map.h"
#include "object.h"
#include "pymalloc.h"
#include "environrefs.h"
#include "srcstat.h"

/* Builtin types, one per enum value; vm->types[T_X] is the vm's copy. */
enum builtin_type {
    T_OBJECT, T_TYPE, T_NONE, T_NOTIMPL, T_ELLIPSIS, T_BOOL, T_INT, T_FLOAT, T_COMPLEX, T_STR, T_BYTES,
    T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET, T_RANGE, T_SLICE,
    T_FUNCTION, T_CODE, T_CELL, T_METHOD, T_BUILTIN, T_METHOD_DESCR, T_GENERATOR, T_MODULE,
    T_LIST_ITER, T_TUPLE_ITER, T_RANGE_ITER, T_LONGRANGE_ITER, T_STR_ITER, T_BYTES_ITER, T_DICT_KEYITER,
    T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_LIST_REVITER, T_REVERSED, T_ENUMERATE, T_ZIP,
    T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD,
    T_SUPER, T_GETSET_DESCR, T_MEMBER_DESCR, T_WEAKREF, T_FRAME, T_TRACEBACK,
    /* tracemalloc.py's classes (tracemalloc.c) */
    T_TM_SNAPSHOT, T_TM_TRACES, T_TM_STATISTIC, T_TM_STATDIFF, T_TM_TRACEBACK, T_TM_FRAME,
    T_TM_TRACE,
    T_TM_CLASS,             /* a class of the import's garbage (pickle's exceptions) */
    /* exceptions */
    T_BASE_EXC, T_EXCEPTION, T_STOP_ITERATION, T_GENERATOR_EXIT, T_KEYBOARD_INTERRUPT,
    T_SYSTEM_EXIT, T_ARITHMETIC_ERROR, T_ZERO_DIVISION, T_OVERFLOW, T_ASSERTION, T_ATTRIBUTE,
    T_LOOKUP, T_INDEX, T_KEY, T_NAME, T_UNBOUND_LOCAL, T_TYPE_ERROR, T_VALUE, T_UNICODE,
    T_RUNTIME, T_RECURSION, T_NOT_IMPLEMENTED, T_MEMORY, T_SYNTAX, T_IMPORT,
    T_MODULE_NOT_FOUND, T_UNICODE_DECODE, T_UNICODE_ENCODE,
    T_METHOD_WRAPPER, T_MAPPINGPROXY,
    T_SEQ_ITER,             /* iter() of a class with __getitem__ only */
    T_MAP, T_FILTER,
    T_WRAPPER_DESCR,        /* a slot wrapper of a builtin type (descr.c) */
    T_OS_ERROR, T_CONNECTION_ERROR, T_BROKEN_PIPE,     /* what a write to a closed pipe raises */
    T_MANAGED_BUFFER, T_MEMORYVIEW,     /* what a BufferedWriter hands its raw file (textio.c) */
    T_DICT_REVKEYITER, T_DICT_REVVALUEITER, T_DICT_REVITEMITER,     /* reversed(d), of a view */
    T_STR_UITER,            /* iter() of a str that is not ASCII (T_STR_ITER: one that is) */
    T_TEXTIO,               /* sys.stdout and sys.stderr (textio.c) */
    T_SOURCE_LOADER,        /* __main__'s __loader__ (loader.c) */
    T_CLASSMETHOD_DESCR,    /* a builtin type's C class method (dict.fromkeys: attr.c) */
    T_IOBASE, T_TEXTIOBASE, /* TextIOWrapper's bases, _io._IOBase and _io._TextIOBase (textio.c) */
    T_BYTEARRAY, T_BYTEARRAY_ITER,     /* bytearray.c */
    T_BUFFER_ERROR,         /* a bytearray resized while its buffer is exported */
    T_MEMORY_ITER,          /* iter() of a memoryview (memview.c) */
    T_SYS_VERSION_INFO, T_SYS_FLOAT_INFO, T_SYS_INT_INFO, T_SYS_HASH_INFO,
    T_SYS_THREAD_INFO, T_SYS_FLAGS, /* sys's struct sequences, in structseq.inc's order (structseq.c) */
    T_NAMESPACE,            /* types.SimpleNamespace: sys.implementation's type (namespace.c) */
    T_NBUILTIN
};

#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256
#define FREELIST_FLOAT 100
#define FREELIST_LIST 80
#define FREELIST_DICT 80
#define FREELIST_KEYS 80
#define FREELIST_TUPLE 2000
#define TUPLE_FREELISTS 20          /* lengths 1..20 are pushed; 1..19 popped */
#define NUM_GENERATIONS 3

typedef struct freelist {
    object **items;         /* LIFO */
    uint32_t n, cap;
} freelist;

typedef struct generation {
    gchead head;            /* list sentinel */
    int64_t threshold;
    int64_t count;
} generation;

/* What gc.get_stats() reports of one generation (gcmodule.c's
 * gc_generation_stats): collections of it that ran to their end, the
 * objects they collected and those they could not. */
typedef struct gc_gen_stats {
    int64_t collections, collected, uncollectable;
} gc_gen_stats;

/* What PyObject_Call hands a tp_call (CALL_FUNCTION_EX's call_ex), while it
 * runs: the tuple and the keyword dict the call built, used as they are
 * (CPython's tp_call receives them); args is the vector passed on, so a
 * consumer (vm_handed_tuple) knows the call is the one handed.
 * The kwnames passed with it are host-only (eval.c: call_handed). */
typedef struct handed_call {
    object *const *args;    /* the vector passed to the tp_call, or NULL */
    object *tuple;          /* the positional arguments as CALL_FUNCTION_EX built them */
    object *kwdict;         /* the keywords dict it built, or NULL */
} handed_call;

/* What python3's first `import gc` keeps (gc.c's gc_first_import): its
 * objects (references) and the blocks no simulated object owns. */
typedef struct gc_import_keep {
    object *objs[32];       /* at most 30 (gc.c checks) */
    uint64_t blocks[32];    /* at most 24 */
    uint64_t table;         /* the module dict's table (gc.c: the dict itself has none) */
    unsigned nobjs, nblocks;
} gc_import_keep;

/* The tuple and dict a METH_VARARGS call packs (object.h), while it runs. */
typedef struct varcall {
    object *args;           /* its positional arguments (a tuple) */
    object *kw;             /* its keywords (a dict), or NULL */
} varcall;

struct vm {
    pymalloc *pm;
    hv_emit_fn emit;        /* event sink; NULL: nobody listens */
    void *ud;
    hv_ring *ring;          /* the sink's ring (emit is hv_ring_emit), or NULL */
    hv_event scratch;       /* vm_event_begin's slot without a ring */
    object **unsaid;        /* objects with unsaid references this step (object.h) */
    size_t nunsaid, unsaid_cap;
    void **kept;            /* host memory of freed ones, given back when the step ends */
    size_t nkept, kept_cap;
    int tracing;            /* tracemalloc sees the allocator's events (vm_heap_listeners) */
    uint32_t line;          /* script line being executed */

    type *types[T_NBUILTIN];
    object *none, *true_, *false_, *notimpl, *ellipsis;
    object *small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
    object *empty_str, *latin1[256];
    object *empty_bytes, *bytes1[256];
    object *empty_tuple;
    uint64_t static_first;  /* the first static address */
    uint64_t static_next;   /* next static address (the binary's data segment) */

    map interned;           /* str hash → interned str (chained through `next_interned`) */
    uint64_t interned_changes; /* strs that joined or left `interned` so far */
    uint64_t gc_begun;      /* collections begun so far (gc_begin) */
    uint64_t names_gc;      /* vmnames_each_since's last walk: gc_begun + 1 then,
                               if no collection was running; else 0 */
    object **static_strs;   /* static interned names (to free them) */
    size_t nstatic_strs, static_strcap;
    object **static_ids;    /* those of str_static, by text (borrowed) */
    size_t nstatic_ids, static_idcap;

    freelist fl_float, fl_list, fl_dict, fl_tuple[TUPLE_FREELISTS + 1];
    struct dictkeys **fl_keys;  /* parked keys tables (dict.c), LIFO, FREELIST_KEYS slots */
    uint32_t nfl_keys;
    object *slice_cache;    /* one freed slice, reused by the next (interp->slice_cache) */

    generation gens[NUM_GENERATIONS];
    gchead permanent;       /* gc.freeze()'s generation (gchead.gen GC_PERMANENT): never collected */
    gc_gen_stats gc_stats[NUM_GENERATIONS];
    int gc_enabled;
    int gc_collecting;
    int gc_debug;           /* gc.set_debug()'s flags (enum gc_debug, event.h) */
    bool no_finalizers;     /* vm_delete past its rounds of collections: __del__ runs no
                               more (one that makes new cyclic garbage each time would
                               keep them going; python3 leaks what is left) */
    struct gcm *gcm;        /* the collector's machine (gc.c), made on first use */
    int64_t long_lived_total, long_lived_pending;
    int64_t interp_objs[NUM_GENERATIONS + 1]; /* the interpreter's own objects per
                               generation, the permanent one last: no blocks, always
                               reachable (gc.c) */

    object *exc;            /* the exception being raised, or NULL; while exc_raw is set,
                               its value (a str, a tuple or None) */
    struct type *exc_raw;   /* set: the current exception is still raw, as _PyErr_SetObject
                               leaves one raised by C code when no exception is being
                               handled: its type (exc_normalize makes the instance) */
    object *exc_tb;         /* a raw exception's traceback objects so far (a reference) */
    object *memory_errors[16]; /* preallocated MemoryError instances */
    unsigned recursion_depth, recursion_limit;
    uintptr_t stack_floor;  /* below this address the host's C stack is full
                               (cstack_floor, set as a program starts; 0: none) */

    bigint_ctx bi;          /* the numeric core's context */
    locale_t utf8;          /* C.UTF-8 for case mappings beyond ASCII, or 0 */

    /* the interpreter */
    map builtins;           /* interned name (pointer) → builtin object */
    object *builtins_dict;  /* the dict every function holds as func_builtins: a
                               static object, empty (its names live in `builtins`) */
    object **builtin_funcs; /* the static builtin functions (to free them) */
    struct typedicts *typedicts;    /* builtin types' tp_dicts, built on first use (typedict.c) */
    object *modules[4];     /* sys, gc, tracemalloc, _weakref */
    map weakrefs;           /* referent (host pointer) → the head of its weakref list
                               (weakref.h) */
    object *main_name;      /* __main__'s name str, held as its module's md_name (or NULL) */
    object *main_loader;    /* __main__'s __loader__ (loader.c), or NULL (a console) */
    object *builtins_module;/* builtins: __main__'s __builtins__ (its names: `builtins`) */
    int gc_imported;        /* the program's first `import gc` ran (gc_import may hold
                               less: a MemoryError stops it) */
    gc_import_keep gc_import;  /* what python3's first `import gc` keeps (gc_first_import) */
    int ucn_imported;       /* unicodedata's name capsule was loaded (bytes.c: ucn_import) */
    uint64_t ucn_blocks[72];   /* the blocks that import keeps */
    unsigned nucn_blocks;
    object *sys_stdout;     /* sys.stdout, a TextIOWrapper (textio.c), held by sys */
    object *sys_stderr;     /* sys.stderr, the same */
    object *sys_argv;       /* sys.argv: a static list (list_new_static), held by sys */
    object *sys_argv0;      /* its first item, the script's path (interp_set_argv0), or NULL */
    object *sys_structseq[6];  /* sys.version_info ... sys.flags (structseq.c) */
    struct method_def *structseq_members[6];   /* each type's member table (host memory) */
    object *sys_implementation;     /* sys.implementation, a static SimpleNamespace (structseq.c) */
    object *gc_garbage;     /* gc.garbage (a static list) */
    object *gc_callbacks;   /* gc.callbacks (a static list): called around collections */
    object *build_class;    /* __build_class__ */
    object *str___name__;   /* interned "__name__" */
    object *dunders[96];    /* interned special names (class.c) */
    /* type_lookup's cache (attr.c, typeobject.c's method cache): an entry
     * counts only while lookup_epoch is the one it was made under.  The
     * epoch moves on every change a lookup could see: a type's dict
     * (object.typedict), a class's mro set or cleared, a type freed, an
     * interned str leaving the table (its address may come back as
     * another name). */
    struct lookup_entry *lookup_cache;     /* LOOKUP_CACHE_SIZE entries, or NULL */
    uint64_t lookup_epoch;
    varcall varargs;        /* what the running METH_VARARGS call packed (attr.c) */
    handed_call handed;     /* what the running tp_call was handed whole (eval.c) */
    handed_call packed;     /* what _PyObject_MakeTpCall or a slot wrapper's call packed
                               for the running call (vm_call_kwdict) */
    object *calling;        /* the method descriptor or builtin_function_or_method whose C
                               function runs (attr.c: descr_run): its argument errors' name */
    uint64_t nproperties;   /* property objects alive (descr.c): none, no data descriptor */
    int attr_quiet;         /* attr_lookup runs a builtin type's getattr: attr_generic
                               raises no AttributeError (a suppressed generic lookup) */
    object *handling;       /* the running frame's exc_info item: the exception its except
                             * block handles, or None/NULL (a generator has its own) */
    object **handled_below; /* the items of the frames that resumed the running generators,
                             * innermost last (references or NULL; vm_handled) */
    size_t nhandled_below, handled_below_cap;
    uint64_t datastack_top; /* next free simulated data-stack address */
    uint64_t step;          /* statements begun so far */
    int console;            /* running a console input: one STEP_CONSOLE step for it all */
    object *underscore;     /* builtins._, the console's last echoed value (or NULL) */
    object *sys_last[3];    /* sys.last_type, last_value, last_traceback: the last
                               uncaught exception PyErr_Print kept (interp.c), or NULLs */
    volatile sig_atomic_t *interrupt; /* set by a SIGINT handler (or NULL): KeyboardInterrupt */
    int (*interrupt_check)(void *ud);   /* NULL, or asked whether a set flag means it (interp.h) */
    void *interrupt_ud;
    void *frame_cache[32];  /* host memory of freed frames, reused by frame_new (eval.c) */
    hostmem host;           /* host memory of objects (object.c) */
    unsigned nframe_cache;
    unsigned trash_nesting; /* container deallocs in progress (the trashcan) */
    object *trash_later;    /* deallocs deferred by the trashcan (LIFO, see object.h) */
    uint64_t step_limit;    /* steps allowed (0: no limit); interp.h */
    environ_refs environ;   /* posix.environ's references to the static bytes (environrefs.h) */
    uint64_t ticks;         /* statements + loop and iterator steps so far (counted with a limit) */
    struct tb_entry *tb;    /* where a raw exception passed, innermost first (excobj.tb's
                               until it is normalized) */
    size_t ntb, tbcap;
    void (*write)(void *ud, int fd, const char *p, size_t n);   /* the program's output */
    void *write_ud;
    int *write_errno;       /* interp.h: set by write when stdout failed */
    void (*sync)(void *ud); /* interp.h: file.flush() reaching the host (gets write_ud) */

    object **repr_stack;    /* containers being repr'd (repr_enter) */
    object *repr_dict;      /* the thread state's dict with Py_Repr (abstract.c), or NULL */
    struct textio_set *textio; /* sys.stdout and sys.stderr's pending text (textio.c) */
    object *print_kwtuple;  /* print's parser keyword tuple (builtins.c), or NULL */
    object **cache_names;   /* names _PyType_Lookup's method cache holds (traceback.c) */
    size_t ncache_names, cache_names_cap;
    uint32_t utf8_decoders; /* utf_8.IncrementalDecoders io's readers made (traceback.c): the
                               hooks' and linecache's */
    object *linecache_entry; /* linecache.cache's entry for the script, or NULL (tracemalloc.c) */
    srcstat source_stat;    /* interp_options.source_stat */
    struct clinic_parser {  /* the other Argument Clinic parsers made so far (args_unpack) */
        const void *def;    /* the function's method_def */
        object *kwtuple;    /* its keyword names, interned */
    } clinic[24];
    unsigned nclinic;
    object *descr_qualnames[32]; /* method descriptors' d_qualname made so far, "type.name",
                                    kept for good as CPython's descriptors keep them (builtins.c) */
    unsigned ndescr_qualnames;
    size_t nrepr, repr_cap;

    buf out, err;           /* what the program printed */

    struct tm_state *tm;    /* tracemalloc (tracemalloc.c) */
    const char *script;     /* the program's file name (tracemalloc's frames), or NULL */
    const char *script_text; /* its text as io reads it, decoded (Traceback.format and
                               tracebacks quote it), script_len bytes */
    size_t script_len;
    int32_t script_readable; /* its lines io reads before a decode error, or -1: all
                               (lex_readable_lines) */
    void (*snapshot)(void *ud, const char *name);   /* interp_options.snapshot, or NULL */
    void *snapshot_ud;

    /* roots the interpreter keeps (vm_roots) */
    object *main_dict;      /* __main__'s globals (interp.c, borrowed), or NULL */
    struct frame **frames;  /* the frames executing (eval.c), outermost first */
    size_t nframes, framecap;
};

/* A vm with an empty heap of geometry prof (limit bytes, 0: none), sending
 * events to emit(ud, ev) (emit may be NULL).  Cannot fail. */
vm *vm_new(const profile *prof, uint64_t limit, hv_emit_fn emit, void *ud);
void vm_delete(vm *v);

static inline int vm_listening(const vm *v)
{
    return v->emit != NULL;
}

/* Room for more on vm.unsaid (vm.c). */
void vm_grow_unsaid(vm *v);

static inline void vm_list_unsaid(vm *v, object *o)
{
    if (HV_UNLIKELY(v->nunsaid == v->unsaid_cap))
        vm_grow_unsaid(v);
    v->unsaid[v->nunsaid++] = o;
    o->listed = 1;
}

/* The allocator's events go to tracemalloc and the sink: when neither
 * listens (no sink, tracemalloc not tracing) they are not made at all.
 * tracemalloc calls this when it starts or stops tracing. */
void vm_heap_listeners(vm *v, int tracing);

/* Says every unsaid reference (object.h): one REF event per object whose
 * interpreter count changed since it was last said, in the order the
 * objects were first touched.  Before a STEP, a snapshot, a sink change,
 * and when a run or console input ends. */
void vm_say_all_now(vm *v);
static inline void vm_say_all(vm *v)
{
    if (v->nunsaid || v->nkept)
        vm_say_all_now(v);
}
/* A step begins (v->step is its number): every unsaid reference said,
 * then its STEP event (only when vm_listening). */
void vm_step_event(vm *v, enum step_what what);
/* The host memory (piece: where it starts) of an object freed while on
 * vm.unsaid, which vm_say_all gives back. */
void vm_keep_until_said(vm *v, void *piece);

/* Sends later events to ring (filled in place: event.h), or, ring NULL,
 * to emit(ud, ev) (NULL: none are made).  Not during a collection. */
void vm_set_sink(vm *v, hv_emit_fn emit, void *ud, hv_ring *ring);


/* An event built in place (only when vm_listening):
 *
 *   hv_event *ev = vm_event_begin(v);
 *   *ev = (hv_event){.kind = K, .site = v->line, …};   every byte
 *   vm_event_commit(v, ev, K, its key: hv_event_key, the address it is about but
 *                   an OBJ_NEW's type);
 *
 * With a ring whose next slot is free the event is built there (no copy,
 * no call: event.h); else in v->scratch, handed to emit (a ring's
 * hv_ring_emit then copies it, waiting for room if it must). */
static inline hv_event *vm_event_begin(vm *v)
{
    return hv_event_begin(v->ring, &v->scratch);
}

static inline void vm_event_commit(vm *v, hv_event *ev, unsigned kind, uint64_t key)
{
    hv_event_commit(v->ring, ev, kind, key, v->emit, v->ud);
}

/* A REF event (object.h): target's count changed by delta for holder,
 * in slot label.  Inline for vm_say_all_now, which says the step's
 * references in a row. */
static inline void vm_ref_event(vm *v, uint64_t target, uint64_t holder, uint64_t label, int delta)
{
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_REF, .site = v->line,
                     .u.ref = {.target = target, .holder = holder, .label = label, .delta = (int8_t)delta}};
    vm_event_commit(v, ev, EV_REF, target);
}

/* The vm's builtin type t. */
static inline type *vm_type(vm *v, enum builtin_type t)
{
    return v->types[t];
}

/* A static address for an object of `size` bytes that lives for the whole
 * run outside pymalloc (singletons, builtin types). */
uint64_t vm_static_addr(vm *v, uint32_t size);

/* The references CPython 3.11's own objects (modules, code, caches made at
 * start-up) hold to the static object o, which the simulated heap does not
 * have: measured, heap/staticrefs.inc.  0 for any other object.
 * sys.getrefcount adds them to o's count. */
int64_t vm_interp_refs(vm *v, const object *o);
/* Whether CPython 3.11 has interned text as one of its own names at
 * start-up (staticnames.inc, measured), or, once the program has imported
 * tracemalloc, as one of the names that import brings (staticnames_tm.inc). */
int vm_startup_name(const vm *v, const char *text);

/* Whether o is one of the static objects (never freed, outside pymalloc). */
static inline int vm_is_static(const vm *v, const object *o)
{
    return o->addr >= v->static_first && o->addr < v->static_next;
}

/* ---- roots ----------------------------------------------------------------
 * What the interpreter itself references, from which everything live is
 * reachable (mark & sweep marks from them): visited kind by kind in this
 * order, each with its kind (enum gc_root, event.h).  Objects are visited
 * as they are found (a GC object may come more than once, and non-GC ones
 * come too: the visitor picks). */
typedef void (*vm_root_fn)(void *ud, object *o, int kind);
/* Calls fn(ud, o, kind) for every object the vm references directly
 * (every kind but GCR_NONE and GCR_HELD). */
void vm_roots(vm *v, vm_root_fn fn, void *ud);
/* The registry of frames executing (eval.c calls them): f starts, or
 * stops (returns, yields, is freed: a no-op if not registered). */
void vm_frame_enter(vm *v, struct frame *f);
void vm_frame_leave(vm *v, struct frame *f);

/* Big-int work (bigint_ctx.work) that counts as one step. */
#define VM_BIGINT_WORK_PER_STEP (1u << 12)

/* Counts one step against the step limit, with the big-int work done so
 * far (interp.h): -1 with KeyboardInterrupt raised once the limit is used
 * up, else 0.  Callers skip it when v->step_limit is 0 (no limit). */
int vm_tick(vm *v);

/* ---- exceptions ----------------------------------------------------------- */

/* Sets the current exception to a new instance of t with message
 * printf(fmt, ...); returns NULL so callers can `return vm_raise(...)`. */
object *vm_raise(vm *v, enum builtin_type t, const char *fmt, ...) HV_PRINTF(3, 4);
/* PyErr_Format(t, fmt, ...): the message made as PyUnicode_FromFormatV
 * makes it (str_from_format_ints: a writer buffer of strlen(fmt) + 100
 * characters, a temporary str for each %s or %.Ns), which is what a peak
 * sees when the error is made.  Each directive takes the next argument as
 * PyErr_Format does: %s and %.Ns a const char *, %U and %R an object *
 * (%S too, of a str: PyObject_Str's exact str), %c, %d, %i and
 * %x an int, %ld a long, %zd a size_t, %p the uint64_t of a
 * simulated address; at most VM_FORMAT_MAX of each kind.  CPython's exact
 * format (its precisions: "'%.200s' object is not iterable") is what
 * callers pass, since its length sizes the buffer.  Returns NULL. */
object *vm_raise_format(vm *v, enum builtin_type t, const char *fmt, ...);
#define VM_FORMAT_MAX 6
/* Sets the current exception to exc (a reference is taken over). */
object *vm_raise_object(vm *v, object *exc);
/* The same with the message as a str object (a new reference is made). */
object *vm_raise_str(vm *v, enum builtin_type t, object *msg);
/* The same with a message just made (a new reference, which it takes
 * over), or NULL when making it failed (MemoryError set): the shape of
 * every PyErr_Format whose message a str_from_format* builds.  NULL. */
object *vm_raise_made(vm *v, enum builtin_type t, object *msg);
/* _PyErr_SetObject(t, value) for value a str, a tuple (KeyError's (key,))
 * or NULL: the exception stays raw (v->exc_raw) until a handler or a
 * reader of its fields normalizes it (exc_normalize), except while an
 * exception is being handled, when it is made now to take that one as its
 * __context__.  A new reference to value is taken; returns NULL. */
object *vm_raise_value(vm *v, enum builtin_type t, object *value);
/* _PyErr_SetKeyError: KeyError's raw value is (key,), made now (key
 * borrowed); returns NULL. */
object *vm_raise_key_error(vm *v, object *key);
/* MemoryError without allocating (a preallocated instance). */
object *vm_no_memory(vm *v);
int vm_exc_matches(vm *v, enum builtin_type t);
void vm_exc_clear(vm *v);

/* _PyType_Lookup's method cache keeps a reference to the name of each
 * lookup it caches: a str made for one lookup (PyObject_GetAttrString's)
 * stays alive there, here until the vm ends.  Takes the reference. */
void vm_keep_cache_name(vm *v, object *name);

/* The current exception as _PyErr_Fetch takes it out: raw or not, with a
 * raw one's traceback so far. */
typedef struct vm_err {
    object *exc;            /* v->exc's reference, or NULL */
    struct type *raw;       /* v->exc_raw */
    object *tb;             /* v->exc_tb's reference */
    struct tb_entry *entries;   /* v->tb's */
    size_t nentries, cap;
} vm_err;
/* Takes the current exception out: none is set afterwards.  Cannot fail. */
vm_err vm_exc_fetch(vm *v);
/* _PyErr_Restore: e becomes the current exception again (whatever was
 * set meanwhile is dropped).  Cannot fail. */
void vm_exc_restore(vm *v, vm_err e);
/* _PyErr_GetTopmostException: the exception being handled (borrowed) —
 * the running frame's item's, or when that is empty (a generator that
 * handles none) the nearest of the items below it — or NULL. */
object *vm_handled(vm *v);
/* A generator resumes with its own item (gi_exc_state): the running one
 * goes below it; *item (a reference, or NULL) becomes v->handling. */
void vm_handled_push(vm *v, object **item);
/* It yielded or finished: its item goes back to *item, the one below
 * comes back. */
void vm_handled_pop(vm *v, object **item);

/* The tuple PyObject_Call handed the running tp_call (v->handed), when
 * args is the vector passed on with it: the caller is that call's
 * consumer, which uses the tuple as it is.  Else NULL. */
static inline object *vm_handed_tuple(const vm *v, object *const *args)
{
    return args == v->handed.args ? v->handed.tuple : NULL;
}

/* The keyword dict a tp_call that receives args was given (dict_init
 * merges it, as CPython's gets it): handed by CALL_FUNCTION_EX, or packed
 * for the call (v->packed, set around it by the packing caller); NULL
 * when the call is a vectorcall or has no keywords. */
static inline object *vm_call_kwdict(const vm *v, object *const *args)
{
    return args == v->handed.args ? v->handed.kwdict : args == v->packed.args ? v->packed.kwdict : NULL;
}

/* Whether the C stack is nearly full: the caller's frame is below the
 * floor (cstack.h).  Every C recursion asks, whatever the recursion limit. */
static inline int vm_stack_full(const vm *v)
{
    return HV_UNLIKELY((uintptr_t)__builtin_frame_address(0) < v->stack_floor);
}

/* The error for a full C stack, where python3 would die of SIGSEGV with a
 * recursion limit raised this high: RecursionError, saying why.  NULL. */
object *vm_raise_stack_full(vm *v, const char *where);

/* A C recursion CPython does not count (a nested tuple's hash, a call
 * running a frame): 0, or -1 with vm_raise_stack_full's error. */
static inline int vm_stack_guard(vm *v, const char *where)
{
    if (vm_stack_full(v)) {
        vm_raise_stack_full(v, where);
        return -1;
    }
    return 0;
}

/* _Py_EnterRecursiveCall: a C-level recursion (a repr, a comparison, a call
 * into C) counts against the same limit as Python frames, as in CPython
 * 3.11; past it, RecursionError "maximum recursion depth exceeded<where>".
 * A full C stack stops it too (vm_stack_guard). */
static inline int vm_enter_recursive(vm *v, const char *where)
{
    if (v->recursion_depth >= v->recursion_limit) {
        vm_raise(v, T_RECURSION, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    if (vm_stack_guard(v, where))
        return -1;
    v->recursion_depth++;
    return 0;
}

static inline void vm_leave_recursive(vm *v)
{
    v->recursion_depth--;
}

#endif
