/*
 * tracemalloc.c — tracemalloc on the simulated heap.
 *
 *   allocator event ──tm_event──▶ traces: block address → (size, tag),
 *                                 a _Py_hashtable (tmtable.c), as CPython's
 *                                 current / peak traced bytes
 *   take_snapshot() ──▶ Snapshot ─traces─▶ _Traces ─_traces─▶ list of
 *                       (domain, size, traceback, total_nframe) tuples,
 *                       one ((filename, lineno), …) traceback per tag
 *   statistics() / compare_to() ──▶ list of Statistic / StatisticDiff,
 *                       each holding a Traceback; traceback[0] is a Frame
 *   get_object_traceback(obj) ──▶ the trace of obj's block (at the
 *                       PyGC_Head for a GC type) ──▶ Traceback, or None
 *
 * Invariants:
 *   1. A trace exists exactly for each live block allocated (or resized in
 *      place) since start(); its size is the *requested* size, as
 *      tracemalloc records it, not the block size.  Blocks reused from a
 *      free list keep the trace of their first allocation (no allocator
 *      event happens), as in CPython, but it is re-tagged with the line
 *      that takes them back (_Py_NewReference → _PyTraceMalloc_NewReference:
 *      tm_new_reference); a block allocated before start() stays untraced.
 *   2. current = the sum of the traces' sizes; peak ≥ current, and both are
 *      0 when not tracing (stop() forgets every trace).
 *   3. A tag is the allocation's traceback.  With start(1), the default,
 *      it is one frame code: the script line, with TAG_OWN set when the
 *      allocation is tracemalloc.py's own (its objects, at the line of
 *      tracemalloc.py that makes them); when the stack is deeper than one
 *      frame, that code is interned with the depth.  Otherwise it is TAG_TB |
 *      the index of an interned traceback: up to n frame codes, innermost
 *      first (tracemalloc.py's frames, then the script's, from the
 *      allocating frame out), and the whole stack's depth (total_nframe);
 *      a Sequence generator's frame between them when one runs (TAG_ABC:
 *      a line of "<frozen _collections_abc>", see "iterating a Traceback");
 *      interned tracebacks live until the vm does, as snapshots keep tags.
 *      The list of traces a snapshot holds is made by _get_traces() in C,
 *      untraced (`paused`), in the table's order: a copy of it made entry
 *      by entry (tracemalloc_copy_traces), walked bucket by bucket.
 *   4. The table changes as _tracemalloc's hooks change it: a new block's
 *      trace is added, a block resized in place keeps its entry (new size
 *      and tag), a moved block's old trace is removed before the new one
 *      is added (tm_realloc's bracket holds the new one back until then).
 *
 * The Python classes are modelled on tracemalloc.py (3.11): Snapshot and
 * _Traces are plain instances (managed dict, inline values), Statistic,
 * StatisticDiff, Traceback and Frame have __slots__.  What they allocate
 * and keep is made at tracemalloc.py's lines (instances, argument tuples
 * of the class calls, _frames, the Statistic ints, the result lists), and
 * statistics()/compare_to() run _group_by's loop as python3 does (its dicts,
 * one KeyError per dict miss, the sort's key tuples: see "grouping"), so the
 * free-list entries they take and park carry tracemalloc.py's lines as in
 * python3.  format()'s first read of the script through linecache keeps
 * what python3's keeps (see "linecache"), not its transient blocks.
 * start(n) keeps n frames per trace; statistics('traceback') groups by the
 * whole traceback and Traceback.format() quotes the script's lines.
 * Iterating a Traceback or snapshot.traces (for, list(), reversed(), a
 * Traceback's slice) runs collections.abc.Sequence's generators, simulated
 * in C with what they allocate (see "iterating a Traceback").
 */
#include "tracemalloc.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "eval.h"
#include "func.h"
#include "gc.h"
#include "hv.h"
#include "pymalloc.h"
#include "number.h"
#include "range.h"
#include "slice.h"
#include "textio.h"
#include "tmtable.h"
#include "traceback.h"
#include "types.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TAG_OWN 0x80000000u
#define TAG_TB 0x40000000u
#define TAG_ABC 0x20000000u     /* a line of _collections_abc.py (Sequence's generators) */
#define TAG_EXT 0x1c000000u     /* a line of another file: TM_FRAME's enum tm_file << 26 */
#define TAG_LINE(tag) ((tag) & ~(TAG_OWN | TAG_ABC | TAG_EXT))
#define MAX_NFRAME 65535
#define OWN_MAX 4           /* tracemalloc.py frames above an allocation, at most */
/* Its lines that allocate (TM_PY_PATH: tracemalloc.h). */
#define ABC_PY_PATH "<frozen _collections_abc>"   /* a frozen module in 3.11 */
/* The other files whose frames a tag can name (TAG_EXT's field). */
static const char *const ext_paths[] = {
    [TM_LINECACHE] = "/usr/lib/python3.11/linecache.py",
    [TM_TOKENIZE] = "/usr/lib/python3.11/tokenize.py",
    [TM_CODECS] = "<frozen codecs>",
    [TM_BOOTSTRAP] = "<frozen importlib._bootstrap>",
    [TM_DISTUTILS_HACK] = "/usr/lib/python3/dist-packages/_distutils_hack/__init__.py",
};
_Static_assert((TAG_EXT >> 26) >= HV_COUNTOF(ext_paths) - 1, "TAG_EXT holds every file");
enum {
    L_STAT_DIFF_NEW = 125, L_STAT_DIFF_OLD = 135, L_SEQ_INIT = 188, L_FRAMES = 193, L_FRAME = 207,
    L_TRACE_TB = 293, L_TRACE = 324,
    L_TB_REPR_END = 231, L_TB_REPR_TOTAL = 233, L_FRAME_REPR = 176, L_STAT_REPR = 63,
    L_DIFF_REPR = 110, L_TRACE_STR = 304, L_TRACE_REPR = 307, L_TRACES_REPR = 335,   /* texts */
    L_STAT_REPR_TUPLE = 64, L_DIFF_REPR_TUPLE = 111, L_TRACE_REPR_ARGS = 308, L_TB_REPR = 229,
    L_STAT_TEXT_ADD = 59, L_DIFF_TEXT_ADD = 106,
    L_TRACES = 423, L_SNAPSHOT_LIMIT = 424, L_TRACES_SEQ_INIT = 313, L_TRACES_SET = 315,
    L_GROUP_TB = 498, L_STAT = 505, L_STAT_LIST = 534, L_DIFF_LIST = 546,
    L_GET_TRACES = 558, L_SNAPSHOT = 560,
    L_OBJECT_FRAMES = 265, L_OBJECT_TB = 267,                   /* get_object_traceback */
    L_TB_INIT_FIRST = 187, L_TB_INIT_LAST = 194,                 /* Traceback.__init__ */
    L_GROUP_BY_FIRST = 477, L_GROUP_BY_LAST = 526,              /* _group_by */
    L_STATS_DICT = 484, L_TBS_DICT = 485, L_TRACES_LOOP = 487, L_TB_LOOKUP = 490,
    L_SLICE = 495, L_FILE_FRAME = 497, L_TB_STORE = 499, L_STAT_LOOKUP = 501,
    L_CUM_TRACES_LOOP = 508, L_CUM_FRAME_LOOP = 510, L_CUM_TB_LOOKUP = 512,    /* cumulative */
    L_CUM_LINE_FRAMES = 515, L_CUM_FILE_FRAMES = 517, L_CUM_GROUP_TB = 518, L_CUM_TB_STORE = 519,
    L_CUM_STAT_LOOKUP = 521, L_CUM_SIZE_ADD = 522, L_CUM_COUNT_ADD = 523, L_CUM_STAT = 525,
    L_STATISTICS = 533, L_STAT_SORT = 535,                      /* statistics() */
    L_GROUP_NEW = 544, L_GROUP_OLD = 545, L_DIFF_SORT = 547,    /* compare_to() */
    L_STAT_KEY = 67, L_DIFF_KEY = 115,                          /* the _sort_key methods */
    L_FRAME_HASH = 170, L_TB_HASH = 213, L_TRACE_HASH = 301,    /* the __hash__ methods */
    L_FORMAT_LIST = 237, L_FORMAT_FILE = 249, L_FORMAT_LINE = 253,
    L_TB_SLICE = 205,               /* return tuple(Frame(trace) for trace in self._frames[index]) */
    L_FORMAT_SLICE_TAIL = 240, L_FORMAT_SLICE_HEAD = 242, L_FORMAT_REVERSED = 247, L_FORMAT_FOR = 248,
    L_FRAME_STR = 173, L_TB_STR = 226,                          /* str(traceback) */
    L_STAT_STR = 53, L_STAT_TUPLE = 54, L_STAT_SIZE = 55, L_STAT_AVG = 58, L_STAT_AVG_SIZE = 59,
    L_DIFF_STR = 98, L_DIFF_TUPLE = 99, L_DIFF_STR_SIZE = 100, L_DIFF_STR_SIZE_DIFF = 101,
    L_DIFF_AVG = 105, L_DIFF_AVG_SIZE = 106,                    /* str(statistic) */
    L_FS_FOR = 14, L_FS_ABS_SMALL = 15, L_FS_ABS = 21, L_FS_SMALL_SIGNED = 18, L_FS_SMALL = 20,
    L_FS_SIGNED = 24, L_FS_PLAIN = 26, L_FS_DIV = 27,           /* _format_size */
    L_SIZE_ADD = 502, L_COUNT_ADD = 503,                        /* stat.size += size … */
    L_COMPARE_FIRST = 120, L_COMPARE_LAST = 137,                /* _compare_grouped_stats */
    L_DIFF_NEWLIST = 121, L_DIFF_NEW_LOOP = 122, L_DIFF_SIZE = 126, L_DIFF_COUNT = 127,
    L_STAT_DIFF_ONLY = 129, L_DIFF_APPEND = 132, L_DIFF_OLD_LOOP = 134, L_DIFF_APPEND_OLD = 136,
};

/* An interned traceback (start(n > 1)). */
typedef struct tm_tb {
    uint32_t n, total;      /* frames kept, frames the stack had */
    uint32_t *frames;       /* frame codes, innermost first */
} tm_tb;

struct tm_state {
    int tracing;
    int imported;
    uint32_t nframe;        /* start()'s limit: frames kept per trace */
    tm_tb *tbs;             /* interned tracebacks (TAG_TB | index) */
    size_t ntbs, tbcap;
    map tb_index;           /* traceback hash → index, probed linearly */
    uint32_t group_caller;  /* the line calling _group_by (statistics, compare_to) */
    uint32_t tb_caller;     /* the line calling Traceback() */
    uint32_t slice_caller;  /* the line of format() slicing a Traceback, or 0 (the script) */
    uint32_t callers[2];    /* while str() runs tracemalloc.py's code: the frames above */
    unsigned ncallers;      /* the current own line's, innermost first (else 0) */
    tmtable traces;         /* block address → size << 32 | tag, in _Py_hashtable's order */
    uint64_t *pending;      /* a moving realloc's new traces (address, record pairs), */
    size_t npending, pendcap; /* added once the old block's trace is removed */
    uint64_t current, peak;
    uint32_t own_line;      /* nonzero: allocations are tracemalloc.py's, at this line */
    int paused;             /* nonzero: allocations are not traced (_get_traces) */
    int reallocating;       /* a moving realloc's malloc + free: the peak waits for both */
    unsigned nsnapshots;    /* snapshots taken (their keyframe names) */
    uint32_t tb_str_runs;   /* Traceback.__str__'s calls: its code quickens at the 8th */
    uint32_t stat_str_runs[2]; /* Statistic's and StatisticDiff's __str__ calls, likewise */
    uint32_t tb_repr_runs;  /* Traceback.__repr__'s calls, likewise */
    uint32_t str_outer;     /* the line whose % runs str() or repr() of a traceback (0: the script) */
    uint32_t abc_line;      /* nonzero: a Sequence generator of _collections_abc.py runs, at this line */
    int abc_alloc;          /* its frame is the innermost (else tracemalloc.py's own_line, called by it) */
    uint32_t ext[TM_OUTER_MAX]; /* frames of other files (TM_FRAME) above own_line's or the */
    unsigned next;          /* script's, innermost first (tm_set_outer_frames, linecache) */
    object **codes;         /* the code objects of tracemalloc.py's functions (site_code) */
    size_t ncodes, codecap;
    type *seqgen;           /* the type of those generators (seqgen_type), made on first use */
};

/* Every tracemalloc object: the members its class has. */
typedef struct tmobj {
    object ob;
    dictvalues *values;     /* Snapshot, _Traces: inline attribute values */
    object *dict;           /* never materialised (no __dict__ access) */
    object *slot[5];        /* slotted classes: members in __slots__ order */
    size_t n;               /* _Traces: traces */
    uint64_t *rec;          /* _Traces: size << 32 | tag, per trace */
    map frames;             /* _Traces: tag → its traceback tuple (the list holds it) */
    uint32_t gen_slots;     /* a Sequence generator: co_nlocalsplus + co_stacksize */
    uint8_t gen_kind;       /* SEQ_ITER or SEQ_REVERSED */
    uint8_t gen_state;      /* GEN_CREATED, GEN_SUSPENDED or GEN_DONE */
    int64_t gen_i;          /* its local i: the next index (__iter__), the range's next (__reversed__) */
} tmobj;

#define TM(o) ((tmobj *)(o))

/* Slot members. */
enum { S_TB, S_SIZE, S_COUNT, S_SIZE_DIFF = 2, S_COUNT_DIFF = 4 };   /* Statistic(Diff) */
enum { S_FRAMES, S_TOTAL };                                            /* Traceback */
enum { S_FRAME };                                                      /* Frame */

/* ---- tracing ------------------------------------------------------------------ */

void tm_set_outer_frames(vm *v, const uint32_t *frames, unsigned n)
{
    tm_state *tm = v->tm;
    if (!tm)
        return;
    tm->next = n < TM_OUTER_MAX ? n : TM_OUTER_MAX;
    if (tm->next)
        memcpy(tm->ext, frames, tm->next * sizeof *frames);
}

void tm_init(vm *v)
{
    v->tm = hv_calloc(1, sizeof *v->tm);
    v->tm->nframe = 1;
    tmtable_init(&v->tm->traces);
}

void tm_fini(vm *v)
{
    if (!v->tm)
        return;
    if (v->tm->imported) {
        dict_class_fini(v, v->types[T_TM_SNAPSHOT]);
        dict_class_fini(v, v->types[T_TM_TRACES]);
    }
    tmtable_free(&v->tm->traces);
    free(v->tm->pending);
    if (v->tm->seqgen)
        free((gchead *)v->tm->seqgen - 1);
    for (size_t i = 0; i < v->tm->ntbs; i++)
        free(v->tm->tbs[i].frames);
    free(v->tm->tbs);
    map_free(&v->tm->tb_index);
    for (size_t i = 0; i < v->tm->ncodes; i++) {      /* static: their strs are too */
        codeobj *c = CODE(v->tm->codes[i]);
        free(c->localspluskinds);
        obj_host_free(c->localsplusnames);
        obj_host_free(&c->ob);
    }
    free(v->tm->codes);
    free(v->tm);
    v->tm = NULL;
}

/* tracemalloc_remove_trace: the block's trace goes, if it has one. */
static void forget(tm_state *tm, uint64_t addr)
{
    uint64_t rec;
    if (tmtable_steal(&tm->traces, addr, &rec))
        tm->current -= rec >> 32;
}

/* The line of tracemalloc.py calling the function that runs `line`, or 0
 * when the script calls it. */
static uint32_t own_caller(const tm_state *tm, uint32_t line)
{
    if (line >= L_TB_INIT_FIRST && line <= L_TB_INIT_LAST)
        return tm->tb_caller;               /* Traceback() */
    if (line == L_TB_SLICE)
        return tm->slice_caller;            /* Traceback.__getitem__ of a slice */
    if (line == L_TRACES_SEQ_INIT || line == L_TRACES_SET)
        return L_TRACES;                    /* _Traces.__init__ */
    if (line == L_TRACES || line == L_SNAPSHOT_LIMIT)
        return L_SNAPSHOT;                  /* Snapshot.__init__ */
    if (line >= L_GROUP_BY_FIRST && line <= L_GROUP_BY_LAST)
        return tm->group_caller;            /* statistics, compare_to */
    if (line >= L_COMPARE_FIRST && line <= L_COMPARE_LAST)
        return L_DIFF_LIST;
    if (line == L_STAT_KEY)
        return L_STAT_SORT;                 /* list.sort's key= */
    if (line >= L_DIFF_KEY && line <= L_DIFF_KEY + 2)
        return L_DIFF_SORT;
    return 0;
}

/* tracemalloc.py's frames for an allocation it makes at `line`,
 * innermost first: the frames calling the one at `line`, as far as the
 * script's call (which is the script's innermost frame). */
static unsigned own_frames(const tm_state *tm, uint32_t line, uint32_t *out)
{
    unsigned n = 0;
    out[n++] = line | TAG_OWN;
    if (tm->ncallers) {                     /* inside str() of a statistic or traceback */
        for (unsigned i = 0; i < tm->ncallers; i++)
            out[n++] = tm->callers[i] | TAG_OWN;
        return n;
    }
    while (n < OWN_MAX && (line = own_caller(tm, line)) != 0)
        out[n++] = line | TAG_OWN;
    return n;
}

static uint64_t frames_hash(const uint32_t *fr, uint32_t n, uint32_t total)
{
    uint64_t h = 1469598103934665603ull ^ total;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ fr[i]) * 1099511628211ull;
    return h;
}

/* The tag of an interned traceback (added when new). */
static uint32_t intern_tb(tm_state *tm, const uint32_t *fr, uint32_t n, uint32_t total)
{
    uint64_t key = frames_hash(fr, n, total), id;
    for (;; key++) {
        if (!map_get(&tm->tb_index, key, &id))
            break;
        const tm_tb *t = &tm->tbs[id];
        if (t->n == n && t->total == total && memcmp(t->frames, fr, n * sizeof *fr) == 0)
            return TAG_TB | (uint32_t)id;
    }
    hv_grow(&tm->tbs, &tm->tbcap, tm->ntbs + 1, sizeof *tm->tbs, 16);
    tm_tb *t = &tm->tbs[tm->ntbs];
    t->n = n;
    t->total = total;
    t->frames = hv_malloc(n * sizeof *fr);
    memcpy(t->frames, fr, n * sizeof *fr);
    map_put(&tm->tb_index, key, tm->ntbs);
    return TAG_TB | (uint32_t)tm->ntbs++;
}

/* The script frames on the stack (a frame pushed but not past its
 * prologue yet, or being cleared, is its caller's business, as in
 * CPython). */
static size_t script_depth(const vm *v)
{
    size_t top = v->nframes;
    while (top > 1 && (frame_incomplete(v->frames[top - 1]) || v->frames[top - 1]->unlinked))
        top--;
    return top;
}

/* start(1)'s tag: the innermost frame code alone while the stack is one
 * frame deep, else interned with the stack's depth (total_nframe: python3
 * keeps one traceback per depth, and _get_traces one tuple for each). */
static uint32_t one_frame_tag(vm *v, uint32_t site)
{
    tm_state *tm = v->tm;
    uint32_t own[OWN_MAX], code = tm->next      ? tm->ext[0]
                                : tm->own_line  ? tm->own_line | TAG_OWN
                                : tm->abc_alloc ? tm->abc_line | TAG_ABC
                                                : site;
    size_t total = script_depth(v) + (tm->own_line ? own_frames(tm, tm->own_line, own) : 0) + (tm->abc_line != 0) +
                   tm->next;
    return total <= 1 ? code : intern_tb(tm, &code, 1, (uint32_t)total);
}

/* The tag of what is allocated now at script line `site`: with more than
 * one frame, the call stack (v->frames, the innermost at `site`; a frame
 * pushed but not started yet is its caller's business, as in CPython). */
static uint32_t current_tag(vm *v, uint32_t site)
{
    tm_state *tm = v->tm;
    if (tm->nframe == 1)
        return one_frame_tag(v, site);
    uint32_t local[64], *fr = local, n = 0, total = 0;
    size_t want = v->nframes + 10;          /* other files' (4), own frames (4 at most), a Sequence generator's, the script's */
    uint32_t cap = tm->nframe < want ? tm->nframe : (uint32_t)want;
    if (cap > HV_COUNTOF(local))
        fr = hv_malloc(cap * sizeof *fr);
    for (unsigned i = 0; i < tm->next; i++, total++)
        if (n < cap)
            fr[n++] = tm->ext[i];
    if (tm->own_line) {
        uint32_t own[OWN_MAX];
        unsigned k = own_frames(tm, tm->own_line, own);
        for (unsigned i = 0; i < k; i++, total++)
            if (n < cap)
                fr[n++] = own[i];
        site = v->line;
    }
    if (tm->abc_line) {                     /* Sequence.__iter__'s frame, under them */
        if (n < cap)
            fr[n++] = tm->abc_line | TAG_ABC;
        total++;
    }
    size_t top = script_depth(v);
    for (size_t i = top; i-- > 0; total++) {
        frame *f = v->frames[i];
        uint32_t line = i == top - 1 ? site : f->code->lines[f->ip - 1];
        if (n < cap)
            fr[n++] = line;
    }
    if (!total)
        fr[n++] = site, total = 1;
    uint32_t tag = intern_tb(tm, fr, n, total);
    if (fr != local)
        free(fr);
    return tag;
}

/* tracemalloc_add_trace: a block already traced (resized in place) keeps
 * its place in the table with the new size and traceback; a new one is
 * added to it. */
static void add_trace(tm_state *tm, uint64_t addr, uint64_t rec)
{
    uint64_t *old = tmtable_find(&tm->traces, addr);
    if (old) {
        tm->current -= *old >> 32;
        *old = rec;
    } else {
        tmtable_add(&tm->traces, addr, rec);
    }
    tm->current += rec >> 32;
    if (tm->current > tm->peak && !tm->reallocating)
        tm->peak = tm->current;
}

/* The traces a moving realloc made, added now that the old block's is
 * gone: tracemalloc_realloc removes the old trace before it adds the new
 * one (the table's size and chains follow that order). */
static void add_pending(tm_state *tm)
{
    for (size_t i = 0; i < tm->npending; i++)
        add_trace(tm, tm->pending[2 * i], tm->pending[2 * i + 1]);
    tm->npending = 0;
}

static void remember(vm *v, uint64_t addr, uint64_t size, uint32_t site)
{
    tm_state *tm = v->tm;
    uint64_t rec = size << 32 | current_tag(v, site);
    if (tm->reallocating) {             /* the new block of a realloc: after the old one's free */
        hv_grow(&tm->pending, &tm->pendcap, 2 * tm->npending + 2, sizeof *tm->pending, 4);
        tm->pending[2 * tm->npending] = addr;
        tm->pending[2 * tm->npending++ + 1] = rec;
        return;
    }
    add_trace(tm, addr, rec);
}

void tm_realloc(vm *v, int done)
{
    tm_state *tm = v->tm;
    if (!tm)
        return;
    tm->reallocating = !done;
    if (done)
        add_pending(tm);
    if (done && tm->current > tm->peak)
        tm->peak = tm->current;
}

/* While paused (_tracemalloc's reentrant flag), allocations are not traced
 * but frees still remove their block's trace (tracemalloc_free), and so
 * does a realloc, even in place (tracemalloc_realloc_gil's reentrant
 * branch). */
