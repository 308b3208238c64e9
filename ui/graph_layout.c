/*
 * graph_layout.c — layers, sticky slots, orthogonal routes, reachability
 * (graph_layout.h says what each means).
 *
 * A run goes:
 *
 *   index edges (out and in, in the order given)
 *     → depths: breadth-first from the roots; then from each node left over
 *     → layers: a node seen before keeps its layer; a new one takes its depth
 *     → rows, layer by layer: last run's rows, remembered rows, then new nodes
 *       at the free row nearest their parents' barycentre
 *     → geometry: layer widths and x; row heights and y (empty rows: none)
 *     → tracks: vertical runs grouped by (channel, target), interval-coloured
 *
 * Invariants (after a run):
 *   1. no two nodes of a layer share a row;
 *   2. parent[i] is an edge from a node of depth(i) − 1 to i;
 *   3. memory maps each id ever placed to its slot (layer, row); a node
 *      seen before is in that slot unless another node held it in the last
 *      run (only after a seek), and then memory gets its new slot;
 *      previous maps id to its slot in the last run.
 * Dominators and retained sizes are computed on first request after a run.
 */
#include "graph_layout.h"

#include "hv.h"
#include "map.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { UNSET = -2 };

/* A vertical run in a channel, on its way to a target. */
typedef struct vrun {
    int channel;            /* left of layer channel+1 */
    uint32_t target;
    int lo, hi;             /* rows it spans */
    uint32_t edge;
    uint8_t entry;          /* 1: the run into the target; 0: the exit run of a long edge */
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
    int nrows, *row_h, *row_y;
    int width, height;
    int *exit_track, *entry_track;  /* per edge: the track used in each channel */
    map memory;             /* id → its slot, (layer << 32 | row) + 1 */
    map previous;           /* id → its slot in the last run, the same way */
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
    free(gl->row_h);
    free(gl->row_y);
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
    map_free(&gl->memory);
    map_free(&gl->previous);
    free(gl);
}

void graph_layout_forget(graph_layout *gl)
{
    map_free(&gl->memory);
    map_free(&gl->previous);
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
    gl->exit_track = hv_calloc(ne + 1, sizeof *gl->exit_track);
    gl->entry_track = hv_calloc(ne + 1, sizeof *gl->entry_track);
    gl->stamp = hv_calloc(n + 1, sizeof *gl->stamp);
    gl->stamp_now = 0;
    gl->dom_valid = 0;
}

/* ---- layers -------------------------------------------------------------- */

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

static void assign_layers(graph_layout *gl)
{
    uint32_t *q = hv_malloc((gl->n + 1) * sizeof *q);
    size_t tail = 0;
    for (size_t i = 0; i < gl->n; i++) {
        gl->layer[i] = gl->nodes[i].root ? 0 : -1;
        gl->place[i].depth = gl->nodes[i].root ? 0 : -1;
        gl->parent[i] = -1;
        if (gl->nodes[i].root)
            q[tail++] = (uint32_t)i;
    }
    tail = bfs(gl, q, 0, tail, 1);
    for (size_t i = 0; i < gl->n; i++)
        if (gl->layer[i] < 0) {             /* garbage: laid out from itself */
            gl->layer[i] = 1;
            q[tail] = (uint32_t)i;
            tail = bfs(gl, q, tail, tail + 1, 0);
        }
    gl->nlayers = 0;
    for (size_t i = 0; i < gl->n; i++)
        if (gl->layer[i] + 1 > gl->nlayers)
            gl->nlayers = gl->layer[i] + 1;
    free(q);
}

/* ---- rows ---------------------------------------------------------------- */

static uint64_t slot_pack(int layer, int row)
{
    return ((uint64_t)(uint32_t)layer << 32 | (uint32_t)row) + 1;
}

/* The slot remembered for id in m: 1 and *layer, *row; else 0. */
static int slot_get(const map *m, uint64_t id, int *layer, int *row)
{
    uint64_t v;
    if (!map_get(m, id, &v))
        return 0;
    *layer = (int)((v - 1) >> 32);
    *row = (int)((v - 1) & 0xffffffffu);
    return 1;
}

