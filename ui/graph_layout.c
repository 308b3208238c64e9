/*
 * graph_layout.c — bands, layers, sticky slots, fitted geometry,
 * orthogonal routes, reachability (graph_layout.h says what each means).
 *
 * A run goes:
 *
 *   index edges (out and in, in the order given)
 *     → depths: breadth-first from the roots (band 0); the rest is band 1,
 *       breadth-first from its sources
 *     → layers: every node its depth
 *     → rows, per band and layer: remembered rows, then the others at the
 *       free row nearest their parents' barycentre
 *     → y: each layer stacks its boxes in row order (facing their parents'
 *       ports when the panel is tall enough); band 1 below band 0
 *     → corridors: the row each long edge's horizontal run takes
 *     → tracks: vertical runs grouped into nets (by target, else by source
 *       port), interval-coloured, ordered so lines on one row do not overlap
 *     → x: layer widths, channel widths from their tracks and the panel
 *
 * Invariants (after a run):
 *   1. no two nodes of one band and layer share a row, and no two boxes of
 *      a layer overlap (GRAPH_LAYOUT_GAP rows at least between them);
 *   2. parent[i] is an edge from a node of depth(i) − 1 to i;
 *   3. a node's layer is its depth in its band (layer 0: the roots);
 *      memory maps (id, layer) for every band-0 node ever placed to the
 *      first row it had in that layer, and is only added to; a band-0 node
 *      is in that row unless a node given before it claims the same one;
 *      band 1 remembers nothing.  So rows are a function of the state and
 *      memory, and going back through the same states gives the same
 *      positions;
 *   4. a corridor row crosses no box of the layers its run passes, and no
 *      corridor into another target where both run;
 *   5. two vertical runs share a column only within one net (one target,
 *      or one source port), and on a row where one net's line comes in
 *      from the left and another's goes on right, the first's track is
 *      left of the second's unless the constraints form a cycle.
 * Dominators and retained sizes are computed on first request after a run.
 */
#include "graph_layout.h"

#include "hv.h"
#include "map.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum {
    UNSET = -2,
    SEPARATOR = 3,          /* rows between band 0 and band 1: gap, separator, gap */
    CORRIDOR_SEARCH = 64,   /* rows a corridor is looked for either side of the target */
};

/* A vertical run in a channel, on its way to a target. */
typedef struct vrun {
    int channel;            /* left of layer channel+1 */
    uint32_t target;
    int lo, hi;             /* rows it spans */
    uint32_t edge;
    uint8_t entry;          /* 1: the run into the target; 0: the exit run of a long edge */
    int end_row[2];         /* the rows where its horizontal parts join it */
    int8_t end_side[2];     /* ...coming from the left (-1) or going on to the right (1) */
} vrun;

struct graph_layout {
    gl_node *nodes;
    size_t n, ncap;
    gl_edge *edges;
    size_t ne, ecap;
    uint8_t *edge_ok;       /* the edge names nodes in range */
    uint32_t *out_start, *out_edge;     /* edges by source: [out_start[i], out_start[i+1]) */
    uint32_t *in_start, *in_edge;       /* edges by target */
    gl_place *place;
    int *layer;             /* layer of each node (reachable or not) */
    long *parent;           /* graph_layout_parent() */
    int nlayers, *layer_w, *layer_x;
    int *chan_w, *chan_tracks;          /* per layer: the channel right of it */
    int *corridor;          /* per edge: the row a long edge's horizontal run takes */
    int width, height;
    int garbage_top;        /* graph_layout_garbage_top() */
    int panel_w, panel_h;   /* graph_layout_set_panel(); 0: no limit */
    int *exit_track, *entry_track;  /* per edge: the column used in each channel */
    map memory;             /* band 0: slot_key(id, layer) → its row there */
    uint32_t *stamp;        /* visit marks for deep sizes */
    uint32_t stamp_now;
    int dom_valid;
    long *idom;             /* dominators: a node, or -1 for the set of roots; UNSET */
    uint64_t *ret_size;     /* retained sizes */
    size_t *ret_count;
};

graph_layout *graph_layout_new(void)
{
    return hv_calloc(1, sizeof(graph_layout));
}

static void free_arrays(graph_layout *gl)
{
    free(gl->edge_ok);
    free(gl->out_start);
    free(gl->out_edge);
    free(gl->in_start);
    free(gl->in_edge);
    free(gl->place);
    free(gl->layer);
    free(gl->parent);
    free(gl->layer_w);
    free(gl->layer_x);
    free(gl->chan_w);
    free(gl->chan_tracks);
    free(gl->corridor);
    free(gl->exit_track);
    free(gl->entry_track);
    free(gl->stamp);
    free(gl->idom);
    free(gl->ret_size);
    free(gl->ret_count);
    gl->idom = NULL;
    gl->ret_size = NULL;
    gl->ret_count = NULL;
}

void graph_layout_delete(graph_layout *gl)
{
    if (!gl)
        return;
    free_arrays(gl);
    free(gl->nodes);
    free(gl->edges);
    graph_layout_forget(gl);
    free(gl);
}

void graph_layout_forget(graph_layout *gl)
{
    map_free(&gl->memory);
}

void graph_layout_set_panel(graph_layout *gl, int w, int h)
{
    gl->panel_w = w > 0 ? w : 0;
    gl->panel_h = h > 0 ? h : 0;
}

/* ---- indexing ------------------------------------------------------------ */

/* Counting sort of the usable edges by `from` (by_to = 0) or `to`. */
static void index_edges(graph_layout *gl, int by_to, uint32_t **start, uint32_t **list)
{
    *start = hv_calloc(gl->n + 1, sizeof **start);
    *list = hv_malloc((gl->ne + 1) * sizeof **list);
    for (size_t e = 0; e < gl->ne; e++)
        if (gl->edge_ok[e])
            (*start)[(by_to ? gl->edges[e].to : gl->edges[e].from) + 1]++;
    for (size_t i = 0; i < gl->n; i++)
        (*start)[i + 1] += (*start)[i];
    uint32_t *fill = hv_malloc((gl->n + 1) * sizeof *fill);
    memcpy(fill, *start, (gl->n + 1) * sizeof *fill);
    for (size_t e = 0; e < gl->ne; e++)
        if (gl->edge_ok[e])
            (*list)[fill[by_to ? gl->edges[e].to : gl->edges[e].from]++] = (uint32_t)e;
    free(fill);
}