void tm_event(vm *v, const hv_event *ev)
{
    tm_state *tm = v->tm;
    if (!tm || !tm->tracing)
        return;
    switch (ev->kind) {
    case EV_BLOCK_ALLOC: case EV_RAW_ALLOC:
        if (!tm->paused)
            remember(v, ev->u.block.addr, ev->u.block.nbytes, ev->site);
        break;
    case EV_BLOCK_RESIZE: case EV_RAW_RESIZE:       /* in place: the trace updated where it is */
        if (tm->paused)
            forget(tm, ev->u.block.addr);
        else
            add_trace(tm, ev->u.block.addr, (uint64_t)ev->u.block.nbytes << 32 | current_tag(v, ev->site));
        break;
    case EV_BLOCK_FREE: case EV_RAW_FREE:
        forget(tm, ev->u.block.addr);
        add_pending(tm);
        break;
    default:
        break;
    }
}

void tm_new_reference(vm *v, const object *o)
{
    tm_state *tm = v->tm;
    uint64_t addr = o->addr - type_preheader(o->type), *rec;
    if (!tm || !tm->tracing || !(rec = tmtable_find(&tm->traces, addr)))
        return;
    *rec = (*rec >> 32) << 32 | current_tag(v, v->line);
}

static void clear_traces(tm_state *tm)
{
    tmtable_clear(&tm->traces);
    tm->npending = 0;
    tm->current = tm->peak = 0;
}

/* ---- objects --------------------------------------------------------------------- */

static object *name(vm *v, const char *s)
{
    return str_static_interned(v, s);
}

/* ---- tracemalloc.py's frames in a traceback -----------------------------------
 * Where tracemalloc.py raises, or calls what raises, python3's traceback has
 * a frame in TM_PY_PATH: its line, its function, the line's text and the
 * failing instruction's columns, all from tmsource.inc (tmsource.py reads
 * them from the file and its compiled code: `make update-tmsource`), with
 * the function's co_nlocalsplus and co_stacksize, and what its code object
 * shows (co_qualname, co_varnames…: the frame's f_code, site_code).  As the
 * exception leaves such a frame, heapviz makes what ceval makes for any frame:
 *
 *   PyTraceBack_Here ─▶ the frame's frame object (16 + 120 + 8 × (nlocalsplus
 *                       + stacksize) bytes, made now unless it was made as
 *                       f_back) and a traceback object, the chain's new head
 *   the frame ends ───▶ take_ownership: the frame object owns the bound
 *                       locals and gets f_back, the caller's frame object
 *                       (made now: a tracemalloc.py frame's, or the script's)
 *
 * each allocation traced at the line of the frame running then. */
#include "tmsource.inc"

typedef struct tm_site {
    uint32_t line;
    const char *func;       /* co_name */
    const char *text;       /* the line, as the file has it */
    uint32_t col, end_col;  /* the instruction's columns (TB_COL_MULTILINE: to a later line) */
    uint32_t nlp, stack;    /* the function's co_nlocalsplus and co_stacksize */
} tm_site;

#define SITE_ID(id, line, func, text, col, end, nlp, stack) SITE_##id,
enum site_id { SITE_NONE, TM_SITES(SITE_ID) };
#undef SITE_ID
#define SITE_ROW(id, line, func, text, col, end, nlp, stack) [SITE_##id] = {line, func, text, col, end, nlp, stack},
static const tm_site tm_sites[] = { TM_SITES(SITE_ROW) };
#undef SITE_ROW

/* The function of a site, as its code object shows it (tmsource.inc). */
typedef struct tm_site_code {
    const char *qualname;
    uint32_t firstlineno, argcount, posonlyargcount, kwonlyargcount, flags;
    uint32_t units;         /* co_code's code units: the object's size */
    const char *varnames;   /* space-separated (its locals: no cells) */
} tm_site_code;

#define CODE_ROW(id, qual, first, argc, posonly, kwonly, flags, units, names) \
    [SITE_##id] = {qual, first, argc, posonly, kwonly, flags, units, names},
static const tm_site_code tm_site_codes[] = { TM_SITE_CODES(CODE_ROW) };
#undef CODE_ROW

/* The code object of site `id`'s function (one per function: frames of
 * the same function share it).  python3 made it when `import tracemalloc`
 * ran tracemalloc.py, whose blocks heapviz replays without objects: here
 * it is a static object (no block, so no allocation now), made on first
 * use with static strs; co_varnames still makes its tuple on each read. */
static object *site_code(vm *v, enum site_id id)
{
    tm_state *tm = v->tm;
    const tm_site_code *sc = &tm_site_codes[id];
    for (size_t i = 0; i < tm->ncodes; i++)
        if (CODE(tm->codes[i])->firstlineno == sc->firstlineno)
            return tm->codes[i];
    uint32_t n = 0;
    for (const char *p = sc->varnames; *p; p += strcspn(p, " "), p += *p == ' ')
        n++;
    object *names = vm_static_object(v, T_TUPLE, 24 + 16 + 8 * n, n * sizeof(object *));
    codeobj *c = CODE(vm_static_object(v, T_CODE, (uint32_t)code_size(sc->units), 0));
    c->localspluskinds = hv_malloc(n ? n : 1);
    char word[64];
    const char *p = sc->varnames;
    for (uint32_t i = 0; i < n; i++) {
        size_t len = strcspn(p, " ");
        snprintf(word, sizeof word, "%.*s", (int)len, p);
        TUPLE(names)->items[i] = str_static(v, word);
        c->localspluskinds[i] = LP_LOCAL;
        p += len + (p[len] == ' ');
    }
    TUPLE(names)->n = n;
    c->localsplusnames = names;
    c->nlocals = c->nlocalsplus = n;
    c->argcount = sc->argcount;
    c->posonlyargcount = sc->posonlyargcount;
    c->kwonlyargcount = sc->kwonlyargcount;
    c->flags = sc->flags;
    c->stacksize = tm_sites[id].stack;
    c->firstlineno = sc->firstlineno;
    c->units = sc->units;
    c->name = str_static(v, tm_sites[id].func);
    c->qualname = str_static(v, sc->qualname);
    c->filename = str_static(v, TM_PY_PATH);
    hv_grow(&tm->codes, &tm->codecap, tm->ncodes + 1, sizeof *tm->codes, 4);
    return tm->codes[tm->ncodes++] = &c->ob;
}

const char *tm_source_line(const char *filename, uint32_t line, size_t *len)
{
    if (strcmp(filename, TM_PY_PATH) != 0)
        return NULL;
    for (size_t i = SITE_NONE + 1; i < HV_COUNTOF(tm_sites); i++) {
        if (tm_sites[i].line == line) {
            *len = strlen(tm_sites[i].text);
            return tm_sites[i].text;
        }
    }
    return NULL;
}

/* One tracemalloc.py frame the exception leaves: where it stopped and its
 * bound arguments in co_varnames order (borrowed; NULL ends them). */
typedef struct own_frame {
    enum site_id site;
    object *args[6];
} own_frame;

/* A tracemalloc.py frame's frame object, made at its own line; NULL when
 * the simulated heap is full (the exception is kept). */
static object *own_frame_object(vm *v, const tm_site *s)
{
    vm_err saved = vm_exc_fetch(v);
    uint32_t line = v->tm->own_line;
    v->tm->own_line = s->line;
    object *fo = traceback_sim_frame(v, s->nlp, s->nlp + s->stack);
    v->tm->own_line = line;
    vm_exc_restore(v, saved);
    if (fo) {
        traceback_sim_frame_name(fo, TM_PY_PATH, s->func, s->line);
        traceback_sim_frame_code(v, fo, site_code(v, (enum site_id)(s - tm_sites)));
    }
    return fo;
}

/* The current exception leaves fr[0] (the innermost) .. fr[n - 1], then
 * the script's frame: see above.  Out of simulated memory, the frames
 * left keep their printed entries but get no objects. */
static void own_error_frames(vm *v, const own_frame *fr, size_t n)
{
    tm_state *tm = v->tm;
    uint32_t saved = tm->own_line, saved_caller = tm->group_caller;
    object *fo = NULL;                      /* the running frame's frame object (a reference) */
    int full = 0;
    for (size_t k = 0; k < n; k++) {
        const tm_site *s = &tm_sites[fr[k].site];
        exc_add_traceback(v, NULL, name(v, TM_PY_PATH), name(v, s->func), s->line, s->col | s->end_col << 16);
        if (k + 1 < n)
            tm->group_caller = tm_sites[fr[k + 1].site].line;
        if (!fo && !full)
            full = !(fo = own_frame_object(v, s));
        tm->own_line = s->line;
        full = full || traceback_sim_here(v, fo, s->line) < 0;
        if (full)
            continue;
        object *back;                       /* take_ownership: made in the caller, running */
        if (k + 1 < n) {
            back = own_frame_object(v, &tm_sites[fr[k + 1].site]);
            full = !back;
        } else {
            tm->own_line = 0;
            vm_err e = vm_exc_fetch(v);
            back = v->nframes ? traceback_frame_object(v, v->frames[v->nframes - 1]) : NULL;
            vm_exc_restore(v, e);
        }
        object *locals[16] = {0};
        for (size_t i = 0; i < HV_COUNTOF(fr[k].args) && fr[k].args[i] && i < s->nlp; i++)
            locals[i] = obj_incref(v, fr[k].args[i]);
        traceback_sim_frame_own(v, fo, locals, back);
        obj_decref(v, fo);                  /* the ended frame's reference */
        fo = k + 1 < n ? back : NULL;
    }
    obj_xdecref(v, fo);
    tm->own_line = saved;
    tm->group_caller = saved_caller;
}

/* raise T(msg) in tracemalloc.py at `line`: the instance is made by the
 * call, before the raise (which chains it to the exception handled). */
static void own_raise(vm *v, enum builtin_type t, const char *msg, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *m = str_from_cstr(v, msg);
    object *e = m ? exc_from_value(v, v->types[t], m) : NULL;
    obj_xdecref(v, m);
    v->tm->own_line = saved;
    if (!e)
        return;                             /* MemoryError is set */
    exc_chain(v, e);
    vm_raise_object(v, e);
}

/* A new object of tracemalloc class t made at tracemalloc.py line `line`;
 * members steals n references. */
static object *tm_new(vm *v, enum builtin_type t, uint32_t line, object **members, size_t n)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *o = obj_new(v, v->types[t], 0);
    if (o && (v->types[t]->flags & TPF_MANAGED_DICT) && !(TM(o)->values = dict_inline_new(v, o))) {
        obj_decref(v, o);
        o = NULL;
    }
    v->tm->own_line = saved;
    for (size_t i = 0; i < n; i++) {
        if (o) {
            TM(o)->slot[i] = members[i];
            obj_give(v, members[i], o->addr, i);
        } else {
            obj_decref(v, members[i]);
        }
    }
    if (o)
        obj_track(v, o);
    return o;
}

/* Calling one of tracemalloc.py's classes (type_call →
 * _PyObject_MakeTpCall) packs its n arguments in a tuple, made at the
 * call's line before the instance and released after __init__: it comes
 * from a free list and goes back to it, so a traced entry it takes is
 * re-tagged with `line` and stays traced there.  The items here are None
 * (they are the caller's own references for the call's length).  NULL on
 * MemoryError; call_done(v, NULL) does nothing. */
static object *call_args(vm *v, size_t n, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *t = tuple_nones(v, n);
    v->tm->own_line = saved;
    return t;
}

static void call_done(vm *v, object *args)
{
    obj_xdecref(v, args);
}

/* Sets a plain instance's attribute (steals value). */
static int set_attr(vm *v, object *o, const char *attr, object *value)
{
    int rc = dict_inline_set(v, o, &TM(o)->values, &TM(o)->dict, name(v, attr), value);
    obj_decref(v, value);
    return rc;
}

static object *get_attr(vm *v, object *o, const char *attr)
{
    return dict_inline_get(v, o, TM(o)->values, TM(o)->dict, name(v, attr));
}

/* The members in the order python3 releases them: its heap types list
 * __slots__ sorted by name (count, count_diff, size, size_diff, traceback). */
static const uint8_t slot_release_order[][5] = {
    {2, 1, 0, 3, 4},                        /* Statistic: count, size, traceback */
    {3, 4, 1, 2, 0},                        /* StatisticDiff */
    {0, 1, 2, 3, 4},                        /* the others: one member, or _frames first */
};

static void tm_dealloc(vm *v, object *o)
{
    tmobj *t = TM(o);
    obj_untrack(v, o);
    const uint8_t *order = slot_release_order[obj_is(v, o, T_TM_STATISTIC) ? 0 : obj_is(v, o, T_TM_STATDIFF) ? 1 : 2];
    for (size_t k = 0; k < HV_COUNTOF(t->slot); k++)
        if (t->slot[order[k]]) {
            object *x = t->slot[order[k]];
            t->slot[order[k]] = NULL;
            obj_release(v, x, o->addr, order[k]);
        }
    if (t->values) {
        dictvalues *vals = t->values;
        t->values = NULL;
        dict_inline_free(v, o, vals);
    }
    free(t->rec);
    map_free(&t->frames);
    obj_free(v, o);
}

static object *own_int(vm *v, int64_t x, uint32_t line);

/* hash(): Traceback.__hash__ is hash(self._frames), Frame's and Trace's
 * the hash of their tuple (an int made at that line, which slot_tp_hash
 * drops at once); _Traces has __eq__ and no __hash__; the
 * Statistics' hash a tuple of their members python3 builds (not simulated:
 * refused). */
static int tm_hash(vm *v, object *o, int64_t *out)
{
    if (obj_is(v, o, T_TM_TRACEBACK) || obj_is(v, o, T_TM_FRAME) || obj_is(v, o, T_TM_TRACE)) {
        if (obj_hash(v, TM(o)->slot[0], out))
            return -1;
        uint32_t line = obj_is(v, o, T_TM_TRACEBACK) ? L_TB_HASH : obj_is(v, o, T_TM_FRAME) ? L_FRAME_HASH
                                                                                          : L_TRACE_HASH;
        object *r = own_int(v, *out, line);
        if (!r)
            return -1;
        obj_decref(v, r);
        return 0;
    }
    if (obj_is(v, o, T_TM_SNAPSHOT)) {
        *out = hash_pointer(o->addr);
        return 0;
    }
    if (obj_is(v, o, T_TM_TRACES)) {
        vm_raise_format(v, T_TYPE_ERROR, "unhashable type: '%.200s'", o->type->name);
        return -1;
    }
    vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: hash() of a tracemalloc %s", o->type->name);
    return -1;
}

static int tm_traverse(object *o, visitproc visit, void *arg)
{
    tmobj *t = TM(o);
    for (size_t i = 0; i < HV_COUNTOF(t->slot); i++)
        if (t->slot[i] && visit(t->slot[i], arg))
            return 1;
    return t->values ? dict_inline_traverse(o, t->values, visit, arg) : 0;
}

static object *trace_traceback(vm *v, object *o);

/* ---- frames and tracebacks ------------------------------------------------------- */

static object *filename_of(vm *v, uint32_t tag)
{
    return name(v, tag & TAG_OWN   ? TM_PY_PATH
                   : tag & TAG_ABC ? ABC_PY_PATH
                   : tag & TAG_EXT ? ext_paths[(tag & TAG_EXT) >> 26]
                   : v->script     ? v->script
                                   : "<stdin>");
}

/* The (filename, lineno) tuple frame_to_pyobject makes for a tag (lineno
 * 0 in 'filename' groups): the tuple first, then the filename shared and
 * the lineno from PyLong_FromUnsignedLong (_PyLong_New's 28 bytes past
 * the small ints). */
static object *frame_tuple(vm *v, uint32_t tag, int with_line)
{
    object *t = tuple_new(v, 2);
    object *line = t ? int_from_ssize(v, with_line ? TAG_LINE(tag) : 0) : NULL;
    if (!line) {
        obj_xdecref(v, t);
        return NULL;
    }
    tuple_set(v, t, 0, obj_incref(v, filename_of(v, tag)));
    tuple_set(v, t, 1, line);
    return t;
}

/* The traceback tuple _get_traces makes for a tag: its frames' (filename,
 * lineno) tuples, innermost first. */
static object *traceback_tuple(vm *v, uint32_t tag)
{
    const tm_tb *tb = tag & TAG_TB ? &v->tm->tbs[tag & ~TAG_TB] : NULL;
    uint32_t n = tb ? tb->n : 1;
    object *t = tuple_new(v, n);
    for (uint32_t i = 0; t && i < n; i++) {
        object *ft = frame_tuple(v, tb ? tb->frames[i] : tag, 1);
        if (!ft) {
            obj_decref(v, t);
            return NULL;
        }
        tuple_set(v, t, i, ft);
    }
    return t;
}

/* Traceback(frames, total_nframe) made at tracemalloc.py's `line` from a
 * traceback tuple (innermost first), in CPython's order: the call's
 * argument tuple, the instance (object_new), then __init__: the (self,)
 * tuple of Sequence.__init__(self) (wrapperdescr_call, line 188, freed at
 * once), and _frames = tuple(reversed(frames)) (line 193: the reversed
 * iterator lives until the new tuple, oldest first, is made; its length
 * hint binds __length_hint__ first). */
static object *traceback_new(vm *v, object *tbtuple, object *total, uint32_t line)
{
    object *args = call_args(v, line == L_TRACE_TB ? 2 : 1, line);   /* (frames) or _trace[2:] */
    object *tb = args ? tm_new(v, T_TM_TRACEBACK, line, NULL, 0) : NULL;
    uint32_t saved = v->tm->own_line, saved_caller = v->tm->tb_caller;
    v->tm->tb_caller = line;
    call_done(v, tb ? call_args(v, 1, L_SEQ_INIT) : NULL);
    v->tm->own_line = L_FRAMES;
    size_t n = TUPLE(tbtuple)->n;
    object *rev = tb ? seqiter_new(v, T_REVERSED, tbtuple, (int64_t)n - 1) : NULL;
    object *frames = rev && obj_length_hint(v, rev, 10) >= 0 ? tuple_new(v, n) : NULL;
    for (size_t i = 0; frames && i < n; i++)
        tuple_set(v, frames, i, obj_incref(v, TUPLE(tbtuple)->items[n - 1 - i]));
    obj_xdecref(v, rev);
    v->tm->own_line = saved;
    v->tm->tb_caller = saved_caller;
    if (frames) {
        object *m[] = {frames, obj_incref(v, total)};
        for (size_t i = 0; i < HV_COUNTOF(m); i++) {
            TM(tb)->slot[i] = m[i];
            obj_give(v, m[i], tb->addr, i);
        }
    } else {
        obj_xdecref(v, tb);
        tb = NULL;
    }
    call_done(v, args);
    return tb;
}

/* Orders frame tuples as Python compares them: filename, then lineno. */
static int frame_cmp(object *a, object *b)
{
    int c = strcmp(STR(TUPLE(a)->items[0])->data, STR(TUPLE(b)->items[0])->data);
    if (c)
        return c;
    int64_t x = 0, y = 0;
    int_as_i64(TUPLE(a)->items[1], &x);
    int_as_i64(TUPLE(b)->items[1], &y);
    return (x > y) - (x < y);
}

/* Orders Tracebacks as their _frames tuples compare: frame by frame, then
 * the shorter first. */
static int tb_cmp(object *a, object *b)
{
    object *fa = TM(a)->slot[S_FRAMES], *fb = TM(b)->slot[S_FRAMES];
    size_t na = TUPLE(fa)->n, nb = TUPLE(fb)->n;
    for (size_t i = 0; i < na && i < nb; i++) {
        int c = frame_cmp(TUPLE(fa)->items[i], TUPLE(fb)->items[i]);
        if (c)
            return c;
    }
    return (na > nb) - (na < nb);
}

static object *tb_frame(object *tb)
{
    return TUPLE(TM(tb)->slot[S_FRAMES])->items[0];
}

static int64_t tb_length(vm *v, object *o)
{
    return (int64_t)TUPLE(TM(o)->slot[S_FRAMES])->n;
}

static object *tb_getslice(vm *v, object *o, object *key);

/* Traceback.__getitem__: Frame(self._frames[index]), or for a slice a
 * tuple of Frames. */
static object *tb_getitem(vm *v, object *o, object *key)
{
    if (obj_is(v, key, T_SLICE))
        return tb_getslice(v, o, key);
    object *item = obj_getitem(v, TM(o)->slot[S_FRAMES], key);
    if (!item) {
        own_error_frames(v, &(own_frame){SITE_TB_ITEM, {o, key}}, 1);
        return NULL;
    }
    object *args = call_args(v, 1, L_FRAME);
    if (!args) {
        obj_decref(v, item);
        return NULL;
    }
    object *m[] = {item};
    object *ft = tm_new(v, T_TM_FRAME, L_FRAME, m, 1);
    call_done(v, args);
    return ft;
}

/* ---- str() and repr(): tracemalloc.py's __str__ and __repr__ methods ----------
 * Their texts are made the way python3 makes them, on the simulated heap,
 * so the peak get_traced_memory() reports sees what python3's does: a `%`
 * of a tuple or a single value through heapviz's own PyUnicode_Format
 * (str_mod: the writer's overallocated buffer, the str() or repr() of a
 * %s or %r argument, the result shrunk in place); a `%` whose directives
 * are all %s/%r of a tuple display as the f-string ast_opt.c's
 * optimize_format compiles it to (FORMAT_VALUE's texts, BUILD_STRING's
 * join); `text += ...` as BINARY_OP or, quickened, in place.  Around them
 * the rest of python3's code is simulated where a program can see it: the
 * tuples and floats it takes from the free lists and gives back (each
 * taken one re-tagged with tracemalloc.py's line and the frames above it)
 * and the GC objects it makes and frees (the collector's count, and the
 * collections they may start). */

/* The frames above the own line while tracemalloc.py's code runs (c1 0:
 * one frame; both 0: none, the script's own call). */
static void sim_callers(tm_state *tm, uint32_t c0, uint32_t c1)
{
    tm->callers[0] = c0;
    tm->callers[1] = c1;
    tm->ncallers = c1 ? 2 : c0 ? 1 : 0;
}

/* A float made at own line `line` (from the float free list first). */
static object *own_float(vm *v, uint32_t line, double x)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *f = float_new(v, x);
    v->tm->own_line = saved;
    return f;
}

static int own_tuple_temp(vm *v, size_t n, uint32_t line)
{
    object *t = call_args(v, n, line);
    call_done(v, t);
    return t ? 0 : -1;
}

/* abs(x) at own line `line`, dropped at once: a new float, or for a
 * negative int a new int (a positive one is itself).  0, or -1. */
static int own_abs_temp(vm *v, object *x, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *a = x->type->abs(v, x);
    v->tm->own_line = saved;
    obj_xdecref(v, a);
    return a ? 0 : -1;
}

/* `fmt % args` as tracemalloc.py runs it: args a tuple BUILD_TUPLE makes
 * at own line `tuple_line` from items (stolen; n 0: args is items[0]
 * itself, stolen too), the BINARY_OP at `line`, then the operands dropped
 * (a tuple's items in reverse, by tupledealloc).  The new str, or NULL. */
static object *own_percent(vm *v, uint32_t tuple_line, uint32_t line, const char *fmt,
                           object **items, size_t n)
{
    tm_state *tm = v->tm;
    uint32_t saved = tm->own_line;
    tm->own_line = tuple_line;
    object *args = n ? tuple_new(v, n) : items[0];
    for (size_t i = 0; i < n; i++) {
        if (args)
            tuple_set(v, args, i, items[i]);
        else
            obj_decref(v, items[i]);
    }
    tm->own_line = line;
    object *r = args ? obj_binary_op(v, str_static(v, fmt), args, NB_REMAINDER) : NULL;
    tm->own_line = saved;
    obj_xdecref(v, args);
    return r;
}

