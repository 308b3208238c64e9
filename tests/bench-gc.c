/*
 * bench-gc: a full collection of 1,000,000 live simulated objects (a list
 * of lists, each holding the list half its index: two references an
 * object), run in one call, run as a baseline with no machine around it,
 * and stepped one step at a time, and python3's gc.collect() on the same
 * object graph, measured in the same run.
 *
 * python3 runs beside us as a coprocess that builds the same graph once,
 * then times one gc.collect() each time it reads a line: the rounds are
 * interleaved (ours in one call, the baseline, ours stepped, python3's),
 * so a busy machine slows all four alike, and each figure is the median of
 * ROUNDS.  Prints `bench NAME VALUE UNIT` lines; the figures that matter
 * are the ratios: in one call / baseline (what the stepping machinery
 * costs a collection nobody steps: target 1.0 within noise), stepped / in
 * one call (its cost when it is used) and heapviz / python3 (target ≤
 * 1.0).  The python3 used is $PYTHON, else /usr/bin/python3 (the judge, as
 * tests/py/regen.sh).
 *
 * The baseline (baseline_collect) is CPython's gc_collect_main for a full
 * collection as plain loops over the generation lists: the same work as
 * gc.c's one-call path (gc_refs, subtract, move_unreachable, tuples and
 * dicts noted and untracked, the free lists emptied, the long-lived
 * counts) with no phases, transitions, budgets or event checks; it handles
 * a heap without garbage only (it says so if it finds any).
 *
 * Instruction counts: when valgrind is on PATH, the program runs itself
 * twice under callgrind (`--instructions N`: N objects, one collection of
 * each kind), counting the instructions of one_call() and of
 * baseline_collect() alone, and prints their ratio, which the machine's
 * load does not move.
 */
#include "bench.h"
#include "gc.h"
#include "types.h"

#include "dict.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { N = 1000000, ROUNDS = 9, N_INSTR = 100000 };

/* keep = [], then N - 1 lists: list i holds list i // 2 (the first holds
 * nothing), each made as python3 makes `[x]` and `[]` (BUILD_LIST: an item
 * array of exactly one slot, or none), appended to keep as keep.append
 * does.  Returns keep (a reference). */
static object *build(vm *v, size_t n)
{
    object *keep = list_new(v, 0);
    for (size_t i = 0; i + 1 < n; i++) {
        object *l = list_new(v, i ? 1 : 0);
        if (i)
            list_set_fresh(v, l, 0, obj_incref(v, LIST(keep)->items[i / 2]));
        list_append(v, keep, l);
        obj_decref(v, l);
    }
    return keep;
}

/* ---- the baseline ------------------------------------------------------------ */

static int visit_decref(object *o, void *arg)
{
    (void)arg;
    if (obj_is_gc(o) && (obj_gc(o)->flags & GCF_COLLECTING))
        obj_gc(o)->gc_refs--;
    return 0;
}

static int visit_reachable(object *o, void *young)
{
    if (!obj_is_gc(o) || !(obj_gc(o)->flags & GCF_COLLECTING))
        return 0;
    gchead *g = obj_gc(o);
    if (g->gc_refs == 0)
        g->gc_refs = 1;
    else if (g->gc_refs < 0) {               /* tentatively unreachable: back to young's end */
        g->prev->next = g->next;
        g->next->prev = g->prev;
        g->prev = ((gchead *)young)->prev;
        g->next = young;
        g->prev->next = g;
        ((gchead *)young)->prev = g;
        g->gc_refs = 1;
    }
    return 0;
}

typedef struct noted {
    object **o;
    size_t n, cap;
} noted;

/* A full collection of v's heap (generations 0 and 1 merged into 2),
 * CPython's loops one after the other; returns the objects found
 * unreachable: 0, or -1 when there were some (not handled here). */