static void copy_input(graph_layout *gl, const gl_node *nodes, size_t n, const gl_edge *edges, size_t ne)
{
    free_arrays(gl);
    hv_grow(&gl->nodes, &gl->ncap, n + 1, sizeof *gl->nodes, 64);
    hv_grow(&gl->edges, &gl->ecap, ne + 1, sizeof *gl->edges, 64);
    if (n)                                  /* memcpy never from NULL */
        memcpy(gl->nodes, nodes, n * sizeof *nodes);
    if (ne)
        memcpy(gl->edges, edges, ne * sizeof *edges);
    gl->n = n;
    gl->ne = ne;
    gl->edge_ok = hv_malloc(ne + 1);
    for (size_t e = 0; e < ne; e++)
        gl->edge_ok[e] = edges[e].from < n && edges[e].to < n && !nodes[edges[e].to].root;
    index_edges(gl, 0, &gl->out_start, &gl->out_edge);
    index_edges(gl, 1, &gl->in_start, &gl->in_edge);
    gl->place = hv_calloc(n + 1, sizeof *gl->place);
    gl->layer = hv_malloc((n + 1) * sizeof *gl->layer);
    gl->parent = hv_malloc((n + 1) * sizeof *gl->parent);
    gl->corridor = hv_calloc(ne + 1, sizeof *gl->corridor);
    gl->exit_track = hv_calloc(ne + 1, sizeof *gl->exit_track);
    gl->entry_track = hv_calloc(ne + 1, sizeof *gl->entry_track);
    gl->stamp = hv_calloc(n + 1, sizeof *gl->stamp);
    gl->stamp_now = 0;
    gl->dom_valid = 0;
}

/* ---- bands and layers ------------------------------------------------------ */

/* Breadth-first from the nodes already queued in q[0..tail); returns the
 * new tail.  `reach` says whether depths are recorded. */
static size_t bfs(graph_layout *gl, uint32_t *q, size_t head, size_t tail, int reach)
{
    while (head < tail) {
        uint32_t u = q[head++];
        for (uint32_t k = gl->out_start[u]; k < gl->out_start[u + 1]; k++) {
            const gl_edge *e = &gl->edges[gl->out_edge[k]];
            if (gl->layer[e->to] >= 0)
                continue;
            gl->layer[e->to] = gl->layer[u] + 1;
            gl->place[e->to].depth = reach ? gl->layer[e->to] : -1;
            gl->parent[e->to] = reach ? (long)gl->out_edge[k] : -1;
            q[tail++] = e->to;
        }
    }
    return tail;
}

/* Whether another unreached node refers to unreached node i. */
static int has_unreached_referrer(const graph_layout *gl, size_t i)
{
    for (uint32_t k = gl->in_start[i]; k < gl->in_start[i + 1]; k++) {
        uint32_t p = gl->edges[gl->in_edge[k]].from;
        if (p != i && gl->layer[p] < 0)
            return 1;
    }
    return 0;
}

/* Whether node i refers to a node not laid out yet. */
static int refers_to_unlaid(const graph_layout *gl, size_t i)
{
    for (uint32_t k = gl->out_start[i]; k < gl->out_start[i + 1]; k++)
        if (gl->layer[gl->edges[gl->out_edge[k]].to] < 0)
            return 1;
    return 0;
}

/* Band 1, from layer 1: breadth-first from its sources (the nodes no
 * other unreached node refers to) together, then from the first node of
 * each cycle left (one that refers on), one at a time, then the rest. */
static void layer_unreached(graph_layout *gl, uint32_t *q, size_t tail)
{
    size_t from = tail;
    for (size_t i = 0; i < gl->n; i++)
        if (gl->layer[i] < 0 && !has_unreached_referrer(gl, i))
            q[tail++] = (uint32_t)i;
    for (size_t k = from; k < tail; k++)
        gl->layer[q[k]] = 1;
    tail = bfs(gl, q, from, tail, 0);
    for (int any = 0; any < 2; any++)
        for (size_t i = 0; i < gl->n; i++)
            if (gl->layer[i] < 0 && (any || refers_to_unlaid(gl, i))) {
                gl->layer[i] = 1;
                q[tail] = (uint32_t)i;
                tail = bfs(gl, q, tail, tail + 1, 0);
            }
    for (size_t i = 0; i < gl->n; i++)
        gl->place[i].band = gl->place[i].depth < 0 && !gl->nodes[i].root;
}

static void assign_layers(graph_layout *gl)
{
    uint32_t *q = hv_malloc((gl->n + 1) * sizeof *q);
    size_t tail = 0;
    for (size_t i = 0; i < gl->n; i++) {
        gl->layer[i] = gl->nodes[i].root ? 0 : -1;
        gl->place[i].depth = gl->nodes[i].root ? 0 : -1;
        gl->place[i].band = 0;
        gl->parent[i] = -1;
        if (gl->nodes[i].root)
            q[tail++] = (uint32_t)i;
    }
    tail = bfs(gl, q, 0, tail, 1);
    layer_unreached(gl, q, tail);
    free(q);
}

/* ---- slots ------------------------------------------------------------------ */

/* Memory's key for node id in layer l: a node has a row of its own in
 * each layer it has been in (ids are creation serials, far below 2^40;
 * roots, whose ids use the top bits, are always in layer 0). */
static uint64_t slot_key(uint64_t id, int l)
{
    return id ^ ((uint64_t)(uint32_t)l << 40);
}

/* The layer of every node: its depth (band 0 from the roots, band 1 from
 * its own sources); and the number of layers. */