/* _format_size(size, sign) called at tracemalloc.py's `at` from `outer`,
 * size an int or a float (borrowed): its loop's tuple iterator (a GC
 * object), abs(size) each test (a new float, or a new int for a negative
 * one), the float size /= 1024 makes, then `"%.1f %s" % (size, unit)`
 * (or %+.1f, %.0f, %+.0f).  Its result, or NULL. */
static object *own_format_size(vm *v, object *size, int sign, uint32_t at, uint32_t outer)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    tm_state *tm = v->tm;
    sim_callers(tm, at, outer);
    uint32_t saved = tm->own_line;
    tm->own_line = L_FS_FOR;
    object *it = obj_new(v, v->types[T_TUPLE_ITER], 0);
    tm->own_line = saved;
    if (!it)
        return NULL;
    obj_track(v, it);
    object *local = obj_incref(v, size);    /* the local size */
    object *r = NULL;
    for (size_t unit = 0; unit < HV_COUNTOF(units); unit++) {
        double d = 0;
        number_as_double(v, local, &d);
        if (own_abs_temp(v, local, L_FS_ABS_SMALL))
            break;
        if (fabs(d) < 100 && unit) {
            object *m[] = {obj_incref(v, local), obj_incref(v, str_static(v, units[unit]))};
            uint32_t line = sign ? L_FS_SMALL_SIGNED : L_FS_SMALL;
            r = own_percent(v, line, line, sign ? "%+.1f %s" : "%.1f %s", m, 2);
            break;
        }
        if (own_abs_temp(v, local, L_FS_ABS))
            break;
        if (fabs(d) < 10 * 1024 || unit == HV_COUNTOF(units) - 1) {
            object *m[] = {obj_incref(v, local), obj_incref(v, str_static(v, units[unit]))};
            uint32_t line = sign ? L_FS_SIGNED : L_FS_PLAIN;
            r = own_percent(v, line, line, sign ? "%+.0f %s" : "%.0f %s", m, 2);
            break;
        }
        object *f = own_float(v, L_FS_DIV, d / 1024);   /* size /= 1024 */
        if (!f)
            break;
        obj_decref(v, local);
        local = f;
    }
    obj_decref(v, it);                      /* the return pops the iterator */
    obj_decref(v, local);                   /* then the frame's locals go */
    return r;
}

/* BUILD_STRING of parts[0:n], its parts then dropped from the top of the
 * stack down: the str, or NULL when a part is missing (its making failed:
 * MemoryError). */
static object *join_parts(vm *v, object **parts, size_t n)
{
    size_t made = 0;
    while (made < n && parts[made])
        made++;
    object *r = made == n ? str_join_stack(v, parts, n) : NULL;
    for (size_t i = n; i-- > 0;)
        obj_xdecref(v, parts[i]);
    return r;
}

/* Frame.__str__ of the frame tuple ft, line 173: "%s:%s" % (self.filename,
 * self.lineno), which ast_opt.c's optimize_format compiles as the f-string
 * f"{self.filename!s}:{self.lineno!s}": each FORMAT_VALUE's str (the
 * lineno's a new one), BUILD_STRING's join, its parts dropped from the top. */
static object *own_frame_text(vm *v, object *ft)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = L_FRAME_STR;
    object *parts[3] = {format_field(v, obj_incref(v, TUPLE(ft)->items[0]), 1, NULL), NULL, NULL};
    if (parts[0]) {
        parts[1] = obj_incref(v, v->latin1[':']);
        parts[2] = format_field(v, obj_incref(v, TUPLE(ft)->items[1]), 1, NULL);
    }
    object *r = join_parts(v, parts, 3);
    v->tm->own_line = saved;
    return r;
}

/* str(tb) (Traceback.__str__: str(self[0]), line 226), called from the
 * format at tracemalloc.py's `outer` (0: by the script): self[0] makes a
 * Frame (its call's argument tuple, then the instance, line 207), str()
 * packs it in its argument tuple (line 226; not once the method's code is
 * quickened, code.h), Frame.__str__ makes the text, then the argument
 * tuple and the Frame are freed.  The text, or NULL. */
static object *own_tb_text(vm *v, object *tb, uint32_t outer)
{
    sim_callers(v->tm, L_TB_STR, outer);
    object *args = call_args(v, 1, L_FRAME);
    object *m[] = {args ? obj_incref(v, tb_frame(tb)) : NULL};
    object *ft = args ? tm_new(v, T_TM_FRAME, L_FRAME, m, 1) : NULL;
    call_done(v, args);
    sim_callers(v->tm, outer, 0);
    int quick = ++v->tm->tb_str_runs >= CODE_WARMUP;    /* PRECALL_NO_KW_STR_1 from then on */
    object *str_args = ft && !quick ? call_args(v, 1, L_TB_STR) : NULL;
    sim_callers(v->tm, L_TB_STR, outer);
    object *r = ft && (quick || str_args) ? own_frame_text(v, TM(ft)->slot[S_FRAME]) : NULL;
    call_done(v, str_args);
    obj_xdecref(v, ft);
    return r;
}

/* `text += suffix` at own line `line` (both stolen): the generic BINARY_OP
 * makes text + suffix, drops suffix, then the store drops the old text;
 * once quickened, BINARY_OP_INPLACE_ADD_UNICODE grows text where it lies
 * (PyUnicode_Append), a realloc that may move it, then drops suffix.
 * The new text, or NULL. */
static object *own_text_add(vm *v, object *text, object *suffix, int quick, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *r;
    if (quick) {
        r = str_append(v, text, suffix);
        obj_decref(v, suffix);
    } else {
        r = obj_binary_op(v, text, suffix, NB_ADD);
        obj_decref(v, suffix);
        obj_decref(v, text);
    }
    v->tm->own_line = saved;
    return r;
}

/* Statistic.__str__ and StatisticDiff.__str__ (lines 52-60, 97-107):
 * _format_size's texts, then the format's tuple (3 or 5 items) with
 * self.traceback, whose str() the % makes; with a count, the average's
 * float, its _format_size, ", average=%s" % it, and text += that. */
static object *stat_str(vm *v, object *o)
{
    tm_state *tm = v->tm;
    int diff = obj_is(v, o, T_TM_STATDIFF);
    int quick = ++tm->stat_str_runs[diff] >= CODE_WARMUP;  /* BINARY_OP_INPLACE_ADD_UNICODE */
    object *size = TM(o)->slot[S_SIZE], *count = TM(o)->slot[diff ? 3 : S_COUNT];
    object *m[5] = {obj_incref(v, TM(o)->slot[S_TB])};
    size_t n = 1;
    m[n++] = own_format_size(v, size, 0, diff ? L_DIFF_STR_SIZE : L_STAT_SIZE, 0);
    if (m[n - 1] && diff)
        m[n++] = own_format_size(v, TM(o)->slot[S_SIZE_DIFF], 1, L_DIFF_STR_SIZE_DIFF, 0);
    sim_callers(tm, 0, 0);
    if (!m[n - 1]) {
        for (size_t i = 0; i < n - 1; i++)
            obj_decref(v, m[i]);
        return NULL;
    }
    m[n++] = obj_incref(v, count);
    if (diff)
        m[n++] = obj_incref(v, TM(o)->slot[S_COUNT_DIFF]);
    tm->str_outer = diff ? L_DIFF_STR : L_STAT_STR;
    object *text = own_percent(v, diff ? L_DIFF_TUPLE : L_STAT_TUPLE, tm->str_outer,
                               diff ? "%s: size=%s (%s), count=%i (%+i)" : "%s: size=%s, count=%i", m, n);
    tm->str_outer = 0;
    sim_callers(tm, 0, 0);
    double s = 0, c = 0;
    number_as_double(v, size, &s);
    number_as_double(v, count, &c);
    if (!text || !c)
        return text;
    object *avg = own_float(v, diff ? L_DIFF_AVG : L_STAT_AVG, s / c);
    object *fs = avg ? own_format_size(v, avg, 0, diff ? L_DIFF_AVG_SIZE : L_STAT_AVG_SIZE, 0) : NULL;
    sim_callers(tm, 0, 0);
    uint32_t line = diff ? L_DIFF_TEXT_ADD : L_STAT_TEXT_ADD;
    object *suffix = fs ? own_percent(v, line, line, ", average=%s", &fs, 0) : NULL;
    if (suffix)
        text = own_text_add(v, text, suffix, quick, line);
    else
        obj_decref(v, text);
    obj_xdecref(v, avg);                    /* the frame's local, at its return */
    return suffix ? text : NULL;
}

static object *tb_str(vm *v, object *o)
{
    object *r = own_tb_text(v, o, v->tm->str_outer);
    sim_callers(v->tm, 0, 0);
    return r;
}

/* Frame.__repr__ (line 176): "<Frame filename=%r lineno=%r>" % (...) as
 * optimize_format's f-string: the two repr()s, then BUILD_STRING. */
static object *own_frame_repr(vm *v, object *ft)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = L_FRAME_REPR;
    object *parts[5] = {obj_incref(v, str_static(v, "<Frame filename=")),
                        format_field(v, obj_incref(v, TUPLE(ft)->items[0]), 2, NULL)};
    if (parts[1]) {
        parts[2] = obj_incref(v, str_static(v, " lineno="));
        parts[3] = format_field(v, obj_incref(v, TUPLE(ft)->items[1]), 2, NULL);
        parts[4] = obj_incref(v, v->latin1['>']);
    }
    object *r = join_parts(v, parts, 5);
    v->tm->own_line = saved;
    return r;
}

/* Traceback.__repr__ (lines 228-234) called from `outer`:
 * s = f"<Traceback {tuple(self)}" (the Sequence iteration, each Frame's
 * repr inside the tuple's, the tuple dropped once its text exists), then
 * s += ">" or s += f" total_nframe={self.total_nframe}>".  Its text, or NULL. */
static object *own_tb_repr(vm *v, object *tb, uint32_t outer)
{
    tm_state *tm = v->tm;
    int quick = ++tm->tb_repr_runs >= CODE_WARMUP;
    sim_callers(tm, L_TB_REPR, outer);
    uint32_t saved = tm->own_line;
    tm->own_line = L_TB_REPR;
    object *t = tuple_from_iterable(v, tb);
    object *parts[3] = {obj_incref(v, str_static(v, "<Traceback ")), t ? format_field(v, t, 0, NULL) : NULL};
    object *s = join_parts(v, parts, 2);
    object *total = TM(tb)->slot[S_TOTAL], *suffix = NULL;
    uint32_t line = total == v->none ? L_TB_REPR_END : L_TB_REPR_TOTAL;
    tm->own_line = line;
    if (s && total == v->none) {
        suffix = obj_incref(v, v->latin1['>']);
    } else if (s) {
        parts[0] = obj_incref(v, str_static(v, " total_nframe="));
        parts[1] = format_field(v, obj_incref(v, total), 0, NULL);
        parts[2] = obj_incref(v, v->latin1['>']);
        suffix = join_parts(v, parts, 3);
    }
    if (suffix)
        s = own_text_add(v, s, suffix, quick, line);
    else
        obj_xdecref(v, s);
    tm->own_line = saved;
    sim_callers(tm, 0, 0);
    return suffix ? s : NULL;
}

/* Statistic.__repr__ and StatisticDiff.__repr__ (lines 62-64, 109-111):
 * a % of a 3- or 5-tuple (%i directives: no f-string), its %r running
 * Traceback.__repr__. */
static object *stat_repr(vm *v, object *o)
{
    tm_state *tm = v->tm;
    int diff = obj_is(v, o, T_TM_STATDIFF);
    object *m[5];
    size_t n = diff ? 5 : 3;
    static const int order[2][5] = {{S_TB, S_SIZE, S_COUNT}, {S_TB, S_SIZE, S_SIZE_DIFF, 3, S_COUNT_DIFF}};
    for (size_t i = 0; i < n; i++)
        m[i] = obj_incref(v, TM(o)->slot[order[diff][i]]);
    sim_callers(tm, 0, 0);
    tm->str_outer = diff ? L_DIFF_REPR : L_STAT_REPR;
    object *r = own_percent(v, diff ? L_DIFF_REPR_TUPLE : L_STAT_REPR_TUPLE, tm->str_outer,
                            diff ? "<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>"
                                 : "<Statistic traceback=%r size=%i count=%i>", m, n);
    tm->str_outer = 0;
    sim_callers(tm, 0, 0);
    return r;
}

/* Trace.__repr__ (lines 306-308): "<Trace domain=%s size=%s,
 * traceback=%r>" % (...) as an f-string: str(domain), _format_size's
 * text, the property's new Traceback and its repr (the Traceback dropped
 * then), BUILD_STRING's join. */
static object *trace_repr(vm *v, object *o)
{
    tm_state *tm = v->tm;
    object *t = TM(o)->slot[S_FRAME];
    uint32_t saved = tm->own_line;
    tm->own_line = L_TRACE_REPR_ARGS;
    object *parts[7] = {obj_incref(v, str_static(v, "<Trace domain=")),
                        format_field(v, obj_incref(v, TUPLE(t)->items[0]), 1, NULL)};
    tm->own_line = saved;
    if (parts[1]) {
        parts[2] = obj_incref(v, str_static(v, " size="));
        parts[3] = own_format_size(v, TUPLE(t)->items[1], 0, L_TRACE_REPR_ARGS, 0);
    }
    if (parts[3]) {
        parts[4] = obj_incref(v, str_static(v, ", traceback="));
        sim_callers(tm, L_TRACE_REPR_ARGS, 0);
        object *tb = trace_traceback(v, o);
        parts[5] = tb ? own_tb_repr(v, tb, L_TRACE_REPR_ARGS) : NULL;
        obj_xdecref(v, tb);
        parts[6] = obj_incref(v, v->latin1['>']);
    }
    sim_callers(tm, 0, 0);
    tm->own_line = L_TRACE_REPR;
    object *r = join_parts(v, parts, 7);
    tm->own_line = saved;
    return r;
}

static object *tb_repr(vm *v, object *o)
{
    return own_tb_repr(v, o, v->tm->str_outer);
}

static object *frame_repr(vm *v, object *o)
{
    sim_callers(v->tm, 0, 0);
    return own_frame_repr(v, TM(o)->slot[S_FRAME]);
}

/* Frame.__str__, called by the script. */
static object *frame_str(vm *v, object *o)
{
    sim_callers(v->tm, 0, 0);
    return own_frame_text(v, TM(o)->slot[S_FRAME]);
}

/* == and < of Frames (their tuples) and Tracebacks (their first frames). */
static object *tm_richcompare(vm *v, object *a, object *b, int op)
{
    if (a->type != b->type || (op != CMP_EQ && op != CMP_NE && op != CMP_LT))
        return obj_incref(v, v->notimpl);
    int c = obj_is(v, a, T_TM_FRAME) ? frame_cmp(TM(a)->slot[S_FRAME], TM(b)->slot[S_FRAME]) : tb_cmp(a, b);
    return obj_bool(v, op == CMP_EQ ? c == 0 : op == CMP_NE ? c != 0 : c < 0);
}

/* ---- Traceback.format ------------------------------------------------------------ */

/* ---- linecache: format()'s first read of the script -------------------------------
 * format() quotes linecache.getline(filename, lineno) (tracemalloc.py:251
 * → getline:30 → getlines:46 → updatecache), which reads a file once and
 * keeps it in linecache.cache.  For the script, python3 (3.11.2) keeps
 * from that read (its frames, innermost first, under those three):
 *
 *   updatecache:93    os.stat(): st_size (PyLong_FromLongLong: 32 B past
 *                     256) and st_mtime, the second of the three floats
 *                     fill_time makes (st_atime, st_mtime, st_ctime); the
 *                     other two go back to the float free list with the
 *                     stat_result when updatecache returns
 *   tokenize.open     (updatecache:136) the fresh "incrementaldecoder"
 *                     name _PyCodecInfo_GetIncrementalDecoder looks up,
 *                     which _PyType_Lookup's method cache keeps (67 B, at
 *                     tokenize.py:400's TextIOWrapper(...))
 *   updatecache:137   fp.readlines(): IOBase.readlines is list.extend of
 *                     the wrapper (PyList_New(0); list_extend resizes to
 *                     its length hint, 8, appends, then cuts back) and a
 *                     str per line, but "\n" (the latin-1 singleton).
 *                     Each readline takes its line from the decoded chunk,
 *                     or puts what the chunk has of it aside (a `chunks`
 *                     list) and reads the next; the first chunk is what
 *                     the reader's buffer holds, the others and the read
 *                     at EOF are read1s of 8192 bytes into a bytes through
 *                     a memoryview (the reading's peak); each decodes
 *                     through codecs.py:322 (unicode_decode_utf8's
 *                     narrower strs: traceback_decode_chunk), whose
 *                     (result, consumed) tuple goes back to the free
 *                     list, then through the newline decoder's pass
 *                     (its copy when a wide character holds the byte
 *                     '\r': traceback_newline_decode)
 *   updatecache:141   lines[-1] += '\n' when the file does not end with one
 *   updatecache:143   cache[filename] = size, mtime, lines, fullname
 *
 * What the reading frees before format() returns (the stat_result and its
 * other fields, the file objects, their buffer and the decoder, each chunk
 * read and decoded) is made and freed as python3 does, for the peak.  Not
 * modelled: detect_encoding's closures and first line (freed before the
 * peak), the cache dict's key table (from the key free list in python3),
 * a line ending in a lone "\r", and a file other than the script
 * (tracemalloc.py's own frames under start(n > 1): python3 reads
 * tracemalloc.py then).
 */
#define L_FORMAT_GETLINE 251
#define LC(line) TM_FRAME(TM_LINECACHE, line)

/* The frames of the linecache read now running (innermost first, above
 * getlines:46 and getline:30). */
static void lc_frames(tm_state *tm, uint32_t inner, uint32_t outer)
{
    unsigned n = 0;
    if (inner)
        tm->ext[n++] = inner;
    if (outer)
        tm->ext[n++] = outer;
    tm->ext[n++] = LC(46);
    tm->ext[n++] = LC(30);
    tm->next = n;
}

/* A tuple of n Nones taken and dropped, as a call's argument tuple. */
static void lc_tuple_touch(vm *v, size_t n)
{
    obj_xdecref(v, tuple_nones(v, n));
}

/* What the TextIOWrapper holds between two reads: the chunk decoded
 * (decoded_chars), the script's text[start, end), of which text[start,
 * used) is read (decoded_chars_used); `have` bytes are read from the file. */
typedef struct lc_reader {
    object *decoded;        /* NULL once consumed (set_decoded_chars(NULL)) */
    size_t start, end, used;
    size_t have;
    int seennl;             /* the IncrementalNewlineDecoder's (traceback_newline_decode) */
} lc_reader;

/* TextIOWrapper's read_chunk of text[0..n) (n 0: EOF).  The first chunk
 * is what detect_encoding's readline left in the reader's buffer
 * (buffer.read1 returns it as a bytes of its size: _bufferedreader_read_fast);
 * a later one is a raw read into a bytes of _CHUNK_SIZE (FileIO.readinto
 * of a memoryview of it: the chunk's peak), cut to what came
 * (_io__Buffered_read1_impl, _PyBytes_Resize; to b'' at EOF).  The decoder
 * then makes the chunk's text, which replaces decoded_chars.  Iterating
 * (textiowrapper_iternext, which readlines' list.extend does) turns
 * `telling` off: no snapshot keeps the bytes, freed once decoded. */
static void lc_read_chunk(vm *v, tm_state *tm, lc_reader *c, const char *text, size_t n, int buffered)
{
    lc_frames(tm, TM_FRAME(TM_CODECS, 322), LC(137));
    object *size = int_from_ssize(v, TEXTIO_CHUNK_SIZE);    /* read1's argument */
    uint64_t input = pymalloc_malloc(v->pm, 33 + (buffered ? n : TEXTIO_CHUNK_SIZE));
    if (input && !buffered && textio_raw_io(v, n))         /* _bufferedreader_raw_read */
        vm_exc_clear(v);
    if (input && !buffered && n < TEXTIO_CHUNK_SIZE) {
        uint64_t cut = n ? pymalloc_realloc(v->pm, input, 33 + n) : 0;
        if (!n || cut) {
            if (!n)
                pymalloc_free(v->pm, input);
            input = cut;
        }
    }
    obj_xdecref(v, size);
    lc_tuple_touch(v, 2);
    object *decoded = n ? traceback_decode_chunk(v, text, n) : NULL;
    lc_frames(tm, LC(137), 0);
    decoded = traceback_newline_decode(v, &c->seennl, decoded, text, n);
    obj_xdecref(v, c->decoded);
    c->decoded = decoded;
    if (input)
        pymalloc_free(v->pm, input);
}

/* The next chunk into r->decoded (textiowrapper_read_chunk): the first
 * from the buffer, at most its st_blksize, then read1s of _CHUNK_SIZE, cut
 * back to whole characters.  0 at EOF (one more read, finding nothing). */
/* The end of the line of text[0..n) starting at `at` (past its newline). */
static size_t lc_line_end(const char *text, size_t n, size_t at)
{
    const char *nl = at < n ? memchr(text + at, '\n', n - at) : NULL;
    return nl ? (size_t)(nl - text) + 1 : n;
}

/* Whether tokenize.open's buffer.seek(0) stays in the reader's buffer:
 * detect_encoding read the first line with buffer.readline(), and the
 * second too when the first is blank or a comment without a coding
 * cookie (blank_re, find_cookie); the buffer then holds the raw read of
 * st_blksize bytes the last of them ended in, which is the file's start
 * only when they end within its first st_blksize bytes.  Otherwise the
 * seek empties it and the first chunk is a raw read like the others. */
static int lc_first_chunk_buffered(vm *v)
{
    const char *t = v->script_text;
    size_t n = v->script_len, end = lc_line_end(t, n, 0), i = 0;
    while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\f'))
        i++;
    int blank = i == end || t[i] == '#' || t[i] == '\r' || t[i] == '\n';
    int cookie = 0;
    for (size_t k = i; blank && k + 7 < end; k++)      /* find_cookie: coding[:=] */
        cookie |= memcmp(t + k, "coding", 6) == 0 && (t[k + 6] == ':' || t[k + 6] == '=');
    if (blank && !cookie)
        end = lc_line_end(t, n, end);
    return end == 0 || end - 1 < traceback_reader_blksize(v);
}

static int lc_next_chunk(vm *v, tm_state *tm, lc_reader *r)
{
    const char *text = v->script_text;
    size_t left = v->script_len - r->have;
    if (!left) {
        lc_read_chunk(v, tm, r, NULL, 0, 0);
        return 0;
    }
    int buffered = r->have == 0 && lc_first_chunk_buffered(v);
    size_t n = buffered ? traceback_reader_blksize(v) : TEXTIO_CHUNK_SIZE;
    n = n < left ? n : left;
    size_t whole = traceback_whole_chars(text + r->have, n);
    n = whole ? whole : n;
    lc_read_chunk(v, tm, r, text + r->have, n, buffered);
    r->start = r->used = r->have;
    r->end = r->have += n;
    return 1;
}

/* PyUnicode_Substring of the decoded chunk: text[a, b), the chunk itself
 * when that is all of it.  The decoder's universal newlines end a line
 * with "\r\n" as "\n" (a lone "\r" ending one is not modelled). */
static object *lc_sub(vm *v, const lc_reader *r, size_t a, size_t b)
{
    if (a == r->start && b == r->end)
        return obj_incref(v, r->decoded);
    const char *p = v->script_text + a;
    size_t n = b - a;
    if (n >= 2 && p[n - 1] == '\n' && p[n - 2] == '\r') {
        buf t = BUF_INIT;
        buf_add(&t, p, n - 2);
        buf_adds(&t, "\n");
        object *s = str_from_utf8(v, buf_str(&t), t.len);
        buf_free(&t);
        return s;
    }
    return str_from_utf8(v, p, n);
}