/* A node seen before goes back to its remembered layer. */
static void remembered_layers(graph_layout *gl)
{
    for (size_t i = 0; i < gl->n; i++) {
        int l, r;
        if (slot_get(&gl->memory, gl->nodes[i].id, &l, &r))
            gl->layer[i] = gl->nodes[i].root ? 0 : l;
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

/* The rounded mean row of i's parents already placed in the layer before. */
static int barycentre(const graph_layout *gl, size_t i, int l)
{
    long sum = 0, cnt = 0;
    for (uint32_t k = gl->in_start[i]; k < gl->in_start[i + 1]; k++) {
        uint32_t p = gl->edges[gl->in_edge[k]].from;
        if (gl->layer[p] == l - 1) {
            sum += gl->place[p].row;
            cnt++;
        }
    }
    return cnt ? (int)((sum + cnt / 2) / cnt) : 0;
}

/* The row node i had in layer l in the last run (pass 0), else the one
 * remembered for it (pass 1); -1 if it has none. */
static int known_row(const graph_layout *gl, uint32_t i, int l, int pass)
{
    int layer, row;
    if (!slot_get(pass == 0 ? &gl->previous : &gl->memory, gl->nodes[i].id, &layer, &row))
        return -1;
    return layer == l ? row : -1;
}

/* Rows for one layer's members: nodes that had a row here last time keep
 * it (nobody moves), then nodes seen before get their slot back if it is
 * free, then the rest take the free row nearest their parents. */
static void place_layer(graph_layout *gl, const uint32_t *members, size_t count, int l)
{
    int cap = (int)count + 1;
    for (size_t k = 0; k < count; k++)
        for (int pass = 0; pass < 2; pass++) {
            int r = known_row(gl, members[k], l, pass);
            if (r + 1 > cap)
                cap = r + 1;
        }
    cap += (int)count + 1;
    rowset s = {cap, hv_malloc((size_t)(cap + 1) * sizeof(int)), hv_malloc((size_t)(cap + 1) * sizeof(int))};
    for (int r = 0; r <= cap; r++)
        s.up[r] = s.down[r] = r;
    uint8_t *done = hv_calloc(count + 1, 1);
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < count; k++) {
            int r = done[k] ? -1 : known_row(gl, members[k], l, pass);
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
        gl->place[members[k]].row = r;
        rowset_take(&s, r);
        map_put(&gl->memory, gl->nodes[members[k]].id, slot_pack(l, r));
    }
    free(done);
    free(s.up);
    free(s.down);
}

static void assign_rows(graph_layout *gl)
{
    size_t *start = hv_calloc((size_t)gl->nlayers + 1, sizeof *start);
    uint32_t *members = hv_malloc((gl->n + 1) * sizeof *members);
    for (size_t i = 0; i < gl->n; i++)
        start[gl->layer[i] + 1]++;
    for (int l = 0; l < gl->nlayers; l++)
        start[l + 1] += start[l];
    size_t *fill = hv_malloc(((size_t)gl->nlayers + 1) * sizeof *fill);
    memcpy(fill, start, ((size_t)gl->nlayers + 1) * sizeof *fill);
    for (size_t i = 0; i < gl->n; i++) {
        members[fill[gl->layer[i]]++] = (uint32_t)i;
        gl->place[i].layer = gl->layer[i];
    }
    for (int l = 0; l < gl->nlayers; l++)
        place_layer(gl, members + start[l], start[l + 1] - start[l], l);
    map_free(&gl->previous);
    for (size_t i = 0; i < gl->n; i++)
        map_put(&gl->previous, gl->nodes[i].id, slot_pack(gl->place[i].layer, gl->place[i].row));
    free(fill);
    free(members);
    free(start);
}

/* ---- geometry ------------------------------------------------------------ */

static void assign_geometry(graph_layout *gl)
{
    gl->nrows = 0;
    for (size_t i = 0; i < gl->n; i++)
        if (gl->place[i].row + 1 > gl->nrows)
            gl->nrows = gl->place[i].row + 1;
    gl->layer_w = hv_calloc((size_t)gl->nlayers + 1, sizeof *gl->layer_w);
    gl->layer_x = hv_calloc((size_t)gl->nlayers + 1, sizeof *gl->layer_x);
    gl->row_h = hv_calloc((size_t)gl->nrows + 1, sizeof *gl->row_h);
    gl->row_y = hv_calloc((size_t)gl->nrows + 1, sizeof *gl->row_y);
    for (size_t i = 0; i < gl->n; i++) {
        const gl_place *p = &gl->place[i];
        if (gl->nodes[i].w > gl->layer_w[p->layer])
            gl->layer_w[p->layer] = gl->nodes[i].w;
        if (gl->nodes[i].h > gl->row_h[p->row])
            gl->row_h[p->row] = gl->nodes[i].h;
    }
    int x = 0;
    for (int l = 0; l < gl->nlayers; l++) {
        gl->layer_x[l] = x;
        x += gl->layer_w[l] + GRAPH_LAYOUT_CHANNEL;
    }
    gl->width = x;
    int y = GRAPH_LAYOUT_GAP;                       /* a gap row above row 0 too */
    for (int r = 0; r < gl->nrows; r++) {
        gl->row_y[r] = y;
        if (gl->row_h[r])
            y += gl->row_h[r] + GRAPH_LAYOUT_GAP;
    }
    gl->height = y;
    for (size_t i = 0; i < gl->n; i++) {
        gl->place[i].x = gl->layer_x[gl->place[i].layer];
        gl->place[i].y = gl->row_y[gl->place[i].row];
    }
}

/* ---- tracks -------------------------------------------------------------- */

static int channel_x(const graph_layout *gl, int c)
{
    return gl->layer_x[c] + gl->layer_w[c];
}

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

/* A long edge (not into the next layer) runs along the gap above its target. */
static int is_long(const graph_layout *gl, const gl_edge *e)
{
    return gl->place[e->to].layer != gl->place[e->from].layer + 1;
}

static int cmp_run_net(const void *a, const void *b)
{
    const vrun *x = a, *y = b;
    if (x->channel != y->channel)
        return x->channel < y->channel ? -1 : 1;
    if (x->target != y->target)
        return x->target < y->target ? -1 : 1;
    return x->edge < y->edge ? -1 : x->edge > y->edge;
}

static int cmp_run_start(const void *a, const void *b)
{
    const vrun *x = a, *y = b;
    if (x->channel != y->channel)
        return x->channel < y->channel ? -1 : 1;
    if (x->lo != y->lo)
        return x->lo < y->lo ? -1 : 1;
    return x->target < y->target ? -1 : x->target > y->target;
}

static vrun make_run(int channel, uint32_t target, int a, int b, uint32_t edge, int entry)
{
    return (vrun){channel, target, a < b ? a : b, a < b ? b : a, edge, (uint8_t)entry};
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
            runs[nr++] = make_run(ls, e->to, sy, ty, (uint32_t)k, 1);
            continue;
        }
        int g = gl->place[e->to].y - 1;
        runs[nr++] = make_run(ls, e->to, sy, g, (uint32_t)k, 0);
        runs[nr++] = make_run(lt - 1, e->to, g, ty, (uint32_t)k, 1);
    }
    return nr;
}

