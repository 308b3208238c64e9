/*
 * graph_window.c — a bounded window onto a huge object graph (see
 * graph_window.h for what it chooses).
 *
 *   build:  frames → roots map
 *           why-alive chain: backwards from the focus (breadth-first over
 *             the newest referrers; the first root found ends it)
 *           forwards from the roots, breadth-first over the newest
 *             references, until max_nodes objects
 *           + the chain's objects and the focus; sorted by creation serial
 *
 * Invariants:
 *   1. objs[] holds distinct live objects in increasing serial order;
 *   2. path[0].holder is a root, path[k].target == path[k+1].holder, and
 *      path[npath-1].target is the focus;
 *   3. no query visits more than its budget of objects (model_visits()
 *      grows by O(max_nodes × fanout) per build, whatever the heap's size).
 */
#include "graph_window.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

void graph_window_free(graph_window *w)
{
    free(w->objs);
    map_free(&w->frames);
    memset(w, 0, sizeof *w);
}

int graph_window_is_root(const graph_window *w, uint64_t holder)
{
    return holder == 0 || map_get(&w->frames, holder, NULL);
}

static void add_obj(graph_window *w, map *seen, const model_obj *o)
{
    if (map_get(seen, o->addr, NULL))
        return;
    map_put(seen, o->addr, 1);
    hv_grow(&w->objs, &w->cap, w->n + 1, sizeof *w->objs, 64);
    w->objs[w->n++] = *o;
}

/* ---- why alive: backwards from the focus ------------------------------------- */

typedef struct back {
    uint64_t addr;          /* an object on the way back */
    long toward;            /* the entry nearer the focus (-1: the focus) */
    model_ref ref;          /* the reference from addr to that entry's object */
} back;

/* The chain from root reference r (held on q[at]) down to the focus. */
static void take_path(graph_window *w, const back *q, long at, const model_ref *r)
{
    size_t len = 1;
    for (long k = at; q[k].toward >= 0; k = q[k].toward)
        len++;
    if (len > GRAPH_WINDOW_PATH)
        return;                             /* too long to show: none */
    w->npath = len;
    w->path[0] = *r;
    size_t i = 1;
    for (long k = at; q[k].toward >= 0; k = q[k].toward)
        w->path[i++] = q[k].ref;
}

static void find_path(graph_window *w, const model *m, uint64_t focus, size_t fanout)
{
    back *q = hv_malloc((GRAPH_WINDOW_WHY + 1) * sizeof *q);
    model_ref *refs = hv_malloc((fanout + 1) * sizeof *refs);
    map seen = MAP_INIT;
    size_t head = 0, tail = 0;
    q[tail++] = (back){focus, -1, {0}};
    map_put(&seen, focus, 1);
    w->path_unknown = 0;
    while (head < tail && !w->npath) {
        int more;
        size_t n = model_refs_to_newest(m, q[head].addr, refs, fanout, &more);
        w->path_unknown |= more;
        for (size_t k = 0; k < n && !w->npath; k++) {
            uint64_t h = refs[k].holder;
            if (graph_window_is_root(w, h)) {
                take_path(w, q, (long)head, &refs[k]);
            } else if (!map_get(&seen, h, NULL) && model_obj_info(m, h, NULL)) {
                map_put(&seen, h, 1);
                if (tail < GRAPH_WINDOW_WHY)
                    q[tail++] = (back){h, (long)head, refs[k]};
                else
                    w->path_unknown = 1;
            }
        }
        head++;
    }
    if (w->npath)
        w->path_unknown = 0;
    map_free(&seen);
    free(refs);
    free(q);
}

/* ---- the window --------------------------------------------------------------- */

static int cmp_serial(const void *a, const void *b)
{
    uint64_t x = ((const model_obj *)a)->serial, y = ((const model_obj *)b)->serial;
    return (x > y) - (x < y);
}

/* Breadth-first from the roots over the newest fanout references of each
 * holder, until max_nodes objects are in. */
static void reach_forwards(graph_window *w, const model *m, map *seen, size_t max_nodes, size_t fanout,
                           const model_frame *frames, size_t nf)
{
    uint64_t *q = hv_malloc((max_nodes + nf + 2) * sizeof *q);
    model_ref *refs = hv_malloc((fanout + 1) * sizeof *refs);
    size_t head = 0, tail = 0;
    q[tail++] = 0;
    for (size_t i = 0; i < nf; i++)
        q[tail++] = frames[i].addr;
    while (head < tail && w->n < max_nodes) {
        size_t n = model_refs_from_newest(m, q[head++], refs, fanout, NULL);
        for (size_t k = 0; k < n && w->n < max_nodes; k++) {
            model_obj o;
            if (map_get(seen, refs[k].target, NULL) || !model_obj_info(m, refs[k].target, &o))
                continue;
            add_obj(w, seen, &o);
            q[tail++] = o.addr;
        }
    }
    free(refs);
    free(q);
}