/* PyUnicode_Join('', chunks): the one item itself, else a new str. */
static object *lc_join(vm *v, object *chunks)
{
    listobj *l = LIST(chunks);
    if (l->n == 1)
        return obj_incref(v, l->items[0]);
    buf t = BUF_INIT;
    for (size_t i = 0; i < l->n; i++)
        buf_add(&t, STR(l->items[i])->data, STR(l->items[i])->nbytes);
    object *s = str_from_utf8(v, buf_str(&t), t.len);
    buf_free(&t);
    return s;
}

/* One readline (_textiowrapper_readline, no limit): the rest of the chunk
 * up to its newline, a substring (the chunk itself when it is the whole
 * chunk).  A line the chunk does not end is put aside (a `chunks` list
 * and a substring of what is left), the chunk dropped, the next read;
 * once the line ends (or the file), the pieces are joined and the list
 * freed.  NULL at the end of the file ('') or with MemoryError. */
static object *lc_readline(vm *v, tm_state *tm, lc_reader *r)
{
    const char *text = v->script_text;
    object *chunks = NULL, *line = NULL, *s;
    size_t start = 0, endpos = 0;
    while (!v->exc && (r->decoded || lc_next_chunk(v, tm, r)) && r->decoded) {
        line = obj_incref(v, r->decoded);
        start = r->used;
        const char *nl = memchr(text + start, '\n', r->end - start);
        if (nl) {
            endpos = (size_t)(nl + 1 - text);
            break;
        }
        if (r->end > start) {                       /* put aside */
            if (!chunks && !(chunks = list_new(v, 0)))
                break;
            if ((s = lc_sub(v, r, start, r->end)))
                (void)list_append(v, chunks, s);    /* a failure leaves v->exc set */
            obj_xdecref(v, s);
        }
        obj_decref(v, line);
        line = NULL;
        obj_decref(v, r->decoded);                  /* set_decoded_chars(NULL) */
        r->decoded = NULL;
    }
    if (line && !v->exc) {
        r->used = endpos;
        if (start > r->start || endpos < r->end) {
            s = lc_sub(v, r, start, endpos);
            obj_decref(v, line);
            line = s;
        }
    }
    if (chunks && !v->exc) {
        if (line)
            (void)list_append(v, chunks, line);
        obj_xdecref(v, line);
        line = v->exc ? NULL : lc_join(v, chunks);
    }
    obj_xdecref(v, chunks);
    if (v->exc) {
        obj_xdecref(v, line);
        return NULL;
    }
    return line;
}

/* fp.readlines() of the script's text: IOBase.readlines is list.extend of
 * the wrapper: the list (PyList_New(0), resized to the length hint, 8),
 * each readline's line appended, the list cut back at the end. */
static object *lc_readlines(vm *v, tm_state *tm)
{
    lc_reader r = {.decoded = NULL};
    object *lines = list_new(v, 0), *line;
    if (!lines || list_resize(v, LIST(lines), 8))       /* PyObject_LengthHint: 8 */
        goto fail;
    LIST(lines)->n = 0;
    while ((line = lc_readline(v, tm, &r))) {
        listobj *l = LIST(lines);
        size_t at = l->n;
        int rc = 0;
        if (at < l->allocated) {
            l->items[at] = obj_hold(v, line, lines->addr, at);
            l->n = at + 1;
        } else {
            rc = list_append(v, lines, line);
        }
        obj_decref(v, line);
        if (rc)
            goto fail;
    }
    if (v->exc)
        goto fail;
    obj_xdecref(v, r.decoded);
    if (LIST(lines)->n < LIST(lines)->allocated && list_resize(v, LIST(lines), LIST(lines)->n))
        goto fail;
    return lines;
fail:
    obj_xdecref(v, r.decoded);
    obj_xdecref(v, lines);
    return NULL;
}

/* os.stat(fullname)'s stat_result (_pystat_fromstructstat): a struct
 * sequence of 19 fields (a 192-byte GC block, taken here as a plain block:
 * its gen-0 count comes and goes with it) and the ints and floats it holds,
 * each made as posixmodule.c makes it.  The values are the host's
 * (vm.source_stat): an int's size follows its value. */
enum { LC_STAT_FIELDS = 19, LC_STAT_SIZE = 6, LC_STAT_MTIME = 11 };
typedef struct lc_stat {
    uint64_t block;                     /* the struct sequence */
    object *item[LC_STAT_FIELDS];       /* its fields, NULL when not made */
} lc_stat;

/* fill_time: the seconds as an int, its float and its nanoseconds as an
 * int (seconds × 10**9 + nsec: the product and nsec's int are dropped). */
static void lc_stat_time(vm *v, lc_stat *st, int i, int64_t sec, int64_t nsec)
{
    object *s = int_from_i64(v, sec), *frac = int_from_u64(v, (uint64_t)nsec);
    object *billion = int_from_i64(v, 1000000000);      /* the module's, made once */
    object *in_ns = s && billion ? obj_binary_op(v, s, billion, NB_MULTIPLY) : NULL;
    object *total = in_ns && frac ? obj_binary_op(v, in_ns, frac, NB_ADD) : NULL;
    st->item[7 + i] = s;
    st->item[10 + i] = float_new(v, (double)sec + 1e-9 * (double)nsec);
    st->item[13 + i] = total;
    obj_xdecref(v, frac);
    obj_xdecref(v, in_ns);
    obj_xdecref(v, billion);
}

static void lc_stat_new(vm *v, lc_stat *st)
{
    srcstat h = v->source_stat;
    if (!h.known) {                                     /* a regular file, as run reads one */
        memset(&h, 0, sizeof h);
        h.mode = 0100644;
        h.nlink = 1;
    }
    h.size = (int64_t)v->script_len;
    memset(st, 0, sizeof *st);
    st->block = pymalloc_malloc(v->pm, 16 + 24 + 8 * LC_STAT_FIELDS);
    st->item[0] = int_from_i64(v, h.mode);
    st->item[1] = int_from_u64(v, h.ino);               /* PyLong_FromUnsignedLongLong */
    st->item[2] = int_from_i64(v, h.dev);
    st->item[3] = int_from_i64(v, h.nlink);
    st->item[4] = int_from_u64(v, (uint64_t)h.uid);     /* _PyLong_FromUid */
    st->item[5] = int_from_u64(v, (uint64_t)h.gid);
    st->item[LC_STAT_SIZE] = int_from_i64(v, h.size);
    for (int i = 0; i < 3; i++)
        lc_stat_time(v, st, i, h.sec[i], h.nsec[i]);
    st->item[16] = int_from_i64(v, h.blksize);
    st->item[17] = int_from_i64(v, h.blocks);
    st->item[18] = int_from_i64(v, h.rdev);
}

/* The stat_result's dealloc: its fields in order, then its block. */
static void lc_stat_free(vm *v, lc_stat *st)
{
    for (int i = 0; i < LC_STAT_FIELDS; i++)
        obj_xdecref(v, st->item[i]);
    if (st->block)
        pymalloc_free(v->pm, st->block);
    memset(st, 0, sizeof *st);
}

/* linecache.updatecache(script): the cache's entry (vm.linecache_entry). */
static void linecache_read_script(vm *v, object *filename)
{
    tm_state *tm = v->tm;
    uint32_t saved_own = tm->own_line;
    tm->own_line = L_FORMAT_GETLINE;
    lc_frames(tm, LC(93), 0);                           /* stat = os.stat(fullname) */
    lc_stat st;
    lc_stat_new(v, &st);
    object *size = st.item[LC_STAT_SIZE], *mtime = st.item[LC_STAT_MTIME];
    traceback_reader r;
    traceback_reader_open(v, &r);                       /* tokenize.open: open(fullname, 'rb') */
    lc_frames(tm, TM_FRAME(TM_TOKENIZE, 368), TM_FRAME(TM_TOKENIZE, 398));
    lc_tuple_touch(v, 1);                               /* first.startswith(BOM_UTF8) */
    lc_frames(tm, TM_FRAME(TM_TOKENIZE, 400), LC(136));
    traceback_reader_wrap(v, &r);
    object *mode = dict_new(v), *r_str = str_from_cstr(v, "r");    /* text.mode = 'r': its __dict__ */
    if (mode && r_str && dict_setitem(v, mode, str_static_interned(v, "mode"), r_str))
        vm_exc_clear(v);
    obj_xdecref(v, r_str);
    lc_frames(tm, LC(136), 0);
    uint64_t exit = pymalloc_malloc(v->pm, 56 + 16);    /* with: the bound __exit__ (a PyCFunctionObject) */
    lc_frames(tm, LC(137), 0);
    object *lines = lc_readlines(v, tm), *entry = NULL;
    if (exit)                                           /* __exit__(None, None, None) closes, then goes */
        pymalloc_free(v->pm, exit);
    obj_xdecref(v, mode);
    traceback_reader_close(v, &r);
    size_t n = lines ? LIST(lines)->n : 0;
    if (n && STR(LIST(lines)->items[n - 1])->data[STR(LIST(lines)->items[n - 1])->nbytes - 1] != '\n') {
        lc_frames(tm, LC(141), 0);                      /* lines[-1] += '\n' */
        buf b = BUF_INIT;
        buf_add(&b, STR(LIST(lines)->items[n - 1])->data, STR(LIST(lines)->items[n - 1])->nbytes);
        buf_adds(&b, "\n");
        object *last = str_from_utf8(v, buf_str(&b), b.len);
        buf_free(&b);
        if (last) {
            obj_release(v, LIST(lines)->items[n - 1], lines->addr, n - 1);
            LIST(lines)->items[n - 1] = obj_hold(v, last, lines->addr, n - 1);
            obj_decref(v, last);
        }
    }
    lc_frames(tm, LC(143), 0);
    if (lines && size && mtime && (entry = tuple_new(v, 4))) {
        tuple_set(v, entry, 0, obj_incref(v, size));
        tuple_set(v, entry, 1, obj_incref(v, mtime));
        tuple_set(v, entry, 2, obj_incref(v, lines));
        tuple_set(v, entry, 3, obj_incref(v, filename));
    }
    tm->next = 0;
    tm->own_line = saved_own;
    obj_xdecref(v, v->linecache_entry);
    v->linecache_entry = entry;
    lc_stat_free(v, &st);                               /* the frame's locals: stat, then lines */
    obj_xdecref(v, lines);
    vm_exc_clear(v);                                    /* what failed is not read */
}

/* linecache.getline(frame.filename, frame.lineno).strip() (line 251): a
 * new reference to the stripped line of the cache's entry (the line
 * itself when there is nothing to strip, else str_sub's new str made at
 * line 251), or '' when there is none: tracemalloc.py's own files are not
 * read (as a missing file), nor a script that does not decode in its
 * encoding (io's readlines fails: lex_readable_lines; the memory of that
 * failed read is not modelled).  NULL on MemoryError. */
static object *frame_line(vm *v, object *ft)
{
    int64_t line = 0;
    int_as_i64(TUPLE(ft)->items[1], &line);
    if (!v->script || !v->script_text || strcmp(STR(TUPLE(ft)->items[0])->data, v->script) != 0
        || v->script_readable >= 0)
        return obj_incref(v, v->empty_str);
    if (!v->linecache_entry)
        linecache_read_script(v, TUPLE(ft)->items[0]);
    object *lines = v->linecache_entry ? TUPLE(v->linecache_entry)->items[2] : NULL;
    if (!lines || line < 1 || (uint64_t)line > LIST(lines)->n)
        return obj_incref(v, v->empty_str);
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = L_FORMAT_GETLINE;
    object *s = str_strip(v, LIST(lines)->items[line - 1]);
    v->tm->own_line = saved;
    return s;
}

/* Appends a new str of b's text to list l (made at tracemalloc.py's line). */
static int append_line(vm *v, object *l, buf *b, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *s = str_from_utf8(v, buf_str(b), b->len);
    int rc = s ? list_append(v, l, s) : -1;
    v->tm->own_line = saved;
    obj_xdecref(v, s);
    buf_clear(b);
    return rc;
}

static int bind_args(vm *v, const char *qual, size_t self, const char *const *names, size_t nparams,
                     size_t nreq, object *const *args, size_t nargs, object *kw, object **out);
static object *seqgen_new(vm *v, object *tb, int kind);
enum { SEQ_ITER, SEQ_REVERSED, SEQ_GENEXPR };

/* One frame's lines of Traceback.format: '  File "f", line n', then its
 * source line if it has one.  *line is format's local `line`: the
 * stripped source replaces it (the new one bound before the old goes).
 * 0, or -1 with the exception set. */
static int tb_format_frame(vm *v, object *l, buf *b, object *ft, object **line)
{
    buf_printf(b, "  File \"%s\", line ", STR(TUPLE(ft)->items[0])->data);
    int_to_decimal(TUPLE(ft)->items[1], b);
    if (append_line(v, l, b, L_FORMAT_FILE))
        return -1;
    object *src = frame_line(v, ft), *old = *line;
    if (!src)
        return -1;
    *line = src;
    obj_xdecref(v, old);
    if (!STR(src)->len)
        return 0;
    buf_adds(b, "    ");
    buf_add(b, STR(src)->data, STR(src)->nbytes);
    return append_line(v, l, b, L_FORMAT_LINE);
}

/* `for frame in frame_slice`: it is iter(frame_slice) (Sequence's
 * generator when frame_slice is self, limit None; a tuple_iterator over
 * self[-limit:] or self[:limit]; the reversed object itself when
 * most_recent_first), each Frame bound to *frame until the next replaces
 * it (the last until format returns), the iterator alive through the loop
 * (so with what it holds while linecache reads) and dropped at its end.
 * it is stolen; *cur is `frame`.  0, or -1 with the exception set. */
static int tb_format_loop(vm *v, object *it, object *l, buf *b, object **cur, object **line)
{
    object *next;
    int rc = it ? 0 : -1;
    while (it && (next = obj_iternext(v, it))) {
        obj_xdecref(v, *cur);
        *cur = next;
        if ((rc = tb_format_frame(v, l, b, TM(next)->slot[S_FRAME], line)))
            break;
    }
    if (it && !rc && v->exc)
        rc = -1;
    obj_xdecref(v, it);
    return rc;
}

/* frame_slice = self[-limit:] (line 240; limit > 0) or self[:limit] (242):
 * -limit (UNARY_NEGATIVE: a new int past -5), BUILD_SLICE (the slice
 * cache's), Traceback.__getitem__'s tuple of Frames (tb_getslice, called
 * from that line), the slice dropped after the subscript. */
static object *tb_format_slice(vm *v, object *self, object *limit, int positive)
{
    tm_state *tm = v->tm;
    uint32_t saved = tm->own_line, at = positive ? L_FORMAT_SLICE_TAIL : L_FORMAT_SLICE_HEAD;
    tm->own_line = at;
    object *neg = positive ? obj_unary_op(v, limit, UN_NEG) : NULL;
    object *key = !positive || neg ? slice_new(v, neg, positive ? NULL : limit, NULL) : NULL;
    obj_xdecref(v, neg);
    tm->own_line = saved;
    if (!key)
        return NULL;
    tm->slice_caller = at;
    object *r = tb_getslice(v, self, key);
    tm->slice_caller = 0;
    tm->own_line = at;
    obj_decref(v, key);
    tm->own_line = saved;
    return r;
}

/* Traceback.format(limit=None, most_recent_first=False), positional or by
 * keyword, as python3 runs it (lines 236-254): two lines per frame of
 * self, self[-limit:] (limit > 0) or self[:limit], reversed when
 * most_recent_first, '  File "f", line n' and the stripped source line
 * indented by four; at the return its locals go in order (frame_slice,
 * frame, line).  Not simulated: each '%' tuple (from the free list).
 * linecache's first read of the script is, for what it keeps
 * (linecache_read_script). */
static object *tb_format(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"limit", "most_recent_first"};
    object *a[2];
    if (bind_args(v, "Traceback.format", 1, names, 2, 0, args, nargs, kw, a))
        return NULL;
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = L_FORMAT_LIST;
    object *l = list_new(v, 0);             /* lines = [] */
    v->tm->own_line = saved;
    object *slice = NULL, *cur = NULL, *line = NULL;       /* frame_slice, frame, line */
    if (l && a[0] && a[0] != v->none) {
        /* `if limit > 0:` compares first: most other types refuse */
        object *gt = obj_richcompare(v, a[0], int_small(v, 0), CMP_GT);
        int positive = gt ? obj_truth(v, gt) : -1;
        obj_xdecref(v, gt);
        if (!gt) {
            object *locals[] = {self, a[0], a[1] ? a[1] : v->false_, l};
            own_frame fr = {SITE_FORMAT_LIMIT, {0}};
            memcpy(fr.args, locals, sizeof locals);
            own_error_frames(v, &fr, 1);
            obj_decref(v, l);
            return NULL;
        }
        if (!type_is_subtype(a[0]->type, v->types[T_INT])) {
            obj_decref(v, l);
            return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: Traceback.format()'s limit must be an int or None");
        }
        if (!(slice = tb_format_slice(v, self, a[0], positive > 0))) {
            obj_decref(v, l);
            return NULL;
        }
    }
    int recent_first = l && a[1] ? obj_truth(v, a[1]) : 0;
    if (recent_first < 0) {
        obj_decref(v, l);
        obj_xdecref(v, slice);
        return NULL;
    }
    object *it;
    if (!slice) {                           /* frame_slice = self */
        it = recent_first ? tm_traceback_reversed(v, self) : seqgen_new(v, self, SEQ_ITER);
    } else {
        v->tm->own_line = recent_first ? L_FORMAT_REVERSED : L_FORMAT_FOR;
        if (recent_first) {                 /* frame_slice = reversed(frame_slice) */
            object *rev = seqiter_new(v, T_REVERSED, slice, (int64_t)TUPLE(slice)->n - 1);
            obj_decref(v, slice);
            slice = rev;
        }
        it = !slice ? NULL : recent_first ? obj_incref(v, slice) : seqiter_new(v, T_TUPLE_ITER, slice, 0);
        v->tm->own_line = saved;
    }
    buf b = BUF_INIT;
    if (tb_format_loop(v, it, l, &b, &cur, &line)) {
        obj_decref(v, l);
        l = NULL;
    }
    buf_free(&b);
    obj_xdecref(v, slice);
    obj_xdecref(v, cur);
    obj_xdecref(v, line);
    return l;
}

/* ---- iterating a Traceback: Sequence's generators --------------------------------
 * python3's Traceback is a collections.abc.Sequence: iter(tb) runs
 * Sequence.__iter__ and reversed(tb) Sequence.__reversed__, generator
 * functions of _collections_abc.py (3.11.2):
 *
 *    989 def __iter__(self):             1005 def __reversed__(self):
 *    990     i = 0                       1006     for i in reversed(range(len(self))):
 *    991     try:                        1007         yield self[i]
 *    992         while True:
 *    993             v = self[i]
 *    994             yield v
 *    995             i += 1
 *    996     except IndexError:
 *    997         return
 *
 * heapviz runs them in C, as objects of a type named "generator" (its
 * address is the generator type's), sized as python3 sizes them: 152 +
 * 8 × (co_nlocalsplus + co_stacksize), 3 + 4 for __iter__ (224 bytes),
 * 2 + 7 for __reversed__ (240).  What they allocate carries their lines
 * (TAG_ABC) and their frame counts in the traceback's depth.  self[i] is
 * Traceback.__getitem__ (tb_getitem: the call's tuple, then a 40-byte
 * Frame), or _Traces.__getitem__ (traces_getitem: a Trace) for
 * snapshot.traces; the generator's local v keeps the last item it yielded.
 * __iter__ ends on self._frames[i]'s (self._traces[i]'s) IndexError
 * (seq_iter_end); one
 * dropped before its end is closed by GeneratorExit (seq_close).  Not
 * simulated: the int objects of an index above 256. */

enum { GEN_CREATED, GEN_SUSPENDED, GEN_DONE };
enum { G_SELF, G_VALUE };           /* slots: self (the genexpr's .0), then v (__iter__), the range
                                       iterator (__reversed__) or f_func (the genexpr) */
#define ITER_LINE 989               /* def __iter__ */
#define ITER_GETITEM 993            /* v = self[i] */
#define ITER_YIELD 994
#define REV_LINE 1005
#define REV_FOR 1006
#define REV_YIELD 1007
#define GETITEM_SLOTS 7             /* Traceback.__getitem__: 2 locals + co_stacksize 5 */

static const uint32_t seqgen_slots[] = {[SEQ_ITER] = 3 + 4, [SEQ_REVERSED] = 2 + 7, [SEQ_GENEXPR] = 2 + 4};

/* The generators' type: "generator", made on first use (freed by tm_fini). */
static const type tmpl_tm_seqgen;
static type *seqgen_type(vm *v)
{
    tm_state *tm = v->tm;
    if (tm->seqgen)
        return tm->seqgen;
    gchead *g = hv_calloc(1, sizeof *g + sizeof(type));     /* a type is a GC type */
    g->gen = -1;
    type *t = (type *)(g + 1);
    *t = tmpl_tm_seqgen;
    t->name = "generator";
    t->basicsize = 152;
    t->flags = TPF_GC;
    t->base = v->types[T_OBJECT];
    t->ob.type = v->types[T_TYPE];
    t->ob.addr = v->types[T_GENERATOR]->ob.addr;
    t->ob.refcnt = 1;
    return tm->seqgen = t;
}

/* Calling the generator function: the generator, holding self (made by
 * RETURN_GENERATOR before the frame's first line: tracemalloc charges the
 * caller's line, as heapviz does for a frame not started). */
static object *seqgen_new(vm *v, object *tb, int kind)
{
    object *g = obj_new_sized(v, seqgen_type(v), 16 + 152 + 8 * (uint64_t)seqgen_slots[kind], 0);
    if (!g)
        return NULL;
    tmobj *t = TM(g);
    t->gen_kind = (uint8_t)kind;
    t->gen_state = GEN_CREATED;
    t->gen_slots = seqgen_slots[kind];
    t->slot[G_SELF] = obj_hold(v, tb, g->addr, G_SELF);
    obj_track(v, g);
    return g;
}

object *tm_traceback_reversed(vm *v, object *tb)
{
    return seqgen_new(v, tb, SEQ_REVERSED);
}

/* The generator's frame finishes: its locals go in slot order. */
static void seqgen_finish(vm *v, object *g)
{
    tmobj *t = TM(g);
    t->gen_state = GEN_DONE;
    for (int i = G_SELF; i <= G_VALUE; i++)
        if (t->slot[i]) {
            object *x = t->slot[i];
            t->slot[i] = NULL;
            obj_release(v, x, g->addr, (uint64_t)i);
        }
}

/* A traceback object for frame object fo at `line` (tb_next: next, stolen). */
static object *sim_tb(vm *v, object *next, object *fo, uint32_t line)
{
    object *tb = obj_new(v, v->types[T_TRACEBACK], 0);
    if (!tb) {
        obj_xdecref(v, next);
        return NULL;
    }
    if (next) {
        TB(tb)->next = next;
        obj_give(v, next, tb->addr, 0);
    }
    TB(tb)->frame = obj_hold(v, fo, tb->addr, 1);
    TB(tb)->lineno = line;
    obj_track(v, tb);
    return tb;
}

/* The exception instance the handler's normalization makes (args stolen,
 * NULL: the empty tuple), with its traceback (stolen). */
static object *sim_exc(vm *v, enum builtin_type t, object *args, object *tb)
{
    object *e = obj_new(v, v->types[t], 0);
    if (!e) {
        obj_xdecref(v, args);
        obj_decref(v, tb);
        return NULL;
    }
    EXC(e)->args = args ? args : obj_incref(v, v->empty_tuple);
    obj_give(v, EXC(e)->args, e->addr, 0);
    EXC(e)->traceback = tb;
    obj_give(v, tb, e->addr, 2);
    obj_track(v, e);
    return e;
}