static void count_layers(graph_layout *gl)
{
    gl->nlayers = 0;
    for (size_t i = 0; i < gl->n; i++) {
        gl->place[i].layer = gl->layer[i];
        if (gl->layer[i] + 1 > gl->nlayers)
            gl->nlayers = gl->layer[i] + 1;
    }
}

/* Free rows of one layer: two path-halving forests find the nearest free
 * row above and below a preferred one in near-constant time. */
typedef struct rowset {
    int cap;
    int *up;                /* up[r] == r: free; else look further up */
    int *down;              /* down[r + 1] == r + 1: r free; index 0 = "none below" */
} rowset;

static int find_up(rowset *s, int r)
{
    while (s->up[r] != r) {
        s->up[r] = s->up[s->up[r]];
        r = s->up[r];
    }
    return r;
}

static int find_down(rowset *s, int r)
{
    int k = r + 1;
    while (s->down[k] != k) {
        s->down[k] = s->down[s->down[k]];
        k = s->down[k];
    }
    return k - 1;       /* -1: none */
}

static void rowset_take(rowset *s, int r)
{
    s->up[r] = r + 1;
    s->down[r + 1] = r;
}

static int rowset_free(rowset *s, int r)
{
    return r < s->cap && s->up[r] == r;
}

/* The free row nearest pref (the lower index on a tie). */
static int nearest_free(rowset *s, int pref)
{
    if (pref >= s->cap)
        pref = s->cap - 1;
    int above = find_down(s, pref), below = find_up(s, pref);
    if (below >= s->cap)        /* the sentinel: no free row at or below pref */
        return above;
    if (above < 0)
        return below;
    return pref - above <= below - pref ? above : below;
}

/* The rounded mean row of i's parents already placed in the layer before,
 * in i's band. */
static int barycentre(const graph_layout *gl, size_t i, int l)
{
    long sum = 0, cnt = 0;
    for (uint32_t k = gl->in_start[i]; k < gl->in_start[i + 1]; k++) {
        uint32_t p = gl->edges[gl->in_edge[k]].from;
        if (gl->layer[p] == l - 1 && gl->place[p].band == gl->place[i].band) {
            sum += gl->place[p].row;
            cnt++;
        }
    }
    return cnt ? (int)((sum + cnt / 2) / cnt) : 0;
}

/* The band-0 row remembered for node i in layer l, or -1. */
static int known_row(const graph_layout *gl, uint32_t i, int l)
{
    uint64_t row;
    return map_get(&gl->memory, slot_key(gl->nodes[i].id, l), &row) ? (int)row : -1;
}

/* Rows for the members of one band's layer l.  Band 0: nodes that were in
 * this layer before get their remembered row back unless a node given
 * before them claims the same one, then the rest take the free row
 * nearest their parents (remembered, if they had none here).  Band 1:
 * every node the free row nearest its parents, remembering nothing. */
static void place_layer(graph_layout *gl, const uint32_t *members, size_t count, int l)
{
    int sticky = count && gl->place[members[0]].band == 0;
    int cap = (int)count + 1;
    for (size_t k = 0; sticky && k < count; k++) {
        int r = known_row(gl, members[k], l);
        cap = r + 1 > cap ? r + 1 : cap;
    }
    cap += (int)count + 1;
    rowset s = {cap, hv_malloc((size_t)(cap + 1) * sizeof(int)), hv_malloc((size_t)(cap + 1) * sizeof(int))};
    for (int r = 0; r <= cap; r++)
        s.up[r] = s.down[r] = r;
    uint8_t *done = hv_calloc(count + 1, 1);
    for (size_t k = 0; sticky && k < count; k++) {
        int r = known_row(gl, members[k], l);
        if (r >= 0 && rowset_free(&s, r)) {
            gl->place[members[k]].row = r;
            rowset_take(&s, r);
            done[k] = 1;
        }
    }
    for (size_t k = 0; k < count; k++) {
        if (done[k])
            continue;
        int r = nearest_free(&s, barycentre(gl, members[k], l));
        uint64_t key = slot_key(gl->nodes[members[k]].id, l);
        gl->place[members[k]].row = r;
        rowset_take(&s, r);
        if (sticky && !map_get(&gl->memory, key, NULL))
            map_put(&gl->memory, key, (uint64_t)r);
    }
    free(done);
    free(s.up);
    free(s.down);
}

/* Node indexes grouped by (band, layer), each group sorted by row once
 * rows are known: group g = band × nlayers + layer is
 * members[start[g] .. start[g+1]). */
typedef struct groups {
    size_t *start;
    uint32_t *members;
} groups;

static size_t group_of(const graph_layout *gl, size_t i)
{
    return (size_t)gl->place[i].band * (size_t)gl->nlayers + (size_t)gl->layer[i];
}

static groups group_nodes(const graph_layout *gl)
{
    size_t ng = 2 * (size_t)gl->nlayers;
    groups g = {hv_calloc(ng + 1, sizeof *g.start), hv_malloc((gl->n + 1) * sizeof *g.members)};
    for (size_t i = 0; i < gl->n; i++)
        g.start[group_of(gl, i) + 1]++;
    for (size_t k = 0; k < ng; k++)
        g.start[k + 1] += g.start[k];
    size_t *fill = hv_malloc((ng + 1) * sizeof *fill);
    memcpy(fill, g.start, (ng + 1) * sizeof *fill);
    for (size_t i = 0; i < gl->n; i++)
        g.members[fill[group_of(gl, i)]++] = (uint32_t)i;
    free(fill);
    return g;
}

static void groups_free(groups *g)
{
    free(g->start);
    free(g->members);
}

static void assign_rows(graph_layout *gl, const groups *g)
{
    for (int b = 0; b < 2; b++)
        for (int l = 0; l < gl->nlayers; l++) {
            size_t k = (size_t)b * (size_t)gl->nlayers + (size_t)l;
            place_layer(gl, g->members + g->start[k], g->start[k + 1] - g->start[k], l);
        }
}

typedef struct rowkey {
    int row;
    uint32_t node;
} rowkey;