void graph_window_build(graph_window *w, const model *m, uint64_t focus, size_t max_nodes, size_t fanout)
{
    w->n = 0;
    w->npath = 0;
    w->path_unknown = 0;
    map_free(&w->frames);
    size_t nf = model_frames(m, NULL, 0);
    model_frame *frames = hv_calloc(nf + 1, sizeof *frames);
    model_frames(m, frames, nf);
    for (size_t i = 0; i < nf; i++)
        map_put(&w->frames, frames[i].addr, 1);
    model_obj fo;
    int has_focus = focus && model_obj_info(m, focus, &fo);
    if (has_focus)
        find_path(w, m, focus, fanout);
    map seen = MAP_INIT;
    reach_forwards(w, m, &seen, max_nodes, fanout, frames, nf);
    for (size_t k = 0; k < w->npath; k++) {
        model_obj o;
        if (model_obj_info(m, w->path[k].target, &o))
            add_obj(w, &seen, &o);
    }
    if (has_focus)
        add_obj(w, &seen, &fo);
    if (w->n)                               /* qsort never gets NULL */
        qsort(w->objs, w->n, sizeof *w->objs, cmp_serial);
    map_free(&seen);
    free(frames);
}

static int same_ref(const model_ref *a, const model_ref *b)
{
    return a->holder == b->holder && a->target == b->target && a->label == b->label;
}

size_t graph_window_refs(const graph_window *w, const model *m, uint64_t holder, size_t fanout, model_ref *out,
                         int *cut)
{
    size_t n = model_refs_from_newest(m, holder, out, fanout, cut);
    for (size_t i = 0; i < n / 2; i++) {    /* oldest first, as model_refs_from lists them */
        model_ref t = out[i];
        out[i] = out[n - 1 - i];
        out[n - 1 - i] = t;
    }
    size_t sampled = n;
    for (size_t k = 0; k < w->npath; k++) {
        if (w->path[k].holder != holder)
            continue;
        size_t i = 0;
        while (i < sampled && !same_ref(&out[i], &w->path[k]))
            i++;
        if (i == sampled)
            out[n++] = w->path[k];
    }
    return n;
}

/* ---- sizes --------------------------------------------------------------------- */

/* The objects reachable from addr (itself first) into *set (address →
 * index + 1) and list; 0, or -1 when more than budget. */
static int deep_set(const model *m, uint64_t addr, size_t budget, map *set, model_obj *list, size_t *n,
                    model_ref *refs)
{
    size_t head = 0;
    model_obj_info(m, addr, &list[0]);
    *n = 1;
    map_put(set, addr, 1);
    while (head < *n) {
        int more;
        size_t nr = model_refs_from_newest(m, list[head++].addr, refs, budget, &more);
        if (more)
            return -1;
        for (size_t k = 0; k < nr; k++) {
            if (map_get(set, refs[k].target, NULL) || !model_obj_info(m, refs[k].target, NULL))
                continue;
            if (*n >= budget)
                return -1;
            model_obj_info(m, refs[k].target, &list[*n]);
            map_put(set, refs[k].target, ++*n);
        }
    }
    return 0;
}

/* Retained: the deep set minus what entries (objects of it held from
 * outside it) reach without passing through list[0].  -1 over budget. */
static int retained_of(const model *m, const map *set, const model_obj *list, size_t n, size_t budget,
                       model_ref *refs, graph_window_sizes *out)
{
    uint8_t *kept = hv_calloc(n + 1, 1);
    size_t *q = hv_malloc((n + 1) * sizeof *q), tail = 0;
    for (size_t i = 1; i < n; i++) {
        int more;
        size_t nr = model_refs_to_newest(m, list[i].addr, refs, budget, &more);
        for (size_t k = 0; k < nr && !kept[i]; k++)
            if (!map_get(set, refs[k].holder, NULL)) {
                kept[i] = 1;
                q[tail++] = i;
            }
        if (more && !kept[i]) {
            free(q);
            free(kept);
            return -1;
        }
    }
    for (size_t head = 0; head < tail; head++) {
        size_t nr = model_refs_from_newest(m, list[q[head]].addr, refs, budget, NULL);
        for (size_t k = 0; k < nr; k++) {
            uint64_t v;
            if (map_get(set, refs[k].target, &v) && v - 1 != 0 && !kept[v - 1]) {
                kept[v - 1] = 1;
                q[tail++] = v - 1;
            }
        }
    }
    for (size_t i = 0; i < n; i++)
        if (!kept[i]) {
            out->retained += list[i].size;
            out->retained_count++;
        }
    free(q);
    free(kept);
    return 0;
}

int graph_window_sizes_of(const model *m, uint64_t addr, int reachable, size_t budget, graph_window_sizes *out)
{
    memset(out, 0, sizeof *out);
    if (!model_obj_info(m, addr, NULL) || budget == 0)
        return -1;
    map set = MAP_INIT;
    model_obj *list = hv_malloc((budget + 1) * sizeof *list);
    model_ref *refs = hv_malloc((budget + 1) * sizeof *refs);
    size_t n = 0;
    out->bounded = deep_set(m, addr, budget, &set, list, &n, refs) != 0;
    for (size_t i = 0; i < n; i++) {
        out->deep += list[i].size;
        out->deep_count++;
    }
    if (!out->bounded && reachable && retained_of(m, &set, list, n, budget, refs, out) != 0) {
        out->bounded = 1;
        out->retained = 0;
        out->retained_count = 0;
    }
    map_free(&set);
    free(refs);
    free(list);
    return 0;
}