static int64_t tm_length(vm *v, object *o);
static object *tm_getitem(vm *v, object *o, object *key);

/* self._frames[i] (a Traceback) or self._traces[i] (a _Traces) past the
 * end, caught by the caller's `except
 * IndexError` (__iter__'s return, index()'s break): __getitem__'s
 * IndexError with what it makes (the message: tuple_subscript's new str,
 * list_item's static one; __getitem__'s frame object
 * and traceback; the caller's frame object, its f_back, left in *ifo with
 * locals self and i; the caller's traceback entry at `line`), then the
 * handler's end frees the exception.  0, or -1 (out of simulated memory). */
static int getitem_past_end(vm *v, uint32_t line, uint32_t nlp, uint32_t nslots, object *self, int64_t i,
                            object **ifo)
{
    tm_state *tm = v->tm;
    int traces = obj_is(v, self, T_TM_TRACES);
    uint32_t at = traces ? L_TRACE : L_FRAME;   /* __getitem__'s return line */
    tm->abc_line = line;
    tm->own_line = at;
    object *msg = traces ? obj_incref(v, str_static(v, "list index out of range"))
                         : str_from_cstr(v, "tuple index out of range");
    object *gfo = msg ? traceback_sim_frame(v, 2, GETITEM_SLOTS) : NULL;
    object *tb = gfo ? sim_tb(v, NULL, gfo, at) : NULL;
    tm->own_line = 0;
    tm->abc_alloc = 1;
    *ifo = tb ? traceback_sim_frame(v, nlp, nslots) : NULL;
    if (*ifo) {
        object *locals[] = {obj_incref(v, self), int_from_i64(v, i)};
        traceback_sim_frame_own(v, gfo, locals, *ifo);
    }
    obj_xdecref(v, gfo);                    /* the ended frame's reference */
    if (*ifo)
        tb = sim_tb(v, tb, *ifo, line);
    object *args = *ifo && tb ? tuple_pack(v, 1, msg) : NULL, *e = NULL;
    if (args)
        e = sim_exc(v, T_INDEX, args, tb);
    else
        obj_xdecref(v, tb);
    tm->abc_alloc = 0;
    tm->abc_line = 0;
    obj_xdecref(v, msg);
    obj_xdecref(v, e);                      /* the handler's end */
    return e ? 0 : -1;
}

/* The end of __iter__, as python3 runs it: self._frames[i] raises
 * IndexError("tuple index out of range") in __getitem__ (the message str),
 * PyTraceBack_Here there (__getitem__'s frame object, a traceback); that
 * frame ends and its frame object takes its locals over, with f_back the
 * generator frame's frame object, made then; PyTraceBack_Here in __iter__
 * (a traceback), the handler normalizes (the (msg,) tuple, the IndexError),
 * `return` frees the exception (its args, then the tracebacks and
 * __getitem__'s frame object), then the generator's frame ends: its frame
 * object goes, then its locals.  0, or -1 with MemoryError. */
static int seq_iter_end(vm *v, object *g)
{
    tmobj *t = TM(g);
    object *ifo = NULL;
    int rc = getitem_past_end(v, ITER_GETITEM, 0, seqgen_slots[SEQ_ITER], t->slot[G_SELF], t->gen_i, &ifo);
    obj_xdecref(v, ifo);                    /* the frame ends: its frame object, */
    seqgen_finish(v, g);                    /* then its locals */
    return rc ? (vm_no_memory(v), -1) : 0;
}

/* next() of __iter__: v = self[i] (the Frame), the old v released once it
 * is bound, yield v; at the end, NULL (and no exception: the generator
 * returned). */
static object *seq_iter_next(vm *v, object *g)
{
    tm_state *tm = v->tm;
    tmobj *t = TM(g);
    object *self = t->slot[G_SELF];
    if (t->gen_i >= tm_length(v, self)) {
        seq_iter_end(v, g);
        return NULL;
    }
    tm->abc_line = ITER_GETITEM;
    object *key = int_from_i64(v, t->gen_i);
    object *fr = key ? tm_getitem(v, self, key) : NULL;
    obj_xdecref(v, key);
    tm->abc_line = 0;
    if (!fr)
        return NULL;
    object *old = t->slot[G_VALUE];
    t->slot[G_VALUE] = obj_hold(v, fr, g->addr, G_VALUE);
    if (old)
        obj_release(v, old, g->addr, G_VALUE);
    t->gen_i++;
    t->gen_state = GEN_SUSPENDED;
    return fr;
}

/* next() of __reversed__: the first runs reversed(range(len(self))) (the
 * range, then its iterator, kept on the frame's stack; the range goes),
 * each yields self[i]; the iterator's end frees it and the frame. */
static object *seq_rev_next(vm *v, object *g)
{
    tm_state *tm = v->tm;
    tmobj *t = TM(g);
    object *self = t->slot[G_SELF];
    tm->abc_line = REV_FOR;
    tm->abc_alloc = 1;
    if (t->gen_state == GEN_CREATED) {
        object *n = int_from_i64(v, tm_length(v, self));
        object *r = n ? v->types[T_RANGE]->vnew(v, v->types[T_RANGE], &n, 1, NULL) : NULL;
        object *it = r ? range_reversed(v, r) : NULL;   /* with reversed()'s bound __reversed__ */
        obj_xdecref(v, r);
        obj_xdecref(v, n);
        t->gen_state = GEN_SUSPENDED;
        if (it)
            t->slot[G_VALUE] = it, obj_give(v, it, g->addr, G_VALUE);
    }
    object *i = t->slot[G_VALUE] ? obj_iternext(v, t->slot[G_VALUE]) : NULL;
    tm->abc_alloc = 0;
    if (!i) {
        tm->abc_line = 0;
        if (!v->exc)
            seqgen_finish(v, g);            /* the loop ends: the iterator, then the frame */
        return NULL;
    }
    tm->abc_line = REV_YIELD;
    object *fr = tm_getitem(v, self, i);
    obj_decref(v, i);
    tm->abc_line = 0;
    return fr;
}

/* next() of __getitem__'s genexpr, Frame(trace) for each trace its .0
 * (the slice's tuple iterator) gives; at the end its frame's locals go
 * (the iterator, and with it the slice), then its function. */
static object *seq_genexpr_next(vm *v, object *g)
{
    tmobj *t = TM(g);
    object *trace = obj_iternext(v, t->slot[G_SELF]);
    if (!trace) {
        if (!v->exc)
            seqgen_finish(v, g);
        return NULL;
    }
    sim_callers(v->tm, L_TB_SLICE, v->tm->slice_caller);   /* the genexpr's frame, __getitem__'s, format's */
    object *args = call_args(v, 1, L_TB_SLICE), *m[] = {trace};
    object *fr = args ? tm_new(v, T_TM_FRAME, L_TB_SLICE, m, 1) : NULL;
    if (!args)
        obj_decref(v, trace);
    call_done(v, args);
    sim_callers(v->tm, 0, 0);
    return fr;
}

static object *seqgen_next(vm *v, object *g)
{
    switch (TM(g)->gen_state == GEN_DONE ? -1 : TM(g)->gen_kind) {
    case SEQ_ITER: return seq_iter_next(v, g);
    case SEQ_REVERSED: return seq_rev_next(v, g);
    case SEQ_GENEXPR: return seq_genexpr_next(v, g);
    default: return NULL;
    }
}

/* tb[slice]: Traceback.__getitem__'s
 * `tuple(Frame(trace) for trace in self._frames[index])`, as python3 runs
 * it: MAKE_FUNCTION (the genexpr's function), the slice of _frames,
 * GET_ITER (its tuple iterator), the call (the generator, whose frame
 * keeps the function as f_func until it ends), tuple() of it
 * (PySequence_Tuple: ten slots, cut back), the generator last. */
static object *tb_getslice(vm *v, object *o, object *key)
{
    tm_state *tm = v->tm;
    uint32_t saved = tm->own_line;
    tm->own_line = L_TB_SLICE;
    object *fn = obj_new(v, v->types[T_FUNCTION], 0);
    if (fn)
        obj_track(v, fn);
    object *part = fn ? obj_getitem(v, TM(o)->slot[S_FRAMES], key) : NULL;
    if (fn && !part)
        own_error_frames(v, &(own_frame){SITE_TB_SLICE, {o, key}}, 1);
    object *it = part ? obj_getiter(v, part) : NULL, *g = NULL, *r = NULL;
    obj_xdecref(v, part);
    if (it) {
        g = obj_new_sized(v, seqgen_type(v), 16 + 152 + 8 * (uint64_t)seqgen_slots[SEQ_GENEXPR], 0);
        if (g) {
            TM(g)->gen_kind = SEQ_GENEXPR;
            TM(g)->gen_slots = seqgen_slots[SEQ_GENEXPR];
            TM(g)->slot[G_SELF] = it;
            obj_give(v, it, g->addr, G_SELF);
            TM(g)->slot[G_VALUE] = fn;      /* the frame's f_func: the call moved it there */
            obj_give(v, fn, g->addr, G_VALUE);
            fn = NULL;
            obj_track(v, g);
        } else {
            obj_decref(v, it);
        }
    }
    obj_xdecref(v, fn);
    if (g)
        r = tuple_from_iterable(v, g);
    obj_xdecref(v, g);
    tm->own_line = saved;
    return r;
}

/* gen_close on a generator dropped before its end, as python3 3.11 runs
 * it: GeneratorExit is thrown in where the frame stands (the def line when
 * it never ran, else its yield): PyTraceBack_Here (the frame's frame
 * object, a traceback); only __iter__'s yield sits in a try, whose handler
 * normalizes it (a GeneratorExit instance) and raises it on; the frame
 * ends (a generator's has no f_back then) and its frame object takes its
 * locals and stack over; close clears the exception: the instance, the
 * traceback, the frame object and what it owned. */
static void seq_close(vm *v, object *g)
{
    tm_state *tm = v->tm;
    tmobj *t = TM(g);
    int started = t->gen_state == GEN_SUSPENDED, iter = t->gen_kind == SEQ_ITER;
    vm_err saved = vm_exc_fetch(v);
    tm->abc_line = iter ? (started ? ITER_YIELD : ITER_LINE) : (started ? REV_YIELD : REV_LINE);
    tm->abc_alloc = 1;
    object *fo = traceback_sim_frame(v, 3, t->gen_slots);   /* self, i, then v or the range iterator */
    object *tb = fo ? sim_tb(v, NULL, fo, tm->abc_line) : NULL;
    object *e = NULL;
    if (tb && iter && started && !(e = sim_exc(v, T_GENERATOR_EXIT, NULL, tb)))
        tb = NULL;                          /* sim_exc freed it */
    tm->abc_alloc = 0;
    tm->abc_line = 0;
    if (tb) {
        object *locals[] = {t->slot[G_SELF], iter ? int_from_i64(v, t->gen_i) : NULL, t->slot[G_VALUE]};
        t->slot[G_SELF] = t->slot[G_VALUE] = NULL;
        if (locals[0])
            obj_take(v, locals[0], g->addr, G_SELF);
        if (locals[2])
            obj_take(v, locals[2], g->addr, G_VALUE);
        traceback_sim_frame_own(v, fo, locals, NULL);
    }
    obj_xdecref(v, fo);                     /* the ended frame's reference */
    obj_xdecref(v, e ? e : tb);             /* close: PyErr_Clear */
    seqgen_finish(v, g);                    /* what is left when memory ran out */
    vm_exc_restore(v, saved);
}

static void seqgen_dealloc(vm *v, object *g)
{
    obj_untrack(v, g);
    if (TM(g)->gen_state != GEN_DONE) {
        g->refcnt = 1;                      /* resurrected for the finalizer, as python3's */
        seq_close(v, g);
        g->refcnt = 0;
    }
    obj_free(v, g);
}

static int seqgen_traverse(object *g, visitproc visit, void *arg)
{
    tmobj *t = TM(g);
    return (t->slot[G_SELF] && visit(t->slot[G_SELF], arg)) || (t->slot[G_VALUE] && visit(t->slot[G_VALUE], arg));
}

static object *seqgen_repr(vm *v, object *g)
{
    char text[96];
    static const char *const names[] = {[SEQ_ITER] = "Sequence.__iter__", [SEQ_REVERSED] = "Sequence.__reversed__",
                                        [SEQ_GENEXPR] = "Traceback.__getitem__.<locals>.<genexpr>"};
    snprintf(text, sizeof text, "<generator object %s at %#llx>", names[TM(g)->gen_kind], (unsigned long long)g->addr);
    return str_from_cstr(v, text);
}

static uint64_t seqgen_sizeof(vm *v, object *g)
{
    (void)v;
    return 152 + 8 * (uint64_t)TM(g)->gen_slots;
}

static const type tmpl_tm_seqgen = {
    .dealloc = seqgen_dealloc, .traverse = seqgen_traverse, .repr = seqgen_repr, .iter = iter_self,
    .iternext = seqgen_next, .size_of = seqgen_sizeof, .host_size = sizeof(tmobj),
};

/* `frame in traceback`: Traceback.__contains__ is frame._frame in
 * self._frames (a tuple's comparisons, nothing made). */
static int tb_contains(vm *v, object *o, object *x)
{
    if (!obj_is(v, x, T_TM_FRAME)) {
        attr_no_attribute(v, x, str_static_interned(v, "_frame"));    /* a name of tracemalloc.py's code */
        own_error_frames(v, &(own_frame){SITE_TB_CONTAINS, {o, x}}, 1);
        return -1;
    }
    return obj_contains(v, TM(o)->slot[S_FRAMES], TM(x)->slot[S_FRAME]);
}

static object *tb_index(vm *v, object *self, object *const *args, size_t nargs, object *kw);

static const method_def traceback_methods[] = {
    {"format", tb_format, 0, "format"},
    {"index", tb_index, 0, "index"},
    {NULL, NULL, 0, NULL},
};

/* ---- Statistic and StatisticDiff ------------------------------------------------- */

static int64_t member_int(object *o, int slot)
{
    int64_t x = 0;
    int_as_i64(TM(o)->slot[slot], &x);
    return x;
}

/* ---- attributes ------------------------------------------------------------------ */

static const struct { int type; const char *name; int slot; } members[] = {
    {T_TM_STATISTIC, "traceback", 0}, {T_TM_STATISTIC, "size", 1}, {T_TM_STATISTIC, "count", 2},
    {T_TM_STATDIFF, "traceback", 0}, {T_TM_STATDIFF, "size", 1}, {T_TM_STATDIFF, "size_diff", 2},
    {T_TM_STATDIFF, "count", 3}, {T_TM_STATDIFF, "count_diff", 4},
    {T_TM_TRACEBACK, "total_nframe", 1},
};

static object *tm_getattr(vm *v, object *o, object *attr)
{
    const char *s = STR(attr)->data;
    for (size_t i = 0; i < HV_COUNTOF(members); i++)
        if (obj_is(v, o, members[i].type) && strcmp(members[i].name, s) == 0)
            return obj_incref(v, TM(o)->slot[members[i].slot]);
    if (obj_is(v, o, T_TM_FRAME) && (strcmp(s, "filename") == 0 || strcmp(s, "lineno") == 0))
        return obj_incref(v, TUPLE(TM(o)->slot[S_FRAME])->items[s[0] == 'l']);
    if (obj_is(v, o, T_TM_TRACE)) {
        if (strcmp(s, "traceback") == 0)
            return trace_traceback(v, o);
        if (strcmp(s, "size") == 0 || strcmp(s, "domain") == 0)
            return obj_incref(v, TUPLE(TM(o)->slot[S_FRAME])->items[s[0] == 's']);
    }
    if (TM(o)->values) {
        object *x = get_attr(v, o, s);
        if (x)
            return obj_incref(v, x);
    }
    object *d = type_lookup(v, o->type, attr);
    if (d && obj_is(v, d, T_METHOD_DESCR))
        return descr_bind(v, d, o);
    if (obj_is(v, o, T_TM_SNAPSHOT) && (strcmp(s, "filter_traces") == 0 || strcmp(s, "dump") == 0))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: Snapshot.%s() (tracemalloc.py's method is not "
                        "simulated)", s);
    return attr_no_attribute(v, o, attr);
}

/* snapshot.statistics(...) calls the method without a bound object. */
static int tm_getmethod(vm *v, object *o, object *attr, object **out)
{
    object *d = type_lookup(v, o->type, attr);
    if (d && obj_is(v, d, T_METHOD_DESCR) && !(TM(o)->values && get_attr(v, o, STR(attr)->data))) {
        *out = obj_incref(v, d);
        return 1;
    }
    *out = tm_getattr(v, o, attr);
    return *out ? 0 : -1;
}

static int64_t traces_length(vm *v, object *o)
{
    return (int64_t)TM(o)->n;
}

/* snapshot.traces[i]: Trace(self._traces[i]). */
static object *traces_getitem(vm *v, object *o, object *key)
{
    object *l = get_attr(v, o, "_traces"), *item;
    if (!l)
        return vm_raise(v, T_INDEX, "list index out of range");
    if (!(item = obj_getitem(v, l, key))) {
        own_error_frames(v, &(own_frame){obj_is(v, key, T_SLICE) ? SITE_TRACES_SLICE : SITE_TRACES_ITEM, {o, key}},
                         1);
        return NULL;
    }
    if (!obj_is(v, item, T_TUPLE)) {
        obj_decref(v, item);
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: slicing snapshot.traces");
    }
    object *args = call_args(v, 1, L_TRACE);
    if (!args) {
        obj_decref(v, item);
        return NULL;
    }
    object *m[] = {item};
    object *trace = tm_new(v, T_TM_TRACE, L_TRACE, m, 1);
    call_done(v, args);
    return trace;
}

/* trace.traceback: a new Traceback(*trace[2:]) each time. */
static object *trace_traceback(vm *v, object *o)
{
    object *t = TM(o)->slot[S_FRAME];
    return traceback_new(v, TUPLE(t)->items[2], TUPLE(t)->items[3], L_TRACE_TB);
}

/* Trace.__str__ (line 304): "%s: %s" % (self.traceback,
 * _format_size(self.size, False)), compiled as an f-string
 * (optimize_format): the property's new Traceback and its str() (the
 * Traceback dropped once it has one), ": ", _format_size's text, then
 * BUILD_STRING's join, its parts dropped from the top. */
static object *trace_str(vm *v, object *o)
{
    tm_state *tm = v->tm;
    sim_callers(tm, L_TRACE_STR, 0);
    object *tb = trace_traceback(v, o);
    object *parts[3] = {tb ? own_tb_text(v, tb, L_TRACE_STR) : NULL, NULL, NULL};
    obj_xdecref(v, tb);
    if (parts[0]) {
        parts[1] = obj_incref(v, str_static(v, ": "));
        parts[2] = own_format_size(v, TUPLE(TM(o)->slot[S_FRAME])->items[1], 0, L_TRACE_STR, 0);
    }
    sim_callers(tm, 0, 0);
    uint32_t saved = tm->own_line;
    tm->own_line = L_TRACE_STR;
    object *r = join_parts(v, parts, 3);
    tm->own_line = saved;
    return r;
}

/* ---- taking a snapshot ----------------------------------------------------------- */

/* The list _get_traces() returns: its object is made (and traced, at
 * tracemalloc.py's line 558) before the traces are copied, its items
 * after, untraced and appended one by one: (0, size, traceback, 1) per
 * trace, one traceback tuple per line (a traced tuple they take from a free
 * list is re-tagged with line 558, after the copy).  Fills t's records. */
static object *get_traces(vm *v, tmobj *t)
{
    tm_state *tm = v->tm;
    uint32_t saved = tm->own_line;
    tm->own_line = L_GET_TRACES;
    object *l = list_new(v, 0);
    t->n = tm->traces.nentries;
    t->rec = hv_malloc((t->n ? t->n : 1) * sizeof *t->rec);
    size_t bucket = 0, i = 0;
    uint32_t entry = TMTABLE_NONE;
    uint64_t addr, rec;
    tmtable copy;                       /* tracemalloc_copy_traces: nothing simulated allocates */
    tmtable_copy(&copy, &tm->traces);
    while (tmtable_next(&copy, &bucket, &entry, &addr, &rec))
        t->rec[i++] = rec;
    tmtable_free(&copy);
    tm->paused++;
    map tbs = MAP_INIT;                 /* tag → traceback tuple (borrowed) */
    for (i = 0; l && i < t->n; i++) {
        rec = t->rec[i];
        uint32_t tag = (uint32_t)rec;
        uint64_t tb;
        if (!map_get(&tbs, (uint64_t)tag + 1, &tb)) {
            object *tup = traceback_tuple(v, tag);
            if (!tup)
                break;
            map_put(&t->frames, (uint64_t)tag + 1, (uint64_t)(uintptr_t)tup);
            map_put(&tbs, (uint64_t)tag + 1, (uint64_t)(uintptr_t)tup);
            tb = (uint64_t)(uintptr_t)tup;
        } else {
            obj_incref(v, (object *)(uintptr_t)tb);
        }
        object *size = int_from_u64(v, rec >> 32);
        object *total = size ? int_from_u64(v, tag & TAG_TB ? tm->tbs[tag & ~TAG_TB].total : 1) : NULL;
        object *trace = total ? tuple_pack(v, 4, int_small(v, 0), size, (object *)(uintptr_t)tb, total)
                              : NULL;
        obj_xdecref(v, size);
        obj_xdecref(v, total);
        obj_decref(v, (object *)(uintptr_t)tb);
        int rc = trace ? list_append(v, l, trace) : -1;
        obj_xdecref(v, trace);
        if (rc)
            break;
    }
    tm->paused--;
    tm->own_line = saved;
    map_free(&tbs);
    if (l && i < t->n) {                /* MemoryError half way */
        obj_decref(v, l);
        return NULL;
    }
    return l;
}

static object *take_snapshot(vm *v)
{
    tm_state *tm = v->tm;
    if (!tm->tracing) {
        own_raise(v, T_RUNTIME, "the tracemalloc module must be tracing memory allocations to take a snapshot",
                  tm_sites[SITE_SNAPSHOT_RAISE].line);
        own_error_frames(v, &(own_frame){SITE_SNAPSHOT_RAISE, {NULL}}, 1);
        return NULL;
    }
    tmobj copy = {0};                   /* _get_traces() runs before Snapshot() */
    object *l = get_traces(v, &copy);
    /* Snapshot(traces, limit): its argument tuple, the instance, then
     * __init__: _Traces(traces) (its argument tuple, the instance, the
     * (self,) tuple of Sequence.__init__(self), self._traces = traces) */
    object *snap_args = l ? call_args(v, 2, L_SNAPSHOT) : NULL;
    object *snap = snap_args ? tm_new(v, T_TM_SNAPSHOT, L_SNAPSHOT, NULL, 0) : NULL;
    object *traces_args = snap ? call_args(v, 1, L_TRACES) : NULL;
    object *traces = traces_args ? tm_new(v, T_TM_TRACES, L_TRACES, NULL, 0) : NULL;
    int rc = traces ? own_tuple_temp(v, 1, L_TRACES_SEQ_INIT) : -1;
    if (traces) {
        TM(traces)->n = copy.n;
        TM(traces)->rec = copy.rec;
        TM(traces)->frames = copy.frames;
    } else {
        free(copy.rec);
        map_free(&copy.frames);
    }
    uint32_t saved = tm->own_line;
    tm->own_line = L_TRACES_SET;
    if (!rc && l) {
        rc = set_attr(v, traces, "_traces", l);
        l = NULL;
    }
    obj_xdecref(v, l);
    call_done(v, traces_args);
    tm->own_line = L_TRACES;
    if (!rc) {
        rc = set_attr(v, snap, "traces", traces);
        traces = NULL;
    }
    obj_xdecref(v, traces);
    object *limit = rc ? NULL : int_from_i64(v, tm->nframe);
    tm->own_line = L_SNAPSHOT_LIMIT;
    rc = limit ? set_attr(v, snap, "traceback_limit", limit) : -1;
    tm->own_line = saved;
    call_done(v, snap_args);
    if (rc) {
        obj_xdecref(v, snap);
        return NULL;
    }
    if (v->snapshot) {
        char label[32];
        snprintf(label, sizeof label, "snapshot-%u", ++tm->nsnapshots);
        vm_say_all(v);
        v->snapshot(v->snapshot_ud, label);
    }
    return snap;
}