static int cmp_row(const void *a, const void *b)
{
    int x = ((const rowkey *)a)->row, y = ((const rowkey *)b)->row;
    return x < y ? -1 : x > y;
}

/* Each group in row order. */
static void sort_groups(const graph_layout *gl, groups *g)
{
    rowkey *keys = hv_malloc((gl->n + 1) * sizeof *keys);
    for (size_t k = 0; k < 2 * (size_t)gl->nlayers; k++) {
        size_t a = g->start[k], n = g->start[k + 1] - a;
        for (size_t m = 0; m < n; m++)
            keys[m] = (rowkey){gl->place[g->members[a + m]].row, g->members[a + m]};
        qsort(keys, n, sizeof *keys, cmp_row);
        for (size_t m = 0; m < n; m++)
            g->members[a + m] = keys[m].node;
    }
    free(keys);
}

/* ---- y ------------------------------------------------------------------- */

static int port_y(const graph_layout *gl, const gl_edge *e)
{
    int port = e->port;
    int h = gl->nodes[e->from].h;
    if (port < 1 || port > h - 2)
        port = 1;
    return gl->place[e->from].y + port;
}

static int entry_y(const graph_layout *gl, uint32_t t)
{
    return gl->place[t].y + 1;
}

/* Where node i's box would face the port of its first reference from the
 * layer before in its band (its entry row on that port's row), or -1. */
static int facing_y(const graph_layout *gl, uint32_t i)
{
    long e = gl->parent[i];
    if (e >= 0 && gl->layer[gl->edges[e].from] == gl->layer[i] - 1)
        return port_y(gl, &gl->edges[e]) - 1;
    for (uint32_t k = gl->in_start[i]; k < gl->in_start[i + 1]; k++) {
        const gl_edge *in = &gl->edges[gl->in_edge[k]];
        if (gl->layer[in->from] == gl->layer[i] - 1 && gl->place[in->from].band == gl->place[i].band)
            return port_y(gl, in) - 1;
    }
    return -1;
}

/* Stacks each layer of band b from row `top`, in row order; returns the
 * row under the lowest box. */
static int stack_band(graph_layout *gl, const groups *g, int b, int top, int facing)
{
    int bottom = top;
    for (int l = 0; l < gl->nlayers; l++) {
        size_t k = (size_t)b * (size_t)gl->nlayers + (size_t)l;
        int y = top;
        for (size_t m = g->start[k]; m < g->start[k + 1]; m++) {
            uint32_t i = g->members[m];
            int want = facing ? facing_y(gl, i) : -1;
            gl->place[i].y = want > y ? want : y;
            y = gl->place[i].y + gl->nodes[i].h + GRAPH_LAYOUT_GAP;
        }
        bottom = y - GRAPH_LAYOUT_GAP > bottom ? y - GRAPH_LAYOUT_GAP : bottom;
    }
    return bottom;
}

/* Both bands, band 1 under a separator; returns the drawing's height. */
static int stack_bands(graph_layout *gl, const groups *g, int facing)
{
    int bottom = stack_band(gl, g, 0, GRAPH_LAYOUT_GAP, facing);   /* a gap row above row 0 too */
    gl->garbage_top = -1;
    if (g->start[2 * (size_t)gl->nlayers] > g->start[(size_t)gl->nlayers]) {
        gl->garbage_top = bottom + GRAPH_LAYOUT_GAP;
        bottom = stack_band(gl, g, 1, bottom + SEPARATOR, facing);
    }
    return bottom + GRAPH_LAYOUT_GAP;
}

static void assign_y(graph_layout *gl, const groups *g)
{
    gl->height = stack_bands(gl, g, 1);
    if (gl->panel_h && gl->height > gl->panel_h)
        gl->height = stack_bands(gl, g, 0);
}

/* ---- corridors ------------------------------------------------------------ */

/* A long edge (not into the next layer) runs along a corridor row. */
static int is_long(const graph_layout *gl, const gl_edge *e)
{
    return gl->place[e->to].layer != gl->place[e->from].layer + 1;
}

/* What covers each row, per column unit (unit 2l: layer l's boxes; unit
 * 2l + 1: the channel right of it): covered[u × (height + 1) + y] is
 * BOX for a box or the separator row, else 0 (free) or the target + 1
 * of the corridor that runs there. */
#define BOX UINT32_MAX

static uint32_t *cover_rows(const graph_layout *gl)
{
    size_t h = (size_t)gl->height + 1, units = 2 * (size_t)gl->nlayers + 1;
    uint32_t *covered = hv_calloc(units * h + 1, sizeof *covered);
    for (size_t i = 0; i < gl->n; i++)
        for (int y = 0; y < gl->nodes[i].h; y++)
            covered[2 * (size_t)gl->layer[i] * h + (size_t)(gl->place[i].y + y)] = BOX;
    for (size_t u = 0; gl->garbage_top >= 0 && u < units; u++)
        covered[u * h + (size_t)gl->garbage_top] = BOX;
    return covered;
}

/* Whether row y is free through units lo..hi for a corridor into target
 * t (another into t may share it: the lines join into one box). */
static int row_free(const graph_layout *gl, const uint32_t *covered, int lo, int hi, int y, uint32_t t)
{
    if (y < 0 || y >= gl->height)
        return 0;
    for (int u = lo; u <= hi; u++) {
        uint32_t c = covered[(size_t)u * ((size_t)gl->height + 1) + (size_t)y];
        if (c && c != t + 1)
            return 0;
    }
    return 1;
}

/* The corridor of long edge e: the free row nearest the gap above its
 * target, through the layers its horizontal run crosses and the channels
 * where it turns; taken for its target from then on. */