__attribute__((noinline)) static int64_t baseline_collect(vm *v, noted *nt)
{
    gchead *young = &v->gens[2].head, unreachable = {.prev = &unreachable, .next = &unreachable};
    for (int i = 0; i < 2; i++) {
        gchead *h = &v->gens[i].head;
        for (gchead *g = h->next; g != h; g = g->next)
            g->gen = 2;
        if (h->next != h) {
            h->next->prev = young->prev;
            young->prev->next = h->next;
            h->prev->next = young;
            young->prev = h->prev;
            h->next = h->prev = h;
        }
        v->gens[i].count = 0;
    }
    v->gens[2].count = 0;
    for (gchead *g = young->next; g != young; g = g->next) {
        g->gc_refs = (int32_t)((object *)(g + 1))->refcnt;
        g->flags |= GCF_COLLECTING;
    }
    for (gchead *g = young->next; g != young; g = g->next) {
        object *o = (object *)(g + 1);
        if (o->type->traverse)
            o->type->traverse(o, visit_decref, NULL);
    }
    const type *tuple = v->types[T_TUPLE], *dict = v->types[T_DICT];
    int64_t survivors = 0;
    nt->n = 0;
    for (gchead *g = young->next; g != young;) {
        object *o = (object *)(g + 1);
        gchead *next = g->next;
        if (!g->gc_refs) {                   /* tentatively unreachable (gc_refs -1 marks it) */
            g->prev->next = next;
            next->prev = g->prev;
            g->prev = unreachable.prev;
            g->next = &unreachable;
            unreachable.prev->next = g;
            unreachable.prev = g;
            g->gc_refs = -1;
            g = next;
            continue;
        }
        if (o->type->traverse)
            o->type->traverse(o, visit_reachable, young);
        g->flags &= (uint8_t)~GCF_COLLECTING;
        survivors++;
        if (o->type == tuple || o->type == dict) {
            hv_grow(&nt->o, &nt->cap, nt->n + 1, sizeof *nt->o, 64);
            nt->o[nt->n++] = o;
        }
        g = g->next;
    }
    if (unreachable.next != &unreachable) {   /* garbage: back to young, left to gc.c */
        for (gchead *g = unreachable.next; g != &unreachable; g = g->next)
            g->flags &= (uint8_t)~GCF_COLLECTING;
        unreachable.next->prev = young->prev;
        young->prev->next = unreachable.next;
        unreachable.prev->next = young;
        young->prev = unreachable.prev;
        return -1;
    }
    for (size_t i = 0; i < nt->n; i++) {
        object *o = nt->o[i];
        if (o->type == tuple)
            tuple_maybe_untrack(v, o);
        else
            dict_maybe_untrack(v, o);
        survivors -= obj_gc(o)->gen < 0;
    }
    tuple_clear_freelists(v);
    freelist_clear(v, &v->fl_float);
    freelist_clear(v, &v->fl_list);
    dict_clear_freelists(v);
    v->long_lived_pending = 0;
    v->long_lived_total = survivors;
    return 0;
}

/* gc.collect(): the one-call path (its own symbol, for callgrind). */
__attribute__((noinline)) static int64_t one_call(vm *v)
{
    return gc_collect(v, 2);
}

/* The same graph; then one timed full collection per input line. */
static const char py_prog[] =
    "import gc, sys, time\n"
    "gc.disable()\n"
    "N = 1000000\n"
    "keep = []\n"
    "for i in range(N - 1):\n"
    "    keep.append([keep[i // 2]] if i else [])\n"
    "gc.collect()\n"
    "print(len(gc.get_objects()), flush=True)\n"
    "for line in sys.stdin:\n"
    "    t = time.perf_counter(); gc.collect(); t = time.perf_counter() - t\n"
    "    print(t, flush=True)\n";

typedef struct coproc {
    pid_t pid;
    FILE *in, *out;         /* its stdin (we write), its stdout (we read) */
} coproc;

/* Starts python3 on py_prog; 0, or -1 if it could not be started. */
static int py_start(coproc *c)
{
    int to[2], from[2];
    if (pipe(to) || pipe(from))
        return -1;
    c->pid = fork();
    if (c->pid < 0)
        return -1;
    if (c->pid == 0) {
        const char *py = getenv("PYTHON");
        py = py && *py ? py : "/usr/bin/python3";
        dup2(to[0], 0);
        dup2(from[1], 1);
        close(to[1]);
        close(from[0]);
        execlp(py, py, "-c", py_prog, (char *)NULL);
        _exit(127);
    }
    close(to[0]);
    close(from[1]);
    c->in = fdopen(to[1], "w");
    c->out = fdopen(from[0], "r");
    return 0;
}

/* One timed collection in python3; -1 if it did not answer. */
static double py_collect(coproc *c)
{
    double t;
    fputs("go\n", c->in);
    fflush(c->in);
    return fscanf(c->out, "%lf", &t) == 1 ? t : -1;
}

static void py_stop(coproc *c)
{
    fclose(c->in);
    fclose(c->out);
    waitpid(c->pid, NULL, 0);
}

static size_t tracked(vm *v)
{
    size_t n = 0;
    for (int g = 0; g < NUM_GENERATIONS; g++)
        for (gchead *h = v->gens[g].head.next; h != &v->gens[g].head; h = h->next)
            n++;
    return n;
}