/* ---- grouping ---------------------------------------------------------------------
 * _group_by, statistics() and compare_to() run as python3 runs
 * tracemalloc.py's code, object by object, with real dicts:
 *
 *   stats = {}; tracebacks = {}                      two dicts (the free list first)
 *   for trace in self.traces._traces:                a list iterator
 *       tracebacks[trace_traceback]  miss ─▶ KeyError: (key,) 1-tuple, _group_by's
 *                                    frame object (the first time), a traceback
 *                                    object, the KeyError; in the handler
 *                                    frames (a slice or a new tuple) and Traceback(frames),
 *                                    stored; the KeyError freed at the handler's end
 *       stats[traceback]             miss ─▶ the same KeyError, Statistic(traceback,
 *                                    size, 1) stored;  hit ─▶ stat.size += size,
 *                                    stat.count += 1 (new ints, the old ones freed)
 *   return stats                     the frame object, then `tracebacks` and the
 *                                    last `frames` freed
 *
 * cumulative=True runs the same body for each frame of each trace (a tuple
 * iterator per trace), keyed by the frame, `frames` a new (frame,) or
 * ((filename, 0),), at lines 508-525.
 *
 * statistics(): list(grouped.values()) (a view, the list, an iterator), then
 * list.sort(key=_sort_key): one key tuple per statistic, freed after the sort
 * in ascending order.  compare_to(): both groups, then _compare_grouped_stats
 * (old_group.pop per new traceback: a popped Statistic is freed when
 * `previous` is rebound), the sort, and the two dicts freed on return with the
 * Statistics only they hold.  Made and freed at once, as in python3: the int
 * each Traceback.__hash__ returns, and in Traceback() the bound
 * __length_hint__ (and its int) of tuple(reversed(frames)). */

enum key_type { K_LINENO, K_FILENAME, K_TRACEBACK };

/* co_nlocalsplus + co_stacksize of 3.11.2's _group_by: its frame object is
 * 16 + 120 + 8 × 22 = 312 bytes (sys.getsizeof of it, measured). */
#define GROUP_BY_SLOTS 22

/* Binds the arguments to a Python function's parameters (after self, 1
 * for a method: counted in too_many_positional's numbers) as
 * initialize_locals does (unknown or repeated keywords, then too many
 * positional arguments, then missing ones): names[0..nreq) are required,
 * the others optional (out[i] NULL).  0, or -1 with TypeError. */
static int bind_args(vm *v, const char *qual, size_t self, const char *const *names, size_t nparams,
                     size_t nreq, object *const *args, size_t nargs, object *kw, object **out)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0, npos = nargs - nkw, i;
    for (i = 0; i < nparams; i++)
        out[i] = i < npos ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        const char *name = STR(TUPLE(kw)->items[k])->data;
        for (i = 0; i < nparams && strcmp(names[i], name) != 0; i++)
            ;
        if (i == nparams || out[i]) {
            vm_raise(v, T_TYPE_ERROR, i == nparams ? "%s() got an unexpected keyword argument '%s'"
                                                   : "%s() got multiple values for argument '%s'", qual, name);
            return -1;
        }
        out[i] = args[npos + k];
    }
    if (npos > nparams)                     /* too_many_positional */
        return func_raise_too_many(v, str_static(v, qual), nreq + self, nparams + self, npos + self, 0);
    size_t missing = 0, first = 0;
    for (i = nreq; i-- > 0;)
        if (!out[i]) {
            missing++;
            first = i;
        }
    if (!missing)
        return 0;
    if (missing == 1)
        vm_raise(v, T_TYPE_ERROR, "%s() missing 1 required positional argument: '%s'", qual, names[first]);
    else                                    /* two at most here */
        vm_raise(v, T_TYPE_ERROR, "%s() missing 2 required positional arguments: '%s' and '%s'", qual,
                 names[0], names[1]);
    return -1;
}

/* statistics(key_type, cumulative=False) and compare_to(old_snapshot,
 * key_type, cumulative=False): out[] gets the bound arguments, *key and
 * *cum what _group_by checks first. */
static int parse_key(vm *v, object *self, object *const *args, size_t nargs, object *kw, int compare,
                     object **out, enum key_type *key, int *cum)
{
    static const char *const names[] = {"old_snapshot", "key_type", "cumulative"};
    size_t first = compare ? 0 : 1;
    if (bind_args(v, compare ? "Snapshot.compare_to" : "Snapshot.statistics", 1, names + first, 3 - first,
                  2 - first, args, nargs, kw, out))
        return -1;
    object *k = out[1 - first];
    const char *s = obj_is(v, k, T_STR) ? STR(k)->data : "";
    *key = strcmp(s, "lineno") == 0 ? K_LINENO : strcmp(s, "filename") == 0 ? K_FILENAME : K_TRACEBACK;
    object *c = out[2 - first] ? out[2 - first] : v->false_;
    own_frame fr[2] = {{SITE_NONE, {self, k, c}}, {SITE_STATISTICS, {self, k, c}}};
    if (compare)
        fr[1] = (own_frame){SITE_COMPARE_NEW, {self, out[0], k, c}};
    if (!obj_is(v, k, T_STR) || (*key == K_TRACEBACK && strcmp(s, "traceback") != 0)) {
        tm_state *tm = v->tm;
        uint32_t caller = tm->group_caller;
        tm->group_caller = tm_sites[fr[1].site].line;
        tm->own_line = tm_sites[SITE_KEY_RAISE].line;
        object *r = obj_repr(v, k);     /* "... %r" % (key_type,): FORMAT_VALUE */
        tm->own_line = 0;
        fr[0].site = r ? SITE_KEY_RAISE : SITE_KEY_REPR;
        if (r) {
            char msg[512];
            snprintf(msg, sizeof msg, "unknown key_type: %s", STR(r)->data);
            obj_decref(v, r);
            own_raise(v, T_VALUE, msg, tm_sites[SITE_KEY_RAISE].line);
        }
        tm->group_caller = caller;
        own_error_frames(v, fr, 2);
        return -1;
    }
    int cumulative = obj_truth(v, c);
    if (cumulative < 0)
        return -1;
    if (cumulative && *key == K_TRACEBACK) {
        uint32_t caller = v->tm->group_caller;
        v->tm->group_caller = tm_sites[fr[1].site].line;
        own_raise(v, T_VALUE, "cumulative mode cannot by used with key type 'traceback'",
                  tm_sites[SITE_CUM_RAISE].line);
        v->tm->group_caller = caller;
        fr[0].site = SITE_CUM_RAISE;
        own_error_frames(v, fr, 2);
        return -1;
    }
    *cum = cumulative;
    return 0;
}

/* An object made at tracemalloc.py's `line` by fn(v, arg). */
static object *own_dict(vm *v, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *d = dict_new(v);
    v->tm->own_line = saved;
    return d;
}

/* A KeyError raised at _group_by's `line` for key, as python3 makes it:
 * _PyErr_SetKeyError's 1-tuple (key,), then, as the error leaves the
 * instruction, the frame's frame object (*fobj, made the first time) and a
 * traceback object naming it, and last the KeyError instance the handler's
 * normalization makes (its args the 1-tuple).  Freeing it at the end of
 * the handler frees the tuple (onto its free list) and the traceback
 * object.  NULL on MemoryError. */
static object *key_error(vm *v, object *key, uint32_t line, object **fobj)
{
    tm_state *tm = v->tm;
    uint32_t saved = tm->own_line;
    tm->own_line = line;
    object *args = tuple_pack(v, 1, key), *tb = NULL, *e = NULL;
    if (args && !*fobj && (*fobj = obj_new_sized(v, v->types[T_FRAME], 16 + 120 + 8 * GROUP_BY_SLOTS, 0)))
        FRAMEOBJ(*fobj)->nslots = GROUP_BY_SLOTS;
    if (args && *fobj && (tb = obj_new(v, v->types[T_TRACEBACK], 0))) {
        TB(tb)->frame = obj_hold(v, *fobj, tb->addr, 1);
        TB(tb)->lineno = line;
        obj_track(v, tb);
        e = obj_new(v, v->types[T_KEY], 0);
    }
    tm->own_line = saved;
    if (!e) {
        obj_xdecref(v, tb);
        obj_xdecref(v, args);
        return NULL;
    }
    obj_track(v, e);
    EXC(e)->args = args;
    obj_give(v, args, e->addr, 0);
    EXC(e)->traceback = tb;
    obj_give(v, tb, e->addr, 2);
    return e;
}

/* `frames` for a key (innermost first).  The plain loop's key is a trace's
 * traceback tuple: the tuple itself, its [:1] slice (itself when it has one
 * frame, else a new 1-tuple) or ((filename, 0),) (a 2-tuple, then the
 * 1-tuple); the cumulative loop's is one frame: (frame,) or ((filename,
 * 0),).  Made at tracemalloc.py's lines. */
static object *group_frames(vm *v, object *k, enum key_type key, int cumulative)
{
    if (!cumulative && (key == K_TRACEBACK || (key == K_LINENO && TUPLE(k)->n == 1)))
        return obj_incref(v, k);
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = key == K_LINENO ? (cumulative ? L_CUM_LINE_FRAMES : L_SLICE)
                                      : (cumulative ? L_CUM_FILE_FRAMES : L_FILE_FRAME);
    object *first = cumulative ? k : TUPLE(k)->items[0];
    object *ft = key == K_LINENO ? obj_incref(v, first)
                                 : tuple_pack(v, 2, TUPLE(first)->items[0], int_small(v, 0));
    object *r = ft ? tuple_pack(v, 1, ft) : NULL;
    obj_xdecref(v, ft);
    v->tm->own_line = saved;
    return r;
}

/* A member replaced (STORE_ATTR: the new value first, then the old one
 * released); steals value. */
static void set_member(vm *v, object *o, int slot, object *value)
{
    object *old = TM(o)->slot[slot];
    TM(o)->slot[slot] = value;
    obj_give(v, value, o->addr, (uint64_t)slot);
    obj_release(v, old, o->addr, (uint64_t)slot);
}

/* An int made by tracemalloc.py at `line`. */
static object *own_int(vm *v, int64_t x, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *r = int_from_i64(v, x);
    v->tm->own_line = saved;
    return r;
}

/* An instance of a tracemalloc.py class called at `line` with n members
 * (stolen): the call's argument tuple, the instance, the tuple released. */
static object *own_call(vm *v, enum builtin_type t, uint32_t line, object **m, size_t n)
{
    object *args = call_args(v, n, line);
    if (!args) {
        for (size_t i = 0; i < n; i++)
            obj_decref(v, m[i]);
        return NULL;
    }
    object *o = tm_new(v, t, line, m, n);
    call_done(v, args);
    return o;
}

/* _group_by's frame while it runs: its dicts, its frame object and the
 * locals that outlive an iteration. */
typedef struct group_run {
    object *stats, *tbs;    /* stats, tracebacks */
    object *fobj;           /* the frame object, made by the first KeyError */
    object *frames, *tb;    /* the locals `frames` and `traceback` */
    enum key_type key;
    int cumulative;
} group_run;

/* The lines of one loop's body: the plain loop's (490-505) or the
 * cumulative one's (512-525). */
typedef struct group_lines {
    uint32_t tb_lookup, traceback, tb_store, stat_lookup, size_add, count_add, stat;
} group_lines;

static const group_lines plain_lines = {L_TB_LOOKUP, L_GROUP_TB, L_TB_STORE, L_STAT_LOOKUP,
                                        L_SIZE_ADD, L_COUNT_ADD, L_STAT};
static const group_lines cumulative_lines = {L_CUM_TB_LOOKUP, L_CUM_GROUP_TB, L_CUM_TB_STORE,
                                             L_CUM_STAT_LOOKUP, L_CUM_SIZE_ADD, L_CUM_COUNT_ADD,
                                             L_CUM_STAT};

static void set_local(vm *v, object **local, object *value)
{
    object *old = *local;                   /* STORE_FAST: the old value after */
    *local = value;
    obj_xdecref(v, old);
}

/* One key of _group_by's loop (a trace's traceback tuple, or one of its
 * frames) for a trace of `size`.  0, or -1 with MemoryError. */
static int group_key(vm *v, group_run *g, const group_lines *ln, object *k, object *size)
{
    object *tb = dict_lookup(v, g->tbs, k), *e;
    if (!tb) {
        if (v->exc || !(e = key_error(v, k, ln->tb_lookup, &g->fobj)))
            return -1;
        object *fr = group_frames(v, k, g->key, g->cumulative);
        if (fr)
            set_local(v, &g->frames, fr);
        tb = fr ? traceback_new(v, fr, v->none, ln->traceback) : NULL;
        uint32_t saved = v->tm->own_line;
        v->tm->own_line = ln->tb_store;
        int rc = tb ? dict_setitem(v, g->tbs, k, tb) : -1;
        v->tm->own_line = saved;
        obj_xdecref(v, tb);                 /* the dict keeps it */
        obj_decref(v, e);
        if (rc)
            return -1;
    }
    set_local(v, &g->tb, obj_incref(v, tb));
    object *stat = dict_lookup(v, g->stats, tb);
    if (stat) {
        int64_t add = 0;
        int_as_i64(size, &add);
        set_member(v, stat, S_SIZE, own_int(v, member_int(stat, S_SIZE) + add, ln->size_add));
        set_member(v, stat, S_COUNT, own_int(v, member_int(stat, S_COUNT) + 1, ln->count_add));
        return 0;
    }
    if (v->exc || !(e = key_error(v, tb, ln->stat_lookup, &g->fobj)))
        return -1;
    object *m[] = {obj_incref(v, tb), obj_incref(v, size), obj_incref(v, int_small(v, 1))};
    stat = own_call(v, T_TM_STATISTIC, ln->stat, m, 3);
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = ln->stat;
    int rc = stat ? dict_setitem(v, g->stats, tb, stat) : -1;
    v->tm->own_line = saved;
    obj_xdecref(v, stat);
    obj_decref(v, e);
    return rc;
}

/* One trace: its traceback tuple, or each of its frames in turn through
 * the tuple's iterator (line 510). */
static int group_trace(vm *v, group_run *g, object *trace)
{
    object *tt = TUPLE(trace)->items[2], *size = TUPLE(trace)->items[1];
    if (!g->cumulative)
        return group_key(v, g, &plain_lines, tt, size);
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = L_CUM_FRAME_LOOP;
    object *it = seqiter_new(v, T_TUPLE_ITER, tt, 0);
    v->tm->own_line = saved;
    int rc = it ? 0 : -1;
    for (size_t i = 0; !rc && i < TUPLE(tt)->n; i++)
        rc = group_key(v, g, &cumulative_lines, TUPLE(tt)->items[i], size);
    obj_xdecref(v, it);
    return rc;
}

/* snapshot._group_by(key, cumulative) called at tracemalloc.py's `caller`:
 * the stats dict (Traceback → Statistic), or NULL with MemoryError. */
static object *group_by(vm *v, object *snap, enum key_type key, int cumulative, uint32_t caller)
{
    tm_state *tm = v->tm;
    object *traces = get_attr(v, snap, "traces");
    object *list = traces && obj_is(v, traces, T_TM_TRACES) ? get_attr(v, traces, "_traces") : NULL;
    if (!list || !obj_is(v, list, T_LIST))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: a snapshot whose traces were replaced");
    uint32_t saved_caller = tm->group_caller, saved = tm->own_line;
    tm->group_caller = caller;
    group_run g = {NULL, NULL, NULL, NULL, NULL, key, cumulative};
    g.stats = own_dict(v, L_STATS_DICT);
    g.tbs = g.stats ? own_dict(v, L_TBS_DICT) : NULL;
    object *it = NULL;
    if (g.tbs) {
        tm->own_line = cumulative ? L_CUM_TRACES_LOOP : L_TRACES_LOOP;
        it = seqiter_new(v, T_LIST_ITER, list, 0);
        tm->own_line = saved;
    }
    int rc = it ? 0 : -1;
    for (size_t i = 0; !rc && i < LIST(list)->n; i++)
        rc = group_trace(v, &g, LIST(list)->items[i]);
    obj_xdecref(v, it);                     /* the loop's end */
    obj_xdecref(v, g.fobj);                 /* the return: the frame object, then the locals */
    obj_xdecref(v, g.tbs);
    obj_xdecref(v, g.tb);
    obj_xdecref(v, g.frames);
    tm->group_caller = saved_caller;
    if (rc) {
        obj_xdecref(v, g.stats);
        return NULL;
    }
    return g.stats;
}

/* Statistic._sort_key / StatisticDiff._sort_key, descending. */
static int stat_order(const void *pa, const void *pb)
{
    object *a = *(object *const *)pa, *b = *(object *const *)pb;
    int diff = TM(a)->slot[4] != NULL;
    int64_t ka[4], kb[4];
    if (diff) {
        ka[0] = llabs(member_int(a, S_SIZE_DIFF)), kb[0] = llabs(member_int(b, S_SIZE_DIFF));
        ka[1] = member_int(a, S_SIZE), kb[1] = member_int(b, S_SIZE);
        ka[2] = llabs(member_int(a, S_COUNT_DIFF)), kb[2] = llabs(member_int(b, S_COUNT_DIFF));
        ka[3] = member_int(a, 3), kb[3] = member_int(b, 3);
    } else {
        ka[0] = member_int(a, S_SIZE), kb[0] = member_int(b, S_SIZE);
        ka[1] = member_int(a, S_COUNT), kb[1] = member_int(b, S_COUNT);
        ka[2] = kb[2] = ka[3] = kb[3] = 0;
    }
    for (int i = 0; i < 4; i++)
        if (ka[i] != kb[i])
            return ka[i] > kb[i] ? -1 : 1;
    return -tb_cmp(TM(a)->slot[S_TB], TM(b)->slot[S_TB]);
}

/* abs() of an int member for a sort key, at `line`: the member itself when
 * it is not negative, a new int (or a small one) when it is. */
static object *abs_member(vm *v, object *o, int slot, uint32_t line)
{
    int64_t x = member_int(o, slot);
    return x < 0 ? own_int(v, -x, line) : obj_incref(v, TM(o)->slot[slot]);
}

/* The sort key tuple of a Statistic (size, count, traceback) or a
 * StatisticDiff (abs(size_diff), size, abs(count_diff), count, traceback). */
static object *sort_key(vm *v, object *st, int diff)
{
    uint32_t saved = v->tm->own_line;
    object *k;
    if (diff) {
        object *sd = abs_member(v, st, S_SIZE_DIFF, L_DIFF_KEY);
        object *cd = sd ? abs_member(v, st, S_COUNT_DIFF, L_DIFF_KEY + 1) : NULL;
        v->tm->own_line = L_DIFF_KEY;
        k = cd ? tuple_pack(v, 5, sd, TM(st)->slot[S_SIZE], cd, TM(st)->slot[3], TM(st)->slot[S_TB]) : NULL;
        obj_xdecref(v, sd);
        obj_xdecref(v, cd);
    } else {
        v->tm->own_line = L_STAT_KEY;
        k = tuple_pack(v, 3, TM(st)->slot[S_SIZE], TM(st)->slot[S_COUNT], TM(st)->slot[S_TB]);
    }
    v->tm->own_line = saved;
    return k;
}

typedef struct keyed { object *st, *key; } keyed;

static int keyed_order(const void *a, const void *b)
{
    return stat_order(&((const keyed *)a)->st, &((const keyed *)b)->st);
}

/* statistics.sort(reverse=True, key=…._sort_key): the keys made in the
 * list's order; after the sort python3 frees them in ascending order, the
 * last item's first.  0, or -1 with MemoryError. */
static int sort_stats(vm *v, object *l, int diff)
{
    size_t n = LIST(l)->n, i;
    keyed *ks = hv_malloc((n ? n : 1) * sizeof *ks);
    for (i = 0; i < n; i++) {
        ks[i].st = LIST(l)->items[i];
        if (!(ks[i].key = sort_key(v, ks[i].st, diff)))
            break;
    }
    int rc = i < n ? -1 : 0;
    if (!rc) {
        list_sort_c(v, l, stat_order);
        qsort(ks, n, sizeof *ks, keyed_order);
    }
    while (i--)
        obj_decref(v, ks[i].key);
    free(ks);
    return rc;
}

/* list(grouped.values()), made at line 534: the view, the list and its
 * item array, the view's iterator; the iterator, then the view, freed. */
static object *values_list(vm *v, object *grouped)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = L_STAT_LIST;
    object *view = dict_view_new(v, grouped, T_DICT_VALUES);
    object *l = view ? list_new_alloc(v, dict_len(grouped)) : NULL;
    object *it = l ? obj_getiter(v, view) : NULL;
    v->tm->own_line = saved;
    if (it) {
        size_t pos = 0, i = 0;
        object *key, *value;
        while (dict_next(grouped, &pos, &key, &value))
            list_set_fresh(v, l, i++, obj_incref(v, value));
    } else {
        obj_xdecref(v, l);
        l = NULL;
    }
    obj_xdecref(v, it);
    obj_xdecref(v, view);
    return l;
}

/* A StatisticDiff made at `line` (members stolen; NULL ones: MemoryError). */
static object *stat_diff(vm *v, uint32_t line, object *tb, object *size, object *sd, object *count,
                         object *cd)
{
    object *m[] = {tb, size, sd, count, cd};
    for (size_t i = 0; i < HV_COUNTOF(m); i++)
        if (!m[i]) {
            for (size_t j = 0; j < HV_COUNTOF(m); j++)
                obj_xdecref(v, m[j]);
            return NULL;
        }
    return own_call(v, T_TM_STATDIFF, line, m, HV_COUNTOF(m));
}

/* `for traceback, stat in group.items():` at `line`: the view, its
 * iterator (with its result 2-tuple), the view freed.  NULL: MemoryError. */
static object *items_iter(vm *v, object *group, uint32_t line)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = line;
    object *view = dict_view_new(v, group, T_DICT_ITEMS);
    object *it = view ? obj_getiter(v, view) : NULL;
    v->tm->own_line = saved;
    obj_xdecref(v, view);
    return it;
}

/* _compare_grouped_stats(old_group, new_group): the list of StatisticDiffs,
 * new groups first; old_group keeps the groups only it has.  NULL with
 * MemoryError. */