static int find_corridor(const graph_layout *gl, uint32_t *covered, const gl_edge *e)
{
    int ls = gl->place[e->from].layer, lt = gl->place[e->to].layer, want = gl->place[e->to].y - 1;
    int lo = lt > ls ? 2 * ls + 1 : 2 * lt - 1, hi = lt > ls ? 2 * lt - 1 : 2 * ls + 1, row = want;
    for (int d = 0; d <= CORRIDOR_SEARCH; d++) {
        if (row_free(gl, covered, lo, hi, want - d, e->to)) {
            row = want - d;
            break;
        }
        if (d && row_free(gl, covered, lo, hi, want + d, e->to)) {
            row = want + d;
            break;
        }
    }
    for (int u = lo; row >= 0 && row < gl->height && u <= hi; u++)
        if (!covered[(size_t)u * ((size_t)gl->height + 1) + (size_t)row])
            covered[(size_t)u * ((size_t)gl->height + 1) + (size_t)row] = e->to + 1;
    return row;
}

static void assign_corridors(graph_layout *gl)
{
    uint32_t *covered = cover_rows(gl);
    for (size_t k = 0; k < gl->ne; k++)
        if (gl->edge_ok[k] && is_long(gl, &gl->edges[k]))
            gl->corridor[k] = find_corridor(gl, covered, &gl->edges[k]);
    free(covered);
}

/* ---- tracks ---------------------------------------------------------------- */

/* A run's key for grouping runs into nets: within a channel, by target
 * or by the source's port. */
typedef struct runkey {
    int channel;
    uint64_t key;
    size_t run;
} runkey;

static int cmp_runkey(const void *a, const void *b)
{
    const runkey *x = a, *y = b;
    if (x->channel != y->channel)
        return x->channel < y->channel ? -1 : 1;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->run < y->run ? -1 : x->run > y->run;
}

static int cmp_net_start(const void *a, const void *b)
{
    const vrun *x = a, *y = b;
    if (x->channel != y->channel)
        return x->channel < y->channel ? -1 : 1;
    if (x->lo != y->lo)
        return x->lo < y->lo ? -1 : 1;
    return x->edge < y->edge ? -1 : x->edge > y->edge;
}

/* A run from row a (its horizontal on side sa) to row b (side sb). */
static vrun make_run(int channel, uint32_t target, int a, int sa, int b, int sb, uint32_t edge, int entry)
{
    return (vrun){channel, target, a < b ? a : b, a < b ? b : a, edge, (uint8_t)entry, {a, b}, {(int8_t)sa, (int8_t)sb}};
}

/* The vertical runs every edge needs, two for a long edge. */
static size_t collect_runs(const graph_layout *gl, vrun *runs)
{
    size_t nr = 0;
    for (size_t k = 0; k < gl->ne; k++) {
        if (!gl->edge_ok[k])
            continue;
        const gl_edge *e = &gl->edges[k];
        int sy = port_y(gl, e), ty = entry_y(gl, e->to);
        int ls = gl->place[e->from].layer, lt = gl->place[e->to].layer;
        if (!is_long(gl, e)) {
            runs[nr++] = make_run(ls, e->to, sy, -1, ty, 1, (uint32_t)k, 1);
            continue;
        }
        int g = gl->corridor[k], back = lt <= ls;   /* the corridor leads left, to a channel before */
        runs[nr++] = make_run(ls, e->to, sy, -1, g, back ? -1 : 1, (uint32_t)k, 0);
        runs[nr++] = make_run(lt - 1, e->to, g, back ? 1 : -1, ty, 1, (uint32_t)k, 1);
    }
    return nr;
}

static size_t uf_find(size_t *up, size_t i)
{
    while (up[i] != i) {
        up[i] = up[up[i]];
        i = up[i];
    }
    return i;
}

/* Joins the runs keys[0..n) name alike (same channel and key). */
static void join_alike(runkey *keys, size_t n, size_t *up)
{
    qsort(keys, n, sizeof *keys, cmp_runkey);
    for (size_t i = 1; i < n; i++)
        if (keys[i].channel == keys[i - 1].channel && keys[i].key == keys[i - 1].key)
            up[uf_find(up, keys[i].run)] = uf_find(up, keys[i - 1].run);
}

/* Nets: the runs of a channel into one target share a track (lines
 * merging into it); so do the runs of a channel from one source port
 * whose targets no other run of the channel enters (a bus fanning out to
 * them).  A net is one or the other, never both, so a line on a track
 * leads from one port or to one box.  up[] gets each run's net root. */
static void join_nets(const graph_layout *gl, const vrun *runs, size_t nr, size_t *up)
{
    runkey *keys = hv_malloc((nr + 1) * sizeof *keys);
    size_t *members = hv_calloc(nr + 1, sizeof *members), n = 0;
    for (size_t i = 0; i < nr; i++) {
        up[i] = i;
        keys[i] = (runkey){runs[i].channel, runs[i].target, i};
    }
    join_alike(keys, nr, up);
    for (size_t i = 0; i < nr; i++)
        members[uf_find(up, i)]++;
    for (size_t i = 0; i < nr; i++) {
        const gl_edge *e = &gl->edges[runs[i].edge];
        if (members[uf_find(up, i)] == 1)
            keys[n++] = (runkey){runs[i].channel, (uint64_t)e->from << 32 | (uint32_t)e->port, i};
    }
    join_alike(keys, n, up);
    free(members);
    free(keys);
}

/* Interval colouring of one channel's nets[a..b) (sorted by start): the
 * first track free by then, else a new one (a channel has as many tracks
 * as its lines need).  Returns the tracks used. */
static int colour_channel(const vrun *nets, size_t a, size_t b, int *track_of)
{
    int *end = hv_malloc((b - a + 1) * sizeof *end), used = 0;
    for (size_t i = a; i < b; i++) {
        int k = 0;
        while (k < used && end[k] >= nets[i].lo)
            k++;
        used += k == used;
        end[k] = nets[i].hi;
        track_of[nets[i].edge] = k;
    }
    free(end);
    return used;
}

/* Where a net's horizontal joins it: a row, and the side it runs on. */
typedef struct lineend {
    int channel, row, side;
    size_t net;
} lineend;

static int cmp_lineend(const void *a, const void *b)
{
    const lineend *x = a, *y = b;
    if (x->channel != y->channel)
        return x->channel < y->channel ? -1 : 1;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    return x->side < y->side ? -1 : x->side > y->side;
}