/* Under callgrind (valgrind on PATH): the instructions of `which`
 * ("one_call" or "baseline_collect") for one collection of n objects,
 * run by this program itself with --instructions; 0 when it cannot. */
static double instructions(const char *self, const char *which, size_t n)
{
    char out[256], cmd[768], line[256];
    const char *tmp = getenv("TMPDIR");
    snprintf(out, sizeof out, "%s/bench-gc-%d-%s.cg", tmp && *tmp ? tmp : "/tmp", (int)getpid(), which);
    snprintf(cmd, sizeof cmd,
             "valgrind --tool=callgrind --callgrind-out-file=%s --toggle-collect=%s "
             "%s --instructions %zu >/dev/null 2>&1", out, which, self, n);
    double total = 0;
    if (system("command -v valgrind >/dev/null 2>&1") != 0 || system(cmd) != 0)
        return 0;
    FILE *f = fopen(out, "r");
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "totals: %lf", &total) == 1 || sscanf(line, "summary: %lf", &total) == 1)
            break;
    if (f)
        fclose(f);
    remove(out);
    return total;
}

/* --instructions n: n objects, one collection of each kind (what
 * instructions() counts). */
static int instructions_run(size_t n)
{
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    v->gc_enabled = 0;
    object *keep = build(v, n);
    noted nt = {0};
    gc_collect(v, 2);
    int rc = one_call(v) != 0 || baseline_collect(v, &nt) != 0;
    free(nt.o);
    obj_decref(v, keep);
    vm_delete(v);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--instructions") == 0)
        return instructions_run((size_t)strtoul(argv[2], NULL, 10));
    signal(SIGPIPE, SIG_IGN);
    coproc py = {0};
    long pyobjs = 0;
    int have_py = py_start(&py) == 0 && fscanf(py.out, "%ld", &pyobjs) == 1;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    v->gc_enabled = 0;
    object *keep = build(v, N);
    gc_collect(v, 2);                       /* everything in generation 2, as python3's */
    double t_run[ROUNDS], t_base[ROUNDS], t_step[ROUNDS], t_py[ROUNDS];
    size_t steps = 0;
    noted nt = {0};
    for (int r = 0; r < ROUNDS; r++) {
        double t = now();
        int64_t found = one_call(v);
        t_run[r] = now() - t;
        t = now();
        found |= baseline_collect(v, &nt);
        t_base[r] = now() - t;
        t = now();
        gc_begin(v, 2);
        for (steps = 0; gc_step(v) != GCP_IDLE; steps++)
            ;
        t_step[r] = now() - t;
        if (found) {
            fprintf(stderr, "bench-gc: a collection of live objects found %lld\n", (long long)found);
            return 1;
        }
        t_py[r] = have_py ? py_collect(&py) : -1;
        have_py = have_py && t_py[r] >= 0;
    }
    free(nt.o);
    double run = median(t_run, ROUNDS), base = median(t_base, ROUNDS), step = median(t_step, ROUNDS);
    printf("bench gc_full_collection_objects %zu objects\n", tracked(v));
    printf("bench gc_full_collection_time %.4f s (median of %d)\n", run, ROUNDS);
    printf("bench gc_baseline_collection_time %.4f s (plain loops, no machine; median of %d)\n", base,
           ROUNDS);
    printf("bench gc_one_call_vs_baseline %.3f ratio\n", run / base);
    printf("bench gc_stepped_vs_one_call %.3f ratio\n", step / run);
    printf("bench gc_steps_per_object %.2f steps\n", (double)steps / (double)tracked(v));
    if (have_py) {
        double pt = median(t_py, ROUNDS);
        printf("bench gc_python3_collection_time %.4f s (%ld objects, median of %d)\n", pt, pyobjs,
               ROUNDS);
        printf("bench gc_time_vs_python3 %.3f ratio\n", run / pt);
        py_stop(&py);
    } else {
        printf("bench gc_time_vs_python3 - ratio (python3 did not run)\n");
    }
    obj_decref(v, keep);
    vm_delete(v);
    double i_run = instructions(argv[0], "one_call", N_INSTR);
    double i_base = i_run ? instructions(argv[0], "baseline_collect", N_INSTR) : 0;
    if (i_run && i_base)
        printf("bench gc_one_call_vs_baseline_instructions %.4f ratio (%.0f vs %.0f, %d objects)\n",
               i_run / i_base, i_run, i_base, N_INSTR);
    else
        printf("bench gc_one_call_vs_baseline_instructions - ratio (no valgrind)\n");
    return 0;
}