static object *compare_grouped(vm *v, object *og, object *ng)
{
    uint32_t saved = v->tm->own_line;
    v->tm->own_line = L_DIFF_NEWLIST;
    object *l = list_new(v, 0);
    v->tm->own_line = saved;
    object *it = l ? items_iter(v, ng, L_DIFF_NEW_LOOP) : NULL, *previous = NULL, *tb, *st;
    size_t pos = 0;
    int rc = it ? 0 : -1;
    while (!rc && dict_next(ng, &pos, &tb, &st)) {
        object *p = dict_pop(v, og, tb, v->none), *old = previous, *d;
        previous = p;                       /* STORE_FAST: the old value after */
        obj_xdecref(v, old);
        if (!p) {
            rc = -1;
        } else if (p != v->none) {
            d = stat_diff(v, L_STAT_DIFF_NEW, obj_incref(v, tb), obj_incref(v, TM(st)->slot[S_SIZE]),
                          own_int(v, member_int(st, S_SIZE) - member_int(p, S_SIZE), L_DIFF_SIZE),
                          obj_incref(v, TM(st)->slot[S_COUNT]),
                          own_int(v, member_int(st, S_COUNT) - member_int(p, S_COUNT), L_DIFF_COUNT));
        } else {
            d = stat_diff(v, L_STAT_DIFF_ONLY, obj_incref(v, tb), obj_incref(v, TM(st)->slot[S_SIZE]),
                          obj_incref(v, TM(st)->slot[S_SIZE]), obj_incref(v, TM(st)->slot[S_COUNT]),
                          obj_incref(v, TM(st)->slot[S_COUNT]));
        }
        if (!rc) {
            v->tm->own_line = L_DIFF_APPEND;
            rc = d ? list_append(v, l, d) : -1;
            v->tm->own_line = saved;
            obj_xdecref(v, d);
        }
    }
    obj_xdecref(v, it);
    it = rc ? NULL : items_iter(v, og, L_DIFF_OLD_LOOP);
    rc = it ? rc : -1;
    pos = 0;
    while (!rc && dict_next(og, &pos, &tb, &st)) {
        object *d = stat_diff(v, L_STAT_DIFF_OLD, obj_incref(v, tb), obj_incref(v, int_small(v, 0)),
                              own_int(v, -member_int(st, S_SIZE), L_STAT_DIFF_OLD),
                              obj_incref(v, int_small(v, 0)),
                              own_int(v, -member_int(st, S_COUNT), L_STAT_DIFF_OLD));
        v->tm->own_line = L_DIFF_APPEND_OLD;
        rc = d ? list_append(v, l, d) : -1;
        v->tm->own_line = saved;
        obj_xdecref(v, d);
    }
    obj_xdecref(v, it);
    obj_xdecref(v, previous);               /* the return: the last popped Statistic */
    if (rc) {
        obj_xdecref(v, l);
        return NULL;
    }
    return l;
}

static object *m_statistics(vm *v, object *self, object *const *args, size_t nargs, object *kw);
static object *m_compare_to(vm *v, object *self, object *const *args, size_t nargs, object *kw);

static const method_def snapshot_methods[] = {
    {"statistics", m_statistics, 0, "statistics"},
    {"compare_to", m_compare_to, 0, "compare_to"},
    {NULL, NULL, 0, NULL},
};

static object *m_statistics(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    enum key_type key;
    int cum;
    object *bound[2];
    if (parse_key(v, self, args, nargs, kw, 0, bound, &key, &cum))
        return NULL;
    object *grouped = group_by(v, self, key, cum, L_STATISTICS);
    object *l = grouped ? values_list(v, grouped) : NULL;
    if (l && sort_stats(v, l, 0)) {
        obj_decref(v, l);
        l = NULL;
    }
    obj_xdecref(v, grouped);                /* the return */
    return l;
}

static object *m_compare_to(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    enum key_type key;
    int cum;
    object *bound[3];
    if (parse_key(v, self, args, nargs, kw, 1, bound, &key, &cum))
        return NULL;
    object *old = bound[0];
    object *ng = group_by(v, self, key, cum, L_GROUP_NEW);
    if (ng && !obj_is(v, old, T_TM_SNAPSHOT)) {  /* old_snapshot._group_by: new_group is a local */
        uint32_t saved = v->tm->own_line;
        v->tm->own_line = tm_sites[SITE_COMPARE_OLD].line;
        attr_no_attribute(v, old, str_static_interned(v, "_group_by"));
        v->tm->own_line = saved;
        own_error_frames(v, &(own_frame){SITE_COMPARE_OLD,
                                         {self, old, bound[1], bound[2] ? bound[2] : v->false_, ng}}, 1);
        obj_decref(v, ng);
        return NULL;
    }
    object *og = ng ? group_by(v, old, key, cum, L_GROUP_OLD) : NULL;
    object *l = og ? compare_grouped(v, og, ng) : NULL;
    if (l && sort_stats(v, l, 1)) {
        obj_decref(v, l);
        l = NULL;
    }
    obj_xdecref(v, ng);                     /* the return: new_group, then old_group */
    obj_xdecref(v, og);
    return l;
}

/* ---- what the import leaves on the free lists ----------------------------------------
 *
 * `import tracemalloc` runs tracemalloc.py and what it imports (pickle, fnmatch, linecache…):
 * thousands of allocations heapviz does not simulate, which leave the free lists in a state
 * the program's next objects see (a block taken from a free list keeps its trace, and one
 * parked before start() has none, so a statistics listing counts it or not).
 *
 * The tuple, list and dict free lists end as the replay of the next section leaves them
 * (replay_import's ends): its stream logs every GC allocation and free of the import by
 * kind, so its lists take and park as python3's do, and the garbage its collections free
 * parks where those collections fall, which moves with generation 0's count at the import
 * (450 young objects before it leave one 1-tuple, one 4-tuple and two 5-tuples more than a
 * low count does, tests/py/382; read with sys._debugmallocstats, the stream's ends are
 * python3's lists at every length, after a long script's compile too).
 *
 * The float and keys free lists and the one-slice cache are outside the stream: a table
 * settles them.  Measured with /usr/bin/python3, sys._debugmallocstats before and after the
 * import, each list emptied by gc.collect() or filled to its capacity first: the import digs
 * up to `depth` entries deep into what it finds and leaves `residue` entries of its own on
 * top, so k entries become min(capacity, max(k - depth, 0) + residue).  The keys free list,
 * which _debugmallocstats does not list, was measured by the 128-byte blocks a hundred new
 * {'a': i} dicts take; the one-slice cache is full afterwards (a slice made next is not
 * traced).
 *
 * All of it is settled after the replay, with the collector held off and the count kept
 * (the stream counted those allocations already), in the order floats, lists, dicts and
 * their keys, tuples by length: the order decides which blocks new entries take, and so
 * the traces table's order a statistics listing walks (tests/py/925).  k is each list's
 * length before the import (import_lengths, taken before the replay).
 */
enum residue_kind { R_FLOAT, R_LIST, R_DICT, R_KEYS, R_TUPLE };
#define ALL UINT32_MAX

static const struct residue {
    enum residue_kind kind;
    uint32_t len;           /* R_TUPLE: the tuples' length */
    uint32_t depth, residue;
} import_residue[] = {
    {R_FLOAT, 0, 6, 4}, {R_KEYS, 0, ALL, 14},
};

/* How many entries a free list holding k has after the import. */
static uint32_t residue_target(const struct residue *r, uint32_t k, uint32_t cap)
{
    uint32_t left = r->depth == ALL || k <= r->depth ? 0 : k - r->depth;
    return left + r->residue < cap ? left + r->residue : cap;
}

/* One object of r's kind, as the free list's own constructor makes it
 * (taken from the list while it has entries): a dict gets a one-name
 * keys table, which is what the keys free list parks. */
static object *residue_object(vm *v, const struct residue *r)
{
    if (r->kind == R_FLOAT)
        return float_new(v, 0.0);
    if (r->kind == R_LIST)
        return list_new(v, 0);
    if (r->kind == R_TUPLE)
        return tuple_nones(v, r->len);
    object *d = dict_new(v);
    if (d && dict_setitem(v, d, v->latin1['a'], v->none)) {
        obj_decref(v, d);
        return NULL;
    }
    return d;
}

/* Brings one free list to n entries: n objects are made at once (the
 * list's entries first, then new blocks) and released, then the newest
 * beyond n are freed.  0 or -1 (MemoryError). */
static int residue_settle(vm *v, const struct residue *r, uint32_t n)
{
    object **made = hv_malloc((n ? n : 1) * sizeof *made);
    uint32_t i = 0;
    while (i < n && (made[i] = residue_object(v, r)))
        i++;
    int rc = i < n ? -1 : 0;
    while (i)
        obj_decref(v, made[--i]);
    free(made);
    if (r->kind == R_FLOAT)
        freelist_trim(v, &v->fl_float, n);
    else if (r->kind == R_LIST)
        freelist_trim(v, &v->fl_list, n);
    else if (r->kind == R_TUPLE)
        freelist_trim(v, &v->fl_tuple[r->len], n);
    return rc;
}

/* The length of r's free list now (a row of import_residue: floats or keys). */
static uint32_t residue_length(const vm *v, const struct residue *r)
{
    return r->kind == R_FLOAT ? v->fl_float.n : v->nfl_keys;
}

/* Each import_residue list's length before the import, for import_leftovers. */
static void import_lengths(const vm *v, uint32_t *k)
{
    for (size_t i = 0; i < HV_COUNTOF(import_residue); i++)
        k[i] = residue_length(v, &import_residue[i]);
}

/* ---- the import's collector stream ---------------------------------------------------
 *
 * What `import tracemalloc` does to the collector, replayed from tmimport.inc
 * (tmimport.py: a CPython 3.11 logging every GC allocation and free, by kind, during the
 * import, Debian's stdlib and .pyc loaded as python3 loads them):
 *
 *   TMS_ALLOC k ×n   a tuple, list or dict (k ≠ 0) comes off its free list while the list
 *                    has entries (no count), else gc_alloc: count[0] + 1, which may start
 *                    a collection at the threshold (gc_maybe_collect)
 *   TMS_FREE k ×n    parked on its free list while it has room, else PyObject_GC_Del:
 *                    count[0] − 1 while positive
 *   TMS_MEMBER/LEAF  one object of a garbage cycle made, as a simulated object (a cell for
 *                    kind 0, a T_TM_CLASS for pickle's classes), where python3's collector
 *                    starts tracking it (a dict only when it gets a tracked value: that
 *                    decides its generation); its
 *                    allocation is a TMS_ALLOC before, so making it counts nothing and
 *                    takes nothing from the free lists.  A LEAF is a tuple holding
 *                    nothing tracked, which a young collection untracks if one examines
 *                    it before it dies; a HELD_LEAF is also a constant of a code object,
 *                    which keeps it until TMS_CODE_DROP
 *   TMS_RELEASE g    group g becomes unreachable: its members hold one another as
 *                    python3's objects do (tmgraph.inc, read from python3's own garbage by
 *                    tmgraph.py: each class a cycle of its own, its methods hanging from
 *                    its __dict__), its classes' __dict__s what freeing the group frees
 *                    besides (tm_extras, untracked: functions' defaults and code objects'
 *                    tuples, shared by the functions each holds), then the import's
 *                    references go
 *   TMS_CODE_DROP g  the module's code object dies: the group's code-held extras and
 *                    held leaves lose that reference (freed now if the group was
 *                    collected already)
 *
 * The objects of the stream are not simulated (their number joins the interpreter's own,
 * gc_interp_add); only the garbage is, so a collection frees it, young or left to the
 * program's collect(), from wherever the thresholds fall.  The free lists a kind uses are
 * the vm's, plus `delta`: what the unsimulated objects took from them or gave them, made
 * real before each collection (replay_sync) so that it parks what it frees as python3's.  The
 * groups are the 128 objects python3 leaves with the collector off: pure-Python classes
 * replaced by their C versions (OrderedDict, partial, attrgetter…, pickle's exceptions),
 * types._C, two enum classes; python3 with the collector on frees 115 during the import
 * and leaves 10 (pickle's three classes) for the program's first collect().
 */
enum tm_step_op { TMS_ALLOC, TMS_FREE, TMS_MEMBER, TMS_LEAF, TMS_HELD_LEAF, TMS_RELEASE, TMS_CODE_DROP };
enum { K_OTHER = 0, K_LIST = 20, K_DICT = 21, K_TUPLE20 = 22, K_KINDS };

struct tm_step {
    uint8_t op;             /* enum tm_step_op */
    uint8_t kind;           /* 0, a tuple's length 1..19, K_LIST, K_DICT, K_TUPLE20 */
    uint16_t n;             /* TMS_ALLOC/FREE: how many; else the group */
};

struct tm_extra {
    uint8_t group, kind, n;
    uint8_t held;           /* also held by a code object until TMS_CODE_DROP */
};

#include "tmimport.inc"

struct tm_edge {
    uint8_t from, to;       /* members, in the order the stream makes them */
};

struct tm_holder {
    uint8_t group, member;  /* a class's __dict__ */
    uint8_t weight;         /* the functions it holds: its share of the group's extras */
};

#include "tmgraph.inc"

typedef struct replay {
    vm *v;
    int64_t delta[K_KINDS]; /* free-list entries beyond (or short of) the vm's */
    int64_t born;           /* interpreter objects made since the last gc_interp_add */
    object *member[TM_GROUPS][TM_MEMBERS_MAX];
    uint8_t index[TM_GROUPS][TM_MEMBERS_MAX];   /* each one's place in tm_edges' numbering */
    object *made[TM_MEMBERS];   /* every member made so far (borrowed; NULL once its group
                                   was released: tm_edges never points back there) */
    uint8_t leaf_of[TM_MEMBERS];    /* 0, 1 a leaf, 2 a held leaf */
    unsigned nmade;
    uint8_t leaf[TM_GROUPS][TM_MEMBERS_MAX];    /* 0, 1: a leaf, 2: a held leaf */
    unsigned nmember[TM_GROUPS];
    object *held[TM_GROUPS][TM_HELD_MAX];       /* the code objects' references */
    unsigned nheld[TM_GROUPS];
} replay;

/* The length of a tuple kind's tuples (0 for a list or a dict). */
static unsigned kind_len(unsigned k)
{
    return k == K_TUPLE20 ? 20 : k < K_LIST ? k : 0;
}

static freelist *kind_list(vm *v, unsigned k)
{
    return k == K_LIST ? &v->fl_list : k == K_DICT ? &v->fl_dict : &v->fl_tuple[kind_len(k)];
}

static int64_t kind_room(unsigned k)
{
    return k == K_LIST ? FREELIST_LIST : k == K_DICT ? FREELIST_DICT : FREELIST_TUPLE;
}

static int64_t avail(replay *r, unsigned k)
{
    return (int64_t)kind_list(r->v, k)->n + r->delta[k];
}

/* The entries free list k holds by the stream's count: avail within its room. */
static uint32_t kind_fill(replay *r, unsigned k)
{
    int64_t n = avail(r, k);
    return (uint32_t)(n < 0 ? 0 : n > kind_room(k) ? kind_room(k) : n);
}

/* Making or linking objects the stream counts already: no collection
 * starts and generation 0's count stays as it was (held_end). */
typedef struct held_off {
    int collecting;
    int64_t count;
} held_off;

static held_off held_begin(vm *v)
{
    held_off h = {v->gc_collecting, v->gens[0].count};
    v->gc_collecting = 1;
    return h;
}

static void held_end(vm *v, held_off h)
{
    v->gc_collecting = h.collecting;
    v->gens[0].count = h.count;
}

/* Before a collection: the vm's free lists take the number of entries the stream
 * says they hold (avail), made or freed with the collector held off and the count
 * kept, so that what the collection parks fills them where it fills python3's (and a
 * full collection empties them of the stream's entries too); 0 or -1. */
static int replay_sync(replay *r)
{
    vm *v = r->v;
    held_off h = held_begin(v);
    int rc = 0;
    for (unsigned k = 1; !rc && k < K_KINDS; k++) {
        if (!r->delta[k])
            continue;
        uint32_t n = kind_fill(r, k);
        struct residue res = {k == K_LIST ? R_LIST : k == K_DICT ? R_DICT : R_TUPLE, kind_len(k), 0, 0};
        uint32_t nkeys = v->nfl_keys;
        rc = residue_settle(v, &res, n);
        if (k == K_DICT)        /* its dicts' keys tables go back as they were */
            dict_trim_freelists(v, n, nkeys);
        r->delta[k] = 0;
    }
    held_end(v, h);
    return rc;
}

/* gc_alloc of an object: count[0] + 1, and the collection it may start (the
 * interpreter's objects counted first, so the collection promotes them); 0 or -1. */
static int replay_count(replay *r)
{
    vm *v = r->v;
    if (!gc_count_interp(v, &r->born))
        return 0;
    if (replay_sync(r))
        return -1;
    gc_maybe_collect(v);
    return 0;
}

static int replay_alloc(replay *r, unsigned k)
{
    r->born++;
    if (k != K_OTHER && k != K_TUPLE20 && avail(r, k) > 0) {
        r->delta[k]--;
        return 0;
    }
    return replay_count(r);
}

static void replay_free(replay *r, unsigned k)
{
    vm *v = r->v;
    r->born--;
    if (k != K_OTHER && avail(r, k) < kind_room(k))
        r->delta[k]++;
    else if (v->gens[0].count > 0)
        v->gens[0].count--;
}

/* d[n] = value for a garbage dict: the key a new int of its own (257 + n), so that no
 * shared object (a small int, an interned str) gains a reference sys.getrefcount would
 * show; 0 or -1. */
static int garbage_setitem(vm *v, object *d, int64_t n, object *value)
{
    object *key = int_from_i64(v, SMALL_INT_MAX + 1 + n);
    if (!key)
        return -1;
    int rc = dict_setitem(v, d, key, value);
    obj_decref(v, key);
    return rc;
}

/* ---- a class of the import's garbage (T_TM_CLASS) ----
 * pickle's three exception classes stand in the last group as objects of their size (a
 * heap type: a raw block, below 1 GiB as python3's brk heap) holding one reference,
 * as a cell does.  What matters is their end: type_dealloc_common ->
 * remove_all_subclasses -> remove_subclass makes the key of the base's tp_subclasses
 * entry, PyLong_FromVoidPtr(type) (one digit: 28 bytes), and frees it at once, while
 * the collection that frees them may still hold the program's own garbage: a traced
 * allocation at the peak (tracemalloc.get_traced_memory()'s second value 28 higher). */
static object *import_class_new(vm *v, object *prev)
{
    object *o = obj_new(v, v->types[T_TM_CLASS], 0);
    if (!o)
        return NULL;
    CELL(o)->ref = prev;
    if (prev)
        obj_give(v, obj_incref(v, prev), o->addr, 0);
    obj_track(v, o);
    return o;
}

static int import_class_traverse(object *o, visitproc visit, void *arg)
{
    return CELL(o)->ref ? visit(CELL(o)->ref, arg) : 0;
}

static void import_class_clear(vm *v, object *o)
{
    cell_set(v, o, NULL);
}

static void import_class_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    vm_err saved = vm_exc_fetch(v);
    obj_xdecref(v, int_from_u64(v, o->addr));      /* remove_subclass's key, made and freed */
    vm_exc_restore(v, saved);
    import_class_clear(v, o);
    obj_free(v, o);
}

const type tmpl_tm_class = {
    .dealloc = import_class_dealloc,
    .traverse = import_class_traverse,
    .clear = import_class_clear,
    .host_size = sizeof(cellobj),
};

/* Whether member m is one of the last group's classes: pickle's PickleError,
 * PicklingError and UnpicklingError (tm_last_classes, read from python3's garbage; the
 * group's other kind-0 member is PickleError's __weakref__ getset descriptor). */
static int member_is_class(unsigned m)
{
    for (size_t i = 0; i < HV_COUNTOF(tm_last_classes); i++)
        if (tm_last_classes[i] == m)
            return 1;
    return 0;
}

/* Where a member dict's keys for its tm_edges references start (garbage_setitem's
 * numbers; the hub's leaves and extras take 2 on). */
#define TM_EDGE_KEY 1000

/* o (a member, made) takes a reference to target, as tm_edges says: a cell or a
 * pickle class the one it holds, a dict under the target's number, a list appended, a
 * tuple in its first slot holding None; 0 or -1 (MemoryError). */
static int member_hold(vm *v, object *o, object *target, unsigned number)
{
    if (o->type == v->types[T_CELL] || o->type == v->types[T_TM_CLASS]) {
        if (!CELL(o)->ref)
            cell_set(v, o, obj_incref(v, target));
        return 0;
    }
    if (o->type == v->types[T_DICT])
        return garbage_setitem(v, o, TM_EDGE_KEY + number, target);
    if (o->type == v->types[T_LIST])
        return list_append(v, o, target);
    for (size_t i = 0; i < TUPLE(o)->n; i++)
        if (TUPLE(o)->items[i] == v->none) {
            TUPLE(o)->items[i] = obj_hold(v, target, o->addr, i);
            obj_release(v, v->none, o->addr, i);
            return 0;
        }
    return 0;
}

/* A simulated object of kind k holding nothing yet (a tuple: Nones; a dict untracked
 * until it holds something tracked); own_keys: an empty dict on a keys table of its own
 * (dict_new_own_minsize), a class for kind 0. */
static object *kind_object(vm *v, unsigned k, int own_keys)
{
    if (k == K_DICT && own_keys)
        return dict_new_own_minsize(v);
    if (k == K_OTHER && own_keys)
        return import_class_new(v, NULL);
    if (k == K_OTHER)
        return cell_new(v, NULL);
    if (k == K_LIST)
        return list_new(v, 0);
    if (k == K_DICT)
        return dict_new(v);
    return tuple_nones(v, kind_len(k));
}

/* Makes one object of kind k with the collector held off and undoes what that did to
 * the count and to k's free list: the caller says what the stream does (NULL on
 * MemoryError). */
static object *replay_object(replay *r, unsigned k, int own_keys)
{
    vm *v = r->v;
    freelist *fl = k == K_OTHER ? NULL : kind_list(v, k);
    int64_t n0 = fl ? fl->n : 0;
    held_off h = held_begin(v);
    object *o = kind_object(v, k, own_keys);
    held_end(v, h);
    if (fl)                         /* avail() as it was */
        r->delta[k] -= (int64_t)fl->n - n0;
    return o;
}

/* Member m takes its references to the members tm_edges names, those made before it
 * (when made: a tuple's items) or after it (late: when its group is released, before the
 * import lets it go); 0 or -1.  Made, a dict is tracked (python3 tracked it there:
 * tmimport.py), and a tuple that is not a leaf but holds no member that is not one
 * holds prev, the member made before it (python3's holds something tracked: a young
 * collection leaves it tracked). */
static int member_wire(replay *r, unsigned m, int late, object *prev)
{
    vm *v = r->v;
    object *o = r->made[m];
    int rc = 0, tracked = 0;
    held_off h = held_begin(v);
    for (size_t i = 0; !rc && i < HV_COUNTOF(tm_edges); i++) {
        unsigned to = tm_edges[i].to;
        if (tm_edges[i].from == m && (to > m) == late && to < r->nmade && r->made[to]) {
            rc = member_hold(v, o, r->made[to], to);
            tracked |= !r->leaf_of[to];
        }
    }
    if (!rc && !late && o->type == v->types[T_DICT])
        obj_track(v, o);
    else if (!rc && !late && o->type == v->types[T_TUPLE] && !r->leaf_of[m] && !tracked && prev)
        rc = member_hold(v, o, prev, m);
    held_end(v, h);
    return rc;
}

/* A member of group g (leaf: 0, 1 a leaf, 2 a held leaf). */
static int replay_member(replay *r, unsigned k, unsigned g, int leaf)
{
    object *prev = NULL;
    for (unsigned i = r->nmember[g]; !leaf && i-- > 0;)
        if (!r->leaf[g][i]) {
            prev = r->member[g][i];
            break;
        }
    int a_class = k == K_OTHER && member_is_class(r->nmade);
    object *o = r->nmade < TM_MEMBERS ? replay_object(r, k, a_class) : NULL;
    if (!o)
        return -1;
    r->born--;                      /* its TMS_ALLOC counted it as the interpreter's */
    unsigned m = r->nmade++;
    r->made[m] = o;
    r->leaf_of[m] = (uint8_t)leaf;
    r->index[g][r->nmember[g]] = (uint8_t)m;
    r->member[g][r->nmember[g]] = o;
    r->leaf[g][r->nmember[g]++] = (uint8_t)leaf;
    return member_wire(r, m, 0, prev);
}