/* Orders one channel's tracks: on a row where one net's line comes in
 * from the left and another's goes on to the right, the first must be
 * left of the second, or their lines would overlap on that row.  A
 * topological order of those constraints (the lower track first among
 * the free; a cycle broken at the lowest track); pos[t] gets track t's
 * column index. */
static void order_tracks(const lineend *e, size_t n, const int *track_of, int tracks, int *pos)
{
    int *indeg = hv_calloc((size_t)tracks + 1, sizeof *indeg), *done = hv_calloc((size_t)tracks + 1, sizeof *done);
    size_t npair = 0, cap = 0;
    int (*pair)[2] = NULL;
    for (size_t a = 0, b; a < n; a = b) {
        for (b = a; b < n && e[b].row == e[a].row; b++)
            ;
        for (size_t i = a; i < b; i++)
            for (size_t j = a; j < b; j++) {
                int ti = track_of[e[i].net], tj = track_of[e[j].net];
                if (e[i].side > 0 || e[j].side < 0 || ti == tj)
                    continue;
                hv_grow(&pair, &cap, npair + 1, sizeof *pair, 16);
                pair[npair][0] = ti;
                pair[npair++][1] = tj;
                indeg[tj]++;
            }
    }
    for (int k = 0; k < tracks; k++) {
        int t = 0;
        while (t < tracks && (done[t] || indeg[t] > 0))
            t++;
        if (t == tracks)                            /* a cycle: the lowest left */
            for (t = 0; done[t]; t++)
                ;
        done[t] = 1;
        pos[t] = k;
        for (size_t p = 0; p < npair; p++)
            if (pair[p][0] == t && !done[pair[p][1]])
                indeg[pair[p][1]]--;
    }
    free(pair);
    free(done);
    free(indeg);
}

/* Renumbers the tracks of every channel in order_tracks()' order. */
static void order_channels(const graph_layout *gl, const vrun *runs, size_t nr, const size_t *net_of, int *track_of,
                           size_t nn)
{
    lineend *ends = hv_malloc((2 * nr + 1) * sizeof *ends);
    for (size_t i = 0; i < nr; i++)
        for (int k = 0; k < 2; k++)
            ends[2 * i + (size_t)k] = (lineend){runs[i].channel, runs[i].end_row[k], runs[i].end_side[k], net_of[i]};
    qsort(ends, 2 * nr, sizeof *ends, cmp_lineend);
    int *pos = hv_malloc(((size_t)gl->ne + 1) * 2 * sizeof *pos);
    uint8_t *moved = hv_calloc(nn + 1, 1);
    for (size_t a = 0, b; a < 2 * nr; a = b) {
        for (b = a; b < 2 * nr && ends[b].channel == ends[a].channel; b++)
            ;
        order_tracks(ends + a, b - a, track_of, gl->chan_tracks[ends[a].channel], pos);
        for (size_t i = a; i < b; i++)
            if (!moved[ends[i].net]) {
                moved[ends[i].net] = 1;
                track_of[ends[i].net] = pos[track_of[ends[i].net]];
            }
    }
    free(moved);
    free(pos);
    free(ends);
}

/* Tracks per run (its net's), then the channels' track counts into
 * chan_tracks; columns follow once x is known (track_columns()). */
static void assign_tracks(graph_layout *gl)
{
    vrun *runs = hv_malloc((2 * gl->ne + 1) * sizeof *runs);
    size_t nr = collect_runs(gl, runs);
    size_t *up = hv_malloc((nr + 1) * sizeof *up), *net_of = hv_malloc((nr + 1) * sizeof *net_of);
    join_nets(gl, runs, nr, up);
    vrun *nets = hv_malloc((nr + 1) * sizeof *nets);
    size_t nn = 0;
    for (size_t i = 0; i < nr; i++)             /* a net per root: its channel and rows */
        if (uf_find(up, i) == i) {
            net_of[i] = nn;
            nets[nn] = runs[i];
            nets[nn].edge = (uint32_t)nn;       /* reused: the net's own index */
            nn++;
        }
    for (size_t i = 0; i < nr; i++) {
        vrun *n = &nets[net_of[uf_find(up, i)]];
        net_of[i] = net_of[uf_find(up, i)];
        n->lo = runs[i].lo < n->lo ? runs[i].lo : n->lo;
        n->hi = runs[i].hi > n->hi ? runs[i].hi : n->hi;
    }
    int *track_of = hv_malloc((nn + 1) * sizeof *track_of);
    qsort(nets, nn, sizeof *nets, cmp_net_start);
    gl->chan_tracks = hv_calloc((size_t)gl->nlayers + 1, sizeof *gl->chan_tracks);
    for (size_t a = 0, b; a < nn; a = b) {
        for (b = a; b < nn && nets[b].channel == nets[a].channel; b++)
            ;
        gl->chan_tracks[nets[a].channel] = colour_channel(nets, a, b, track_of);
    }
    order_channels(gl, runs, nr, net_of, track_of, nn);
    for (size_t i = 0; i < nr; i++) {
        if (runs[i].entry)
            gl->entry_track[runs[i].edge] = track_of[net_of[i]];
        else
            gl->exit_track[runs[i].edge] = track_of[net_of[i]];
    }
    free(track_of);
    free(nets);
    free(net_of);
    free(up);
    free(runs);
}

/* ---- x --------------------------------------------------------------------- */

/* The narrowest channel right of layer l: a column leaving the box, its
 * tracks, a line and an arrowhead; two columns when no line runs in it;
 * none right of the last layer unless lines go back from there.  Tight
 * (a drawing wider than its panel): no line before the arrowhead, one
 * column when no line runs in it. */
static int channel_min(const graph_layout *gl, int l, int tight)
{
    int t = gl->chan_tracks[l];
    if (l == gl->nlayers - 1)
        return t ? t + 1 : 0;
    return t ? t + 3 - tight : 2 - tight;
}

