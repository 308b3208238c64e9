/*
 * tracemalloc.h — the tracemalloc module on the simulated heap (heap/
 * internal).
 *
 * The vm passes every allocator event to tm_event (vm.c's sink in front of
 * the recorder's); while tracing, allocations, frees and in-place resizes
 * keep a trace per block, as _tracemalloc's hooks do.  The Python side
 * (Snapshot, _Traces, Statistic, StatisticDiff, Traceback, Frame) is made of
 * simulated objects laid out as CPython's tracemalloc.py classes are.
 */
#ifndef HV_TRACEMALLOC_H
#define HV_TRACEMALLOC_H

#include "vm.h"

typedef struct tm_state tm_state;

/* Where the judge's tracemalloc.py lives (the module's __file__). */
#define TM_PY_PATH "/usr/lib/python3.11/tracemalloc.py"

/* Files of Python code heapviz runs in C whose frames a trace's traceback
 * can name (beside the script, tracemalloc.py and _collections_abc). */
enum tm_file {
    TM_LINECACHE = 1,       /* /usr/lib/python3.11/linecache.py */
    TM_TOKENIZE,            /* /usr/lib/python3.11/tokenize.py */
    TM_CODECS,              /* <frozen codecs> */
    TM_BOOTSTRAP,           /* <frozen importlib._bootstrap> */
    TM_DISTUTILS_HACK,      /* setuptools' _distutils_hack/__init__.py, first on sys.meta_path */
};
/* A frame of one of them: its file and line. */
#define TM_FRAME(file, line) ((uint32_t)(file) << 26 | (uint32_t)(line))
#define TM_OUTER_MAX 8

/* While C code stands for Python code running above the script's frame
 * (gc.c: the first `import gc`'s importlib frames): its frames, innermost
 * first (TM_FRAME, at most TM_OUTER_MAX), name what is allocated meanwhile,
 * as python3's tracebacks do; n 0 ends that. */
void tm_set_outer_frames(vm *v, const uint32_t *frames, unsigned n);

/* The state of v's tracemalloc (vm creation / destruction). */
void tm_init(vm *v);
void tm_fini(vm *v);
/* One allocator event (pymalloc.h), seen before the recorder sees it. */
void tm_event(vm *v, const hv_event *ev);
/* o was just taken back from a free list (CPython's _Py_NewReference): if
 * its block is traced, the trace gets the current line, as
 * _PyTraceMalloc_NewReference does; an untraced block stays untraced. */
void tm_new_reference(vm *v, const object *o);
/* A block is being reallocated (done 0) / has been (done 1): the new block
 * and the old one's free are one change, as tracemalloc's realloc hook
 * sees them, so the peak is taken once both are done (a moving realloc
 * never counts both blocks at once). */
void tm_realloc(vm *v, int done);
/* `import tracemalloc`: the module's classes get their shared instance
 * keys, as when CPython imports tracemalloc.py.  Idempotent; 0 or -1. */
int tm_import(vm *v);
/* Whether the program has imported tracemalloc (cannot fail). */
int tm_imported(const vm *v);
/* Whether t is one of tracemalloc.py's classes heapviz simulates (Snapshot,
 * Traceback, Frame...: T_TM_SNAPSHOT to T_TM_CLASS), Python classes in
 * CPython. */
int tm_is_class(vm *v, const type *t);
/* The text of line `line` of `filename` when that is tracemalloc.py and
 * the line one heapviz names in a traceback (tmsource.inc), its length in
 * *len; NULL otherwise. */
const char *tm_source_line(const char *filename, uint32_t line, size_t *len);

/* The module's functions (builtins.c makes the module from them). */
extern const method_def tracemalloc_defs[];
/* reversed(traceback) and reversed(snapshot.traces): python3 runs
 * Sequence.__reversed__, a generator; NULL with MemoryError. */
object *tm_traceback_reversed(vm *v, object *tb);

extern const type tmpl_tm_object, tmpl_tm_snapshot, tmpl_tm_traceback, tmpl_tm_class;

#endif
