/*
 * bench-gc: a full collection of 1,000,000 live simulated objects (a list
 * of lists, each holding the list half its index: two references an
 * object), run in one call and stepped one step at a time, and python3's
 * gc.collect() on the same object graph, measured in the same run.
 *
 * python3 runs beside us as a coprocess that builds the same graph once,
 * then times one gc.collect() each time it reads a line: the rounds are
 * interleaved (ours in one call, ours stepped, python3's), so a busy
 * machine slows all three alike, and each figure is the median of ROUNDS.
 * Prints `bench NAME VALUE UNIT` lines; the figures that matter are the
 * ratios: stepped / in one call (the stepping machinery's cost when it is
 * used) and heapviz / python3 (target ≤ 1.0).  The python3 used is
 * $PYTHON, else /usr/bin/python3 (the judge, as tests/py/regen.sh).
 */
#include "bench.h"
#include "gc.h"
#include "types.h"

#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

enum { N = 1000000, ROUNDS = 9 };

/* keep = [], then N - 1 lists: list i holds list i // 2 (the first holds
 * nothing), each made as python3 makes `[x]` and `[]` (BUILD_LIST: an item
 * array of exactly one slot, or none), appended to keep as keep.append
 * does.  Returns keep (a reference). */
static object *build(vm *v)
{
    object *keep = list_new(v, 0);
    for (size_t i = 0; i + 1 < N; i++) {
        object *l = list_new(v, i ? 1 : 0);
        if (i)
            list_set_fresh(v, l, 0, obj_incref(v, LIST(keep)->items[i / 2]));
        list_append(v, keep, l);
        obj_decref(v, l);
    }
    return keep;
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

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    coproc py = {0};
    long pyobjs = 0;
    int have_py = py_start(&py) == 0 && fscanf(py.out, "%ld", &pyobjs) == 1;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    v->gc_enabled = 0;
    object *keep = build(v);
    gc_collect(v, 2);                       /* everything in generation 2, as python3's */
    double t_run[ROUNDS], t_step[ROUNDS], t_py[ROUNDS];
    size_t steps = 0;
    for (int r = 0; r < ROUNDS; r++) {
        double t = now();
        int64_t found = gc_collect(v, 2);
        t_run[r] = now() - t;
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
    double run = median(t_run, ROUNDS), step = median(t_step, ROUNDS);
    printf("bench gc_full_collection_objects %zu objects\n", tracked(v));
    printf("bench gc_full_collection_time %.4f s (median of %d)\n", run, ROUNDS);
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
    return 0;
}