/* Every channel its narrowest; returns the drawing's width. */
static int narrowest(graph_layout *gl, int tight)
{
    int used = 0;
    for (int l = 0; l < gl->nlayers; l++) {
        gl->chan_w[l] = channel_min(gl, l, tight);
        used += gl->layer_w[l] + gl->chan_w[l];
    }
    return used;
}

/* Layer and channel widths: each channel its minimum, then the panel's
 * spare columns shared out, at most GRAPH_LAYOUT_CHANNEL a channel (no
 * panel: every channel as wide as that). */
static void assign_x(graph_layout *gl)
{
    int nl = gl->nlayers, used = 0, wide = 0;
    gl->layer_w = hv_calloc((size_t)nl + 1, sizeof *gl->layer_w);
    gl->layer_x = hv_calloc((size_t)nl + 1, sizeof *gl->layer_x);
    gl->chan_w = hv_calloc((size_t)nl + 1, sizeof *gl->chan_w);
    for (size_t i = 0; i < gl->n; i++)
        if (gl->nodes[i].w > gl->layer_w[gl->layer[i]])
            gl->layer_w[gl->layer[i]] = gl->nodes[i].w;
    used = narrowest(gl, 0);
    if (gl->panel_w && used > gl->panel_w)
        used = narrowest(gl, 1);
    for (int l = 0; l < nl - 1; l++)
        wide += gl->chan_w[l] < GRAPH_LAYOUT_CHANNEL;
    int spare = gl->panel_w ? gl->panel_w - used : INT_MAX / 4;
    while (spare > 0 && wide > 0) {                 /* one column at a time, left to right */
        wide = 0;
        for (int l = 0; l < nl - 1 && spare > 0; l++)
            if (gl->chan_w[l] < GRAPH_LAYOUT_CHANNEL) {
                gl->chan_w[l]++;
                spare--;
                wide += gl->chan_w[l] < GRAPH_LAYOUT_CHANNEL;
            }
    }
    int x = 0;
    for (int l = 0; l < nl; l++) {
        gl->layer_x[l] = x;
        x += gl->layer_w[l] + gl->chan_w[l];
    }
    gl->width = x;
    for (size_t i = 0; i < gl->n; i++)
        gl->place[i].x = gl->layer_x[gl->layer[i]];
}

static int channel_x(const graph_layout *gl, int c)
{
    return gl->layer_x[c] + gl->layer_w[c];
}

/* Track numbers become columns: track k of channel c is column
 * channel_x(c) + 1 + k. */
static void track_columns(graph_layout *gl)
{
    for (size_t k = 0; k < gl->ne; k++) {
        if (!gl->edge_ok[k])
            continue;
        const gl_edge *e = &gl->edges[k];
        int ls = gl->place[e->from].layer, lt = gl->place[e->to].layer;
        int entry_ch = is_long(gl, e) ? lt - 1 : ls;
        gl->entry_track[k] += channel_x(gl, entry_ch) + 1;
        if (is_long(gl, e))
            gl->exit_track[k] += channel_x(gl, ls) + 1;
    }
}

void graph_layout_run(graph_layout *gl, const gl_node *nodes, size_t n, const gl_edge *edges, size_t ne)
{
    copy_input(gl, nodes, n, edges, ne);
    assign_layers(gl);
    count_layers(gl);
    groups g = group_nodes(gl);
    assign_rows(gl, &g);
    sort_groups(gl, &g);
    assign_y(gl, &g);
    groups_free(&g);
    assign_corridors(gl);
    assign_tracks(gl);
    assign_x(gl);
    track_columns(gl);
}

/* ---- queries ------------------------------------------------------------- */

const gl_place *graph_layout_place(const graph_layout *gl, size_t i)
{
    return &gl->place[i];
}

long graph_layout_find(const graph_layout *gl, uint64_t id)
{
    for (size_t i = 0; i < gl->n; i++)
        if (gl->nodes[i].id == id)
            return (long)i;
    return -1;
}

void graph_layout_extent(const graph_layout *gl, int *w, int *h)
{
    *w = gl->width;
    *h = gl->height;
}

int graph_layout_garbage_top(const graph_layout *gl)
{
    return gl->garbage_top;
}

static void add_point(gl_route *r, int x, int y)
{
    if (r->n > 0 && r->pt[r->n - 1].x == x && r->pt[r->n - 1].y == y)
        return;
    if (r->n >= 2) {                    /* drop a middle point on a straight line */
        gl_point a = r->pt[r->n - 2], b = r->pt[r->n - 1];
        if ((a.x == b.x && b.x == x) || (a.y == b.y && b.y == y)) {
            r->pt[r->n - 1] = (gl_point){x, y};
            return;
        }
    }
    r->pt[r->n++] = (gl_point){x, y};
}

int graph_layout_route(const graph_layout *gl, size_t k, gl_route *r)
{
    if (k >= gl->ne || !gl->edge_ok[k])
        return 0;
    const gl_edge *e = &gl->edges[k];
    const gl_place *s = &gl->place[e->from], *t = &gl->place[e->to];
    int sy = port_y(gl, e), ty = entry_y(gl, e->to), xi = gl->entry_track[k];
    r->n = 0;
    add_point(r, s->x + gl->nodes[e->from].w - 1, sy);
    if (is_long(gl, e)) {
        int xe = gl->exit_track[k], g = gl->corridor[k];
        add_point(r, xe, sy);
        add_point(r, xe, g);
        add_point(r, xi, g);
    } else {
        add_point(r, xi, sy);
    }
    add_point(r, xi, ty);
    add_point(r, t->x - 1, ty);
    return 1;
}

long graph_layout_parent(const graph_layout *gl, size_t i)
{
    return gl->parent[i];
}

size_t graph_layout_path(const graph_layout *gl, size_t i, uint32_t *out, size_t max)
{
    if (gl->place[i].depth < 0)
        return 0;
    size_t len = (size_t)gl->place[i].depth + 1;
    size_t k = len;
    for (long at = (long)i; at >= 0 && k > 0;) {
        if (k - 1 < max)
            out[k - 1] = (uint32_t)at;
        k--;
        long e = gl->parent[at];
        at = e >= 0 ? (long)gl->edges[e].from : -1;
    }
    return len;
}

