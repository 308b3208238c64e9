/*
 * bench-gc: a full collection of 1,000,000 live simulated objects (a list
 * of lists, each holding the list half its index: two references an
 * object), run in one call and stepped one step at a time, and python3's
 * gc.collect() on the same object graph, measured in the same run.
 * Prints `bench NAME VALUE UNIT` lines; the figures that matter are the
 * ratios: stepped / in one call (the stepping machinery's cost when it is
 * used) and heapviz / python3 (target ≤ 1.0).  The python3 used is
 * $PYTHON, else `python3` on the PATH.
 */
#include "gc.h"
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { N = 1000000, ROUNDS = 3 };

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* keep = [], then N - 1 lists: list i holds list i // 2 (the first holds
 * nothing).  Returns keep (a reference). */
static object *build(vm *v)
{
    object *keep = list_new(v, 0);
    for (size_t i = 0; i + 1 < N; i++) {
        object *l = list_new(v, 0);
        if (i)
            list_append(v, l, LIST(keep)->items[i / 2]);
        list_append(v, keep, l);
        obj_decref(v, l);
    }
    return keep;
}

static const char py_prog[] =
    "import gc, time\n"
    "gc.disable()\n"
    "N = 1000000\n"
    "keep = []\n"
    "for i in range(N - 1):\n"
    "    keep.append([keep[i // 2]] if i else [])\n"
    "gc.collect()\n"
    "best = 1e9\n"
    "for r in range(3):\n"
    "    t = time.perf_counter(); gc.collect(); t = time.perf_counter() - t\n"
    "    best = min(best, t)\n"
    "print(best, len(gc.get_objects()))\n";

/* python3's best full collection over the same graph (the program goes
 * in -c: it has no single quote), or -1 if it did not run. */
static double python_run(long *objects)
{
    const char *py = getenv("PYTHON");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s -c '%s' 2>/dev/null", py && *py ? py : "python3", py_prog);
    FILE *p = popen(cmd, "r");
    double t = -1;
    if (p) {
        if (fscanf(p, "%lf %ld", &t, objects) != 2)
            t = -1;
        pclose(p);
    }
    return t;
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
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    v->gc_enabled = 0;
    object *keep = build(v);
    gc_collect(v, 2);                       /* everything in generation 2, as python3's */
    double best_run = 1e9, best_step = 1e9;
    size_t steps = 0;
    for (int r = 0; r < ROUNDS; r++) {
        double t = now();
        int64_t found = gc_collect(v, 2);
        t = now() - t;
        best_run = t < best_run ? t : best_run;
        t = now();
        gc_begin(v, 2);
        for (steps = 0; gc_step(v) != GCP_IDLE; steps++)
            ;
        t = now() - t;
        best_step = t < best_step ? t : best_step;
        if (found) {
            fprintf(stderr, "bench-gc: a collection of live objects found %lld\n", (long long)found);
            return 1;
        }
    }
    long pyobjs = 0;
    double py = python_run(&pyobjs);
    printf("bench gc_full_collection_objects %zu objects\n", tracked(v));
    printf("bench gc_full_collection_time %.3f s\n", best_run);
    printf("bench gc_stepped_vs_one_call %.3f ratio\n", best_step / best_run);
    printf("bench gc_steps_per_object %.2f steps\n", (double)steps / (double)tracked(v));
    if (py > 0) {
        printf("bench gc_python3_collection_time %.3f s (%ld objects)\n", py, pyobjs);
        printf("bench gc_time_vs_python3 %.3f ratio\n", best_run / py);
    } else {
        printf("bench gc_time_vs_python3 - ratio (python3 did not run)\n");
    }
    obj_decref(v, keep);
    vm_delete(v);
    return 0;
}