/* The log2 = 3 unicode keys tables that freeing the last group parks on the keys free
 * list (tmimport.py's logs do not show keys tables): pickle's three exception classes,
 * the group python3 leaves to the program, have small namespaces, so their __dict__s
 * (PyDict_Copy) own such tables, which the program's first generation-1 or full
 * collection frees (dict_dealloc, free_keys_object).  Measured: after gc.collect(1) the
 * next {'a': i} dicts take 3 x 120 bytes fewer traced (the tables parked before start()).
 * The other groups die in the import's own collections, whose keys free list the
 * residue table (R_KEYS) settles afterwards.  Modelled on the group's extra dicts (the
 * hub, its member dict, holds int keys). */
#define TM_LAST_GROUP_KEYS 3

/* Which dict frees the group's next extra: the class's __dict__ (tm_holders) whose
 * share is least used (given[]: how many each took so far), else the hub. */
static object *extra_holder(replay *r, unsigned g, object *hub, unsigned *given)
{
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < HV_COUNTOF(tm_holders); i++) {
        const struct tm_holder *h = &tm_holders[i];
        if (h->group != g || !r->made[h->member])
            continue;
        const struct tm_holder *b = best == SIZE_MAX ? NULL : &tm_holders[best];
        if (!b || (uint64_t)(given[i] + 1) * b->weight < (uint64_t)(given[best] + 1) * h->weight)
            best = i;
    }
    if (best == SIZE_MAX)
        return hub;
    given[best]++;
    return r->made[tm_holders[best].member];
}

/* The extras of group g (tm_extras), untracked, into its classes' __dict__s (else the
 * hub), numbered from key `key` on. */
static int replay_extras(replay *r, unsigned g, object *hub, int64_t key)
{
    vm *v = r->v;
    unsigned keys = g == TM_GROUPS - 1 ? TM_LAST_GROUP_KEYS : 0;
    unsigned given[HV_COUNTOF(tm_holders)] = {0};
    for (size_t i = 0; i < HV_COUNTOF(tm_extras); i++) {
        const struct tm_extra *e = &tm_extras[i];
        for (unsigned j = 0; e->group == g && j < e->n; j++) {
            int own_keys = e->kind == K_DICT && keys && keys--;
            object *o = replay_object(r, e->kind, own_keys);
            if (!o)
                return -1;
            if (obj_is_gc(o))
                obj_untrack(v, o);
            int rc = garbage_setitem(v, extra_holder(r, g, hub, given), key++, o);
            if (!rc && e->held)
                r->held[g][r->nheld[g]++] = o;  /* the code object's reference */
            else
                obj_decref(v, o);
            if (rc)
                return -1;
        }
    }
    return 0;
}

/* Whether some member holds member m (tm_edges). */
static int member_held(unsigned m)
{
    for (size_t i = 0; i < HV_COUNTOF(tm_edges); i++)
        if (tm_edges[i].to == m)
            return 1;
    return 0;
}

/* Group g becomes unreachable: its members take the references tm_edges gives them to
 * members made after them, a leaf no member holds and the extras (what freeing the group
 * frees besides, tm_extras) hang on its first dict, and the import's references go.  As
 * in python3, each class is a cycle of its own that its methods hang from: a young
 * collection finds the classes made since the last one unreachable, and the older ones
 * stay garbage until a collection of their generation. */
static int replay_release(replay *r, unsigned g)
{
    vm *v = r->v;
    object *hub = NULL;
    unsigned n = r->nmember[g];
    int rc = 0;
    for (unsigned i = 0; !rc && i < n; i++) {
        object *o = r->member[g][i];
        if (!hub && o->type == v->types[T_DICT])
            hub = o;
        rc = member_wire(r, r->index[g][i], 1, NULL);
    }
    int64_t key = 2;
    held_off h = held_begin(v);
    for (unsigned i = 0; hub && !rc && i < n; i++)
        if (r->leaf[g][i] && !member_held(r->index[g][i]))
            rc = garbage_setitem(v, hub, key++, r->member[g][i]);
    held_end(v, h);
    if (!rc && hub)
        rc = replay_extras(r, g, hub, key);
    for (unsigned i = 0; i < n; i++) {
        object *o = r->member[g][i];
        r->made[r->index[g][i]] = NULL;     /* no later member holds it */
        if (!rc && r->leaf[g][i] == 2)
            r->held[g][r->nheld[g]++] = o;      /* its code object's reference now */
        else
            obj_decref(v, o);
    }
    r->nmember[g] = 0;
    return rc;
}

static void replay_code_drop(replay *r, unsigned g)
{
    while (r->nheld[g])
        obj_decref(r->v, r->held[g][--r->nheld[g]]);
}

/* Runs tm_stream on the vm, ends[k] the length free list k has when the
 * stream ends, for the lists, dicts and tuples of 1-19 items import_leftovers
 * settles (not K_OTHER, no free list; not K_TUPLE20: a list python3 never
 * pops, which residue_settle could only grow, and which the stream leaves
 * as it finds it, asserted): 0, or -1 on MemoryError (v->exc set). */
static int replay_import(vm *v, uint32_t ends[K_TUPLE20])
{
    replay *r = hv_calloc(1, sizeof *r);
    r->v = v;
    int rc = 0;
    for (size_t i = 0; !rc && i < HV_COUNTOF(tm_stream); i++) {
        const struct tm_step *s = &tm_stream[i];
        switch (s->op) {
        case TMS_ALLOC:
            for (unsigned j = 0; !rc && j < s->n; j++)
                rc = replay_alloc(r, s->kind);
            break;
        case TMS_FREE:
            for (unsigned j = 0; j < s->n; j++)
                replay_free(r, s->kind);
            break;
        case TMS_MEMBER:
        case TMS_LEAF:
        case TMS_HELD_LEAF:
            rc = replay_member(r, s->kind, s->n, s->op - TMS_MEMBER);
            break;
        case TMS_RELEASE:
            rc = replay_release(r, s->n);
            break;
        case TMS_CODE_DROP:
            replay_code_drop(r, s->n);
            break;
        }
    }
    for (unsigned k = 1; k < K_TUPLE20; k++)
        ends[k] = kind_fill(r, k);
    assert(rc || !r->delta[K_TUPLE20]);
    for (unsigned g = 0; g < TM_GROUPS; g++) {     /* after a MemoryError: nothing kept */
        while (r->nmember[g])
            obj_decref(v, r->member[g][--r->nmember[g]]);
        replay_code_drop(r, g);
    }
    gc_interp_add(v, r->born);
    free(r);
    return rc;
}

/* The free lists as the import leaves them, settled in the order of the section
 * above: floats and keys by the table from their lengths k before the import
 * (import_lengths), lists, dicts and tuples of 1-19 items at the stream's
 * ends (replay_import); 0 or -1 (MemoryError). */
static int import_leftovers(vm *v, const uint32_t *k, const uint32_t ends[K_TUPLE20])
{
    if (!v->slice_cache) {
        object *s = slice_new(v, v->none, v->none, v->none);
        if (!s)
            return -1;
        obj_decref(v, s);                   /* into the cache */
    }
    const struct residue *floats = &import_residue[0], *keys = &import_residue[1];
    const struct residue lists = {R_LIST, 0, 0, 0};
    if (residue_settle(v, floats, residue_target(floats, k[0], FREELIST_FLOAT)) ||
        residue_settle(v, &lists, ends[K_LIST]))
        return -1;
    uint32_t ndicts = ends[K_DICT], nkeys = residue_target(keys, k[1], FREELIST_KEYS);
    if (residue_settle(v, keys, nkeys > ndicts ? nkeys : ndicts))   /* one dict per keys */
        return -1;                                                  /* table, both trimmed */
    dict_trim_freelists(v, ndicts, nkeys);
    for (unsigned len = 1; len < K_LIST; len++) {
        const struct residue tuples = {R_TUPLE, len, 0, 0};
        if (residue_settle(v, &tuples, ends[len]))
            return -1;
    }
    return 0;
}

/* ---- the module -------------------------------------------------------------------- */

int tm_import(vm *v)
{
    if (v->tm->imported)
        return 0;
    uint32_t before[HV_COUNTOF(import_residue)], ends[K_TUPLE20];
    import_lengths(v, before);
    if (replay_import(v, ends))
        return -1;
    /* tracemalloc.py's classes are heap types there: type_name() returns
     * their ht_name, the class statement's name constant, made by the
     * import, instead of a new str per access as for a static type. */
    static const enum builtin_type classes[] = {
        T_TM_SNAPSHOT, T_TM_TRACES, T_TM_STATISTIC, T_TM_STATDIFF, T_TM_TRACEBACK, T_TM_FRAME, T_TM_TRACE,
    };
    for (size_t i = 0; i < HV_COUNTOF(classes); i++) {
        type *t = v->types[classes[i]];
        if (!t->name_obj)
            t->name_obj = str_static_interned(v, t->name);
    }
    /* what follows is in the stream's counts already: the collector held off, the count kept */
    held_off h = held_begin(v);
    int rc = class_subtables_imported(v) ||
             dict_class_init(v, v->types[T_TM_SNAPSHOT]) || dict_class_init(v, v->types[T_TM_TRACES]) ||
             list_sort_parser_init(v) || import_leftovers(v, before, ends);  /* a sorted(key=) on the way */
    held_end(v, h);
    if (rc)
        return -1;
    /* last, as python3's pools are when the statement after the import runs */
    if (pymalloc_import_pools(v->pm)) {
        vm_no_memory(v);
        return -1;
    }
    v->tm->imported = 1;
    return 0;
}

int tm_is_class(vm *v, const type *t)
{
    for (enum builtin_type k = T_TM_SNAPSHOT; k <= T_TM_CLASS; k++)
        if (t == v->types[k])
            return 1;
    return 0;
}

int tm_imported(const vm *v)
{
    return v->tm->imported;
}

static object *tm_start(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &tracemalloc_defs[0], nargs, kw, 0, 1))
        return NULL;
    int64_t nframe = 1;
    if (nargs && (!type_is_subtype(args[0]->type, v->types[T_INT]) || !int_as_i64(args[0], &nframe)))
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object cannot be interpreted as an integer",
                               args[0]->type->name);
    if (nframe < 1 || nframe > MAX_NFRAME)
        return vm_raise(v, T_VALUE, "the number of frames must be in range [1; 65535]");
    if (v->tm->tracing)                     /* already tracing: the limit stays */
        return obj_incref(v, v->none);
    v->tm->nframe = (uint32_t)nframe;
    v->tm->tracing = 1;
    vm_heap_listeners(v, 1);
    return obj_incref(v, v->none);
}

static object *tm_stop(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tracemalloc_defs[1], nargs, kw, 0))
        return NULL;
    v->tm->tracing = 0;
    vm_heap_listeners(v, 0);
    clear_traces(v->tm);
    return obj_incref(v, v->none);
}

/* take_snapshot() is Lib/tracemalloc.py's Python function without
 * parameters. */
static object *tm_take_snapshot(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (bind_args(v, "take_snapshot", 0, NULL, 0, 0, args, nargs, kw, NULL))
        return NULL;
    return take_snapshot(v);
}

static object *tm_get_traced_memory(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tracemalloc_defs[3], nargs, kw, 0))
        return NULL;
    uint64_t current = v->tm->current, peak = v->tm->peak;     /* before the result's own blocks */
    object *r = tuple_new(v, 2), *x;                            /* Py_BuildValue("nn"): tuple first */
    for (int i = 0; r && i < 2; i++) {
        if (!(x = int_from_i64(v, (int64_t)(i ? peak : current)))) {
            obj_decref(v, r);
            return NULL;
        }
        tuple_set(v, r, (size_t)i, x);
    }
    return r;
}

static object *tm_is_tracing(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tracemalloc_defs[4], nargs, kw, 0))
        return NULL;
    return obj_bool(v, v->tm->tracing);
}

static object *tm_clear_traces(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tracemalloc_defs[5], nargs, kw, 0))
        return NULL;
    clear_traces(v->tm);
    return obj_incref(v, v->none);
}

static object *tm_reset_peak(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tracemalloc_defs[6], nargs, kw, 0))
        return NULL;
    v->tm->peak = v->tm->current;
    return obj_incref(v, v->none);
}

static object *tm_get_traceback_limit(vm *v, object *self, object *const *args, size_t nargs,
                                      object *kw)
{
    if (args_exact(v, &tracemalloc_defs[7], nargs, kw, 0))
        return NULL;
    return int_from_i64(v, v->tm->nframe);
}

/* get_object_traceback(obj), tracemalloc.py's function:
 *   265     frames = _get_object_traceback(obj)
 *   267         return Traceback(frames)
 * _tracemalloc__get_object_traceback looks the object's block up among the
 * traces: at the object, or for a GC type sizeof(PyGC_Head) before it
 * (3.11 subtracts no more: an instance with a managed dict, whose block
 * starts 16 bytes earlier still, is never found).  No trace (not tracing,
 * a block from before start(), a static object, one taken back from a
 * free list untraced) is None.  Found, traceback_to_pyobject makes the
 * trace's frames, innermost first, as (filename, lineno) tuples at line
 * 265 (the filename shared, lineno a new int past the small ones), and
 * Traceback(frames) leaves total_nframe None; the frames tuple goes when
 * the function returns. */
static object *tm_get_object_traceback(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"obj"};
    object *obj;
    if (bind_args(v, "get_object_traceback", 0, names, 1, 1, args, nargs, kw, &obj))
        return NULL;
    tm_state *tm = v->tm;
    uint64_t addr = obj->addr - (obj->type->flags & TPF_GC ? 16u : 0u), *rec;    /* sizeof(PyGC_Head) */
    if (!tm->tracing || !(rec = tmtable_find(&tm->traces, addr)))
        return obj_incref(v, v->none);
    uint32_t tag = (uint32_t)*rec, saved = tm->own_line;
    tm->own_line = L_OBJECT_FRAMES;
    object *frames = traceback_tuple(v, tag);
    tm->own_line = saved;
    object *tb = frames ? traceback_new(v, frames, v->none, L_OBJECT_TB) : NULL;
    obj_xdecref(v, frames);
    return tb;
}

const method_def tracemalloc_defs[] = {
    {"start", tm_start, 0, "start"},
    {"stop", tm_stop, 0, "stop"},
    {"take_snapshot", tm_take_snapshot, 0, "take_snapshot"},
    {"get_traced_memory", tm_get_traced_memory, 0, "get_traced_memory"},
    {"is_tracing", tm_is_tracing, 0, "is_tracing"},
    {"clear_traces", tm_clear_traces, 0, "clear_traces"},
    {"reset_peak", tm_reset_peak, 0, "reset_peak"},
    {"get_traceback_limit", tm_get_traceback_limit, 0, "get_traceback_limit"},
    {"get_object_traceback", tm_get_object_traceback, 0, "get_object_traceback"},
    {NULL, NULL, 0, NULL},
};

/* One behaviour for the six classes; types.c's facts give each its name
 * and size, tm_* above tell them apart where they differ. */
static object *tm_repr(vm *v, object *o)
{
    if (obj_is(v, o, T_TM_TRACEBACK))
        return tb_repr(v, o);
    if (obj_is(v, o, T_TM_FRAME))
        return frame_repr(v, o);
    if (obj_is(v, o, T_TM_STATISTIC) || obj_is(v, o, T_TM_STATDIFF))
        return stat_repr(v, o);
    if (obj_is(v, o, T_TM_TRACE))
        return trace_repr(v, o);
    if (obj_is(v, o, T_TM_TRACES)) {        /* "<Traces len=%s>" % len(self): no tuple */
        object *n = int_from_ssize(v, (int64_t)TM(o)->n);   /* len(): PyLong_FromSsize_t */
        return n ? own_percent(v, L_TRACES_REPR, L_TRACES_REPR, "<Traces len=%s>", &n, 0) : NULL;
    }
    char text[96];
    snprintf(text, sizeof text, "<tracemalloc.%s object at %#llx>", o->type->name,
             (unsigned long long)o->addr);
    return str_from_cstr(v, text);
}

static object *tm_str(vm *v, object *o)
{
    if (obj_is(v, o, T_TM_TRACEBACK))
        return tb_str(v, o);
    if (obj_is(v, o, T_TM_FRAME))
        return frame_str(v, o);
    if (obj_is(v, o, T_TM_STATISTIC) || obj_is(v, o, T_TM_STATDIFF))
        return stat_str(v, o);
    if (obj_is(v, o, T_TM_TRACE))
        return trace_str(v, o);
    return tm_repr(v, o);
}

static int64_t tm_length(vm *v, object *o)
{
    if (obj_is(v, o, T_TM_TRACEBACK))
        return tb_length(v, o);
    if (obj_is(v, o, T_TM_TRACES))
        return traces_length(v, o);
    vm_raise_format(v, T_TYPE_ERROR, "object of type '%.200s' has no len()", o->type->name);
    return -1;
}

static object *tm_getitem(vm *v, object *o, object *key)
{
    if (obj_is(v, o, T_TM_TRACEBACK))
        return tb_getitem(v, o, key);
    if (obj_is(v, o, T_TM_TRACES))
        return traces_getitem(v, o, key);
    return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not subscriptable", o->type->name);
}

/* ---- Traceback.index: Sequence.index ------------------------------------------------
 *   1021     i = start
 *   1022     while stop is None or i < stop:
 *   1023         try:
 *   1024             v = self[i]
 *   1025         except IndexError:
 *   1026             break
 *   1027         if v is value or v == value:
 *   1028             return i
 *   1029         i += 1
 *   1030     raise ValueError
 * run as __iter__'s generator (tm_iter) is, in C; its frame (6 locals, co_stacksize
 * 5) gets a frame object when an IndexError passes through it, and the
 * ValueError leaves it with its traceback (the frame object then owns its
 * locals, the last Frame among them, and its f_back is the caller's). */
#define INDEX_SLOTS (6 + 5)
#define INDEX_GETITEM 1024
#define INDEX_RAISE 1030

/* self._frames[i]'s IndexError at the end, caught: what it makes, as
 * seq_iter_end; the index frame's frame object (*ifo, made as f_back of
 * __getitem__'s) stays with the running frame.  0, or -1 (MemoryError). */
static int index_end(vm *v, object *self, int64_t i, object **ifo)
{
    return getitem_past_end(v, INDEX_GETITEM, 6, INDEX_SLOTS, self, i, ifo);
}

/* raise ValueError: the instance, PyTraceBack_Here (the frame's frame
 * object if it has none yet, a traceback), the frame ends: its frame
 * object takes the locals over (steals locals[]) with the caller's frame
 * object as f_back.  Always NULL, with the ValueError (or MemoryError). */
static object *index_raise(vm *v, object *ifo, object **locals)
{
    tm_state *tm = v->tm;
    tm->abc_line = INDEX_RAISE;
    tm->abc_alloc = 1;
    object *e = obj_new(v, v->types[T_VALUE], 0);
    if (e && !ifo)
        ifo = traceback_sim_frame(v, 6, INDEX_SLOTS);
    object *tb = e && ifo ? sim_tb(v, NULL, ifo, INDEX_RAISE) : NULL;
    tm->abc_alloc = 0;
    tm->abc_line = 0;
    if (!tb) {
        for (int k = 0; k < 6; k++)
            obj_xdecref(v, locals[k]);
        obj_xdecref(v, e);
        obj_xdecref(v, ifo);
        return vm_no_memory(v);
    }
    EXC(e)->args = obj_incref(v, v->empty_tuple);
    obj_give(v, EXC(e)->args, e->addr, 0);
    EXC(e)->traceback = tb;
    obj_give(v, tb, e->addr, 2);
    obj_track(v, e);
    object *back = v->nframes ? traceback_frame_object(v, v->frames[v->nframes - 1]) : NULL;
    traceback_sim_frame_own(v, ifo, locals, back);
    obj_decref(v, ifo);                     /* the ended frame's reference */
    exc_add_traceback(v, e, name(v, ABC_PY_PATH), name(v, "index"), INDEX_RAISE, 0);
    exc_chain(v, e);
    return vm_raise_object(v, e);
}

static object *tb_index(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"value", "start", "stop"};
    object *a[3];
    if (bind_args(v, "Sequence.index", 1, names, 3, 1, args, nargs, kw, a))
        return NULL;
    int64_t n = tb_length(v, self), start = 0, stop = 0, x;
    for (int k = 1; k < 3; k++)
        if (a[k] && a[k] != v->none && (!type_is_subtype(a[k]->type, v->types[T_INT]) || !int_as_i64(a[k], &x)))
            return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: Traceback.index() with a start or stop not an int");
    if (a[1] == v->none)
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: Traceback.index() with start=None");
    if (a[1] && int_as_i64(a[1], &start) && start < 0)
        start = start + n > 0 ? start + n : 0;
    int bounded = a[2] && a[2] != v->none;
    if (bounded && int_as_i64(a[2], &stop) && stop < 0)
        stop += n;
    object *last = NULL, *ifo = NULL;       /* the local v; the frame's frame object */
    int64_t i = start;
    for (; !bounded || i < stop; i++) {
        if (i >= n) {
            if (index_end(v, self, i, &ifo)) {
                obj_xdecref(v, last);
                return vm_no_memory(v);
            }
            break;
        }
        v->tm->abc_line = INDEX_GETITEM;
        object *key = int_from_i64(v, i);
        object *fr = key ? tb_getitem(v, self, key) : NULL;
        obj_xdecref(v, key);
        v->tm->abc_line = 0;
        if (!fr) {
            obj_xdecref(v, last);
            return NULL;
        }
        obj_xdecref(v, last);
        last = fr;
        int eq = fr == a[0];
        if (!eq) {
            object *r = obj_richcompare(v, fr, a[0], CMP_EQ);
            eq = r ? obj_truth(v, r) : -1;
            obj_xdecref(v, r);
        }
        if (eq) {
            object *r = eq > 0 ? int_from_i64(v, i) : NULL;
            obj_decref(v, last);            /* `return i`: the frame's locals go */
            obj_xdecref(v, ifo);
            return r;
        }
    }
    object *locals[] = {obj_incref(v, self), obj_incref(v, a[0]), a[1] ? obj_incref(v, a[1]) : int_from_i64(v, 0),
                        obj_incref(v, a[2] ? a[2] : v->none), int_from_i64(v, i), last};
    return index_raise(v, ifo, locals);
}

#define TM_BEHAVIOUR \
    .dealloc = tm_dealloc, .traverse = tm_traverse, .repr = tm_repr, .str = tm_str, \
    .richcompare = tm_richcompare, .length = tm_length, .getitem = tm_getitem, \
    .getattr = tm_getattr, .getmethod = tm_getmethod, .hash = tm_hash, .host_size = sizeof(tmobj)

/* iter(traceback), iter(snapshot.traces): Sequence.__iter__'s generator,
 * calling __getitem__ until it raises IndexError; the other classes are
 * not iterable. */
static object *tm_iter(vm *v, object *o)
{
    if (obj_is(v, o, T_TM_TRACEBACK) || obj_is(v, o, T_TM_TRACES))
        return seqgen_new(v, o, SEQ_ITER);
    return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not iterable", o->type->name);
}

const type tmpl_tm_object = {TM_BEHAVIOUR, .iter = tm_iter};
const type tmpl_tm_traceback = {TM_BEHAVIOUR, .methods = traceback_methods, .iter = tm_iter, .contains = tb_contains};
const type tmpl_tm_snapshot = {TM_BEHAVIOUR, .methods = snapshot_methods};