uint64_t graph_layout_deep(graph_layout *gl, size_t i, size_t *count)
{
    uint32_t *q = hv_malloc((gl->n + 1) * sizeof *q);
    if (++gl->stamp_now == 0) {
        memset(gl->stamp, 0, (gl->n + 1) * sizeof *gl->stamp);
        gl->stamp_now = 1;
    }
    size_t head = 0, tail = 0;
    uint64_t sum = 0;
    q[tail++] = (uint32_t)i;
    gl->stamp[i] = gl->stamp_now;
    while (head < tail) {
        uint32_t u = q[head++];
        sum += gl->nodes[u].size;
        for (uint32_t k = gl->out_start[u]; k < gl->out_start[u + 1]; k++) {
            uint32_t v = gl->edges[gl->out_edge[k]].to;
            if (gl->stamp[v] != gl->stamp_now) {
                gl->stamp[v] = gl->stamp_now;
                q[tail++] = v;
            }
        }
    }
    free(q);
    if (count)
        *count = tail;
    return sum;
}

/* ---- dominators (Cooper, Harvey and Kennedy's iterative algorithm) -------- */

/* Reverse postorder of the reachable nodes from a virtual root whose
 * successors are the roots; returns how many, and rpo_index[i] (-1: not
 * reachable). */
static size_t reverse_postorder(const graph_layout *gl, uint32_t *order, long *rpo_index)
{
    uint32_t *stack = hv_malloc((gl->n + 1) * sizeof *stack);
    uint32_t *next = hv_malloc((gl->n + 1) * sizeof *next);
    uint8_t *seen = hv_calloc(gl->n + 1, 1);
    size_t post = 0;
    for (size_t r = 0; r < gl->n; r++) {
        if (!gl->nodes[r].root || seen[r])
            continue;
        size_t sp = 0;
        stack[sp++] = (uint32_t)r;
        seen[r] = 1;
        next[r] = gl->out_start[r];
        while (sp) {
            uint32_t u = stack[sp - 1];
            if (next[u] < gl->out_start[u + 1]) {
                uint32_t v = gl->edges[gl->out_edge[next[u]++]].to;
                if (!seen[v]) {
                    seen[v] = 1;
                    next[v] = gl->out_start[v];
                    stack[sp++] = v;
                }
            } else {
                order[post++] = u;
                sp--;
            }
        }
    }
    for (size_t i = 0; i < post / 2; i++) {
        uint32_t t = order[i];
        order[i] = order[post - 1 - i];
        order[post - 1 - i] = t;
    }
    for (size_t i = 0; i < gl->n; i++)
        rpo_index[i] = -1;
    for (size_t i = 0; i < post; i++)
        rpo_index[order[i]] = (long)i;
    free(seen);
    free(next);
    free(stack);
    return post;
}

/* The nearest common dominator of a and b (-1: the virtual root). */
static long intersect(const long *idom, const long *rpo, long a, long b)
{
    while (a != b) {
        if (a < 0 || b < 0)
            return -1;
        while (a >= 0 && b >= 0 && rpo[a] > rpo[b])
            a = idom[a];
        while (a >= 0 && b >= 0 && rpo[b] > rpo[a])
            b = idom[b];
    }
    return a;
}

/* One pass over the nodes; returns whether a dominator changed. */
static int dominator_pass(graph_layout *gl, const uint32_t *order, size_t cnt, const long *rpo)
{
    int changed = 0;
    for (size_t k = 0; k < cnt; k++) {
        uint32_t b = order[k];
        if (gl->nodes[b].root)
            continue;                           /* dominated by the virtual root */
        long d = UNSET;
        for (uint32_t j = gl->in_start[b]; j < gl->in_start[b + 1]; j++) {
            long p = gl->edges[gl->in_edge[j]].from;
            if (rpo[p] < 0 || gl->idom[p] == UNSET)
                continue;                       /* unreachable, or not processed yet */
            d = d == UNSET ? p : intersect(gl->idom, rpo, p, d);
        }
        if (d != UNSET && gl->idom[b] != d) {
            gl->idom[b] = d;
            changed = 1;
        }
    }
    return changed;
}

static void compute_dominators(graph_layout *gl)
{
    if (gl->dom_valid)
        return;
    uint32_t *order = hv_malloc((gl->n + 1) * sizeof *order);
    long *rpo = hv_malloc((gl->n + 1) * sizeof *rpo);
    size_t cnt = reverse_postorder(gl, order, rpo);
    free(gl->idom);
    free(gl->ret_size);
    free(gl->ret_count);
    gl->idom = hv_malloc((gl->n + 1) * sizeof *gl->idom);
    gl->ret_size = hv_calloc(gl->n + 1, sizeof *gl->ret_size);
    gl->ret_count = hv_calloc(gl->n + 1, sizeof *gl->ret_count);
    for (size_t i = 0; i < gl->n; i++)
        gl->idom[i] = gl->nodes[i].root ? -1 : UNSET;
    while (dominator_pass(gl, order, cnt, rpo))
        ;
    for (size_t k = cnt; k-- > 0;) {            /* children before their dominators */
        uint32_t b = order[k];
        gl->ret_size[b] += gl->nodes[b].size;
        gl->ret_count[b]++;
        if (gl->idom[b] >= 0) {
            gl->ret_size[gl->idom[b]] += gl->ret_size[b];
            gl->ret_count[gl->idom[b]] += gl->ret_count[b];
        }
    }
    free(rpo);
    free(order);
    gl->dom_valid = 1;
}

long graph_layout_idom(graph_layout *gl, size_t i)
{
    compute_dominators(gl);
    return gl->idom[i] == UNSET ? -1 : gl->idom[i];
}

uint64_t graph_layout_retained(graph_layout *gl, size_t i, size_t *count)
{
    compute_dominators(gl);
    if (count)
        *count = gl->ret_count[i];
    return gl->ret_size[i];
}