/* Merges the runs of each (channel, target) net into one interval (kept in
 * the net's first run); returns the number of nets, packed at the front.
 * members[] keeps every run, sorted by net, with net_of[] its net. */
static size_t merge_nets(vrun *runs, size_t nr, vrun *nets, size_t *net_of)
{
    qsort(runs, nr, sizeof *runs, cmp_run_net);
    size_t nn = 0;
    for (size_t i = 0; i < nr; i++) {
        if (nn == 0 || nets[nn - 1].channel != runs[i].channel || nets[nn - 1].target != runs[i].target) {
            nets[nn] = runs[i];
            nets[nn].edge = (uint32_t)nn;       /* reused: the net's own index */
            nn++;
        } else {
            if (runs[i].lo < nets[nn - 1].lo)
                nets[nn - 1].lo = runs[i].lo;
            if (runs[i].hi > nets[nn - 1].hi)
                nets[nn - 1].hi = runs[i].hi;
        }
        net_of[i] = nn - 1;
    }
    return nn;
}

/* Interval colouring of one channel's nets[a..b) (sorted by start). */
static void colour_channel(vrun *nets, size_t a, size_t b, int *track_of)
{
    int end[GRAPH_LAYOUT_TRACKS];
    for (int k = 0; k < GRAPH_LAYOUT_TRACKS; k++)
        end[k] = INT_MIN;
    for (size_t i = a; i < b; i++) {
        int best = 0;
        for (int k = 0; k < GRAPH_LAYOUT_TRACKS; k++) {
            if (end[k] < nets[i].lo) {
                best = k;
                break;
            }
            if (end[k] < end[best])
                best = k;
        }
        end[best] = nets[i].hi;
        track_of[nets[i].edge] = best;
    }
}

static void assign_tracks(graph_layout *gl)
{
    vrun *runs = hv_malloc((2 * gl->ne + 1) * sizeof *runs);
    vrun *nets = hv_malloc((2 * gl->ne + 1) * sizeof *nets);
    size_t *net_of = hv_malloc((2 * gl->ne + 1) * sizeof *net_of);
    size_t nr = collect_runs(gl, runs);
    size_t nn = merge_nets(runs, nr, nets, net_of);
    int *track_of = hv_malloc((nn + 1) * sizeof *track_of);
    qsort(nets, nn, sizeof *nets, cmp_run_start);
    for (size_t a = 0, b; a < nn; a = b) {
        for (b = a; b < nn && nets[b].channel == nets[a].channel; b++)
            ;
        colour_channel(nets, a, b, track_of);
    }
    for (size_t i = 0; i < nr; i++) {
        int col = channel_x(gl, runs[i].channel) + 1 + track_of[net_of[i]];
        if (runs[i].entry)
            gl->entry_track[runs[i].edge] = col;
        else
            gl->exit_track[runs[i].edge] = col;
    }
    free(track_of);
    free(net_of);
    free(nets);
    free(runs);
}

void graph_layout_run(graph_layout *gl, const gl_node *nodes, size_t n, const gl_edge *edges, size_t ne)
{
    copy_input(gl, nodes, n, edges, ne);
    assign_layers(gl);
    remembered_layers(gl);
    assign_rows(gl);
    assign_geometry(gl);
    assign_tracks(gl);
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
        int xe = gl->exit_track[k], g = t->y - 1;
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
