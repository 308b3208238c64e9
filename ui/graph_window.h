/*
 * graph_window.h — the part of a huge object graph the graph view shows:
 * which objects, the chain of references that keeps one alive, and its
 * deep and retained sizes, each found with work bounded by a budget, not
 * by the size of the heap (a program with a million live objects stays
 * interactive).  Pure model queries: no layout, no canvas.
 *
 *   roots ──(the newest `fanout` references of each holder)──▶ breadth-first,
 *          up to `max_nodes` objects
 *   + the focus (the selected object) and a chain from a root to it, found
 *     backwards through the newest `fanout` referrers of each object
 *
 * A heap this large is sampled, so what the window shows is exact about
 * every object and reference it shows, but not complete: a holder with
 * more references than `fanout` shows its newest (graph_window_cut()), and
 * the sizes stop counting at a budget (graph_window_sizes.bounded).
 */
#ifndef HV_GRAPH_WINDOW_H
#define HV_GRAPH_WINDOW_H

#include "map.h"
#include "model.h"

#include <stddef.h>
#include <stdint.h>

enum {
    GRAPH_WINDOW_PATH = 64,     /* references in a why-alive chain, at most */
    GRAPH_WINDOW_WHY = 4096,    /* objects the backward search for one visits, at most */
};

typedef struct graph_window {
    model_obj *objs;        /* the objects to show, in creation order */
    size_t n, cap;
    model_ref path[GRAPH_WINDOW_PATH];  /* root → … → focus: path[0].holder is a root */
    size_t npath;           /* 0: none found (or no focus) */
    int path_unknown;       /* the backward search stopped at its budget */
    map frames;             /* the frame stack's addresses (roots) */
} graph_window;

#define GRAPH_WINDOW_INIT {0}

/* Fills w for model m: the objects the roots reach breadth-first through
 * the newest `fanout` references of each holder, up to max_nodes, plus
 * the live object at focus (0: none) and the objects on a chain of
 * references from a root to it.  Work O(max_nodes × fanout).  Cannot fail. */
void graph_window_build(graph_window *w, const model *m, uint64_t focus, size_t max_nodes, size_t fanout);
void graph_window_free(graph_window *w);
/* 1 if holder is a root of the graph: the interpreter (0) or a frame on
 * the stack when w was built. */
int graph_window_is_root(const graph_window *w, uint64_t holder);

/* What a holder shows in the window: up to fanout of its references (the
 * newest, given oldest first) into out, plus the references of w's path
 * it holds that are not among them; returns how many, *cut set when some
 * were left out.  out needs room for fanout + GRAPH_WINDOW_PATH. */
size_t graph_window_refs(const graph_window *w, const model *m, uint64_t holder, size_t fanout, model_ref *out,
                         int *cut);

typedef struct graph_window_sizes {
    uint64_t deep;          /* bytes reachable from the object, itself included */
    size_t deep_count;
    uint64_t retained;      /* bytes only it keeps alive (0 when unreachable) */
    size_t retained_count;
    int bounded;            /* the budget stopped the count: deep is a lower bound,
                               retained unknown (0) */
} graph_window_sizes;

/* The sizes of the live object at addr, visiting at most budget objects.
 * reachable: a root reaches it (w's path; unreachable objects retain
 * nothing).  A referrer outside the deep set counts as keeping an object
 * alive.  0, or -1 if addr is not a live object. */
int graph_window_sizes_of(const model *m, uint64_t addr, int reachable, size_t budget, graph_window_sizes *out);

#endif
